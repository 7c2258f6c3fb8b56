/* dk-bar-chart.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-chart.h"
#include "dk-chart-scale.h"

G_BEGIN_DECLS

/**
 * DkValueKind:
 * @DK_VALUE_PERCENT: values are percentages (11.93 means 11,93 %)
 * @DK_VALUE_COUNT: values are whole counts
 * @DK_VALUE_RUPIAH: values are amounts of money in rupiah
 */
typedef enum
{
  DK_VALUE_PERCENT,
  DK_VALUE_COUNT,
  DK_VALUE_RUPIAH,
} DkValueKind;

/**
 * DkBarStatus:
 * @DK_BAR_NEUTRAL: coloured by series
 * @DK_BAR_GOOD: meets its target
 * @DK_BAR_BAD: falls short of it
 */
typedef enum
{
  DK_BAR_NEUTRAL,
  DK_BAR_GOOD,
  DK_BAR_BAD,
} DkBarStatus;

typedef enum
{
  DK_BAR_SORT_KEY,
  DK_BAR_SORT_VALUE_DESC,
  DK_BAR_SORT_VALUE_ASC,
} DkBarSort;

typedef enum
{
  DK_BAR_STACKED,
  DK_BAR_GROUPED,
} DkBarMode;

#define DK_BAR_MAX_SERIES 4

/**
 * DkBarLayout:
 * @plot_x: left edge of the plot area
 * @plot_y: top edge of the plot area (the scale's maximum)
 * @plot_width: its width
 * @plot_height: its height; the value axis's zero is at @plot_y + @plot_height
 * @slot: the horizontal space given to each bar
 * @bar_width: the width of a bar (of each bar of a group)
 * @scale: the value axis
 * @label_angle: the category labels' rotation
 * @label_every: one category label is drawn every this many bars
 * @value_labels: whether values are written above the bars
 *
 * Where everything goes at a given size, so that drawing, hit testing and tests agree.
 */
typedef struct
{
  double   plot_x;
  double   plot_y;
  double   plot_width;
  double   plot_height;
  double   slot;
  double   bar_width;
  DkScale  scale;
  double   label_angle;
  guint    label_every;
  gboolean value_labels;
} DkBarLayout;

#define DK_TYPE_BAR_CHART (dk_bar_chart_get_type ())

G_DECLARE_FINAL_TYPE (DkBarChart, dk_bar_chart, DK, BAR_CHART, DkChart)

DkBarChart *dk_bar_chart_new             (DkValueKind         kind,
                                          DkBarMode           mode,
                                          guint               n_series);
void        dk_bar_chart_set_series_name (DkBarChart         *self,
                                          guint               series,
                                          const char         *name);
void        dk_bar_chart_set_series_status (DkBarChart   *self,
                                            guint         series,
                                            DkBarStatus   status);
void        dk_bar_chart_clear           (DkBarChart         *self);
guint       dk_bar_chart_add             (DkBarChart         *self,
                                          const char         *key,
                                          const char         *label,
                                          const double       *values,
                                          DkBarStatus         status,
                                          const char         *tooltip);
void        dk_bar_chart_set_empty_label (DkBarChart         *self,
                                          const char         *label);
void        dk_bar_chart_set_target      (DkBarChart         *self,
                                          double              value,
                                          const char         *label);
double      dk_bar_chart_get_target      (DkBarChart         *self);
void        dk_bar_chart_set_partial_note (DkBarChart        *self,
                                          const char        *note);
void        dk_bar_chart_set_status_names (DkBarChart        *self,
                                           const char        *good,
                                           const char        *bad);
void        dk_bar_chart_set_sort        (DkBarChart         *self,
                                          DkBarSort           sort);
DkBarSort   dk_bar_chart_get_sort        (DkBarChart         *self);
guint       dk_bar_chart_get_n_bars      (DkBarChart         *self);
double      dk_bar_chart_get_total       (DkBarChart         *self,
                                          guint               bar);
guint       dk_bar_chart_get_position    (DkBarChart         *self,
                                          guint               bar);
void        dk_bar_chart_compute_layout  (DkBarChart         *self,
                                          const DkChartStyle *style,
                                          double              width,
                                          double              height,
                                          DkBarLayout        *layout);
double      dk_bar_layout_value_to_y     (const DkBarLayout  *layout,
                                          double              value);
double      dk_bar_layout_slot_center    (const DkBarLayout  *layout,
                                          guint               position);
char       *dk_format_value              (const DkNumberFormat *fmt,
                                          DkValueKind         kind,
                                          double              value);

G_END_DECLS
