/* dk-history-rows.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The history of changes for the tables kept row by row (such as the blangko KTP-el
 * ledger, the offices' daily and monthly reports, the coverage figures): a write
 * reads the rows of the tables it changes before and after, inside its transaction, and
 * records each value that differs; undo puts each row back whole, or removes a row the
 * change added.
 *
 * In the history such a value is: tabel the table, ref '', kode the row's key (its id,
 * or "kode|tanggal"), kolom a column, or "#" for the row itself (its value "1" while the
 * row exists). A column that holds NULL has no value. The tables are described by
 * their domains (DkHistoryTable with row_sql, upsert_sql and delete_sql).
 */
#define G_LOG_DOMAIN "dk-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-error.h"
#include "dk-history-internal.h"
#include "dk-store-internal.h"

#define KEY_SEP '\x1f'

/* Returns: "key<sep>column" → value, with "key<sep>#" → "1" for each row */
static GHashTable *
capture (DkStore         *store,
         const DkHistoryTable *table,
         const char      *key_only,   /* nullable: that row only */
         const char      *office,     /* nullable: that office's rows, where rows have one */
         GError         **error)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  if (!(stmt = _dk_store_prepare (store, key_only != NULL ? table->row_sql : table->capture_sql, error)))
    return NULL;
  if (key_only != NULL)
    dk_db_bind_text (stmt, 1, key_only);
  else if (office != NULL && dk_db_bind_count (stmt) > 0)
    dk_db_bind_text (stmt, 1, office);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      const char *key = dk_db_column_text (stmt, 0);

      g_hash_table_insert (values, g_strdup_printf ("%s%c#", key, KEY_SEP), g_strdup ("1"));
      for (int c = 0; c < DK_HISTORY_MAX_COLUMNS && table->columns[c] != NULL; c++)
        if (!dk_db_column_is_null (stmt, c + 1))
          g_hash_table_insert (values, g_strdup_printf ("%s%c%s", key, KEY_SEP, table->columns[c]),
                               _dk_stmt_dup_text (stmt, c + 1));
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&values);
}

/**
 * _dk_history_rows_begin:
 * @tables: (array zero-terminated=1): the tables the write changes (at most
 *   %DK_HISTORY_MAX_ROW_TABLES)
 * @office: (nullable): the only office whose rows the write changes, or %NULL
 *
 * Reads the rows of @tables (of @office's, in the tables whose rows are an office's)
 * before a write; inside its transaction.
 */
gboolean
_dk_history_rows_begin (DkHistoryRows               *rows,
                        DkStore                     *store,
                        const DkHistoryTable *const *tables,
                        const char                  *office,
                        GError                     **error)
{
  memset (rows, 0, sizeof *rows);
  rows->office = g_strdup (office);
  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_return_val_if_fail (i < DK_HISTORY_MAX_ROW_TABLES, FALSE);
      rows->tables[i] = tables[i];
      g_return_val_if_fail (tables[i]->row_sql != NULL, FALSE);
      if (!(rows->before[i] = capture (store, rows->tables[i], NULL, office, error)))
        return FALSE;
    }
  return TRUE;
}

/**
 * _dk_history_rows_end:
 *
 * Records what the write changed in the tables as one change of the history; inside
 * its transaction.
 */
gboolean
_dk_history_rows_end (DkHistoryRows  *rows,
                      DkStore        *store,
                      const char     *keterangan,
                      GError        **error)
{
  gint64 batch_id = 0;

  for (guint i = 0; i < DK_HISTORY_MAX_ROW_TABLES && rows->tables[i] != NULL; i++)
    {
      const DkHistoryTable *table = rows->tables[i];
      g_autoptr(GHashTable) after = capture (store, table, NULL, rows->office, error);

      if (after == NULL ||
          !_dk_history_record_values (store, table->tabel, "", rows->before[i], after, KEY_SEP, keterangan,
                                      &batch_id, error))
        return FALSE;
    }
  return TRUE;
}

void
_dk_history_rows_clear (DkHistoryRows *rows)
{
  for (guint i = 0; i < DK_HISTORY_MAX_ROW_TABLES; i++)
    g_clear_pointer (&rows->before[i], g_hash_table_unref);
  g_clear_pointer (&rows->office, g_free);
}

/**
 * _dk_history_rows_restore:
 * @ref: unused: rows are keyed alone
 * @was_new: unused: the row's "#" says whether it existed
 * @old: kolom → the value before the change (%NULL for none), for each value the change
 *   altered; its "#" says whether the row existed
 *
 * Puts a row back as it was before a change, or removes it when the change added it;
 * inside the undo's transaction. The values @old lacks are read from the row as it is.
 */
gboolean
_dk_history_rows_restore (DkStore               *store,
                          const DkHistoryTable  *table,
                          const char            *ref,
                          const char            *kode,
                          GHashTable            *old,
                          gboolean               was_new,
                          GError               **error)
{
  gboolean existed = !g_hash_table_contains (old, "#") || g_hash_table_lookup (old, "#") != NULL;
  g_autoptr(GHashTable) now = NULL;
  g_autoptr(DkDbStmt) stmt = NULL;

  g_return_val_if_fail (table->row_sql != NULL, FALSE);

  if (!existed)
    {
      if (!(stmt = _dk_store_prepare (store, table->delete_sql, error)))
        return FALSE;
      dk_db_bind_text (stmt, 1, kode);
      return _dk_store_step_done (store, stmt, error);
    }

  /* the row as it is now, for the values the change left alone */
  if (!(now = capture (store, table, kode, NULL, error)) || !(stmt = _dk_store_prepare (store, table->upsert_sql, error)))
    return FALSE;
  for (int c = 0; c < DK_HISTORY_MAX_COLUMNS && table->columns[c] != NULL; c++)
    {
      g_autofree char *key = g_strdup_printf ("%s%c%s", kode, KEY_SEP, table->columns[c]);
      gboolean changed = g_hash_table_contains (old, table->columns[c]);
      const char *value = changed ? g_hash_table_lookup (old, table->columns[c]) : g_hash_table_lookup (now, key);

      if (value != NULL)
        dk_db_bind_text (stmt, c + 1, value);
    }
  return _dk_store_step_done (store, stmt, error);
}
