/* dk-budget-import.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What an import writes into the budget: an activity's table as a file gives it, its
 * year, activity and new lines added, the leaves' amounts entered in the latest DPA
 * version, the parents' printed amounts kept as stated totals; all in one transaction
 * and one entry in the history of changes. The file's reading and its checks are the
 * import's (src/core/import); the writing is the budget's.
 */
#define G_LOG_DOMAIN "dk-budget"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-budget-private.h"
#include "dk-error.h"
#include "dk-stated-internal.h"

static gboolean
ensure_activity (DkStore                  *store,
                 int                       year,
                 const DkBudgetImportLine *activity,
                 GError                  **error)
{
  g_autoptr(GArray) years = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean have_year = FALSE;
  gint64 id;

  if (!(years = dk_budget_list_years (store, error)))
    return FALSE;
  for (guint i = 0; i < years->len; i++)
    have_year = have_year || g_array_index (years, int, i) == year;
  if (!have_year && !_dk_budget_add_year_in_tx (store, year, error))
    return FALSE;
  if (_dk_budget_find_activity (store, year, activity->kode, &id, NULL, NULL, NULL, &local_error))
    return TRUE;
  if (!g_error_matches (local_error, DK_ERROR, DK_ERROR_NOT_FOUND))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return _dk_budget_add_activity_in_tx (store, year, activity->kode, activity->uraian, error);
}

static gboolean
write_stated (DkStore                  *store,
              int                       year,
              const char               *activity,
              const DkBudgetImportLine *row,
              GError                  **error)
{
  g_autofree char *ref = _dk_budget_stated_ref (year, activity);
  const DkStatedInput stated[] = {
    { "anggaran", row->has_anggaran, row->anggaran, row->label },
    { "realisasi", row->has_realisasi, row->realisasi, row->label },
  };

  return _dk_stated_total_replace (store, DK_BUDGET_STATED_TABLE, ref, row->kode, stated,
                                   G_N_ELEMENTS (stated), error);
}

/* Year, activity, new lines, the leaves' amounts in the latest DPA version (which
 * forgets the activity's stated totals), then the file's stated totals. */
static gboolean
import_in_tx (DkStore                  *store,
              int                       year,
              const DkBudgetImportLine *activity,
              const DkBudgetImportLine *lines,
              gsize                     n_lines,
              GError                  **error)
{
  g_autoptr(GArray) amounts = g_array_new (FALSE, TRUE, sizeof (DkBudgetAmount));
  g_autoptr(DkBudgetTable) table = NULL;

  if (!ensure_activity (store, year, activity, error) ||
      !(table = dk_budget_table_load (store, year, activity->kode, 0, 0, error)))
    return FALSE;
  if (n_lines == 0)
    {
      DkBudgetAmount a = { activity->kode, activity->anggaran, activity->realisasi };

      if (!dk_budget_table_has_own_line (table) &&
          !_dk_budget_add_own_line_in_tx (store, year, activity->kode, activity->uraian, error))
        return FALSE;
      g_array_append_val (amounts, a);
    }
  for (gsize i = 0; i < n_lines; i++)
    {
      DkBudgetAmount a = { lines[i].kode, lines[i].anggaran, lines[i].realisasi };

      if (dk_budget_table_find (table, lines[i].kode) == NULL &&
          !_dk_budget_add_line_in_tx (store, year, activity->kode, lines[i].kode, lines[i].uraian, error))
        return FALSE;
      if (!lines[i].is_total)
        g_array_append_val (amounts, a);
    }
  if (!_dk_budget_set_amounts_in_tx (store, year, activity->kode, 0,
                                     (DkBudgetAmount *) amounts->data, amounts->len, error))
    return FALSE;
  if (activity->is_total && !write_stated (store, year, activity->kode, activity, error))
    return FALSE;
  for (gsize i = 0; i < n_lines; i++)
    if (lines[i].is_total && !write_stated (store, year, activity->kode, &lines[i], error))
      return FALSE;
  return TRUE;
}

/**
 * dk_budget_import_activity:
 * @activity: the activity's row (its code, name and, when @is_total, its stated amounts;
 *   its amounts when the file gives no lines)
 * @lines: (array length=n_lines): the lines, each parent before what lies under it
 * @source: what the history of changes says the change was
 *
 * Writes an activity's table as a file gives it, all or nothing, as one change.
 *
 * Returns: %FALSE with @error set when nothing was written
 */
gboolean
dk_budget_import_activity (DkStore                  *store,
                           int                       year,
                           const DkBudgetImportLine *activity,
                           const DkBudgetImportLine *lines,
                           gsize                     n_lines,
                           const char               *source,
                           GError                  **error)
{
  g_auto(DkBudgetUndo) undo = { 0 };

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (activity != NULL && activity->kode != NULL, FALSE);

  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!_dk_budget_undo_begin (&undo, store, year, activity->kode, error) ||
      !import_in_tx (store, year, activity, lines, n_lines, error) ||
      !_dk_budget_undo_end (&undo, store, source, error))
    {
      _dk_store_rollback (store);
      g_prefix_error (error, _("Nothing was imported: "));
      return FALSE;
    }
  return _dk_store_commit (store, error);
}
