/* dk-keyring.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char     *dk_keyring_lookup (const char    *address,
                             GCancellable  *cancellable,
                             GError       **error);
gboolean  dk_keyring_store  (const char    *address,
                             const char    *who,
                             const char    *password,
                             GCancellable  *cancellable,
                             GError       **error);
gboolean  dk_keyring_clear  (const char    *address,
                             GCancellable  *cancellable,
                             GError       **error);

G_END_DECLS
