/* dk-database-address.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-store.h"

G_BEGIN_DECLS

char     *dk_database_address_describe     (const char  *address);
gboolean  dk_database_address_has_password (const char  *address);
gboolean  dk_database_address_check        (const char  *address,
                                            GError     **error);
char     *dk_database_address_tidy_message (const char *message);
DkStore  *dk_database_address_open         (const char  *address,
                                            gboolean    *kept_refused,
                                            GError     **error);
DkStore  *dk_database_address_sign_in      (const char  *address,
                                            const char  *password,
                                            GError     **keep_error,
                                            GError     **error);

G_END_DECLS
