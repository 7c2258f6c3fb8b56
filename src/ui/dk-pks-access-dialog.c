/* dk-pks-access-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Switching an agreement's access on or off, or ending it with the cooperation, from a
 * date. On only once the SOP's step 6 is done and while the agreement is in its term
 * (rule 001); a refused entry says why and writes nothing.
 */
#define G_LOG_DOMAIN "dk-pks-access-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-format.h"
#include "dk-pks-access-dialog.h"
#include "dk-write-error.h"

struct _DkPksAccessDialog
{
  AdwWindow            parent_instance;

  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
  AdwComboRow         *state_row;
  AdwEntryRow         *date_row;

  DkStore             *store;
  gint64               id;
  char                *label;
  char                *error;
};

G_DEFINE_FINAL_TYPE (DkPksAccessDialog, dk_pks_access_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (DkPksAccessDialog *self,
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
set_agreement (DkPksAccessDialog    *self,
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

/* The combo's rows, in the .ui's order */
static const DkPksAccess states[] = { DK_PKS_GRANTED, DK_PKS_SWITCHED_OFF, DK_PKS_ENDED };

/**
 * dk_pks_access_dialog_save:
 *
 * Saves what is chosen, as the Save button does: on success the dialog emits ::saved and
 * closes; otherwise it says why and nothing is written.
 */
gboolean
dk_pks_access_dialog_save (DkPksAccessDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  guint selected = adw_combo_row_get_selected (self->state_row);
  DkPksAccess access = states[MIN (selected, G_N_ELEMENTS (states) - 1)];
  const char *tanggal = text_of (self->date_row);

  g_return_val_if_fail (DK_IS_PKS_ACCESS_DIALOG (self), FALSE);

  if (!dk_pks_set_access (self->store, self->id, access, tanggal, &error))
    {
      if (!dk_write_error_offer_reload (GTK_WINDOW (self), error))
        show_error (self, error->message);
      return FALSE;
    }
  /* Translators: a toast: the agreement, the access's new state, the date */
  message = g_strdup_printf (_("%s: access %s from %s (Ctrl+Z undoes it)"), self->label, dk_pks_access_label (access),
                             tanggal);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/**
 * dk_pks_access_dialog_new:
 * @agreement: the agreement, as of the date proposed
 *
 * Proposes what the agreement needs: off when its term has ended with its access on, on
 * otherwise.
 */
DkPksAccessDialog *
dk_pks_access_dialog_new (GtkWindow            *parent,
                          DkStore              *store,
                          const DkPksAgreement *agreement)
{
  DkPksAccessDialog *self = g_object_new (DK_TYPE_PKS_ACCESS_DIALOG, "transient-for", parent,
                                  "application", gtk_window_get_application (parent), NULL);

  self->store = g_object_ref (store);
  set_agreement (self, agreement);
  dk_pks_access_dialog_set_values (self, agreement->access == DK_PKS_GRANTED ? DK_PKS_SWITCHED_OFF : DK_PKS_GRANTED,
                                   agreement->as_of);
  return self;
}

/**
 * dk_pks_access_dialog_set_values:
 * @access: %DK_PKS_GRANTED, %DK_PKS_SWITCHED_OFF or %DK_PKS_ENDED
 * @tanggal: (nullable): the date, or %NULL to leave it
 *
 * Chooses and types, as the user would.
 */
void
dk_pks_access_dialog_set_values (DkPksAccessDialog *self,
                                 DkPksAccess        access,
                                 const char        *tanggal)
{
  g_return_if_fail (DK_IS_PKS_ACCESS_DIALOG (self));

  for (guint i = 0; i < G_N_ELEMENTS (states); i++)
    if (states[i] == access)
      adw_combo_row_set_selected (self->state_row, i);
  if (tanggal != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->date_row), tanggal);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_pks_access_dialog_save (DK_PKS_ACCESS_DIALOG (widget));
}

static void
dk_pks_access_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_PKS_ACCESS_DIALOG);
  G_OBJECT_CLASS (dk_pks_access_dialog_parent_class)->dispose (object);
}

static void
dk_pks_access_dialog_finalize (GObject *object)
{
  DkPksAccessDialog *self = DK_PKS_ACCESS_DIALOG (object);

  g_clear_object (&self->store);
  g_free (self->label);
  g_free (self->error);
  G_OBJECT_CLASS (dk_pks_access_dialog_parent_class)->finalize (object);
}

static void
dk_pks_access_dialog_class_init (DkPksAccessDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_pks_access_dialog_dispose;
  object_class->finalize = dk_pks_access_dialog_finalize;

  /**
   * DkPksAccessDialog::saved:
   * @message: what was saved, for a toast
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-pks-access-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkPksAccessDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkPksAccessDialog, group);
  gtk_widget_class_bind_template_child (widget_class, DkPksAccessDialog, state_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAccessDialog, date_row);
  gtk_widget_class_install_action (widget_class, "pks-access.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_pks_access_dialog_init (DkPksAccessDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_pks_access_dialog_get_error:
 *
 * Returns: (nullable): why the last save was refused
 */
const char *
dk_pks_access_dialog_get_error (DkPksAccessDialog *self)
{
  g_return_val_if_fail (DK_IS_PKS_ACCESS_DIALOG (self), NULL);
  return self->error;
}
