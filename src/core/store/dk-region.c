/* dk-region.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-region"

#include "config.h"

#include <string.h>

#include <gio/gio.h>
#include <glib/gi18n-lib.h>

#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-region.h"
#include "dk-store-internal.h"

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
region_from_row (DkDbStmt *stmt)
{
  DkRegion *r = g_new0 (DkRegion, 1);

  r->kode = _dk_stmt_dup_text (stmt, 0);
  r->nama = _dk_stmt_dup_text (stmt, 1);
  r->level = dk_region_level_from_string (dk_db_column_text (stmt, 2));
  r->wilayah = dk_region_report_name (r->nama, r->level);
  r->penduduk = dk_db_column_count (stmt) > 3 && !dk_db_column_is_null (stmt, 3)
                    ? dk_db_column_int64 (stmt, 3)
                    : -1;
  return r;
}

/* The regions a query (kode, nama, tingkat) gives, in its order. */
static GPtrArray *
collect_regions (DkStore  *store,
                 DkDbStmt *stmt,
                 GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_region_free);
  int rc;

  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    g_ptr_array_add (list, region_from_row (stmt));
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
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
  g_autoptr(DkDbStmt) stmt = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store, "SELECT kode, nama, tingkat FROM region "
                                   "WHERE induk = ?1 OR (induk IS NULL AND ?1 IS NULL) ORDER BY kode",
                            error);
  if (stmt == NULL)
    return NULL;
  if (parent != NULL && *parent != '\0')
    dk_db_bind_text (stmt, 1, parent);
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
  g_autoptr(DkDbStmt) stmt = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store,
                            "SELECT kode, nama, tingkat FROM region "
                            "WHERE ?1 = '' OR (kode > ?1 || '.' AND kode < ?1 || '/') ORDER BY kode", error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_text (stmt, 1, parent != NULL ? parent : "");
  return collect_regions (store, stmt, error);
}

/**
 * dk_region_is_country:
 * @kode: (nullable): a region code
 *
 * Returns: whether @kode stands for the whole country: %NULL, "" or "0" (as the population
 *   data codes Indonesia)
 */
gboolean
dk_region_is_country (const char *kode)
{
  return kode == NULL || *kode == '\0' || g_str_equal (kode, "0");
}

/**
 * dk_region_list:
 * @parent: (nullable): a region code; %NULL, "" or "0" for the whole country
 * @level: the level of the regions wanted, or %DK_REGION_LEVEL_INVALID for the regions
 *   directly under @parent
 *
 * Lists the regions of a level under a region, each with its latest population where it
 * is known (#DkRegion.penduduk, else -1).
 *
 * Returns: (transfer full) (element-type DkRegion): the regions in code order; none when
 *   @level is not below @parent's
 */
GPtrArray *
dk_region_list (DkStore        *store,
                const char     *parent,
                DkRegionLevel   level,
                GError        **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  const char *scope = dk_region_is_country (parent) ? "" : parent;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  g_return_val_if_fail (level >= DK_REGION_LEVEL_INVALID && level <= DK_REGION_LEVEL_DESA, NULL);

  if (level == DK_REGION_LEVEL_INVALID)
    {
      DkRegionLevel parent_level = *scope == '\0' ? DK_REGION_LEVEL_INVALID : dk_region_level_of_code (scope);

      if (*scope != '\0' && parent_level == DK_REGION_LEVEL_INVALID)
        return g_ptr_array_new_with_free_func ((GDestroyNotify) dk_region_free);
      if (parent_level == DK_REGION_LEVEL_DESA)
        return g_ptr_array_new_with_free_func ((GDestroyNotify) dk_region_free);
      level = (DkRegionLevel) (parent_level + 1);
    }
  stmt = _dk_store_prepare (store,
                            "SELECT r.kode, r.nama, r.tingkat, "
                            "  (SELECT p.total FROM penduduk p WHERE p.kode = r.kode ORDER BY p.per DESC LIMIT 1) "
                            "FROM region r "
                            "WHERE r.tingkat = ?2 AND (?1 = '' OR (r.kode > ?1 || '.' AND r.kode < ?1 || '/')) "
                            "ORDER BY r.kode", error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_text (stmt, 1, scope);
  dk_db_bind_text (stmt, 2, level_names[level]);
  return collect_regions (store, stmt, error);
}

/**
 * dk_region_get_population:
 * @kode: (nullable): a region code; %NULL, "" or "0" for the whole country
 * @population: (out caller-allocates): its figures
 *
 * The region's latest known population.
 *
 * Returns: %TRUE if it is known; %FALSE with %DK_ERROR_NOT_FOUND if not, or another error
 */
gboolean
dk_region_get_population (DkStore       *store,
                          const char    *kode,
                          DkPopulation  *population,
                          GError       **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (population != NULL, FALSE);

  stmt = _dk_store_prepare (store,
                            "SELECT per, laki_laki, perempuan, total FROM penduduk WHERE kode = ?1 "
                            "ORDER BY per DESC LIMIT 1", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, dk_region_is_country (kode) ? "0" : kode);
  rc = dk_db_step (stmt);
  if (rc == DK_DB_ROW)
    {
      g_strlcpy (population->as_of, dk_db_column_text (stmt, 0), sizeof population->as_of);
      population->laki_laki = dk_db_column_int64 (stmt, 1);
      population->perempuan = dk_db_column_int64 (stmt, 2);
      population->total = dk_db_column_int64 (stmt, 3);
      return TRUE;
    }
  if (rc == DK_DB_DONE)
    g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("The population of %s is not known"),
                 dk_region_is_country (kode) ? "Indonesia" : kode);
  else
    _dk_store_set_error (store, error);
  return FALSE;
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
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  stmt = _dk_store_prepare (store, "SELECT kode, nama, tingkat FROM region WHERE kode = ?1", error);
  if (stmt == NULL)
    return NULL;
  dk_db_bind_text (stmt, 1, kode);
  rc = dk_db_step (stmt);
  if (rc == DK_DB_ROW)
    return region_from_row (stmt);
  if (rc == DK_DB_DONE)
    g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("Unknown region code “%s”"), kode);
  else
    _dk_store_set_error (store, error);
  return NULL;
}

/* The report's name of a region from two result columns: its name at @column and its
 * level at @column + 1. */
char *
_dk_stmt_dup_region_name (DkDbStmt *stmt,
                          int       column)
{
  return dk_region_report_name (dk_db_column_text (stmt, column),
                                dk_region_level_from_string (dk_db_column_text (stmt, column + 1)));
}

gboolean
_dk_region_seed (DkStore  *self,
                 GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(DkDbStmt) stmt = NULL;
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
      dk_db_bind_text (stmt, 1, r->fields[0]);
      dk_db_bind_text (stmt, 2, r->fields[1]);
      dk_db_bind_text (stmt, 3, r->fields[2]);
      dk_db_bind_text (stmt, 4, parent);
      if (!_dk_store_step_done (self, stmt, error))
        return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------ the national registry */

typedef struct
{
  const char *str;
  int         len;
} Field;

/* The level told by a code of @len bytes, as dk_region_level_of_code(), without copies. */
static DkRegionLevel
level_of_code_len (const char *kode,
                   int         len)
{
  guint part = 0, digits = 0;

  for (int i = 0; i < len; i++)
    {
      if (kode[i] == '.')
        {
          if (digits != part_digits[part] || ++part >= G_N_ELEMENTS (part_digits))
            return DK_REGION_LEVEL_INVALID;
          digits = 0;
        }
      else if (g_ascii_isdigit (kode[i]))
        digits++;
      else
        return DK_REGION_LEVEL_INVALID;
    }
  return len > 0 && digits == part_digits[part] ? (DkRegionLevel) part : DK_REGION_LEVEL_INVALID;
}

/* Reads the fields of the line at *@pos (LF or CRLF ends), moving *@pos to the next line.
 * A field in double quotes may hold commas and doubled quotes; it is unquoted into
 * @scratch, which must be big enough for the line (so that it never moves).
 * Returns: the number of fields, of which the first @max are in @fields */
static guint
read_line (const char **pos,
           const char  *end,
           Field       *fields,
           guint        max,
           char        *scratch)
{
  const char *p = *pos;
  char *out = scratch;
  guint n = 0;

  while (p < end)
    {
      Field f;

      if (*p == '"')
        {
          f.str = out;
          for (p++; p < end; p++)
            {
              if (*p == '"')
                {
                  if (p + 1 < end && p[1] == '"')
                    p++;
                  else
                    {
                      p++;
                      break;
                    }
                }
              *out++ = *p;
            }
          f.len = (int) (out - f.str);
          while (p < end && *p != ',' && *p != '\n')   /* anything after the closing quote */
            p++;
        }
      else
        {
          f.str = p;
          while (p < end && *p != ',' && *p != '\n')
            p++;
          f.len = (int) (p - f.str);
          if (f.len > 0 && f.str[f.len - 1] == '\r')
            f.len--;
        }
      if (n < max)
        fields[n] = f;
      n++;
      if (p < end && *p == ',')
        p++;
      else
        break;
    }
  *pos = p < end ? p + 1 : end;
  return n;
}

static const char *
level_name_of_field (const Field *f)
{
  for (guint i = 0; i < G_N_ELEMENTS (level_names); i++)
    if ((int) strlen (level_names[i]) == f->len && memcmp (level_names[i], f->str, f->len) == 0)
      return level_names[i];
  return NULL;
}

/* Adds the lines of the registry at @pos with @stmt. */
static gboolean
insert_regions (DkStore    *self,
                DkDbStmt   *stmt,
                const char *pos,
                const char *end,
                char       *scratch,
                guint      *n,
                GError    **error)
{
  for (guint line = 2; pos < end; line++)
    {
      Field f[3];
      guint n_fields = read_line (&pos, end, f, 3, scratch);
      DkRegionLevel level;
      const char *tingkat;
      const char *dot;

      if (n_fields == 1 && f[0].len == 0)
        continue;   /* a blank line */
      level = n_fields == 3 ? level_of_code_len (f[0].str, f[0].len) : DK_REGION_LEVEL_INVALID;
      tingkat = n_fields == 3 ? level_name_of_field (&f[2]) : NULL;
      if (level == DK_REGION_LEVEL_INVALID || tingkat == NULL || level_names[level] != tingkat || f[1].len == 0)
        g_error ("The shipped region registry is malformed at line %u", line);

      for (dot = f[0].str + f[0].len - 1; dot > f[0].str && *dot != '.'; dot--)
        ;
      if (stmt == NULL)
        {
          /* the server's COPY */
          g_autofree char *kode = g_strndup (f[0].str, f[0].len);
          g_autofree char *nama = g_strndup (f[1].str, f[1].len);
          g_autofree char *induk = *dot == '.' ? g_strndup (f[0].str, dot - f[0].str) : NULL;
          const char *values[] = { kode, nama, tingkat, induk };

          if (!_dk_store_bulk_row (self, G_N_ELEMENTS (values), values, error))
            return FALSE;
          (*n)++;
          continue;
        }
      dk_db_bind_text_len (stmt, 1, f[0].str, f[0].len);
      dk_db_bind_text_len (stmt, 2, f[1].str, f[1].len);
      dk_db_bind_text (stmt, 3, tingkat);
      if (*dot == '.')
        dk_db_bind_text_len (stmt, 4, f[0].str, (int) (dot - f[0].str));
      if (!_dk_store_step_done (self, stmt, error))
        {
          g_autofree char *kode = g_strndup (f[0].str, f[0].len);

          g_prefix_error (error, _("Region %s: "), kode);
          return FALSE;
        }
      (*n)++;
    }
  return TRUE;
}

/* On a server: the registry copied into a table of the transaction, then added. */
static gboolean
seed_national_on_server (DkStore     *self,
                         const char  *pos,
                         const char  *end,
                         char        *scratch,
                         guint       *n,
                         GError     **error)
{
  gboolean ok;

  if (!_dk_store_exec (self,
                       "CREATE TEMPORARY TABLE region_seed (kode text COLLATE \"C\", nama text, tingkat text, "
                       "induk text) ON COMMIT DROP",
                       error) ||
      !_dk_store_bulk_begin (self, NULL, "COPY region_seed (kode, nama, tingkat, induk) FROM STDIN", error))
    return FALSE;
  ok = insert_regions (self, NULL, pos, end, scratch, n, error);
  if (!_dk_store_bulk_end (self, ok ? error : NULL) || !ok)
    return FALSE;
  return _dk_store_exec (self,
                         "INSERT INTO region (kode, nama, tingkat, induk) "
                         "SELECT kode, nama, tingkat, induk FROM region_seed ORDER BY kode "
                         "ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama WHERE region.nama <> excluded.nama",
                         error);
}

/* The whole country's registry (seed/wilayah.csv, 91,599 regions), added to the regions
 * already there in the migration's transaction: an existing code keeps its row, and takes
 * the official name if it had another. The file is in code order, so every parent comes
 * before its children; one prepared statement, parameters bound without copies. */
gboolean
_dk_region_seed_national (DkStore  *self,
                          GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autofree char *scratch = NULL;
  const char *data, *pos, *end;
  gsize len;
  guint n = 0;
  gboolean ok;
  gint64 t0 = g_get_monotonic_time ();
  Field h[3];

  if (!(bytes = _dk_store_load_seed ("seed/wilayah.csv", error)))
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  pos = data;
  end = data + len;
  scratch = g_malloc (len + 1);
  /* the header: kode,nama,tingkat */
  if (read_line (&pos, end, h, 3, scratch) != 3 || h[0].len != 4 || memcmp (h[0].str, "kode", 4) != 0)
    g_error ("The shipped region registry has no header");
  if (dk_store_is_server (self))
    return seed_national_on_server (self, pos, end, scratch, &n, error);

  /* The registry is about 7 MB of pages: kept in memory until the commit rather than
   * spilled to the journal on the way (sqlite's default cache is 2 MB).
   * The table's CHECK on tingkat is an IN list, for which sqlite builds a small table at
   * every row: 0.4 s of the load. The statement is compiled and run without the CHECKs
   * (a change of the setting would recompile it with them); every row is checked here
   * instead: its level told by its code and equal to the file's, its parent its code less
   * the last part. The foreign key is still enforced. */
  if (!_dk_store_exec (self, "PRAGMA cache_size = -65536; PRAGMA ignore_check_constraints = ON; "
                       "DROP INDEX region_induk", error))
    return FALSE;
  stmt = _dk_store_prepare (self,
                            "INSERT INTO region (kode, nama, tingkat, induk) VALUES (?1, ?2, ?3, ?4) "
                            "ON CONFLICT (kode) DO UPDATE SET nama = excluded.nama "
                            "WHERE region.nama <> excluded.nama",
                            error);
  ok = stmt != NULL && insert_regions (self, stmt, pos, end, scratch, &n, error);
  g_clear_pointer (&stmt, dk_db_stmt_free);
  if (!_dk_store_exec (self, "PRAGMA ignore_check_constraints = OFF; PRAGMA cache_size = -2000",
                       ok ? error : NULL))
    return FALSE;
  g_debug ("Inserted %u regions in %.1f ms", n, (g_get_monotonic_time () - t0) / 1000.0);
  if (ok && !_dk_store_exec (self, "CREATE INDEX region_induk ON region (induk, kode)", error))
    return FALSE;
  g_debug ("Registered %u regions in %.1f ms", n, (g_get_monotonic_time () - t0) / 1000.0);
  return ok;
}

/* The population of Indonesia, its provinces and kabupaten/kota at the end of 2024. */
gboolean
_dk_region_seed_population (DkStore  *self,
                            GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(DkDbStmt) stmt = NULL;
  const char *data;
  gsize len;

  if (!(bytes = _dk_store_load_seed ("seed/penduduk-dkb-2024s2.csv", error)))
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!(records = dk_csv_parse (data, len, ',', error)))
    return FALSE;
  if (!(stmt = _dk_store_prepare (self,
                                  "INSERT INTO penduduk (kode, per, laki_laki, perempuan, total, sumber) "
                                  "VALUES (?1, ?2, ?3, ?4, ?5, ?6)", error)))
    return FALSE;
  /* kode,nama,tingkat,laki_laki,perempuan,total */
  for (guint i = 1; i < records->len; i++)
    {
      DkCsvRecord *r = g_ptr_array_index (records, i);
      gint64 values[3];

      if (r->n_fields != 6 ||
          !dk_parse_plain_int (r->fields[3], &values[0]) ||
          !dk_parse_plain_int (r->fields[4], &values[1]) ||
          !dk_parse_plain_int (r->fields[5], &values[2]))
        g_error ("The shipped population table is malformed at line %u", r->line);
      dk_db_bind_text (stmt, 1, r->fields[0]);
      dk_db_bind_text (stmt, 2, DK_POPULATION_DKB_2024S2_AS_OF);
      for (guint j = 0; j < 3; j++)
        dk_db_bind_int64 (stmt, 3 + j, values[j]);
      dk_db_bind_text (stmt, 6, "Data Kependudukan Semester II 2024, Ditjen Dukcapil");
      if (!_dk_store_step_done (self, stmt, error))
        {
          g_prefix_error (error, _("Region %s: "), r->fields[0]);
          return FALSE;
        }
    }
  return TRUE;
}
