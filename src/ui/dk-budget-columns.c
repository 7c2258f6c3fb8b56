/* dk-budget-columns.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The columns of the budget's tree table: each cell shows one property of a
 * #DkBudgetLine held by a #GtkTreeListRow, written as the report writes it, the parent
 * rows (the sums) bold. The code column carries the expander.
 */
#define G_LOG_DOMAIN "dk-budget-columns"

#include "config.h"

#include "dk-budget-columns.h"
#include "dk-budget.h"
#include "dk-format.h"

typedef struct
{
  char               *property;
  DkBudgetColumnKind  kind;
} Column;

static void
column_free (gpointer data)
{
  Column *column = data;

  g_free (column->property);
  g_free (column);
}

/**
 * dk_budget_cell_text:
 * @line: a #DkBudgetLine
 *
 * Returns: (transfer full): the cell's text in the reader's number format
 */
char *
dk_budget_cell_text (GObject            *line,
                     const char         *property,
                     DkBudgetColumnKind  kind)
{
  g_auto(GValue) value = G_VALUE_INIT;
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  g_object_get_property (line, property, &value);
  switch (kind)
    {
    case DK_BUDGET_COLUMN_RUPIAH:
      /* the report writes "-" where nothing is left */
      return g_value_get_int64 (&value) == 0 ? g_strdup ("-") : dk_format_int (&fmt, g_value_get_int64 (&value));
    case DK_BUDGET_COLUMN_CHANGE:
      {
        gint64 v = g_value_get_int64 (&value);
        g_autofree char *n = dk_format_int (&fmt, v < 0 ? -v : v);

        return v == 0 ? g_strdup ("-") : g_strconcat (v < 0 ? "−" : "+", n, NULL);
      }
    case DK_BUDGET_COLUMN_PERCENT:
      return dk_format_percent_bp (&fmt, g_value_get_int (&value));
    case DK_BUDGET_COLUMN_CODE:
    case DK_BUDGET_COLUMN_TEXT:
    default:
      return g_value_dup_string (&value);
    }
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          Column                   *column)
{
  GtkWidget *label = gtk_label_new (NULL);

  if (column->kind == DK_BUDGET_COLUMN_CODE || column->kind == DK_BUDGET_COLUMN_TEXT)
    {
      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      /* in a narrow window the table scrolls sideways before the description becomes a
       * word and an ellipsis */
      if (column->kind == DK_BUDGET_COLUMN_TEXT)
        gtk_label_set_width_chars (GTK_LABEL (label), 18);
    }
  else
    {
      gtk_label_set_xalign (GTK_LABEL (label), 1);
      gtk_widget_add_css_class (label, "numeric");
    }
  if (column->kind == DK_BUDGET_COLUMN_CODE)
    {
      GtkWidget *expander = gtk_tree_expander_new ();

      gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), label);
      gtk_list_item_set_child (item, expander);
    }
  else
    gtk_list_item_set_child (item, label);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         Column                   *column)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *child = gtk_list_item_get_child (item);
  GObject *line = gtk_tree_list_row_get_item (row);
  g_autofree char *text = dk_budget_cell_text (line, column->property, column->kind);
  GtkWidget *label = child;

  if (column->kind == DK_BUDGET_COLUMN_CODE)
    {
      gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (child), row);
      label = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (child));
    }
  gtk_label_set_text (GTK_LABEL (label), text);
  if (column->kind == DK_BUDGET_COLUMN_TEXT || column->kind == DK_BUDGET_COLUMN_CODE)
    gtk_widget_set_tooltip_text (label, text);
  if (!dk_budget_line_get_is_leaf (DK_BUDGET_LINE (line)) || dk_budget_line_get_is_activity (DK_BUDGET_LINE (line)))
    gtk_widget_add_css_class (label, "heading");
  else
    gtk_widget_remove_css_class (label, "heading");
  g_object_unref (line);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           Column                   *column)
{
  if (column->kind == DK_BUDGET_COLUMN_CODE)
    gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (gtk_list_item_get_child (item)), NULL);
}

/**
 * dk_budget_column_new:
 * @title: the heading, translated
 * @property: the #DkBudgetLine property shown
 *
 * Returns: (transfer full): a column of the budget's tree table
 */
GtkColumnViewColumn *
dk_budget_column_new (const char         *title,
                      const char         *property,
                      DkBudgetColumnKind  kind)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  Column *column = g_new0 (Column, 1);

  column->property = g_strdup (property);
  column->kind = kind;
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), column);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), column);
  g_signal_connect_data (factory, "bind", G_CALLBACK (bind_cb), column,
                         (GClosureNotify) (void (*) (void)) column_free, 0);
  view_column = gtk_column_view_column_new (title, factory);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  return view_column;
}
