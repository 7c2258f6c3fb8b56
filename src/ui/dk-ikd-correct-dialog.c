/* dk-ikd-correct-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Correcting one region's IKD figures from the table (double-click or Enter on its row):
 * the figures are read with the import's rules, checked, saved in one transaction and
 * recorded in the history, so that Ctrl+Z undoes the correction.
 */
#define G_LOG_DOMAIN "dk-ikd-correct-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-format.h"
#include "dk-parse.h"
#include "dk-ikd-correct-dialog.h"
#include "dk-import.h"
#include "dk-write-error.h"

struct _DkIkdCorrectDialog
{
  AdwWindow            parent_instance;

  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow         *rekam_row;
  AdwEntryRow         *ikd_row;

  DkStore             *store;
  char                *as_of;
  char                *kode;
  char                *wilayah;
  char                *error;
};

G_DEFINE_FINAL_TYPE (DkIkdCorrectDialog, dk_ikd_correct_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_CORRECTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (DkIkdCorrectDialog *self,
            const char         *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static gboolean
read_count (DkIkdCorrectDialog *self,
            AdwEntryRow        *row,
            gint64             *value)
{
  g_autofree char *why = NULL;
  g_autofree char *message = NULL;

  if (dk_parse_count (gtk_editable_get_text (GTK_EDITABLE (row)), value, NULL, &why))
    return TRUE;
  /* Translators: the field, then what is wrong with it */
  message = g_strdup_printf (_("%s: %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), why);
  show_error (self, message);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return FALSE;
}

/**
 * dk_ikd_correct_dialog_save:
 *
 * Saves the figures typed, as the Save button does; on success the dialog emits
 * ::corrected and closes, otherwise it says why and nothing is written.
 */
gboolean
dk_ikd_correct_dialog_save (DkIkdCorrectDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL, *message = NULL, *ikd_text = NULL, *rekam_text = NULL;
  gint64 rekam, ikd;
  DkNumberFormat fmt;

  g_return_val_if_fail (DK_IS_IKD_CORRECT_DIALOG (self), FALSE);

  if (!read_count (self, self->rekam_row, &rekam) || !read_count (self, self->ikd_row, &ikd))
    return FALSE;
  what = g_strdup_printf (_("Corrected in the IKD table: %s"), self->wilayah);
  if (!dk_ikd_set_region (self->store, self->as_of, self->kode, rekam, ikd, what, &error))
    {
      if (!dk_write_error_offer_reload (GTK_WINDOW (self), error))
        show_error (self, error->message);
      return FALSE;
    }
  dk_number_format_init_locale (&fmt);
  rekam_text = dk_format_int (&fmt, rekam);
  ikd_text = dk_format_int (&fmt, ikd);
  message = g_strdup_printf (_("%s: %s recordings, %s IKD saved (Ctrl+Z undoes it)"), self->wilayah, rekam_text, ikd_text);
  g_signal_emit (self, signals[SIGNAL_CORRECTED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_ikd_correct_dialog_save (DK_IKD_CORRECT_DIALOG (widget));
}

static void
dk_ikd_correct_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_IKD_CORRECT_DIALOG);
  G_OBJECT_CLASS (dk_ikd_correct_dialog_parent_class)->dispose (object);
}

static void
dk_ikd_correct_dialog_finalize (GObject *object)
{
  DkIkdCorrectDialog *self = DK_IKD_CORRECT_DIALOG (object);

  g_clear_object (&self->store);
  g_free (self->as_of);
  g_free (self->kode);
  g_free (self->wilayah);
  g_free (self->error);
  G_OBJECT_CLASS (dk_ikd_correct_dialog_parent_class)->finalize (object);
}

static void
dk_ikd_correct_dialog_class_init (DkIkdCorrectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_ikd_correct_dialog_dispose;
  object_class->finalize = dk_ikd_correct_dialog_finalize;

  /**
   * DkIkdCorrectDialog::corrected:
   * @message: what was saved, for a toast
   */
  signals[SIGNAL_CORRECTED] = g_signal_new ("corrected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                            NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-ikd-correct-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkIkdCorrectDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkIkdCorrectDialog, group);
  gtk_widget_class_bind_template_child (widget_class, DkIkdCorrectDialog, rekam_row);
  gtk_widget_class_bind_template_child (widget_class, DkIkdCorrectDialog, ikd_row);
  gtk_widget_class_install_action (widget_class, "correct.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_ikd_correct_dialog_init (DkIkdCorrectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_ikd_correct_dialog_new:
 * @as_of: the snapshot's date
 * @row: the region's row as the table shows it
 */
DkIkdCorrectDialog *
dk_ikd_correct_dialog_new (GtkWindow  *parent,
                           DkStore    *store,
                           const char *as_of,
                           DkIkdRow   *row)
{
  DkIkdCorrectDialog *self = g_object_new (DK_TYPE_IKD_CORRECT_DIALOG, "transient-for", parent, NULL);
  g_autofree char *date = dk_format_date_long (as_of);
  g_autofree char *description = NULL, *rekam = NULL, *ikd = NULL;
  DkNumberFormat fmt;

  self->store = g_object_ref (store);
  self->as_of = g_strdup (as_of);
  self->kode = g_strdup (dk_ikd_row_get_kode (row));
  self->wilayah = g_strdup (dk_ikd_row_get_wilayah (row));

  description = g_strdup_printf (_("Figures as of %s. A saved correction is kept in the history and can be "
                                   "undone with Ctrl+Z."), date);
  adw_preferences_group_set_title (self->group, self->wilayah);
  adw_preferences_group_set_description (self->group, description);
  dk_number_format_init_locale (&fmt);
  rekam = dk_format_int (&fmt, dk_ikd_row_get_rekam_dinamis (row));
  ikd = dk_format_int (&fmt, dk_ikd_row_get_jumlah_ikd (row));
  dk_ikd_correct_dialog_set_values (self, rekam, ikd);
  return self;
}

/**
 * dk_ikd_correct_dialog_set_values:
 *
 * Types the figures, as the user would.
 */
void
dk_ikd_correct_dialog_set_values (DkIkdCorrectDialog *self,
                                  const char         *rekam_dinamis,
                                  const char         *jumlah_ikd)
{
  g_return_if_fail (DK_IS_IKD_CORRECT_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->rekam_row), rekam_dinamis);
  gtk_editable_set_text (GTK_EDITABLE (self->ikd_row), jumlah_ikd);
}

/**
 * dk_ikd_correct_dialog_get_error:
 *
 * Returns: (nullable): why the last save was refused
 */
const char *
dk_ikd_correct_dialog_get_error (DkIkdCorrectDialog *self)
{
  g_return_val_if_fail (DK_IS_IKD_CORRECT_DIALOG (self), NULL);
  return self->error;
}
