/* dk-history-internal.h — SPDX-License-Identifier: GPL-3.0-or-later
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

/* A write's entry in the history for the tables kept row by row (dk-history-rows.c):
 * begun after the write's transaction begins, ended before it commits. */
#define DK_HISTORY_MAX_ROW_TABLES 4

typedef struct
{
  const void *tables[DK_HISTORY_MAX_ROW_TABLES];
  GHashTable *before[DK_HISTORY_MAX_ROW_TABLES];
  char       *office;
} DkHistoryRows;

gboolean    _dk_history_is_row_table (const char          *tabel);
gboolean    _dk_history_rows_begin   (DkHistoryRows       *rows,
                                      DkStore             *store,
                                      const char *const   *tables,
                                      const char          *office,
                                      GError             **error);
gboolean    _dk_history_rows_end     (DkHistoryRows       *rows,
                                      DkStore             *store,
                                      const char          *keterangan,
                                      GError             **error);
void        _dk_history_rows_clear   (DkHistoryRows       *rows);
gboolean    _dk_history_rows_restore (DkStore             *store,
                                      const char          *tabel,
                                      const char          *kode,
                                      GHashTable          *old,
                                      GError             **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DkHistoryRows, _dk_history_rows_clear)

G_END_DECLS
