/* test-map.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The shipped boundaries against the registry, and the map checked by pixels where the
 * geography says a region must be: a point well inside Kota Padang has Padang's colour,
 * a point of Bukittinggi is not Agam's (the even-odd rule keeps the enclave a hole).
 */
#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "dk-boundary.h"
#include "dk-chart-table.h"
#include "dk-ikd-chart.h"
#include "dk-ikd-map.h"
#include "dk-map-chart.h"

#define WIDTH 800
#define HEIGHT 600

/* well inside each: Padang's centre east of the coast, Bukittinggi's centre */
#define PADANG_LON 100.40
#define PADANG_LAT -0.90
#define BUKITTINGGI_LON 100.372
#define BUKITTINGGI_LAT -0.302

static DkBoundaries *boundaries;

/* The codes of data/seed/wilayah.csv, read by hand: g_strsplit() on the 3 MB file is
 * quadratic under AddressSanitizer, whose strstr() measures the rest of the text. */
static GHashTable *
read_registry (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "seed", "wilayah.csv", NULL);
  g_autofree char *text = NULL;
  GHashTable *codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *p, *end;
  gsize length;

  g_assert_true (g_file_get_contents (path, &text, &length, NULL));
  end = text + length;
  for (p = text; p < end && *p != '\n'; p++)   /* the heading */
    ;
  while (p < end)
    {
      const char *start = ++p;

      while (p < end && *p != ',' && *p != '\n')
        p++;
      if (p > start)
        g_hash_table_add (codes, g_strndup (start, p - start));
      while (p < end && *p != '\n')
        p++;
    }
  return codes;
}

static void
test_registry (void)
{
  g_autoptr(GHashTable) registry = read_registry ();
  GHashTableIter iter;
  gpointer key;
  guint n[3] = { 0 };

  /* every province and kabupaten/kota of the registry, every kecamatan of 13 */
  g_hash_table_iter_init (&iter, registry);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      DkRegionLevel level = dk_region_level_of_code (key);

      if (level == DK_REGION_LEVEL_DESA || (level == DK_REGION_LEVEL_KECAMATAN && !g_str_has_prefix (key, "13.")))
        {
          g_assert_false (level == DK_REGION_LEVEL_KECAMATAN && dk_boundaries_level_mapped (boundaries, key));
          continue;
        }
      g_assert_true (dk_boundaries_level_mapped (boundaries, key));
      if (dk_boundaries_lookup (boundaries, key) == NULL)
        g_error ("%s has no shape", (char *) key);
      n[level]++;
    }
  g_assert_cmpuint (n[0], ==, 38);
  g_assert_cmpuint (n[1], ==, 514);
  g_assert_cmpuint (n[2], ==, 179);

  /* and no shape without a region */
  for (DkRegionLevel level = DK_REGION_LEVEL_PROVINSI; level <= DK_REGION_LEVEL_KECAMATAN; level++)
    {
      g_autoptr(GPtrArray) shapes = dk_boundaries_list (boundaries, level);

      g_assert_cmpuint (shapes->len, ==, n[level]);
      for (guint i = 0; i < shapes->len; i++)
        g_assert_true (g_hash_table_contains (registry, ((DkShape *) shapes->pdata[i])->kode));
    }
}

static void
test_contains (void)
{
  const DkShape *padang = dk_boundaries_lookup (boundaries, "13.71");
  const DkShape *agam = dk_boundaries_lookup (boundaries, "13.06");
  const DkShape *bukittinggi = dk_boundaries_lookup (boundaries, "13.75");
  double x, y;

  g_assert_nonnull (padang);
  dk_project (PADANG_LON, PADANG_LAT, &x, &y);
  g_assert_true (dk_shape_contains (padang, x, y));
  g_assert_false (dk_shape_contains (agam, x, y));
  dk_project (BUKITTINGGI_LON, BUKITTINGGI_LAT, &x, &y);
  g_assert_true (dk_shape_contains (bukittinggi, x, y));
  g_assert_false (dk_shape_contains (agam, x, y));   /* the enclave is a hole in Agam */
  /* on both sides of the equator: Kota Medan at 3.6° N, Kota Pontianak at 0.03° S */
  dk_project (98.67, 3.59, &x, &y);
  g_assert_true (dk_shape_contains (dk_boundaries_lookup (boundaries, "12.71"), x, y));
  g_assert_true (dk_shape_contains (dk_boundaries_lookup (boundaries, "12"), x, y));
  dk_project (109.33, -0.03, &x, &y);
  g_assert_true (dk_shape_contains (dk_boundaries_lookup (boundaries, "61.71"), x, y));
  /* the memory budget of the benchmark, checked here too */
  g_assert_cmpuint (dk_boundaries_get_size (boundaries), <, 20 * 1024 * 1024);
}

/* Kota Padang met, Agam far, Bukittinggi near the target; the others low. */
static DkMapChart *
sumbar_map (int *padang,
            int *bukittinggi)
{
  static const char *names[] = { "far", "low", "near", "met" };
  g_autoptr(GPtrArray) shapes = dk_boundaries_list (boundaries, DK_REGION_LEVEL_KABKOTA);
  DkMapChart *chart = dk_map_chart_new (boundaries);

  dk_map_chart_set_classes (chart, 4, names);
  for (guint i = 0; i < shapes->len; i++)
    {
      const DkShape *shape = shapes->pdata[i];
      int klass = g_str_equal (shape->kode, "13.71") ? 3 : g_str_equal (shape->kode, "13.06") ? 0
                : g_str_equal (shape->kode, "13.75") ? 2 : 1;

      int item;

      if (!g_str_has_prefix (shape->kode, "13."))
        continue;
      item = (int) dk_map_chart_add (chart, shape->kode, shape->nama, klass, NULL, DK_CHART_TARGET_NONE, shape->nama);
      if (g_str_equal (shape->kode, "13.71"))
        *padang = item;
      if (g_str_equal (shape->kode, "13.75"))
        *bukittinggi = item;
    }
  return chart;
}

static void
assert_pixel (cairo_surface_t *surface,
              double           x,
              double           y,
              const DkRgba    *expected,
              gboolean         equal)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  const guint8 *p = data + (int) y * cairo_image_surface_get_stride (surface) + (int) x * 4;
  int r = p[2], g = p[1], b = p[0];
  gboolean same = abs (r - (int) round (expected->red * 255)) <= 2 &&
                  abs (g - (int) round (expected->green * 255)) <= 2 &&
                  abs (b - (int) round (expected->blue * 255)) <= 2;

  if (same != equal)
    g_error ("pixel (%.0f, %.0f) is #%02x%02x%02x, %s #%02x%02x%02x", x, y, r, g, b,
             equal ? "expected" : "not expected", (int) round (expected->red * 255),
             (int) round (expected->green * 255), (int) round (expected->blue * 255));
}

static void
test_pixels (gconstpointer data)
{
  gboolean dark = GPOINTER_TO_INT (data) & 1, high_contrast = GPOINTER_TO_INT (data) & 2;
  int padang = -1, bukittinggi = -1;
  g_autoptr(DkMapChart) chart = sumbar_map (&padang, &bukittinggi);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  DkChartStyle style;
  DkMapLayout layout;
  double x, y;

  dk_chart_style_init (&style, dark);
  if (high_contrast)
    dk_chart_style_set_high_contrast (&style, dark);
  dk_cairo_set_source_rgba (cr, &style.background);
  cairo_paint (cr);
  dk_chart_draw (DK_CHART (chart), cr, &style, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  dk_map_chart_compute_layout (chart, &style, WIDTH, HEIGHT, &layout);

  dk_map_layout_to_screen (&layout, PADANG_LON, PADANG_LAT, &x, &y);
  assert_pixel (surface, x, y, &style.classes[3], TRUE);
  g_assert_cmpint (dk_chart_item_at (DK_CHART (chart), WIDTH, HEIGHT, x, y), ==, padang);
  dk_map_layout_to_screen (&layout, BUKITTINGGI_LON, BUKITTINGGI_LAT, &x, &y);
  assert_pixel (surface, x, y, &style.classes[0], FALSE);
  assert_pixel (surface, x, y, &style.classes[2], TRUE);
  g_assert_cmpint (dk_chart_item_at (DK_CHART (chart), WIDTH, HEIGHT, x, y), ==, bukittinggi);
  /* the sea west of Padang is no region */
  dk_map_layout_to_screen (&layout, 100.0, -1.2, &x, &y);
  g_assert_cmpint (dk_chart_item_at (DK_CHART (chart), WIDTH, HEIGHT, x, y), ==, -1);
  cairo_surface_destroy (surface);
}

/* An enclave of the same class as the region around it is filled, not left a hole: the
 * regions of a class are filled together. */
static void
test_enclave_same_class (void)
{
  static const char *names[] = { "far", "low", "near", "met" };
  g_autoptr(DkMapChart) chart = dk_map_chart_new (boundaries);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t *cr = cairo_create (surface);
  DkChartStyle style;
  DkMapLayout layout;
  double x, y;

  dk_map_chart_set_classes (chart, 4, names);
  dk_map_chart_add (chart, "13.06", "AGAM", 1, NULL, DK_CHART_TARGET_NONE, NULL);
  dk_map_chart_add (chart, "13.75", "BUKITTINGGI", 1, NULL, DK_CHART_TARGET_NONE, NULL);
  dk_chart_style_init (&style, FALSE);
  dk_cairo_set_source_rgba (cr, &style.background);
  cairo_paint (cr);
  dk_chart_draw (DK_CHART (chart), cr, &style, WIDTH, HEIGHT);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  dk_map_chart_compute_layout (chart, &style, WIDTH, HEIGHT, &layout);
  dk_map_layout_to_screen (&layout, BUKITTINGGI_LON, BUKITTINGGI_LAT, &x, &y);
  assert_pixel (surface, x, y, &style.classes[1], TRUE);
  g_assert_cmpint (dk_chart_item_at (DK_CHART (chart), WIDTH, HEIGHT, x, y), ==, 1);
  cairo_surface_destroy (surface);
}

static void
test_files (void)
{
  int padang = -1, bukittinggi = -1;
  g_autoptr(DkMapChart) chart = sumbar_map (&padang, &bukittinggi);
  g_autofree char *dir = g_dir_make_tmp ("dk-map-XXXXXX", NULL);
  const char *names[] = { "map.svg", "map.pdf", "map.png" };
  const char *magic[] = { "<?xml", "%PDF", "\x89PNG" };
  DkChartStyle style;

  dk_chart_style_init (&style, FALSE);
  dk_chart_set_title (DK_CHART (chart), "Sumatera Barat");
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      gsize length;

      g_assert_true (dk_chart_save (DK_CHART (chart), &style, WIDTH, HEIGHT, path, &error));
      g_assert_no_error (error);
      g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
      g_assert_cmpuint (length, >, 10000);
      g_assert_true (g_str_has_prefix (contents, magic[i]));
      g_remove (path);
    }
  g_rmdir (dir);
}

/* A level without shapes says so, draws no region and has a table still. */
static void
test_no_shapes (void)
{
  static const char *names[] = { "a", "b" };
  g_autoptr(DkMapChart) chart = dk_map_chart_new (boundaries);
  g_autoptr(DkChartTable) table = NULL;
  g_autofree char *summary = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  DkChartStyle style;

  dk_map_chart_set_classes (chart, 2, names);
  dk_map_chart_add (chart, "13.71.01.1001", "Desa", 1, "1", DK_CHART_TARGET_MET, NULL);
  dk_map_chart_set_empty_label (chart, "No boundaries");
  dk_chart_style_init (&style, FALSE);
  dk_chart_draw (DK_CHART (chart), cr, &style, 400, 300);
  g_assert_cmpuint (dk_map_chart_get_n_shapes (chart), ==, 0);
  g_assert_cmpint (dk_chart_item_at (DK_CHART (chart), 400, 300, 200, 150), ==, -1);
  summary = dk_chart_describe (DK_CHART (chart));
  g_assert_nonnull (strstr (summary, "No boundaries"));
  table = dk_chart_to_table (DK_CHART (chart));
  g_assert_cmpuint (g_list_model_get_n_items (dk_chart_table_get_rows (table)), ==, 1);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The keyboard goes from region to region by direction. */
static void
test_next_item (void)
{
  int padang = -1, bukittinggi = -1;
  g_autoptr(DkMapChart) chart = sumbar_map (&padang, &bukittinggi);
  int north = dk_map_chart_next_item (chart, padang, 0, -1);

  g_assert_cmpint (dk_map_chart_next_item (chart, -1, 1, 0), >=, 0);
  g_assert_cmpint (north, !=, padang);
  g_assert_cmpint (north, >=, 0);
  /* going north from Padang and back south does not stay in place */
  g_assert_cmpint (dk_map_chart_next_item (chart, north, 0, 1), !=, north);
  g_assert_cmpint (dk_ikd_map_class (100, 999, 3000), ==, 0);
  g_assert_cmpint (dk_ikd_map_class (100, 1000, 3000), ==, 1);
  g_assert_cmpint (dk_ikd_map_class (100, 2000, 3000), ==, 2);
  g_assert_cmpint (dk_ikd_map_class (100, 3000, 3000), ==, 3);
  g_assert_cmpint (dk_ikd_map_class (0, 0, 3000), ==, -1);
}

/* Pixels of exactly @color on every page of @doc, printed on A4. */
static guint
count_on_pages (DkPrintDoc   *doc,
                const DkRgba *color,
                const char   *save_as)
{
  guint n_pages = dk_print_doc_paginate (doc, 595, 842), count = 0;
  guint8 r = (guint8) round (color->red * 255), g = (guint8) round (color->green * 255), b = (guint8) round (color->blue * 255);

  for (guint page = 0; page < n_pages; page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 595, 842);
      cairo_t *cr = cairo_create (surface);
      const guint8 *data;
      int stride;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      dk_print_doc_draw_page (doc, cr, page, 595, 842);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      data = cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface);
      for (int y = 0; y < 842; y++)
        for (int x = 0; x < 595; x++)
          {
            const guint8 *p = data + y * stride + x * 4;

            count += p[2] == r && p[1] == g && p[0] == b;
          }
      if (save_as != NULL && g_getenv ("DK_MAP_TEST_OUT") != NULL)
        {
          g_autofree char *name = g_strdup_printf ("%s-%u.png", save_as, page + 1);
          g_autofree char *path = g_build_filename (g_getenv ("DK_MAP_TEST_OUT"), name, NULL);

          cairo_surface_write_to_png (surface, path);
        }
      cairo_surface_destroy (surface);
    }
  return count;
}

/* The printed IKD dashboard carries the map: its far-from-target class colour (used by
 * nothing else on the page) covers the regions; without boundaries, no map. */
static void
test_print (void)
{
  g_autoptr(GPtrArray) shapes = dk_boundaries_list (boundaries, DK_REGION_LEVEL_KABKOTA);
  g_autoptr(GListStore) rows = g_list_store_new (DK_TYPE_IKD_ROW);
  g_autoptr(DkIkdTable) table = NULL;
  g_autoptr(DkPrintDoc) with_map = NULL, without = NULL;
  DkNumberFormat fmt;
  DkChartStyle style;
  guint number = 0;

  for (guint i = 0; i < shapes->len; i++)
    {
      const DkShape *shape = shapes->pdata[i];
      g_autoptr(DkIkdRow) row = NULL;

      if (!g_str_has_prefix (shape->kode, "13."))
        continue;
      number++;
      row = dk_ikd_row_new (number, shape->kode, shape->nama, 100000, number % 2 ? 5000 : 35000, 3000);
      g_list_store_append (rows, row);
    }
  table = dk_ikd_table_new ("13", "SUMATERA BARAT", "2025-12-31", 3000, G_LIST_MODEL (rows));
  dk_number_format_init_plain (&fmt);
  dk_chart_style_init (&style, FALSE);
  with_map = dk_ikd_print_doc_new_with_map (table, NULL, DK_BAR_SORT_KEY, boundaries, &fmt);
  without = dk_ikd_print_doc_new (table, NULL, DK_BAR_SORT_KEY, &fmt);
  g_assert_cmpuint (count_on_pages (with_map, &style.classes[0], "print-map"), >, 2000);
  g_assert_cmpuint (count_on_pages (without, &style.classes[0], NULL), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  int status;

  g_test_init (&argc, &argv, NULL);
  boundaries = dk_boundaries_new (&error);
  g_assert_no_error (error);
  g_test_add_func ("/dk/map/registry", test_registry);
  g_test_add_func ("/dk/map/contains", test_contains);
  g_test_add_data_func ("/dk/map/pixels/light", GINT_TO_POINTER (0), test_pixels);
  g_test_add_data_func ("/dk/map/pixels/dark", GINT_TO_POINTER (1), test_pixels);
  g_test_add_data_func ("/dk/map/pixels/high-contrast", GINT_TO_POINTER (2), test_pixels);
  g_test_add_func ("/dk/map/pixels/enclave-same-class", test_enclave_same_class);
  g_test_add_func ("/dk/map/files", test_files);
  g_test_add_func ("/dk/map/no-shapes", test_no_shapes);
  g_test_add_func ("/dk/map/next-item", test_next_item);
  g_test_add_func ("/dk/map/print", test_print);
  status = g_test_run ();
  g_object_unref (boundaries);
  return status;
}
