/* dk-budget-amounts-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entering the amounts of every line of an activity for a DPA version, or one month's
 * realisation. The core validates and writes them in one transaction; a refused entry
 * changes nothing and its message names the line and the field.
 */
#define G_LOG_DOMAIN "dk-budget-amounts-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-budget-amounts-dialog.h"
#include "dk-budget-amounts-row.h"
#include "dk-budget-chart.h"
#include "dk-budget-form.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-write-error.h"

struct _DkBudgetAmountsDialog
{
  AdwWindow            parent_instance;

  GtkLabel            *error_label;
  AdwPreferencesGroup *month_group;
  AdwComboRow         *month_row;
  GtkStringList       *month_list;
  AdwPreferencesGroup *lines_group;

  DkStore             *store;
  DkBudgetTable       *table;
  gboolean             monthly;
  GPtrArray           *lines;     /* of DkBudgetAmountsRow, in lines_group */
};

G_DEFINE_FINAL_TYPE (DkBudgetAmountsDialog, dk_budget_amounts_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * dk_budget_parse_rupiah:
 * @text: an amount as typed: "15.897.000", "15,897,000", "15897000", "Rp 15.897.000"
 * @field: what the amount is, for the message ("5.1.02.01.01.0052, Budget")
 * @value: (out): the amount
 *
 * Reads a whole number of rupiah; an empty field is 0. Refuses a negative amount, a
 * fraction and anything else, naming @field.
 */
gboolean
dk_budget_parse_rupiah (const char  *text,
                        const char  *field,
                        gint64      *value,
                        GError     **error)
{
  g_autofree char *s = g_strstrip (g_strdup (text != NULL ? text : ""));
  guint64 v = 0;
  int digits = 0;   /* digits since the start or the last separator */
  gboolean grouped = FALSE;
  const char *p = s;

  if (g_str_has_prefix (p, "Rp"))
    p += 2;
  while (*p == ' ')
    p++;
  if (*p == '-' || g_str_has_prefix (p, "−"))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s: an amount may not be negative"), field);
      return FALSE;
    }
  for (; *p; p++)
    {
      if (g_ascii_isdigit (*p))
        {
          if (v > ((guint64) G_MAXINT64 - (guint64) (*p - '0')) / 10)
            {
              g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s: the amount is too large"), field);
              return FALSE;
            }
          v = v * 10 + (guint64) (*p - '0');
          digits++;
        }
      /* thousands separators: 1 to 3 digits first, then groups of exactly 3 */
      else if ((*p == '.' || *p == ',' || *p == ' ') &&
               (grouped ? digits == 3 : digits >= 1 && digits <= 3))
        {
          grouped = TRUE;
          digits = 0;
        }
      else
        break;
    }
  if (*p != '\0' || (grouped && digits != 3))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s: “%s” is not an amount in whole rupiah, like 9.597.000"),
                   field, s);
      return FALSE;
    }
  *value = (gint64) v;
  return TRUE;
}

static void
add_line_row (DkBudgetAmountsDialog *self,
              DkBudgetLine          *line)
{
  DkBudgetAmountsRow *row = dk_budget_amounts_row_new (line, self->monthly);

  adw_preferences_group_add (self->lines_group, GTK_WIDGET (row));
  g_ptr_array_add (self->lines, row);
}

static guint
selected_month (DkBudgetAmountsDialog *self)
{
  return adw_combo_row_get_selected (self->month_row) + 1;
}

static void
month_changed_cb (DkBudgetAmountsDialog *self)
{
  /* the month row shows only when entering a month; its list is filled in init */
  if (!self->monthly)
    return;
  for (guint i = 0; i < self->lines->len; i++)
    {
      DkBudgetAmountsRow *row = g_ptr_array_index (self->lines, i);
      const char *kode = dk_budget_amounts_row_get_kode (row);
      DkBudgetLine *line = dk_budget_table_find (self->table, kode);

      /* a line without monthly figures stays empty: left empty, it keeps its realisation */
      if (line != NULL && dk_budget_line_get_has_monthly (line))
        dk_budget_amounts_row_set_amount (row, TRUE, dk_budget_table_get_line_month (self->table, kode,
                                                                                    selected_month (self)));
      else
        dk_budget_amounts_row_set_text (row, TRUE, "");
    }
}

static gboolean
write_amounts (DkBudgetAmountsDialog  *self,
               GError                **error)
{
  g_autoptr(GArray) amounts = g_array_new (FALSE, TRUE, sizeof (DkBudgetAmount));
  g_autoptr(GArray) month = g_array_new (FALSE, TRUE, sizeof (DkBudgetMonthAmount));

  for (guint i = 0; i < self->lines->len; i++)
    {
      DkBudgetAmountsRow *row = g_ptr_array_index (self->lines, i);
      DkBudgetAmount a = { dk_budget_amounts_row_get_kode (row), 0, 0 };
      DkBudgetMonthAmount m = { dk_budget_amounts_row_get_kode (row), 0 };

      if ((!self->monthly && !dk_budget_amounts_row_read (row, FALSE, &a.anggaran, error)) ||
          !dk_budget_amounts_row_read (row, TRUE, &a.realisasi, error))
        return FALSE;
      m.realisasi = a.realisasi;
      g_array_append_val (amounts, a);
      if (dk_budget_amounts_row_has_realisasi (row))
        g_array_append_val (month, m);
    }
  if (self->monthly)
    return dk_budget_set_month (self->store, dk_budget_table_get_year (self->table),
                                dk_budget_table_get_activity (self->table), selected_month (self),
                                (DkBudgetMonthAmount *) month->data, month->len, error);
  return dk_budget_set_amounts (self->store, dk_budget_table_get_year (self->table),
                                dk_budget_table_get_activity (self->table), dk_budget_table_get_dpa (self->table),
                                (DkBudgetAmount *) amounts->data, amounts->len, error);
}

/**
 * dk_budget_amounts_dialog_save:
 *
 * Checks and writes every line's amounts; on success emits "saved" and closes.
 *
 * Returns: whether they were saved
 */
gboolean
dk_budget_amounts_dialog_save (DkBudgetAmountsDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  g_return_val_if_fail (DK_IS_BUDGET_AMOUNTS_DIALOG (self), FALSE);
  if (!write_amounts (self, &error))
    {
      dk_write_error_show (GTK_WINDOW (self), self->error_label, error);
      return FALSE;
    }
  if (self->monthly)
    {
      g_autofree char *name = dk_budget_month_name (selected_month (self));

      /* Translators: a toast: month, activity code */
      message = g_strdup_printf (_("Realisation of %s saved for %s"), name, dk_budget_table_get_activity (self->table));
    }
  else
    /* Translators: a toast: DPA version, activity code */
    message = g_strdup_printf (_("Amounts of %s saved for %s"), dk_budget_table_get_dpa_name (self->table),
                               dk_budget_table_get_activity (self->table));
  g_signal_emit (self, signals[SAVED], 0, message, dk_budget_table_get_year (self->table),
                 dk_budget_table_get_activity (self->table));
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_budget_amounts_dialog_save (DK_BUDGET_AMOUNTS_DIALOG (widget));
}

static void
dk_budget_amounts_dialog_dispose (GObject *object)
{
  DkBudgetAmountsDialog *self = (DkBudgetAmountsDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BUDGET_AMOUNTS_DIALOG);
  g_clear_object (&self->store);
  g_clear_object (&self->table);
  G_OBJECT_CLASS (dk_budget_amounts_dialog_parent_class)->dispose (object);
}

static void
dk_budget_amounts_dialog_finalize (GObject *object)
{
  g_clear_pointer (&DK_BUDGET_AMOUNTS_DIALOG (object)->lines, g_ptr_array_unref);
  G_OBJECT_CLASS (dk_budget_amounts_dialog_parent_class)->finalize (object);
}

static void
dk_budget_amounts_dialog_class_init (DkBudgetAmountsDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_budget_amounts_dialog_dispose;
  object_class->finalize = dk_budget_amounts_dialog_finalize;
  signals[SAVED] = dk_budget_form_new_saved_signal (G_TYPE_FROM_CLASS (klass));

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-budget-amounts-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBudgetAmountsDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetAmountsDialog, month_group);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetAmountsDialog, month_row);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetAmountsDialog, month_list);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetAmountsDialog, lines_group);
  gtk_widget_class_bind_template_callback (widget_class, month_changed_cb);
  gtk_widget_class_install_action (widget_class, "amounts.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_budget_amounts_dialog_init (DkBudgetAmountsDialog *self)
{
  self->lines = g_ptr_array_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint m = 1; m <= 12; m++)
    {
      g_autoptr(GDateTime) dt = g_date_time_new_utc (2000, m, 1, 0, 0, 0);
      g_autofree char *name = g_date_time_format (dt, "%B");

      gtk_string_list_append (self->month_list, name);
    }
}

static void
fill_lines (DkBudgetAmountsDialog *self)
{
  GPtrArray *lines = dk_budget_table_get_lines (self->table);
  g_autofree char *description = NULL;

  for (guint i = 0; i < lines->len; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (lines, i);

      /* the leaves carry the amounts; an activity without lines has nothing to enter */
      if (dk_budget_line_get_is_leaf (line) && (!dk_budget_line_get_is_activity (line) || lines->len == 1))
        add_line_row (self, line);
    }
  if (self->monthly)
    description = g_strdup (_("What each line spent in the month; leave a line empty to leave it as it is. "
                              "Once a line has monthly figures, its realisation is the sum of its months, "
                              "which may not exceed its budget."));
  else
    /* Translators: %s is a DPA version's name */
    description = g_strdup_printf (_("Budget in %s and realisation of each line, in whole rupiah. The "
                                     "realisation may not exceed the latest DPA version’s budget."),
                                   dk_budget_table_get_dpa_name (self->table));
  adw_preferences_group_set_description (self->lines_group, description);
}

/**
 * dk_budget_amounts_dialog_new:
 * @table: the activity and DPA version whose amounts are entered
 * @monthly: enter one month's realisation instead of the budget and the year's realisation
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
DkBudgetAmountsDialog *
dk_budget_amounts_dialog_new (GtkWindow     *parent,
                              DkStore       *store,
                              DkBudgetTable *table,
                              gboolean       monthly)
{
  DkBudgetAmountsDialog *self = g_object_new (DK_TYPE_BUDGET_AMOUNTS_DIALOG, "transient-for", parent,
                                                "application", gtk_window_get_application (parent), NULL);
  g_autofree char *title = NULL;

  self->store = g_object_ref (store);
  self->table = g_object_ref (table);
  self->monthly = monthly;
  /* Translators: a dialog's title: activity code */
  title = g_strdup_printf (monthly ? _("Monthly Realisation of %s") : _("Amounts of %s"),
                           dk_budget_table_get_activity (table));
  gtk_window_set_title (GTK_WINDOW (self), title);
  gtk_widget_set_visible (GTK_WIDGET (self->month_group), monthly);
  fill_lines (self);
  if (monthly)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      adw_combo_row_set_selected (self->month_row, g_date_time_get_month (now) - 1);
      month_changed_cb (self);
    }
  return self;
}

/**
 * dk_budget_amounts_dialog_set_text:
 * @realisasi: which amount: the realisation, or else the budget
 *
 * Types an amount into a line's field, as a user would.
 *
 * Returns: whether the line and field exist
 */
gboolean
dk_budget_amounts_dialog_set_text (DkBudgetAmountsDialog *self,
                                   const char            *kode,
                                   gboolean               realisasi,
                                   const char            *text)
{
  g_return_val_if_fail (DK_IS_BUDGET_AMOUNTS_DIALOG (self), FALSE);
  for (guint i = 0; i < self->lines->len; i++)
    {
      DkBudgetAmountsRow *row = g_ptr_array_index (self->lines, i);

      if (g_str_equal (dk_budget_amounts_row_get_kode (row), kode))
        return dk_budget_amounts_row_set_text (row, realisasi, text);
    }
  return FALSE;
}

void
dk_budget_amounts_dialog_set_month (DkBudgetAmountsDialog *self,
                                    guint                  month)
{
  g_return_if_fail (DK_IS_BUDGET_AMOUNTS_DIALOG (self));
  g_return_if_fail (month >= 1 && month <= 12);
  adw_combo_row_set_selected (self->month_row, month - 1);
}

/**
 * dk_budget_amounts_dialog_get_error:
 *
 * Returns: (transfer none) (nullable): the message shown, %NULL when none
 */
const char *
dk_budget_amounts_dialog_get_error (DkBudgetAmountsDialog *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_AMOUNTS_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
