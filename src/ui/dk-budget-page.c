/* dk-budget-page.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The budget dashboard: pick a fiscal year, an activity and a DPA version; the pagu,
 * realisation and what is left; budget against realisation per line at a chosen depth
 * of the kode rekening; the cumulative realisation by month when months are known; and
 * the report's realisation table as a tree. Dialogs add years, activities, lines and DPA
 * amendments and enter the amounts.
 */
#define G_LOG_DOMAIN "dk-budget-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dk-budget-activity-dialog.h"
#include "dk-budget-amounts-dialog.h"
#include "dk-budget-chart.h"
#include "dk-budget-columns.h"
#include "dk-budget-dpa-dialog.h"
#include "dk-budget-line-dialog.h"
#include "dk-budget-page.h"
#include "dk-budget-year-dialog.h"
#include "dk-chart-table-view.h"
#include "dk-chart-view.h"
#include "dk-error.h"
#include "dk-metric-card.h"
#include "dk-window.h"

struct _DkBudgetPage
{
  GtkWidget            parent_instance;

  GtkLabel            *subtitle_label;
  GtkDropDown         *year_dropdown;
  GtkStringList       *year_list;
  GtkDropDown         *activity_dropdown;
  GtkStringList       *activity_list;
  GtkDropDown         *dpa_dropdown;
  GtkStringList       *dpa_list;
  GtkDropDown         *compare_dropdown;
  GtkStringList       *compare_list;
  DkMetricCard        *pagu_card;
  DkMetricCard        *realisasi_card;
  DkMetricCard        *sisa_card;
  DkMetricCard        *persen_card;
  GtkDropDown         *depth_dropdown;
  GtkStringList       *depth_list;
  DkChartView         *chart_view;
  GtkBox              *monthly_box;
  DkChartView         *monthly_view;
  GtkColumnView       *column_view;

  GtkColumnViewColumn *change_column;
  DkStore             *store;
  DkBudgetTable       *table;
  GtkTreeListModel    *tree;
  GArray              *years;
  GPtrArray           *activities;
  int                  year;
  char                *activity;
  guint                dpa;
  guint                compare;
  guint                depth;          /* the chart's depth, as shown */
  guint                chosen_depth;   /* the user's, 0 for the first depth that splits */
  gboolean             updating;   /* filling the pickers: their changes are ours */
};

G_DEFINE_FINAL_TYPE (DkBudgetPage, dk_budget_page, GTK_TYPE_WIDGET)

static const struct
{
  const char         *property;
  const char         *kolom;
  DkBudgetColumnKind  kind;
  int                 fixed_width;
} columns[] = {
  { "kode", "kode_rekening", DK_BUDGET_COLUMN_CODE, 260 },
  { "uraian", "uraian", DK_BUDGET_COLUMN_TEXT, -1 },
  { "anggaran", "anggaran", DK_BUDGET_COLUMN_RUPIAH, -1 },
  { "realisasi", "realisasi", DK_BUDGET_COLUMN_RUPIAH, -1 },
  { "persen-bp", "persen", DK_BUDGET_COLUMN_PERCENT, -1 },
  { "sisa", "sisa", DK_BUDGET_COLUMN_RUPIAH, -1 },
  { "persen-sisa-bp", "persen_sisa", DK_BUDGET_COLUMN_PERCENT, -1 },
};

static void
set_strings (GtkStringList *list,
             GPtrArray     *strings)
{
  g_ptr_array_add (strings, NULL);
  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)),
                          (const char * const *) strings->pdata);
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  GListModel *children = dk_budget_line_get_children (DK_BUDGET_LINE (item));

  return children != NULL ? g_object_ref (children) : NULL;
}

static guint
count_unabsorbed (DkBudgetTable *table)
{
  GPtrArray *lines = dk_budget_table_get_lines (table);
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (lines, i);

      n += dk_budget_line_get_is_leaf (line) && dk_budget_line_get_sisa (line) > 0;
    }
  return n;
}

static void
update_cards (DkBudgetPage         *self,
              const DkNumberFormat *fmt)
{
  DkBudgetLine *total = dk_budget_table_get_total (self->table);
  g_autofree char *pagu = dk_format_rupiah (fmt, dk_budget_line_get_anggaran (total));
  g_autofree char *real = dk_format_rupiah (fmt, dk_budget_line_get_realisasi (total));
  g_autofree char *sisa = dk_format_rupiah (fmt, dk_budget_line_get_sisa (total));
  g_autofree char *persen = dk_format_percent_bp (fmt, dk_budget_line_get_persen_bp (total));
  g_autofree char *persen_sisa = dk_format_percent_bp (fmt, dk_budget_line_get_persen_sisa_bp (total));
  g_autofree char *real_detail = NULL, *sisa_detail = NULL, *persen_detail = NULL;
  guint unabsorbed = count_unabsorbed (self->table);

  dk_metric_card_set_value (self->pagu_card, pagu);
  dk_metric_card_set_detail (self->pagu_card, dk_budget_table_get_dpa_name (self->table));
  /* Translators: under the realisation: "99,82 % of the budget" */
  real_detail = g_strdup_printf (_("%s of the budget"), persen);
  dk_metric_card_set_value (self->realisasi_card, real);
  dk_metric_card_set_detail (self->realisasi_card, real_detail);
  sisa_detail = g_strdup_printf (_("%s of the budget"), persen_sisa);
  dk_metric_card_set_value (self->sisa_card, sisa);
  dk_metric_card_set_detail (self->sisa_card, sisa_detail);
  dk_metric_card_set_status (self->sisa_card, unabsorbed > 0 ? DK_METRIC_BAD : DK_METRIC_GOOD);
  /* Translators: under the absorption percentage */
  persen_detail = unabsorbed == 0 ? g_strdup (_("Every line fully absorbed"))
                                  : g_strdup_printf (ngettext ("%u line not fully absorbed",
                                                               "%u lines not fully absorbed", unabsorbed),
                                                     unabsorbed);
  dk_metric_card_set_value (self->persen_card, persen);
  dk_metric_card_set_detail (self->persen_card, persen_detail);
}

static void
update_depths (DkBudgetPage *self)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  guint max = MAX (dk_budget_table_get_max_depth (self->table), 1);

  for (guint d = 1; d <= max; d++)
    /* Translators: the depth of the account codes the chart shows, "Level 2" */
    g_ptr_array_add (strings, g_strdup_printf (_("Level %u"), d));
  /* a depth the table does not reach shows its deepest, and is kept for the next table */
  self->depth = self->chosen_depth != 0 ? CLAMP (self->chosen_depth, 1, max) : dk_budget_table_get_split_depth (self->table);
  self->updating = TRUE;
  set_strings (self->depth_list, strings);
  gtk_drop_down_set_selected (self->depth_dropdown, self->depth - 1);
  self->updating = FALSE;
}

static void
update_charts (DkBudgetPage         *self,
               const DkNumberFormat *fmt)
{
  g_autoptr(DkBarChart) chart = dk_budget_chart_new (self->table, self->depth, fmt);
  gboolean monthly = dk_budget_table_get_has_monthly (self->table);

  dk_chart_view_set_chart (self->chart_view, DK_CHART (chart));
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_box), monthly);
  if (monthly)
    {
      g_autoptr(DkLineChart) curve = dk_budget_monthly_chart_new (self->table, fmt);

      dk_chart_view_set_chart (self->monthly_view, DK_CHART (curve));
    }
  else
    dk_chart_view_set_chart (self->monthly_view, NULL);
}

static void
update_tree (DkBudgetPage *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;
  guint compare = dk_budget_table_get_compare_dpa (self->table);

  g_clear_object (&self->tree);
  self->tree = gtk_tree_list_model_new (g_object_ref (dk_budget_table_get_root (self->table)), FALSE, TRUE,
                                        create_children_cb, NULL, NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->tree)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
  gtk_column_view_column_set_visible (self->change_column, compare != 0);
  if (compare != 0)
    {
      /* Translators: a column: the budget's change from another DPA version */
      g_autofree char *title = g_strdup_printf (_("Change from %s"), dk_budget_table_get_compare_dpa_name (self->table));

      gtk_column_view_column_set_title (self->change_column, title);
    }
}

static void
show_table (DkBudgetPage *self)
{
  g_autofree char *subtitle = NULL;
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  /* Translators: the budget page's subtitle: activity code, name, fiscal year, DPA version */
  subtitle = g_strdup_printf (_("%s %s · fiscal year %d · %s"), dk_budget_table_get_activity (self->table),
                              dk_budget_table_get_activity_name (self->table), dk_budget_table_get_year (self->table),
                              dk_budget_table_get_dpa_name (self->table));
  gtk_label_set_text (self->subtitle_label, subtitle);
  update_cards (self, &fmt);
  update_depths (self);
  update_charts (self, &fmt);
  update_tree (self);
}

/* A year without an activity yet: say so, and offer only what makes sense. */
static void
show_empty (DkBudgetPage *self,
            const char   *message)
{
  g_clear_object (&self->table);
  g_clear_object (&self->tree);
  gtk_label_set_text (self->subtitle_label, message);
  gtk_column_view_set_model (self->column_view, NULL);
  dk_chart_view_set_chart (self->chart_view, NULL);
  dk_chart_view_set_chart (self->monthly_view, NULL);
  gtk_widget_set_visible (GTK_WIDGET (self->monthly_box), FALSE);
  dk_metric_card_set_value (self->pagu_card, "–");
  dk_metric_card_set_value (self->realisasi_card, "–");
  dk_metric_card_set_value (self->sisa_card, "–");
  dk_metric_card_set_value (self->persen_card, "–");
  dk_metric_card_set_detail (self->pagu_card, NULL);
  dk_metric_card_set_detail (self->realisasi_card, NULL);
  dk_metric_card_set_detail (self->sisa_card, NULL);
  dk_metric_card_set_detail (self->persen_card, NULL);
  dk_metric_card_set_status (self->sisa_card, DK_METRIC_NEUTRAL);
}

static void
update_actions (DkBudgetPage *self)
{
  gboolean has_year = self->years != NULL && self->years->len > 0;
  /* the budget is the province's: offered to an account that may write it */
  gboolean write = dk_widget_may_write (GTK_WIDGET (self), DK_ACCOUNT_WRITE_BUDGET);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.add-year", write);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.add-activity", write && has_year);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.add-line", write && self->table != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.add-dpa", write && self->table != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.enter-amounts", write && self->table != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.enter-month", write && self->table != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "budget.save-chart", self->table != NULL);
}

static gboolean
fill_years (DkBudgetPage  *self,
            GError       **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);
  guint selected;

  g_clear_pointer (&self->years, g_array_unref);
  if (!(self->years = dk_budget_list_years (self->store, error)))
    return FALSE;
  /* the year asked for, else the latest */
  selected = self->years->len > 0 ? self->years->len - 1 : GTK_INVALID_LIST_POSITION;
  for (guint i = 0; i < self->years->len; i++)
    {
      int year = g_array_index (self->years, int, i);

      g_ptr_array_add (strings, g_strdup_printf ("%d", year));
      if (year == self->year)
        selected = i;
    }
  self->year = self->years->len > 0 ? g_array_index (self->years, int, selected) : 0;
  set_strings (self->year_list, strings);
  gtk_drop_down_set_selected (self->year_dropdown, selected);
  return TRUE;
}

static gboolean
fill_activities (DkBudgetPage  *self,
                 GError       **error)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new ();
  guint selected = 0;

  g_clear_pointer (&self->activities, g_ptr_array_unref);
  if (!(self->activities = dk_budget_list_activities (self->store, self->year, error)))
    return FALSE;
  for (guint i = 0; i < self->activities->len; i++)
    {
      DkBudgetActivity *a = g_ptr_array_index (self->activities, i);

      g_ptr_array_add (strings, a->kode);
      if (g_strcmp0 (a->kode, self->activity) == 0)
        selected = i;
    }
  g_free (self->activity);
  self->activity = self->activities->len > 0
                   ? g_strdup (((DkBudgetActivity *) g_ptr_array_index (self->activities, selected))->kode) : NULL;
  set_strings (self->activity_list, strings);
  gtk_drop_down_set_selected (self->activity_dropdown, selected);
  return TRUE;
}

static gboolean
fill_versions (DkBudgetPage  *self,
               GError       **error)
{
  g_autoptr(GPtrArray) versions = dk_budget_list_dpa (self->store, self->year, self->activity, error);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) compare = g_ptr_array_new_with_free_func (g_free);

  if (versions == NULL)
    return FALSE;
  /* Translators: the choice of not comparing the budget with another DPA version */
  g_ptr_array_add (compare, g_strdup (C_("compare", "None")));
  for (guint i = 0; i < versions->len; i++)
    {
      DkBudgetDpa *d = g_ptr_array_index (versions, i);

      g_ptr_array_add (names, g_strdup (d->nama));
      g_ptr_array_add (compare, g_strdup (d->nama));
    }
  if (self->dpa == 0 || self->dpa > versions->len)
    self->dpa = versions->len;
  if (self->compare > versions->len)
    self->compare = 0;
  set_strings (self->dpa_list, names);
  set_strings (self->compare_list, compare);
  gtk_drop_down_set_selected (self->dpa_dropdown, self->dpa - 1);
  gtk_drop_down_set_selected (self->compare_dropdown, self->compare);
  return TRUE;
}

/* Reads the lists and the table for the year, activity and versions chosen. */
static void
load (DkBudgetPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBudgetTable) table = NULL;

  self->updating = TRUE;
  if (!fill_years (self, &error) ||
      (self->year != 0 && !fill_activities (self, &error)) ||
      (self->activity != NULL && !fill_versions (self, &error)))
    {
      self->updating = FALSE;
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  self->updating = FALSE;

  if (self->year == 0)
    show_empty (self, _("No fiscal year yet: add one to enter its budget"));
  else if (self->activity == NULL)
    show_empty (self, _("This fiscal year has no activity yet: add one to enter its budget"));
  else if (!(table = dk_budget_table_load (self->store, self->year, self->activity, self->dpa, self->compare, &error)))
    {
      show_empty (self, error->message);
      dk_widget_show_error (GTK_WIDGET (self), error);
    }
  else
    {
      g_set_object (&self->table, table);
      show_table (self);
    }
  update_actions (self);
}

static void
year_selected_cb (DkBudgetPage *self)
{
  guint i = gtk_drop_down_get_selected (self->year_dropdown);

  if (self->updating || self->years == NULL || i >= self->years->len)
    return;
  self->year = g_array_index (self->years, int, i);
  g_clear_pointer (&self->activity, g_free);
  self->dpa = self->compare = 0;
  load (self);
}

static void
activity_selected_cb (DkBudgetPage *self)
{
  guint i = gtk_drop_down_get_selected (self->activity_dropdown);

  if (self->updating || self->activities == NULL || i >= self->activities->len)
    return;
  g_free (self->activity);
  self->activity = g_strdup (((DkBudgetActivity *) g_ptr_array_index (self->activities, i))->kode);
  self->dpa = self->compare = 0;
  load (self);
}

static void
version_selected_cb (DkBudgetPage *self)
{
  guint dpa = gtk_drop_down_get_selected (self->dpa_dropdown);
  guint compare = gtk_drop_down_get_selected (self->compare_dropdown);

  if (self->updating || dpa == GTK_INVALID_LIST_POSITION || compare == GTK_INVALID_LIST_POSITION)
    return;
  self->dpa = dpa + 1;
  self->compare = compare;
  load (self);
}

static void
depth_selected_cb (DkBudgetPage *self)
{
  guint i = gtk_drop_down_get_selected (self->depth_dropdown);

  if (self->updating || i == GTK_INVALID_LIST_POSITION)
    return;
  dk_budget_page_set_depth (self, i + 1);
}

static void
saved_cb (DkBudgetPage *self,
          const char   *message,
          int           year,
          const char   *activity)
{
  self->year = year;
  g_free (self->activity);
  self->activity = g_strdup (activity);
  self->dpa = 0;
  load (self);
  dk_widget_show_toast (GTK_WIDGET (self), message);
}

static void
present_dialog (DkBudgetPage *self,
                GtkWindow    *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

static void
add_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DkBudgetPage *self = DK_BUDGET_PAGE (widget);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));
  GtkWindow *dialog;

  if (self->store == NULL)
    return;
  if (g_str_equal (action_name, "budget.add-activity"))
    dialog = GTK_WINDOW (dk_budget_activity_dialog_new (parent, self->store, self->year));
  else if (g_str_equal (action_name, "budget.add-line"))
    dialog = GTK_WINDOW (dk_budget_line_dialog_new (parent, self->store, self->year, self->activity));
  else if (g_str_equal (action_name, "budget.add-dpa"))
    dialog = GTK_WINDOW (dk_budget_dpa_dialog_new (parent, self->store, self->year, self->activity));
  else
    dialog = GTK_WINDOW (dk_budget_year_dialog_new (parent, self->store));
  present_dialog (self, dialog);
}

static void
enter_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DkBudgetPage *self = DK_BUDGET_PAGE (widget);

  if (self->table == NULL)
    return;
  present_dialog (self, GTK_WINDOW (dk_budget_amounts_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                                  self->store, self->table,
                                                                  g_str_equal (action_name, "budget.enter-month"))));
}

static void
save_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DkBudgetPage *self = DK_BUDGET_PAGE (widget);
  gboolean monthly = g_strcmp0 (g_variant_get_string (parameter, NULL), "monthly") == 0;
  g_autofree char *name = NULL;

  if (self->table == NULL)
    return;
  name = g_strdup_printf (monthly ? "anggaran-bulanan-%d-%s" : "anggaran-%d-%s", dk_budget_table_get_year (self->table),
                          dk_budget_table_get_activity (self->table));
  dk_chart_view_save_with_dialog (monthly ? self->monthly_view : self->chart_view, name);
}

static void
dk_budget_page_dispose (GObject *object)
{
  DkBudgetPage *self = (DkBudgetPage *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BUDGET_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->table);
  g_clear_object (&self->tree);
  g_clear_object (&self->change_column);
  G_OBJECT_CLASS (dk_budget_page_parent_class)->dispose (object);
}

static void
dk_budget_page_finalize (GObject *object)
{
  DkBudgetPage *self = (DkBudgetPage *) object;

  g_clear_pointer (&self->years, g_array_unref);
  g_clear_pointer (&self->activities, g_ptr_array_unref);
  g_free (self->activity);
  G_OBJECT_CLASS (dk_budget_page_parent_class)->finalize (object);
}

static void
dk_budget_page_class_init (DkBudgetPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_budget_page_dispose;
  object_class->finalize = dk_budget_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-budget-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, year_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, year_list);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, activity_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, activity_list);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, dpa_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, dpa_list);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, compare_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, compare_list);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, pagu_card);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, realisasi_card);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, sisa_card);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, persen_card);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, depth_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, depth_list);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, monthly_box);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, monthly_view);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetPage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, year_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, activity_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, version_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, depth_selected_cb);

  gtk_widget_class_install_action (widget_class, "budget.add-year", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "budget.add-activity", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "budget.add-line", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "budget.add-dpa", NULL, add_action);
  gtk_widget_class_install_action (widget_class, "budget.enter-amounts", NULL, enter_action);
  gtk_widget_class_install_action (widget_class, "budget.enter-month", NULL, enter_action);
  gtk_widget_class_install_action (widget_class, "budget.save-chart", "s", save_chart_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  g_type_ensure (DK_TYPE_CHART_TABLE_VIEW);
  g_type_ensure (DK_TYPE_CHART_VIEW);
  g_type_ensure (DK_TYPE_METRIC_CARD);
}

static void
add_columns (DkBudgetPage *self)
{
  for (guint i = 0; i < G_N_ELEMENTS (columns); i++)
    {
      g_autoptr(GtkColumnViewColumn) column =
        dk_budget_column_new (dk_budget_column_title (columns[i].kolom), columns[i].property, columns[i].kind);

      gtk_column_view_column_set_expand (column, columns[i].kind == DK_BUDGET_COLUMN_TEXT);
      if (columns[i].fixed_width > 0)
        gtk_column_view_column_set_fixed_width (column, columns[i].fixed_width);
      gtk_column_view_append_column (self->column_view, column);
    }
  self->change_column = dk_budget_column_new ("", "change", DK_BUDGET_COLUMN_CHANGE);
  gtk_column_view_column_set_visible (self->change_column, FALSE);
  gtk_column_view_append_column (self->column_view, self->change_column);
}

static void
dk_budget_page_init (DkBudgetPage *self)
{
  self->depth = 1;
  gtk_widget_init_template (GTK_WIDGET (self));
  add_columns (self);
  update_actions (self);
}

void
dk_budget_page_set_store (DkBudgetPage *self,
                          DkStore      *store)
{
  g_return_if_fail (DK_IS_BUDGET_PAGE (self));
  g_return_if_fail (DK_IS_STORE (store));

  g_set_object (&self->store, store);
  dk_budget_page_reload (self);
}

/**
 * dk_budget_page_reload:
 *
 * Reads the years, activities, versions and the table shown again.
 */
void
dk_budget_page_reload (DkBudgetPage *self)
{
  g_return_if_fail (DK_IS_BUDGET_PAGE (self));
  if (self->store != NULL)
    load (self);
}

/**
 * dk_budget_page_select:
 * @year: a fiscal year
 * @activity: (nullable): an activity's code, or %NULL for the year's first
 *
 * Returns: whether that year and activity exist and are now shown
 */
gboolean
dk_budget_page_select (DkBudgetPage *self,
                       int           year,
                       const char   *activity)
{
  g_return_val_if_fail (DK_IS_BUDGET_PAGE (self), FALSE);

  self->year = year;
  g_free (self->activity);
  self->activity = g_strdup (activity);
  self->dpa = self->compare = 0;
  load (self);
  return self->table != NULL && dk_budget_table_get_year (self->table) == year &&
         (activity == NULL || g_strcmp0 (dk_budget_table_get_activity (self->table), activity) == 0);
}

/**
 * dk_budget_page_set_compare:
 * @dpa: the DPA version to compare the budget with, 0 for none
 */
void
dk_budget_page_set_compare (DkBudgetPage *self,
                            guint         dpa)
{
  g_return_if_fail (DK_IS_BUDGET_PAGE (self));
  self->compare = dpa;
  load (self);
}

/**
 * dk_budget_page_set_depth:
 * @depth: the depth of the chart's lines, 1 for the top lines
 *
 * Until this is called or the user picks a depth, the chart shows the first depth at
 * which the budget splits into more than one line.
 */
void
dk_budget_page_set_depth (DkBudgetPage *self,
                          guint         depth)
{
  DkNumberFormat fmt;

  g_return_if_fail (DK_IS_BUDGET_PAGE (self));
  g_return_if_fail (depth > 0);
  if (depth == self->chosen_depth)
    return;
  self->chosen_depth = depth;
  if (self->table == NULL)
    return;
  dk_number_format_init_locale (&fmt);
  update_depths (self);
  update_charts (self, &fmt);
}

/**
 * dk_budget_page_get_year:
 *
 * Returns: the fiscal year shown, 0 when there is none
 */
int
dk_budget_page_get_year (DkBudgetPage *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_PAGE (self), 0);
  return self->year;
}

/**
 * dk_budget_page_get_table:
 *
 * Returns: (transfer none) (nullable): the table shown
 */
DkBudgetTable *
dk_budget_page_get_table (DkBudgetPage *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_PAGE (self), NULL);
  return self->table;
}

/**
 * dk_budget_page_get_table_model:
 *
 * Returns: (transfer none) (nullable): the rows as the tree shows them: #GtkTreeListRow
 *   items holding #DkBudgetLine
 */
GListModel *
dk_budget_page_get_table_model (DkBudgetPage *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_PAGE (self), NULL);
  return G_LIST_MODEL (self->tree);
}

GtkColumnView *
dk_budget_page_get_column_view (DkBudgetPage *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_PAGE (self), NULL);
  return self->column_view;
}

/**
 * dk_budget_page_get_chart:
 *
 * Returns: (transfer none) (nullable): the budget and realisation chart
 */
DkChart *
dk_budget_page_get_chart (DkBudgetPage *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_PAGE (self), NULL);
  return dk_chart_view_get_chart (self->chart_view);
}

/**
 * dk_budget_page_get_monthly_chart:
 *
 * Returns: (transfer none) (nullable): the cumulative monthly curve, when months are known
 */
DkChart *
dk_budget_page_get_monthly_chart (DkBudgetPage *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_PAGE (self), NULL);
  return dk_chart_view_get_chart (self->monthly_view);
}

DkChartView *
dk_budget_page_get_chart_view (DkBudgetPage *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_PAGE (self), NULL);
  return self->chart_view;
}

/**
 * dk_budget_page_get_card_value:
 * @card: 0 pagu, 1 realisation, 2 remaining, 3 percent
 *
 * Returns: (transfer none): the card's value as shown
 */
const char *
dk_budget_page_get_card_value (DkBudgetPage *self,
                               guint         card)
{
  DkMetricCard *cards[] = { self->pagu_card, self->realisasi_card, self->sisa_card, self->persen_card };

  g_return_val_if_fail (DK_IS_BUDGET_PAGE (self), NULL);
  g_return_val_if_fail (card < G_N_ELEMENTS (cards), NULL);
  return dk_metric_card_get_value (cards[card]);
}

/**
 * dk_budget_page_create_print_doc:
 *
 * Returns: (transfer full): the dashboard as shown, for paper
 */
DkPrintDoc *
dk_budget_page_create_print_doc (DkBudgetPage *self)
{
  DkNumberFormat fmt;

  g_return_val_if_fail (DK_IS_BUDGET_PAGE (self), NULL);
  if (self->table == NULL)
    return dk_print_doc_new (_("Budget Realisation"), gtk_label_get_text (self->subtitle_label));
  dk_number_format_init_locale (&fmt);
  return dk_budget_print_doc_new (self->table, self->depth, &fmt);
}
