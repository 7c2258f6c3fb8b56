/* test-ui-signin.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Signing in to a database server in the real application under Xvfb, with a desktop
 * keyring of the test's own (tests/run-with-keyring.sh: a private D-Bus session with an
 * unlocked gnome-keyring-daemon, in a new home folder) and a PostgreSQL server of the
 * test's own (tests/run-with-pg.sh), whose account asks for a password:
 *
 * - the window asks for the password; one the server refuses is said so and not kept;
 * - the right one opens the dashboards and is kept in the keyring, and nowhere else: no
 *   file under the home folder holds it (the settings, the keyring's own file, a
 *   ~/.pgpass), while the keyring gives it back;
 * - opening the database again asks nothing: the keyring's password is used;
 * - once the password was changed on the server, the kept one is refused, taken out of
 *   the keyring, and the window asks again.
 *
 * No step sleeps: each waits, frame by frame, for what it checks.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dk-application.h"
#include "dk-domains.h"
#include "dk-error.h"
#include "dk-i18n.h"
#include "dk-keyring.h"
#include "dk-test-ui.h"
#include "dk-test-util.h"
#include "dk-window.h"

/* Only turns a hang into a failure: every wait ends on its condition long before. */
#define HANG_S 180

#define PASSWORD     "Sumbar-sandi-7391"
#define NEW_PASSWORD "Sumbar-sandi-baru-4410"

typedef struct
{
  DkApplication *app;
  char          *address;
  char          *admin;
  DkTestUiSteps  steps;
  gboolean       asked;   /* the sign-in page was shown since the step began */
} SignInTest;

static gboolean
is_mapped_password_entry (GtkWidget    *widget,
                          gconstpointer what)
{
  return GTK_IS_PASSWORD_ENTRY (widget) && gtk_widget_get_mapped (widget);
}

/* The sign-in page's message: the visible error label below the entry, or NULL. */
static const char *
sign_in_error (DkWindow *window)
{
  GtkWidget *entry = dk_test_ui_find (GTK_WIDGET (window), is_mapped_password_entry, NULL);
  GtkWidget *label = entry != NULL ? gtk_widget_get_next_sibling (entry) : NULL;

  if (label == NULL || !GTK_IS_LABEL (label) || !gtk_widget_get_visible (label))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
}

static void
type_password (DkWindow   *window,
               const char *password)
{
  GtkWidget *entry = dk_test_ui_find (GTK_WIDGET (window), is_mapped_password_entry, NULL);

  g_assert_nonnull (entry);
  /* the page put the keyboard's focus in it */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), entry));
  gtk_editable_set_text (GTK_EDITABLE (entry), password);
  /* Enter, as the user would press it */
  g_signal_emit_by_name (gtk_widget_get_first_child (entry), "activate");
}

static gboolean
on_dashboards (DkWindow *window)
{
  const char *page = dk_window_get_page_name (window);

  return page != NULL && !g_str_equal (page, "connecting") && !g_str_equal (page, "sign-in") &&
         !g_str_equal (page, "error");
}

static char *
kept_password (SignInTest *test)
{
  g_autoptr(GError) error = NULL;
  char *password = dk_keyring_lookup (test->address, NULL, &error);

  g_assert_no_error (error);
  return password;
}

/* Whether @needle is in @data, which may hold NULs (the keyring's file is binary). */
static gboolean
holds (const char *data,
       gsize       length,
       const char *needle)
{
  gsize n = strlen (needle);

  for (gsize i = 0; i + n <= length; i++)
    if (memcmp (data + i, needle, n) == 0)
      return TRUE;
  return FALSE;
}

/* Whether @needle is in any file under @dir, each read whole. */
static gboolean
found_under (const char *dir,
             const char *needle,
             guint      *n_files)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  if (d == NULL)
    return FALSE;
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *contents = NULL;
      gsize length = 0;

      if (g_file_test (path, G_FILE_TEST_IS_SYMLINK))
        continue;
      if (g_file_test (path, G_FILE_TEST_IS_DIR))
        {
          if (found_under (path, needle, n_files))
            return TRUE;
          continue;
        }
      /* sockets and the like cannot be read, and hold nothing */
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR) || !g_file_get_contents (path, &contents, &length, NULL))
        continue;
      (*n_files)++;
      if (holds (contents, length, needle))
        {
          g_printerr ("the password is in %s\n", path);
          return TRUE;
        }
    }
  return FALSE;
}

static void
check_home (void)
{
  const char *home = g_get_home_dir ();
  g_autofree char *keyring = g_build_filename (g_get_user_data_dir (), "keyrings", "login.keyring", NULL);
  g_autofree char *settings = g_build_filename (g_get_user_config_dir (), "glib-2.0", "settings", "keyfile", NULL);
  g_autofree char *settings_text = NULL;
  guint n_files = 0;

  /* where the password would be if it were kept in plain text: the scan reads them */
  g_assert_true (g_str_has_prefix (keyring, home));
  g_assert_true (g_file_test (keyring, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_get_contents (settings, &settings_text, NULL, NULL));
  g_assert_nonnull (strstr (settings_text, "dbname=signin"));
  g_assert_false (found_under (home, PASSWORD, &n_files));
  g_assert_cmpuint (n_files, >=, 2);
}

/* One step a frame; a step that waits for something returns FALSE to run again. */
static gboolean
step (gpointer  data,
      DkWindow *window)
{
  SignInTest *test = data;
  const char *page = dk_window_get_page_name (window);
  g_autofree char *kept = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (page, "sign-in") == 0)
    test->asked = TRUE;
  switch (test->steps.step)
    {
    case 0: /* asked for the password, nothing kept yet */
      if (g_strcmp0 (page, "sign-in") != 0 || dk_application_is_opening_database (test->app))
        return FALSE;
      g_assert_null (sign_in_error (window));
      kept = kept_password (test);
      g_assert_null (kept);
      type_password (window, "salah");
      return TRUE;
    case 1: /* a wrong one is refused, said so, not kept */
      if (dk_application_is_opening_database (test->app) || g_strcmp0 (page, "sign-in") != 0)
        return FALSE;
      g_assert_nonnull (sign_in_error (window));
      g_assert_nonnull (strstr (sign_in_error (window), "refused"));
      kept = kept_password (test);
      g_assert_null (kept);
      type_password (window, PASSWORD);
      return TRUE;
    case 2: /* the right one opens the dashboards, and is in the keyring only */
      if (dk_application_is_opening_database (test->app) || !on_dashboards (window))
        return FALSE;
      kept = kept_password (test);
      g_assert_cmpstr (kept, ==, PASSWORD);
      check_home ();
      /* opened again: the keyring's password, nothing asked */
      test->asked = FALSE;
      g_action_group_activate_action (G_ACTION_GROUP (test->app), "retry-database", NULL);
      return TRUE;
    case 3:
      if (dk_application_is_opening_database (test->app) || !on_dashboards (window))
        return FALSE;
      g_assert_false (test->asked);
      check_home ();
      /* the password changed on the server: the kept one goes, the window asks */
      {
        g_autofree char *sql = g_strdup_printf ("ALTER ROLE penelaah PASSWORD '%s'", NEW_PASSWORD);

        g_assert_null (dk_test_exec_sql (test->admin, sql));
      }
      g_action_group_activate_action (G_ACTION_GROUP (test->app), "retry-database", NULL);
      return TRUE;
    case 4:
      if (dk_application_is_opening_database (test->app) || g_strcmp0 (page, "sign-in") != 0)
        return FALSE;
      g_assert_nonnull (sign_in_error (window));
      g_assert_nonnull (strstr (sign_in_error (window), "keyring"));
      kept = kept_password (test);
      g_assert_null (kept);
      type_password (window, NEW_PASSWORD);
      return TRUE;
    case 5:
      if (dk_application_is_opening_database (test->app) || !on_dashboards (window))
        return FALSE;
      kept = kept_password (test);
      g_assert_cmpstr (kept, ==, NEW_PASSWORD);
      return TRUE;
    default:
      test->steps.done = TRUE;
      gtk_window_close (GTK_WINDOW (window));
      return FALSE;
    }
}

static void
test_sign_in (void)
{
  const char *server_dir = g_getenv ("DK_TEST_SERVER_DIR");
  SignInTest test = { 0 };
  g_autoptr(DkStore) owner = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *owner_address = NULL;
  char *argv[] = { "dukcapil", NULL };

  test.admin = g_strdup_printf ("host=%s user=postgres dbname=postgres", server_dir);
  owner_address = g_strdup_printf ("host=%s user=postgres dbname=signin", server_dir);
  test.address = g_strdup_printf ("host=%s dbname=signin user=penelaah", server_dir);
  g_assert_null (dk_test_exec_sql (test.admin, "CREATE DATABASE signin"));
  /* the database prepared by its owner (`server init`), an analyst who signs in with a
   * password (pg-server.sh asks one of dk_password's members) */
  owner = dk_domains_open (owner_address, &error);
  g_assert_no_error (error);
  g_clear_object (&owner);
  g_assert_null (dk_test_exec_sql (test.admin, "CREATE ROLE dk_password NOLOGIN"));
  g_assert_null (dk_test_exec_sql (test.admin, "CREATE ROLE penelaah LOGIN PASSWORD '" PASSWORD "' "
                                               "IN ROLE dk_password, dukcapil_analyst"));

  /* the database chosen in Preferences, kept in a settings file under the home folder */
  settings = g_settings_new (APP_ID);
  g_assert_true (g_settings_set_string (settings, "database", test.address));
  g_settings_sync ();

  test.app = dk_application_new ();
  dk_test_ui_run (test.app, 1, argv, &test.steps, step, &test, HANG_S);
  g_object_unref (test.app);
  g_free (test.address);
  g_free (test.admin);
}

int
main (int    argc,
      char **argv)
{
  /* settings in a file, as on a user's computer, so that the scan of the home reads them */
  g_setenv ("GSETTINGS_BACKEND", "keyfile", TRUE);
  g_test_init (&argc, &argv, NULL);
  dk_i18n_init ();

  if (g_getenv ("DK_TEST_SERVER_DIR") == NULL)
    g_error ("run by tests/run-with-pg.sh, which starts the server");
  if (g_getenv ("DK_KEYRING_SESSION") == NULL)
    g_error ("run by tests/run-with-keyring.sh, which starts the keyring");
  /* the test's own databases, not the suite's */
  g_unsetenv ("DK_TEST_PG");
  g_unsetenv ("DK_TEST_ENGINE");
  /* libpq's own ways give no password: the window must ask */
  g_unsetenv ("PGPASSWORD");
  g_unsetenv ("PGPASSFILE");

  g_test_add_func ("/sign-in/keyring", test_sign_in);
  return g_test_run ();
}
