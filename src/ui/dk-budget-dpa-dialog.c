/* dk-budget-dpa-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adding a DPA amendment to an activity: its name and, if known, its date. It starts
 * with the latest version's budget. A refused amendment changes nothing and its message
 * names the field.
 */
#define G_LOG_DOMAIN "dk-budget-dpa-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-budget-dpa-dialog.h"
#include "dk-budget-form.h"
#include "dk-budget.h"
#include "dk-write-error.h"

struct _DkBudgetDpaDialog
{
  AdwWindow            parent_instance;

  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *date_row;

  DkStore             *store;
  int                  year;
  char                *activity;
};

G_DEFINE_FINAL_TYPE (DkBudgetDpaDialog, dk_budget_dpa_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * dk_budget_dpa_dialog_save:
 *
 * Checks and adds the amendment; on success emits "saved" and closes.
 *
 * Returns: whether it was added
 */
gboolean
dk_budget_dpa_dialog_save (DkBudgetDpaDialog *self)
{
  const char *name = gtk_editable_get_text (GTK_EDITABLE (self->name_row));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (DK_IS_BUDGET_DPA_DIALOG (self), FALSE);
  if (!dk_budget_add_dpa (self->store, self->year, self->activity, name,
                          gtk_editable_get_text (GTK_EDITABLE (self->date_row)), NULL, &error))
    {
      dk_write_error_show (GTK_WINDOW (self), self->error_label, error);
      return FALSE;
    }
  message = g_strdup_printf (_("DPA amendment “%s” added"), name);
  g_signal_emit (self, signals[SAVED], 0, message, self->year, self->activity);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_budget_dpa_dialog_save (DK_BUDGET_DPA_DIALOG (widget));
}

static void
dk_budget_dpa_dialog_dispose (GObject *object)
{
  DkBudgetDpaDialog *self = (DkBudgetDpaDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BUDGET_DPA_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dk_budget_dpa_dialog_parent_class)->dispose (object);
}

static void
dk_budget_dpa_dialog_finalize (GObject *object)
{
  g_free (DK_BUDGET_DPA_DIALOG (object)->activity);
  G_OBJECT_CLASS (dk_budget_dpa_dialog_parent_class)->finalize (object);
}

static void
dk_budget_dpa_dialog_class_init (DkBudgetDpaDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_budget_dpa_dialog_dispose;
  object_class->finalize = dk_budget_dpa_dialog_finalize;
  signals[SAVED] = dk_budget_form_new_saved_signal (G_TYPE_FROM_CLASS (klass));

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-budget-dpa-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBudgetDpaDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetDpaDialog, group);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetDpaDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetDpaDialog, date_row);
  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_budget_dpa_dialog_init (DkBudgetDpaDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_budget_dpa_dialog_new:
 * @year: the year of the activity
 * @activity: the activity the amendment is added to
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
DkBudgetDpaDialog *
dk_budget_dpa_dialog_new (GtkWindow  *parent,
                          DkStore    *store,
                          int         year,
                          const char *activity)
{
  DkBudgetDpaDialog *self = g_object_new (DK_TYPE_BUDGET_DPA_DIALOG, "transient-for", parent,
                                          "application", gtk_window_get_application (parent), NULL);

  self->store = g_object_ref (store);
  self->year = year;
  self->activity = g_strdup (activity);
  dk_budget_form_set_activity (self->group, year, activity);
  return self;
}

/**
 * dk_budget_dpa_dialog_set_field:
 * @field: "name" or "date"
 *
 * Types into a field, as a user would.
 */
void
dk_budget_dpa_dialog_set_field (DkBudgetDpaDialog *self,
                                const char        *field,
                                const char        *text)
{
  struct { const char *name; AdwEntryRow *row; } rows[] = {
    { "name", self->name_row },
    { "date", self->date_row },
  };

  g_return_if_fail (DK_IS_BUDGET_DPA_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].name, field))
      gtk_editable_set_text (GTK_EDITABLE (rows[i].row), text);
}

/**
 * dk_budget_dpa_dialog_get_error:
 *
 * Returns: (transfer none) (nullable): the message shown, %NULL when none
 */
const char *
dk_budget_dpa_dialog_get_error (DkBudgetDpaDialog *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_DPA_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
