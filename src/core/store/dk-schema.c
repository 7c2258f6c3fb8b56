/* dk-schema.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schema this program makes, and the objects a database file holds that it did not
 * make: a trigger, a view, a table or an index added by hand (or by malice) would run
 * with the program's writes — a trigger that empties the budget at every IKD insert, one
 * that deletes the history of changes — so the store refuses to write to a file that
 * holds one, and `check` names it.
 *
 * The expected schema is built once, in memory, by running the migrations' SQL: a
 * database migrated from any older version holds exactly the same objects with the same
 * SQL text.
 */
#define G_LOG_DOMAIN "dk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-db-private.h"
#include "dk-store-internal.h"

#define KEY_SEP "\x1f"

/* "CREATE  TABLE x (\n  a …" and "CREATE TABLE x ( a …" are the same object */
static char *
normalize_sql (const char *sql)
{
  GString *out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = sql; *p != '\0'; p++)
    {
      if (g_ascii_isspace (*p))
        {
          space = TRUE;
          continue;
        }
      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      space = FALSE;
      g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

/* type KEY_SEP name → normalized SQL, for every object of @db but sqlite's own */
static GHashTable *
read_objects (sqlite3 *db)
{
  GHashTable *objects = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'",
                          -1, &stmt, NULL) != SQLITE_OK)
    return objects;
  while (sqlite3_step (stmt) == SQLITE_ROW)
    {
      const char *sql = (const char *) sqlite3_column_text (stmt, 2);

      g_hash_table_insert (objects,
                           g_strconcat ((const char *) sqlite3_column_text (stmt, 0), KEY_SEP,
                                        (const char *) sqlite3_column_text (stmt, 1), NULL),
                           sql != NULL ? normalize_sql (sql) : g_strdup (""));
    }
  return objects;
}

static GHashTable *
build_expected (const char *const *resources)
{
  sqlite3 *db = NULL;
  GHashTable *objects;

  if (sqlite3_open_v2 (":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    g_error ("Could not open an in-memory database");
  for (guint i = 0; resources[i] != NULL; i++)
    {
      g_autoptr(GBytes) sql = _dk_store_load_seed (resources[i], NULL);

      if (sql == NULL || sqlite3_exec (db, g_bytes_get_data (sql, NULL), NULL, NULL, NULL) != SQLITE_OK)
        g_error ("The migration %s does not run: %s", resources[i], sqlite3_errmsg (db));
    }
  objects = read_objects (db);
  sqlite3_close (db);
  return objects;
}

static const char *
type_word (const char *type)
{
  if (g_str_equal (type, "trigger"))
    return _("trigger");
  if (g_str_equal (type, "view"))
    return _("view");
  if (g_str_equal (type, "index"))
    return _("index");
  return _("table");
}

/**
 * _dk_schema_list_foreign:
 * @resources: (array zero-terminated=1): the migrations' SQL, in order
 * @code_only: only triggers and views (the objects that run code), for a file not
 *   migrated yet, whose tables are an older version's
 *
 * Returns: (transfer full) (element-type utf8): each object of @db that the program did
 *   not make, or made otherwise, as "trigger “name”"; empty when there is none
 */
GPtrArray *
_dk_schema_list_foreign (sqlite3            *db,
                         const char *const  *resources,
                         gboolean            code_only)
{
  static GHashTable *expected = NULL;
  g_autoptr(GHashTable) found = read_objects (db);
  g_autoptr(GList) keys = NULL;
  GPtrArray *foreign = g_ptr_array_new_with_free_func (g_free);

  if (g_once_init_enter (&expected))
    g_once_init_leave (&expected, build_expected (resources));

  keys = g_list_sort (g_hash_table_get_keys (found), (GCompareFunc) g_strcmp0);
  for (GList *l = keys; l != NULL; l = l->next)
    {
      const char *key = l->data;
      const char *sep = strstr (key, KEY_SEP);
      g_autofree char *type = g_strndup (key, sep - key);
      const char *ours = g_hash_table_lookup (expected, key);

      if (code_only && !g_str_equal (type, "trigger") && !g_str_equal (type, "view"))
        continue;
      if (ours == NULL || !g_str_equal (ours, g_hash_table_lookup (found, key)))
        /* Translators: a database object: "trigger “hapus_anggaran”" */
        g_ptr_array_add (foreign, g_strdup_printf (_("%s “%s”"), type_word (type), sep + strlen (KEY_SEP)));
    }
  return foreign;
}
