/* dk-ikd-check.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The consistency checks of the IKD figures, collected by `check`.
 */
#define G_LOG_DOMAIN "dk-ikd"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-ikd.h"
#include "dk-finding.h"
#include "dk-format.h"
#include "dk-region.h"
#include "dk-store-internal.h"

static gboolean
check_ikd_totals (DkStore              *store,
                  const DkNumberFormat *fmt,
                  GPtrArray            *findings,
                  GError              **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  /* every region that has figures of its own and figures below it: the first code after
   * its own "kode." is under it. (An EXISTS here becomes a hash semi-join on PostgreSQL,
   * every row compared with every other of its snapshot; this is a look-up in the index.) */
  stmt = _dk_store_prepare (store,
                            "SELECT s.per, v.kode FROM ikd_value v JOIN ikd_snapshot s ON s.id = v.snapshot_id "
                            "WHERE (SELECT c.kode FROM ikd_value c WHERE c.snapshot_id = v.snapshot_id "
                            "       AND c.kode > v.kode || '.' ORDER BY c.kode LIMIT 1) < v.kode || '/' "
                            "ORDER BY s.per, v.kode", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      const char *per = dk_db_column_text (stmt, 0);
      const char *kode = dk_db_column_text (stmt, 1);
      g_autoptr(DkIkdTable) table = dk_ikd_table_load (store, kode, per, error);
      DkIkdRow *stated, *total;

      if (table == NULL)
        return FALSE;
      stated = dk_ikd_table_get_stated (table);
      total = dk_ikd_table_get_total (table);
      if (stated == NULL || g_list_model_get_n_items (dk_ikd_table_get_rows (table)) == 0)
        continue;
      dk_findings_add_stated (findings, fmt, "IKD", per, dk_ikd_row_get_wilayah (total), kode,
                           C_("column", "Recorded"), dk_ikd_row_get_rekam_dinamis (stated),
                           dk_ikd_row_get_rekam_dinamis (total));
      dk_findings_add_stated (findings, fmt, "IKD", per, dk_ikd_row_get_wilayah (total), kode,
                           C_("column", "IKD"), dk_ikd_row_get_jumlah_ikd (stated),
                           dk_ikd_row_get_jumlah_ikd (total));
    }
  if (!_dk_store_rows_done (store, rc, error))
    return FALSE;
  return TRUE;
}

static gboolean
check_ikd_rows (DkStore              *store,
                const DkNumberFormat *fmt,
                GPtrArray            *findings,
                GError              **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT s.per, v.kode, r.nama, r.tingkat, v.rekam_dinamis, v.jumlah_ikd, v.persen_bp "
                            "FROM ikd_value v JOIN ikd_snapshot s ON s.id = v.snapshot_id "
                            "JOIN region r ON r.kode = v.kode "
                            "WHERE v.jumlah_ikd > v.rekam_dinamis OR v.persen_bp IS NOT NULL "
                            "ORDER BY s.per, v.kode", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      const char      *per = dk_db_column_text (stmt, 0);
      const char      *kode = dk_db_column_text (stmt, 1);
      g_autofree char *wilayah =
        _dk_stmt_dup_region_name (stmt, 2);
      gint64 rekam = dk_db_column_int64 (stmt, 4), ikd = dk_db_column_int64 (stmt, 5);
      int computed = dk_ikd_percent_bp (ikd, rekam);

      if (ikd > rekam)
        {
          g_autofree char *a = dk_format_int (fmt, ikd), *b = dk_format_int (fmt, rekam);

          dk_findings_add (findings, "IKD", per, kode, C_("column", "IKD"),
                           _("%s (%s), %s: %s IKD activations, more than the %s recorded"),
                           wilayah, kode, C_("column", "IKD"), a, b);
        }
      if (!dk_db_column_is_null (stmt, 6) && dk_db_column_int (stmt, 6) != computed)
        {
          g_autofree char *p = dk_format_percent_bp (fmt, dk_db_column_int (stmt, 6));
          g_autofree char *c = dk_format_percent_bp (fmt, computed);

          dk_findings_add (findings, "IKD", per, kode, C_("column", "IKD %"),
                           _("%s (%s), %s: the source prints %s, its figures give %s"),
                           wilayah, kode, C_("column", "IKD %"), p, c);
        }
    }
  if (!_dk_store_rows_done (store, rc, error))
    return FALSE;
  return TRUE;
}

/**
 * dk_ikd_check:
 * @findings: (element-type DkFinding): where the findings go
 *
 * The IKD figures' consistency: stated totals against the sum of their parts, more
 * activations than recordings, printed percentages that do not follow from the figures.
 */
gboolean
dk_ikd_check (DkStore              *store,
              const DkNumberFormat *fmt,
              GPtrArray            *findings,
              GError              **error)
{
  return check_ikd_totals (store, fmt, findings, error) && check_ikd_rows (store, fmt, findings, error);
}
