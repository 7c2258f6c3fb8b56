/* dk-chart-row.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One item of a chart (a bar, a point) as a row of text: its label, its values written
 * as the chart writes them and, when the chart has a target, whether it meets it.
 */
#define G_LOG_DOMAIN "dk-chart-row"

#include "config.h"

#include "dk-chart-row.h"

struct _DkChartRow
{
  GObject             parent_instance;
  int                 item;
  GStrv               cells;
  DkChartTargetState  target;
  char               *description;
};

G_DEFINE_FINAL_TYPE (DkChartRow, dk_chart_row, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LABEL,
  PROP_DESCRIPTION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dk_chart_row_finalize (GObject *object)
{
  DkChartRow *self = (DkChartRow *) object;

  g_strfreev (self->cells);
  g_free (self->description);
  G_OBJECT_CLASS (dk_chart_row_parent_class)->finalize (object);
}

static void
dk_chart_row_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DkChartRow *self = DK_CHART_ROW (object);

  switch (prop_id)
    {
    case PROP_LABEL:
      g_value_set_string (value, dk_chart_row_get_label (self));
      break;
    case PROP_DESCRIPTION:
      g_value_set_string (value, dk_chart_row_get_description (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_chart_row_class_init (DkChartRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dk_chart_row_finalize;
  object_class->get_property = dk_chart_row_get_property;

  properties[PROP_LABEL] =
    g_param_spec_string ("label", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DESCRIPTION] =
    g_param_spec_string ("description", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dk_chart_row_init (DkChartRow *self)
{
}

/**
 * dk_chart_row_new:
 * @item: the chart's item number, as dk_chart_describe_item() takes it
 * @cells: (array zero-terminated=1): the row's text, one per column of its table; the
 *   first is the item's label
 * @target: whether the item meets the chart's target
 * @description: (nullable): the item described in words, as its tooltip says it
 *
 * Returns: (transfer full): a row
 */
DkChartRow *
dk_chart_row_new (int                 item,
                  const char * const *cells,
                  DkChartTargetState  target,
                  const char         *description)
{
  DkChartRow *self;

  g_return_val_if_fail (cells != NULL && cells[0] != NULL, NULL);

  self = g_object_new (DK_TYPE_CHART_ROW, NULL);
  self->item = item;
  self->cells = g_strdupv ((char **) cells);
  self->target = target;
  self->description = g_strdup (description);
  return self;
}

int
dk_chart_row_get_item (DkChartRow *self)
{
  g_return_val_if_fail (DK_IS_CHART_ROW (self), -1);
  return self->item;
}

const char *
dk_chart_row_get_label (DkChartRow *self)
{
  g_return_val_if_fail (DK_IS_CHART_ROW (self), NULL);
  return self->cells[0];
}

guint
dk_chart_row_get_n_cells (DkChartRow *self)
{
  g_return_val_if_fail (DK_IS_CHART_ROW (self), 0);
  return g_strv_length (self->cells);
}

/**
 * dk_chart_row_get_cell:
 *
 * Returns: (nullable): the text in @column, %NULL past the last column
 */
const char *
dk_chart_row_get_cell (DkChartRow *self,
                       guint       column)
{
  g_return_val_if_fail (DK_IS_CHART_ROW (self), NULL);
  if (column >= g_strv_length (self->cells))
    return NULL;
  return self->cells[column];
}

DkChartTargetState
dk_chart_row_get_target_state (DkChartRow *self)
{
  g_return_val_if_fail (DK_IS_CHART_ROW (self), DK_CHART_TARGET_NONE);
  return self->target;
}

/**
 * dk_chart_row_get_description:
 *
 * Returns: (nullable): the item in words
 */
const char *
dk_chart_row_get_description (DkChartRow *self)
{
  g_return_val_if_fail (DK_IS_CHART_ROW (self), NULL);
  return self->description;
}
