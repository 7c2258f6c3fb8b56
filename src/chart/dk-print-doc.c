/* dk-print-doc.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A dashboard on paper: its title, a few lines of summary, its charts and its table,
 * flowed onto pages (the table's heading repeated on each), drawn with cairo. The window
 * prints it through GtkPrintOperation; the same drawing makes a PDF without a display.
 */
#define G_LOG_DOMAIN "dk-print-doc"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>

#include "dk-atomic-file.h"
#include "dk-chart-private.h"
#include "dk-error.h"
#include "dk-print-doc.h"

#define MARGIN 40.0
#define ROW_HEIGHT 14.0
#define GAP 12.0
#define A4_WIDTH 595.28
#define A4_HEIGHT 841.89

typedef enum { ITEM_TEXT, ITEM_CHART, ITEM_TABLE } ItemKind;

typedef struct
{
  char     **cells;
  gboolean   bold;
} Row;

typedef struct
{
  ItemKind   kind;
  char      *text;
  DkChart   *chart;
  double     aspect;
  guint      n_columns;
  char     **headings;
  double    *widths;      /* fractions of the page's width */
  char      *alignment;   /* 'l', 'r' or 'c' per column */
  GPtrArray *rows;        /* of Row */
} Item;

/* Where a piece of an item goes: a whole text or chart, or rows [first, last) of a table. */
typedef struct
{
  guint  page;
  guint  item;
  double y;
  guint  first;
  guint  last;
} Placement;

struct _DkPrintDoc
{
  GObject       parent_instance;
  char         *title;
  char         *subtitle;
  GPtrArray    *items;        /* of Item */
  GArray       *placements;   /* of Placement */
  guint         n_pages;
  DkChartStyle  style;
};

G_DEFINE_FINAL_TYPE (DkPrintDoc, dk_print_doc, G_TYPE_OBJECT)

static void
row_free (gpointer data)
{
  Row *row = data;

  g_strfreev (row->cells);
  g_free (row);
}

static void
item_free (gpointer data)
{
  Item *item = data;

  g_free (item->text);
  g_clear_object (&item->chart);
  g_strfreev (item->headings);
  g_free (item->widths);
  g_free (item->alignment);
  g_clear_pointer (&item->rows, g_ptr_array_unref);
  g_free (item);
}

static void
dk_print_doc_finalize (GObject *object)
{
  DkPrintDoc *self = (DkPrintDoc *) object;

  g_free (self->title);
  g_free (self->subtitle);
  g_ptr_array_unref (self->items);
  g_array_unref (self->placements);
  G_OBJECT_CLASS (dk_print_doc_parent_class)->finalize (object);
}

static void
dk_print_doc_class_init (DkPrintDocClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dk_print_doc_finalize;
}

static void
dk_print_doc_init (DkPrintDoc *self)
{
  self->items = g_ptr_array_new_with_free_func (item_free);
  self->placements = g_array_new (FALSE, TRUE, sizeof (Placement));
  dk_chart_style_init (&self->style, FALSE);
  g_strlcpy (self->style.font_family, "DejaVu Sans, sans-serif", sizeof self->style.font_family);
  self->style.font_size = 8;
}

DkPrintDoc *
dk_print_doc_new (const char *title,
                  const char *subtitle)
{
  DkPrintDoc *self = g_object_new (DK_TYPE_PRINT_DOC, NULL);

  self->title = g_strdup (title);
  self->subtitle = g_strdup (subtitle);
  return self;
}

void
dk_print_doc_add_text (DkPrintDoc *self,
                       const char *text)
{
  Item *item = g_new0 (Item, 1);

  g_return_if_fail (DK_IS_PRINT_DOC (self));
  item->kind = ITEM_TEXT;
  item->text = g_strdup (text);
  g_ptr_array_add (self->items, item);
}

/**
 * dk_print_doc_add_chart:
 * @aspect: its height ÷ its width
 */
void
dk_print_doc_add_chart (DkPrintDoc *self,
                        DkChart    *chart,
                        double      aspect)
{
  Item *item = g_new0 (Item, 1);

  g_return_if_fail (DK_IS_PRINT_DOC (self));
  g_return_if_fail (DK_IS_CHART (chart));
  item->kind = ITEM_CHART;
  item->chart = g_object_ref (chart);
  item->aspect = aspect;
  g_ptr_array_add (self->items, item);
}

/**
 * dk_print_doc_begin_table:
 * @headings: (array length=n_columns): the column headings
 * @widths: (array length=n_columns): each column's share of the width
 * @alignment: one of 'l', 'r', 'c' per column
 *
 * Starts a table; rows follow with dk_print_doc_add_row().
 */
void
dk_print_doc_begin_table (DkPrintDoc         *self,
                          guint               n_columns,
                          const char * const *headings,
                          const double       *widths,
                          const char         *alignment)
{
  Item *item = g_new0 (Item, 1);
  double sum = 0;

  g_return_if_fail (DK_IS_PRINT_DOC (self));
  g_return_if_fail (strlen (alignment) == n_columns);

  item->kind = ITEM_TABLE;
  item->n_columns = n_columns;
  item->headings = g_new0 (char *, n_columns + 1);
  item->widths = g_new0 (double, n_columns);
  for (guint c = 0; c < n_columns; c++)
    {
      item->headings[c] = g_strdup (headings[c]);
      sum += widths[c];
    }
  for (guint c = 0; c < n_columns; c++)
    item->widths[c] = widths[c] / sum;
  item->alignment = g_strdup (alignment);
  item->rows = g_ptr_array_new_with_free_func (row_free);
  g_ptr_array_add (self->items, item);
}

void
dk_print_doc_add_row (DkPrintDoc         *self,
                      const char * const *cells,
                      gboolean            bold)
{
  Item *item;
  Row *row;

  g_return_if_fail (DK_IS_PRINT_DOC (self));
  g_return_if_fail (self->items->len > 0);
  item = g_ptr_array_index (self->items, self->items->len - 1);
  g_return_if_fail (item->kind == ITEM_TABLE);

  row = g_new0 (Row, 1);
  row->cells = g_new0 (char *, item->n_columns + 1);
  for (guint c = 0; c < item->n_columns; c++)
    row->cells[c] = g_strdup (cells[c] != NULL ? cells[c] : "");
  row->bold = bold;
  g_ptr_array_add (item->rows, row);
}

static double
text_height (DkPrintDoc *self,
             const char *text,
             double      scale,
             gboolean    bold,
             double      width)
{
  g_autoptr(PangoLayout) layout = _dk_chart_new_layout (&self->style, scale, bold, text);
  double h;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  _dk_chart_text_size (layout, NULL, &h);
  return h;
}

static double
header_height (DkPrintDoc *self,
               double      content_width)
{
  double h = text_height (self, self->title, 1.8, TRUE, content_width);

  if (self->subtitle != NULL)
    h += 4 + text_height (self, self->subtitle, 1.2, FALSE, content_width);
  return h + GAP;
}

static void
place (DkPrintDoc *self,
       guint       page,
       guint       item,
       double      y,
       guint       first,
       guint       last)
{
  Placement p = { page, item, y, first, last };

  g_array_append_val (self->placements, p);
}

/**
 * dk_print_doc_paginate:
 * @width: the page's width, in points
 * @height: its height
 *
 * Returns: the number of pages
 */
guint
dk_print_doc_paginate (DkPrintDoc *self,
                       double      width,
                       double      height)
{
  double content_w = width - 2 * MARGIN;
  double bottom = height - MARGIN - ROW_HEIGHT;   /* the footer's line */
  double y;
  guint page = 0;

  g_return_val_if_fail (DK_IS_PRINT_DOC (self), 0);

  g_array_set_size (self->placements, 0);
  y = MARGIN + header_height (self, content_w);
  for (guint i = 0; i < self->items->len; i++)
    {
      Item *item = g_ptr_array_index (self->items, i);
      double h;

      if (item->kind == ITEM_TABLE)
        {
          guint first = 0;

          while (first < item->rows->len || (first == 0 && item->rows->len == 0))
            {
              guint fits = (guint) MAX (0, (bottom - y) / ROW_HEIGHT - 1);   /* one for the heading */
              guint last = MIN (item->rows->len, first + fits);

              if (fits < 2 && y > MARGIN)
                {
                  page++;
                  y = MARGIN;
                  continue;
                }
              fits = MAX (fits, 2);
              last = MIN (item->rows->len, first + fits);
              place (self, page, i, y, first, last);
              y += ROW_HEIGHT * (last - first + 1) + GAP;
              if (last >= item->rows->len)
                break;
              first = last;
              page++;
              y = MARGIN;
            }
          continue;
        }

      h = item->kind == ITEM_TEXT ? text_height (self, item->text, 1.2, FALSE, content_w) : content_w * item->aspect;
      if (y + h > bottom && y > MARGIN)
        {
          page++;
          y = MARGIN;
        }
      place (self, page, i, y, 0, 0);
      y += h + GAP;
    }
  self->n_pages = page + 1;
  return self->n_pages;
}

static void
show (cairo_t            *cr,
      const DkChartStyle *style,
      const char         *text,
      double              scale,
      gboolean            bold,
      double              x,
      double              y,
      double              width,
      DkAnchor            anchor,
      gboolean            single_line)
{
  g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, scale, bold, text);
  double w;

  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  if (single_line)
    pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  if (anchor != DK_ANCHOR_START)
    {
      pango_layout_set_width (layout, -1);
      _dk_chart_text_size (layout, &w, NULL);
      if (w > width)
        {
          pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          w = width;
        }
      x += anchor == DK_ANCHOR_END ? width - w : (width - w) / 2;
    }
  _dk_chart_show_text (cr, layout, x, y, DK_ANCHOR_START, DK_ANCHOR_START, 0);
}

static void
draw_table_row (DkPrintDoc  *self,
                cairo_t     *cr,
                const Item  *item,
                char       **cells,
                gboolean     bold,
                gboolean     heading,
                double       x0,
                double       y,
                double       content_w)
{
  double x = x0;

  if (heading)
    {
      cairo_set_source_rgb (cr, 0.85, 0.85, 0.85);
      cairo_rectangle (cr, x0, y, content_w, ROW_HEIGHT);
      cairo_fill (cr);
    }
  cairo_set_source_rgb (cr, 0, 0, 0);
  cairo_set_line_width (cr, 0.5);
  cairo_rectangle (cr, x0, y, content_w, ROW_HEIGHT);
  cairo_stroke (cr);
  for (guint c = 0; c < item->n_columns; c++)
    {
      double w = item->widths[c] * content_w;
      char align = heading ? 'c' : item->alignment[c];

      if (c > 0)
        {
          cairo_move_to (cr, x, y);
          cairo_line_to (cr, x, y + ROW_HEIGHT);
          cairo_stroke (cr);
        }
      cairo_set_source_rgb (cr, 0, 0, 0);
      show (cr, &self->style, cells[c], 0.95, bold || heading, x + 3, y + 2, w - 6,
            align == 'r' ? DK_ANCHOR_END : align == 'c' ? DK_ANCHOR_CENTER : DK_ANCHOR_START, TRUE);
      x += w;
    }
}

/**
 * dk_print_doc_draw_page:
 * @page: 0-based; dk_print_doc_paginate() must have been called with the same size
 *
 * Draws one page in black on white.
 */
void
dk_print_doc_draw_page (DkPrintDoc *self,
                        cairo_t    *cr,
                        guint       page,
                        double      width,
                        double      height)
{
  double content_w = width - 2 * MARGIN;
  g_autofree char *footer = NULL;

  g_return_if_fail (DK_IS_PRINT_DOC (self));

  cairo_save (cr);
  cairo_set_source_rgb (cr, 0, 0, 0);
  if (page == 0)
    {
      show (cr, &self->style, self->title, 1.8, TRUE, MARGIN, MARGIN, content_w, DK_ANCHOR_START, FALSE);
      if (self->subtitle != NULL)
        show (cr, &self->style, self->subtitle, 1.2, FALSE, MARGIN,
              MARGIN + 4 + text_height (self, self->title, 1.8, TRUE, content_w), content_w, DK_ANCHOR_START, FALSE);
    }

  for (guint i = 0; i < self->placements->len; i++)
    {
      const Placement *p = &g_array_index (self->placements, Placement, i);
      const Item *item = g_ptr_array_index (self->items, p->item);

      if (p->page != page)
        continue;
      if (item->kind == ITEM_TEXT)
        show (cr, &self->style, item->text, 1.2, FALSE, MARGIN, p->y, content_w, DK_ANCHOR_START, FALSE);
      else if (item->kind == ITEM_CHART)
        {
          cairo_save (cr);
          cairo_translate (cr, MARGIN, p->y);
          dk_chart_draw (item->chart, cr, &self->style, content_w, content_w * item->aspect);
          cairo_restore (cr);
        }
      else
        {
          draw_table_row (self, cr, item, item->headings, TRUE, TRUE, MARGIN, p->y, content_w);
          for (guint r = p->first; r < p->last; r++)
            {
              const Row *row = g_ptr_array_index (item->rows, r);

              draw_table_row (self, cr, item, row->cells, row->bold, FALSE, MARGIN,
                              p->y + ROW_HEIGHT * (r - p->first + 1), content_w);
            }
        }
    }

  /* Translators: the footer of a printed page */
  footer = g_strdup_printf (_("Page %u of %u"), page + 1, self->n_pages);
  cairo_set_source_rgb (cr, 0.3, 0.3, 0.3);
  show (cr, &self->style, footer, 0.9, FALSE, MARGIN, height - MARGIN, content_w, DK_ANCHOR_END, TRUE);
  cairo_restore (cr);
}

static cairo_status_t
write_to_file (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return fwrite (data, 1, length, closure) == length ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

/**
 * dk_print_doc_save_pdf:
 *
 * Writes the document on A4 pages into a PDF file, atomically.
 */
gboolean
dk_print_doc_save_pdf (DkPrintDoc  *self,
                       const char  *path,
                       GError     **error)
{
  g_autoptr(DkAtomicFile) file = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  guint n;

  g_return_val_if_fail (DK_IS_PRINT_DOC (self), FALSE);

  if (!(file = dk_atomic_file_new (path, error)))
    return FALSE;
  surface = cairo_pdf_surface_create_for_stream (write_to_file, dk_atomic_file_get_stream (file), A4_WIDTH, A4_HEIGHT);
  cr = cairo_create (surface);
  n = dk_print_doc_paginate (self, A4_WIDTH, A4_HEIGHT);
  for (guint page = 0; page < n; page++)
    {
      dk_print_doc_draw_page (self, cr, page, A4_WIDTH, A4_HEIGHT);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”: %s"), path, cairo_status_to_string (status));
      return FALSE;
    }
  return dk_atomic_file_commit (file, error);
}
