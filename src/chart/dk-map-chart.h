/* dk-map-chart.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-boundary.h"
#include "dk-chart.h"

G_BEGIN_DECLS

#define DK_MAP_MAX_CLASSES 4

/**
 * DkMapLayout:
 * @plot_x: the rectangle the map is fitted into
 * @scale: pixels per projected unit, the same both ways so that shapes keep their form
 * @x0: the projected point drawn at (@origin_x, @origin_y): the west and north edges shown
 * @legend_y: the top of the legend
 *
 * Where everything goes at a given size, so that drawing, hit testing and tests agree.
 */
typedef struct
{
  double plot_x, plot_y, plot_width, plot_height;
  double scale;
  double x0, y1;
  double origin_x, origin_y;
  double legend_y;
} DkMapLayout;

#define DK_TYPE_MAP_CHART (dk_map_chart_get_type ())

G_DECLARE_FINAL_TYPE (DkMapChart, dk_map_chart, DK, MAP_CHART, DkChart)

DkMapChart *dk_map_chart_new            (DkBoundaries       *boundaries);
void        dk_map_chart_set_classes    (DkMapChart         *self,
                                         guint               n_classes,
                                         const char * const *names);
void        dk_map_chart_set_value_heading (DkMapChart      *self,
                                            const char      *heading);
void        dk_map_chart_set_empty_label (DkMapChart        *self,
                                          const char        *label);
void        dk_map_chart_set_no_data_label (DkMapChart      *self,
                                            const char      *label);
guint       dk_map_chart_add            (DkMapChart         *self,
                                         const char         *kode,
                                         const char         *label,
                                         int                 klass,
                                         const char         *value,
                                         DkChartTargetState  target,
                                         const char         *tooltip);
guint       dk_map_chart_get_n_items    (DkMapChart         *self);
guint       dk_map_chart_get_n_shapes   (DkMapChart         *self);
guint       dk_map_chart_get_class_count (DkMapChart        *self,
                                          int                klass);
int         dk_map_chart_get_focus      (DkMapChart         *self);
void        dk_map_chart_set_focus      (DkMapChart         *self,
                                         int                 item);
int         dk_map_chart_next_item      (DkMapChart         *self,
                                         int                 item,
                                         double              dx,
                                         double              dy);
void        dk_map_chart_compute_layout (DkMapChart         *self,
                                         const DkChartStyle *style,
                                         double              width,
                                         double              height,
                                         DkMapLayout        *layout);
void        dk_map_layout_to_screen     (const DkMapLayout  *layout,
                                         double              longitude,
                                         double              latitude,
                                         double             *x,
                                         double             *y);

G_END_DECLS
