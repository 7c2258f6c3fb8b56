/* dk-history.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-store.h"

G_BEGIN_DECLS

/* How a domain describes one of its tables to the history (dk-history-internal.h). */
typedef struct _DkHistoryTable DkHistoryTable;

/**
 * DkHistoryChange:
 * @batch_id: the change it belongs to
 * @waktu: when, local time, YYYY-MM-DDTHH:MM:SS
 * @keterangan: what the change was ("Imported from kab.csv")
 * @undone: whether it has been undone
 * @tabel: the table ("ikd", "m2m")
 * @ref: the snapshot's date
 * @kode: the region
 * @kolom: the column
 * @lama: (nullable): the value before; %NULL when the row was new
 * @baru: (nullable): the value after; %NULL when the row was removed
 * @oleh: the account that made the change on a server; "" on a file
 *
 * One value changed by one change.
 */
typedef struct
{
  gint64    batch_id;
  char     *waktu;
  char     *keterangan;
  gboolean  undone;
  char     *tabel;
  char     *ref;
  char     *kode;
  char     *kolom;
  char     *lama;
  char     *baru;
  char     *oleh;
} DkHistoryChange;

void        dk_history_change_free   (DkHistoryChange  *change);
GPtrArray  *dk_history_list          (DkStore          *store,
                                      guint             max_changes,
                                      GError          **error);
GPtrArray  *dk_history_list_filtered (DkStore          *store,
                                      const char       *since,
                                      const char       *user,
                                      guint             max_changes,
                                      GError          **error);
gboolean    dk_history_can_undo      (DkStore          *store);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkHistoryChange, dk_history_change_free)

G_END_DECLS
