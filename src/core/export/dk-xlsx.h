/* dk-xlsx.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * export — the report's tables as an XLSX workbook, the main header of src/core/export.
 *
 * Owns the workbook (libxlsxwriter): one sheet per table laid out as the report prints it,
 * live formulas with their values stored, native charts, print set-up; the blangko
 * workbooks (dk-xlsx-blangko.h). Written to a temporary name and renamed.
 *
 * Uses: the domains, store, base.
 */
#pragma once

#include <gio/gio.h>

#include "dk-ikd.h"
#include "dk-m2m.h"
#include "dk-store.h"

G_BEGIN_DECLS

/**
 * DkExportOptions:
 * @region: the province whose tables are exported, e.g. "13"
 * @ikd_as_of: (nullable): the IKD snapshot, %NULL for the latest
 * @m2m_as_of: (nullable): the M2M inventory, %NULL for the latest
 * @year: the budget year, 0 for the latest
 * @ikd_map: (nullable): a PNG picture of the IKD map, put on the IKD sheet under its chart
 * @pks_as_of: (nullable): the date of the data-access agreements' statuses, %NULL for
 *   today; their sheet is written when any is recorded
 *
 * What goes into the report's workbook.
 */
typedef struct
{
  const char *region;
  const char *ikd_as_of;
  const char *m2m_as_of;
  int         year;
  GBytes     *ikd_map;
  const char *pks_as_of;
} DkExportOptions;

/**
 * DkProgressFunc:
 * @fraction: how much is done, 0 … 1
 * @user_data: the data given with the function
 *
 * Called from the thread doing the work, now and then.
 */
typedef void (*DkProgressFunc) (double   fraction,
                                gpointer user_data);

gboolean dk_xlsx_export_report   (DkStore                *store,
                                  const char             *path,
                                  const DkExportOptions  *options,
                                  DkProgressFunc          progress,
                                  gpointer                progress_data,
                                  GCancellable           *cancellable,
                                  GError                **error);
gboolean dk_xlsx_export_ikd      (DkIkdTable             *table,
                                  const char             *path,
                                  DkProgressFunc          progress,
                                  gpointer                progress_data,
                                  GCancellable           *cancellable,
                                  GError                **error);
char    *dk_xlsx_default_name    (DkStore                *store);

G_END_DECLS
