/* dk-ikd-page.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The IKD dashboard: how far each kabupaten/kota is from the national target, as
 * summary cards, a bar chart, the province over time and the report's table.
 */
#define G_LOG_DOMAIN "dk-ikd-page"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dk-chart-table-view.h"
#include "dk-chart-view.h"
#include "dk-date-picker.h"
#include "dk-ikd-correct-dialog.h"
#include "dk-report-table.h"
#include "dk-format.h"
#include "dk-ikd-chart.h"
#include "dk-ikd-page.h"
#include "dk-metric-card.h"
#include "dk-window.h"

struct _DkIkdPage
{
  GtkWidget         parent_instance;

  GtkLabel         *subtitle_label;
  DkDatePicker     *date_picker;
  GtkRevealer      *discrepancy_revealer;
  GtkLabel         *discrepancy_label;
  DkMetricCard     *coverage_card;
  DkMetricCard     *met_card;
  DkMetricCard     *shortfall_card;
  DkChartView      *chart_view;
  GtkWidget        *trend_card;
  DkChartView      *trend_view;
  GtkColumnView    *column_view;

  DkStore          *store;
  DkIkdTable       *table;
  DkReportTable    *report_table;
  guint             n_dates;
  char             *region;
  char             *sort;
  gboolean          show_target;
};

G_DEFINE_FINAL_TYPE (DkIkdPage, dk_ikd_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SORT,
  PROP_SHOW_TARGET,
  PROP_TABLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_cards (DkIkdPage            *self,
              const DkNumberFormat *fmt)
{
  DkIkdRow *total = dk_ikd_table_get_total (self->table);
  guint n_rows = g_list_model_get_n_items (dk_ikd_table_get_rows (self->table));
  guint n_met = dk_ikd_table_get_n_met (self->table);
  g_autofree char *coverage = dk_format_percent_bp (fmt, dk_ikd_row_get_persen_bp (total));
  g_autofree char *target = dk_format_percent_short (fmt, dk_ikd_table_get_target_bp (self->table));
  g_autofree char *ikd = dk_format_int (fmt, dk_ikd_row_get_jumlah_ikd (total));
  g_autofree char *rekam = dk_format_int (fmt, dk_ikd_row_get_rekam_dinamis (total));
  g_autofree char *shortfall = dk_format_int (fmt, dk_ikd_row_get_kekurangan (total));
  g_autofree char *coverage_detail = NULL, *met = NULL, *met_detail = NULL, *shortfall_detail = NULL;

  /* Translators: under the province's coverage: "499.435 of 4.186.046 recorded; target 30 %" */
  coverage_detail = g_strdup_printf (_("%s of %s recorded; target %s"), ikd, rekam, target);
  dk_metric_card_set_value (self->coverage_card, coverage);
  dk_metric_card_set_detail (self->coverage_card, coverage_detail);
  dk_metric_card_set_status (self->coverage_card,
                             dk_ikd_row_get_target_met (total) ? DK_METRIC_GOOD : DK_METRIC_BAD);

  /* Translators: "2 of 19" kabupaten/kota meet the target */
  met = g_strdup_printf (_("%u of %u"), n_met, n_rows);
  met_detail = g_strdup_printf (ngettext ("%u kabupaten/kota below the target",
                                          "%u kabupaten/kota below the target", n_rows - n_met),
                                n_rows - n_met);
  dk_metric_card_set_value (self->met_card, met);
  dk_metric_card_set_detail (self->met_card, met_detail);
  dk_metric_card_set_status (self->met_card, n_met == n_rows ? DK_METRIC_GOOD : DK_METRIC_NEUTRAL);

  /* Translators: under the number of activations needed to reach the target */
  shortfall_detail = g_strdup_printf (_("to reach %s of %s"), target, dk_ikd_row_get_wilayah (total));
  dk_metric_card_set_value (self->shortfall_card, shortfall);
  dk_metric_card_set_detail (self->shortfall_card, shortfall_detail);
  dk_metric_card_set_status (self->shortfall_card,
                             dk_ikd_row_get_kekurangan (total) == 0 ? DK_METRIC_GOOD : DK_METRIC_NEUTRAL);
}

static void
append_difference (GString              *text,
                   const DkNumberFormat *fmt,
                   const char           *what,
                   gint64                stated,
                   gint64                computed)
{
  g_autofree char *s = NULL, *c = NULL;

  if (stated == computed)
    return;
  s = dk_format_int (fmt, stated);
  c = dk_format_int (fmt, computed);
  if (text->len > 0)
    g_string_append_c (text, ' ');
  /* Translators: a stated total that differs from the sum of the rows;
   * the first %s is a column such as "Rekam dinamis" */
  g_string_append_printf (text, _("%s: the source states %s, the rows add up to %s."), what, s, c);
}

static void
update_discrepancy (DkIkdPage            *self,
                    const DkNumberFormat *fmt)
{
  DkIkdRow *stated = dk_ikd_table_get_stated (self->table);
  DkIkdRow *total = dk_ikd_table_get_total (self->table);
  g_autoptr(GString) text = g_string_new (NULL);

  if (stated != NULL)
    {
      append_difference (text, fmt, _("Recorded (rekam dinamis)"),
                         dk_ikd_row_get_rekam_dinamis (stated), dk_ikd_row_get_rekam_dinamis (total));
      append_difference (text, fmt, _("IKD activations"),
                         dk_ikd_row_get_jumlah_ikd (stated), dk_ikd_row_get_jumlah_ikd (total));
    }
  if (text->len > 0)
    {
      /* Translators: %s is the region; the sentences that follow give the figures */
      g_autofree char *intro = g_strdup_printf (_("The total the source gives for %s differs from the sum of its rows; "
                                                  "the dashboard uses the sum."),
                                                dk_ikd_row_get_wilayah (total));

      g_string_prepend_c (text, ' ');
      g_string_prepend (text, intro);
    }
  gtk_label_set_text (self->discrepancy_label, text->str);
  gtk_revealer_set_reveal_child (self->discrepancy_revealer, text->len > 0);
}

static void
update_chart (DkIkdPage            *self,
              const DkNumberFormat *fmt)
{
  g_autoptr(DkBarChart) chart = dk_ikd_chart_new (self->table, fmt);

  dk_bar_chart_set_sort (chart, g_strcmp0 (self->sort, "coverage") == 0
                                ? DK_BAR_SORT_VALUE_DESC : DK_BAR_SORT_KEY);
  if (!self->show_target)
    dk_bar_chart_set_target (chart, NAN, NULL);
  dk_chart_view_set_chart (self->chart_view, DK_CHART (chart));
}

static void
update_trend (DkIkdPage            *self,
              const DkNumberFormat *fmt)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = NULL;
  g_autoptr(DkLineChart) chart = NULL;

  if (self->n_dates < 2)
    {
      gtk_widget_set_visible (self->trend_card, FALSE);
      return;
    }
  if (!(points = dk_ikd_trend (self->store, self->region, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  chart = dk_ikd_trend_chart_new (points, fmt);
  if (!self->show_target)
    dk_line_chart_set_target (chart, NAN, NULL);
  dk_chart_view_set_chart (self->trend_view, DK_CHART (chart));
  gtk_widget_set_visible (self->trend_card, points->len >= 2);
}

static void
update_table (DkIkdPage *self)
{
  dk_report_table_set_rows (self->report_table, dk_ikd_table_get_rows (self->table),
                            dk_ikd_table_get_total (self->table));
}

static void
load_table (DkIkdPage  *self,
            const char *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  g_autofree char *date = NULL, *subtitle = NULL;
  DkNumberFormat fmt;

  if (!(table = dk_ikd_table_load (self->store, self->region, as_of, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_set_object (&self->table, table);

  dk_number_format_init_locale (&fmt);
  date = dk_format_date_long (dk_ikd_table_get_as_of (table));
  /* Translators: "SUMATERA BARAT · as of 31 December 2025" */
  subtitle = g_strdup_printf (_("%s · as of %s"), dk_ikd_row_get_wilayah (dk_ikd_table_get_total (table)), date);
  gtk_label_set_text (self->subtitle_label, subtitle);

  update_cards (self, &fmt);
  update_discrepancy (self, &fmt);
  update_chart (self, &fmt);
  update_table (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TABLE]);
}

static void
date_selected_cb (DkIkdPage *self)
{
  if (self->store != NULL)
    load_table (self, dk_date_picker_get_selected (self->date_picker));
}

static void
fill_dates (DkIkdPage *self)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dates = dk_ikd_list_dates (self->store, &error);

  if (dates == NULL)
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  self->n_dates = g_strv_length (dates);
  dk_date_picker_set_dates (self->date_picker, (const char * const *) dates);
}

static const DkColumnSpec columns[] = {
  /* Translators: the IKD table's column headings, as the annual report prints them */
  { NC_("column", "No"), "number", DK_COLUMN_NUMBER, FALSE },
  { NC_("column", "Region"), "wilayah", DK_COLUMN_TEXT, TRUE },
  { NC_("column", "Code"), "kode", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Recorded"), "rekam-dinamis", DK_COLUMN_INT, FALSE },
  { NC_("column", "IKD"), "jumlah-ikd", DK_COLUMN_INT, FALSE },
  { NC_("column", "IKD %"), "persen-bp", DK_COLUMN_PERCENT_BP, FALSE },
  { NC_("column", "Shortfall"), "kekurangan", DK_COLUMN_INT, FALSE },
};

static void
corrected_cb (DkIkdCorrectDialog *dialog,
              const char         *message,
              DkIkdPage          *self)
{
  load_table (self, dk_ikd_table_get_as_of (self->table));
  dk_widget_show_toast (GTK_WIDGET (self), message);
}

/**
 * dk_ikd_page_correct_region:
 * @kode: a region of the table shown
 *
 * Opens the dialog that corrects the region's figures, as activating its row does.
 *
 * Returns: (transfer none) (nullable): the dialog; %NULL for the province row, whose
 *   figures are the source's stated total or the sum of the rows
 */
DkIkdCorrectDialog *
dk_ikd_page_correct_region (DkIkdPage  *self,
                            const char *kode)
{
  GListModel *rows;
  DkIkdCorrectDialog *dialog;

  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);

  if (self->table == NULL)
    return NULL;
  rows = dk_ikd_table_get_rows (self->table);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      if (g_strcmp0 (dk_ikd_row_get_kode (row), kode) != 0)
        continue;
      dialog = dk_ikd_correct_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), self->store,
                                          dk_ikd_table_get_as_of (self->table), row);
      g_signal_connect_object (dialog, "corrected", G_CALLBACK (corrected_cb), self, 0);
      gtk_window_present (GTK_WINDOW (dialog));
      return dialog;
    }
  return NULL;
}

static void
row_activated_cb (GtkColumnView *view,
                  guint          position,
                  DkIkdPage     *self)
{
  g_autoptr(DkIkdRow) row = g_list_model_get_item (dk_report_table_get_model (self->report_table), position);

  if (row != NULL)
    dk_ikd_page_correct_region (self, dk_ikd_row_get_kode (row));
}

static void
save_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DkIkdPage *self = DK_IKD_PAGE (widget);
  gboolean trend = g_strcmp0 (g_variant_get_string (parameter, NULL), "trend") == 0;
  g_autofree char *name = NULL;

  if (self->table == NULL)
    return;
  name = g_strdup_printf (trend ? "ikd-%s-trend" : "ikd-%s", dk_ikd_table_get_as_of (self->table));
  dk_chart_view_save_with_dialog (trend ? self->trend_view : self->chart_view, name);
}

static void
dk_ikd_page_dispose (GObject *object)
{
  DkIkdPage *self = (DkIkdPage *) object;

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_IKD_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->table);
  g_clear_object (&self->report_table);
  G_OBJECT_CLASS (dk_ikd_page_parent_class)->dispose (object);
}

static void
dk_ikd_page_finalize (GObject *object)
{
  DkIkdPage *self = (DkIkdPage *) object;

  g_free (self->region);
  g_free (self->sort);
  G_OBJECT_CLASS (dk_ikd_page_parent_class)->finalize (object);
}

static void
dk_ikd_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  DkIkdPage *self = DK_IKD_PAGE (object);

  switch (prop_id)
    {
    case PROP_SORT:
      g_value_set_string (value, self->sort);
      break;
    case PROP_SHOW_TARGET:
      g_value_set_boolean (value, dk_ikd_page_get_show_target (self));
      break;
    case PROP_TABLE:
      g_value_set_object (value, self->table);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_ikd_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  DkIkdPage *self = DK_IKD_PAGE (object);

  switch (prop_id)
    {
    case PROP_SORT:
      dk_ikd_page_set_sort (self, g_value_get_string (value));
      break;
    case PROP_SHOW_TARGET:
      dk_ikd_page_set_show_target (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_ikd_page_class_init (DkIkdPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_ikd_page_dispose;
  object_class->finalize = dk_ikd_page_finalize;
  object_class->get_property = dk_ikd_page_get_property;
  object_class->set_property = dk_ikd_page_set_property;

  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL, "code",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_TARGET] =
    g_param_spec_boolean ("show-target", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_TABLE] =
    g_param_spec_object ("table", NULL, NULL, DK_TYPE_IKD_TABLE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-ikd-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, date_picker);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, discrepancy_revealer);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, discrepancy_label);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, coverage_card);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, met_card);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, shortfall_card);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, trend_card);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, trend_view);
  gtk_widget_class_bind_template_child (widget_class, DkIkdPage, column_view);

  gtk_widget_class_install_property_action (widget_class, "ikd.sort", "sort");
  gtk_widget_class_install_action (widget_class, "ikd.save-chart", "s", save_chart_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  g_type_ensure (DK_TYPE_CHART_TABLE_VIEW);
  g_type_ensure (DK_TYPE_CHART_VIEW);
  g_type_ensure (DK_TYPE_DATE_PICKER);
  g_type_ensure (DK_TYPE_METRIC_CARD);
}

static void
dk_ikd_page_init (DkIkdPage *self)
{
  self->region = g_strdup ("13");
  self->sort = g_strdup ("code");
  self->show_target = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));
  self->report_table = dk_report_table_new (self->column_view, DK_TYPE_IKD_ROW, columns,
                                            G_N_ELEMENTS (columns), DK_TOTAL_FIRST);
  g_signal_connect_object (self->date_picker, "notify::selected", G_CALLBACK (date_selected_cb),
                           self, G_CONNECT_SWAPPED);
  /* double-click or Enter on a region's row corrects its figures */
  g_signal_connect_object (self->column_view, "activate", G_CALLBACK (row_activated_cb), self, 0);
}

/**
 * dk_ikd_page_set_store:
 * @settings: (nullable): where the chart order and the target display are kept
 *
 * Shows the latest IKD figures of @store.
 */
void
dk_ikd_page_set_store (DkIkdPage *self,
                       DkStore   *store,
                       GSettings *settings)
{
  g_return_if_fail (DK_IS_IKD_PAGE (self));
  g_return_if_fail (DK_IS_STORE (store));

  g_set_object (&self->store, store);
  if (settings != NULL)
    {
      g_settings_bind (settings, "ikd-sort", self, "sort", G_SETTINGS_BIND_DEFAULT);
      g_settings_bind (settings, "show-target", self, "show-target", G_SETTINGS_BIND_GET);
    }
  dk_ikd_page_reload (self);
}

/**
 * dk_ikd_page_reload:
 *
 * Reads the dates and the latest table again, after the data changed.
 */
void
dk_ikd_page_reload (DkIkdPage *self)
{
  DkNumberFormat fmt;

  g_return_if_fail (DK_IS_IKD_PAGE (self));
  if (self->store == NULL)
    return;
  fill_dates (self);
  if (self->n_dates > 0)
    load_table (self, NULL);
  dk_number_format_init_locale (&fmt);
  update_trend (self, &fmt);
}

void
dk_ikd_page_set_sort (DkIkdPage  *self,
                      const char *sort)
{
  DkChart *chart;

  g_return_if_fail (DK_IS_IKD_PAGE (self));
  if (g_strcmp0 (sort, "coverage") != 0)
    sort = "code";
  if (g_strcmp0 (self->sort, sort) == 0)
    return;
  g_free (self->sort);
  self->sort = g_strdup (sort);
  if ((chart = dk_chart_view_get_chart (self->chart_view)) != NULL)
    dk_bar_chart_set_sort (DK_BAR_CHART (chart), g_str_equal (sort, "coverage")
                                                 ? DK_BAR_SORT_VALUE_DESC : DK_BAR_SORT_KEY);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

/**
 * dk_ikd_page_set_show_target:
 * @show_target: whether the charts draw the target line
 */
void
dk_ikd_page_set_show_target (DkIkdPage *self,
                             gboolean   show_target)
{
  DkNumberFormat fmt;

  g_return_if_fail (DK_IS_IKD_PAGE (self));
  show_target = !!show_target;
  if (self->show_target == show_target)
    return;
  self->show_target = show_target;
  dk_number_format_init_locale (&fmt);
  if (self->table != NULL)
    update_chart (self, &fmt);
  if (self->store != NULL)
    update_trend (self, &fmt);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SHOW_TARGET]);
}

gboolean
dk_ikd_page_get_show_target (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), FALSE);
  return self->show_target;
}

/**
 * dk_ikd_page_get_table:
 *
 * Returns: (transfer none) (nullable): the table shown
 */
DkIkdTable *
dk_ikd_page_get_table (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return self->table;
}

/**
 * dk_ikd_page_get_chart:
 *
 * Returns: (transfer none) (nullable): the coverage chart
 */
DkChart *
dk_ikd_page_get_chart (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return dk_chart_view_get_chart (self->chart_view);
}

/**
 * dk_ikd_page_get_table_model:
 *
 * Returns: (transfer none): the rows the table shows, the total first
 */
GListModel *
dk_ikd_page_get_table_model (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return dk_report_table_get_model (self->report_table);
}

/**
 * dk_ikd_page_select_date:
 * @as_of: a date the store has figures for, YYYY-MM-DD
 *
 * Shows the table of @as_of, as picking it under "As of" does.
 *
 * Returns: %TRUE if the date exists
 */
gboolean
dk_ikd_page_select_date (DkIkdPage  *self,
                         const char *as_of)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), FALSE);
  return dk_date_picker_select (self->date_picker, as_of);
}

/**
 * dk_ikd_page_get_trend_chart:
 *
 * Returns: (transfer none) (nullable): the coverage-over-time chart, when it is shown
 */
DkChart *
dk_ikd_page_get_trend_chart (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  if (!gtk_widget_get_visible (self->trend_card))
    return NULL;
  return dk_chart_view_get_chart (self->trend_view);
}

/**
 * dk_ikd_page_create_print_doc:
 *
 * Returns: (transfer full): the dashboard as shown, for paper
 */
DkPrintDoc *
dk_ikd_page_create_print_doc (DkIkdPage *self)
{
  g_autoptr(GArray) trend = NULL;
  DkNumberFormat fmt;

  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  g_return_val_if_fail (self->table != NULL, NULL);

  dk_number_format_init_locale (&fmt);
  if (self->n_dates > 1)
    trend = dk_ikd_trend (self->store, self->region, NULL);
  return dk_ikd_print_doc_new (self->table, trend,
                               g_strcmp0 (self->sort, "coverage") == 0 ? DK_BAR_SORT_VALUE_DESC : DK_BAR_SORT_KEY,
                               &fmt);
}

/**
 * dk_ikd_page_get_chart_view:
 *
 * Returns: (transfer none): the widget of the coverage chart
 */
DkChartView *
dk_ikd_page_get_chart_view (DkIkdPage *self)
{
  g_return_val_if_fail (DK_IS_IKD_PAGE (self), NULL);
  return self->chart_view;
}
