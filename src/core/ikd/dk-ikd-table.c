/* dk-ikd-table.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkIkdTable: the IKD table of a region's parts on a date, with its total and the total its source states.
 */
#define G_LOG_DOMAIN "dk-ikd"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-ikd-private.h"
#include "dk-number.h"
#include "dk-region.h"
#include "dk-store-internal.h"

struct _DkIkdTable
{
  GObject     parent_instance;
  char       *parent;        /* "" for the whole country */
  DkRegionLevel level;       /* the rows' */
  char       *as_of;
  int         target_bp;
  GListStore *rows;
  DkIkdRow   *total;
  DkIkdRow   *stated;
  int         n_met;      /* counted when first asked for; -1 before */
  guint       n_parts;    /* the registry's regions at the rows' level under the parent; 0 unknown */
};

G_DEFINE_FINAL_TYPE (DkIkdTable, dk_ikd_table, G_TYPE_OBJECT)

static void
dk_ikd_table_finalize (GObject *object)
{
  DkIkdTable *self = (DkIkdTable *) object;

  g_free (self->parent);
  g_free (self->as_of);
  g_clear_object (&self->rows);
  g_clear_object (&self->total);
  g_clear_object (&self->stated);
  G_OBJECT_CLASS (dk_ikd_table_parent_class)->finalize (object);
}

static void
dk_ikd_table_class_init (DkIkdTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dk_ikd_table_finalize;
}

static void
dk_ikd_table_init (DkIkdTable *self)
{
  self->n_met = -1;
  self->rows = g_list_store_new (DK_TYPE_IKD_ROW);
}

static gboolean
find_snapshot (DkStore     *store,
               const char  *as_of,
               gint64      *id,
               char       **found_as_of,
               GError     **error)
{
  return _dk_store_find_snapshot (store,
                                  "SELECT id, per FROM ikd_snapshot WHERE per = ?1",
                                  "SELECT id, per FROM ikd_snapshot ORDER BY per DESC LIMIT 1",
                                  as_of, _("There are no IKD figures as of %s"),
                                  _("The database holds no IKD figures yet"),
                                  id, found_as_of, error);
}

/* The parent's name, and its own figures when @stated and it has some (else %NULL). */
static DkIkdRow *
load_region_row (DkStore     *store,
                 gint64       snapshot_id,
                 const char  *kode,
                 int          target_bp,
                 gboolean     stated_only,
                 GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autofree char *wilayah = NULL;
  int rc;

  if (*kode == '\0')   /* the whole country: a name, never figures of its own */
    return stated_only ? NULL : dk_ikd_row_new (0, "0", "INDONESIA", 0, 0, target_bp);

  stmt = _dk_store_prepare (store,
                            "SELECT r.nama, r.tingkat, v.rekam_dinamis, v.jumlah_ikd "
                            "FROM region r LEFT JOIN ikd_value v "
                            "  ON v.kode = r.kode AND v.snapshot_id = ?1 "
                            "WHERE r.kode = ?2",
                            error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_int64 (stmt, 1, snapshot_id);
  dk_db_bind_text (stmt, 2, kode);

  rc = dk_db_step (stmt);
  if (rc == DK_DB_DONE)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("Unknown region code “%s”"), kode);
      return NULL;
    }
  if (rc != DK_DB_ROW)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  if (stated_only && dk_db_column_is_null (stmt, 2))
    return NULL;

  wilayah = _dk_stmt_dup_region_name (stmt, 0);
  return dk_ikd_row_new (0, kode, wilayah,
                         dk_db_column_int64 (stmt, 2), dk_db_column_int64 (stmt, 3),
                         target_bp);
}

/* One row being summed: the region at the table's level and what is below it. */
typedef struct
{
  char   *kode;
  gint64  rekam;
  gint64  ikd;
  guint   n_parts;
} Group;

static void
group_clear (Group *group)
{
  g_free (group->kode);
}

/* The length of the first @n_parts parts of @kode, or 0 when it has fewer. */
static gsize
prefix_length (const char *kode,
               guint       n_parts)
{
  guint parts = 1;

  for (gsize i = 0; kode[i] != '\0'; i++)
    if (kode[i] == '.' && ++parts > n_parts)
      return i;
  return parts == n_parts ? strlen (kode) : 0;
}

/* Adds a leaf's figures to the total and to its group at the table's level (@len the
 * length of its prefix there, 0 when it is above that level); checked, so that figures
 * written before the bounds of dk-number.h are refused rather than wrapped. */
static gboolean
add_leaf (DkIkdTable  *self,
          GArray      *groups,
          const char  *kode,
          gsize        len,
          gint64       rekam,
          gint64       ikd,
          gint64      *sum_rekam,
          gint64      *sum_ikd,
          GError     **error)
{
  Group *last = groups->len > 0 ? &g_array_index (groups, Group, groups->len - 1) : NULL;

  if (!dk_checked_add (sum_rekam, *sum_rekam, rekam) || !dk_checked_add (sum_ikd, *sum_ikd, ikd))
    goto overflow;
  if (len == 0)
    return TRUE;
  if (last == NULL || strncmp (last->kode, kode, len) != 0 || last->kode[len] != '\0')
    {
      Group group = { g_strndup (kode, len), 0, 0, 0 };

      g_array_append_val (groups, group);
      last = &g_array_index (groups, Group, groups->len - 1);
    }
  if (!dk_checked_add (&last->rekam, last->rekam, rekam) || !dk_checked_add (&last->ikd, last->ikd, ikd))
    goto overflow;
  if (kode[len] != '\0')
    last->n_parts++;
  return TRUE;

overflow:
  {
    g_autofree char *date = dk_format_date_long (self->as_of);
    g_autofree char *what = g_strdup_printf (_("The IKD figures of %s"), date);

    dk_number_set_overflow (error, what);
    return FALSE;
  }
}

/* The roll-up. Every figure under the parent at the snapshot, in code order: a region's
 * descendants follow it directly, so a figure is a leaf (the lowest level known there)
 * when the next code does not extend it. Each leaf goes to its ancestor at the table's
 * level; a figure above that level counts in the parent's total only. One pass. */
static gboolean
sum_leaves (DkIkdTable  *self,
            DkStore     *store,
            gint64       snapshot_id,
            GArray      *groups,
            gint64      *sum_rekam,
            gint64      *sum_ikd,
            GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autofree char *prev = NULL;
  gint64 prev_rekam = 0, prev_ikd = 0;
  guint n_parts = self->level + 1;
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT kode, rekam_dinamis, jumlah_ikd FROM ikd_value "
                            "WHERE snapshot_id = ?1 AND (?2 = '' OR (kode > ?2 || '.' AND kode < ?2 || '/')) "
                            "ORDER BY kode", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, snapshot_id);
  dk_db_bind_text (stmt, 2, self->parent);

  for (;;)
    {
      const char *kode = NULL;
      gboolean extends_prev;

      rc = dk_db_step (stmt);
      if (rc == DK_DB_ROW)
        kode = dk_db_column_text (stmt, 0);
      else if (rc != DK_DB_DONE)
        {
          _dk_store_set_error (store, error);
          return FALSE;
        }
      extends_prev = prev != NULL && kode != NULL && g_str_has_prefix (kode, prev) && kode[strlen (prev)] == '.';
      if (prev != NULL && !extends_prev)
        {
          /* prev is a leaf */
          gsize len = prefix_length (prev, n_parts);

          if (!add_leaf (self, groups, prev, len, prev_rekam, prev_ikd, sum_rekam, sum_ikd, error))
            return FALSE;
        }
      if (kode == NULL)
        break;
      g_free (prev);
      prev = g_strdup (kode);
      prev_rekam = dk_db_column_int64 (stmt, 1);
      prev_ikd = dk_db_column_int64 (stmt, 2);
    }
  return TRUE;
}

/* The rows: each group with its region's name, in code order. */
static gboolean
name_groups (DkIkdTable  *self,
             DkStore     *store,
             GArray      *groups,
             GPtrArray   *rows,
             GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  DkRegionLevel parent_level = *self->parent == '\0' ? DK_REGION_LEVEL_INVALID : dk_region_level_of_code (self->parent);
  guint g = 0, number = 0;
  int rc;

  if (groups->len == 0)
    return TRUE;
  if (self->level == parent_level + 1)
    {
      stmt = _dk_store_prepare (store, "SELECT kode, nama, tingkat FROM region "
                                       "WHERE induk = ?1 OR (induk IS NULL AND ?1 IS NULL) ORDER BY kode",
                                error);
      if (stmt != NULL && *self->parent != '\0')
        dk_db_bind_text (stmt, 1, self->parent);
    }
  else
    {
      stmt = _dk_store_prepare (store,
                                "SELECT kode, nama, tingkat FROM region WHERE tingkat = ?2 AND "
                                "(?1 = '' OR (kode > ?1 || '.' AND kode < ?1 || '/')) ORDER BY kode", error);
      if (stmt != NULL)
        {
          dk_db_bind_text (stmt, 1, self->parent);
          dk_db_bind_text (stmt, 2, dk_region_level_to_string (self->level));
        }
    }
  if (stmt == NULL)
    return FALSE;

  /* both in code order: a merge */
  while (g < groups->len && (rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      const char *kode = dk_db_column_text (stmt, 0);
      Group *group;
      int cmp;

      while (g < groups->len && (cmp = strcmp ((group = &g_array_index (groups, Group, g))->kode, kode)) < 0)
        g++;   /* figures under a code the registry does not have at this level */
      if (g < groups->len && cmp == 0)
        {
          g_autofree char *wilayah = _dk_stmt_dup_region_name (stmt, 1);
          DkIkdRow *row = dk_ikd_row_new (++number, kode, wilayah, group->rekam, group->ikd, self->target_bp);

          _dk_ikd_row_set_n_parts (row, group->n_parts);
          g_ptr_array_add (rows, row);
          g++;
        }
    }
  if (g < groups->len && rc != DK_DB_DONE)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

/* How many regions of the rows' level the registry has under the parent: the parts a
 * total needs all of before it is the region's. */
static gboolean
count_parts (DkIkdTable  *self,
             DkStore     *store,
             GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  stmt = _dk_store_prepare (store,
                            "SELECT count(*) FROM region WHERE tingkat = ?2 "
                            "AND (?1 = '' OR (kode > ?1 || '.' AND kode < ?1 || '/'))", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, self->parent);
  dk_db_bind_text (stmt, 2, dk_region_level_to_string (self->level));
  if (dk_db_step (stmt) != DK_DB_ROW)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  self->n_parts = (guint) dk_db_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
load_rows (DkIkdTable  *self,
           DkStore     *store,
           gint64       snapshot_id,
           gint64      *sum_rekam,
           gint64      *sum_ikd,
           GError     **error)
{
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (Group));
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);

  g_array_set_clear_func (groups, (GDestroyNotify) group_clear);
  if (!sum_leaves (self, store, snapshot_id, groups, sum_rekam, sum_ikd, error) ||
      !name_groups (self, store, groups, rows, error))
    return FALSE;
  /* all at once: one items-changed */
  g_list_store_splice (self->rows, 0, 0, rows->pdata, rows->len);
  return TRUE;
}

/**
 * dk_ikd_table_load:
 * @store: the store
 * @parent: the region whose children make the rows, e.g. "13"; "" or "0" for the whole
 *   country, whose children are the provinces
 * @as_of: (nullable): the snapshot's date, YYYY-MM-DD; %NULL for the latest
 * @error: return location for a #GError
 *
 * Loads the table the report prints: one row per child region, and the parent's row
 * computed as their sum. See dk_ikd_table_load_level().
 *
 * Returns: (transfer full): the table, or %NULL on error
 */
DkIkdTable *
dk_ikd_table_load (DkStore     *store,
                   const char  *parent,
                   const char  *as_of,
                   GError     **error)
{
  return dk_ikd_table_load_level (store, parent, DK_REGION_LEVEL_INVALID, as_of, error);
}

/**
 * dk_ikd_table_load_level:
 * @store: the store
 * @parent: the region whose parts make the rows; "" or "0" for the whole country
 * @level: the level of the rows, below @parent's; %DK_REGION_LEVEL_INVALID for the level
 *   just below (its children)
 * @as_of: (nullable): the snapshot's date, YYYY-MM-DD; %NULL for the latest
 * @error: return location for a #GError
 *
 * One row per region of @level under @parent that has figures at or below it. A region's
 * figures are its own when nothing below it has figures, otherwise the sum of the
 * lowest-level figures below it (desa → kecamatan → kabupaten/kota → provinsi); the
 * parent's row is the sum of every such figure under it. Figures a source stated for a
 * region that has figures below it (a province row, a kabupaten/kota's total) are kept
 * apart: for the parent in dk_ikd_table_get_stated(), to be compared, never used in
 * place of the sum.
 *
 * Returns: (transfer full): the table, or %NULL on error
 */
DkIkdTable *
dk_ikd_table_load_level (DkStore        *store,
                         const char     *parent,
                         DkRegionLevel   level,
                         const char     *as_of,
                         GError        **error)
{
  g_autoptr(DkIkdTable) self = NULL;
  g_autoptr(DkIkdRow) parent_row = NULL;
  g_autoptr(GError) local_error = NULL;
  gint64 snapshot_id = 0, sum_rekam = 0, sum_ikd = 0;
  DkRegionLevel parent_level;
  GDate date;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  g_return_val_if_fail (parent != NULL, NULL);

  if (as_of != NULL && !dk_date_check_iso (as_of, &date, error))
    return NULL;
  if (dk_region_is_country (parent))
    parent = "";
  parent_level = *parent == '\0' ? DK_REGION_LEVEL_INVALID : dk_region_level_of_code (parent);
  if (*parent != '\0' && parent_level == DK_REGION_LEVEL_INVALID)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("Unknown region code “%s”"), parent);
      return NULL;
    }
  if (level == DK_REGION_LEVEL_INVALID)
    level = parent_level == DK_REGION_LEVEL_DESA ? DK_REGION_LEVEL_DESA : (DkRegionLevel) (parent_level + 1);

  self = g_object_new (DK_TYPE_IKD_TABLE, NULL);
  self->parent = g_strdup (parent);
  self->level = level;
  if (!find_snapshot (store, as_of, &snapshot_id, &self->as_of, error))
    return NULL;
  dk_date_parse_iso (self->as_of, &date);
  self->target_bp = dk_ikd_get_target_bp (store, g_date_get_year (&date));

  if (!(parent_row = load_region_row (store, snapshot_id, parent, self->target_bp, FALSE, error)))
    return NULL;
  /* a desa has no parts; nor has any region at a level not below its own */
  if (level > parent_level &&
      (!load_rows (self, store, snapshot_id, &sum_rekam, &sum_ikd, error) || !count_parts (self, store, error)))
    return NULL;

  /* the whole country's row has the code the population data give it, 0 */
  self->total = dk_ikd_row_new (0, dk_ikd_row_get_kode (parent_row), dk_ikd_row_get_wilayah (parent_row),
                                sum_rekam, sum_ikd, self->target_bp);
  _dk_ikd_row_set_partial (self->total, dk_ikd_table_is_partial (self));
  self->stated = load_region_row (store, snapshot_id, parent, self->target_bp, TRUE, &local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  return g_steal_pointer (&self);
}

/**
 * dk_ikd_table_new:
 * @parent: the code of the region the rows are parts of
 * @wilayah: its name as reports print it
 * @as_of: the figures' date, YYYY-MM-DD
 * @target_bp: the target in force
 * @rows: (element-type DkIkdRow): the rows, in order
 *
 * A table of figures held in memory rather than in a store (a file being previewed, a
 * benchmark); its total row is computed from @rows, whose figures must be within
 * %DK_COUNT_MAX (dk_ikd_validate_input() or the parsers have checked them).
 *
 * Returns: (transfer full): the table, or %NULL when @rows add up beyond 64 bits
 */
DkIkdTable *
dk_ikd_table_new (const char *parent,
                  const char *wilayah,
                  const char *as_of,
                  int         target_bp,
                  GListModel *rows)
{
  g_autoptr(DkIkdTable) self = NULL;
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 sum_rekam = 0, sum_ikd = 0;
  gboolean fits = TRUE;

  g_return_val_if_fail (parent != NULL && as_of != NULL, NULL);

  self = g_object_new (DK_TYPE_IKD_TABLE, NULL);
  self->parent = g_strdup (parent);
  self->as_of = g_strdup (as_of);
  self->target_bp = target_bp;
  self->level = dk_region_level_of_code (parent) + 1;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      DkIkdRow *row = g_list_model_get_item (rows, i);

      fits = fits && dk_checked_add (&sum_rekam, sum_rekam, dk_ikd_row_get_rekam_dinamis (row)) &&
             dk_checked_add (&sum_ikd, sum_ikd, dk_ikd_row_get_jumlah_ikd (row));
      g_ptr_array_add (items, row);
    }
  /* a precondition: the figures were checked against the bounds before they got here */
  g_return_val_if_fail (fits, NULL);
  g_list_store_splice (self->rows, 0, 0, items->pdata, items->len);
  self->total = dk_ikd_row_new (0, parent, wilayah, sum_rekam, sum_ikd, target_bp);
  return g_steal_pointer (&self);
}

const char *
dk_ikd_table_get_as_of (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), NULL);
  return self->as_of;
}

const char *
dk_ikd_table_get_parent (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), NULL);
  return self->parent;
}

/**
 * dk_ikd_table_get_level:
 *
 * Returns: the level of the rows
 */
DkRegionLevel
dk_ikd_table_get_level (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), DK_REGION_LEVEL_INVALID);
  return self->level;
}

int
dk_ikd_table_get_target_bp (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), 0);
  return self->target_bp;
}

/**
 * dk_ikd_table_get_rows:
 *
 * Returns: (transfer none): the child regions' rows (#DkIkdRow), in code order
 */
GListModel *
dk_ikd_table_get_rows (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), NULL);
  return G_LIST_MODEL (self->rows);
}

/**
 * dk_ikd_table_get_total:
 *
 * Returns: (transfer none): the parent region's row, the sum of the rows
 */
DkIkdRow *
dk_ikd_table_get_total (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), NULL);
  return self->total;
}

/**
 * dk_ikd_table_get_stated:
 *
 * Returns: (transfer none) (nullable): the parent's figures as the source stated them
 */
DkIkdRow *
dk_ikd_table_get_stated (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), NULL);
  return self->stated;
}

guint
dk_ikd_table_get_n_met (DkIkdTable *self)
{
  guint n = 0, n_rows;

  g_return_val_if_fail (DK_IS_IKD_TABLE (self), 0);

  /* the rows do not change once loaded (a table in memory is made whole at once) */
  if (self->n_met >= 0)
    return (guint) self->n_met;
  n_rows = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  for (guint i = 0; i < n_rows; i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      n += dk_ikd_row_get_target_met (row);
    }
  self->n_met = (int) n;
  return n;
}

/**
 * dk_ikd_table_get_n_parts:
 *
 * Returns: how many regions of the rows' level the region registry has under the
 *   parent (19 kabupaten/kota under Sumatera Barat); 0 for a table held in memory
 */
guint
dk_ikd_table_get_n_parts (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), 0);
  return self->n_parts;
}

/**
 * dk_ikd_table_get_n_parts_reported:
 *
 * Returns: how many of those parts have figures: the table's rows
 */
guint
dk_ikd_table_get_n_parts_reported (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->rows));
}

/**
 * dk_ikd_table_is_partial:
 *
 * Whether the total is summed from only some of the parent's parts (Kota Padang's
 * figures alone on a date): it is then not the parent's figure, and its percentage and
 * shortfall are not the parent's either. Every view of the total says so.
 *
 * Returns: %TRUE when some parts the registry knows have no figures
 */
gboolean
dk_ikd_table_is_partial (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), FALSE);
  return self->n_parts > 0 && dk_ikd_table_get_n_parts_reported (self) < self->n_parts;
}

/**
 * dk_ikd_level_plural:
 * @level: a level of regions
 *
 * Returns: the level's name as a count of regions says it ("kabupaten/kota"), translated
 */
const char *
dk_ikd_level_plural (DkRegionLevel level)
{
  switch (level)
    {
    case DK_REGION_LEVEL_PROVINSI:
      return C_("regions counted", "provinces");
    case DK_REGION_LEVEL_KABKOTA:
      return C_("regions counted", "kabupaten/kota");
    case DK_REGION_LEVEL_KECAMATAN:
      return C_("regions counted", "kecamatan");
    case DK_REGION_LEVEL_DESA:
      return C_("regions counted", "desa/kelurahan");
    case DK_REGION_LEVEL_INVALID:
    default:
      return C_("regions counted", "regions");
    }
}

/**
 * dk_ikd_table_describe_reported:
 *
 * Returns: (transfer full) (nullable): "1 of 19 kabupaten/kota reported" when the total
 *   is partial, %NULL when it is whole
 */
char *
dk_ikd_table_describe_reported (DkIkdTable *self)
{
  g_return_val_if_fail (DK_IS_IKD_TABLE (self), NULL);

  if (!dk_ikd_table_is_partial (self))
    return NULL;
  /* Translators: regions with figures, all the regions, their level ("kabupaten/kota") */
  return g_strdup_printf (_("%u of %u %s reported"), dk_ikd_table_get_n_parts_reported (self), self->n_parts,
                          dk_ikd_level_plural (self->level));
}
