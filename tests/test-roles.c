/* test-roles.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Accounts and their roles, enforced by the server: a reader, an analyst and the office of
 * 13.71 Kota Padang each try every kind of write, through dukcapil-cli and through a raw
 * libpq session with hand-written SQL. What a role may do succeeds; what it may not is
 * refused by the server (an error, or no row changed where a policy hides the rows) and
 * changes nothing: the tables are compared before and after. The history records who made
 * each change.
 *
 * Run by tests/run-with-pg.sh, which starts a server of this program's own. The tests run
 * in order on one database.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <libpq-fe.h>
#include <string.h>
#include <sys/wait.h>

#include "dk-account.h"
#include "dk-domains.h"
#include "dk-test-util.h"

static const char *server_dir;
static char       *db_name;
static char       *home;

/* Everything a write could change. */
static const char * const dump_queries[] = {
  "SELECT * FROM blangko_harian ORDER BY kode, tanggal",
  "SELECT * FROM blangko_penggunaan ORDER BY kode, tanggal",
  "SELECT * FROM blangko_terima ORDER BY id",
  "SELECT * FROM blangko_distribusi ORDER BY id",
  "SELECT s.per, v.kode, v.perangkat, v.aktif FROM m2m_value v JOIN m2m_snapshot s ON s.id = v.snapshot_id ORDER BY 1, 2",
  "SELECT s.per, v.kode, v.rekam_dinamis, v.jumlah_ikd FROM ikd_value v JOIN ikd_snapshot s ON s.id = v.snapshot_id "
  "ORDER BY 1, 2",
  "SELECT * FROM ikd_target ORDER BY tahun",
  "SELECT * FROM stated_total ORDER BY 1, 2, 3, 4",
  "SELECT * FROM riwayat_batch ORDER BY id",
  "SELECT * FROM riwayat ORDER BY id",
  "SELECT * FROM akun ORDER BY nama",
};

static char *
address_as (const char *user)
{
  if (user == NULL)
    return g_strdup_printf ("host=%s user=postgres dbname=%s", server_dir, db_name);
  /* the accounts' password is their name backwards: see setup_accounts() */
  {
    g_autofree char *password = g_utf8_strreverse (user, -1);

    return g_strdup_printf ("host=%s user=%s password=%s dbname=%s", server_dir, user, password, db_name);
  }
}

static char *
dump (void)
{
  g_autofree char *admin = address_as (NULL);

  return dk_test_dump_queries (admin, dump_queries, G_N_ELEMENTS (dump_queries));
}

static void
admin_exec (const char *sql)
{
  g_autofree char *admin = address_as (NULL);
  g_autofree char *message = dk_test_exec_sql (admin, sql);

  g_assert_cmpstr (message, ==, NULL);
}

/* Runs dukcapil-cli --db (the database as @user, the superuser when %NULL) @args, with a
 * home of its own and @input (or nothing) on standard input. */
static char *
cli_run_args (const char         *user,
              const char         *input,
              int                *status,
              char              **err,
              const char * const *args)
{
  g_autofree char *db = address_as (user);

  return dk_test_cli_run_at (home, db, input, status, err, args);
}

static char *
cli_run (const char *user,
         int        *status,
         char      **err,
         ...) G_GNUC_NULL_TERMINATED;

static char *
cli_run (const char *user,
         int        *status,
         char      **err,
         ...)
{
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;

  va_start (ap, err);
  args = dk_test_args_va (va_arg (ap, const char *), ap);
  va_end (ap);
  return cli_run_args (user, NULL, status, err, (const char * const *) args->pdata);
}

/* A command that @user may run: it succeeds. */
static void
cli_allowed (const char *user,
             const char *first,
             ...)
{
  g_autofree char *out = NULL, *err = NULL;
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;
  int status;

  va_start (ap, first);
  args = dk_test_args_va (first, ap);
  va_end (ap);
  out = cli_run_args (user, NULL, &status, &err, (const char * const *) args->pdata);
  if (status != 0)
    g_error ("%s %s: %s", user, first, err);
}

/* A command that @user may not run: the server refuses it, the user is told so clearly,
 * and nothing is written. */
static void
cli_refused (const char *user,
             const char *first,
             ...)
{
  g_autofree char *out = NULL, *err = NULL, *before = dump (), *after = NULL;
  g_autoptr(GPtrArray) args = NULL;
  va_list ap;
  int status;

  va_start (ap, first);
  args = dk_test_args_va (first, ap);
  va_end (ap);
  out = cli_run_args (user, NULL, &status, &err, (const char * const *) args->pdata);
  g_assert_cmpint (status, !=, 0);
  if (strstr (err, "The server refused: your account") == NULL || strstr (err, "may not do this; nothing was written") == NULL)
    g_error ("%s %s %s: not refused clearly: %s", user, first, (const char *) args->pdata[1], err);
  after = dump ();
  g_assert_cmpstr (after, ==, before);
}

/* ------------------------------------------------------------ raw SQL */

static PGconn *
connect_as (const char *user)
{
  g_autofree char *address = address_as (user);
  PGconn *conn = PQconnectdb (address);

  if (PQstatus (conn) != CONNECTION_OK)
    g_error ("%s: %s", user, PQerrorMessage (conn));
  return conn;
}

/* Runs @sql as @conn's account: it changes @n_rows rows (-1: it fails, refused by the
 * server with SQLSTATE 42501). A refused statement changes nothing at all; one that
 * changes no row neither. */
static void
sql_expect (PGconn     *conn,
            const char *sql,
            int         n_rows)
{
  g_autofree char *before = dump (), *after = NULL;
  PGresult        *result = PQexec (conn, sql);
  ExecStatusType   status = PQresultStatus (result);

  if (n_rows < 0)
    {
      const char *state = PQresultErrorField (result, PG_DIAG_SQLSTATE);

      if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        g_error ("%s: allowed (%s rows) for %s", sql, PQcmdTuples (result), PQuser (conn));
      g_assert_cmpstr (state, ==, "42501");
    }
  else
    {
      if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        g_error ("%s: refused for %s: %s", sql, PQuser (conn), PQresultErrorMessage (result));
      g_assert_cmpint (atoi (PQcmdTuples (result)), ==, n_rows);
    }
  PQclear (result);
  after = dump ();
  if (n_rows <= 0)
    g_assert_cmpstr (after, ==, before);
  else
    g_assert_cmpstr (after, !=, before);
}

static char *
query_as (PGconn     *conn,
          const char *sql)
{
  PGresult *result = PQexec (conn, sql);
  char     *value;

  if (PQresultStatus (result) != PGRES_TUPLES_OK)
    g_error ("%s: %s", sql, PQresultErrorMessage (result));
  value = PQntuples (result) > 0 ? g_strdup (PQgetvalue (result, 0, 0)) : NULL;
  PQclear (result);
  return value;
}

/* ------------------------------------------------------------- tests */

/* The accounts: made by hand here (the test of `server user` makes its own). */
static void
setup_accounts (void)
{
  admin_exec ("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'dk_password') THEN "
              "CREATE ROLE dk_password NOLOGIN; END IF; END $$");
  admin_exec ("CREATE ROLE baca LOGIN PASSWORD 'acab' IN ROLE dk_password, dukcapil_reader;"
              "CREATE ROLE analis LOGIN PASSWORD 'silana' IN ROLE dk_password, dukcapil_analyst;"
              "CREATE ROLE padang LOGIN PASSWORD 'gnadap' IN ROLE dk_password, dukcapil_office;"
              "INSERT INTO akun VALUES ('baca', 'reader', NULL), ('analis', 'analyst', NULL), "
              "('padang', 'office', '13.71')");
  /* a figure of each kind for 13.72 Kota Solok, and for 13.71, by the province */
  cli_allowed (NULL, "blangko", "daily", "13.72", "2026-03-02", "--sisa", "50", "--cetak", "5", "--prr", "1", NULL);
  cli_allowed (NULL, "blangko", "daily", "13.71", "2026-03-02", "--sisa", "80", "--cetak", "7", "--prr", "2", NULL);
}

static void
test_cli_office (void)
{
  g_autofree char *tsv = g_build_filename (home, "m2m-padang.tsv", NULL);
  g_autofree char *other = g_build_filename (home, "m2m-solok.tsv", NULL);
  g_autofree char *out = NULL, *err = NULL;
  PGconn          *conn;
  int              status;

  cli_allowed ("padang", "blangko", "daily", "13.71", "2026-03-03", "--sisa", "70", "--cetak", "10", "--prr", "3",
               NULL);
  /* replacing its own report of a day: an update */
  cli_allowed ("padang", "blangko", "daily", "13.71", "2026-03-02", "--sisa", "81", "--cetak", "7", "--prr", "2",
               NULL);
  cli_refused ("padang", "blangko", "daily", "13.72", "2026-03-03", "--sisa", "40", "--cetak", "10", "--prr", "0",
               NULL);
  cli_refused ("padang", "blangko", "daily", "13.72", "2026-03-02", "--sisa", "40", "--cetak", "10", "--prr", "0",
               NULL);
  cli_refused ("padang", "blangko", "receive", "2026-03-03", "1000", NULL);
  cli_refused ("padang", "ikd-target", "--year", "2026", "--set", "40", NULL);

  /* its own M2M figures; another office's refused */
  g_assert_true (g_file_set_contents (tsv, "No.\tKode\tWilayah\tJumlah Perangkat M2M\tJumlah M2M Aktif\n"
                                           "1\t1371\tKota Padang\t5\t4\n",
                                      -1, NULL));
  g_assert_true (g_file_set_contents (other, "No.\tKode\tWilayah\tJumlah Perangkat M2M\tJumlah M2M Aktif\n"
                                             "1\t1372\tKota Solok\t2\t2\n",
                                      -1, NULL));
  cli_allowed ("padang", "import", "--kind", "m2m", "--as-of", "2026-03-31", tsv, NULL);
  cli_refused ("padang", "import", "--kind", "m2m", "--as-of", "2026-03-31", other, NULL);

  /* the history names the account; the office may not undo */
  conn = connect_as ("padang");
  out = query_as (conn, "SELECT oleh FROM riwayat_batch ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (out, ==, "padang");
  PQfinish (conn);
  g_clear_pointer (&out, g_free);
  cli_refused ("padang", "undo", NULL);
  /* it reads the province's figures */
  out = cli_run ("padang", &status, &err, "blangko", "stock", "--as-of", "2026-12-31", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  /* and the province's allocation plan, which counts in its daily report just entered */
  out = cli_run ("padang", &status, &err, "blangko", "plan", "1000", "--as-of", "2026-03-03", "--format", "csv",
                 NULL);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "13.71"));
  g_assert_nonnull (strstr (out, "13.72"));
}

static void
test_cli_reader (void)
{
  g_autofree char *out = NULL, *err = NULL;
  int              status;

  cli_refused ("baca", "blangko", "daily", "13.71", "2026-03-04", "--sisa", "60", "--cetak", "10", "--prr", "3", NULL);
  cli_refused ("baca", "blangko", "receive", "2026-03-03", "1000", NULL);
  cli_refused ("baca", "ikd-target", "--year", "2026", "--set", "40", NULL);
  cli_refused ("baca", "undo", NULL);
  out = cli_run ("baca", &status, &err, "history", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Kota Padang") != NULL ? out : strstr (out, "13.71"));
}

static void
test_cli_analyst (void)
{
  g_autofree char *before = NULL, *after = NULL, *oleh = NULL;
  PGconn          *conn;

  cli_allowed ("analis", "blangko", "receive", "2026-03-03", "1000", NULL);
  cli_allowed ("analis", "blangko", "daily", "13.72", "2026-03-04", "--sisa", "30", "--cetak", "10", "--prr", "0",
               NULL);
  cli_allowed ("analis", "ikd-target", "--year", "2026", "--set", "40", NULL);
  conn = connect_as ("analis");
  oleh = query_as (conn, "SELECT oleh FROM riwayat_batch ORDER BY id DESC LIMIT 1");
  g_assert_cmpstr (oleh, ==, "analis");
  g_clear_pointer (&oleh, g_free);
  /* undoing another account's change: back to the office's M2M figures */
  before = dump ();
  for (int i = 0; i < 5; i++)
    {
      g_autofree char *last = NULL;

      cli_allowed ("analis", "undo", NULL);
      last = query_as (conn, "SELECT oleh FROM riwayat_batch WHERE dibatalkan = 1 ORDER BY id LIMIT 1");
      if (g_strcmp0 (last, "padang") == 0)
        break;
    }
  after = dump ();
  g_assert_cmpstr (after, !=, before);
  oleh = query_as (conn, "SELECT string_agg (oleh, ',' ORDER BY id) FROM riwayat_batch WHERE dibatalkan = 1");
  g_assert_nonnull (strstr (oleh, "padang"));
  g_clear_pointer (&oleh, g_free);
  PQfinish (conn);
}

static void
test_sql_office (void)
{
  PGconn *conn = connect_as ("padang");

  admin_exec ("INSERT INTO blangko_harian VALUES ('13.72', '2026-03-10', 9, 1, 0, 0)");
  /* its own rows */
  sql_expect (conn, "INSERT INTO blangko_harian VALUES ('13.71', '2026-03-10', 5, 1, 0, 0)", 1);
  sql_expect (conn, "INSERT INTO blangko_harian VALUES ('13.71.01', '2026-03-10', 5, 1, 0, 0)", 1);
  sql_expect (conn, "UPDATE blangko_harian SET sisa = 6 WHERE kode = '13.71' AND tanggal = '2026-03-10'", 1);
  sql_expect (conn, "DELETE FROM blangko_harian WHERE kode = '13.71.01'", 1);
  /* another office's: refused, or hidden from the write */
  sql_expect (conn, "INSERT INTO blangko_harian VALUES ('13.72', '2026-03-10', 5, 1, 0, 0)", -1);
  sql_expect (conn, "INSERT INTO blangko_harian VALUES ('13.7', '2026-03-10', 5, 1, 0, 0)", -1);
  sql_expect (conn, "INSERT INTO blangko_harian VALUES ('13', '2026-03-10', 5, 1, 0, 0)", -1);
  sql_expect (conn, "UPDATE blangko_harian SET sisa = 0 WHERE kode = '13.72'", 0);
  sql_expect (conn, "DELETE FROM blangko_harian WHERE kode = '13.72'", 0);
  sql_expect (conn, "DELETE FROM blangko_harian WHERE tanggal = '2026-03-10'", 1);
  sql_expect (conn, "UPDATE blangko_harian SET kode = '13.72' WHERE kode = '13.71'", -1);
  sql_expect (conn,
              "INSERT INTO blangko_harian VALUES ('13.72', '2026-03-02', 1, 1, 1, 1) "
              "ON CONFLICT (kode, tanggal) DO UPDATE SET sisa = 1",
              -1);
  sql_expect (conn,
              "INSERT INTO blangko_penggunaan (kode, tanggal, saldo, sisa) VALUES ('13.72', '2026-03-10', 5, 5)", -1);
  sql_expect (conn,
              "INSERT INTO blangko_penggunaan (kode, tanggal, saldo, sisa) VALUES ('13.71', '2026-03-10', 5, 5)", 1);
  sql_expect (conn, "UPDATE m2m_value SET aktif = 0 WHERE kode <> '13.71'", 0);
  sql_expect (conn, "DELETE FROM m2m_value WHERE kode <> '13.71'", 0);
  sql_expect (conn, "UPDATE ikd_value SET jumlah_ikd = 0 WHERE kode NOT LIKE '13.71%'", 0);
  sql_expect (conn, "DELETE FROM ikd_value WHERE kode NOT LIKE '13.71%'", 0);
  sql_expect (conn, "UPDATE ikd_value SET jumlah_ikd = 0 WHERE kode = '13.71'", 1);
  sql_expect (conn, "DELETE FROM stated_total", 0);
  /* what an office does not enter */
  sql_expect (conn, "INSERT INTO blangko_terima (tanggal, keping) VALUES ('2026-03-10', 100)", -1);
  sql_expect (conn, "DELETE FROM blangko_terima", -1);
  sql_expect (conn, "INSERT INTO blangko_distribusi (tanggal, kode, keping, cara) VALUES ('2026-03-10', '13.71', 1, "
                    "'diantar')",
              -1);
  sql_expect (conn, "UPDATE ikd_target SET target_bp = 1", -1);
  sql_expect (conn, "UPDATE region SET nama = 'x' WHERE kode = '13.71'", -1);
  sql_expect (conn, "UPDATE m2m_snapshot SET per = '2000-01-01'", -1);
  sql_expect (conn, "INSERT INTO akun VALUES ('padang2', 'office', '13')", -1);
  sql_expect (conn, "UPDATE akun SET kode = '13' WHERE nama = 'padang'", -1);
  /* history: added under its own name, never changed or removed */
  sql_expect (conn, "UPDATE riwayat_batch SET dibatalkan = 1", -1);
  sql_expect (conn, "UPDATE riwayat_batch SET keterangan = ''", -1);
  sql_expect (conn, "DELETE FROM riwayat_batch", -1);
  sql_expect (conn, "DELETE FROM riwayat", -1);
  sql_expect (conn, "UPDATE riwayat SET baru = '0'", -1);
  sql_expect (conn, "INSERT INTO riwayat_batch (waktu, oleh) VALUES ('2026-03-10T00:00:00', 'analis')", -1);
  sql_expect (conn, "INSERT INTO riwayat_batch (waktu, dibatalkan) VALUES ('2026-03-10T00:00:00', 1)", -1);
  sql_expect (conn,
              "INSERT INTO riwayat (batch_id, tabel, ref, kode, kolom) "
              "SELECT min (id), 'x', 'x', 'x', 'x' FROM riwayat_batch WHERE oleh = 'analis'",
              -1);
  sql_expect (conn, "INSERT INTO riwayat_batch (waktu) VALUES ('2026-03-10T00:00:00')", 1);
  sql_expect (conn,
              "INSERT INTO riwayat (batch_id, tabel, ref, kode, kolom) "
              "SELECT max (id), 'x', 'x', 'x', 'x' FROM riwayat_batch WHERE oleh = 'padang'",
              1);
  /* a temporary table named akun does not make it the province */
  PQclear (PQexec (conn, "CREATE TEMP TABLE akun AS SELECT 'padang'::text AS nama, 'office'::text AS jenis, "
                         "'13'::text AS kode"));
  sql_expect (conn, "UPDATE blangko_harian SET sisa = 0 WHERE kode = '13.72'", 0);
  PQfinish (conn);
}

static void
test_sql_reader (void)
{
  PGconn          *conn = connect_as ("baca");
  g_autofree char *n = NULL;

  n = query_as (conn, "SELECT count(*) FROM blangko_harian");
  g_assert_cmpint (atoi (n), >, 0);
  sql_expect (conn, "INSERT INTO blangko_harian VALUES ('13.71', '2026-03-11', 5, 1, 0, 0)", -1);
  sql_expect (conn, "UPDATE blangko_harian SET sisa = 0", -1);
  sql_expect (conn, "DELETE FROM blangko_harian", -1);
  sql_expect (conn, "DELETE FROM m2m_value", -1);
  sql_expect (conn, "UPDATE ikd_value SET jumlah_ikd = 0", -1);
  sql_expect (conn, "INSERT INTO blangko_terima (tanggal, keping) VALUES ('2026-03-10', 100)", -1);
  sql_expect (conn, "UPDATE riwayat_batch SET dibatalkan = 1", -1);
  sql_expect (conn, "DELETE FROM riwayat", -1);
  sql_expect (conn, "INSERT INTO riwayat_batch (waktu) VALUES ('2026-03-10T00:00:00')", -1);
  PQfinish (conn);
}

static void
test_sql_analyst (void)
{
  PGconn *conn = connect_as ("analis");

  sql_expect (conn, "INSERT INTO blangko_harian VALUES ('13.72', '2026-03-12', 5, 1, 0, 0)", 1);
  sql_expect (conn, "UPDATE blangko_harian SET sisa = 4 WHERE tanggal = '2026-03-12'", 1);
  sql_expect (conn, "DELETE FROM blangko_harian WHERE tanggal = '2026-03-12'", 1);
  sql_expect (conn, "INSERT INTO blangko_terima (tanggal, keping) VALUES ('2026-03-12', 100)", 1);
  sql_expect (conn, "DELETE FROM blangko_terima WHERE tanggal = '2026-03-12'", 1);
  /* history: marks a change undone, and nothing else */
  sql_expect (conn, "UPDATE riwayat_batch SET dibatalkan = 1 WHERE id = (SELECT max (id) FROM riwayat_batch "
                    "WHERE oleh = 'padang' AND dibatalkan = 0)",
              1);
  sql_expect (conn, "UPDATE riwayat_batch SET keterangan = ''", -1);
  sql_expect (conn, "UPDATE riwayat_batch SET oleh = 'analis'", -1);
  sql_expect (conn, "DELETE FROM riwayat_batch", -1);
  sql_expect (conn, "DELETE FROM riwayat", -1);
  sql_expect (conn, "UPDATE riwayat SET baru = '0'", -1);
  sql_expect (conn, "INSERT INTO riwayat_batch (waktu, oleh) VALUES ('2026-03-10T00:00:00', 'padang')", -1);
  sql_expect (conn, "INSERT INTO akun VALUES ('analis2', 'analyst', NULL)", -1);
  sql_expect (conn, "CREATE TABLE lain (x integer)", -1);
  PQfinish (conn);
}

static gboolean
can_log_in (const char *user,
            const char *password)
{
  g_autofree char *address = g_strdup_printf ("host=%s user=%s password=%s dbname=%s", server_dir, user, password,
                                              db_name);
  PGconn          *conn = PQconnectdb (address);
  gboolean         ok = PQstatus (conn) == CONNECTION_OK;

  PQfinish (conn);
  return ok;
}

/* The store opened as @user (NULL: the superuser, who made the database). */
static DkAccount *
current_as (const char *user)
{
  g_autofree char *address = address_as (user);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (address, &error);
  DkAccount *account;

  g_assert_no_error (error);
  account = dk_account_dup_current (store, &error);
  g_assert_no_error (error);
  return account;
}

/* Who is signed in, and what the program offers each: what the server allows. */
static void
test_current (void)
{
  g_autoptr(DkAccount) reader = current_as ("baca");
  g_autoptr(DkAccount) analyst = current_as ("analis");
  g_autoptr(DkAccount) office = current_as ("padang");
  g_autoptr(DkAccount) owner = current_as (NULL);
  g_autoptr(DkAccount) file = NULL;
  g_autoptr(DkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "berkas.db", NULL);
  DkAccountKind kind;

  g_assert_cmpstr (reader->nama, ==, "baca");
  g_assert_cmpint (reader->kind, ==, DK_ACCOUNT_READER);
  g_assert_null (reader->kode);
  g_assert_false (dk_account_may_write_any (reader));
  g_assert_false (dk_account_may_write (reader, DK_ACCOUNT_WRITE_BLANGKO_DAILY));
  g_assert_false (dk_account_may_write_region (reader, "13.71"));

  g_assert_cmpstr (analyst->nama, ==, "analis");
  g_assert_cmpint (analyst->kind, ==, DK_ACCOUNT_ANALYST);
  g_assert_null (analyst->kode);
  for (DkAccountWrite w = DK_ACCOUNT_WRITE_BLANGKO_DAILY; w <= DK_ACCOUNT_WRITE_UNDO; w++)
    g_assert_true (dk_account_may_write (analyst, w));
  g_assert_false (dk_account_may_write (analyst, DK_ACCOUNT_WRITE_RESTORE));
  g_assert_true (dk_account_may_write_region (analyst, "13.72"));

  g_assert_cmpstr (office->nama, ==, "padang");
  g_assert_cmpint (office->kind, ==, DK_ACCOUNT_OFFICE);
  g_assert_cmpstr (office->kode, ==, "13.71");
  g_assert_true (dk_account_may_write (office, DK_ACCOUNT_WRITE_BLANGKO_DAILY));
  g_assert_true (dk_account_may_write (office, DK_ACCOUNT_WRITE_BLANGKO_USAGE));
  g_assert_true (dk_account_may_write (office, DK_ACCOUNT_WRITE_M2M_FIGURES));
  g_assert_true (dk_account_may_write (office, DK_ACCOUNT_WRITE_IKD_FIGURES));
  g_assert_true (dk_account_may_write (office, DK_ACCOUNT_WRITE_STATED_TOTALS));
  g_assert_false (dk_account_may_write (office, DK_ACCOUNT_WRITE_BLANGKO_STOCK));
  g_assert_false (dk_account_may_write (office, DK_ACCOUNT_WRITE_M2M_EVENTS));
  g_assert_false (dk_account_may_write (office, DK_ACCOUNT_WRITE_IKD_TARGET));
  g_assert_false (dk_account_may_write (office, DK_ACCOUNT_WRITE_BUDGET));
  g_assert_false (dk_account_may_write (office, DK_ACCOUNT_WRITE_PKS));
  g_assert_false (dk_account_may_write (office, DK_ACCOUNT_WRITE_REGIONS));
  g_assert_false (dk_account_may_write (office, DK_ACCOUNT_WRITE_UNDO));
  g_assert_true (dk_account_may_write_region (office, "13.71"));
  g_assert_true (dk_account_may_write_region (office, "13.71.01"));
  g_assert_false (dk_account_may_write_region (office, "13.7"));
  g_assert_false (dk_account_may_write_region (office, "13.710"));
  g_assert_false (dk_account_may_write_region (office, "13.72"));
  g_assert_false (dk_account_may_write_region (office, "13"));

  /* the superuser who ran `server init` owns the tables */
  g_assert_cmpstr (owner->nama, ==, "postgres");
  g_assert_cmpint (owner->kind, ==, DK_ACCOUNT_OWNER);
  g_assert_true (dk_account_may_write (owner, DK_ACCOUNT_WRITE_RESTORE));
  g_assert_true (dk_account_may_write_region (owner, "13"));
  /* "owner" is no kind an account is made as */
  g_assert_false (dk_account_kind_from_string ("owner", &kind));
  g_assert_cmpstr (dk_account_kind_to_string (DK_ACCOUNT_OWNER), ==, "owner");

  /* a file has no accounts: its user may do everything */
  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  file = dk_account_dup_current (store, &error);
  g_assert_no_error (error);
  g_assert_cmpint (file->kind, ==, DK_ACCOUNT_OWNER);
  g_assert_cmpstr (file->nama, ==, g_get_user_name ());
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* `server user add|list|password|remove`, and what a new office's account may do. */
static void
test_cli_users (void)
{
  const char      *add[] = { "server", "user", "add", "kantor", "--role", "office", "--region", "13.72", NULL };
  const char      *add_bad_region[] = { "server", "user", "add", "kantor2", "--role", "office", "--region", "13", NULL };
  const char      *add_bad_name[] = { "server", "user", "add", "Kantor; DROP", "--role", "reader", NULL };
  const char      *add_no_region[] = { "server", "user", "add", "kantor3", "--role", "office", NULL };
  const char      *list[] = { "server", "user", "list", "--format", "csv", NULL };
  const char      *password[] = { "server", "user", "password", "kantor", NULL };
  const char      *remove[] = { "server", "user", "remove", "kantor", NULL };
  const char      *remove_other[] = { "server", "user", "remove", "postgres", NULL };
  g_autofree char *log_path = g_build_filename (server_dir, "log", NULL);
  g_autofree char *log = NULL;
  char            *out, *err;
  int              status;

  out = cli_run_args (NULL, "", &status, &err, add);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "No password"));
  g_free (out), g_free (err);
  out = cli_run_args (NULL, "rahasia1\n", &status, &err, add_bad_region);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "13"));
  g_free (out), g_free (err);
  out = cli_run_args (NULL, "rahasia1\n", &status, &err, add_bad_name);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "not an account name"));
  g_free (out), g_free (err);
  out = cli_run_args (NULL, "rahasia1\n", &status, &err, add_no_region);
  g_assert_cmpint (status, ==, 2);
  g_free (out), g_free (err);

  out = cli_run_args (NULL, "rahasia1\n", &status, &err, add);
  g_assert_cmpstr (err, ==, "");
  g_assert_cmpint (status, ==, 0);
  g_free (out), g_free (err);
  /* on the test server, members of dk_password must give theirs */
  admin_exec ("GRANT dk_password TO kantor");
  g_assert_true (can_log_in ("kantor", "rahasia1"));
  g_assert_false (can_log_in ("kantor", "salah"));
  out = cli_run_args (NULL, "", &status, NULL, list);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "\nkantor,office,13.72\n"));
  g_assert_nonnull (strstr (out, "\nanalis,analyst,\n"));
  g_free (out);

  out = cli_run_args (NULL, "rotnak\n", &status, &err, password);
  g_assert_cmpint (status, ==, 0);
  g_free (out), g_free (err);
  g_assert_false (can_log_in ("kantor", "rahasia1"));
  g_assert_true (can_log_in ("kantor", "rotnak"));
  /* its password is now the one address_as() gives */
  cli_allowed ("kantor", "blangko", "daily", "13.72", "2026-04-01", "--sisa", "1", "--cetak", "1", "--prr", "1", NULL);
  cli_refused ("kantor", "blangko", "daily", "13.71", "2026-04-01", "--sisa", "1", "--cetak", "1", "--prr", "1", NULL);

  /* a login of the server that is not an account of the program is left alone */
  out = cli_run_args (NULL, "", &status, &err, remove_other);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "not an account of the program"));
  g_free (out), g_free (err);
  out = cli_run_args (NULL, "", &status, &err, remove);
  g_assert_cmpint (status, ==, 0);
  g_free (out), g_free (err);
  g_assert_false (can_log_in ("kantor", "rotnak"));
  out = cli_run_args (NULL, "", &status, NULL, list);
  g_assert_null (strstr (out, "kantor"));
  g_free (out);

  /* the passwords went hashed: the server's log never saw them */
  g_assert_true (g_file_get_contents (log_path, &log, NULL, NULL));
  g_assert_null (strstr (log, "rahasia"));
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

  db_name = g_strdup ("peran");
  admin = g_strdup_printf ("host=%s user=postgres dbname=postgres", server_dir);
  sql = g_strdup_printf ("CREATE DATABASE %s", db_name);
  message = dk_test_exec_sql (admin, sql);
  g_assert_null (message);
  dir = dk_test_make_tmpdir ();
  home = dir;
  {
    g_autofree char *db = address_as (NULL);
    g_autofree char *out = cli_run (NULL, &status, NULL, "server", "init", db, NULL);

    g_assert_cmpint (status, ==, 0);
  }
  setup_accounts ();

  g_test_add_func ("/roles/current", test_current);
  g_test_add_func ("/roles/cli/office", test_cli_office);
  g_test_add_func ("/roles/cli/reader", test_cli_reader);
  g_test_add_func ("/roles/cli/analyst", test_cli_analyst);
  g_test_add_func ("/roles/sql/office", test_sql_office);
  g_test_add_func ("/roles/sql/reader", test_sql_reader);
  g_test_add_func ("/roles/sql/analyst", test_sql_analyst);
  g_test_add_func ("/roles/cli/users", test_cli_users);
  status = g_test_run ();
  dk_test_rm_rf (dir);
  return status;
}
