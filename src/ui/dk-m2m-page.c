/* dk-m2m-page.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The M2M dashboard: where mobile-service capacity is missing, not just a count. Summary
 * cards, the offices that cannot serve and since when, active and inactive devices per
 * office, the devices over time with the switch-off and switch-on marked, the report's
 * table with its total, and the dialogs to record new figures and events.
 */
#define G_LOG_DOMAIN "dk-m2m-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dk-chart-table-view.h"
#include "dk-chart-view.h"
#include "dk-date-picker.h"
#include "dk-m2m-chart.h"
#include "dk-m2m-event-dialog.h"
#include "dk-m2m-figures-dialog.h"
#include "dk-m2m-map.h"
#include "dk-m2m-page.h"
#include "dk-metric-card.h"
#include "dk-region.h"
#include "dk-report-table.h"
#include "dk-window.h"

struct _DkM2mPage
{
  GtkWidget      parent_instance;

  GtkLabel      *subtitle_label;
  DkDatePicker  *date_picker;
  GtkRevealer   *discrepancy_revealer;
  GtkLabel      *discrepancy_label;
  DkMetricCard  *devices_card;
  DkMetricCard  *active_card;
  DkMetricCard  *inactive_card;
  DkMetricCard  *without_card;
  GtkWidget     *outage_box;
  GtkListBox    *outage_list;
  DkChartView   *chart_view;
  DkChartView   *timeline_view;
  DkChartView   *map_view;
  DkBoundaries  *boundaries;   /* read when the map is first drawn */
  GtkListBox    *event_list;
  GtkColumnView *column_view;

  DkStore       *store;
  DkM2mTable    *table;
  DkReportTable *report_table;
  char          *region;
  char          *sort;
};

G_DEFINE_FINAL_TYPE (DkM2mPage, dk_m2m_page, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SORT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const DkColumnSpec columns[] = {
  /* Translators: the M2M table's column headings, as the annual report prints them */
  { NC_("column", "No"), "number", DK_COLUMN_NUMBER, FALSE },
  { NC_("column", "Code"), "kode", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Region"), "wilayah", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Number of M2M devices"), "perangkat", DK_COLUMN_INT, FALSE },
  { NC_("column", "Active M2M devices"), "aktif", DK_COLUMN_INT, FALSE },
  { NC_("column", "Inactive"), "tidak-aktif", DK_COLUMN_INT, FALSE },
  { NC_("column", "Remarks"), "keterangan", DK_COLUMN_TEXT, TRUE },
};

static void
clear_list (GtkListBox *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (list))) != NULL)
    gtk_list_box_remove (list, child);
}

static void
update_cards (DkM2mPage            *self,
              const DkNumberFormat *fmt)
{
  DkM2mRow *total = dk_m2m_table_get_total (self->table);
  guint n_rows = g_list_model_get_n_items (dk_m2m_table_get_rows (self->table));
  guint n_without = dk_m2m_table_get_n_without_device (self->table);
  g_autofree char *devices = dk_format_int (fmt, dk_m2m_row_get_perangkat (total));
  g_autofree char *active = dk_format_int (fmt, dk_m2m_row_get_aktif (total));
  g_autofree char *inactive = dk_format_int (fmt, dk_m2m_row_get_tidak_aktif (total));
  g_autofree char *ratio = dk_format_percent_bp (fmt, dk_m2m_row_get_active_bp (total));
  g_autofree char *devices_detail = NULL, *active_detail = NULL, *without = NULL, *without_detail = NULL;

  /* Translators: under the number of devices: "in 19 kabupaten/kota offices" */
  devices_detail = g_strdup_printf (ngettext ("in %u kabupaten/kota office", "in %u kabupaten/kota offices", n_rows),
                                    n_rows);
  dk_metric_card_set_value (self->devices_card, devices);
  dk_metric_card_set_detail (self->devices_card, devices_detail);

  /* Translators: under the number of active devices: "67,50 % of the devices" */
  active_detail = g_strdup_printf (_("%s of the devices"), ratio);
  dk_metric_card_set_value (self->active_card, active);
  dk_metric_card_set_detail (self->active_card, active_detail);
  dk_metric_card_set_status (self->active_card, DK_METRIC_GOOD);

  dk_metric_card_set_value (self->inactive_card, inactive);
  dk_metric_card_set_status (self->inactive_card,
                             dk_m2m_row_get_tidak_aktif (total) > 0 ? DK_METRIC_BAD : DK_METRIC_GOOD);

  without = g_strdup_printf ("%u", n_without);
  /* Translators: under the offices without a device: "1 more office has no active device" */
  without_detail = g_strdup_printf (ngettext ("%u more office has none active", "%u more offices have none active",
                                              dk_m2m_table_get_n_without_active (self->table) - n_without),
                                    dk_m2m_table_get_n_without_active (self->table) - n_without);
  dk_metric_card_set_value (self->without_card, without);
  dk_metric_card_set_detail (self->without_card, without_detail);
  dk_metric_card_set_status (self->without_card, n_without > 0 ? DK_METRIC_BAD : DK_METRIC_GOOD);
}

static void
update_discrepancy (DkM2mPage            *self,
                    const DkNumberFormat *fmt)
{
  GPtrArray *stated = dk_m2m_table_get_stated (self->table);
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < stated->len; i++)
    {
      DkStatedTotal *s = g_ptr_array_index (stated, i);
      gint64 sum = dk_m2m_table_get_column_sum (self->table, s->kolom);
      g_autofree char *a = NULL, *b = NULL;

      if (!s->has_value || s->nilai == sum)
        continue;
      a = dk_format_int (fmt, s->nilai);
      b = dk_format_int (fmt, sum);
      if (text->len > 0)
        g_string_append_c (text, ' ');
      /* Translators: a stated total that differs from the sum of the rows;
       * the first %s is a column such as "Number of M2M devices" */
      g_string_append_printf (text, _("%s: the source states %s, the rows add up to %s."),
                              dk_m2m_column_title (s->kolom), a, b);
    }
  if (text->len > 0)
    g_string_prepend (text, _("The source’s total row differs from the sum of its rows; the dashboard uses the sum. "));
  gtk_label_set_text (self->discrepancy_label, text->str);
  gtk_revealer_set_reveal_child (self->discrepancy_revealer, text->len > 0);
}

static void
update_outages (DkM2mPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) outages = dk_m2m_outages (self->store, self->region,
                                                 dk_m2m_table_get_as_of (self->table), &error);

  clear_list (self->outage_list);
  if (outages == NULL)
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < outages->len; i++)
    {
      DkM2mOutage *o = g_ptr_array_index (outages, i);
      g_autofree char *since = dk_format_date_long (o->since);
      g_autofree char *title = g_strdup_printf ("%s (%s)", o->wilayah, o->kode);
      g_autofree char *subtitle = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (o->no_device)
        subtitle = g_strdup_printf (o->since_first ? _("No M2M device, since at least %s")
                                                   : _("No M2M device since %s"), since);
      else
        subtitle = g_strdup_printf (o->since_first ? _("No active M2M device, since at least %s")
                                                   : _("No active M2M device since %s"), since);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("dialog-warning-symbolic"));
      gtk_list_box_append (self->outage_list, row);
    }
  gtk_widget_set_visible (self->outage_box, outages->len > 0);
}

/* The offices without a device, or without an active one, where they are. */
static void
update_map (DkM2mPage            *self,
            const DkNumberFormat *fmt)
{
  g_autoptr(DkMapChart) map = NULL;
  g_autoptr(GError) error = NULL;

  if (self->boundaries == NULL && !(self->boundaries = dk_boundaries_new (&error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  map = dk_m2m_map_new (self->table, self->boundaries, fmt);
  dk_chart_view_set_chart (self->map_view, DK_CHART (map));
}

static void
update_chart (DkM2mPage            *self,
              const DkNumberFormat *fmt)
{
  g_autoptr(DkBarChart) chart = dk_m2m_chart_new (self->table, fmt);

  dk_bar_chart_set_sort (chart, g_strcmp0 (self->sort, "devices") == 0 ? DK_BAR_SORT_VALUE_DESC : DK_BAR_SORT_KEY);
  dk_chart_view_set_chart (self->chart_view, DK_CHART (chart));
  update_map (self, fmt);
}

static void
update_timeline (DkM2mPage            *self,
                 const DkNumberFormat *fmt)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = dk_m2m_trend (self->store, self->region, &error);
  g_autoptr(GPtrArray) events = points != NULL ? dk_m2m_list_events (self->store, &error) : NULL;
  g_autoptr(DkLineChart) chart = NULL;

  clear_list (self->event_list);
  if (events == NULL)
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  chart = dk_m2m_timeline_chart_new (points, events, fmt);
  dk_chart_view_set_chart (self->timeline_view, DK_CHART (chart));

  for (guint i = 0; i < events->len; i++)
    {
      DkM2mEvent *e = g_ptr_array_index (events, i);
      g_autofree char *when = dk_m2m_event_format_date (e);
      g_autofree char *title = NULL;
      g_autofree char *where = NULL;
      GtkWidget *row = adw_action_row_new ();

      if (e->kode != NULL)
        {
          g_autoptr(DkRegion) region = dk_region_lookup (self->store, e->kode, NULL);

          where = g_strdup (region != NULL ? region->wilayah : e->kode);
        }
      else
        where = g_strdup (_("All offices"));
      /* Translators: an event in the list: date — what — where */
      title = g_strdup_printf (_("%s — %s — %s"), when, dk_m2m_event_kind_label (e->kind), where);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), e->catatan);
      gtk_list_box_append (self->event_list, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->event_list), events->len > 0);
}

static void
load_table (DkM2mPage  *self,
            const char *as_of)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkM2mTable) table = NULL;
  g_autofree char *date = NULL, *subtitle = NULL;
  DkNumberFormat fmt;

  if (!(table = dk_m2m_table_load (self->store, self->region, as_of, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_set_object (&self->table, table);

  dk_number_format_init_locale (&fmt);
  date = dk_format_date_long (dk_m2m_table_get_as_of (table));
  subtitle = g_strdup_printf (_("%s · as of %s"), dk_m2m_row_get_wilayah (dk_m2m_table_get_total (table)), date);
  gtk_label_set_text (self->subtitle_label, subtitle);

  update_cards (self, &fmt);
  update_discrepancy (self, &fmt);
  update_outages (self);
  update_chart (self, &fmt);
  dk_report_table_set_rows (self->report_table, dk_m2m_table_get_rows (table), dk_m2m_table_get_total (table));
}

static void
date_selected_cb (DkM2mPage *self)
{
  if (self->store != NULL)
    load_table (self, dk_date_picker_get_selected (self->date_picker));
}

static void
saved_cb (DkM2mPage  *self,
          const char *message)
{
  dk_m2m_page_reload (self);
  dk_widget_show_toast (GTK_WIDGET (self), message);
}

static void
present_dialog (DkM2mPage *self,
                GtkWindow *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

static void
record_figures_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DkM2mPage *self = DK_M2M_PAGE (widget);

  if (self->store != NULL)
    present_dialog (self, GTK_WINDOW (dk_m2m_figures_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                                 self->store, self->region)));
}

static void
record_event_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DkM2mPage *self = DK_M2M_PAGE (widget);

  if (self->store != NULL)
    present_dialog (self, GTK_WINDOW (dk_m2m_event_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                                               self->store, self->region)));
}

static void
save_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DkM2mPage *self = DK_M2M_PAGE (widget);
  gboolean timeline = g_strcmp0 (g_variant_get_string (parameter, NULL), "timeline") == 0;
  gboolean map = g_strcmp0 (g_variant_get_string (parameter, NULL), "map") == 0;
  g_autofree char *name = NULL;

  if (self->table == NULL)
    return;
  name = g_strdup_printf (timeline ? "m2m-timeline" : map ? "m2m-map-%s" : "m2m-%s", dk_m2m_table_get_as_of (self->table));
  dk_chart_view_save_with_dialog (timeline ? self->timeline_view : map ? self->map_view : self->chart_view, name);
}

static void
dk_m2m_page_dispose (GObject *object)
{
  DkM2mPage *self = (DkM2mPage *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_M2M_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->table);
  g_clear_object (&self->report_table);
  g_clear_object (&self->boundaries);
  G_OBJECT_CLASS (dk_m2m_page_parent_class)->dispose (object);
}

static void
dk_m2m_page_finalize (GObject *object)
{
  DkM2mPage *self = (DkM2mPage *) object;

  g_free (self->region);
  g_free (self->sort);
  G_OBJECT_CLASS (dk_m2m_page_parent_class)->finalize (object);
}

static void
dk_m2m_page_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SORT:
      g_value_set_string (value, DK_M2M_PAGE (object)->sort);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_m2m_page_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_SORT:
      dk_m2m_page_set_sort (DK_M2M_PAGE (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_m2m_page_class_init (DkM2mPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_m2m_page_dispose;
  object_class->finalize = dk_m2m_page_finalize;
  object_class->get_property = dk_m2m_page_get_property;
  object_class->set_property = dk_m2m_page_set_property;

  properties[PROP_SORT] =
    g_param_spec_string ("sort", NULL, NULL, "code",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-m2m-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, date_picker);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, discrepancy_revealer);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, discrepancy_label);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, devices_card);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, active_card);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, inactive_card);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, without_card);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, outage_box);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, outage_list);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, chart_view);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, map_view);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, event_list);
  gtk_widget_class_bind_template_child (widget_class, DkM2mPage, column_view);
  gtk_widget_class_bind_template_callback (widget_class, date_selected_cb);

  gtk_widget_class_install_property_action (widget_class, "m2m.sort", "sort");
  gtk_widget_class_install_action (widget_class, "m2m.save-chart", "s", save_chart_action);
  gtk_widget_class_install_action (widget_class, "m2m.record-figures", NULL, record_figures_action);
  gtk_widget_class_install_action (widget_class, "m2m.record-event", NULL, record_event_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  g_type_ensure (DK_TYPE_CHART_TABLE_VIEW);
  g_type_ensure (DK_TYPE_CHART_VIEW);
  g_type_ensure (DK_TYPE_DATE_PICKER);
  g_type_ensure (DK_TYPE_METRIC_CARD);
}

static void
dk_m2m_page_init (DkM2mPage *self)
{
  self->region = g_strdup ("13");
  self->sort = g_strdup ("code");
  gtk_widget_init_template (GTK_WIDGET (self));
  self->report_table = dk_report_table_new (self->column_view, DK_TYPE_M2M_ROW, columns,
                                            G_N_ELEMENTS (columns), DK_TOTAL_LAST);
}

/* One province's offices: the home province's, or Sumatera Barat's in the national view. */
static void
follow_home (DkM2mPage *self,
             GSettings *settings)
{
  g_autofree char *home = g_settings_get_string (settings, "home-province");

  g_free (self->region);
  self->region = dk_region_level_of_code (home) == DK_REGION_LEVEL_PROVINSI ? g_steal_pointer (&home)
                                                                             : g_strdup (DK_REGION_DEFAULT_HOME);
}

static void
home_changed_cb (GSettings  *settings,
                 const char *key,
                 DkM2mPage  *self)
{
  follow_home (self, settings);
  if (self->store != NULL)
    dk_m2m_page_reload (self);
}

void
dk_m2m_page_set_store (DkM2mPage *self,
                       DkStore   *store,
                       GSettings *settings)
{
  g_return_if_fail (DK_IS_M2M_PAGE (self));
  g_return_if_fail (DK_IS_STORE (store));

  g_set_object (&self->store, store);
  /* an office records its own devices, not the province's events */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "m2m.record-figures",
                                 dk_widget_may_write (GTK_WIDGET (self), DK_ACCOUNT_WRITE_M2M_FIGURES));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "m2m.record-event",
                                 dk_widget_may_write (GTK_WIDGET (self), DK_ACCOUNT_WRITE_M2M_EVENTS));
  if (settings != NULL)
    {
      g_settings_bind (settings, "m2m-sort", self, "sort", G_SETTINGS_BIND_DEFAULT);
      follow_home (self, settings);
      g_signal_connect_object (settings, "changed::home-province", G_CALLBACK (home_changed_cb), self, 0);
    }
  dk_m2m_page_reload (self);
}

/**
 * dk_m2m_page_reload:
 *
 * Reads the dates, the latest inventory and the events again.
 */
void
dk_m2m_page_reload (DkM2mPage *self)
{
  g_autofree char *picked = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dates = NULL;
  DkNumberFormat fmt;

  g_return_if_fail (DK_IS_M2M_PAGE (self));
  if (self->store == NULL)
    return;
  if (!(dates = dk_m2m_list_dates (self->store, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  /* a date the user picked stays; the latest one gives way to a newer */
  if (!dk_date_picker_is_latest (self->date_picker))
    picked = g_strdup (dk_date_picker_get_selected (self->date_picker));
  dk_date_picker_set_dates (self->date_picker, (const char * const *) dates);
  /* picking it loads its table (date_selected_cb) */
  if (dates[0] != NULL && (picked == NULL || !dk_date_picker_select (self->date_picker, picked)))
    load_table (self, NULL);
  dk_number_format_init_locale (&fmt);
  update_timeline (self, &fmt);
}

void
dk_m2m_page_set_sort (DkM2mPage  *self,
                      const char *sort)
{
  DkChart *chart;

  g_return_if_fail (DK_IS_M2M_PAGE (self));
  if (g_strcmp0 (sort, "devices") != 0)
    sort = "code";
  if (g_strcmp0 (self->sort, sort) == 0)
    return;
  g_free (self->sort);
  self->sort = g_strdup (sort);
  if ((chart = dk_chart_view_get_chart (self->chart_view)) != NULL)
    dk_bar_chart_set_sort (DK_BAR_CHART (chart), g_str_equal (sort, "devices") ? DK_BAR_SORT_VALUE_DESC : DK_BAR_SORT_KEY);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SORT]);
}

/**
 * dk_m2m_page_get_table:
 *
 * Returns: (transfer none) (nullable): the inventory shown
 */
DkM2mTable *
dk_m2m_page_get_table (DkM2mPage *self)
{
  g_return_val_if_fail (DK_IS_M2M_PAGE (self), NULL);
  return self->table;
}

/**
 * dk_m2m_page_get_chart:
 *
 * Returns: (transfer none) (nullable): the devices chart
 */
DkChart *
dk_m2m_page_get_chart (DkM2mPage *self)
{
  g_return_val_if_fail (DK_IS_M2M_PAGE (self), NULL);
  return dk_chart_view_get_chart (self->chart_view);
}

/**
 * dk_m2m_page_get_table_model:
 *
 * Returns: (transfer none): the rows as the table shows them, the total last
 */
GListModel *
dk_m2m_page_get_table_model (DkM2mPage *self)
{
  g_return_val_if_fail (DK_IS_M2M_PAGE (self), NULL);
  return dk_report_table_get_model (self->report_table);
}

/**
 * dk_m2m_page_get_n_outages:
 *
 * Returns: the offices listed as unable to run mobile services
 */
guint
dk_m2m_page_get_n_outages (DkM2mPage *self)
{
  guint n = 0;

  g_return_val_if_fail (DK_IS_M2M_PAGE (self), 0);
  for (GtkWidget *c = gtk_widget_get_first_child (GTK_WIDGET (self->outage_list)); c; c = gtk_widget_get_next_sibling (c))
    n++;
  return n;
}

/**
 * dk_m2m_page_get_discrepancy:
 *
 * Returns: (transfer none): the warning about the source's total, empty when none
 */
const char *
dk_m2m_page_get_discrepancy (DkM2mPage *self)
{
  g_return_val_if_fail (DK_IS_M2M_PAGE (self), NULL);
  return gtk_revealer_get_reveal_child (self->discrepancy_revealer) ? gtk_label_get_text (self->discrepancy_label) : "";
}

/**
 * dk_m2m_page_create_print_doc:
 *
 * Returns: (transfer full): the dashboard as shown, for paper
 */
DkPrintDoc *
dk_m2m_page_create_print_doc (DkM2mPage *self)
{
  g_autoptr(GPtrArray) outages = NULL;
  DkNumberFormat fmt;

  g_return_val_if_fail (DK_IS_M2M_PAGE (self), NULL);
  g_return_val_if_fail (self->table != NULL, NULL);

  dk_number_format_init_locale (&fmt);
  outages = dk_m2m_outages (self->store, self->region, dk_m2m_table_get_as_of (self->table), NULL);
  return dk_m2m_print_doc_new (self->table, outages,
                               g_strcmp0 (self->sort, "devices") == 0 ? DK_BAR_SORT_VALUE_DESC : DK_BAR_SORT_KEY,
                               &fmt);
}

/**
 * dk_m2m_page_get_chart_view:
 *
 * Returns: (transfer none): the widget of the devices chart
 */
DkChartView *
dk_m2m_page_get_chart_view (DkM2mPage *self)
{
  g_return_val_if_fail (DK_IS_M2M_PAGE (self), NULL);
  return self->chart_view;
}

/**
 * dk_m2m_page_get_map_view:
 *
 * Returns: (transfer none): the widget of the offices' map
 */
DkChartView *
dk_m2m_page_get_map_view (DkM2mPage *self)
{
  g_return_val_if_fail (DK_IS_M2M_PAGE (self), NULL);
  return self->map_view;
}
