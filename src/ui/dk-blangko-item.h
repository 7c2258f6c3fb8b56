/* dk-blangko-item.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The columns a row of a blangko table may have: texts "t0" … and counts "n0" … */
#define DK_BLANGKO_ITEM_N_FIELDS 12

#define DK_TYPE_BLANGKO_ITEM (dk_blangko_item_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoItem, dk_blangko_item, DK, BLANGKO_ITEM, GObject)

DkBlangkoItem *dk_blangko_item_new      (const char    *key);
const char    *dk_blangko_item_get_key  (DkBlangkoItem *self);
void           dk_blangko_item_set_text (DkBlangkoItem *self,
                                         guint          field,
                                         const char    *text);
const char    *dk_blangko_item_get_text (DkBlangkoItem *self,
                                         guint          field);
void           dk_blangko_item_set_count (DkBlangkoItem *self,
                                          guint          field,
                                          gint64         value);
gint64         dk_blangko_item_get_count (DkBlangkoItem *self,
                                          guint          field);
void           dk_blangko_item_set_total (DkBlangkoItem *self,
                                          gboolean       total);

G_END_DECLS
