/* dk-metric-card.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A summary card: what is measured, its value large, and a line of context.
 */
#define G_LOG_DOMAIN "dk-metric-card"

#include "config.h"

#include "dk-metric-card.h"

struct _DkMetricCard
{
  GtkWidget  parent_instance;
  GtkLabel  *title_label;
  GtkLabel  *value_label;
  GtkLabel  *detail_label;
};

G_DEFINE_FINAL_TYPE (DkMetricCard, dk_metric_card, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_VALUE,
  PROP_DETAIL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
update_accessible (DkMetricCard *self)
{
  g_autofree char *label = g_strdup_printf ("%s: %s. %s", gtk_label_get_text (self->title_label),
                                            gtk_label_get_text (self->value_label),
                                            gtk_label_get_text (self->detail_label));

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
dk_metric_card_dispose (GObject *object)
{
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_METRIC_CARD);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (object))) != NULL)
    gtk_widget_unparent (child);
  G_OBJECT_CLASS (dk_metric_card_parent_class)->dispose (object);
}

static void
dk_metric_card_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DkMetricCard *self = DK_METRIC_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, dk_metric_card_get_title (self));
      break;
    case PROP_VALUE:
      g_value_set_string (value, dk_metric_card_get_value (self));
      break;
    case PROP_DETAIL:
      g_value_set_string (value, gtk_label_get_text (self->detail_label));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_metric_card_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  DkMetricCard *self = DK_METRIC_CARD (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      dk_metric_card_set_title (self, g_value_get_string (value));
      break;
    case PROP_VALUE:
      dk_metric_card_set_value (self, g_value_get_string (value));
      break;
    case PROP_DETAIL:
      dk_metric_card_set_detail (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_metric_card_class_init (DkMetricCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = dk_metric_card_dispose;
  object_class->get_property = dk_metric_card_get_property;
  object_class->set_property = dk_metric_card_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_VALUE] = g_param_spec_string ("value", NULL, NULL, NULL, flags);
  properties[PROP_DETAIL] = g_param_spec_string ("detail", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-metric-card.ui");
  gtk_widget_class_bind_template_child (widget_class, DkMetricCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, DkMetricCard, value_label);
  gtk_widget_class_bind_template_child (widget_class, DkMetricCard, detail_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "metric-card");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dk_metric_card_init (DkMetricCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

void
dk_metric_card_set_title (DkMetricCard *self,
                          const char   *title)
{
  g_return_if_fail (DK_IS_METRIC_CARD (self));
  if (g_strcmp0 (gtk_label_get_text (self->title_label), title) == 0)
    return;
  gtk_label_set_text (self->title_label, title);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TITLE]);
}

const char *
dk_metric_card_get_title (DkMetricCard *self)
{
  g_return_val_if_fail (DK_IS_METRIC_CARD (self), NULL);
  return gtk_label_get_text (self->title_label);
}

void
dk_metric_card_set_value (DkMetricCard *self,
                          const char   *value)
{
  g_return_if_fail (DK_IS_METRIC_CARD (self));
  if (g_strcmp0 (gtk_label_get_text (self->value_label), value) == 0)
    return;
  gtk_label_set_text (self->value_label, value);
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VALUE]);
}

const char *
dk_metric_card_get_value (DkMetricCard *self)
{
  g_return_val_if_fail (DK_IS_METRIC_CARD (self), NULL);
  return gtk_label_get_text (self->value_label);
}

void
dk_metric_card_set_detail (DkMetricCard *self,
                           const char   *detail)
{
  g_return_if_fail (DK_IS_METRIC_CARD (self));
  if (g_strcmp0 (gtk_label_get_text (self->detail_label), detail) == 0)
    return;
  gtk_label_set_text (self->detail_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_label), detail != NULL && *detail != '\0');
  update_accessible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETAIL]);
}

/**
 * dk_metric_card_set_status:
 *
 * Colours the value: green when it is good news, orange when it is not.
 */
void
dk_metric_card_set_status (DkMetricCard   *self,
                           DkMetricStatus  status)
{
  GtkWidget *value = GTK_WIDGET (self->value_label);

  g_return_if_fail (DK_IS_METRIC_CARD (self));
  gtk_widget_remove_css_class (value, "success");
  gtk_widget_remove_css_class (value, "warning");
  if (status == DK_METRIC_GOOD)
    gtk_widget_add_css_class (value, "success");
  else if (status == DK_METRIC_BAD)
    gtk_widget_add_css_class (value, "warning");
}
