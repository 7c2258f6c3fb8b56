/* dk-columns.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Table columns for the dashboards: a cell bound to one property of the row object,
 * written in the user's number format, right-aligned when numeric, bold on a total
 * row (an item whose "is-total" property is true), and sortable by the property.
 */
#define G_LOG_DOMAIN "dk-columns"

#include "config.h"

#include "dk-columns.h"
#include "dk-format.h"

typedef struct
{
  char                *property;
  DkColumnKind         kind;
  GtkColumnViewColumn *view_column;   /* unowned: it owns the factory that owns this */
} Column;

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->property);
  g_free (column);
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (column->kind == DK_COLUMN_TEXT)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      /* Only the column that takes the spare width gives way in a narrow window; names
       * stay whole and the table scrolls sideways instead of cutting them. */
      if (gtk_column_view_column_get_expand (column->view_column))
        gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  gtk_list_item_set_child (item, label);
}

static gboolean
is_partial (GObject *object)
{
  gboolean partial = FALSE;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (object), "partial") != NULL)
    g_object_get (object, "partial", &partial, NULL);
  return partial;
}

static char *
format_cell (GObject      *object,
             const Column *column)
{
  DkNumberFormat fmt;
  g_auto(GValue) value = G_VALUE_INIT;

  if ((column->kind == DK_COLUMN_PERCENT_BP || column->kind == DK_COLUMN_SHORTFALL) && is_partial (object))
    return g_strdup ("—");
  dk_number_format_init_locale (&fmt);
  g_object_get_property (object, column->property, &value);
  switch (column->kind)
    {
    case DK_COLUMN_NUMBER:
      return g_value_get_uint (&value) > 0 ? g_strdup_printf ("%u", g_value_get_uint (&value)) : g_strdup ("");
    case DK_COLUMN_INT:
    case DK_COLUMN_SHORTFALL:
      return dk_format_int (&fmt, g_value_get_int64 (&value));
    case DK_COLUMN_RUPIAH:
      return dk_format_int (&fmt, g_value_get_int64 (&value));
    case DK_COLUMN_PERCENT_BP:
      return dk_format_percent_bp (&fmt, g_value_get_int (&value));
    case DK_COLUMN_TEXT:
    default:
      return g_value_dup_string (&value);
    }
}

static gboolean
is_total (GObject *object)
{
  gboolean total = FALSE;

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (object), "is-total") != NULL)
    g_object_get (object, "is-total", &total, NULL);
  return total;
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Column                   *column)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  GObject *object = gtk_list_item_get_item (item);
  g_autofree char *text = format_cell (object, column);

  gtk_label_set_text (GTK_LABEL (label), text);
  if (is_total (object))
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
}

static GtkSorter *
new_sorter (GType         item_type,
            const char   *property,
            DkColumnKind  kind)
{
  GtkExpression *expression = gtk_property_expression_new (item_type, NULL, property);

  if (kind == DK_COLUMN_TEXT)
    return GTK_SORTER (gtk_string_sorter_new (expression));
  return GTK_SORTER (gtk_numeric_sorter_new (expression));
}

/**
 * dk_column_new:
 * @title: the heading
 * @item_type: the type of the rows
 * @property: the row property the column shows
 * @kind: how the value is written
 *
 * Returns: (transfer full): a sortable column
 */
GtkColumnViewColumn *
dk_column_new (const char   *title,
               GType         item_type,
               const char   *property,
               DkColumnKind  kind)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  g_autoptr(GtkSorter) sorter = NULL;
  Column *column = g_new0 (Column, 1);

  column->property = g_strdup (property);
  column->kind = kind;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), column);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cb), column,
                         (GClosureNotify) (void (*) (void)) column_free, 0);

  view_column = gtk_column_view_column_new (title, factory);
  column->view_column = view_column;
  sorter = new_sorter (item_type, property, kind);
  gtk_column_view_column_set_sorter (view_column, sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  return view_column;
}
