/* dk-m2m.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The M2M network devices that Ditjen Dukcapil lends each kabupaten/kota office for its
 * mobile services: how many each office has, how many work, when they were switched off
 * and on, and which offices cannot serve at all.
 */
#define G_LOG_DOMAIN "dk-m2m"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-m2m-private.h"
#include "dk-number.h"
#include "dk-region.h"
#include "dk-stated-internal.h"
#include "dk-store-internal.h"

/* ---------------------------------------------------------------- events */

static const char *event_kinds[] = { "nonaktif", "aktif", "tambah", "rusak", "lapor", "lain" };

void
dk_m2m_event_free (DkM2mEvent *event)
{
  if (event == NULL)
    return;
  g_free (event->kode);
  g_free (event->catatan);
  g_free (event);
}

const char *
dk_m2m_event_kind_to_string (DkM2mEventKind kind)
{
  g_return_val_if_fail (kind < DK_M2M_N_EVENT_KINDS, NULL);
  return event_kinds[kind];
}

DkM2mEventKind
dk_m2m_event_kind_from_string (const char *str)
{
  for (guint i = 0; i < G_N_ELEMENTS (event_kinds); i++)
    if (g_strcmp0 (str, event_kinds[i]) == 0)
      return (DkM2mEventKind) i;
  return DK_M2M_EVENT_OTHER;
}

/**
 * dk_m2m_event_kind_label:
 *
 * Returns: what happened, in words
 */
const char *
dk_m2m_event_kind_label (DkM2mEventKind kind)
{
  switch (kind)
    {
    case DK_M2M_EVENT_DEACTIVATED:
      return _("Devices switched off");
    case DK_M2M_EVENT_REACTIVATED:
      return _("Devices switched back on");
    case DK_M2M_EVENT_ADDED:
      return _("Device added");
    case DK_M2M_EVENT_BROKEN:
      return _("Device broken");
    case DK_M2M_EVENT_REPORTED:
      return _("Reported to the directorate");
    case DK_M2M_EVENT_OTHER:
    case DK_M2M_N_EVENT_KINDS:
    default:
      return _("Other");
    }
}

/**
 * dk_m2m_event_format_date:
 *
 * Returns: (transfer full): "Maret 2025" when only the month is known, else the full date
 */
char *
dk_m2m_event_format_date (const DkM2mEvent *event)
{
  GDate date;
  g_autoptr(GDateTime) dt = NULL;

  if (!event->month_only || !dk_date_parse_iso (event->tanggal, &date))
    return dk_format_date_long (event->tanggal);
  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date), 1, 0, 0, 0);
  /* Translators: a month and year, as in "March 2025"; see g_date_time_format() */
  return g_date_time_format (dt, C_("month and year", "%B %Y"));
}

/**
 * dk_m2m_list_events:
 *
 * Returns: (transfer full) (element-type DkM2mEvent): every event, oldest first
 */
GPtrArray *
dk_m2m_list_events (DkStore  *store,
                    GError  **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) events = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_m2m_event_free);
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store,
                            "SELECT id, tanggal, bulan_saja, kode, jenis, catatan FROM m2m_event "
                            "ORDER BY tanggal, id",
                            error);
  if (stmt == NULL)
    return NULL;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkM2mEvent *e = g_new0 (DkM2mEvent, 1);

      e->id = dk_db_column_int64 (stmt, 0);
      g_strlcpy (e->tanggal, dk_db_column_text (stmt, 1), sizeof e->tanggal);
      e->month_only = dk_db_column_int (stmt, 2) != 0;
      e->kode = _dk_stmt_dup_text (stmt, 3);
      e->kind = dk_m2m_event_kind_from_string (dk_db_column_text (stmt, 4));
      e->catatan = _dk_stmt_dup_text (stmt, 5);
      g_ptr_array_add (events, e);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&events);
}

static gboolean
region_exists (DkStore     *store,
               const char  *kode,
               GError     **error)
{
  g_autoptr(DkRegion) region = dk_region_lookup (store, kode, error);

  if (region == NULL && error != NULL && g_error_matches (*error, DK_ERROR, DK_ERROR_NOT_FOUND))
    (*error)->code = DK_ERROR_INVALID;
  return region != NULL;
}

/* Checks and writes @event; inside the caller's transaction. */
static gboolean
insert_event (DkStore           *store,
              const DkM2mEvent  *event,
              GError           **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  GDate date;

  if (!dk_date_check_iso (event->tanggal, &date, error))
    return FALSE;
  if (event->kind >= DK_M2M_N_EVENT_KINDS)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Unknown kind of event"));
      return FALSE;
    }
  if (event->kode != NULL && !region_exists (store, event->kode, error))
    return FALSE;

  stmt = _dk_store_prepare (store,
                            "INSERT INTO m2m_event (tanggal, bulan_saja, kode, jenis, catatan) "
                            "VALUES (?1, ?2, ?3, ?4, ?5)",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, event->tanggal);
  dk_db_bind_int64 (stmt, 2, event->month_only ? 1 : 0);
  dk_db_bind_text (stmt, 3, event->kode);
  dk_db_bind_text (stmt, 4, event_kinds[event->kind]);
  dk_db_bind_text (stmt, 5, event->catatan != NULL ? event->catatan : "");
  return _dk_store_step_done (store, stmt, error);
}

/**
 * dk_m2m_add_event:
 *
 * Records @event after checking its date, its office and its kind, as one change of the
 * history (undone like any other).
 */
gboolean
dk_m2m_add_event (DkStore           *store,
                  const DkM2mEvent  *event,
                  GError           **error)
{
  static const DkHistoryTable * const tables[] = { &_dk_m2m_event_history_table, NULL };
  g_auto(DkHistoryRows) rows = { { 0 } };

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (event != NULL, FALSE);

  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!_dk_history_rows_begin (&rows, store, tables, NULL, error) || !insert_event (store, event, error) ||
      !_dk_history_rows_end (&rows, store, _("M2M event recorded"), error))
    {
      _dk_store_rollback (store);
      return FALSE;
    }
  return _dk_store_commit (store, error);
}

/* ------------------------------------------------------- history, writing */

GStrv
dk_m2m_list_dates (DkStore  *store,
                   GError  **error)
{
  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  return _dk_store_list_strings (store, "SELECT per FROM m2m_snapshot ORDER BY per", error);
}

/**
 * dk_m2m_trend:
 * @parent: the region whose offices are summed
 *
 * Returns: (transfer full) (element-type DkM2mPoint): devices and active devices at
 *   every snapshot, oldest first
 */
GArray *
dk_m2m_trend (DkStore     *store,
              const char  *parent,
              GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (DkM2mPoint));
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store,
                            "SELECT s.per, sum(v.perangkat), sum(v.aktif) FROM m2m_snapshot s "
                            "JOIN m2m_value v ON v.snapshot_id = s.id "
                            "JOIN region r ON r.kode = v.kode AND r.induk = ?1 "
                            "GROUP BY s.id ORDER BY s.per",
                            error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_text (stmt, 1, parent);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkM2mPoint p = { { 0 } };

      g_strlcpy (p.as_of, dk_db_column_text (stmt, 0), sizeof p.as_of);
      p.perangkat = dk_db_column_int64 (stmt, 1);
      p.aktif = dk_db_column_int64 (stmt, 2);
      g_array_append_val (points, p);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&points);
}

void
dk_m2m_outage_free (DkM2mOutage *outage)
{
  if (outage == NULL)
    return;
  g_free (outage->kode);
  g_free (outage->wilayah);
  g_free (outage);
}

/* Walks back from @as_of while the office had no (active) device; the outage began at the
 * earliest snapshot of that run. If the run reaches a snapshot without the office's figures
 * or the first snapshot, it may have begun earlier: since_first says so. */
static gboolean
outage_since (DkStore     *store,
              const char  *kode,
              gboolean     no_device,
              const char  *as_of,
              DkM2mOutage *outage,
              GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT s.per, v.perangkat, v.aktif FROM m2m_snapshot s "
                            "LEFT JOIN m2m_value v ON v.snapshot_id = s.id AND v.kode = ?1 "
                            "WHERE s.per <= ?2 ORDER BY s.per DESC",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, kode);
  dk_db_bind_text (stmt, 2, as_of);
  outage->since_first = TRUE;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      if (dk_db_column_is_null (stmt, 1))
        break;
      if ((no_device ? dk_db_column_int64 (stmt, 1) : dk_db_column_int64 (stmt, 2)) != 0)
        {
          outage->since_first = FALSE;
          break;
        }
      g_strlcpy (outage->since, dk_db_column_text (stmt, 0), sizeof outage->since);
    }
  if (rc != DK_DB_DONE && rc != DK_DB_ROW)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * dk_m2m_outages:
 * @as_of: (nullable): the date, or %NULL for the latest inventory
 *
 * The offices that cannot run mobile services at @as_of, because they have no device or
 * none of their devices is active, and since which inventory that has been so.
 *
 * Returns: (transfer full) (element-type DkM2mOutage): the offices, in code order
 */
GPtrArray *
dk_m2m_outages (DkStore     *store,
                const char  *parent,
                const char  *as_of,
                GError     **error)
{
  g_autoptr(DkM2mTable) table = NULL;
  g_autoptr(GPtrArray) outages = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_m2m_outage_free);
  GListModel *rows;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!(table = dk_m2m_table_load (store, parent, as_of, error)))
    return NULL;
  rows = G_LIST_MODEL (table->rows);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkM2mRow) row = g_list_model_get_item (rows, i);
      DkM2mOutage *outage;

      if (row->aktif > 0)
        continue;
      outage = g_new0 (DkM2mOutage, 1);
      outage->kode = g_strdup (row->kode);
      outage->wilayah = g_strdup (row->wilayah);
      outage->no_device = row->perangkat == 0;
      g_ptr_array_add (outages, outage);
      if (!outage_since (store, row->kode, outage->no_device, table->as_of, outage, error))
        return NULL;
    }
  return g_steal_pointer (&outages);
}

/* Neither count above DK_COUNT_MAX (see dk-number.h). */
static gboolean
check_bounds (const DkM2mInput  *row,
              GError           **error)
{
  g_autofree char *what = g_strdup_printf (_("Region %s"), row->kode);

  return dk_number_check_count (what, row->perangkat, error) &&
         dk_number_check_count (what, row->aktif, error);
}

/**
 * dk_m2m_validate_input:
 *
 * Checks figures a user typed or a file brought: every region a known office of
 * @parent, once; counts not negative; no more active devices than devices.
 */
gboolean
dk_m2m_validate_input (DkStore           *store,
                       const char        *parent,
                       const DkM2mInput  *rows,
                       gsize              n_rows,
                       GError           **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (gsize i = 0; i < n_rows; i++)
    {
      g_autofree char *induk = dk_region_parent_code (rows[i].kode);

      if (!region_exists (store, rows[i].kode, error))
        return FALSE;
      if (g_strcmp0 (induk, parent) != 0)
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Region %s is not part of %s"), rows[i].kode, parent);
          return FALSE;
        }
      if (!g_hash_table_add (seen, (gpointer) rows[i].kode))
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Region %s appears twice"), rows[i].kode);
          return FALSE;
        }
      if (rows[i].perangkat < 0 || rows[i].aktif < 0)
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Region %s: figures cannot be negative"), rows[i].kode);
          return FALSE;
        }
      if (!check_bounds (&rows[i], error))
        return FALSE;
      if (rows[i].aktif > rows[i].perangkat)
        {
          g_autofree char *a = g_strdup_printf ("%" G_GINT64_FORMAT, rows[i].aktif);
          g_autofree char *d = g_strdup_printf ("%" G_GINT64_FORMAT, rows[i].perangkat);

          g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                       _("Region %s: %s active devices, but only %s devices"), rows[i].kode, a, d);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
write_snapshot (DkStore              *store,
                const char           *as_of,
                const char           *parent,
                const char           *source,
                const DkM2mInput     *rows,
                gsize                 n_rows,
                const DkStatedInput  *stated,
                gsize                 n_stated,
                GError              **error)
{
  g_autoptr(DkDbStmt) snap = NULL;
  g_autoptr(DkDbStmt) del = NULL;
  g_autoptr(DkDbStmt) ins = NULL;
  gint64 id;

  snap = _dk_store_prepare (store,
                            "INSERT INTO m2m_snapshot (per, sumber) VALUES (?1, ?2) "
                            "ON CONFLICT (per) DO UPDATE SET sumber = excluded.sumber RETURNING id",
                            error);
  if (snap == NULL)
    return FALSE;
  dk_db_bind_text (snap, 1, as_of);
  dk_db_bind_text (snap, 2, source != NULL ? source : "");
  if (dk_db_step (snap) != DK_DB_ROW)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  id = dk_db_column_int64 (snap, 0);

  del = _dk_store_prepare (store,
                           "DELETE FROM m2m_value WHERE snapshot_id = ?1 AND "
                           "kode IN (SELECT kode FROM region WHERE induk = ?2)",
                           error);
  ins = _dk_store_prepare (store,
                           "INSERT INTO m2m_value (snapshot_id, kode, perangkat, aktif, keterangan) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)",
                           error);
  if (del == NULL || ins == NULL)
    return FALSE;
  dk_db_bind_int64 (del, 1, id);
  dk_db_bind_text (del, 2, parent);
  if (!_dk_store_step_done (store, del, error))
    return FALSE;
  for (gsize i = 0; i < n_rows; i++)
    {
      dk_db_bind_int64 (ins, 1, id);
      dk_db_bind_text (ins, 2, rows[i].kode);
      dk_db_bind_int64 (ins, 3, rows[i].perangkat);
      dk_db_bind_int64 (ins, 4, rows[i].aktif);
      dk_db_bind_text (ins, 5, rows[i].keterangan != NULL ? rows[i].keterangan : "");
      if (!_dk_store_step_done (store, ins, error))
        return FALSE;
    }
  return _dk_stated_total_replace (store, "m2m", as_of, parent, stated, n_stated, error);
}

/**
 * dk_m2m_replace_snapshot:
 * @as_of: the inventory's date; created if new
 * @parent: the region whose offices the rows are; its rows at @as_of are replaced
 * @stated: (array length=n_stated) (nullable): the totals the source printed
 *
 * Validates, then writes in one transaction: on any error nothing changes.
 */
gboolean
dk_m2m_replace_snapshot (DkStore              *store,
                         const char           *as_of,
                         const char           *parent,
                         const char           *source,
                         const DkM2mInput     *rows,
                         gsize                 n_rows,
                         const DkStatedInput  *stated,
                         gsize                 n_stated,
                         GError              **error)
{
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autoptr(GHashTable) stated_before = NULL;
  g_autoptr(GHashTable) stated_after = NULL;
  gint64 batch_id = 0;
  GDate date;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!dk_date_check_iso (as_of, &date, error))
    return FALSE;
  if (!dk_m2m_validate_input (store, parent, rows, n_rows, error))
    return FALSE;
  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!(before = _dk_history_capture (store, &_dk_m2m_history_table, as_of, parent, error)) ||
      !(stated_before = _dk_history_capture (store, &_dk_m2m_stated_history_table, as_of, parent, error)) ||
      !write_snapshot (store, as_of, parent, source, rows, n_rows, stated, n_stated, error) ||
      !(after = _dk_history_capture (store, &_dk_m2m_history_table, as_of, parent, error)) ||
      !(stated_after = _dk_history_capture (store, &_dk_m2m_stated_history_table, as_of, parent, error)) ||
      !_dk_history_record (store, &_dk_m2m_history_table, as_of, parent, before, after, source, &batch_id, error) ||
      !_dk_history_record (store, &_dk_m2m_stated_history_table, as_of, parent, stated_before, stated_after, source,
                           &batch_id, error))
    {
      _dk_store_rollback (store);
      return FALSE;
    }
  return _dk_store_commit (store, error);
}

/* The table of LAPORAN TAHUNAN 2025, BAB II B.2.b, its footer "Total 39" (the rows add up
 * to 40, which `check` reports), and the year's two national events. */
gboolean
dk_m2m_seed (DkStore  *self,
             GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (DkM2mInput));
  const DkStatedInput stated[] = {
    { "jumlah_perangkat", TRUE, 39, "Total" },
    { "jumlah_aktif", FALSE, 0, "Total" },
  };
  DkM2mEvent off = { 0, "2025-03-01", TRUE, NULL, DK_M2M_EVENT_DEACTIVATED,
                     (char *) "Efisiensi anggaran: Ditjen Dukcapil menonaktifkan perangkat M2M dan jarkomdat "
                              "kecamatan di seluruh NKRI" };
  DkM2mEvent on = { 0, "2025-10-01", TRUE, NULL, DK_M2M_EVENT_REACTIVATED,
                    (char *) "Ditjen Dukcapil mengaktifkan kembali perangkat M2M di Dinas Dukcapil kabupaten/kota" };
  gsize len;
  const char *data;

  if (!(bytes = _dk_store_load_seed ("seed/m2m-2025.csv", error)))
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!(records = dk_csv_parse (data, len, ',', error)))
    return FALSE;

  /* kode,wilayah,jumlah_perangkat,jumlah_aktif */
  for (guint i = 1; i < records->len; i++)
    {
      DkCsvRecord *r = g_ptr_array_index (records, i);
      DkM2mInput in = { r->fields[0], 0, 0, NULL };

      g_assert (r->n_fields == 4);
      if (!dk_parse_plain_int (r->fields[2], &in.perangkat) || !dk_parse_plain_int (r->fields[3], &in.aktif))
        g_error ("The shipped M2M seed is malformed at line %u", r->line);
      if (in.perangkat == 0)
        in.keterangan = "Tidak memiliki perangkat M2M; sudah dilaporkan ke Direktorat PIAK, belum ada tindak lanjut";
      g_array_append_val (rows, in);
    }

  return write_snapshot (self, "2025-12-31", "13", "LAPORAN TAHUNAN 2025, BAB II B.2.b",
                         (DkM2mInput *) rows->data, rows->len, stated, G_N_ELEMENTS (stated), error) &&
         insert_event (self, &off, error) &&
         insert_event (self, &on, error);
}
