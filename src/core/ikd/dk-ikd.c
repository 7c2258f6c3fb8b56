/* dk-ikd.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * IKD (Identitas Kependudukan Digital) coverage: activations against rekam dinamis,
 * per region and as-of date, against the national target.
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

/**
 * dk_ikd_percent_bp:
 * @jumlah_ikd: activations
 * @rekam_dinamis: recordings
 *
 * Coverage in hundredths of a percent, rounded half up as the report rounds it.
 *
 * Returns: the coverage, 0 when there are no recordings
 */
int
dk_ikd_percent_bp (gint64 jumlah_ikd,
                   gint64 rekam_dinamis)
{
  return dk_percent_bp (jumlah_ikd, rekam_dinamis);
}

/**
 * dk_ikd_shortfall:
 * @jumlah_ikd: activations
 * @rekam_dinamis: recordings
 * @target_bp: the target in hundredths of a percent
 *
 * Returns: the activations still needed to reach the target, 0 when it is met
 */
gint64
dk_ikd_shortfall (gint64 jumlah_ikd,
                  gint64 rekam_dinamis,
                  int    target_bp)
{
  gint64 needed;

  if (rekam_dinamis <= 0 || target_bp <= 0)
    return 0;
  /* ceil (rekam × target / 10000), in integers */
  needed = (rekam_dinamis * target_bp + 9999) / 10000;
  return needed > jumlah_ikd ? needed - jumlah_ikd : 0;
}

/* ---------------------------------------------------------------- DkIkdRow */

struct _DkIkdRow
{
  GObject parent_instance;
  guint   number;
  char   *kode;
  char   *wilayah;
  gint64  rekam_dinamis;
  gint64  jumlah_ikd;
  int     target_bp;
  guint   n_parts;   /* the regions below it whose figures it sums; 0 when its own */
};

G_DEFINE_FINAL_TYPE (DkIkdRow, dk_ikd_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_NUMBER,
  ROW_PROP_KODE,
  ROW_PROP_WILAYAH,
  ROW_PROP_REKAM_DINAMIS,
  ROW_PROP_JUMLAH_IKD,
  ROW_PROP_PERSEN_BP,
  ROW_PROP_KEKURANGAN,
  ROW_PROP_TARGET_MET,
  ROW_PROP_IS_TOTAL,
  ROW_PROP_HAS_PARTS,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

static void
dk_ikd_row_finalize (GObject *object)
{
  DkIkdRow *self = (DkIkdRow *) object;

  g_free (self->kode);
  g_free (self->wilayah);
  G_OBJECT_CLASS (dk_ikd_row_parent_class)->finalize (object);
}

static void
dk_ikd_row_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DkIkdRow *self = DK_IKD_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_NUMBER:
      g_value_set_uint (value, dk_ikd_row_get_number (self));
      break;
    case ROW_PROP_KODE:
      g_value_set_string (value, dk_ikd_row_get_kode (self));
      break;
    case ROW_PROP_WILAYAH:
      g_value_set_string (value, dk_ikd_row_get_wilayah (self));
      break;
    case ROW_PROP_REKAM_DINAMIS:
      g_value_set_int64 (value, dk_ikd_row_get_rekam_dinamis (self));
      break;
    case ROW_PROP_JUMLAH_IKD:
      g_value_set_int64 (value, dk_ikd_row_get_jumlah_ikd (self));
      break;
    case ROW_PROP_PERSEN_BP:
      g_value_set_int (value, dk_ikd_row_get_persen_bp (self));
      break;
    case ROW_PROP_KEKURANGAN:
      g_value_set_int64 (value, dk_ikd_row_get_kekurangan (self));
      break;
    case ROW_PROP_TARGET_MET:
      g_value_set_boolean (value, dk_ikd_row_get_target_met (self));
      break;
    case ROW_PROP_IS_TOTAL:
      g_value_set_boolean (value, self->number == 0);
      break;
    case ROW_PROP_HAS_PARTS:
      g_value_set_boolean (value, self->n_parts > 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_ikd_row_class_init (DkIkdRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dk_ikd_row_finalize;
  object_class->get_property = dk_ikd_row_get_property;

  row_properties[ROW_PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, flags);
  row_properties[ROW_PROP_KODE] = g_param_spec_string ("kode", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_WILAYAH] = g_param_spec_string ("wilayah", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_REKAM_DINAMIS] =
    g_param_spec_int64 ("rekam-dinamis", NULL, NULL, 0, G_MAXINT64, 0, flags);
  row_properties[ROW_PROP_JUMLAH_IKD] =
    g_param_spec_int64 ("jumlah-ikd", NULL, NULL, 0, G_MAXINT64, 0, flags);
  row_properties[ROW_PROP_PERSEN_BP] =
    g_param_spec_int ("persen-bp", NULL, NULL, 0, G_MAXINT, 0, flags);
  row_properties[ROW_PROP_KEKURANGAN] =
    g_param_spec_int64 ("kekurangan", NULL, NULL, 0, G_MAXINT64, 0, flags);
  row_properties[ROW_PROP_TARGET_MET] =
    g_param_spec_boolean ("target-met", NULL, NULL, FALSE, flags);
  row_properties[ROW_PROP_IS_TOTAL] =
    g_param_spec_boolean ("is-total", NULL, NULL, FALSE, flags);
  row_properties[ROW_PROP_HAS_PARTS] =
    g_param_spec_boolean ("has-parts", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
dk_ikd_row_init (DkIkdRow *self)
{
}

/**
 * dk_ikd_row_new:
 * @number: the row's number in the report's order, 0 for a total row
 *
 * Returns: (transfer full): a row; its percentage and shortfall follow from the figures
 */
DkIkdRow *
dk_ikd_row_new (guint       number,
                const char *kode,
                const char *wilayah,
                gint64      rekam_dinamis,
                gint64      jumlah_ikd,
                int         target_bp)
{
  DkIkdRow *self = g_object_new (DK_TYPE_IKD_ROW, NULL);

  self->number = number;
  self->kode = g_strdup (kode);
  self->wilayah = g_strdup (wilayah);
  self->rekam_dinamis = rekam_dinamis;
  self->jumlah_ikd = jumlah_ikd;
  self->target_bp = target_bp;
  return self;
}

guint
dk_ikd_row_get_number (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return self->number;
}

const char *
dk_ikd_row_get_kode (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), NULL);
  return self->kode;
}

const char *
dk_ikd_row_get_wilayah (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), NULL);
  return self->wilayah;
}

gint64
dk_ikd_row_get_rekam_dinamis (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return self->rekam_dinamis;
}

gint64
dk_ikd_row_get_jumlah_ikd (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return self->jumlah_ikd;
}

int
dk_ikd_row_get_persen_bp (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return dk_ikd_percent_bp (self->jumlah_ikd, self->rekam_dinamis);
}

/**
 * dk_ikd_row_get_coverage:
 *
 * Returns: the unrounded coverage in percent, for drawing
 */
double
dk_ikd_row_get_coverage (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  if (self->rekam_dinamis <= 0)
    return 0;
  return 100.0 * (double) self->jumlah_ikd / (double) self->rekam_dinamis;
}

gint64
dk_ikd_row_get_kekurangan (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return dk_ikd_shortfall (self->jumlah_ikd, self->rekam_dinamis, self->target_bp);
}

gboolean
dk_ikd_row_get_target_met (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), FALSE);
  return self->rekam_dinamis > 0 && dk_ikd_row_get_kekurangan (self) == 0;
}

int
dk_ikd_row_get_target_bp (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return self->target_bp;
}

/**
 * dk_ikd_row_get_n_parts:
 *
 * Returns: the number of regions below this one whose figures make its figures, 0 when
 *   they are its own; a region with parts can be opened to show them
 */
guint
dk_ikd_row_get_n_parts (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return self->n_parts;
}

/* -------------------------------------------------------------- DkIkdTable */

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
  g_autoptr(sqlite3_stmt) stmt = NULL;
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
  sqlite3_bind_int64 (stmt, 1, snapshot_id);
  sqlite3_bind_text (stmt, 2, kode, -1, SQLITE_TRANSIENT);

  rc = sqlite3_step (stmt);
  if (rc == SQLITE_DONE)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("Unknown region code “%s”"), kode);
      return NULL;
    }
  if (rc != SQLITE_ROW)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  if (stated_only && sqlite3_column_type (stmt, 2) == SQLITE_NULL)
    return NULL;

  wilayah = _dk_stmt_dup_region_name (stmt, 0);
  return dk_ikd_row_new (0, kode, wilayah,
                         sqlite3_column_int64 (stmt, 2), sqlite3_column_int64 (stmt, 3),
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
  g_autoptr(sqlite3_stmt) stmt = NULL;
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
  sqlite3_bind_int64 (stmt, 1, snapshot_id);
  sqlite3_bind_text (stmt, 2, self->parent, -1, SQLITE_TRANSIENT);

  for (;;)
    {
      const char *kode = NULL;
      gboolean extends_prev;

      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        kode = (const char *) sqlite3_column_text (stmt, 0);
      else if (rc != SQLITE_DONE)
        {
          _dk_store_set_error (store, error);
          return FALSE;
        }
      extends_prev = prev != NULL && kode != NULL && g_str_has_prefix (kode, prev) && kode[strlen (prev)] == '.';
      if (prev != NULL && !extends_prev)
        {
          /* prev is a leaf */
          gsize len = prefix_length (prev, n_parts);

          *sum_rekam += prev_rekam;
          *sum_ikd += prev_ikd;
          if (len > 0)
            {
              Group *last = groups->len > 0 ? &g_array_index (groups, Group, groups->len - 1) : NULL;

              if (last == NULL || strncmp (last->kode, prev, len) != 0 || last->kode[len] != '\0')
                {
                  Group group = { g_strndup (prev, len), 0, 0, 0 };

                  g_array_append_val (groups, group);
                  last = &g_array_index (groups, Group, groups->len - 1);
                }
              last->rekam += prev_rekam;
              last->ikd += prev_ikd;
              if (prev[len] != '\0')
                last->n_parts++;
            }
        }
      if (kode == NULL)
        break;
      g_free (prev);
      prev = g_strdup (kode);
      prev_rekam = sqlite3_column_int64 (stmt, 1);
      prev_ikd = sqlite3_column_int64 (stmt, 2);
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
  g_autoptr(sqlite3_stmt) stmt = NULL;
  DkRegionLevel parent_level = *self->parent == '\0' ? DK_REGION_LEVEL_INVALID : dk_region_level_of_code (self->parent);
  guint g = 0, number = 0;
  int rc;

  if (groups->len == 0)
    return TRUE;
  if (self->level == parent_level + 1)
    {
      stmt = _dk_store_prepare (store, "SELECT kode, nama, tingkat FROM region WHERE induk IS ?1 ORDER BY kode", error);
      if (stmt != NULL && *self->parent != '\0')
        sqlite3_bind_text (stmt, 1, self->parent, -1, SQLITE_TRANSIENT);
    }
  else
    {
      stmt = _dk_store_prepare (store,
                                "SELECT kode, nama, tingkat FROM region WHERE tingkat = ?2 AND "
                                "(?1 = '' OR (kode > ?1 || '.' AND kode < ?1 || '/')) ORDER BY kode", error);
      if (stmt != NULL)
        {
          sqlite3_bind_text (stmt, 1, self->parent, -1, SQLITE_TRANSIENT);
          sqlite3_bind_text (stmt, 2, dk_region_level_to_string (self->level), -1, SQLITE_STATIC);
        }
    }
  if (stmt == NULL)
    return FALSE;

  /* both in code order: a merge */
  while (g < groups->len && (rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      const char *kode = (const char *) sqlite3_column_text (stmt, 0);
      Group *group;
      int cmp;

      while (g < groups->len && (cmp = strcmp ((group = &g_array_index (groups, Group, g))->kode, kode)) < 0)
        g++;   /* figures under a code the registry does not have at this level */
      if (g < groups->len && cmp == 0)
        {
          g_autofree char *wilayah = _dk_stmt_dup_region_name (stmt, 1);
          DkIkdRow *row = dk_ikd_row_new (++number, kode, wilayah, group->rekam, group->ikd, self->target_bp);

          row->n_parts = group->n_parts;
          g_ptr_array_add (rows, row);
          g++;
        }
    }
  if (g < groups->len && rc != SQLITE_DONE)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
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
  if (level > parent_level && !load_rows (self, store, snapshot_id, &sum_rekam, &sum_ikd, error))
    return NULL;

  /* the whole country's row has the code the population data give it, 0 */
  self->total = dk_ikd_row_new (0, dk_ikd_row_get_kode (parent_row), dk_ikd_row_get_wilayah (parent_row),
                                sum_rekam, sum_ikd, self->target_bp);
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
 * benchmark); its total row is computed from @rows.
 *
 * Returns: (transfer full): the table
 */
DkIkdTable *
dk_ikd_table_new (const char *parent,
                  const char *wilayah,
                  const char *as_of,
                  int         target_bp,
                  GListModel *rows)
{
  DkIkdTable *self = g_object_new (DK_TYPE_IKD_TABLE, NULL);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  gint64 sum_rekam = 0, sum_ikd = 0;

  g_return_val_if_fail (parent != NULL && as_of != NULL, NULL);

  self->parent = g_strdup (parent);
  self->as_of = g_strdup (as_of);
  self->target_bp = target_bp;
  self->level = dk_region_level_of_code (parent) + 1;
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      DkIkdRow *row = g_list_model_get_item (rows, i);

      sum_rekam += row->rekam_dinamis;
      sum_ikd += row->jumlah_ikd;
      g_ptr_array_add (items, row);
    }
  g_list_store_splice (self->rows, 0, 0, items->pdata, items->len);
  self->total = dk_ikd_row_new (0, parent, wilayah, sum_rekam, sum_ikd, target_bp);
  return self;
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

/* ------------------------------------------------------------ store access */

/**
 * dk_ikd_list_dates:
 *
 * Returns: (transfer full): the dates of the IKD snapshots, oldest first
 */
GStrv
dk_ikd_list_dates (DkStore  *store,
                   GError  **error)
{
  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  return _dk_store_list_strings (store, "SELECT per FROM ikd_snapshot ORDER BY per", error);
}

/**
 * dk_ikd_trend:
 * @parent: the region, e.g. "13"
 *
 * The region's coverage at every snapshot, each summed from its children as the table
 * would show it.
 *
 * Returns: (transfer full) (element-type DkIkdPoint): the points, oldest first
 */
GArray *
dk_ikd_trend (DkStore     *store,
              const char  *parent,
              GError     **error)
{
  g_auto(GStrv) dates = NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (DkIkdPoint));

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!(dates = dk_ikd_list_dates (store, error)))
    return NULL;
  for (guint i = 0; dates[i] != NULL; i++)
    {
      g_autoptr(DkIkdTable) table = dk_ikd_table_load (store, parent, dates[i], error);
      DkIkdPoint point = { 0 };

      if (table == NULL)
        return NULL;
      if (g_list_model_get_n_items (dk_ikd_table_get_rows (table)) == 0)
        continue;
      g_strlcpy (point.as_of, dates[i], sizeof point.as_of);
      point.rekam_dinamis = dk_ikd_row_get_rekam_dinamis (table->total);
      point.jumlah_ikd = dk_ikd_row_get_jumlah_ikd (table->total);
      point.target_bp = table->target_bp;
      g_array_append_val (points, point);
    }
  return g_steal_pointer (&points);
}

/**
 * dk_ikd_get_target_bp:
 * @year: a year
 *
 * The target in force in @year: the one set for the latest year not after it, or for
 * years before the first setting, the first setting.
 *
 * Returns: the target in hundredths of a percent
 */
int
dk_ikd_get_target_bp (DkStore *store,
                      int      year)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), DK_IKD_DEFAULT_TARGET_BP);

  stmt = _dk_store_prepare (store,
                            "SELECT target_bp FROM ikd_target "
                            "ORDER BY tahun > ?1, abs(tahun - ?1) LIMIT 1",
                            NULL);
  if (stmt == NULL)
    return DK_IKD_DEFAULT_TARGET_BP;
  sqlite3_bind_int (stmt, 1, year);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return DK_IKD_DEFAULT_TARGET_BP;
  return sqlite3_column_int (stmt, 0);
}

gboolean
dk_ikd_set_target_bp (DkStore  *store,
                      int       year,
                      int       target_bp,
                      GError  **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (target_bp < 1 || target_bp > 10000)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("The target must be more than 0 %% and at most 100 %%"));
      return FALSE;
    }
  if (year < 1900 || year > 2999)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%d is not a valid year"), year);
      return FALSE;
    }
  stmt = _dk_store_prepare (store,
                            "INSERT INTO ikd_target (tahun, target_bp) VALUES (?1, ?2) "
                            "ON CONFLICT (tahun) DO UPDATE SET target_bp = excluded.target_bp",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int (stmt, 1, year);
  sqlite3_bind_int (stmt, 2, target_bp);
  return _dk_store_step_done (store, stmt, error);
}

static gboolean
ensure_snapshot (DkStore     *store,
                 const char  *as_of,
                 const char  *source,
                 gint64      *id,
                 GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = _dk_store_prepare (store,
                            "INSERT INTO ikd_snapshot (per, sumber) VALUES (?1, ?2) "
                            "ON CONFLICT (per) DO UPDATE SET sumber = excluded.sumber "
                            "RETURNING id",
                            error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_text (stmt, 1, as_of, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, source != NULL ? source : "", -1, SQLITE_TRANSIENT);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  *id = sqlite3_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
write_values (DkStore           *store,
              gint64             snapshot_id,
              const char        *scope,
              const DkIkdInput  *rows,
              gsize              n_rows,
              GError           **error)
{
  g_autoptr(sqlite3_stmt) del = NULL;
  g_autoptr(sqlite3_stmt) ins = NULL;

  del = _dk_store_prepare (store,
                           "DELETE FROM ikd_value WHERE snapshot_id = ?1 AND "
                           "(?2 = '' OR kode = ?2 OR (kode > ?2 || '.' AND kode < ?2 || '/'))",
                           error);
  if (del == NULL)
    return FALSE;
  sqlite3_bind_int64 (del, 1, snapshot_id);
  sqlite3_bind_text (del, 2, scope, -1, SQLITE_TRANSIENT);
  if (!_dk_store_step_done (store, del, error))
    return FALSE;

  ins = _dk_store_prepare (store,
                           "INSERT INTO ikd_value (snapshot_id, kode, rekam_dinamis, jumlah_ikd, persen_bp) "
                           "VALUES (?1, ?2, ?3, ?4, ?5)",
                           error);
  if (ins == NULL)
    return FALSE;
  for (gsize i = 0; i < n_rows; i++)
    {
      sqlite3_bind_int64 (ins, 1, snapshot_id);
      sqlite3_bind_text (ins, 2, rows[i].kode, -1, SQLITE_TRANSIENT);
      sqlite3_bind_int64 (ins, 3, rows[i].rekam_dinamis);
      sqlite3_bind_int64 (ins, 4, rows[i].jumlah_ikd);
      if (rows[i].persen_bp >= 0)
        sqlite3_bind_int (ins, 5, rows[i].persen_bp);
      if (!_dk_store_step_done (store, ins, error))
        {
          g_prefix_error (error, _("Region %s: "), rows[i].kode);
          return FALSE;
        }
    }
  return TRUE;
}

static gboolean
validate_input (const char        *as_of,
                const char        *scope,
                const DkIkdInput  *rows,
                gsize              n_rows,
                GError           **error)
{
  GDate date;

  if (!dk_date_check_iso (as_of, &date, error))
    return FALSE;
  for (gsize i = 0; i < n_rows; i++)
    {
      const char *kode = rows[i].kode;

      if (*scope != '\0' && g_strcmp0 (kode, scope) != 0 &&
          !(g_str_has_prefix (kode, scope) && kode[strlen (scope)] == '.'))
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                       _("Region %s is not part of %s"), kode, scope);
          return FALSE;
        }
      if (rows[i].rekam_dinamis < 0 || rows[i].jumlah_ikd < 0)
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                       _("Region %s: figures cannot be negative"), kode);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * dk_ikd_replace_values:
 * @as_of: the snapshot's date, YYYY-MM-DD; the snapshot is created if needed
 * @scope: the region the new figures cover, e.g. "13", or "" for the whole country; the
 *   snapshot's figures for it and every region under it are replaced, the rest of the
 *   snapshot is kept
 * @source: (nullable): where the figures come from
 * @rows: (array length=n_rows): the figures
 *
 * Writes in one transaction: on any error nothing changes.
 */
gboolean
dk_ikd_replace_values (DkStore           *store,
                       const char        *as_of,
                       const char        *scope,
                       const char        *source,
                       const DkIkdInput  *rows,
                       gsize              n_rows,
                       GError           **error)
{
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  gint64 snapshot_id, batch_id = 0;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (rows != NULL || n_rows == 0, FALSE);

  if (!validate_input (as_of, scope, rows, n_rows, error))
    return FALSE;
  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!(before = _dk_history_capture (store, &_dk_ikd_history_table, as_of, scope, error)) ||
      !ensure_snapshot (store, as_of, source, &snapshot_id, error) ||
      !write_values (store, snapshot_id, scope, rows, n_rows, error))
    goto failed;
  /* rows where there were none are one entry: no need to read them back */
  if (g_hash_table_size (before) == 0)
    {
      if (n_rows > 0 &&
          !_dk_history_record_new (store, &_dk_ikd_history_table, as_of, scope, n_rows, source, &batch_id, error))
        goto failed;
    }
  else if (!(after = _dk_history_capture (store, &_dk_ikd_history_table, as_of, scope, error)) ||
           !_dk_history_record (store, &_dk_ikd_history_table, as_of, scope, before, after, source, &batch_id, error))
    goto failed;
  return _dk_store_commit (store, error);

failed:
  _dk_store_rollback (store);
  return FALSE;
}

/**
 * dk_ikd_set_region:
 * @as_of: an existing snapshot's date
 * @kode: a region with figures in it
 * @what: (nullable): what the change is, for the history
 *
 * Corrects one region's figures at a snapshot, as a user does in the table. The
 * percentage the source printed no longer applies and is dropped. Validated, written in
 * one transaction and recorded in the history, so that it can be undone.
 */
gboolean
dk_ikd_set_region (DkStore     *store,
                   const char  *as_of,
                   const char  *kode,
                   gint64       rekam_dinamis,
                   gint64       jumlah_ikd,
                   const char  *what,
                   GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  gint64 batch_id = 0;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (kode != NULL, FALSE);

  if (!dk_date_check_iso (as_of, NULL, error))
    return FALSE;
  if (rekam_dinamis < 0 || jumlah_ikd < 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Region %s: figures cannot be negative"), kode);
      return FALSE;
    }
  if (jumlah_ikd > rekam_dinamis)
    {
      DkNumberFormat fmt;
      g_autofree char *a = NULL, *b = NULL;

      dk_number_format_init_locale (&fmt);
      a = dk_format_int (&fmt, jumlah_ikd);
      b = dk_format_int (&fmt, rekam_dinamis);
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("Region %s: %s IKD activations cannot be more than its %s recordings"), kode, a, b);
      return FALSE;
    }

  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!(before = _dk_history_capture (store, &_dk_ikd_history_table, as_of, kode, error)) ||
      !(stmt = _dk_store_prepare (store,
                                  "UPDATE ikd_value SET rekam_dinamis = ?3, jumlah_ikd = ?4, persen_bp = NULL "
                                  "WHERE kode = ?2 AND snapshot_id = (SELECT id FROM ikd_snapshot WHERE per = ?1)",
                                  error)))
    goto failed;
  sqlite3_bind_text (stmt, 1, as_of, -1, SQLITE_TRANSIENT);
  sqlite3_bind_text (stmt, 2, kode, -1, SQLITE_TRANSIENT);
  sqlite3_bind_int64 (stmt, 3, rekam_dinamis);
  sqlite3_bind_int64 (stmt, 4, jumlah_ikd);
  if (!_dk_store_step_done (store, stmt, error))
    goto failed;
  if (sqlite3_changes (_dk_store_get_db (store)) != 1)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("Region %s has no figures on %s"), kode, as_of);
      goto failed;
    }
  if (!(after = _dk_history_capture (store, &_dk_ikd_history_table, as_of, kode, error)) ||
      !_dk_history_record (store, &_dk_ikd_history_table, as_of, kode, before, after, what, &batch_id, error))
    goto failed;
  return _dk_store_commit (store, error);

failed:
  _dk_store_rollback (store);
  return FALSE;
}

/* The 31 December 2025 table of the LAPORAN TAHUNAN 2025, province row included as the
 * source's stated total. Runs inside the migration's transaction. */
gboolean
dk_ikd_seed (DkStore  *self,
             GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (DkIkdInput));
  gint64 snapshot_id;
  gsize len;
  const char *data;

  if (!dk_ikd_set_target_bp (self, 2024, DK_IKD_DEFAULT_TARGET_BP, error))
    return FALSE;
  if (!(bytes = _dk_store_load_seed ("seed/ikd-2025-12-31.csv", error)))
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!(records = dk_csv_parse (data, len, ',', error)))
    return FALSE;

  /* kode,wilayah,rekam_dinamis,jumlah_ikd,persen_ikd */
  for (guint i = 1; i < records->len; i++)
    {
      DkCsvRecord *r = g_ptr_array_index (records, i);
      DkIkdInput in = { r->fields[0], 0, 0, -1 };
      gint64 bp;

      g_assert (r->n_fields == 5);
      if (!dk_parse_plain_int (r->fields[2], &in.rekam_dinamis) ||
          !dk_parse_plain_int (r->fields[3], &in.jumlah_ikd) ||
          !dk_parse_plain_fixed (r->fields[4], &bp))
        g_error ("The shipped IKD seed is malformed at line %u", r->line);
      in.persen_bp = (int) bp;
      g_array_append_val (rows, in);
    }

  return ensure_snapshot (self, "2025-12-31", "LAPORAN TAHUNAN 2025, BAB II B.3.h", &snapshot_id, error) &&
         write_values (self, snapshot_id, "13", (DkIkdInput *) rows->data, rows->len, error);
}
