/* dk-m2m-history.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The M2M inventory in the history of changes: a write captures its snapshot's rows of
 * the offices under a region, and the totals the source states for it, before and after;
 * undo puts an office's row or a stated total back, or removes what a change added. The
 * devices' events are kept row by row.
 */
#define G_LOG_DOMAIN "dk-m2m"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-m2m-private.h"
#include "dk-store-internal.h"

/* Puts one office's row of one snapshot back as it was, or removes it when it was new. */
static gboolean
restore_row (DkStore               *store,
             const DkHistoryTable  *table,
             const char            *ref,
             const char            *kode,
             GHashTable            *old,
             gboolean               was_new,
             GError               **error)
{
  return _dk_history_restore_snapshot_row (
    store, table, "INSERT INTO m2m_snapshot (per) VALUES (?1) "
                  "ON CONFLICT (per) DO UPDATE SET per = excluded.per RETURNING id",
    "DELETE FROM m2m_value WHERE snapshot_id = ?1 AND kode = ?2",
    "INSERT INTO m2m_value (snapshot_id, kode, perangkat, aktif, keterangan) "
    "VALUES (?1, ?2, coalesce (CAST (?3 AS BIGINT), 0), coalesce (CAST (?4 AS BIGINT), 0), coalesce (?5, '')) "
    "ON CONFLICT (snapshot_id, kode) DO UPDATE SET perangkat = coalesce (?3, m2m_value.perangkat), "
    "aktif = coalesce (?4, m2m_value.aktif), keterangan = coalesce (?5, m2m_value.keterangan)",
    0x3, ref, kode, old, was_new, error);
}

/* Puts a stated total (keyed "kode|kolom") back as it was, or removes it when it was new. */
static gboolean
restore_stated (DkStore               *store,
                const DkHistoryTable  *table,
                const char            *ref,
                const char            *kode,
                GHashTable            *old,
                gboolean               was_new,
                GError               **error)
{
  g_auto(GStrv) parts = g_strsplit (kode, "|", 2);
  const char *nilai = g_hash_table_lookup (old, "nilai");
  const char *label = g_hash_table_lookup (old, "label");
  g_autoptr(DkDbStmt) stmt =
    _dk_store_prepare (store, was_new
                         ? "DELETE FROM stated_total WHERE tabel = 'm2m' AND ref = ?1 AND kode = ?2 AND kolom = ?3"
                         : "INSERT INTO stated_total (tabel, ref, kode, kolom, nilai, label) "
                           "VALUES ('m2m', ?1, ?2, ?3, CAST (nullif (?4, '') AS BIGINT), coalesce (?5, '')) "
                           "ON CONFLICT (tabel, ref, kode, kolom) DO UPDATE SET "
                           "nilai = CASE WHEN ?4 IS NULL THEN stated_total.nilai "
                           "ELSE CAST (nullif (?4, '') AS BIGINT) END, "
                           "label = coalesce (?5, stated_total.label)", error);

  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, ref);
  dk_db_bind_text (stmt, 2, parts[0]);
  dk_db_bind_text (stmt, 3, parts[1] ? parts[1] : "");
  if (!was_new && nilai != NULL && *nilai != '\0')
    dk_db_bind_int64 (stmt, 4, g_ascii_strtoll (nilai, NULL, 10));
  else if (!was_new && nilai != NULL)
    dk_db_bind_text (stmt, 4, "");
  if (!was_new && label != NULL)
    dk_db_bind_text (stmt, 5, label);
  return _dk_store_step_done (store, stmt, error);
}

static gboolean
remove_with (DkStore     *store,
             const char  *sql,
             const char  *ref,
             const char  *scope,
             GError     **error)
{
  g_autoptr(DkDbStmt) del = _dk_store_prepare (store, sql, error);

  if (del == NULL)
    return FALSE;
  dk_db_bind_text (del, 1, ref);
  dk_db_bind_text (del, 2, scope);
  return _dk_store_step_done (store, del, error);
}

/* Removes the offices' rows of a snapshot that a change filled when it had none. */
static gboolean
remove_new_rows (DkStore     *store,
                 const char  *ref,
                 const char  *scope,
                 GError     **error)
{
  return remove_with (store,
                      "DELETE FROM m2m_value WHERE snapshot_id = (SELECT id FROM m2m_snapshot WHERE per = ?1) "
                      "AND kode IN (SELECT kode FROM region "
                      "WHERE induk = ?2 OR (induk IS NULL AND coalesce (?2, '') = ''))", ref, scope, error);
}

static gboolean
remove_new_stated (DkStore     *store,
                   const char  *ref,
                   const char  *scope,
                   GError     **error)
{
  return remove_with (store, "DELETE FROM stated_total WHERE tabel = 'm2m' AND ref = ?1 AND kode = ?2", ref, scope,
                      error);
}

static char *
column_title (const char *kolom)
{
  if (g_str_equal (kolom, "perangkat"))
    return g_strdup (_("Jumlah Perangkat M2M"));
  if (g_str_equal (kolom, "aktif"))
    return g_strdup (_("Jumlah M2M Aktif"));
  if (g_str_equal (kolom, "keterangan"))
    return g_strdup (_("Keterangan"));
  if (g_str_equal (kolom, "nilai"))
    return g_strdup (_("Stated total"));
  if (g_str_equal (kolom, "label"))
    return g_strdup (_("Stated total’s label"));
  if (g_str_equal (kolom, "tanggal"))
    return g_strdup (_("Date"));
  if (g_str_equal (kolom, "kode"))
    return g_strdup (_("Region"));
  if (g_str_equal (kolom, "jenis"))
    return g_strdup (_("Kind"));
  if (g_str_equal (kolom, "catatan"))
    return g_strdup (_("Note"));
  return g_strdup (kolom);
}

const DkHistoryTable _dk_m2m_history_table = {
  .tabel = "m2m",
  .capture_sql = "SELECT v.kode, v.perangkat, v.aktif, v.keterangan "
                 "FROM m2m_value v JOIN m2m_snapshot s ON s.id = v.snapshot_id "
                 "WHERE s.per = ?1 AND v.kode IN (SELECT kode FROM region WHERE induk = ?2)",
  .columns = { "perangkat", "aktif", "keterangan" },
  .restore = restore_row,
  .remove_new = remove_new_rows,
  /* a snapshot left without figures goes, with the totals stated for it */
  .tidy_sql = "DELETE FROM m2m_snapshot WHERE NOT EXISTS "
              "(SELECT 1 FROM m2m_value WHERE snapshot_id = m2m_snapshot.id); "
              "DELETE FROM stated_total WHERE tabel = 'm2m' "
              "AND ref NOT IN (SELECT CAST (per AS TEXT) FROM m2m_snapshot)",
  .column_title = column_title,
};

/* the totals an M2M source states, keyed "kode|kolom" */
const DkHistoryTable _dk_m2m_stated_history_table = {
  .tabel = "m2m-stated",
  .capture_sql = "SELECT kode || '|' || kolom, coalesce (CAST (nilai AS TEXT), ''), label, '' FROM stated_total "
                 "WHERE tabel = 'm2m' AND ref = ?1 AND kode = ?2",
  .columns = { "nilai", "label", "-" },
  .restore = restore_stated,
  .remove_new = remove_new_stated,
  .column_title = column_title,
};

#define EVENT "SELECT id, id, tanggal, bulan_saja, kode, jenis, catatan FROM m2m_event"

/* the events of the devices, kept row by row (the store's dk-history-rows.c) */
const DkHistoryTable _dk_m2m_event_history_table = {
  .tabel = "m2m_event",
  .capture_sql = EVENT,
  .row_sql = EVENT " WHERE id = CAST (?1 AS BIGINT)",
  .columns = { "id", "tanggal", "bulan_saja", "kode", "jenis", "catatan" },
  .upsert_sql = "INSERT INTO m2m_event (id, tanggal, bulan_saja, kode, jenis, catatan) "
                "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
                "ON CONFLICT (id) DO UPDATE SET tanggal = excluded.tanggal, bulan_saja = excluded.bulan_saja, "
                "kode = excluded.kode, jenis = excluded.jenis, catatan = excluded.catatan",
  .delete_sql = "DELETE FROM m2m_event WHERE id = CAST (?1 AS BIGINT)",
  .restore = _dk_history_rows_restore,
  .column_title = column_title,
};

/**
 * dk_m2m_history_tables:
 *
 * Returns: (array zero-terminated=1) (transfer none): the M2M tables of the history, for undo
 */
const DkHistoryTable *const *
dk_m2m_history_tables (void)
{
  static const DkHistoryTable *const tables[] = { &_dk_m2m_history_table, &_dk_m2m_stated_history_table,
                                                  &_dk_m2m_event_history_table, NULL };

  return tables;
}
