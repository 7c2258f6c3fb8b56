/* dk-blangko-page.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The blangko dashboard: the province's stock of blank KTP-el cards and what it received
 * and distributed, each office's days of stock left from its daily reports, the stock
 * over time, the allocation planner (propose, set a share by hand, export for approval,
 * approve and record), the ledger and the KTP-el coverage table, and the dialogs that
 * enter receipts, distributions and daily reports.
 */
#define G_LOG_DOMAIN "dk-blangko-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "dk-blangko-approve-dialog.h"
#include "dk-blangko-chart.h"
#include "dk-blangko-map.h"
#include "dk-blangko-usage.h"
#include "dk-blangko-daily-dialog.h"
#include "dk-blangko-distribute-dialog.h"
#include "dk-blangko-item.h"
#include "dk-blangko-number-dialog.h"
#include "dk-blangko-page.h"
#include "dk-blangko-receive-dialog.h"
#include "dk-blangko-signer-dialog.h"
#include "dk-blangko-usage-dialog.h"
#include "dk-chart-table-view.h"
#include "dk-chart-view.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-metric-card.h"
#include "dk-region.h"
#include "dk-report-table.h"
#include "dk-window.h"
#include "dk-xlsx-blangko.h"

struct _DkBlangkoPage
{
  GtkWidget      parent_instance;

  GtkLabel      *subtitle_label;
  GtkEntry      *date_entry;
  DkMetricCard  *stock_card;
  DkMetricCard  *received_card;
  DkMetricCard  *distributed_card;
  DkMetricCard  *short_card;
  DkChartView   *days_view;
  DkChartView   *stock_view;
  DkChartView   *map_view;
  DkBoundaries  *boundaries;   /* read when the map is first drawn */
  GtkColumnView *offices_view;
  GtkColumnView *plan_view;
  GtkColumnView *ledger_view;
  GtkColumnView *coverage_view;
  GtkLabel      *rule_label;
  GtkSpinButton *total_spin;
  GtkDropDown   *share_office;
  GtkStringList *share_office_list;
  GtkSpinButton *share_spin;
  GtkDropDown   *usage_office;
  GtkStringList *usage_office_list;
  GtkEntry      *usage_month;
  GtkLabel      *usage_breaks_label;
  GtkColumnView *usage_view;

  DkStore       *store;
  char          *as_of;
  GPtrArray     *offices;
  DkBlangkoPlan *plan;
  DkReportTable *offices_table;
  DkReportTable *plan_table;
  DkReportTable *ledger_table;
  DkReportTable *coverage_table;
  DkReportTable *usage_table;
  DkBlangkoUsageMonth *usage;
};

G_DEFINE_FINAL_TYPE (DkBlangkoPage, dk_blangko_page, GTK_TYPE_WIDGET)

static const DkColumnSpec office_columns[] = {
  { NC_("column", "Code"), "kode", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Region"), "wilayah", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Report"), "report", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Blanks left"), "sisa", DK_COLUMN_INT, FALSE },
  { NC_("column", "Printed a day"), "pace", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Days left"), "days-left", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Runs out"), "runs-out", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "PRR"), "prr", DK_COLUMN_INT, FALSE },
  { NC_("column", "Suket"), "suket", DK_COLUMN_INT, FALSE },
  { NC_("column", "Need"), "need", DK_COLUMN_INT, TRUE },
};

static const DkColumnSpec plan_columns[] = {
  { NC_("column", "Rank"), "rank", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Code"), "kode", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Region"), "wilayah", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Blanks"), "keping", DK_COLUMN_INT, FALSE },
  { NC_("column", "Weight"), "weight", DK_COLUMN_INT, FALSE },
  { NC_("column", "Cap"), "cap", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Reason"), "reason", DK_COLUMN_TEXT, TRUE },
};

static const DkColumnSpec ledger_columns[] = {
  { NC_("column", "Date"), "tanggal", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Number"), "nomor", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Office"), "wilayah", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "How"), "method", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "In"), "masuk", DK_COLUMN_INT, FALSE },
  { NC_("column", "Out"), "keluar", DK_COLUMN_INT, FALSE },
  { NC_("column", "Stock"), "saldo", DK_COLUMN_INT, FALSE },
  { NC_("column", "Note"), "catatan", DK_COLUMN_TEXT, TRUE },
};

static const DkColumnSpec coverage_columns[] = {
  { NC_("column", "Code"), "kode", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Region"), "wilayah", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Date"), "tanggal", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Must hold a KTP"), "wajib-ktp", DK_COLUMN_INT, FALSE },
  { NC_("column", "Recorded"), "sudah-rekam", DK_COLUMN_INT, FALSE },
  { NC_("column", "Recorded %"), "rekam-percent", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Own a KTP-el"), "memiliki-ktp-el", DK_COLUMN_INT, FALSE },
  { NC_("column", "KTP-el %"), "ktp-el-percent", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Cards printed"), "dicetak-text", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "PRR"), "prr-text", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "SFE"), "sfe-text", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Duplicates"), "duplicate-text", DK_COLUMN_TEXT, TRUE },
};

static const DkColumnSpec usage_columns[] = {
  { NC_("column", "Date"), "tanggal", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "BAST"), "nomor", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Received"), "masuk", DK_COLUMN_INT, FALSE },
  { NC_("column", "Balance"), "saldo", DK_COLUMN_INT, FALSE },
  { NC_("column", "Used"), "pemakaian", DK_COLUMN_INT, FALSE },
  { NC_("column", "BA lent"), "nomor-pinjam", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Lent"), "pinjam", DK_COLUMN_INT, FALSE },
  { NC_("column", "New"), "baru", DK_COLUMN_INT, FALSE },
  { NC_("column", "Lost"), "hilang", DK_COLUMN_INT, FALSE },
  { NC_("column", "Damaged"), "rusak", DK_COLUMN_INT, FALSE },
  { NC_("column", "Data change"), "perubahan", DK_COLUMN_INT, FALSE },
  { NC_("column", "Spoiled/invalid"), "invalid", DK_COLUMN_INT, FALSE },
  { NC_("column", "Remaining"), "sisa", DK_COLUMN_INT, FALSE },
  { NC_("column", "Remarks"), "catatan", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Check"), "check", DK_COLUMN_TEXT, TRUE },
};

static void update_usage (DkBlangkoPage *self);

static char *
tenths (const DkNumberFormat *fmt,
        gint64                x10)
{
  g_autofree char *whole = dk_format_int (fmt, x10 / 10);

  return g_strdup_printf ("%s%s%d", whole, fmt->decimal, (int) (x10 % 10));
}

static char *
optional_count (const DkNumberFormat *fmt,
                gint64                value)
{
  return value < 0 ? g_strdup ("–") : dk_format_int (fmt, value);
}

/* ------------------------------------------------------------------ cards */

static void
update_cards (DkBlangkoPage        *self,
              const DkNumberFormat *fmt)
{
  g_autoptr(GError) error = NULL;
  DkBlangkoStock now, year_start;
  char last_year_end[11];
  g_autofree char *stock = NULL, *received = NULL, *distributed = NULL, *detail = NULL, *last = NULL;
  g_autofree char *n_short = NULL, *out_detail = NULL;
  guint n_under = 0, n_out = 0;

  g_snprintf (last_year_end, sizeof last_year_end, "%.4d-12-31", atoi (self->as_of) - 1);
  if (!dk_blangko_stock_at (self->store, self->as_of, &now, &error) ||
      !dk_blangko_stock_at (self->store, last_year_end, &year_start, &error))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  stock = dk_format_int (fmt, now.stock);
  dk_metric_card_set_value (self->stock_card, stock);
  if (now.last_receipt[0] != '\0')
    {
      last = dk_format_date_long (now.last_receipt);
      /* Translators: under the province's stock: the latest receipt's date */
      detail = g_strdup_printf (_("last received on %s"), last);
    }
  else
    detail = g_strdup (_("nothing received yet"));
  dk_metric_card_set_detail (self->stock_card, detail);
  dk_metric_card_set_status (self->stock_card, now.stock > 0 ? DK_METRIC_NEUTRAL : DK_METRIC_BAD);

  received = dk_format_int (fmt, now.received - year_start.received);
  distributed = dk_format_int (fmt, now.distributed - year_start.distributed);
  dk_metric_card_set_value (self->received_card, received);
  dk_metric_card_set_value (self->distributed_card, distributed);

  for (guint i = 0; i < self->offices->len; i++)
    {
      DkBlangkoOffice *o = g_ptr_array_index (self->offices, i);

      n_under += o->has_report && o->runs_out && o->days_left_x10 < 70;
      n_out += o->has_report && o->sisa == 0;
    }
  n_short = g_strdup_printf ("%u", n_under);
  /* Translators: under the offices short of blanks: how many have none */
  out_detail = g_strdup_printf (ngettext ("%u out of blanks", "%u out of blanks", n_out), n_out);
  dk_metric_card_set_value (self->short_card, n_short);
  dk_metric_card_set_detail (self->short_card, out_detail);
  dk_metric_card_set_status (self->short_card, n_under > 0 ? DK_METRIC_BAD : DK_METRIC_GOOD);
}

/* ----------------------------------------------------------------- tables */

static void
update_offices (DkBlangkoPage        *self,
                const DkNumberFormat *fmt)
{
  g_autoptr(GListStore) rows = g_list_store_new (DK_TYPE_BLANGKO_ITEM);

  for (guint i = 0; i < self->offices->len; i++)
    {
      DkBlangkoOffice *o = g_ptr_array_index (self->offices, i);
      g_autoptr(DkBlangkoItem) item = dk_blangko_item_new (o->kode);

      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_KODE, o->kode);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_WILAYAH, o->wilayah);
      if (o->has_report)
        {
          g_autofree char *report = dk_format_date_long (o->report_date);
          g_autofree char *pace = dk_format_fixed (fmt, dk_blangko_office_pace_x100 (o));
          g_autofree char *days = o->runs_out ? tenths (fmt, o->days_left_x10) : g_strdup ("–");
          g_autofree char *out = o->runs_out ? dk_format_date_long (o->run_out) : g_strdup (_("not printing"));

          dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_REPORT, report);
          dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_PACE, pace);
          dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_DAYS_LEFT, days);
          dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_RUNS_OUT, out);
        }
      else
        dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_REPORT, _("no report in 30 days"));
      dk_blangko_item_set_count (item, DK_BLANGKO_COUNT_SISA, o->sisa);
      dk_blangko_item_set_count (item, DK_BLANGKO_COUNT_PRR, o->prr);
      dk_blangko_item_set_count (item, DK_BLANGKO_COUNT_SUKET, o->suket);
      dk_blangko_item_set_count (item, DK_BLANGKO_COUNT_NEED, o->need);
      g_list_store_append (rows, item);
    }
  dk_report_table_set_rows (self->offices_table, G_LIST_MODEL (rows), NULL);
}

static void
update_plan (DkBlangkoPage *self)
{
  g_autoptr(GListStore) rows = g_list_store_new (DK_TYPE_BLANGKO_ITEM);
  g_autoptr(DkBlangkoItem) total = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  gint64 sum = 0, weights = 0;
  DkNumberFormat fmt;

  if (self->plan == NULL)
    {
      dk_report_table_set_rows (self->plan_table, NULL, NULL);
      return;
    }
  dk_number_format_init_locale (&fmt);
  /* most urgent first, as the plan is read */
  ranked = dk_blangko_plan_ranked (self->plan);
  for (guint i = 0; i < ranked->len; i++)
    {
      DkBlangkoPlanRow *row = g_ptr_array_index (ranked, i);
      g_autoptr(DkBlangkoItem) item = dk_blangko_item_new (row->office->kode);
      g_autofree char *reason = dk_blangko_plan_row_reason (self->plan, row, FALSE);
      g_autofree char *cap = row->cap >= 0 ? dk_format_int (&fmt, row->cap) : g_strdup ("");
      g_autofree char *rank = g_strdup_printf ("%u", row->rank);

      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_RANK, rank);
      weights += row->weight;
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_KODE, row->office->kode);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_WILAYAH, row->office->wilayah);
      dk_blangko_item_set_count (item, DK_BLANGKO_COUNT_KEPING, row->keping);
      dk_blangko_item_set_count (item, DK_BLANGKO_COUNT_WEIGHT, row->weight);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_CAP, cap);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_REASON, reason);
      sum += row->keping;
      g_list_store_append (rows, item);
    }
  total = dk_blangko_item_new (NULL);
  dk_blangko_item_set_total (total, TRUE);
  dk_blangko_item_set_text (total, DK_BLANGKO_TEXT_WILAYAH, C_("blangko", "Total"));
  dk_blangko_item_set_count (total, DK_BLANGKO_COUNT_KEPING, sum);
  dk_blangko_item_set_count (total, DK_BLANGKO_COUNT_WEIGHT, weights);
  dk_report_table_set_rows (self->plan_table, G_LIST_MODEL (rows), total);
}

static void
update_ledger (DkBlangkoPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) entries = dk_blangko_list_ledger (self->store, NULL, self->as_of, &error);
  g_autoptr(GListStore) rows = g_list_store_new (DK_TYPE_BLANGKO_ITEM);

  if (entries == NULL)
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  /* newest first: what was done last is what is checked */
  for (guint i = entries->len; i-- > 0;)
    {
      DkBlangkoEntry *e = g_ptr_array_index (entries, i);
      gboolean in = e->kind == DK_BLANGKO_RECEIPT;
      g_autofree char *key = g_strdup_printf ("%c%" G_GINT64_FORMAT, in ? 'T' : 'D', e->id);
      g_autofree char *date = dk_format_date_long (e->tanggal);
      g_autoptr(DkBlangkoItem) item = dk_blangko_item_new (key);

      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_TANGGAL, date);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_NOMOR, e->nomor);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_WILAYAH, in ? _("from the centre") : e->wilayah);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_METHOD, in ? "" : dk_blangko_method_label (e->method));
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_CATATAN, e->catatan);
      dk_blangko_item_set_count (item, in ? DK_BLANGKO_COUNT_MASUK : DK_BLANGKO_COUNT_KELUAR, e->keping);
      dk_blangko_item_set_count (item, DK_BLANGKO_COUNT_SALDO, e->saldo);
      g_list_store_append (rows, item);
    }
  dk_report_table_set_rows (self->ledger_table, G_LIST_MODEL (rows), NULL);
}

static void
update_coverage (DkBlangkoPage        *self,
                 const DkNumberFormat *fmt)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = dk_blangko_coverage_list (self->store, NULL, &error);
  g_autoptr(GListStore) rows = g_list_store_new (DK_TYPE_BLANGKO_ITEM);

  if (list == NULL)
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < list->len; i++)
    {
      DkBlangkoCoverage *c = g_ptr_array_index (list, i);
      g_autoptr(DkBlangkoItem) item = dk_blangko_item_new (c->kode);
      g_autofree char *date = dk_format_date_long (c->per);
      g_autofree char *rp = dk_format_percent_bp (fmt, c->rekam_bp), *kp = dk_format_percent_bp (fmt, c->ktp_el_bp);
      g_autofree char *printed = optional_count (fmt, c->dicetak_keping), *prr = optional_count (fmt, c->prr);
      g_autofree char *sfe = optional_count (fmt, c->sfe), *dup = optional_count (fmt, c->duplicate_record);

      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_KODE, c->kode);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_WILAYAH, c->wilayah);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_TANGGAL, date);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_REKAM_PERCENT, rp);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_KTP_EL_PERCENT, kp);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_DICETAK, printed);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_PRR, prr);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_SFE, sfe);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_DUPLICATES, dup);
      dk_blangko_item_set_count (item, DK_BLANGKO_COUNT_WAJIB_KTP, c->wajib_ktp);
      dk_blangko_item_set_count (item, DK_BLANGKO_COUNT_SUDAH_REKAM, c->sudah_rekam);
      dk_blangko_item_set_count (item, DK_BLANGKO_COUNT_MEMILIKI_KTP_EL, c->memiliki_ktp_el);
      g_list_store_append (rows, item);
    }
  dk_report_table_set_rows (self->coverage_table, G_LIST_MODEL (rows), NULL);
}

/* The offices by days of stock left, where they are: neighbours out of blanks together. */
static void
update_map (DkBlangkoPage        *self,
            const DkNumberFormat *fmt)
{
  g_autoptr(DkMapChart) map = NULL;
  g_autoptr(GError) error = NULL;

  if (self->boundaries == NULL && !(self->boundaries = dk_boundaries_new (&error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  map = dk_blangko_map_new (self->offices, self->boundaries, fmt);
  dk_chart_view_set_chart (self->map_view, DK_CHART (map));
}

static void
update_charts (DkBlangkoPage        *self,
               const DkNumberFormat *fmt)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) trend = dk_blangko_stock_trend (self->store, &error);
  g_autoptr(DkBarChart) days = dk_blangko_days_chart_new (self->offices, fmt);
  g_autoptr(DkLineChart) stock = NULL;

  dk_bar_chart_set_sort (days, DK_BAR_SORT_VALUE_ASC);
  dk_chart_view_set_chart (self->days_view, DK_CHART (days));
  update_map (self, fmt);
  if (trend == NULL)
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  stock = dk_blangko_stock_chart_new (trend, fmt);
  dk_chart_view_set_chart (self->stock_view, DK_CHART (stock));
}

/**
 * dk_blangko_page_reload:
 *
 * Reads the stock, the offices' positions, the ledger and the coverage again, and
 * proposes the plan again for the blanks last asked for.
 */
void
dk_blangko_page_reload (DkBlangkoPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) offices = NULL;
  g_autofree char *date = NULL, *subtitle = NULL;
  DkNumberFormat fmt;

  g_return_if_fail (DK_IS_BLANGKO_PAGE (self));
  if (self->store == NULL)
    return;
  if (!(offices = dk_blangko_offices (self->store, "13", self->as_of, NULL, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_clear_pointer (&self->offices, g_ptr_array_unref);
  self->offices = g_steal_pointer (&offices);

  dk_number_format_init_locale (&fmt);
  date = dk_format_date_long (self->as_of);
  /* Translators: the blangko page's subtitle: the date shown */
  subtitle = g_strdup_printf (_("Province stock and the kabupaten/kota offices’ daily reports as of %s"), date);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), self->as_of);

  gtk_string_list_splice (self->share_office_list, 0, g_list_model_get_n_items (G_LIST_MODEL (self->share_office_list)),
                          NULL);
  for (guint i = 0; i < self->offices->len; i++)
    gtk_string_list_append (self->share_office_list, ((DkBlangkoOffice *) self->offices->pdata[i])->wilayah);
  if (*gtk_editable_get_text (GTK_EDITABLE (self->usage_month)) == '\0')
    {
      g_autofree char *month = g_strndup (self->as_of, 7);

      gtk_editable_set_text (GTK_EDITABLE (self->usage_month), month);
    }
  if (g_list_model_get_n_items (G_LIST_MODEL (self->usage_office_list)) == 0)
    for (guint i = 0; i < self->offices->len; i++)
      gtk_string_list_append (self->usage_office_list, ((DkBlangkoOffice *) self->offices->pdata[i])->wilayah);

  update_cards (self, &fmt);
  update_charts (self, &fmt);
  update_offices (self, &fmt);
  update_ledger (self);
  update_coverage (self, &fmt);
  update_usage (self);
  dk_blangko_page_propose (self, (gint64) gtk_spin_button_get_value (self->total_spin));
}

/* ------------------------------------------------------------------ usage */

static const char *
usage_kode (DkBlangkoPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->usage_office);

  if (self->offices == NULL || selected >= self->offices->len)
    return NULL;
  return ((DkBlangkoOffice *) self->offices->pdata[selected])->kode;
}

static void
update_usage (DkBlangkoPage *self)
{
  static const DkBlangkoUsageBreak kinds[] = { DK_USAGE_BREAK_SALDO, DK_USAGE_BREAK_PEMAKAIAN, DK_USAGE_BREAK_SISA,
                                               DK_USAGE_BREAK_NEGATIVE };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) rows = g_list_store_new (DK_TYPE_BLANGKO_ITEM);
  g_autofree char *breaks = NULL;
  const char *kode = usage_kode (self);
  const char *month = gtk_editable_get_text (GTK_EDITABLE (self->usage_month));
  DkBlangkoUsageMonth *loaded;
  int y, m;

  if (kode == NULL || *month == '\0')
    return;
  if (!dk_blangko_parse_month (month, &y, &m, &error) ||
      !(loaded = dk_blangko_usage_load (self->store, kode, y, m, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_clear_pointer (&self->usage, dk_blangko_usage_month_free);
  self->usage = loaded;
  for (guint i = 0; i < loaded->days->len; i++)
    {
      DkBlangkoUsageDay *d = g_ptr_array_index (loaded->days, i);
      g_autoptr(DkBlangkoItem) item = dk_blangko_item_new (d->tanggal);
      g_autofree char *date = dk_format_date_long (d->tanggal);
      struct { DkBlangkoCount field; gint64 value; } values[] = {
        { DK_BLANGKO_COUNT_MASUK, d->masuk }, { DK_BLANGKO_COUNT_SALDO, d->saldo },
        { DK_BLANGKO_COUNT_PEMAKAIAN, d->pemakaian }, { DK_BLANGKO_COUNT_PINJAM, d->pinjam },
        { DK_BLANGKO_COUNT_BARU, d->baru }, { DK_BLANGKO_COUNT_HILANG, d->hilang },
        { DK_BLANGKO_COUNT_RUSAK, d->rusak }, { DK_BLANGKO_COUNT_PERUBAHAN, d->perubahan },
        { DK_BLANGKO_COUNT_INVALID, d->invalid }, { DK_BLANGKO_COUNT_SISA, d->sisa },
      };
      g_autoptr(GPtrArray) what = g_ptr_array_new_with_free_func (g_free);

      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_TANGGAL, date);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_NOMOR, d->nomor_masuk);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_NOMOR_PINJAM, d->nomor_pinjam);
      dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_CATATAN, d->ket);
      for (guint k = 0; k < G_N_ELEMENTS (values); k++)
        dk_blangko_item_set_count (item, values[k].field, values[k].value);
      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        if (d->breaks & kinds[k])
          g_ptr_array_add (what, dk_blangko_usage_describe_break (d, kinds[k], FALSE));
      g_ptr_array_add (what, NULL);
      {
        g_autofree char *joined = g_strjoinv ("; ", (char **) what->pdata);

        dk_blangko_item_set_text (item, DK_BLANGKO_TEXT_CHECK, joined);
      }
      g_list_store_append (rows, item);
    }
  dk_report_table_set_rows (self->usage_table, G_LIST_MODEL (rows), NULL);
  if (loaded->days->len == 0)
    breaks = g_strdup (_("No day of this month has been entered."));
  else if (loaded->n_breaks == 0)
    breaks = g_strdup (_("Every day’s balance follows from the day before."));
  else
    /* Translators: how many days of a usage report break the balance */
    breaks = g_strdup_printf (ngettext ("The balance breaks on %u day: see the last column.",
                                        "The balance breaks on %u days: see the last column.", loaded->n_breaks),
                              loaded->n_breaks);
  gtk_label_set_text (self->usage_breaks_label, breaks);
}

/**
 * dk_blangko_page_show_usage:
 * @kode: the kabupaten/kota
 * @month: YYYY-MM
 *
 * Shows the office's usage report of the month.
 */
void
dk_blangko_page_show_usage (DkBlangkoPage *self,
                            const char    *kode,
                            const char    *month)
{
  g_return_if_fail (DK_IS_BLANGKO_PAGE (self));
  for (guint i = 0; self->offices != NULL && i < self->offices->len; i++)
    if (g_str_equal (((DkBlangkoOffice *) self->offices->pdata[i])->kode, kode))
      gtk_drop_down_set_selected (self->usage_office, i);
  gtk_editable_set_text (GTK_EDITABLE (self->usage_month), month);
  update_usage (self);
}

guint
dk_blangko_page_get_usage_breaks (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), 0);
  return self->usage != NULL ? self->usage->n_breaks : 0;
}

GListModel *
dk_blangko_page_get_usage_model (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  return dk_report_table_get_model (self->usage_table);
}

/**
 * dk_blangko_page_export_usage:
 *
 * Writes the usage report shown in the agreed 14-column layout, signed by the office's
 * Kepala Dinas.
 */
gboolean
dk_blangko_page_export_usage (DkBlangkoPage  *self,
                              const char     *path,
                              GError        **error)
{
  g_autoptr(DkBlangkoSigner) signer = NULL;

  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), FALSE);
  g_return_val_if_fail (self->usage != NULL, FALSE);
  if (!(signer = dk_blangko_signer_get (self->store, self->usage->kode, error)))
    return FALSE;
  return dk_xlsx_export_blangko_usage (self->usage, signer, NULL, path, error);
}

/**
 * dk_blangko_page_import_usage:
 * @path: a CSV file of the report
 *
 * Imports the file as the report of the office and month shown; a file with errors
 * changes nothing, and the error lists every problem.
 */
gboolean
dk_blangko_page_import_usage (DkBlangkoPage  *self,
                              const char     *path,
                              GError        **error)
{
  g_autoptr(DkBlangkoUsageImport) import = NULL;

  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), FALSE);
  g_return_val_if_fail (self->usage != NULL, FALSE);
  import = dk_blangko_usage_import_new (self->store, self->usage->kode, self->usage->year, self->usage->month);
  if (!dk_blangko_usage_import_read_file (import, path, error))
    return FALSE;
  if (dk_blangko_usage_import_get_n_errors (import) > 0)
    {
      GPtrArray *problems = dk_blangko_usage_import_get_problems (import);
      g_autoptr(GString) text = g_string_new (NULL);

      for (guint i = 0; i < problems->len; i++)
        {
          DkBlangkoProblem *p = g_ptr_array_index (problems, i);

          if (p->is_error)
            g_string_append_printf (text, "%s%s", text->len > 0 ? "\n" : "", p->message);
        }
      g_set_error_literal (error, DK_ERROR, DK_ERROR_PARSE, text->str);
      return FALSE;
    }
  if (!dk_blangko_usage_import_commit (import, error))
    return FALSE;
  update_usage (self);
  return TRUE;
}

/* ------------------------------------------------------------------- plan */

/**
 * dk_blangko_page_propose:
 * @total: the blanks to split
 *
 * Returns: whether a plan could be made; otherwise the error is shown
 */
gboolean
dk_blangko_page_propose (DkBlangkoPage *self,
                         gint64         total)
{
  g_autoptr(GError) error = NULL;
  DkBlangkoPlan *plan;

  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), FALSE);
  gtk_spin_button_set_value (self->total_spin, total);
  if (!(plan = dk_blangko_plan_new (self->store, "13", total, self->as_of, NULL, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return FALSE;
    }
  g_clear_pointer (&self->plan, dk_blangko_plan_free);
  self->plan = plan;
  update_plan (self);
  return TRUE;
}

/**
 * dk_blangko_page_set_share:
 *
 * Sets an office's share by hand; the others are split again.
 */
gboolean
dk_blangko_page_set_share (DkBlangkoPage  *self,
                           const char     *kode,
                           gint64          keping,
                           GError        **error)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), FALSE);
  if (self->plan == NULL || !dk_blangko_plan_set_share (self->plan, kode, keping, error))
    return FALSE;
  update_plan (self);
  return TRUE;
}

/**
 * dk_blangko_page_approve:
 *
 * Records the plan shown as distributions on @tanggal, then shows the new stock.
 */
gboolean
dk_blangko_page_approve (DkBlangkoPage   *self,
                         const char      *tanggal,
                         DkBlangkoMethod  method,
                         GError         **error)
{
  gint64 id;

  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), FALSE);
  if (self->plan == NULL || !dk_blangko_plan_record (self->store, self->plan, tanggal, method, NULL, &id, error))
    return FALSE;
  dk_blangko_page_reload (self);
  return TRUE;
}

/**
 * dk_blangko_page_export_plan:
 * @path: the workbook to write
 *
 * Writes the plan shown as the rencana pembagian, signed by the province's Kepala Dinas.
 */
gboolean
dk_blangko_page_export_plan (DkBlangkoPage  *self,
                             const char     *path,
                             GError        **error)
{
  g_autoptr(DkBlangkoSigner) signer = NULL;
  g_autoptr(DkRegion) province = NULL;

  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), FALSE);
  g_return_val_if_fail (self->plan != NULL, FALSE);
  if (!(signer = dk_blangko_signer_get (self->store, "13", error)) ||
      !(province = dk_region_lookup (self->store, "13", error)))
    return FALSE;
  return dk_xlsx_export_blangko_plan (self->plan, province->wilayah, signer, NULL, path, error);
}

/* ---------------------------------------------------------------- actions */

static void
saved_cb (DkBlangkoPage *self,
          const char    *message)
{
  dk_blangko_page_reload (self);
  dk_widget_show_toast (GTK_WIDGET (self), message);
}

/* Shows an entry dialog; what it saves reloads the page */
static void
present_entry (DkBlangkoPage *self,
               GtkWindow     *dialog)
{
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

static void
record_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DkBlangkoPage *self = DK_BLANGKO_PAGE (widget);
  GtkWindow *parent = GTK_WINDOW (gtk_widget_get_root (widget));

  if (self->store == NULL)
    return;
  if (g_str_equal (action_name, "blangko.record-receipt"))
    present_entry (self, GTK_WINDOW (dk_blangko_receive_dialog_new (parent, self->store, self->as_of)));
  else if (g_str_equal (action_name, "blangko.record-distribution"))
    present_entry (self, GTK_WINDOW (dk_blangko_distribute_dialog_new (parent, self->store, self->as_of)));
  else
    present_entry (self, GTK_WINDOW (dk_blangko_daily_dialog_new (parent, self->store, self->as_of)));
}

static void
save_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DkBlangkoPage *self = DK_BLANGKO_PAGE (widget);
  gboolean stock = g_strcmp0 (g_variant_get_string (parameter, NULL), "stock") == 0;
  gboolean map = g_strcmp0 (g_variant_get_string (parameter, NULL), "map") == 0;
  g_autofree char *name = g_strdup_printf (stock ? "blangko-stok-%s" : map ? "blangko-peta-%s" : "blangko-hari-stok-%s",
                                           self->as_of);

  dk_chart_view_save_with_dialog (stock ? self->stock_view : map ? self->map_view : self->days_view, name);
}

static void
propose_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DkBlangkoPage *self = DK_BLANGKO_PAGE (widget);

  gtk_spin_button_update (self->total_spin);
  dk_blangko_page_propose (self, (gint64) gtk_spin_button_get_value (self->total_spin));
}

static void
set_share_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DkBlangkoPage *self = DK_BLANGKO_PAGE (widget);
  guint selected = gtk_drop_down_get_selected (self->share_office);
  g_autoptr(GError) error = NULL;

  if (self->offices == NULL || selected >= self->offices->len)
    return;
  gtk_spin_button_update (self->share_spin);
  if (!dk_blangko_page_set_share (self, ((DkBlangkoOffice *) self->offices->pdata[selected])->kode,
                                  (gint64) gtk_spin_button_get_value (self->share_spin), &error))
    dk_widget_show_error (GTK_WIDGET (self), error);
}

static void
reset_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  DkBlangkoPage *self = DK_BLANGKO_PAGE (widget);

  dk_blangko_page_propose (self, (gint64) gtk_spin_button_get_value (self->total_spin));
}

static void
export_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    DkBlangkoPage   *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL, *message = NULL, *basename = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT && (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) != NULL)
    {
      path = g_file_get_path (file);
      if (!dk_blangko_page_export_plan (self, path, &error))
        dk_widget_show_error (GTK_WIDGET (self), error);
      else
        {
          basename = g_path_get_basename (path);
          message = g_strdup_printf (_("Plan written to “%s”"), basename);
          dk_widget_show_toast (GTK_WIDGET (self), message);
        }
    }
  g_object_unref (chooser);
}

static void
export_plan_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DkBlangkoPage *self = DK_BLANGKO_PAGE (widget);
  g_autofree char *name = NULL;
  GtkFileChooserNative *chooser;

  if (self->plan == NULL)
    return;
  name = dk_xlsx_blangko_plan_name (self->plan);
  chooser = gtk_file_chooser_native_new (_("Export the Allocation Plan"), GTK_WINDOW (gtk_widget_get_root (widget)),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (export_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
approve_response_cb (DkBlangkoApproveDialog *dialog,
                     const char             *response,
                     DkBlangkoPage          *self)
{
  const char *date = dk_blangko_approve_dialog_get_date (dialog);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;

  if (g_strcmp0 (response, "approve") != 0)
    return;
  if (!dk_blangko_page_approve (self, date, dk_blangko_approve_dialog_get_method (dialog), &error))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  message = g_strdup_printf (_("Plan recorded as distributions on %s"), date);
  dk_widget_show_toast (GTK_WIDGET (self), message);
}

static void
approve_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DkBlangkoPage *self = DK_BLANGKO_PAGE (widget);
  DkBlangkoApproveDialog *dialog;

  if (self->plan == NULL)
    return;
  dialog = dk_blangko_approve_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)),
                                          dk_blangko_plan_get_total (self->plan), self->as_of);
  g_signal_connect_object (dialog, "response", G_CALLBACK (approve_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
record_usage_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DkBlangkoPage *self = DK_BLANGKO_PAGE (widget);
  DkBlangkoUsageDialog *dialog;
  g_autofree char *date = NULL;

  if (self->store == NULL || self->usage == NULL)
    return;
  date = g_strdup_printf ("%04d-%02d-01", self->usage->year, self->usage->month);
  dialog = dk_blangko_usage_dialog_new (GTK_WINDOW (gtk_widget_get_root (widget)), self->store, date);
  dk_blangko_usage_dialog_set_office (dialog, self->usage->kode);
  present_entry (self, GTK_WINDOW (dialog));
}

static void
usage_file_chosen (DkBlangkoPage   *self,
                   GtkNativeDialog *chooser,
                   int              response,
                   gboolean         import)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL, *basename = NULL, *message = NULL;
  g_autoptr(GError) error = NULL;

  if (response != GTK_RESPONSE_ACCEPT || (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser))) == NULL)
    return;
  path = g_file_get_path (file);
  basename = g_path_get_basename (path);
  if (import ? !dk_blangko_page_import_usage (self, path, &error) : !dk_blangko_page_export_usage (self, path, &error))
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      if (DK_IS_WINDOW (root))
        dk_window_show_error_dialog (DK_WINDOW (root), import ? _("The Report Could Not Be Imported")
                                                              : _("The Report Could Not Be Exported"), error);
    }
  else
    {
      message = g_strdup_printf (import ? _("Report imported from “%s”") : _("Report written to “%s”"), basename);
      dk_widget_show_toast (GTK_WIDGET (self), message);
    }
}

static void
usage_import_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          DkBlangkoPage   *self)
{
  usage_file_chosen (self, chooser, response, TRUE);
  g_object_unref (chooser);
}

static void
usage_export_response_cb (GtkNativeDialog *chooser,
                          int              response,
                          DkBlangkoPage   *self)
{
  usage_file_chosen (self, chooser, response, FALSE);
  g_object_unref (chooser);
}

static void
usage_file_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DkBlangkoPage *self = DK_BLANGKO_PAGE (widget);
  gboolean import = g_str_equal (action_name, "blangko.import-usage");
  GtkFileChooserNative *chooser;

  if (self->usage == NULL)
    return;
  chooser = gtk_file_chooser_native_new (import ? _("Import the Usage Report") : _("Export the Usage Report"),
                                         GTK_WINDOW (gtk_widget_get_root (widget)),
                                         import ? GTK_FILE_CHOOSER_ACTION_OPEN : GTK_FILE_CHOOSER_ACTION_SAVE,
                                         import ? _("_Import") : _("_Export"), _("_Cancel"));
  if (!import)
    {
      g_autofree char *name = dk_xlsx_blangko_usage_name (self->usage);

      gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
    }
  g_signal_connect_object (chooser, "response",
                           import ? G_CALLBACK (usage_import_response_cb) : G_CALLBACK (usage_export_response_cb),
                           self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/* ------------------------------------------------------ small dialogs */

static void
signer_response_cb (DkBlangkoSignerDialog *dialog,
                    const char            *response,
                    DkBlangkoPage         *self)
{
  g_autoptr(GError) error = NULL;
  DkBlangkoSigner signer;

  if (g_strcmp0 (response, "save") != 0)
    return;
  dk_blangko_signer_dialog_get_signer (dialog, &signer);
  if (!dk_blangko_signer_set (self->store, dk_blangko_signer_dialog_get_kode (dialog), &signer, &error))
    dk_widget_show_error (GTK_WIDGET (self), error);
  else
    dk_widget_show_toast (GTK_WIDGET (self), _("Signatory saved"));
}

/**
 * dk_blangko_page_open_signer:
 * @kode: the region whose signatory to set: an office, or the province
 *
 * Returns: (transfer none): the dialog, presented
 */
DkBlangkoSignerDialog *
dk_blangko_page_open_signer (DkBlangkoPage *self,
                             const char    *kode)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBlangkoSigner) signer = dk_blangko_signer_get (self->store, kode, &error);
  g_autoptr(DkRegion) region = dk_region_lookup (self->store, kode, NULL);
  DkBlangkoSignerDialog *dialog;

  if (signer == NULL)
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return NULL;
    }
  dialog = dk_blangko_signer_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))), kode,
                                         region != NULL ? region->wilayah : NULL, signer);
  g_signal_connect_object (dialog, "response", G_CALLBACK (signer_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
signer_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DkBlangkoPage *self = DK_BLANGKO_PAGE (widget);
  gboolean province = g_strcmp0 (g_variant_get_string (parameter, NULL), "province") == 0;
  const char *kode = province ? "13" : usage_kode (self);

  if (self->store != NULL && kode != NULL)
    dk_blangko_page_open_signer (self, kode);
}

static void
number_response_cb (DkBlangkoNumberDialog *dialog,
                    const char            *response,
                    DkBlangkoPage         *self)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "save") != 0)
    return;
  if (!dk_blangko_set_distribution_number (self->store, dk_blangko_number_dialog_get_id (dialog),
                                           dk_blangko_number_dialog_get_number (dialog), &error))
    dk_widget_show_error (GTK_WIDGET (self), error);
  else
    dk_blangko_page_reload (self);
}

/**
 * dk_blangko_page_edit_number:
 * @position: a row of the ledger table
 *
 * Opens the dialog that fills in a distribution's BAST number (the ledger's row
 * activated).
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL for a receipt's row
 */
DkBlangkoNumberDialog *
dk_blangko_page_edit_number (DkBlangkoPage *self,
                             guint          position)
{
  g_autoptr(DkBlangkoItem) item = g_list_model_get_item (dk_report_table_get_model (self->ledger_table), position);
  DkBlangkoNumberDialog *dialog;
  const char *key;

  if (item == NULL || (key = dk_blangko_item_get_key (item)) == NULL || key[0] != 'D')
    return NULL;
  dialog = dk_blangko_number_dialog_new (GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))),
                                         g_ascii_strtoll (key + 1, NULL, 10),
                                         dk_blangko_item_get_text (item, DK_BLANGKO_TEXT_WILAYAH),
                                         dk_blangko_item_get_text (item, DK_BLANGKO_TEXT_TANGGAL),
                                         dk_blangko_item_get_text (item, DK_BLANGKO_TEXT_NOMOR));
  g_signal_connect_object (dialog, "response", G_CALLBACK (number_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return dialog;
}

static void
ledger_activate_cb (DkBlangkoPage *self,
                    guint          position)
{
  /* a receipt's number is the province's to change */
  if (dk_widget_may_write (GTK_WIDGET (self), DK_ACCOUNT_WRITE_BLANGKO_STOCK))
    dk_blangko_page_edit_number (self, position);
}

static void
usage_changed_cb (DkBlangkoPage *self)
{
  if (self->store != NULL)
    update_usage (self);
}

static void
date_activated_cb (DkBlangkoPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  g_autoptr(GError) error = NULL;

  if (!dk_date_check_iso (text, NULL, &error))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  dk_blangko_page_set_as_of (self, text);
}

static void
share_office_cb (DkBlangkoPage *self)
{
  guint selected = gtk_drop_down_get_selected (self->share_office);
  DkBlangkoPlanRow *row;

  if (self->plan == NULL || self->offices == NULL || selected >= self->offices->len)
    return;
  row = dk_blangko_plan_find (self->plan, ((DkBlangkoOffice *) self->offices->pdata[selected])->kode);
  if (row != NULL)
    gtk_spin_button_set_value (self->share_spin, row->keping);
}

/* ------------------------------------------------------------------ setup */

static void
dk_blangko_page_dispose (GObject *object)
{
  DkBlangkoPage *self = (DkBlangkoPage *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BLANGKO_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->offices_table);
  g_clear_object (&self->plan_table);
  g_clear_object (&self->ledger_table);
  g_clear_object (&self->coverage_table);
  g_clear_object (&self->usage_table);
  g_clear_pointer (&self->usage, dk_blangko_usage_month_free);
  g_clear_pointer (&self->offices, g_ptr_array_unref);
  g_clear_pointer (&self->plan, dk_blangko_plan_free);
  g_clear_object (&self->boundaries);
  G_OBJECT_CLASS (dk_blangko_page_parent_class)->dispose (object);
}

static void
dk_blangko_page_finalize (GObject *object)
{
  g_free (DK_BLANGKO_PAGE (object)->as_of);
  G_OBJECT_CLASS (dk_blangko_page_parent_class)->finalize (object);
}

static void
dk_blangko_page_class_init (DkBlangkoPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_blangko_page_dispose;
  object_class->finalize = dk_blangko_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-blangko-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, stock_card);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, received_card);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, distributed_card);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, short_card);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, days_view);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, map_view);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, stock_view);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, offices_view);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, plan_view);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, ledger_view);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, coverage_view);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, rule_label);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, total_spin);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, share_office);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, share_office_list);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, share_spin);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, usage_office);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, usage_office_list);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, usage_month);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, usage_breaks_label);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoPage, usage_view);
  gtk_widget_class_bind_template_callback (widget_class, ledger_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, usage_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, date_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, share_office_cb);

  gtk_widget_class_install_action (widget_class, "blangko.record-receipt", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "blangko.record-distribution", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "blangko.record-daily", NULL, record_action);
  gtk_widget_class_install_action (widget_class, "blangko.save-chart", "s", save_chart_action);
  gtk_widget_class_install_action (widget_class, "blangko.propose", NULL, propose_action);
  gtk_widget_class_install_action (widget_class, "blangko.set-share", NULL, set_share_action);
  gtk_widget_class_install_action (widget_class, "blangko.reset-plan", NULL, reset_action);
  gtk_widget_class_install_action (widget_class, "blangko.export-plan", NULL, export_plan_action);
  gtk_widget_class_install_action (widget_class, "blangko.approve", NULL, approve_action);
  gtk_widget_class_install_action (widget_class, "blangko.record-usage", NULL, record_usage_action);
  gtk_widget_class_install_action (widget_class, "blangko.import-usage", NULL, usage_file_action);
  gtk_widget_class_install_action (widget_class, "blangko.export-usage", NULL, usage_file_action);
  gtk_widget_class_install_action (widget_class, "blangko.signer", "s", signer_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  g_type_ensure (DK_TYPE_CHART_TABLE_VIEW);
  g_type_ensure (DK_TYPE_CHART_VIEW);
  g_type_ensure (DK_TYPE_METRIC_CARD);
}

static void
dk_blangko_page_init (DkBlangkoPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->as_of = dk_blangko_today ();
  self->offices_table = dk_report_table_new (self->offices_view, DK_TYPE_BLANGKO_ITEM, office_columns,
                                             G_N_ELEMENTS (office_columns), DK_TOTAL_LAST);
  self->plan_table = dk_report_table_new (self->plan_view, DK_TYPE_BLANGKO_ITEM, plan_columns,
                                          G_N_ELEMENTS (plan_columns), DK_TOTAL_LAST);
  self->ledger_table = dk_report_table_new (self->ledger_view, DK_TYPE_BLANGKO_ITEM, ledger_columns,
                                            G_N_ELEMENTS (ledger_columns), DK_TOTAL_LAST);
  self->coverage_table = dk_report_table_new (self->coverage_view, DK_TYPE_BLANGKO_ITEM, coverage_columns,
                                              G_N_ELEMENTS (coverage_columns), DK_TOTAL_FIRST);
  self->usage_table = dk_report_table_new (self->usage_view, DK_TYPE_BLANGKO_ITEM, usage_columns,
                                           G_N_ELEMENTS (usage_columns), DK_TOTAL_LAST);
  gtk_label_set_text (self->rule_label, dk_blangko_plan_rule ());
}

/* Only the writes the account signed in may make are offered: an office its daily and
 * usage reports, not the province's receipts, distributions and signatories. */
static void
update_rights (DkBlangkoPage *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  gboolean stock = dk_widget_may_write (widget, DK_ACCOUNT_WRITE_BLANGKO_STOCK);
  gboolean usage = dk_widget_may_write (widget, DK_ACCOUNT_WRITE_BLANGKO_USAGE);

  gtk_widget_action_set_enabled (widget, "blangko.record-receipt", stock);
  gtk_widget_action_set_enabled (widget, "blangko.record-distribution", stock);
  gtk_widget_action_set_enabled (widget, "blangko.approve", stock);
  gtk_widget_action_set_enabled (widget, "blangko.signer", stock);
  gtk_widget_action_set_enabled (widget, "blangko.record-daily",
                                 dk_widget_may_write (widget, DK_ACCOUNT_WRITE_BLANGKO_DAILY));
  gtk_widget_action_set_enabled (widget, "blangko.record-usage", usage);
  gtk_widget_action_set_enabled (widget, "blangko.import-usage", usage);
}

void
dk_blangko_page_set_store (DkBlangkoPage *self,
                           DkStore       *store)
{
  g_return_if_fail (DK_IS_BLANGKO_PAGE (self));
  g_return_if_fail (DK_IS_STORE (store));

  g_set_object (&self->store, store);
  update_rights (self);
  dk_blangko_page_reload (self);
}

/**
 * dk_blangko_page_set_as_of:
 * @as_of: a date, YYYY-MM-DD
 *
 * Shows the stock and the offices' positions at @as_of.
 */
void
dk_blangko_page_set_as_of (DkBlangkoPage *self,
                           const char    *as_of)
{
  GDate date;

  g_return_if_fail (DK_IS_BLANGKO_PAGE (self));
  if (as_of == NULL || !dk_date_parse_iso (as_of, &date))
    return;
  g_free (self->as_of);
  self->as_of = g_strdup (as_of);
  dk_blangko_page_reload (self);
}

const char *
dk_blangko_page_get_as_of (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  return self->as_of;
}

/**
 * dk_blangko_page_get_stock_text:
 *
 * Returns: the province's stock as its card shows it
 */
const char *
dk_blangko_page_get_stock_text (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  return dk_metric_card_get_value (self->stock_card);
}

GListModel *
dk_blangko_page_get_offices_model (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  return dk_report_table_get_model (self->offices_table);
}

GListModel *
dk_blangko_page_get_plan_model (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  return dk_report_table_get_model (self->plan_table);
}

GListModel *
dk_blangko_page_get_ledger_model (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  return dk_report_table_get_model (self->ledger_table);
}

GListModel *
dk_blangko_page_get_coverage_model (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  return dk_report_table_get_model (self->coverage_table);
}

/**
 * dk_blangko_page_get_chart_view:
 *
 * Returns: (transfer none): the days-of-stock chart
 */
DkChartView *
dk_blangko_page_get_chart_view (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  return self->days_view;
}

/**
 * dk_blangko_page_get_plan:
 *
 * Returns: (transfer none) (nullable): the plan shown
 */
DkBlangkoPlan *
dk_blangko_page_get_plan (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  return self->plan;
}

/**
 * dk_blangko_page_create_print_doc:
 *
 * Returns: (transfer full): the dashboard as shown, for paper
 */
DkPrintDoc *
dk_blangko_page_create_print_doc (DkBlangkoPage *self)
{
  DkBlangkoStock stock = { { 0 } };
  DkNumberFormat fmt;

  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  g_return_val_if_fail (self->offices != NULL, NULL);
  dk_number_format_init_locale (&fmt);
  if (!dk_blangko_stock_at (self->store, self->as_of, &stock, NULL))
    g_strlcpy (stock.as_of, self->as_of, sizeof stock.as_of);
  return dk_blangko_print_doc_new (self->offices, self->plan, &stock, &fmt);
}

/**
 * dk_blangko_page_get_map_view:
 *
 * Returns: (transfer none): the widget of the offices' map
 */
DkChartView *
dk_blangko_page_get_map_view (DkBlangkoPage *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_PAGE (self), NULL);
  return self->map_view;
}
