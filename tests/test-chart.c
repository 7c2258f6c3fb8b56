/* test-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Charts are checked where it matters: by pixels, at the rows and columns the layout
 * says the bars and the target line must be.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dk-bar-chart.h"
#include "dk-budget-chart.h"
#include "dk-chart-scale.h"
#include "dk-error.h"
#include "dk-ikd-chart.h"
#include "dk-m2m-chart.h"
#include "dk-pks-chart.h"
#include "dk-test-util.h"

#define WIDTH 1200
#define HEIGHT 600

static void
test_scale (void)
{
  static const struct { double range; guint ticks; double step; } steps[] = {
    { 40, 8, 5 }, { 36, 8, 5 }, { 100, 5, 20 }, { 1, 4, 0.25 }, { 7, 7, 1 },
    { 15897000, 5, 5000000 }, { 0.3, 3, 0.1 }, { 30, 6, 5 },
  };
  DkScale scale;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    g_assert_cmpfloat_with_epsilon (dk_scale_nice_step (steps[i].range, steps[i].ticks), steps[i].step, 1e-9);

  dk_scale_init (&scale, 0, 38.87, 8);
  g_assert_cmpfloat_with_epsilon (scale.min, 0, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.max, 40, 1e-9);
  g_assert_cmpfloat_with_epsilon (scale.step, 5, 1e-9);
  g_assert_cmpuint (dk_scale_get_n_ticks (&scale), ==, 9);
  g_assert_cmpfloat_with_epsilon (dk_scale_normalize (&scale, 30), 0.75, 1e-9);

  dk_scale_init (&scale, 0, 0, 5);   /* all zeros still gives an axis */
  g_assert_cmpfloat (scale.max, >, scale.min);
}

static DkBarChart *
load_ikd_chart (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = dk_ikd_table_load (store, "13", NULL, &error);
  DkNumberFormat fmt;

  g_assert_no_error (error);
  dk_number_format_init (&fmt, ".", ",");
  dk_test_rm_rf (dir);
  return dk_ikd_chart_new (table, &fmt);
}

static cairo_surface_t *
render (DkChart            *chart,
        const DkChartStyle *style)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);

  dk_cairo_set_source_rgba (cr, &style->background);
  cairo_paint (cr);
  dk_chart_draw (chart, cr, style, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static gboolean
pixel_is (cairo_surface_t *surface,
          int              x,
          int              y,
          const DkRgba    *color)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint32 px = *(const guint32 *) (data + y * stride + x * 4);
  double r = ((px >> 16) & 0xff) / 255.0, g = ((px >> 8) & 0xff) / 255.0, b = (px & 0xff) / 255.0;

  return fabs (r - color->red) < 0.06 && fabs (g - color->green) < 0.06 && fabs (b - color->blue) < 0.06;
}

static guint
find_extreme (DkBarChart *chart,
              gboolean    tallest)
{
  guint best = 0;

  for (guint i = 1; i < dk_bar_chart_get_n_bars (chart); i++)
    {
      double v = dk_bar_chart_get_total (chart, i), b = dk_bar_chart_get_total (chart, best);

      if (tallest ? v > b : v < b)
        best = i;
    }
  return best;
}

/* The bar's colour runs from the axis up to the row its value maps to, and stops there. */
static void
assert_bar (cairo_surface_t   *surface,
            DkBarChart        *chart,
            const DkBarLayout *l,
            guint              bar,
            const DkRgba      *color,
            const DkRgba      *background)
{
  int cx = (int) dk_bar_layout_slot_center (l, dk_bar_chart_get_position (chart, bar));
  double top = dk_bar_layout_value_to_y (l, dk_bar_chart_get_total (chart, bar));
  double base = dk_bar_layout_value_to_y (l, 0);

  g_assert_true (pixel_is (surface, cx, (int) ceil (top) + 1, color));
  g_assert_true (pixel_is (surface, cx, (int) floor (base) - 2, color));
  g_assert_true (pixel_is (surface, cx, (int) floor (top) - 2, background));
  /* the bar is where its value is: beside it, at the same height, there is no bar */
  g_assert_false (pixel_is (surface, cx + (int) l->slot / 2, (int) ceil (top) + 1, color));
}

static double
row_fraction (cairo_surface_t   *surface,
              const DkBarLayout *l,
              int                y,
              const DkRgba      *color)
{
  guint hits = 0, n = 0;

  for (int x = (int) l->plot_x + 1; x < (int) (l->plot_x + l->plot_width) - 1; x++, n++)
    hits += pixel_is (surface, x, y, color);
  return (double) hits / n;
}

static void
test_ikd_geometry (void)
{
  g_autoptr(DkBarChart) chart = load_ikd_chart ();
  DkChartStyle style;
  DkBarLayout l;
  cairo_surface_t *surface;
  guint tallest, shortest;
  int target_row;

  dk_chart_style_init (&style, FALSE);
  surface = render (DK_CHART (chart), &style);
  dk_bar_chart_compute_layout (chart, &style, WIDTH, HEIGHT, &l);

  g_assert_cmpuint (dk_bar_chart_get_n_bars (chart), ==, 19);
  tallest = find_extreme (chart, TRUE);
  shortest = find_extreme (chart, FALSE);
  /* Kota Padang Panjang 35.99 %, Pesisir Selatan 2.85 % */
  g_assert_cmpfloat_with_epsilon (dk_bar_chart_get_total (chart, tallest), 100.0 * 16433 / 45658, 1e-9);
  g_assert_cmpfloat_with_epsilon (dk_bar_chart_get_total (chart, shortest), 100.0 * 10952 / 384386, 1e-9);

  assert_bar (surface, chart, &l, tallest, &style.good, &style.background);
  assert_bar (surface, chart, &l, shortest, &style.bad, &style.background);

  /* the dashed target line: about 60 % of its row, nothing of it two rows away */
  target_row = (int) round (dk_bar_layout_value_to_y (&l, 30.0));
  g_assert_cmpfloat (row_fraction (surface, &l, target_row, &style.target), >, 0.5);
  g_assert_cmpfloat (row_fraction (surface, &l, target_row + 3, &style.target), <, 0.02);
  g_assert_cmpfloat (row_fraction (surface, &l, target_row - 3, &style.target), <, 0.05);

  cairo_surface_destroy (surface);
}

static void
test_sort_and_hit (void)
{
  g_autoptr(DkBarChart) chart = load_ikd_chart ();
  DkChartStyle style;
  DkBarLayout l;
  cairo_surface_t *surface;
  guint tallest = find_extreme (chart, TRUE), shortest = find_extreme (chart, FALSE);
  double cx, y;
  g_autofree char *tip = NULL;

  dk_chart_style_init (&style, TRUE);
  dk_bar_chart_set_sort (chart, DK_BAR_SORT_VALUE_DESC);
  g_assert_cmpuint (dk_bar_chart_get_position (chart, tallest), ==, 0);
  g_assert_cmpuint (dk_bar_chart_get_position (chart, shortest), ==, 18);

  surface = render (DK_CHART (chart), &style);
  dk_bar_chart_compute_layout (chart, &style, WIDTH, HEIGHT, &l);
  assert_bar (surface, chart, &l, tallest, &style.good, &style.background);
  assert_bar (surface, chart, &l, shortest, &style.bad, &style.background);

  cx = dk_bar_layout_slot_center (&l, 0);
  y = dk_bar_layout_value_to_y (&l, 10);
  g_assert_cmpint (dk_chart_item_at (DK_CHART (chart), WIDTH, HEIGHT, cx, y), ==, (int) tallest);
  g_assert_cmpint (dk_chart_item_at (DK_CHART (chart), WIDTH, HEIGHT, 2, y), ==, -1);
  tip = dk_chart_describe_item (DK_CHART (chart), (int) tallest);
  g_assert_nonnull (strstr (tip, "KOTA PADANG PANJANG"));
  g_assert_nonnull (strstr (tip, "35,99"));
  cairo_surface_destroy (surface);
}

static void
test_empty_bar_drawn (void)
{
  g_autoptr(DkBarChart) chart = dk_bar_chart_new (DK_VALUE_COUNT, DK_BAR_STACKED, 2);
  double none[] = { 0, 0 }, some[] = { 3, 1 };
  DkChartStyle style;
  DkBarLayout l;
  cairo_surface_t *surface;
  int cx, base;
  guint hits = 0;

  dk_bar_chart_add (chart, "13.01", "PESISIR SELATAN", none, DK_BAR_NEUTRAL, NULL);
  dk_bar_chart_add (chart, "13.02", "SOLOK", some, DK_BAR_NEUTRAL, NULL);
  dk_bar_chart_set_empty_label (chart, "none");
  dk_chart_style_init (&style, FALSE);
  surface = render (DK_CHART (chart), &style);
  dk_bar_chart_compute_layout (chart, &style, WIDTH, HEIGHT, &l);

  cx = (int) dk_bar_layout_slot_center (&l, 0);
  base = (int) floor (dk_bar_layout_value_to_y (&l, 0));
  for (int dy = 2; dy < 10; dy++)
    for (int dx = -10; dx <= 10; dx++)
      hits += pixel_is (surface, cx + dx, base - dy, &style.bad);
  g_assert_cmpuint (hits, >, 20);
  /* and the other bar is stacked: series 0 at the bottom, series 1 on top */
  cx = (int) dk_bar_layout_slot_center (&l, 1);
  g_assert_true (pixel_is (surface, cx, (int) floor (dk_bar_layout_value_to_y (&l, 1.5)), &style.series[0]));
  g_assert_true (pixel_is (surface, cx, (int) floor (dk_bar_layout_value_to_y (&l, 3.5)), &style.series[1]));
  cairo_surface_destroy (surface);
}

/* Pesisir Selatan has no M2M device: its bar is a hatched stub in the warning colour with
 * a word over it, not an empty slot. */
static void
test_m2m_no_device (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkM2mTable) table = dk_m2m_table_load (store, "13", NULL, &error);
  g_autoptr(DkBarChart) chart = NULL;
  DkNumberFormat fmt;
  DkChartStyle style;
  DkBarLayout l;
  cairo_surface_t *surface;
  int cx, base;
  guint stub = 0, above = 0;

  g_assert_no_error (error);
  dk_number_format_init (&fmt, ".", ",");
  chart = dk_m2m_chart_new (table, &fmt);
  dk_chart_style_init (&style, FALSE);
  surface = render (DK_CHART (chart), &style);
  dk_bar_chart_compute_layout (chart, &style, WIDTH, HEIGHT, &l);

  /* bar 0 is Pesisir Selatan, 0 devices */
  g_assert_cmpfloat (dk_bar_chart_get_total (chart, 0), ==, 0);
  cx = (int) dk_bar_layout_slot_center (&l, dk_bar_chart_get_position (chart, 0));
  base = (int) floor (dk_bar_layout_value_to_y (&l, 0));
  for (int dx = -8; dx <= 8; dx++)
    {
      for (int dy = 2; dy < 9; dy++)
        stub += pixel_is (surface, cx + dx, base - dy, &style.bad);
      for (int dy = 12; dy < 26; dy++)       /* the word over the stub */
        above += pixel_is (surface, cx + dx, base - dy, &style.bad);
    }
  g_assert_cmpuint (stub, >, 20);
  g_assert_cmpuint (above, >, 5);

  /* Kota Padang (position 12): 1 device, inactive, all orange; Solok: 3 green under 1 orange */
  cx = (int) dk_bar_layout_slot_center (&l, 12);
  g_assert_true (pixel_is (surface, cx, (int) dk_bar_layout_value_to_y (&l, 0.5), &style.bad));
  cx = (int) dk_bar_layout_slot_center (&l, 1);
  g_assert_true (pixel_is (surface, cx, (int) dk_bar_layout_value_to_y (&l, 1.5), &style.good));
  g_assert_true (pixel_is (surface, cx, (int) dk_bar_layout_value_to_y (&l, 3.5), &style.bad));
  cairo_surface_destroy (surface);
  dk_test_rm_rf (dir);
}

static void
assert_file_starts (const char *path,
                    const char *magic,
                    gsize       min_size)
{
  g_autoptr(GBytes) bytes = dk_test_file_bytes (path);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  g_assert_cmpuint (len, >=, min_size);
  gboolean found = FALSE;

  for (gsize i = 0; i + strlen (magic) <= MIN (len, 512) && !found; i++)
    found = memcmp (data + i, magic, strlen (magic)) == 0;
  g_assert_true (found);
}

static void
test_file_formats (void)
{
  g_autoptr(DkBarChart) chart = load_ikd_chart ();
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *png = g_build_filename (dir, "ikd.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "ikd.SVG", NULL);
  g_autofree char *pdf = g_build_filename (dir, "ikd.pdf", NULL);
  g_autofree char *txt = g_build_filename (dir, "ikd.txt", NULL);
  g_autofree char *missing = g_build_filename (dir, "no", "such", "ikd.png", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) listing = NULL;
  cairo_surface_t *read_back;
  DkChartStyle style;
  guint n_files = 0;

  dk_chart_style_init (&style, FALSE);
  dk_chart_set_title (DK_CHART (chart), "IKD");
  g_assert_true (dk_chart_save (DK_CHART (chart), &style, 800, 400, png, &error));
  g_assert_no_error (error);
  g_assert_true (dk_chart_save (DK_CHART (chart), &style, 800, 400, svg, &error));
  g_assert_true (dk_chart_save (DK_CHART (chart), &style, 800, 400, pdf, &error));
  assert_file_starts (png, "\x89PNG", 5000);
  assert_file_starts (svg, "<svg", 5000);
  assert_file_starts (pdf, "%PDF", 5000);

  read_back = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (read_back), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (read_back), ==, 800);
  g_assert_cmpint (cairo_image_surface_get_height (read_back), ==, 400);
  cairo_surface_destroy (read_back);

  g_assert_false (dk_chart_save (DK_CHART (chart), &style, 800, 400, txt, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dk_chart_save (DK_CHART (chart), &style, 800, 400, missing, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_IO);

  /* nothing else was left in the folder, temporary files included */
  listing = g_dir_open (dir, 0, NULL);
  while (g_dir_read_name (listing) != NULL)
    n_files++;
  g_assert_cmpuint (n_files, ==, 3);
  dk_test_rm_rf (dir);
}

static void
test_description (void)
{
  g_autoptr(DkBarChart) chart = load_ikd_chart ();
  g_autofree char *text = dk_chart_describe (DK_CHART (chart));

  g_assert_nonnull (strstr (text, "PESISIR SELATAN"));
  g_assert_nonnull (strstr (text, "KOTA PARIAMAN"));
  g_assert_nonnull (strstr (text, "target met"));
}

static void
assert_row (DkChartTable       *table,
            const char         *label,
            const char * const *cells,
            DkChartTargetState  target)
{
  DkChartRow *row = dk_chart_table_find_row (table, label);

  g_assert_nonnull (row);
  g_assert_cmpuint (dk_chart_row_get_n_cells (row), ==, dk_chart_table_get_n_columns (table));
  for (guint c = 0; cells[c] != NULL; c++)
    g_assert_cmpstr (dk_chart_row_get_cell (row, c), ==, cells[c]);
  g_assert_cmpint (dk_chart_row_get_target_state (row), ==, target);
}

/* The table shown instead of the IKD chart: a row per bar in the order drawn, the value as
 * the bar's label writes it, and whether the region meets the target. */
static void
test_table_ikd (void)
{
  g_autoptr(DkBarChart) chart = load_ikd_chart ();
  g_autoptr(DkChartTable) table = dk_chart_to_table (DK_CHART (chart));
  g_autoptr(DkChartTable) sorted = NULL;
  g_autofree char *tooltip = NULL;
  const char *padang[] = { "KOTA PADANG", "33,84%", "Met", NULL };
  const char *pesisir[] = { "PESISIR SELATAN", "2,85%", "Not met", NULL };
  guint n_met = 0;

  g_assert_cmpuint (dk_chart_table_get_n_columns (table), ==, 3);
  g_assert_cmpstr (dk_chart_table_get_heading (table, 0), ==, "Region");
  g_assert_cmpstr (dk_chart_table_get_heading (table, 1), ==, "IKD %");
  g_assert_cmpstr (dk_chart_table_get_heading (table, 2), ==, "Target 30%");
  g_assert_cmpint (dk_chart_table_get_column_kind (table, 0), ==, DK_CHART_COLUMN_LABEL);
  g_assert_cmpint (dk_chart_table_get_column_kind (table, 1), ==, DK_CHART_COLUMN_VALUE);
  g_assert_cmpint (dk_chart_table_get_column_kind (table, 2), ==, DK_CHART_COLUMN_TARGET);
  g_assert_cmpuint (g_list_model_get_n_items (dk_chart_table_get_rows (table)), ==, 19);
  assert_row (table, "KOTA PADANG", padang, DK_CHART_TARGET_MET);
  assert_row (table, "PESISIR SELATAN", pesisir, DK_CHART_TARGET_MISSED);
  for (guint i = 0; i < 19; i++)
    {
      g_autoptr(DkChartRow) row = g_list_model_get_item (dk_chart_table_get_rows (table), i);

      n_met += dk_chart_row_get_target_state (row) == DK_CHART_TARGET_MET;
    }
  g_assert_cmpuint (n_met, ==, 2);   /* Kota Padang and Kota Padang Panjang */

  /* each row carries its bar's description, the tooltip's words */
  tooltip = dk_chart_describe_item (DK_CHART (chart),
                                    dk_chart_row_get_item (dk_chart_table_find_row (table, "KOTA PADANG")));
  g_assert_cmpstr (dk_chart_row_get_description (dk_chart_table_find_row (table, "KOTA PADANG")), ==, tooltip);

  /* the rows follow the bars' order */
  dk_bar_chart_set_sort (chart, DK_BAR_SORT_VALUE_DESC);
  sorted = dk_chart_to_table (DK_CHART (chart));
  for (guint i = 0; i < 19; i++)
    {
      g_autoptr(DkChartRow) row = g_list_model_get_item (dk_chart_table_get_rows (sorted), i);

      g_assert_cmpuint (dk_bar_chart_get_position (chart, (guint) dk_chart_row_get_item (row)), ==, i);
    }
  g_assert_cmpuint (dk_bar_chart_get_position (chart, 0), !=, 0);   /* the order did change */
}

/* Stacked bars list each series and their total; grouped ones each series; a line chart
 * each point, judged against its target by its first series. */
static void
test_table_series (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkM2mTable) m2m = dk_m2m_table_load (store, "13", NULL, &error);
  g_autoptr(DkBudgetTable) budget = dk_budget_table_load (store, 2025, NULL, 0, 0, &error);
  g_autoptr(DkBarChart) stacked = NULL, grouped = NULL;
  g_autoptr(DkLineChart) line = dk_line_chart_new (DK_VALUE_PERCENT, 2);
  g_autoptr(DkChartTable) table = NULL;
  const char *solok[] = { "SOLOK", "3", "1", "4", NULL };
  const char *june[] = { "June", "31,00%", "12,00%", "Met", NULL };
  const char *may[] = { "May", "29,99%", "40,00%", "Not met", NULL };
  const double v1[] = { 29.99, 40 }, v2[] = { 31, 12 };
  g_autoptr(DkChartRow) row = NULL;
  DkNumberFormat fmt;

  g_assert_no_error (error);
  dk_number_format_init (&fmt, ".", ",");

  stacked = dk_m2m_chart_new (m2m, &fmt);
  table = dk_chart_to_table (DK_CHART (stacked));
  g_assert_cmpuint (dk_chart_table_get_n_columns (table), ==, 4);
  g_assert_cmpstr (dk_chart_table_get_heading (table, 1), ==, "Active");
  g_assert_cmpstr (dk_chart_table_get_heading (table, 2), ==, "Inactive");
  g_assert_cmpstr (dk_chart_table_get_heading (table, 3), ==, "Total");
  g_assert_cmpuint (g_list_model_get_n_items (dk_chart_table_get_rows (table)), ==, 19);
  assert_row (table, "SOLOK", solok, DK_CHART_TARGET_NONE);
  g_clear_object (&table);

  grouped = dk_budget_chart_new (budget, 3, &fmt);
  table = dk_chart_to_table (DK_CHART (grouped));
  g_assert_cmpuint (dk_chart_table_get_n_columns (table), ==, 3);
  g_assert_cmpstr (dk_chart_table_get_heading (table, 0), ==, "Account Code");
  row = g_list_model_get_item (dk_chart_table_get_rows (table), 0);
  g_assert_cmpstr (dk_chart_row_get_cell (row, 1), ==, "Rp 9.597.000");
  g_assert_cmpstr (dk_chart_row_get_cell (row, 2), ==, "Rp 9.568.000");
  g_clear_object (&table);

  dk_chart_set_number_format (DK_CHART (line), &fmt);
  dk_line_chart_set_series_name (line, 0, "Coverage");
  dk_line_chart_set_target (line, 30, "Target 30%");
  dk_line_chart_add_point (line, 2, "June", v2, NULL);
  dk_line_chart_add_point (line, 1, "May", v1, NULL);
  table = dk_chart_to_table (DK_CHART (line));
  g_assert_cmpstr (dk_chart_table_get_heading (table, 0), ==, "Item");
  g_assert_cmpstr (dk_chart_table_get_heading (table, 1), ==, "Coverage");
  g_assert_cmpstr (dk_chart_table_get_heading (table, 2), ==, "Value");
  g_assert_cmpstr (dk_chart_table_get_heading (table, 3), ==, "Target 30%");
  g_clear_object (&row);
  row = g_list_model_get_item (dk_chart_table_get_rows (table), 0);
  g_assert_cmpstr (dk_chart_row_get_label (row), ==, "May");
  assert_row (table, "May", may, DK_CHART_TARGET_MISSED);
  assert_row (table, "June", june, DK_CHART_TARGET_MET);
  dk_test_rm_rf (dir);
}

static double
luminance (const DkRgba *c)
{
  double rgb[3] = { c->red, c->green, c->blue }, l[3];

  for (guint i = 0; i < 3; i++)
    l[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
}

static double
contrast (const DkRgba *a,
          const DkRgba *b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* High contrast: every colour reads at 4.5:1 on its background, and the bars carry an
 * outline in the text colour that the ordinary style does not draw. */
static void
test_high_contrast (void)
{
  g_autoptr(DkBarChart) chart = load_ikd_chart ();
  guint tallest = find_extreme (chart, TRUE);

  for (int dark = 0; dark <= 1; dark++)
    {
      DkChartStyle style, hc;
      const DkRgba *colors[] = { &hc.good, &hc.bad, &hc.series[0], &hc.series[1], &hc.series[2],
                                 &hc.series[3], &hc.target };
      cairo_surface_t *plain, *outlined;
      DkBarLayout l;
      int x0, mid;

      dk_chart_style_init (&style, dark);
      hc = style;
      dk_chart_style_set_high_contrast (&hc, dark);
      for (guint i = 0; i < G_N_ELEMENTS (colors); i++)
        g_assert_cmpfloat (contrast (colors[i], &hc.background), >=, 4.5);
      g_assert_cmpfloat (contrast (&hc.foreground, &hc.background), >=, 15);
      g_assert_cmpfloat (hc.grid.alpha, >, style.grid.alpha);
      g_assert_cmpfloat (hc.line_width, >, style.line_width);
      g_assert_cmpfloat (style.outline_width, ==, 0);

      plain = render (DK_CHART (chart), &style);
      outlined = render (DK_CHART (chart), &hc);
      dk_bar_chart_compute_layout (chart, &hc, WIDTH, HEIGHT, &l);
      x0 = (int) round (dk_bar_layout_slot_center (&l, dk_bar_chart_get_position (chart, tallest)) - l.bar_width / 2);
      mid = (int) ((dk_bar_layout_value_to_y (&l, dk_bar_chart_get_total (chart, tallest)) +
                    dk_bar_layout_value_to_y (&l, 0)) / 2);
      g_assert_true (pixel_is (plain, x0, mid, &style.good));
      g_assert_true (pixel_is (outlined, x0, mid, &hc.foreground));
      g_assert_true (pixel_is (outlined, x0 + 1, mid, &hc.foreground));
      g_assert_true (pixel_is (outlined, x0 + 4, mid, &hc.good));
      cairo_surface_destroy (plain);
      cairo_surface_destroy (outlined);
    }
}

/* Budget and realisation side by side, each bar as tall as its rupiah: the report's two
 * spending groups (depth 3), and the monthly curve over twelve months. */
static void
test_budget_geometry (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBudgetTable) table = dk_budget_table_load (store, 2025, NULL, 0, 0, &error);
  g_autoptr(DkBarChart) chart = NULL;
  g_autoptr(DkLineChart) monthly = NULL;
  const double values[2][2] = { { 9597000, 9568000 }, { 6300000, 6300000 } };
  cairo_surface_t *surface;
  DkChartStyle style;
  DkNumberFormat fmt;
  DkBarLayout l;

  g_assert_no_error (error);
  dk_number_format_init (&fmt, ".", ",");
  dk_chart_style_init (&style, FALSE);
  chart = dk_budget_chart_new (table, 3, &fmt);
  g_assert_cmpuint (dk_bar_chart_get_n_bars (chart), ==, 2);
  surface = render (DK_CHART (chart), &style);
  dk_bar_chart_compute_layout (chart, &style, WIDTH, HEIGHT, &l);
  g_assert_cmpfloat (l.scale.max, >=, 9597000);
  for (guint bar = 0; bar < 2; bar++)
    for (guint s = 0; s < 2; s++)
      {
        const DkRgba *color = s == 0 ? &style.series[0] : &style.good;
        double cx = dk_bar_layout_slot_center (&l, dk_bar_chart_get_position (chart, bar));
        int x = (int) (cx - l.bar_width + l.bar_width * (s + 0.5));
        double top = dk_bar_layout_value_to_y (&l, values[bar][s]);

        g_assert_true (pixel_is (surface, x, (int) ceil (top) + 1, color));
        g_assert_true (pixel_is (surface, x, (int) floor (dk_bar_layout_value_to_y (&l, 0)) - 2, color));
        g_assert_false (pixel_is (surface, x, (int) floor (top) - 3, color));
      }
  cairo_surface_destroy (surface);

  /* a depth the table does not reach draws its deepest lines, the leaves */
  g_clear_object (&chart);
  chart = dk_budget_chart_new (table, 9, &fmt);
  g_assert_cmpuint (dk_bar_chart_get_n_bars (chart), ==, 2);

  monthly = dk_budget_monthly_chart_new (table, &fmt);
  g_assert_cmpuint (dk_line_chart_get_n_points (monthly), ==, 12);
  dk_test_rm_rf (dir);
}

static DkPksAgreement *
pks_agreement (const char  *lembaga,
               const char  *from,
               const char  *to,
               DkPksStatus  status)
{
  DkPksAgreement *a = g_new0 (DkPksAgreement, 1);

  a->lembaga = g_strdup (lembaga);
  a->nomor = g_strdup ("470/1");
  g_strlcpy (a->ditandatangani, from, sizeof a->ditandatangani);
  g_strlcpy (a->berakhir, to, sizeof a->berakhir);
  g_strlcpy (a->as_of, "2025-04-14", sizeof a->as_of);
  a->status = status;
  a->days_left = dk_pks_days_between (a->as_of, to);
  return a;
}

/* The bounding box of the runs of a colour wider than 40 pixels: bars, not swatches. */
static gboolean
color_box (cairo_surface_t *surface,
           const DkRgba    *color,
           int              box[4])
{
  box[0] = box[1] = G_MAXINT;
  box[2] = box[3] = -1;
  for (int y = 0; y < HEIGHT; y++)
    for (int x = 0, run = 0; x < WIDTH; x++)
      {
        run = pixel_is (surface, x, y, color) ? run + 1 : 0;
        if (run <= 40)
          continue;
        box[0] = MIN (box[0], x - run + 1);
        box[1] = MIN (box[1], y);
        box[2] = MAX (box[2], x);
        box[3] = MAX (box[3], y);
      }
  return box[2] >= 0;
}

/* The terms' time line: each bar on its row, in time order, coloured by what it needs. */
static void
test_pks_timeline (void)
{
  g_autoptr(GPtrArray) agreements = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_pks_agreement_free);
  g_autoptr(DkPksChart) chart = NULL;
  DkNumberFormat fmt;
  DkChartStyle style;
  cairo_surface_t *surface;
  int past[4], current[4];

  g_ptr_array_add (agreements, pks_agreement ("Bank Nagari", "2023-01-01", "2024-12-31",
                                              DK_PKS_STATUS_MUST_SWITCH_OFF));
  g_ptr_array_add (agreements, pks_agreement ("BPJS", "2025-01-01", "2026-12-31", DK_PKS_STATUS_ACTIVE));
  dk_number_format_init (&fmt, ".", ",");
  dk_chart_style_init (&style, FALSE);
  chart = dk_pks_chart_new (agreements, &fmt);
  g_assert_cmpuint (dk_pks_chart_get_n_items (chart), ==, 2);
  surface = render (DK_CHART (chart), &style);
  /* the legend's swatches are small: the bars are the wide runs */
  g_assert_true (color_box (surface, &style.series[2], past));
  g_assert_true (color_box (surface, &style.good, current));
  g_assert_cmpint (past[2] - past[0], >, WIDTH / 5);
  g_assert_cmpint (current[2] - current[0], >, WIDTH / 5);
  /* the first agreement's term is left of the second's, and on the row above */
  g_assert_cmpint (past[2], <, current[0] + 4);
  g_assert_cmpint (past[3], <, current[3]);
  /* hovering the first bar finds the first agreement */
  g_assert_cmpint (dk_chart_item_at (DK_CHART (chart), WIDTH, HEIGHT, (past[0] + past[2]) / 2.0, past[3] - 2), ==, 0);
  {
    g_autofree char *description = dk_chart_describe_item (DK_CHART (chart), 0);

    g_assert_nonnull (strstr (description, "Bank Nagari"));
  }
  cairo_surface_destroy (surface);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dk/chart/scale", test_scale);
  g_test_add_func ("/dk/chart/ikd-geometry", test_ikd_geometry);
  g_test_add_func ("/dk/chart/sort-and-hit", test_sort_and_hit);
  g_test_add_func ("/dk/chart/empty-bar-drawn", test_empty_bar_drawn);
  g_test_add_func ("/dk/chart/m2m-no-device", test_m2m_no_device);
  g_test_add_func ("/dk/chart/file-formats", test_file_formats);
  g_test_add_func ("/dk/chart/description", test_description);
  g_test_add_func ("/dk/chart/budget-geometry", test_budget_geometry);
  g_test_add_func ("/dk/chart/table-ikd", test_table_ikd);
  g_test_add_func ("/dk/chart/high-contrast", test_high_contrast);
  g_test_add_func ("/dk/chart/table-series", test_table_series);
  g_test_add_func ("/dk/chart/pks-timeline", test_pks_timeline);
  return g_test_run ();
}
