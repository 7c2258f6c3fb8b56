/* bench-map.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The national map of the 514 kabupaten/kota (generated classes) drawn at 1200 × 800 to
 * an image surface, the region under the pointer found at random points, and the memory
 * the boundaries take. Prints the medians (and the slowest lookup).
 * Usage: bench-map [RUNS [OUT.png]]
 */
#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "dk-map-chart.h"

static int
compare_double (const void *a,
                const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

/* kB of resident memory, from /proc */
static long
rss_kb (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) || !(line = strstr (status, "VmRSS:")))
    return -1;
  return atol (line + 6);
}

int
main (int    argc,
      char **argv)
{
  static const char *names[] = { "far", "low", "near", "met" };
  guint runs = argc > 1 ? (guint) atoi (argv[1]) : 51, seed = 20240501, n_lookups = 2000;
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBoundaries) boundaries = NULL;
  g_autoptr(DkMapChart) chart = NULL;
  g_autoptr(GPtrArray) shapes = NULL;
  g_autofree double *times = g_new (double, MAX (runs, n_lookups));
  long before = rss_kb (), after;
  double max = 0;
  DkChartStyle style;
  cairo_surface_t *surface;
  gint64 t0;

  t0 = g_get_monotonic_time ();
  boundaries = dk_boundaries_new (&error);
  g_assert_no_error (error);
  after = rss_kb ();
  g_print ("load: %.1f ms, boundaries %.1f MiB counted, resident +%.1f MiB\n",
           (g_get_monotonic_time () - t0) / 1000.0, dk_boundaries_get_size (boundaries) / 1048576.0,
           (after - before) / 1024.0);

  chart = dk_map_chart_new (boundaries);
  dk_map_chart_set_classes (chart, 4, names);
  shapes = dk_boundaries_list (boundaries, DK_REGION_LEVEL_KABKOTA);
  for (guint i = 0; i < shapes->len; i++)
    {
      const DkShape *shape = shapes->pdata[i];

      seed = seed * 1103515245 + 12345;
      dk_map_chart_add (chart, shape->kode, shape->nama, (int) ((seed >> 8) % 5) - 1, NULL,
                        DK_CHART_TARGET_NONE, NULL);
    }
  g_assert_cmpuint (dk_map_chart_get_n_shapes (chart), ==, 514);
  dk_chart_style_init (&style, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1200, 800);
  for (guint r = 0; r < runs; r++)
    {
      cairo_t *cr = cairo_create (surface);

      t0 = g_get_monotonic_time ();
      dk_cairo_set_source_rgba (cr, &style.background);
      cairo_paint (cr);
      dk_chart_draw (DK_CHART (chart), cr, &style, 1200, 800);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      times[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  qsort (times, runs, sizeof (double), compare_double);
  g_print ("draw 514 kabupaten/kota at 1200x800: median %.2f ms (min %.2f, max %.2f) over %u runs\n",
           times[runs / 2], times[0], times[runs - 1], runs);
  if (argc > 2)
    cairo_surface_write_to_png (surface, argv[2]);
  cairo_surface_destroy (surface);

  for (guint i = 0; i < n_lookups; i++)
    {
      double x, y;

      seed = seed * 1103515245 + 12345;
      x = (seed >> 8) % 1200;
      seed = seed * 1103515245 + 12345;
      y = (seed >> 8) % 800;
      t0 = g_get_monotonic_time ();
      (void) dk_chart_item_at (DK_CHART (chart), 1200, 800, x, y);
      times[i] = (g_get_monotonic_time () - t0) / 1000.0;
      max = MAX (max, times[i]);
    }
  qsort (times, n_lookups, sizeof (double), compare_double);
  g_print ("region under the pointer: median %.3f ms, 99th percentile %.3f ms, max %.3f ms over %u points\n",
           times[n_lookups / 2], times[n_lookups * 99 / 100], max, n_lookups);
  return 0;
}
