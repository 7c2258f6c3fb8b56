/* dk-xlsx-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * export: what the workbooks of this folder share.
 */
#pragma once

#include <glib.h>
#include <xlsxwriter.h>

G_BEGIN_DECLS

void _dk_xlsx_set_write_error (const char  *path,
                               lxw_error    status,
                               int          errsv,
                               GError     **error);

G_END_DECLS
