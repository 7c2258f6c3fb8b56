/* dk-blangko-number-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Filling in a distribution's BAST number (the berita acara serah terima), which often
 * comes after the blanks went out. Its "save" response is the go-ahead; the page reads
 * the distribution's id and the number back.
 */
#define G_LOG_DOMAIN "dk-blangko-number-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-blangko-number-dialog.h"

struct _DkBlangkoNumberDialog
{
  AdwMessageDialog  parent_instance;

  AdwEntryRow      *number_row;

  gint64            id;
};

G_DEFINE_FINAL_TYPE (DkBlangkoNumberDialog, dk_blangko_number_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
dk_blangko_number_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_BLANGKO_NUMBER_DIALOG);
  G_OBJECT_CLASS (dk_blangko_number_dialog_parent_class)->dispose (object);
}

static void
dk_blangko_number_dialog_class_init (DkBlangkoNumberDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_blangko_number_dialog_dispose;
  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-blangko-number-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoNumberDialog, number_row);
}

static void
dk_blangko_number_dialog_init (DkBlangkoNumberDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_blangko_number_dialog_new:
 * @id: the distribution's id
 * @office: where the blanks went, for the text
 * @date: when, as shown in the ledger
 * @number: its number so far, maybe empty
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
DkBlangkoNumberDialog *
dk_blangko_number_dialog_new (GtkWindow  *parent,
                              gint64      id,
                              const char *office,
                              const char *date,
                              const char *number)
{
  DkBlangkoNumberDialog *self = g_object_new (DK_TYPE_BLANGKO_NUMBER_DIALOG, "transient-for", parent,
                                              "application", gtk_window_get_application (parent), NULL);

  self->id = id;
  /* Translators: the BAST dialog: blanks, office, date */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  _("The berita acara serah terima of the distribution to %s on %s."), office, date);
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), number != NULL ? number : "");
  return self;
}

gint64
dk_blangko_number_dialog_get_id (DkBlangkoNumberDialog *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_NUMBER_DIALOG (self), 0);
  return self->id;
}

const char *
dk_blangko_number_dialog_get_number (DkBlangkoNumberDialog *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_NUMBER_DIALOG (self), NULL);
  return gtk_editable_get_text (GTK_EDITABLE (self->number_row));
}

/**
 * dk_blangko_number_dialog_set_number:
 *
 * Types the number, as a user would.
 */
void
dk_blangko_number_dialog_set_number (DkBlangkoNumberDialog *self,
                                     const char            *number)
{
  g_return_if_fail (DK_IS_BLANGKO_NUMBER_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->number_row), number);
}
