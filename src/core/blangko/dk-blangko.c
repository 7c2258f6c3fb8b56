/* dk-blangko.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blank KTP-el cards: the province's ledger of what it received from the centre and
 * handed to the kabupaten/kota offices, the offices' daily reports and what follows from
 * them, the KTP-el coverage table, and who signs the reports.
 *
 * The ledger never goes below zero: a distribution (or the removal of a receipt) that
 * would leave fewer than no blanks on its day or on any later day is refused, naming the
 * day and the stock.
 */
#define G_LOG_DOMAIN "dk-blangko"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-blangko-private.h"
#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-history-internal.h"
#include "dk-number.h"
#include "dk-region.h"
#include "dk-store-internal.h"

/* ------------------------------------------------------------------ methods */

static const char *method_names[] = { "dijemput", "diantar", "ekspedisi" };

const char *
dk_blangko_method_to_string (DkBlangkoMethod method)
{
  g_return_val_if_fail (method < DK_BLANGKO_N_METHODS, NULL);
  return method_names[method];
}

/**
 * dk_blangko_method_from_string:
 * @str: "dijemput", "diantar" or "ekspedisi", or in English "collected", "delivered" or
 *   "courier"
 */
gboolean
dk_blangko_method_from_string (const char      *str,
                               DkBlangkoMethod *method)
{
  static const char *english[] = { "collected", "delivered", "courier" };

  for (guint i = 0; i < DK_BLANGKO_N_METHODS; i++)
    if (g_strcmp0 (str, method_names[i]) == 0 || g_strcmp0 (str, english[i]) == 0)
      {
        *method = (DkBlangkoMethod) i;
        return TRUE;
      }
  return FALSE;
}

/**
 * dk_blangko_method_label:
 *
 * Returns: how the blanks went, in words
 */
const char *
dk_blangko_method_label (DkBlangkoMethod method)
{
  switch (method)
    {
    case DK_BLANGKO_COLLECTED:
      return C_("blangko method", "Collected by the office");
    case DK_BLANGKO_DELIVERED:
      return C_("blangko method", "Delivered by province staff");
    case DK_BLANGKO_COURIER:
      return C_("blangko method", "Sent by courier");
    case DK_BLANGKO_N_METHODS:
    default:
      g_return_val_if_reached ("");
    }
}

/* -------------------------------------------------------------------- dates */

/**
 * dk_blangko_today:
 *
 * Returns: (transfer full): today's date in the local time zone, YYYY-MM-DD
 */
char *
dk_blangko_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

void
_dk_blangko_date_add (const char *iso,
                      int         days,
                      char        out[11])
{
  GDate date;

  if (!dk_date_parse_iso (iso, &date))
    {
      g_strlcpy (out, iso, 11);
      return;
    }
  if (days >= 0)
    g_date_add_days (&date, days);
  else
    g_date_subtract_days (&date, -days);
  g_snprintf (out, 11, "%04u-%02u-%02u", g_date_get_year (&date), g_date_get_month (&date),
              g_date_get_day (&date));
}

int
_dk_blangko_days_between (const char *from,
                          const char *to)
{
  GDate a, b;

  if (!dk_date_parse_iso (from, &a) || !dk_date_parse_iso (to, &b))
    return 0;
  return g_date_days_between (&a, &b);
}

char *
_dk_blangko_count (gint64 value)
{
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  return dk_format_int (&fmt, value);
}

/* ------------------------------------------------------------------- office */

static char *
office_name (DkStore    *store,
             const char *kode)
{
  g_autoptr(DkRegion) region = dk_region_lookup (store, kode, NULL);

  return g_strdup (region != NULL ? region->wilayah : kode);
}

/**
 * dk_blangko_check_office:
 *
 * Checks that @kode is a registered kabupaten/kota, with the message a user reads.
 */
gboolean
dk_blangko_check_office (DkStore     *store,
                         const char  *kode,
                         GError     **error)
{
  g_autoptr(DkRegion) region = NULL;
  g_autoptr(GError) local = NULL;

  if (kode == NULL || *kode == '\0')
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("No kabupaten/kota given"));
      return FALSE;
    }
  if (!(region = dk_region_lookup (store, kode, &local)))
    {
      if (g_error_matches (local, DK_ERROR, DK_ERROR_NOT_FOUND))
        g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s is not a known region code"), kode);
      else
        g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  if (region->level != DK_REGION_LEVEL_KABKOTA)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s (%s) is not a kabupaten/kota"), region->wilayah, kode);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_count (const char  *what,
             gint64       value,
             gboolean     positive,
             GError     **error)
{
  if (value < 0 || (positive && value == 0))
    {
      g_autofree char *v = _dk_blangko_count (value);

      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   positive ? _("%s: %s; it must be more than 0") : _("%s: %s; it cannot be negative"), what, v);
      return FALSE;
    }
  return dk_number_check_count (what, value, error);
}

/* ------------------------------------------------------------------- ledger */

void
dk_blangko_entry_free (DkBlangkoEntry *entry)
{
  if (entry == NULL)
    return;
  g_free (entry->nomor);
  g_free (entry->kode);
  g_free (entry->wilayah);
  g_free (entry->catatan);
  g_free (entry);
}

/**
 * dk_blangko_list_ledger:
 * @from: (nullable): the first date, or %NULL for the beginning
 * @to: (nullable): the last date, or %NULL for the end
 *
 * Returns: (transfer full) (element-type DkBlangkoEntry): the receipts and distributions,
 *   oldest first (a day's receipts before its distributions), each with the stock after it
 */
GPtrArray *
dk_blangko_list_ledger (DkStore     *store,
                        const char  *from,
                        const char  *to,
                        GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) entries = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_blangko_entry_free);
  gint64 saldo = 0;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store,
                            "SELECT 0, t.id, t.tanggal, t.nomor_ba, t.keping, NULL, NULL, NULL, NULL, t.catatan "
                            "FROM blangko_terima t "
                            "UNION ALL "
                            "SELECT 1, d.id, d.tanggal, d.nomor_bast, d.keping, d.kode, r.nama, r.tingkat, d.cara, "
                            "       d.catatan || '\x1f' || coalesce (d.rencana_id, 0) "
                            "FROM blangko_distribusi d JOIN region r ON r.kode = d.kode "
                            "ORDER BY 3, 1, 2", error);
  if (stmt == NULL)
    return NULL;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      g_autoptr(DkBlangkoEntry) e = g_new0 (DkBlangkoEntry, 1);
      const char *tanggal = dk_db_column_text (stmt, 2);

      e->kind = dk_db_column_int (stmt, 0) == 0 ? DK_BLANGKO_RECEIPT : DK_BLANGKO_DISTRIBUTION;
      e->id = dk_db_column_int64 (stmt, 1);
      g_strlcpy (e->tanggal, tanggal, sizeof e->tanggal);
      e->nomor = _dk_stmt_dup_text (stmt, 3);
      e->keping = dk_db_column_int64 (stmt, 4);
      if (!dk_checked_add (&saldo, saldo, e->kind == DK_BLANGKO_RECEIPT ? e->keping : -e->keping))
        {
          dk_number_set_overflow (error, _("The blanks received and distributed"));
          return NULL;
        }
      e->saldo = saldo;
      if (e->kind == DK_BLANGKO_DISTRIBUTION)
        {
          g_auto(GStrv) note = g_strsplit (dk_db_column_text (stmt, 9), "\x1f", 2);

          e->kode = _dk_stmt_dup_text (stmt, 5);
          e->wilayah = _dk_stmt_dup_region_name (stmt, 6);
          dk_blangko_method_from_string (dk_db_column_text (stmt, 8), &e->method);
          e->catatan = g_strdup (note[0]);
          e->rencana_id = note[1] != NULL ? g_ascii_strtoll (note[1], NULL, 10) : 0;
        }
      else
        e->catatan = _dk_stmt_dup_text (stmt, 9);
      if ((from != NULL && strcmp (tanggal, from) < 0) || (to != NULL && strcmp (tanggal, to) > 0))
        continue;
      g_ptr_array_add (entries, g_steal_pointer (&e));
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&entries);
}

/**
 * dk_blangko_stock_at:
 * @as_of: (nullable): the date; %NULL for every entry
 * @stock: (out caller-allocates): the stock at the end of @as_of
 */
gboolean
dk_blangko_stock_at (DkStore         *store,
                     const char      *as_of,
                     DkBlangkoStock  *stock,
                     GError         **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (stock != NULL, FALSE);

  memset (stock, 0, sizeof *stock);
  if (as_of != NULL && !dk_date_check_iso (as_of, NULL, error))
    return FALSE;
  stmt = _dk_store_prepare (store,
                            "SELECT (SELECT coalesce (sum (keping), 0) FROM blangko_terima "
                            "        WHERE tanggal <= ?1 OR ?1 IS NULL), "
                            "       (SELECT count(*) FROM blangko_terima WHERE tanggal <= ?1 OR ?1 IS NULL), "
                            "       (SELECT coalesce (CAST (max (tanggal) AS TEXT), '') FROM blangko_terima "
                            "        WHERE tanggal <= ?1 OR ?1 IS NULL), "
                            "       (SELECT coalesce (sum (keping), 0) FROM blangko_distribusi "
                            "        WHERE tanggal <= ?1 OR ?1 IS NULL), "
                            "       (SELECT count(*) FROM blangko_distribusi WHERE tanggal <= ?1 OR ?1 IS NULL)",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, as_of);
  if (dk_db_step (stmt) != DK_DB_ROW)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  g_strlcpy (stock->as_of, as_of != NULL ? as_of : "", sizeof stock->as_of);
  stock->received = dk_db_column_int64 (stmt, 0);
  stock->n_receipts = dk_db_column_int (stmt, 1);
  g_strlcpy (stock->last_receipt, dk_db_column_text (stmt, 2), sizeof stock->last_receipt);
  stock->distributed = dk_db_column_int64 (stmt, 3);
  stock->n_distributions = dk_db_column_int (stmt, 4);
  stock->stock = stock->received - stock->distributed;
  return TRUE;
}

/**
 * dk_blangko_stock_trend:
 *
 * Returns: (transfer full) (element-type DkBlangkoStockPoint): the stock at the end of
 *   every day with entries, oldest first
 */
GArray *
dk_blangko_stock_trend (DkStore  *store,
                        GError  **error)
{
  g_autoptr(GPtrArray) entries = dk_blangko_list_ledger (store, NULL, NULL, error);
  g_autoptr(GArray) points = NULL;

  if (entries == NULL)
    return NULL;
  points = g_array_new (FALSE, TRUE, sizeof (DkBlangkoStockPoint));
  for (guint i = 0; i < entries->len; i++)
    {
      DkBlangkoEntry *e = g_ptr_array_index (entries, i);
      DkBlangkoStockPoint *p;

      if (points->len == 0 || strcmp (g_array_index (points, DkBlangkoStockPoint, points->len - 1).tanggal, e->tanggal) != 0)
        {
          DkBlangkoStockPoint fresh = { { 0 } };

          g_strlcpy (fresh.tanggal, e->tanggal, sizeof fresh.tanggal);
          g_array_append_val (points, fresh);
        }
      p = &g_array_index (points, DkBlangkoStockPoint, points->len - 1);
      p->stock = e->saldo;
      if (!dk_checked_add (e->kind == DK_BLANGKO_RECEIPT ? &p->received : &p->distributed,
                           e->kind == DK_BLANGKO_RECEIPT ? p->received : p->distributed, e->keping))
        {
          dk_number_set_overflow (error, _("The blanks received and distributed"));
          return NULL;
        }
    }
  return g_steal_pointer (&points);
}

/* The lowest stock at the end of @from or of any later day with entries, and that day.
 * A day's receipts count before its distributions, so the end of the day is what matters. */
gboolean
_dk_blangko_lowest_stock_from (DkStore     *store,
                               const char  *from,
                               gint64      *lowest,
                               char         day[11],
                               GError     **error)
{
  g_autoptr(GPtrArray) entries = dk_blangko_list_ledger (store, NULL, NULL, error);
  gint64 at_from = 0;
  gboolean found = FALSE;

  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      DkBlangkoEntry *e = g_ptr_array_index (entries, i);
      gboolean end_of_day = i + 1 == entries->len ||
                            strcmp (((DkBlangkoEntry *) g_ptr_array_index (entries, i + 1))->tanggal, e->tanggal) != 0;

      if (strcmp (e->tanggal, from) <= 0)
        {
          at_from = e->saldo;
          continue;
        }
      if (!found)
        {
          /* the end of @from itself comes first */
          *lowest = at_from;
          g_strlcpy (day, from, 11);
          found = TRUE;
        }
      if (end_of_day && e->saldo < *lowest)
        {
          *lowest = e->saldo;
          g_strlcpy (day, e->tanggal, 11);
        }
    }
  if (!found)
    {
      *lowest = at_from;
      g_strlcpy (day, from, 11);
    }
  return TRUE;
}

/* Refuses taking @keping out of the stock from @tanggal on when that leaves less than
 * nothing on any day. */
static gboolean
check_can_take (DkStore     *store,
                const char  *tanggal,
                gint64       keping,
                const char  *wilayah,
                GError     **error)
{
  gint64 lowest;
  char day[11];

  if (!_dk_blangko_lowest_stock_from (store, tanggal, &lowest, day, error))
    return FALSE;
  if (lowest - keping >= 0)
    return TRUE;
  {
    g_autofree char *have = _dk_blangko_count (lowest);
    g_autofree char *want = _dk_blangko_count (keping);
    g_autofree char *date = dk_format_date_long (tanggal);
    g_autofree char *when = dk_format_date_long (day);

    if (strcmp (day, tanggal) == 0 && wilayah != NULL)
      /* Translators: a refused distribution: date, stock, blanks asked for, office */
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("On %s the province has %s blanks in stock: %s cannot be distributed to %s"),
                   date, have, want, wilayah);
    else if (strcmp (day, tanggal) == 0)
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("On %s the province has %s blanks in stock: %s cannot be taken out"), date, have, want);
    else
      /* Translators: a refused change: blanks, date, the later date and the stock then */
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("Taking %s blanks out on %s would leave less than none on %s, when the stock is %s "
                     "with the later distributions"), want, date, when, have);
    return FALSE;
  }
}

/**
 * dk_blangko_add_receipt:
 * @nomor_ba: (nullable): the number of the berita acara serah terima
 * @catatan: (nullable): a note
 * @id: (out) (optional): the new entry's id
 *
 * Records blanks received from the centre.
 */
gboolean
dk_blangko_add_receipt (DkStore     *store,
                        const char  *tanggal,
                        const char  *nomor_ba,
                        gint64       keping,
                        const char  *catatan,
                        gint64      *id,
                        GError     **error)
{
  static const char *const tables[] = { "blangko_terima", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkDbStmt) stmt = NULL;
  gint64 new_id;
  gboolean ok;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!dk_date_check_iso (tanggal, NULL, error) || !check_count (_("Blanks received"), keping, TRUE, error))
    return FALSE;
  stmt = _dk_store_prepare (store,
                            "INSERT INTO blangko_terima (tanggal, nomor_ba, keping, catatan) VALUES (?1, ?2, ?3, ?4) "
                            "RETURNING id",
                            error);
  if (stmt == NULL || !_dk_store_begin (store, error))
    return FALSE;
  dk_db_bind_text (stmt, 1, tanggal);
  dk_db_bind_text_take (stmt, 2, g_strstrip (g_strdup (nomor_ba != NULL ? nomor_ba : "")));
  dk_db_bind_int64 (stmt, 3, keping);
  dk_db_bind_text (stmt, 4, catatan != NULL ? catatan : "");
  ok = _dk_blangko_history_begin (&rows, store, tables, NULL, error) && _dk_store_step_id (store, stmt, &new_id, error);
  ok = ok && _dk_history_rows_end (&rows, store, _("Blanks received from the centre recorded"), error);
  if (!_dk_blangko_finish (store, ok, error))
    return FALSE;
  if (id != NULL)
    *id = new_id;
  return TRUE;
}

/* In a transaction the caller holds: checks and writes one distribution. */
gboolean
_dk_blangko_insert_distribution (DkStore                          *store,
                                 const DkBlangkoDistributionInput *in,
                                 gint64                            rencana_id,
                                 gint64                           *id,
                                 GError                          **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autofree char *wilayah = NULL;

  if (!dk_date_check_iso (in->tanggal, NULL, error) || !dk_blangko_check_office (store, in->kode, error))
    return FALSE;
  wilayah = office_name (store, in->kode);
  if (in->method >= DK_BLANGKO_N_METHODS)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Unknown way of distributing"));
      return FALSE;
    }
  if (!check_count (wilayah, in->keping, TRUE, error) || !check_can_take (store, in->tanggal, in->keping, wilayah, error))
    return FALSE;

  stmt = _dk_store_prepare (store,
                            "INSERT INTO blangko_distribusi (tanggal, kode, nomor_bast, keping, cara, rencana_id, catatan) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, in->tanggal);
  dk_db_bind_text (stmt, 2, in->kode);
  dk_db_bind_text_take (stmt, 3, g_strstrip (g_strdup (in->nomor_bast != NULL ? in->nomor_bast : "")));
  dk_db_bind_int64 (stmt, 4, in->keping);
  dk_db_bind_text (stmt, 5, method_names[in->method]);
  if (rencana_id > 0)
    dk_db_bind_int64 (stmt, 6, rencana_id);
  dk_db_bind_text (stmt, 7, in->catatan != NULL ? in->catatan : "");
  return _dk_store_step_id (store, stmt, id, error);
}

/**
 * dk_blangko_add_distribution:
 * @id: (out) (optional): the new entry's id
 *
 * Records blanks handed to an office. More than the province holds on that day (or that
 * would leave a later distribution without blanks) is refused with a message saying how
 * many there are.
 */
gboolean
dk_blangko_add_distribution (DkStore                          *store,
                             const DkBlangkoDistributionInput *input,
                             gint64                           *id,
                             GError                          **error)
{
  static const char *const tables[] = { "blangko_distribusi", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (input != NULL, FALSE);

  if (!_dk_store_begin (store, error))
    return FALSE;
  return _dk_blangko_finish (store,
                             _dk_blangko_history_begin (&rows, store, tables, input->kode, error) &&
                             _dk_blangko_insert_distribution (store, input, 0, id, error) &&
                             _dk_history_rows_end (&rows, store, _("Distribution recorded"), error),
                             error);
}

/**
 * dk_blangko_set_distribution_number:
 * @id: the distribution
 * @nomor_bast: its BAST number
 *
 * Fills in the BAST number of a distribution, such as one recorded from a plan before
 * its berita acara was drawn up.
 */
gboolean
dk_blangko_set_distribution_number (DkStore     *store,
                                    gint64       id,
                                    const char  *nomor_bast,
                                    GError     **error)
{
  static const char *const tables[] = { "blangko_distribusi", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkDbStmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  stmt = _dk_store_prepare (store, "UPDATE blangko_distribusi SET nomor_bast = ?2 WHERE id = ?1", error);
  if (stmt == NULL || !_dk_store_begin (store, error))
    return FALSE;
  dk_db_bind_int64 (stmt, 1, id);
  dk_db_bind_text_take (stmt, 2, g_strstrip (g_strdup (nomor_bast != NULL ? nomor_bast : "")));
  ok = _dk_blangko_history_begin (&rows, store, tables, NULL, error) && _dk_store_step_done (store, stmt, error);
  if (ok && dk_db_changes (stmt) == 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("There is no such entry in the ledger"));
      ok = FALSE;
    }
  ok = ok && _dk_history_rows_end (&rows, store, _("BAST number entered"), error);
  return _dk_blangko_finish (store, ok, error);
}

/**
 * dk_blangko_delete_entry:
 *
 * Removes a receipt or a distribution. A receipt whose blanks have been distributed
 * since cannot be removed.
 */
gboolean
dk_blangko_delete_entry (DkStore             *store,
                         DkBlangkoEntryKind   kind,
                         gint64               id,
                         GError             **error)
{
  static const char *const receipts[] = { "blangko_terima", NULL };
  static const char *const distributions[] = { "blangko_distribusi", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkDbStmt) find = NULL;
  g_autoptr(DkDbStmt) del = NULL;
  g_autofree char *tanggal = NULL;
  gint64 keping;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!_dk_blangko_history_begin (&rows, store, kind == DK_BLANGKO_RECEIPT ? receipts : distributions, NULL, error))
    goto failed;
  find = _dk_store_prepare (store, kind == DK_BLANGKO_RECEIPT
                                   ? "SELECT tanggal, keping FROM blangko_terima WHERE id = ?1"
                                   : "SELECT tanggal, keping FROM blangko_distribusi WHERE id = ?1", error);
  if (find == NULL)
    goto failed;
  dk_db_bind_int64 (find, 1, id);
  if ((rc = dk_db_step (find)) != DK_DB_ROW)
    {
      if (rc == DK_DB_DONE)
        g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("There is no such entry in the ledger"));
      else
        _dk_store_set_error (store, error);
      goto failed;
    }
  tanggal = _dk_stmt_dup_text (find, 0);
  keping = dk_db_column_int64 (find, 1);
  if (kind == DK_BLANGKO_RECEIPT && !check_can_take (store, tanggal, keping, NULL, error))
    goto failed;
  del = _dk_store_prepare (store, kind == DK_BLANGKO_RECEIPT ? "DELETE FROM blangko_terima WHERE id = ?1"
                                                             : "DELETE FROM blangko_distribusi WHERE id = ?1", error);
  if (del == NULL)
    goto failed;
  dk_db_bind_int64 (del, 1, id);
  if (!_dk_store_step_done (store, del, error) ||
      !_dk_history_rows_end (&rows, store, _("Ledger entry removed"), error))
    goto failed;
  return _dk_store_commit (store, error);

failed:
  _dk_store_rollback (store);
  return FALSE;
}

/* ------------------------------------------------------------ daily reports */

void
dk_blangko_daily_free (DkBlangkoDaily *daily)
{
  if (daily == NULL)
    return;
  g_free (daily->kode);
  g_free (daily);
}

/**
 * dk_blangko_set_daily:
 *
 * Records an office's daily report, replacing the one of the same day.
 */
gboolean
dk_blangko_set_daily (DkStore               *store,
                      const DkBlangkoDaily  *daily,
                      GError               **error)
{
  static const char *const tables[] = { "blangko_harian", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autofree char *wilayah = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (daily != NULL, FALSE);

  if (!dk_blangko_check_office (store, daily->kode, error) || !dk_date_check_iso (daily->tanggal, NULL, error))
    return FALSE;
  wilayah = office_name (store, daily->kode);
  /* Translators: names a figure in a message: office, figure */
  if (!check_count ((what = g_strdup_printf (_("%s, %s"), wilayah, _("blanks left"))), daily->sisa, FALSE, error))
    return FALSE;
  g_free (what);
  if (!check_count ((what = g_strdup_printf (_("%s, %s"), wilayah, _("cards printed"))), daily->cetak, FALSE, error))
    return FALSE;
  g_free (what);
  if (!check_count ((what = g_strdup_printf (_("%s, %s"), wilayah, "PRR")), daily->prr, FALSE, error))
    return FALSE;
  g_free (what);
  if (!check_count ((what = g_strdup_printf (_("%s, %s"), wilayah, "Suket")), daily->suket, FALSE, error))
    return FALSE;

  stmt = _dk_store_prepare (store,
                            "INSERT INTO blangko_harian (kode, tanggal, sisa, cetak, prr, suket) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                            "ON CONFLICT (kode, tanggal) DO UPDATE SET sisa = excluded.sisa, cetak = excluded.cetak, "
                            "prr = excluded.prr, suket = excluded.suket", error);
  if (stmt == NULL || !_dk_store_begin (store, error))
    return FALSE;
  dk_db_bind_text (stmt, 1, daily->kode);
  dk_db_bind_text (stmt, 2, daily->tanggal);
  dk_db_bind_int64 (stmt, 3, daily->sisa);
  dk_db_bind_int64 (stmt, 4, daily->cetak);
  dk_db_bind_int64 (stmt, 5, daily->prr);
  dk_db_bind_int64 (stmt, 6, daily->suket);
  g_free (what);
  /* Translators: a change in the history: the office */
  what = g_strdup_printf (_("Daily report of %s entered"), wilayah);
  return _dk_blangko_finish (store,
                             _dk_blangko_history_begin (&rows, store, tables, daily->kode, error) &&
                             _dk_store_step_done (store, stmt, error) &&
                             _dk_history_rows_end (&rows, store, what, error),
                             error);
}

gboolean
dk_blangko_delete_daily (DkStore     *store,
                         const char  *kode,
                         const char  *tanggal,
                         GError     **error)
{
  static const char *const tables[] = { "blangko_harian", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkDbStmt) stmt = NULL;
  gboolean ok;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  stmt = _dk_store_prepare (store, "DELETE FROM blangko_harian WHERE kode = ?1 AND tanggal = ?2", error);
  if (stmt == NULL || !_dk_store_begin (store, error))
    return FALSE;
  dk_db_bind_text (stmt, 1, kode);
  dk_db_bind_text (stmt, 2, tanggal);
  ok = _dk_blangko_history_begin (&rows, store, tables, kode, error) && _dk_store_step_done (store, stmt, error);
  if (ok && dk_db_changes (stmt) == 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("%s has no daily report on %s"), kode, tanggal);
      ok = FALSE;
    }
  ok = ok && _dk_history_rows_end (&rows, store, _("Daily report removed"), error);
  return _dk_blangko_finish (store, ok, error);
}

/**
 * dk_blangko_list_daily:
 * @kode: (nullable): one office, or %NULL for all
 * @from: (nullable): the first date
 * @to: (nullable): the last date
 *
 * Returns: (transfer full) (element-type DkBlangkoDaily): the reports, by office then date
 */
GPtrArray *
dk_blangko_list_daily (DkStore     *store,
                       const char  *kode,
                       const char  *from,
                       const char  *to,
                       GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) reports = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_blangko_daily_free);
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store,
                            "SELECT kode, tanggal, sisa, cetak, prr, suket FROM blangko_harian "
                            "WHERE (CAST (?1 AS TEXT) IS NULL OR kode = ?1) AND (tanggal >= ?2 OR ?2 IS NULL) "
                            "AND (tanggal <= ?3 OR ?3 IS NULL) ORDER BY kode, tanggal", error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_text (stmt, 1, kode);
  dk_db_bind_text (stmt, 2, from);
  dk_db_bind_text (stmt, 3, to);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkBlangkoDaily *d = g_new0 (DkBlangkoDaily, 1);

      d->kode = _dk_stmt_dup_text (stmt, 0);
      g_strlcpy (d->tanggal, dk_db_column_text (stmt, 1), sizeof d->tanggal);
      d->sisa = dk_db_column_int64 (stmt, 2);
      d->cetak = dk_db_column_int64 (stmt, 3);
      d->prr = dk_db_column_int64 (stmt, 4);
      d->suket = dk_db_column_int64 (stmt, 5);
      g_ptr_array_add (reports, d);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&reports);
}

/* ---------------------------------------------------------- office position */

void
dk_blangko_office_free (DkBlangkoOffice *office)
{
  if (office == NULL)
    return;
  g_free (office->kode);
  g_free (office->wilayah);
  g_free (office);
}

/* ⌈a ÷ b⌉ for a ≥ 0, b > 0 */
static gint64
ceil_div (unsigned __int128 a,
          unsigned __int128 b)
{
  unsigned __int128 q = (a + b - 1) / b;

  return q > G_MAXINT64 ? G_MAXINT64 : (gint64) q;
}

/* The figures that follow from the reports gathered in @o. */
static void
office_compute (DkBlangkoOffice *o,
                const char      *until)
{
  int days_to;
  gint64 consumption;

  g_strlcpy (o->until, until, sizeof o->until);
  if (!o->has_report)
    return;
  o->sisa = o->sisa_reported + o->since_report;
  if (o->sisa == 0)
    {
      o->runs_out = TRUE;
      o->days_left_x10 = 0;
      g_strlcpy (o->run_out, o->report_date, sizeof o->run_out);
    }
  else if (o->printed > 0)
    {
      unsigned __int128 span = (unsigned __int128) o->sisa * o->n_days;
      gint64 days = ceil_div (span, (guint64) o->printed);

      o->runs_out = TRUE;
      o->days_left_x10 = (gint64) MIN (span * 10 / (guint64) o->printed, (unsigned __int128) G_MAXINT64);
      _dk_blangko_date_add (o->report_date, (int) MIN (days, 3650000), o->run_out);
    }
  days_to = MAX (0, _dk_blangko_days_between (o->report_date, until));
  consumption = o->printed > 0 ? ceil_div ((unsigned __int128) o->printed * (guint64) days_to, o->n_days) : 0;
  o->need = MAX (0, consumption + o->prr - o->sisa);
}

/**
 * dk_blangko_office_pace_x100:
 *
 * Returns: the office's average daily printing in hundredths of a card, rounded half up
 */
gint64
dk_blangko_office_pace_x100 (const DkBlangkoOffice *office)
{
  if (!office->has_report || office->n_days == 0)
    return 0;
  return (office->printed * 200 + office->n_days) / (2 * (gint64) office->n_days);
}

/**
 * dk_blangko_office_compare_days:
 *
 * Orders offices by days of stock left, fewest first; an office that printed nothing
 * (its stock lasts indefinitely) after those that print, and one without a report last.
 *
 * Returns: negative, 0 or positive
 */
int
dk_blangko_office_compare_days (const DkBlangkoOffice *a,
                                const DkBlangkoOffice *b)
{
  unsigned __int128 left, right;

  if (a->has_report != b->has_report)
    return a->has_report ? -1 : 1;
  if (!a->has_report)
    return 0;
  if (a->runs_out != b->runs_out)
    return a->runs_out ? -1 : 1;
  if (!a->runs_out)
    return 0;
  /* sisa × n_days ÷ printed, compared exactly; an empty office has 0 days */
  left = a->sisa == 0 ? 0 : (unsigned __int128) a->sisa * a->n_days * (guint64) (b->sisa == 0 ? 1 : b->printed);
  right = b->sisa == 0 ? 0 : (unsigned __int128) b->sisa * b->n_days * (guint64) (a->sisa == 0 ? 1 : a->printed);
  return left < right ? -1 : left > right ? 1 : 0;
}

/* An office for each kabupaten/kota of @parent, found again by its code in @by_kode */
static gboolean
list_offices (DkStore     *store,
              const char  *parent,
              GPtrArray   *offices,
              GHashTable  *by_kode,
              GError     **error)
{
  g_autoptr(GPtrArray) regions = NULL;

  if (!(regions = dk_region_list_children (store, parent, error)))
    return FALSE;
  for (guint i = 0; i < regions->len; i++)
    {
      DkRegion *r = g_ptr_array_index (regions, i);
      DkBlangkoOffice *o;

      if (r->level != DK_REGION_LEVEL_KABKOTA)
        continue;
      o = g_new0 (DkBlangkoOffice, 1);
      o->kode = g_strdup (r->kode);
      o->wilayah = g_strdup (r->wilayah);
      g_ptr_array_add (offices, o);
      g_hash_table_insert (by_kode, o->kode, o);
    }
  return TRUE;
}

/* Adds a daily report, read in date order, to its office's figures */
static void
add_report (DkBlangkoOffice *o,
            DkDbStmt        *reports)
{
  const char *tanggal = dk_db_column_text (reports, 1);

  if (!o->has_report)
    {
      /* the window's first report: the span starts there */
      o->has_report = TRUE;
      g_strlcpy (o->report_date, tanggal, sizeof o->report_date);
      o->n_days = 1;
    }
  o->n_days += (guint) _dk_blangko_days_between (o->report_date, tanggal);
  g_strlcpy (o->report_date, tanggal, sizeof o->report_date);
  o->sisa_reported = dk_db_column_int64 (reports, 2);
  o->printed += dk_db_column_int64 (reports, 3);
  o->prr = dk_db_column_int64 (reports, 4);
  o->suket += dk_db_column_int64 (reports, 5);
}

static gboolean
read_reports (DkStore     *store,
              const char  *parent,
              const char  *from,
              const char  *as_of,
              GHashTable  *by_kode,
              GError     **error)
{
  g_autoptr(DkDbStmt) reports = NULL;
  int rc;

  reports = _dk_store_prepare (store,
                               "SELECT h.kode, h.tanggal, h.sisa, h.cetak, h.prr, h.suket FROM blangko_harian h "
                               "JOIN region r ON r.kode = h.kode AND r.induk = ?1 "
                               "WHERE h.tanggal BETWEEN ?2 AND ?3 ORDER BY h.kode, h.tanggal", error);
  if (reports == NULL)
    return FALSE;
  dk_db_bind_text (reports, 1, parent);
  dk_db_bind_text (reports, 2, from);
  dk_db_bind_text (reports, 3, as_of);
  while ((rc = dk_db_step (reports)) == DK_DB_ROW)
    {
      DkBlangkoOffice *o = g_hash_table_lookup (by_kode, dk_db_column_text (reports, 0));

      if (o != NULL)
        add_report (o, reports);
    }
  return _dk_store_rows_done (store, rc, error);
}

/* Adds the blanks sent to each office after its latest report, then works out its position */
static gboolean
finish_offices (DkStore     *store,
                GPtrArray   *offices,
                const char  *as_of,
                const char  *until,
                GError     **error)
{
  g_autoptr(DkDbStmt) since = NULL;

  since = _dk_store_prepare (store,
                             "SELECT coalesce (sum (keping), 0) FROM blangko_distribusi "
                             "WHERE kode = ?1 AND tanggal > ?2 AND tanggal <= ?3", error);
  if (since == NULL)
    return FALSE;
  for (guint i = 0; i < offices->len; i++)
    {
      DkBlangkoOffice *o = g_ptr_array_index (offices, i);

      if (o->has_report)
        {
          dk_db_bind_text (since, 1, o->kode);
          dk_db_bind_text (since, 2, o->report_date);
          dk_db_bind_text (since, 3, as_of);
          if (dk_db_step (since) != DK_DB_ROW)
            {
              _dk_store_set_error (store, error);
              return FALSE;
            }
          o->since_report = dk_db_column_int64 (since, 0);
          dk_db_reset (since);
        }
      office_compute (o, until);
    }
  return TRUE;
}

/**
 * dk_blangko_offices:
 * @parent: the province whose kabupaten/kota are listed, e.g. "13"
 * @as_of: (nullable): the date, %NULL for today
 * @until: (nullable): the date the need is counted to, %NULL for @as_of + 30 days
 *
 * Each office's position from its daily reports of the 30 days to @as_of and the blanks
 * the province sent it since its latest report.
 *
 * Returns: (transfer full) (element-type DkBlangkoOffice): one per kabupaten/kota, in
 *   code order
 */
GPtrArray *
dk_blangko_offices (DkStore     *store,
                    const char  *parent,
                    const char  *as_of,
                    const char  *until,
                    GError     **error)
{
  g_autoptr(GPtrArray) offices = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_blangko_office_free);
  g_autoptr(GHashTable) by_kode = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *today = NULL;
  char from[11], horizon[11];

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (as_of == NULL)
    as_of = today = dk_blangko_today ();
  if (!dk_date_check_iso (as_of, NULL, error) || (until != NULL && !dk_date_check_iso (until, NULL, error)))
    return NULL;
  _dk_blangko_date_add (as_of, -(DK_BLANGKO_WINDOW_DAYS - 1), from);
  if (until == NULL)
    {
      _dk_blangko_date_add (as_of, DK_BLANGKO_WINDOW_DAYS, horizon);
      until = horizon;
    }

  if (!list_offices (store, parent, offices, by_kode, error) ||
      !read_reports (store, parent, from, as_of, by_kode, error) ||
      !finish_offices (store, offices, as_of, until, error))
    return NULL;
  return g_steal_pointer (&offices);
}

/* ----------------------------------------------------------------- coverage */

void
dk_blangko_coverage_free (DkBlangkoCoverage *coverage)
{
  if (coverage == NULL)
    return;
  g_free (coverage->kode);
  g_free (coverage->wilayah);
  g_free (coverage->sumber);
  g_free (coverage);
}

GStrv
dk_blangko_coverage_dates (DkStore  *store,
                           GError  **error)
{
  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  return _dk_store_list_strings (store, "SELECT DISTINCT per FROM ktp_el_cakupan ORDER BY per", error);
}

static gint64
column_or_none (DkDbStmt *stmt,
                int       column)
{
  return dk_db_column_is_null (stmt, column) ? -1 : dk_db_column_int64 (stmt, column);
}

/**
 * dk_blangko_coverage_list:
 * @per: (nullable): the date, %NULL for the latest
 *
 * Returns: (transfer full) (element-type DkBlangkoCoverage): every region's figures at
 *   that date, in code order (the province before its kabupaten/kota); empty when
 *   there are none
 */
GPtrArray *
dk_blangko_coverage_list (DkStore     *store,
                          const char  *per,
                          GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_blangko_coverage_free);
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (per != NULL && !dk_date_check_iso (per, NULL, error))
    return NULL;
  stmt = _dk_store_prepare (store,
                            "SELECT c.kode, r.nama, r.tingkat, c.per, c.wajib_ktp, c.sudah_rekam, c.memiliki_ktp_el, "
                            "       c.dicetak_keping, c.prr, c.sfe, c.duplicate_record, c.sumber "
                            "FROM ktp_el_cakupan c JOIN region r ON r.kode = c.kode "
                            "WHERE c.per = coalesce (?1, (SELECT max (per) FROM ktp_el_cakupan)) "
                            "ORDER BY c.kode", error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_text (stmt, 1, per);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkBlangkoCoverage *c = g_new0 (DkBlangkoCoverage, 1);

      c->kode = _dk_stmt_dup_text (stmt, 0);
      c->wilayah = _dk_stmt_dup_region_name (stmt, 1);
      g_strlcpy (c->per, dk_db_column_text (stmt, 3), sizeof c->per);
      c->wajib_ktp = dk_db_column_int64 (stmt, 4);
      c->sudah_rekam = dk_db_column_int64 (stmt, 5);
      c->memiliki_ktp_el = dk_db_column_int64 (stmt, 6);
      c->dicetak_keping = column_or_none (stmt, 7);
      c->prr = column_or_none (stmt, 8);
      c->sfe = column_or_none (stmt, 9);
      c->duplicate_record = column_or_none (stmt, 10);
      c->sumber = _dk_stmt_dup_text (stmt, 11);
      c->rekam_bp = dk_percent_bp (c->sudah_rekam, c->wajib_ktp);
      c->ktp_el_bp = dk_percent_bp (c->memiliki_ktp_el, c->wajib_ktp);
      g_ptr_array_add (list, c);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  if (per != NULL && list->len == 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("There are no KTP-el coverage figures as of %s"), per);
      return NULL;
    }
  return g_steal_pointer (&list);
}

static void
bind_or_null (DkDbStmt *stmt,
              int       column,
              gint64    value)
{
  if (value < 0)
    dk_db_bind_null (stmt, column);
  else
    dk_db_bind_int64 (stmt, column, value);
}

/* Checks and writes a region's coverage, inside the caller's transaction. */
static gboolean
coverage_insert (DkStore                  *store,
                 const DkBlangkoCoverage  *c,
                 GError                  **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(DkRegion) region = NULL;

  if (!dk_date_check_iso (c->per, NULL, error) || !(region = dk_region_lookup (store, c->kode, error)))
    return FALSE;
  if (!check_count (region->wilayah, c->wajib_ktp, FALSE, error) ||
      !check_count (region->wilayah, c->sudah_rekam, FALSE, error) ||
      !check_count (region->wilayah, c->memiliki_ktp_el, FALSE, error) ||
      !dk_number_check_count (region->wilayah, c->dicetak_keping, error) ||
      !dk_number_check_count (region->wilayah, c->prr, error) ||
      !dk_number_check_count (region->wilayah, c->sfe, error) ||
      !dk_number_check_count (region->wilayah, c->duplicate_record, error))
    return FALSE;
  stmt = _dk_store_prepare (store,
                            "INSERT INTO ktp_el_cakupan (kode, per, wajib_ktp, sudah_rekam, memiliki_ktp_el, "
                            "  dicetak_keping, prr, sfe, duplicate_record, sumber) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
                            "ON CONFLICT (kode, per) DO UPDATE SET wajib_ktp = excluded.wajib_ktp, "
                            "sudah_rekam = excluded.sudah_rekam, memiliki_ktp_el = excluded.memiliki_ktp_el, "
                            "dicetak_keping = excluded.dicetak_keping, prr = excluded.prr, sfe = excluded.sfe, "
                            "duplicate_record = excluded.duplicate_record, sumber = excluded.sumber", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, c->kode);
  dk_db_bind_text (stmt, 2, c->per);
  dk_db_bind_int64 (stmt, 3, c->wajib_ktp);
  dk_db_bind_int64 (stmt, 4, c->sudah_rekam);
  dk_db_bind_int64 (stmt, 5, c->memiliki_ktp_el);
  bind_or_null (stmt, 6, c->dicetak_keping);
  bind_or_null (stmt, 7, c->prr);
  bind_or_null (stmt, 8, c->sfe);
  bind_or_null (stmt, 9, c->duplicate_record);
  dk_db_bind_text (stmt, 10, c->sumber != NULL ? c->sumber : "");
  return _dk_store_step_done (store, stmt, error);
}

/**
 * dk_blangko_coverage_set:
 *
 * Records a region's KTP-el coverage at a date, replacing figures of the same date. The
 * optional figures are -1 when not given.
 */
gboolean
dk_blangko_coverage_set (DkStore                  *store,
                         const DkBlangkoCoverage  *c,
                         GError                  **error)
{
  static const char *const tables[] = { "ktp_el_cakupan", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!_dk_store_begin (store, error))
    return FALSE;
  return _dk_blangko_finish (store,
                             _dk_blangko_history_begin (&rows, store, tables, c->kode, error) &&
                             coverage_insert (store, c, error) &&
                             _dk_history_rows_end (&rows, store, _("KTP-el coverage entered"), error),
                             error);
}

/* --------------------------------------------------------------- signatory */

void
dk_blangko_signer_free (DkBlangkoSigner *signer)
{
  if (signer == NULL)
    return;
  g_free (signer->jabatan);
  g_free (signer->nama);
  g_free (signer->pangkat);
  g_free (signer->nip);
  g_free (signer->tempat);
  g_free (signer);
}

/**
 * dk_blangko_signer_get:
 *
 * Returns: (transfer full): who signs @kode's reports; with nothing recorded, the
 *   position "Kepala Dinas" and empty fields
 */
DkBlangkoSigner *
dk_blangko_signer_get (DkStore     *store,
                       const char  *kode,
                       GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(DkBlangkoSigner) signer = g_new0 (DkBlangkoSigner, 1);
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store,
                            "SELECT jabatan, nama, pangkat, nip, tempat FROM blangko_penandatangan WHERE kode = ?1",
                            error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_text (stmt, 1, kode);
  rc = dk_db_step (stmt);
  if (rc == DK_DB_ROW)
    {
      signer->jabatan = _dk_stmt_dup_text (stmt, 0);
      signer->nama = _dk_stmt_dup_text (stmt, 1);
      signer->pangkat = _dk_stmt_dup_text (stmt, 2);
      signer->nip = _dk_stmt_dup_text (stmt, 3);
      signer->tempat = _dk_stmt_dup_text (stmt, 4);
    }
  else if (rc != DK_DB_DONE)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  else
    {
      signer->jabatan = g_strdup ("");
      signer->nama = g_strdup ("");
      signer->pangkat = g_strdup ("");
      signer->nip = g_strdup ("");
      signer->tempat = g_strdup ("");
    }
  if (signer->jabatan[0] == '\0')
    {
      g_free (signer->jabatan);
      signer->jabatan = g_strdup ("Kepala Dinas");
    }
  return g_steal_pointer (&signer);
}

static char *
stripped (const char *s)
{
  return g_strstrip (g_strdup (s != NULL ? s : ""));
}

gboolean
dk_blangko_signer_set (DkStore                *store,
                       const char             *kode,
                       const DkBlangkoSigner  *signer,
                       GError                **error)
{
  static const char *const tables[] = { "blangko_penandatangan", NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(DkRegion) region = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!(region = dk_region_lookup (store, kode, error)))
    return FALSE;
  stmt = _dk_store_prepare (store,
                            "INSERT INTO blangko_penandatangan (kode, jabatan, nama, pangkat, nip, tempat) "
                            "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                            "ON CONFLICT (kode) DO UPDATE SET jabatan = excluded.jabatan, nama = excluded.nama, "
                            "pangkat = excluded.pangkat, nip = excluded.nip, tempat = excluded.tempat", error);
  if (stmt == NULL || !_dk_store_begin (store, error))
    return FALSE;
  dk_db_bind_text (stmt, 1, kode);
  dk_db_bind_text_take (stmt, 2, stripped (signer->jabatan));
  dk_db_bind_text_take (stmt, 3, stripped (signer->nama));
  dk_db_bind_text_take (stmt, 4, stripped (signer->pangkat));
  dk_db_bind_text_take (stmt, 5, stripped (signer->nip));
  dk_db_bind_text_take (stmt, 6, stripped (signer->tempat));
  return _dk_blangko_finish (store,
                             _dk_blangko_history_begin (&rows, store, tables, kode, error) &&
                             _dk_store_step_done (store, stmt, error) &&
                             _dk_history_rows_end (&rows, store, _("Signatory entered"), error),
                             error);
}

/* -------------------------------------------------------------------- seed */

/* The province's KTP-el figures of November 2019 (004_…, III.A): wajib KTP from DKB I
 * 2019. The source gives no ledger figures: the ledger starts empty. */
gboolean
dk_blangko_seed (DkStore  *self,
                 GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  gsize len;
  const char *data;

  if (!(bytes = _dk_store_load_seed ("seed/ktp-el-2019-11.csv", error)))
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!(records = dk_csv_parse (data, len, ',', error)))
    return FALSE;

  /* kode,wilayah,per,wajib_ktp,sudah_rekam,memiliki_ktp_el,dicetak_keping,prr,sfe,duplicate_record */
  for (guint i = 1; i < records->len; i++)
    {
      DkCsvRecord *r = g_ptr_array_index (records, i);
      DkBlangkoCoverage c = { 0 };
      gint64 *values[] = { &c.wajib_ktp, &c.sudah_rekam, &c.memiliki_ktp_el, &c.dicetak_keping, &c.prr, &c.sfe,
                           &c.duplicate_record };

      g_assert (r->n_fields == 10);
      c.kode = r->fields[0];
      g_strlcpy (c.per, r->fields[2], sizeof c.per);
      for (guint j = 0; j < G_N_ELEMENTS (values); j++)
        if (!dk_parse_plain_int (r->fields[3 + j], values[j]))
          g_error ("The shipped KTP-el seed is malformed at line %u", r->line);
      c.sumber = (char *) "Laporan Kegiatan Pendistribusian Blangko KTP-el 2019, III.A";
      if (!coverage_insert (self, &c, error))
        return FALSE;
    }
  return TRUE;
}
