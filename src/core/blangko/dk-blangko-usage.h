/* dk-blangko-usage.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An office's monthly usage report of blank KTP-el cards, in the 14 columns agreed by
 * the province and the kabupaten/kota at the Rakor KTP-el of 11 March 2019:
 *
 *   1 Tanggal
 *   Masuk:      2 berita acara serah terima (or pinjam pakai) number, 3 jumlah (keping)
 *   4 Saldo:    blanks held by the goods manager (pengelola barang) that day
 *   Keluar:     5 pemakaian (given to the registration division),
 *               pinjam pakai: 6 berita acara number, 7 jumlah (lent to another office)
 *   Penggunaan: cetak KTP-el 8 baru, 9 hilang, 10 rusak, 11 perubahan data;
 *               12 rusak/invalid
 *   13 Sisa, 14 Ket
 *
 * The balance checked row by row, each day against the office's previous day (in this
 * month or an earlier one):
 *
 *   saldo     = previous day's sisa + masuk
 *   pemakaian = baru + hilang + rusak + perubahan data + rusak/invalid (the division
 *               uses what it is given and returns the rest the same day)
 *   sisa      = saldo − pemakaian − pinjam pakai, never below 0
 *
 * The first day an office ever reports has no previous day: its saldo − masuk is the
 * stock it started with.
 */
#pragma once

#include "dk-blangko.h"

G_BEGIN_DECLS

/**
 * DkBlangkoUsageBreak:
 * @DK_USAGE_BREAK_SALDO: saldo is not the previous day's sisa + masuk
 * @DK_USAGE_BREAK_PEMAKAIAN: pemakaian is not the cards printed + the spoiled blanks
 * @DK_USAGE_BREAK_SISA: sisa is not saldo − pemakaian − pinjam pakai
 * @DK_USAGE_BREAK_NEGATIVE: saldo or sisa is below 0
 */
typedef enum
{
  DK_USAGE_BREAK_SALDO     = 1 << 0,
  DK_USAGE_BREAK_PEMAKAIAN = 1 << 1,
  DK_USAGE_BREAK_SISA      = 1 << 2,
  DK_USAGE_BREAK_NEGATIVE  = 1 << 3,
} DkBlangkoUsageBreak;

/**
 * DkBlangkoUsageDay:
 * @tanggal: the day, YYYY-MM-DD
 * @nomor_masuk: column 2
 * @masuk: column 3
 * @saldo: column 4, as reported
 * @pemakaian: column 5
 * @nomor_pinjam: column 6
 * @pinjam: column 7
 * @baru: column 8
 * @hilang: column 9
 * @rusak: column 10
 * @perubahan: column 11
 * @invalid: column 12
 * @sisa: column 13, as reported
 * @ket: column 14
 * @previous: the office's previous day with a row, or empty for its first
 * @previous_sisa: that day's sisa
 * @breaks: the #DkBlangkoUsageBreak of the day
 */
typedef struct
{
  char    tanggal[11];
  char   *nomor_masuk;
  gint64  masuk;
  gint64  saldo;
  gint64  pemakaian;
  char   *nomor_pinjam;
  gint64  pinjam;
  gint64  baru;
  gint64  hilang;
  gint64  rusak;
  gint64  perubahan;
  gint64  invalid;
  gint64  sisa;
  char   *ket;
  char    previous[11];
  gint64  previous_sisa;
  guint   breaks;
} DkBlangkoUsageDay;

/**
 * DkBlangkoUsageMonth:
 * @kode: the office
 * @wilayah: its name as reports print it
 * @year: the year
 * @month: the month, 1 … 12
 * @n_days_in_month: 28 … 31
 * @days: (element-type DkBlangkoUsageDay): the days with a row, in order
 * @n_breaks: the days whose balance breaks
 */
typedef struct
{
  char      *kode;
  char      *wilayah;
  int        year;
  int        month;
  guint      n_days_in_month;
  GPtrArray *days;
  guint      n_breaks;
} DkBlangkoUsageMonth;

/**
 * DkBlangkoUsageInput:
 * @tanggal: the day, YYYY-MM-DD
 * @saldo: column 4, or -1 to compute it from the previous day
 * @pemakaian: column 5, or -1 for the sum of columns 8 … 12
 * @sisa: column 13, or -1 to compute it
 *
 * A day of the report as entered or read from a file; the other fields are its columns.
 */
typedef struct
{
  char    tanggal[11];
  char   *nomor_masuk;
  gint64  masuk;
  gint64  saldo;
  gint64  pemakaian;
  char   *nomor_pinjam;
  gint64  pinjam;
  gint64  baru;
  gint64  hilang;
  gint64  rusak;
  gint64  perubahan;
  gint64  invalid;
  gint64  sisa;
  char   *ket;
} DkBlangkoUsageInput;

void                 dk_blangko_usage_day_free    (DkBlangkoUsageDay    *day);
void                 dk_blangko_usage_month_free  (DkBlangkoUsageMonth  *month);
void                 dk_blangko_usage_input_clear (DkBlangkoUsageInput  *input);
gboolean             dk_blangko_parse_month       (const char           *text,
                                                   int                  *year,
                                                   int                  *month,
                                                   GError              **error);
DkBlangkoUsageMonth *dk_blangko_usage_load        (DkStore              *store,
                                                   const char           *kode,
                                                   int                   year,
                                                   int                   month,
                                                   GError              **error);
GStrv                dk_blangko_usage_months      (DkStore              *store,
                                                   const char           *kode,
                                                   GError              **error);
char                *dk_blangko_usage_describe_break (const DkBlangkoUsageDay *day,
                                                      DkBlangkoUsageBreak      which,
                                                      gboolean                 indonesian);
gboolean             dk_blangko_usage_set_day     (DkStore              *store,
                                                   const char           *kode,
                                                   const DkBlangkoUsageInput *input,
                                                   GError              **error);
gboolean             dk_blangko_usage_delete_day  (DkStore              *store,
                                                   const char           *kode,
                                                   const char           *tanggal,
                                                   GError              **error);
gboolean             dk_blangko_usage_replace_month (DkStore            *store,
                                                     const char         *kode,
                                                     int                 year,
                                                     int                 month,
                                                     const DkBlangkoUsageInput *inputs,
                                                     guint               n_inputs,
                                                     GError            **error);

/* ----------------------------------------------------- reading a CSV file */

/**
 * DkBlangkoProblem:
 * @is_error: an error refuses the file; otherwise a note
 * @line: the file's line, or 0 for the whole file
 * @message: the message, naming the file, the line and the column
 */
typedef struct
{
  gboolean  is_error;
  guint     line;
  char     *message;
} DkBlangkoProblem;

typedef struct _DkBlangkoUsageImport DkBlangkoUsageImport;

DkBlangkoUsageImport *dk_blangko_usage_import_new       (DkStore               *store,
                                                         const char            *kode,
                                                         int                    year,
                                                         int                    month);
void                  dk_blangko_usage_import_free      (DkBlangkoUsageImport  *self);
gboolean              dk_blangko_usage_import_read_file (DkBlangkoUsageImport  *self,
                                                         const char            *path,
                                                         GError               **error);
void                  dk_blangko_usage_import_read_data (DkBlangkoUsageImport  *self,
                                                         const char            *name,
                                                         const char            *data,
                                                         gsize                  length);
GPtrArray            *dk_blangko_usage_import_get_problems (DkBlangkoUsageImport *self);
guint                 dk_blangko_usage_import_get_n_errors (DkBlangkoUsageImport *self);
guint                 dk_blangko_usage_import_get_n_days   (DkBlangkoUsageImport *self);
gboolean              dk_blangko_usage_import_commit    (DkBlangkoUsageImport  *self,
                                                         GError               **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBlangkoUsageDay, dk_blangko_usage_day_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBlangkoUsageMonth, dk_blangko_usage_month_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBlangkoUsageImport, dk_blangko_usage_import_free)

G_END_DECLS
