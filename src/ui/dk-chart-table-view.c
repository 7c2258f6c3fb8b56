/* dk-chart-table-view.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A chart shown as a table: the alternative to the drawing for a screen-reader or
 * keyboard user, or anyone who wants the exact figures. The rows come from the chart
 * itself (dk_chart_to_table), so the table always says what the drawing shows.
 */
#define G_LOG_DOMAIN "dk-chart-table-view"

#include "config.h"

#include "dk-chart-table-view.h"

struct _DkChartTableView
{
  GtkWidget      parent_instance;
  GtkWidget     *frame;
  GtkColumnView *column_view;
  DkChart       *chart;
  gulong         changed_id;
  DkChartTable  *table;
  gboolean       stale;    /* the chart changed while the table was hidden */
};

G_DEFINE_FINAL_TYPE (DkChartTableView, dk_chart_table_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHART,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
setup_cell_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_list_item_set_child (item, label);
}

static void
setup_value_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  gtk_list_item_set_child (item, label);
}

/* The column's number travels as the handler's data: each column has its own factory. */
static void
bind_text_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  column)
{
  DkChartRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  gtk_label_set_text (GTK_LABEL (label), dk_chart_row_get_cell (row, GPOINTER_TO_UINT (column)));
}

/* The item's label carries its whole description, as the chart's tooltip does. */
static void
bind_label_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  column)
{
  DkChartRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  const char *description = dk_chart_row_get_description (row);

  bind_text_cb (factory, item, column);
  gtk_widget_set_tooltip_text (label, description);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  description != NULL ? description : "", -1);
}

static void
bind_target_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  column)
{
  DkChartRow *row = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  DkChartTargetState state = dk_chart_row_get_target_state (row);

  bind_text_cb (factory, item, column);
  gtk_widget_remove_css_class (label, "success");
  gtk_widget_remove_css_class (label, "warning");
  gtk_widget_add_css_class (label, state == DK_CHART_TARGET_MET ? "success" : "warning");
}

static void
remove_columns (DkChartTableView *self)
{
  GListModel *columns = gtk_column_view_get_columns (self->column_view);

  while (g_list_model_get_n_items (columns) > 0)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 0);

      gtk_column_view_remove_column (self->column_view, column);
    }
}

static void
add_column (DkChartTableView *self,
            guint             c)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkColumnViewColumn) column = NULL;
  DkChartColumnKind kind = dk_chart_table_get_column_kind (self->table, c);

  g_signal_connect (factory, "setup", kind == DK_CHART_COLUMN_VALUE ? G_CALLBACK (setup_value_cb)
                                                                     : G_CALLBACK (setup_cell_cb), NULL);
  g_signal_connect (factory, "bind", kind == DK_CHART_COLUMN_LABEL ? G_CALLBACK (bind_label_cb)
                                     : kind == DK_CHART_COLUMN_TARGET ? G_CALLBACK (bind_target_cb)
                                     : G_CALLBACK (bind_text_cb), GUINT_TO_POINTER (c));
  column = gtk_column_view_column_new (dk_chart_table_get_heading (self->table, c), g_steal_pointer (&factory));
  gtk_column_view_column_set_expand (column, kind == DK_CHART_COLUMN_LABEL);
  gtk_column_view_append_column (self->column_view, column);
}

static void
rebuild (DkChartTableView *self)
{
  g_autoptr(GtkNoSelection) selection = NULL;

  self->stale = FALSE;
  gtk_column_view_set_model (self->column_view, NULL);
  remove_columns (self);
  g_clear_object (&self->table);
  if (self->chart == NULL)
    return;
  self->table = dk_chart_to_table (self->chart);
  for (guint c = 0; c < dk_chart_table_get_n_columns (self->table); c++)
    add_column (self, c);
  selection = gtk_no_selection_new (g_object_ref (dk_chart_table_get_rows (self->table)));
  gtk_column_view_set_model (self->column_view, GTK_SELECTION_MODEL (selection));
}

/* Only a table on screen follows the chart at once; a hidden one catches up when shown. */
static void
chart_changed_cb (DkChartTableView *self)
{
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    rebuild (self);
  else
    self->stale = TRUE;
}

static void
dk_chart_table_view_map (GtkWidget *widget)
{
  DkChartTableView *self = DK_CHART_TABLE_VIEW (widget);

  if (self->stale)
    rebuild (self);
  GTK_WIDGET_CLASS (dk_chart_table_view_parent_class)->map (widget);
}

static void
dk_chart_table_view_dispose (GObject *object)
{
  DkChartTableView *self = (DkChartTableView *) object;

  if (self->chart != NULL)
    g_clear_signal_handler (&self->changed_id, self->chart);
  g_clear_object (&self->chart);
  g_clear_object (&self->table);
  g_clear_pointer (&self->frame, gtk_widget_unparent);
  G_OBJECT_CLASS (dk_chart_table_view_parent_class)->dispose (object);
}

static void
dk_chart_table_view_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_CHART:
      g_value_set_object (value, dk_chart_table_view_get_chart (DK_CHART_TABLE_VIEW (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_chart_table_view_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  switch (prop_id)
    {
    case PROP_CHART:
      dk_chart_table_view_set_chart (DK_CHART_TABLE_VIEW (object), g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_chart_table_view_class_init (DkChartTableViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_chart_table_view_dispose;
  object_class->get_property = dk_chart_table_view_get_property;
  object_class->set_property = dk_chart_table_view_set_property;
  widget_class->map = dk_chart_table_view_map;

  properties[PROP_CHART] =
    g_param_spec_object ("chart", NULL, NULL, DK_TYPE_CHART,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "charttable");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dk_chart_table_view_init (DkChartTableView *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_column_view_set_show_column_separators (self->column_view, TRUE);
  gtk_column_view_set_reorderable (self->column_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->column_view));
  self->frame = gtk_frame_new (NULL);
  gtk_frame_set_child (GTK_FRAME (self->frame), scrolled);
  gtk_widget_set_parent (self->frame, GTK_WIDGET (self));
}

/**
 * dk_chart_table_view_get_chart:
 *
 * Returns: (transfer none) (nullable): the chart shown as a table
 */
DkChart *
dk_chart_table_view_get_chart (DkChartTableView *self)
{
  g_return_val_if_fail (DK_IS_CHART_TABLE_VIEW (self), NULL);
  return self->chart;
}

void
dk_chart_table_view_set_chart (DkChartTableView *self,
                               DkChart          *chart)
{
  g_return_if_fail (DK_IS_CHART_TABLE_VIEW (self));
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

/**
 * dk_chart_table_view_get_table:
 *
 * Returns: (transfer none) (nullable): the table shown, once the view has been shown
 */
DkChartTable *
dk_chart_table_view_get_table (DkChartTableView *self)
{
  g_return_val_if_fail (DK_IS_CHART_TABLE_VIEW (self), NULL);
  return self->table;
}

/**
 * dk_chart_table_view_get_column_view:
 *
 * Returns: (transfer none): the column view showing the rows
 */
GtkColumnView *
dk_chart_table_view_get_column_view (DkChartTableView *self)
{
  g_return_val_if_fail (DK_IS_CHART_TABLE_VIEW (self), NULL);
  return self->column_view;
}
