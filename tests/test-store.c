/* test-store.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sqlite3.h>
#include <string.h>

#include "dk-backup.h"
#include "dk-domains.h"
#include "dk-budget.h"
#include "dk-error.h"
#include "dk-store.h"
#include "dk-test-util.h"

/* the first column of the first row of @sql on the database at @path (a file, or a
 * database on the test server), -1 for no row */
static int
count_rows (const char *path,
            const char *sql)
{
  g_autofree char *text = dk_test_query_text (path, sql);

  return text[0] != '\0' ? (int) g_ascii_strtoll (text, NULL, 10) : -1;
}

static void
exec_sql (const char *path,
          const char *sql)
{
  g_autofree char *message = dk_test_exec_sql (path, sql);

  g_assert_null (message);
}

/* The schema's version: in the file's header, or in the server's table of its own. */
#define VERSION_QUERY (dk_test_engine_is_pg () ? "SELECT versi FROM dk_schema" : "PRAGMA user_version")

/* What opening may not change on a server, where there are no file bytes to compare: the
 * version's row (its xmin says whether it was written again) and the counts of rows. */
static char *
dump_server (const char *address)
{
  static const char *queries[] = {
    "SELECT CAST (xmin AS TEXT), * FROM dk_schema",
    "SELECT count(*) FROM region",
    "SELECT count(*) FROM ikd_value",
    "SELECT schemaname, tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY 2",
  };

  return dk_test_dump_queries (address, queries, G_N_ELEMENTS (queries));
}

/* What the database at @path holds: the file's bytes, or the server's dump_server() */
static GBytes *
contents_of (const char *path)
{
  char *dump;

  if (!dk_test_engine_is_pg ())
    return dk_test_file_bytes (path);
  dump = dump_server (path);
  return g_bytes_new_take (dump, strlen (dump));
}

static void
test_create_and_seed (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = dk_test_db_address (dir, "test.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (dk_store_get_schema_version (store), ==, dk_store_get_latest_version ());
  g_assert_cmpint (dk_store_is_server (store), ==, dk_test_engine_is_pg ());
  if (!dk_test_engine_is_pg ())
    g_assert_cmpstr (dk_store_get_path (store), ==, path);
  g_clear_object (&store);

  g_assert_cmpint (count_rows (path, VERSION_QUERY), ==, dk_store_get_latest_version ());
  if (dk_test_engine_is_pg ())
    g_assert_cmpint (count_rows (path, "SELECT count(*) FROM dk_schema WHERE aplikasi = 'dukcapil'"), ==, 1);
  else
    g_assert_cmpint (count_rows (path, "PRAGMA application_id"), ==, 0x44756b63);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM region"), ==, 91599);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM region WHERE tingkat = 'kabkota' AND induk = '13'"), ==, 19);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM region WHERE kode = '13.10'"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM ikd_snapshot WHERE per = '2025-12-31'"), ==, 1);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM ikd_value"), ==, 20);
  g_assert_cmpint (count_rows (path, "SELECT sum(jumlah_ikd) FROM ikd_value WHERE kode <> '13'"), ==, 499435);
  g_assert_cmpint (count_rows (path, "SELECT target_bp FROM ikd_target WHERE tahun = 2024"), ==, 3000);
  if (!dk_test_engine_is_pg ())
    g_assert_cmpint (count_rows (path, "SELECT journal_mode = 'wal' FROM pragma_journal_mode"), ==, 1);

  dk_test_rm_rf (dir);
}

static void
test_reopen_changes_nothing (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = dk_test_db_address (dir, "test.db");
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  DkStore *store;

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  before = contents_of (path);

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dk_store_get_schema_version (store), ==, dk_store_get_latest_version ());
  g_object_unref (store);
  after = contents_of (path);

  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM ikd_value"), ==, 20);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM region"), ==, 91599);
  dk_test_rm_rf (dir);
}

/* A database of schema 1 (the first release: IKD only) gains the M2M tables and their
 * seed data when opened, and keeps its own data. */
static void
test_migrates_forward (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = dk_test_db_address (dir, "old.db");
  g_autoptr(GError) error = NULL;
  DkStore *store;

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  dk_test_undo_schema_8 (path);
  exec_sql (path, "DROP TABLE blangko_distribusi; DROP TABLE blangko_rencana; DROP TABLE blangko_terima; "
                  "DROP TABLE blangko_harian; DROP TABLE blangko_penggunaan; DROP TABLE blangko_penandatangan; "
                  "DROP TABLE ktp_el_cakupan; "
                  "DROP TABLE pks_langkah; DROP TABLE pks_akses; DROP TABLE pks_perpanjangan; "
                  "DROP TABLE pks_perjanjian; DROP TABLE pks_lembaga; DROP TABLE pks_libur;");
  exec_sql (path, "DROP TABLE anggaran_realisasi_bulan; DROP TABLE anggaran_realisasi; DROP TABLE anggaran_nilai; "
                  "DROP TABLE anggaran_dpa; DROP TABLE anggaran_baris; DROP TABLE anggaran_kegiatan; "
                  "DROP TABLE anggaran_tahun; "
                  "DROP TABLE m2m_value; DROP TABLE m2m_snapshot; DROP TABLE m2m_event; "
                  "DROP TABLE stated_total; DROP TABLE riwayat; DROP TABLE riwayat_batch; DROP TABLE penduduk; "
                  "DELETE FROM region WHERE kode <> '13' AND kode NOT LIKE '13.__'; "
                  "UPDATE ikd_value SET jumlah_ikd = 11000 WHERE kode = '13.01';");
  /* the version: the file's header, or the server's table (and there schema 6's trigger
   * function, which dropping penduduk leaves behind) */
  exec_sql (path, dk_test_engine_is_pg () ? "DROP FUNCTION penduduk_region (); UPDATE dk_schema SET versi = 1"
                                          : "PRAGMA user_version = 1");
  g_assert_cmpint (count_rows (path, VERSION_QUERY), ==, 1);

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dk_store_get_schema_version (store), ==, dk_store_get_latest_version ());
  /* the old database file was backed up before it was changed (a server's database is
   * its administrator's to back up) */
  if (!dk_test_engine_is_pg ())
    {
      g_auto(GStrv) backups = dk_backup_list (store);

      g_assert_cmpuint (g_strv_length (backups), ==, 1);
      g_assert_nonnull (strstr (backups[0], "-migration.db"));
      g_assert_cmpint (count_rows (backups[0], "PRAGMA user_version"), ==, 1);
    }
  g_object_unref (store);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM m2m_value"), ==, 19);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM m2m_event"), ==, 2);
  g_assert_cmpint (count_rows (path, "SELECT nilai FROM stated_total WHERE kolom = 'jumlah_perangkat'"), ==, 39);
  /* the user's own data survives */
  g_assert_cmpint (count_rows (path, "SELECT jumlah_ikd FROM ikd_value WHERE kode = '13.01'"), ==, 11000);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM region"), ==, 91599);
  dk_test_rm_rf (dir);
}

static void
test_newer_schema_refused (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "newer.db", NULL);
  g_autofree char *sql = g_strdup_printf ("CREATE TABLE future (x); PRAGMA application_id = %d; "
                                          "PRAGMA user_version = %d;",
                                          0x44756b63, dk_store_get_latest_version () + 1);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;

  if (dk_test_engine_is_pg ())
    {
      /* a database on the server that a newer program brought up to its schema */
      g_free (path);
      path = dk_test_db_address (dir, "newer.db");
      exec_sql (path, "CREATE TABLE future (x integer); UPDATE dk_schema SET versi = versi + 1");
    }
  else
    exec_sql (path, sql);
  before = contents_of (path);

  store = dk_domains_open (path, &error);
  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_NEWER_SCHEMA);
  g_assert_nonnull (strstr (error->message, "newer"));
  /* the database as the user knows it: the file, or the server's database */
  g_assert_nonnull (strstr (error->message, dk_test_engine_is_pg () ? g_strrstr (path, "dbname=") + 7 : path));

  after = contents_of (path);
  g_assert_true (g_bytes_equal (before, after));
  if (!dk_test_engine_is_pg ())
    {
      g_autofree char *wal = g_strconcat (path, "-wal", NULL);

      g_assert_false (g_file_test (wal, G_FILE_TEST_EXISTS));
    }
  dk_test_rm_rf (dir);
}

static void
test_foreign_refused (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *other = g_build_filename (dir, "other.db", NULL);
  g_autofree char *text = g_build_filename (dir, "notes.txt", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;

  /* another program's database */
  exec_sql (other, "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT); "
                   "INSERT INTO customers (name) VALUES ('x');");
  before = dk_test_file_bytes (other);
  store = dk_domains_open (other, &error);
  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  after = dk_test_file_bytes (other);
  g_assert_true (g_bytes_equal (before, after));
  g_clear_error (&error);
  g_clear_pointer (&before, g_bytes_unref);
  g_clear_pointer (&after, g_bytes_unref);

  /* and a database of another program on the server */
  if (dk_test_engine_is_pg ())
    {
      static const char *queries[] = {
        "SELECT schemaname, tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY 2",
        "SELECT * FROM customers",
      };
      g_autofree char *address = dk_test_db_address (dir, "other-server.db");
      g_autofree char *dump_before = NULL;
      g_autofree char *dump_after = NULL;

      exec_sql (address, "DROP SCHEMA public CASCADE; CREATE SCHEMA public; "
                         "CREATE TABLE customers (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY, name text); "
                         "INSERT INTO customers (name) VALUES ('x');");
      dump_before = dk_test_dump_queries (address, queries, G_N_ELEMENTS (queries));
      store = dk_domains_open (address, &error);
      g_assert_null (store);
      g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
      dump_after = dk_test_dump_queries (address, queries, G_N_ELEMENTS (queries));
      g_assert_cmpstr (dump_before, ==, dump_after);
      g_clear_error (&error);
    }

  /* not a database at all */
  g_assert_true (g_file_set_contents (text, "kode,wilayah\n13,SUMATERA BARAT\n"
                                            "this is not a database, and it is long enough to be read\n", -1, NULL));
  before = dk_test_file_bytes (text);
  store = dk_domains_open (text, &error);
  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  after = dk_test_file_bytes (text);
  g_assert_true (g_bytes_equal (before, after));
  g_clear_error (&error);

  /* a folder */
  store = dk_domains_open (dir, &error);
  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_DATABASE);
  dk_test_rm_rf (dir);
}

/* A database of schema 2 (IKD and M2M) gains the budget tables and the report's
 * realisation tables when opened, and keeps its own data. */
static void
test_migrates_2_to_3 (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = dk_test_db_address (dir, "old.db");
  g_autoptr(GError) error = NULL;
  DkStore *store;

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  dk_test_undo_schema_8 (path);
  exec_sql (path, "DROP TABLE blangko_distribusi; DROP TABLE blangko_rencana; DROP TABLE blangko_terima; "
                  "DROP TABLE blangko_harian; DROP TABLE blangko_penggunaan; DROP TABLE blangko_penandatangan; "
                  "DROP TABLE ktp_el_cakupan; "
                  "DROP TABLE pks_langkah; DROP TABLE pks_akses; DROP TABLE pks_perpanjangan; "
                  "DROP TABLE pks_perjanjian; DROP TABLE pks_lembaga; DROP TABLE pks_libur;");
  exec_sql (path, "DROP TABLE anggaran_realisasi_bulan; DROP TABLE anggaran_realisasi; DROP TABLE anggaran_nilai; "
                  "DROP TABLE anggaran_dpa; DROP TABLE anggaran_baris; DROP TABLE anggaran_kegiatan; "
                  "DROP TABLE anggaran_tahun; DELETE FROM stated_total WHERE tabel = 'anggaran'; "
                  "DROP TABLE riwayat; DROP TABLE riwayat_batch; DROP TABLE penduduk; "
                  "UPDATE m2m_value SET aktif = 4 WHERE kode = '13.02';");
  exec_sql (path, dk_test_engine_is_pg () ? "DROP FUNCTION penduduk_region (); UPDATE dk_schema SET versi = 2"
                                          : "PRAGMA user_version = 2");
  g_assert_cmpint (count_rows (path, dk_test_engine_is_pg ()
                                       ? "SELECT count(*) FROM pg_catalog.pg_tables WHERE tablename LIKE 'anggaran%'"
                                       : "SELECT count(*) FROM sqlite_schema WHERE name LIKE 'anggaran%'"),
                   ==, 0);

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dk_store_get_schema_version (store), ==, dk_store_get_latest_version ());
  g_object_unref (store);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM anggaran_tahun"), ==, 2);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM anggaran_kegiatan"), ==, 2);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM anggaran_baris"), ==, 9);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM anggaran_dpa WHERE nomor = 1 AND nama = 'DPA'"), ==, 2);
  g_assert_cmpint (count_rows (path, "SELECT sum(anggaran) FROM anggaran_nilai"), ==, 140897000);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM stated_total WHERE tabel = 'anggaran'"), ==, 14);
  /* the user's own data survives */
  g_assert_cmpint (count_rows (path, "SELECT aktif FROM m2m_value WHERE kode = '13.02'"), ==, 4);
  g_assert_cmpint (count_rows (path, "SELECT count(*) FROM stated_total WHERE tabel = 'm2m'"), ==, 2);
  dk_test_rm_rf (dir);
}

static void
test_unreachable_path (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open ("/nonexistent-dukcapil-dir/sub/x.db", &error);

  g_assert_null (store);
  g_assert_error (error, DK_ERROR, DK_ERROR_DATABASE);
  g_clear_error (&error);

  /* and a server that is not there */
  if (dk_test_engine_is_pg ())
    {
      store = dk_domains_open ("host=/nonexistent-dukcapil-dir dbname=dukcapil connect_timeout=2", &error);
      g_assert_null (store);
      g_assert_error (error, DK_ERROR, DK_ERROR_CONNECTION);
    }
}

/* A database damaged deep inside (one table's page garbled) opens for reading, since its
 * check runs in a thread; but the check finds it, and nothing is written to it: not a
 * change, not an automatic backup. */
static void
test_damaged_page_never_written (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;
  g_autofree char *backup = NULL;
  sqlite3 *db = NULL;
  sqlite3_stmt *stmt = NULL;
  int page_size, root;

  if (dk_test_engine_is_pg ())
    {
      g_test_skip ("garbles a page of the database file, and checks with sqlite's integrity check; a server "
                   "keeps its own pages");
      return;
    }
  g_clear_object (&(DkStore *){ dk_test_fresh_store (dir) });

  /* the page of the M2M figures, garbled in place */
  g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_prepare_v2 (db, "SELECT (SELECT page_size FROM pragma_page_size), rootpage "
                                           "FROM sqlite_schema WHERE name = 'm2m_value'", -1, &stmt, NULL), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
  page_size = sqlite3_column_int (stmt, 0);
  root = sqlite3_column_int (stmt, 1);
  sqlite3_finalize (stmt);
  sqlite3_close (db);
  g_assert_cmpint (root, >, 1);
  {
    g_autoptr(GBytes) bytes = dk_test_file_bytes (path);
    gsize len = g_bytes_get_size (bytes);
    g_autofree char *data = g_memdup2 (g_bytes_get_data (bytes, NULL), len);

    g_assert_cmpuint (len, >=, (gsize) root * page_size);
    memset (data + (gsize) (root - 1) * page_size, 0xa5, page_size);
    g_assert_true (g_file_set_contents (path, data, len, NULL));
  }
  before = dk_test_file_bytes (path);

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (store);

  g_assert_false (dk_store_wait_sound (store, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  g_assert_nonnull (strstr (error->message, "damaged"));
  g_clear_error (&error);

  g_assert_false (dk_budget_add_year (store, 2030, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  g_clear_error (&error);
  backup = dk_backup_auto (store, "import", &error);
  g_assert_null (backup);
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  g_clear_error (&error);

  g_clear_object (&store);
  after = dk_test_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  dk_test_rm_rf (dir);
}

/* A sound database's check says so; closing a store while its check runs is prompt. */
static void
test_sound_check (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = dk_test_db_address (dir, "test.db");
  g_autoptr(GError) error = NULL;

  g_clear_object (&(DkStore *){ dk_domains_open (path, &error) });
  g_assert_no_error (error);
  for (guint i = 0; i < 20; i++)
    {
      g_autoptr(DkStore) store = dk_domains_open (path, &error);

      g_assert_no_error (error);
      if (i % 2 == 0)
        {
          g_assert_true (dk_store_wait_sound (store, &error));
          g_assert_no_error (error);
        }
    }
  dk_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dk/store/create-and-seed", test_create_and_seed);
  g_test_add_func ("/dk/store/reopen-changes-nothing", test_reopen_changes_nothing);
  g_test_add_func ("/dk/store/migrates-forward", test_migrates_forward);
  g_test_add_func ("/dk/store/migrates-2-to-3", test_migrates_2_to_3);
  g_test_add_func ("/dk/store/newer-schema-refused", test_newer_schema_refused);
  g_test_add_func ("/dk/store/foreign-file-refused", test_foreign_refused);
  g_test_add_func ("/dk/store/unreachable-path", test_unreachable_path);
  g_test_add_func ("/dk/store/damaged-page-never-written", test_damaged_page_never_written);
  g_test_add_func ("/dk/store/sound-check", test_sound_check);
  return g_test_run ();
}
