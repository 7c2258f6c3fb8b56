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

#include "dk-error.h"
#include "dk-history-internal.h"
#include "dk-history.h"
#include "dk-store-internal.h"


/* the kolom of an entry that stands for every row of its scope, new */
#define ALL_ROWS "*"


static const DkHistoryTable *
find_table (const DkHistoryTable *const *tables,
            const char                  *tabel)
{
  for (guint i = 0; tables[i] != NULL; i++)
    if (g_str_equal (tables[i]->tabel, tabel))
      return tables[i];
  return NULL;
}

static gboolean
unknown_table (DkStore     *store,
               const char  *tabel,
               GError     **error)
{
  g_set_error (error, DK_ERROR, DK_ERROR_DATABASE,
               _("The history of changes names the table “%s”, which this version does not know how to restore"),
               tabel);
  return FALSE;
}

static guint
n_columns (const DkHistoryTable *table)
{
  guint n = 0;

  while (n < DK_HISTORY_MAX_COLUMNS && table->columns[n] != NULL)
    n++;
  return n;
}

/**
 * _dk_history_column_title:
 *
 * Returns: (transfer full): the report's heading of a column the history names
 */
char *
_dk_history_column_title (const DkHistoryTable *table,
                          const char           *kolom)
{
  if (g_str_equal (kolom, ALL_ROWS))
    return g_strdup (_("New figures (rows)"));
  if (g_str_equal (kolom, "#"))
    return g_strdup (_("Row"));
  if (table != NULL && table->column_title != NULL)
    return table->column_title (kolom);
  return g_strdup (kolom);
}

/* Returns: kode → GStrv of the columns' values as text */
GHashTable *
_dk_history_capture (DkStore               *store,
                     const DkHistoryTable  *table,
                     const char            *ref,
                     const char            *scope,
                     GError               **error)
{
  guint n = n_columns (table);
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GHashTable) rows = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) g_strfreev);
  int rc;

  if (!(stmt = _dk_store_prepare (store, table->capture_sql, error)))
    return NULL;
  dk_db_bind_text (stmt, 1, ref);
  dk_db_bind_text (stmt, 2, scope);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      char **values = g_new0 (char *, n + 1);

      for (guint c = 0; c < n; c++)
        values[c] = _dk_stmt_dup_text (stmt, (int) c + 1);
      g_hash_table_insert (rows, _dk_stmt_dup_text (stmt, 0), values);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&rows);
}

static gboolean
add_change (DkStore    *store,
            DkDbStmt   *ins,
            gint64     *batch_id,
            const char *keterangan,
            const char *tabel,
            const char *ref,
            const char *kode,
            const char *kolom,
            const char *lama,
            const char *baru,
            GError    **error)
{
  /* figures another program changed since they were read are not overwritten */
  if (!_dk_history_check_change (store, tabel, ref, kode, g_str_equal (kolom, ALL_ROWS), error))
    return FALSE;
  if (*batch_id == 0)
    {
      g_autoptr(DkDbStmt) batch = NULL;
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();
      g_autofree char *waktu = g_date_time_format (now, "%Y-%m-%dT%H:%M:%S");

      if (!(batch = _dk_store_prepare (store, "INSERT INTO riwayat_batch (waktu, keterangan) VALUES (?1, ?2) "
                                              "RETURNING id", error)))
        return FALSE;
      dk_db_bind_text (batch, 1, waktu);
      dk_db_bind_text (batch, 2, keterangan != NULL ? keterangan : "");
      if (dk_db_step (batch) != DK_DB_ROW)
        {
          _dk_store_set_error (store, error);
          return FALSE;
        }
      *batch_id = dk_db_column_int64 (batch, 0);
      _dk_history_made_change (store, *batch_id);
    }
  dk_db_bind_int64 (ins, 1, *batch_id);
  dk_db_bind_text (ins, 2, tabel);
  dk_db_bind_text (ins, 3, ref);
  dk_db_bind_text (ins, 4, kode);
  dk_db_bind_text (ins, 5, kolom);
  if (lama)
    dk_db_bind_text (ins, 6, lama);
  else
    dk_db_bind_null (ins, 6);
  if (baru)
    dk_db_bind_text (ins, 7, baru);
  else
    dk_db_bind_null (ins, 7);
  return _dk_store_step_done (store, ins, error);
}

static DkDbStmt *
prepare_insert (DkStore *store,
                GError **error)
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
_dk_history_record (DkStore               *store,
                    const DkHistoryTable  *table,
                    const char            *ref,
                    const char            *scope,
                    GHashTable            *before,
                    GHashTable            *after,
                    const char            *keterangan,
                    gint64                *batch_id,
                    GError               **error)
{
  guint n = n_columns (table);
  g_autoptr(DkDbStmt) ins = NULL;
  g_autoptr(GPtrArray) kodes = g_ptr_array_new ();
  g_autoptr(GHashTable) all = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key;

  if (g_hash_table_size (before) == 0 && g_hash_table_size (after) > 0)
    return _dk_history_record_new (store, table, ref, scope, g_hash_table_size (after), keterangan, batch_id, error);

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

      for (guint c = 0; c < n; c++)
        {
          const char *lama = old ? old[c] : NULL;
          const char *baru = new ? new[c] : NULL;

          if (g_strcmp0 (lama, baru) == 0)
            continue;
          if (!add_change (store, ins, batch_id, keterangan, table->tabel, ref, kode, table->columns[c], lama, baru,
                          error))
            return FALSE;
        }
    }
  return TRUE;
}

/* Records that @scope, empty before, now has @n_rows rows: one entry, which undo removes
 * whole. For a caller that knows the scope was empty without reading it back. */
gboolean
_dk_history_record_new (DkStore               *store,
                        const DkHistoryTable  *table,
                        const char            *ref,
                        const char            *scope,
                        gsize                  n_rows,
                        const char            *keterangan,
                        gint64                *batch_id,
                        GError               **error)
{
  g_autoptr(DkDbStmt) ins = NULL;
  g_autofree char *count = g_strdup_printf ("%" G_GSIZE_FORMAT, n_rows);

  if (!(ins = prepare_insert (store, error)))
    return FALSE;
  return add_change (store, ins, batch_id, keterangan, table->tabel, ref, scope, ALL_ROWS, NULL, count, error);
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
  g_autoptr(DkDbStmt) ins = NULL;
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
  g_free (change->oleh);
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
  return dk_history_list_filtered (store, NULL, NULL, max_changes, error);
}

/**
 * dk_history_list_filtered:
 * @since: (nullable): only the changes made on this day (YYYY-MM-DD) or later, local time
 * @user: (nullable): only the changes made by this account ("" for a file's)
 * @max_changes: at most this many values, newest change first; 0 for all
 *
 * Returns: (transfer full) (element-type DkHistoryChange): the values changed, as
 *   dk_history_list() gives them, with the account that changed them
 */
GPtrArray *
dk_history_list_filtered (DkStore     *store,
                          const char  *since,
                          const char  *user,
                          guint        max_changes,
                          GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) out = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_history_change_free);
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  /* waktu is YYYY-MM-DDTHH:MM:SS: a day compares below every time of that day */
  if (!(stmt = _dk_store_prepare (store,
                                  "SELECT b.id, b.waktu, b.keterangan, b.dibatalkan, r.tabel, r.ref, r.kode, r.kolom, "
                                  "r.lama, r.baru, b.oleh FROM riwayat r JOIN riwayat_batch b ON b.id = r.batch_id "
                                  "WHERE (b.waktu >= ?2 OR ?2 IS NULL) AND (b.oleh = ?3 OR ?3 IS NULL) "
                                  "ORDER BY b.id DESC, r.id LIMIT ?1",
                                  error)))
    return NULL;
  /* no limit: as many as a query can return (PostgreSQL refuses sqlite's -1) */
  dk_db_bind_int64 (stmt, 1, max_changes > 0 ? (gint64) max_changes : G_MAXINT64);
  if (since != NULL)
    dk_db_bind_text (stmt, 2, since);
  else
    dk_db_bind_null (stmt, 2);
  if (user != NULL)
    dk_db_bind_text (stmt, 3, user);
  else
    dk_db_bind_null (stmt, 3);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkHistoryChange *c = g_new0 (DkHistoryChange, 1);

      c->batch_id = dk_db_column_int64 (stmt, 0);
      c->waktu = _dk_stmt_dup_text (stmt, 1);
      c->keterangan = _dk_stmt_dup_text (stmt, 2);
      c->undone = dk_db_column_int (stmt, 3) != 0;
      c->tabel = _dk_stmt_dup_text (stmt, 4);
      c->ref = _dk_stmt_dup_text (stmt, 5);
      c->kode = _dk_stmt_dup_text (stmt, 6);
      c->kolom = _dk_stmt_dup_text (stmt, 7);
      c->lama = dk_db_column_is_null (stmt, 8) ? NULL : _dk_stmt_dup_text (stmt, 8);
      c->baru = dk_db_column_is_null (stmt, 9) ? NULL : _dk_stmt_dup_text (stmt, 9);
      c->oleh = _dk_stmt_dup_text (stmt, 10);
      g_ptr_array_add (out, c);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&out);
}

static gint64
last_batch (DkStore  *store,
            char    **keterangan,
            GError  **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  if (!(stmt = _dk_store_prepare (store, "SELECT id, keterangan FROM riwayat_batch WHERE dibatalkan = 0 "
                                         "ORDER BY id DESC LIMIT 1", error)))
    return -1;
  rc = dk_db_step (stmt);
  if (rc == DK_DB_DONE)
    return 0;
  if (rc != DK_DB_ROW)
    {
      _dk_store_set_error (store, error);
      return -1;
    }
  if (keterangan)
    *keterangan = _dk_stmt_dup_text (stmt, 1);
  return dk_db_column_int64 (stmt, 0);
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

/**
 * _dk_history_restore_snapshot_row:
 * @snapshot_sql: finds or adds the snapshot dated ?1 and returns its id
 * @delete_sql: removes the row of snapshot ?1 and key ?2
 * @upsert_sql: puts back the row of snapshot ?1 and key ?2, ?3… the table's columns (NULL
 *   for a value the change left alone)
 * @numeric: a bit per column (the first is 1) whose non-empty values are integers
 *
 * Puts one key's row of one snapshot back as it was, or removes it when the change added
 * it: the restore of the tables kept by snapshot and region (IKD, M2M).
 */
gboolean
_dk_history_restore_snapshot_row (DkStore               *store,
                                  const DkHistoryTable  *table,
                                  const char            *snapshot_sql,
                                  const char            *delete_sql,
                                  const char            *upsert_sql,
                                  guint                  numeric,
                                  const char            *ref,
                                  const char            *kode,
                                  GHashTable            *old,
                                  gboolean               was_new,
                                  GError               **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  gint64 snapshot_id;

  if (!_dk_store_ensure_snapshot (store, snapshot_sql, ref, &snapshot_id, error) ||
      !(stmt = _dk_store_prepare (store, was_new ? delete_sql : upsert_sql, error)))
    return FALSE;
  dk_db_bind_int64 (stmt, 1, snapshot_id);
  dk_db_bind_text (stmt, 2, kode);
  for (guint c = 0; !was_new && c < n_columns (table); c++)
    {
      const char *v = g_hash_table_lookup (old, table->columns[c]);

      if (v == NULL)
        dk_db_bind_null (stmt, (int) c + 3);
      else if ((numeric & (1u << c)) && *v != '\0')
        dk_db_bind_int64 (stmt, (int) c + 3, g_ascii_strtoll (v, NULL, 10));
      else
        dk_db_bind_text (stmt, (int) c + 3, v);
    }
  return _dk_store_step_done (store, stmt, error);
}

/* Removes the rows a change added where there were none (ALL_ROWS entries). */
static gboolean
undo_new_rows (DkStore                     *store,
               const DkHistoryTable *const *tables,
               gint64                       batch_id,
               GError                     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  if (!(stmt = _dk_store_prepare (store, "SELECT tabel, ref, kode FROM riwayat WHERE batch_id = ?1 AND kolom = '"
                                         ALL_ROWS "'", error)))
    return FALSE;
  dk_db_bind_int64 (stmt, 1, batch_id);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      const DkHistoryTable *table = find_table (tables, dk_db_column_text (stmt, 0));

      if (table == NULL || table->remove_new == NULL)
        return unknown_table (store, dk_db_column_text (stmt, 0), error);
      if (!table->remove_new (store, dk_db_column_text (stmt, 1),
                              dk_db_column_text (stmt, 2), error))
        return FALSE;
    }
  if (!_dk_store_rows_done (store, rc, error))
    return FALSE;
  return TRUE;
}

typedef struct
{
  const DkHistoryTable *table;
  char                 *ref;
  char                 *kode;
  GHashTable           *old;      /* kolom → the value before (NULL: none) */
  gboolean              was_new;  /* no value of the key existed before */
} Pending;

static void
pending_clear (Pending *p)
{
  g_clear_pointer (&p->ref, g_free);
  g_clear_pointer (&p->kode, g_free);
  g_hash_table_remove_all (p->old);
  p->table = NULL;
  p->was_new = TRUE;
}

/* Puts a key's values back, once all of them are read. */
static gboolean
pending_restore (DkStore  *store,
                 Pending  *p,
                 GError  **error)
{
  gboolean ok = p->kode == NULL || p->table->restore (store, p->table, p->ref, p->kode, p->old, p->was_new, error);

  pending_clear (p);
  return ok;
}

/* One value of the change: put back at once (value by value), or kept with the other
 * values of its key until they are all read. */
static gboolean
undo_value (DkStore              *store,
            const DkHistoryTable *table,
            DkDbStmt             *stmt,
            Pending              *p,
            GError              **error)
{
  const char *ref = dk_db_column_text (stmt, 1);
  const char *kode = dk_db_column_text (stmt, 2);
  const char *lama = !dk_db_column_is_null (stmt, 4) ? dk_db_column_text (stmt, 4) : NULL;

  if (table->restore == NULL)
    return table->restore_value (store, ref, kode, dk_db_column_text (stmt, 3), lama, error);
  if (p->kode != NULL && (p->table != table || g_strcmp0 (p->ref, ref) || g_strcmp0 (p->kode, kode)) &&
      !pending_restore (store, p, error))
    return FALSE;
  if (p->kode == NULL)
    {
      p->table = table;
      p->ref = g_strdup (ref);
      p->kode = g_strdup (kode);
    }
  if (lama != NULL)
    p->was_new = FALSE;
  g_hash_table_insert (p->old, g_strdup (dk_db_column_text (stmt, 3)), g_strdup (lama));
  return TRUE;
}

static gboolean
undo_batch (DkStore                     *store,
            const DkHistoryTable *const *tables,
            gint64                       batch_id,
            GError                     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  Pending p = { NULL, NULL, NULL, g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free), TRUE };
  gboolean ok = TRUE;
  int      rc = DK_DB_DONE;

  if (!undo_new_rows (store, tables, batch_id, error) ||
      !(stmt = _dk_store_prepare (store, "SELECT tabel, ref, kode, kolom, lama FROM riwayat WHERE batch_id = ?1 "
                                         "AND kolom <> '" ALL_ROWS "' ORDER BY tabel, ref, kode, id", error)))
    ok = FALSE;
  else
    dk_db_bind_int64 (stmt, 1, batch_id);
  while (ok && (rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      const DkHistoryTable *table = find_table (tables, dk_db_column_text (stmt, 0));

      ok = table != NULL ? undo_value (store, table, stmt, &p, error)
                         : unknown_table (store, dk_db_column_text (stmt, 0), error);
    }
  ok = ok && _dk_store_rows_done (store, rc, error);
  ok = ok && pending_restore (store, &p, error);
  pending_clear (&p);
  g_hash_table_unref (p.old);

  /* what the undo left empty goes (a snapshot without figures, the totals stated for it) */
  for (guint i = 0; ok && tables[i] != NULL; i++)
    ok = tables[i]->tidy_sql == NULL || _dk_store_exec (store, tables[i]->tidy_sql, error);
  return ok;
}

/**
 * _dk_history_undo:
 * @tables: (array zero-terminated=1): every table the history may name
 * @what: (out) (optional) (transfer full): what the change undone was
 *
 * Puts back every value the last change not yet undone changed, in one transaction.
 *
 * Returns: %FALSE with @error set when there is nothing to undo or it failed
 */
gboolean
_dk_history_undo (DkStore                     *store,
                  const DkHistoryTable *const *tables,
                  char                       **what,
                  GError                     **error)
{
  g_autoptr(DkDbStmt) mark = NULL;
  g_autofree char *keterangan = NULL;
  gint64 batch_id;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!_dk_store_begin (store, error))
    return FALSE;
  batch_id = last_batch (store, &keterangan, error);
  if (batch_id == 0)
    g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("There is no change to undo"));
  if (batch_id <= 0 || !_dk_history_check_undo (store, batch_id, error) ||
      !undo_batch (store, tables, batch_id, error) ||
      !(mark = _dk_store_prepare (store, "UPDATE riwayat_batch SET dibatalkan = 1 WHERE id = ?1", error)))
    {
      _dk_store_rollback (store);
      return FALSE;
    }
  dk_db_bind_int64 (mark, 1, batch_id);
  if (!_dk_store_step_done (store, mark, error) || !_dk_store_commit (store, error))
    {
      _dk_store_rollback (store);
      return FALSE;
    }
  if (what)
    *what = g_steal_pointer (&keterangan);
  return TRUE;
}
