/* dk-budget-table.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkBudgetTable: an activity's budget in a DPA version, its lines in the report's order with parents summed.
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

struct _DkBudgetTable
{
  GObject       parent_instance;
  int           year;
  guint         dpa;
  guint         latest_dpa;
  guint         compare_dpa;
  char         *dpa_name;
  char         *compare_dpa_name;
  DkBudgetLine *total;
  GListStore   *root;
  GPtrArray    *lines;        /* hierarchy order, the activity first */
  gboolean      has_monthly;
  gboolean      own_line;     /* a line of the activity's own code holds its amounts */
  gint64        month[12];
};

G_DEFINE_FINAL_TYPE (DkBudgetTable, dk_budget_table, G_TYPE_OBJECT)

static void
dk_budget_table_finalize (GObject *object)
{
  DkBudgetTable *self = (DkBudgetTable *) object;

  g_free (self->dpa_name);
  g_free (self->compare_dpa_name);
  g_clear_object (&self->total);
  g_clear_object (&self->root);
  g_clear_pointer (&self->lines, g_ptr_array_unref);
  G_OBJECT_CLASS (dk_budget_table_parent_class)->finalize (object);
}

static void
dk_budget_table_class_init (DkBudgetTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dk_budget_table_finalize;
}

static void
dk_budget_table_init (DkBudgetTable *self)
{
  self->root = g_list_store_new (DK_TYPE_BUDGET_LINE);
  self->lines = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * _dk_budget_find_activity:
 * @year: the year, or 0 for the latest
 * @kode: (nullable): the activity, or %NULL for the year's first by code
 */
gboolean
_dk_budget_find_activity (DkStore     *store,
                          int          year,
                          const char  *kode,
                          gint64      *id,
                          int         *found_year,
                          char       **found_kode,
                          char       **found_nama,
                          GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GPtrArray) activities = NULL;
  int rc;

  if (year == 0 && (year = dk_budget_latest_year (store, error)) == 0)
    return FALSE;
  if (kode == NULL)
    {
      if (!(activities = dk_budget_list_activities (store, year, error)))
        return FALSE;
      if (activities->len == 0)
        {
          g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND,
                       _("The fiscal year %d has no activity yet"), year);
          return FALSE;
        }
      kode = ((DkBudgetActivity *) g_ptr_array_index (activities, 0))->kode;
    }

  stmt = _dk_store_prepare (store, "SELECT id, kode, nama FROM anggaran_kegiatan WHERE tahun = ?1 AND kode = ?2",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, year);
  dk_db_bind_text (stmt, 2, kode);
  if ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      *id = dk_db_column_int64 (stmt, 0);
      if (found_year != NULL)
        *found_year = year;
      if (found_kode != NULL)
        *found_kode = _dk_stmt_dup_text (stmt, 1);
      if (found_nama != NULL)
        *found_nama = _dk_stmt_dup_text (stmt, 2);
      return TRUE;
    }
  if (rc != DK_DB_DONE)
    _dk_store_set_error (store, error);
  else
    g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND,
                 _("The fiscal year %d has no activity “%s”"), year, kode);
  return FALSE;
}

/**
 * _dk_budget_find_dpa:
 * @nomor: the version, or 0 for the latest
 */
gboolean
_dk_budget_find_dpa (DkStore     *store,
                     gint64       activity_id,
                     guint        nomor,
                     gint64      *id,
                     guint       *found_nomor,
                     char       **found_nama,
                     GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT id, nomor, nama FROM anggaran_dpa WHERE kegiatan_id = ?1 "
                            "AND (?2 = 0 OR nomor = ?2) ORDER BY nomor DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, activity_id);
  dk_db_bind_int64 (stmt, 2, nomor);
  if ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      *id = dk_db_column_int64 (stmt, 0);
      if (found_nomor != NULL)
        *found_nomor = dk_db_column_int (stmt, 1);
      if (found_nama != NULL)
        *found_nama = _dk_stmt_dup_text (stmt, 2);
      return TRUE;
    }
  if (rc != DK_DB_DONE)
    _dk_store_set_error (store, error);
  else if (nomor != 0)
    g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("The activity has no DPA version %u"), nomor);
  else
    g_set_error_literal (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("The activity has no DPA yet"));
  return FALSE;
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return dk_budget_code_compare ((*(DkBudgetLine **) a)->kode, (*(DkBudgetLine **) b)->kode);
}

/* Reads the activity's lines with their own amounts (leaf values). */
static GPtrArray *
read_lines (DkStore  *store,
            gint64    activity_id,
            gint64    dpa_id,
            gint64    compare_id,
            GError  **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(DkDbStmt) months = NULL;
  g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_int64_hash, g_int64_equal);
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  int rc;

  stmt = _dk_store_prepare (store,
                            "SELECT b.id, b.kode, b.uraian, "
                            " (SELECT anggaran FROM anggaran_nilai WHERE dpa_id = ?2 AND baris_id = b.id), "
                            " (SELECT anggaran FROM anggaran_nilai WHERE dpa_id = ?3 AND baris_id = b.id), "
                            " (SELECT realisasi FROM anggaran_realisasi WHERE baris_id = b.id) "
                            "FROM anggaran_baris b WHERE b.kegiatan_id = ?1", error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_int64 (stmt, 1, activity_id);
  dk_db_bind_int64 (stmt, 2, dpa_id);
  dk_db_bind_int64 (stmt, 3, compare_id);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkBudgetLine *line = _dk_budget_line_new (dk_db_column_text (stmt, 1),
                                                dk_db_column_text (stmt, 2));
      gint64        id = dk_db_column_int64 (stmt, 0);

      line->anggaran = dk_db_column_int64 (stmt, 3);
      line->compared = dk_db_column_int64 (stmt, 4);
      line->realisasi = dk_db_column_int64 (stmt, 5);
      g_ptr_array_add (lines, line);
      g_array_append_val (ids, id);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  for (guint i = 0; i < lines->len; i++)
    g_hash_table_insert (by_id, &g_array_index (ids, gint64, i), g_ptr_array_index (lines, i));

  months = _dk_store_prepare (store,
                              "SELECT m.baris_id, m.bulan, m.realisasi FROM anggaran_realisasi_bulan m "
                              "JOIN anggaran_baris b ON b.id = m.baris_id WHERE b.kegiatan_id = ?1", error);
  if (months == NULL)
    return NULL;
  dk_db_bind_int64 (months, 1, activity_id);
  while ((rc = dk_db_step (months)) == DK_DB_ROW)
    {
      gint64        id = dk_db_column_int64 (months, 0);
      DkBudgetLine *line = g_hash_table_lookup (by_id, &id);
      int           month = dk_db_column_int (months, 1);

      if (!line->has_monthly)
        line->realisasi = 0;
      line->has_monthly = TRUE;
      line->month[month - 1] = dk_db_column_int64 (months, 2);
      if (!dk_checked_add (&line->realisasi, line->realisasi, line->month[month - 1]))
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                       _("The monthly realisation of %s adds up to more than can be counted"), line->kode);
          return NULL;
        }
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  g_ptr_array_sort (lines, compare_lines);
  return g_steal_pointer (&lines);
}

/* Adds a child's amounts to its parent, refusing a sum that does not fit in 64 bits. */
static gboolean
add_up (DkBudgetLine  *parent,
        DkBudgetLine  *child,
        GError       **error)
{
  if (!dk_checked_add (&parent->anggaran, parent->anggaran, child->anggaran) ||
      !dk_checked_add (&parent->realisasi, parent->realisasi, child->realisasi) ||
      !dk_checked_add (&parent->compared, parent->compared, child->compared))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("The amounts under %s add up to more than can be counted"), parent->kode);
      return FALSE;
    }
  for (guint m = 0; m < 12; m++)
    if (!dk_checked_add (&parent->month[m], parent->month[m], child->month[m]))
      {
        g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                     _("The amounts under %s add up to more than can be counted"), parent->kode);
        return FALSE;
      }
  parent->has_monthly |= child->has_monthly;
  return TRUE;
}

static gboolean
roll_up (DkBudgetLine  *line,
         GError       **error)
{
  guint n;

  if (line->children == NULL)
    return TRUE;
  n = g_list_model_get_n_items (G_LIST_MODEL (line->children));
  if (n > 0 && !line->is_activity)
    {
      line->anggaran = line->realisasi = line->compared = 0;
      memset (line->month, 0, sizeof line->month);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DkBudgetLine) child = g_list_model_get_item (G_LIST_MODEL (line->children), i);

      if (!roll_up (child, error) || !add_up (line, child, error))
        return FALSE;
    }
  return TRUE;
}

/* Links each line to its parent: the nearest earlier line in code order that it lies
 * under (codes under a line sort right after it), or the activity itself. */
static void
build_tree (DkBudgetTable *self,
            GPtrArray     *lines)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();

  g_ptr_array_add (self->lines, g_object_ref (self->total));
  for (guint i = 0; i < lines->len; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (lines, i);
      DkBudgetLine *parent = self->total;

      if (g_str_equal (line->kode, self->total->kode))
        {
          /* the activity's own amounts, when the source gives no breakdown */
          self->own_line = TRUE;
          self->total->anggaran = line->anggaran;
          self->total->realisasi = line->realisasi;
          self->total->compared = line->compared;
          self->total->has_monthly = line->has_monthly;
          memcpy (self->total->month, line->month, sizeof line->month);
          continue;
        }
      while (stack->len > 0 && !dk_budget_code_is_under (((DkBudgetLine *) g_ptr_array_index (stack, stack->len - 1))->kode,
                                                         line->kode))
        g_ptr_array_set_size (stack, stack->len - 1);
      if (stack->len > 0)
        parent = g_ptr_array_index (stack, stack->len - 1);
      line->parent = parent;
      line->depth = parent->depth + 1;
      if (parent->children == NULL)
        parent->children = g_list_store_new (DK_TYPE_BUDGET_LINE);
      g_list_store_append (parent->children, line);
      g_ptr_array_add (self->lines, g_object_ref (line));
      g_ptr_array_add (stack, line);
    }
}

static gboolean
load_dpa (DkBudgetTable  *self,
          DkStore        *store,
          gint64          activity_id,
          guint           dpa,
          guint           compare_dpa,
          gint64         *dpa_id,
          gint64         *compare_id,
          GError        **error)
{
  gint64 latest_id;

  if (!_dk_budget_find_dpa (store, activity_id, 0, &latest_id, &self->latest_dpa, NULL, error) ||
      !_dk_budget_find_dpa (store, activity_id, dpa, dpa_id, &self->dpa, &self->dpa_name, error))
    return FALSE;
  *compare_id = 0;
  if (compare_dpa != 0 &&
      !_dk_budget_find_dpa (store, activity_id, compare_dpa, compare_id, &self->compare_dpa,
                            &self->compare_dpa_name, error))
    return FALSE;
  return TRUE;
}

/**
 * dk_budget_table_load:
 * @year: the fiscal year, or 0 for the latest
 * @activity: (nullable): the activity's code, or %NULL for the year's first by code
 * @dpa: the DPA version whose budget is shown, or 0 for the latest
 * @compare_dpa: a version to compare the budget with, or 0 for none
 *
 * Returns: (transfer full): the activity's realisation table, the parents summed from
 *   the leaves, or %NULL on error
 */
DkBudgetTable *
dk_budget_table_load (DkStore     *store,
                      int          year,
                      const char  *activity,
                      guint        dpa,
                      guint        compare_dpa,
                      GError     **error)
{
  g_autoptr(DkBudgetTable) self = NULL;
  g_autoptr(GPtrArray) lines = NULL;
  g_autofree char *kode = NULL, *nama = NULL;
  gint64 activity_id, dpa_id, compare_id;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  self = g_object_new (DK_TYPE_BUDGET_TABLE, NULL);
  if (!_dk_budget_find_activity (store, year, activity, &activity_id, &self->year, &kode, &nama, error) ||
      !load_dpa (self, store, activity_id, dpa, compare_dpa, &dpa_id, &compare_id, error) ||
      !(lines = read_lines (store, activity_id, dpa_id, compare_id, error)))
    return NULL;

  self->total = _dk_budget_line_new (kode, nama);
  self->total->is_activity = TRUE;
  g_list_store_append (self->root, self->total);
  build_tree (self, lines);
  if (!roll_up (self->total, error))
    return NULL;
  self->has_monthly = self->total->has_monthly;
  memcpy (self->month, self->total->month, sizeof self->month);
  return g_steal_pointer (&self);
}

int
dk_budget_table_get_year (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), 0);
  return self->year;
}

const char *
dk_budget_table_get_activity (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), NULL);
  return self->total->kode;
}

const char *
dk_budget_table_get_activity_name (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), NULL);
  return self->total->uraian;
}

guint
dk_budget_table_get_dpa (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), 0);
  return self->dpa;
}

const char *
dk_budget_table_get_dpa_name (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), NULL);
  return self->dpa_name;
}

/**
 * dk_budget_table_get_compare_dpa:
 *
 * Returns: the version the budget is compared with, 0 when not comparing
 */
guint
dk_budget_table_get_compare_dpa (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), 0);
  return self->compare_dpa;
}

const char *
dk_budget_table_get_compare_dpa_name (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), NULL);
  return self->compare_dpa_name;
}

guint
dk_budget_table_get_latest_dpa (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), 0);
  return self->latest_dpa;
}

/**
 * dk_budget_table_get_total:
 *
 * Returns: (transfer none): the activity's own row, the sum of its lines
 */
DkBudgetLine *
dk_budget_table_get_total (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), NULL);
  return self->total;
}

/**
 * dk_budget_table_get_root:
 *
 * Returns: (transfer none): a list holding the activity's row, the root of the tree
 */
GListModel *
dk_budget_table_get_root (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), NULL);
  return G_LIST_MODEL (self->root);
}

/**
 * dk_budget_table_get_lines:
 *
 * Returns: (transfer none) (element-type DkBudgetLine): the activity's row, then every
 *   line in hierarchy order, as the report prints them
 */
GPtrArray *
dk_budget_table_get_lines (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), NULL);
  return self->lines;
}

/**
 * dk_budget_table_find:
 *
 * Returns: (transfer none) (nullable): the line of that code, or the activity's row
 */
DkBudgetLine *
dk_budget_table_find (DkBudgetTable *self,
                      const char    *kode)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), NULL);
  for (guint i = 0; i < self->lines->len; i++)
    if (g_str_equal (((DkBudgetLine *) g_ptr_array_index (self->lines, i))->kode, kode))
      return g_ptr_array_index (self->lines, i);
  return NULL;
}

guint
dk_budget_table_get_max_depth (DkBudgetTable *self)
{
  guint depth = 0;

  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), 0);
  for (guint i = 0; i < self->lines->len; i++)
    depth = MAX (depth, ((DkBudgetLine *) g_ptr_array_index (self->lines, i))->depth);
  return depth;
}

/**
 * dk_budget_table_get_split_depth:
 *
 * Returns: the first depth at which the budget splits into more than one line: where a
 *   chart of the lines first compares something (1 when it never splits)
 */
guint
dk_budget_table_get_split_depth (DkBudgetTable *self)
{
  guint max;

  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), 1);
  max = dk_budget_table_get_max_depth (self);
  for (guint d = 1; d <= max; d++)
    {
      g_autoptr(GPtrArray) lines = dk_budget_table_lines_at_depth (self, d);

      if (lines->len > 1)
        return d;
    }
  return 1;
}

/**
 * dk_budget_table_lines_at_depth:
 * @depth: 1 for the top lines
 *
 * Returns: (transfer container) (element-type DkBudgetLine): the lines at that depth,
 *   with the leaves above it, so that together they make the whole budget
 */
GPtrArray *
dk_budget_table_lines_at_depth (DkBudgetTable *self,
                                guint          depth)
{
  GPtrArray *lines = g_ptr_array_new ();

  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), lines);
  for (guint i = 0; i < self->lines->len; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (self->lines, i);

      if (line->depth == depth || (line->depth < depth && dk_budget_line_get_is_leaf (line)))
        g_ptr_array_add (lines, line);
    }
  return lines;
}

gboolean
dk_budget_table_get_has_monthly (DkBudgetTable *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), FALSE);
  return self->has_monthly;
}

/**
 * dk_budget_table_get_month:
 * @month: 1 to 12
 *
 * Returns: the realisation of all lines in that month
 */
gint64
dk_budget_table_get_month (DkBudgetTable *self,
                           guint          month)
{
  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), 0);
  g_return_val_if_fail (month >= 1 && month <= 12, 0);
  return self->month[month - 1];
}

/**
 * dk_budget_table_get_cumulative:
 * @month: 1 to 12
 *
 * Returns: the realisation from January to the end of @month
 */
gint64
dk_budget_table_get_cumulative (DkBudgetTable *self,
                                guint          month)
{
  gint64 sum = 0;

  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), 0);
  g_return_val_if_fail (month >= 1 && month <= 12, 0);
  for (guint m = 0; m < month; m++)
    sum += self->month[m];   /* each month fits: the year's sum did */
  return sum;
}

/**
 * dk_budget_table_get_line_month:
 *
 * Returns: what a line spent in @month, 0 when it has no monthly figures
 */
gint64
dk_budget_table_get_line_month (DkBudgetTable *self,
                                const char    *kode,
                                guint          month)
{
  DkBudgetLine *line;

  g_return_val_if_fail (DK_IS_BUDGET_TABLE (self), 0);
  g_return_val_if_fail (month >= 1 && month <= 12, 0);
  line = dk_budget_table_find (self, kode);
  return line != NULL ? line->month[month - 1] : 0;
}

/**
 * dk_budget_column_title:
 * @kolom: "kode_rekening", "uraian", "anggaran", "realisasi", "persen", "sisa" or "persen_sisa"
 *
 * Returns: the report's heading of a budget column, translated
 */
const char *
dk_budget_column_title (const char *kolom)
{
  if (g_strcmp0 (kolom, "kode_rekening") == 0)
    return C_("column", "Account Code");
  if (g_strcmp0 (kolom, "uraian") == 0)
    return C_("column", "Description");
  if (g_strcmp0 (kolom, "anggaran") == 0)
    return C_("column", "Budget");
  if (g_strcmp0 (kolom, "realisasi") == 0)
    return C_("column", "Realisation");
  if (g_strcmp0 (kolom, "sisa") == 0)
    return C_("column", "Remaining Budget");
  if (g_strcmp0 (kolom, "persen") == 0 || g_strcmp0 (kolom, "persen_sisa") == 0)
    return C_("column", "%");
  return kolom;
}

/* Whether the activity's row stands for a line of its own code, which can carry amounts. */
gboolean
dk_budget_table_has_own_line (DkBudgetTable *self)
{
  return self->own_line;
}
