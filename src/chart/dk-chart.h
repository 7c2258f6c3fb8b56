/* dk-chart.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * chart — the dashboards' drawings, the main header of src/chart.
 *
 * Owns DkChart and its kinds (bars, lines, the domains' charts), their scales and styles, the
 * table each chart can be shown as, and the printed document (dk-print-doc.h): plain cairo
 * and pango, drawn alike on the screen (through src/ui's DkChartView), into PNG, SVG and PDF
 * files and on printed pages.
 *
 * Uses: the domains, store, base. No GTK, no GSettings: colours and settings come in as
 * parameters.
 */
#pragma once

#include <cairo.h>
#include <glib-object.h>

#include "dk-chart-style.h"
#include "dk-chart-table.h"
#include "dk-format.h"

G_BEGIN_DECLS

#define DK_TYPE_CHART (dk_chart_get_type ())

G_DECLARE_DERIVABLE_TYPE (DkChart, dk_chart, DK, CHART, GObject)

/**
 * DkChartClass:
 * @draw: paints the chart into the rectangle (0, 0, @width, @height) of @cr
 * @item_at: the item under the point (x, y), or -1
 * @describe_item: the text of a tooltip for an item
 * @describe: a plain-text summary of the whole chart, for assistive technology
 * @get_min_width: the narrowest width at which every item stays legible
 * @to_table: the chart's data as a table: a row per item, in the order drawn
 *
 * A chart is pure drawing: no widget, no display. The same object draws on screen
 * (through a thin widget), into PNG, SVG and PDF files, and onto paper.
 */
struct _DkChartClass
{
  GObjectClass parent_class;

  void     (*draw)          (DkChart            *self,
                             cairo_t            *cr,
                             const DkChartStyle *style,
                             double              width,
                             double              height);
  int      (*item_at)       (DkChart            *self,
                             double              width,
                             double              height,
                             double              x,
                             double              y);
  char    *(*describe_item) (DkChart            *self,
                             int                 item);
  char    *(*describe)      (DkChart            *self);
  double   (*get_min_width) (DkChart            *self);
  DkChartTable *(*to_table) (DkChart          *self);

  gpointer padding[7];
};

void        dk_chart_draw              (DkChart              *self,
                                        cairo_t              *cr,
                                        const DkChartStyle   *style,
                                        double                width,
                                        double                height);
int         dk_chart_item_at           (DkChart              *self,
                                        double                width,
                                        double                height,
                                        double                x,
                                        double                y);
char       *dk_chart_describe_item     (DkChart              *self,
                                        int                   item);
char       *dk_chart_describe          (DkChart              *self);
double      dk_chart_get_min_width     (DkChart              *self);
DkChartTable *
            dk_chart_to_table          (DkChart              *self);
const char *dk_chart_get_item_heading  (DkChart              *self);
void        dk_chart_set_item_heading  (DkChart              *self,
                                        const char           *heading);
const char *dk_chart_get_title         (DkChart              *self);
void        dk_chart_set_title         (DkChart              *self,
                                        const char           *title);
const DkNumberFormat *
            dk_chart_get_number_format (DkChart              *self);
void        dk_chart_set_number_format (DkChart              *self,
                                        const DkNumberFormat *format);
void        dk_chart_changed           (DkChart              *self);
gboolean    dk_chart_save              (DkChart              *self,
                                        const DkChartStyle   *style,
                                        double                width,
                                        double                height,
                                        const char           *path,
                                        GError              **error);

G_END_DECLS
