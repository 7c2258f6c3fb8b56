/* dk-columns.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * DkColumnKind:
 * @DK_COLUMN_TEXT: a string property
 * @DK_COLUMN_NUMBER: a row number (guint); 0, a total row, shows nothing
 * @DK_COLUMN_INT: a count (gint64), grouped by thousands
 * @DK_COLUMN_PERCENT_BP: a percentage in hundredths (int): "11,93 %"
 * @DK_COLUMN_RUPIAH: an amount (gint64) of rupiah, grouped by thousands
 * @DK_COLUMN_SHORTFALL: what is still needed to reach a target (gint64), grouped by thousands
 *
 * A percentage or a shortfall says nothing of a region whose total sums only some of its
 * parts: on a row whose "partial" property is %TRUE it shows "—".
 */
typedef enum
{
  DK_COLUMN_TEXT,
  DK_COLUMN_NUMBER,
  DK_COLUMN_INT,
  DK_COLUMN_PERCENT_BP,
  DK_COLUMN_RUPIAH,
  DK_COLUMN_SHORTFALL,
} DkColumnKind;

GtkColumnViewColumn *dk_column_new (const char   *title,
                                    GType         item_type,
                                    const char   *property,
                                    DkColumnKind  kind);

G_END_DECLS
