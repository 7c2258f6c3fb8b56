/* bench-xlsx-plain.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The baseline of the export benchmark: the same cells as the application's IKD sheet
 * (title, headings, the province row with its SUM formulas, a row per region with its
 * percentage formula and cached value, the same formats, widths, frozen header and A4 set-up),
 * written with plain libxlsxwriter calls from figures already in memory. The time of the
 * writing alone is printed, in milliseconds, as "write-ms N".
 * Usage: bench-xlsx-plain IN.csv OUT.xlsx
 */
#include <glib.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

typedef struct
{
  char   *kode;
  char   *wilayah;
  double  rekam;
  double  ikd;
} Row;

typedef struct
{
  lxw_format *title, *subtitle, *header, *text, *text_bold, *center, *integer, *integer_bold, *points,
             *points_bold;
} Formats;

static lxw_format *
new_format (lxw_workbook *wb,
            gboolean      bold,
            const char   *num_format)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, "Arial");
  format_set_font_size (f, 10);
  if (bold)
    format_set_bold (f);
  if (num_format != NULL)
    format_set_num_format (f, num_format);
  format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
  return f;
}

static void
add_formats (lxw_workbook *wb,
             Formats      *f)
{
  f->title = new_format (wb, TRUE, NULL);
  format_set_font_size (f->title, 12);
  format_set_align (f->title, LXW_ALIGN_CENTER);
  f->subtitle = new_format (wb, FALSE, NULL);
  f->header = new_format (wb, TRUE, NULL);
  format_set_bg_color (f->header, 0xD9D9D9);
  f->text = new_format (wb, FALSE, NULL);
  f->text_bold = new_format (wb, TRUE, NULL);
  f->center = new_format (wb, FALSE, NULL);
  f->integer = new_format (wb, FALSE, "#,##0");
  f->integer_bold = new_format (wb, TRUE, "#,##0");
  f->points = new_format (wb, FALSE, "0.00");
  f->points_bold = new_format (wb, TRUE, "0.00");
}

/* The CSV of the peers: kode,wilayah,rekam_dinamis,jumlah_ikd,persen_ikd (no quoting). */
static GArray *
read_rows (const char *path)
{
  g_autofree char *data = NULL;
  GArray *rows = g_array_new (FALSE, TRUE, sizeof (Row));
  char *line, *save = NULL;

  if (!g_file_get_contents (path, &data, NULL, NULL))
    return rows;
  line = strtok_r (data, "\n", &save);   /* the header */
  while ((line = strtok_r (NULL, "\n", &save)) != NULL)
    {
      g_auto(GStrv) f = g_strsplit (line, ",", 5);
      Row r;

      if (g_strv_length (f) < 4)
        continue;
      r.kode = g_strdup (f[0]);
      r.wilayah = g_strdup (f[1]);
      r.rekam = g_ascii_strtod (f[2], NULL);
      r.ikd = g_ascii_strtod (f[3], NULL);
      g_array_append_val (rows, r);
    }
  return rows;
}

static void
write_row (lxw_worksheet *ws,
           const Formats *f,
           guint          row,
           guint          number,
           const Row     *r,
           gboolean       total,
           guint          last_row)
{
  char formula[96], rekam[16], ikd[16];

  lxw_rowcol_to_cell (rekam, row, 3);
  lxw_rowcol_to_cell (ikd, row, 4);
  if (number > 0)
    worksheet_write_number (ws, row, 0, number, f->center);
  else
    worksheet_write_string (ws, row, 0, "", f->center);
  worksheet_write_string (ws, row, 1, r->wilayah, total ? f->text_bold : f->text);
  worksheet_write_string (ws, row, 2, r->kode, total ? f->text_bold : f->text);
  if (total)
    {
      g_snprintf (formula, sizeof formula, "=SUM(D4:D%u)", last_row + 1);
      worksheet_write_formula_num (ws, row, 3, formula, f->integer_bold, r->rekam);
      g_snprintf (formula, sizeof formula, "=SUM(E4:E%u)", last_row + 1);
      worksheet_write_formula_num (ws, row, 4, formula, f->integer_bold, r->ikd);
    }
  else
    {
      worksheet_write_number (ws, row, 3, r->rekam, f->integer);
      worksheet_write_number (ws, row, 4, r->ikd, f->integer);
    }
  g_snprintf (formula, sizeof formula, "=IF(%s=0,0,%s/%s*100)", rekam, ikd, rekam);
  worksheet_write_formula_num (ws, row, 5, formula, total ? f->points_bold : f->points,
                               r->rekam > 0 ? r->ikd / r->rekam * 100 : 0);
}

static void
write_book (GArray     *rows,
            const char *path)
{
  static const char *headers[] = { "NO", "WILAYAH", "KODE", "REKAM DINAMIS", "JUMLAH IKD", "PERSEN IKD" };
  lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = (char *) g_get_tmp_dir () };
  lxw_workbook *wb = workbook_new_opt (path, &options);
  lxw_worksheet *ws = workbook_add_worksheet (wb, "IKD");
  guint last_row = 3 + rows->len - 1;
  Row total = { (char *) "0", (char *) "INDONESIA", 0, 0 };
  Formats f;

  add_formats (wb, &f);
  for (guint i = 0; i < rows->len; i++)
    {
      total.rekam += g_array_index (rows, Row, i).rekam;
      total.ikd += g_array_index (rows, Row, i).ikd;
    }
  worksheet_merge_range (ws, 0, 0, 0, 5, "Capaian Aktivasi Identitas Kependudukan Digital (IKD) INDONESIA", f.title);
  worksheet_set_row (ws, 0, 32, NULL);
  worksheet_merge_range (ws, 1, 0, 1, 5, "per 31 Desember 2025 — target nasional 30 % dari rekam dinamis",
                         f.subtitle);
  for (guint c = 0; c < G_N_ELEMENTS (headers); c++)
    worksheet_write_string (ws, 2, c, headers[c], f.header);
  write_row (ws, &f, 3, 0, &total, TRUE, last_row + 1);
  for (guint i = 0; i < rows->len; i++)
    write_row (ws, &f, 4 + i, i + 1, &g_array_index (rows, Row, i), FALSE, last_row + 1);

  worksheet_set_column (ws, 0, 0, 8, NULL);
  worksheet_set_column (ws, 1, 1, 40, NULL);
  worksheet_set_column (ws, 2, 2, 15, NULL);
  worksheet_set_column (ws, 3, 5, 14, NULL);
  worksheet_set_row (ws, 2, 30, NULL);
  worksheet_freeze_panes (ws, 3, 0);
  worksheet_repeat_rows (ws, 2, 2);
  worksheet_set_paper (ws, 9);
  worksheet_set_portrait (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_set_margins (ws, 0.6, 0.6, 0.8, 0.8);
  worksheet_print_area (ws, 0, 0, last_row + 1, 5);
  workbook_close (wb);
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GArray) rows = NULL;
  gint64 t0;

  if (argc != 3)
    {
      g_printerr ("usage: bench-xlsx-plain IN.csv OUT.xlsx\n");
      return 2;
    }
  /* numbers are written with a decimal point, as the application writes them */
  setlocale (LC_ALL, "C");
  rows = read_rows (argv[1]);
  t0 = g_get_monotonic_time ();
  write_book (rows, argv[2]);
  printf ("write-ms %.1f\n", (g_get_monotonic_time () - t0) / 1000.0);
  return rows->len > 0 ? 0 : 1;
}
