/* dk-chart-style.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  double red, green, blue, alpha;
} DkRgba;

/**
 * DkChartStyle:
 * @background: painted under the chart; transparent on screen, white in files
 * @foreground: text and axes
 * @grid: grid lines
 * @good: a bar that meets its target
 * @bad: a bar that falls short
 * @series: colours of data series, in order
 * @target: the target line
 * @font_family: a Pango family list
 * @font_size: the base text size in pixels (points in PDF)
 * @line_width: the width of a series' line
 * @outline_width: bars are outlined in @foreground this wide, inside their edges; 0 for none
 * @classes: the fills of a map's classes, from the furthest from the target to meeting it
 *
 * Everything a renderer needs to know about looks. The renderers never look colours
 * up themselves: the screen passes the theme's, the command line the light palette.
 */
typedef struct
{
  DkRgba  background;
  DkRgba  foreground;
  DkRgba  grid;
  DkRgba  good;
  DkRgba  bad;
  DkRgba  series[4];
  DkRgba  target;
  char    font_family[64];
  double  font_size;
  double  line_width;
  double  outline_width;
  DkRgba  classes[4];
} DkChartStyle;

void dk_chart_style_init      (DkChartStyle *style,
                               gboolean      dark);
void dk_chart_style_set_high_contrast (DkChartStyle *style,
                                       gboolean      dark);
void dk_rgba_parse_hex        (DkRgba       *rgba,
                               const char   *hex);
void dk_cairo_set_source_rgba (cairo_t      *cr,
                               const DkRgba *rgba);

G_END_DECLS
