/* dk-import-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Import…": choose the table and a file; the file is read and checked in a worker
 * thread, every problem is listed and the rows shown, and only a file without errors can
 * be imported, when the user confirms.
 */
#define G_LOG_DOMAIN "dk-import-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-columns.h"
#include "dk-format.h"
#include "dk-import-dialog.h"
#include "dk-import-item.h"
#include "dk-region.h"
#include "dk-write-error.h"

struct _DkImportDialog
{
  AdwWindow                parent_instance;

  AdwComboRow             *kind_row;
  AdwActionRow            *file_row;
  char                    *region;     /* the home province, or "0" for the country */
  AdwEntryRow             *date_row;
  GtkLabel                *status_label;
  AdwPreferencesGroup     *problems_group;
  GtkListBox              *problems_list;
  AdwPreferencesGroup     *preview_group;
  GtkColumnView           *preview_view;
  GtkSpinner              *spinner;

  DkStore                 *store;
  GFile                   *file;
  DkImport                *import;     /* the file as last read */
  GListStore              *items;
  GCancellable            *cancellable;
  gboolean                 busy;
  char                    *error;
  DkImportKind             kind;       /* the kind the columns and the date row show */
  GtkColumnViewColumn     *kode_column;
  GtkColumnViewColumn     *wilayah_column;
  GtkColumnViewColumn     *value_columns[2];
  GtkColumnViewColumn     *persen_column;
  GtkColumnViewColumn     *keterangan_column;
};

G_DEFINE_FINAL_TYPE (DkImportDialog, dk_import_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_IMPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The combo lists the kinds in their order. */
static DkImportKind
selected_kind (DkImportDialog *self)
{
  guint selected = adw_combo_row_get_selected (self->kind_row);

  return selected <= DK_IMPORT_KIND_BUDGET ? (DkImportKind) selected : DK_IMPORT_KIND_IKD;
}

static gboolean
has_rows (DkImport *import)
{
  return dk_import_get_n_regions (import) > 0 || dk_import_get_n_lines (import) > 0;
}

static void
update_actions (DkImportDialog *self)
{
  gboolean ready = !self->busy && self->import != NULL && dk_import_get_n_errors (self->import) == 0 &&
                   has_rows (self->import);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.confirm", ready);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "import.choose", !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), !self->busy);
  gtk_widget_set_sensitive (GTK_WIDGET (self->date_row), !self->busy);
  gtk_spinner_set_spinning (self->spinner, self->busy);
}

static void
update_columns (DkImportDialog *self)
{
  DkImportKind kind = selected_kind (self);
  gboolean budget = kind == DK_IMPORT_KIND_BUDGET;

  /* the date row asks for a fiscal year for a budget: what it held means something else */
  if (budget != (self->kind == DK_IMPORT_KIND_BUDGET))
    gtk_editable_set_text (GTK_EDITABLE (self->date_row), "");
  self->kind = kind;
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->date_row),
                                 budget ? _("Fiscal year (YYYY; empty: from the file)")
                                        : _("Date of the figures (YYYY-MM-DD; empty: from the file)"));
  gtk_column_view_column_set_title (self->kode_column, budget ? _("Kode Rekening") : _("Kode"));
  gtk_column_view_column_set_title (self->wilayah_column, budget ? _("Uraian") : _("Wilayah"));
  for (guint v = 0; v < 2; v++)
    gtk_column_view_column_set_title (self->value_columns[v], dk_import_column_title (kind, v));
  gtk_column_view_column_set_visible (self->persen_column, kind == DK_IMPORT_KIND_IKD);
  gtk_column_view_column_set_visible (self->keterangan_column, kind == DK_IMPORT_KIND_M2M);
}

static GtkWidget *
problem_row_new (const DkImportProblem *problem)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon = gtk_image_new_from_icon_name (problem->is_error ? "dialog-error-symbolic"
                                                                    : "dialog-information-symbolic");

  gtk_widget_add_css_class (icon, problem->is_error ? "error" : "accent");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  problem->is_error ? _("Error") : _("Note"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), problem->message);
  return row;
}

static char *
budget_status (DkImport *import)
{
  guint n = dk_import_get_n_lines (import);

  return g_strdup_printf (dk_import_get_replaces (import)
                            ? g_dngettext (GETTEXT_PACKAGE,
                                           "Activity %s, fiscal year %d: %u line with amounts. Importing replaces its amounts; the database is backed up first.",
                                           "Activity %s, fiscal year %d: %u lines with amounts. Importing replaces their amounts; the database is backed up first.", n)
                            : g_dngettext (GETTEXT_PACKAGE,
                                           "Activity %s, fiscal year %d: %u line with amounts, a new activity. The database is backed up before importing.",
                                           "Activity %s, fiscal year %d: %u lines with amounts, a new activity. The database is backed up before importing.", n),
                          dk_import_get_activity (import), dk_import_get_year (import), n);
}

static void
show_result (DkImportDialog *self)
{
  GPtrArray *problems = dk_import_get_problems (self->import);
  GPtrArray *rows = dk_import_get_rows (self->import);
  guint n_errors = dk_import_get_n_errors (self->import);
  g_autofree char *status = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list))) != NULL)
    gtk_list_box_remove (self->problems_list, child);
  for (guint i = 0; i < problems->len; i++)
    gtk_list_box_append (self->problems_list, problem_row_new (g_ptr_array_index (problems, i)));
  gtk_widget_set_visible (GTK_WIDGET (self->problems_group), problems->len > 0);

  g_list_store_remove_all (self->items);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autoptr(DkImportItem) item = dk_import_item_new (g_ptr_array_index (rows, i),
                                                         dk_import_get_kind (self->import));

      g_list_store_append (self->items, item);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->preview_group), rows->len > 0);
  update_columns (self);

  if (n_errors > 0)
    status = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                           "The file has %u error, listed below; correct it and choose the file again. Nothing will be written.",
                                           "The file has %u errors, listed below; correct them and choose the file again. Nothing will be written.",
                                           n_errors), n_errors);
  else if (dk_import_get_kind (self->import) == DK_IMPORT_KIND_BUDGET)
    status = budget_status (self->import);
  else
    {
      g_autofree char *date = dk_format_date_long (dk_import_get_as_of (self->import));
      guint n = dk_import_get_n_regions (self->import);

      status = g_strdup_printf (dk_import_get_replaces (self->import)
                                  ? g_dngettext (GETTEXT_PACKAGE,
                                                 "%u region as of %s. Importing replaces the figures of that date; the database is backed up first.",
                                                 "%u regions as of %s. Importing replaces the figures of that date; the database is backed up first.", n)
                                  : g_dngettext (GETTEXT_PACKAGE,
                                                 "%u region as of %s, a new date. The database is backed up before importing.",
                                                 "%u regions as of %s, a new date. The database is backed up before importing.", n),
                                n, date);
    }
  gtk_label_set_text (self->status_label, status);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_label), "error");
  if (n_errors > 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
}

static void
show_failure (DkImportDialog *self,
              const char     *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->status_label, message);
  gtk_widget_add_css_class (GTK_WIDGET (self->status_label), "error");
}

/* ------------------------------------------------------------- reading */

typedef struct
{
  DkImport *import;
  char     *path;
  gboolean  commit;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->import);
  g_free (job->path);
  g_free (job);
}

static void
job_thread (GTask        *task,
            gpointer      source_object,
            gpointer      task_data,
            GCancellable *cancellable)
{
  Job *job = task_data;
  GError *error = NULL;
  gboolean ok = job->commit ? dk_import_commit (job->import, &error)
                            : dk_import_read_file (job->import, job->path, &error);

  if (ok)
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
read_done_cb (GObject      *source,
              GAsyncResult *result,
              gpointer      user_data)
{
  DkImportDialog *self = DK_IMPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      g_clear_object (&self->import);
      show_failure (self, error->message);
    }
  else
    {
      g_set_object (&self->import, job->import);
      g_clear_pointer (&self->error, g_free);
      show_result (self);
    }
  update_actions (self);
}

static void
start_read (DkImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  const char *date;
  Job *job;

  if (self->file == NULL || self->busy)
    return;

  job = g_new0 (Job, 1);
  /* the rows of the home province, or of the country; M2M figures are a province's */
  job->import = dk_import_new (self->store, selected_kind (self),
                               selected_kind (self) == DK_IMPORT_KIND_M2M && dk_region_is_country (self->region)
                                 ? DK_REGION_DEFAULT_HOME : self->region);
  job->path = g_file_get_path (self->file);
  date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  if (date != NULL && *date != '\0' && selected_kind (self) == DK_IMPORT_KIND_BUDGET)
    {
      guint64 year = 0;

      if (!g_ascii_string_to_unsigned (date, 10, 2000, 2999, &year, NULL))
        {
          g_autofree char *message = g_strdup_printf (_("Fiscal year: “%s” is not a year from 2000 to 2999"), date);

          job_free (job);
          g_clear_object (&self->import);
          show_failure (self, message);
          update_actions (self);
          return;
        }
      dk_import_set_year (job->import, (int) year);
    }
  else if (date != NULL && *date != '\0')
    {
      g_autoptr(GError) error = NULL;

      if (!dk_date_check_iso (date, NULL, &error))
        {
          job_free (job);
          g_clear_object (&self->import);
          show_failure (self, error->message);
          update_actions (self);
          return;
        }
      dk_import_set_as_of (job->import, date);
    }
  if (job->path == NULL)
    {
      job_free (job);
      show_failure (self, _("The file is not on this computer; copy it here first"));
      return;
    }

  self->busy = TRUE;
  g_clear_object (&self->import);
  gtk_label_set_text (self->status_label, _("Reading the file…"));
  update_actions (self);
  task = g_task_new (self, self->cancellable, read_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread);
}

/**
 * dk_import_dialog_set_file:
 * @file: the file to read
 *
 * Reads and checks @file in a worker thread and shows what it holds.
 */
void
dk_import_dialog_set_file (DkImportDialog *self,
                           GFile          *file)
{
  g_autofree char *name = NULL;

  g_return_if_fail (DK_IS_IMPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  g_set_object (&self->file, file);
  name = g_file_get_parse_name (file);
  adw_action_row_set_subtitle (self->file_row, name);
  start_read (self);
}

static void
choose_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    DkImportDialog  *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    dk_import_dialog_set_file (self, file);
  g_object_unref (chooser);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DkImportDialog *self = DK_IMPORT_DIALOG (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) csv = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose a CSV File"), GTK_WINDOW (self), GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));
  gtk_file_filter_set_name (csv, _("CSV and text files"));
  gtk_file_filter_add_mime_type (csv, "text/csv");
  gtk_file_filter_add_mime_type (csv, "text/plain");
  gtk_file_filter_add_mime_type (csv, "text/tab-separated-values");
  gtk_file_filter_add_suffix (csv, "csv");
  gtk_file_filter_add_suffix (csv, "txt");
  gtk_file_filter_add_suffix (csv, "tsv");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), csv);
  gtk_file_filter_set_name (all, _("All files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);
  g_signal_connect (chooser, "response", G_CALLBACK (choose_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ---------------------------------------------------------- importing */

static void
commit_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  DkImportDialog *self = DK_IMPORT_DIALOG (source);
  Job *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  self->busy = FALSE;
  update_actions (self);
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!dk_write_error_offer_reload (GTK_WINDOW (self), error))
        show_failure (self, error->message);
      return;
    }
  g_signal_emit (self, signals[SIGNAL_IMPORTED], 0, dk_import_get_kind (job->import),
                 dk_import_get_as_of (job->import),
                 dk_import_get_kind (job->import) == DK_IMPORT_KIND_BUDGET ? dk_import_get_n_lines (job->import)
                                                                          : dk_import_get_n_regions (job->import));
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * dk_import_dialog_confirm:
 *
 * Imports the file read, as the Import button does, in a worker thread; the dialog
 * closes and emits ::imported when it is done, or shows why not.
 *
 * Returns: %FALSE when there is nothing that may be imported
 */
gboolean
dk_import_dialog_confirm (DkImportDialog *self)
{
  g_autoptr(GTask) task = NULL;
  Job *job;

  g_return_val_if_fail (DK_IS_IMPORT_DIALOG (self), FALSE);

  if (self->busy || self->import == NULL || dk_import_get_n_errors (self->import) > 0)
    return FALSE;
  job = g_new0 (Job, 1);
  job->import = g_object_ref (self->import);
  job->commit = TRUE;
  self->busy = TRUE;
  gtk_label_set_text (self->status_label, _("Backing up the database and importing…"));
  update_actions (self);
  task = g_task_new (self, NULL, commit_done_cb, NULL);
  g_task_set_task_data (task, job, (GDestroyNotify) job_free);
  g_task_run_in_thread (task, job_thread);
  return TRUE;
}

static void
confirm_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  dk_import_dialog_confirm (DK_IMPORT_DIALOG (widget));
}

static void
kind_changed_cb (DkImportDialog *self)
{
  /* the kinds' list set up in init selects its first before the columns exist */
  if (self->kode_column == NULL)
    return;
  update_columns (self);
  start_read (self);
}

static void
date_applied_cb (DkImportDialog *self)
{
  start_read (self);
}

/* ------------------------------------------------------------- set-up */

static void
dk_import_dialog_dispose (GObject *object)
{
  DkImportDialog *self = DK_IMPORT_DIALOG (object);

  g_cancellable_cancel (self->cancellable);
  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_IMPORT_DIALOG);
  G_OBJECT_CLASS (dk_import_dialog_parent_class)->dispose (object);
}

static void
dk_import_dialog_finalize (GObject *object)
{
  DkImportDialog *self = DK_IMPORT_DIALOG (object);

  g_clear_object (&self->store);
  g_clear_object (&self->file);
  g_clear_pointer (&self->region, g_free);
  g_clear_object (&self->import);
  g_clear_object (&self->items);
  g_clear_object (&self->cancellable);
  g_free (self->error);
  G_OBJECT_CLASS (dk_import_dialog_parent_class)->finalize (object);
}

static void
dk_import_dialog_class_init (DkImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_import_dialog_dispose;
  object_class->finalize = dk_import_dialog_finalize;

  /**
   * DkImportDialog::imported:
   * @kind: the table imported
   * @as_of: (nullable): its date; %NULL for a budget (dk_import_dialog_get_import() has
   *   its year and activity)
   * @n_regions: how many regions it had; for a budget, its lines with amounts
   */
  signals[SIGNAL_IMPORTED] =
    g_signal_new ("imported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 3, G_TYPE_INT, G_TYPE_STRING, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkImportDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DkImportDialog, file_row);
  gtk_widget_class_bind_template_child (widget_class, DkImportDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DkImportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, DkImportDialog, problems_group);
  gtk_widget_class_bind_template_child (widget_class, DkImportDialog, problems_list);
  gtk_widget_class_bind_template_child (widget_class, DkImportDialog, preview_group);
  gtk_widget_class_bind_template_child (widget_class, DkImportDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, DkImportDialog, spinner);
  gtk_widget_class_bind_template_callback (widget_class, kind_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_applied_cb);
  gtk_widget_class_install_action (widget_class, "import.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "import.confirm", NULL, confirm_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_import_dialog_init (DkImportDialog *self)
{
  g_autoptr(GtkStringList) kinds = gtk_string_list_new (NULL);
  g_autoptr(GtkNoSelection) selection = NULL;
  GtkColumnViewColumn *column;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->cancellable = g_cancellable_new ();
  self->region = g_strdup (DK_REGION_DEFAULT_HOME);

  gtk_string_list_append (kinds, dk_import_kind_label (DK_IMPORT_KIND_IKD));
  gtk_string_list_append (kinds, dk_import_kind_label (DK_IMPORT_KIND_M2M));
  gtk_string_list_append (kinds, dk_import_kind_label (DK_IMPORT_KIND_BUDGET));
  adw_combo_row_set_model (self->kind_row, G_LIST_MODEL (kinds));

  self->items = g_list_store_new (DK_TYPE_IMPORT_ITEM);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->items)));
  gtk_column_view_set_model (self->preview_view, GTK_SELECTION_MODEL (selection));

  column = dk_column_new (_("Line"), DK_TYPE_IMPORT_ITEM, "line", DK_COLUMN_NUMBER);
  gtk_column_view_append_column (self->preview_view, column);
  g_object_unref (column);
  self->kode_column = dk_column_new (_("Kode"), DK_TYPE_IMPORT_ITEM, "kode", DK_COLUMN_TEXT);
  gtk_column_view_append_column (self->preview_view, self->kode_column);
  g_object_unref (self->kode_column);
  self->wilayah_column = dk_column_new (_("Wilayah"), DK_TYPE_IMPORT_ITEM, "wilayah", DK_COLUMN_TEXT);
  gtk_column_view_column_set_expand (self->wilayah_column, TRUE);
  gtk_column_view_append_column (self->preview_view, self->wilayah_column);
  g_object_unref (self->wilayah_column);
  for (guint v = 0; v < 2; v++)
    {
      self->value_columns[v] = dk_column_new (dk_import_column_title (DK_IMPORT_KIND_IKD, v), DK_TYPE_IMPORT_ITEM,
                                              v == 0 ? "value0" : "value1", DK_COLUMN_INT);
      gtk_column_view_append_column (self->preview_view, self->value_columns[v]);
      g_object_unref (self->value_columns[v]);
    }
  self->persen_column = dk_column_new (_("Persen IKD"), DK_TYPE_IMPORT_ITEM, "persen", DK_COLUMN_TEXT);
  gtk_column_view_append_column (self->preview_view, self->persen_column);
  g_object_unref (self->persen_column);
  self->keterangan_column = dk_column_new (_("Keterangan"), DK_TYPE_IMPORT_ITEM, "keterangan", DK_COLUMN_TEXT);
  gtk_column_view_append_column (self->preview_view, self->keterangan_column);
  g_object_unref (self->keterangan_column);

  update_columns (self);
  update_actions (self);
}

/**
 * dk_import_dialog_new:
 * @parent: the window it belongs to
 * @store: the database to import into
 * @kind: the table chosen at first
 */
DkImportDialog *
dk_import_dialog_new (GtkWindow    *parent,
                      DkStore      *store,
                      DkImportKind  kind)
{
  DkImportDialog *self = g_object_new (DK_TYPE_IMPORT_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  adw_combo_row_set_selected (self->kind_row, kind);
  return self;
}

/**
 * dk_import_dialog_set_region:
 * @region: the region the rows are under: the home province, or "0" for the country
 */
void
dk_import_dialog_set_region (DkImportDialog *self,
                             const char     *region)
{
  g_return_if_fail (DK_IS_IMPORT_DIALOG (self));
  g_return_if_fail (region != NULL);

  g_free (self->region);
  self->region = g_strdup (region);
}

/**
 * dk_import_dialog_set_account:
 * @account: who is signed in
 *
 * Offers only the tables @account may write (the budget is last in the list, and the one
 * an office does not write), and an office's rows under its own region.
 */
void
dk_import_dialog_set_account (DkImportDialog  *self,
                              const DkAccount *account)
{
  GtkStringList *kinds;

  g_return_if_fail (DK_IS_IMPORT_DIALOG (self));
  g_return_if_fail (account != NULL);

  kinds = GTK_STRING_LIST (adw_combo_row_get_model (self->kind_row));
  if (!dk_account_may_write (account, DK_ACCOUNT_WRITE_BUDGET) &&
      g_list_model_get_n_items (G_LIST_MODEL (kinds)) > DK_IMPORT_KIND_BUDGET)
    {
      if (selected_kind (self) == DK_IMPORT_KIND_BUDGET)
        adw_combo_row_set_selected (self->kind_row, DK_IMPORT_KIND_IKD);
      gtk_string_list_remove (kinds, DK_IMPORT_KIND_BUDGET);
    }
  if (account->kind == DK_ACCOUNT_OFFICE && account->kode != NULL)
    dk_import_dialog_set_region (self, account->kode);
}

/**
 * dk_import_dialog_get_n_kinds:
 *
 * Returns: how many tables the dialog offers to import
 */
guint
dk_import_dialog_get_n_kinds (DkImportDialog *self)
{
  g_return_val_if_fail (DK_IS_IMPORT_DIALOG (self), 0);
  return g_list_model_get_n_items (adw_combo_row_get_model (self->kind_row));
}

/**
 * dk_import_dialog_get_import:
 *
 * Returns: (transfer none) (nullable): the file as last read
 */
DkImport *
dk_import_dialog_get_import (DkImportDialog *self)
{
  g_return_val_if_fail (DK_IS_IMPORT_DIALOG (self), NULL);
  return self->import;
}

gboolean
dk_import_dialog_is_busy (DkImportDialog *self)
{
  g_return_val_if_fail (DK_IS_IMPORT_DIALOG (self), FALSE);
  return self->busy;
}

/**
 * dk_import_dialog_get_n_problem_rows:
 *
 * Returns: how many problems the dialog lists
 */
guint
dk_import_dialog_get_n_problem_rows (DkImportDialog *self)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->problems_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

/**
 * dk_import_dialog_get_preview:
 *
 * Returns: (transfer none): the rows the preview shows
 */
GListModel *
dk_import_dialog_get_preview (DkImportDialog *self)
{
  g_return_val_if_fail (DK_IS_IMPORT_DIALOG (self), NULL);
  return G_LIST_MODEL (self->items);
}

gboolean
dk_import_dialog_can_import (DkImportDialog *self)
{
  g_return_val_if_fail (DK_IS_IMPORT_DIALOG (self), FALSE);
  return gtk_widget_is_sensitive (GTK_WIDGET (self)) &&
         !self->busy && self->import != NULL && dk_import_get_n_errors (self->import) == 0 &&
         has_rows (self->import);
}

/**
 * dk_import_dialog_get_error:
 *
 * Returns: (nullable): the message of a file that could not be read or imported
 */
const char *
dk_import_dialog_get_error (DkImportDialog *self)
{
  g_return_val_if_fail (DK_IS_IMPORT_DIALOG (self), NULL);
  return self->error;
}
