/* test-server.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store on a real PostgreSQL server, and what goes wrong with one: unreachable, an
 * unknown database, a wrong password, a newer schema, another program's tables, the
 * server stopped in the middle of a national import. Two programs with homes of their own
 * see each other's writes; `server copy` moves a database to the server and back whole.
 *
 * Run by tests/run-with-pg.sh, which starts a server of this program's own (it is stopped
 * and started again here) and stops it however the program ends.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libpq-fe.h>
#include <poll.h>
#include <pty.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dk-domains.h"
#include "dk-error.h"
#include "dk-ikd.h"
#include "dk-region.h"
#include "dk-test-util.h"

static const char *server_dir;
static const char *server_sh;

static char *
address_of (const char *dbname)
{
  return g_strdup_printf ("host=%s user=postgres dbname=%s", server_dir, dbname);
}

static char *
admin_sql (const char *sql)
{
  g_autofree char *admin = address_of ("postgres");

  return dk_test_exec_sql (admin, sql);
}

/* A new, empty database on the server; its name is made of a counter here. */
static char *
new_database (void)
{
  static int counter;
  g_autofree char *name = g_strdup_printf ("srv_%d", ++counter);
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", name);

  g_assert_null (admin_sql (sql));
  return address_of (name);
}

static void
server_do (const char *what)
{
  const char *argv[] = { "/bin/sh", server_sh, what, server_dir, NULL };
  g_autofree char *out = NULL, *err = NULL;
  int status;

  out = dk_test_run (argv, &status, &err);
  if (status != 0)
    g_error ("pg-server.sh %s: %s", what, err);
}

static char *
cli_run (const char  *home,
         int         *status,
         char       **err,
         const char  *db,
         ...) G_GNUC_NULL_TERMINATED;

/* Runs dukcapil-cli --db DB … with HOME and the XDG folders in @home; standard input is
 * not a terminal, as in a script. */
static char *
cli_run (const char  *home,
         int         *status,
         char       **err,
         const char  *db,
         ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, db);
  args = dk_test_args_va (va_arg (ap, const char *), ap);
  va_end (ap);
  return dk_test_cli_run_at (home, db, NULL, status, err, (const char * const *) args->pdata);
}

static void
test_unreachable (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open ("host=/nonexistent-dukcapil-server dbname=x connect_timeout=3", &error);

  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_CONNECTION);
  g_assert_nonnull (strstr (error->message, "Could not reach the database server"));
}

static void
test_unknown_database (void)
{
  g_autofree char *address = address_of ("no_such_database");
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (address, &error);

  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "no_such_database"));
}

/* A database prepared by its owner, and an account that signs in to it with the password
 * "benar": the server asks members of dk_password for one (pg-server.sh). */
static char *
database_with_password_account (void)
{
  char *db = new_database ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) owner = dk_domains_open (db, &error);

  g_assert_no_error (error);
  g_free (admin_sql ("CREATE ROLE dk_password NOLOGIN"));
  g_free (admin_sql ("DROP ROLE IF EXISTS petugas"));
  g_assert_null (admin_sql ("CREATE ROLE petugas LOGIN PASSWORD 'benar' IN ROLE dk_password, dukcapil_reader"));
  /* and no ~/.pgpass of this machine's */
  g_setenv ("PGPASSFILE", "/nonexistent", TRUE);
  g_unsetenv ("PGPASSWORD");
  return db;
}

static void
test_password (void)
{
  g_autofree char *db = database_with_password_account ();
  g_autofree char *wrong = g_strdup_printf ("%s user=petugas password=salah", db);
  g_autofree char *none = g_strdup_printf ("%s user=petugas", db);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;

  store = dk_domains_open (wrong, &error);
  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_PASSWORD);
  g_assert_nonnull (strstr (error->message, "refused"));
  g_assert_nonnull (strstr (error->message, "petugas"));
  g_clear_error (&error);

  store = dk_domains_open (none, &error);
  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_PASSWORD);
  g_assert_nonnull (strstr (error->message, "password"));
  g_clear_error (&error);

  store = dk_domains_open_with_password (none, "salah", &error);
  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_PASSWORD);
  g_clear_error (&error);

  /* the program's password (a keyring's): it signs in, and again after a lost connection */
  store = dk_domains_open_with_password (none, "benar", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dk_store_get_schema_version (store), ==, dk_store_get_latest_version ());
  g_assert_null (admin_sql ("SELECT pg_terminate_backend (pid) FROM pg_stat_activity WHERE usename = 'petugas'"));
  g_assert_true (dk_store_mark_read (store, &error) || g_error_matches (error, DK_ERROR, DK_ERROR_CONNECTION));
  g_clear_error (&error);
  g_assert_true (dk_store_mark_read (store, &error));
  g_assert_no_error (error);
}

/* The command line uses libpq's own ways, and never asks when its input is not a terminal. */
static void
test_cli_password (void)
{
  g_autofree char *db = database_with_password_account ();
  g_autofree char *none = g_strdup_printf ("%s user=petugas", db);
  g_autofree char *home = dk_test_make_tmpdir ();
  g_autofree char *out = NULL, *err = NULL;
  int status;

  /* no password anywhere, input not a terminal: refused at once, saying where to put it */
  out = cli_run (home, &status, &err, none, "history", "--limit", "1", NULL);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "petugas"));
  g_assert_nonnull (strstr (err, "PGPASSWORD"));
  g_assert_nonnull (strstr (err, "pgpass"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* PGPASSWORD */
  g_setenv ("PGPASSWORD", "benar", TRUE);
  out = cli_run (home, &status, &err, none, "history", "--limit", "1", NULL);
  g_unsetenv ("PGPASSWORD");
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* a password file */
  {
    g_autofree char *pgpass = g_build_filename (home, "pgpass", NULL);
    g_autofree char *line = g_strdup_printf ("*:*:*:petugas:benar\n");

    g_assert_true (g_file_set_contents (pgpass, line, -1, NULL));
    g_assert_cmpint (g_chmod (pgpass, 0600), ==, 0);
    g_setenv ("PGPASSFILE", pgpass, TRUE);
    out = cli_run (home, &status, &err, none, "history", "--limit", "1", NULL);
    g_setenv ("PGPASSFILE", "/nonexistent", TRUE);
    g_assert_cmpstr (err, ==, "");
    g_assert_cmpint (status, ==, 0);
  }
  dk_test_rm_rf (home);
}

/* Reads from the terminal's side until @text came, or the end; returns all read. */
static GString *
read_until (int         fd,
            const char *text)
{
  GString *got = g_string_new (NULL);
  char buf[512];
  gssize n;

  struct pollfd pfd = { .fd = fd, .events = POLLIN };

  while (text == NULL || strstr (got->str, text) == NULL)
    {
      /* the limit only turns a hang into a failure */
      if (poll (&pfd, 1, 120 * 1000) == 0)
        g_error ("the command line wrote nothing more in 120 s after: %s", got->str);
      if ((n = read (fd, buf, sizeof buf)) <= 0)
        break;
      g_string_append_len (got, buf, n);
    }
  return got;
}

/* On a terminal, the command line asks for the password once, without echoing it. */
static void
test_cli_password_terminal (void)
{
  g_autofree char *db = database_with_password_account ();
  g_autofree char *none = g_strdup_printf ("%s user=petugas", db);
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "dukcapil-cli", NULL);
  g_autoptr(GString) prompt = NULL;
  g_autoptr(GString) rest = NULL;
  int fd, wait_status = 0;
  pid_t pid;

  pid = forkpty (&fd, NULL, NULL, NULL);
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      execl (cli, cli, "--db", none, "history", "--limit", "1", (char *) NULL);
      _exit (127);
    }
  prompt = read_until (fd, ": ");
  g_assert_nonnull (strstr (prompt->str, "Password for petugas@"));
  g_assert_cmpint (write (fd, "benar\n", 6), ==, 6);
  /* until the program ends (the terminal's end reads as an error) */
  rest = read_until (fd, NULL);
  g_assert_cmpint (waitpid (pid, &wait_status, 0), ==, pid);
  close (fd);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 0);
  /* the terminal did not echo it */
  g_assert_null (strstr (rest->str, "benar"));
}

static const char * const schema_queries[] = {
  "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1",
  "SELECT * FROM dk_schema",
  "SELECT count(*) FROM region",
};

static void
test_newer_schema (void)
{
  g_autofree char *db = new_database ();
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (db, &error);

  g_assert_no_error (error);
  g_assert_cmpint (dk_store_get_schema_version (store), ==, dk_store_get_latest_version ());
  g_clear_object (&store);
  g_assert_null (dk_test_exec_sql (db, "UPDATE dk_schema SET versi = 99"));
  before = dk_test_dump_queries (db, schema_queries, G_N_ELEMENTS (schema_queries));

  store = dk_domains_open (db, &error);
  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "schema 99"));
  after = dk_test_dump_queries (db, schema_queries, G_N_ELEMENTS (schema_queries));
  g_assert_cmpstr (after, ==, before);
}

static void
test_not_ours (void)
{
  g_autofree char *db = new_database ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;
  g_autofree char *tables = NULL;
  const char *query = "SELECT string_agg (table_name, ',') FROM information_schema.tables WHERE table_schema = 'public'";

  g_assert_null (dk_test_exec_sql (db, "CREATE TABLE pelanggan (id integer)"));
  store = dk_domains_open (db, &error);
  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  tables = dk_test_query_text (db, query);
  g_assert_cmpstr (tables, ==, "pelanggan");
}

/* Two programs, each with a home of its own, on one server: what one writes, the other
 * reads. */
static void
test_two_homes (void)
{
  g_autofree char *db = new_database ();
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *home1 = g_build_filename (dir, "pc-1", NULL);
  g_autofree char *home2 = g_build_filename (dir, "pc-2", NULL);
  g_autofree char *out = NULL, *err = NULL, *stock_before = NULL, *stock_after = NULL;
  int status;

  g_mkdir (home1, 0700);
  g_mkdir (home2, 0700);
  out = cli_run (home1, &status, &err, db, "server", "init", db, NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  stock_before = cli_run (home2, &status, NULL, db, "blangko", "stock", "--as-of", "2026-12-31", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  out = cli_run (home1, &status, &err, db, "blangko", "receive", "2026-12-01", "1234", NULL);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  stock_after = cli_run (home2, &status, NULL, db, "blangko", "stock", "--as-of", "2026-12-31", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (stock_after, !=, stock_before);
  g_clear_pointer (&out, g_free);
  out = cli_run (home2, &status, NULL, db, "history", NULL);
  g_assert_nonnull (strstr (out, "received"));
  /* neither program made a file of its own */
  {
    g_autofree char *file1 = g_build_filename (home1, "data", "dukcapil", "dukcapil.db", NULL);
    g_autofree char *file2 = g_build_filename (home2, "data", "dukcapil", "dukcapil.db", NULL);

    g_assert_false (g_file_test (file1, G_FILE_TEST_EXISTS));
    g_assert_false (g_file_test (file2, G_FILE_TEST_EXISTS));
  }
  dk_test_rm_rf (dir);
}

typedef struct
{
  DkStore    *store;
  DkIkdInput *rows;
  guint       n_rows;
  GError     *error;
  gboolean    ok;
} ImportJob;

static gpointer
import_thread (gpointer data)
{
  ImportJob *job = data;

  job->ok = dk_ikd_replace_values (job->store, "2026-11-30", "", "national.csv", job->rows, job->n_rows, &job->error);
  return NULL;
}

static const char * const ikd_queries[] = {
  "SELECT per, sumber FROM ikd_snapshot ORDER BY per",
  "SELECT s.per, count(*), sum(v.rekam_dinamis), sum(v.jumlah_ikd) FROM ikd_value v "
  "JOIN ikd_snapshot s ON s.id = v.snapshot_id GROUP BY s.per ORDER BY s.per",
  "SELECT count(*) FROM riwayat_batch",
  "SELECT count(*) FROM riwayat",
};

/* The server stopped as by a crash while a national import is writing: the import fails
 * saying the connection was lost, the data is the old version whole, and the next action
 * on the same store connects again. The import is held in the middle of its transaction
 * by a lock on the history that it writes last, so that the stop cannot come too late. */
static void
test_killed_mid_import (void)
{
  g_autofree char *db = new_database ();
  g_autofree char *before = NULL, *after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (db, &error);
  g_autoptr(GPtrArray) desa = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (DkIkdInput));
  g_auto(GStrv) dates = NULL;
  ImportJob job = { 0 };
  GThread *thread;
  PGconn *locker;
  PGresult *result;

  g_assert_no_error (error);
  before = dk_test_dump_queries (db, ikd_queries, G_N_ELEMENTS (ikd_queries));
  desa = dk_region_list (store, "0", DK_REGION_LEVEL_DESA, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < desa->len; i++)
    {
      DkIkdInput in = { ((DkRegion *) g_ptr_array_index (desa, i))->kode, 1000 + i % 500, i % 300, -1 };

      g_array_append_val (rows, in);
    }

  locker = PQconnectdb (db);
  g_assert_cmpint (PQstatus (locker), ==, CONNECTION_OK);
  PQclear (PQexec (locker, "BEGIN"));
  result = PQexec (locker, "LOCK TABLE riwayat_batch IN ACCESS EXCLUSIVE MODE");
  g_assert_cmpint (PQresultStatus (result), ==, PGRES_COMMAND_OK);
  PQclear (result);

  job = (ImportJob) { store, (DkIkdInput *) rows->data, rows->len, NULL, FALSE };
  thread = g_thread_new ("import", import_thread, &job);
  /* wait until the import waits for the lock, its rows written */
  for (gboolean waiting = FALSE; !waiting;)
    {
      result = PQexec (locker, "SELECT count(*) FROM pg_stat_activity WHERE application_name = 'dukcapil' "
                               "AND wait_event_type = 'Lock'");
      waiting = PQresultStatus (result) == PGRES_TUPLES_OK && g_str_equal (PQgetvalue (result, 0, 0), "1");
      PQclear (result);
      if (!waiting)
        g_usleep (G_USEC_PER_SEC / 100);
    }
  server_do ("kill");
  g_thread_join (thread);
  PQfinish (locker);

  g_assert_false (job.ok);
  g_assert_error (job.error, DK_ERROR, DK_ERROR_CONNECTION);
  g_assert_nonnull (strstr (job.error->message, "lost"));
  g_clear_error (&job.error);

  server_do ("resume");
  after = dk_test_dump_queries (db, ikd_queries, G_N_ELEMENTS (ikd_queries));
  g_assert_cmpstr (after, ==, before);
  /* the same store: its next action connects again, and works */
  dates = dk_ikd_list_dates (store, &error);
  g_assert_no_error (error);
  g_assert_nonnull (dates);
  g_assert_true (dk_ikd_replace_values (store, "2026-11-30", "", "national.csv", (DkIkdInput *) rows->data,
                                        rows->len, &error));
  g_assert_no_error (error);
}

static const char * const compared[][6] = {
  { "ikd", "--format", "csv", NULL },
  { "ikd", "--region", "0", "--format", "csv", NULL },
  { "ikd", "--region", "13.71", "--format", "csv", NULL },
  { "m2m", "--format", "csv", NULL },
  { "budget", "--format", "csv", NULL },
  { "blangko", "stock", "--format", "csv", NULL },
  { "pks", "list", "--format", "csv", NULL },
  { "regions", "--parent", "13", "--format", "csv", NULL },
  { "history", "--limit", "0", NULL },
  { "check", NULL },
};

/* Every compared command's output on the database at @db. */
static char *
outputs (const char *home,
         const char *db)
{
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (compared); i++)
    {
      const char * const *c = compared[i];
      g_autofree char    *out = NULL, *err = NULL;
      int                 status;

      out = cli_run (home, &status, &err, db, c[0], c[1], c[2], c[3], c[4], c[5], NULL);
      g_string_append_printf (all, "== %s (%d)\n%s%s", c[0], status, out, err);
    }
  return g_string_free (all, FALSE);
}

/* A file with the report's data and a national IKD snapshot goes to the server and comes
 * back: every command shows the same on the three. */
static void
test_copy_both_ways (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "kantor.db", NULL);
  g_autofree char *back = g_build_filename (dir, "kembali.db", NULL);
  g_autofree char *server = new_database ();
  g_autofree char *on_file = NULL, *on_server = NULL, *on_back = NULL, *out = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  {
    g_autoptr(DkStore) store = dk_domains_open (file, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (dk_test_fill_national_ikd (store, "2026-10-31", 7), ==, 83762);
  }
  out = cli_run (dir, &status, &err, file, "blangko", "receive", "2026-12-01", "500", NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = cli_run (dir, &status, &err, file, "server", "copy", "--from", file, "--to", server, NULL);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "every table checked"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* the server now holds changes: a second copy must be asked for */
  out = cli_run (dir, &status, &err, file, "server", "copy", "--from", file, "--to", server, NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "--replace"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = cli_run (dir, &status, &err, file, "server", "copy", "--from", server, "--to", back, NULL);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);

  on_file = outputs (dir, file);
  on_server = outputs (dir, server);
  on_back = outputs (dir, back);
  g_assert_nonnull (strstr (on_file, "Kota Padang"));
  g_assert_cmpstr (on_server, ==, on_file);
  g_assert_cmpstr (on_back, ==, on_file);
  dk_test_rm_rf (dir);
}

/* `server init` gives an empty database what a new file holds. */
static void
test_init (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "baru.db", NULL);
  g_autofree char *server = new_database ();
  g_autofree char *out = NULL, *err = NULL, *on_file = NULL, *on_server = NULL;
  int status;

  out = cli_run (dir, &status, &err, server, "server", "init", server, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "is ready (schema"));
  on_file = outputs (dir, file);
  on_server = outputs (dir, server);
  g_assert_cmpstr (on_server, ==, on_file);
  dk_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  server_dir = g_getenv ("DK_TEST_SERVER_DIR");
  server_sh = g_getenv ("DK_TEST_SERVER_SH");
  if (server_dir == NULL || server_sh == NULL)
    g_error ("run by tests/run-with-pg.sh, which starts the server");
  /* the tests' own databases, not the suite's */
  g_unsetenv ("DK_TEST_PG");
  g_unsetenv ("DK_TEST_ENGINE");

  g_test_add_func ("/server/unreachable", test_unreachable);
  g_test_add_func ("/server/unknown-database", test_unknown_database);
  g_test_add_func ("/server/password", test_password);
  g_test_add_func ("/server/cli-password", test_cli_password);
  g_test_add_func ("/server/cli-password-terminal", test_cli_password_terminal);
  g_test_add_func ("/server/newer-schema", test_newer_schema);
  g_test_add_func ("/server/not-ours", test_not_ours);
  g_test_add_func ("/server/init", test_init);
  g_test_add_func ("/server/two-homes", test_two_homes);
  g_test_add_func ("/server/killed-mid-import", test_killed_mid_import);
  g_test_add_func ("/server/copy-both-ways", test_copy_both_ways);
  return g_test_run ();
}
