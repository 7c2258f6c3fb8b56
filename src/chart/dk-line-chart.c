/* dk-line-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Values over time: one line per series through dated points, an optional target
 * line, and events (a policy, an outage) marked as labelled verticals.
 */
#define G_LOG_DOMAIN "dk-line-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "dk-chart-private.h"
#include "dk-line-chart.h"

typedef struct
{
  double  x;
  char   *label;
  double  values[DK_LINE_MAX_SERIES];
  char   *tooltip;
} Point;

typedef struct
{
  double  x;
  char   *label;
} Event;

typedef struct
{
  double x0;
  double x1;
} Span;

typedef struct
{
  double  x0, v0, x1, v1;
  guint   color;
  char   *label;
} Guide;

struct _DkLineChart
{
  DkChart       parent_instance;
  DkValueKind   kind;
  guint         n_series;
  char         *series_names[DK_LINE_MAX_SERIES];
  GArray       *points;   /* of Point, kept in x order */
  GArray       *events;   /* of Event */
  GArray       *spans;    /* of Span */
  GArray       *guides;   /* of Guide: dashed straight lines, a projection */
  double        target;
  char         *target_label;
  DkChartStyle  last_style;
  gboolean      has_style;
};

G_DEFINE_FINAL_TYPE (DkLineChart, dk_line_chart, DK_TYPE_CHART)

static void
clear_point (gpointer data)
{
  Point *p = data;

  g_free (p->label);
  g_free (p->tooltip);
}

static void
clear_event (gpointer data)
{
  g_free (((Event *) data)->label);
}

static void
clear_guide (gpointer data)
{
  g_free (((Guide *) data)->label);
}

static double
measure (const DkChartStyle *style,
         double              scale,
         const char         *text,
         double             *height)
{
  g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, scale, FALSE, text);
  double w;

  _dk_chart_text_size (layout, &w, height);
  return w;
}

void
dk_line_chart_compute_layout (DkLineChart        *self,
                              const DkChartStyle *style,
                              double              width,
                              double              height,
                              DkLineLayout       *l)
{
  const DkNumberFormat *fmt = dk_chart_get_number_format (DK_CHART (self));
  double max_v = 0, tick_w = 0, tick_h = style->font_size, label_h = style->font_size, last_w = 0;
  double top, bottom;

  g_return_if_fail (DK_IS_LINE_CHART (self));

  memset (l, 0, sizeof *l);
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *p = &g_array_index (self->points, Point, i);

      for (guint s = 0; s < self->n_series; s++)
        max_v = MAX (max_v, p->values[s]);
      last_w = measure (style, 0.85, p->label, &label_h);
    }
  if (!isnan (self->target))
    max_v = MAX (max_v, self->target);
  for (guint i = 0; i < self->guides->len; i++)
    max_v = MAX (max_v, MAX (g_array_index (self->guides, Guide, i).v0, g_array_index (self->guides, Guide, i).v1));
  top = _dk_chart_header_height (DK_CHART (self), style) + style->font_size * 2.8;
  /* event labels alternate between two rows so that close events stay readable */
  bottom = label_h + 10 + (self->events->len > 0 ? style->font_size * (self->events->len > 1 ? 2.6 : 1.4) : 0);
  dk_scale_init (&l->scale, 0, max_v * 1.08, MAX (2, (guint) (height / (style->font_size * 4))));
  if (self->kind != DK_VALUE_PERCENT)
    dk_scale_make_integer (&l->scale);
  for (guint i = 0; i < dk_scale_get_n_ticks (&l->scale); i++)
    {
      g_autofree char *text = _dk_chart_format_tick (fmt, self->kind, &l->scale, dk_scale_get_tick (&l->scale, i));

      tick_w = MAX (tick_w, measure (style, 0.85, text, &tick_h));
    }

  l->plot_x = tick_w + style->font_size * 0.8;
  l->plot_y = top;
  l->plot_width = MAX (1, width - l->plot_x - MAX (style->font_size, last_w / 2 + 4));
  l->plot_height = MAX (1, height - top - bottom);
  if (self->points->len > 0)
    {
      l->x_min = g_array_index (self->points, Point, 0).x;
      l->x_max = g_array_index (self->points, Point, self->points->len - 1).x;
    }
  for (guint i = 0; i < self->events->len; i++)
    {
      double x = g_array_index (self->events, Event, i).x;

      l->x_min = self->points->len == 0 && i == 0 ? x : MIN (l->x_min, x);
      l->x_max = self->points->len == 0 && i == 0 ? x : MAX (l->x_max, x);
    }
  for (guint i = 0; i < self->guides->len && self->points->len > 0; i++)
    l->x_max = MAX (l->x_max, g_array_index (self->guides, Guide, i).x1);
  if (l->x_max - l->x_min < 1e-9)
    {
      /* a single date sits in the middle */
      l->x_min -= 1;
      l->x_max += 1;
    }
  else
    {
      double pad = (l->x_max - l->x_min) * 0.04;

      l->x_min -= pad;
      l->x_max += pad;
    }
}

double
dk_line_layout_x_to_px (const DkLineLayout *l,
                        double              x)
{
  return l->plot_x + l->plot_width * (x - l->x_min) / (l->x_max - l->x_min);
}

double
dk_line_layout_value_to_y (const DkLineLayout *l,
                           double              value)
{
  return l->plot_y + l->plot_height * (1 - dk_scale_normalize (&l->scale, value));
}

static void
draw_grid (DkLineChart        *self,
           cairo_t            *cr,
           const DkChartStyle *style,
           const DkLineLayout *l)
{
  const DkNumberFormat *fmt = dk_chart_get_number_format (DK_CHART (self));

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < dk_scale_get_n_ticks (&l->scale); i++)
    {
      double v = dk_scale_get_tick (&l->scale, i);
      double y = round (dk_line_layout_value_to_y (l, v)) + 0.5;
      g_autofree char *text = _dk_chart_format_tick (fmt, self->kind, &l->scale, v);
      g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.85, FALSE, text);

      dk_cairo_set_source_rgba (cr, i == 0 ? &style->foreground : &style->grid);
      cairo_move_to (cr, l->plot_x, y);
      cairo_line_to (cr, l->plot_x + l->plot_width, y);
      cairo_stroke (cr);
      dk_cairo_set_source_rgba (cr, &style->foreground);
      _dk_chart_show_text (cr, layout, l->plot_x - style->font_size * 0.4, y,
                           DK_ANCHOR_END, DK_ANCHOR_CENTER, 0);
    }
}

static void
draw_spans (DkLineChart        *self,
            cairo_t            *cr,
            const DkChartStyle *style,
            const DkLineLayout *l)
{
  DkRgba shade = style->bad;

  shade.alpha = 0.15;
  dk_cairo_set_source_rgba (cr, &shade);
  for (guint i = 0; i < self->spans->len; i++)
    {
      const Span *span = &g_array_index (self->spans, Span, i);
      double x0 = CLAMP (dk_line_layout_x_to_px (l, span->x0), l->plot_x, l->plot_x + l->plot_width);
      double x1 = CLAMP (dk_line_layout_x_to_px (l, span->x1), l->plot_x, l->plot_x + l->plot_width);

      cairo_rectangle (cr, x0, l->plot_y, x1 - x0, l->plot_height);
    }
  cairo_fill (cr);
}

static void
draw_events (DkLineChart        *self,
             cairo_t            *cr,
             const DkChartStyle *style,
             const DkLineLayout *l)
{
  double dash[] = { 2, 3 };
  double label_y = l->plot_y + l->plot_height + style->font_size * 1.6;

  for (guint i = 0; i < self->events->len; i++)
    {
      const Event *e = &g_array_index (self->events, Event, i);
      double x = round (dk_line_layout_x_to_px (l, e->x)) + 0.5;
      g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.8, TRUE, e->label);

      cairo_save (cr);
      dk_cairo_set_source_rgba (cr, &style->series[2]);
      cairo_set_line_width (cr, 1.5);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, x, l->plot_y);
      cairo_line_to (cr, x, l->plot_y + l->plot_height);
      cairo_stroke (cr);
      cairo_restore (cr);
      double w, lx;

      _dk_chart_text_size (layout, &w, NULL);
      /* centred under its line, but inside the chart */
      lx = CLAMP (x - w / 2, 2, MAX (2, l->plot_x + l->plot_width - w));
      dk_cairo_set_source_rgba (cr, &style->series[2]);
      _dk_chart_show_text (cr, layout, lx, label_y + (i % 2) * style->font_size * 1.1,
                           DK_ANCHOR_START, DK_ANCHOR_START, 0);
    }
}

static void
draw_series (DkLineChart        *self,
             cairo_t            *cr,
             const DkChartStyle *style,
             const DkLineLayout *l,
             guint               s)
{
  const DkNumberFormat *fmt = dk_chart_get_number_format (DK_CHART (self));
  const DkRgba *color = &style->series[s];

  dk_cairo_set_source_rgba (cr, color);
  cairo_set_line_width (cr, style->line_width);
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_ROUND);
  /* text leaves a current point behind: start the line afresh */
  cairo_new_path (cr);
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *p = &g_array_index (self->points, Point, i);

      cairo_line_to (cr, dk_line_layout_x_to_px (l, p->x), dk_line_layout_value_to_y (l, p->values[s]));
    }
  cairo_stroke (cr);

  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *p = &g_array_index (self->points, Point, i);
      double x = dk_line_layout_x_to_px (l, p->x);
      double y = dk_line_layout_value_to_y (l, p->values[s]);
      g_autofree char *text = dk_format_value (fmt, self->kind, p->values[s]);
      g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.8, FALSE, text);

      dk_cairo_set_source_rgba (cr, color);
      cairo_arc (cr, x, y, 4, 0, 2 * G_PI);
      cairo_fill (cr);
      if (self->points->len <= 24)
        {
          dk_cairo_set_source_rgba (cr, &style->foreground);
          _dk_chart_show_text (cr, layout, x, y - 6, DK_ANCHOR_CENTER, DK_ANCHOR_END, 0);
        }
    }
}

/* A projection: a dashed line from a point to where it would be, its end value written. */
static void
draw_guides (DkLineChart        *self,
             cairo_t            *cr,
             const DkChartStyle *style,
             const DkLineLayout *l)
{
  const DkNumberFormat *fmt = dk_chart_get_number_format (DK_CHART (self));
  double dash[] = { 5, 4 };

  for (guint i = 0; i < self->guides->len; i++)
    {
      const Guide *g = &g_array_index (self->guides, Guide, i);
      double x1 = dk_line_layout_x_to_px (l, g->x1), y1 = dk_line_layout_value_to_y (l, g->v1);
      g_autofree char *text = dk_format_value (fmt, self->kind, g->v1);
      g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.8, FALSE, text);

      cairo_save (cr);
      dk_cairo_set_source_rgba (cr, &style->series[g->color]);
      cairo_set_line_width (cr, style->line_width * 0.8);
      cairo_set_dash (cr, dash, 2, i * 4.5);
      cairo_new_path (cr);
      cairo_move_to (cr, dk_line_layout_x_to_px (l, g->x0), dk_line_layout_value_to_y (l, g->v0));
      cairo_line_to (cr, x1, y1);
      cairo_stroke (cr);
      cairo_restore (cr);
      dk_cairo_set_source_rgba (cr, &style->series[g->color]);
      cairo_arc (cr, x1, y1, 3, 0, 2 * G_PI);
      cairo_fill (cr);
      /* the target line has its own label */
      if (isnan (self->target) || fabs (g->v1 - self->target) > 1e-9)
        _dk_chart_show_text (cr, layout, x1 - 4, y1 - 4, DK_ANCHOR_END, DK_ANCHOR_END, 0);
    }
}

static void
draw_x_labels (DkLineChart        *self,
               cairo_t            *cr,
               const DkChartStyle *style,
               const DkLineLayout *l)
{
  double last_right = -G_MAXDOUBLE;

  dk_cairo_set_source_rgba (cr, &style->foreground);
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *p = &g_array_index (self->points, Point, i);
      g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.85, FALSE, p->label);
      double x = dk_line_layout_x_to_px (l, p->x), w;

      _dk_chart_text_size (layout, &w, NULL);
      if (x - w / 2 < last_right + 6)
        continue;
      _dk_chart_show_text (cr, layout, x, l->plot_y + l->plot_height + 4,
                           DK_ANCHOR_CENTER, DK_ANCHOR_START, 0);
      last_right = x + w / 2;
    }
}

static void
draw_target_and_legend (DkLineChart        *self,
                        cairo_t            *cr,
                        const DkChartStyle *style,
                        const DkLineLayout *l,
                        double              width,
                        double              legend_y)
{
  const char *labels[DK_LINE_MAX_SERIES + 1 + DK_LINE_MAX_GUIDES];
  DkRgba colors[DK_LINE_MAX_SERIES + 1 + DK_LINE_MAX_GUIDES];
  gboolean dashed[DK_LINE_MAX_SERIES + 1 + DK_LINE_MAX_GUIDES] = { FALSE };
  guint n = 0;

  if (!isnan (self->target))
    {
      double dash[] = { 6, 4 };
      double y = round (dk_line_layout_value_to_y (l, self->target)) + 0.5;

      cairo_save (cr);
      dk_cairo_set_source_rgba (cr, &style->target);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, dash, 2, 0);
      cairo_move_to (cr, l->plot_x, y);
      cairo_line_to (cr, l->plot_x + l->plot_width, y);
      cairo_stroke (cr);
      cairo_restore (cr);
      if (self->target_label != NULL)
        {
          g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.85, TRUE, self->target_label);

          dk_cairo_set_source_rgba (cr, &style->target);
          _dk_chart_show_text (cr, layout, l->plot_x + l->plot_width, y - 3, DK_ANCHOR_END, DK_ANCHOR_END, 0);
        }
    }

  for (guint s = 0; s < self->n_series; s++)
    if (self->series_names[s] != NULL)
      {
        labels[n] = self->series_names[s];
        colors[n++] = style->series[s];
      }
  if (!isnan (self->target) && self->target_label != NULL)
    {
      labels[n] = self->target_label;
      dashed[n] = TRUE;
      colors[n++] = style->target;
    }
  for (guint i = 0; i < self->guides->len; i++)
    {
      const Guide *g = &g_array_index (self->guides, Guide, i);

      labels[n] = g->label;
      dashed[n] = TRUE;
      colors[n++] = style->series[g->color];
    }
  if (n > 0)
    _dk_chart_draw_legend (cr, style, width - style->font_size, legend_y, labels, colors, dashed, n);
}

static void
dk_line_chart_draw (DkChart            *chart,
                    cairo_t            *cr,
                    const DkChartStyle *style,
                    double              width,
                    double              height)
{
  DkLineChart *self = DK_LINE_CHART (chart);
  DkLineLayout l;
  double header;

  self->last_style = *style;
  self->has_style = TRUE;
  dk_line_chart_compute_layout (self, style, width, height, &l);
  header = _dk_chart_draw_header (chart, cr, style, width);
  draw_spans (self, cr, style, &l);
  draw_grid (self, cr, style, &l);
  draw_events (self, cr, style, &l);
  draw_target_and_legend (self, cr, style, &l, width, header + style->font_size * 0.7);
  draw_guides (self, cr, style, &l);
  for (guint s = 0; s < self->n_series; s++)
    draw_series (self, cr, style, &l, s);
  draw_x_labels (self, cr, style, &l);
}

static int
dk_line_chart_item_at (DkChart *chart,
                       double   width,
                       double   height,
                       double   x,
                       double   y)
{
  DkLineChart *self = DK_LINE_CHART (chart);
  DkChartStyle fallback;
  DkLineLayout l;
  int best = -1;
  double best_d = 24;

  if (!self->has_style)
    dk_chart_style_init (&fallback, FALSE);
  dk_line_chart_compute_layout (self, self->has_style ? &self->last_style : &fallback, width, height, &l);
  for (guint i = 0; i < self->points->len; i++)
    {
      double d = fabs (dk_line_layout_x_to_px (&l, g_array_index (self->points, Point, i).x) - x);

      if (d < best_d)
        {
          best_d = d;
          best = (int) i;
        }
    }
  return best;
}

static char *
dk_line_chart_describe_item (DkChart *chart,
                             int      item)
{
  DkLineChart *self = DK_LINE_CHART (chart);
  const Point *p;
  GString *text;

  if ((guint) item >= self->points->len)
    return NULL;
  p = &g_array_index (self->points, Point, item);
  if (p->tooltip != NULL)
    return g_strdup (p->tooltip);
  text = g_string_new (p->label);
  for (guint s = 0; s < self->n_series; s++)
    {
      g_autofree char *v = dk_format_value (dk_chart_get_number_format (chart), self->kind, p->values[s]);

      g_string_append_printf (text, "%s%s%s%s", s == 0 ? ": " : ", ",
                              self->series_names[s] ? self->series_names[s] : "",
                              self->series_names[s] ? " " : "", v);
    }
  return g_string_free (text, FALSE);
}

static char *
dk_line_chart_describe (DkChart *chart)
{
  DkLineChart *self = DK_LINE_CHART (chart);
  GString *text = g_string_new (dk_chart_get_title (chart));

  if (text->len > 0)
    g_string_append (text, ". ");
  for (guint i = 0; i < self->points->len; i++)
    {
      g_autofree char *item = dk_line_chart_describe_item (chart, (int) i);

      g_string_append (text, item);
      g_string_append (text, i + 1 < self->points->len ? "; " : ".");
    }
  for (guint i = 0; i < self->events->len; i++)
    g_string_append_printf (text, " %s.", g_array_index (self->events, Event, i).label);
  return g_string_free (text, FALSE);
}

/* The first series is the one a target is set for: coverage, realisation. */
static DkChartTargetState
point_target_state (const DkLineChart *self,
                    const Point       *p)
{
  if (isnan (self->target))
    return DK_CHART_TARGET_NONE;
  return p->values[0] >= self->target ? DK_CHART_TARGET_MET : DK_CHART_TARGET_MISSED;
}

static DkChartTable *
dk_line_chart_to_table (DkChart *chart)
{
  DkLineChart *self = DK_LINE_CHART (chart);
  const DkNumberFormat *fmt = dk_chart_get_number_format (chart);
  g_autoptr(DkChartTable) table = dk_chart_table_new ();

  dk_chart_table_add_column (table, DK_CHART_COLUMN_LABEL, dk_chart_get_item_heading (chart));
  for (guint s = 0; s < self->n_series; s++)
    dk_chart_table_add_column (table, DK_CHART_COLUMN_VALUE,
                               self->series_names[s] != NULL ? self->series_names[s] : C_("column", "Value"));
  if (!isnan (self->target))
    dk_chart_table_add_column (table, DK_CHART_COLUMN_TARGET,
                               self->target_label != NULL ? self->target_label : C_("column", "Target"));
  for (guint i = 0; i < self->points->len; i++)
    {
      const Point *p = &g_array_index (self->points, Point, i);
      g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
      g_autofree char *description = dk_line_chart_describe_item (chart, (int) i);

      g_ptr_array_add (cells, g_strdup (p->label));
      for (guint s = 0; s < self->n_series; s++)
        g_ptr_array_add (cells, _dk_chart_format_exact (fmt, self->kind, p->values[s]));
      dk_chart_table_add_row (table, (int) i, (const char * const *) cells->pdata,
                              point_target_state (self, p), description);
    }
  return g_steal_pointer (&table);
}

static void
dk_line_chart_finalize (GObject *object)
{
  DkLineChart *self = (DkLineChart *) object;

  for (guint s = 0; s < DK_LINE_MAX_SERIES; s++)
    g_free (self->series_names[s]);
  g_free (self->target_label);
  g_array_unref (self->points);
  g_array_unref (self->events);
  g_array_unref (self->spans);
  g_array_unref (self->guides);
  G_OBJECT_CLASS (dk_line_chart_parent_class)->finalize (object);
}

static void
dk_line_chart_class_init (DkLineChartClass *klass)
{
  DkChartClass *chart_class = DK_CHART_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = dk_line_chart_finalize;
  chart_class->draw = dk_line_chart_draw;
  chart_class->item_at = dk_line_chart_item_at;
  chart_class->describe_item = dk_line_chart_describe_item;
  chart_class->describe = dk_line_chart_describe;
  chart_class->to_table = dk_line_chart_to_table;
}

static void
dk_line_chart_init (DkLineChart *self)
{
  self->points = g_array_new (FALSE, TRUE, sizeof (Point));
  g_array_set_clear_func (self->points, clear_point);
  self->events = g_array_new (FALSE, TRUE, sizeof (Event));
  g_array_set_clear_func (self->events, clear_event);
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->guides = g_array_new (FALSE, TRUE, sizeof (Guide));
  g_array_set_clear_func (self->guides, clear_guide);
  self->target = NAN;
}

DkLineChart *
dk_line_chart_new (DkValueKind kind,
                   guint       n_series)
{
  DkLineChart *self;

  g_return_val_if_fail (n_series >= 1 && n_series <= DK_LINE_MAX_SERIES, NULL);

  self = g_object_new (DK_TYPE_LINE_CHART, NULL);
  self->kind = kind;
  self->n_series = n_series;
  return self;
}

void
dk_line_chart_set_series_name (DkLineChart *self,
                               guint        series,
                               const char  *name)
{
  g_return_if_fail (DK_IS_LINE_CHART (self));
  g_return_if_fail (series < self->n_series);
  g_free (self->series_names[series]);
  self->series_names[series] = g_strdup (name);
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_line_chart_add_point:
 * @x: the point's position in time, e.g. a Julian day
 * @x_label: the label written under it
 * @values: (array): one value per series
 * @tooltip: (nullable): its description
 *
 * Points may be added in any order; they are kept in order of @x.
 *
 * Returns: the point's item number in @x order at the time of adding
 */
guint
dk_line_chart_add_point (DkLineChart  *self,
                         double        x,
                         const char   *x_label,
                         const double *values,
                         const char   *tooltip)
{
  Point p = { 0 };
  guint pos = 0;

  g_return_val_if_fail (DK_IS_LINE_CHART (self), 0);
  g_return_val_if_fail (values != NULL, 0);

  p.x = x;
  p.label = g_strdup (x_label != NULL ? x_label : "");
  p.tooltip = g_strdup (tooltip);
  for (guint s = 0; s < self->n_series; s++)
    p.values[s] = isfinite (values[s]) ? values[s] : 0;
  while (pos < self->points->len && g_array_index (self->points, Point, pos).x <= x)
    pos++;
  g_array_insert_val (self->points, pos, p);
  dk_chart_changed (DK_CHART (self));
  return pos;
}

void
dk_line_chart_add_event (DkLineChart *self,
                         double       x,
                         const char  *label)
{
  Event e;

  g_return_if_fail (DK_IS_LINE_CHART (self));
  e.x = x;
  e.label = g_strdup (label);
  g_array_append_val (self->events, e);
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_line_chart_add_span:
 * @x0: where the period starts
 * @x1: where it ends
 *
 * Shades a period, such as the months the devices were switched off.
 */
void
dk_line_chart_add_span (DkLineChart *self,
                        double       x0,
                        double       x1)
{
  Span span = { MIN (x0, x1), MAX (x0, x1) };

  g_return_if_fail (DK_IS_LINE_CHART (self));
  g_array_append_val (self->spans, span);
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_line_chart_add_guide:
 * @x0: where it starts (a point of the chart, usually the last)
 * @x1: where it ends; the chart widens to show it
 * @color: the series whose colour it takes
 * @label: its legend entry
 *
 * Adds a dashed straight line, such as a projection at the present pace, or the path
 * needed to reach a target by a date.
 */
void
dk_line_chart_add_guide (DkLineChart *self,
                         double       x0,
                         double       v0,
                         double       x1,
                         double       v1,
                         guint        color,
                         const char  *label)
{
  Guide guide = { x0, v0, x1, v1, color, g_strdup (label) };

  g_return_if_fail (DK_IS_LINE_CHART (self));
  g_return_if_fail (color < DK_LINE_MAX_SERIES);
  g_return_if_fail (self->guides->len < DK_LINE_MAX_GUIDES);
  g_array_append_val (self->guides, guide);
  dk_chart_changed (DK_CHART (self));
}

void
dk_line_chart_set_target (DkLineChart *self,
                          double       value,
                          const char  *label)
{
  g_return_if_fail (DK_IS_LINE_CHART (self));
  self->target = value;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
  dk_chart_changed (DK_CHART (self));
}

guint
dk_line_chart_get_n_points (DkLineChart *self)
{
  g_return_val_if_fail (DK_IS_LINE_CHART (self), 0);
  return self->points->len;
}
