/* dk-preferences-window.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences: whether the IKD charts draw the target line, and the order of the bars on
 * each dashboard. Every row is bound to its settings key, so a change applies at once and
 * the dashboards' own order buttons stay in step with it.
 *
 * The database is the exception: the file on this computer or a database on the office's
 * server, tested in a thread (a server that does not answer takes its connect timeout)
 * and used only when the user says so, since switching closes the one open.
 */
#define G_LOG_DOMAIN "dk-preferences"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-application.h"
#include "dk-database-address.h"
#include "dk-preferences-window.h"
#include "dk-region.h"

struct _DkPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;
  GtkSwitch            *show_target_switch;
  AdwComboRow          *ikd_sort_row;
  AdwComboRow          *m2m_sort_row;
  AdwComboRow          *home_row;
  GStrv                 home_codes;   /* the code of each of home_row's items: "0", then the provinces */

  AdwPreferencesGroup  *database_group;
  AdwActionRow         *local_row;
  GtkCheckButton       *local_check;
  GtkCheckButton       *server_check;
  AdwEntryRow          *address_row;
  AdwActionRow         *status_row;
  GtkImage             *status_icon;
  GtkSpinner           *test_spinner;
  GSettings            *settings;
  GCancellable         *test_cancellable;   /* the test under way, or NULL */
};

typedef enum
{
  STATUS_NONE,
  STATUS_BUSY,
  STATUS_OK,
  STATUS_ERROR,
} Status;

G_DEFINE_FINAL_TYPE (DkPreferencesWindow, dk_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* the nicks of the sort enums, in the order of the rows' items */
static const char * const ikd_sorts[] = { "code", "coverage", NULL };
static const char * const m2m_sorts[] = { "code", "devices", NULL };

static gboolean
nick_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char * const *nicks = user_data;
  const char *nick = g_variant_get_string (variant, NULL);

  for (guint i = 0; nicks[i] != NULL; i++)
    if (g_str_equal (nicks[i], nick))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
position_to_nick (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  const char * const *nicks = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length ((char **) nicks))
    return NULL;
  return g_variant_new_string (nicks[position]);
}

static void
bind_sort (GSettings          *settings,
           const char         *key,
           AdwComboRow        *row,
           const char * const *nicks)
{
  g_settings_bind_with_mapping (settings, key, row, "selected", G_SETTINGS_BIND_DEFAULT,
                                nick_to_position, position_to_nick, (gpointer) nicks, NULL);
}


static void
set_status (DkPreferencesWindow *self,
            Status               status,
            const char          *text)
{
  const char *icons[] = { NULL, NULL, "emblem-ok-symbolic", "dialog-error-symbolic" };
  g_autofree char *tidy = dk_database_address_tidy_message (text);

  adw_action_row_set_subtitle (self->status_row, tidy);
  gtk_widget_set_visible (GTK_WIDGET (self->test_spinner), status == STATUS_BUSY);
  if (status == STATUS_BUSY)
    gtk_spinner_start (self->test_spinner);
  else
    gtk_spinner_stop (self->test_spinner);
  gtk_widget_set_visible (GTK_WIDGET (self->status_icon), icons[status] != NULL);
  gtk_image_set_from_icon_name (self->status_icon, icons[status]);
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (self->status_icon), "error");
  if (status == STATUS_OK || status == STATUS_ERROR)
    gtk_widget_add_css_class (GTK_WIDGET (self->status_icon), status == STATUS_OK ? "success" : "error");
}

/* The database chosen: the file on this computer, or what was typed for the server if it
 * may be kept (no password in it). */
static char *
dup_chosen_address (DkPreferencesWindow  *self,
                    GError              **error)
{
  g_autofree char *typed = NULL;

  if (!gtk_check_button_get_active (self->server_check))
    return dk_store_dup_default_path ();
  typed = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->address_row))));
  if (!dk_database_address_check (typed, error))
    return NULL;
  return g_steal_pointer (&typed);
}

/* Opens the database and says what it is, in the test's thread. */
static void
test_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  const char *address = task_data;
  GError *error = NULL;
  g_autoptr(DkStore) store = dk_database_address_open (address, NULL, &error);
  g_autofree char *name = NULL;

  if (store == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  if (dk_store_is_server (store))
    g_task_return_pointer (task,
                           g_strdup_printf (_("Connected to %s, schema %d"), dk_store_get_path (store),
                                            dk_store_get_schema_version (store)),
                           g_free);
  else
    {
      name = dk_database_address_describe (dk_store_get_path (store));
      g_task_return_pointer (task,
                             g_strdup_printf (_("Opened %s, schema %d"), name, dk_store_get_schema_version (store)),
                             g_free);
    }
}

static void
tested_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  DkPreferencesWindow *self = DK_PREFERENCES_WINDOW (source);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = g_task_propagate_pointer (G_TASK (result), &error);

  /* the window was closed, or another test begun */
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_clear_object (&self->test_cancellable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "prefs.test-database", TRUE);
  set_status (self, error != NULL ? STATUS_ERROR : STATUS_OK, error != NULL ? error->message : message);
}

static void
test_database_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DkPreferencesWindow *self = DK_PREFERENCES_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autofree char *address = dup_chosen_address (self, &error);
  g_autoptr(GTask) task = NULL;

  if (address == NULL)
    {
      set_status (self, STATUS_ERROR, error->message);
      return;
    }
  g_clear_object (&self->test_cancellable);
  self->test_cancellable = g_cancellable_new ();
  task = g_task_new (self, self->test_cancellable, tested_cb, NULL);
  g_task_set_source_tag (task, test_database_action);
  g_task_set_task_data (task, g_steal_pointer (&address), g_free);
  g_task_run_in_thread (task, test_thread);
  gtk_widget_action_set_enabled (widget, "prefs.test-database", FALSE);
  set_status (self, STATUS_BUSY, _("Connecting…"));
}

/* Keeps the choice and opens it in the running application (the main window follows). */
static void
apply_database_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DkPreferencesWindow *self = DK_PREFERENCES_WINDOW (widget);
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autoptr(GError) error = NULL;
  g_autofree char *address = dup_chosen_address (self, &error);
  gboolean server = gtk_check_button_get_active (self->server_check);

  if (address == NULL)
    {
      set_status (self, STATUS_ERROR, error->message);
      return;
    }
  g_settings_set_string (self->settings, "database", server ? address : "");
  if (DK_IS_APPLICATION (app) && (g_strcmp0 (dk_application_get_database_address (DK_APPLICATION (app)), address) != 0 ||
                                  dk_application_get_store (DK_APPLICATION (app)) == NULL))
    dk_application_open_database (DK_APPLICATION (app), address);
  set_status (self, STATUS_NONE, _("Saved: the main window uses this database now"));
}

static void
address_activated_cb (DkPreferencesWindow *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "prefs.test-database", NULL);
}

/* The choice kept in the settings, shown as the rows' state. */
static void
show_database_setting (DkPreferencesWindow *self)
{
  g_autofree char *address = g_strstrip (g_settings_get_string (self->settings, "database"));
  g_autofree char *path = dk_store_dup_default_path ();
  g_autofree char *shown = dk_database_address_describe (path);

  adw_action_row_set_subtitle (self->local_row, shown);
  gtk_check_button_set_active (address[0] != '\0' ? self->server_check : self->local_check, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->address_row), address);
}

static void
dk_preferences_window_dispose (GObject *object)
{
  DkPreferencesWindow *self = DK_PREFERENCES_WINDOW (object);

  if (self->test_cancellable != NULL)
    g_cancellable_cancel (self->test_cancellable);
  g_clear_object (&self->test_cancellable);
  g_clear_object (&self->settings);
  /* the binding's mapping reads home_codes: it goes first */
  if (self->home_row != NULL)
    g_settings_unbind (self->home_row, "selected");
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_PREFERENCES_WINDOW);
  G_OBJECT_CLASS (dk_preferences_window_parent_class)->dispose (object);
}

static void
dk_preferences_window_finalize (GObject *object)
{
  g_strfreev (DK_PREFERENCES_WINDOW (object)->home_codes);
  G_OBJECT_CLASS (dk_preferences_window_parent_class)->finalize (object);
}

static gboolean
code_to_position (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  DkPreferencesWindow *self = user_data;
  const char *code = g_variant_get_string (variant, NULL);

  for (guint i = 0; self->home_codes[i] != NULL; i++)
    if (g_str_equal (self->home_codes[i], code) || (i == 0 && dk_region_is_country (code)))
      {
        g_value_set_uint (value, i);
        return TRUE;
      }
  return FALSE;
}

static GVariant *
position_to_code (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  DkPreferencesWindow *self = user_data;
  guint position = g_value_get_uint (value);

  if (position >= g_strv_length (self->home_codes))
    return NULL;
  return g_variant_new_string (self->home_codes[position]);
}

/* The home province's row: the national view, then every province of the registry. */
static void
fill_home_row (DkPreferencesWindow *self,
               DkStore             *store,
               GSettings           *settings)
{
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GPtrArray) provinces = NULL;

  g_strv_builder_add (codes, "0");
  gtk_string_list_append (names, _("Indonesia (national view)"));
  if (store != NULL && (provinces = dk_region_list (store, NULL, DK_REGION_LEVEL_PROVINSI, NULL)) != NULL)
    for (guint i = 0; i < provinces->len; i++)
      {
        DkRegion *r = g_ptr_array_index (provinces, i);

        g_strv_builder_add (codes, r->kode);
        gtk_string_list_append (names, r->nama);
      }
  self->home_codes = g_strv_builder_end (codes);
  adw_combo_row_set_model (self->home_row, G_LIST_MODEL (names));
  adw_combo_row_set_expression (self->home_row,
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  g_settings_bind_with_mapping (settings, "home-province", self->home_row, "selected", G_SETTINGS_BIND_DEFAULT,
                                code_to_position, position_to_code, self, NULL);
}

static void
dk_preferences_window_class_init (DkPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = dk_preferences_window_dispose;
  G_OBJECT_CLASS (klass)->finalize = dk_preferences_window_finalize;
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/com/sumbar/dukcapil/ui/dk-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, show_target_switch);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, ikd_sort_row);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, m2m_sort_row);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, home_row);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, database_group);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, local_row);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, local_check);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, server_check);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, address_row);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, status_row);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, status_icon);
  gtk_widget_class_bind_template_child (widget_class, DkPreferencesWindow, test_spinner);
  gtk_widget_class_bind_template_callback (widget_class, address_activated_cb);
  gtk_widget_class_install_action (widget_class, "prefs.test-database", NULL, test_database_action);
  gtk_widget_class_install_action (widget_class, "prefs.apply-database", NULL, apply_database_action);
}

static void
dk_preferences_window_init (DkPreferencesWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_preferences_window_new:
 * @parent: (nullable): the window it belongs to
 * @settings: the application's settings, which its rows change
 * @store: (nullable): the database, whose registry lists the provinces
 *
 * Returns: (transfer none): a new preferences window, not yet shown
 */
DkPreferencesWindow *
dk_preferences_window_new (GtkWindow *parent,
                           GSettings *settings,
                           DkStore   *store)
{
  DkPreferencesWindow *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (G_IS_SETTINGS (settings), NULL);

  self = g_object_new (DK_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "application", parent != NULL ? gtk_window_get_application (parent) : NULL,
                       NULL);
  g_settings_bind (settings, "show-target", self->show_target_switch, "active", G_SETTINGS_BIND_DEFAULT);
  bind_sort (settings, "ikd-sort", self->ikd_sort_row, ikd_sorts);
  bind_sort (settings, "m2m-sort", self->m2m_sort_row, m2m_sorts);
  fill_home_row (self, store, settings);
  self->settings = g_object_ref (settings);
  show_database_setting (self);
  return self;
}

/**
 * dk_preferences_window_choose_database:
 * @address: (nullable): a connection string, or %NULL for the file on this computer
 *
 * Chooses a database as the user would, without testing or using it.
 */
void
dk_preferences_window_choose_database (DkPreferencesWindow *self,
                                       const char          *address)
{
  g_return_if_fail (DK_IS_PREFERENCES_WINDOW (self));

  gtk_check_button_set_active (address != NULL ? self->server_check : self->local_check, TRUE);
  if (address != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->address_row), address);
}

/**
 * dk_preferences_window_get_database_status:
 *
 * Returns: what the database's status row says: the result of the last test, or why the
 *   choice was refused
 */
const char *
dk_preferences_window_get_database_status (DkPreferencesWindow *self)
{
  g_return_val_if_fail (DK_IS_PREFERENCES_WINDOW (self), NULL);
  return adw_action_row_get_subtitle (self->status_row);
}

/**
 * dk_preferences_window_is_testing:
 *
 * Returns: whether a test of the connection is under way
 */
gboolean
dk_preferences_window_is_testing (DkPreferencesWindow *self)
{
  g_return_val_if_fail (DK_IS_PREFERENCES_WINDOW (self), FALSE);
  return self->test_cancellable != NULL;
}
