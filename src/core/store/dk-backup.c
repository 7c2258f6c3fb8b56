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

#include "dk-atomic-file.h"
#include "dk-backup.h"
#include "dk-error.h"
#include "dk-db-private.h"
#include "dk-store-internal.h"

/* Copies the database into @file's temporary file, with sqlite's online backup API: a
 * consistent copy even while the database is in use. */
static gboolean
copy_into (sqlite3       *from,
           DkAtomicFile  *file,
           const char    *path,
           GError       **error)
{
  sqlite3 *to = NULL;
  sqlite3_backup *backup;
  int rc;

  if (sqlite3_open_v2 (dk_atomic_file_get_temp_path (file), &to, SQLITE_OPEN_READWRITE, NULL) != SQLITE_OK)
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
  sqlite3_close (to);
  if (rc == SQLITE_FULL)
    g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”: the disk is full"), path);
  else if (rc != SQLITE_OK && rc != SQLITE_DONE)
    g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”: %s"), path, sqlite3_errstr (rc));
  return rc == SQLITE_OK || rc == SQLITE_DONE;
}

static gboolean
copy_database (sqlite3     *from,
               const char  *path,
               GError     **error)
{
  g_autoptr(DkAtomicFile) file = dk_atomic_file_new (path, error);

  return file != NULL && copy_into (from, file, path, error) && dk_atomic_file_commit (file, error);
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

  /* a copy of a damaged database would not restore it */
  if (!_dk_store_wait_check (store, error))
    {
      g_prefix_error (error, _("Nothing was backed up: "));
      return FALSE;
    }
  if (dk_store_is_server (store))
    return dk_store_copy_to_file (store, path, error);
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
  g_autoptr(GDir) d = NULL;
  const char *name;

  /* a server's database has no automatic backups of the program's */
  if (dk_store_is_server (store))
    return g_new0 (char *, 1);
  d = g_dir_open (dir, 0, NULL);

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
  g_autoptr(DkAtomicFile) file = NULL;
  g_autoptr(GError) local_error = NULL;
  g_auto(GStrv) all = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  /* a server's database is backed up by its administrator (pg_dump, replication), and a
   * failed import leaves nothing there: its transaction is rolled back */
  if (dk_store_is_server (store))
    return g_strdup ("");
  /* a damaged database is not copied over the older, sound backups */
  if (!_dk_store_wait_check (store, error))
    return NULL;
  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not create the folder “%s”: %s"),
                   dir, g_strerror (saved));
      return NULL;
    }
  path = g_strdup_printf ("%s" G_DIR_SEPARATOR_S "%s-%s-%s.db", dir, stem, stamp, reason);
  if (!(file = dk_atomic_file_new (path, error)) || !copy_into (_dk_store_get_db (store), file, path, error))
    return NULL;
  /* another program's backup of the same second keeps its name: this one takes the next */
  for (guint n = 1; !dk_atomic_file_commit_new (file, &local_error); n++)
    {
      if (!g_error_matches (local_error, G_FILE_ERROR, G_FILE_ERROR_EXIST) || n > 999)
        {
          g_propagate_error (error, g_steal_pointer (&local_error));
          return NULL;
        }
      g_clear_error (&local_error);
      g_free (path);
      path = g_strdup_printf ("%s" G_DIR_SEPARATOR_S "%s-%s-%s-%u.db", dir, stem, stamp, reason, n);
      dk_atomic_file_set_path (file, path);
    }

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

/* A damaged database cannot be copied with sqlite, which reads it: its file (and its
 * write-ahead log) is copied as it is beside the backups, for whoever wants to look. */
static char *
set_damaged_aside (DkStore *store,
                   GError **error)
{
  g_autofree char *dir = dk_backup_dup_dir (store);
  g_autofree char *stem = stem_of (store);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y%m%d-%H%M%S");
  g_autofree char *name = g_strdup_printf ("%s-%s-damaged.db", stem, stamp);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  const char      *suffixes[] = { "", "-wal" };

  if (g_mkdir_with_parents (dir, 0700) != 0)
    {
      int saved = errno;

      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not create the folder “%s”: %s"), dir, g_strerror (saved));
      return NULL;
    }
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *from_path = g_strconcat (dk_store_get_path (store), suffixes[i], NULL);
      g_autofree char *to_path = g_strconcat (path, suffixes[i], NULL);
      g_autoptr(GFile) from = g_file_new_for_path (from_path);
      g_autoptr(GFile) to = g_file_new_for_path (to_path);

      if (g_file_test (from_path, G_FILE_TEST_EXISTS) &&
          !g_file_copy (from, to, G_FILE_COPY_NONE, NULL, NULL, NULL, error))
        return NULL;
    }
  return g_steal_pointer (&path);
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
dk_backup_restore (DkStore    *store,
                   const char *path,
                   char      **saved_current,
                   GError    **error)
{
  g_autofree char *saved = NULL;
  sqlite3         *from = NULL;
  sqlite3_backup  *backup;
  sqlite3         *db;
  int              rc;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (dk_store_is_server (store))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("The database is on a server: a file is put back there with `dukcapil-cli server copy "
                      "--from FILE --to SERVER`, by the server’s administrator; nothing was restored"));
      return FALSE;
    }
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

  saved = _dk_store_is_damaged (store) ? set_damaged_aside (store, error) : dk_backup_auto (store, "restore", error);
  if (saved == NULL)
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
  _dk_store_set_restored (store);
  if (!_dk_store_migrate (store, error))
    return FALSE;
  if (saved_current)
    *saved_current = g_steal_pointer (&saved);
  return TRUE;
}
