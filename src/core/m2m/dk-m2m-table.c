/* dk-m2m-table.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkM2mTable: the M2M table of a province's offices on a date, with its total and the totals its source states.
 */
#define G_LOG_DOMAIN "dk-m2m"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-m2m-private.h"
#include "dk-number.h"
#include "dk-region.h"
#include "dk-stated-internal.h"
#include "dk-store-internal.h"


G_DEFINE_FINAL_TYPE (DkM2mTable, dk_m2m_table, G_TYPE_OBJECT)

static void
dk_m2m_table_finalize (GObject *object)
{
  DkM2mTable *self = (DkM2mTable *) object;

  g_free (self->parent);
  g_free (self->as_of);
  g_clear_object (&self->rows);
  g_clear_object (&self->total);
  g_clear_pointer (&self->stated, g_ptr_array_unref);
  G_OBJECT_CLASS (dk_m2m_table_parent_class)->finalize (object);
}

static void
dk_m2m_table_class_init (DkM2mTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dk_m2m_table_finalize;
}

static void
dk_m2m_table_init (DkM2mTable *self)
{
  self->rows = g_list_store_new (DK_TYPE_M2M_ROW);
}

static gboolean
find_snapshot (DkStore     *store,
               const char  *as_of,
               gint64      *id,
               char       **found,
               GError     **error)
{
  return _dk_store_find_snapshot (store,
                                  "SELECT id, per FROM m2m_snapshot WHERE per = ?1",
                                  "SELECT id, per FROM m2m_snapshot ORDER BY per DESC LIMIT 1",
                                  as_of, _("There is no M2M inventory as of %s"),
                                  _("The database holds no M2M inventory yet"),
                                  id, found, error);
}

static gboolean
load_rows (DkM2mTable  *self,
           DkStore     *store,
           gint64       snapshot_id,
           GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  gint64 sum_perangkat = 0, sum_aktif = 0;
  guint number = 0;
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT r.kode, r.nama, r.tingkat, v.perangkat, v.aktif, v.keterangan "
                            "FROM m2m_value v JOIN region r ON r.kode = v.kode "
                            "WHERE v.snapshot_id = ?1 AND r.induk = ?2 ORDER BY r.kode",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, snapshot_id);
  dk_db_bind_text (stmt, 2, self->parent);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      g_autofree char *wilayah =
        _dk_stmt_dup_region_name (stmt, 1);
      g_autoptr(DkM2mRow) row = dk_m2m_row_new (++number, dk_db_column_text (stmt, 0), wilayah,
                                                 dk_db_column_int64 (stmt, 3), dk_db_column_int64 (stmt, 4),
                                                 dk_db_column_text (stmt, 5));

      if (!dk_checked_add (&sum_perangkat, sum_perangkat, row->perangkat) ||
          !dk_checked_add (&sum_aktif, sum_aktif, row->aktif))
        {
          dk_number_set_overflow (error, _("The M2M devices"));
          return FALSE;
        }
      g_list_store_append (self->rows, row);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return FALSE;
  self->total = dk_m2m_row_new (0, self->parent, NULL, sum_perangkat, sum_aktif, NULL);
  return TRUE;
}

static gboolean
name_total (DkM2mTable  *self,
            DkStore     *store,
            GError     **error)
{
  g_autoptr(DkRegion) region = dk_region_lookup (store, self->parent, error);

  if (region == NULL)
    return FALSE;
  g_free (self->total->wilayah);
  self->total->wilayah = g_steal_pointer (&region->wilayah);
  return TRUE;
}

/**
 * dk_m2m_table_load:
 * @parent: the region whose offices make the rows, e.g. "13"
 * @as_of: (nullable): the inventory's date, or %NULL for the latest
 *
 * Returns: (transfer full): the inventory, its total row computed from the rows and the
 *   totals the source stated, or %NULL on error
 */
DkM2mTable *
dk_m2m_table_load (DkStore     *store,
                   const char  *parent,
                   const char  *as_of,
                   GError     **error)
{
  g_autoptr(DkM2mTable) self = NULL;
  g_autoptr(GPtrArray) stated = NULL;
  gint64 snapshot_id;
  GDate date;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  g_return_val_if_fail (parent != NULL, NULL);

  if (as_of != NULL && !dk_date_check_iso (as_of, &date, error))
    return NULL;
  self = g_object_new (DK_TYPE_M2M_TABLE, NULL);
  self->parent = g_strdup (parent);
  if (!find_snapshot (store, as_of, &snapshot_id, &self->as_of, error) ||
      !load_rows (self, store, snapshot_id, error) ||
      !name_total (self, store, error))
    return NULL;

  if (!(stated = dk_stated_total_list (store, "m2m", self->as_of, error)))
    return NULL;
  self->stated = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_stated_total_free);
  for (guint i = 0; i < stated->len; i++)
    if (g_str_equal (((DkStatedTotal *) g_ptr_array_index (stated, i))->kode, parent))
      g_ptr_array_add (self->stated, g_ptr_array_steal_index (stated, i--));
  return g_steal_pointer (&self);
}

const char *
dk_m2m_table_get_as_of (DkM2mTable *self)
{
  g_return_val_if_fail (DK_IS_M2M_TABLE (self), NULL);
  return self->as_of;
}

const char *
dk_m2m_table_get_parent (DkM2mTable *self)
{
  g_return_val_if_fail (DK_IS_M2M_TABLE (self), NULL);
  return self->parent;
}

/**
 * dk_m2m_table_get_rows:
 *
 * Returns: (transfer none): one #DkM2mRow per office, in code order
 */
GListModel *
dk_m2m_table_get_rows (DkM2mTable *self)
{
  g_return_val_if_fail (DK_IS_M2M_TABLE (self), NULL);
  return G_LIST_MODEL (self->rows);
}

/**
 * dk_m2m_table_get_total:
 *
 * Returns: (transfer none): the sums of the rows
 */
DkM2mRow *
dk_m2m_table_get_total (DkM2mTable *self)
{
  g_return_val_if_fail (DK_IS_M2M_TABLE (self), NULL);
  return self->total;
}

/**
 * dk_m2m_table_get_stated:
 *
 * Returns: (transfer none) (element-type DkStatedTotal): the totals the source printed
 */
GPtrArray *
dk_m2m_table_get_stated (DkM2mTable *self)
{
  g_return_val_if_fail (DK_IS_M2M_TABLE (self), NULL);
  return self->stated;
}

/**
 * dk_m2m_table_get_column_sum:
 * @kolom: "jumlah_perangkat", "jumlah_aktif" or "tidak_aktif"
 *
 * Returns: the sum of the rows in that column, the value a stated total is checked against
 */
gint64
dk_m2m_table_get_column_sum (DkM2mTable *self,
                             const char *kolom)
{
  g_return_val_if_fail (DK_IS_M2M_TABLE (self), 0);

  if (g_strcmp0 (kolom, "jumlah_perangkat") == 0)
    return self->total->perangkat;
  if (g_strcmp0 (kolom, "jumlah_aktif") == 0)
    return self->total->aktif;
  if (g_strcmp0 (kolom, "tidak_aktif") == 0)
    return dk_m2m_row_get_tidak_aktif (self->total);
  g_return_val_if_reached (0);
}

/**
 * dk_m2m_column_title:
 *
 * Returns: the report's heading of an M2M column, translated
 */
const char *
dk_m2m_column_title (const char *kolom)
{
  if (g_strcmp0 (kolom, "jumlah_perangkat") == 0)
    return C_("column", "Number of M2M devices");
  if (g_strcmp0 (kolom, "jumlah_aktif") == 0)
    return C_("column", "Active M2M devices");
  if (g_strcmp0 (kolom, "tidak_aktif") == 0)
    return C_("column", "Inactive");
  return kolom;
}

guint
dk_m2m_table_get_n_without_device (DkM2mTable *self)
{
  guint n = 0;

  g_return_val_if_fail (DK_IS_M2M_TABLE (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(DkM2mRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      n += row->perangkat == 0;
    }
  return n;
}

/**
 * dk_m2m_table_get_n_without_active:
 *
 * Returns: the offices that cannot run mobile services: no device, or none active
 */
guint
dk_m2m_table_get_n_without_active (DkM2mTable *self)
{
  guint n = 0;

  g_return_val_if_fail (DK_IS_M2M_TABLE (self), 0);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(DkM2mRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      n += row->aktif == 0;
    }
  return n;
}
