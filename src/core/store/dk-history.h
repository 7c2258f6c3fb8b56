/* dk-history.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-store.h"

G_BEGIN_DECLS

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
} DkHistoryChange;

void        dk_history_change_free (DkHistoryChange *change);
GPtrArray  *dk_history_list        (DkStore          *store,
                                    guint             max_changes,
                                    GError          **error);
gboolean    dk_history_can_undo    (DkStore          *store);
gboolean    dk_history_undo        (DkStore          *store,
                                    char            **what,
                                    GError          **error);
char       *dk_history_column_title (const char      *tabel,
                                     const char      *kolom);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkHistoryChange, dk_history_change_free)

G_END_DECLS
