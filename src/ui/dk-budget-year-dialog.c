/* dk-budget-year-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Adding a fiscal year to the budget. A refused year changes nothing and its message
 * names the field.
 */
#define G_LOG_DOMAIN "dk-budget-year-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-budget-year-dialog.h"
#include "dk-budget-form.h"
#include "dk-budget.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-write-error.h"

struct _DkBudgetYearDialog
{
  AdwWindow            parent_instance;

  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow         *year_row;

  DkStore             *store;
};

G_DEFINE_FINAL_TYPE (DkBudgetYearDialog, dk_budget_year_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

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

/**
 * dk_budget_year_dialog_save:
 *
 * Checks and adds the year; on success emits "saved" and closes.
 *
 * Returns: whether it was added
 */
gboolean
dk_budget_year_dialog_save (DkBudgetYearDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int year;

  g_return_val_if_fail (DK_IS_BUDGET_YEAR_DIALOG (self), FALSE);
  if (!parse_year (gtk_editable_get_text (GTK_EDITABLE (self->year_row)), &year, &error) ||
      !dk_budget_add_year (self->store, year, &error))
    {
      dk_write_error_show (GTK_WINDOW (self), self->error_label, error);
      return FALSE;
    }
  message = g_strdup_printf (_("Fiscal year %d added"), year);
  g_signal_emit (self, signals[SAVED], 0, message, year, NULL);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_budget_year_dialog_save (DK_BUDGET_YEAR_DIALOG (widget));
}

static void
dk_budget_year_dialog_dispose (GObject *object)
{
  DkBudgetYearDialog *self = (DkBudgetYearDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BUDGET_YEAR_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dk_budget_year_dialog_parent_class)->dispose (object);
}

static void
dk_budget_year_dialog_class_init (DkBudgetYearDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_budget_year_dialog_dispose;
  signals[SAVED] = dk_budget_form_new_saved_signal (G_TYPE_FROM_CLASS (klass));

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-budget-year-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBudgetYearDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetYearDialog, group);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetYearDialog, year_row);
  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_budget_year_dialog_init (DkBudgetYearDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_budget_year_dialog_new:
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
DkBudgetYearDialog *
dk_budget_year_dialog_new (GtkWindow *parent,
                           DkStore   *store)
{
  DkBudgetYearDialog *self = g_object_new (DK_TYPE_BUDGET_YEAR_DIALOG, "transient-for", parent,
                                           "application", gtk_window_get_application (parent), NULL);

  self->store = g_object_ref (store);
  return self;
}

/**
 * dk_budget_year_dialog_set_field:
 * @field: "year"
 *
 * Types into a field, as a user would.
 */
void
dk_budget_year_dialog_set_field (DkBudgetYearDialog *self,
                                 const char         *field,
                                 const char         *text)
{
  struct { const char *name; AdwEntryRow *row; } rows[] = {
    { "year", self->year_row },
  };

  g_return_if_fail (DK_IS_BUDGET_YEAR_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].name, field))
      gtk_editable_set_text (GTK_EDITABLE (rows[i].row), text);
}

/**
 * dk_budget_year_dialog_get_error:
 *
 * Returns: (transfer none) (nullable): the message shown, %NULL when none
 */
const char *
dk_budget_year_dialog_get_error (DkBudgetYearDialog *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_YEAR_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
