/* dk-history-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the models' writes record what they change: capture the rows of the scope before
 * and after, inside the write's transaction, and record the difference as one change.
 */
#pragma once

#include "dk-store.h"

G_BEGIN_DECLS

GHashTable *_dk_history_capture (DkStore     *store,
                                 const char  *tabel,
                                 const char  *ref,
                                 const char  *scope,
                                 GError     **error);
gboolean    _dk_history_record  (DkStore     *store,
                                 const char  *tabel,
                                 const char  *ref,
                                 const char  *scope,
                                 GHashTable  *before,
                                 GHashTable  *after,
                                 const char  *keterangan,
                                 gint64      *batch_id,
                                 GError     **error);

gboolean    _dk_history_record_new (DkStore     *store,
                                    const char  *tabel,
                                    const char  *ref,
                                    const char  *scope,
                                    gsize        n_rows,
                                    const char  *keterangan,
                                    gint64      *batch_id,
                                    GError     **error);

gboolean    _dk_history_record_values (DkStore     *store,
                                       const char  *tabel,
                                       const char  *ref,
                                       GHashTable  *before,
                                       GHashTable  *after,
                                       char         separator,
                                       const char  *keterangan,
                                       gint64      *batch_id,
                                       GError     **error);
G_END_DECLS
