/* dk-budget-entry-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adding to the budget from the dashboard: a fiscal year, an activity, a line or a DPA
 * amendment. The core validates and writes each in one transaction; a refused entry
 * changes nothing and its message names the field.
 */
#define G_LOG_DOMAIN "dk-budget-entry-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-budget-entry-dialog.h"
#include "dk-error.h"
#include "dk-format.h"

struct _DkBudgetEntryDialog
{
  AdwWindow            parent_instance;

  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow         *year_row;
  AdwEntryRow         *code_row;
  AdwEntryRow         *name_row;
  AdwEntryRow         *date_row;

  DkStore             *store;
  DkBudgetEntryKind    kind;
  int                  year;
  char                *activity;
};

G_DEFINE_FINAL_TYPE (DkBudgetEntryDialog, dk_budget_entry_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (GtkLabel   *label,
            const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static guint
new_saved_signal (GType type)
{
  /* message for the toast, then the year and activity to show */
  return g_signal_new ("saved", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                       G_TYPE_STRING, G_TYPE_INT, G_TYPE_STRING);
}

static gboolean
parse_year (const char  *text,
            int         *year,
            GError     **error)
{
  gint64 value;

  if (!dk_parse_plain_int (text, &value) || value < 2000 || value > 2999)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Fiscal year: “%s” is not a year between 2000 and 2999"),
                   text);
      return FALSE;
    }
  *year = (int) value;
  return TRUE;
}

static gboolean
write_entry (DkBudgetEntryDialog  *self,
             char                **message,
             int                  *year,
             char                **activity,
             GError              **error)
{
  g_autofree char *code = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->code_row))));
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  *year = self->year;
  *activity = g_strdup (self->activity);
  switch (self->kind)
    {
    case DK_BUDGET_ENTRY_YEAR:
      if (!parse_year (gtk_editable_get_text (GTK_EDITABLE (self->year_row)), year, error) ||
          !dk_budget_add_year (self->store, *year, error))
        return FALSE;
      g_clear_pointer (activity, g_free);
      *message = g_strdup_printf (_("Fiscal year %d added"), *year);
      return TRUE;
    case DK_BUDGET_ENTRY_ACTIVITY:
      if (!dk_budget_add_activity (self->store, self->year, code, name, error))
        return FALSE;
      g_free (*activity);
      *activity = g_strdup (code);
      *message = g_strdup_printf (_("Activity %s added"), code);
      return TRUE;
    case DK_BUDGET_ENTRY_LINE:
      if (!dk_budget_add_line (self->store, self->year, self->activity, code, name, error))
        return FALSE;
      *message = g_strdup_printf (_("Budget line %s added"), code);
      return TRUE;
    case DK_BUDGET_ENTRY_DPA:
    default:
      if (!dk_budget_add_dpa (self->store, self->year, self->activity, name, date, NULL, error))
        return FALSE;
      *message = g_strdup_printf (_("DPA amendment “%s” added"), name);
      return TRUE;
    }
}

/**
 * dk_budget_entry_dialog_save:
 *
 * Checks and adds the entry; on success emits "saved" and closes.
 *
 * Returns: whether it was added
 */
gboolean
dk_budget_entry_dialog_save (DkBudgetEntryDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL, *activity = NULL;
  int year;

  g_return_val_if_fail (DK_IS_BUDGET_ENTRY_DIALOG (self), FALSE);
  if (!write_entry (self, &message, &year, &activity, &error))
    {
      show_error (self->error_label, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, message, year, activity);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  dk_budget_entry_dialog_save (DK_BUDGET_ENTRY_DIALOG (widget));
}

static void
dk_budget_entry_dialog_dispose (GObject *object)
{
  DkBudgetEntryDialog *self = (DkBudgetEntryDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BUDGET_ENTRY_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dk_budget_entry_dialog_parent_class)->dispose (object);
}

static void
dk_budget_entry_dialog_finalize (GObject *object)
{
  g_free (DK_BUDGET_ENTRY_DIALOG (object)->activity);
  G_OBJECT_CLASS (dk_budget_entry_dialog_parent_class)->finalize (object);
}

static void
dk_budget_entry_dialog_class_init (DkBudgetEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_budget_entry_dialog_dispose;
  object_class->finalize = dk_budget_entry_dialog_finalize;
  signals[SAVED] = new_saved_signal (G_TYPE_FROM_CLASS (klass));

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-budget-entry-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBudgetEntryDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetEntryDialog, group);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetEntryDialog, year_row);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetEntryDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetEntryDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetEntryDialog, date_row);
  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_budget_entry_dialog_init (DkBudgetEntryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

static void
configure_rows (DkBudgetEntryDialog *self)
{
  g_autofree char *context = NULL;
  gboolean needs_activity = self->kind == DK_BUDGET_ENTRY_LINE || self->kind == DK_BUDGET_ENTRY_DPA;

  gtk_widget_set_visible (GTK_WIDGET (self->year_row), self->kind == DK_BUDGET_ENTRY_YEAR);
  gtk_widget_set_visible (GTK_WIDGET (self->code_row),
                          self->kind == DK_BUDGET_ENTRY_ACTIVITY || self->kind == DK_BUDGET_ENTRY_LINE);
  gtk_widget_set_visible (GTK_WIDGET (self->name_row), self->kind != DK_BUDGET_ENTRY_YEAR);
  gtk_widget_set_visible (GTK_WIDGET (self->date_row), self->kind == DK_BUDGET_ENTRY_DPA);
  switch (self->kind)
    {
    case DK_BUDGET_ENTRY_YEAR:
      gtk_window_set_title (GTK_WINDOW (self), _("Add Fiscal Year"));
      break;
    case DK_BUDGET_ENTRY_ACTIVITY:
      gtk_window_set_title (GTK_WINDOW (self), _("Add Activity"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->code_row), _("Activity code, like 2.12.04.1.02.0001"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Activity name"));
      break;
    case DK_BUDGET_ENTRY_LINE:
      gtk_window_set_title (GTK_WINDOW (self), _("Add Budget Line"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->code_row), _("Account code, like 5.1.02.01.01.0052"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Description"));
      adw_preferences_group_set_description (self->group,
                                             _("A line goes under the longest code it extends; the line "
                                               "one part shorter must exist."));
      break;
    case DK_BUDGET_ENTRY_DPA:
    default:
      gtk_window_set_title (GTK_WINDOW (self), _("Add DPA Amendment"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name, like DPA Pergeseran I"));
      adw_preferences_group_set_description (self->group,
                                             _("The amendment starts with the latest version’s budget; "
                                               "enter its changed amounts afterwards."));
      break;
    }
  if (needs_activity)
    /* Translators: which activity and year a dialog adds to */
    context = g_strdup_printf (_("Activity %s, fiscal year %d"), self->activity, self->year);
  else if (self->kind == DK_BUDGET_ENTRY_ACTIVITY)
    context = g_strdup_printf (_("Fiscal year %d"), self->year);
  if (context != NULL)
    adw_preferences_group_set_title (self->group, context);
}

/**
 * dk_budget_entry_dialog_new:
 * @kind: what is added
 * @year: the year an activity, line or amendment is added to
 * @activity: (nullable): the activity a line or amendment is added to
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
DkBudgetEntryDialog *
dk_budget_entry_dialog_new (GtkWindow         *parent,
                            DkStore           *store,
                            DkBudgetEntryKind  kind,
                            int                year,
                            const char        *activity)
{
  DkBudgetEntryDialog *self = g_object_new (DK_TYPE_BUDGET_ENTRY_DIALOG, "transient-for", parent,
                                              "application", gtk_window_get_application (parent), NULL);

  self->store = g_object_ref (store);
  self->kind = kind;
  self->year = year;
  self->activity = g_strdup (activity);
  configure_rows (self);
  return self;
}

void
dk_budget_entry_dialog_set_text (DkBudgetEntryDialog *self,
                                 DkBudgetField        field,
                                 const char          *text)
{
  AdwEntryRow *rows[] = { self->year_row, self->code_row, self->name_row, self->date_row };

  g_return_if_fail (DK_IS_BUDGET_ENTRY_DIALOG (self));
  g_return_if_fail (field < G_N_ELEMENTS (rows));
  gtk_editable_set_text (GTK_EDITABLE (rows[field]), text);
}

/**
 * dk_budget_entry_dialog_get_error:
 *
 * Returns: (transfer none) (nullable): the message shown, %NULL when none
 */
const char *
dk_budget_entry_dialog_get_error (DkBudgetEntryDialog *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_ENTRY_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
