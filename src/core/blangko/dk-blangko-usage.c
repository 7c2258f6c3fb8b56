/* dk-blangko-usage.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The monthly usage report of an office (see dk-blangko-usage.h): its days, their
 * balance checked row by row, entering a day, reading the report from a CSV file as an
 * office saves it from its spreadsheet, and the blangko findings of `check`.
 */
#define G_LOG_DOMAIN "dk-blangko"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-backup.h"
#include "dk-number.h"
#include "dk-parse.h"
#include "dk-blangko-private.h"
#include "dk-blangko-usage.h"
#include "dk-finding.h"
#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-history-internal.h"
#include "dk-region.h"
#include "dk-store-internal.h"

#define USAGE_COLUMNS "tanggal, nomor_masuk, masuk, saldo, pemakaian, nomor_pinjam, pinjam, cetak_baru, " \
                      "cetak_hilang, cetak_rusak, cetak_perubahan, rusak_invalid, sisa, ket"

void
dk_blangko_usage_day_free (DkBlangkoUsageDay *day)
{
  if (day == NULL)
    return;
  g_free (day->nomor_masuk);
  g_free (day->nomor_pinjam);
  g_free (day->ket);
  g_free (day);
}

void
dk_blangko_usage_month_free (DkBlangkoUsageMonth *month)
{
  if (month == NULL)
    return;
  g_free (month->kode);
  g_free (month->wilayah);
  g_clear_pointer (&month->days, g_ptr_array_unref);
  g_free (month);
}

void
dk_blangko_usage_input_clear (DkBlangkoUsageInput *input)
{
  g_clear_pointer (&input->nomor_masuk, g_free);
  g_clear_pointer (&input->nomor_pinjam, g_free);
  g_clear_pointer (&input->ket, g_free);
}

/**
 * dk_blangko_parse_month:
 * @text: a month as YYYY-MM
 */
gboolean
dk_blangko_parse_month (const char  *text,
                        int         *year,
                        int         *month,
                        GError     **error)
{
  if (text != NULL && strlen (text) == 7 && g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
      g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]) && text[4] == '-' && g_ascii_isdigit (text[5]) &&
      g_ascii_isdigit (text[6]))
    {
      *year = atoi (text);
      *month = atoi (text + 5);
      if (*year >= 1900 && *year <= 2999 && *month >= 1 && *month <= 12)
        return TRUE;
    }
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("“%s” is not a month in the form YYYY-MM"), text ? text : "");
  return FALSE;
}

static void
month_bounds (int  year,
              int  month,
              char first[11],
              char last[11])
{
  g_snprintf (first, 11, "%04d-%02d-01", year, month);
  g_snprintf (last, 11, "%04d-%02d-%02d", year, month, g_date_get_days_in_month (month, year));
}

/* A day's sums in 128 bits, held within 64: the figures are within DK_COUNT_MAX when
 * written, but a database from before the bounds may hold anything, and a figure that
 * does not add up is a break to show, not a sum to wrap. */
static gint64
clamp64 (__int128 v)
{
  return v > G_MAXINT64 ? G_MAXINT64 : v < G_MININT64 ? G_MININT64 : (gint64) v;
}

static gint64
expected_saldo (const DkBlangkoUsageDay *d)
{
  return clamp64 ((__int128) d->previous_sisa + d->masuk);
}

static gint64
expected_pemakaian (const DkBlangkoUsageDay *d)
{
  return clamp64 ((__int128) d->baru + d->hilang + d->rusak + d->perubahan + d->invalid);
}

static gint64
expected_sisa (const DkBlangkoUsageDay *d)
{
  return clamp64 ((__int128) d->saldo - d->pemakaian - d->pinjam);
}

/* Sets the day's breaks against the previous day's sisa (when there is one). */
static void
check_day (DkBlangkoUsageDay *d)
{
  d->breaks = 0;
  if (d->previous[0] != '\0' && d->saldo != expected_saldo (d))
    d->breaks |= DK_USAGE_BREAK_SALDO;
  if (d->pemakaian != expected_pemakaian (d))
    d->breaks |= DK_USAGE_BREAK_PEMAKAIAN;
  if (d->sisa != expected_sisa (d))
    d->breaks |= DK_USAGE_BREAK_SISA;
  if (d->sisa < 0 || d->saldo < 0)
    d->breaks |= DK_USAGE_BREAK_NEGATIVE;
}

static DkBlangkoUsageDay *
day_from_row (DkDbStmt *stmt)
{
  DkBlangkoUsageDay *d = g_new0 (DkBlangkoUsageDay, 1);

  g_strlcpy (d->tanggal, dk_db_column_text (stmt, 0), sizeof d->tanggal);
  d->nomor_masuk = _dk_stmt_dup_text (stmt, 1);
  d->masuk = dk_db_column_int64 (stmt, 2);
  d->saldo = dk_db_column_int64 (stmt, 3);
  d->pemakaian = dk_db_column_int64 (stmt, 4);
  d->nomor_pinjam = _dk_stmt_dup_text (stmt, 5);
  d->pinjam = dk_db_column_int64 (stmt, 6);
  d->baru = dk_db_column_int64 (stmt, 7);
  d->hilang = dk_db_column_int64 (stmt, 8);
  d->rusak = dk_db_column_int64 (stmt, 9);
  d->perubahan = dk_db_column_int64 (stmt, 10);
  d->invalid = dk_db_column_int64 (stmt, 11);
  d->sisa = dk_db_column_int64 (stmt, 12);
  d->ket = _dk_stmt_dup_text (stmt, 13);
  return d;
}

/* The office's last day before @before, if any. */
static gboolean
previous_day (DkStore     *store,
              const char  *kode,
              const char  *before,
              char         day[11],
              gint64      *sisa,
              GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT tanggal, sisa FROM blangko_penggunaan WHERE kode = ?1 AND tanggal < ?2 "
                            "ORDER BY tanggal DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, kode);
  dk_db_bind_text (stmt, 2, before);
  day[0] = '\0';
  *sisa = 0;
  rc = dk_db_step (stmt);
  if (rc == DK_DB_ROW)
    {
      g_strlcpy (day, dk_db_column_text (stmt, 0), 11);
      *sisa = dk_db_column_int64 (stmt, 1);
    }
  else if (rc != DK_DB_DONE)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * dk_blangko_usage_load:
 *
 * Returns: (transfer full): the office's report of the month, each day checked; a month
 *   without rows has no days
 */
DkBlangkoUsageMonth *
dk_blangko_usage_load (DkStore     *store,
                       const char  *kode,
                       int          year,
                       int          month,
                       GError     **error)
{
  g_autoptr(DkBlangkoUsageMonth) m = g_new0 (DkBlangkoUsageMonth, 1);
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(DkRegion) region = NULL;
  char first[11], last[11], previous[11];
  gint64 previous_sisa;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!dk_blangko_check_office (store, kode, error) || !(region = dk_region_lookup (store, kode, error)))
    return NULL;
  if (month < 1 || month > 12 || year < 1900 || year > 2999)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%04d-%02d is not a month"), year, month);
      return NULL;
    }
  m->kode = g_strdup (kode);
  m->wilayah = g_strdup (region->wilayah);
  m->year = year;
  m->month = month;
  m->n_days_in_month = g_date_get_days_in_month (month, year);
  m->days = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_blangko_usage_day_free);
  month_bounds (year, month, first, last);
  if (!previous_day (store, kode, first, previous, &previous_sisa, error))
    return NULL;

  stmt = _dk_store_prepare (store,
                            "SELECT " USAGE_COLUMNS " FROM blangko_penggunaan "
                            "WHERE kode = ?1 AND tanggal BETWEEN ?2 AND ?3 ORDER BY tanggal", error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_text (stmt, 1, kode);
  dk_db_bind_text (stmt, 2, first);
  dk_db_bind_text (stmt, 3, last);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkBlangkoUsageDay *d = day_from_row (stmt);

      g_strlcpy (d->previous, previous, sizeof d->previous);
      d->previous_sisa = previous_sisa;
      check_day (d);
      m->n_breaks += d->breaks != 0;
      g_strlcpy (previous, d->tanggal, sizeof previous);
      previous_sisa = d->sisa;
      g_ptr_array_add (m->days, d);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&m);
}

/**
 * dk_blangko_usage_months:
 * @kode: (nullable): one office, or %NULL for all
 *
 * Returns: (transfer full): the months with rows, YYYY-MM, oldest first
 */
GStrv
dk_blangko_usage_months (DkStore     *store,
                         const char  *kode,
                         GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT DISTINCT substr (CAST (tanggal AS TEXT), 1, 7) FROM blangko_penggunaan "
                            "WHERE CAST (?1 AS TEXT) IS NULL OR kode = ?1 ORDER BY 1", error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_text (stmt, 1, kode);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    g_strv_builder_add (builder, dk_db_column_text (stmt, 0));
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_strv_builder_end (builder);
}

/**
 * dk_blangko_usage_describe_break:
 * @which: one of the day's breaks
 * @indonesian: in the report's language, whatever the user's
 *
 * Returns: (transfer full): what does not add up, with the figures
 */
char *
dk_blangko_usage_describe_break (const DkBlangkoUsageDay *d,
                                 DkBlangkoUsageBreak      which,
                                 gboolean                 indonesian)
{
  DkNumberFormat fmt;
  g_autofree char *a = NULL, *b = NULL, *prev = NULL;

  if (indonesian)
    dk_number_format_init (&fmt, ".", ",");
  else
    dk_number_format_init_locale (&fmt);
  switch (which)
    {
    case DK_USAGE_BREAK_SALDO:
      a = dk_format_int (&fmt, d->saldo);
      b = dk_format_int (&fmt, expected_saldo (d));
      prev = indonesian ? dk_format_date_indonesian (d->previous) : dk_format_date_long (d->previous);
      return g_strdup_printf (indonesian ? "Saldo tercatat %s, sedangkan sisa %s ditambah blangko masuk = %s"
                                         /* Translators: a break in a usage report: saldo, the previous day, the figure it should be */
                                         : _("the report states %s, the remaining blanks of %s plus those received give %s"),
                              a, prev, b);
    case DK_USAGE_BREAK_PEMAKAIAN:
      a = dk_format_int (&fmt, d->pemakaian);
      b = dk_format_int (&fmt, expected_pemakaian (d));
      return g_strdup_printf (indonesian ? "Pemakaian tercatat %s, sedangkan jumlah cetak dan rusak/invalid = %s"
                                         : _("the report states %s, the cards printed and the spoiled blanks add up to %s"),
                              a, b);
    case DK_USAGE_BREAK_SISA:
      a = dk_format_int (&fmt, d->sisa);
      b = dk_format_int (&fmt, expected_sisa (d));
      return g_strdup_printf (indonesian ? "Sisa tercatat %s, sedangkan saldo − pemakaian − pinjam pakai = %s"
                                         : _("the report states %s, balance − used − lent gives %s"), a, b);
    case DK_USAGE_BREAK_NEGATIVE:
      a = dk_format_int (&fmt, MIN (d->saldo, d->sisa));
      return g_strdup_printf (indonesian ? "Stok blangko di bawah nol (%s)" : _("the stock is below zero (%s)"), a);
    default:
      g_return_val_if_reached (NULL);
    }
}

/* --------------------------------------------------------------- writing */

static gboolean
check_input_count (const char  *date,
                   const char  *column,
                   gint64       value,
                   gboolean     optional,
                   GError     **error)
{
  if (value >= 0 || (optional && value == -1))
    {
      g_autofree char *what = value > DK_COUNT_MAX ? g_strdup_printf ("%s, %s", date, column) : NULL;

      return value <= DK_COUNT_MAX || dk_number_check_count (what, value, error);
    }
  /* Translators: a refused figure: date, column */
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s, %s: a count cannot be negative"), date, column);
  return FALSE;
}

/* Validates @in against the previous day's sisa and fills the computed figures. */
static gboolean
complete_input (const DkBlangkoUsageInput *in,
                gboolean                   has_previous,
                gint64                     previous_sisa,
                DkBlangkoUsageInput       *out,
                GError                   **error)
{
  g_autofree char *date = NULL;

  if (!dk_date_check_iso (in->tanggal, NULL, error))
    return FALSE;
  date = dk_format_date_long (in->tanggal);
  if (!check_input_count (date, C_("usage column", "Received"), in->masuk, FALSE, error) ||
      !check_input_count (date, C_("usage column", "Balance"), in->saldo, TRUE, error) ||
      !check_input_count (date, C_("usage column", "Used"), in->pemakaian, TRUE, error) ||
      !check_input_count (date, C_("usage column", "Lent"), in->pinjam, FALSE, error) ||
      !check_input_count (date, C_("usage column", "New"), in->baru, FALSE, error) ||
      !check_input_count (date, C_("usage column", "Lost"), in->hilang, FALSE, error) ||
      !check_input_count (date, C_("usage column", "Damaged"), in->rusak, FALSE, error) ||
      !check_input_count (date, C_("usage column", "Data change"), in->perubahan, FALSE, error) ||
      !check_input_count (date, C_("usage column", "Spoiled/invalid"), in->invalid, FALSE, error) ||
      !check_input_count (date, C_("usage column", "Remaining"), in->sisa, TRUE, error))
    return FALSE;

  *out = *in;
  out->nomor_masuk = g_strstrip (g_strdup (in->nomor_masuk != NULL ? in->nomor_masuk : ""));
  out->nomor_pinjam = g_strstrip (g_strdup (in->nomor_pinjam != NULL ? in->nomor_pinjam : ""));
  out->ket = g_strstrip (g_strdup (in->ket != NULL ? in->ket : ""));
  if (out->saldo < 0 && !dk_checked_add (&out->saldo, has_previous ? previous_sisa : 0, in->masuk))
    {
      g_autofree char *what = g_strdup_printf (_("The blanks of %s"), date);

      dk_number_set_overflow (error, what);
      dk_blangko_usage_input_clear (out);
      return FALSE;
    }
  if (out->pemakaian < 0)
    out->pemakaian = in->baru + in->hilang + in->rusak + in->perubahan + in->invalid;
  if (out->sisa < 0)
    {
      out->sisa = out->saldo - out->pemakaian - out->pinjam;
      if (out->sisa < 0)
        {
          g_autofree char *s = _dk_blangko_count (out->saldo);
          g_autofree char *u = _dk_blangko_count (out->pemakaian + out->pinjam);

          /* Translators: date, blanks used and lent, balance */
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                       _("%s: %s blanks used and lent, more than the balance of %s"), date, u, s);
          dk_blangko_usage_input_clear (out);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
insert_day (DkStore                   *store,
            const char                *kode,
            const DkBlangkoUsageInput *d,
            GError                   **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  stmt = _dk_store_prepare (store,
                            "INSERT INTO blangko_penggunaan (kode, " USAGE_COLUMNS ") "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
                            "ON CONFLICT (kode, tanggal) DO UPDATE SET nomor_masuk = excluded.nomor_masuk, "
                            "masuk = excluded.masuk, saldo = excluded.saldo, pemakaian = excluded.pemakaian, "
                            "nomor_pinjam = excluded.nomor_pinjam, pinjam = excluded.pinjam, "
                            "cetak_baru = excluded.cetak_baru, cetak_hilang = excluded.cetak_hilang, "
                            "cetak_rusak = excluded.cetak_rusak, cetak_perubahan = excluded.cetak_perubahan, "
                            "rusak_invalid = excluded.rusak_invalid, sisa = excluded.sisa, ket = excluded.ket",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, kode);
  dk_db_bind_text (stmt, 2, d->tanggal);
  dk_db_bind_text (stmt, 3, d->nomor_masuk);
  dk_db_bind_int64 (stmt, 4, d->masuk);
  dk_db_bind_int64 (stmt, 5, d->saldo);
  dk_db_bind_int64 (stmt, 6, d->pemakaian);
  dk_db_bind_text (stmt, 7, d->nomor_pinjam);
  dk_db_bind_int64 (stmt, 8, d->pinjam);
  dk_db_bind_int64 (stmt, 9, d->baru);
  dk_db_bind_int64 (stmt, 10, d->hilang);
  dk_db_bind_int64 (stmt, 11, d->rusak);
  dk_db_bind_int64 (stmt, 12, d->perubahan);
  dk_db_bind_int64 (stmt, 13, d->invalid);
  dk_db_bind_int64 (stmt, 14, d->sisa);
  dk_db_bind_text (stmt, 15, d->ket);
  return _dk_store_step_done (store, stmt, error);
}

/**
 * dk_blangko_usage_set_day:
 *
 * Records a day of an office's report, replacing the row of that day. A saldo, pemakaian
 * or sisa of -1 is computed (see #DkBlangkoUsageInput); figures given are kept as given,
 * and `check` reports a balance that breaks.
 */
gboolean
dk_blangko_usage_set_day (DkStore                    *store,
                          const char                 *kode,
                          const DkBlangkoUsageInput  *input,
                          GError                    **error)
{
  static const char *const tables[] = { "blangko_penggunaan", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  DkBlangkoUsageInput full = { { 0 } };
  char previous[11];
  gint64 previous_sisa;
  gboolean ok;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!dk_blangko_check_office (store, kode, error) || !dk_date_check_iso (input->tanggal, NULL, error) ||
      !previous_day (store, kode, input->tanggal, previous, &previous_sisa, error) ||
      !complete_input (input, previous[0] != '\0', previous_sisa, &full, error))
    return FALSE;
  if (!_dk_store_begin (store, error))
    {
      dk_blangko_usage_input_clear (&full);
      return FALSE;
    }
  ok = _dk_blangko_history_begin (&rows, store, tables, kode, error) && insert_day (store, kode, &full, error) &&
       _dk_history_rows_end (&rows, store, _("A day of the usage report entered"), error);
  dk_blangko_usage_input_clear (&full);
  return _dk_blangko_finish (store, ok, error);
}

gboolean
dk_blangko_usage_delete_day (DkStore     *store,
                             const char  *kode,
                             const char  *tanggal,
                             GError     **error)
{
  static const char *const tables[] = { "blangko_penggunaan", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkDbStmt) stmt = NULL;

  stmt = _dk_store_prepare (store, "DELETE FROM blangko_penggunaan WHERE kode = ?1 AND tanggal = ?2", error);
  if (stmt == NULL || !_dk_store_begin (store, error))
    return FALSE;
  dk_db_bind_text (stmt, 1, kode);
  dk_db_bind_text (stmt, 2, tanggal);
  return _dk_blangko_finish (store,
                             _dk_blangko_history_begin (&rows, store, tables, kode, error) &&
                             _dk_store_step_done (store, stmt, error) &&
                             _dk_history_rows_end (&rows, store, _("A day of the usage report removed"), error),
                             error);
}

static int
compare_inputs (gconstpointer a,
                gconstpointer b)
{
  return strcmp (((const DkBlangkoUsageInput *) a)->tanggal, ((const DkBlangkoUsageInput *) b)->tanggal);
}

/**
 * dk_blangko_usage_replace_month:
 * @inputs: (array length=n_inputs): the month's days
 *
 * Replaces the office's report of the month with @inputs, in one transaction: every day
 * must fall in the month, once.
 */
gboolean
dk_blangko_usage_replace_month (DkStore                    *store,
                                const char                 *kode,
                                int                         year,
                                int                         month,
                                const DkBlangkoUsageInput  *inputs,
                                guint                       n_inputs,
                                GError                    **error)
{
  static const char *const tables[] = { "blangko_penggunaan", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autofree DkBlangkoUsageInput *sorted = g_memdup2 (inputs, sizeof *inputs * n_inputs);
  g_autofree char *what = NULL;
  g_autoptr(DkDbStmt) del = NULL;
  char first[11], last[11], previous[11];
  gint64 previous_sisa;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!dk_blangko_check_office (store, kode, error))
    return FALSE;
  month_bounds (year, month, first, last);
  qsort (sorted, n_inputs, sizeof *sorted, compare_inputs);
  for (guint i = 0; i < n_inputs; i++)
    {
      if (strcmp (sorted[i].tanggal, first) < 0 || strcmp (sorted[i].tanggal, last) > 0)
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s is not in the month %.7s"), sorted[i].tanggal, first);
          return FALSE;
        }
      if (i > 0 && strcmp (sorted[i].tanggal, sorted[i - 1].tanggal) == 0)
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s is given twice"), sorted[i].tanggal);
          return FALSE;
        }
    }

  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!_dk_blangko_history_begin (&rows, store, tables, kode, error) ||
      !previous_day (store, kode, first, previous, &previous_sisa, error))
    goto failed;
  del = _dk_store_prepare (store, "DELETE FROM blangko_penggunaan WHERE kode = ?1 AND tanggal BETWEEN ?2 AND ?3", error);
  if (del == NULL)
    goto failed;
  dk_db_bind_text (del, 1, kode);
  dk_db_bind_text (del, 2, first);
  dk_db_bind_text (del, 3, last);
  if (!_dk_store_step_done (store, del, error))
    goto failed;
  for (guint i = 0; i < n_inputs; i++)
    {
      DkBlangkoUsageInput full = { { 0 } };
      gboolean ok;

      if (!complete_input (&sorted[i], previous[0] != '\0', previous_sisa, &full, error))
        goto failed;
      ok = insert_day (store, kode, &full, error);
      g_strlcpy (previous, full.tanggal, sizeof previous);
      previous_sisa = full.sisa;
      dk_blangko_usage_input_clear (&full);
      if (!ok)
        goto failed;
    }
  /* Translators: a change in the history: the office's code, the month YYYY-MM */
  what = g_strdup_printf (_("Usage report of %s for %.7s entered"), kode, first);
  if (!_dk_history_rows_end (&rows, store, what, error))
    goto failed;
  return _dk_store_commit (store, error);

failed:
  _dk_store_rollback (store);
  return FALSE;
}

/* ---------------------------------------------------------- a CSV file */

struct _DkBlangkoUsageImport
{
  DkStore   *store;
  char      *kode;
  DkRegion  *region;
  int        year;
  int        month;
  char      *name;
  GPtrArray *problems;
  guint      n_errors;
  guint      n_more_problems;   /* not listed: past DK_PARSE_MAX_PROBLEMS */
  GArray    *inputs;    /* of DkBlangkoUsageInput */
};

static void
problem_free (DkBlangkoProblem *p)
{
  g_free (p->message);
  g_free (p);
}

static void
input_clear (gpointer data)
{
  dk_blangko_usage_input_clear (data);
}

/**
 * dk_blangko_usage_import_new:
 *
 * Returns: (transfer full): a reader of @kode's report of @year-@month
 */
DkBlangkoUsageImport *
dk_blangko_usage_import_new (DkStore    *store,
                             const char *kode,
                             int         year,
                             int         month)
{
  DkBlangkoUsageImport *self = g_new0 (DkBlangkoUsageImport, 1);

  self->store = g_object_ref (store);
  self->kode = g_strdup (kode);
  self->year = year;
  self->month = month;
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  self->inputs = g_array_new (FALSE, TRUE, sizeof (DkBlangkoUsageInput));
  g_array_set_clear_func (self->inputs, input_clear);
  return self;
}

void
dk_blangko_usage_import_free (DkBlangkoUsageImport *self)
{
  if (self == NULL)
    return;
  g_object_unref (self->store);
  g_free (self->kode);
  g_clear_pointer (&self->region, dk_region_free);
  g_free (self->name);
  g_ptr_array_unref (self->problems);
  g_array_unref (self->inputs);
  g_free (self);
}

static void add_problem (DkBlangkoUsageImport *self, gboolean is_error, guint line, const char *column,
                         const char *format, ...) G_GNUC_PRINTF (5, 6);

static void
add_problem (DkBlangkoUsageImport *self,
             gboolean              is_error,
             guint                 line,
             const char           *column,
             const char           *format,
             ...)
{
  DkBlangkoProblem *p = g_new0 (DkBlangkoProblem, 1);
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  p->is_error = is_error;
  p->line = line;
  if (line == 0)
    p->message = g_strdup_printf ("%s: %s", self->name, text);
  else if (column == NULL)
    p->message = g_strdup_printf (_("%s, line %u: %s"), self->name, line, text);
  else
    p->message = g_strdup_printf (_("%s, line %u, column %s: %s"), self->name, line, column, text);
  self->n_errors += is_error;
  if (self->problems->len >= DK_PARSE_MAX_PROBLEMS)
    {
      self->n_more_problems++;
      problem_free (p);
      return;
    }
  g_ptr_array_add (self->problems, p);
}

static char *
cell (DkCsvRecord *r,
      guint        i)
{
  return g_strstrip (g_strdup (i < r->n_fields ? r->fields[i] : ""));
}

/* The month of "BULAN : NOVEMBER 2019", as YYYY-MM, or NULL */
static char *
stated_month (const char *text)
{
  g_autofree char *with_day = g_strconcat ("1 ", text, NULL);
  g_autofree char *date = dk_parse_find_date (with_day);

  return date != NULL ? g_strndup (date, 7) : NULL;
}

/* A title cell "LABEL : value", or "LABEL :" with the value in the next cell */
static char *
labelled_value (DkCsvRecord *r,
                const char  *label)
{
  for (guint i = 0; i < r->n_fields; i++)
    {
      g_autofree char *c = cell (r, i);
      g_autofree char *up = g_utf8_strup (c, -1);
      const char *colon;

      if (!g_str_has_prefix (up, label))
        continue;
      colon = strchr (c, ':');
      if (colon != NULL && colon[1] != '\0' && *g_strchug ((char *) colon + 1) != '\0')
        return g_strdup (g_strchug ((char *) colon + 1));
      for (guint j = i + 1; j < r->n_fields; j++)
        {
          g_autofree char *next = cell (r, j);

          if (*next != '\0' && g_strcmp0 (next, ":") != 0)
            return g_strdup (next[0] == ':' ? g_strchug (next + 1) : next);
        }
      return g_strdup ("");
    }
  return NULL;
}

static gboolean
is_numbering_row (DkCsvRecord *r)
{
  for (guint i = 0; i < 14; i++)
    {
      g_autofree char *c = cell (r, i);
      g_autofree char *want = g_strdup_printf ("%u", i + 1);

      if (g_strcmp0 (c, want) != 0)
        return FALSE;
    }
  return TRUE;
}

/* The date a row is of: its first cell, a day of the month or a whole date. */
static gboolean
row_date (DkBlangkoUsageImport *self,
          const char           *text,
          char                  date[11],
          gboolean             *outside)
{
  guint64 day;
  g_autofree char *found = NULL;

  *outside = FALSE;
  if (*text == '\0')
    return FALSE;
  if (g_ascii_string_to_unsigned (text, 10, 1, 31, &day, NULL))
    {
      if (day > (guint64) g_date_get_days_in_month (self->month, self->year))
        {
          *outside = TRUE;
          return FALSE;
        }
      g_snprintf (date, 11, "%04d-%02d-%02d", self->year, self->month, (int) day);
      return TRUE;
    }
  if (!g_ascii_isdigit (text[0]) || !(found = dk_parse_find_date (text)))
    return FALSE;
  g_strlcpy (date, found, 11);
  *outside = atoi (found) != self->year || atoi (found + 5) != self->month;
  return !*outside;
}

static const char *
column_title (guint column)
{
  switch (column)
    {
    case 2: return C_("usage column", "Received");
    case 3: return C_("usage column", "Balance");
    case 4: return C_("usage column", "Used");
    case 6: return C_("usage column", "Lent");
    case 7: return C_("usage column", "New");
    case 8: return C_("usage column", "Lost");
    case 9: return C_("usage column", "Damaged");
    case 10: return C_("usage column", "Data change");
    case 11: return C_("usage column", "Spoiled/invalid");
    case 12: return C_("usage column", "Remaining");
    default: return "";
    }
}

static void
read_day (DkBlangkoUsageImport *self,
          DkCsvRecord          *r,
          const char           *date,
          GHashTable           *seen)
{
  DkBlangkoUsageInput in = { { 0 } };
  gint64 *counts[13] = { NULL, NULL, &in.masuk, &in.saldo, &in.pemakaian, NULL, &in.pinjam, &in.baru, &in.hilang,
                         &in.rusak, &in.perubahan, &in.invalid, &in.sisa };
  gboolean any = FALSE, bad = FALSE;
  gpointer first_line;

  g_strlcpy (in.tanggal, date, sizeof in.tanggal);
  for (guint c = 2; c <= 12; c++)
    {
      g_autofree char *text = NULL, *why = NULL;
      gboolean none = FALSE;

      if (counts[c] == NULL)
        continue;
      text = cell (r, c);
      /* a blank balance is computed; a blank movement is none */
      if (*text == '\0')
        {
          *counts[c] = (c == 3 || c == 4 || c == 12) ? -1 : 0;
          continue;
        }
      any = TRUE;
      if (!dk_parse_count (text, counts[c], &none, &why))
        {
          add_problem (self, TRUE, r->line, column_title (c), "%s", why);
          bad = TRUE;
        }
      else if (none && (c == 3 || c == 12))
        *counts[c] = 0;
    }
  in.nomor_masuk = cell (r, 1);
  in.nomor_pinjam = cell (r, 5);
  in.ket = cell (r, 13);
  any = any || in.nomor_masuk[0] || in.nomor_pinjam[0] || in.ket[0];
  if (!any || bad)
    {
      dk_blangko_usage_input_clear (&in);
      return;
    }
  if (g_hash_table_lookup_extended (seen, date, NULL, &first_line))
    {
      g_autofree char *d = dk_format_date_long (date);

      add_problem (self, TRUE, r->line, NULL, _("%s is already given on line %u"), d, GPOINTER_TO_UINT (first_line));
      dk_blangko_usage_input_clear (&in);
      return;
    }
  g_hash_table_insert (seen, g_strdup (date), GUINT_TO_POINTER (r->line));
  g_array_append_val (self->inputs, in);
}

/* The reading of dk_blangko_usage_import_read_data(). */
static void
read_data (DkBlangkoUsageImport *self,
           const char           *name,
           const char           *data,
           gsize                 length)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *text = NULL;
  g_autofree char *want_month = g_strdup_printf ("%04d-%02d", self->year, self->month);
  gsize text_length = 0;

  g_free (self->name);
  self->name = g_strdup (name);
  g_ptr_array_set_size (self->problems, 0);
  self->n_errors = 0;
  g_array_set_size (self->inputs, 0);

  if (self->region == NULL && !(self->region = dk_region_lookup (self->store, self->kode, &error)))
    {
      add_problem (self, TRUE, 0, NULL, "%s", error->message);
      return;
    }
  if (!(text = dk_parse_decode_text (data, length, &text_length, &error)) ||
      !(records = dk_csv_parse (text, text_length, dk_csv_sniff_delimiter (text, text_length), &error)))
    {
      add_problem (self, TRUE, 0, NULL, "%s", error->message);
      return;
    }

  for (guint i = 0; i < records->len; i++)
    {
      DkCsvRecord *r = g_ptr_array_index (records, i);
      g_autofree char *first = cell (r, 0);
      g_autofree char *office = labelled_value (r, "KABUPATEN/KOTA");
      g_autofree char *month = labelled_value (r, "BULAN");
      char date[11];
      gboolean outside;

      if (office != NULL && *office != '\0')
        {
          g_autofree char *normal = dk_parse_normalize_code (office);
          g_autofree char *key = dk_parse_name_key (office, NULL);
          g_autofree char *want_key = dk_parse_name_key (self->region->nama, NULL);
          g_autofree char *want_report = dk_parse_name_key (self->region->wilayah, NULL);

          if (g_strcmp0 (normal, self->kode) != 0 && g_strcmp0 (key, want_key) != 0 && g_strcmp0 (key, want_report) != 0)
            add_problem (self, TRUE, r->line, NULL, _("the report is of “%s”, not of %s (%s)"), office,
                         self->region->wilayah, self->kode);
          continue;
        }
      if (month != NULL && *month != '\0')
        {
          g_autofree char *found = stated_month (month);

          if (found == NULL)
            add_problem (self, FALSE, r->line, NULL, _("the month “%s” is not understood; the rows are taken as of %s"),
                         month, want_month);
          else if (g_strcmp0 (found, want_month) != 0)
            add_problem (self, TRUE, r->line, NULL, _("the report is of %s, not of %s"), found, want_month);
          continue;
        }
      if (is_numbering_row (r))
        continue;
      if (!row_date (self, first, date, &outside))
        {
          if (outside)
            add_problem (self, TRUE, r->line, NULL, _("“%s” is not a day of %s"), first, want_month);
          continue;
        }
      read_day (self, r, date, seen);
    }
  if (self->inputs->len == 0 && self->n_errors == 0)
    add_problem (self, TRUE, 0, NULL, "%s",
                 _("no day of the report was found: the first column must hold the day (1 … 31) or its date"));
}

/**
 * dk_blangko_usage_import_read_data:
 * @name: the file's name, for the messages
 *
 * Reads the report as an office saves it from its spreadsheet: the title rows
 * ("KABUPATEN/KOTA : …", "BULAN : …", checked against the office and month asked for),
 * the headings and their numbering row 1 … 14, then a row per day whose first cell is
 * the day (1 … 31) or its date, its columns in the agreed order. The CSV that
 * `dukcapil-cli blangko report --format csv` writes reads the same way. Problems are
 * listed with their line and column, up to %DK_PARSE_MAX_PROBLEMS and a closing line
 * saying how many more there are.
 */
void
dk_blangko_usage_import_read_data (DkBlangkoUsageImport *self,
                                   const char           *name,
                                   const char           *data,
                                   gsize                 length)
{
  self->n_more_problems = 0;
  read_data (self, name, data, length);
  if (self->n_more_problems > 0)
    {
      /* the list stops at DK_PARSE_MAX_PROBLEMS, closing with how many more there are */
      DkBlangkoProblem *p = g_new0 (DkBlangkoProblem, 1);

      p->message = dk_parse_more_problems (self->n_more_problems);
      g_ptr_array_add (self->problems, p);
    }
}

/**
 * dk_blangko_usage_import_read_file:
 *
 * Returns: %FALSE when the file cannot be read; problems with its contents are listed
 *   instead
 */
gboolean
dk_blangko_usage_import_read_file (DkBlangkoUsageImport  *self,
                                   const char            *path,
                                   GError               **error)
{
  g_autofree char *data = NULL;
  g_autofree char *name = g_path_get_basename (path);
  gsize length;

  if (!dk_parse_read_file (path, &data, &length, error))
    return FALSE;
  dk_blangko_usage_import_read_data (self, name, data, length);
  return TRUE;
}

/**
 * dk_blangko_usage_import_get_problems:
 *
 * Returns: (transfer none) (element-type DkBlangkoProblem): the problems found
 */
GPtrArray *
dk_blangko_usage_import_get_problems (DkBlangkoUsageImport *self)
{
  return self->problems;
}

guint
dk_blangko_usage_import_get_n_errors (DkBlangkoUsageImport *self)
{
  return self->n_errors;
}

guint
dk_blangko_usage_import_get_n_days (DkBlangkoUsageImport *self)
{
  return self->inputs->len;
}

/**
 * dk_blangko_usage_import_commit:
 *
 * Backs the database up, then replaces the office's report of the month with the file's,
 * in one transaction. A file with errors is refused.
 */
gboolean
dk_blangko_usage_import_commit (DkBlangkoUsageImport  *self,
                                GError               **error)
{
  g_autofree char *backup = NULL;

  if (self->n_errors > 0 || self->name == NULL)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The file has errors; nothing was imported"));
      return FALSE;
    }
  if (!(backup = dk_backup_auto (self->store, "import", error)))
    {
      g_prefix_error (error, _("Nothing was imported: the database could not be backed up first: "));
      return FALSE;
    }
  return dk_blangko_usage_replace_month (self->store, self->kode, self->year, self->month,
                                         (DkBlangkoUsageInput *) self->inputs->data, self->inputs->len, error);
}

/* ---------------------------------------------------------------- check */

static const DkBlangkoUsageBreak break_kinds[] = {
  DK_USAGE_BREAK_SALDO, DK_USAGE_BREAK_PEMAKAIAN, DK_USAGE_BREAK_SISA, DK_USAGE_BREAK_NEGATIVE,
};

static const char *
break_column (DkBlangkoUsageBreak which)
{
  switch (which)
    {
    case DK_USAGE_BREAK_SALDO:
      return C_("usage column", "Balance");
    case DK_USAGE_BREAK_PEMAKAIAN:
      return C_("usage column", "Used");
    case DK_USAGE_BREAK_SISA:
    case DK_USAGE_BREAK_NEGATIVE:
    default:
      return C_("usage column", "Remaining");
    }
}

/* A finding for each figure that breaks the balance in @month */
static void
add_month_breaks (GPtrArray           *findings,
                  DkBlangkoUsageMonth *month,
                  const char          *ym,
                  const char          *kode)
{
  for (guint i = 0; i < month->days->len; i++)
    {
      DkBlangkoUsageDay *d = g_ptr_array_index (month->days, i);
      g_autofree char *date = dk_format_date_long (d->tanggal);

      for (guint k = 0; k < G_N_ELEMENTS (break_kinds); k++)
        {
          g_autofree char *what = NULL;

          if (!(d->breaks & break_kinds[k]))
            continue;
          what = dk_blangko_usage_describe_break (d, break_kinds[k], FALSE);
          /* Translators: a finding: office (code), date, column: what does not add up */
          dk_findings_add (findings, "Blangko", ym, kode, break_column (break_kinds[k]), _("%s (%s), %s, %s: %s"),
                           month->wilayah, kode, date, break_column (break_kinds[k]), what);
        }
    }
}

/* The usage reports whose balance breaks, month by month */
static gboolean
check_usage (DkStore    *store,
             GPtrArray  *findings,
             GError    **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT DISTINCT kode, substr (CAST (tanggal AS TEXT), 1, 7) FROM blangko_penggunaan "
                            "ORDER BY 2, 1", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      const char *kode = dk_db_column_text (stmt, 0);
      const char *ym = dk_db_column_text (stmt, 1);
      g_autoptr(DkBlangkoUsageMonth) month = dk_blangko_usage_load (store, kode, atoi (ym), atoi (ym + 5), error);

      if (month == NULL)
        return FALSE;
      add_month_breaks (findings, month, ym, kode);
    }
  return _dk_store_rows_done (store, rc, error);
}

static void
add_coverage_findings (GPtrArray               *findings,
                       const DkBlangkoCoverage *c)
{
  g_autofree char *w = _dk_blangko_count (c->wajib_ktp), *r = _dk_blangko_count (c->sudah_rekam);
  g_autofree char *k_el = _dk_blangko_count (c->memiliki_ktp_el);

  if (c->sudah_rekam > c->wajib_ktp)
    dk_findings_add (findings, "KTP-el", c->per, c->kode, C_("column", "Recorded"),
                     _("%s (%s): %s recorded, more than the %s who must hold a KTP"), c->wilayah, c->kode, r, w);
  if (c->memiliki_ktp_el > c->sudah_rekam)
    dk_findings_add (findings, "KTP-el", c->per, c->kode, C_("column", "Own a KTP-el"),
                     _("%s (%s): %s own a KTP-el, more than the %s recorded"), c->wilayah, c->kode, k_el, r);
}

/* coverage figures that count more than what they count */
static gboolean
check_coverage (DkStore    *store,
                GPtrArray  *findings,
                GError    **error)
{
  g_auto(GStrv) dates = dk_blangko_coverage_dates (store, error);

  if (dates == NULL)
    return FALSE;
  for (guint k = 0; dates[k] != NULL; k++)
    {
      g_autoptr(GPtrArray) list = dk_blangko_coverage_list (store, dates[k], error);

      if (list == NULL)
        return FALSE;
      for (guint i = 0; i < list->len; i++)
        add_coverage_findings (findings, g_ptr_array_index (list, i));
    }
  return TRUE;
}

/* the ledger refuses it, but a database written by other means may hold it */
static gboolean
check_stock (DkStore    *store,
             GPtrArray  *findings,
             GError    **error)
{
  g_autoptr(GPtrArray) ledger = NULL;

  if (!(ledger = dk_blangko_list_ledger (store, NULL, NULL, error)))
    return FALSE;
  for (guint i = 0; i < ledger->len; i++)
    {
      DkBlangkoEntry *e = g_ptr_array_index (ledger, i);
      gboolean end_of_day = i + 1 == ledger->len ||
                            strcmp (((DkBlangkoEntry *) g_ptr_array_index (ledger, i + 1))->tanggal, e->tanggal) != 0;

      if (end_of_day && e->saldo < 0)
        {
          g_autofree char *s = _dk_blangko_count (e->saldo);

          dk_findings_add (findings, "Blangko", e->tanggal, "", C_("usage column", "Balance"),
                           _("the province’s stock of blanks is %s at the end of the day: more was distributed than received"),
                           s);
        }
    }
  return TRUE;
}

/* The usage reports whose balance breaks, and a province stock below zero. */
gboolean
dk_blangko_check (DkStore    *store,
                  GPtrArray  *findings,
                  GError    **error)
{
  return check_usage (store, findings, error) &&
         check_coverage (store, findings, error) &&
         check_stock (store, findings, error);
}
