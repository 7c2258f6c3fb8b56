/* dk-row-order.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * DkRowMatchFunc:
 * @row: a row
 * @query: what is searched for
 *
 * Returns: whether @row is found by @query
 */
typedef gboolean (*DkRowMatchFunc) (gpointer    row,
                                    const char *query);

#define DK_TYPE_ROW_ORDER (dk_row_order_get_type ())

G_DECLARE_FINAL_TYPE (DkRowOrder, dk_row_order, DK, ROW_ORDER, GObject)

DkRowOrder *dk_row_order_new        (GType                   item_type,
                                     GtkColumnView          *view,
                                     const GCompareDataFunc *compare,
                                     guint                   n_columns,
                                     DkRowMatchFunc          match);
void        dk_row_order_set_rows   (DkRowOrder             *self,
                                     GListModel             *rows);
/**
 * DkRowOrderData:
 * @rows: (element-type GObject): the rows
 * @orders: each column's ascending order, as indices into @rows
 * @n_columns: the number of columns
 */
typedef struct
{
  GPtrArray  *rows;
  guint     **orders;
  guint       n_columns;
} DkRowOrderData;

DkRowOrderData *dk_row_order_compute (GListModel             *rows,
                                      const GCompareDataFunc *compare,
                                      guint                   n_columns);
void        dk_row_order_data_free  (DkRowOrderData         *data);
void        dk_row_order_set_sorted (DkRowOrder             *self,
                                     DkRowOrderData         *data);
void        dk_row_order_set_query  (DkRowOrder             *self,
                                     const char             *query);
void        dk_row_order_sort       (DkRowOrder             *self);
void        dk_row_order_note_compare (GCompareDataFunc      compare);

G_END_DECLS
