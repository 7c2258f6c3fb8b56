/* dk-history.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every change to the tables' figures (an import, a save in a dialog) is recorded as one
 * change with each value it changed, old and new; the history can be browsed, and the
 * last change not yet undone can be undone.
 */
#define G_LOG_DOMAIN "dk-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-budget-private.h"
#include "dk-error.h"
#include "dk-history-internal.h"
#include "dk-history.h"
#include "dk-store-internal.h"

#define N_COLUMNS 3

/* the kolom of an entry that stands for every row of its scope, new */
#define ALL_ROWS "*"


typedef struct
{
  const char *tabel;
  const char *capture_sql;   /* ?1 the snapshot's date, ?2 the scope; kode then the columns */
  const char *columns[N_COLUMNS];
} Table;

static const Table tables[] = {
  { "ikd",
    "SELECT v.kode, v.rekam_dinamis, v.jumlah_ikd, coalesce (v.persen_bp, '') "
    "FROM ikd_value v JOIN ikd_snapshot s ON s.id = v.snapshot_id "
    "WHERE s.per = ?1 AND (?2 = '' OR v.kode = ?2 OR (v.kode > ?2 || '.' AND v.kode < ?2 || '/'))",
    { "rekam_dinamis", "jumlah_ikd", "persen_bp" } },
  { "m2m",
    "SELECT v.kode, v.perangkat, v.aktif, v.keterangan "
    "FROM m2m_value v JOIN m2m_snapshot s ON s.id = v.snapshot_id "
    "WHERE s.per = ?1 AND v.kode IN (SELECT kode FROM region WHERE induk = ?2)",
    { "perangkat", "aktif", "keterangan" } },
  /* the totals an M2M source states, keyed "kode|kolom" */
  { "m2m-stated",
    "SELECT kode || '|' || kolom, coalesce (nilai, ''), label, '' FROM stated_total "
    "WHERE tabel = 'm2m' AND ref = ?1 AND kode = ?2",
    { "nilai", "label", "-" } },
};

static const Table *
find_table (const char *tabel)
{
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (g_str_equal (tables[i].tabel, tabel))
      return &tables[i];
  g_return_val_if_reached (NULL);
}

static const char *
budget_column_title (const char *stem)
{
  if (g_str_equal (stem, "tahun"))
    return _("Fiscal year");
  if (g_str_equal (stem, "kegiatan"))
    return _("Activity");
  if (g_str_equal (stem, "dpa"))
    return _("DPA version");
  if (g_str_equal (stem, "dpa-tanggal"))
    return _("DPA date");
  if (g_str_equal (stem, "uraian"))
    return _("Uraian");
  if (g_str_equal (stem, "realisasi"))
    return _("Realisasi");
  return stem;
}

/**
 * dk_history_column_title:
 *
 * Returns: (transfer full): the report's heading of a column the history names
 */
char *
dk_history_column_title (const char *tabel,
                         const char *kolom)
{
  if (g_str_equal (kolom, ALL_ROWS))
    return g_strdup (_("New figures (rows)"));
  if (g_str_equal (tabel, DK_BUDGET_STATED_TABLE))
    {
      const char *colon = strchr (kolom, ':');
      g_autofree char *stem = colon ? g_strndup (kolom, colon - kolom) : g_strdup (kolom);
      const char *arg = colon ? colon + 1 : "";
      gint64 n = g_ascii_strtoll (arg, NULL, 10);

      if (g_str_equal (stem, "anggaran"))
        /* Translators: the budget of a line in a DPA version */
        return g_strdup_printf (_("Anggaran (DPA %s)"), arg);
      if (g_str_equal (stem, "bulan") && n >= 1 && n <= 12)
        {
          g_autoptr(GDateTime) month = g_date_time_new_utc (2000, (int) n, 1, 0, 0, 0);
          g_autofree char *name = g_date_time_format (month, "%B");

          /* Translators: the realisation of one month */
          return g_strdup_printf (_("Realisasi %s"), name);
        }
      if (g_str_equal (stem, "stated"))
        /* Translators: the total the source printed for a column of the budget */
        return g_strdup_printf (_("Stated total (%s)"), g_str_equal (arg, "anggaran") ? _("Anggaran") : _("Realisasi"));
      if (g_str_equal (stem, "stated-label"))
        return g_strdup_printf (_("Stated total’s label (%s)"),
                                g_str_equal (arg, "anggaran") ? _("Anggaran") : _("Realisasi"));
      return g_strdup (budget_column_title (stem));
    }
  if (g_str_equal (kolom, "#"))
    return g_strdup (_("Row"));
  if (g_str_equal (kolom, "keping"))
    return g_strdup (_("Blanks"));
  if (g_str_equal (kolom, "tanggal"))
    return g_strdup (_("Date"));
  if (g_str_equal (kolom, "nomor_ba") || g_str_equal (kolom, "nomor_bast") || g_str_equal (kolom, "nomor_masuk"))
    return g_strdup (_("Number"));
  if (g_str_equal (kolom, "catatan") || g_str_equal (kolom, "ket"))
    return g_strdup (_("Note"));
  if (g_str_equal (kolom, "kode"))
    return g_strdup (_("Region"));
  if (g_str_equal (kolom, "cara"))
    return g_strdup (_("How"));
  if (g_str_equal (kolom, "rekam_dinamis"))
    return g_strdup (_("Rekam Dinamis"));
  if (g_str_equal (kolom, "jumlah_ikd"))
    return g_strdup (_("Jumlah IKD"));
  if (g_str_equal (kolom, "persen_bp"))
    return g_strdup (_("Persen IKD"));
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
  return g_strdup (kolom);
}

/* Returns: kode → GStrv of the columns' values as text */
GHashTable *
_dk_history_capture (DkStore     *store,
                     const char  *tabel,
                     const char  *ref,
                     const char  *scope,
                     GError     **error)
{
  const Table *table = find_table (tabel);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  int rc;

  if (!(stmt = _dk_store_prepare (store, table->capture_sql, error)))
    return NULL;
  sqlite3_bind_text (stmt, 1, ref, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, scope, -1, SQLITE_TRANSIENT);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      char **values = g_new0 (char *, N_COLUMNS + 1);

      for (guint c = 0; c < N_COLUMNS; c++)
        values[c] = _dk_stmt_dup_text (stmt, (int) c + 1);
      g_hash_table_insert (rows, _dk_stmt_dup_text (stmt, 0), values);
    }
  if (rc != SQLITE_DONE)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&rows);
}

static gboolean
add_change (DkStore       *store,
            sqlite3_stmt  *ins,
            gint64        *batch_id,
            const char    *keterangan,
            const char    *tabel,
            const char    *ref,
            const char    *kode,
            const char    *kolom,
            const char    *lama,
            const char    *baru,
            GError       **error)
{
  if (*batch_id == 0)
    {
      g_autoptr(sqlite3_stmt) batch = NULL;
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *waktu = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

      if (!(batch = _dk_store_prepare (store, "INSERT INTO riwayat_batch (waktu, keterangan) VALUES (?1, ?2) "
                                              "RETURNING id", error)))
        return FALSE;
      sqlite3_bind_text (batch, 1, waktu, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (batch, 2, keterangan != NULL ? keterangan : "", -1, SQLITE_TRANSIENT);
      if (sqlite3_step (batch) != SQLITE_ROW)
        {
          _dk_store_set_error (store, error);
          return FALSE;
        }
      *batch_id = sqlite3_column_int64 (batch, 0);
    }
  sqlite3_bind_int64 (ins, 1, *batch_id);
  sqlite3_bind_text (ins, 2, tabel, -1, SQLITE_STATIC);
  sqlite3_bind_text (ins, 3, ref, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (ins, 4, kode, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (ins, 5, kolom, -1, SQLITE_STATIC);
  if (lama)
    sqlite3_bind_text (ins, 6, lama, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (ins, 6);
  if (baru)
    sqlite3_bind_text (ins, 7, baru, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (ins, 7);
  return _dk_store_step_done (store, ins, error);
}

static sqlite3_stmt *
prepare_insert (DkStore  *store,
                GError  **error)
{
  return _dk_store_prepare (store, "INSERT INTO riwayat (batch_id, tabel, ref, kode, kolom, lama, baru) "
                                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)", error);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return strcmp (*(const char **) a, *(const char **) b);
}

/* Records the difference between @before and @after in the change *@batch_id, creating
 * it (and setting *@batch_id) at the first difference when it is 0; nothing when they are
 * the same. When @scope had no rows at all before (a new date, a new table), one entry
 * says so, with the number of rows, rather than one per value: undoing it removes them
 * all, and an import of 83,762 desa does not write a quarter of a million entries.
 * Runs inside the caller's transaction. */
gboolean
_dk_history_record (DkStore     *store,
                    const char  *tabel,
                    const char  *ref,
                    const char  *scope,
                    GHashTable  *before,
                    GHashTable  *after,
                    const char  *keterangan,
                    gint64      *batch_id,
                    GError     **error)
{
  const Table *table = find_table (tabel);
  g_autoptr(sqlite3_stmt) ins = NULL;
  g_autoptr(GPtrArray) kodes = g_ptr_array_new ();
  g_autoptr(GHashTable) all = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (before) == 0 && g_hash_table_size (after) > 0)
    return _dk_history_record_new (store, tabel, ref, scope, g_hash_table_size (after), keterangan, batch_id, error);

  g_hash_table_iter_init (&iter, before);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (all, key);
  g_hash_table_iter_init (&iter, after);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_hash_table_add (all, key);
  g_hash_table_iter_init (&iter, all);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    g_ptr_array_add (kodes, key);
  g_ptr_array_sort (kodes, compare_strings);

  if (!(ins = prepare_insert (store, error)))
    return FALSE;
  for (guint i = 0; i < kodes->len; i++)
    {
      const char *kode = g_ptr_array_index (kodes, i);
      char **old = g_hash_table_lookup (before, kode);
      char **new = g_hash_table_lookup (after, kode);

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          const char *lama = old ? old[c] : NULL;
          const char *baru = new ? new[c] : NULL;

          if (g_strcmp0 (lama, baru) == 0)
            continue;
          if (!add_change (store, ins, batch_id, keterangan, tabel, ref, kode, table->columns[c], lama, baru, error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Records that @scope, empty before, now has @n_rows rows: one entry, which undo removes
 * whole. For a caller that knows the scope was empty without reading it back. */
gboolean
_dk_history_record_new (DkStore     *store,
                        const char  *tabel,
                        const char  *ref,
                        const char  *scope,
                        gsize        n_rows,
                        const char  *keterangan,
                        gint64      *batch_id,
                        GError     **error)
{
  g_autoptr(sqlite3_stmt) ins = NULL;
  g_autofree char *count = g_strdup_printf ("%" G_GSIZE_FORMAT, n_rows);

  if (!(ins = prepare_insert (store, error)))
    return FALSE;
  return add_change (store, ins, batch_id, keterangan, tabel, ref, scope, ALL_ROWS, NULL, count, error);
}

/* Records the difference between two sets of single values keyed "kode<separator>kolom"
 * (a table whose rows have varying columns, as the budget's lines), in key order, in the
 * change *@batch_id (created at the first difference when 0). Runs inside the caller's
 * transaction. */
gboolean
_dk_history_record_values (DkStore     *store,
                           const char  *tabel,
                           const char  *ref,
                           GHashTable  *before,
                           GHashTable  *after,
                           char         separator,
                           const char  *keterangan,
                           gint64      *batch_id,
                           GError     **error)
{
  g_autoptr(sqlite3_stmt) ins = NULL;
  g_autoptr(GPtrArray) keys = g_ptr_array_new ();
  g_autoptr(GHashTable) all = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTable *sides[2] = { before, after };
  GHashTableIter iter;
  gpointer key;

  for (guint s = 0; s < 2; s++)
    {
      g_hash_table_iter_init (&iter, sides[s]);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        if (g_hash_table_add (all, key))
          g_ptr_array_add (keys, key);
    }
  g_ptr_array_sort (keys, compare_strings);
  for (guint i = 0; i < keys->len; i++)
    {
      const char *k = g_ptr_array_index (keys, i);
      const char *lama = g_hash_table_lookup (before, k);
      const char *baru = g_hash_table_lookup (after, k);
      const char *sep = strchr (k, separator);
      g_autofree char *kode = NULL;

      if (g_strcmp0 (lama, baru) == 0 || sep == NULL)
        continue;
      if (ins == NULL && !(ins = prepare_insert (store, error)))
        return FALSE;
      kode = g_strndup (k, sep - k);
      if (!add_change (store, ins, batch_id, keterangan, tabel, ref, kode, sep + 1, lama, baru, error))
        return FALSE;
    }
  return TRUE;
}

void
dk_history_change_free (DkHistoryChange *change)
{
  if (change == NULL)
    return;
  g_free (change->waktu);
  g_free (change->keterangan);
  g_free (change->tabel);
  g_free (change->ref);
  g_free (change->kode);
  g_free (change->kolom);
  g_free (change->lama);
  g_free (change->baru);
  g_free (change);
}

/**
 * dk_history_list:
 * @max_changes: at most this many values, newest change first; 0 for all
 *
 * Returns: (transfer full) (element-type DkHistoryChange): the values changed, newest
 *   change first, and within a change by table, date, region and column
 */
GPtrArray *
dk_history_list (DkStore  *store,
                 guint     max_changes,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_history_change_free);
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!(stmt = _dk_store_prepare (store,
                                  "SELECT b.id, b.waktu, b.keterangan, b.dibatalkan, r.tabel, r.ref, r.kode, r.kolom, "
                                  "r.lama, r.baru FROM riwayat r JOIN riwayat_batch b ON b.id = r.batch_id "
                                  "ORDER BY b.id DESC, r.id LIMIT ?1", error)))
    return NULL;
  sqlite3_bind_int64 (stmt, 1, max_changes > 0 ? (gint64) max_changes : -1);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      DkHistoryChange *c = g_new0 (DkHistoryChange, 1);

      c->batch_id = sqlite3_column_int64 (stmt, 0);
      c->waktu = _dk_stmt_dup_text (stmt, 1);
      c->keterangan = _dk_stmt_dup_text (stmt, 2);
      c->undone = sqlite3_column_int (stmt, 3) != 0;
      c->tabel = _dk_stmt_dup_text (stmt, 4);
      c->ref = _dk_stmt_dup_text (stmt, 5);
      c->kode = _dk_stmt_dup_text (stmt, 6);
      c->kolom = _dk_stmt_dup_text (stmt, 7);
      c->lama = sqlite3_column_type (stmt, 8) == SQLITE_NULL ? NULL : _dk_stmt_dup_text (stmt, 8);
      c->baru = sqlite3_column_type (stmt, 9) == SQLITE_NULL ? NULL : _dk_stmt_dup_text (stmt, 9);
      g_ptr_array_add (out, c);
    }
  if (rc != SQLITE_DONE)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&out);
}

static gint64
last_batch (DkStore  *store,
            char    **keterangan,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = _dk_store_prepare (store, "SELECT id, keterangan FROM riwayat_batch WHERE dibatalkan = 0 "
                                         "ORDER BY id DESC LIMIT 1", error)))
    return -1;
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    return 0;
  if (rc != SQLITE_ROW)
    {
      _dk_store_set_error (store, error);
      return -1;
    }
  if (keterangan)
    *keterangan = _dk_stmt_dup_text (stmt, 1);
  return sqlite3_column_int64 (stmt, 0);
}

/**
 * dk_history_can_undo:
 *
 * Returns: whether there is a change that can be undone
 */
gboolean
dk_history_can_undo (DkStore *store)
{
  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  return last_batch (store, NULL, NULL) > 0;
}

static const char *
column_value (GHashTable *values,
              const char *kolom)
{
  return g_hash_table_lookup (values, kolom);
}

/* Puts one region's row of one snapshot back as it was. */
static gboolean
restore_row (DkStore     *store,
             const char  *tabel,
             const char  *ref,
             const char  *kode,
             GHashTable  *old,       /* kolom → old value (NULL: the row was new) */
             gboolean     was_new,
             GError     **error)
{
  g_autoptr(sqlite3_stmt) snap = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gboolean ikd = g_str_equal (tabel, "ikd");
  gint64 snapshot_id;

  if (g_str_equal (tabel, "m2m-stated"))
    {
      g_auto(GStrv) parts = g_strsplit (kode, "|", 2);
      const char *nilai = column_value (old, "nilai");

      stmt = _dk_store_prepare (store, was_new
                                  ? "DELETE FROM stated_total WHERE tabel = 'm2m' AND ref = ?1 AND kode = ?2 AND kolom = ?3"
                                  : "INSERT INTO stated_total (tabel, ref, kode, kolom, nilai, label) "
                                    "VALUES ('m2m', ?1, ?2, ?3, nullif (?4, ''), coalesce (?5, '')) "
                                    "ON CONFLICT (tabel, ref, kode, kolom) DO UPDATE SET "
                                    "nilai = CASE WHEN ?4 IS NULL THEN nilai ELSE nullif (?4, '') END, "
                                    "label = coalesce (?5, label)", error);
      if (stmt == NULL)
        return FALSE;
      sqlite3_bind_text (stmt, 1, ref, -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, parts[0], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, parts[1] ? parts[1] : "", -1, SQLITE_TRANSIENT);
      if (!was_new)
        {
          if (nilai != NULL && *nilai != '\0')
            sqlite3_bind_int64 (stmt, 4, g_ascii_strtoll (nilai, NULL, 10));
          else if (nilai != NULL)
            sqlite3_bind_text (stmt, 4, "", -1, SQLITE_STATIC);
          if (column_value (old, "label") != NULL)
            sqlite3_bind_text (stmt, 5, column_value (old, "label"), -1, SQLITE_TRANSIENT);
        }
      return _dk_store_step_done (store, stmt, error);
    }

  snap = _dk_store_prepare (store, ikd ? "INSERT INTO ikd_snapshot (per) VALUES (?1) ON CONFLICT (per) DO UPDATE SET per = per RETURNING id"
                                       : "INSERT INTO m2m_snapshot (per) VALUES (?1) ON CONFLICT (per) DO UPDATE SET per = per RETURNING id",
                            error);
  if (snap == NULL)
    return FALSE;
  sqlite3_bind_text (snap, 1, ref, -1, SQLITE_TRANSIENT);
  if (sqlite3_step (snap) != SQLITE_ROW)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  snapshot_id = sqlite3_column_int64 (snap, 0);

  if (was_new)
    stmt = _dk_store_prepare (store, ikd ? "DELETE FROM ikd_value WHERE snapshot_id = ?1 AND kode = ?2"
                                         : "DELETE FROM m2m_value WHERE snapshot_id = ?1 AND kode = ?2", error);
  else if (ikd)
    stmt = _dk_store_prepare (store,
                              "INSERT INTO ikd_value (snapshot_id, kode, rekam_dinamis, jumlah_ikd, persen_bp) "
                              "VALUES (?1, ?2, coalesce (?3, 0), coalesce (?4, 0), nullif (?5, '')) "
                              "ON CONFLICT (snapshot_id, kode) DO UPDATE SET "
                              "rekam_dinamis = coalesce (?3, rekam_dinamis), jumlah_ikd = coalesce (?4, jumlah_ikd), "
                              "persen_bp = CASE WHEN ?5 IS NULL THEN persen_bp ELSE nullif (?5, '') END", error);
  else
    stmt = _dk_store_prepare (store,
                              "INSERT INTO m2m_value (snapshot_id, kode, perangkat, aktif, keterangan) "
                              "VALUES (?1, ?2, coalesce (?3, 0), coalesce (?4, 0), coalesce (?5, '')) "
                              "ON CONFLICT (snapshot_id, kode) DO UPDATE SET "
                              "perangkat = coalesce (?3, perangkat), aktif = coalesce (?4, aktif), "
                              "keterangan = coalesce (?5, keterangan)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, snapshot_id);
  sqlite3_bind_text (stmt, 2, kode, -1, SQLITE_TRANSIENT);
  if (!was_new)
    {
      const Table *table = find_table (tabel);

      for (guint c = 0; c < N_COLUMNS; c++)
        {
          const char *v = column_value (old, table->columns[c]);

          if (v == NULL)
            sqlite3_bind_null (stmt, (int) c + 3);
          else if (c < 2)
            sqlite3_bind_int64 (stmt, (int) c + 3, g_ascii_strtoll (v, NULL, 10));
          else if (ikd && *v != '\0')
            sqlite3_bind_int64 (stmt, (int) c + 3, g_ascii_strtoll (v, NULL, 10));
          else
            sqlite3_bind_text (stmt, (int) c + 3, v, -1, SQLITE_TRANSIENT);
        }
    }
  return _dk_store_step_done (store, stmt, error);
}

/* Removes the rows a change added where there were none (ALL_ROWS entries). */
static gboolean
undo_new_rows (DkStore  *store,
               gint64    batch_id,
               GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  if (!(stmt = _dk_store_prepare (store, "SELECT tabel, ref, kode FROM riwayat WHERE batch_id = ?1 AND kolom = '"
                                         ALL_ROWS "'", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *tabel = (const char *) sqlite3_column_text (stmt, 0);
      g_autoptr(sqlite3_stmt) del = NULL;

      if (g_str_equal (tabel, "ikd"))
        del = _dk_store_prepare (store,
                                 "DELETE FROM ikd_value WHERE snapshot_id = (SELECT id FROM ikd_snapshot WHERE per = ?1) "
                                 "AND (?2 = '' OR kode = ?2 OR (kode > ?2 || '.' AND kode < ?2 || '/'))", error);
      else if (g_str_equal (tabel, "m2m"))
        del = _dk_store_prepare (store,
                                 "DELETE FROM m2m_value WHERE snapshot_id = (SELECT id FROM m2m_snapshot WHERE per = ?1) "
                                 "AND kode IN (SELECT kode FROM region WHERE induk IS nullif (?2, ''))", error);
      else
        del = _dk_store_prepare (store, "DELETE FROM stated_total WHERE tabel = 'm2m' AND ref = ?1 AND kode = ?2", error);
      if (del == NULL)
        return FALSE;
      sqlite3_bind_text (del, 1, (const char *) sqlite3_column_text (stmt, 1), -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (del, 2, (const char *) sqlite3_column_text (stmt, 2), -1, SQLITE_TRANSIENT);
      if (!_dk_store_step_done (store, del, error))
        return FALSE;
    }
  if (rc != SQLITE_DONE)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
undo_batch (DkStore  *store,
            gint64    batch_id,
            GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) old = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autofree char *tabel = NULL, *ref = NULL, *kode = NULL;
  gboolean was_new = TRUE;
  int rc;

  if (!undo_new_rows (store, batch_id, error))
    return FALSE;
  if (!(stmt = _dk_store_prepare (store, "SELECT tabel, ref, kode, kolom, lama FROM riwayat WHERE batch_id = ?1 "
                                         "AND kolom <> '" ALL_ROWS "' ORDER BY tabel, ref, kode, id", error)))
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, batch_id);
  for (;;)
    {
      g_autofree char *t = NULL, *r = NULL, *k = NULL;

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW && g_str_equal ((const char *) sqlite3_column_text (stmt, 0), DK_BUDGET_STATED_TABLE))
        {
          /* the budget's values are put back one by one */
          if (!_dk_budget_history_restore (store, (const char *) sqlite3_column_text (stmt, 1),
                                           (const char *) sqlite3_column_text (stmt, 2),
                                           (const char *) sqlite3_column_text (stmt, 3),
                                           (const char *) sqlite3_column_text (stmt, 4), error))
            return FALSE;
          continue;
        }
      if (rc == SQLITE_ROW)
        {
          t = _dk_stmt_dup_text (stmt, 0);
          r = _dk_stmt_dup_text (stmt, 1);
          k = _dk_stmt_dup_text (stmt, 2);
        }
      else if (rc != SQLITE_DONE)
        {
          _dk_store_set_error (store, error);
          return FALSE;
        }
      /* a region's changes are all read: put its row back */
      if (kode != NULL && (rc == SQLITE_DONE || g_strcmp0 (t, tabel) || g_strcmp0 (r, ref) || g_strcmp0 (k, kode)))
        {
          if (_dk_history_is_row_table (tabel) ? !_dk_history_rows_restore (store, tabel, kode, old, error)
                                               : !restore_row (store, tabel, ref, kode, old, was_new, error))
            return FALSE;
          g_hash_table_remove_all (old);
          was_new = TRUE;
        }
      if (rc == SQLITE_DONE)
        break;
      g_free (tabel);
      g_free (ref);
      g_free (kode);
      tabel = g_steal_pointer (&t);
      ref = g_steal_pointer (&r);
      kode = g_steal_pointer (&k);
      /* every value the change altered, NULL when it had none before */
      if (sqlite3_column_type (stmt, 4) != SQLITE_NULL)
        was_new = FALSE;
      g_hash_table_insert (old, _dk_stmt_dup_text (stmt, 3),
                           sqlite3_column_type (stmt, 4) != SQLITE_NULL ? _dk_stmt_dup_text (stmt, 4) : NULL);
    }

  /* a snapshot left without figures goes, with the totals stated for it */
  return _dk_store_exec (store,
                         "DELETE FROM ikd_snapshot WHERE NOT EXISTS "
                         "(SELECT 1 FROM ikd_value WHERE snapshot_id = ikd_snapshot.id); "
                         "DELETE FROM m2m_snapshot WHERE NOT EXISTS "
                         "(SELECT 1 FROM m2m_value WHERE snapshot_id = m2m_snapshot.id); "
                         "DELETE FROM stated_total WHERE tabel = 'm2m' AND ref NOT IN (SELECT per FROM m2m_snapshot)",
                         error);
}

/**
 * dk_history_undo:
 * @what: (out) (optional) (transfer full): what the change undone was
 *
 * Puts back every value the last change not yet undone changed, in one transaction.
 *
 * Returns: %FALSE with @error set when there is nothing to undo or it failed
 */
gboolean
dk_history_undo (DkStore  *store,
                 char    **what,
                 GError  **error)
{
  g_autoptr(sqlite3_stmt) mark = NULL;
  g_autofree char *keterangan = NULL;
  gint64 batch_id;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!_dk_store_begin (store, error))
    return FALSE;
  batch_id = last_batch (store, &keterangan, error);
  if (batch_id == 0)
    g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("There is no change to undo"));
  if (batch_id <= 0 || !undo_batch (store, batch_id, error) ||
      !(mark = _dk_store_prepare (store, "UPDATE riwayat_batch SET dibatalkan = 1 WHERE id = ?1", error)))
    {
      _dk_store_rollback (store);
      return FALSE;
    }
  sqlite3_bind_int64 (mark, 1, batch_id);
  if (!_dk_store_step_done (store, mark, error) || !_dk_store_commit (store, error))
    {
      _dk_store_rollback (store);
      return FALSE;
    }
  if (what)
    *what = g_steal_pointer (&keterangan);
  return TRUE;
}
