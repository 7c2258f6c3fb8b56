/* dk-preferences-window.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Preferences: whether the IKD charts draw the target line, and the order of the bars on
 * each dashboard. Every row is bound to its settings key, so a change applies at once and
 * the dashboards' own order buttons stay in step with it.
 */
#define G_LOG_DOMAIN "dk-preferences"

#include "config.h"

#include <glib/gi18n.h>

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
};

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
dk_preferences_window_dispose (GObject *object)
{
  DkPreferencesWindow *self = DK_PREFERENCES_WINDOW (object);

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
  return self;
}
