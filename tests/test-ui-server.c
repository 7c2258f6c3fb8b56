/* test-ui-server.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The choice of the database in the real application under Xvfb: the Preferences'
 * Database page, a test of the connection that never blocks the window, a start on a
 * server that does not answer with the offer of the local database, and, when DK_TEST_PG
 * names a PostgreSQL test server, a database on it opened and named in the window.
 * g_test_init() makes every GLib warning and critical fatal.
 *
 * No step sleeps: a step that waits for something sets test->retry and runs again a few
 * frames later. With DK_UI_SCREENSHOT_DIR set, the states are saved there as PNG files.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "dk-application.h"
#include "dk-database-address.h"
#include "dk-error.h"
#include "dk-i18n.h"
#include "dk-preferences-window.h"
#include "dk-test-util.h"
#include "dk-window.h"

/* libpq fails at once on a socket folder that does not exist; the timeout bounds the rest */
#define UNREACHABLE "host=/nonexistent-dir dbname=x connect_timeout=2"

typedef struct _UiTest UiTest;
typedef void (*UiStep) (UiTest   *test,
                        DkWindow *window);

struct _UiTest
{
  DkApplication       *app;
  const UiStep        *steps;
  guint                step;
  guint                frames;
  gboolean             retry;
  gboolean             done;
  DkPreferencesWindow *prefs;
  char                *server;   /* a database on the test server, for the last test */
};

/* The main window is drawn through the paintable made at its first frame (a new one
 * has nothing to draw until the window is drawn again); a dialog through one of its own. */
static GdkPaintable *window_paintable;

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("DK_UI_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL, *path = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (dir == NULL || *dir == '\0')
    return;
  paintable = DK_IS_WINDOW (widget) ? g_object_ref (window_paintable) : gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static GSettings *
app_settings (UiTest *test)
{
  GSettings *settings = dk_application_get_settings (test->app);

  g_assert_nonnull (settings);
  return settings;
}

static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*match) (GtkWidget  *widget,
                                const char *what),
             const char *what)
{
  if (match (widget, what))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, what);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_group_titled (GtkWidget  *widget,
                 const char *title)
{
  return ADW_IS_PREFERENCES_GROUP (widget) &&
         g_strcmp0 (adw_preferences_group_get_title (ADW_PREFERENCES_GROUP (widget)), title) == 0;
}

static gboolean
is_button_for (GtkWidget  *widget,
               const char *action)
{
  /* the one shown: the other status page has the same offer */
  return GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
is_menu_button (GtkWidget  *widget,
                const char *unused)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget);
}

static void
finish (UiTest   *test,
        DkWindow *window)
{
  if (test->prefs != NULL)
    gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&test->prefs)));
  test->done = TRUE;
  gtk_window_close (GTK_WINDOW (window));
}

/* ----------------------------------------------------------- preferences */

static void
open_preferences (UiTest   *test,
                  DkWindow *window)
{
  g_assert_cmpstr (dk_window_get_page_name (window), ==, "ikd");
  test->prefs = dk_preferences_window_new (GTK_WINDOW (window), app_settings (test),
                                           dk_application_get_store (test->app));
  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (test->prefs), "database");
  gtk_window_present (GTK_WINDOW (test->prefs));
}

/* The Database group is there; a password in the string is refused and not kept. */
static void
refuse_password (UiTest   *test,
                 DkWindow *window)
{
  GtkWidget *prefs = GTK_WIDGET (test->prefs);

  g_assert_nonnull (find_widget (prefs, is_group_titled, _("Database")));
  g_assert_nonnull (find_widget (prefs, is_button_for, "prefs.test-database"));
  g_assert_cmpstr (dk_preferences_window_get_database_status (test->prefs), ==, _("Not tested"));
  save_screenshot (prefs, "preferences-database");

  dk_preferences_window_choose_database (test->prefs, "postgresql://ana:rahasia@db.kantor/dukcapil");
  gtk_widget_activate_action (prefs, "prefs.apply-database", NULL);
  g_assert_nonnull (strstr (dk_preferences_window_get_database_status (test->prefs), "~/.pgpass"));
  {
    g_autofree char *kept = g_settings_get_string (app_settings (test), "database");

    g_assert_cmpstr (kept, ==, "");
  }
  gtk_widget_activate_action (prefs, "prefs.test-database", NULL);
  g_assert_false (dk_preferences_window_is_testing (test->prefs));
  g_assert_true (dk_database_address_has_password ("host=db password=x dbname=d"));
  g_assert_false (dk_database_address_has_password ("service=dukcapil"));
}

/* The test of a server that does not answer runs in a thread: the action returns at once,
 * with the spinner going, and the window's frames go on while it waits. */
static void
test_unreachable (UiTest   *test,
                  DkWindow *window)
{
  dk_preferences_window_choose_database (test->prefs, UNREACHABLE);
  gtk_widget_activate_action (GTK_WIDGET (test->prefs), "prefs.test-database", NULL);
  g_assert_true (dk_preferences_window_is_testing (test->prefs));
  g_assert_cmpstr (dk_preferences_window_get_database_status (test->prefs), ==, _("Connecting…"));
}

static void
check_unreachable (UiTest   *test,
                   DkWindow *window)
{
  const char *status = dk_preferences_window_get_database_status (test->prefs);

  if ((test->retry = dk_preferences_window_is_testing (test->prefs)))
    return;
  g_test_message ("test: %s", status);
  /* libpq's own words name the socket it looked for */
  g_assert_nonnull (strstr (status, "/nonexistent-dir"));
  save_screenshot (GTK_WIDGET (test->prefs), "preferences-database-unreachable");
}

/* Using it keeps the string in the settings and opens it in the window, which says it
 * could not; then the file on this computer again. */
static void
apply_unreachable (UiTest   *test,
                   DkWindow *window)
{
  g_autofree char *kept = NULL;

  gtk_widget_activate_action (GTK_WIDGET (test->prefs), "prefs.apply-database", NULL);
  kept = g_settings_get_string (app_settings (test), "database");
  g_assert_cmpstr (kept, ==, UNREACHABLE);
  g_assert_true (g_str_has_suffix (dk_window_get_database_name (window), "@/nonexistent-dir/x"));
}

static void
check_window_unreachable (UiTest   *test,
                          DkWindow *window)
{
  if ((test->retry = g_strcmp0 (dk_window_get_page_name (window), "error") != 0))
    return;
  g_assert_null (dk_application_get_store (test->app));
  g_assert_true (g_error_matches (dk_application_get_store_error (test->app), DK_ERROR, DK_ERROR_CONNECTION));
  dk_preferences_window_choose_database (test->prefs, NULL);
  gtk_widget_activate_action (GTK_WIDGET (test->prefs), "prefs.apply-database", NULL);
  {
    g_autofree char *kept = g_settings_get_string (app_settings (test), "database");

    g_assert_cmpstr (kept, ==, "");
  }
}

static void
check_back_local (UiTest   *test,
                  DkWindow *window)
{
  g_autofree char *path = dk_store_dup_default_path ();
  g_autofree char *name = dk_database_address_describe (path);

  if ((test->retry = g_strcmp0 (dk_window_get_page_name (window), "ikd") != 0))
    return;
  g_assert_cmpstr (dk_store_get_path (dk_application_get_store (test->app)), ==, path);
  g_assert_cmpstr (dk_window_get_database_name (window), ==, name);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

static const UiStep preferences_steps[] = { open_preferences, refuse_password, test_unreachable, check_unreachable,
                                            apply_unreachable, check_window_unreachable, check_back_local,
                                            finish, NULL };

/* ---------------------------------------------- start on a silent server */

/* The window appears and says why; the offer of the local database has the focus. */
static void
check_start_unreachable (UiTest   *test,
                         DkWindow *window)
{
  GtkWidget *local, *retry;

  if ((test->retry = g_strcmp0 (dk_window_get_page_name (window), "error") != 0))
    {
      g_assert_cmpstr (dk_window_get_page_name (window), ==, "connecting");
      return;
    }
  g_assert_true (g_error_matches (dk_application_get_store_error (test->app), DK_ERROR, DK_ERROR_CONNECTION));
  g_assert_true (g_str_has_suffix (dk_window_get_database_name (window), "@/nonexistent-dir/x"));
  local = find_widget (GTK_WIDGET (window), is_button_for, "app.open-local-database");
  retry = find_widget (GTK_WIDGET (window), is_button_for, "app.retry-database");
  g_assert_nonnull (local);
  g_assert_nonnull (retry);
  g_assert_true (gtk_widget_has_focus (retry));
}

/* a few frames later: the header bar's switcher has faded out */
static void
shoot_unreachable (UiTest   *test,
                   DkWindow *window)
{
  save_screenshot (GTK_WIDGET (window), "server-unreachable");
}

/* Trying again asks the server again (and it still does not answer). */
static void
try_again (UiTest   *test,
           DkWindow *window)
{
  g_signal_emit_by_name (find_widget (GTK_WIDGET (window), is_button_for, "app.retry-database"), "clicked");
  g_assert_true (dk_application_is_opening_database (test->app));
}

static void
open_local (UiTest   *test,
            DkWindow *window)
{
  if ((test->retry = g_strcmp0 (dk_window_get_page_name (window), "error") != 0))
    return;
  g_signal_emit_by_name (find_widget (GTK_WIDGET (window), is_button_for, "app.open-local-database"), "clicked");
}

static void
check_local (UiTest   *test,
             DkWindow *window)
{
  check_back_local (test, window);
  if (test->retry)
    return;
  /* the choice in the preferences stays: the server is tried again at the next start */
  {
    g_autofree char *kept = g_settings_get_string (app_settings (test), "database");

    g_assert_cmpstr (kept, ==, UNREACHABLE);
  }
  save_screenshot (GTK_WIDGET (window), "server-unreachable-local");
}

static const UiStep start_steps[] = { check_start_unreachable, shoot_unreachable, shoot_unreachable, try_again, open_local, check_local, finish, NULL };

/* ----------------------------------------------------- a real test server */

static void
test_server_ok (UiTest   *test,
                DkWindow *window)
{
  dk_preferences_window_choose_database (test->prefs, test->server);
  gtk_widget_activate_action (GTK_WIDGET (test->prefs), "prefs.test-database", NULL);
  g_assert_true (dk_preferences_window_is_testing (test->prefs));
}

static void
check_server_ok (UiTest   *test,
                 DkWindow *window)
{
  g_autofree char *name = dk_database_address_describe (test->server);
  g_autofree char *expected = NULL;

  if ((test->retry = dk_preferences_window_is_testing (test->prefs)))
    return;
  expected = g_strdup_printf (_("Connected to %s, schema %d"), name, dk_store_get_latest_version ());
  g_assert_cmpstr (dk_preferences_window_get_database_status (test->prefs), ==, expected);
  save_screenshot (GTK_WIDGET (test->prefs), "preferences-database-connected");
  gtk_widget_activate_action (GTK_WIDGET (test->prefs), "prefs.apply-database", NULL);
  {
    g_autofree char *kept = g_settings_get_string (app_settings (test), "database");

    g_assert_cmpstr (kept, ==, test->server);
  }
}

static void
check_window_on_server (UiTest   *test,
                        DkWindow *window)
{
  g_autofree char *name = dk_database_address_describe (test->server);
  DkStore *store = dk_application_get_store (test->app);

  if ((test->retry = g_strcmp0 (dk_window_get_page_name (window), "ikd") != 0))
    return;
  g_assert_true (dk_store_is_server (store));
  g_assert_cmpstr (dk_store_get_path (store), ==, name);
  g_assert_cmpstr (dk_window_get_database_name (window), ==, name);
  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&test->prefs)));
}

static void
shoot_server (UiTest   *test,
              DkWindow *window)
{
  save_screenshot (GTK_WIDGET (window), "server-connected");
  g_settings_reset (app_settings (test), "database");
  gtk_menu_button_popup (GTK_MENU_BUTTON (find_widget (GTK_WIDGET (window), is_menu_button, NULL)));
}

/* The primary menu names the database at its top. */
static void
shoot_menu (UiTest   *test,
            DkWindow *window)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (find_widget (GTK_WIDGET (window), is_menu_button, NULL));
  GMenuModel *menu = gtk_menu_button_get_menu_model (button);
  g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  g_autofree char *label = NULL;
  g_autofree char *name = dk_database_address_describe (test->server);
  g_auto(GStrv) parts = g_strsplit (name, "_", -1);
  g_autofree char *escaped = g_strjoinv ("__", parts);   /* a menu's label has mnemonics */

  g_assert_true (g_menu_model_get_item_attribute (section, 0, G_MENU_ATTRIBUTE_LABEL, "s", &label));
  g_assert_nonnull (strstr (label, escaped));
  save_screenshot (GTK_WIDGET (gtk_menu_button_get_popover (button)), "server-menu");
  gtk_menu_button_popdown (button);
}

static const UiStep server_steps[] = { open_preferences, test_server_ok, check_server_ok, check_window_on_server, shoot_server, shoot_menu,
                                       finish,
                                       NULL };

/* ------------------------------------------------------------------------ */

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  UiTest *test = user_data;

  /* let a few frames pass between steps, so that everything is laid out and drawn */
  if (++test->frames < 6)
    return G_SOURCE_CONTINUE;
  test->frames = 0;
  test->retry = FALSE;
  test->steps[test->step](test, DK_WINDOW (widget));
  if (!test->retry)
    test->step++;
  return test->steps[test->step] != NULL ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 UiTest         *test)
{
  if (!DK_IS_WINDOW (window))
    return;
  window_paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, test, NULL);
}

/* Runs the application, on the file @db (--db) or, without it, on what the settings say. */
static void
run_window_test (const char   *db,
                 const char   *server,
                 const UiStep *steps)
{
  char *argv[] = { "dukcapil", "--db", (char *) db, NULL };
  UiTest test = { 0 };
  int status;

  test.steps = steps;
  test.server = (char *) server;
  test.app = dk_application_new ();
  /* no --db: not the default instance of a desktop session */
  g_application_set_flags (G_APPLICATION (test.app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (test.app, "window-added", G_CALLBACK (window_added_cb), &test);
  status = g_application_run (G_APPLICATION (test.app), db != NULL ? 3 : 1, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (test.done);
  g_clear_object (&window_paintable);
  g_object_unref (test.app);
}

static void
test_preferences (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ui.db", NULL);

  run_window_test (db, NULL, preferences_steps);
  dk_test_rm_rf (dir);
}

static void
test_start_unreachable (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("com.sumbar.dukcapil");
  g_autofree char *path = dk_store_dup_default_path ();

  g_remove (path);
  g_settings_set_string (settings, "database", UNREACHABLE);
  run_window_test (NULL, NULL, start_steps);
  g_settings_reset (settings, "database");
}

static void
test_server (void)
{
  const char *pg = dk_test_pg_server ();
  g_autofree char *dir = NULL, *db = NULL, *create = NULL, *drop = NULL, *address = NULL;
  g_autofree char *failed = NULL;
  g_autofree char *dbname = g_strdup_printf ("dk_ui_server_%d", (int) getpid ());

  if (pg == NULL)
    {
      g_test_skip ("DK_TEST_PG names no PostgreSQL test server");
      return;
    }
  create = g_strdup_printf ("CREATE DATABASE %s", dbname);
  failed = dk_test_exec_sql (pg, create);
  g_assert_null (failed);
  address = g_strdup_printf ("%s dbname=%s", pg, dbname);
  dir = dk_test_make_tmpdir ();
  db = g_build_filename (dir, "ui.db", NULL);
  run_window_test (db, address, server_steps);
  dk_test_rm_rf (dir);
  drop = g_strdup_printf ("DROP DATABASE %s WITH (FORCE)", dbname);
  g_free (dk_test_exec_sql (pg, drop));
}

int
main (int    argc,
      char **argv)
{
  g_autofree char *home = dk_test_make_tmpdir ();
  int status;

  /* "this computer's database" is made in a folder of the test's, before GLib reads it */
  g_setenv ("XDG_DATA_HOME", home, TRUE);
  g_test_init (&argc, &argv, NULL);
  dk_i18n_init ();

  g_test_add_func ("/dk/ui-server/preferences", test_preferences);
  g_test_add_func ("/dk/ui-server/start-unreachable", test_start_unreachable);
  g_test_add_func ("/dk/ui-server/server", test_server);
  status = g_test_run ();
  dk_test_rm_rf (home);
  return status;
}
