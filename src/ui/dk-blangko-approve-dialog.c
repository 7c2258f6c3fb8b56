/* dk-blangko-approve-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Record the Plan as Distributions?": asks for the date and the way the blanks go out
 * before the allocation plan becomes one distribution per office. Its "approve" response
 * is the go-ahead; the page reads the date and the method back.
 */
#define G_LOG_DOMAIN "dk-blangko-approve-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-blangko-approve-dialog.h"
#include "dk-format.h"

struct _DkBlangkoApproveDialog
{
  AdwMessageDialog  parent_instance;

  GtkEntry         *date_entry;
  GtkDropDown      *method_drop;
  GtkStringList    *method_list;
};

G_DEFINE_FINAL_TYPE (DkBlangkoApproveDialog, dk_blangko_approve_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
dk_blangko_approve_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_BLANGKO_APPROVE_DIALOG);
  G_OBJECT_CLASS (dk_blangko_approve_dialog_parent_class)->dispose (object);
}

static void
dk_blangko_approve_dialog_class_init (DkBlangkoApproveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_blangko_approve_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-blangko-approve-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoApproveDialog, date_entry);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoApproveDialog, method_drop);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoApproveDialog, method_list);
}

static void
dk_blangko_approve_dialog_init (DkBlangkoApproveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint m = 0; m < DK_BLANGKO_N_METHODS; m++)
    gtk_string_list_append (self->method_list, dk_blangko_method_label ((DkBlangkoMethod) m));
  gtk_drop_down_set_selected (self->method_drop, DK_BLANGKO_COURIER);
}

/**
 * dk_blangko_approve_dialog_new:
 * @total: the blanks the plan hands out
 * @date: the date to start with
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
DkBlangkoApproveDialog *
dk_blangko_approve_dialog_new (GtkWindow  *parent,
                               gint64      total,
                               const char *date)
{
  DkBlangkoApproveDialog *self = g_object_new (DK_TYPE_BLANGKO_APPROVE_DIALOG, "transient-for", parent,
                                               "application", gtk_window_get_application (parent), NULL);
  g_autofree char *count = NULL;
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  count = dk_format_int (&fmt, total);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  _("Each office’s share of the %s blanks is recorded as a distribution on "
                                    "the date below, with its BAST number to fill in later."), count);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), date);
  return self;
}

const char *
dk_blangko_approve_dialog_get_date (DkBlangkoApproveDialog *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_APPROVE_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
}

DkBlangkoMethod
dk_blangko_approve_dialog_get_method (DkBlangkoApproveDialog *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_APPROVE_DIALOG (self), DK_BLANGKO_COURIER);
  return (DkBlangkoMethod) MIN (gtk_drop_down_get_selected (self->method_drop), DK_BLANGKO_COURIER);
}
