/* test-audit.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli server audit`: who changed what. On a server of the test's own, two
 * accounts made with `server user add` each change a figure through the program; the
 * audit names each change's account, filters by account and by day, and writes CSV. On a
 * file, the changes name no account.
 *
 * Run by tests/run-with-pg.sh, which starts the server. The server's tests run in order
 * on one database.
 */
#include "config.h"

#include <string.h>

#include "dk-test-util.h"

static const char *server_dir;
static char       *db_name;
static char       *home;

static char *
address_as (const char *user)
{
  g_autofree char *password = NULL;

  if (user == NULL)
    return g_strdup_printf ("host=%s user=postgres dbname=%s", server_dir, db_name);
  /* the accounts' password is their name backwards: see make_account() */
  password = g_utf8_strreverse (user, -1);
  return g_strdup_printf ("host=%s user=%s password=%s dbname=%s", server_dir, user, password, db_name);
}

/* Runs dukcapil-cli --db (the database as @user, the superuser when %NULL) @args, with
 * @input on standard input and a home of its own. */
static char *
cli_run (const char         *user,
         const char         *input,
         int                *status,
         char              **err,
         const char * const *args)
{
  g_autofree char *db = address_as (user);

  return dk_test_cli_run_at (home, db, input, status, err, args);
}

/* A command that succeeds; its output. */
static char *
cli_ok (const char         *user,
        const char * const *args)
{
  g_autofree char *err = NULL;
  char            *out;
  int              status;

  out = cli_run (user, "", &status, &err, args);
  if (status != 0)
    g_error ("%s %s: %s", user != NULL ? user : "postgres", args[0], err);
  return out;
}

static void
admin_exec (const char *sql)
{
  g_autofree char *admin = address_as (NULL);
  g_autofree char *message = dk_test_exec_sql (admin, sql);

  g_assert_cmpstr (message, ==, NULL);
}

/* An account made as an administrator makes it: `server user add`, the password on
 * standard input. */
static void
make_account (const char *name,
              const char *role,
              const char *region)
{
  const char      *args[] = { "server", "user", "add", name, "--role", role, region ? "--region" : NULL, region, NULL };
  g_autofree char *reversed = g_utf8_strreverse (name, -1);
  g_autofree char *password = g_strconcat (reversed, "\n", NULL);
  g_autofree char *out = NULL, *err = NULL;
  int              status;

  out = cli_run (NULL, password, &status, &err, args);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
}

/* The CSV lines of @out after the header, which is checked. */
static char **
csv_rows (const char *out)
{
  g_auto(GStrv) lines = g_strsplit (out, "\n", -1);
  g_autoptr(GStrvBuilder) rows = g_strv_builder_new ();

  g_assert_cmpstr (lines[0], ==, "waktu,akun,perubahan,tabel,ref,kode,kolom,lama,baru");
  for (guint i = 1; lines[i] != NULL; i++)
    if (*lines[i] != '\0')
      g_strv_builder_add (rows, lines[i]);
  return g_strv_builder_end (rows);
}

/* The account (second field) of a CSV row: account names have no comma or quote. */
static char *
row_account (const char *row)
{
  const char *start = strchr (row, ',');
  const char *end;

  g_assert_nonnull (start);
  start++;
  end = strchr (start, ',');
  g_assert_nonnull (end);
  return g_strndup (start, (gsize) (end - start));
}

static void
test_server (void)
{
  const char *padang_writes[] = { "blangko", "daily", "13.71", "2026-03-03", "--sisa", "70", "--cetak", "10", "--prr",
                                  "3", NULL };
  const char *analis_writes[] = { "blangko", "daily", "13.72", "2026-03-04", "--sisa", "30", "--cetak", "10", "--prr",
                                  "0", NULL };
  const char *audit[] = { "server", "audit", NULL };
  const char *audit_csv[] = { "server", "audit", "--format", "csv", NULL };
  const char *audit_padang[] = { "server", "audit", "--user", "padang", "--format", "csv", NULL };
  const char *audit_nobody[] = { "server", "audit", "--user", "nobody", NULL };
  const char *audit_future[] = { "server", "audit", "--since", "2999-01-01", "--format", "csv", NULL };
  const char *audit_future_text[] = { "server", "audit", "--since", "2999-01-01", NULL };
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *today = g_date_time_format (now, "%Y-%m-%d");
  const char *audit_today[] = { "server", "audit", "--since", today, "--user", "analis", "--format", "csv", NULL };
  const char *bad_dates[][5] = {
    { "server", "audit", "--since", "2026-13-45", NULL },
    { "server", "audit", "--since", "yesterday", NULL },
  };
  g_autofree char *out = NULL;
  g_auto(GStrv) rows = NULL;
  gboolean seen_padang = FALSE, seen_analis = FALSE;
  guint first_analis = G_MAXUINT, last_padang = 0;

  make_account ("analis", "analyst", NULL);
  make_account ("padang", "office", "13.71");
  /* on the test server, members of dk_password must give theirs */
  admin_exec ("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dk_password') THEN "
              "CREATE ROLE dk_password NOLOGIN; END IF; END $$");
  admin_exec ("GRANT dk_password TO analis, padang");

  g_free (cli_ok ("padang", padang_writes));
  g_free (cli_ok ("analis", analis_writes));

  /* both, each with its account, newest first */
  out = cli_ok (NULL, audit_csv);
  rows = csv_rows (out);
  g_assert_cmpuint (g_strv_length (rows), >=, 2);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_autofree char *account = row_account (rows[i]);

      if (g_str_equal (account, "padang"))
        {
          seen_padang = TRUE;
          last_padang = i;
          g_assert_nonnull (strstr (rows[i], ",13.71|2026-03-03,"));
        }
      else if (g_str_equal (account, "analis"))
        {
          seen_analis = TRUE;
          first_analis = MIN (first_analis, i);
          g_assert_nonnull (strstr (rows[i], ",13.72|2026-03-04,"));
        }
      else
        g_error ("a change by %s: %s", account, rows[i]);
    }
  g_assert_true (seen_padang && seen_analis);
  g_assert_cmpuint (first_analis, <, last_padang);
  g_assert_cmpuint (first_analis, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&rows, g_strfreev);

  /* the table names both too */
  out = cli_ok (NULL, audit);
  g_assert_nonnull (strstr (out, "padang"));
  g_assert_nonnull (strstr (out, "analis"));
  g_assert_nonnull (strstr (out, "13.72"));
  g_clear_pointer (&out, g_free);

  /* one account's */
  out = cli_ok (NULL, audit_padang);
  rows = csv_rows (out);
  g_assert_cmpuint (g_strv_length (rows), >=, 1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_autofree char *account = row_account (rows[i]);

      g_assert_cmpstr (account, ==, "padang");
    }
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&rows, g_strfreev);
  out = cli_ok (NULL, audit_nobody);
  g_assert_nonnull (strstr (out, "No change"));
  g_clear_pointer (&out, g_free);

  /* by day: today's (inclusive) are all there, the future has none */
  out = cli_ok (NULL, audit_today);
  rows = csv_rows (out);
  g_assert_cmpuint (g_strv_length (rows), >=, 1);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&rows, g_strfreev);
  out = cli_ok (NULL, audit_future);
  rows = csv_rows (out);
  g_assert_cmpuint (g_strv_length (rows), ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&rows, g_strfreev);
  out = cli_ok (NULL, audit_future_text);
  g_assert_nonnull (strstr (out, "No change"));
  g_clear_pointer (&out, g_free);

  /* an account reads the audit too */
  out = cli_ok ("padang", audit_csv);
  g_assert_nonnull (strstr (out, ",analis,"));
  g_clear_pointer (&out, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (bad_dates); i++)
    {
      g_autofree char *err = NULL;
      int              status;

      out = cli_run (NULL, "", &status, &err, bad_dates[i]);
      g_assert_cmpint (status, ==, 2);
      g_assert_nonnull (strstr (err, "server audit"));
      g_clear_pointer (&out, g_free);
    }
}

/* On a file: the changes name no account; the audit says so with "—" (and "" in CSV). */
static void
test_file (DkTestCli     *f,
           gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  g_auto(GStrv) rows = NULL;
  int status;

  out = dk_test_cli_run (f, &status, &err, "blangko", "daily", "13.71", "2026-03-03", "--sisa", "70", "--cetak", "10",
                         "--prr", "3", NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "blangko", "daily", "13.71", "2026-03-03", "--sisa", "60", "--cetak", "10",
                         "--prr", "3", NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "undo", NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = dk_test_cli_run (f, &status, &err, "server", "audit", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  rows = csv_rows (out);
  g_assert_cmpuint (g_strv_length (rows), >=, 2);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_autofree char *account = row_account (rows[i]);

      g_assert_cmpstr (account, ==, "");
    }
  /* the newest, undone, first: sisa 70 → 60 */
  g_assert_nonnull (strstr (rows[0], "(undone)"));
  g_assert_true (g_str_has_suffix (rows[0], ",70,60"));
  g_assert_null (strstr (rows[g_strv_length (rows) - 1], "(undone)"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = dk_test_cli_run (f, &status, &err, "server", "audit", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "\u2014"));
  g_assert_nonnull (strstr (out, "70 → 60"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = dk_test_cli_run (f, &status, &err, "server", "audit", "--user", "analis", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "No change"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = dk_test_cli_run (f, &status, &err, "server", "audit", "--since", "2026-02-30", NULL);
  g_assert_cmpint (status, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *admin = NULL, *sql = NULL, *message = NULL, *dir = NULL;
  int              status;

  g_test_init (&argc, &argv, NULL);

  server_dir = g_getenv ("DK_TEST_SERVER_DIR");
  if (server_dir == NULL)
    g_error ("run by tests/run-with-pg.sh, which starts the server");
  g_unsetenv ("DK_TEST_PG");
  g_unsetenv ("DK_TEST_ENGINE");
  g_setenv ("PGPASSFILE", "/nonexistent", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);

  db_name = g_strdup ("audit");
  admin = g_strdup_printf ("host=%s user=postgres dbname=postgres", server_dir);
  sql = g_strdup_printf ("CREATE DATABASE %s", db_name);
  message = dk_test_exec_sql (admin, sql);
  g_assert_null (message);
  dir = dk_test_make_tmpdir ();
  home = dir;
  {
    g_autofree char *db = address_as (NULL);
    const char      *init[] = { "server", "init", db, NULL };

    g_free (cli_ok (NULL, init));
  }

  g_test_add_func ("/audit/server", test_server);
  g_test_add ("/audit/file", DkTestCli, NULL, dk_test_cli_setup, test_file, dk_test_cli_teardown);
  status = g_test_run ();
  dk_test_rm_rf (dir);
  g_free (db_name);
  return status;
}
