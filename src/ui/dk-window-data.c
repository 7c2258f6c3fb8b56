/* dk-window-data.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's actions on the data itself: import a table (with its preview dialog),
 * back the database up, restore a backup. Backups and restores run off the main loop.
 */
#define G_LOG_DOMAIN "dk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-backup.h"
#include "dk-domains.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-history-dialog.h"
#include "dk-history.h"
#include "dk-import-dialog.h"
#include "dk-restore-dialog.h"
#include "dk-window-private.h"
#include "dk-write-error.h"

/**
 * dk_window_reload:
 *
 * Shows the database's contents again on every page built, after an import or restore.
 */
void
dk_window_reload (DkWindow *self)
{
  g_autoptr(GError) error = NULL;

  g_return_if_fail (DK_IS_WINDOW (self));

  /* the figures shown are the ones a write may change without a conflict */
  if (self->store != NULL && !dk_store_mark_read (self->store, &error))
    dk_window_show_error (self, error);

  if (self->ikd_page != NULL)
    dk_ikd_page_reload (self->ikd_page);
  if (self->m2m_page != NULL)
    dk_m2m_page_reload (self->m2m_page);
  if (self->budget_page != NULL)
    dk_budget_page_reload (self->budget_page);
  if (self->blangko_page != NULL)
    dk_blangko_page_reload (self->blangko_page);
  if (self->pks_page != NULL)
    dk_pks_page_reload (self->pks_page);
}

/* ------------------------------------------------------------------ import */

static void
imported_cb (DkImportDialog *dialog,
             int             kind,
             const char     *as_of,
             guint           n_regions,
             DkWindow       *self)
{
  g_autofree char *date = NULL;
  g_autofree char *message = NULL;

  if (kind == DK_IMPORT_KIND_BUDGET)
    {
      DkImport *import = dk_import_dialog_get_import (dialog);

      dk_window_set_page_name (self, "anggaran");
      dk_budget_page_select (self->budget_page, dk_import_get_year (import), dk_import_get_activity (import));
      message = g_strdup_printf (_("Budget of activity %s, fiscal year %d, imported"),
                                 dk_import_get_activity (import), dk_import_get_year (import));
      dk_window_show_toast (self, adw_toast_new (message));
      return;
    }
  date = dk_format_date_long (as_of);
  dk_window_reload (self);
  dk_window_set_page_name (self, kind == DK_IMPORT_KIND_M2M ? "m2m" : "ikd");
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u region imported as of %s",
                                          "%u regions imported as of %s", n_regions),
                             n_regions, date);
  dk_window_show_toast (self, adw_toast_new (message));
}

/**
 * dk_window_open_import_dialog:
 *
 * Opens "Import…" for the table of the page shown.
 *
 * Returns: (transfer none): the dialog
 */
DkImportDialog *
dk_window_open_import_dialog (DkWindow *self)
{
  DkImportKind kind = DK_IMPORT_KIND_IKD;
  DkImportDialog *dialog;

  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  if (g_strcmp0 (dk_window_get_page_name (self), "m2m") == 0)
    kind = DK_IMPORT_KIND_M2M;
  else if (g_strcmp0 (dk_window_get_page_name (self), "anggaran") == 0)
    kind = DK_IMPORT_KIND_BUDGET;
  dialog = dk_import_dialog_new (GTK_WINDOW (self), self->store, kind);
  if (self->settings != NULL)
    {
      g_autofree char *home = g_settings_get_string (self->settings, "home-province");

      dk_import_dialog_set_region (dialog, home);
    }
  if (self->account != NULL)
    dk_import_dialog_set_account (dialog, self->account);
  g_signal_connect_object (dialog, "imported", G_CALLBACK (imported_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  dk_window_open_import_dialog (DK_WINDOW (widget));
}

/* ----------------------------------------------------------- undo, history */

/* Undoes the last change; a refusal because another program changed the figures since
 * they were read is asked about over @dialog when the undo came from one (the history),
 * else over the window. */
static gboolean
undo_over (DkWindow  *self,
           GtkWindow *dialog)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;
  g_autofree char *message = NULL;

  if (!dk_domains_undo (self->store, &what, &error))
    {
      if (g_error_matches (error, DK_ERROR, DK_ERROR_NOT_FOUND))
        dk_window_show_toast (self, adw_toast_new (error->message));
      else if (dialog == NULL || !dk_write_error_offer_reload (dialog, error))
        dk_window_show_error (self, error);
      return FALSE;
    }
  dk_window_reload (self);
  message = g_strdup_printf (_("Undone: %s"), what);
  dk_window_show_toast (self, adw_toast_new (message));
  return TRUE;
}

/**
 * dk_window_undo:
 *
 * Undoes the last change to the figures (Ctrl+Z): the pages show the values as they were,
 * and a toast says what was undone, or that there was nothing to undo.
 *
 * Returns: whether a change was undone
 */
gboolean
dk_window_undo (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  return undo_over (self, NULL);
}

static void
history_undo_cb (DkHistoryDialog *dialog,
                 DkWindow        *self)
{
  undo_over (self, GTK_WINDOW (dialog));
}

static void
reload_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  dk_window_reload (DK_WINDOW (widget));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_window_undo (DK_WINDOW (widget));
}

/**
 * dk_window_open_history:
 *
 * Returns: (transfer none): the history dialog, opened
 */
DkHistoryDialog *
dk_window_open_history (DkWindow *self)
{
  DkHistoryDialog *dialog;

  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  g_return_val_if_fail (self->store != NULL, NULL);

  dialog = dk_history_dialog_new (GTK_WINDOW (self), self->store);
  g_signal_connect_object (dialog, "undo-requested", G_CALLBACK (history_undo_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
history_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  dk_window_open_history (DK_WINDOW (widget));
}

/* ------------------------------------------------------- backup, restore */

typedef struct
{
  DkStore  *store;
  char     *path;
  gboolean  restore;
  char     *saved;
} DataJob;

static void
data_job_free (DataJob *job)
{
  g_clear_object (&job->store);
  g_free (job->path);
  g_free (job->saved);
  g_free (job);
}

static void
data_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  DataJob *job = task_data;
  GError *error = NULL;
  gboolean ok = job->restore ? dk_backup_restore (job->store, job->path, &job->saved, &error)
                             : dk_backup_to_file (job->store, job->path, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
data_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DkWindow *self = DK_WINDOW (source);
  DataJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = g_path_get_basename (job->path);
  g_autofree char *message = NULL;

  _dk_window_end_task (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      dk_window_show_error_dialog (self, job->restore ? _("The Backup Could Not Be Restored")
                                                      : _("The Database Could Not Be Backed Up"), error);
      return;
    }
  if (job->restore)
    {
      dk_window_reload (self);
      message = g_strdup_printf (_("Restored from “%s”; the data before were backed up"), basename);
    }
  else
    message = g_strdup_printf (_("Database backed up to “%s”"), basename);
  dk_window_show_toast (self, adw_toast_new (message));
}

static void
run_data_job (DkWindow   *self,
              const char *path,
              gboolean    restore)
{
  g_autoptr(GTask) task = NULL;
  DataJob *job;
  GCancellable *cancellable;

  g_return_if_fail (DK_IS_WINDOW (self));
  g_return_if_fail (self->store != NULL && self->task_cancellable == NULL);

  cancellable = _dk_window_begin_task (self, restore ? _("Restoring the backup…") : _("Backing up the database…"));
  job = g_new0 (DataJob, 1);
  job->store = g_object_ref (self->store);
  job->path = g_strdup (path);
  job->restore = restore;
  task = g_task_new (self, cancellable, data_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) data_job_free);
  g_task_run_in_thread (task, data_thread);
}

/**
 * dk_window_backup_to:
 * @path: the copy to write
 *
 * Backs the database up in a worker thread; the result is told by a toast or an error.
 */
void
dk_window_backup_to (DkWindow   *self,
                     const char *path)
{
  run_data_job (self, path, FALSE);
}

/**
 * dk_window_restore_from:
 * @path: a backup
 *
 * Replaces the database's contents with @path's, once checked, after backing the current
 * contents up; in a worker thread. The pages show the restored data.
 */
void
dk_window_restore_from (DkWindow   *self,
                        const char *path)
{
  run_data_job (self, path, TRUE);
}

static char *
chosen_path (GtkNativeDialog *chooser,
             int              response)
{
  g_autoptr(GFile) file = NULL;

  if (response != GTK_RESPONSE_ACCEPT || (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    return NULL;
  return g_file_get_path (file);
}

static void
backup_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    DkWindow        *self)
{
  g_autofree char *path = chosen_path (chooser, response);

  if (path != NULL)
    dk_window_backup_to (self, path);
  g_object_unref (chooser);
}

static void
backup_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DkWindow *self = DK_WINDOW (widget);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *name = g_date_time_format (now, "dukcapil-%Y-%m-%d.db");
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Back Up the Database"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Back Up"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (backup_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
restore_confirmed_cb (DkRestoreDialog *dialog,
                      const char      *response,
                      DkWindow        *self)
{
  if (g_strcmp0 (response, "restore") == 0)
    dk_window_restore_from (self, dk_restore_dialog_get_path (dialog));
}

static void
restore_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     DkWindow        *self)
{
  g_autofree char *path = chosen_path (chooser, response);
  DkRestoreDialog *confirm;

  g_object_unref (chooser);
  if (path == NULL)
    return;
  confirm = dk_restore_dialog_new (GTK_WINDOW (self), path);
  g_signal_connect_object (confirm, "response", G_CALLBACK (restore_confirmed_cb), self, 0);
  gtk_window_present (GTK_WINDOW (confirm));
}

static void
restore_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DkWindow *self = DK_WINDOW (widget);
  g_autofree char *dir = dk_backup_dup_dir (self->store);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Restore a Backup"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Choose"), _("_Cancel"));
  gtk_file_filter_set_name (filter, _("Dukcapil databases"));
  gtk_file_filter_add_suffix (filter, "db");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (g_file_test (dir, G_FILE_TEST_IS_DIR))
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
  g_signal_connect (chooser, "response", G_CALLBACK (restore_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------------------ set-up */

void
_dk_window_data_actions_update (DkWindow *self)
{
  gboolean ready = self->store != NULL && self->task_cancellable == NULL;
  GtkWidget *widget = GTK_WIDGET (self);
  /* only what the account signed in may write is offered */
  gboolean import = dk_widget_may_write (widget, DK_ACCOUNT_WRITE_IKD_FIGURES) ||
                    dk_widget_may_write (widget, DK_ACCOUNT_WRITE_M2M_FIGURES) ||
                    dk_widget_may_write (widget, DK_ACCOUNT_WRITE_BUDGET);

  gtk_widget_action_set_enabled (widget, "win.import", ready && import);
  gtk_widget_action_set_enabled (widget, "win.backup", ready);
  gtk_widget_action_set_enabled (widget, "win.restore", ready && dk_widget_may_write (widget, DK_ACCOUNT_WRITE_RESTORE));
  gtk_widget_action_set_enabled (widget, "win.undo", ready && dk_widget_may_write (widget, DK_ACCOUNT_WRITE_UNDO));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.history", self->store != NULL);
}

void
_dk_window_class_init_data_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.backup", NULL, backup_action);
  gtk_widget_class_install_action (widget_class, "win.restore", NULL, restore_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.history", NULL, history_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_i, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "win.undo", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "win.history", NULL);
}
