/* dk-store-watch.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The watch of a server database's changes: every write to it, by this program or any
 * other, says so when it commits (LISTEN/NOTIFY), and the watch tells its main loop.
 */
#pragma once

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_STORE_WATCH (dk_store_watch_get_type ())

G_DECLARE_FINAL_TYPE (DkStoreWatch, dk_store_watch, DK, STORE_WATCH, GObject)

DkStoreWatch *dk_store_watch_new          (DkStore      *store);
gboolean      dk_store_watch_is_listening (DkStoreWatch *self);

G_END_DECLS
