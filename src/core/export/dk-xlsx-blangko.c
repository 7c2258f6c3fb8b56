/* dk-xlsx-blangko.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The blangko workbooks, in Indonesian whatever the user's language, as staff hand them
 * in:
 *
 *  - an office's monthly usage report (laporan penggunaan blangko KTP-el) in exactly the
 *    14-column layout agreed at the Rakor of 11 March 2019: the title, KABUPATEN/KOTA and
 *    BULAN, the three rows of grouped and merged headings, the numbering row 1 … 14, a row
 *    per day of the month, and the signature block (place and date, Kepala Dinas, name,
 *    pangkat, NIP). Figures that break the balance are shaded, and a second sheet says
 *    why;
 *  - the allocation plan (rencana pembagian) for the leadership's approval, with each
 *    office's figures, share and reason, the total, the rule, and the signature block.
 *
 * Empty signature fields are left as dotted lines to fill by hand.
 */
#define G_LOG_DOMAIN "dk-xlsx"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <locale.h>
#include <string.h>
#include <xlsxwriter.h>

#include "dk-atomic-file.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-region.h"
#include "dk-xlsx-blangko.h"
#include "dk-xlsx-private.h"

#define BREAK_FILL 0xF4CCCC

typedef struct
{
  lxw_workbook *wb;
  locale_t      c_numeric;
  locale_t      saved_locale;
  lxw_format   *title;
  lxw_format   *label;
  lxw_format   *header;
  lxw_format   *number_row;
  lxw_format   *text;
  lxw_format   *wrap;
  lxw_format   *center;
  lxw_format   *count;
  lxw_format   *count_break;
  lxw_format   *count_bold;
  lxw_format   *text_bold;
  lxw_format   *decimal;
  lxw_format   *sign;
  lxw_format   *sign_name;
  lxw_format   *note;
} Book;

static lxw_format *
new_format (lxw_workbook *wb,
            gboolean      bold,
            gboolean      border)
{
  lxw_format *f = workbook_add_format (wb);

  format_set_font_name (f, "Arial");
  format_set_font_size (f, 10);
  format_set_align (f, LXW_ALIGN_VERTICAL_CENTER);
  if (bold)
    format_set_bold (f);
  if (border)
    format_set_border (f, LXW_BORDER_THIN);
  return f;
}

static time_t
creation_time (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 value;

  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_MAXINT64, &value, NULL))
    return (time_t) value;
  return (time_t) (g_get_real_time () / G_USEC_PER_SEC);
}

static gboolean
book_open (Book          *book,
           DkAtomicFile  *file,
           const char    *title,
           GError       **error)
{
  lxw_doc_properties properties = { 0 };
  lxw_workbook_options options = { 0 };
  g_autofree char *dir = g_path_get_dirname (dk_atomic_file_get_temp_path (file));

  memset (book, 0, sizeof *book);
  /* libxlsxwriter writes numbers with printf: the C numeric locale, for this thread only */
  book->c_numeric = newlocale (LC_NUMERIC_MASK, "C", duplocale (LC_GLOBAL_LOCALE));
  book->saved_locale = uselocale (book->c_numeric);
  options.tmpdir = dir;
  book->wb = workbook_new_opt (dk_atomic_file_get_temp_path (file), &options);
  if (book->wb == NULL)
    {
      uselocale (book->saved_locale);
      freelocale (book->c_numeric);
      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”"), dk_atomic_file_get_temp_path (file));
      return FALSE;
    }

  book->title = new_format (book->wb, TRUE, FALSE);
  format_set_font_size (book->title, 12);
  format_set_align (book->title, LXW_ALIGN_CENTER);
  book->label = new_format (book->wb, TRUE, FALSE);
  book->header = new_format (book->wb, TRUE, TRUE);
  format_set_align (book->header, LXW_ALIGN_CENTER);
  format_set_text_wrap (book->header);
  format_set_bg_color (book->header, 0xD9D9D9);
  book->number_row = new_format (book->wb, FALSE, TRUE);
  format_set_align (book->number_row, LXW_ALIGN_CENTER);
  format_set_italic (book->number_row);
  format_set_bg_color (book->number_row, 0xF2F2F2);
  book->text = new_format (book->wb, FALSE, TRUE);
  book->wrap = new_format (book->wb, FALSE, TRUE);
  format_set_text_wrap (book->wrap);
  book->center = new_format (book->wb, FALSE, TRUE);
  format_set_align (book->center, LXW_ALIGN_CENTER);
  book->count = new_format (book->wb, FALSE, TRUE);
  format_set_num_format (book->count, "#,##0;-#,##0;\"-\"");
  format_set_align (book->count, LXW_ALIGN_CENTER);
  book->count_break = new_format (book->wb, FALSE, TRUE);
  format_set_num_format (book->count_break, "#,##0;-#,##0;\"-\"");
  format_set_align (book->count_break, LXW_ALIGN_CENTER);
  format_set_bg_color (book->count_break, BREAK_FILL);
  book->count_bold = new_format (book->wb, TRUE, TRUE);
  format_set_num_format (book->count_bold, "#,##0;-#,##0;\"-\"");
  format_set_align (book->count_bold, LXW_ALIGN_CENTER);
  book->text_bold = new_format (book->wb, TRUE, TRUE);
  book->decimal = new_format (book->wb, FALSE, TRUE);
  format_set_num_format (book->decimal, "#,##0.0");
  format_set_align (book->decimal, LXW_ALIGN_CENTER);
  book->sign = new_format (book->wb, FALSE, FALSE);
  format_set_align (book->sign, LXW_ALIGN_CENTER);
  book->sign_name = new_format (book->wb, TRUE, FALSE);
  format_set_align (book->sign_name, LXW_ALIGN_CENTER);
  format_set_underline (book->sign_name, LXW_UNDERLINE_SINGLE);
  book->note = new_format (book->wb, FALSE, FALSE);
  format_set_italic (book->note);
  format_set_text_wrap (book->note);
  format_set_align (book->note, LXW_ALIGN_VERTICAL_TOP);

  properties.title = (char *) title;
  properties.author = (char *) "Dinas Kependudukan dan Pencatatan Sipil";
  properties.subject = (char *) "Blangko KTP-el";
  properties.created = creation_time ();
  workbook_set_properties (book->wb, &properties);
  return TRUE;
}

static gboolean
book_close (Book          *book,
            DkAtomicFile  *file,
            const char    *path,
            GError       **error)
{
  lxw_error status;
  int errsv;

  errno = 0;
  status = workbook_close (book->wb);
  errsv = errno;
  uselocale (book->saved_locale);
  freelocale (book->c_numeric);
  if (status != LXW_NO_ERROR)
    {
      /* libxlsxwriter has printed its own line; see _dk_xlsx_set_write_error() */
      _dk_xlsx_set_write_error (path, status, errsv, error);
      return FALSE;
    }
  return dk_atomic_file_commit (file, error);
}

static const char *
month_name (int month)
{
  static const char *months[] = { "JANUARI", "FEBRUARI", "MARET", "APRIL", "MEI", "JUNI", "JULI", "AGUSTUS",
                                  "SEPTEMBER", "OKTOBER", "NOVEMBER", "DESEMBER" };

  return months[CLAMP (month, 1, 12) - 1];
}

/* The signature block, centred over columns @first … @last from @row:
 *
 *   Padang, 30 November 2019
 *   Kepala Dinas
 *   (room to sign)
 *   NAME
 *   Pangkat
 *   NIP. …
 */
static guint
write_signature (Book                   *book,
                 lxw_worksheet          *ws,
                 guint                   row,
                 guint                   first,
                 guint                   last,
                 const DkBlangkoSigner  *signer,
                 const char             *default_place,
                 const char             *signed_on)
{
  const char *dots = "……………………………";
  g_autofree char *date = dk_format_date_indonesian (signed_on);
  g_autofree char *line = g_strdup_printf ("%s, %s", signer->tempat[0] ? signer->tempat : default_place, date);
  g_autofree char *nip = g_strdup_printf ("NIP. %s", signer->nip[0] ? signer->nip : dots);

  worksheet_merge_range (ws, row, first, row, last, line, book->sign);
  worksheet_merge_range (ws, row + 1, first, row + 1, last, signer->jabatan[0] ? signer->jabatan : "Kepala Dinas",
                         book->sign);
  worksheet_merge_range (ws, row + 5, first, row + 5, last, signer->nama[0] ? signer->nama : dots, book->sign_name);
  worksheet_merge_range (ws, row + 6, first, row + 6, last, signer->pangkat[0] ? signer->pangkat : dots, book->sign);
  worksheet_merge_range (ws, row + 7, first, row + 7, last, nip, book->sign);
  return row + 7;
}

/* "PESISIR SELATAN" → "Pesisir Selatan": the place a kabupaten signs from when none is set */
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
      start = c == ' ' || c == '-';
    }
  return g_string_free (out, FALSE);
}

/* ----------------------------------------------------------- usage report */

enum
{
  U_TANGGAL, U_NOMOR_MASUK, U_MASUK, U_SALDO, U_PEMAKAIAN, U_NOMOR_PINJAM, U_PINJAM, U_BARU, U_HILANG, U_RUSAK,
  U_PERUBAHAN, U_INVALID, U_SISA, U_KET, U_N
};

#define U_HEAD 5          /* the first heading row (row 6) */
#define U_NUMBERS 8       /* the numbering row 1 … 14 (row 9) */
#define U_FIRST_DAY 9     /* the first day (row 10) */

/**
 * dk_xlsx_blangko_usage_name:
 *
 * Returns: (transfer full): "Laporan-Blangko-13.01-2019-11.xlsx"
 */
char *
dk_xlsx_blangko_usage_name (DkBlangkoUsageMonth *month)
{
  return g_strdup_printf ("Laporan-Blangko-%s-%04d-%02d.xlsx", month->kode, month->year, month->month);
}

static void
write_usage_headings (Book          *b,
                      lxw_worksheet *ws)
{
  const guint r0 = U_HEAD, r1 = U_HEAD + 1, r2 = U_HEAD + 2;

  worksheet_merge_range (ws, r0, U_TANGGAL, r2, U_TANGGAL, "Tanggal", b->header);
  worksheet_merge_range (ws, r0, U_NOMOR_MASUK, r0, U_MASUK, "Masuk", b->header);
  worksheet_merge_range (ws, r1, U_NOMOR_MASUK, r2, U_NOMOR_MASUK,
                         "Berita Acara Serah Terima Pusat/Provinsi/Kab/Kota dengan Kab/Kota", b->header);
  worksheet_merge_range (ws, r1, U_MASUK, r2, U_MASUK, "Jumlah (Keping)", b->header);
  worksheet_merge_range (ws, r0, U_SALDO, r2, U_SALDO, "Saldo Blangko KTP-el (Keping)", b->header);
  worksheet_merge_range (ws, r0, U_PEMAKAIAN, r0, U_PINJAM, "Keluar (Keping)", b->header);
  worksheet_merge_range (ws, r1, U_PEMAKAIAN, r2, U_PEMAKAIAN, "Pemakaian (Keping)", b->header);
  worksheet_merge_range (ws, r1, U_NOMOR_PINJAM, r1, U_PINJAM, "Pinjam Pakai", b->header);
  worksheet_write_string (ws, r2, U_NOMOR_PINJAM, "Berita Acara Pinjam Pakai dengan Kab/Kota lain", b->header);
  worksheet_write_string (ws, r2, U_PINJAM, "Jumlah (Keping)", b->header);
  worksheet_merge_range (ws, r0, U_BARU, r0, U_INVALID, "Penggunaan (Keping)", b->header);
  worksheet_merge_range (ws, r1, U_BARU, r1, U_PERUBAHAN, "Cetak KTP-el", b->header);
  worksheet_write_string (ws, r2, U_BARU, "Baru", b->header);
  worksheet_write_string (ws, r2, U_HILANG, "Hilang", b->header);
  worksheet_write_string (ws, r2, U_RUSAK, "Rusak", b->header);
  worksheet_write_string (ws, r2, U_PERUBAHAN, "Perubahan Data", b->header);
  worksheet_merge_range (ws, r1, U_INVALID, r2, U_INVALID, "Rusak/Invalid", b->header);
  worksheet_merge_range (ws, r0, U_SISA, r2, U_SISA, "Sisa Blangko KTP-el", b->header);
  worksheet_merge_range (ws, r0, U_KET, r2, U_KET, "Ket", b->header);
  for (guint c = 0; c < U_N; c++)
    worksheet_write_number (ws, U_NUMBERS, c, c + 1, b->number_row);
}

static void
write_usage_day (Book              *b,
                 lxw_worksheet     *ws,
                 guint              row,
                 DkBlangkoUsageDay *d)
{
  lxw_format *saldo = d->breaks & (DK_USAGE_BREAK_SALDO | DK_USAGE_BREAK_NEGATIVE) ? b->count_break : b->count;
  lxw_format *pemakaian = d->breaks & DK_USAGE_BREAK_PEMAKAIAN ? b->count_break : b->count;
  lxw_format *sisa = d->breaks & (DK_USAGE_BREAK_SISA | DK_USAGE_BREAK_NEGATIVE) ? b->count_break : b->count;

  worksheet_write_string (ws, row, U_NOMOR_MASUK, d->nomor_masuk, b->wrap);
  worksheet_write_number (ws, row, U_MASUK, d->masuk, b->count);
  worksheet_write_number (ws, row, U_SALDO, d->saldo, saldo);
  worksheet_write_number (ws, row, U_PEMAKAIAN, d->pemakaian, pemakaian);
  worksheet_write_string (ws, row, U_NOMOR_PINJAM, d->nomor_pinjam, b->wrap);
  worksheet_write_number (ws, row, U_PINJAM, d->pinjam, b->count);
  worksheet_write_number (ws, row, U_BARU, d->baru, b->count);
  worksheet_write_number (ws, row, U_HILANG, d->hilang, b->count);
  worksheet_write_number (ws, row, U_RUSAK, d->rusak, b->count);
  worksheet_write_number (ws, row, U_PERUBAHAN, d->perubahan, b->count);
  worksheet_write_number (ws, row, U_INVALID, d->invalid, b->count);
  worksheet_write_number (ws, row, U_SISA, d->sisa, sisa);
  worksheet_write_string (ws, row, U_KET, d->ket, b->wrap);
}

static void
write_usage_checks (Book                *b,
                    DkBlangkoUsageMonth *month)
{
  static const DkBlangkoUsageBreak kinds[] = { DK_USAGE_BREAK_SALDO, DK_USAGE_BREAK_PEMAKAIAN, DK_USAGE_BREAK_SISA,
                                               DK_USAGE_BREAK_NEGATIVE };
  lxw_worksheet *ws = workbook_add_worksheet (b->wb, "Pemeriksaan");
  guint row = 2;

  worksheet_write_string (ws, 0, 0, "Pemeriksaan saldo baris demi baris", b->label);
  worksheet_write_string (ws, 1, 0, "Tanggal", b->header);
  worksheet_write_string (ws, 1, 1, "Yang tidak sesuai", b->header);
  worksheet_set_column (ws, 0, 0, 18, NULL);
  worksheet_set_column (ws, 1, 1, 90, NULL);
  for (guint i = 0; i < month->days->len; i++)
    {
      DkBlangkoUsageDay *d = g_ptr_array_index (month->days, i);
      g_autofree char *date = dk_format_date_indonesian (d->tanggal);

      for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
        {
          g_autofree char *what = NULL;

          if (!(d->breaks & kinds[k]))
            continue;
          what = dk_blangko_usage_describe_break (d, kinds[k], TRUE);
          worksheet_write_string (ws, row, 0, date, b->text);
          worksheet_write_string (ws, row, 1, what, b->wrap);
          row++;
        }
    }
}

/**
 * dk_xlsx_export_blangko_usage:
 * @signer: who signs: the office's Kepala Dinas
 * @signed_on: (nullable): the date by the signature, YYYY-MM-DD; %NULL for the month's
 *   last day
 * @path: the workbook; written under a temporary name and renamed when complete
 *
 * Writes an office's monthly usage report in the agreed 14-column layout.
 */
gboolean
dk_xlsx_export_blangko_usage (DkBlangkoUsageMonth    *month,
                              const DkBlangkoSigner  *signer,
                              const char             *signed_on,
                              const char             *path,
                              GError                **error)
{
  g_autoptr(DkAtomicFile) file = NULL;
  g_autofree char *office = NULL, *bulan = NULL, *place = NULL;
  g_autofree char *title = g_strdup_printf ("Laporan Penggunaan Blangko KTP-el %s %s %d", month->wilayah,
                                            month_name (month->month), month->year);
  char last_day[11];
  static const double widths[U_N] = { 8, 30, 10, 13, 12, 26, 10, 8, 8, 8, 10, 10, 12, 22 };
  lxw_worksheet *ws;
  lxw_row_col_options no_options = { 0 };
  guint last_row, day_index = 0;
  Book book;

  g_return_val_if_fail (month != NULL && signer != NULL && path != NULL, FALSE);

  g_snprintf (last_day, sizeof last_day, "%04d-%02d-%02u", month->year, month->month, month->n_days_in_month);
  if (signed_on == NULL)
    signed_on = last_day;
  if (!dk_date_check_iso (signed_on, NULL, error) || !(file = dk_atomic_file_new (path, error)) ||
      !book_open (&book, file, title, error))
    return FALSE;

  ws = workbook_add_worksheet (book.wb, "Laporan");
  worksheet_merge_range (ws, 0, 0, 0, U_KET, "LAPORAN PENGGUNAAN BLANGKO KTP-EL", book.title);
  office = g_strdup_printf ("KABUPATEN/KOTA : %s", month->wilayah);
  bulan = g_strdup_printf ("BULAN : %s %d", month_name (month->month), month->year);
  worksheet_write_string (ws, 2, 0, office, book.label);
  worksheet_write_string (ws, 3, 0, bulan, book.label);
  write_usage_headings (&book, ws);

  for (guint day = 1; day <= month->n_days_in_month; day++)
    {
      guint row = U_FIRST_DAY + day - 1;
      DkBlangkoUsageDay *d = NULL;

      if (day_index < month->days->len &&
          atoi (((DkBlangkoUsageDay *) g_ptr_array_index (month->days, day_index))->tanggal + 8) == (int) day)
        d = g_ptr_array_index (month->days, day_index++);
      worksheet_write_number (ws, row, U_TANGGAL, day, book.center);
      if (d != NULL)
        write_usage_day (&book, ws, row, d);
      else
        for (guint c = 1; c < U_N; c++)
          worksheet_write_blank (ws, row, c, c == U_NOMOR_MASUK || c == U_NOMOR_PINJAM || c == U_KET ? book.text
                                                                                                     : book.count);
    }
  last_row = U_FIRST_DAY + month->n_days_in_month - 1;

  place = title_case (month->wilayah);
  last_row = write_signature (&book, ws, last_row + 2, U_RUSAK, U_KET, signer, place, signed_on);

  for (guint c = 0; c < U_N; c++)
    worksheet_set_column_opt (ws, c, c, widths[c], NULL, &no_options);
  worksheet_set_row (ws, U_HEAD + 2, 42, NULL);
  worksheet_freeze_panes (ws, U_NUMBERS + 1, 1);
  worksheet_repeat_rows (ws, U_HEAD, U_NUMBERS);
  worksheet_set_paper (ws, 9);   /* A4 */
  worksheet_set_landscape (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_set_margins (ws, 0.5, 0.5, 0.6, 0.6);
  worksheet_print_area (ws, 0, 0, last_row, U_KET);

  if (month->n_breaks > 0)
    write_usage_checks (&book, month);
  return book_close (&book, file, path, error);
}

/* ------------------------------------------------------------------- plan */

enum
{
  P_NO, P_KODE, P_WILAYAH, P_SISA, P_PACE, P_DAYS, P_RUN_OUT, P_PRR, P_SUKET, P_NEED, P_WEIGHT, P_CAP, P_RANK,
  P_KEPING, P_REASON, P_N
};

#define P_HEAD 4
#define P_FIRST 5

/* The title, the province, what is shared, and the column headings */
static void
write_plan_headings (Book          *b,
                     lxw_worksheet *ws,
                     DkBlangkoPlan *plan,
                     const char    *province)
{
  static const char *headers[P_N] = {
    "No.", "Kode", "Kabupaten/Kota", "Sisa Blangko (Keping)", "Rata-rata Cetak per Hari", "Sisa Stok (Hari)",
    "Perkiraan Habis", "PRR", "Suket (30 Hari)", NULL, "Bobot Prioritas", "Batas (Keping)", "Peringkat",
    "Rencana Pembagian (Keping)", "Alasan"
  };
  g_autofree char *subtitle = NULL, *until = NULL, *need_heading = NULL, *as_of = NULL, *received = NULL;
  g_autofree char *heading = g_strdup_printf ("PROVINSI %s", province);
  DkNumberFormat id;

  dk_number_format_init (&id, ".", ",");
  until = dk_format_date_indonesian (dk_blangko_plan_get_until (plan));
  as_of = dk_format_date_indonesian (dk_blangko_plan_get_as_of (plan));
  received = dk_format_int (&id, dk_blangko_plan_get_total (plan));
  need_heading = g_strdup_printf ("Kebutuhan s.d. %s", until);
  subtitle = g_strdup_printf ("Blangko KTP-el yang dibagi: %s keping — berdasarkan laporan harian 30 hari s.d. %s",
                              received, as_of);

  worksheet_merge_range (ws, 0, 0, 0, P_REASON, "RENCANA PEMBAGIAN BLANGKO KTP-EL KE KABUPATEN/KOTA", b->title);
  worksheet_merge_range (ws, 1, 0, 1, P_REASON, heading, b->title);
  worksheet_merge_range (ws, 2, 0, 2, P_REASON, subtitle, b->sign);
  for (guint c = 0; c < P_N; c++)
    worksheet_write_string (ws, P_HEAD, c, headers[c] != NULL ? headers[c] : need_heading, b->header);
}

/* An office's stock and need, or dashes when it has not reported */
static void
write_plan_office (Book                  *b,
                   lxw_worksheet         *ws,
                   guint                  r,
                   const DkBlangkoOffice *o)
{
  g_autofree char *run_out = NULL;

  if (!o->has_report)
    {
      for (guint c = P_SISA; c <= P_NEED; c++)
        worksheet_write_string (ws, r, c, "-", b->center);
      return;
    }
  run_out = o->runs_out ? dk_format_date_indonesian (o->run_out) : g_strdup ("-");
  worksheet_write_number (ws, r, P_SISA, o->sisa, b->count);
  worksheet_write_number (ws, r, P_PACE, dk_blangko_office_pace_x100 (o) / 100.0, b->decimal);
  if (o->runs_out)
    worksheet_write_number (ws, r, P_DAYS, o->days_left_x10 / 10.0, b->decimal);
  else
    worksheet_write_string (ws, r, P_DAYS, "-", b->center);
  worksheet_write_string (ws, r, P_RUN_OUT, run_out, b->center);
  worksheet_write_number (ws, r, P_PRR, o->prr, b->count);
  worksheet_write_number (ws, r, P_SUKET, o->suket, b->count);
  worksheet_write_number (ws, r, P_NEED, o->need, b->count);
}

static void
write_plan_row (Book          *b,
                lxw_worksheet *ws,
                DkBlangkoPlan *plan,
                guint          i)
{
  DkBlangkoPlanRow *row = dk_blangko_plan_get_row (plan, i);
  DkBlangkoOffice *o = row->office;
  g_autofree char *reason = dk_blangko_plan_row_reason (plan, row, TRUE);
  guint r = P_FIRST + i;

  worksheet_set_row (ws, r, 26, NULL);
  worksheet_write_number (ws, r, P_NO, i + 1, b->center);
  worksheet_write_string (ws, r, P_KODE, o->kode, b->center);
  worksheet_write_string (ws, r, P_WILAYAH, o->wilayah, b->text);
  write_plan_office (b, ws, r, o);
  worksheet_write_number (ws, r, P_WEIGHT, row->weight, b->count);
  if (row->cap >= 0)
    worksheet_write_number (ws, r, P_CAP, row->cap, b->count);
  else
    worksheet_write_string (ws, r, P_CAP, "", b->center);
  worksheet_write_number (ws, r, P_RANK, row->rank, b->center);
  worksheet_write_number (ws, r, P_KEPING, row->keping, b->count_bold);
  worksheet_write_string (ws, r, P_REASON, reason, b->wrap);
}

/* The sum of column @c over the plan's rows, cached with the formula for readers that do
 * not compute */
static gint64
sum_plan_column (DkBlangkoPlan *plan,
                 guint          c)
{
  guint n = dk_blangko_plan_get_n_rows (plan);
  __int128 sum = 0;   /* every figure is within DK_COUNT_MAX; 128 bits so that none can wrap */

  for (guint i = 0; i < n; i++)
    {
      DkBlangkoPlanRow *row = dk_blangko_plan_get_row (plan, i);

      sum += c == P_SISA ? row->office->sisa : c == P_PRR ? row->office->prr : c == P_SUKET ? row->office->suket
           : c == P_NEED ? row->office->need : c == P_WEIGHT ? row->weight : row->keping;
    }
  return sum > G_MAXINT64 ? G_MAXINT64 : (gint64) sum;
}

/* the total: the shares sum to the blanks received */
static void
write_plan_total (Book          *b,
                  lxw_worksheet *ws,
                  DkBlangkoPlan *plan,
                  guint          total_row)
{
  worksheet_merge_range (ws, total_row, P_NO, total_row, P_WILAYAH, "JUMLAH", b->text_bold);
  for (guint c = P_SISA; c < P_N; c++)
    {
      char first[16], last[16], formula[64];

      if (c != P_SISA && c != P_PRR && c != P_SUKET && c != P_NEED && c != P_WEIGHT && c != P_KEPING)
        {
          worksheet_write_blank (ws, total_row, c, b->text_bold);
          continue;
        }
      lxw_rowcol_to_cell (first, P_FIRST, c);
      lxw_rowcol_to_cell (last, total_row - 1, c);
      g_snprintf (formula, sizeof formula, "=SUM(%s:%s)", first, last);
      worksheet_write_formula_num (ws, total_row, c, formula, b->count_bold, sum_plan_column (plan, c));
    }
}

static void
write_plan_rule (Book          *b,
                 lxw_worksheet *ws,
                 guint          row)
{
  worksheet_merge_range (ws, row, P_NO, row + 2, P_REASON,
                         "Aturan prioritas: bobot setiap kabupaten/kota = kebutuhan blangko untuk tetap mencetak dengan "
                         "rata-rata cetak per hari 30 hari terakhir sampai tanggal kebutuhan dan mencetak PRR yang "
                         "menunggu, dikurangi sisa blangko (termasuk kiriman setelah laporan terakhirnya), ditambah "
                         "Suket yang diterbitkan dalam 30 hari. Blangko dibagi sebanding dengan bobot, dalam keping utuh "
                         "(sisa pembagian terbesar), tidak melebihi batas. Peringkat menurut sisa stok (hari), yang "
                         "tersedikit lebih dahulu.", b->note);
  worksheet_set_row (ws, row, 15, NULL);
}

/* Column widths, and an A4 landscape page one wide with the headings on every page */
static void
set_plan_page (lxw_worksheet *ws,
               guint          last_row)
{
  static const double widths[P_N] = { 5, 8, 22, 11, 11, 10, 15, 10, 10, 13, 11, 10, 9, 13, 70 };
  lxw_row_col_options no_options = { 0 };

  for (guint c = 0; c < P_N; c++)
    worksheet_set_column_opt (ws, c, c, widths[c], NULL, &no_options);
  worksheet_set_row (ws, P_HEAD, 45, NULL);
  worksheet_freeze_panes (ws, P_HEAD + 1, 0);
  worksheet_repeat_rows (ws, P_HEAD, P_HEAD);
  worksheet_set_paper (ws, 9);
  worksheet_set_landscape (ws);
  worksheet_fit_to_pages (ws, 1, 0);
  worksheet_set_margins (ws, 0.5, 0.5, 0.6, 0.6);
  worksheet_print_area (ws, 0, 0, last_row, P_REASON);
}

/**
 * dk_xlsx_blangko_plan_name:
 *
 * Returns: (transfer full): "Rencana-Pembagian-Blangko-2019-11-30.xlsx"
 */
char *
dk_xlsx_blangko_plan_name (DkBlangkoPlan *plan)
{
  return g_strdup_printf ("Rencana-Pembagian-Blangko-%s.xlsx", dk_blangko_plan_get_as_of (plan));
}

/**
 * dk_xlsx_export_blangko_plan:
 * @province: the province's name, "SUMATERA BARAT"
 * @signer: who signs: the province's Kepala Dinas
 * @signed_on: (nullable): the date by the signature; %NULL for the plan's date
 *
 * Writes the allocation plan for the leadership's approval.
 */
gboolean
dk_xlsx_export_blangko_plan (DkBlangkoPlan          *plan,
                             const char             *province,
                             const DkBlangkoSigner  *signer,
                             const char             *signed_on,
                             const char             *path,
                             GError                **error)
{
  g_autoptr(DkAtomicFile) file = NULL;
  guint n = dk_blangko_plan_get_n_rows (plan), total_row = P_FIRST + n, last_row;
  lxw_worksheet *ws;
  Book book;

  g_return_val_if_fail (plan != NULL && signer != NULL && path != NULL, FALSE);

  if (signed_on == NULL)
    signed_on = dk_blangko_plan_get_as_of (plan);
  if (!dk_date_check_iso (signed_on, NULL, error) || !(file = dk_atomic_file_new (path, error)) ||
      !book_open (&book, file, "Rencana Pembagian Blangko KTP-el", error))
    return FALSE;

  ws = workbook_add_worksheet (book.wb, "Rencana Pembagian");
  write_plan_headings (&book, ws, plan, province);
  for (guint i = 0; i < n; i++)
    write_plan_row (&book, ws, plan, i);
  write_plan_total (&book, ws, plan, total_row);
  write_plan_rule (&book, ws, total_row + 2);
  last_row = write_signature (&book, ws, total_row + 6, P_KEPING - 2, P_REASON, signer, "Padang", signed_on);
  set_plan_page (ws, last_row);
  return book_close (&book, file, path, error);
}
