/* bench-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Renders the IKD bar chart of 514 kabupaten/kota (every one of Indonesia, with generated
 * figures) to an image surface, many times, and prints the median time of one rendering.
 * Usage: bench-chart WILAYAH.CSV [RUNS [OUT.png]]
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dk-bar-chart.h"
#include "dk-csv.h"

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(DkBarChart) chart = dk_bar_chart_new (DK_VALUE_PERCENT, DK_BAR_STACKED, 1);
  g_autofree char *data = NULL;
  g_autofree double *times = NULL;
  guint runs = argc > 2 ? (guint) atoi (argv[2]) : 101, seed = 20240501;
  double width, height = 480;
  gsize len;
  DkChartStyle style;
  cairo_surface_t *surface;

  if (argc < 2 || !g_file_get_contents (argv[1], &data, &len, &error))
    {
      g_printerr ("usage: bench-chart WILAYAH.CSV [RUNS]%s%s\n", error ? ": " : "", error ? error->message : "");
      return 2;
    }
  records = dk_csv_parse (data, len, ',', &error);
  g_assert_no_error (error);

  for (guint i = 1; i < records->len; i++)
    {
      DkCsvRecord *r = g_ptr_array_index (records, i);
      double value;

      if (!g_str_equal (r->fields[2], "kabkota"))
        continue;
      seed = seed * 1103515245 + 12345;
      value = (seed >> 8) % 4500 / 100.0;
      dk_bar_chart_add (chart, r->fields[0], r->fields[1], &value,
                        value >= 30 ? DK_BAR_GOOD : DK_BAR_BAD, NULL);
    }
  g_assert_cmpuint (dk_bar_chart_get_n_bars (chart), ==, 514);
  dk_bar_chart_set_target (chart, 30, "Target 30 %");
  dk_bar_chart_set_status_names (chart, "Target met", "Below target");

  /* the size the window gives it: every bar legible, in a horizontally scrolled view */
  width = dk_chart_get_min_width (DK_CHART (chart));
  dk_chart_style_init (&style, FALSE);
  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);
  times = g_new (double, runs);
  for (guint i = 0; i < runs + 1; i++)
    {
      cairo_t *cr = cairo_create (surface);
      gint64 t0;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      t0 = g_get_monotonic_time ();
      dk_chart_draw (DK_CHART (chart), cr, &style, width, height);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      if (i > 0)   /* the first run warms the font caches */
        times[i - 1] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  qsort (times, runs, sizeof (double), compare_double);
  g_print ("bars %u size %.0fx%.0f runs %u min %.3f median %.3f max %.3f ms\n",
           dk_bar_chart_get_n_bars (chart), width, height, runs, times[0], times[runs / 2], times[runs - 1]);
  if (argc > 3)
    cairo_surface_write_to_png (surface, argv[3]);
  cairo_surface_destroy (surface);
  return 0;
}
