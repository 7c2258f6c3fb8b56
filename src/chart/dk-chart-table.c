/* dk-chart-table.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart's data as a table, the alternative to its drawing for a screen-reader user or
 * anyone who wants the exact figures: a heading per column, a row per item.
 */
#define G_LOG_DOMAIN "dk-chart-table"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-chart-table.h"

typedef struct
{
  DkChartColumnKind  kind;
  char              *heading;
} Column;

struct _DkChartTable
{
  GObject     parent_instance;
  GArray     *columns;   /* of Column */
  GListStore *rows;      /* of DkChartRow */
};

G_DEFINE_FINAL_TYPE (DkChartTable, dk_chart_table, G_TYPE_OBJECT)

static void
clear_column (gpointer data)
{
  g_free (((Column *) data)->heading);
}

static void
dk_chart_table_finalize (GObject *object)
{
  DkChartTable *self = (DkChartTable *) object;

  g_array_unref (self->columns);
  g_object_unref (self->rows);
  G_OBJECT_CLASS (dk_chart_table_parent_class)->finalize (object);
}

static void
dk_chart_table_class_init (DkChartTableClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dk_chart_table_finalize;
}

static void
dk_chart_table_init (DkChartTable *self)
{
  self->columns = g_array_new (FALSE, TRUE, sizeof (Column));
  g_array_set_clear_func (self->columns, clear_column);
  self->rows = g_list_store_new (DK_TYPE_CHART_ROW);
}

/**
 * dk_chart_table_new:
 *
 * Returns: (transfer full): a table without columns or rows
 */
DkChartTable *
dk_chart_table_new (void)
{
  return g_object_new (DK_TYPE_CHART_TABLE, NULL);
}

/**
 * dk_chart_table_add_column:
 * @heading: the column's heading
 *
 * Columns are added before rows; a target column is filled in by the table itself.
 *
 * Returns: the column's number
 */
guint
dk_chart_table_add_column (DkChartTable      *self,
                           DkChartColumnKind  kind,
                           const char        *heading)
{
  Column column = { kind, g_strdup (heading != NULL ? heading : "") };

  g_return_val_if_fail (DK_IS_CHART_TABLE (self), 0);
  g_return_val_if_fail (g_list_model_get_n_items (G_LIST_MODEL (self->rows)) == 0, 0);

  g_array_append_val (self->columns, column);
  return self->columns->len - 1;
}

/**
 * dk_chart_table_add_row:
 * @item: the chart's item number
 * @cells: (array): the text of each column but the target column, in order
 * @target: whether the item meets the target, written in the target column
 * @description: (nullable): the item in words
 */
void
dk_chart_table_add_row (DkChartTable       *self,
                        int                 item,
                        const char * const *cells,
                        DkChartTargetState  target,
                        const char         *description)
{
  g_autoptr(GPtrArray) row_cells = g_ptr_array_new ();
  g_autoptr(DkChartRow) row = NULL;
  guint next = 0;

  g_return_if_fail (DK_IS_CHART_TABLE (self));
  g_return_if_fail (cells != NULL);

  for (guint c = 0; c < self->columns->len; c++)
    {
      if (g_array_index (self->columns, Column, c).kind == DK_CHART_COLUMN_TARGET)
        g_ptr_array_add (row_cells, (gpointer) dk_chart_target_state_to_string (target));
      else
        g_ptr_array_add (row_cells, (gpointer) cells[next++]);
    }
  g_ptr_array_add (row_cells, NULL);
  row = dk_chart_row_new (item, (const char * const *) row_cells->pdata, target, description);
  g_list_store_append (self->rows, row);
}

guint
dk_chart_table_get_n_columns (DkChartTable *self)
{
  g_return_val_if_fail (DK_IS_CHART_TABLE (self), 0);
  return self->columns->len;
}

const char *
dk_chart_table_get_heading (DkChartTable *self,
                            guint         column)
{
  g_return_val_if_fail (DK_IS_CHART_TABLE (self), NULL);
  g_return_val_if_fail (column < self->columns->len, NULL);
  return g_array_index (self->columns, Column, column).heading;
}

DkChartColumnKind
dk_chart_table_get_column_kind (DkChartTable *self,
                                guint         column)
{
  g_return_val_if_fail (DK_IS_CHART_TABLE (self), DK_CHART_COLUMN_LABEL);
  g_return_val_if_fail (column < self->columns->len, DK_CHART_COLUMN_LABEL);
  return g_array_index (self->columns, Column, column).kind;
}

/**
 * dk_chart_table_get_rows:
 *
 * Returns: (transfer none): the rows (#DkChartRow), in the chart's order
 */
GListModel *
dk_chart_table_get_rows (DkChartTable *self)
{
  g_return_val_if_fail (DK_IS_CHART_TABLE (self), NULL);
  return G_LIST_MODEL (self->rows);
}

/**
 * dk_chart_table_find_row:
 *
 * Returns: (transfer none) (nullable): the first row labelled @label
 */
DkChartRow *
dk_chart_table_find_row (DkChartTable *self,
                         const char   *label)
{
  g_return_val_if_fail (DK_IS_CHART_TABLE (self), NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->rows)); i++)
    {
      g_autoptr(DkChartRow) row = g_list_model_get_item (G_LIST_MODEL (self->rows), i);

      if (g_strcmp0 (dk_chart_row_get_label (row), label) == 0)
        return row;   /* the store keeps its own reference */
    }
  return NULL;
}

/**
 * dk_chart_target_state_to_string:
 *
 * Returns: the state in words for a table cell, "" when there is no target
 */
const char *
dk_chart_target_state_to_string (DkChartTargetState state)
{
  switch (state)
    {
    case DK_CHART_TARGET_MET:
      /* Translators: in the table shown instead of a chart, under the target's heading */
      return C_("target", "Met");
    case DK_CHART_TARGET_MISSED:
      /* Translators: in the table shown instead of a chart, under the target's heading */
      return C_("target", "Not met");
    case DK_CHART_TARGET_NONE:
    default:
      return "";
    }
}
