/* test-conflict.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No lost update: two programs on the same database (two DkStore objects, and
 * dukcapil-cli as a real second process) read the same figures; the first to write wins,
 * the second is refused with DK_ERROR_CONFLICT naming who changed them and when, and the
 * table keeps the first's value; after a reload (dk_store_mark_read) the second's write
 * is accepted. Writes to other figures are not refused; an import, an undo and an M2M
 * event are checked too. On a file, and on a server: with DK_TEST_PG (`meson test --setup pg`), or
 * with a server of its own (run-with-pg.sh sets DK_TEST_SERVER_DIR).
 */
#include "config.h"

#include <string.h>

#include "dk-blangko.h"
#include "dk-domains.h"
#include "dk-error.h"
#include "dk-import.h"
#include "dk-m2m.h"
#include "dk-test-util.h"

typedef struct
{
  char    *dir;
  char    *address;
  DkStore *a;
  DkStore *b;
  char    *cli;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = dk_test_make_tmpdir ();
  f->address = dk_test_db_address (f->dir, "conflict.db");
  f->a = dk_domains_open (f->address, &error);
  g_assert_no_error (error);
  f->b = dk_domains_open (f->address, &error);
  g_assert_no_error (error);
  f->cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "dukcapil-cli", NULL);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->a);
  g_clear_object (&f->b);
  dk_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->address);
  g_free (f->cli);
}

static void
mark (DkStore *store)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dk_store_mark_read (store, &error));
  g_assert_no_error (error);
}

static gboolean
set_sisa (DkStore     *store,
          const char  *kode,
          gint64       sisa,
          GError     **error)
{
  DkBlangkoDaily daily = { (char *) kode, "2026-12-01", sisa, 10, 20, 1 };

  return dk_blangko_set_daily (store, &daily, error);
}

static char *
sisa_of (Fixture    *f,
         const char *kode)
{
  const char *sql = g_str_equal (kode, "13.71")
                      ? "SELECT sisa FROM blangko_harian WHERE kode = '13.71' AND tanggal = '2026-12-01'"
                      : "SELECT sisa FROM blangko_harian WHERE kode = '13.72' AND tanggal = '2026-12-01'";

  return dk_test_query_text (f->address, sql);
}

/* who wrote, as the message names them: the server's account, or none on a file */
static void
assert_names_writer (const GError *error)
{
  g_assert_error (error, DK_ERROR, DK_ERROR_CONFLICT);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, dk_test_engine_is_pg () ? "changed by postgres at 20"
                                                                     : "changed by another program at 20"));
  g_assert_nonnull (strstr (error->message, "nothing was written"));
}

static void
test_race (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *won = NULL;
  g_autofree char *later = NULL;
  g_autofree char *other = NULL;

  mark (f->a);
  mark (f->b);
  g_assert_true (set_sisa (f->a, "13.71", 100, &error));
  g_assert_no_error (error);
  /* its own writes never conflict */
  g_assert_true (set_sisa (f->a, "13.71", 110, &error));
  g_assert_no_error (error);

  g_assert_false (set_sisa (f->b, "13.71", 200, &error));
  assert_names_writer (error);
  g_assert_nonnull (strstr (error->message, "The figures of Kota Padang on 2026-12-01 were changed"));
  g_clear_error (&error);
  won = sisa_of (f, "13.71");
  g_assert_cmpstr (won, ==, "110");

  /* other figures are not refused */
  g_assert_true (set_sisa (f->b, "13.72", 300, &error));
  g_assert_no_error (error);

  /* after a reload, the write is accepted; then the first is behind */
  mark (f->b);
  g_assert_true (set_sisa (f->b, "13.71", 200, &error));
  g_assert_no_error (error);
  later = sisa_of (f, "13.71");
  g_assert_cmpstr (later, ==, "200");
  g_assert_false (set_sisa (f->a, "13.71", 120, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_CONFLICT);
  g_clear_error (&error);
  other = sisa_of (f, "13.72");
  g_assert_cmpstr (other, ==, "300");
}

/* dukcapil-cli as a second process: it reads, writes, and wins over a window's older read */
static void
test_cli (Fixture       *f,
          gconstpointer  data)
{
  const char *argv[] = { f->cli, "--db", f->address, "blangko", "daily", "13.71", "2026-12-01", "--sisa", "400",
                         "--cetak", "10", "--prr", "20", "--suket", "1", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *value = NULL;
  int status;

  mark (f->a);
  out = dk_test_run (argv, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_false (set_sisa (f->a, "13.71", 100, &error));
  assert_names_writer (error);
  g_clear_error (&error);
  value = sisa_of (f, "13.71");
  g_assert_cmpstr (value, ==, "400");
  mark (f->a);
  g_assert_true (set_sisa (f->a, "13.71", 100, &error));
  g_assert_no_error (error);
}

static gboolean
import_padang (DkStore     *store,
               const char  *jumlah,
               GError     **error)
{
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_IKD, NULL);
  g_autofree char *csv = g_strdup_printf ("Kode,Wilayah,Rekam Dinamis,Jumlah IKD\n13.71,Kota Padang,680160,%s\n",
                                          jumlah);

  dk_import_set_as_of (import, "2024-11-01");
  g_assert_true (dk_import_read_data (import, "ikd.csv", csv, strlen (csv)));
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
  return dk_import_commit (import, error);
}

/* an import over figures changed since they were read is refused too */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  mark (f->a);
  mark (f->b);
  g_assert_true (import_padang (f->a, "203479", &error));
  g_assert_no_error (error);
  g_assert_false (import_padang (f->b, "100000", &error));
  assert_names_writer (error);
  g_assert_nonnull (strstr (error->message, "Kota Padang on 2024-11-01"));
  g_clear_error (&error);
  value = dk_test_query_text (f->address, "SELECT v.jumlah_ikd FROM ikd_value v JOIN ikd_snapshot s "
                                          "ON s.id = v.snapshot_id WHERE s.per = '2024-11-01' AND v.kode = '13.71'");
  g_assert_cmpstr (value, ==, "203479");
  mark (f->b);
  g_assert_true (import_padang (f->b, "100000", &error));
  g_assert_no_error (error);
}

/* an undo is a change: a write after another's undo is refused, and an undo of a change
 * not seen is refused */
static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *value = NULL;

  mark (f->a);
  g_assert_true (set_sisa (f->a, "13.71", 100, &error));
  mark (f->b);
  g_assert_true (dk_domains_undo (f->a, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (set_sisa (f->b, "13.71", 200, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_CONFLICT);
  g_clear_error (&error);
  value = dk_test_query_text (f->address, "SELECT count(*) FROM blangko_harian WHERE kode = '13.71'");
  g_assert_cmpstr (value, ==, "0");

  /* B writes after a reload; A, which has not seen it, may not undo it */
  mark (f->b);
  g_assert_true (set_sisa (f->b, "13.71", 200, &error));
  g_assert_false (dk_domains_undo (f->a, NULL, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_CONFLICT);
  g_clear_error (&error);
  mark (f->a);
  g_assert_true (dk_domains_undo (f->a, NULL, &error));
  g_assert_no_error (error);
}

/* an M2M event is recorded in the history like any other write: an undo of one another
 * program added after the read is refused; after a reload it is undone */
static void
test_event (Fixture       *f,
            gconstpointer  data)
{
  DkM2mEvent event = { 0, "2026-01-05", FALSE, (char *) "13.71", DK_M2M_EVENT_BROKEN, (char *) "Router rusak" };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dk_test_query_text (f->address, "SELECT count(*) FROM m2m_event");
  g_autofree char *added = NULL;
  g_autofree char *undone = NULL;

  mark (f->a);
  mark (f->b);
  g_assert_true (dk_m2m_add_event (f->b, &event, &error));
  g_assert_no_error (error);
  added = dk_test_query_text (f->address, "SELECT count(*) FROM m2m_event");
  g_assert_cmpint (g_ascii_strtoll (added, NULL, 10), ==, g_ascii_strtoll (before, NULL, 10) + 1);
  g_assert_false (dk_domains_undo (f->a, NULL, &error));
  assert_names_writer (error);
  g_clear_error (&error);
  mark (f->a);
  g_assert_true (dk_domains_undo (f->a, NULL, &error));
  g_assert_no_error (error);
  undone = dk_test_query_text (f->address, "SELECT count(*) FROM m2m_event");
  g_assert_cmpstr (undone, ==, before);
}

/* a store that never marked checks nothing (a library user that does not read first) */
static void
test_unmarked (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (set_sisa (f->a, "13.71", 100, &error));
  g_assert_true (set_sisa (f->b, "13.71", 200, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  const char *server_dir = g_getenv ("DK_TEST_SERVER_DIR");

  /* a server of its own (run-with-pg.sh): the same tests on it */
  if (server_dir != NULL && dk_test_pg_server () == NULL)
    {
      g_autofree char *conninfo = g_strdup_printf ("host=%s user=postgres dbname=postgres", server_dir);

      g_setenv ("DK_TEST_PG", conninfo, TRUE);
    }
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/conflict/race", Fixture, NULL, fixture_setup, test_race, fixture_teardown);
  g_test_add ("/conflict/cli", Fixture, NULL, fixture_setup, test_cli, fixture_teardown);
  g_test_add ("/conflict/import", Fixture, NULL, fixture_setup, test_import, fixture_teardown);
  g_test_add ("/conflict/undo", Fixture, NULL, fixture_setup, test_undo, fixture_teardown);
  g_test_add ("/conflict/event", Fixture, NULL, fixture_setup, test_event, fixture_teardown);
  g_test_add ("/conflict/unmarked", Fixture, NULL, fixture_setup, test_unmarked, fixture_teardown);
  return g_test_run ();
}
