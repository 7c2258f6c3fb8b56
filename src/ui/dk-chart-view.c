/* dk-chart-view.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The thin widget over a DkChart: it passes the theme's colours and font to the
 * chart's cairo drawing, shows a tooltip for the item under the pointer, and gives
 * assistive technology the chart's description in words.
 */
#define G_LOG_DOMAIN "dk-chart-view"

#include "config.h"

#include <adwaita.h>

#include <glib/gi18n.h>

#include "dk-chart-view.h"
#include "dk-map-chart.h"
#include "dk-window.h"

struct _DkChartView
{
  GtkWidget   parent_instance;
  DkChart    *chart;
  gulong      changed_id;

  /* The chart drawn at the current size, scale and theme, kept until one of them or
   * the chart changes: scrolling the page and hovering redraw nothing. */
  GdkTexture *texture;
  int         texture_width;
  int         texture_height;
  int         texture_scale;
};

G_DEFINE_FINAL_TYPE (DkChartView, dk_chart_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ITEM_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
invalidate (DkChartView *self)
{
  g_clear_object (&self->texture);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
chart_changed_cb (DkChartView *self)
{
  g_autofree char *description = NULL;

  if (self->chart != NULL)
    description = dk_chart_describe (self->chart);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "", -1);
  gtk_widget_queue_resize (GTK_WIDGET (self));
  invalidate (self);
}

/**
 * dk_chart_view_get_style:
 * @style: (out caller-allocates): the style to fill
 *
 * The chart style of the current theme: libadwaita's palette for light or dark, in its
 * high-contrast form when the system asks for high contrast, the widget's own text colour
 * and font, a transparent background.
 */
void
dk_chart_view_get_style (DkChartView  *self,
                         DkChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  PangoContext *pango = gtk_widget_get_pango_context (GTK_WIDGET (self));
  const PangoFontDescription *font = pango_context_get_font_description (pango);
  gboolean dark = adw_style_manager_get_dark (manager);
  gboolean high_contrast = adw_style_manager_get_high_contrast (manager);
  double grid_alpha;
  GdkRGBA fg;

  dk_chart_style_init (style, dark);
  if (high_contrast)
    dk_chart_style_set_high_contrast (style, dark);
  grid_alpha = style->grid.alpha;
#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (GTK_WIDGET (self), &fg);
#else
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif
  /* the theme's text colour, but never see-through when high contrast is asked for */
  style->foreground = (DkRgba) { fg.red, fg.green, fg.blue, high_contrast ? 1.0 : fg.alpha };
  style->grid = style->foreground;
  style->grid.alpha = grid_alpha;
  style->background.alpha = 0;
  if (font != NULL && pango_font_description_get_family (font) != NULL)
    {
      double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

      g_snprintf (style->font_family, sizeof style->font_family, "%s, DejaVu Sans, sans-serif",
                  pango_font_description_get_family (font));
      if (size > 0)
        style->font_size = pango_font_description_get_size_is_absolute (font) ? size : size * 96.0 / 72.0;
    }
}

/* The chart as the screen shows it, on @background (transparent on screen). */
static cairo_surface_t *
render_surface (DkChartView  *self,
                int           width,
                int           height,
                int           scale,
                const DkRgba *background)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width * scale, height * scale);
  cairo_t *cr = cairo_create (surface);
  DkChartStyle style;

  dk_chart_view_get_style (self, &style);
  if (background != NULL)
    {
      dk_cairo_set_source_rgba (cr, background);
      cairo_paint (cr);
    }
  cairo_scale (cr, scale, scale);
  dk_chart_draw (self->chart, cr, &style, width, height);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

static GdkTexture *
render_texture (DkChartView *self,
                int          width,
                int          height,
                int          scale)
{
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface = render_surface (self, width, height, scale, NULL);

  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * height * scale,
                                      (GDestroyNotify) cairo_surface_destroy, surface);
  return gdk_memory_texture_new (width * scale, height * scale, GDK_MEMORY_DEFAULT, bytes,
                                 cairo_image_surface_get_stride (surface));
}

static void
dk_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  DkChartView *self = DK_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  int scale = gtk_widget_get_scale_factor (widget);

  if (self->chart == NULL || width <= 0 || height <= 0)
    return;
  if (self->texture == NULL || self->texture_width != width || self->texture_height != height ||
      self->texture_scale != scale)
    {
      g_clear_object (&self->texture);
      self->texture = render_texture (self, width, height, scale);
      self->texture_width = width;
      self->texture_height = height;
      self->texture_scale = scale;
    }
  gtk_snapshot_append_texture (snapshot, self->texture, &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
dk_chart_view_css_changed (GtkWidget         *widget,
                           GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (dk_chart_view_parent_class)->css_changed (widget, change);
  /* the text colour or the font may have changed */
  invalidate (DK_CHART_VIEW (widget));
}

static void
dk_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  DkChartView *self = DK_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      int min_width = self->chart != NULL ? (int) dk_chart_get_min_width (self->chart) : 0;

      *minimum = MAX (min_width, 200);
      *natural = MAX (min_width, 600);
    }
  else
    {
      *minimum = 240;
      *natural = 360;
    }
}

static gboolean
dk_chart_view_query_tooltip (GtkWidget  *widget,
                             int         x,
                             int         y,
                             gboolean    keyboard_mode,
                             GtkTooltip *tooltip)
{
  DkChartView *self = DK_CHART_VIEW (widget);
  g_autofree char *text = NULL;
  int item;

  if (self->chart == NULL)
    return FALSE;
  if (keyboard_mode && DK_IS_MAP_CHART (self->chart) && dk_map_chart_get_focus (DK_MAP_CHART (self->chart)) >= 0)
    text = dk_chart_describe_item (self->chart, dk_map_chart_get_focus (DK_MAP_CHART (self->chart)));
  else if (keyboard_mode)
    text = dk_chart_describe (self->chart);
  else
    {
      item = dk_chart_item_at (self->chart, gtk_widget_get_width (widget), gtk_widget_get_height (widget), x, y);
      text = dk_chart_describe_item (self->chart, item);
    }
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
released_cb (GtkGestureClick *gesture,
             int              n_press,
             double           x,
             double           y,
             DkChartView     *self)
{
  int item;

  if (self->chart == NULL || n_press != 1)
    return;
  item = dk_chart_item_at (self->chart, gtk_widget_get_width (GTK_WIDGET (self)),
                           gtk_widget_get_height (GTK_WIDGET (self)), x, y);
  if (item >= 0)
    g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
}

/* A map's regions are reached from the keyboard: the arrows go to the nearest region that
 * way, Enter opens it as a click does. */
static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DkChartView           *self)
{
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) != 0)
    return FALSE;
  switch (keyval)
    {
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      return dk_chart_view_move_focus (self, -1, 0);
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      return dk_chart_view_move_focus (self, 1, 0);
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      return dk_chart_view_move_focus (self, 0, -1);
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      return dk_chart_view_move_focus (self, 0, 1);
    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_space:
      return dk_chart_view_activate_focus (self);
    default:
      return FALSE;
    }
}

static void
focus_leave_cb (DkChartView *self)
{
  if (self->chart != NULL && DK_IS_MAP_CHART (self->chart))
    dk_map_chart_set_focus (DK_MAP_CHART (self->chart), -1);
}

static void
dk_chart_view_dispose (GObject *object)
{
  DkChartView *self = (DkChartView *) object;

  if (self->chart != NULL)
    g_clear_signal_handler (&self->changed_id, self->chart);
  g_clear_object (&self->chart);
  g_clear_object (&self->texture);
  G_OBJECT_CLASS (dk_chart_view_parent_class)->dispose (object);
}

static void
dk_chart_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, dk_chart_view_get_chart (DK_CHART_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_chart_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CHART:
      dk_chart_view_set_chart (DK_CHART_VIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_chart_view_class_init (DkChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_chart_view_dispose;
  object_class->get_property = dk_chart_view_get_property;
  object_class->set_property = dk_chart_view_set_property;
  widget_class->snapshot = dk_chart_view_snapshot;
  widget_class->measure = dk_chart_view_measure;
  widget_class->query_tooltip = dk_chart_view_query_tooltip;
  widget_class->css_changed = dk_chart_view_css_changed;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, DK_TYPE_CHART,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DkChartView::item-activated:
   * @item: the item clicked (a bar of a bar chart)
   */
  signals[ITEM_ACTIVATED] =
    g_signal_new ("item-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                  NULL, G_TYPE_NONE, 1, G_TYPE_INT);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
dk_chart_view_init (DkChartView *self)
{
  GtkGesture *click = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  g_signal_connect (click, "released", G_CALLBACK (released_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (focus_leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (invalidate), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::high-contrast",
                           G_CALLBACK (invalidate), self, G_CONNECT_SWAPPED);
}

/**
 * dk_chart_view_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown
 */
DkChart *
dk_chart_view_get_chart (DkChartView *self)
{
  g_return_val_if_fail (DK_IS_CHART_VIEW (self), NULL);
  return self->chart;
}

void
dk_chart_view_set_chart (DkChartView *self,
                         DkChart     *chart)
{
  g_return_if_fail (DK_IS_CHART_VIEW (self));
  g_return_if_fail (chart == NULL || DK_IS_CHART (chart));

  if (self->chart == chart)
    return;
  if (self->chart != NULL)
    g_clear_signal_handler (&self->changed_id, self->chart);
  g_set_object (&self->chart, chart);
  if (chart != NULL)
    self->changed_id = g_signal_connect_swapped (chart, "changed", G_CALLBACK (chart_changed_cb), self);
  chart_changed_cb (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHART]);
}

/* The card the chart sits on: white, or libadwaita's dark card. */
static void
card_background (DkRgba *rgba)
{
  dk_rgba_parse_hex (rgba, adw_style_manager_get_dark (adw_style_manager_get_default ()) ? "#303030" : "#ffffff");
}

/**
 * dk_chart_view_save:
 * @path: a .png, .svg or .pdf file
 *
 * Saves the chart as shown, at the size shown, on the card's background: the PNG has
 * the screen's pixels, SVG and PDF the same drawing as vectors.
 */
gboolean
dk_chart_view_save (DkChartView  *self,
                    const char   *path,
                    GError      **error)
{
  int width, height;
  DkChartStyle style;

  g_return_val_if_fail (DK_IS_CHART_VIEW (self), FALSE);
  g_return_val_if_fail (self->chart != NULL, FALSE);

  width = MAX (gtk_widget_get_width (GTK_WIDGET (self)), 400);
  height = MAX (gtk_widget_get_height (GTK_WIDGET (self)), 240);
  dk_chart_view_get_style (self, &style);
  card_background (&style.background);
  return dk_chart_save (self->chart, &style, width, height, path, error);
}

/**
 * dk_chart_view_render_png:
 * @path: a .png file
 *
 * Writes exactly what the screen shows, composed on the card's background; for tests
 * comparing a saved chart with the screen.
 */
gboolean
dk_chart_view_render_png (DkChartView  *self,
                          const char   *path,
                          GError      **error)
{
  DkRgba background;
  cairo_surface_t *surface;
  cairo_status_t status;

  g_return_val_if_fail (DK_IS_CHART_VIEW (self), FALSE);
  card_background (&background);
  surface = render_surface (self, gtk_widget_get_width (GTK_WIDGET (self)),
                            gtk_widget_get_height (GTK_WIDGET (self)), 1, &background);
  status = cairo_surface_write_to_png (surface, path);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, "%s", cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

static const char *suffixes[] = { ".png", ".svg", ".pdf" };

/* The format of the filter picked in the dialog; the filters were added in suffixes' order. */
static const char *
chosen_suffix (GtkFileChooser *chooser)
{
  GtkFileFilter *filter = gtk_file_chooser_get_filter (chooser);
  g_autoptr(GListModel) filters = gtk_file_chooser_get_filters (chooser);

  for (guint i = 0; filter != NULL && i < g_list_model_get_n_items (filters) && i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autoptr(GtkFileFilter) f = g_list_model_get_item (filters, i);

      if (f == filter)
        return suffixes[i];
    }
  return suffixes[0];
}

static void
save_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  DkChartView     *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;
  g_autoptr(GError) error = NULL;

  if (response == GTK_RESPONSE_ACCEPT &&
      (file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog))) != NULL &&
      (path = g_file_get_path (file)) != NULL)
    {
      const char *suffix = chosen_suffix (GTK_FILE_CHOOSER (dialog));
      g_autofree char *lower = g_ascii_strdown (path, -1);

      /* the format chosen in the dialog, if the name does not say one */
      if (!g_str_has_suffix (lower, ".png") && !g_str_has_suffix (lower, ".svg") && !g_str_has_suffix (lower, ".pdf"))
        {
          char *with_suffix = g_strconcat (path, suffix, NULL);

          g_free (path);
          path = with_suffix;
        }
      if (dk_chart_view_save (self, path, &error))
        {
          g_autofree char *base = g_path_get_basename (path);
          g_autofree char *message = g_strdup_printf (_("Chart saved as “%s”"), base);

          dk_widget_show_toast (GTK_WIDGET (self), message);
        }
      else
        dk_widget_show_error (GTK_WIDGET (self), error);
    }
  g_object_unref (dialog);
  g_object_unref (self);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_suffix (filter, suffix + 1);
  gtk_file_chooser_add_filter (chooser, filter);
}

/**
 * dk_chart_view_save_with_dialog:
 * @name: the suggested file name, without extension
 *
 * Asks where to save the chart (PNG, SVG or PDF), then saves it and says so.
 */
void
dk_chart_view_save_with_dialog (DkChartView *self,
                                const char  *name)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkFileChooserNative *chooser;
  g_autofree char *file_name = g_strconcat (name, ".png", NULL);

  g_return_if_fail (DK_IS_CHART_VIEW (self));
  if (self->chart == NULL)
    return;
  chooser = gtk_file_chooser_native_new (_("Save Chart"), GTK_WINDOW (root), GTK_FILE_CHOOSER_ACTION_SAVE,
                                         _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  add_filter (GTK_FILE_CHOOSER (chooser), _("PNG image"), suffixes[0]);
  add_filter (GTK_FILE_CHOOSER (chooser), _("SVG drawing"), suffixes[1]);
  add_filter (GTK_FILE_CHOOSER (chooser), _("PDF document"), suffixes[2]);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), file_name);
  g_signal_connect (chooser, "response", G_CALLBACK (save_response_cb), g_object_ref (self));
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

/**
 * dk_chart_view_move_focus:
 * @dx: the direction on screen: (1, 0) right, (0, 1) down
 *
 * Moves the keyboard's region of a map to the nearest one that way (the first region
 * when none has it yet).
 *
 * Returns: whether the chart is a map with regions, so that the key was used
 */
gboolean
dk_chart_view_move_focus (DkChartView *self,
                          double       dx,
                          double       dy)
{
  DkMapChart *map;
  int next;

  g_return_val_if_fail (DK_IS_CHART_VIEW (self), FALSE);
  if (self->chart == NULL || !DK_IS_MAP_CHART (self->chart))
    return FALSE;
  map = DK_MAP_CHART (self->chart);
  next = dk_map_chart_next_item (map, dk_map_chart_get_focus (map), dx, dy);
  if (next < 0)
    return FALSE;
  dk_map_chart_set_focus (map, next);
  return TRUE;
}

/**
 * dk_chart_view_activate_focus:
 *
 * Activates a map's region that has the keyboard, as a click on it does.
 *
 * Returns: whether there was one
 */
gboolean
dk_chart_view_activate_focus (DkChartView *self)
{
  int item;

  g_return_val_if_fail (DK_IS_CHART_VIEW (self), FALSE);
  if (self->chart == NULL || !DK_IS_MAP_CHART (self->chart) ||
      (item = dk_map_chart_get_focus (DK_MAP_CHART (self->chart))) < 0)
    return FALSE;
  g_signal_emit (self, signals[ITEM_ACTIVATED], 0, item);
  return TRUE;
}
