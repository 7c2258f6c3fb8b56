/* test-ui-live.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Live dashboards, on a PostgreSQL server of the test's own (tests/run-with-pg.sh):
 * the watch of a database hears another store's commits; the window, under Xvfb, shows
 * another process's import (dukcapil-cli) by itself, on the page, the date and at the
 * scroll position the user left it, because the server said so (the window counts the refreshes its watch made: nothing polls).
 *
 * No step sleeps or waits for a time: the tests iterate the main context until what they
 * wait for holds, within an overall limit that only turns a hang into a failure.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/wait.h>

#include "dk-application.h"
#include "dk-domains.h"
#include "dk-i18n.h"
#include "dk-ikd-page.h"
#include "dk-ikd-row.h"
#include "dk-ikd.h"
#include "dk-store-watch.h"
#include "dk-test-ui.h"
#include "dk-test-util.h"
#include "dk-window.h"

/* Only turns a hang into a failure: every wait ends on its condition long before. */
#define HANG_S 120

static const char *server_dir;

static const char * const kabkota[][2] = {
  { "13.01", "Kabupaten Pesisir Selatan" },
  { "13.02", "Kabupaten Solok" },
  { "13.03", "Kabupaten Sijunjung" },
  { "13.04", "Kabupaten Tanah Datar" },
  { "13.05", "Kabupaten Padang Pariaman" },
  { "13.06", "Kabupaten Agam" },
  { "13.07", "Kabupaten Lima Puluh Kota" },
  { "13.08", "Kabupaten Pasaman" },
  { "13.09", "Kabupaten Kepulauan Mentawai" },
  { "13.10", "Kabupaten Dharmasraya" },
  { "13.11", "Kabupaten Solok Selatan" },
  { "13.12", "Kabupaten Pasaman Barat" },
  { "13.71", "Kota Padang" },
  { "13.72", "Kota Solok" },
  { "13.73", "Kota Sawahlunto" },
  { "13.74", "Kota Padang Panjang" },
  { "13.75", "Kota Bukittinggi" },
  { "13.76", "Kota Payakumbuh" },
  { "13.77", "Kota Pariaman" },
};

static gboolean
hang_cb (gpointer data)
{
  g_error ("%s did not happen in %d s", (const char *) data, HANG_S);
  return G_SOURCE_REMOVE;
}

/* Iterates the main context until *@flag is TRUE. */
static void
wait_for (const gboolean *flag,
          const char     *what)
{
  guint hang = g_timeout_add_seconds (HANG_S, hang_cb, (gpointer) what);

  while (!*flag)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (hang);
}

static char *
address_of (const char *dbname)
{
  return g_strdup_printf ("host=%s user=postgres dbname=%s", server_dir, dbname);
}

/* A new, empty database on the server. */
static char *
new_database (const char *name)
{
  g_autofree char *admin = address_of ("postgres");
  g_autofree char *sql = g_strdup_printf ("CREATE DATABASE %s", name);

  g_assert_null (dk_test_exec_sql (admin, sql));
  return address_of (name);
}

/* An IKD table of every kabupaten/kota of Sumatera Barat, Kota Padang's IKD @padang. */
static char *
write_ikd_csv (const char *dir,
               const char *as_of,
               gint64      padang)
{
  g_autofree char *name = g_strdup_printf ("ikd-%s.csv", as_of);
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GString) csv = g_string_new ("Kode,Wilayah,Rekam Dinamis,Jumlah IKD\n");

  for (guint i = 0; i < G_N_ELEMENTS (kabkota); i++)
    {
      gboolean is_padang = g_str_equal (kabkota[i][0], "13.71");

      g_string_append_printf (csv, "%s,%s,%u,%" G_GINT64_FORMAT "\n", kabkota[i][0], kabkota[i][1],
                              is_padang ? 680160 : 100000 + i * 1000,
                              is_padang ? padang : (gint64) (20000 + i * 500));
    }
  g_assert_true (g_file_set_contents (path, csv->str, -1, NULL));
  return path;
}

/* Imports @csv into @address through dukcapil-cli, another process. */
static void
cli_import (const char *address,
            const char *csv)
{
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "dukcapil-cli", NULL);
  const char *argv[] = { cli, "--db", address, "import", "--kind", "ikd", csv, NULL };
  g_autofree char *out = NULL, *err = NULL;
  int status;

  out = dk_test_run (argv, &status, &err);
  if (status != 0)
    g_error ("dukcapil-cli import %s: %s", csv, err);
}

/* ----------------------------------------------------------------- watch */

typedef struct
{
  guint       count;
  const char *table; /* the one to hear of, or NULL for a change not known */
  gboolean    heard;
} Heard;

static void
changed_cb (DkStoreWatch       *watch,
            const char * const *tables,
            Heard              *heard)
{
  heard->count++;
  if (heard->table == NULL ? tables == NULL : tables != NULL && g_strv_contains (tables, heard->table))
    heard->heard = TRUE;
}

/* From now on, waits for a "changed" that names @table (or none, for %NULL). */
static void
listen_for (Heard      *heard,
            const char *table)
{
  heard->table = table;
  heard->heard = FALSE;
}

static void
listening_cb (DkStoreWatch *watch,
              GParamSpec   *pspec,
              gboolean     *listening)
{
  *listening = dk_store_watch_is_listening (watch);
}

/* Two stores on one database: the one's commits make the other's watch say "changed", as
 * do another session's; a lost connection comes back; a file has no watch. */
static void
test_watch (void)
{
  g_autofree char *address = new_database ("live_watch");
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *file = g_build_filename (dir, "file.db", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) reader = dk_domains_open (address, &error);
  g_autoptr(DkStore) writer = NULL;
  g_autoptr(DkStore) local = NULL;
  g_autoptr(DkStoreWatch) watch = NULL;
  gboolean listening = FALSE;
  Heard heard = { 0 };

  g_assert_no_error (error);
  writer = dk_domains_open (address, &error);
  g_assert_no_error (error);
  watch = dk_store_watch_new (reader);
  g_assert_nonnull (watch);
  g_signal_connect (watch, "notify::listening", G_CALLBACK (listening_cb), &listening);
  g_signal_connect (watch, "changed", G_CALLBACK (changed_cb), &heard);
  wait_for (&listening, "LISTEN");

  /* three commits in a row make one "changed", or more, never none */
  listen_for (&heard, "ikd_target");
  for (int year = 2024; year <= 2026; year++)
    {
      g_assert_true (dk_ikd_set_target_bp (writer, year, 2500, &error));
      g_assert_no_error (error);
    }
  wait_for (&heard.heard, "the watch's changed");
  g_assert_cmpuint (heard.count, >=, 1);
  g_assert_cmpuint (heard.count, <=, 3);

  /* a hand-written statement in a session of its own, too */
  listen_for (&heard, "pks_libur");
  g_assert_null (dk_test_exec_sql (address, "DELETE FROM pks_libur WHERE tanggal = '1900-01-01'"));
  wait_for (&heard.heard, "the watch's changed after hand-written SQL");

  /* its connection lost: it connects again by itself, then says "changed" for what it may
   * have missed */
  listen_for (&heard, NULL);
  g_assert_null (dk_test_exec_sql (address, "SELECT pg_terminate_backend (pid) FROM pg_stat_activity "
                                            "WHERE datname = current_database () AND query = 'LISTEN dukcapil'"));
  wait_for (&heard.heard, "the watch's changed after its connection was back");
  g_assert_true (dk_store_watch_is_listening (watch));
  listen_for (&heard, "ikd_target");
  g_assert_true (dk_ikd_set_target_bp (writer, 2027, 2500, &error));
  wait_for (&heard.heard, "the watch's changed after a write, its connection back");

  local = dk_domains_open (file, &error);
  g_assert_no_error (error);
  g_assert_null (dk_store_watch_new (local));
  dk_test_rm_rf (dir);
}

/* ---------------------------------------------------------------- window */

typedef struct
{
  DkApplication *app;
  char          *address;
  char          *dir;
  DkTestUiSteps  steps;
  guint          frames;
  double         scrolled_to;
  guint          refreshes_before;
} LiveTest;

static GtkScrolledWindow *
page_scroller (DkIkdPage *page)
{
  /* the page's own, around all of it */
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (page));

  g_assert_true (GTK_IS_SCROLLED_WINDOW (child));
  return GTK_SCROLLED_WINDOW (child);
}

static gint64
padang_ikd (DkIkdPage *page)
{
  GListModel *rows = dk_ikd_page_get_table_model (page);

  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      if (g_str_equal (dk_ikd_row_get_kode (row), "13.71"))
        return dk_ikd_row_get_jumlah_ikd (row);
    }
  return -1;
}

static const char *
shown_date (DkIkdPage *page)
{
  DkIkdTable *table = dk_ikd_page_get_table (page);

  return table != NULL ? dk_ikd_table_get_as_of (table) : NULL;
}

/* One step a frame; a step that waits for something returns FALSE to run again. */
static gboolean
step (gpointer  data,
      DkWindow *window)
{
  LiveTest *test = data;
  DkIkdPage *page = dk_window_get_ikd_page (window);
  GtkAdjustment *adj;

  switch (test->steps.step)
    {
    case 0: /* the dashboards, listening */
      if (!dk_window_is_live (window) || page == NULL || dk_ikd_page_get_loading (page))
        return FALSE;
      dk_window_set_page_name (window, "ikd");
      /* the older date, picked */
      g_assert_true (dk_ikd_page_select_date (page, "2024-11-01"));
      return TRUE;
    case 1: /* scrolled down, once the page has its height */
      adj = gtk_scrolled_window_get_vadjustment (page_scroller (page));
      if (dk_ikd_page_get_loading (page) || gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj) < 200)
        return FALSE;
      g_assert_cmpstr (shown_date (page), ==, "2024-11-01");
      g_assert_cmpint (padang_ikd (page), ==, 203479);
      gtk_adjustment_set_value (adj, 150);
      test->scrolled_to = gtk_adjustment_get_value (adj);
      test->refreshes_before = dk_window_get_live_refreshes (window);
      return TRUE;
    case 2: /* another process corrects the date in view */
      {
        g_autofree char *csv = write_ikd_csv (test->dir, "2024-11-01", 250000);

        cli_import (test->address, csv);
      }
      return TRUE;
    case 3: /* the window shows it, by itself */
      if (padang_ikd (page) != 250000)
        return FALSE;
      /* the server's notification made the refresh: nothing else reloads the window */
      g_assert_cmpuint (dk_window_get_live_refreshes (window), >, test->refreshes_before);
      g_assert_cmpstr (dk_window_get_page_name (window), ==, "ikd");
      g_assert_cmpstr (shown_date (page), ==, "2024-11-01");
      test->frames = 0;
      return TRUE;
    case 4: /* the scroll position, after the new rows' layout */
      if (++test->frames < 3)
        return FALSE;
      adj = gtk_scrolled_window_get_vadjustment (page_scroller (page));
      g_assert_cmpfloat (gtk_adjustment_get_value (adj), ==, test->scrolled_to);
      return TRUE;
    default:
      test->steps.done = TRUE;
      gtk_window_close (GTK_WINDOW (window));
      return FALSE;
    }
}

static void
test_window (void)
{
  LiveTest test = { 0 };
  g_autofree char *older = NULL, *newer = NULL;
  char *argv[] = { "dukcapil", "--db", NULL, NULL };

  test.address = new_database ("live_window");
  test.dir = dk_test_make_tmpdir ();
  older = write_ikd_csv (test.dir, "2024-11-01", 203479);
  newer = write_ikd_csv (test.dir, "2024-12-01", 210000);
  cli_import (test.address, older);
  cli_import (test.address, newer);

  argv[2] = test.address;
  test.app = dk_application_new ();
  dk_test_ui_run (test.app, 3, argv, &test.steps, step, &test, HANG_S);
  g_object_unref (test.app);
  dk_test_rm_rf (test.dir);
  g_free (test.dir);
  g_free (test.address);
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = dk_test_make_tmpdir ();
  g_autofree char *config = g_build_filename (home, "config", NULL);
  int status;

  /* the settings and "this computer's database" of the test's own, for the CLI too */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_test_init (&argc, &argv, NULL);
  dk_i18n_init ();

  server_dir = g_getenv ("DK_TEST_SERVER_DIR");
  if (server_dir == NULL)
    g_error ("run by tests/run-with-pg.sh, which starts the server");
  /* the test's own databases, not the suite's */
  g_unsetenv ("DK_TEST_PG");
  g_unsetenv ("DK_TEST_ENGINE");

  g_test_add_func ("/live/watch", test_watch);
  g_test_add_func ("/live/window", test_window);
  status = g_test_run ();
  dk_test_rm_rf (home);
  return status;
}
