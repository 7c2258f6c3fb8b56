/* dk-m2m-check.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The consistency checks of the M2M inventory, collected by `check`.
 */
#define G_LOG_DOMAIN "dk-m2m"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-m2m.h"
#include "dk-finding.h"
#include "dk-format.h"
#include "dk-region.h"
#include "dk-store-internal.h"

static gboolean
check_m2m_rows (DkStore              *store,
                const DkNumberFormat *fmt,
                GPtrArray            *findings,
                GError              **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT s.per, v.kode, r.nama, r.tingkat, v.perangkat, v.aktif "
                            "FROM m2m_value v JOIN m2m_snapshot s ON s.id = v.snapshot_id "
                            "JOIN region r ON r.kode = v.kode WHERE v.aktif > v.perangkat "
                            "ORDER BY s.per, v.kode", error);
  if (stmt == NULL)
    return FALSE;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      const char      *per = dk_db_column_text (stmt, 0);
      const char      *kode = dk_db_column_text (stmt, 1);
      g_autofree char *wilayah =
        _dk_stmt_dup_region_name (stmt, 2);
      g_autofree char *a = dk_format_int (fmt, dk_db_column_int64 (stmt, 5));
      g_autofree char *d = dk_format_int (fmt, dk_db_column_int64 (stmt, 4));

      dk_findings_add (findings, "M2M", per, kode, dk_m2m_column_title ("jumlah_aktif"),
                       _("%s (%s), %s: %s active devices, more than its %s devices"),
                       wilayah, kode, dk_m2m_column_title ("jumlah_aktif"), a, d);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return FALSE;
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
      dk_findings_add_stated (findings, fmt, "M2M", t->ref,
                           t->label[0] ? t->label : dk_m2m_row_get_wilayah (dk_m2m_table_get_total (table)),
                           t->kode, dk_m2m_column_title (t->kolom), t->nilai,
                           dk_m2m_table_get_column_sum (table, t->kolom));
    }
  return TRUE;
}

/**
 * dk_m2m_check:
 * @findings: (element-type DkFinding): where the findings go
 *
 * The M2M inventory's consistency: stated totals against the sum of the offices, more
 * active devices than devices.
 */
gboolean
dk_m2m_check (DkStore              *store,
              const DkNumberFormat *fmt,
              GPtrArray            *findings,
              GError              **error)
{
  return check_m2m_totals (store, fmt, findings, error) && check_m2m_rows (store, fmt, findings, error);
}
