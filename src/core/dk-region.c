/* dk-region.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-region"

#include "config.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dk-csv.h"
#include "dk-error.h"
#include "dk-region.h"
#include "dk-store-private.h"

static const char *level_names[] = { "provinsi", "kabkota", "kecamatan", "desa" };

const char *
dk_region_level_to_string (DkRegionLevel level)
{
  g_return_val_if_fail (level >= DK_REGION_LEVEL_PROVINSI && level <= DK_REGION_LEVEL_DESA, NULL);
  return level_names[level];
}

DkRegionLevel
dk_region_level_from_string (const char *str)
{
  for (guint i = 0; i < G_N_ELEMENTS (level_names); i++)
    if (g_strcmp0 (str, level_names[i]) == 0)
      return (DkRegionLevel) i;
  return DK_REGION_LEVEL_INVALID;
}

/* Digits per part of a code: 13 . 01 . 01 . 2001 */
static const guint part_digits[] = { 2, 2, 2, 4 };

/**
 * dk_region_level_of_code:
 * @kode: a dotted Kemendagri code
 *
 * Returns: the level of @kode, or %DK_REGION_LEVEL_INVALID if it is not well formed
 */
DkRegionLevel
dk_region_level_of_code (const char *kode)
{
  g_auto(GStrv) parts = NULL;
  guint n;

  if (kode == NULL || *kode == '\0')
    return DK_REGION_LEVEL_INVALID;

  parts = g_strsplit (kode, ".", -1);
  n = g_strv_length (parts);
  if (n > G_N_ELEMENTS (part_digits))
    return DK_REGION_LEVEL_INVALID;
  for (guint i = 0; i < n; i++)
    {
      if (strlen (parts[i]) != part_digits[i])
        return DK_REGION_LEVEL_INVALID;
      for (const char *c = parts[i]; *c; c++)
        if (!g_ascii_isdigit (*c))
          return DK_REGION_LEVEL_INVALID;
    }
  return (DkRegionLevel) (n - 1);
}

/**
 * dk_region_parent_code:
 * @kode: a dotted Kemendagri code
 *
 * Returns: (transfer full) (nullable): the code of the region that contains @kode, or
 *   %NULL for a province
 */
char *
dk_region_parent_code (const char *kode)
{
  const char *dot;

  g_return_val_if_fail (kode != NULL, NULL);

  dot = strrchr (kode, '.');
  return dot != NULL ? g_strndup (kode, dot - kode) : NULL;
}

/**
 * dk_region_report_name:
 * @nama: the official name, e.g. "Kabupaten Pesisir Selatan" or "Kota Padang"
 * @level: its level
 *
 * Gives the name as the province's reports print it: upper case, with "Kabupaten"
 * dropped and "Kota" kept ("PESISIR SELATAN", "KOTA PADANG").
 *
 * Returns: (transfer full): the report's name
 */
char *
dk_region_report_name (const char    *nama,
                       DkRegionLevel  level)
{
  const char *name = nama;

  g_return_val_if_fail (nama != NULL, NULL);

  if (level == DK_REGION_LEVEL_KABKOTA && g_str_has_prefix (name, "Kabupaten "))
    name += strlen ("Kabupaten ");
  /* nearly every name is ASCII, and the registry has 91,599 of them */
  for (const char *p = name; *p; p++)
    if ((guchar) *p >= 0x80)
      return g_utf8_strup (name, -1);
  return g_ascii_strup (name, -1);
}

void
dk_region_free (DkRegion *region)
{
  if (region == NULL)
    return;
  g_free (region->kode);
  g_free (region->nama);
  g_free (region->wilayah);
  g_free (region);
}

static DkRegion *
region_from_row (sqlite3_stmt *stmt)
{
  DkRegion *r = g_new0 (DkRegion, 1);

  r->kode = _dk_stmt_dup_text (stmt, 0);
  r->nama = _dk_stmt_dup_text (stmt, 1);
  r->level = dk_region_level_from_string ((const char *) sqlite3_column_text (stmt, 2));
  r->wilayah = dk_region_report_name (r->nama, r->level);
  return r;
}

/* The regions a query (kode, nama, tingkat) gives, in its order. */
static GPtrArray *
collect_regions (DkStore       *store,
                 sqlite3_stmt  *stmt,
                 GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_region_free);
  int rc;

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (list, region_from_row (stmt));
  if (rc != SQLITE_DONE)
    {
      _dk_store_set_error (store, error);
      return NULL;
    }
  return g_steal_pointer (&list);
}

/**
 * dk_region_list_children:
 * @parent: a region code; "" for the provinces, the country's children
 *
 * Returns: (transfer full) (element-type DkRegion): the regions directly under @parent,
 *   in code order
 */
GPtrArray *
dk_region_list_children (DkStore     *store,
                         const char  *parent,
                         GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store, "SELECT kode, nama, tingkat FROM region WHERE induk IS ?1 ORDER BY kode", error);
  if (stmt == NULL)
    return NULL;
  if (parent != NULL && *parent != '\0')
    sqlite3_bind_text (stmt, 1, parent, -1, SQLITE_TRANSIENT);
  return collect_regions (store, stmt, error);
}

/**
 * dk_region_list_descendants:
 * @parent: a region code; "" for the whole country
 *
 * Returns: (transfer full) (element-type DkRegion): every region under @parent, at any
 *   level, in code order
 */
GPtrArray *
dk_region_list_descendants (DkStore     *store,
                            const char  *parent,
                            GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store,
                            "SELECT kode, nama, tingkat FROM region "
                            "WHERE ?1 = '' OR (kode > ?1 || '.' AND kode < ?1 || '/') ORDER BY kode", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, parent != NULL ? parent : "", -1, SQLITE_TRANSIENT);
  return collect_regions (store, stmt, error);
}

/**
 * dk_region_lookup:
 *
 * Returns: (transfer full): the region of code @kode, or %NULL with %DK_ERROR_NOT_FOUND
 */
DkRegion *
dk_region_lookup (DkStore     *store,
                  const char  *kode,
                  GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store, "SELECT kode, nama, tingkat FROM region WHERE kode = ?1", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_text (stmt, 1, kode, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);
  if (rc == SQLITE_ROW)
    return region_from_row (stmt);
  if (rc == SQLITE_DONE)
    g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("Unknown region code “%s”"), kode);
  else
    _dk_store_set_error (store, error);
  return NULL;
}

/* The report's name of a region from two result columns: its name at @column and its
 * level at @column + 1. */
char *
_dk_stmt_dup_region_name (sqlite3_stmt *stmt,
                          int           column)
{
  return dk_region_report_name ((const char *) sqlite3_column_text (stmt, column),
                                dk_region_level_from_string ((const char *) sqlite3_column_text (stmt, column + 1)));
}

gboolean
_dk_region_seed (DkStore  *self,
                 GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gsize len;
  const char *data;

  if (!(bytes = _dk_store_load_seed ("seed/wilayah-13.csv", error)))
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!(records = dk_csv_parse (data, len, ',', error)))
    return FALSE;
  if (!(stmt = _dk_store_prepare (self,
                                  "INSERT INTO region (kode, nama, tingkat, induk) "
                                  "VALUES (?1, ?2, ?3, ?4)", error)))
    return FALSE;

  /* Record 0 is the header: kode,nama,tingkat; parents come before their children. */
  for (guint i = 1; i < records->len; i++)
    {
      DkCsvRecord *r = g_ptr_array_index (records, i);
      g_autofree char *parent = dk_region_parent_code (r->fields[0]);

      g_assert (r->n_fields == 3);
      sqlite3_bind_text (stmt, 1, r->fields[0], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 2, r->fields[1], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 3, r->fields[2], -1, SQLITE_TRANSIENT);
      sqlite3_bind_text (stmt, 4, parent, -1, SQLITE_TRANSIENT);
      if (!_dk_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}
