/* test-ui-roles.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window knows who is signed in, on a PostgreSQL server of the test's own
 * (tests/run-with-pg.sh), under Xvfb: opened as a reader, as the office of 13.71 Kota
 * Padang and as an analyst, it names the account and its role in the main menu and offers
 * only what the role may write (the actions disabled, so menus, buttons and shortcuts all
 * follow); an office's Record Figures dialog offers its own region only; a write the
 * server refuses anyway is said so in the dialog, and nothing is written.
 *
 * No step sleeps: a step that waits for something returns FALSE and runs again at the
 * next frame, within an overall limit that only turns a hang into a failure. With
 * DK_UI_SCREENSHOT_DIR set, the office's window with its main menu open is saved there
 * (`import -window root`, ImageMagick), as the screenshots of the README are made.
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-application.h"
#include "dk-i18n.h"
#include "dk-m2m-figures-dialog.h"
#include "dk-test-ui.h"
#include "dk-test-util.h"
#include "dk-window.h"

/* Only turns a hang into a failure: every wait ends on its condition long before. */
#define HANG_S 120

static const char *server_dir;

typedef struct
{
  DkApplication *app;
  const char    *user;     /* the account the window is opened as */
  DkAccountKind  kind;
  DkTestUiSteps  steps;
  guint          frames;
} RolesTest;

static char *
address_as (const char *user)
{
  g_autofree char *password = NULL;

  if (user == NULL)
    return g_strdup_printf ("host=%s user=postgres dbname=peran_ui", server_dir);
  /* the accounts' password is their name backwards: see setup_database() */
  password = g_utf8_strreverse (user, -1);
  return g_strdup_printf ("host=%s user=%s password=%s dbname=peran_ui", server_dir, user, password);
}

static gboolean
is_actionable_for (GtkWidget    *widget,
                   gconstpointer action)
{
  return GTK_IS_ACTIONABLE (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

/* Whether the button or menu item of @action under @widget is offered. */
static gboolean
offered (GtkWidget  *widget,
         const char *action)
{
  GtkWidget *found = dk_test_ui_find (widget, is_actionable_for, action);

  if (found == NULL)
    g_error ("no button or item for %s", action);
  return gtk_widget_get_sensitive (found);
}

/* A menu's item is a GtkModelButton, not actionable: its label (without its mnemonic's
 * underline) says which it is. */
static gboolean
is_item_labelled (GtkWidget    *widget,
                  gconstpointer label)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *plain = NULL;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "text") == NULL || GTK_IS_LABEL (widget))
    return FALSE;
  g_object_get (widget, "text", &text, NULL);
  parts = g_strsplit (label, "_", -1);
  plain = g_strjoinv ("", parts);
  return g_strcmp0 (text, plain) == 0;
}

/* Whether the main menu's item @label is offered. */
static gboolean
item_offered (GtkWidget  *popover,
              const char *label)
{
  GtkWidget *found = dk_test_ui_find (popover, is_item_labelled, label);

  if (found == NULL)
    g_error ("no item %s", label);
  return gtk_widget_get_sensitive (found);
}

static gboolean
is_mapped_menu_button (GtkWidget    *widget,
                       gconstpointer what)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_widget_get_mapped (widget);
}

static GtkMenuButton *
find_menu_button (GtkWidget *widget)
{
  return GTK_MENU_BUTTON (dk_test_ui_find (widget, is_mapped_menu_button, NULL));
}

/* The main menu's line of the account, or NULL. */
static char *
dup_account_item (DkWindow *window)
{
  GtkMenuButton *button = find_menu_button (GTK_WIDGET (window));
  GMenuModel *menu = gtk_menu_button_get_menu_model (button);
  GMenuModel *section = g_menu_model_get_item_link (menu, 0, G_MENU_LINK_SECTION);
  char *label = NULL;

  g_assert_nonnull (section);
  if (g_menu_model_get_n_items (section) > 1)
    g_menu_model_get_item_attribute (section, 1, G_MENU_ATTRIBUTE_LABEL, "s", &label);
  g_object_unref (section);
  return label;
}

static void
save_screenshot (const char *name)
{
  const char *dir = g_getenv ("DK_UI_SCREENSHOT_DIR");
  g_autofree char *path = NULL, *command = NULL, *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (dir == NULL || *dir == '\0')
    return;
  path = g_strdup_printf ("%s/%s.png", dir, name);
  command = g_strdup_printf ("import -window root %s", path);
  if (!g_spawn_command_line_sync (command, NULL, &err, &status, &error) || status != 0)
    g_test_message ("no screenshot: %s", error != NULL ? error->message : err);
}

static DkM2mFiguresDialog *
find_figures_dialog (RolesTest *test)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (test->app)); l != NULL; l = l->next)
    if (DK_IS_M2M_FIGURES_DIALOG (l->data))
      return l->data;
  return NULL;
}

/* The account and its role, in the main menu; the window's own actions. */
static void
check_window (RolesTest *test,
              DkWindow  *window)
{
  const DkAccount *account = dk_window_get_account (window);
  g_autofree char *item = dup_account_item (window);
  GtkWidget *popover = GTK_WIDGET (gtk_menu_button_get_popover (find_menu_button (GTK_WIDGET (window))));
  gboolean writes = test->kind != DK_ACCOUNT_READER;

  g_assert_cmpstr (account->nama, ==, test->user);
  g_assert_cmpint (account->kind, ==, test->kind);
  g_assert_nonnull (item);
  g_test_message ("%s: %s", test->user, item);
  g_assert_nonnull (strstr (item, test->user));
  g_assert_nonnull (strstr (dk_window_get_account_label (window), test->user));
  if (test->kind == DK_ACCOUNT_OFFICE)
    {
      g_assert_cmpstr (account->kode, ==, "13.71");
      g_assert_nonnull (strstr (item, "Kota Padang (13.71)"));
    }
  g_assert_true (item_offered (popover, _("_History of Changes")));
  g_assert_true (item_offered (popover, _("_Export Report…")));
  g_assert_cmpint (item_offered (popover, _("_Import Table…")), ==, writes);
  g_assert_cmpint (item_offered (popover, _("_Undo Last Change")), ==, test->kind == DK_ACCOUNT_ANALYST);
  g_assert_false (item_offered (popover, _("_Restore Backup…")));
}

/* What the pages offer. */
static void
check_pages (RolesTest *test,
             DkWindow  *window)
{
  GtkWidget *m2m = GTK_WIDGET (dk_window_get_m2m_page (window));
  GtkWidget *blangko = GTK_WIDGET (dk_window_get_blangko_page (window));
  gboolean analyst = test->kind == DK_ACCOUNT_ANALYST;
  gboolean office = test->kind == DK_ACCOUNT_OFFICE;

  g_assert_cmpint (offered (m2m, "m2m.record-figures"), ==, analyst || office);
  g_assert_cmpint (offered (m2m, "m2m.record-event"), ==, analyst);
  g_assert_cmpint (offered (blangko, "blangko.record-daily"), ==, analyst || office);
  g_assert_cmpint (offered (blangko, "blangko.record-usage"), ==, analyst || office);
  g_assert_cmpint (offered (blangko, "blangko.record-receipt"), ==, analyst);
  g_assert_cmpint (offered (blangko, "blangko.record-distribution"), ==, analyst);
  g_assert_cmpint (offered (blangko, "blangko.approve"), ==, analyst);
}

/* Record Figures…: an office's offers its own region; the others every office. */
static void
check_figures_dialog (RolesTest          *test,
                      DkM2mFiguresDialog *dialog)
{
  g_auto(GStrv) offices = dk_m2m_figures_dialog_dup_offices (dialog);

  if (test->kind == DK_ACCOUNT_OFFICE)
    {
      g_assert_cmpuint (g_strv_length (offices), ==, 1);
      g_assert_cmpstr (offices[0], ==, "13.71");
      dk_m2m_figures_dialog_set_date (dialog, "2026-03-31");
      dk_m2m_figures_dialog_set_figures (dialog, "13.71", 5, 4);
      g_assert_true (dk_m2m_figures_dialog_save (dialog));
    }
  else
    {
      g_assert_cmpuint (g_strv_length (offices), ==, 19);
      gtk_window_close (GTK_WINDOW (dialog));
    }
}

/* A reader's write, were it made anyway: the server refuses it, the dialog says so
 * clearly, and nothing is written. */
static void
check_refused (RolesTest *test,
               DkWindow  *window)
{
  g_autofree char *admin = address_as (NULL);
  const char *count = "SELECT count(*) FROM m2m_snapshot";
  g_autofree char *before = dk_test_query_text (admin, count), *after = NULL;
  DkM2mFiguresDialog *dialog = dk_m2m_figures_dialog_new (GTK_WINDOW (window),
                                                          dk_application_get_store (test->app), "13");
  const char *message;

  dk_m2m_figures_dialog_set_date (dialog, "2026-04-30");
  g_assert_false (dk_m2m_figures_dialog_save (dialog));
  message = dk_m2m_figures_dialog_get_error (dialog);
  g_test_message ("refused: %s", message);
  g_assert_nonnull (strstr (message, "baca may not do this; nothing was written"));
  after = dk_test_query_text (admin, count);
  g_assert_cmpstr (after, ==, before);
  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
step (gpointer  data,
      DkWindow *window)
{
  RolesTest *test = data;
  switch (test->steps.step)
    {
    case 0: /* the server answered: a dashboard is shown (the last one of the run before) */
      return g_strcmp0 (dk_window_get_page_name (window), "connecting") != 0 &&
             g_strcmp0 (dk_window_get_page_name (window), "error") != 0 && dk_window_get_account (window) != NULL;
    case 1:
      gtk_menu_button_popup (find_menu_button (GTK_WIDGET (window)));
      test->frames = 0;
      return TRUE;
    case 2: /* the menu drawn */
      if (++test->frames < 5)
        return FALSE;
      check_window (test, window);
      if (test->kind == DK_ACCOUNT_OFFICE)
        save_screenshot ("office-menu");
      gtk_menu_button_popdown (find_menu_button (GTK_WIDGET (window)));
      return TRUE;
    case 3:
      check_pages (test, window);
      if (test->kind == DK_ACCOUNT_READER)
        {
          check_refused (test, window);
          test->steps.step = 99;
          return FALSE;
        }
      dk_window_set_page_name (window, "m2m");
      gtk_widget_activate_action (GTK_WIDGET (dk_window_get_m2m_page (window)), "m2m.record-figures", NULL);
      return TRUE;
    case 4:
      if (find_figures_dialog (test) == NULL)
        return FALSE;
      check_figures_dialog (test, find_figures_dialog (test));
      return TRUE;
    default:
      test->steps.done = TRUE;
      gtk_window_close (GTK_WINDOW (window));
      return FALSE;
    }
}

static void
run_window_as (const char    *user,
               DkAccountKind  kind)
{
  RolesTest test = { 0 };
  g_autofree char *address = address_as (user);
  char *argv[] = { "dukcapil", "--db", address, NULL };

  test.user = user;
  test.kind = kind;
  test.app = dk_application_new ();
  dk_test_ui_run (test.app, 3, argv, &test.steps, step, &test, HANG_S);
  g_object_unref (test.app);
}

static void
test_reader (void)
{
  run_window_as ("baca", DK_ACCOUNT_READER);
}

static void
test_office (void)
{
  run_window_as ("padang", DK_ACCOUNT_OFFICE);
}

static void
test_analyst (void)
{
  run_window_as ("analis", DK_ACCOUNT_ANALYST);
}

/* The database, made by `dukcapil-cli server init` as the server's superuser, and its
 * accounts. */
static void
setup_database (void)
{
  g_autofree char *postgres = g_strdup_printf ("host=%s user=postgres dbname=postgres", server_dir);
  g_autofree char *admin = address_as (NULL);
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "dukcapil-cli", NULL);
  const char *argv[] = { cli, "server", "init", admin, NULL };
  g_autofree char *out = NULL, *err = NULL;
  int status;

  g_assert_null (dk_test_exec_sql (postgres, "CREATE DATABASE peran_ui"));
  out = dk_test_run (argv, &status, &err);
  if (status != 0)
    g_error ("server init: %s", err);
  g_assert_null (dk_test_exec_sql (admin, "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = "
                                          "'dk_password') THEN CREATE ROLE dk_password NOLOGIN; END IF; END $$"));
  g_assert_null (dk_test_exec_sql (admin,
                                   "CREATE ROLE baca LOGIN PASSWORD 'acab' IN ROLE dk_password, dukcapil_reader;"
                                   "CREATE ROLE analis LOGIN PASSWORD 'silana' IN ROLE dk_password, dukcapil_analyst;"
                                   "CREATE ROLE padang LOGIN PASSWORD 'gnadap' IN ROLE dk_password, dukcapil_office;"
                                   "INSERT INTO akun VALUES ('baca', 'reader', NULL), ('analis', 'analyst', NULL), "
                                   "('padang', 'office', '13.71')"));
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
  g_setenv ("PGPASSFILE", "/nonexistent", TRUE);
  g_test_init (&argc, &argv, NULL);
  dk_i18n_init ();

  server_dir = g_getenv ("DK_TEST_SERVER_DIR");
  if (server_dir == NULL)
    g_error ("run by tests/run-with-pg.sh, which starts the server");
  /* the test's own database, not the suite's */
  g_unsetenv ("DK_TEST_PG");
  g_unsetenv ("DK_TEST_ENGINE");
  setup_database ();

  g_test_add_func ("/ui-roles/reader", test_reader);
  g_test_add_func ("/ui-roles/office", test_office);
  g_test_add_func ("/ui-roles/analyst", test_analyst);
  status = g_test_run ();
  dk_test_rm_rf (home);
  return status;
}
