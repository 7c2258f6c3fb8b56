/* dk-ikd-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the files of the IKD domain share.
 */
#pragma once

#include "dk-history-internal.h"
#include "dk-ikd.h"

G_BEGIN_DECLS

/* The IKD figures in the history of changes (dk-ikd-history.c). */
extern const DkHistoryTable _dk_ikd_history_table;

void _dk_ikd_row_set_n_parts (DkIkdRow *self,
                              guint     n_parts);

void _dk_ikd_row_set_partial (DkIkdRow *self,
                              gboolean  partial);

G_END_DECLS
