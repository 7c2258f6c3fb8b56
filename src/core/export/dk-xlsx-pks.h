/* dk-xlsx-pks.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <xlsxwriter.h>

#include "dk-pks.h"

G_BEGIN_DECLS

gboolean dk_xlsx_write_pks_sheet (lxw_workbook  *wb,
                                  GPtrArray     *agreements,
                                  const char    *as_of,
                                  GError       **error);

G_END_DECLS
