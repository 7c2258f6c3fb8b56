/* dk-check.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The consistency report over every table in the database: what `dukcapil-cli check`
 * prints and the dashboards warn about. Each check reads through the models, so a finding
 * is about the same figures the user sees.
 */
#define G_LOG_DOMAIN "dk-check"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdarg.h>

#include "dk-blangko-private.h"
#include "dk-boundary-private.h"
#include "dk-budget-private.h"
#include "dk-check.h"
#include "dk-format.h"
#include "dk-ikd.h"
#include "dk-m2m.h"
#include "dk-region.h"
#include "dk-store-private.h"

void
dk_finding_free (DkFinding *finding)
{
  if (finding == NULL)
    return;
  g_free (finding->table);
  g_free (finding->ref);
  g_free (finding->kode);
  g_free (finding->column);
  g_free (finding->message);
  g_free (finding);
}

/**
 * dk_check_add:
 * @format: the finding's details, after "TABLE REF: "
 *
 * Adds a finding whose message starts with the table and its date or year.
 */
void
dk_check_add (GPtrArray  *findings,
              const char *table,
              const char *ref,
              const char *kode,
              const char *column,
              const char *format,
              ...)
{
  DkFinding *f = g_new0 (DkFinding, 1);
  g_autofree char *details = NULL;
  va_list args;

  va_start (args, format);
  details = g_strdup_vprintf (format, args);
  va_end (args);
  f->table = g_strdup (table);
  f->ref = g_strdup (ref);
  f->kode = g_strdup (kode);
  f->column = g_strdup (column);
  f->message = g_strdup_printf ("%s %s: %s", table, ref, details);
  g_ptr_array_add (findings, f);
}

static void
add_stated_mismatch (GPtrArray            *findings,
                     const DkNumberFormat *fmt,
                     const char           *table,
                     const char           *ref,
                     const char           *wilayah,
                     const char           *kode,
                     const char           *column,
                     gint64                stated,
                     gint64                computed)
{
  g_autofree char *s = dk_format_int (fmt, stated);
  g_autofree char *c = dk_format_int (fmt, computed);

  if (stated == computed)
    return;
  /* Translators: a finding: region (code), column: stated, computed */
  dk_check_add (findings, table, ref, kode, column,
                _("%s (%s), %s: the source states %s, the rows add up to %s"),
                wilayah, kode, column, s, c);
}

/* ------------------------------------------------------------------- IKD */

static gboolean
check_ikd_totals (DkStore              *store,
                  const DkNumberFormat *fmt,
                  GPtrArray            *findings,
                  GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  /* every region that has figures of its own and figures below it */
  stmt = _dk_store_prepare (store,
                            "SELECT s.per, v.kode FROM ikd_value v JOIN ikd_snapshot s ON s.id = v.snapshot_id "
                            "WHERE EXISTS (SELECT 1 FROM ikd_value c WHERE c.snapshot_id = v.snapshot_id "
                            "  AND c.kode > v.kode || '.' AND c.kode < v.kode || '/') "
                            "ORDER BY s.per, v.kode", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *per = (const char *) sqlite3_column_text (stmt, 0);
      const char *kode = (const char *) sqlite3_column_text (stmt, 1);
      g_autoptr(DkIkdTable) table = dk_ikd_table_load (store, kode, per, error);
      DkIkdRow *stated, *total;

      if (table == NULL)
        return FALSE;
      stated = dk_ikd_table_get_stated (table);
      total = dk_ikd_table_get_total (table);
      if (stated == NULL || g_list_model_get_n_items (dk_ikd_table_get_rows (table)) == 0)
        continue;
      add_stated_mismatch (findings, fmt, "IKD", per, dk_ikd_row_get_wilayah (total), kode,
                           C_("column", "Recorded"), dk_ikd_row_get_rekam_dinamis (stated),
                           dk_ikd_row_get_rekam_dinamis (total));
      add_stated_mismatch (findings, fmt, "IKD", per, dk_ikd_row_get_wilayah (total), kode,
                           C_("column", "IKD"), dk_ikd_row_get_jumlah_ikd (stated),
                           dk_ikd_row_get_jumlah_ikd (total));
    }
  if (rc != SQLITE_DONE)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_ikd_rows (DkStore              *store,
                const DkNumberFormat *fmt,
                GPtrArray            *findings,
                GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT s.per, v.kode, r.nama, r.tingkat, v.rekam_dinamis, v.jumlah_ikd, v.persen_bp "
                            "FROM ikd_value v JOIN ikd_snapshot s ON s.id = v.snapshot_id "
                            "JOIN region r ON r.kode = v.kode "
                            "WHERE v.jumlah_ikd > v.rekam_dinamis OR v.persen_bp IS NOT NULL "
                            "ORDER BY s.per, v.kode", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *per = (const char *) sqlite3_column_text (stmt, 0);
      const char *kode = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *wilayah =
        _dk_stmt_dup_region_name (stmt, 2);
      gint64 rekam = sqlite3_column_int64 (stmt, 4), ikd = sqlite3_column_int64 (stmt, 5);
      int computed = dk_ikd_percent_bp (ikd, rekam);

      if (ikd > rekam)
        {
          g_autofree char *a = dk_format_int (fmt, ikd), *b = dk_format_int (fmt, rekam);

          dk_check_add (findings, "IKD", per, kode, C_("column", "IKD"),
                        _("%s (%s), %s: %s IKD activations, more than the %s recorded"),
                        wilayah, kode, C_("column", "IKD"), a, b);
        }
      if (sqlite3_column_type (stmt, 6) != SQLITE_NULL && sqlite3_column_int (stmt, 6) != computed)
        {
          g_autofree char *p = dk_format_percent_bp (fmt, sqlite3_column_int (stmt, 6));
          g_autofree char *c = dk_format_percent_bp (fmt, computed);

          dk_check_add (findings, "IKD", per, kode, C_("column", "IKD %"),
                        _("%s (%s), %s: the source prints %s, its figures give %s"),
                        wilayah, kode, C_("column", "IKD %"), p, c);
        }
    }
  if (rc != SQLITE_DONE)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------------- M2M */

static gboolean
check_m2m_rows (DkStore              *store,
                const DkNumberFormat *fmt,
                GPtrArray            *findings,
                GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT s.per, v.kode, r.nama, r.tingkat, v.perangkat, v.aktif "
                            "FROM m2m_value v JOIN m2m_snapshot s ON s.id = v.snapshot_id "
                            "JOIN region r ON r.kode = v.kode WHERE v.aktif > v.perangkat "
                            "ORDER BY s.per, v.kode", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *per = (const char *) sqlite3_column_text (stmt, 0);
      const char *kode = (const char *) sqlite3_column_text (stmt, 1);
      g_autofree char *wilayah =
        _dk_stmt_dup_region_name (stmt, 2);
      g_autofree char *a = dk_format_int (fmt, sqlite3_column_int64 (stmt, 5));
      g_autofree char *d = dk_format_int (fmt, sqlite3_column_int64 (stmt, 4));

      dk_check_add (findings, "M2M", per, kode, dk_m2m_column_title ("jumlah_aktif"),
                    _("%s (%s), %s: %s active devices, more than its %s devices"),
                    wilayah, kode, dk_m2m_column_title ("jumlah_aktif"), a, d);
    }
  if (rc != SQLITE_DONE)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_m2m_totals (DkStore              *store,
                  const DkNumberFormat *fmt,
                  GPtrArray            *findings,
                  GError              **error)
{
  g_autoptr(GPtrArray) stated = dk_stated_total_list (store, "m2m", NULL, error);

  if (stated == NULL)
    return FALSE;
  for (guint i = 0; i < stated->len; i++)
    {
      DkStatedTotal *t = g_ptr_array_index (stated, i);
      g_autoptr(DkM2mTable) table = NULL;

      if (!t->has_value)
        continue;
      if (!(table = dk_m2m_table_load (store, t->kode, t->ref, error)))
        return FALSE;
      add_stated_mismatch (findings, fmt, "M2M", t->ref,
                           t->label[0] ? t->label : dk_m2m_row_get_wilayah (dk_m2m_table_get_total (table)),
                           t->kode, dk_m2m_column_title (t->kolom), t->nilai,
                           dk_m2m_table_get_column_sum (table, t->kolom));
    }
  return TRUE;
}

/**
 * dk_check_run:
 *
 * Runs every check over the whole database.
 *
 * Returns: (transfer full) (element-type DkFinding): the findings, table by table; empty
 *   when all is consistent, %NULL on error
 */
GPtrArray *
dk_check_run (DkStore  *store,
              GError  **error)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_finding_free);
  DkNumberFormat fmt;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  dk_number_format_init_locale (&fmt);
  if (!check_ikd_totals (store, &fmt, findings, error) ||
      !check_ikd_rows (store, &fmt, findings, error) ||
      !check_m2m_totals (store, &fmt, findings, error) ||
      !check_m2m_rows (store, &fmt, findings, error) ||
      !_dk_budget_check (store, findings, error) ||
      !_dk_blangko_check (store, findings, error) ||
      !_dk_boundaries_check (store, findings, error))
    return NULL;
  return g_steal_pointer (&findings);
}
