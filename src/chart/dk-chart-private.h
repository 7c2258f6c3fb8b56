/* dk-chart-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Text helpers the chart classes share. Text is measured and drawn with Pango in the
 * chart's own font map, so that a layout computed without a cairo context (for hit
 * testing) matches what is drawn.
 */
#pragma once

#include <pango/pangocairo.h>

#include "dk-bar-chart.h"
#include "dk-chart.h"
#include "dk-chart-scale.h"

G_BEGIN_DECLS

typedef enum
{
  DK_ANCHOR_START  = 0,
  DK_ANCHOR_CENTER = 1,
  DK_ANCHOR_END    = 2,
} DkAnchor;

PangoLayout *_dk_chart_new_layout   (const DkChartStyle *style,
                                     double              scale,
                                     gboolean            bold,
                                     const char         *text);
void         _dk_chart_text_size    (PangoLayout        *layout,
                                     double             *width,
                                     double             *height);
void         _dk_chart_show_text    (cairo_t            *cr,
                                     PangoLayout        *layout,
                                     double              x,
                                     double              y,
                                     DkAnchor            h_anchor,
                                     DkAnchor            v_anchor,
                                     double              angle);
char        *_dk_chart_format_tick  (const DkNumberFormat *fmt,
                                     DkValueKind         kind,
                                     const DkScale      *scale,
                                     double              value);
char        *_dk_chart_format_exact (const DkNumberFormat *fmt,
                                     DkValueKind         kind,
                                     double              value);
double       _dk_chart_draw_header  (DkChart            *self,
                                     cairo_t            *cr,
                                     const DkChartStyle *style,
                                     double              width);
double       _dk_chart_header_height (DkChart           *self,
                                      const DkChartStyle *style);
void         _dk_chart_draw_legend  (cairo_t            *cr,
                                     const DkChartStyle *style,
                                     double              right,
                                     double              y,
                                     const char * const *labels,
                                     const DkRgba       *colors,
                                     const gboolean     *dashed,
                                     guint               n);

G_END_DECLS
