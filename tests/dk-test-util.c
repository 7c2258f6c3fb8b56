/* dk-test-util.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <libpq-fe.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dk-ikd.h"
#include "dk-domains.h"
#include "dk-region.h"
#include "dk-test-util.h"

char *
dk_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dukcapil-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
dk_test_rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          dk_test_rm_rf (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

/* The server the tests run against, when DK_TEST_PG names one (a libpq connection string
 * of its superuser): `meson test --setup pg` after build-aux/pg-server.sh. */
const char *
dk_test_pg_server (void)
{
  const char *server = g_getenv ("DK_TEST_PG");

  if (server != NULL && server[0] != '\0')
    return server;
  if (g_strcmp0 (g_getenv ("DK_TEST_ENGINE"), "pg") == 0)
    g_error ("meson test --setup pg needs DK_TEST_PG, the test server's connection string "
             "(build-aux/test.sh starts one)");
  return NULL;
}

gboolean
dk_test_engine_is_pg (void)
{
  return dk_test_pg_server () != NULL;
}

static PGconn *
pg_connect (const char *address)
{
  PGconn *conn = PQconnectdb (address);

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("test server %s: %s", address, PQerrorMessage (conn));
  return conn;
}

static void
pg_exec (PGconn     *conn,
         const char *sql)
{
  PGresult *result = PQexec (conn, sql);

  if (PQresultStatus (result) != PGRES_COMMAND_OK && PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("test server: %s: %s", sql, PQerrorMessage (conn));
  PQclear (result);
}

/* The seeded database every test's database is a copy of, made once per server (under a
 * lock: the test programs run in parallel). */
static void
ensure_pg_template (PGconn *admin)
{
  g_autofree char *address = g_strdup_printf ("%s dbname=dk_template", dk_test_pg_server ());
  PGresult *result;
  gboolean exists;

  pg_exec (admin, "SELECT pg_advisory_lock (4242)");
  result = PQexec (admin, "SELECT 1 FROM pg_database WHERE datname = 'dk_template'");
  exists = PQntuples (result) > 0;
  PQclear (result);
  if (!exists)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DkStore) store = NULL;

      pg_exec (admin, "CREATE DATABASE dk_template");
      store = dk_domains_open (address, &error);
      g_assert_no_error (error);
    }
  pg_exec (admin, "SELECT pg_advisory_unlock (4242)");
}

/**
 * dk_test_db_address:
 * @dir: the test's folder
 * @name: the file's name there
 *
 * Returns: where a test's new database is: the file @name in @dir, or, against a server,
 *   a new database on it holding what a new file holds (the schema and the seed data)
 */
char *
dk_test_db_address (const char *dir,
                    const char *name)
{
  static gint counter;
  g_autofree char *dbname = NULL;
  g_autofree char *sql = NULL;
  PGconn *admin;

  if (!dk_test_engine_is_pg ())
    return g_build_filename (dir, name, NULL);
  dbname = g_strdup_printf ("dkt_%d_%d", (int) getpid (), g_atomic_int_add (&counter, 1));
  admin = pg_connect (dk_test_pg_server ());
  ensure_pg_template (admin);
  /* the name is made here of digits: no quoting needed */
  sql = g_strdup_printf ("CREATE DATABASE %s TEMPLATE dk_template", dbname);
  pg_exec (admin, sql);
  PQfinish (admin);
  return g_strdup_printf ("%s dbname=%s", dk_test_pg_server (), dbname);
}

/* Runs SQL on a test's database (a file, or a database on the test server), as another
 * program would. Returns: %NULL, or the error message */
char *
dk_test_exec_sql (const char *address,
                  const char *sql)
{
  char *message = NULL;

  if (dk_store_is_server_address (address))
    {
      PGconn *conn = pg_connect (address);
      PGresult *result = PQexec (conn, sql);

      if (PQresultStatus (result) != PGRES_COMMAND_OK && PQresultStatus (result) != PGRES_TUPLES_OK)
        message = g_strdup (PQresultErrorMessage (result));
      PQclear (result);
      PQfinish (conn);
    }
  else
    {
      sqlite3 *db = NULL;
      char *msg = NULL;

      g_assert_cmpint (sqlite3_open (address, &db), ==, SQLITE_OK);
      if (sqlite3_exec (db, sql, NULL, NULL, &msg) != SQLITE_OK)
        message = g_strdup (msg != NULL ? msg : "?");
      sqlite3_free (msg);
      sqlite3_close (db);
    }
  return message;
}

/* Takes the database at @address (of the latest schema) back before schema 8, the accounts,
 * for the tests that go back to an older schema and migrate forward: on a file, history's
 * column; on a server, also the accounts, their functions and the row-level policies. */
void
dk_test_undo_schema_8 (const char *address)
{
  g_autofree char *message = NULL;

  if (dk_store_is_server_address (address))
    message = dk_test_exec_sql (address,
                                "BEGIN; "
                                "DO $$ DECLARE p record; BEGIN "
                                "FOR p IN SELECT policyname, tablename FROM pg_policies "
                                "WHERE schemaname = current_schema () LOOP "
                                "EXECUTE format ('DROP POLICY %I ON %I', p.policyname, p.tablename); "
                                "END LOOP; END $$; "
                                "ALTER TABLE riwayat_batch DROP COLUMN oleh; DROP TABLE akun; "
                                "DROP FUNCTION akun_region (); DROP FUNCTION dk_wilayah_akun (text); "
                                "DROP FUNCTION dk_akun_kode (text); "
                                "UPDATE dk_schema SET versi = 7; "
                                "COMMIT;");
  else
    message = dk_test_exec_sql (address, "ALTER TABLE riwayat_batch DROP COLUMN oleh; PRAGMA user_version = 7;");
  g_assert_null (message);
}

/* Returns: where @store is, for dk_test_exec_sql() and the like: its file, or the
 * connection string of its database on the test server */
char *
dk_test_store_address (DkStore *store)
{
  const char *path = dk_store_get_path (store);

  if (!dk_store_is_server (store))
    return g_strdup (path);
  /* user@host/dbname */
  return g_strdup_printf ("%s dbname=%s", dk_test_pg_server (), strrchr (path, '/') + 1);
}

/* Returns: the first column of the first row of @sql on the database at @address, as
 * text ("NULL" for NULL, "" for no row) */
char *
dk_test_query_text (const char *address,
                    const char *sql)
{
  g_autofree char *dump = dk_test_dump_queries (address, &sql, 1);
  char *bar = strchr (dump, '|');

  if (bar == NULL)
    return g_strdup ("");
  *bar = '\0';
  return g_strdup (dump);
}

DkStore *
dk_test_fresh_store (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = dk_test_db_address (dir, "test.db");
  DkStore *store = dk_domains_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

GBytes *
dk_test_file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

/* Runs a program from the build tree and returns its standard output. */
char *
dk_test_run (const char *const *argv,
             int               *status,
             char             **err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stderr_text = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &stderr_text, &wait_status, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);
  return out;
}

/**
 * dk_test_fill_national_ikd:
 * @as_of: the date of the figures
 * @seed: varies the figures
 *
 * Writes generated IKD figures (no real data) for every desa/kelurahan of the registry,
 * 83,762 of them, the same for the same @seed: recordings 500 to 20,000, activations
 * 0 to 45 % of them.
 *
 * Returns: the number of desa written
 */
guint
dk_test_fill_national_ikd (DkStore    *store,
                           const char *as_of,
                           guint32     seed)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) desa = dk_region_list (store, "0", DK_REGION_LEVEL_DESA, &error);
  g_autoptr(GArray) rows = g_array_sized_new (FALSE, FALSE, sizeof (DkIkdInput), desa->len);
  guint32 state = seed;

  g_assert_no_error (error);
  for (guint i = 0; i < desa->len; i++)
    {
      DkRegion *r = g_ptr_array_index (desa, i);
      DkIkdInput in = { r->kode, 0, 0, -1 };

      state = state * 1103515245u + 12345u;
      in.rekam_dinamis = 500 + (state >> 8) % 19501;
      state = state * 1103515245u + 12345u;
      in.jumlah_ikd = in.rekam_dinamis * ((state >> 8) % 4501) / 10000;
      g_array_append_val (rows, in);
    }
  g_assert_true (dk_ikd_replace_values (store, as_of, "", "generated", (DkIkdInput *) rows->data, rows->len, &error));
  g_assert_no_error (error);
  return rows->len;
}

/* Every row of each query, its columns joined by "|", NULL as "NULL", the queries
 * separated by "--": what a table holds, as text, to compare before and after. */
char *
dk_test_dump_queries (const char        *db_path,
                      const char *const *queries,
                      guint              n_queries)
{
  g_autoptr(GString) out = g_string_new (NULL);
  sqlite3 *db = NULL;

  if (dk_store_is_server_address (db_path))
    {
      PGconn *conn = pg_connect (db_path);

      for (guint q = 0; q < n_queries; q++)
        {
          PGresult *result = PQexec (conn, queries[q]);

          g_assert_cmpint (PQresultStatus (result), ==, PGRES_TUPLES_OK);
          for (int r = 0; r < PQntuples (result); r++)
            {
              for (int c = 0; c < PQnfields (result); c++)
                g_string_append_printf (out, "%s|", PQgetisnull (result, r, c) ? "NULL" : PQgetvalue (result, r, c));
              g_string_append_c (out, '\n');
            }
          PQclear (result);
          g_string_append (out, "--\n");
        }
      PQfinish (conn);
      return g_string_free (g_steal_pointer (&out), FALSE);
    }
  g_assert_cmpint (sqlite3_open (db_path, &db), ==, SQLITE_OK);
  for (guint q = 0; q < n_queries; q++)
    {
      sqlite3_stmt *stmt = NULL;

      g_assert_cmpint (sqlite3_prepare_v2 (db, queries[q], -1, &stmt, NULL), ==, SQLITE_OK);
      while (sqlite3_step (stmt) == SQLITE_ROW)
        {
          for (int c = 0; c < sqlite3_column_count (stmt); c++)
            g_string_append_printf (out, "%s|", sqlite3_column_type (stmt, c) == SQLITE_NULL
                                                  ? "NULL" : (const char *) sqlite3_column_text (stmt, c));
          g_string_append_c (out, '\n');
        }
      sqlite3_finalize (stmt);
      g_string_append (out, "--\n");
    }
  sqlite3_close (db);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
dk_test_cli_setup (DkTestCli     *f,
                   gconstpointer  data)
{
  f->dir = dk_test_make_tmpdir ();
  f->db = dk_test_db_address (f->dir, "cli.db");
  f->cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "dukcapil-cli", NULL);
}

void
dk_test_cli_teardown (DkTestCli     *f,
                      gconstpointer  data)
{
  dk_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->cli);
}

/* Runs dukcapil-cli --db on the fixture's database with the arguments; see dk_test_run(). */
char *
dk_test_cli_run (DkTestCli   *f,
                 int         *status,
                 char       **err,
                 const char  *first,
                 ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  va_list args;

  g_ptr_array_add (argv, f->cli);
  g_ptr_array_add (argv, "--db");
  g_ptr_array_add (argv, f->db);
  va_start (args, first);
  for (const char *a = first; a != NULL; a = va_arg (args, const char *))
    g_ptr_array_add (argv, (char *) a);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  return dk_test_run ((const char *const *) argv->pdata, status, err);
}

/**
 * dk_test_args_va:
 * @first: the first argument
 * @ap: the others, up to %NULL
 *
 * Returns: (transfer container): the arguments, %NULL-terminated (the strings are the
 *   caller's)
 */
GPtrArray *
dk_test_args_va (const char *first,
                 va_list     ap)
{
  GPtrArray *args = g_ptr_array_new ();

  for (const char *a = first; a != NULL; a = va_arg (ap, const char *))
    g_ptr_array_add (args, (char *) a);
  g_ptr_array_add (args, NULL);
  return args;
}

/**
 * dk_test_cli_run_at:
 * @home: the run's home folder: HOME, with XDG_DATA_HOME and XDG_CONFIG_HOME in it
 * @db: the database, for --db
 * @input: (nullable): written to its standard input, which is then closed (%NULL: none);
 *   never a terminal
 * @args: (array zero-terminated=1): the command and its arguments
 *
 * Runs dukcapil-cli --db @db @args with a home of its own.
 *
 * Returns: (transfer full): its standard output
 */
char *
dk_test_cli_run_at (const char         *home,
                    const char         *db,
                    const char         *input,
                    int                *status,
                    char              **err,
                    const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDIN_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *data = g_build_filename (home, "data", NULL);
  g_autofree char *config = g_build_filename (home, "config", NULL);
  g_autofree char *stderr_text = NULL;
  char *out = NULL;

  g_subprocess_launcher_setenv (launcher, "HOME", home, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", data, TRUE);
  g_subprocess_launcher_setenv (launcher, "XDG_CONFIG_HOME", config, TRUE);
  g_ptr_array_add (argv, g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "dukcapil-cli", NULL));
  g_ptr_array_add (argv, g_strdup ("--db"));
  g_ptr_array_add (argv, g_strdup (db));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, g_strdup (args[i]));
  g_ptr_array_add (argv, NULL);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &out, &stderr_text, &error);
  g_assert_no_error (error);
  *status = g_subprocess_get_if_exited (process) ? g_subprocess_get_exit_status (process) : -1;
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);
  return out;
}
