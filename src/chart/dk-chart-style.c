/* dk-chart-style.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-chart-style"

#include "config.h"

#include <stdio.h>

#include "dk-chart-style.h"

void
dk_rgba_parse_hex (DkRgba     *rgba,
                   const char *hex)
{
  guint r = 0, g = 0, b = 0;

  g_return_if_fail (rgba != NULL && hex != NULL);
  if (*hex == '#')
    hex++;
  sscanf (hex, "%02x%02x%02x", &r, &g, &b);
  rgba->red = r / 255.0;
  rgba->green = g / 255.0;
  rgba->blue = b / 255.0;
  rgba->alpha = 1.0;
}

void
dk_cairo_set_source_rgba (cairo_t      *cr,
                          const DkRgba *rgba)
{
  cairo_set_source_rgba (cr, rgba->red, rgba->green, rgba->blue, rgba->alpha);
}

/* A map's classes run from red (furthest from the target) through orange and yellow to
 * green (met): they differ in lightness as well as hue, so they stay apart in greyscale
 * and for red-green colour blindness. */
static void
set_classes (DkChartStyle *style,
             const char   *far,
             const char   *low,
             const char   *near,
             const char   *met)
{
  dk_rgba_parse_hex (&style->classes[0], far);
  dk_rgba_parse_hex (&style->classes[1], low);
  dk_rgba_parse_hex (&style->classes[2], near);
  dk_rgba_parse_hex (&style->classes[3], met);
}

/**
 * dk_chart_style_init:
 * @dark: whether the chart sits on a dark background
 *
 * The GNOME palette (the colours libadwaita names): green for a met target, orange
 * for a shortfall, blue for the first series; lighter shades on dark backgrounds so
 * that each keeps its contrast. Green and orange also differ in lightness, which keeps
 * them apart for red-green colour blindness.
 */
void
dk_chart_style_init (DkChartStyle *style,
                     gboolean      dark)
{
  g_return_if_fail (style != NULL);

  if (dark)
    {
      dk_rgba_parse_hex (&style->background, "#242424");
      dk_rgba_parse_hex (&style->foreground, "#ffffff");
      dk_rgba_parse_hex (&style->good, "#57e389");
      dk_rgba_parse_hex (&style->bad, "#ffa348");
      dk_rgba_parse_hex (&style->series[0], "#62a0ea");
      dk_rgba_parse_hex (&style->series[1], "#9a9996");
      dk_rgba_parse_hex (&style->series[2], "#f66151");
      dk_rgba_parse_hex (&style->series[3], "#dc8add");
      dk_rgba_parse_hex (&style->target, "#ff7b63");
      set_classes (style, "#c01c28", "#e66100", "#e5a50a", "#2ec27e");
    }
  else
    {
      dk_rgba_parse_hex (&style->background, "#ffffff");
      dk_rgba_parse_hex (&style->foreground, "#1e1e1e");
      dk_rgba_parse_hex (&style->good, "#26a269");
      dk_rgba_parse_hex (&style->bad, "#e66100");
      dk_rgba_parse_hex (&style->series[0], "#1c71d8");
      dk_rgba_parse_hex (&style->series[1], "#9a9996");
      dk_rgba_parse_hex (&style->series[2], "#c01c28");
      dk_rgba_parse_hex (&style->series[3], "#813d9c");
      dk_rgba_parse_hex (&style->target, "#c01c28");
      set_classes (style, "#a51d2d", "#e66100", "#f6d32d", "#26a269");
    }
  style->grid = style->foreground;
  style->grid.alpha = 0.15;
  g_strlcpy (style->font_family, "Cantarell, DejaVu Sans, sans-serif", sizeof style->font_family);
  style->font_size = 12;
  style->line_width = 2.5;
  style->outline_width = 0;
}

/**
 * dk_chart_style_set_high_contrast:
 * @dark: whether the chart sits on a dark background
 *
 * Turns @style into its high-contrast form, for readers who asked the system for it:
 * the palette's darkest shades on light backgrounds and its lightest on dark ones (each
 * at least 4.5:1 against the background), opaque text, a grid that shows, thicker lines,
 * and bars outlined in the text colour so that they stand apart without their colour.
 */
void
dk_chart_style_set_high_contrast (DkChartStyle *style,
                                  gboolean      dark)
{
  g_return_if_fail (style != NULL);

  if (dark)
    {
      dk_rgba_parse_hex (&style->background, "#000000");
      dk_rgba_parse_hex (&style->foreground, "#ffffff");
      dk_rgba_parse_hex (&style->good, "#8ff0a4");
      dk_rgba_parse_hex (&style->bad, "#ffbe6f");
      dk_rgba_parse_hex (&style->series[0], "#99c1f1");
      dk_rgba_parse_hex (&style->series[1], "#deddda");
      dk_rgba_parse_hex (&style->series[2], "#ffa6a6");
      dk_rgba_parse_hex (&style->series[3], "#f1c1f1");
      dk_rgba_parse_hex (&style->target, "#ffa6a6");
      set_classes (style, "#ff7b63", "#ffa348", "#f9f06b", "#8ff0a4");
    }
  else
    {
      dk_rgba_parse_hex (&style->background, "#ffffff");
      dk_rgba_parse_hex (&style->foreground, "#000000");
      dk_rgba_parse_hex (&style->good, "#1b7343");
      dk_rgba_parse_hex (&style->bad, "#b33f00");
      dk_rgba_parse_hex (&style->series[0], "#1a5fb4");
      dk_rgba_parse_hex (&style->series[1], "#5e5c64");
      dk_rgba_parse_hex (&style->series[2], "#a51d2d");
      dk_rgba_parse_hex (&style->series[3], "#613583");
      dk_rgba_parse_hex (&style->target, "#a51d2d");
      set_classes (style, "#7a0e1b", "#c64600", "#f5c211", "#1b7343");
    }
  style->grid = style->foreground;
  style->grid.alpha = 0.45;
  style->line_width = 3.5;
  style->outline_width = 2;
}
