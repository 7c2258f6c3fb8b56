/* dk-budget.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Budget realisation by kode rekening: each activity's lines, their budget (anggaran) in
 * a DPA version and what they spent (realisasi), rolled up the hierarchy of the codes
 * as the report's realisation table prints it. Amounts are whole rupiah in 64-bit
 * integers; a sum that does not fit is refused rather than wrapped.
 */
#define G_LOG_DOMAIN "dk-budget"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "dk-budget-private.h"
#include "dk-finding.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-stated.h"

/**
 * dk_budget_percent_bp:
 * @part: e.g. the realisation
 * @whole: e.g. the budget
 *
 * Returns: @part ÷ @whole in hundredths of a percent, rounded half up; 0 when @whole is 0
 */
int
dk_budget_percent_bp (gint64 part,
                      gint64 whole)
{
  if (whole <= 0 || part < 0)
    return 0;
#ifdef __SIZEOF_INT128__
  {
    unsigned __int128 p = (unsigned __int128) part * 20000u + (guint64) whole;

    return (int) MIN (p / ((unsigned __int128) whole * 2u), (unsigned __int128) G_MAXINT);
  }
#else
  {
    /* part × 10000 in two steps that cannot overflow */
    guint64 q = (guint64) part / (guint64) whole, r = (guint64) part % (guint64) whole;
    long double rest = (long double) r * 10000.0L / (long double) whole;

    return (int) MIN (q * 10000u + (guint64) (rest + 0.5L), (guint64) G_MAXINT);
  }
#endif
}

/* --------------------------------------------------------------- codes */

/* Compares two dotted codes part by part, numerically: 5.1.02 < 5.1.10 < 5.2. */
int
dk_budget_code_compare (const char *a,
                        const char *b)
{
  while (*a != '\0' && *b != '\0')
    {
      char *end_a, *end_b;
      guint64 x, y;

      if (!g_ascii_isdigit (*a) || !g_ascii_isdigit (*b))
        return strcmp (a, b);     /* not a code: plain text order */
      x = g_ascii_strtoull (a, &end_a, 10);
      y = g_ascii_strtoull (b, &end_b, 10);
      if (x != y)
        return x < y ? -1 : 1;
      if (end_a - a != end_b - b)  /* 01 after 1 */
        return end_a - a < end_b - b ? -1 : 1;
      a = *end_a == '.' ? end_a + 1 : end_a;
      b = *end_b == '.' ? end_b + 1 : end_b;
    }
  return (*a != '\0') - (*b != '\0');
}

/* Whether @child lies under @parent: @parent followed by '.'. */
gboolean
dk_budget_code_is_under (const char *parent,
                         const char *child)
{
  gsize n = strlen (parent);

  return strncmp (parent, child, n) == 0 && child[n] == '.';
}

char *
_dk_budget_stated_ref (int         year,
                       const char *activity)
{
  return g_strdup_printf ("%d/%s", year, activity);
}

/* -------------------------------------------------------------- listings */

void
dk_budget_activity_free (DkBudgetActivity *activity)
{
  if (activity == NULL)
    return;
  g_free (activity->kode);
  g_free (activity->nama);
  g_free (activity);
}

void
dk_budget_dpa_free (DkBudgetDpa *dpa)
{
  if (dpa == NULL)
    return;
  g_free (dpa->nama);
  g_free (dpa->tanggal);
  g_free (dpa);
}

/**
 * dk_budget_list_years:
 *
 * Returns: (transfer full) (element-type int): the fiscal years, oldest first
 */
GArray *
dk_budget_list_years (DkStore  *store,
                      GError  **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GArray) years = g_array_new (FALSE, FALSE, sizeof (int));
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  if (!(stmt = _dk_store_prepare (store, "SELECT tahun FROM anggaran_tahun ORDER BY tahun", error)))
    return NULL;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      int year = dk_db_column_int (stmt, 0);

      g_array_append_val (years, year);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&years);
}

/**
 * dk_budget_latest_year:
 *
 * Returns: the latest fiscal year, or 0 with @error set when there is none
 */
int
dk_budget_latest_year (DkStore  *store,
                       GError  **error)
{
  g_autoptr(GArray) years = dk_budget_list_years (store, error);

  if (years == NULL)
    return 0;
  if (years->len == 0)
    {
      g_set_error_literal (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("The database holds no fiscal year yet"));
      return 0;
    }
  return g_array_index (years, int, years->len - 1);
}

static int
compare_activities (gconstpointer a,
                    gconstpointer b)
{
  return dk_budget_code_compare ((*(DkBudgetActivity **) a)->kode, (*(DkBudgetActivity **) b)->kode);
}

/**
 * dk_budget_list_activities:
 *
 * Returns: (transfer full) (element-type DkBudgetActivity): the year's activities by
 *   code; an error when the year does not exist
 */
GPtrArray *
dk_budget_list_activities (DkStore  *store,
                           int       year,
                           GError  **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_budget_activity_free);
  gboolean year_exists = FALSE;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  stmt = _dk_store_prepare (store,
                            "SELECT k.kode, k.nama FROM anggaran_tahun t "
                            "LEFT JOIN anggaran_kegiatan k ON k.tahun = t.tahun WHERE t.tahun = ?1", error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_int64 (stmt, 1, year);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkBudgetActivity *a;

      year_exists = TRUE;
      if (dk_db_column_is_null (stmt, 0))
        continue;
      a = g_new0 (DkBudgetActivity, 1);
      a->kode = _dk_stmt_dup_text (stmt, 0);
      a->nama = _dk_stmt_dup_text (stmt, 1);
      g_ptr_array_add (list, a);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  if (!year_exists)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("There is no fiscal year %d"), year);
      return NULL;
    }
  g_ptr_array_sort (list, compare_activities);
  return g_steal_pointer (&list);
}

/**
 * dk_budget_list_dpa:
 *
 * Returns: (transfer full) (element-type DkBudgetDpa): the activity's DPA versions, the
 *   original first
 */
GPtrArray *
dk_budget_list_dpa (DkStore     *store,
                    int          year,
                    const char  *activity,
                    GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_budget_dpa_free);
  gint64 activity_id;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  if (!_dk_budget_find_activity (store, year, activity, &activity_id, NULL, NULL, NULL, error))
    return NULL;
  stmt = _dk_store_prepare (store, "SELECT nomor, nama, tanggal FROM anggaran_dpa WHERE kegiatan_id = ?1 "
                            "ORDER BY nomor", error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_int64 (stmt, 1, activity_id);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkBudgetDpa *d = g_new0 (DkBudgetDpa, 1);

      d->nomor = dk_db_column_int (stmt, 0);
      d->nama = _dk_stmt_dup_text (stmt, 1);
      d->tanggal = _dk_stmt_dup_text (stmt, 2);
      g_ptr_array_add (list, d);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

/* ----------------------------------------------------------------- check */

static gint64
stated_column_value (DkBudgetLine *line,
                     const char   *kolom)
{
  if (g_str_equal (kolom, "anggaran"))
    return line->anggaran;
  if (g_str_equal (kolom, "realisasi"))
    return line->realisasi;
  return dk_budget_line_get_sisa (line);
}

/* Compares every budget total a source printed with the sum of the lines under it. */
static gboolean
check_stated (DkStore        *store,
              DkStatedTotal  *t,
              GPtrArray      *findings,
              GError        **error)
{
  g_autoptr(DkBudgetTable) table = NULL;
  g_autoptr(GError) local = NULL;
  const char *slash = strchr (t->ref, '/');
  DkBudgetLine *line;
  DkNumberFormat fmt;
  gint64 computed;
  const char *column;

  if (slash == NULL || !t->has_value)
    return TRUE;
  table = dk_budget_table_load (store, atoi (t->ref), slash + 1, 0, 0, &local);
  if (table == NULL && g_error_matches (local, DK_ERROR, DK_ERROR_NOT_FOUND))
    return TRUE;   /* the activity is gone: nothing to compare */
  if (table == NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  dk_number_format_init_locale (&fmt);
  column = dk_budget_column_title (t->kolom);
  if ((line = dk_budget_table_find (table, t->kode)) == NULL)
    {
      dk_findings_add (findings, "Anggaran", t->ref, t->kode, column,
                       _("%s (%s): the source states a total for a line the activity does not have"),
                       t->label, t->kode);
      return TRUE;
    }
  computed = stated_column_value (line, t->kolom);
  if (computed != t->nilai)
    {
      g_autofree char *s = dk_format_int (&fmt, t->nilai);
      g_autofree char *c = dk_format_int (&fmt, computed);

      /* Translators: a finding: line (code), column: stated, computed */
      dk_findings_add (findings, "Anggaran", t->ref, t->kode, column,
                       _("%s (%s), %s: the source states %s, the lines add up to %s"),
                       dk_budget_line_get_uraian (line), t->kode, column, s, c);
    }
  return TRUE;
}

gboolean
dk_budget_check (DkStore    *store,
                 GPtrArray  *findings,
                 GError    **error)
{
  g_autoptr(GPtrArray) stated = dk_stated_total_list (store, DK_BUDGET_STATED_TABLE, NULL, error);

  if (stated == NULL)
    return FALSE;
  for (guint i = 0; i < stated->len; i++)
    if (!check_stated (store, g_ptr_array_index (stated, i), findings, error))
      return FALSE;
  return TRUE;
}
