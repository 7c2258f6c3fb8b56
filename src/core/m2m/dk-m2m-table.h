/* dk-m2m-table.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkM2mTable: the M2M table of a province's offices on a date.
 */
#pragma once

#include <gio/gio.h>

#include "dk-stated.h"
#include "dk-format.h"
#include "dk-history.h"
#include "dk-store.h"
#include "dk-m2m-row.h"

G_BEGIN_DECLS

#define DK_TYPE_M2M_TABLE (dk_m2m_table_get_type ())

G_DECLARE_FINAL_TYPE (DkM2mTable, dk_m2m_table, DK, M2M_TABLE, GObject)

DkM2mTable *dk_m2m_table_load              (DkStore     *store,
                                            const char  *parent,
                                            const char  *as_of,
                                            GError     **error);
const char *dk_m2m_table_get_as_of         (DkM2mTable  *self);
const char *dk_m2m_table_get_parent        (DkM2mTable  *self);
GListModel *dk_m2m_table_get_rows          (DkM2mTable  *self);
DkM2mRow   *dk_m2m_table_get_total         (DkM2mTable  *self);
GPtrArray  *dk_m2m_table_get_stated        (DkM2mTable  *self);
guint       dk_m2m_table_get_n_without_device (DkM2mTable *self);
guint       dk_m2m_table_get_n_without_active (DkM2mTable *self);
gint64      dk_m2m_table_get_column_sum    (DkM2mTable  *self,
                                            const char  *kolom);

G_END_DECLS
