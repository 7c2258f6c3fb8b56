/* dk-report-table.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dk-columns.h"

G_BEGIN_DECLS

/**
 * DkColumnSpec:
 * @title: the heading, untranslated, with the "column" context
 * @property: the row property shown
 * @kind: how it is written
 * @expand: whether the column takes the spare width
 */
typedef struct
{
  const char   *title;
  const char   *property;
  DkColumnKind  kind;
  gboolean      expand;
} DkColumnSpec;

typedef enum
{
  DK_TOTAL_FIRST,
  DK_TOTAL_LAST,
} DkTotalPosition;

#define DK_TYPE_REPORT_TABLE (dk_report_table_get_type ())

G_DECLARE_FINAL_TYPE (DkReportTable, dk_report_table, DK, REPORT_TABLE, GObject)

DkReportTable *dk_report_table_new       (GtkColumnView      *view,
                                          GType               item_type,
                                          const DkColumnSpec *columns,
                                          guint               n_columns,
                                          DkTotalPosition     position);
void           dk_report_table_set_rows  (DkReportTable      *self,
                                          GListModel         *rows,
                                          gpointer            total);
GListModel    *dk_report_table_get_model (DkReportTable      *self);
void           dk_report_table_keep_order (DkReportTable     *self);

G_END_DECLS
