/* dk-pks-extend-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recording an agreement's extension: the date it was issued, its number and the new
 * end. A refused entry says why and writes nothing.
 */
#define G_LOG_DOMAIN "dk-pks-extend-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-format.h"
#include "dk-pks-extend-dialog.h"
#include "dk-write-error.h"

struct _DkPksExtendDialog
{
  AdwWindow            parent_instance;

  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow         *signed_row;
  AdwEntryRow         *number_row;
  AdwEntryRow         *ends_row;

  DkStore             *store;
  gint64               id;
  char                *label;
  char                *error;
};

G_DEFINE_FINAL_TYPE (DkPksExtendDialog, dk_pks_extend_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (DkPksExtendDialog *self,
            const char        *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The dialog's agreement, for its title and its toast. */
static void
set_agreement (DkPksExtendDialog    *self,
               const DkPksAgreement *a)
{
  g_autofree char *ends = dk_format_date_long (a->berakhir);
  g_autofree char *description = NULL;

  self->id = a->id;
  self->label = g_strdup_printf ("%s · %s", a->lembaga, a->nomor);
  /* Translators: a dialog's description: the agreement's end date */
  description = g_strdup_printf (_("Ends on %s. Saved as one change of the history: Ctrl+Z undoes it."), ends);
  adw_preferences_group_set_title (self->group, self->label);
  adw_preferences_group_set_description (self->group, description);
}

/**
 * dk_pks_extend_dialog_save:
 *
 * Saves what is typed, as the Save button does: on success the dialog emits ::saved and
 * closes; otherwise it says why and nothing is written.
 */
gboolean
dk_pks_extend_dialog_save (DkPksExtendDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *berakhir = text_of (self->ends_row);

  g_return_val_if_fail (DK_IS_PKS_EXTEND_DIALOG (self), FALSE);

  if (!dk_pks_extend (self->store, self->id, text_of (self->signed_row), text_of (self->number_row), berakhir, &error))
    {
      if (!dk_write_error_offer_reload (GTK_WINDOW (self), error))
        show_error (self, error->message);
      return FALSE;
    }
  /* Translators: a toast: the agreement, its new end */
  message = g_strdup_printf (_("%s extended to %s (Ctrl+Z undoes it)"), self->label, berakhir);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * dk_pks_extend_dialog_new:
 * @agreement: the agreement to extend
 */
DkPksExtendDialog *
dk_pks_extend_dialog_new (GtkWindow            *parent,
                          DkStore              *store,
                          const DkPksAgreement *agreement)
{
  DkPksExtendDialog *self = g_object_new (DK_TYPE_PKS_EXTEND_DIALOG, "transient-for", parent,
                                  "application", gtk_window_get_application (parent), NULL);

  self->store = g_object_ref (store);
  set_agreement (self, agreement);
  gtk_editable_set_text (GTK_EDITABLE (self->signed_row), agreement->as_of);
  return self;
}

/**
 * dk_pks_extend_dialog_set_values:
 *
 * Types the fields, as the user would; %NULL leaves a field as it is.
 */
void
dk_pks_extend_dialog_set_values (DkPksExtendDialog *self,
                                 const char        *tanggal,
                                 const char        *nomor,
                                 const char        *berakhir)
{
  AdwEntryRow *rows[] = { self->signed_row, self->number_row, self->ends_row };
  const char *values[] = { tanggal, nomor, berakhir };

  g_return_if_fail (DK_IS_PKS_EXTEND_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (values[i] != NULL)
      gtk_editable_set_text (GTK_EDITABLE (rows[i]), values[i]);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_pks_extend_dialog_save (DK_PKS_EXTEND_DIALOG (widget));
}

static void
dk_pks_extend_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_PKS_EXTEND_DIALOG);
  G_OBJECT_CLASS (dk_pks_extend_dialog_parent_class)->dispose (object);
}

static void
dk_pks_extend_dialog_finalize (GObject *object)
{
  DkPksExtendDialog *self = DK_PKS_EXTEND_DIALOG (object);

  g_clear_object (&self->store);
  g_free (self->label);
  g_free (self->error);
  G_OBJECT_CLASS (dk_pks_extend_dialog_parent_class)->finalize (object);
}

static void
dk_pks_extend_dialog_class_init (DkPksExtendDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_pks_extend_dialog_dispose;
  object_class->finalize = dk_pks_extend_dialog_finalize;

  /**
   * DkPksExtendDialog::saved:
   * @message: what was saved, for a toast
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-pks-extend-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkPksExtendDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkPksExtendDialog, group);
  gtk_widget_class_bind_template_child (widget_class, DkPksExtendDialog, signed_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksExtendDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksExtendDialog, ends_row);
  gtk_widget_class_install_action (widget_class, "pks-extend.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_pks_extend_dialog_init (DkPksExtendDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_pks_extend_dialog_get_error:
 *
 * Returns: (nullable): why the last save was refused
 */
const char *
dk_pks_extend_dialog_get_error (DkPksExtendDialog *self)
{
  g_return_val_if_fail (DK_IS_PKS_EXTEND_DIALOG (self), NULL);
  return self->error;
}
