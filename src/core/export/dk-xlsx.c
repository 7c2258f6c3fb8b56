/* dk-xlsx.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The LAPORAN TAHUNAN tables as a workbook staff can hand in as it is: a sheet per table
 * laid out as the report prints it (title, the report's headings in its order, the
 * province or total row where the report puts it), numbers that stay numbers, totals and
 * percentages as live formulas with their values stored, A4 printing, and a native chart
 * beside each table.
 *
 * The workbook speaks the report's language, Indonesian, whatever the user's language:
 * the same data gives the same file in every locale (and the same bytes, given the same
 * SOURCE_DATE_EPOCH).
 */
#define G_LOG_DOMAIN "dk-xlsx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <xlsxwriter.h>

#include "dk-atomic-file.h"
#include "dk-budget.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-region.h"
#include "dk-xlsx-private.h"
#include "dk-xlsx.h"
#include "dk-xlsx-pks.h"

#define OFFICE "Dinas Kependudukan dan Pencatatan Sipil Provinsi Sumatera Barat"
#define MAX_COLS 12

/* Colours of the charts, as on screen (GNOME palette, light) */
#define COLOUR_GOOD   0x26A269
#define COLOUR_BAD    0xE66100
#define COLOUR_TARGET 0xC01C28

typedef struct
{
  lxw_workbook   *wb;
  const char     *path;           /* the workbook's, for the messages */
  lxw_format     *title;
  lxw_format     *subtitle;
  lxw_format     *header;
  lxw_format     *text;
  lxw_format     *text_bold;
  lxw_format     *center;
  lxw_format     *integer;
  lxw_format     *integer_bold;
  lxw_format     *count;          /* a count printed "-" when zero */
  lxw_format     *count_bold;
  lxw_format     *points;         /* a percentage in percent points: 11.93 */
  lxw_format     *points_bold;
  lxw_format     *note;
  locale_t        c_numeric;      /* the thread's locale while writing */
  locale_t        saved_locale;
  GCancellable   *cancellable;
  DkProgressFunc  progress;
  gpointer        progress_data;
  double          done;           /* fraction done before the sheet being written */
  double          share;          /* the fraction the current sheet stands for */
} Book;

typedef struct
{
  Book          *book;
  lxw_worksheet *ws;
  double         width[MAX_COLS];
  guint          n_cols;
} Sheet;

/* ------------------------------------------------------------- the book */

static lxw_format *
new_format (lxw_workbook *wb,
            gboolean      bold,
            const char   *num_format,
            gboolean      border)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, "Arial");
  format_set_font_size (f, 10);
  if (bold)
    format_set_bold (f);
  if (num_format != NULL)
    format_set_num_format (f, num_format);
  if (border)
    format_set_border (f, LXW_BORDER_THIN);
  format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

static void
book_init_formats (Book *book)
{
  lxw_workbook *wb = book->wb;

  book->title = new_format (wb, TRUE, NULL, FALSE);
  format_set_font_size (book->title, 12);
  format_set_align (book->title, LXW_ALIGN_CENTER);
  format_set_text_wrap (book->title);
  book->subtitle = new_format (wb, FALSE, NULL, FALSE);
  format_set_align (book->subtitle, LXW_ALIGN_CENTER);
  book->header = new_format (wb, TRUE, NULL, TRUE);
  format_set_align (book->header, LXW_ALIGN_CENTER);
  format_set_text_wrap (book->header);
  format_set_bg_color (book->header, 0xD9D9D9);
  book->text = new_format (wb, FALSE, NULL, TRUE);
  book->text_bold = new_format (wb, TRUE, NULL, TRUE);
  book->center = new_format (wb, FALSE, NULL, TRUE);
  format_set_align (book->center, LXW_ALIGN_CENTER);
  book->integer = new_format (wb, FALSE, "#,##0", TRUE);
  book->integer_bold = new_format (wb, TRUE, "#,##0", TRUE);
  book->count = new_format (wb, FALSE, "#,##0;-#,##0;\"-\"", TRUE);
  format_set_align (book->count, LXW_ALIGN_CENTER);
  book->count_bold = new_format (wb, TRUE, "#,##0;-#,##0;\"-\"", TRUE);
  format_set_align (book->count_bold, LXW_ALIGN_CENTER);
  book->points = new_format (wb, FALSE, "0.00", TRUE);
  book->points_bold = new_format (wb, TRUE, "0.00", TRUE);
  book->note = new_format (wb, FALSE, NULL, FALSE);
  format_set_italic (book->note);
}

static gboolean
book_check (Book    *book,
            double   fraction,
            GError **error)
{
  if (g_cancellable_set_error_if_cancelled (book->cancellable, error))
    return FALSE;
  if (book->progress != NULL)
    book->progress (book->done + book->share * CLAMP (fraction, 0, 1), book->progress_data);
  return TRUE;
}

/* ------------------------------------------------------------ the sheet */

static void
sheet_init (Sheet      *sheet,
            Book       *book,
            const char *name)
{
  memset (sheet, 0, sizeof *sheet);
  sheet->book = book;
  sheet->ws = workbook_add_worksheet (book->wb, name);
}

static void
sheet_widen (Sheet  *sheet,
             guint   col,
             double  chars)
{
  g_assert (col < MAX_COLS);
  sheet->width[col] = MAX (sheet->width[col], chars);
  sheet->n_cols = MAX (sheet->n_cols, col + 1);
}

static void
sheet_text (Sheet      *sheet,
            guint       row,
            guint       col,
            const char *text,
            lxw_format *format)
{
  worksheet_write_string (sheet->ws, row, col, text != NULL ? text : "", format);
  sheet_widen (sheet, col, g_utf8_strlen (text != NULL ? text : "", -1));
}

/* The width an integer takes when shown with thousands separators. */
static double
integer_chars (double value)
{
  double digits = fabs (value) < 1 ? 1 : floor (log10 (fabs (value))) + 1;

  return digits + floor ((digits - 1) / 3) + (value < 0);
}

static void
sheet_number (Sheet      *sheet,
              guint       row,
              guint       col,
              double      value,
              lxw_format *format)
{
  worksheet_write_number (sheet->ws, row, col, value, format);
  sheet_widen (sheet, col, integer_chars (value) + 3);
}

/* A live formula with its value stored, so that every reader shows the figure before
 * recalculating (libxlsxwriter otherwise stores 0). */
static void
sheet_formula (Sheet      *sheet,
               guint       row,
               guint       col,
               const char *formula,
               double      value,
               lxw_format *format)
{
  worksheet_write_formula_num (sheet->ws, row, col, formula, format, value);
  sheet_widen (sheet, col, integer_chars (value) + 3);
}

static void
sheet_title (Sheet      *sheet,
             guint       last_col,
             const char *title,
             const char *subtitle)
{
  worksheet_merge_range (sheet->ws, 0, 0, 0, last_col, title, sheet->book->title);
  worksheet_set_row (sheet->ws, 0, 32, NULL);
  worksheet_merge_range (sheet->ws, 1, 0, 1, last_col, subtitle, sheet->book->subtitle);
}

/* Column widths fitted to the content, the header frozen and repeated on every printed
 * page, A4 fitted to the page width, and only the table printed. */
static void
sheet_finish (Sheet *sheet,
              guint  header_row,
              guint  last_row,
              guint  last_col)
{
  for (guint c = 0; c <= last_col && c < MAX_COLS; c++)
    worksheet_set_column (sheet->ws, c, c, CLAMP (sheet->width[c] + 2, 5, 60), NULL);
  worksheet_set_row (sheet->ws, header_row, 30, NULL);
  worksheet_freeze_panes (sheet->ws, header_row + 1, 0);
  worksheet_repeat_rows (sheet->ws, header_row, header_row);
  worksheet_set_paper (sheet->ws, 9);   /* A4 */
  worksheet_set_portrait (sheet->ws);
  worksheet_fit_to_pages (sheet->ws, 1, 0);
  worksheet_set_margins (sheet->ws, 0.6, 0.6, 0.8, 0.8);
  worksheet_print_area (sheet->ws, 0, 0, last_row, last_col);
}

static void
hide_column (Sheet *sheet,
             guint  col)
{
  lxw_row_col_options hidden = { .hidden = 1 };

  worksheet_set_column_opt (sheet->ws, col, col, 10, NULL, &hidden);
}

static char *
range (const char *sheet,
       guint       first_row,
       guint       col,
       guint       last_row)
{
  char first[16], last[16];

  lxw_rowcol_to_cell_abs (first, first_row, col, TRUE, TRUE);
  lxw_rowcol_to_cell_abs (last, last_row, col, TRUE, TRUE);
  return g_strdup_printf ("='%s'!%s:%s", sheet, first, last);
}

/* ------------------------------------------------------------------- IKD */

/* "30 %" or "30,50 %", as the report writes percentages, whatever the user's locale */
static char *
locale_free_percent (int bp)
{
  DkNumberFormat id;
  g_autofree char *number = NULL;

  dk_number_format_init (&id, ".", ",");
  number = bp % 100 == 0 ? dk_format_int (&id, bp / 100) : dk_format_fixed (&id, bp);
  return g_strconcat (number, " %", NULL);
}

enum { IKD_NO, IKD_WILAYAH, IKD_KODE, IKD_REKAM, IKD_IKD, IKD_PERSEN, IKD_LAST = IKD_PERSEN, IKD_TARGET = 7 };

#define IKD_HEADER_ROW 2
#define IKD_FIRST_ROW 4   /* the province row is row 3 */

static void
write_ikd_row (Sheet    *sheet,
               guint     row,
               DkIkdRow *r,
               gboolean  total,
               guint     last_row,
               gboolean  chart)
{
  Book *b = sheet->book;
  char cell_rekam[16], cell_ikd[16], formula[96];
  guint number = dk_ikd_row_get_number (r);

  lxw_rowcol_to_cell (cell_rekam, row, IKD_REKAM);
  lxw_rowcol_to_cell (cell_ikd, row, IKD_IKD);
  if (number > 0)
    sheet_number (sheet, row, IKD_NO, number, b->center);
  else
    sheet_text (sheet, row, IKD_NO, "", b->center);
  sheet_text (sheet, row, IKD_WILAYAH, dk_ikd_row_get_wilayah (r), total ? b->text_bold : b->text);
  sheet_text (sheet, row, IKD_KODE, dk_ikd_row_get_kode (r), total ? b->text_bold : b->text);
  if (total)
    {
      char first[16], last[16];

      lxw_rowcol_to_cell (first, IKD_FIRST_ROW, IKD_REKAM);
      lxw_rowcol_to_cell (last, last_row, IKD_REKAM);
      g_snprintf (formula, sizeof formula, "=SUM(%s:%s)", first, last);
      sheet_formula (sheet, row, IKD_REKAM, formula, dk_ikd_row_get_rekam_dinamis (r), b->integer_bold);
      lxw_rowcol_to_cell (first, IKD_FIRST_ROW, IKD_IKD);
      lxw_rowcol_to_cell (last, last_row, IKD_IKD);
      g_snprintf (formula, sizeof formula, "=SUM(%s:%s)", first, last);
      sheet_formula (sheet, row, IKD_IKD, formula, dk_ikd_row_get_jumlah_ikd (r), b->integer_bold);
    }
  else
    {
      sheet_number (sheet, row, IKD_REKAM, dk_ikd_row_get_rekam_dinamis (r), b->integer);
      sheet_number (sheet, row, IKD_IKD, dk_ikd_row_get_jumlah_ikd (r), b->integer);
    }
  g_snprintf (formula, sizeof formula, "=IF(%s=0,0,%s/%s*100)", cell_rekam, cell_ikd, cell_rekam);
  sheet_formula (sheet, row, IKD_PERSEN, formula, dk_ikd_row_get_coverage (r), total ? b->points_bold : b->points);
  /* the target, in a hidden column, for the chart's target line */
  if (!total && chart)
    worksheet_write_number (sheet->ws, row, IKD_TARGET, dk_ikd_row_get_target_bp (r) / 100.0, NULL);
}

/* libxlsxwriter cannot combine a column chart with a line chart. The target is drawn as
 * the linear trendline of an invisible series that is the target at every region: a
 * straight, labelled line across the chart at the target's height. */
static void
insert_ikd_chart (Sheet      *sheet,
                  const char *name,
                  DkIkdTable *table,
                  guint       last_row)
{
  lxw_workbook *wb = sheet->book->wb;
  lxw_chart *chart = workbook_add_chart (wb, LXW_CHART_COLUMN);
  GListModel *rows = dk_ikd_table_get_rows (table);
  guint n = g_list_model_get_n_items (rows);
  g_autofree lxw_chart_point *points = g_new0 (lxw_chart_point, n);
  g_autofree lxw_chart_fill *fills = g_new0 (lxw_chart_fill, n);
  g_autofree lxw_chart_point **point_list = g_new0 (lxw_chart_point *, n + 1);
  g_autofree char *categories = range (name, IKD_FIRST_ROW, IKD_WILAYAH, last_row);
  g_autofree char *values = range (name, IKD_FIRST_ROW, IKD_PERSEN, last_row);
  g_autofree char *targets = range (name, IKD_FIRST_ROW, IKD_TARGET, last_row);
  g_autofree char *target_name = NULL;
  lxw_chart_series *coverage, *target;
  lxw_chart_fill none = { .none = LXW_TRUE };
  lxw_chart_line no_line = { .none = LXW_TRUE };
  lxw_chart_line target_line = { .color = COLOUR_TARGET, .width = 2, .dash_type = LXW_CHART_LINE_DASH_DASH };
  lxw_chart_options placement = { .x_offset = 10, .y_offset = 10, .x_scale = 1.6, .y_scale = 1.5 };
  int16_t hide_from_legend[] = { 1, -1 };

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      fills[i].color = dk_ikd_row_get_target_met (row) ? COLOUR_GOOD : COLOUR_BAD;
      points[i].fill = &fills[i];
      point_list[i] = &points[i];
    }

  coverage = chart_add_series (chart, categories, values);
  chart_series_set_name (coverage, "Persen IKD");
  chart_series_set_points (coverage, point_list);
  chart_series_set_labels (coverage);
  chart_series_set_labels_num_format (coverage, "0.00");

  target = chart_add_series (chart, categories, targets);
  {
    g_autofree char *percent = locale_free_percent (dk_ikd_table_get_target_bp (table));

    target_name = g_strdup_printf ("Target %s", percent);
  }
  chart_series_set_name (target, target_name);
  chart_series_set_fill (target, &none);
  chart_series_set_line (target, &no_line);
  chart_series_set_trendline (target, LXW_CHART_TRENDLINE_TYPE_LINEAR, 0);
  chart_series_set_trendline_forecast (target, 0.5, 0.5);
  chart_series_set_trendline_name (target, target_name);
  chart_series_set_trendline_line (target, &target_line);

  /* the target column is hidden in the sheet; charts skip hidden cells unless told */
  chart_show_hidden_data (chart);
  chart_set_series_overlap (chart, 100);
  chart_set_series_gap (chart, 60);
  chart_title_set_name (chart, "Capaian Aktivasi IKD per Kabupaten/Kota");
  chart_axis_set_num_format (chart->y_axis, "0\" %\"");
  chart_axis_set_min (chart->y_axis, 0);
  chart_axis_set_num_font (chart->x_axis, &(lxw_chart_font) { .rotation = -45, .size = 8 });
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_legend_delete_series (chart, hide_from_legend);

  worksheet_insert_chart_opt (sheet->ws, IKD_HEADER_ROW, IKD_TARGET + 1, chart, &placement);
}

/* The map drawn by the charts' code, as a picture: libxlsxwriter has no map chart. The
 * library copies the picture into a temporary file at once, which fails on a full disk:
 * then the export fails, rather than leave the map out of the workbook unsaid. */
static gboolean
insert_ikd_map (Sheet       *sheet,
                GBytes      *png,
                gboolean     below_chart,
                const char  *path,
                GError     **error)
{
  gsize size;
  const unsigned char *data = g_bytes_get_data (png, &size);
  lxw_image_options placement = { .x_offset = 10, .y_offset = 10, .x_scale = 0.8, .y_scale = 0.8,
                                  .description = "Peta capaian aktivasi IKD" };
  lxw_error status;

  errno = 0;
  status = worksheet_insert_image_buffer_opt (sheet->ws, IKD_HEADER_ROW + (below_chart ? 24 : 0), IKD_TARGET + 1,
                                              data, size, &placement);
  if (status == LXW_NO_ERROR)
    return TRUE;
  _dk_xlsx_set_write_error (path, status, errno, error);
  return FALSE;
}

/* The note under a partial total: the workbook is the report's, in Indonesian whatever
 * the program's language. Its row's percentage is left empty, as in the CSV. */
static void
write_ikd_partial (Sheet      *sheet,
                   DkIkdTable *table,
                   guint       row)
{
  static const char *const levels[] = { "provinsi", "kabupaten/kota", "kecamatan", "desa/kelurahan" };
  DkRegionLevel level = dk_ikd_table_get_level (table);
  g_autofree char *date = dk_format_date_indonesian (dk_ikd_table_get_as_of (table));
  g_autofree char *note = NULL;

  note = g_strdup_printf ("Catatan: per %s baru %u dari %u %s yang melapor; baris %s di atas hanya menjumlahkan "
                          "angka mereka, bukan angka seluruh wilayah, sehingga persennya tidak dihitung.",
                          date, dk_ikd_table_get_n_parts_reported (table), dk_ikd_table_get_n_parts (table),
                          level >= DK_REGION_LEVEL_PROVINSI && level <= DK_REGION_LEVEL_DESA ? levels[level] : "wilayah",
                          dk_ikd_row_get_wilayah (dk_ikd_table_get_total (table)));
  worksheet_write_string (sheet->ws, row, 0, note, sheet->book->note);
}

static gboolean
write_ikd_sheet (Book        *book,
                 DkIkdTable  *table,
                 const char  *province_name,
                 GBytes      *map,
                 GError     **error)
{
  const char *name = "IKD";
  GListModel *rows = dk_ikd_table_get_rows (table);
  guint n = g_list_model_get_n_items (rows);
  guint last_row = IKD_FIRST_ROW + MAX (n, 1) - 1;
  g_autofree char *date = dk_format_date_indonesian (dk_ikd_table_get_as_of (table));
  g_autofree char *target = locale_free_percent (dk_ikd_table_get_target_bp (table));
  g_autofree char *subtitle = NULL, *title = NULL;
  static const char *headers[] = { "NO", "WILAYAH", "KODE", "REKAM DINAMIS", "JUMLAH IKD", "PERSEN IKD" };
  DkIkdRow *stated = dk_ikd_table_get_stated (table);
  DkIkdRow *total = dk_ikd_table_get_total (table);
  /* a native chart for a province's regions; hundreds of bars would say nothing */
  gboolean chart = n > 0 && n <= 600;
  Sheet sheet;

  sheet_init (&sheet, book, name);
  title = g_strdup_printf ("Capaian Aktivasi Identitas Kependudukan Digital (IKD) %s", province_name);
  subtitle = g_strdup_printf ("per %s — target nasional %s dari rekam dinamis", date, target);
  sheet_title (&sheet, IKD_LAST, title, subtitle);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    sheet_text (&sheet, IKD_HEADER_ROW, c, headers[c], book->header);
  if (chart)
    worksheet_write_string (sheet.ws, IKD_HEADER_ROW, IKD_TARGET, "TARGET", NULL);

  /* the province row first, as the report prints it */
  write_ikd_row (&sheet, IKD_FIRST_ROW - 1, total, TRUE, last_row, chart);
  if (dk_ikd_table_is_partial (table))
    sheet_text (&sheet, IKD_FIRST_ROW - 1, IKD_PERSEN, "", book->points_bold);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      write_ikd_row (&sheet, IKD_FIRST_ROW + i, row, FALSE, last_row, chart);
      if (i % 4096 == 0 && !book_check (book, (double) i / n, error))
        return FALSE;
    }

  if (stated != NULL && (dk_ikd_row_get_rekam_dinamis (stated) != dk_ikd_row_get_rekam_dinamis (total) ||
                         dk_ikd_row_get_jumlah_ikd (stated) != dk_ikd_row_get_jumlah_ikd (total)))
    {
      g_autofree char *note = g_strdup_printf ("Catatan: sumber menyebut total rekam dinamis %" G_GINT64_FORMAT
                                               " dan jumlah IKD %" G_GINT64_FORMAT "; baris %s di atas "
                                               "adalah jumlah baris-baris kabupaten/kota.",
                                               dk_ikd_row_get_rekam_dinamis (stated),
                                               dk_ikd_row_get_jumlah_ikd (stated), province_name);

      worksheet_write_string (sheet.ws, last_row + 2, 0, note, book->note);
    }
  if (dk_ikd_table_is_partial (table))
    write_ikd_partial (&sheet, table, last_row + 3);

  if (chart)
    hide_column (&sheet, IKD_TARGET);
  sheet_finish (&sheet, IKD_HEADER_ROW, last_row, IKD_LAST);
  if (chart)
    insert_ikd_chart (&sheet, name, table, last_row);
  if (map != NULL && !insert_ikd_map (&sheet, map, chart, book->path, error))
    return FALSE;
  return book_check (book, 1, error);
}

/* ------------------------------------------------------------------- M2M */

enum { M2M_NO, M2M_KODE, M2M_WILAYAH, M2M_PERANGKAT, M2M_AKTIF, M2M_LAST = M2M_AKTIF, M2M_TIDAK = 6 };

#define M2M_HEADER_ROW 2
#define M2M_FIRST_ROW 3

/* "KOTA PADANG PANJANG" → "Kota Padang Panjang": the M2M table prints names so */
static char *
title_case (const char *upper)
{
  g_autofree char *lower = g_utf8_strdown (upper, -1);
  GString *out = g_string_new (NULL);
  gboolean start = TRUE;

  for (const char *p = lower; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      g_string_append_unichar (out, start ? g_unichar_totitle (c) : c);
      start = c == ' ' || c == '-' || c == '(';
    }
  return g_string_free (out, FALSE);
}

static void
insert_m2m_chart (Sheet      *sheet,
                  const char *name,
                  guint       last_row)
{
  lxw_chart *chart = workbook_add_chart (sheet->book->wb, LXW_CHART_COLUMN_STACKED);
  g_autofree char *categories = range (name, M2M_FIRST_ROW, M2M_WILAYAH, last_row);
  g_autofree char *active = range (name, M2M_FIRST_ROW, M2M_AKTIF, last_row);
  g_autofree char *inactive = range (name, M2M_FIRST_ROW, M2M_TIDAK, last_row);
  lxw_chart_fill good = { .color = COLOUR_GOOD }, bad = { .color = COLOUR_BAD };
  lxw_chart_options placement = { .x_offset = 10, .y_offset = 10, .x_scale = 1.6, .y_scale = 1.5 };
  lxw_chart_series *series;

  series = chart_add_series (chart, categories, active);
  chart_series_set_name (series, "Aktif");
  chart_series_set_fill (series, &good);
  series = chart_add_series (chart, categories, inactive);
  chart_series_set_name (series, "Tidak aktif");
  chart_series_set_fill (series, &bad);
  chart_show_hidden_data (chart);
  chart_title_set_name (chart, "Perangkat M2M per Kabupaten/Kota");
  chart_axis_set_min (chart->y_axis, 0);
  chart_axis_set_major_unit (chart->y_axis, 1);
  chart_axis_set_num_font (chart->x_axis, &(lxw_chart_font) { .rotation = -45, .size = 8 });
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  worksheet_insert_chart_opt (sheet->ws, M2M_HEADER_ROW, M2M_TIDAK + 1, chart, &placement);
}

static void
write_m2m_row (Sheet    *sheet,
               DkM2mRow *row,
               guint     i)
{
  Book *book = sheet->book;
  guint r = M2M_FIRST_ROW + i;
  g_auto(GStrv) parts = g_strsplit (dk_m2m_row_get_kode (row), ".", -1);
  g_autofree char *kode = g_strjoinv ("", parts);   /* the report prints 1301 */
  g_autofree char *wilayah = title_case (dk_m2m_row_get_wilayah (row));
  char cell_d[16], cell_a[16], formula[64];

  sheet_number (sheet, r, M2M_NO, i + 1, book->center);
  sheet_text (sheet, r, M2M_KODE, kode, book->center);
  sheet_text (sheet, r, M2M_WILAYAH, wilayah, book->text);
  sheet_number (sheet, r, M2M_PERANGKAT, dk_m2m_row_get_perangkat (row), book->count);
  sheet_number (sheet, r, M2M_AKTIF, dk_m2m_row_get_aktif (row), book->count);
  /* inactive devices, in a hidden column, for the chart */
  lxw_rowcol_to_cell (cell_d, r, M2M_PERANGKAT);
  lxw_rowcol_to_cell (cell_a, r, M2M_AKTIF);
  g_snprintf (formula, sizeof formula, "=%s-%s", cell_d, cell_a);
  worksheet_write_formula_num (sheet->ws, r, M2M_TIDAK, formula, NULL, dk_m2m_row_get_tidak_aktif (row));
}

/* A SUM over the rows of column @c, with @value cached for readers that do not compute */
static void
write_m2m_sum (Sheet  *sheet,
               guint   total_row,
               guint   c,
               gint64  value)
{
  char first[16], last[16], formula[64];

  lxw_rowcol_to_cell (first, M2M_FIRST_ROW, c);
  lxw_rowcol_to_cell (last, total_row - 1, c);
  g_snprintf (formula, sizeof formula, "=SUM(%s:%s)", first, last);
  sheet_formula (sheet, total_row, c, formula, value, sheet->book->count_bold);
}

/* the total row, computed from the rows */
static void
write_m2m_total (Sheet    *sheet,
                 guint     total_row,
                 DkM2mRow *total)
{
  Book *book = sheet->book;

  sheet_text (sheet, total_row, M2M_NO, "", book->text_bold);
  sheet_text (sheet, total_row, M2M_KODE, "", book->text_bold);
  sheet_text (sheet, total_row, M2M_WILAYAH, "Total", book->text_bold);
  write_m2m_sum (sheet, total_row, M2M_PERANGKAT, dk_m2m_row_get_perangkat (total));
  write_m2m_sum (sheet, total_row, M2M_AKTIF, dk_m2m_row_get_aktif (total));
}

/* a total the source printed differently is noted, not used; returns the row after the notes */
static guint
write_m2m_notes (Sheet      *sheet,
                 DkM2mTable *table,
                 guint       note_row)
{
  GPtrArray *stated = dk_m2m_table_get_stated (table);

  for (guint i = 0; i < stated->len; i++)
    {
      DkStatedTotal *s = g_ptr_array_index (stated, i);
      gint64 sum = dk_m2m_table_get_column_sum (table, s->kolom);
      g_autofree char *note = NULL;

      if (!s->has_value || s->nilai == sum)
        continue;
      note = g_strdup_printf ("Catatan: baris %s pada sumber menyebut %s %" G_GINT64_FORMAT
                              "; jumlah baris-barisnya %" G_GINT64_FORMAT ".",
                              s->label[0] ? s->label : "Total",
                              g_str_equal (s->kolom, "jumlah_aktif") ? "jumlah M2M aktif" : "jumlah perangkat M2M",
                              s->nilai, sum);
      worksheet_write_string (sheet->ws, note_row++, 0, note, sheet->book->note);
    }
  return note_row;
}

static gboolean
write_m2m_sheet (Book        *book,
                 DkM2mTable  *table,
                 const char  *province_name,
                 GError     **error)
{
  const char *name = "M2M";
  GListModel *rows = dk_m2m_table_get_rows (table);
  guint n = g_list_model_get_n_items (rows);
  guint total_row = M2M_FIRST_ROW + n;
  g_autofree char *date = dk_format_date_indonesian (dk_m2m_table_get_as_of (table));
  g_autofree char *subtitle = g_strdup_printf ("%s per %s", province_name, date);
  static const char *headers[] = { "No.", "Kode", "Wilayah", "Jumlah Perangkat M2M", "Jumlah M2M Aktif" };
  guint note_row;
  Sheet sheet;

  sheet_init (&sheet, book, name);
  sheet_title (&sheet, M2M_LAST, "Sebaran Perangkat M2M pada Dinas Kependudukan dan Pencatatan Sipil Kabupaten/Kota",
               subtitle);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    sheet_text (&sheet, M2M_HEADER_ROW, c, headers[c], book->header);
  worksheet_write_string (sheet.ws, M2M_HEADER_ROW, M2M_TIDAK, "Tidak aktif", NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DkM2mRow) row = g_list_model_get_item (rows, i);

      write_m2m_row (&sheet, row, i);
    }
  write_m2m_total (&sheet, total_row, dk_m2m_table_get_total (table));
  note_row = write_m2m_notes (&sheet, table, total_row + 2);

  hide_column (&sheet, M2M_TIDAK);
  sheet_finish (&sheet, M2M_HEADER_ROW, note_row > total_row + 2 ? note_row - 1 : total_row, M2M_LAST);
  if (n > 0 && n <= 600)
    insert_m2m_chart (&sheet, name, total_row - 1);
  return book_check (book, 1, error);
}

/* -------------------------------------------------------------- budget */

enum { B_KODE, B_URAIAN, B_ANGGARAN, B_REALISASI, B_PERSEN, B_SISA, B_PERSEN_SISA, B_LAST = B_PERSEN_SISA,
       B_CHART_KODE = 8, B_CHART_ANGGARAN, B_CHART_REALISASI };

#define BUDGET_URAIAN_CHARS 44

/* One activity's table: where it starts in the sheet and which lines the chart shows. */
typedef struct
{
  DkBudgetTable *table;
  guint          header_row;
  guint          first_row;     /* the activity's own row */
  guint          last_row;
  GPtrArray     *chart_lines;   /* the lines at the first depth that splits */
  lxw_format    *uraian;        /* wrapped: the report's descriptions are long */
  lxw_format    *uraian_bold;
  lxw_format    *sisa;          /* "-" where nothing is left, as the report prints it */
  lxw_format    *sisa_bold;
} BudgetBlock;

static double
budget_percent (gint64 part,
                gint64 whole)
{
  return whole > 0 ? 100.0 * (double) part / (double) whole : 0;
}

static GPtrArray *
budget_chart_lines (DkBudgetTable *table)
{
  return dk_budget_table_lines_at_depth (table, dk_budget_table_get_split_depth (table));
}

static guint
budget_line_row (const BudgetBlock *block,
                 DkBudgetLine      *line)
{
  GPtrArray *lines = dk_budget_table_get_lines (block->table);
  guint i = 0;

  g_assert (g_ptr_array_find (lines, line, &i));
  return block->first_row + i;
}

/* A parent's amount: the live sum of its children's cells. */
static char *
budget_sum_formula (const BudgetBlock *block,
                    DkBudgetLine      *line,
                    guint              col)
{
  GListModel *children = dk_budget_line_get_children (line);
  GString *formula = g_string_new ("=SUM(");

  for (guint i = 0; i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(DkBudgetLine) child = g_list_model_get_item (children, i);
      char cell[16];

      lxw_rowcol_to_cell (cell, budget_line_row (block, child), col);
      g_string_append_printf (formula, "%s%s", i > 0 ? "," : "", cell);
    }
  g_string_append_c (formula, ')');
  return g_string_free (formula, FALSE);
}

static void
write_budget_row (Sheet             *sheet,
                  const BudgetBlock *block,
                  guint              index,
                  DkBudgetLine      *line)
{
  Book *b = sheet->book;
  guint row = block->first_row + index;
  gboolean parent = !dk_budget_line_get_is_leaf (line);
  gboolean bold = parent || dk_budget_line_get_is_activity (line);
  char cell_a[16], cell_r[16], cell_s[16], formula[96];

  /* a wrapped uraian gets the height of its lines: readers do not all fit rows themselves */
  if (g_utf8_strlen (dk_budget_line_get_uraian (line), -1) > BUDGET_URAIAN_CHARS)
    worksheet_set_row (sheet->ws, row,
                       13.0 * ceil ((double) g_utf8_strlen (dk_budget_line_get_uraian (line), -1) / BUDGET_URAIAN_CHARS),
                       NULL);
  lxw_rowcol_to_cell (cell_a, row, B_ANGGARAN);
  lxw_rowcol_to_cell (cell_r, row, B_REALISASI);
  lxw_rowcol_to_cell (cell_s, row, B_SISA);
  sheet_text (sheet, row, B_KODE, dk_budget_line_get_kode (line), bold ? b->text_bold : b->text);
  sheet_text (sheet, row, B_URAIAN, dk_budget_line_get_uraian (line), bold ? block->uraian_bold : block->uraian);
  if (parent)
    {
      g_autofree char *sum_a = budget_sum_formula (block, line, B_ANGGARAN);
      g_autofree char *sum_r = budget_sum_formula (block, line, B_REALISASI);

      sheet_formula (sheet, row, B_ANGGARAN, sum_a, dk_budget_line_get_anggaran (line), b->integer_bold);
      sheet_formula (sheet, row, B_REALISASI, sum_r, dk_budget_line_get_realisasi (line), b->integer_bold);
    }
  else
    {
      sheet_number (sheet, row, B_ANGGARAN, dk_budget_line_get_anggaran (line), bold ? b->integer_bold : b->integer);
      sheet_number (sheet, row, B_REALISASI, dk_budget_line_get_realisasi (line), bold ? b->integer_bold : b->integer);
    }
  g_snprintf (formula, sizeof formula, "=IF(%s=0,0,%s/%s*100)", cell_a, cell_r, cell_a);
  sheet_formula (sheet, row, B_PERSEN, formula,
                 budget_percent (dk_budget_line_get_realisasi (line), dk_budget_line_get_anggaran (line)),
                 bold ? b->points_bold : b->points);
  /* the report prints "-" where nothing is left */
  g_snprintf (formula, sizeof formula, "=%s-%s", cell_a, cell_r);
  sheet_formula (sheet, row, B_SISA, formula, dk_budget_line_get_sisa (line), bold ? block->sisa_bold : block->sisa);
  g_snprintf (formula, sizeof formula, "=IF(%s=0,0,%s/%s*100)", cell_a, cell_s, cell_a);
  sheet_formula (sheet, row, B_PERSEN_SISA, formula,
                 budget_percent (dk_budget_line_get_sisa (line), dk_budget_line_get_anggaran (line)),
                 bold ? b->points_bold : b->points);

  /* the chart's data, in hidden columns, one chart line per row from the top */
  if (index < block->chart_lines->len)
    {
      DkBudgetLine *shown = g_ptr_array_index (block->chart_lines, index);
      guint source = budget_line_row (block, shown);

      worksheet_write_string (sheet->ws, row, B_CHART_KODE, dk_budget_line_get_kode (shown), NULL);
      lxw_rowcol_to_cell (cell_a, source, B_ANGGARAN);
      g_snprintf (formula, sizeof formula, "=%s", cell_a);
      worksheet_write_formula_num (sheet->ws, row, B_CHART_ANGGARAN, formula, NULL,
                                   dk_budget_line_get_anggaran (shown));
      lxw_rowcol_to_cell (cell_r, source, B_REALISASI);
      g_snprintf (formula, sizeof formula, "=%s", cell_r);
      worksheet_write_formula_num (sheet->ws, row, B_CHART_REALISASI, formula, NULL,
                                   dk_budget_line_get_realisasi (shown));
    }
}

static void
insert_budget_chart (Sheet             *sheet,
                     const char        *name,
                     const BudgetBlock *block)
{
  lxw_chart *chart = workbook_add_chart (sheet->book->wb, LXW_CHART_COLUMN);
  guint last = block->first_row + block->chart_lines->len - 1;
  g_autofree char *categories = range (name, block->first_row, B_CHART_KODE, last);
  g_autofree char *anggaran = range (name, block->first_row, B_CHART_ANGGARAN, last);
  g_autofree char *realisasi = range (name, block->first_row, B_CHART_REALISASI, last);
  g_autofree char *title = g_strdup_printf ("Anggaran dan Realisasi %s", dk_budget_table_get_activity (block->table));
  lxw_chart_fill blue = { .color = 0x1C71D8 }, good = { .color = COLOUR_GOOD };
  lxw_chart_options placement = { .x_offset = 10, .y_offset = 10, .x_scale = 1.4, .y_scale = 1.2 };
  lxw_chart_series *series;

  series = chart_add_series (chart, categories, anggaran);
  chart_series_set_name (series, "Jumlah Anggaran");
  chart_series_set_fill (series, &blue);
  series = chart_add_series (chart, categories, realisasi);
  chart_series_set_name (series, "Realisasi");
  chart_series_set_fill (series, &good);
  chart_show_hidden_data (chart);
  chart_title_set_name (chart, title);
  chart_axis_set_num_format (chart->y_axis, "#,##0");
  chart_axis_set_min (chart->y_axis, 0);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  worksheet_insert_chart_opt (sheet->ws, block->header_row, B_CHART_REALISASI + 1, chart, &placement);
}

/* Every activity of the year, one table under the other, each as the report prints it:
 * its title, the report's columns, the activity's own row first and its lines in
 * hierarchy order; leaves as numbers, parents as sums of their children. */
static gboolean
write_budget_sheet (Book        *book,
                    GPtrArray   *tables,
                    GError     **error)
{
  const char *name = "Anggaran";
  static const char *headers[] = { "Kode Rekening", "Uraian", "Jumlah Anggaran", "Realisasi", "%",
                                   "Sisa Pagu Anggaran", "%" };
  g_autoptr(GArray) blocks = g_array_new (FALSE, TRUE, sizeof (BudgetBlock));
  guint row = 0, first_header = 0, last_row = 0;
  lxw_format *uraian = new_format (book->wb, FALSE, NULL, TRUE);
  lxw_format *uraian_bold = new_format (book->wb, TRUE, NULL, TRUE);
  lxw_format *sisa = new_format (book->wb, FALSE, "#,##0;-#,##0;\"-\"", TRUE);
  lxw_format *sisa_bold = new_format (book->wb, TRUE, "#,##0;-#,##0;\"-\"", TRUE);
  Sheet sheet;

  format_set_text_wrap (uraian);
  format_set_text_wrap (uraian_bold);
  sheet_init (&sheet, book, name);
  for (guint t = 0; t < tables->len; t++)
    {
      DkBudgetTable *table = g_ptr_array_index (tables, t);
      GPtrArray *lines = dk_budget_table_get_lines (table);
      g_autofree char *title = g_strdup_printf ("Realisasi Keuangan Sub Kegiatan %s %s",
                                                dk_budget_table_get_activity (table),
                                                dk_budget_table_get_activity_name (table));
      g_autofree char *subtitle = g_strdup_printf ("Tahun Anggaran %d — %s", dk_budget_table_get_year (table),
                                                   dk_budget_table_get_dpa_name (table));
      BudgetBlock block = { table, row + 2, row + 3, row + 2 + lines->len, budget_chart_lines (table),
                            uraian, uraian_bold, sisa, sisa_bold };

      worksheet_merge_range (sheet.ws, row, 0, row, B_LAST, title, book->title);
      worksheet_set_row (sheet.ws, row, 32, NULL);
      worksheet_merge_range (sheet.ws, row + 1, 0, row + 1, B_LAST, subtitle, book->subtitle);
      for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
        sheet_text (&sheet, block.header_row, c, headers[c], book->header);
      worksheet_set_row (sheet.ws, block.header_row, 30, NULL);
      for (guint i = 0; i < lines->len; i++)
        write_budget_row (&sheet, &block, i, g_ptr_array_index (lines, i));
      if (t == 0)
        first_header = block.header_row;
      last_row = block.last_row;
      row = block.last_row + 3;
      g_array_append_val (blocks, block);
      if (!book_check (book, (double) (t + 1) / tables->len, error))
        goto failed;
    }

  for (guint c = B_CHART_KODE; c <= B_CHART_REALISASI; c++)
    hide_column (&sheet, c);
  /* the long uraian wraps rather than widening the page */
  sheet.width[B_URAIAN] = MIN (sheet.width[B_URAIAN], BUDGET_URAIAN_CHARS);
  /* every table has the same headings: the first one's stay in view and on every page */
  sheet_finish (&sheet, first_header, last_row, B_LAST);
  for (guint t = 0; t < blocks->len; t++)
    if (g_array_index (blocks, BudgetBlock, t).chart_lines->len > 0)
      insert_budget_chart (&sheet, name, &g_array_index (blocks, BudgetBlock, t));
  for (guint t = 0; t < blocks->len; t++)
    g_ptr_array_unref (g_array_index (blocks, BudgetBlock, t).chart_lines);
  return book_check (book, 1, error);

failed:
  for (guint t = 0; t < blocks->len; t++)
    g_ptr_array_unref (g_array_index (blocks, BudgetBlock, t).chart_lines);
  return FALSE;
}

/* The year's realisation tables, each activity's latest DPA; an empty list, not an
 * error, when the database holds no budget and no year was asked for. */
static GPtrArray *
load_budget_tables (DkStore  *store,
                    int       year,
                    GError  **error)
{
  g_autoptr(GPtrArray) tables = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) activities = NULL;
  g_autoptr(GError) local = NULL;

  if (year == 0 && (year = dk_budget_latest_year (store, &local)) == 0)
    {
      if (!g_error_matches (local, DK_ERROR, DK_ERROR_NOT_FOUND))
        {
          g_propagate_error (error, g_steal_pointer (&local));
          return NULL;
        }
      return g_steal_pointer (&tables);
    }
  if (!(activities = dk_budget_list_activities (store, year, error)))
    return NULL;
  for (guint i = 0; i < activities->len; i++)
    {
      DkBudgetActivity *a = g_ptr_array_index (activities, i);
      DkBudgetTable *table = dk_budget_table_load (store, year, a->kode, 0, 0, error);

      if (table == NULL)
        return NULL;
      g_ptr_array_add (tables, table);
    }
  return g_steal_pointer (&tables);
}

/* ------------------------------------------------------------- workbook */

static time_t
creation_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 value;

  /* reproducible files when the caller asks for them */
  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &value, NULL))
    return (time_t) value;
  return (time_t) (g_get_real_time () / G_USEC_PER_SEC);
}

/**
 * _dk_xlsx_set_write_error:
 * @path: the workbook being written
 * @status: what libxlsxwriter returned
 * @errsv: errno just after it, cleared just before; 0 when nothing set it
 * @error: return location for a #GError
 *
 * One clear message for a workbook that could not be written. libxlsxwriter has printed
 * its own lines on stderr by then ("[ERROR] workbook_close(): Error creating output xlsx
 * file …"): it prints them itself and offers no way to stop it, and this project never
 * replaces another library's symbols to hide them. The message the user gets, in the
 * window and from the CLI, is this one: a full disk (or a file size limit) says so, other
 * failures say the system's reason, or the library's when there is none.
 */
void
_dk_xlsx_set_write_error (const char  *path,
                          lxw_error    status,
                          int          errsv,
                          GError     **error)
{
  if (errsv == ENOSPC || errsv == EDQUOT || errsv == EFBIG)
    g_set_error (error, DK_ERROR, DK_ERROR_IO,
                 _("Could not write “%s”: there is no room left for it (%s); free some space and export again"), path,
                 g_strerror (errsv));
  else
    g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”: %s"), path,
                 errsv != 0 ? g_strerror (errsv) : lxw_strerror (status));
}

static gboolean
close_book (Book         *book,
            DkAtomicFile *file,
            const char   *path,
            gboolean      ok,
            GError      **error)
{
  lxw_error status;
  int errsv;

  errno = 0;
  status = workbook_close (book->wb);
  errsv = errno;
  uselocale (book->saved_locale);
  freelocale (book->c_numeric);

  if (!ok)
    return FALSE;
  if (status != LXW_NO_ERROR)
    {
      _dk_xlsx_set_write_error (path, status, errsv, error);
      return FALSE;
    }
  return dk_atomic_file_commit (file, error);
}

static lxw_workbook *
open_book (Book           *book,
           DkAtomicFile   *file,
           const char     *title,
           DkProgressFunc  progress,
           gpointer        progress_data,
           GCancellable   *cancellable)
{
  g_autofree char *dir = g_path_get_dirname (dk_atomic_file_get_temp_path (file));
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = dir };
  lxw_doc_properties properties = { 0 };

  memset (book, 0, sizeof *book);
  /* libxlsxwriter writes numbers with printf: under a locale whose decimal mark is a
   * comma (Indonesian) it would write widths like "7,71" and break the file. Writing
   * happens in the C numeric locale, for this thread only. */
  book->c_numeric = newlocale (LC_NUMERIC_MASK, "C", duplocale (LC_GLOBAL_LOCALE));
  book->saved_locale = uselocale (book->c_numeric);
  book->wb = workbook_new_opt (dk_atomic_file_get_temp_path (file), &options);
  if (book->wb == NULL)
    {
      uselocale (book->saved_locale);
      freelocale (book->c_numeric);
      return NULL;
    }
  book->cancellable = cancellable;
  book->progress = progress;
  book->progress_data = progress_data;
  book_init_formats (book);

  properties.title = (char *) title;
  properties.author = (char *) OFFICE;
  properties.company = (char *) OFFICE;
  properties.subject = (char *) "Laporan Tahunan";
  properties.created = creation_time ();
  workbook_set_properties (book->wb, &properties);
  return book->wb;
}

static char *
province_name (DkStore    *store,
               const char *region)
{
  g_autoptr(DkRegion) r = dk_region_lookup (store, region, NULL);

  /* "Provinsi Sumatera Barat", as the report's titles say */
  return r != NULL ? g_strconcat ("Provinsi ", r->nama, NULL) : g_strdup (region);
}

/**
 * dk_xlsx_export_report:
 * @path: the workbook to write; written under a temporary name and renamed when complete
 * @progress: (nullable): told how far the work is
 * @cancellable: (nullable): stops the work; nothing is left behind
 *
 * Writes the annual report's tables: IKD, M2M and the budget, a sheet each, and the
 * data-access agreements (PKS) when any is recorded.
 */
gboolean
dk_xlsx_export_report (DkStore                *store,
                       const char             *path,
                       const DkExportOptions  *options,
                       DkProgressFunc          progress,
                       gpointer                progress_data,
                       GCancellable           *cancellable,
                       GError                **error)
{
  g_autoptr(DkAtomicFile) file = NULL;
  g_autoptr(DkIkdTable) ikd = NULL;
  g_autoptr(DkM2mTable) m2m = NULL;
  g_autoptr(GPtrArray) budget = NULL, pks = NULL;
  g_autofree char *province = NULL, *title = NULL, *today = NULL;
  const char *pks_as_of = options->pks_as_of;
  const char *region;
  gboolean ok;
  Book book;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (path != NULL && options != NULL, FALSE);

  region = options->region != NULL ? options->region : "13";
  if (!(ikd = dk_ikd_table_load (store, region, options->ikd_as_of, error)) ||
      !(m2m = dk_m2m_table_load (store, region, options->m2m_as_of, error)) ||
      !(budget = load_budget_tables (store, options->year, error)))
    return FALSE;
  if (pks_as_of == NULL)
    pks_as_of = today = dk_pks_today ();
  if (!(pks = dk_pks_agreements (store, pks_as_of, error)))
    return FALSE;
  if (!(file = dk_atomic_file_new (path, error)))
    return FALSE;

  province = province_name (store, region);
  title = g_strdup_printf ("Laporan Tahunan %.4s — %s", dk_ikd_table_get_as_of (ikd), OFFICE);
  if (!open_book (&book, file, title, progress, progress_data, cancellable))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”"), path);
      return FALSE;
    }
  book.path = path;

  book.share = budget->len > 0 ? 0.4 : 0.5;
  ok = write_ikd_sheet (&book, ikd, province, options->ikd_map, error);
  book.done = book.share;
  ok = ok && write_m2m_sheet (&book, m2m, province, error);
  book.done = 2 * book.share;
  book.share = 1 - book.done;
  ok = ok && (budget->len == 0 || write_budget_sheet (&book, budget, error));
  ok = ok && (pks->len == 0 || dk_xlsx_write_pks_sheet (book.wb, pks, pks_as_of, error));
  return close_book (&book, file, path, ok, error);
}

/**
 * dk_xlsx_export_ikd:
 *
 * Writes one IKD table as a workbook of one sheet, in the report's layout.
 */
gboolean
dk_xlsx_export_ikd (DkIkdTable      *table,
                    const char      *path,
                    DkProgressFunc   progress,
                    gpointer         progress_data,
                    GCancellable    *cancellable,
                    GError         **error)
{
  g_autoptr(DkAtomicFile) file = NULL;
  g_autofree char *name = NULL;
  gboolean ok;
  Book book;

  g_return_val_if_fail (DK_IS_IKD_TABLE (table), FALSE);

  if (!(file = dk_atomic_file_new (path, error)))
    return FALSE;
  if (!open_book (&book, file, "Aktivasi IKD", progress, progress_data, cancellable))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”"), path);
      return FALSE;
    }
  book.path = path;
  book.share = 1;
  name = g_strdup (dk_ikd_row_get_wilayah (dk_ikd_table_get_total (table)));
  ok = write_ikd_sheet (&book, table, name, NULL, error);
  return close_book (&book, file, path, ok, error);
}

/**
 * dk_xlsx_default_name:
 *
 * Returns: (transfer full): "Laporan-Tahunan-2025.xlsx", for the year of the latest figures
 */
char *
dk_xlsx_default_name (DkStore *store)
{
  g_auto(GStrv) dates = dk_ikd_list_dates (store, NULL);
  guint n = dates != NULL ? g_strv_length (dates) : 0;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  if (n > 0)
    return g_strdup_printf ("Laporan-Tahunan-%.4s.xlsx", dates[n - 1]);
  return g_strdup_printf ("Laporan-Tahunan-%d.xlsx", g_date_time_get_year (now));
}
