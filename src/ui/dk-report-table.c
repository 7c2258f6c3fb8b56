/* dk-report-table.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A report's table in a GtkColumnView: the report's columns, each sortable, and its total
 * row kept where the report prints it (first for IKD, last for M2M) whatever the sort.
 */
#define G_LOG_DOMAIN "dk-report-table"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-report-table.h"

struct _DkReportTable
{
  GObject           parent_instance;
  GListStore       *total_store;
  GtkSortListModel *sort_model;
  GListModel       *model;       /* what the view shows */
};

G_DEFINE_FINAL_TYPE (DkReportTable, dk_report_table, G_TYPE_OBJECT)

static void
dk_report_table_finalize (GObject *object)
{
  DkReportTable *self = (DkReportTable *) object;

  g_clear_object (&self->total_store);
  g_clear_object (&self->sort_model);
  g_clear_object (&self->model);
  G_OBJECT_CLASS (dk_report_table_parent_class)->finalize (object);
}

static void
dk_report_table_class_init (DkReportTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dk_report_table_finalize;
}

static void
dk_report_table_init (DkReportTable *self)
{
}

/**
 * dk_report_table_new:
 * @view: the column view to fill
 * @columns: (array length=n_columns): the report's columns, in order
 * @position: where the total row stays
 *
 * Returns: (transfer full): the table, showing no rows yet
 */
DkReportTable *
dk_report_table_new (GtkColumnView      *view,
                     GType               item_type,
                     const DkColumnSpec *columns,
                     guint               n_columns,
                     DkTotalPosition     position)
{
  DkReportTable *self = g_object_new (DK_TYPE_REPORT_TABLE, NULL);
  g_autoptr(GListStore) parts = g_list_store_new (G_TYPE_LIST_MODEL);
  g_autoptr(GtkNoSelection) selection = NULL;

  for (guint i = 0; i < n_columns; i++)
    {
      g_autoptr(GtkColumnViewColumn) column =
        dk_column_new (g_dpgettext2 (NULL, "column", columns[i].title), item_type,
                       columns[i].property, columns[i].kind);

      gtk_column_view_column_set_expand (column, columns[i].expand);
      gtk_column_view_append_column (view, column);
    }

  self->total_store = g_list_store_new (item_type);
  self->sort_model = gtk_sort_list_model_new (NULL, g_object_ref (gtk_column_view_get_sorter (view)));
  if (position == DK_TOTAL_FIRST)
    g_list_store_append (parts, self->total_store);
  g_list_store_append (parts, self->sort_model);
  if (position == DK_TOTAL_LAST)
    g_list_store_append (parts, self->total_store);
  self->model = G_LIST_MODEL (gtk_flatten_list_model_new (G_LIST_MODEL (g_object_ref (parts))));
  selection = gtk_no_selection_new (g_object_ref (self->model));
  gtk_column_view_set_model (view, GTK_SELECTION_MODEL (selection));
  return self;
}

/**
 * dk_report_table_set_rows:
 * @rows: (nullable): the rows, sorted as the view's columns say
 * @total: (nullable) (type GObject): the total row
 */
void
dk_report_table_set_rows (DkReportTable *self,
                          GListModel    *rows,
                          gpointer       total)
{
  g_return_if_fail (DK_IS_REPORT_TABLE (self));

  g_list_store_remove_all (self->total_store);
  if (total != NULL)
    g_list_store_append (self->total_store, total);
  gtk_sort_list_model_set_model (self->sort_model, rows);
}

/**
 * dk_report_table_get_model:
 *
 * Returns: (transfer none): the rows as shown, the total included
 */
GListModel *
dk_report_table_get_model (DkReportTable *self)
{
  g_return_val_if_fail (DK_IS_REPORT_TABLE (self), NULL);
  return self->model;
}

/**
 * dk_report_table_keep_order:
 *
 * Shows the rows in the order they come, for rows that follow the view's sort themselves
 * (#DkRowOrder).
 */
void
dk_report_table_keep_order (DkReportTable *self)
{
  g_return_if_fail (DK_IS_REPORT_TABLE (self));
  gtk_sort_list_model_set_sorter (self->sort_model, NULL);
}
