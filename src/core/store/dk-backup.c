/* dk-backup.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Copies of the database made with sqlite's online backup API: on request ("Back Up…"),
 * and automatically before every import, restore and migration, keeping the last few.
 * A copy is written to a temporary name and renamed, so a failed backup leaves nothing.
 */
#define G_LOG_DOMAIN "dk-backup"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "dk-backup.h"
#include "dk-error.h"
#include "dk-store-internal.h"

static gboolean
copy_database (sqlite3     *from,
               const char  *path,
               GError     **error)
{
  g_autofree char *tmp = g_strconcat (path, ".part", NULL);
  sqlite3 *to = NULL;
  sqlite3_backup *backup;
  int rc;

  g_unlink (tmp);
  if (sqlite3_open_v2 (tmp, &to, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) != SQLITE_OK)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_IO,
                   _("Could not write “%s”: its folder does not exist or may not be written to"), path);
      sqlite3_close (to);
      return FALSE;
    }
  if ((backup = sqlite3_backup_init (to, "main", from, "main")) == NULL)
    rc = sqlite3_errcode (to);
  else
    {
      rc = sqlite3_backup_step (backup, -1);
      sqlite3_backup_finish (backup);
      if (rc == SQLITE_DONE)
        rc = sqlite3_errcode (to);
    }
  /* a copy is one file, whatever the journal mode of the original */
  if (rc == SQLITE_OK || rc == SQLITE_DONE)
    rc = sqlite3_exec (to, "PRAGMA journal_mode = DELETE", NULL, NULL, NULL);
  if (rc != SQLITE_OK && rc != SQLITE_DONE)
    {
      if (rc == SQLITE_FULL)
        g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”: the disk is full"), path);
      else
        g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”: %s"), path, sqlite3_errstr (rc));
      sqlite3_close (to);
      g_unlink (tmp);
      return FALSE;
    }
  sqlite3_close (to);
  if (g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_unlink (tmp);
      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”: %s"), path, g_strerror (saved));
      return FALSE;
    }
  return TRUE;
}

/**
 * dk_backup_dup_dir:
 *
 * Returns: (transfer full): the folder of the automatic backups: `backups` beside the
 *   database
 */
char *
dk_backup_dup_dir (DkStore *store)
{
  g_autofree char *dir = g_path_get_dirname (dk_store_get_path (store));

  return g_build_filename (dir, "backups", NULL);
}

/**
 * dk_backup_to_file:
 * @path: the copy to write; replaced if it exists
 *
 * Writes a consistent copy of the database, even while it is in use.
 */
gboolean
dk_backup_to_file (DkStore     *store,
                   const char  *path,
                   GError     **error)
{
  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  return copy_database (_dk_store_get_db (store), path, error);
}

static char *
stem_of (DkStore *store)
{
  g_autofree char *base = g_path_get_basename (dk_store_get_path (store));
  char *dot = strrchr (base, '.');

  if (dot && dot != base)
    *dot = '\0';
  return g_steal_pointer (&base);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(char **) b, *(char **) a);
}

/**
 * dk_backup_list:
 *
 * Returns: (transfer full): the automatic backups of this database, newest first
 */
GStrv
dk_backup_list (DkStore *store)
{
  g_autofree char *dir = dk_backup_dup_dir (store);
  g_autofree char *stem = stem_of (store);
  g_autofree char *prefix = g_strconcat (stem, "-", NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d && (name = g_dir_read_name (d)))
    if (g_str_has_prefix (name, prefix) && g_str_has_suffix (name, ".db") &&
        strlen (name) > strlen (prefix) + 15 && g_ascii_isdigit (name[strlen (prefix)]))
      g_ptr_array_add (names, g_build_filename (dir, name, NULL));
  g_ptr_array_sort (names, compare_names);
  g_ptr_array_add (names, NULL);
  return (GStrv) g_ptr_array_free (g_steal_pointer (&names), FALSE);
}

/**
 * dk_backup_auto:
 * @reason: a word for the file name: "import", "restore", "migration"
 *
 * Backs the database up into dk_backup_dup_dir() as
 * `<name>-YYYYMMDD-HHMMSS-<reason>.db` and deletes all but the last %DK_BACKUP_KEEP.
 *
 * Returns: (transfer full): the backup's path, or %NULL with @error set
 */
char *
dk_backup_auto (DkStore     *store,
                const char  *reason,
                GError     **error)
{
  g_autofree char *dir = dk_backup_dup_dir (store);
  g_autofree char *stem = stem_of (store);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *path = NULL;
  g_auto(GStrv) all = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  /* a damaged database is not copied over the older, sound backups */
  if (!dk_store_wait_sound (store, error))
    return NULL;
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not create the folder “%s”: %s"),
                   dir, g_strerror (saved));
      return NULL;
    }
  for (guint n = 0; path == NULL || g_file_test (path, G_FILE_TEST_EXISTS); n++)
    {
      g_autofree char *name = n == 0 ? g_strdup_printf ("%s-%s-%s.db", stem, stamp, reason)
                                     : g_strdup_printf ("%s-%s-%s-%u.db", stem, stamp, reason, n);

      g_free (path);
      path = g_build_filename (dir, name, NULL);
    }
  if (!copy_database (_dk_store_get_db (store), path, error))
    return NULL;

  all = dk_backup_list (store);
  for (guint i = DK_BACKUP_KEEP; i < g_strv_length (all); i++)
    g_unlink (all[i]);
  return g_steal_pointer (&path);
}

/* A backup is restored only if it is a sound Dukcapil database this program can read. */
static gboolean
check_backup (const char  *path,
              sqlite3     *db,
              GError     **error)
{
  int version = 0;

  if (!_dk_store_check_file (db, path, TRUE, &version, error))
    {
      g_prefix_error (error, _("Nothing was restored: "));
      return FALSE;
    }
  if (version == 0)
    {
      /* an empty database passes as new, but holds nothing to restore */
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_OURS,
                   _("“%s” is not a Dukcapil database; nothing was restored"), path);
      return FALSE;
    }
  return TRUE;
}

/**
 * dk_backup_restore:
 * @path: a backup
 * @saved_current: (out) (optional) (transfer full): where the database as it was before
 *   the restore was saved
 *
 * Replaces the database's contents with the backup's, after checking the backup is a
 * sound Dukcapil database and backing the current one up. An older backup is brought up
 * to date.
 */
gboolean
dk_backup_restore (DkStore     *store,
                   const char  *path,
                   char       **saved_current,
                   GError     **error)
{
  g_autofree char *saved = NULL;
  sqlite3 *from = NULL;
  sqlite3_backup *backup;
  sqlite3 *db;
  int rc;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("“%s” does not exist or is not a file"), path);
      return FALSE;
    }
  if (sqlite3_open_v2 (path, &from, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK ||
      !check_backup (path, from, error))
    {
      if (error && *error == NULL)
        g_set_error (error, DK_ERROR, DK_ERROR_NOT_OURS,
                     _("“%s” is not a Dukcapil database; nothing was restored"), path);
      sqlite3_close (from);
      return FALSE;
    }

  if (!(saved = dk_backup_auto (store, "restore", error)))
    {
      sqlite3_close (from);
      return FALSE;
    }

  db = _dk_store_get_db (store);
  if ((backup = sqlite3_backup_init (db, "main", from, "main")) == NULL)
    rc = sqlite3_errcode (db);
  else
    {
      rc = sqlite3_backup_step (backup, -1);
      sqlite3_backup_finish (backup);
    }
  sqlite3_close (from);
  if (!_dk_store_rows_done (store, rc, error))
    return FALSE;
  if (!_dk_store_migrate (store, error))
    return FALSE;
  if (saved_current)
    *saved_current = g_steal_pointer (&saved);
  return TRUE;
}
