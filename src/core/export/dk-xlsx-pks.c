/* dk-xlsx-pks.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The "PKS" sheet of the report's workbook: every data-access agreement with its
 * institution, numbers, term, access mechanism, IP addresses, security certificate, the
 * state of its access, its status as of the export's date and the SOP's step its request
 * waits at. In Indonesian whatever the user's language, as the other sheets; dates are
 * real dates, days are numbers.
 */
#define G_LOG_DOMAIN "dk-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-error.h"
#include "dk-format.h"
#include "dk-xlsx-pks.h"

enum
{
  COL_NO, COL_LEMBAGA, COL_JENIS, COL_NOMOR, COL_NOMOR_LEMBAGA, COL_MULAI, COL_BERAKHIR, COL_SISA, COL_MEKANISME,
  COL_IP, COL_SERTIFIKAT, COL_SERTIFIKAT_BERAKHIR, COL_AKSES, COL_STATUS, COL_LANGKAH, COL_TERLAMBAT, N_COLS
};

#define HEADER_ROW 3

static const char *const headers[N_COLS] = {
  "No", "Lembaga Pengguna", "Jenis", "Nomor PKS", "Nomor Pihak Lembaga", "Tanggal Ditandatangani", "Berakhir",
  "Sisa Hari", "Mekanisme Akses", "IP Address", "Sertifikat Keamanan", "Sertifikat Berakhir", "Akses", "Status",
  "Langkah SOP", "Terlambat (Hari Kerja)"
};
static const double widths[N_COLS] = { 5, 30, 14, 22, 20, 14, 14, 10, 14, 24, 22, 14, 12, 30, 34, 12 };

/* The workbook's words, whatever the user's language. */
static const char *const status_words[DK_PKS_N_STATUSES] = {
  "Akses diajukan", "Aktif", "Berlaku, akses dimatikan", "Berakhir: matikan akses", "Berakhir, menunggu perpanjangan",
  "Kerja sama berakhir"
};
static const char *const access_words[DK_PKS_N_ACCESS] = { "Diajukan", "Dibuka", "Dimatikan", "Berakhir" };
static const char *const mechanism_words[DK_PKS_N_MECHANISMS] = { "Card reader", "Web service", "Web portal" };

typedef struct
{
  lxw_worksheet *ws;
  lxw_format    *title, *header, *text, *date, *number, *late;
} Sheet;

static void
write_date (Sheet      *sheet,
            guint       row,
            guint       col,
            const char *iso)
{
  GDate date;
  lxw_datetime dt = { 0 };

  if (!dk_date_parse_iso (iso, &date))
    {
      worksheet_write_string (sheet->ws, row, col, "", sheet->text);
      return;
    }
  dt.year = g_date_get_year (&date);
  dt.month = g_date_get_month (&date);
  dt.day = g_date_get_day (&date);
  worksheet_write_datetime (sheet->ws, row, col, &dt, sheet->date);
}

static char *
step_words (const DkPksAgreement *a)
{
  if (a->next_step == 0)
    return g_strdup ("Selesai");
  return g_strdup_printf ("Langkah %u (%s)", a->next_step, dk_pks_step_info (a->next_step)->actor);
}

static void
write_row (Sheet                *sheet,
           guint                 row,
           guint                 no,
           const DkPksAgreement *a)
{
  g_autofree char *step = step_words (a);

  worksheet_write_number (sheet->ws, row, COL_NO, no, sheet->number);
  worksheet_write_string (sheet->ws, row, COL_LEMBAGA, a->lembaga, sheet->text);
  worksheet_write_string (sheet->ws, row, COL_JENIS, a->jenis, sheet->text);
  /* numbers such as 470/001 stay text */
  worksheet_write_string (sheet->ws, row, COL_NOMOR, a->nomor, sheet->text);
  worksheet_write_string (sheet->ws, row, COL_NOMOR_LEMBAGA, a->nomor_lembaga, sheet->text);
  write_date (sheet, row, COL_MULAI, a->ditandatangani);
  write_date (sheet, row, COL_BERAKHIR, a->berakhir);
  worksheet_write_number (sheet->ws, row, COL_SISA, a->days_left, sheet->number);
  worksheet_write_string (sheet->ws, row, COL_MEKANISME, mechanism_words[a->mechanism], sheet->text);
  worksheet_write_string (sheet->ws, row, COL_IP, a->ip, sheet->text);
  worksheet_write_string (sheet->ws, row, COL_SERTIFIKAT, a->sertifikat, sheet->text);
  write_date (sheet, row, COL_SERTIFIKAT_BERAKHIR, a->sertifikat_berakhir);
  worksheet_write_string (sheet->ws, row, COL_AKSES, access_words[a->access], sheet->text);
  worksheet_write_string (sheet->ws, row, COL_STATUS, status_words[a->status], sheet->text);
  worksheet_write_string (sheet->ws, row, COL_LANGKAH, step, sheet->text);
  worksheet_write_number (sheet->ws, row, COL_TERLAMBAT, a->late_days, a->late_days > 0 ? sheet->late : sheet->number);
}

static void
init_formats (Sheet        *sheet,
              lxw_workbook *wb)
{
  sheet->title = workbook_add_format (wb);
  format_set_bold (sheet->title);
  format_set_font_size (sheet->title, 12);
  format_set_align (sheet->title, LXW_ALIGN_CENTER);
  sheet->header = workbook_add_format (wb);
  format_set_bold (sheet->header);
  format_set_border (sheet->header, LXW_BORDER_THIN);
  format_set_align (sheet->header, LXW_ALIGN_CENTER);
  format_set_text_wrap (sheet->header);
  format_set_bg_color (sheet->header, 0xD9D9D9);
  sheet->text = workbook_add_format (wb);
  format_set_border (sheet->text, LXW_BORDER_THIN);
  sheet->date = workbook_add_format (wb);
  format_set_border (sheet->date, LXW_BORDER_THIN);
  format_set_num_format (sheet->date, "dd/mm/yyyy");
  sheet->number = workbook_add_format (wb);
  format_set_border (sheet->number, LXW_BORDER_THIN);
  format_set_num_format (sheet->number, "#,##0");
  sheet->late = workbook_add_format (wb);
  format_set_border (sheet->late, LXW_BORDER_THIN);
  format_set_num_format (sheet->late, "#,##0");
  format_set_bold (sheet->late);
  format_set_font_color (sheet->late, 0xC01C28);
}

/**
 * dk_xlsx_write_pks_sheet:
 * @agreements: (element-type DkPksAgreement): the agreements as of @as_of
 *
 * Adds the sheet "PKS" to @wb.
 */
gboolean
dk_xlsx_write_pks_sheet (lxw_workbook  *wb,
                         GPtrArray     *agreements,
                         const char    *as_of,
                         GError       **error)
{
  g_autofree char *date = dk_format_date_indonesian (as_of), *subtitle = NULL;
  Sheet sheet = { 0 };
  guint last_row = HEADER_ROW + MAX (agreements->len, 1);

  g_return_val_if_fail (wb != NULL && agreements != NULL && as_of != NULL, FALSE);

  if (!(sheet.ws = workbook_add_worksheet (wb, "PKS")))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not add the sheet “%s”"), "PKS");
      return FALSE;
    }
  init_formats (&sheet, wb);
  for (guint c = 0; c < N_COLS; c++)
    worksheet_set_column (sheet.ws, c, c, widths[c], NULL);
  subtitle = g_strdup_printf ("Keadaan per %s", date);
  worksheet_merge_range (sheet.ws, 0, 0, 0, N_COLS - 1, "Perjanjian Kerja Sama Pemanfaatan Data Kependudukan",
                         sheet.title);
  worksheet_merge_range (sheet.ws, 1, 0, 1, N_COLS - 1, subtitle, NULL);
  worksheet_set_row (sheet.ws, HEADER_ROW, 30, NULL);
  for (guint c = 0; c < N_COLS; c++)
    worksheet_write_string (sheet.ws, HEADER_ROW, c, headers[c], sheet.header);
  for (guint i = 0; i < agreements->len; i++)
    write_row (&sheet, HEADER_ROW + 1 + i, i + 1, g_ptr_array_index (agreements, i));
  worksheet_freeze_panes (sheet.ws, HEADER_ROW + 1, 0);
  worksheet_repeat_rows (sheet.ws, HEADER_ROW, HEADER_ROW);
  worksheet_autofilter (sheet.ws, HEADER_ROW, 0, last_row - 1, N_COLS - 1);
  worksheet_set_paper (sheet.ws, 9);   /* A4 */
  worksheet_set_landscape (sheet.ws);
  worksheet_fit_to_pages (sheet.ws, 1, 0);
  worksheet_print_area (sheet.ws, 0, 0, last_row - 1, N_COLS - 1);
  return TRUE;
}
