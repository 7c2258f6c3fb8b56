/* dk-pks-item.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The columns a row of a PKS table may have: texts "t0" … and counts "n0" … */
#define DK_PKS_ITEM_N_FIELDS 12

#define DK_TYPE_PKS_ITEM (dk_pks_item_get_type ())

G_DECLARE_FINAL_TYPE (DkPksItem, dk_pks_item, DK, PKS_ITEM, GObject)

DkPksItem *dk_pks_item_new      (const char    *key);
const char    *dk_pks_item_get_key  (DkPksItem *self);
void           dk_pks_item_set_text (DkPksItem *self,
                                         guint          field,
                                         const char    *text);
const char    *dk_pks_item_get_text (DkPksItem *self,
                                         guint          field);
void           dk_pks_item_set_count (DkPksItem *self,
                                          guint          field,
                                          gint64         value);
gint64         dk_pks_item_get_count (DkPksItem *self,
                                          guint          field);
void           dk_pks_item_set_total (DkPksItem *self,
                                          gboolean       total);

G_END_DECLS
