/* dk-budget-activity-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adding an activity (a sub kegiatan, by its code and name) to a fiscal year of the
 * budget. A refused activity changes nothing and its message names the field.
 */
#define G_LOG_DOMAIN "dk-budget-activity-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-budget-activity-dialog.h"
#include "dk-budget-form.h"
#include "dk-budget.h"
#include "dk-write-error.h"

struct _DkBudgetActivityDialog
{
  AdwWindow            parent_instance;

  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow         *code_row;
  AdwEntryRow         *name_row;

  DkStore             *store;
  int                  year;
};

G_DEFINE_FINAL_TYPE (DkBudgetActivityDialog, dk_budget_activity_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * dk_budget_activity_dialog_save:
 *
 * Checks and adds the activity; on success emits "saved" and closes.
 *
 * Returns: whether it was added
 */
gboolean
dk_budget_activity_dialog_save (DkBudgetActivityDialog *self)
{
  g_autofree char *code = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->code_row))));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (DK_IS_BUDGET_ACTIVITY_DIALOG (self), FALSE);
  if (!dk_budget_add_activity (self->store, self->year, code, gtk_editable_get_text (GTK_EDITABLE (self->name_row)),
                               &error))
    {
      dk_write_error_show (GTK_WINDOW (self), self->error_label, error);
      return FALSE;
    }
  message = g_strdup_printf (_("Activity %s added"), code);
  g_signal_emit (self, signals[SAVED], 0, message, self->year, code);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_budget_activity_dialog_save (DK_BUDGET_ACTIVITY_DIALOG (widget));
}

static void
dk_budget_activity_dialog_dispose (GObject *object)
{
  DkBudgetActivityDialog *self = (DkBudgetActivityDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BUDGET_ACTIVITY_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dk_budget_activity_dialog_parent_class)->dispose (object);
}

static void
dk_budget_activity_dialog_class_init (DkBudgetActivityDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_budget_activity_dialog_dispose;
  signals[SAVED] = dk_budget_form_new_saved_signal (G_TYPE_FROM_CLASS (klass));

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-budget-activity-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBudgetActivityDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetActivityDialog, group);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetActivityDialog, code_row);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetActivityDialog, name_row);
  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_budget_activity_dialog_init (DkBudgetActivityDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_budget_activity_dialog_new:
 * @year: the year the activity is added to
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
DkBudgetActivityDialog *
dk_budget_activity_dialog_new (GtkWindow *parent,
                               DkStore   *store,
                               int        year)
{
  DkBudgetActivityDialog *self = g_object_new (DK_TYPE_BUDGET_ACTIVITY_DIALOG, "transient-for", parent,
                                               "application", gtk_window_get_application (parent), NULL);
  g_autofree char *context = NULL;

  self->store = g_object_ref (store);
  self->year = year;
  context = g_strdup_printf (_("Fiscal year %d"), year);
  adw_preferences_group_set_title (self->group, context);
  return self;
}

/**
 * dk_budget_activity_dialog_set_field:
 * @field: "code" or "name"
 *
 * Types into a field, as a user would.
 */
void
dk_budget_activity_dialog_set_field (DkBudgetActivityDialog *self,
                                     const char             *field,
                                     const char             *text)
{
  struct { const char *name; AdwEntryRow *row; } rows[] = {
    { "code", self->code_row },
    { "name", self->name_row },
  };

  g_return_if_fail (DK_IS_BUDGET_ACTIVITY_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].name, field))
      gtk_editable_set_text (GTK_EDITABLE (rows[i].row), text);
}

/**
 * dk_budget_activity_dialog_get_error:
 *
 * Returns: (transfer none) (nullable): the message shown, %NULL when none
 */
const char *
dk_budget_activity_dialog_get_error (DkBudgetActivityDialog *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_ACTIVITY_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
