/* dk-stated.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-stated"

#include "config.h"

#include "dk-stated-internal.h"
#include "dk-store-internal.h"

void
dk_stated_total_free (DkStatedTotal *total)
{
  if (total == NULL)
    return;
  g_free (total->tabel);
  g_free (total->ref);
  g_free (total->kode);
  g_free (total->kolom);
  g_free (total->label);
  g_free (total);
}

/**
 * dk_stated_total_list:
 * @tabel: the table
 * @ref: (nullable): one snapshot or year, or %NULL for all
 *
 * Returns: (transfer full) (element-type DkStatedTotal): the stated totals, by ref, kode
 *   and column
 */
GPtrArray *
dk_stated_total_list (DkStore     *store,
                      const char  *tabel,
                      const char  *ref,
                      GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_stated_total_free);
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store,
                            "SELECT tabel, ref, kode, kolom, nilai, label FROM stated_total "
                            "WHERE tabel = ?1 AND (CAST (?2 AS TEXT) IS NULL OR ref = ?2) ORDER BY ref, kode, kolom",
                            error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_text (stmt, 1, tabel);
  dk_db_bind_text (stmt, 2, ref);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkStatedTotal *t = g_new0 (DkStatedTotal, 1);

      t->tabel = _dk_stmt_dup_text (stmt, 0);
      t->ref = _dk_stmt_dup_text (stmt, 1);
      t->kode = _dk_stmt_dup_text (stmt, 2);
      t->kolom = _dk_stmt_dup_text (stmt, 3);
      t->has_value = !dk_db_column_is_null (stmt, 4);
      t->nilai = dk_db_column_int64 (stmt, 4);
      t->label = _dk_stmt_dup_text (stmt, 5);
      g_ptr_array_add (list, t);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

/* Replaces the stated totals of (tabel, ref, kode); runs inside the caller's transaction. */
gboolean
_dk_stated_total_replace (DkStore             *store,
                          const char          *tabel,
                          const char          *ref,
                          const char          *kode,
                          const DkStatedInput *totals,
                          gsize                n_totals,
                          GError             **error)
{
  g_autoptr(DkDbStmt) del = NULL;
  g_autoptr(DkDbStmt) ins = NULL;

  del = _dk_store_prepare (store, "DELETE FROM stated_total WHERE tabel = ?1 AND ref = ?2 AND kode = ?3", error);
  if (del == NULL)
    return FALSE;
  dk_db_bind_text (del, 1, tabel);
  dk_db_bind_text (del, 2, ref);
  dk_db_bind_text (del, 3, kode);
  if (!_dk_store_step_done (store, del, error))
    return FALSE;

  ins = _dk_store_prepare (store,
                           "INSERT INTO stated_total (tabel, ref, kode, kolom, nilai, label) "
                           "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error);
  if (ins == NULL)
    return FALSE;
  for (gsize i = 0; i < n_totals; i++)
    {
      dk_db_bind_text (ins, 1, tabel);
      dk_db_bind_text (ins, 2, ref);
      dk_db_bind_text (ins, 3, kode);
      dk_db_bind_text (ins, 4, totals[i].kolom);
      if (totals[i].has_value)
        dk_db_bind_int64 (ins, 5, totals[i].nilai);
      dk_db_bind_text (ins, 6, totals[i].label != NULL ? totals[i].label : "");
      if (!_dk_store_step_done (store, ins, error))
        return FALSE;
    }
  return TRUE;
}
