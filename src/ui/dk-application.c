/* dk-application.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-application"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-application.h"
#include "dk-database-address.h"
#include "dk-error.h"
#include "dk-keyring.h"
#include "dk-password.h"
#include "dk-preferences-window.h"
#include "dk-window.h"

struct _DkApplication
{
  AdwApplication  parent_instance;
  char           *db_path;            /* --db */
  char           *address;            /* the database open, or being opened */
  DkStore        *store;
  GError         *store_error;
  GSettings      *settings;
  GCancellable   *open_cancellable;   /* the opening under way, or NULL */
  gboolean        password_refused;   /* the store's error: the password the user typed */
};

/* An opening of a database, in a thread. */
typedef struct
{
  char   *address;
  char   *password;   /* typed by the user to sign in, else NULL */
  GError *keep_error; /* why the password typed could not be kept in the keyring */
  gboolean refused;   /* the server refused the password typed, or the keyring's */
} OpenJob;

static void
open_job_free (OpenJob *job)
{
  g_free (job->address);
  dk_password_free (job->password);
  g_clear_error (&job->keep_error);
  g_free (job);
}

G_DEFINE_FINAL_TYPE (DkApplication, dk_application, ADW_TYPE_APPLICATION)

/* The database asked for: --db, else the one chosen in the preferences, else the file. */
static char *
dup_configured_address (DkApplication *self)
{
  g_autofree char *chosen = NULL;

  if (self->db_path != NULL)
    return g_strdup (self->db_path);
  if (self->settings != NULL)
    chosen = g_strstrip (g_settings_get_string (self->settings, "database"));
  if (chosen != NULL && chosen[0] != '\0')
    return g_steal_pointer (&chosen);
  return dk_store_dup_default_path ();
}

/* A file opens at once, as it always did: the window shows its figures in its first
 * frame. A server is opened by dk_application_open_database(), off the main loop. */
static void
open_store (DkApplication *self)
{
  if (self->store != NULL || self->store_error != NULL)
    return;
  self->store = dk_database_address_open (self->address, NULL, &self->store_error);
}

static void
update_windows (DkApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (DK_IS_WINDOW (l->data))
      dk_window_update_store (l->data);
}

static void start_open (DkApplication *self,
                        const char    *address,
                        const char    *password);

static void
open_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  OpenJob *job = task_data;
  GError *error = NULL;
  DkStore *store = job->password != NULL ? dk_database_address_sign_in (job->address, job->password,
                                                                        &job->keep_error, &error)
                                         : dk_database_address_open (job->address, &job->refused, &error);

  if (store == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, store, g_object_unref);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DkApplication *self = DK_APPLICATION (source);
  OpenJob *job = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = g_task_propagate_pointer (G_TASK (result), &error);

  /* another database was asked for meanwhile: this one is dropped */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->open_cancellable);
  self->store = g_steal_pointer (&store);
  self->store_error = g_steal_pointer (&error);
  self->password_refused = job->refused || (job->password != NULL && self->store_error != NULL);
  update_windows (self);
  if (self->store != NULL && job->keep_error != NULL)
    {
      GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

      g_message ("The password could not be kept in the keyring: %s", job->keep_error->message);
      if (DK_IS_WINDOW (window))
        dk_window_show_toast (DK_WINDOW (window),
                              adw_toast_new (_("The password could not be kept in the keyring: it will be "
                                               "asked for again")));
    }
}

static void
open_local_database_action (GSimpleAction *action,
                            GVariant      *parameter,
                            gpointer       user_data)
{
  g_autofree char *path = dk_store_dup_default_path ();

  dk_application_open_database (user_data, path);
}

static void
retry_database_action (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  DkApplication *self = user_data;
  g_autofree char *address = g_strdup (self->address);

  dk_application_open_database (self, address);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  DkApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  const char *developers[] = { "Dukcapil Sumbar contributors", NULL };

  const char *boundaries[] = { "Cahya DSN https://github.com/cahyadsn/wilayah_boundaries", NULL };
  GtkWindow *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", _("Dukcapil Sumbar"),
                        "application-icon", APP_ID,
                        "developer-name", _("Dinas Kependudukan dan Pencatatan Sipil Provinsi Sumatera Barat"),
                        "version", PACKAGE_VERSION,
                        "comments", _("Dashboards and report tables of the population and civil "
                                      "registration office of West Sumatra"),
                        "developers", developers,
                        /* Translators: put your names here */
                        "translator-credits", _("translator-credits"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "copyright", "© 2026 Dukcapil Sumbar contributors",
                        NULL);
  /* the maps' boundaries are shipped under their author's MIT licence */
  adw_about_window_add_credit_section (ADW_ABOUT_WINDOW (about), _("Map boundaries"), boundaries);
  adw_about_window_add_legal_section (ADW_ABOUT_WINDOW (about), _("Map boundaries"), "© 2024 Cahya DSN",
                                      GTK_LICENSE_MIT_X11, NULL);
  /* for a report of a problem: which database the program was on */
  if (DK_IS_WINDOW (window))
    {
      g_autofree char *debug = g_strdup_printf ("Database: %s\n", dk_window_get_database_name (DK_WINDOW (window)));

      adw_about_window_set_debug_info (ADW_ABOUT_WINDOW (about), debug);
    }
  gtk_window_present (about);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  DkApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  gtk_window_present (GTK_WINDOW (dk_preferences_window_new (window, self->settings, self->store)));
}

static void
database_action (GSimpleAction *action,
                 GVariant      *parameter,
                 gpointer       user_data)
{
  DkApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  DkPreferencesWindow *preferences = dk_preferences_window_new (window, self->settings, self->store);

  adw_preferences_window_set_visible_page_name (ADW_PREFERENCES_WINDOW (preferences), "database");
  gtk_window_present (GTK_WINDOW (preferences));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  DkApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* close the windows, so that they save their state */
  for (GList *l = windows; l != NULL;)
    {
      GtkWindow *window = l->data;

      l = l->next;
      gtk_window_close (window);
    }
  g_application_quit (G_APPLICATION (self));
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "database", database_action },
  { "open-local-database", open_local_database_action },
  { "retry-database", retry_database_action },
  { "quit", quit_action },
};

static int
dk_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  DkApplication *self = DK_APPLICATION (app);
  const char *db_path = NULL;

  if (g_variant_dict_lookup (options, "version", "b", NULL))
    {
      g_print ("dukcapil %s\n", PACKAGE_VERSION);
      return 0;
    }
  if (g_variant_dict_lookup (options, "db", "^&ay", &db_path))
    {
      g_free (self->db_path);
      self->db_path = g_strdup (db_path);
      /* another database: don't hand the work to a running instance on the default one */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
    }
  return -1;
}

static void
dk_application_startup (GApplication *app)
{
  DkApplication *self = DK_APPLICATION (app);
  const char *quit_accels[] = { "<Control>q", NULL };
  const char *preferences_accels[] = { "<Control>comma", NULL };
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;

  G_APPLICATION_CLASS (dk_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions, G_N_ELEMENTS (app_actions), self);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.preferences", preferences_accels);

  /* Run without saved state rather than abort when the schema is not installed. */
  if (source != NULL && (schema = g_settings_schema_source_lookup (source, "com.sumbar.dukcapil", TRUE)))
    self->settings = g_settings_new_full (schema, NULL, NULL);
  else
    g_message ("The settings schema com.sumbar.dukcapil is not installed; settings will not be kept");
  /* the preferences are settings: without the schema there is nothing to set */
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "preferences")),
                               self->settings != NULL);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "database")),
                               self->settings != NULL);
}

/* DUKCAPIL_BENCH_FIRST_FRAME=1: print the monotonic time of the first painted frame and
 * quit. bench/ measures start-up with it, the same way as its minimal baseline window. */
static void
bench_after_paint_cb (GdkFrameClock *clock,
                      DkApplication *self)
{
  g_print ("first-frame %" G_GINT64_FORMAT "\n", g_get_monotonic_time ());
  g_signal_handlers_disconnect_by_func (clock, bench_after_paint_cb, self);
  g_application_quit (G_APPLICATION (self));
}

static void
bench_map_cb (GtkWidget     *window,
              DkApplication *self)
{
  g_signal_connect_object (gtk_widget_get_frame_clock (window), "after-paint",
                           G_CALLBACK (bench_after_paint_cb), self, 0);
}

static void
dk_application_activate (GApplication *app)
{
  DkApplication *self = DK_APPLICATION (app);
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    {
      g_autofree char *address = dup_configured_address (self);

      /* a server may take its connect timeout to answer: the window tells the user meanwhile */
      if (dk_store_is_server_address (address))
        dk_application_open_database (self, address);
      else
        {
          self->address = g_steal_pointer (&address);
          open_store (self);
        }
      window = GTK_WINDOW (dk_window_new (self));
      if (g_getenv ("DUKCAPIL_BENCH_FIRST_FRAME") != NULL)
        g_signal_connect_object (window, "map", G_CALLBACK (bench_map_cb), self, 0);
    }
  gtk_window_present (window);
}

static void
dk_application_shutdown (GApplication *app)
{
  DkApplication *self = DK_APPLICATION (app);

  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  G_APPLICATION_CLASS (dk_application_parent_class)->shutdown (app);
}

static void
dk_application_finalize (GObject *object)
{
  DkApplication *self = (DkApplication *) object;

  g_clear_object (&self->open_cancellable);
  g_free (self->address);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  g_clear_object (&self->settings);
  g_free (self->db_path);
  G_OBJECT_CLASS (dk_application_parent_class)->finalize (object);
}

static void
dk_application_class_init (DkApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = dk_application_finalize;
  app_class->handle_local_options = dk_application_handle_local_options;
  app_class->startup = dk_application_startup;
  app_class->activate = dk_application_activate;
  app_class->shutdown = dk_application_shutdown;
}

static void
dk_application_init (DkApplication *self)
{
  const GOptionEntry entries[] = {
    { "db", 0, 0, G_OPTION_ARG_FILENAME, NULL, N_("Use the database PATH instead of the default one"), N_("PATH") },
    { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
    { NULL }
  };

  g_application_add_main_option_entries (G_APPLICATION (self), entries);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Dashboards of the population and civil registration office "
                                              "of West Sumatra."));
}

DkApplication *
dk_application_new (void)
{
  return g_object_new (DK_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "resource-base-path", "/com/sumbar/dukcapil",
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       NULL);
}

/**
 * dk_application_get_store:
 *
 * Returns: (transfer none) (nullable): the open database
 */
DkStore *
dk_application_get_store (DkApplication *self)
{
  g_return_val_if_fail (DK_IS_APPLICATION (self), NULL);
  return self->store;
}

/**
 * dk_application_get_settings:
 *
 * Returns: (transfer none) (nullable): the settings, %NULL when the schema is missing
 */
GSettings *
dk_application_get_settings (DkApplication *self)
{
  g_return_val_if_fail (DK_IS_APPLICATION (self), NULL);
  return self->settings;
}

/**
 * dk_application_get_store_error:
 *
 * Returns: (nullable): why the database could not be opened
 */
const GError *
dk_application_get_store_error (DkApplication *self)
{
  g_return_val_if_fail (DK_IS_APPLICATION (self), NULL);
  return self->store_error;
}

/**
 * dk_application_get_database_address:
 *
 * Returns: (nullable): the database open or being opened: a file's path or a connection
 *   string (which may hold a password given with --db: never shown as it is)
 */
const char *
dk_application_get_database_address (DkApplication *self)
{
  g_return_val_if_fail (DK_IS_APPLICATION (self), NULL);
  return self->address;
}

/**
 * dk_application_is_opening_database:
 *
 * Returns: whether a database is being opened (a server answering)
 */
gboolean
dk_application_is_opening_database (DkApplication *self)
{
  g_return_val_if_fail (DK_IS_APPLICATION (self), FALSE);
  return self->open_cancellable != NULL;
}

/**
 * dk_application_open_database:
 * @address: a file's path or a libpq connection string
 *
 * Closes the database in use and opens @address in a thread: a server takes up to its
 * connect timeout to answer or not, and the windows say what happens meanwhile. An
 * opening still under way is forgotten.
 */
void
dk_application_open_database (DkApplication *self,
                              const char    *address)
{
  g_return_if_fail (DK_IS_APPLICATION (self));
  g_return_if_fail (address != NULL);

  start_open (self, address, NULL);
}

/**
 * dk_application_sign_in:
 * @password: the password the user typed
 *
 * Opens the database asked for again, as dk_application_open_database() does, signing in
 * to its server with @password, which is kept in the desktop's keyring once the server
 * took it.
 */
void
dk_application_sign_in (DkApplication *self,
                        const char    *password)
{
  g_autofree char *address = NULL;

  g_return_if_fail (DK_IS_APPLICATION (self));
  g_return_if_fail (password != NULL);
  g_return_if_fail (self->address != NULL);

  address = g_strdup (self->address);
  start_open (self, address, password);
}

/**
 * dk_application_is_password_refused:
 *
 * Returns: whether the database could not be opened because its server refused the
 *   password the user typed or the one the keyring kept (rather than asking for one)
 */
gboolean
dk_application_is_password_refused (DkApplication *self)
{
  g_return_val_if_fail (DK_IS_APPLICATION (self), FALSE);
  return self->password_refused;
}

static void
start_open (DkApplication *self,
            const char    *address,
            const char    *password)
{
  g_autoptr(GTask) task = NULL;
  OpenJob *job = g_new0 (OpenJob, 1);

  job->address = g_strdup (address);
  job->password = g_strdup (password);
  if (self->open_cancellable != NULL)
    g_cancellable_cancel (self->open_cancellable);
  g_clear_object (&self->open_cancellable);
  self->open_cancellable = g_cancellable_new ();
  g_free (self->address);
  self->address = g_strdup (address);
  g_clear_object (&self->store);
  g_clear_error (&self->store_error);
  self->password_refused = FALSE;

  task = g_task_new (self, self->open_cancellable, opened_cb, NULL);
  g_task_set_source_tag (task, start_open);
  g_task_set_task_data (task, job, (GDestroyNotify) open_job_free);
  g_task_run_in_thread (task, open_thread);
  update_windows (self);
}
