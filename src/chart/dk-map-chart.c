/* dk-map-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A choropleth: each region filled by its class, the classes' legend with the number of
 * regions in each, the regions' names where they fit. The shapes are fitted to the
 * rectangle with one scale both ways (the stored Mercator keeps their form on both sides
 * of the equator), filled by the even-odd rule (an enclave is a hole in the region
 * around it) and traced with fewer points than stored when several fall on one pixel, so
 * that the country's 514 kabupaten/kota draw within a frame.
 */
#define G_LOG_DOMAIN "dk-map-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dk-chart-private.h"
#include "dk-map-chart.h"

typedef struct
{
  char               *kode;
  char               *label;
  char               *value;
  char               *tooltip;
  int                 klass;   /* -1: no data */
  DkChartTargetState  target;
  const DkShape      *shape;   /* NULL: not on the map */
} Item;

struct _DkMapChart
{
  DkChart       parent_instance;
  DkBoundaries *boundaries;
  GArray       *items;
  guint         n_classes;
  char         *class_names[DK_MAP_MAX_CLASSES];
  guint         counts[DK_MAP_MAX_CLASSES + 1];   /* the last: no data */
  char         *value_heading;
  char         *empty_label;
  char         *no_data_label;
  int           focus;
  guint         n_shapes;
  double        bx0, by0, bx1, by1;                /* the shapes' bounds */

  /* the style last drawn with, for hit testing at the same layout */
  DkChartStyle  style;
  gboolean      has_style;
};

G_DEFINE_FINAL_TYPE (DkMapChart, dk_map_chart, DK_TYPE_CHART)

#define MARGIN 12.0
#define MIN_STEP 1.0   /* px: closer points of a ring are skipped */
#define MIN_RING 1.5   /* px: smaller rings are not drawn */
#define MAX_SMOOTH 20000

static void
item_clear (Item *item)
{
  g_free (item->kode);
  g_free (item->label);
  g_free (item->value);
  g_free (item->tooltip);
}

static const DkChartStyle *
last_style (DkMapChart *self)
{
  if (!self->has_style)
    {
      dk_chart_style_init (&self->style, FALSE);
      self->has_style = TRUE;
    }
  return &self->style;
}

static guint
n_legend_entries (DkMapChart *self)
{
  return self->n_classes + (self->counts[DK_MAP_MAX_CLASSES] > 0 ? 1 : 0);
}

static char *
legend_text (DkMapChart *self,
             guint       entry)
{
  const char *name = entry < self->n_classes ? self->class_names[entry]
                   : self->no_data_label != NULL ? self->no_data_label : _("No data");
  guint count = self->counts[entry < self->n_classes ? entry : DK_MAP_MAX_CLASSES];

  /* Translators: a map legend's entry: a class of regions and how many are in it */
  return g_strdup_printf (_("%s (%u)"), name, count);
}

static double
legend_entry_width (DkMapChart         *self,
                    const DkChartStyle *style,
                    guint               entry)
{
  g_autofree char *text = legend_text (self, entry);
  g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.9, FALSE, text);
  double w;

  _dk_chart_text_size (layout, &w, NULL);
  return style->font_size * 0.9 + 4 + w + style->font_size;
}

/* The legend flows in rows under the map; returns how many rows it takes. */
static guint
legend_rows (DkMapChart         *self,
             const DkChartStyle *style,
             double              width)
{
  double x = 0;
  guint rows = n_legend_entries (self) > 0 ? 1 : 0;

  for (guint i = 0; i < n_legend_entries (self); i++)
    {
      double w = legend_entry_width (self, style, i);

      if (x > 0 && x + w > width)
        {
          rows++;
          x = 0;
        }
      x += w;
    }
  return rows;
}

void
dk_map_chart_compute_layout (DkMapChart         *self,
                             const DkChartStyle *style,
                             double              width,
                             double              height,
                             DkMapLayout        *layout)
{
  double header = _dk_chart_header_height (DK_CHART (self), style);
  double line = style->font_size * 1.6;
  double legend = legend_rows (self, style, width - 2 * MARGIN) * line;
  double bw = self->bx1 - self->bx0, bh = self->by1 - self->by0;

  g_return_if_fail (DK_IS_MAP_CHART (self));
  layout->plot_x = MARGIN;
  layout->plot_y = header + MARGIN / 2;
  layout->plot_width = MAX (width - 2 * MARGIN, 1);
  layout->plot_height = MAX (height - layout->plot_y - legend - MARGIN, 1);
  layout->legend_y = layout->plot_y + layout->plot_height + MARGIN / 2;
  layout->x0 = self->bx0;
  layout->y1 = self->by1;
  if (self->n_shapes == 0 || bw <= 0 || bh <= 0)
    {
      layout->scale = 0;
      layout->origin_x = layout->plot_x;
      layout->origin_y = layout->plot_y;
      return;
    }
  layout->scale = MIN (layout->plot_width / bw, layout->plot_height / bh);
  layout->origin_x = layout->plot_x + (layout->plot_width - bw * layout->scale) / 2;
  layout->origin_y = layout->plot_y + (layout->plot_height - bh * layout->scale) / 2;
}

static inline void
to_screen (const DkMapLayout *l,
           double             x,
           double             y,
           double            *sx,
           double            *sy)
{
  *sx = l->origin_x + (x - l->x0) * l->scale;
  *sy = l->origin_y + (l->y1 - y) * l->scale;
}

/**
 * dk_map_layout_to_screen:
 * @longitude: degrees east
 * @latitude: degrees north
 *
 * Where a place is drawn at this layout.
 */
void
dk_map_layout_to_screen (const DkMapLayout *layout,
                         double             longitude,
                         double             latitude,
                         double            *x,
                         double            *y)
{
  double px, py;

  dk_project (longitude, latitude, &px, &py);
  to_screen (layout, px, py, x, y);
}

/* Returns the number of segments added. */
static guint
append_shape (cairo_t           *cr,
              const DkMapLayout *l,
              const DkShape     *shape)
{
  guint start = 0, n = 0;

  for (guint r = 0; r < shape->n_rings; r++)
    {
      guint end = shape->ring_ends[r];
      double lx = 0, ly = 0, x0 = G_MAXDOUBLE, x1 = -G_MAXDOUBLE, y0 = G_MAXDOUBLE, y1 = -G_MAXDOUBLE;

      /* an island smaller than a pixel would only cost time: the country has thousands */
      for (guint i = start; i < end; i++)
        {
          x0 = MIN (x0, shape->points[2 * i]);
          x1 = MAX (x1, shape->points[2 * i]);
          y0 = MIN (y0, shape->points[2 * i + 1]);
          y1 = MAX (y1, shape->points[2 * i + 1]);
        }
      if ((x1 - x0) * l->scale < MIN_RING && (y1 - y0) * l->scale < MIN_RING)
        {
          start = end;
          continue;
        }
      for (guint i = start; i < end; i++)
        {
          double sx, sy;

          to_screen (l, shape->points[2 * i], shape->points[2 * i + 1], &sx, &sy);
          if (i == start)
            cairo_move_to (cr, sx, sy);
          else if (fabs (sx - lx) + fabs (sy - ly) < MIN_STEP && i + 1 < end)
            continue;
          else
            cairo_line_to (cr, sx, sy);
          n++;
          lx = sx;
          ly = sy;
        }
      cairo_close_path (cr);
      start = end;
    }
  return n;
}

/* No data: diagonal lines over a faint tint, from a small repeated tile (cheaper than
 * clipping to the region and drawing each line). */
static cairo_pattern_t *
create_hatch (const DkChartStyle *style)
{
  cairo_surface_t *tile = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 6, 6);
  cairo_t *cr = cairo_create (tile);
  cairo_pattern_t *pattern;
  DkRgba line = style->foreground;

  line.alpha = 0.08;
  dk_cairo_set_source_rgba (cr, &line);
  cairo_paint (cr);
  line.alpha = 0.5;
  dk_cairo_set_source_rgba (cr, &line);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, -1, 7);
  cairo_line_to (cr, 7, -1);
  cairo_move_to (cr, -1, 1);
  cairo_line_to (cr, 1, -1);
  cairo_move_to (cr, 5, 7);
  cairo_line_to (cr, 7, 5);
  cairo_stroke (cr);
  cairo_destroy (cr);
  pattern = cairo_pattern_create_for_surface (tile);
  cairo_pattern_set_extend (pattern, CAIRO_EXTEND_REPEAT);
  cairo_surface_destroy (tile);
  return pattern;
}

static gboolean
is_dark (const DkRgba *c)
{
  return 0.2126 * c->red + 0.7152 * c->green + 0.0722 * c->blue < 0.45;
}

static void
draw_regions (DkMapChart         *self,
              cairo_t            *cr,
              const DkChartStyle *style,
              const DkMapLayout  *l)
{
  DkRgba border = style->foreground;
  cairo_pattern_t *hatch = NULL;
  guint n_segments = 0;

  /* borders in the background's colour, as printed maps do; in the text colour, and
   * wider, under high contrast */
  if (style->outline_width <= 0)
    {
      dk_rgba_parse_hex (&border, is_dark (&style->foreground) ? "#ffffff" : "#1e1e1e");
      border.alpha = 0.85;
    }
  cairo_set_line_join (cr, CAIRO_LINE_JOIN_BEVEL);
  cairo_set_line_width (cr, style->outline_width > 0 ? style->outline_width / 2 : 0.7);
  /* the regions of a class in one fill: the shapes' holes run against their outer rings,
   * so the non-zero rule leaves an enclave out of the region around it (as the even-odd
   * rule does for one region) and fills it when it belongs to the same class */
  cairo_set_fill_rule (cr, CAIRO_FILL_RULE_WINDING);
  /* the fills' edges lie under the borders, which are smoothed: filling without
   * antialiasing looks the same and takes a third of the time (to screen and PNG; vectors
   * in SVG and PDF are not rasterised here) */
  cairo_save (cr);
  cairo_set_antialias (cr, CAIRO_ANTIALIAS_NONE);
  for (int klass = -1; klass < (int) self->n_classes; klass++)
    {
      gboolean any = FALSE;

      cairo_new_path (cr);
      for (guint i = 0; i < self->items->len; i++)
        {
          const Item *item = &g_array_index (self->items, Item, i);

          if (item->shape != NULL && item->klass == klass)
            {
              append_shape (cr, l, item->shape);
              any = TRUE;
            }
        }
      if (!any)
        continue;
      if (klass >= 0)
        dk_cairo_set_source_rgba (cr, &style->classes[klass]);
      else
        {
          hatch = create_hatch (style);
          cairo_set_source (cr, hatch);
        }
      cairo_fill (cr);
    }
  cairo_restore (cr);
  g_clear_pointer (&hatch, cairo_pattern_destroy);

  /* every border in one stroke: one pass of the rasteriser, not one per region; past
   * MAX_SMOOTH segments (the country's kabupaten/kota) the hairlines are drawn without
   * smoothing, which halves their time and shows little at that scale */
  cairo_new_path (cr);
  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->shape != NULL)
        n_segments += append_shape (cr, l, item->shape);
    }
  dk_cairo_set_source_rgba (cr, &border);
  cairo_save (cr);
  cairo_set_antialias (cr, n_segments > MAX_SMOOTH && style->outline_width <= 0 ? CAIRO_ANTIALIAS_NONE
                                                                               : CAIRO_ANTIALIAS_FAST);
  cairo_stroke (cr);
  cairo_restore (cr);
}

static void
draw_focus (DkMapChart         *self,
            cairo_t            *cr,
            const DkChartStyle *style,
            const DkMapLayout  *l)
{
  const Item *item;

  if (self->focus < 0 || (guint) self->focus >= self->items->len)
    return;
  item = &g_array_index (self->items, Item, self->focus);
  if (item->shape == NULL)
    return;
  cairo_new_path (cr);
  append_shape (cr, l, item->shape);
  if (style->background.alpha > 0)
    {
      dk_cairo_set_source_rgba (cr, &style->background);
      cairo_set_line_width (cr, 5);
      cairo_stroke_preserve (cr);
    }
  dk_cairo_set_source_rgba (cr, &style->foreground);
  cairo_set_line_width (cr, 3);
  cairo_stroke (cr);
}

static gboolean
screen_point_inside (const DkMapLayout *l,
                     const DkShape     *shape,
                     double             x,
                     double             y)
{
  return dk_shape_contains (shape, l->x0 + (x - l->origin_x) / l->scale, l->y1 - (y - l->origin_y) / l->scale);
}

/* Whether a label's box lies inside the region, as far as its corners and middle tell. */
static gboolean
box_inside (const DkMapLayout *l,
            const DkShape     *shape,
            const double      *box)
{
  double mx = (box[0] + box[2]) / 2, my = (box[1] + box[3]) / 2;

  return screen_point_inside (l, shape, box[0], box[1]) && screen_point_inside (l, shape, box[2], box[1]) &&
         screen_point_inside (l, shape, box[0], box[3]) && screen_point_inside (l, shape, box[2], box[3]) &&
         screen_point_inside (l, shape, box[0], my) && screen_point_inside (l, shape, box[2], my) &&
         screen_point_inside (l, shape, mx, box[1]) && screen_point_inside (l, shape, mx, box[3]);
}

static gboolean
box_clear (GArray       *placed,
           const double *box)
{
  for (guint j = 0; j + 4 <= placed->len; j += 4)
    {
      const double *b = &g_array_index (placed, double, j);

      if (!(box[2] < b[0] || box[0] > b[2] || box[3] < b[1] || box[1] > b[3]))
        return FALSE;
    }
  return TRUE;
}

typedef struct
{
  double x, y, d;
} Spot;

static int
by_distance (gconstpointer a,
             gconstpointer b)
{
  double x = ((const Spot *) a)->d, y = ((const Spot *) b)->d;

  return x < y ? -1 : x > y;
}

#define LABEL_GRID 7

/* Where a w × h label goes inside the shape, clear of the labels placed: its centroid if
 * it can, else the nearest of a grid of spots over its box. */
static gboolean
find_label_spot (const DkMapLayout *l,
                 const DkShape     *shape,
                 GArray            *placed,
                 double             w,
                 double             h,
                 double            *box)
{
  Spot spots[LABEL_GRID * LABEL_GRID + 1];
  double x0, y0, x1, y1, cx, cy;
  guint n = 0;

  to_screen (l, shape->x0, shape->y1, &x0, &y0);
  to_screen (l, shape->x1, shape->y0, &x1, &y1);
  to_screen (l, shape->label_x, shape->label_y, &cx, &cy);
  spots[n++] = (Spot) { cx, cy, 0 };
  for (guint i = 0; i < LABEL_GRID; i++)
    for (guint j = 0; j < LABEL_GRID; j++)
      {
        double x = x0 + (x1 - x0) * (i + 0.5) / LABEL_GRID, y = y0 + (y1 - y0) * (j + 0.5) / LABEL_GRID;

        spots[n++] = (Spot) { x, y, (x - cx) * (x - cx) + (y - cy) * (y - cy) };
      }
  qsort (spots + 1, n - 1, sizeof (Spot), by_distance);
  for (guint i = 0; i < n; i++)
    {
      box[0] = spots[i].x - w / 2 - 2;
      box[1] = spots[i].y - h / 2;
      box[2] = spots[i].x + w / 2 + 2;
      box[3] = spots[i].y + h / 2;
      if (box[0] >= x0 && box[2] <= x1 && box[1] >= y0 && box[3] <= y1 &&
          box_inside (l, shape, box) && box_clear (placed, box))
        return TRUE;
    }
  return FALSE;
}

/* A region's name where it fits inside the region, on one line or on two, clear of the
 * names already drawn. */
static void
draw_labels (DkMapChart         *self,
             cairo_t            *cr,
             const DkChartStyle *style,
             const DkMapLayout  *l)
{
  g_autoptr(GArray) placed = g_array_new (FALSE, FALSE, sizeof (double));   /* 4 a box */
  double min_width = style->font_size * 2.5;

  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      g_autoptr(PangoLayout) layout = NULL;
      double x0, y0, x1, y1, w, h, box[4];
      gboolean found;
      DkRgba color;

      if (item->shape == NULL || item->label == NULL)
        continue;
      to_screen (l, item->shape->x0, item->shape->y1, &x0, &y0);
      to_screen (l, item->shape->x1, item->shape->y0, &x1, &y1);
      if (x1 - x0 < min_width || y1 - y0 < style->font_size * 1.2)
        continue;
      layout = _dk_chart_new_layout (style, 0.75, FALSE, item->label);
      _dk_chart_text_size (layout, &w, &h);
      found = w <= (x1 - x0) * 0.9 && find_label_spot (l, item->shape, placed, w, h, box);
      if (!found && strchr (item->label, ' ') != NULL)
        {
          /* a long name on two lines */
          pango_layout_set_width (layout, (int) (w * 0.6 * PANGO_SCALE));
          pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
          pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
          _dk_chart_text_size (layout, &w, &h);
          found = w <= (x1 - x0) * 0.9 && h <= (y1 - y0) * 0.9 &&
                  find_label_spot (l, item->shape, placed, w, h, box);
        }
      if (!found)
        continue;
      g_array_append_vals (placed, box, 4);
      if (item->klass >= 0)
        dk_rgba_parse_hex (&color, is_dark (&style->classes[item->klass]) ? "#ffffff" : "#000000");
      else
        color = style->foreground;
      dk_cairo_set_source_rgba (cr, &color);
      _dk_chart_show_text (cr, layout, (box[0] + box[2]) / 2, (box[1] + box[3]) / 2,
                           DK_ANCHOR_CENTER, DK_ANCHOR_CENTER, 0);
    }
}

static void
draw_legend (DkMapChart         *self,
             cairo_t            *cr,
             const DkChartStyle *style,
             const DkMapLayout  *l,
             double              width)
{
  double swatch = style->font_size * 0.9, line = style->font_size * 1.6;
  double x = MARGIN, y = l->legend_y + line / 2;

  for (guint i = 0; i < n_legend_entries (self); i++)
    {
      g_autofree char *text = legend_text (self, i);
      g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.9, FALSE, text);
      double w = legend_entry_width (self, style, i);

      if (x > MARGIN && x + w > width - MARGIN)
        {
          x = MARGIN;
          y += line;
        }
      cairo_new_path (cr);
      cairo_rectangle (cr, x, y - swatch / 2, swatch, swatch);
      if (i < self->n_classes)
        {
          dk_cairo_set_source_rgba (cr, &style->classes[i]);
          cairo_fill_preserve (cr);
        }
      else
        {
          cairo_save (cr);
          cairo_clip_preserve (cr);
          dk_cairo_set_source_rgba (cr, &style->foreground);
          cairo_set_line_width (cr, 1);
          for (double d = -swatch; d < swatch; d += 4)
            {
              cairo_move_to (cr, x + d, y + swatch / 2);
              cairo_line_to (cr, x + d + swatch, y - swatch / 2);
            }
          cairo_stroke (cr);
          cairo_restore (cr);
          cairo_rectangle (cr, x, y - swatch / 2, swatch, swatch);
        }
      dk_cairo_set_source_rgba (cr, &style->foreground);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      _dk_chart_show_text (cr, layout, x + swatch + 4, y, DK_ANCHOR_START, DK_ANCHOR_CENTER, 0);
      x += w;
    }
}

static void
draw_empty (DkMapChart         *self,
            cairo_t            *cr,
            const DkChartStyle *style,
            const DkMapLayout  *l)
{
  g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 1.0, FALSE,
                                                        self->empty_label != NULL ? self->empty_label
                                                                                  : _("No boundaries at this level"));

  pango_layout_set_width (layout, (int) (l->plot_width * PANGO_SCALE));
  pango_layout_set_alignment (layout, PANGO_ALIGN_CENTER);
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD);
  dk_cairo_set_source_rgba (cr, &style->foreground);
  _dk_chart_show_text (cr, layout, l->plot_x, l->plot_y + l->plot_height / 2, DK_ANCHOR_START, DK_ANCHOR_CENTER, 0);
}

static void
dk_map_chart_draw (DkChart            *chart,
                   cairo_t            *cr,
                   const DkChartStyle *style,
                   double              width,
                   double              height)
{
  DkMapChart *self = DK_MAP_CHART (chart);
  DkMapLayout l;

  self->style = *style;
  self->has_style = TRUE;
  dk_map_chart_compute_layout (self, style, width, height, &l);
  _dk_chart_draw_header (chart, cr, style, width);
  if (l.scale <= 0)
    {
      draw_empty (self, cr, style, &l);
      return;
    }
  draw_regions (self, cr, style, &l);
  draw_focus (self, cr, style, &l);
  draw_labels (self, cr, style, &l);
  draw_legend (self, cr, style, &l, width);
}

static int
dk_map_chart_item_at (DkChart *chart,
                      double   width,
                      double   height,
                      double   x,
                      double   y)
{
  DkMapChart *self = DK_MAP_CHART (chart);
  DkMapLayout l;
  double px, py;

  dk_map_chart_compute_layout (self, last_style (self), width, height, &l);
  if (l.scale <= 0)
    return -1;
  px = l.x0 + (x - l.origin_x) / l.scale;
  py = l.y1 - (y - l.origin_y) / l.scale;
  for (guint i = self->items->len; i-- > 0;)
    {
      const Item *item = &g_array_index (self->items, Item, i);

      if (item->shape != NULL && dk_shape_contains (item->shape, px, py))
        return (int) i;
    }
  return -1;
}

static char *
dk_map_chart_describe_item (DkChart *chart,
                            int      index)
{
  DkMapChart *self = DK_MAP_CHART (chart);

  if (index < 0 || (guint) index >= self->items->len)
    return NULL;
  return g_strdup (g_array_index (self->items, Item, index).tooltip);
}

static char *
dk_map_chart_describe (DkChart *chart)
{
  DkMapChart *self = DK_MAP_CHART (chart);
  GString *text = g_string_new (NULL);
  const char *title = dk_chart_get_title (chart);

  if (self->focus >= 0 && g_array_index (self->items, Item, self->focus).tooltip != NULL)
    g_string_append_printf (text, "%s. ", g_array_index (self->items, Item, self->focus).tooltip);
  if (title != NULL)
    g_string_append_printf (text, "%s. ", title);
  if (self->n_shapes == 0)
    {
      g_string_append (text, self->empty_label != NULL ? self->empty_label : _("No boundaries at this level"));
      return g_string_free (text, FALSE);
    }
  /* Translators: the start of a map's summary for screen readers */
  g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "A map of %u region", "A map of %u regions",
                                            self->n_shapes), self->n_shapes);
  for (guint i = 0; i < n_legend_entries (self); i++)
    {
      g_autofree char *entry = legend_text (self, i);

      g_string_append (text, i == 0 ? ": " : ", ");
      g_string_append (text, entry);
    }
  g_string_append (text, ".");
  return g_string_free (text, FALSE);
}

static DkChartTable *
dk_map_chart_to_table (DkChart *chart)
{
  DkMapChart *self = DK_MAP_CHART (chart);
  g_autoptr(DkChartTable) table = dk_chart_table_new ();
  gboolean with_target = FALSE;

  for (guint i = 0; i < self->items->len; i++)
    with_target |= g_array_index (self->items, Item, i).target != DK_CHART_TARGET_NONE;
  dk_chart_table_add_column (table, DK_CHART_COLUMN_LABEL, dk_chart_get_item_heading (chart));
  dk_chart_table_add_column (table, DK_CHART_COLUMN_VALUE,
                             self->value_heading != NULL ? self->value_heading : C_("column", "Value"));
  /* Translators: the column of a map's table naming each region's class (its colour) */
  dk_chart_table_add_column (table, DK_CHART_COLUMN_VALUE, C_("column", "Class"));
  if (with_target)
    dk_chart_table_add_column (table, DK_CHART_COLUMN_TARGET, C_("column", "Target"));
  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      const char *klass = item->klass >= 0 ? self->class_names[item->klass] : _("No data");
      g_autofree char *cell = item->shape != NULL ? g_strdup (klass)
                                                  /* Translators: a map table's class of a region without a shape */
                                                  : g_strdup_printf (_("%s, not on the map"), klass);
      const char *cells[] = { item->label, item->value != NULL ? item->value : "", cell };

      dk_chart_table_add_row (table, (int) i, cells, item->target, item->tooltip);
    }
  return g_steal_pointer (&table);
}

static void
dk_map_chart_finalize (GObject *object)
{
  DkMapChart *self = DK_MAP_CHART (object);

  g_clear_pointer (&self->items, g_array_unref);
  for (guint i = 0; i < DK_MAP_MAX_CLASSES; i++)
    g_free (self->class_names[i]);
  g_free (self->value_heading);
  g_free (self->empty_label);
  g_free (self->no_data_label);
  g_clear_object (&self->boundaries);
  G_OBJECT_CLASS (dk_map_chart_parent_class)->finalize (object);
}

static void
dk_map_chart_class_init (DkMapChartClass *klass)
{
  DkChartClass *chart_class = DK_CHART_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = dk_map_chart_finalize;
  chart_class->draw = dk_map_chart_draw;
  chart_class->item_at = dk_map_chart_item_at;
  chart_class->describe_item = dk_map_chart_describe_item;
  chart_class->describe = dk_map_chart_describe;
  chart_class->to_table = dk_map_chart_to_table;
}

static void
dk_map_chart_init (DkMapChart *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, (GDestroyNotify) item_clear);
  self->focus = -1;
  self->bx0 = self->by0 = INFINITY;
  self->bx1 = self->by1 = -INFINITY;
}

/**
 * dk_map_chart_new:
 * @boundaries: the shapes the regions are drawn with
 *
 * Returns: (transfer full): an empty map
 */
DkMapChart *
dk_map_chart_new (DkBoundaries *boundaries)
{
  DkMapChart *self;

  g_return_val_if_fail (DK_IS_BOUNDARIES (boundaries), NULL);
  self = g_object_new (DK_TYPE_MAP_CHART, NULL);
  self->boundaries = g_object_ref (boundaries);
  return self;
}

/**
 * dk_map_chart_set_classes:
 * @names: the classes' names, from the furthest from the target to meeting it; they are
 *   filled with the style's classes[] in that order
 */
void
dk_map_chart_set_classes (DkMapChart         *self,
                          guint               n_classes,
                          const char * const *names)
{
  g_return_if_fail (DK_IS_MAP_CHART (self));
  g_return_if_fail (n_classes <= DK_MAP_MAX_CLASSES);
  for (guint i = 0; i < DK_MAP_MAX_CLASSES; i++)
    {
      g_free (self->class_names[i]);
      self->class_names[i] = i < n_classes ? g_strdup (names[i]) : NULL;
    }
  self->n_classes = n_classes;
  dk_chart_changed (DK_CHART (self));
}

void
dk_map_chart_set_value_heading (DkMapChart *self,
                                const char *heading)
{
  g_return_if_fail (DK_IS_MAP_CHART (self));
  g_free (self->value_heading);
  self->value_heading = g_strdup (heading);
}

/**
 * dk_map_chart_set_empty_label:
 *
 * What the map says when none of its regions has a shape.
 */
void
dk_map_chart_set_empty_label (DkMapChart *self,
                              const char *label)
{
  g_return_if_fail (DK_IS_MAP_CHART (self));
  g_free (self->empty_label);
  self->empty_label = g_strdup (label);
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_map_chart_set_no_data_label:
 * @label: (nullable): the legend's name of the hatched regions; "No data" when %NULL
 */
void
dk_map_chart_set_no_data_label (DkMapChart *self,
                                const char *label)
{
  g_return_if_fail (DK_IS_MAP_CHART (self));
  g_free (self->no_data_label);
  self->no_data_label = g_strdup (label);
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_map_chart_add:
 * @kode: the region's code, joined to its shape
 * @label: its name, drawn where it fits
 * @klass: its class, below the number of classes; -1 for no data (hatched)
 * @value: (nullable): its value as the table writes it
 * @tooltip: (nullable): its figures in words
 *
 * Returns: the item's index; a region without a shape is kept for the table
 */
guint
dk_map_chart_add (DkMapChart         *self,
                  const char         *kode,
                  const char         *label,
                  int                 klass,
                  const char         *value,
                  DkChartTargetState  target,
                  const char         *tooltip)
{
  Item item = { 0 };

  g_return_val_if_fail (DK_IS_MAP_CHART (self), 0);
  g_return_val_if_fail (kode != NULL, 0);
  g_return_val_if_fail (klass >= -1 && klass < (int) self->n_classes, 0);

  item.kode = g_strdup (kode);
  item.label = g_strdup (label);
  item.value = g_strdup (value);
  item.tooltip = g_strdup (tooltip);
  item.klass = klass;
  item.target = target;
  item.shape = dk_boundaries_lookup (self->boundaries, kode);
  if (item.shape != NULL)
    {
      self->n_shapes++;
      self->bx0 = MIN (self->bx0, item.shape->x0);
      self->by0 = MIN (self->by0, item.shape->y0);
      self->bx1 = MAX (self->bx1, item.shape->x1);
      self->by1 = MAX (self->by1, item.shape->y1);
      self->counts[klass >= 0 ? (guint) klass : DK_MAP_MAX_CLASSES]++;
    }
  g_array_append_val (self->items, item);
  dk_chart_changed (DK_CHART (self));
  return self->items->len - 1;
}

guint
dk_map_chart_get_n_items (DkMapChart *self)
{
  g_return_val_if_fail (DK_IS_MAP_CHART (self), 0);
  return self->items->len;
}

/**
 * dk_map_chart_get_n_shapes:
 *
 * Returns: how many of the items are drawn (have a shape)
 */
guint
dk_map_chart_get_n_shapes (DkMapChart *self)
{
  g_return_val_if_fail (DK_IS_MAP_CHART (self), 0);
  return self->n_shapes;
}

/**
 * dk_map_chart_get_class_count:
 * @klass: a class, or -1 for no data
 *
 * Returns: the number of regions drawn in that class, as the legend says
 */
guint
dk_map_chart_get_class_count (DkMapChart *self,
                              int         klass)
{
  g_return_val_if_fail (DK_IS_MAP_CHART (self), 0);
  g_return_val_if_fail (klass >= -1 && klass < DK_MAP_MAX_CLASSES, 0);
  return self->counts[klass >= 0 ? (guint) klass : DK_MAP_MAX_CLASSES];
}

int
dk_map_chart_get_focus (DkMapChart *self)
{
  g_return_val_if_fail (DK_IS_MAP_CHART (self), -1);
  return self->focus;
}

/**
 * dk_map_chart_set_focus:
 * @item: the region outlined for the keyboard, or -1 for none
 */
void
dk_map_chart_set_focus (DkMapChart *self,
                        int         item)
{
  g_return_if_fail (DK_IS_MAP_CHART (self));
  if (item >= (int) self->items->len)
    item = -1;
  if (self->focus == item)
    return;
  self->focus = item;
  dk_chart_changed (DK_CHART (self));
}

/**
 * dk_map_chart_next_item:
 * @item: the region the keyboard is on, or -1
 * @dx: the direction on screen: (1, 0) right, (0, 1) down
 *
 * Returns: the nearest region in that direction (by where their names go), @item if
 *   there is none, the first region drawn if @item is -1
 */
int
dk_map_chart_next_item (DkMapChart *self,
                        int         item,
                        double      dx,
                        double      dy)
{
  const DkShape *from;
  double best = INFINITY;
  int found = item;

  g_return_val_if_fail (DK_IS_MAP_CHART (self), -1);
  if (item < 0 || (guint) item >= self->items->len ||
      (from = g_array_index (self->items, Item, item).shape) == NULL)
    {
      for (guint i = 0; i < self->items->len; i++)
        if (g_array_index (self->items, Item, i).shape != NULL)
          return (int) i;
      return -1;
    }
  for (guint i = 0; i < self->items->len; i++)
    {
      const DkShape *to = g_array_index (self->items, Item, i).shape;
      double vx, vy, along, across;

      if (to == NULL || (int) i == item)
        continue;
      vx = to->label_x - from->label_x;
      vy = from->label_y - to->label_y;   /* screen y grows southwards */
      along = vx * dx + vy * dy;
      across = fabs (vx * dy - vy * dx);
      if (along <= 0 || across > 2 * along)
        continue;
      if (along + 2 * across < best)
        {
          best = along + 2 * across;
          found = (int) i;
        }
    }
  return found;
}
