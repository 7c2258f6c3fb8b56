/* dk-ikd-table.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkIkdTable: the IKD table of a region's parts on a date.
 */
#pragma once

#include <gio/gio.h>

#include "dk-region.h"
#include "dk-format.h"
#include "dk-history.h"
#include "dk-store.h"
#include "dk-ikd-row.h"

G_BEGIN_DECLS

#define DK_TYPE_IKD_TABLE (dk_ikd_table_get_type ())

G_DECLARE_FINAL_TYPE (DkIkdTable, dk_ikd_table, DK, IKD_TABLE, GObject)

DkIkdTable *dk_ikd_table_new           (const char  *parent,
                                        const char  *wilayah,
                                        const char  *as_of,
                                        int          target_bp,
                                        GListModel  *rows);
DkIkdTable *dk_ikd_table_load          (DkStore     *store,
                                        const char  *parent,
                                        const char  *as_of,
                                        GError     **error);
DkIkdTable *dk_ikd_table_load_level    (DkStore        *store,
                                        const char     *parent,
                                        DkRegionLevel   level,
                                        const char     *as_of,
                                        GError        **error);
DkRegionLevel dk_ikd_table_get_level   (DkIkdTable  *self);
const char *dk_ikd_table_get_as_of     (DkIkdTable  *self);
const char *dk_ikd_table_get_parent    (DkIkdTable  *self);
int         dk_ikd_table_get_target_bp (DkIkdTable  *self);
GListModel *dk_ikd_table_get_rows      (DkIkdTable  *self);
DkIkdRow   *dk_ikd_table_get_total     (DkIkdTable  *self);
DkIkdRow   *dk_ikd_table_get_stated    (DkIkdTable  *self);
guint       dk_ikd_table_get_n_met     (DkIkdTable  *self);
guint       dk_ikd_table_get_n_parts   (DkIkdTable  *self);
guint       dk_ikd_table_get_n_parts_reported (DkIkdTable *self);
gboolean    dk_ikd_table_is_partial    (DkIkdTable  *self);
char       *dk_ikd_table_describe_reported (DkIkdTable *self);
const char *dk_ikd_level_plural        (DkRegionLevel level);

G_END_DECLS
