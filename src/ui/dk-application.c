/* dk-application.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-application"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-application.h"
#include "dk-domains.h"
#include "dk-preferences-window.h"
#include "dk-window.h"

struct _DkApplication
{
  AdwApplication  parent_instance;
  char           *db_path;
  DkStore        *store;
  GError         *store_error;
  GSettings      *settings;
};

G_DEFINE_FINAL_TYPE (DkApplication, dk_application, ADW_TYPE_APPLICATION)

static void
open_store (DkApplication *self)
{
  g_autofree char *path = NULL;

  if (self->store != NULL || self->store_error != NULL)
    return;
  if (self->db_path != NULL)
    path = g_strdup (self->db_path);
  else
    {
      g_autofree char *dir = NULL;

      path = dk_store_dup_default_path ();
      dir = g_path_get_dirname (path);
      g_mkdir_with_parents (dir, 0700);
    }
  self->store = dk_domains_open (path, &self->store_error);
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
      open_store (self);
      window = GTK_WINDOW (dk_window_new (self, self->store, self->store_error));
      if (g_getenv ("DUKCAPIL_BENCH_FIRST_FRAME") != NULL)
        g_signal_connect_object (window, "map", G_CALLBACK (bench_map_cb), self, 0);
    }
  gtk_window_present (window);
}

static void
dk_application_finalize (GObject *object)
{
  DkApplication *self = (DkApplication *) object;

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
