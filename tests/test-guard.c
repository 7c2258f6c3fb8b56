/* test-guard.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The guards of the database and of the files written (issue 15): objects added to the
 * database by hand, damaged pages and indexes, restore onto a damaged database, writers
 * racing, protected, linked and long-named files, and what a killed writer leaves.
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include "dk-atomic-file.h"
#include "dk-backup.h"
#include "dk-blangko-private.h"
#include "dk-budget.h"
#include "dk-check.h"
#include "dk-domains.h"
#include "dk-error.h"
#include "dk-ikd.h"
#include "dk-store-internal.h"
#include "dk-test-util.h"

/* An unprivileged user for the tests of protected files: CI runs as root, whom no file
 * protection stops. */
#define NOBODY 65534

static const char *const budget_and_history[] = {
  "SELECT count(*) FROM anggaran_baris",
  "SELECT count(*) FROM anggaran_nilai",
  "SELECT count(*) FROM riwayat",
  "SELECT group_concat (tahun || ':' || target_bp) FROM ikd_target",
};

static void
exec_raw (const char *address,
          const char *sql)
{
  g_autofree char *message = dk_test_exec_sql (address, sql);

  if (message != NULL)
    g_error ("%s: %s", sql, message);
}

static int
query_int (const char *address,
           const char *sql)
{
  g_autofree char *text = dk_test_query_text (address, sql);

  g_assert_cmpstr (text, !=, "");
  return atoi (text);
}

/* ---------------------------------------------------------- foreign objects */

/* A trigger added by hand that would empty the budget at every IKD insert, and one
 * that would wipe the history: writes are refused, naming them, nothing changes, and
 * `check` lists them. */
static void
test_foreign_triggers (void)
{
  if (dk_test_engine_is_pg ())
    {
      g_test_skip ("Objects added by hand to a sqlite file; a server guards its database by roles");
      return;
    }

  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  guint n_foreign = 0;

  g_clear_object (&(DkStore *){ dk_test_fresh_store (dir) });
  exec_raw (path, "CREATE TRIGGER hapus_anggaran AFTER INSERT ON ikd_value BEGIN DELETE FROM anggaran_nilai; END;"
                  "CREATE TRIGGER hapus_riwayat AFTER INSERT ON riwayat BEGIN DELETE FROM riwayat; END;"
                  "CREATE VIEW ringkas AS SELECT kode FROM region");
  before = dk_test_dump_queries (path, budget_and_history, G_N_ELEMENTS (budget_and_history));

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (dk_budget_add_year (store, 2031, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "hapus_anggaran"));
  g_clear_error (&error);
  /* a write outside a transaction is refused by the same guard */
  g_assert_false (dk_ikd_set_target_bp (store, 2031, 2500, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_REFUSED);
  g_clear_error (&error);

  findings = dk_check_run (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    {
      DkFinding *f = g_ptr_array_index (findings, i);

      if (strstr (f->message, "hapus_anggaran") || strstr (f->message, "hapus_riwayat") ||
          strstr (f->message, "ringkas"))
        n_foreign++;
    }
  g_assert_cmpuint (n_foreign, ==, 3);
  g_clear_object (&store);

  after = dk_test_dump_queries (path, budget_and_history, G_N_ELEMENTS (budget_and_history));
  g_assert_cmpstr (before, ==, after);

  /* removed, the database is written again */
  exec_raw (path, "DROP TRIGGER hapus_anggaran; DROP TRIGGER hapus_riwayat; DROP VIEW ringkas");
  store = dk_domains_open (path, &error);
  g_assert_true (dk_ikd_set_target_bp (store, 2031, 2500, &error));
  g_assert_no_error (error);
  dk_test_rm_rf (dir);
}

/* Our own trigger, changed by hand, is not ours any more. */
static void
test_changed_trigger (void)
{
  if (dk_test_engine_is_pg ())
    {
      g_test_skip ("A trigger changed by hand in a sqlite file; a server guards its database by roles");
      return;
    }

  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;

  g_clear_object (&(DkStore *){ dk_test_fresh_store (dir) });
  exec_raw (path, "DROP TRIGGER penduduk_region;"
                  "CREATE TRIGGER penduduk_region BEFORE INSERT ON penduduk BEGIN DELETE FROM region; END;");
  store = dk_domains_open (path, &error);
  g_assert_false (dk_ikd_set_target_bp (store, 2031, 2500, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_REFUSED);
  g_assert_nonnull (strstr (error->message, "penduduk_region"));
  dk_test_rm_rf (dir);
}

/* The connection runs with sqlite's defences on and untrusted schema code. */
static void
test_defensive (void)
{
  if (dk_test_engine_is_pg ())
    {
      g_test_skip ("sqlite's defences of a file's connection");
      return;
    }

  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  sqlite3 *db = _dk_store_get_db (store);
  int on = -1;

  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_DEFENSIVE, -1, &on), ==, SQLITE_OK);
  g_assert_cmpint (on, ==, 1);
  g_assert_cmpint (sqlite3_db_config (db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, -1, &on), ==, SQLITE_OK);
  g_assert_cmpint (on, ==, 0);
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* ------------------------------------------------------------------ damage */

static void
garble_page (const char *path,
             const char *table,
             gboolean    whole)
{
  g_autoptr(GBytes) bytes = dk_test_file_bytes (path);
  gsize len = g_bytes_get_size (bytes);
  g_autofree char *data = g_memdup2 (g_bytes_get_data (bytes, NULL), len);
  g_autofree char *sql = NULL;
  int page_size = query_int (path, "SELECT page_size FROM pragma_page_size");
  int page;

  if (whole)
    {
      sql = g_strdup_printf ("SELECT rootpage FROM sqlite_schema WHERE name = '%s'", table);
      page = query_int (path, sql);
      memset (data + (gsize) (page - 1) * page_size, 0xa5, page_size);
    }
  else
    {
      /* an index leaf whose keys change, digit for digit: every page stays well formed,
       * only the index no longer matches its table */
      sql = g_strdup_printf ("SELECT pageno FROM dbstat WHERE name = '%s' AND pagetype = 'leaf' "
                             "ORDER BY pageno LIMIT 1 OFFSET 3", table);
      page = query_int (path, sql);
      for (char *p = data + (gsize) page * page_size - page_size / 2; p < data + (gsize) page * page_size; p++)
        if (*p >= '1' && *p <= '8')
          *p = *p + 1;
    }
  g_assert_true (g_file_set_contents (path, data, len, NULL));
}

/* An index that no longer matches its table passes sqlite's quick page check; the store's
 * full check finds it, and nothing is written, no backup made. */
static void
test_damaged_index (void)
{
  if (dk_test_engine_is_pg ())
    {
      g_test_skip ("Damaged pages of a sqlite file");
      return;
    }

  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;
  g_autoptr(GBytes) before = NULL, after = NULL;
  g_autofree char *backup = NULL;

  g_clear_object (&(DkStore *){ dk_test_fresh_store (dir) });
  exec_raw (path, "PRAGMA journal_mode = DELETE");
  garble_page (path, "region_induk", FALSE);
  g_assert_cmpint (query_int (path, "SELECT quick_check = 'ok' FROM pragma_quick_check"), ==, 1);
  exec_raw (path, "PRAGMA journal_mode = WAL");
  before = dk_test_file_bytes (path);

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (dk_store_wait_sound (store, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  g_clear_error (&error);
  g_assert_false (dk_ikd_set_target_bp (store, 2031, 2500, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  backup = dk_backup_auto (store, "import", &error);
  g_assert_null (backup);
  g_clear_error (&error);
  /* nor a copy asked for: it would not restore the database */
  backup = g_build_filename (dir, "copy.db", NULL);
  g_assert_false (dk_backup_to_file (store, backup, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  g_assert_false (g_file_test (backup, G_FILE_TEST_EXISTS));
  g_clear_error (&error);
  g_clear_object (&store);
  after = dk_test_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  dk_test_rm_rf (dir);
}

/* Restoring is what a damaged database needs: the damaged file is set aside as it is,
 * the backup's contents replace it, and it is written again. */
static void
test_restore_onto_damaged (void)
{
  if (dk_test_engine_is_pg ())
    {
      g_test_skip ("Restoring a backup file onto a damaged sqlite file");
      return;
    }

  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autofree char *good = g_build_filename (dir, "good.db", NULL);
  g_autofree char *saved = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  int n_m2m;

  g_assert_true (dk_backup_to_file (store, good, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  n_m2m = query_int (good, "SELECT count(*) FROM m2m_value");
  g_assert_cmpint (n_m2m, >, 0);

  garble_page (path, "m2m_value", TRUE);
  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_assert_false (dk_store_wait_sound (store, &error));
  g_clear_error (&error);

  g_assert_true (dk_backup_restore (store, good, &saved, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (saved, "damaged"));
  g_assert_true (g_file_test (saved, G_FILE_TEST_IS_REGULAR));
  g_assert_true (dk_store_wait_sound (store, &error));
  g_assert_true (dk_ikd_set_target_bp (store, 2031, 2500, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  g_assert_cmpint (query_int (path, "SELECT count(*) FROM m2m_value"), ==, n_m2m);
  g_assert_cmpint (query_int (path, "SELECT integrity_check = 'ok' FROM pragma_integrity_check"), ==, 1);
  dk_test_rm_rf (dir);
}

/* A file of no bytes is refused and left as it is, not seeded as a new database. */
static void
test_empty_file_refused (void)
{
  if (dk_test_engine_is_pg ())
    {
      g_test_skip ("An empty file given as the database");
      return;
    }

  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "kosong.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (path, "", 0, NULL));
  store = dk_domains_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  g_assert_nonnull (strstr (error->message, "empty"));
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_size, ==, 0);
  dk_test_rm_rf (dir);
}

/* ------------------------------------------------------------------- files */

static void
write_atomically (const char  *path,
                  const char  *text,
                  GError     **error)
{
  g_autoptr(DkAtomicFile) file = dk_atomic_file_new (path, error);

  if (file == NULL)
    return;
  fputs (text, dk_atomic_file_get_stream (file));
  dk_atomic_file_commit (file, error);
}

/* In a test's child process: the rest runs as an unprivileged user, when the tests run
 * as root. */
static void
drop_privileges (void)
{
  if (getuid () == 0)
    {
      g_assert_cmpint (setgid (NOBODY), ==, 0);
      g_assert_cmpint (setuid (NOBODY), ==, 0);
    }
}

/* A file the user may not write is refused (exit status 3 from the CLI) and kept. */
static void
test_protected_file (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *inside = g_strdup (g_getenv ("DK_GUARD_FILE"));

      drop_privileges ();
      write_atomically (inside, "after", &error);
      g_assert_error (error, DK_ERROR, DK_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "protected"));
      return;
    }
  dir = dk_test_make_tmpdir ();
  path = g_build_filename (dir, "laporan.xlsx", NULL);
  g_assert_true (g_file_set_contents (path, "before", -1, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0777), ==, 0);
  g_setenv ("DK_GUARD_FILE", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  {
    g_autofree char *contents = NULL;
    GStatBuf st;

    g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
    g_assert_cmpstr (contents, ==, "before");
    g_assert_cmpint (g_stat (path, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 07777, ==, 0444);
  }
  dk_test_rm_rf (dir);
}

/* A folder the user may not write into is named as such, not as an unwritable file. */
static void
test_protected_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *sub = NULL;
  g_autofree char *path = NULL;

  if (g_test_subprocess ())
    {
      g_autoptr(GError) error = NULL;

      drop_privileges ();
      write_atomically (g_getenv ("DK_GUARD_FILE"), "after", &error);
      g_assert_error (error, DK_ERROR, DK_ERROR_IO);
      g_assert_nonnull (strstr (error->message, "folder"));
      return;
    }
  dir = dk_test_make_tmpdir ();
  sub = g_build_filename (dir, "arsip", NULL);
  path = g_build_filename (sub, "laporan.xlsx", NULL);
  g_assert_cmpint (g_mkdir (sub, 0555), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0777), ==, 0);
  g_setenv ("DK_GUARD_FILE", path, TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
  g_test_trap_assert_passed ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_chmod (sub, 0755), ==, 0);
  dk_test_rm_rf (dir);
}

/* A symbolic link is written through, to the file it names, and stays a link; a
 * replaced file keeps its permissions. */
static void
test_link_and_mode_kept (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *target = g_build_filename (dir, "asli.csv", NULL);
  g_autofree char *link = g_build_filename (dir, "tautan.csv", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (g_chmod (target, 0640), ==, 0);
  g_assert_cmpint (symlink ("asli.csv", link), ==, 0);

  write_atomically (link, "new", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (link, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_get_contents (target, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "new");
  g_assert_cmpint (g_stat (target, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  dk_test_rm_rf (dir);
}

/* A name as long as a file name may be still gets its temporary file. */
static void
test_long_name (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(GString) name = g_string_new (NULL);
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  while (name->len < 245)
    g_string_append (name, "Laporan ");
  g_string_truncate (name, 245);
  g_string_append (name, ".xlsx");
  path = g_build_filename (dir, name->str, NULL);
  write_atomically (path, "isi", &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  dk_test_rm_rf (dir);
}

static guint
count_hidden (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;
  guint n = 0;

  while ((name = g_dir_read_name (d)) != NULL)
    n += name[0] == '.';
  return n;
}

/* Makes the hidden files of @dir a minute old. */
static void
age_hidden (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    if (name[0] == '.')
      {
        g_autofree char *path = g_build_filename (dir, name, NULL);
        struct utimbuf old = { time (NULL) - 60, time (NULL) - 60 };

        g_assert_cmpint (g_utime (path, &old), ==, 0);
      }
}

/* What a killed writer leaves is removed by the next start (or write into the folder);
 * what a live writer holds is not. */
static void
test_killed_writer_cleaned (void)
{
  if (dk_test_engine_is_pg ())
    {
      g_test_skip ("The folder beside a database file, cleaned when it opens");
      return;
    }

  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "laporan.xlsx", NULL);
  g_autofree char *db = g_build_filename (dir, "test.db", NULL);
  g_autoptr(DkAtomicFile) live = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;
  pid_t pid;
  int status;

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      DkAtomicFile *file = dk_atomic_file_new (path, NULL);

      fputs ("half", dk_atomic_file_get_stream (file));
      fflush (dk_atomic_file_get_stream (file));
      raise (SIGKILL);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpuint (count_hidden (dir), ==, 1);
  /* a file just made is not taken for abandoned: its writer may be about to lock it */
  g_clear_object (&(DkStore *){ dk_domains_open (db, &error) });
  g_assert_no_error (error);
  g_assert_cmpuint (count_hidden (dir), ==, 1);
  /* older, the next start removes it */
  age_hidden (dir);
  store = dk_domains_open (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_hidden (dir), ==, 0);
  g_clear_object (&store);

  /* a writer at work, however old its file, keeps it */
  live = dk_atomic_file_new (path, &error);
  g_assert_no_error (error);
  age_hidden (dir);
  store = dk_domains_open (db, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (count_hidden (dir), ==, 1);
  g_assert_true (g_file_test (dk_atomic_file_get_temp_path (live), G_FILE_TEST_EXISTS));
  g_clear_pointer (&live, dk_atomic_file_free);
  g_assert_cmpuint (count_hidden (dir), ==, 0);
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* ------------------------------------------------------------ two writers */

/* Two imports started together, twenty times: the second waits for the first, both
 * succeed, each with its own automatic backup. */
static void
test_two_imports_at_once (DkTestCli     *f,
                          gconstpointer  data)
{
  g_autofree char *csv = g_build_filename (f->dir, "ikd.csv", NULL);
  const char *text = "Kode,Kabupaten/Kota,Rekam Dinamis,Jumlah IKD\n13.01,Pesisir Selatan,385000,%d\n"
                     "13.71,Kota Padang,691000,240000\n";

  int status;

  g_free (dk_test_cli_run (f, &status, NULL, "check", NULL));
  for (guint i = 0; i < 20; i++)
    {
      GPid pids[2];
      g_autofree char *contents = g_strdup_printf (text, 12000 + i);
      g_autofree char *date = g_strdup_printf ("2026-01-%02u", i + 1);

      g_assert_true (g_file_set_contents (csv, contents, -1, NULL));
      for (guint p = 0; p < 2; p++)
        {
          const char *argv[] = { f->cli, "--db", f->db, "import", csv, "--kind", "ikd",
                                 "--as-of", p == 0 ? date : "2026-02-28", NULL };
          g_autoptr(GError) error = NULL;

          g_assert_true (g_spawn_async (NULL, (char **) argv, NULL,
                                        G_SPAWN_DO_NOT_REAP_CHILD | G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                                        &pids[p], &error));
          g_assert_no_error (error);
        }
      for (guint p = 0; p < 2; p++)
        {
          g_assert_cmpint (waitpid (pids[p], &status, 0), ==, pids[p]);
          g_assert_true (WIFEXITED (status));
          g_assert_cmpint (WEXITSTATUS (status), ==, 0);
          g_spawn_close_pid (pids[p]);
        }
    }
  g_assert_cmpint (query_int (f->db, "SELECT count(*) FROM ikd_snapshot WHERE per BETWEEN '2026-01-01' AND '2026-12-31'"),
                   ==, 21);
  g_assert_cmpuint (count_hidden (f->dir), ==, 0);
}

typedef struct
{
  DkStore *store;
  gboolean ok;
  GError  *error;
  gint     done;
} Writer;

static gpointer
distribute_600 (gpointer data)
{
  Writer *w = data;
  DkBlangkoDistributionInput in = { "2026-01-02", "13.71", "BAST/2", 600, DK_BLANGKO_COLLECTED, NULL };

  w->ok = dk_blangko_add_distribution (w->store, &in, NULL, &w->error);
  g_atomic_int_set (&w->done, 1);
  return NULL;
}

/* Whether a connection to the server's database waits for a lock. */
static gboolean
server_has_waiting (const char *address)
{
  g_autofree char *n = dk_test_query_text (address, "SELECT count(*) FROM pg_stat_activity "
                                                    "WHERE datname = current_database () AND wait_event_type = 'Lock'");

  return g_strcmp0 (n, "0") != 0;
}

/* A write waits for another's transaction to end, then checks what that one wrote: of
 * 1,000 blanks, 600 are taken in the first, and the second's 600 are refused instead of
 * leaving less than none. */
static void
test_write_waits_for_transaction (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) first = dk_test_fresh_store (dir);
  g_autofree char *address = dk_test_store_address (first);
  g_autoptr(DkStore) second = NULL;
  g_autoptr(GError) error = NULL;
  DkBlangkoDistributionInput in = { "2026-01-02", "13.71", "BAST/1", 600, DK_BLANGKO_COLLECTED, NULL };
  DkBlangkoStock stock;
  Writer w = { 0 };
  GThread *thread;

  g_assert_true (dk_blangko_add_receipt (first, "2026-01-01", "BA/1", 1000, NULL, NULL, &error));
  g_assert_no_error (error);
  second = dk_domains_open (address, &error);
  g_assert_no_error (error);

  g_assert_true (_dk_store_begin (first, &error));
  g_assert_true (_dk_blangko_insert_distribution (first, &in, 0, NULL, &error));
  g_assert_no_error (error);
  w.store = second;
  thread = g_thread_new ("second-writer", distribute_600, &w);
  /* on a server the second is seen waiting (a file's writer waits unseen) */
  if (dk_test_engine_is_pg ())
    while (!g_atomic_int_get (&w.done) && !server_has_waiting (address))
      g_usleep (G_USEC_PER_SEC / 100);
  g_assert_false (g_atomic_int_get (&w.done));
  g_assert_true (_dk_store_commit (first, &error));
  g_assert_no_error (error);
  g_thread_join (thread);

  g_assert_false (w.ok);
  g_assert_error (w.error, DK_ERROR, DK_ERROR_INVALID);
  g_assert_nonnull (strstr (w.error->message, "400 blanks in stock"));
  g_clear_error (&w.error);
  g_assert_true (dk_blangko_stock_at (second, NULL, &stock, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stock.stock, ==, 400);
  g_clear_object (&second);
  g_clear_object (&first);
  dk_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dk/guard/foreign-triggers", test_foreign_triggers);
  g_test_add_func ("/dk/guard/changed-trigger", test_changed_trigger);
  g_test_add_func ("/dk/guard/defensive", test_defensive);
  g_test_add_func ("/dk/guard/damaged-index", test_damaged_index);
  g_test_add_func ("/dk/guard/restore-onto-damaged", test_restore_onto_damaged);
  g_test_add_func ("/dk/guard/empty-file-refused", test_empty_file_refused);
  g_test_add_func ("/dk/guard/protected-file", test_protected_file);
  g_test_add_func ("/dk/guard/protected-folder", test_protected_folder);
  g_test_add_func ("/dk/guard/link-and-mode-kept", test_link_and_mode_kept);
  g_test_add_func ("/dk/guard/long-name", test_long_name);
  g_test_add_func ("/dk/guard/killed-writer-cleaned", test_killed_writer_cleaned);
  g_test_add_func ("/dk/guard/write-waits-for-transaction", test_write_waits_for_transaction);
  g_test_add ("/dk/guard/two-imports-at-once", DkTestCli, NULL, dk_test_cli_setup, test_two_imports_at_once,
              dk_test_cli_teardown);
  return g_test_run ();
}
