/* dk-window-actions.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window's actions: export the report's tables to XLSX (off the main loop, with
 * progress, cancellable, a toast to open the file), print the current dashboard, open a
 * written file, cancel long work.
 */
#define G_LOG_DOMAIN "dk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-ikd-chart.h"
#include "dk-ikd-map.h"
#include "dk-m2m-chart.h"
#include "dk-region.h"
#include "dk-window-private.h"
#include "dk-xlsx.h"

/* ------------------------------------------------------------------ export */

typedef struct
{
  DkStore *store;
  char    *path;
  int      year;    /* the budget year shown, 0 for the latest */
  char    *region;   /* the province whose tables the workbook holds */
} ExportJob;

static void
export_job_free (ExportJob *job)
{
  g_clear_object (&job->store);
  g_free (job->path);
  g_free (job->region);
  g_free (job);
}

typedef struct
{
  GWeakRef window;
  double   fraction;
} ProgressUpdate;

static gboolean
show_progress_cb (gpointer data)
{
  ProgressUpdate *update = data;
  g_autoptr(DkWindow) self = g_weak_ref_get (&update->window);

  if (self != NULL && self->task_cancellable != NULL)
    _dk_window_task_progress (self, update->fraction);
  return G_SOURCE_REMOVE;
}

static void
progress_update_free (gpointer data)
{
  ProgressUpdate *update = data;

  g_weak_ref_clear (&update->window);
  g_free (update);
}

/* Runs in the worker thread: hands the fraction to the main loop. */
static void
export_progress_cb (double   fraction,
                    gpointer user_data)
{
  GTask *task = user_data;
  ProgressUpdate *update = g_new0 (ProgressUpdate, 1);

  g_weak_ref_init (&update->window, g_task_get_source_object (task));
  update->fraction = fraction;
  g_main_context_invoke_full (g_task_get_context (task), G_PRIORITY_DEFAULT, show_progress_cb, update,
                              progress_update_free);
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  DkExportOptions options = { job->region, NULL, NULL, job->year, NULL };
  g_autoptr(GBytes) map = NULL;
  GError *error = NULL;

  /* the IKD map as a picture on the IKD sheet, drawn here in the worker */
  if (!(map = dk_ikd_map_render_png (job->store, job->region, NULL, 900, 700, &error)))
    {
      g_task_return_error (task, error);
      return;
    }
  options.ikd_map = map;
  if (dk_xlsx_export_report (job->store, job->path, &options, export_progress_cb, task, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  DkWindow *self = DK_WINDOW (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autofree char *basename = NULL, *message = NULL;
  AdwToast *toast;

  _dk_window_end_task (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      dk_window_show_error_dialog (self, _("The Report Could Not Be Exported"), error);
      return;
    }
  basename = g_path_get_basename (job->path);
  message = g_strdup_printf (_("Report exported to “%s”"), basename);
  toast = adw_toast_new (message);
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-file");
  adw_toast_set_action_target_value (toast, g_variant_new_string (job->path));
  dk_window_show_toast (self, toast);
}

/**
 * dk_window_export_to:
 * @path: the workbook to write
 *
 * Exports the report's tables in a worker thread, with progress; the result is told by
 * a toast or an error dialog. Nothing is left at @path if it fails or is cancelled.
 */
void
dk_window_export_to (DkWindow   *self,
                     const char *path)
{
  g_autoptr(GTask) task = NULL;
  ExportJob *job;
  GCancellable *cancellable;

  g_return_if_fail (DK_IS_WINDOW (self));
  g_return_if_fail (self->store != NULL && self->task_cancellable == NULL);

  cancellable = _dk_window_begin_task (self, _("Exporting the report…"));
  job = g_new0 (ExportJob, 1);
  job->store = g_object_ref (self->store);
  job->path = g_strdup (path);
  job->year = self->budget_page != NULL ? dk_budget_page_get_year (self->budget_page) : 0;
  /* the home province's tables; in the national view, those of the report's province */
  job->region = self->settings != NULL ? g_settings_get_string (self->settings, "home-province") : NULL;
  if (job->region == NULL || dk_region_is_country (job->region))
    {
      g_free (job->region);
      job->region = g_strdup (DK_REGION_DEFAULT_HOME);
    }
  task = g_task_new (self, cancellable, export_done_cb, NULL);
  g_task_set_source_tag (task, dk_window_export_to);
  g_task_set_task_data (task, job, (GDestroyNotify) export_job_free);
  g_task_run_in_thread (task, export_thread);
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    DkWindow        *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      if (!g_str_has_suffix (path, ".xlsx"))
        {
          char *with_suffix = g_strconcat (path, ".xlsx", NULL);

          g_free (path);
          path = with_suffix;
        }
      dk_window_export_to (self, path);
    }
  g_object_unref (dialog);
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DkWindow *self = DK_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *name = NULL;

  if (self->store == NULL || self->task_cancellable != NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Export Report"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  gtk_file_filter_set_name (filter, _("Excel workbook (.xlsx)"));
  gtk_file_filter_add_suffix (filter, "xlsx");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  name = dk_xlsx_default_name (self->store);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect (chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_file_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  g_autofree char *uri = g_file_get_uri (file);
  g_autoptr(GError) error = NULL;

  /* through the OpenURI portal inside the Flatpak */
  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    dk_window_show_error (DK_WINDOW (widget), error);
}

static void
cancel_task_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DkWindow *self = DK_WINDOW (widget);

  if (self->task_cancellable != NULL)
    g_cancellable_cancel (self->task_cancellable);
}

/* ------------------------------------------------------------------- print */

static DkPrintDoc *
create_print_doc (DkWindow *self)
{
  const char *page = dk_window_get_page_name (self);

  if (g_strcmp0 (page, "m2m") == 0)
    return dk_m2m_page_create_print_doc (dk_window_get_m2m_page (self));
  if (g_strcmp0 (page, "anggaran") == 0)
    return dk_budget_page_create_print_doc (dk_window_get_budget_page (self));
  if (g_strcmp0 (page, "blangko") == 0)
    return dk_blangko_page_create_print_doc (dk_window_get_blangko_page (self));
  if (g_strcmp0 (page, "pks") == 0)
    return dk_pks_page_create_print_doc (dk_window_get_pks_page (self));
  return dk_ikd_page_create_print_doc (dk_window_get_ikd_page (self));
}

static void
begin_print_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                DkPrintDoc        *doc)
{
  gtk_print_operation_set_n_pages (operation,
                                   (int) dk_print_doc_paginate (doc, gtk_print_context_get_width (context),
                                                                gtk_print_context_get_height (context)));
}

static void
draw_page_cb (GtkPrintOperation *operation,
              GtkPrintContext   *context,
              int                page,
              DkPrintDoc        *doc)
{
  dk_print_doc_draw_page (doc, gtk_print_context_get_cairo_context (context), (guint) page,
                          gtk_print_context_get_width (context), gtk_print_context_get_height (context));
}

static GtkPrintOperation *
new_print_operation (DkWindow *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  DkPrintDoc *doc = create_print_doc (self);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_print_operation_set_default_page_setup (operation, setup);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  gtk_print_operation_set_job_name (operation, _("Dukcapil Sumbar dashboard"));
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  /* each handler holds the document for as long as the operation lives */
  g_signal_connect_data (operation, "begin-print", G_CALLBACK (begin_print_cb), g_object_ref (doc),
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  g_signal_connect_data (operation, "draw-page", G_CALLBACK (draw_page_cb), doc,
                         (GClosureNotify) (void (*) (void)) g_object_unref, 0);
  return operation;
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DkWindow *self = DK_WINDOW (widget);
  g_autoptr(GtkPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;

  if (self->store == NULL)
    return;
  operation = new_print_operation (self);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    dk_window_show_error_dialog (self, _("The Dashboard Could Not Be Printed"), error);
}

/**
 * dk_window_print_to_pdf:
 * @path: the PDF to write
 *
 * Prints the current dashboard into a PDF, as Print… does to paper.
 */
gboolean
dk_window_print_to_pdf (DkWindow    *self,
                        const char  *path,
                        GError     **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;

  g_return_val_if_fail (DK_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (self->store != NULL, FALSE);

  operation = new_print_operation (self);
  gtk_print_operation_set_export_filename (operation, path);
  return gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self),
                                  error) != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* ------------------------------------------------------------------ set-up */

void
_dk_window_actions_update (DkWindow *self)
{
  gboolean ready = self->store != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", ready && self->task_cancellable == NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.cancel-task", self->task_cancellable != NULL);
  _dk_window_data_actions_update (self);
}

void
_dk_window_class_init_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, print_action);
  gtk_widget_class_install_action (widget_class, "win.open-file", "s", open_file_action);
  gtk_widget_class_install_action (widget_class, "win.cancel-task", NULL, cancel_task_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "win.print", NULL);
}
