/* dk-bar-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Vertical bars, one per category, stacked or grouped over up to four series, with an
 * optional target line. Bars can be sorted by their key (the region code) or by value;
 * item numbers always refer to the order in which bars were added.
 */
#define G_LOG_DOMAIN "dk-bar-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "dk-bar-chart.h"
#include "dk-chart-private.h"

typedef struct
{
  char        *key;
  char        *label;
  double       values[DK_BAR_MAX_SERIES];
  DkBarStatus  status;
  char        *tooltip;
} Bar;

struct _DkBarChart
{
  DkChart       parent_instance;
  DkValueKind   kind;
  DkBarMode     mode;
  guint         n_series;
  char         *series_names[DK_BAR_MAX_SERIES];
  DkBarStatus   series_status[DK_BAR_MAX_SERIES];
  char         *good_name;
  char         *bad_name;
  GArray       *bars;        /* of Bar */
  GArray       *order;       /* of guint: bar index at each position */
  char         *empty_label;
  double        target;      /* NAN when none */
  char         *target_label;
  char         *partial_note;  /* the bars are some of the parts only: said in the legend and summary */
  DkBarSort     sort;
  DkChartStyle  last_style;
  gboolean      has_style;

  /* Category labels are shaped once per font and thread, not at every draw: a chart of
   * 514 regions redraws in a few milliseconds. */
  GPtrArray    *label_layouts;   /* of PangoLayout, in bar order */
  GArray       *label_widths;    /* of double, in bar order */
  char         *label_font;
  GThread      *label_thread;
  double        label_max_width;
  double        label_height;
};

G_DEFINE_FINAL_TYPE (DkBarChart, dk_bar_chart, DK_TYPE_CHART)

#define MIN_SLOT 14.0
#define LABEL_MAX_WIDTH_EM 12.0

static void
clear_bar (gpointer data)
{
  Bar *bar = data;

  g_free (bar->key);
  g_free (bar->label);
  g_free (bar->tooltip);
}

/**
 * dk_format_value:
 *
 * Returns: (transfer full): @value written as its kind is read: "11,93 %", "4.186.046",
 *   or rupiah in short form ("15,9 jt")
 */
char *
dk_format_value (const DkNumberFormat *fmt,
                 DkValueKind           kind,
                 double                value)
{
  switch (kind)
    {
    case DK_VALUE_PERCENT:
      return dk_format_percent_bp (fmt, (gint64) llround (value * 100));
    case DK_VALUE_RUPIAH:
      return dk_format_compact (fmt, (gint64) llround (value));
    case DK_VALUE_COUNT:
    default:
      return dk_format_int (fmt, (gint64) llround (value));
    }
}

static double
bar_total (const DkBarChart *self,
           const Bar        *bar)
{
  double total = 0;

  if (self->mode == DK_BAR_GROUPED)
    {
      for (guint s = 0; s < self->n_series; s++)
        total = MAX (total, bar->values[s]);
      return total;
    }
  for (guint s = 0; s < self->n_series; s++)
    total += bar->values[s];
  return total;
}

static const DkBarChart *sort_chart;

static int
compare_positions (gconstpointer a,
                   gconstpointer b)
{
  const DkBarChart *self = sort_chart;
  const Bar *ba = &g_array_index (self->bars, Bar, *(const guint *) a);
  const Bar *bb = &g_array_index (self->bars, Bar, *(const guint *) b);
  double ta = bar_total (self, ba), tb = bar_total (self, bb);
  int by_key = g_strcmp0 (ba->key, bb->key);

  switch (self->sort)
    {
    case DK_BAR_SORT_VALUE_DESC:
      return ta < tb ? 1 : ta > tb ? -1 : by_key;
    case DK_BAR_SORT_VALUE_ASC:
      return ta < tb ? -1 : ta > tb ? 1 : by_key;
    case DK_BAR_SORT_KEY:
    default:
      return by_key != 0 ? by_key : (int) (*(const guint *) a) - (int) (*(const guint *) b);
    }
}

static void
update_order (DkBarChart *self)
{
  g_array_set_size (self->order, self->bars->len);
  for (guint i = 0; i < self->bars->len; i++)
    g_array_index (self->order, guint, i) = i;
  /* The sort runs on the caller's thread only and is not reentrant; a static is enough. */
  sort_chart = self;
  g_array_sort (self->order, compare_positions);
  sort_chart = NULL;
}

/* ------------------------------------------------------------------ layout */

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

static void
invalidate_labels (DkBarChart *self)
{
  g_clear_pointer (&self->label_layouts, g_ptr_array_unref);
  g_clear_pointer (&self->label_widths, g_array_unref);
  g_clear_pointer (&self->label_font, g_free);
}

static void
ensure_labels (DkBarChart         *self,
               const DkChartStyle *style)
{
  g_autofree char *font = g_strdup_printf ("%s %.2f", style->font_family, style->font_size);
  double limit = style->font_size * LABEL_MAX_WIDTH_EM;

  if (self->label_layouts != NULL && g_str_equal (font, self->label_font) &&
      self->label_thread == g_thread_self ())
    return;

  invalidate_labels (self);
  self->label_layouts = g_ptr_array_new_with_free_func (g_object_unref);
  self->label_widths = g_array_sized_new (FALSE, FALSE, sizeof (double), self->bars->len);
  self->label_font = g_steal_pointer (&font);
  self->label_thread = g_thread_self ();
  self->label_max_width = 0;
  self->label_height = style->font_size;
  for (guint i = 0; i < self->bars->len; i++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, i);
      PangoLayout *layout = _dk_chart_new_layout (style, 0.9, FALSE, bar->label);
      double w;

      _dk_chart_text_size (layout, &w, &self->label_height);
      if (w > limit)
        {
          pango_layout_set_width (layout, (int) (limit * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          w = limit;
        }
      self->label_max_width = MAX (self->label_max_width, w);
      g_ptr_array_add (self->label_layouts, layout);
      g_array_append_val (self->label_widths, w);
    }
}

static double
max_label_width (DkBarChart         *self,
                 const DkChartStyle *style,
                 double             *height)
{
  ensure_labels (self, style);
  *height = self->label_height;
  return self->label_max_width;
}

static void
compute_scale (DkBarChart *self,
               DkScale    *scale,
               guint       max_ticks)
{
  double max_v = 0;

  for (guint i = 0; i < self->bars->len; i++)
    max_v = MAX (max_v, bar_total (self, &g_array_index (self->bars, Bar, i)));
  if (!isnan (self->target))
    max_v = MAX (max_v, self->target);
  /* headroom for the value labels */
  dk_scale_init (scale, 0, max_v * 1.08, max_ticks);
  if (self->kind != DK_VALUE_PERCENT)
    dk_scale_make_integer (scale);
}

void
dk_bar_chart_compute_layout (DkBarChart         *self,
                             const DkChartStyle *style,
                             double              width,
                             double              height,
                             DkBarLayout        *l)
{
  const DkNumberFormat *fmt = dk_chart_get_number_format (DK_CHART (self));
  guint n = MAX (self->bars->len, 1);
  double top, bottom, left, label_w, label_h, tick_w = 0, tick_h, value_h, value_w;
  g_autofree char *widest = NULL;

  g_return_if_fail (DK_IS_BAR_CHART (self));
  g_return_if_fail (style != NULL && l != NULL);

  memset (l, 0, sizeof *l);
  top = _dk_chart_header_height (DK_CHART (self), style) + style->font_size * 1.6;
  compute_scale (self, &l->scale, MAX (2, (guint) (height / (style->font_size * 4))));
  for (guint i = 0; i < dk_scale_get_n_ticks (&l->scale); i++)
    {
      g_autofree char *text = _dk_chart_format_tick (fmt, self->kind, &l->scale, dk_scale_get_tick (&l->scale, i));

      tick_w = MAX (tick_w, measure (style, 0.85, text, &tick_h));
    }
  widest = dk_format_value (fmt, self->kind, l->scale.max);
  value_w = measure (style, 0.8, widest, &value_h);
  label_w = max_label_width (self, style, &label_h);

  left = tick_w + style->font_size * 0.8;
  l->slot = (width - left - style->font_size) / n;
  if (label_w + 4 <= l->slot)
    {
      l->label_angle = 0;
      l->label_every = 1;
      bottom = label_h + 8;
    }
  else if (l->slot * G_SQRT2 / 2 >= label_h * 1.1)
    {
      l->label_angle = -G_PI / 4;
      l->label_every = 1;
      bottom = (label_w + label_h) * G_SQRT2 / 2 + 8;
      /* the first label reaches left of its bar */
      left = MAX (left, (label_w + label_h) * G_SQRT2 / 2 - l->slot / 2 + 8);
    }
  else
    {
      l->label_angle = -G_PI / 2;
      l->label_every = (guint) ceil (label_h * 1.2 / MAX (l->slot, 1));
      bottom = label_w + 8;
    }

  l->plot_x = left;
  l->plot_width = MAX (1, width - left - style->font_size);
  l->slot = l->plot_width / n;
  l->plot_y = top + value_h;
  l->plot_height = MAX (1, height - l->plot_y - bottom);
  l->bar_width = self->mode == DK_BAR_GROUPED
                 ? l->slot * 0.8 / MAX (self->n_series, 1)
                 : l->slot * (l->slot > 24 ? 0.7 : 0.85);
  /* Values go above the bars when they fit across, or upright for a few dozen bars;
   * a chart of hundreds of regions leaves them to the tooltip and the table. */
  l->value_labels = self->mode == DK_BAR_STACKED &&
                    (value_w + 2 <= l->slot ||
                     (n <= 40 && l->slot >= value_h * 1.1 && l->plot_height > value_w * 3));
}

double
dk_bar_layout_value_to_y (const DkBarLayout *l,
                          double             value)
{
  return l->plot_y + l->plot_height * (1 - dk_scale_normalize (&l->scale, value));
}

double
dk_bar_layout_slot_center (const DkBarLayout *l,
                           guint              position)
{
  return l->plot_x + l->slot * (position + 0.5);
}

/* ----------------------------------------------------------------- drawing */

static void
draw_grid (DkBarChart         *self,
           cairo_t            *cr,
           const DkChartStyle *style,
           const DkBarLayout  *l)
{
  const DkNumberFormat *fmt = dk_chart_get_number_format (DK_CHART (self));
  guint n_ticks = dk_scale_get_n_ticks (&l->scale);

  cairo_set_line_width (cr, 1);
  for (guint i = 0; i < n_ticks; i++)
    {
      double v = dk_scale_get_tick (&l->scale, i);
      double y = round (dk_bar_layout_value_to_y (l, v)) + 0.5;
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

static const DkRgba *
segment_color (const DkBarChart   *self,
               const DkChartStyle *style,
               const Bar          *bar,
               guint               s)
{
  DkBarStatus status = self->n_series == 1 ? bar->status : self->series_status[s];

  if (status == DK_BAR_GOOD)
    return &style->good;
  if (status == DK_BAR_BAD)
    return &style->bad;
  return &style->series[s % G_N_ELEMENTS (style->series)];
}

/* A bar with nothing in it is drawn as a hatched stub with a word, never as a gap. */
static void
draw_empty (DkBarChart         *self,
            cairo_t            *cr,
            const DkChartStyle *style,
            const DkBarLayout  *l,
            double              cx)
{
  double base = l->plot_y + l->plot_height;
  double h = MIN (style->font_size * 0.8, l->plot_height);
  double x0 = cx - l->bar_width / 2;
  g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.8, TRUE, self->empty_label);
  double tw, th;

  cairo_save (cr);
  cairo_rectangle (cr, x0, base - h, l->bar_width, h);
  cairo_clip_preserve (cr);
  dk_cairo_set_source_rgba (cr, &style->bad);
  cairo_set_line_width (cr, 1.5);
  cairo_stroke_preserve (cr);
  for (double x = x0 - h; x < x0 + l->bar_width; x += 4)
    {
      cairo_move_to (cr, x, base);
      cairo_line_to (cr, x + h, base - h);
    }
  cairo_stroke (cr);
  cairo_restore (cr);

  _dk_chart_text_size (layout, &tw, &th);
  dk_cairo_set_source_rgba (cr, &style->bad);
  if (tw + 2 <= l->slot)
    _dk_chart_show_text (cr, layout, cx, base - h - 2, DK_ANCHOR_CENTER, DK_ANCHOR_END, 0);
  else if (l->plot_height > tw + h + 4)
    _dk_chart_show_text (cr, layout, cx, base - h - 3, DK_ANCHOR_START, DK_ANCHOR_CENTER, -G_PI / 2);
}

static void
draw_value_label (DkBarChart         *self,
                  cairo_t            *cr,
                  const DkChartStyle *style,
                  const DkBarLayout  *l,
                  double              cx,
                  double              top,
                  double              total)
{
  g_autofree char *text = dk_format_value (dk_chart_get_number_format (DK_CHART (self)), self->kind, total);
  g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.8, FALSE, text);
  double tw;

  _dk_chart_text_size (layout, &tw, NULL);
  dk_cairo_set_source_rgba (cr, &style->foreground);
  if (tw + 2 <= l->slot)
    _dk_chart_show_text (cr, layout, cx, top - 3, DK_ANCHOR_CENTER, DK_ANCHOR_END, 0);
  else
    _dk_chart_show_text (cr, layout, cx, top - 3, DK_ANCHOR_START, DK_ANCHOR_CENTER, -G_PI / 2);
}

/* The rectangle of series @s of a bar; returns the top of the bar's stack so far. */
static gboolean
segment_rect (const DkBarChart  *self,
              const DkBarLayout *l,
              guint              position,
              const Bar         *bar,
              guint              s,
              double            *x,
              double            *y,
              double            *h)
{
  double cx = dk_bar_layout_slot_center (l, position);
  double base = dk_bar_layout_value_to_y (l, 0);
  double below = 0;

  if (self->mode == DK_BAR_GROUPED)
    *x = cx - l->bar_width * self->n_series / 2 + l->bar_width * s;
  else
    {
      *x = cx - l->bar_width / 2;
      for (guint i = 0; i < s; i++)
        below += bar->values[i];
    }
  *y = dk_bar_layout_value_to_y (l, below + bar->values[s]);
  *h = dk_bar_layout_value_to_y (l, below) - *y;
  return bar->values[s] > 0 && base > 0;
}

/* High contrast: each segment outlined inside its edges, so that bars and stacked parts
 * stand apart by more than their colour. */
static void
draw_outlines (DkBarChart         *self,
               cairo_t            *cr,
               const DkChartStyle *style,
               const DkBarLayout  *l)
{
  double inset = style->outline_width / 2;

  for (guint pos = 0; pos < self->order->len; pos++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, g_array_index (self->order, guint, pos));

      for (guint s = 0; s < self->n_series; s++)
        {
          double x, y, h, x0, x1, y0, y1;

          if (!segment_rect (self, l, pos, bar, s, &x, &y, &h))
            continue;
          x0 = round (x), x1 = round (x + l->bar_width), y0 = round (y), y1 = round (y + h);
          if (x1 - x0 <= style->outline_width * 2 || y1 - y0 <= style->outline_width * 2)
            continue;   /* a sliver is all edge: its fill says enough */
          cairo_rectangle (cr, x0 + inset, y0 + inset, x1 - x0 - 2 * inset, y1 - y0 - 2 * inset);
        }
    }
  dk_cairo_set_source_rgba (cr, &style->foreground);
  cairo_set_line_width (cr, style->outline_width);
  cairo_stroke (cr);
}

/* One fill per colour rather than one per bar: a chart of 514 regions stays cheap. */
static void
draw_bars (DkBarChart         *self,
           cairo_t            *cr,
           const DkChartStyle *style,
           const DkBarLayout  *l)
{
  const DkRgba *colors[DK_BAR_MAX_SERIES + 2] = { &style->good, &style->bad };
  guint n_colors = 2;

  for (guint s = 0; s < self->n_series; s++)
    colors[n_colors++] = &style->series[s % G_N_ELEMENTS (style->series)];

  for (guint c = 0; c < n_colors; c++)
    {
      gboolean any = FALSE;

      for (guint pos = 0; pos < self->order->len; pos++)
        {
          const Bar *bar = &g_array_index (self->bars, Bar, g_array_index (self->order, guint, pos));

          for (guint s = 0; s < self->n_series; s++)
            {
              double x, y, h;

              if (segment_color (self, style, bar, s) != colors[c] ||
                  !segment_rect (self, l, pos, bar, s, &x, &y, &h))
                continue;
              /* on whole pixels: crisp edges, and cairo's fast path for boxes */
              cairo_rectangle (cr, round (x), round (y), round (x + l->bar_width) - round (x),
                               round (y + h) - round (y));
              any = TRUE;
            }
        }
      if (any)
        {
          dk_cairo_set_source_rgba (cr, colors[c]);
          cairo_fill (cr);
        }
    }
  if (style->outline_width > 0)
    draw_outlines (self, cr, style, l);

  for (guint pos = 0; pos < self->order->len; pos++)
    {
      const Bar *bar = &g_array_index (self->bars, Bar, g_array_index (self->order, guint, pos));
      double total = bar_total (self, bar);
      double cx = dk_bar_layout_slot_center (l, pos);

      if (total <= 0 && self->empty_label != NULL)
        draw_empty (self, cr, style, l, cx);
      else if (l->value_labels)
        draw_value_label (self, cr, style, l, cx, dk_bar_layout_value_to_y (l, total), total);
    }
}

static void
draw_target (DkBarChart         *self,
             cairo_t            *cr,
             const DkChartStyle *style,
             const DkBarLayout  *l)
{
  double dash[] = { 6, 4 };
  double y;
  g_autoptr(PangoLayout) layout = NULL;

  if (isnan (self->target))
    return;
  y = round (dk_bar_layout_value_to_y (l, self->target)) + 0.5;
  cairo_save (cr);
  dk_cairo_set_source_rgba (cr, &style->target);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, dash, G_N_ELEMENTS (dash), 0);
  cairo_move_to (cr, l->plot_x, y);
  cairo_line_to (cr, l->plot_x + l->plot_width, y);
  cairo_stroke (cr);
  cairo_restore (cr);

  if (self->target_label != NULL)
    {
      layout = _dk_chart_new_layout (style, 0.85, TRUE, self->target_label);
      dk_cairo_set_source_rgba (cr, &style->target);
      _dk_chart_show_text (cr, layout, l->plot_x + l->plot_width, y - 3,
                           DK_ANCHOR_END, DK_ANCHOR_END, 0);
    }
}

static void
draw_labels (DkBarChart         *self,
             cairo_t            *cr,
             const DkChartStyle *style,
             const DkBarLayout  *l)
{
  double y = l->plot_y + l->plot_height + 4;
  double a = l->label_angle, h = self->label_height;

  ensure_labels (self, style);
  dk_cairo_set_source_rgba (cr, &style->foreground);
  /* Upright labels sit centred under their bar. Slanted ones end under its centre; they
   * are drawn in one rotated frame, the anchor (cx, y) taken into that frame. */
  cairo_save (cr);
  cairo_rotate (cr, a);
  for (guint pos = 0; pos < self->order->len; pos += l->label_every)
    {
      guint bar = g_array_index (self->order, guint, pos);
      PangoLayout *layout = g_ptr_array_index (self->label_layouts, bar);
      double w = g_array_index (self->label_widths, double, bar);
      double cx = dk_bar_layout_slot_center (l, pos);

      if (a == 0)
        cairo_move_to (cr, cx - w / 2, y);
      else
        cairo_move_to (cr, cx * cos (a) + y * sin (a) - w, -cx * sin (a) + y * cos (a) - h / 2);
      pango_cairo_show_layout (cr, layout);
    }
  cairo_restore (cr);
}

static void
draw_legend (DkBarChart         *self,
             cairo_t            *cr,
             const DkChartStyle *style,
             double              width,
             double              y)
{
  const char *labels[DK_BAR_MAX_SERIES + 4];
  DkRgba colors[DK_BAR_MAX_SERIES + 4];
  gboolean dashed[DK_BAR_MAX_SERIES + 4] = { FALSE };
  guint n = 0;

  if (self->n_series == 1 && self->good_name != NULL)
    {
      labels[n] = self->good_name;
      colors[n++] = style->good;
      labels[n] = self->bad_name;
      colors[n++] = style->bad;
    }
  else if (self->n_series > 1)
    for (guint s = 0; s < self->n_series; s++)
      {
        labels[n] = self->series_names[s] != NULL ? self->series_names[s] : "";
        colors[n++] = self->series_status[s] == DK_BAR_GOOD ? style->good
                      : self->series_status[s] == DK_BAR_BAD ? style->bad : style->series[s];
      }
  if (!isnan (self->target) && self->target_label != NULL)
    {
      labels[n] = self->target_label;
      dashed[n] = TRUE;
      colors[n++] = style->target;
    }
  if (self->partial_note != NULL)
    {
      /* a dashed swatch in the text's colour: the legend's mark of a partial total */
      labels[n] = self->partial_note;
      dashed[n] = TRUE;
      colors[n++] = style->foreground;
    }
  if (n > 0)
    _dk_chart_draw_legend (cr, style, width - style->font_size, y, labels, colors, dashed, n);
}

static void
dk_bar_chart_draw (DkChart            *chart,
                   cairo_t            *cr,
                   const DkChartStyle *style,
                   double              width,
                   double              height)
{
  DkBarChart *self = DK_BAR_CHART (chart);
  DkBarLayout l;
  double header;

  self->last_style = *style;
  self->has_style = TRUE;
  dk_bar_chart_compute_layout (self, style, width, height, &l);

  header = _dk_chart_draw_header (chart, cr, style, width);
  draw_legend (self, cr, style, width, header + style->font_size * 0.7);
  draw_grid (self, cr, style, &l);
  draw_bars (self, cr, style, &l);
  draw_target (self, cr, style, &l);
  draw_labels (self, cr, style, &l);
}

static int
dk_bar_chart_item_at (DkChart *chart,
                      double   width,
                      double   height,
                      double   x,
                      double   y)
{
  DkBarChart *self = DK_BAR_CHART (chart);
  DkChartStyle fallback;
  DkBarLayout l;
  int pos;

  if (!self->has_style)
    dk_chart_style_init (&fallback, FALSE);
  dk_bar_chart_compute_layout (self, self->has_style ? &self->last_style : &fallback, width, height, &l);
  if (x < l.plot_x || x >= l.plot_x + l.plot_width || y < l.plot_y - l.slot || y > height)
    return -1;
  pos = (int) ((x - l.plot_x) / l.slot);
  if (pos < 0 || (guint) pos >= self->order->len)
    return -1;
  return (int) g_array_index (self->order, guint, pos);
}

static char *
dk_bar_chart_describe_item (DkChart *chart,
                            int      item)
{
  DkBarChart *self = DK_BAR_CHART (chart);
  const Bar *bar;
  g_autofree char *value = NULL;

  if ((guint) item >= self->bars->len)
    return NULL;
  bar = &g_array_index (self->bars, Bar, item);
  if (bar->tooltip != NULL)
    return g_strdup (bar->tooltip);
  value = dk_format_value (dk_chart_get_number_format (chart), self->kind, bar_total (self, bar));
  return g_strdup_printf ("%s: %s", bar->label, value);
}

static char *
dk_bar_chart_describe (DkChart *chart)
{
  DkBarChart *self = DK_BAR_CHART (chart);
  GString *text = g_string_new (dk_chart_get_title (chart));

  if (text->len > 0)
    g_string_append (text, ". ");
  for (guint pos = 0; pos < self->order->len; pos++)
    {
      g_autofree char *item = dk_bar_chart_describe_item (chart, (int) g_array_index (self->order, guint, pos));

      g_string_append (text, item);
      g_string_append (text, pos + 1 < self->order->len ? "; " : ".");
    }
  if (self->partial_note != NULL)
    g_string_append_printf (text, " %s.", self->partial_note);
  return g_string_free (text, FALSE);
}

static DkChartTargetState
bar_target_state (const DkBarChart *self,
                  const Bar        *bar)
{
  if (isnan (self->target))
    return DK_CHART_TARGET_NONE;
  /* a single series coloured by status was judged by the caller, exactly */
  if (self->n_series == 1 && bar->status != DK_BAR_NEUTRAL)
    return bar->status == DK_BAR_GOOD ? DK_CHART_TARGET_MET : DK_CHART_TARGET_MISSED;
  return bar_total (self, bar) >= self->target ? DK_CHART_TARGET_MET : DK_CHART_TARGET_MISSED;
}

static void
add_table_row (DkBarChart   *self,
               DkChartTable *table,
               guint         index,
               gboolean      with_total)
{
  const DkNumberFormat *fmt = dk_chart_get_number_format (DK_CHART (self));
  const Bar *bar = &g_array_index (self->bars, Bar, index);
  g_autoptr(GPtrArray) cells = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *description = dk_bar_chart_describe_item (DK_CHART (self), (int) index);

  g_ptr_array_add (cells, g_strdup (bar->label));
  for (guint s = 0; s < self->n_series; s++)
    g_ptr_array_add (cells, _dk_chart_format_exact (fmt, self->kind, bar->values[s]));
  if (with_total)
    g_ptr_array_add (cells, _dk_chart_format_exact (fmt, self->kind, bar_total (self, bar)));
  dk_chart_table_add_row (table, (int) index, (const char * const *) cells->pdata,
                          bar_target_state (self, bar), description);
}

static DkChartTable *
dk_bar_chart_to_table (DkChart *chart)
{
  DkBarChart *self = DK_BAR_CHART (chart);
  g_autoptr(DkChartTable) table = dk_chart_table_new ();
  gboolean with_total = self->mode == DK_BAR_STACKED && self->n_series > 1;

  dk_chart_table_add_column (table, DK_CHART_COLUMN_LABEL, dk_chart_get_item_heading (chart));
  for (guint s = 0; s < self->n_series; s++)
    dk_chart_table_add_column (table, DK_CHART_COLUMN_VALUE,
                               self->series_names[s] != NULL ? self->series_names[s] : C_("column", "Value"));
  if (with_total)
    dk_chart_table_add_column (table, DK_CHART_COLUMN_VALUE, C_("column", "Total"));
  if (!isnan (self->target))
    dk_chart_table_add_column (table, DK_CHART_COLUMN_TARGET,
                               self->target_label != NULL ? self->target_label : C_("column", "Target"));
  for (guint pos = 0; pos < self->order->len; pos++)
    add_table_row (self, table, g_array_index (self->order, guint, pos), with_total);
  return g_steal_pointer (&table);
}

static double
dk_bar_chart_get_min_width (DkChart *chart)
{
  DkBarChart *self = DK_BAR_CHART (chart);

  return self->bars->len * MIN_SLOT + 80;
}

static void
dk_bar_chart_finalize (GObject *object)
{
  DkBarChart *self = (DkBarChart *) object;

  for (guint s = 0; s < DK_BAR_MAX_SERIES; s++)
    g_free (self->series_names[s]);
  g_free (self->good_name);
  g_free (self->bad_name);
  g_free (self->empty_label);
  g_free (self->target_label);
  g_free (self->partial_note);
  g_array_unref (self->bars);
  g_array_unref (self->order);
  invalidate_labels (self);
  G_OBJECT_CLASS (dk_bar_chart_parent_class)->finalize (object);
}

static void
dk_bar_chart_class_init (DkBarChartClass *klass)
{
  DkChartClass *chart_class = DK_CHART_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = dk_bar_chart_finalize;
  chart_class->draw = dk_bar_chart_draw;
  chart_class->item_at = dk_bar_chart_item_at;
  chart_class->describe_item = dk_bar_chart_describe_item;
  chart_class->describe = dk_bar_chart_describe;
  chart_class->get_min_width = dk_bar_chart_get_min_width;
  chart_class->to_table = dk_bar_chart_to_table;
}

static void
dk_bar_chart_init (DkBarChart *self)
{
  self->bars = g_array_new (FALSE, TRUE, sizeof (Bar));
  g_array_set_clear_func (self->bars, clear_bar);
  self->order = g_array_new (FALSE, FALSE, sizeof (guint));
  self->target = NAN;
}

/**
 * dk_bar_chart_new:
 * @kind: what the values are
 * @mode: how several series share a bar
 * @n_series: the number of series, 1 … %DK_BAR_MAX_SERIES
 *
 * Returns: (transfer full): an empty chart
 */
DkBarChart *
dk_bar_chart_new (DkValueKind kind,
                  DkBarMode   mode,
                  guint       n_series)
{
  DkBarChart *self;

  g_return_val_if_fail (n_series >= 1 && n_series <= DK_BAR_MAX_SERIES, NULL);

  self = g_object_new (DK_TYPE_BAR_CHART, NULL);
  self->kind = kind;
  self->mode = mode;
  self->n_series = n_series;
  return self;
}

void
dk_bar_chart_set_series_name (DkBarChart *self,
                              guint       series,
                              const char *name)
{
  g_return_if_fail (DK_IS_BAR_CHART (self));
  g_return_if_fail (series < self->n_series);
  g_free (self->series_names[series]);
  self->series_names[series] = g_strdup (name);
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_bar_chart_set_series_status:
 *
 * Colours a series as good news (green) or bad (orange) instead of its series colour:
 * active devices, and inactive ones.
 */
void
dk_bar_chart_set_series_status (DkBarChart  *self,
                                guint        series,
                                DkBarStatus  status)
{
  g_return_if_fail (DK_IS_BAR_CHART (self));
  g_return_if_fail (series < self->n_series);
  self->series_status[series] = status;
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_bar_chart_set_status_names:
 *
 * Names the two colours of a single-series chart in its legend.
 */
void
dk_bar_chart_set_status_names (DkBarChart *self,
                               const char *good,
                               const char *bad)
{
  g_return_if_fail (DK_IS_BAR_CHART (self));
  g_free (self->good_name);
  g_free (self->bad_name);
  self->good_name = g_strdup (good);
  self->bad_name = g_strdup (bad);
  dk_chart_changed (DK_CHART (self));
}

void
dk_bar_chart_clear (DkBarChart *self)
{
  g_return_if_fail (DK_IS_BAR_CHART (self));
  g_array_set_size (self->bars, 0);
  g_array_set_size (self->order, 0);
  invalidate_labels (self);
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_bar_chart_add:
 * @key: sorts the bars in "key" order (a region code)
 * @label: written under the bar
 * @values: (array): one value per series
 * @status: colours a single-series bar
 * @tooltip: (nullable): the bar's description; "label: value" when %NULL
 *
 * Returns: the bar's item number
 */
guint
dk_bar_chart_add (DkBarChart   *self,
                  const char   *key,
                  const char   *label,
                  const double *values,
                  DkBarStatus   status,
                  const char   *tooltip)
{
  Bar bar = { 0 };

  g_return_val_if_fail (DK_IS_BAR_CHART (self), 0);
  g_return_val_if_fail (values != NULL, 0);

  bar.key = g_strdup (key);
  bar.label = g_strdup (label != NULL ? label : "");
  for (guint s = 0; s < self->n_series; s++)
    bar.values[s] = isfinite (values[s]) && values[s] > 0 ? values[s] : 0;
  bar.status = status;
  bar.tooltip = g_strdup (tooltip);
  g_array_append_val (self->bars, bar);
  invalidate_labels (self);
  update_order (self);
  dk_chart_changed (DK_CHART (self));
  return self->bars->len - 1;
}

/**
 * dk_bar_chart_set_empty_label:
 * @label: (nullable): the word written over a bar whose values are all zero
 */
void
dk_bar_chart_set_empty_label (DkBarChart *self,
                              const char *label)
{
  g_return_if_fail (DK_IS_BAR_CHART (self));
  g_free (self->empty_label);
  self->empty_label = g_strdup (label);
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_bar_chart_set_target:
 * @value: the target, or NAN for none
 * @label: (nullable): its label, e.g. "Target 30 %"
 */
void
dk_bar_chart_set_target (DkBarChart *self,
                         double      value,
                         const char *label)
{
  g_return_if_fail (DK_IS_BAR_CHART (self));
  self->target = value;
  g_free (self->target_label);
  self->target_label = g_strdup (label);
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_bar_chart_set_partial_note:
 * @note: (nullable): what the bars leave out ("Partial: 1 of 19 kabupaten/kota
 *   reported"), or %NULL
 *
 * Marks the chart as drawing only some of the region's parts: the note is a legend entry
 * of its own, drawn dashed, and ends the chart's summary, so that no reader takes the
 * bars for the whole region.
 */
void
dk_bar_chart_set_partial_note (DkBarChart *self,
                               const char *note)
{
  g_return_if_fail (DK_IS_BAR_CHART (self));
  g_free (self->partial_note);
  self->partial_note = g_strdup (note);
  dk_chart_changed (DK_CHART (self));
}

void
dk_bar_chart_set_sort (DkBarChart *self,
                       DkBarSort   sort)
{
  g_return_if_fail (DK_IS_BAR_CHART (self));
  if (self->sort == sort)
    return;
  self->sort = sort;
  update_order (self);
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_bar_chart_get_target:
 *
 * Returns: the target, NAN when none is drawn
 */
double
dk_bar_chart_get_target (DkBarChart *self)
{
  g_return_val_if_fail (DK_IS_BAR_CHART (self), NAN);
  return self->target;
}

DkBarSort
dk_bar_chart_get_sort (DkBarChart *self)
{
  g_return_val_if_fail (DK_IS_BAR_CHART (self), DK_BAR_SORT_KEY);
  return self->sort;
}

guint
dk_bar_chart_get_n_bars (DkBarChart *self)
{
  g_return_val_if_fail (DK_IS_BAR_CHART (self), 0);
  return self->bars->len;
}

/**
 * dk_bar_chart_get_total:
 *
 * Returns: the bar's height in value units: the sum of a stack, the tallest of a group
 */
double
dk_bar_chart_get_total (DkBarChart *self,
                        guint       bar)
{
  g_return_val_if_fail (DK_IS_BAR_CHART (self), 0);
  g_return_val_if_fail (bar < self->bars->len, 0);
  return bar_total (self, &g_array_index (self->bars, Bar, bar));
}

/**
 * dk_bar_chart_get_position:
 *
 * Returns: where bar number @bar is drawn, from the left, in the current sort order
 */
guint
dk_bar_chart_get_position (DkBarChart *self,
                           guint       bar)
{
  g_return_val_if_fail (DK_IS_BAR_CHART (self), 0);
  for (guint pos = 0; pos < self->order->len; pos++)
    if (g_array_index (self->order, guint, pos) == bar)
      return pos;
  g_return_val_if_reached (0);
}
