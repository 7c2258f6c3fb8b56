/* dk-pks-chart.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The agreements' terms on a time line: a row per agreement, a bar from its signing to its
 * end (after extensions), coloured by what it needs (in term, ending within 90 days, past
 * its end with access on, over), and the as-of date as a vertical line. Also the printed
 * list of the agreements ending in the next three months, for the Kadis's reminder letter.
 */
#define G_LOG_DOMAIN "dk-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "dk-chart-private.h"
#include "dk-pks-chart.h"

typedef enum
{
  KIND_IN_TERM,
  KIND_EXPIRING,
  KIND_SWITCH_OFF,
  KIND_OVER,
  N_KINDS
} Kind;

typedef struct
{
  char   *label;
  char   *tooltip;
  double  start;    /* julian days */
  double  end;      /* julian days, the day after the last */
  Kind    kind;
} Item;

struct _DkPksChart
{
  DkChart  parent_instance;
  GArray  *items;
  double   as_of;
  double   from, to;
  char    *as_of_label;
};

G_DEFINE_FINAL_TYPE (DkPksChart, dk_pks_chart, DK_TYPE_CHART)

typedef struct
{
  double label_width;
  double left, right, top, row_height;
} Layout;

static void
clear_item (gpointer data)
{
  Item *item = data;

  g_free (item->label);
  g_free (item->tooltip);
}

static double
julian (const char *iso)
{
  GDate date;

  return dk_date_parse_iso (iso, &date) ? (double) g_date_get_julian (&date) : NAN;
}

static const DkRgba *
kind_color (const DkChartStyle *style,
            Kind                kind)
{
  switch (kind)
    {
    case KIND_EXPIRING:
      return &style->bad;
    case KIND_SWITCH_OFF:
      return &style->series[2];
    case KIND_OVER:
      return &style->series[1];
    case KIND_IN_TERM:
    default:
      return &style->good;
    }
}

static void
compute_layout (DkPksChart         *self,
                const DkChartStyle *style,
                double              width,
                double              height,
                Layout             *l)
{
  double widest = 0;

  for (guint i = 0; i < self->items->len; i++)
    {
      g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.9, FALSE, g_array_index (self->items, Item, i).label);
      double w, h;

      _dk_chart_text_size (layout, &w, &h);
      widest = MAX (widest, w);
    }
  l->label_width = MIN (widest, width * 0.38);
  l->left = l->label_width + style->font_size;
  l->right = width - style->font_size;
  l->top = _dk_chart_header_height (DK_CHART (self), style) + style->font_size * 3.4;
  l->row_height = self->items->len > 0
                    ? CLAMP ((height - l->top - style->font_size * 2.4) / self->items->len, 4, style->font_size * 3.5)
                    : 0;
}

static double
day_to_px (const DkPksChart *self,
           const Layout     *l,
           double            day)
{
  if (self->to <= self->from)
    return l->left;
  return l->left + (day - self->from) / (self->to - self->from) * (l->right - l->left);
}

static void
draw_years (DkPksChart         *self,
            cairo_t            *cr,
            const DkChartStyle *style,
            const Layout       *l,
            double              bottom)
{
  GDate date;
  guint first, last;

  g_date_clear (&date, 1);
  g_date_set_julian (&date, (guint32) self->from);
  first = g_date_get_year (&date) + 1;
  g_date_set_julian (&date, (guint32) self->to);
  last = g_date_get_year (&date);
  for (guint year = first; year <= last; year++)
    {
      g_autofree char *text = g_strdup_printf ("%u", year);
      g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.85, FALSE, text);
      double x;

      g_date_set_dmy (&date, 1, G_DATE_JANUARY, year);
      x = round (day_to_px (self, l, g_date_get_julian (&date))) + 0.5;
      dk_cairo_set_source_rgba (cr, &style->grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, x, l->top);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      dk_cairo_set_source_rgba (cr, &style->foreground);
      _dk_chart_show_text (cr, layout, x, bottom + style->font_size * 0.3, DK_ANCHOR_CENTER, DK_ANCHOR_START, 0);
    }
}

static void
draw_rows (DkPksChart         *self,
           cairo_t            *cr,
           const DkChartStyle *style,
           const Layout       *l)
{
  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      double y = l->top + i * l->row_height;
      double x0 = day_to_px (self, l, item->start), x1 = day_to_px (self, l, item->end);
      double bar = MAX (2, MIN (l->row_height * 0.6, style->font_size * 1.4));

      if (l->row_height >= style->font_size * 1.1)
        {
          g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.9, FALSE, item->label);

          pango_layout_set_width (layout, (int) (l->label_width * PANGO_SCALE));
          pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
          dk_cairo_set_source_rgba (cr, &style->foreground);
          _dk_chart_show_text (cr, layout, 0, y + l->row_height / 2, DK_ANCHOR_START, DK_ANCHOR_CENTER, 0);
        }
      dk_cairo_set_source_rgba (cr, kind_color (style, item->kind));
      cairo_rectangle (cr, x0, y + (l->row_height - bar) / 2, MAX (x1 - x0, 2), bar);
      cairo_fill_preserve (cr);
      if (style->outline_width > 0)
        {
          dk_cairo_set_source_rgba (cr, &style->foreground);
          cairo_set_line_width (cr, style->outline_width);
          cairo_stroke (cr);
        }
      cairo_new_path (cr);
    }
}

static void
draw_as_of (DkPksChart         *self,
            cairo_t            *cr,
            const DkChartStyle *style,
            const Layout       *l,
            double              bottom)
{
  double x = round (day_to_px (self, l, self->as_of)) + 0.5;
  g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 0.85, TRUE, self->as_of_label);

  dk_cairo_set_source_rgba (cr, &style->target);
  cairo_set_line_width (cr, 2);
  cairo_move_to (cr, x, l->top - style->font_size * 0.4);
  cairo_line_to (cr, x, bottom);
  cairo_stroke (cr);
  _dk_chart_show_text (cr, layout, x, l->top - style->font_size * 0.5, DK_ANCHOR_CENTER, DK_ANCHOR_END, 0);
}

static void
dk_pks_chart_draw (DkChart            *chart,
                   cairo_t            *cr,
                   const DkChartStyle *style,
                   double              width,
                   double              height)
{
  DkPksChart *self = DK_PKS_CHART (chart);
  const char *labels[] = { _("In term"), _("Ends within 90 days"), _("Ended, access on"), _("Ended or over") };
  DkRgba colors[N_KINDS];
  double header, bottom;
  Layout l;

  for (guint k = 0; k < N_KINDS; k++)
    colors[k] = *kind_color (style, k);
  header = _dk_chart_draw_header (chart, cr, style, width);
  _dk_chart_draw_legend (cr, style, width, header + style->font_size * 0.7, labels, colors, NULL, N_KINDS);
  if (self->items->len == 0)
    {
      g_autoptr(PangoLayout) layout = _dk_chart_new_layout (style, 1, FALSE, _("No agreement is recorded yet"));

      dk_cairo_set_source_rgba (cr, &style->foreground);
      _dk_chart_show_text (cr, layout, width / 2, height / 2, DK_ANCHOR_CENTER, DK_ANCHOR_CENTER, 0);
      return;
    }
  compute_layout (self, style, width, height, &l);
  bottom = l.top + self->items->len * l.row_height;
  draw_years (self, cr, style, &l, bottom);
  draw_rows (self, cr, style, &l);
  draw_as_of (self, cr, style, &l, bottom);
}

static int
dk_pks_chart_item_at (DkChart *chart,
                      double   width,
                      double   height,
                      double   x,
                      double   y)
{
  DkPksChart *self = DK_PKS_CHART (chart);
  DkChartStyle style;
  Layout l;
  int row;

  dk_chart_style_init (&style, FALSE);
  compute_layout (self, &style, width, height, &l);
  if (l.row_height <= 0 || y < l.top)
    return -1;
  row = (int) ((y - l.top) / l.row_height);
  return row < (int) self->items->len ? row : -1;
}

static char *
dk_pks_chart_describe_item (DkChart *chart,
                            int      item)
{
  DkPksChart *self = DK_PKS_CHART (chart);

  if (item < 0 || (guint) item >= self->items->len)
    return NULL;
  return g_strdup (g_array_index (self->items, Item, item).tooltip);
}

static char *
dk_pks_chart_describe (DkChart *chart)
{
  DkPksChart *self = DK_PKS_CHART (chart);
  GString *text = g_string_new (dk_chart_get_title (chart));

  if (text->len > 0)
    g_string_append (text, ". ");
  for (guint i = 0; i < self->items->len; i++)
    g_string_append_printf (text, "%s%s", g_array_index (self->items, Item, i).tooltip,
                            i + 1 < self->items->len ? "; " : ".");
  return g_string_free (text, FALSE);
}

static DkChartTable *
dk_pks_chart_to_table (DkChart *chart)
{
  DkPksChart *self = DK_PKS_CHART (chart);
  g_autoptr(DkChartTable) table = dk_chart_table_new ();

  dk_chart_table_add_column (table, DK_CHART_COLUMN_LABEL, C_("column", "Agreement"));
  dk_chart_table_add_column (table, DK_CHART_COLUMN_LABEL, C_("column", "Term"));
  for (guint i = 0; i < self->items->len; i++)
    {
      const Item *item = &g_array_index (self->items, Item, i);
      const char *sep = strchr (item->tooltip, ':');
      g_autofree char *term = g_strdup (sep != NULL ? sep + 2 : item->tooltip);
      const char *cells[] = { item->label, term };

      dk_chart_table_add_row (table, (int) i, cells,
                              item->kind == KIND_IN_TERM ? DK_CHART_TARGET_MET : DK_CHART_TARGET_MISSED, item->tooltip);
    }
  return g_steal_pointer (&table);
}

static double
dk_pks_chart_get_min_width (DkChart *chart)
{
  return 480;
}

static void
dk_pks_chart_finalize (GObject *object)
{
  DkPksChart *self = (DkPksChart *) object;

  g_array_unref (self->items);
  g_free (self->as_of_label);
  G_OBJECT_CLASS (dk_pks_chart_parent_class)->finalize (object);
}

static void
dk_pks_chart_class_init (DkPksChartClass *klass)
{
  DkChartClass *chart_class = DK_CHART_CLASS (klass);

  G_OBJECT_CLASS (klass)->finalize = dk_pks_chart_finalize;
  chart_class->draw = dk_pks_chart_draw;
  chart_class->item_at = dk_pks_chart_item_at;
  chart_class->describe_item = dk_pks_chart_describe_item;
  chart_class->describe = dk_pks_chart_describe;
  chart_class->get_min_width = dk_pks_chart_get_min_width;
  chart_class->to_table = dk_pks_chart_to_table;
}

static void
dk_pks_chart_init (DkPksChart *self)
{
  self->items = g_array_new (FALSE, TRUE, sizeof (Item));
  g_array_set_clear_func (self->items, clear_item);
}

static Kind
kind_of (const DkPksAgreement *a)
{
  if (a->status == DK_PKS_STATUS_MUST_SWITCH_OFF)
    return KIND_SWITCH_OFF;
  if (a->status == DK_PKS_STATUS_ENDED || a->status == DK_PKS_STATUS_EXPIRED)
    return KIND_OVER;
  return dk_pks_is_expiring (a, DK_PKS_EXPIRING_DAYS) ? KIND_EXPIRING : KIND_IN_TERM;
}

static void
add_item (DkPksChart           *self,
          const DkPksAgreement *a)
{
  g_autofree char *from = dk_format_date_long (a->ditandatangani), *to = dk_format_date_long (a->berakhir);
  Item item = { 0 };

  item.label = g_strdup_printf ("%s · %s", a->lembaga, a->nomor);
  /* Translators: a bar of the agreements' time line: institution · number: signed – end, status */
  item.tooltip = g_strdup_printf (_("%s: %s – %s, %s"), item.label, from, to, dk_pks_status_label (a->status));
  item.start = julian (a->ditandatangani);
  item.end = julian (a->berakhir) + 1;
  item.kind = kind_of (a);
  self->from = self->items->len == 0 ? item.start : MIN (self->from, item.start);
  self->to = self->items->len == 0 ? item.end : MAX (self->to, item.end);
  g_array_append_val (self->items, item);
}

/**
 * dk_pks_chart_new:
 * @agreements: (element-type DkPksAgreement): agreements as of one date
 *
 * Returns: (transfer full): the time line of their terms, in the order given
 */
DkPksChart *
dk_pks_chart_new (GPtrArray            *agreements,
                  const DkNumberFormat *format)
{
  DkPksChart *self = g_object_new (DK_TYPE_PKS_CHART, NULL);

  g_return_val_if_fail (agreements != NULL, self);

  dk_chart_set_number_format (DK_CHART (self), format);
  dk_chart_set_item_heading (DK_CHART (self), C_("column", "Agreement"));
  for (guint i = 0; i < agreements->len; i++)
    add_item (self, g_ptr_array_index (agreements, i));
  if (agreements->len > 0)
    {
      const DkPksAgreement *a = g_ptr_array_index (agreements, 0);
      double pad;

      self->as_of = julian (a->as_of);
      self->from = MIN (self->from, self->as_of);
      self->to = MAX (self->to, self->as_of + 1);
      pad = MAX (15, (self->to - self->from) * 0.02);
      self->from -= pad;
      self->to += pad;
      self->as_of_label = dk_format_date_long (a->as_of);
    }
  return self;
}

guint
dk_pks_chart_get_n_items (DkPksChart *self)
{
  g_return_val_if_fail (DK_IS_PKS_CHART (self), 0);
  return self->items->len;
}

/* ------------------------------------------------------------- print */

/**
 * dk_pks_quarter_end:
 *
 * Returns: (transfer full): the last day of the next three months from @as_of (the day
 *   before the same day three months later, as a term's end is counted)
 */
char *
dk_pks_quarter_end (const char *as_of)
{
  char out[11];

  g_return_val_if_fail (as_of != NULL, NULL);
  if (!dk_pks_term_end (as_of, 3, out))
    return g_strdup (as_of);
  return g_strdup (out);
}

static void
add_rows (DkPrintDoc           *doc,
          GPtrArray            *agreements,
          const DkNumberFormat *format,
          gboolean              switch_off)
{
  guint n = 0;

  for (guint i = 0; i < agreements->len; i++)
    {
      const DkPksAgreement *a = g_ptr_array_index (agreements, i);
      g_autofree char *no = NULL, *ends = NULL, *days = NULL;
      g_autofree char *quarter_end = dk_pks_quarter_end (a->as_of);

      if (switch_off ? a->status != DK_PKS_STATUS_MUST_SWITCH_OFF
                     : (a->days_left < 0 || a->status == DK_PKS_STATUS_ENDED || strcmp (a->berakhir, quarter_end) > 0))
        continue;
      no = g_strdup_printf ("%u", ++n);
      ends = dk_format_date_long (a->berakhir);
      days = dk_format_int (format, ABS (a->days_left));
      {
        const char *cells[] = { no, a->lembaga, a->nomor, ends, days,
                                dk_pks_mechanism_label (a->mechanism), dk_pks_status_label (a->status) };

        dk_print_doc_add_row (doc, cells, FALSE);
      }
    }
  if (n == 0)
    {
      const char *cells[] = { "", switch_off ? _("None") : _("No agreement ends in these three months"), "", "", "",
                              "", "" };

      dk_print_doc_add_row (doc, cells, FALSE);
    }
}

/**
 * dk_pks_print_doc_new:
 * @agreements: (element-type DkPksAgreement): agreements as of @as_of
 *
 * Returns: (transfer full): the list of the agreements ending from @as_of to the end of
 *   the next three months, and of those past their end whose access is still on, for the
 *   Kadis's letter of reminder
 */
DkPrintDoc *
dk_pks_print_doc_new (GPtrArray            *agreements,
                      const char           *as_of,
                      const DkNumberFormat *format)
{
  g_autofree char *from = dk_format_date_long (as_of), *end = dk_pks_quarter_end (as_of);
  g_autofree char *to = dk_format_date_long (end), *subtitle = NULL;
  const char *headings[] = { C_("column", "No"), C_("column", "Institution"), C_("column", "Number"),
                             C_("column", "Ends"), C_("column", "Days"), C_("column", "Access"),
                             C_("column", "Status") };
  const char *off_headings[] = { C_("column", "No"), C_("column", "Institution"), C_("column", "Number"),
                                 C_("column", "Ended"), C_("column", "Days"), C_("column", "Access"),
                                 C_("column", "Status") };
  const double widths[] = { 0.4, 2.2, 1.9, 1.9, 0.7, 1.3, 2.4 };
  DkPrintDoc *doc;

  g_return_val_if_fail (agreements != NULL && as_of != NULL, NULL);

  /* Translators: the printout's subtitle: from a date to a date */
  subtitle = g_strdup_printf (_("From %s to %s"), from, to);
  doc = dk_print_doc_new (_("Data-Access Agreements Ending in the Next Three Months"), subtitle);
  dk_print_doc_add_text (doc, _("Agreements (PKS) on the use of population data whose term ends in the next three "
                                "months: the institutions are to be reminded to apply for an extension, since an "
                                "agreement whose term has ended has its access switched off until the extension is "
                                "issued."));
  dk_print_doc_begin_table (doc, G_N_ELEMENTS (headings), headings, widths, "rlllrll");
  add_rows (doc, agreements, format, FALSE);
  dk_print_doc_add_text (doc, _("Agreements past their end whose access is still on: to be switched off."));
  dk_print_doc_begin_table (doc, G_N_ELEMENTS (off_headings), off_headings, widths, "rlllrll");
  add_rows (doc, agreements, format, TRUE);
  return doc;
}
