/* dk-preferences-window.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_PREFERENCES_WINDOW (dk_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (DkPreferencesWindow, dk_preferences_window, DK, PREFERENCES_WINDOW, AdwPreferencesWindow)

DkPreferencesWindow *dk_preferences_window_new (GtkWindow *parent,
                                                GSettings *settings,
                                                DkStore   *store);
void        dk_preferences_window_choose_database     (DkPreferencesWindow *self,
                                                       const char          *address);
const char *dk_preferences_window_get_database_status (DkPreferencesWindow *self);
gboolean    dk_preferences_window_is_testing          (DkPreferencesWindow *self);

G_END_DECLS
