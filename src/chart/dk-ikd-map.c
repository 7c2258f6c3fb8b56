/* dk-ikd-map.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The IKD coverage map: each region filled by its coverage in fixed classes anchored on
 * the target (with the national 30 %: below 10 %, 10–20 %, 20–30 %, 30 % and over), so that
 * two maps of different dates or regions read alike.
 */
#define G_LOG_DOMAIN "dk-ikd-map"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-ikd-chart.h"
#include "dk-error.h"
#include "dk-ikd-map.h"

/**
 * dk_ikd_map_class:
 *
 * Returns: the class of a coverage: 0 below a third of the target, 1 below two thirds,
 *   2 below the target, 3 meeting it; -1 for a region without figures
 */
int
dk_ikd_map_class (gint64 rekam_dinamis,
                  int    persen_bp,
                  int    target_bp)
{
  if (rekam_dinamis <= 0)
    return -1;
  if (persen_bp >= target_bp)
    return 3;
  if (3 * (gint64) persen_bp >= 2 * (gint64) target_bp)
    return 2;
  if (3 * (gint64) persen_bp >= target_bp)
    return 1;
  return 0;
}

static void
set_classes (DkMapChart           *chart,
             const DkNumberFormat *format,
             int                   target_bp)
{
  g_autofree char *third = dk_format_percent_short (format, target_bp / 3);
  g_autofree char *two_thirds = dk_format_percent_short (format, 2 * target_bp / 3);
  g_autofree char *target = dk_format_percent_short (format, target_bp);
  char *names[4];

  /* Translators: map classes of IKD coverage; %s are percentages such as "10 %" */
  names[0] = g_strdup_printf (_("Below %s"), third);
  names[1] = g_strdup_printf (_("%s to %s"), third, two_thirds);
  names[2] = g_strdup_printf (_("%s to %s"), two_thirds, target);
  names[3] = g_strdup_printf (_("%s and over"), target);
  dk_map_chart_set_classes (chart, 4, (const char * const *) names);
  for (guint i = 0; i < 4; i++)
    g_free (names[i]);
}

/* The regions of the level with a shape but no figures, hatched, after the rows. */
static void
add_missing (DkMapChart           *chart,
             DkBoundaries         *boundaries,
             DkIkdTable           *table,
             const DkNumberFormat *format)
{
  const char *parent = dk_ikd_table_get_parent (table);
  gboolean country = parent == NULL || *parent == '\0' || g_str_equal (parent, "0");
  g_autofree char *prefix = country ? g_strdup ("") : g_strconcat (parent, ".", NULL);
  g_autoptr(GPtrArray) shapes = NULL;
  g_autoptr(GHashTable) shown = g_hash_table_new (g_str_hash, g_str_equal);
  GListModel *rows = dk_ikd_table_get_rows (table);
  g_autoptr(DkIkdRow) first = g_list_model_get_item (rows, 0);

  /* the rows' level, told by their codes: a table made of found rows has no level of its own */
  if (dk_map_chart_get_n_shapes (chart) == 0 || first == NULL)
    return;
  shapes = dk_boundaries_list (boundaries, dk_region_level_of_code (dk_ikd_row_get_kode (first)));
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      g_hash_table_add (shown, (gpointer) dk_ikd_row_get_kode (row));
    }
  for (guint i = 0; i < shapes->len; i++)
    {
      const DkShape *shape = shapes->pdata[i];
      g_autofree char *tooltip = NULL;

      if (!g_str_has_prefix (shape->kode, prefix) || g_hash_table_contains (shown, shape->kode))
        continue;
      /* Translators: a map's tooltip of a region without IKD figures: name (code) */
      tooltip = g_strdup_printf (_("%s (%s): no figures"), shape->nama, shape->kode);
      dk_map_chart_add (chart, shape->kode, shape->nama, -1, NULL, DK_CHART_TARGET_NONE, tooltip);
    }
}

/**
 * dk_ikd_map_new:
 * @table: the regions, with their figures
 *
 * Returns: (transfer full): the map of @table's rows; one drawing nothing, and saying so,
 *   when their level has no boundaries
 */
DkMapChart *
dk_ikd_map_new (DkIkdTable           *table,
                DkBoundaries         *boundaries,
                const DkNumberFormat *format)
{
  return dk_ikd_map_new_full (table, boundaries, TRUE, format);
}

/**
 * dk_ikd_map_new_full:
 * @with_missing: whether the regions of the level with a shape and no row are drawn
 *   (hatched, after the rows); without them the map closes in on the rows' regions
 *
 * Returns: (transfer full): the map of @table's rows
 */
DkMapChart *
dk_ikd_map_new_full (DkIkdTable           *table,
                     DkBoundaries         *boundaries,
                     gboolean              with_missing,
                     const DkNumberFormat *format)
{
  g_autoptr(DkMapChart) chart = dk_map_chart_new (boundaries);
  GListModel *rows = dk_ikd_table_get_rows (table);
  int target_bp = dk_ikd_table_get_target_bp (table);

  dk_chart_set_number_format (DK_CHART (chart), format);
  dk_chart_set_item_heading (DK_CHART (chart), C_("column", "Region"));
  dk_map_chart_set_value_heading (chart, C_("column", "IKD %"));
  dk_map_chart_set_empty_label (chart, _("No boundaries at this level: maps show the provinces, the kabupaten/kota "
                                         "and the kecamatan of Sumatera Barat"));
  set_classes (chart, format, target_bp);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);
      g_autofree char *tooltip = dk_ikd_row_describe (row, format);
      g_autofree char *value = dk_format_percent_bp (format, dk_ikd_row_get_persen_bp (row));
      int klass = dk_ikd_map_class (dk_ikd_row_get_rekam_dinamis (row), dk_ikd_row_get_persen_bp (row), target_bp);

      dk_map_chart_add (chart, dk_ikd_row_get_kode (row), dk_ikd_row_get_wilayah (row), klass, value,
                        dk_ikd_row_get_target_met (row) ? DK_CHART_TARGET_MET : DK_CHART_TARGET_MISSED, tooltip);
    }
  if (with_missing)
    add_missing (chart, boundaries, table, format);
  return g_steal_pointer (&chart);
}

/* A percentage in hundredths as the report writes it, whatever the locale: "10", "6,7". */
static char *
report_percent (int bp)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];

  if (bp % 100 == 0)
    return g_strdup_printf ("%d%%", bp / 100);
  g_ascii_formatd (buffer, sizeof buffer, "%.1f", bp / 100.0);
  return g_strdup_printf ("%s%%", g_strdelimit (buffer, ".", ','));
}

/* The classes as the report names them, in Indonesian: "Di bawah 10%" … */
static void
set_report_classes (DkMapChart *map,
                    int         target_bp)
{
  g_autofree char *third = report_percent (target_bp / 3);
  g_autofree char *two_thirds = report_percent (2 * target_bp / 3);
  g_autofree char *target = report_percent (target_bp);
  char *names[4];

  names[0] = g_strdup_printf ("Di bawah %s", third);
  names[1] = g_strdup_printf ("%s sampai %s", third, two_thirds);
  names[2] = g_strdup_printf ("%s sampai %s", two_thirds, target);
  names[3] = g_strdup_printf ("%s ke atas", target);
  dk_map_chart_set_classes (map, 4, (const char * const *) names);
  for (guint i = 0; i < 4; i++)
    g_free (names[i]);
}

static cairo_status_t
append_bytes (void                *closure,
              const unsigned char *data,
              unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

/**
 * dk_ikd_map_render_png:
 * @region: the region whose parts are drawn
 * @as_of: (nullable): the date of the figures, the latest when %NULL
 *
 * The IKD map of @region's parts with its title, in the light palette on white, as a PNG
 * image in memory: for the workbook's IKD sheet, so in the report's language (Indonesian)
 * whatever the locale, like the rest of the workbook. Safe to call from a worker thread.
 *
 * Returns: (transfer full): the PNG file's bytes, or %NULL on error
 */
GBytes *
dk_ikd_map_render_png (DkStore     *store,
                       const char  *region,
                       const char  *as_of,
                       int          width,
                       int          height,
                       GError     **error)
{
  g_autoptr(DkBoundaries) boundaries = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  g_autoptr(DkMapChart) map = NULL;
  g_autoptr(GByteArray) png = g_byte_array_new ();
  g_autofree char *date = NULL, *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  DkNumberFormat fmt;
  DkChartStyle style;
  cairo_t *cr;

  g_return_val_if_fail (width > 0 && height > 0, NULL);
  if (!(boundaries = dk_boundaries_new (error)) || !(table = dk_ikd_table_load (store, region, as_of, error)))
    return NULL;
  dk_number_format_init (&fmt, ".", ",");
  map = dk_ikd_map_new (table, boundaries, &fmt);
  date = dk_format_date_indonesian (dk_ikd_table_get_as_of (table));
  title = g_strdup_printf ("Peta Capaian Aktivasi IKD %s per %s", dk_ikd_row_get_wilayah (dk_ikd_table_get_total (table)), date);
  dk_chart_set_title (DK_CHART (map), title);
  set_report_classes (map, dk_ikd_table_get_target_bp (table));
  dk_map_chart_set_no_data_label (map, "Tidak ada data");
  dk_map_chart_set_empty_label (map, "Tidak ada batas wilayah pada tingkat ini");
  dk_chart_style_init (&style, FALSE);

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
  cr = cairo_create (surface);
  dk_cairo_set_source_rgba (cr, &style.background);
  cairo_paint (cr);
  dk_chart_draw (DK_CHART (map), cr, &style, width, height);
  cairo_destroy (cr);
  status = cairo_surface_write_to_png_stream (surface, append_bytes, png);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_IO, "%s", cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&png));
}
