/* dk-import-item.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "dk-import.h"

G_BEGIN_DECLS

#define DK_TYPE_IMPORT_ITEM (dk_import_item_get_type ())

G_DECLARE_FINAL_TYPE (DkImportItem, dk_import_item, DK, IMPORT_ITEM, GObject)

DkImportItem *dk_import_item_new (const DkImportRow *row,
                                  DkImportKind       kind);

G_END_DECLS
