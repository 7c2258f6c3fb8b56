/* dk-line-chart.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-bar-chart.h"

G_BEGIN_DECLS

#define DK_LINE_MAX_SERIES 4
#define DK_LINE_MAX_GUIDES 2

/**
 * DkLineLayout:
 * @plot_x: left edge of the plot area
 * @plot_y: its top edge
 * @plot_width: its width
 * @plot_height: its height
 * @x_min: the x value at the left edge
 * @x_max: the x value at the right edge
 * @scale: the value axis
 */
typedef struct
{
  double  plot_x;
  double  plot_y;
  double  plot_width;
  double  plot_height;
  double  x_min;
  double  x_max;
  DkScale scale;
} DkLineLayout;

#define DK_TYPE_LINE_CHART (dk_line_chart_get_type ())

G_DECLARE_FINAL_TYPE (DkLineChart, dk_line_chart, DK, LINE_CHART, DkChart)

DkLineChart *dk_line_chart_new             (DkValueKind         kind,
                                            guint               n_series);
void         dk_line_chart_set_series_name (DkLineChart        *self,
                                            guint               series,
                                            const char         *name);
guint        dk_line_chart_add_point       (DkLineChart        *self,
                                            double              x,
                                            const char         *x_label,
                                            const double       *values,
                                            const char         *tooltip);
void         dk_line_chart_add_event       (DkLineChart        *self,
                                            double              x,
                                            const char         *label);
void         dk_line_chart_add_span        (DkLineChart        *self,
                                            double              x0,
                                            double              x1);
void         dk_line_chart_add_guide       (DkLineChart        *self,
                                            double              x0,
                                            double              v0,
                                            double              x1,
                                            double              v1,
                                            guint               color,
                                            const char         *label);
void         dk_line_chart_set_target      (DkLineChart        *self,
                                            double              value,
                                            const char         *label);
guint        dk_line_chart_get_n_points    (DkLineChart        *self);
void         dk_line_chart_compute_layout  (DkLineChart        *self,
                                            const DkChartStyle *style,
                                            double              width,
                                            double              height,
                                            DkLineLayout       *layout);
double       dk_line_layout_x_to_px        (const DkLineLayout *layout,
                                            double              x);
double       dk_line_layout_value_to_y     (const DkLineLayout *layout,
                                            double              value);

G_END_DECLS
