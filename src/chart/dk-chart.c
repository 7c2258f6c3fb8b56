/* dk-chart.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>

#include "dk-atomic-file.h"
#include "dk-bar-chart.h"
#include "dk-chart-private.h"
#include "dk-error.h"

typedef struct
{
  char           *title;
  char           *item_heading;
  DkNumberFormat  number_format;
} DkChartPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (DkChart, dk_chart, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  N_PROPS
};

enum {
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

/* Pango contexts are not thread-safe and the cairo font map is per thread: one context
 * per thread, so that a chart can be saved from a worker thread. */
static GPrivate thread_context = G_PRIVATE_INIT (g_object_unref);

static PangoContext *
get_pango_context (void)
{
  PangoContext *context = g_private_get (&thread_context);

  if (context == NULL)
    {
      cairo_font_options_t *options = cairo_font_options_create ();

      context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
      /* Unhinted metrics: the same layout on screen, in PNG and in PDF. */
      cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
      pango_cairo_context_set_font_options (context, options);
      cairo_font_options_destroy (options);
      g_private_set (&thread_context, context);
    }
  return context;
}

PangoLayout *
_dk_chart_new_layout (const DkChartStyle *style,
                      double              scale,
                      gboolean            bold,
                      const char         *text)
{
  PangoLayout *layout = pango_layout_new (get_pango_context ());
  PangoFontDescription *desc = pango_font_description_from_string (style->font_family);

  pango_font_description_set_absolute_size (desc, style->font_size * scale * PANGO_SCALE);
  if (bold)
    pango_font_description_set_weight (desc, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, desc);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (desc);
  return layout;
}

void
_dk_chart_text_size (PangoLayout *layout,
                     double      *width,
                     double      *height)
{
  PangoRectangle logical;

  pango_layout_get_extents (layout, NULL, &logical);
  if (width)
    *width = (double) logical.width / PANGO_SCALE;
  if (height)
    *height = (double) logical.height / PANGO_SCALE;
}

/**
 * _dk_chart_show_text:
 * @x: (in user space) the anchor point
 * @angle: rotation in radians about the anchor, negative turns counter-clockwise
 *
 * Draws @layout with its anchor point at (@x, @y), in the current source colour.
 */
void
_dk_chart_show_text (cairo_t     *cr,
                     PangoLayout *layout,
                     double       x,
                     double       y,
                     DkAnchor     h_anchor,
                     DkAnchor     v_anchor,
                     double       angle)
{
  double w, h;

  _dk_chart_text_size (layout, &w, &h);
  cairo_save (cr);
  cairo_translate (cr, x, y);
  if (angle != 0)
    cairo_rotate (cr, angle);
  cairo_move_to (cr, -w * h_anchor / 2.0, -h * v_anchor / 2.0);
  /* No pango_cairo_update_layout(): the layouts share one context with unhinted metrics,
   * so they draw the same under any transformation, and updating the context would make
   * every cached layout shape its text again. */
  pango_cairo_show_layout (cr, layout);
  cairo_restore (cr);
}

/* Tick labels drop the decimals a whole-number step does not need: "10 %", not "10,00 %". */
char *
_dk_chart_format_tick (const DkNumberFormat *fmt,
                       DkValueKind           kind,
                       const DkScale        *scale,
                       double                value)
{
  if (kind == DK_VALUE_PERCENT && fabs (scale->step - round (scale->step)) < 1e-9)
    return dk_format_percent_short (fmt, (gint64) llround (value) * 100);
  return dk_format_value (fmt, kind, value);
}

/* A value in a table cell: whole rupiah, not the short form the bars carry. */
char *
_dk_chart_format_exact (const DkNumberFormat *fmt,
                        DkValueKind           kind,
                        double                value)
{
  if (kind == DK_VALUE_RUPIAH)
    return dk_format_rupiah (fmt, (gint64) llround (value));
  return dk_format_value (fmt, kind, value);
}

double
_dk_chart_header_height (DkChart            *self,
                         const DkChartStyle *style)
{
  DkChartPrivate *priv = dk_chart_get_instance_private (self);
  g_autoptr(PangoLayout) layout = NULL;
  double h;

  if (priv->title == NULL || *priv->title == '\0')
    return 0;
  layout = _dk_chart_new_layout (style, 1.25, TRUE, priv->title);
  _dk_chart_text_size (layout, NULL, &h);
  return h + style->font_size;
}

/* Draws the title, if any; returns the height it took. */
double
_dk_chart_draw_header (DkChart            *self,
                       cairo_t            *cr,
                       const DkChartStyle *style,
                       double              width)
{
  DkChartPrivate *priv = dk_chart_get_instance_private (self);
  g_autoptr(PangoLayout) layout = NULL;

  if (priv->title == NULL || *priv->title == '\0')
    return 0;
  layout = _dk_chart_new_layout (style, 1.25, TRUE, priv->title);
  pango_layout_set_width (layout, (int) ((width - 2 * style->font_size) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  dk_cairo_set_source_rgba (cr, &style->foreground);
  _dk_chart_show_text (cr, layout, style->font_size, style->font_size * 0.25, DK_ANCHOR_START, DK_ANCHOR_START, 0);
  return _dk_chart_header_height (self, style);
}

/* A row of legend entries ending at @right: a swatch (or a dashed stroke) and a label. */
void
_dk_chart_draw_legend (cairo_t            *cr,
                       const DkChartStyle *style,
                       double              right,
                       double              y,
                       const char * const *labels,
                       const DkRgba       *colors,
                       const gboolean     *dashed,
                       guint               n)
{
  double x = right;
  double swatch = style->font_size * 0.9;

  for (guint i = n; i-- > 0;)
    {
      g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.9, FALSE, labels[i]);
      double w, h;

      _dk_chart_text_size (layout, &w, &h);
      x -= w;
      dk_cairo_set_source_rgba (cr, &style->foreground);
      _dk_chart_show_text (cr, layout, x, y, DK_ANCHOR_START, DK_ANCHOR_CENTER, 0);
      x -= swatch + 4;
      dk_cairo_set_source_rgba (cr, &colors[i]);
      if (dashed != NULL && dashed[i])
        {
          double dash[] = { 4, 3 };

          cairo_save (cr);
          cairo_set_line_width (cr, 2);
          cairo_set_dash (cr, dash, 2, 0);
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x + swatch, y);
          cairo_stroke (cr);
          cairo_restore (cr);
        }
      else
        {
          cairo_rectangle (cr, x, y - swatch / 2, swatch, swatch);
          cairo_fill (cr);
        }
      x -= style->font_size;
    }
}

static void
dk_chart_finalize (GObject *object)
{
  DkChartPrivate *priv = dk_chart_get_instance_private (DK_CHART (object));

  g_free (priv->title);
  g_free (priv->item_heading);
  G_OBJECT_CLASS (dk_chart_parent_class)->finalize (object);
}

static void
dk_chart_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, dk_chart_get_title (DK_CHART (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_chart_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_TITLE:
      dk_chart_set_title (DK_CHART (object), g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static int
dk_chart_real_item_at (DkChart *self,
                       double   width,
                       double   height,
                       double   x,
                       double   y)
{
  return -1;
}

static char *
dk_chart_real_describe_item (DkChart *self,
                             int      item)
{
  return NULL;
}

static double
dk_chart_real_get_min_width (DkChart *self)
{
  return 0;
}

static DkChartTable *
dk_chart_real_to_table (DkChart *self)
{
  g_autoptr(DkChartTable) table = dk_chart_table_new ();

  dk_chart_table_add_column (table, DK_CHART_COLUMN_LABEL, dk_chart_get_item_heading (self));
  return g_steal_pointer (&table);
}

static void
dk_chart_class_init (DkChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dk_chart_finalize;
  object_class->get_property = dk_chart_get_property;
  object_class->set_property = dk_chart_set_property;

  klass->item_at = dk_chart_real_item_at;
  klass->describe_item = dk_chart_real_describe_item;
  klass->get_min_width = dk_chart_real_get_min_width;
  klass->to_table = dk_chart_real_to_table;

  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DkChart::changed:
   *
   * Emitted when what the chart draws has changed.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
dk_chart_init (DkChart *self)
{
  DkChartPrivate *priv = dk_chart_get_instance_private (self);

  dk_number_format_init_locale (&priv->number_format);
}

void
dk_chart_draw (DkChart            *self,
               cairo_t            *cr,
               const DkChartStyle *style,
               double              width,
               double              height)
{
  g_return_if_fail (DK_IS_CHART (self));
  g_return_if_fail (cr != NULL && style != NULL);

  if (width < 1 || height < 1)
    return;
  cairo_save (cr);
  DK_CHART_GET_CLASS (self)->draw (self, cr, style, width, height);
  cairo_restore (cr);
}

int
dk_chart_item_at (DkChart *self,
                  double   width,
                  double   height,
                  double   x,
                  double   y)
{
  g_return_val_if_fail (DK_IS_CHART (self), -1);
  return DK_CHART_GET_CLASS (self)->item_at (self, width, height, x, y);
}

/**
 * dk_chart_describe_item:
 *
 * Returns: (transfer full) (nullable): a tooltip for @item
 */
char *
dk_chart_describe_item (DkChart *self,
                        int      item)
{
  g_return_val_if_fail (DK_IS_CHART (self), NULL);
  if (item < 0)
    return NULL;
  return DK_CHART_GET_CLASS (self)->describe_item (self, item);
}

/**
 * dk_chart_describe:
 *
 * Returns: (transfer full): a summary of the chart in words
 */
char *
dk_chart_describe (DkChart *self)
{
  g_return_val_if_fail (DK_IS_CHART (self), NULL);
  if (DK_CHART_GET_CLASS (self)->describe == NULL)
    return g_strdup (dk_chart_get_title (self));
  return DK_CHART_GET_CLASS (self)->describe (self);
}

double
dk_chart_get_min_width (DkChart *self)
{
  g_return_val_if_fail (DK_IS_CHART (self), 0);
  return DK_CHART_GET_CLASS (self)->get_min_width (self);
}

/**
 * dk_chart_to_table:
 *
 * The chart's data as a table, the alternative to the drawing: a row per item (bar or
 * point) in the order drawn, with its label, its values as the chart writes them and,
 * when the chart has a target, whether the item meets it.
 *
 * Returns: (transfer full): a new table
 */
DkChartTable *
dk_chart_to_table (DkChart *self)
{
  g_return_val_if_fail (DK_IS_CHART (self), NULL);
  return DK_CHART_GET_CLASS (self)->to_table (self);
}

/**
 * dk_chart_get_item_heading:
 *
 * Returns: the heading of the items' labels in the chart's table ("Region", "Date")
 */
const char *
dk_chart_get_item_heading (DkChart *self)
{
  DkChartPrivate *priv = dk_chart_get_instance_private (self);

  g_return_val_if_fail (DK_IS_CHART (self), NULL);
  if (priv->item_heading == NULL)
    /* Translators: the heading of the labels in the table shown instead of a chart */
    return C_("column", "Item");
  return priv->item_heading;
}

/**
 * dk_chart_set_item_heading:
 * @heading: (nullable): what the items are, as a column heading; "Item" when %NULL
 */
void
dk_chart_set_item_heading (DkChart    *self,
                           const char *heading)
{
  DkChartPrivate *priv = dk_chart_get_instance_private (self);

  g_return_if_fail (DK_IS_CHART (self));
  if (g_strcmp0 (priv->item_heading, heading) == 0)
    return;
  g_free (priv->item_heading);
  priv->item_heading = g_strdup (heading);
  dk_chart_changed (self);
}

const char *
dk_chart_get_title (DkChart *self)
{
  DkChartPrivate *priv = dk_chart_get_instance_private (self);

  g_return_val_if_fail (DK_IS_CHART (self), NULL);
  return priv->title;
}

void
dk_chart_set_title (DkChart    *self,
                    const char *title)
{
  DkChartPrivate *priv = dk_chart_get_instance_private (self);

  g_return_if_fail (DK_IS_CHART (self));
  if (g_strcmp0 (priv->title, title) == 0)
    return;
  g_free (priv->title);
  priv->title = g_strdup (title);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
  dk_chart_changed (self);
}

const DkNumberFormat *
dk_chart_get_number_format (DkChart *self)
{
  DkChartPrivate *priv = dk_chart_get_instance_private (self);

  g_return_val_if_fail (DK_IS_CHART (self), NULL);
  return &priv->number_format;
}

/**
 * dk_chart_set_number_format:
 *
 * Sets how the chart writes numbers; the locale's convention by default.
 */
void
dk_chart_set_number_format (DkChart              *self,
                            const DkNumberFormat *format)
{
  DkChartPrivate *priv = dk_chart_get_instance_private (self);

  g_return_if_fail (DK_IS_CHART (self));
  g_return_if_fail (format != NULL);
  priv->number_format = *format;
  dk_chart_changed (self);
}

void
dk_chart_changed (DkChart *self)
{
  g_return_if_fail (DK_IS_CHART (self));
  g_signal_emit (self, signals[CHANGED], 0);
}

/* ------------------------------------------------------------------ saving */

static cairo_status_t
write_to_stream (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  return fwrite (data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

typedef enum { FORMAT_NONE, FORMAT_PNG, FORMAT_SVG, FORMAT_PDF } FileFormat;

static FileFormat
format_for_path (const char *path)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);

  if (g_str_has_suffix (lower, ".png"))
    return FORMAT_PNG;
  if (g_str_has_suffix (lower, ".svg"))
    return FORMAT_SVG;
  if (g_str_has_suffix (lower, ".pdf"))
    return FORMAT_PDF;
  return FORMAT_NONE;
}

/**
 * dk_chart_save:
 * @path: the file; its extension (.png, .svg or .pdf) chooses the format
 * @width: in pixels (PNG) or points (SVG, PDF)
 *
 * Draws the chart on the style's background into @path. The file is written under a
 * temporary name and renamed when complete, so a failure leaves no partial file and an
 * existing file intact.
 */
gboolean
dk_chart_save (DkChart             *self,
               const DkChartStyle  *style,
               double               width,
               double               height,
               const char          *path,
               GError             **error)
{
  g_autoptr(DkAtomicFile) file = NULL;
  FileFormat format;
  FILE *stream;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  g_return_val_if_fail (DK_IS_CHART (self), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!(width >= 1 && height >= 1 && width <= 20000 && height <= 20000))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("A chart must be between 1 and 20000 pixels wide and high"));
      return FALSE;
    }
  if ((format = format_for_path (path)) == FORMAT_NONE)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("“%s”: the file name must end in .png, .svg or .pdf"), path);
      return FALSE;
    }
  if (!(file = dk_atomic_file_new (path, error)))
    return FALSE;
  stream = dk_atomic_file_get_stream (file);

  if (format == FORMAT_SVG)
    surface = cairo_svg_surface_create_for_stream (write_to_stream, stream, width, height);
  else if (format == FORMAT_PDF)
    surface = cairo_pdf_surface_create_for_stream (write_to_stream, stream, width, height);
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) ceil (width), (int) ceil (height));

  cr = cairo_create (surface);
  dk_cairo_set_source_rgba (cr, &style->background);
  cairo_paint (cr);
  dk_chart_draw (self, cr, style, width, height);
  cairo_destroy (cr);

  if (format == FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_to_stream, stream);
  else
    {
      cairo_surface_finish (surface);
      status = cairo_surface_status (surface);
    }
  cairo_surface_destroy (surface);

  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return dk_atomic_file_commit (file, error);
}
