/* dk-ikd-history.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The IKD figures in the history of changes: a write captures the rows of its snapshot
 * and scope (a region and everything under it) before and after; undo puts a region's
 * row back, or removes the rows a change filled an empty scope with.
 */
#define G_LOG_DOMAIN "dk-ikd"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-ikd-private.h"
#include "dk-store-internal.h"

/* Puts one region's row of one snapshot back as it was, or removes it when it was new. */
static gboolean
restore (DkStore               *store,
         const DkHistoryTable  *table,
         const char            *ref,
         const char            *kode,
         GHashTable            *old,
         gboolean               was_new,
         GError               **error)
{
  return _dk_history_restore_snapshot_row (
    store, table, "INSERT INTO ikd_snapshot (per) VALUES (?1) "
                  "ON CONFLICT (per) DO UPDATE SET per = excluded.per RETURNING id",
    "DELETE FROM ikd_value WHERE snapshot_id = ?1 AND kode = ?2",
    "INSERT INTO ikd_value (snapshot_id, kode, rekam_dinamis, jumlah_ikd, persen_bp) "
    "VALUES (?1, ?2, coalesce (CAST (?3 AS BIGINT), 0), coalesce (CAST (?4 AS BIGINT), 0), "
    "CAST (nullif (?5, '') AS BIGINT)) "
    "ON CONFLICT (snapshot_id, kode) DO UPDATE SET "
    "rekam_dinamis = coalesce (?3, ikd_value.rekam_dinamis), jumlah_ikd = coalesce (?4, ikd_value.jumlah_ikd), "
    "persen_bp = CASE WHEN ?5 IS NULL THEN ikd_value.persen_bp ELSE CAST (nullif (?5, '') AS BIGINT) END",
    0x7, ref, kode, old, was_new, error);
}

/* Removes the rows of a scope that a change filled when it had none. */
static gboolean
remove_new (DkStore     *store,
            const char  *ref,
            const char  *scope,
            GError     **error)
{
  g_autoptr(DkDbStmt) del =
      _dk_store_prepare (store,
                         "DELETE FROM ikd_value WHERE snapshot_id = (SELECT id FROM ikd_snapshot WHERE per = ?1) "
                         "AND (?2 = '' OR kode = ?2 OR (kode > ?2 || '.' AND kode < ?2 || '/'))",
                         error);

  if (del == NULL)
    return FALSE;
  dk_db_bind_text (del, 1, ref);
  dk_db_bind_text (del, 2, scope);
  return _dk_store_step_done (store, del, error);
}

static char *
column_title (const char *kolom)
{
  if (g_str_equal (kolom, "rekam_dinamis"))
    return g_strdup (_("Rekam Dinamis"));
  if (g_str_equal (kolom, "jumlah_ikd"))
    return g_strdup (_("Jumlah IKD"));
  if (g_str_equal (kolom, "persen_bp"))
    return g_strdup (_("Persen IKD"));
  return g_strdup (kolom);
}

const DkHistoryTable _dk_ikd_history_table = {
  .tabel = "ikd",
  .capture_sql = "SELECT v.kode, v.rekam_dinamis, v.jumlah_ikd, coalesce (CAST (v.persen_bp AS TEXT), '') "
                 "FROM ikd_value v JOIN ikd_snapshot s ON s.id = v.snapshot_id "
                 "WHERE s.per = ?1 AND (?2 = '' OR v.kode = ?2 OR (v.kode > ?2 || '.' AND v.kode < ?2 || '/'))",
  .columns = { "rekam_dinamis", "jumlah_ikd", "persen_bp" },
  .restore = restore,
  .remove_new = remove_new,
  /* a snapshot left without figures goes */
  .tidy_sql = "DELETE FROM ikd_snapshot WHERE NOT EXISTS (SELECT 1 FROM ikd_value WHERE snapshot_id = ikd_snapshot.id)",
  .column_title = column_title,
};

/**
 * dk_ikd_history_tables:
 *
 * Returns: (array zero-terminated=1) (transfer none): the IKD tables of the history, for undo
 */
const DkHistoryTable *const *
dk_ikd_history_tables (void)
{
  static const DkHistoryTable *const tables[] = { &_dk_ikd_history_table, NULL };

  return tables;
}
