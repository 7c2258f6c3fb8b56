/* dk-application.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_APPLICATION (dk_application_get_type ())

G_DECLARE_FINAL_TYPE (DkApplication, dk_application, DK, APPLICATION, AdwApplication)

DkApplication *dk_application_new          (void);
DkStore       *dk_application_get_store    (DkApplication *self);
GSettings     *dk_application_get_settings (DkApplication *self);
const GError  *dk_application_get_store_error       (DkApplication *self);
const char    *dk_application_get_database_address  (DkApplication *self);
gboolean       dk_application_is_opening_database   (DkApplication *self);
void           dk_application_open_database         (DkApplication *self,
                                                     const char    *address);
void           dk_application_sign_in               (DkApplication *self,
                                                     const char    *password);
gboolean       dk_application_is_password_refused   (DkApplication *self);

G_END_DECLS
