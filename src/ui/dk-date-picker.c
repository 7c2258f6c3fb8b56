/* dk-date-picker.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "As of [date ▾]": picks one of the dates a table has figures for, newest first. With a
 * single date there is nothing to pick and the picker hides itself; its drop-down, which
 * is costly to build at start-up, is only made when a second date arrives.
 */
#define G_LOG_DOMAIN "dk-date-picker"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-date-picker.h"
#include "dk-format.h"

struct _DkDatePicker
{
  GtkWidget    parent_instance;
  GtkWidget   *box;
  GtkLabel    *label;
  GtkDropDown *dropdown;
  GStrv        dates;     /* oldest first, as the store lists them */
  gboolean     filling;
};

G_DEFINE_FINAL_TYPE (DkDatePicker, dk_date_picker, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_SELECTED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
selected_cb (DkDatePicker *self)
{
  if (!self->filling)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

static void
ensure_dropdown (DkDatePicker *self)
{
  if (self->dropdown != NULL)
    return;
  self->dropdown = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (gtk_string_list_new (NULL)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->dropdown), _("Date of the figures"));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->dropdown));
  gtk_label_set_mnemonic_widget (self->label, GTK_WIDGET (self->dropdown));
  g_signal_connect_object (self->dropdown, "notify::selected", G_CALLBACK (selected_cb), self, G_CONNECT_SWAPPED);
}

static void
dk_date_picker_dispose (GObject *object)
{
  DkDatePicker *self = (DkDatePicker *) object;

  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (dk_date_picker_parent_class)->dispose (object);
}

static void
dk_date_picker_finalize (GObject *object)
{
  g_strfreev (DK_DATE_PICKER (object)->dates);
  G_OBJECT_CLASS (dk_date_picker_parent_class)->finalize (object);
}

static void
dk_date_picker_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  switch (prop_id)
    {
    case PROP_SELECTED:
      g_value_set_string (value, dk_date_picker_get_selected (DK_DATE_PICKER (object)));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_date_picker_class_init (DkDatePickerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dk_date_picker_dispose;
  object_class->finalize = dk_date_picker_finalize;
  object_class->get_property = dk_date_picker_get_property;

  /**
   * DkDatePicker:selected:
   *
   * The picked date, YYYY-MM-DD; the newest after dk_date_picker_set_dates().
   */
  properties[PROP_SELECTED] = g_param_spec_string ("selected", NULL, NULL, NULL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  gtk_widget_class_set_layout_manager_type (GTK_WIDGET_CLASS (klass), GTK_TYPE_BIN_LAYOUT);
}

static void
dk_date_picker_init (DkDatePicker *self)
{
  self->box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->label = GTK_LABEL (gtk_label_new_with_mnemonic (_("_As of")));
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->label));
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_CENTER);
  gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
}

/**
 * dk_date_picker_set_dates:
 * @dates: (array zero-terminated=1): the dates, oldest first
 *
 * Offers @dates and selects the newest, without notifying.
 */
void
dk_date_picker_set_dates (DkDatePicker       *self,
                          const char * const *dates)
{
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint n;

  g_return_if_fail (DK_IS_DATE_PICKER (self));

  g_strfreev (self->dates);
  self->dates = g_strdupv ((char **) dates);
  n = self->dates != NULL ? g_strv_length (self->dates) : 0;
  gtk_widget_set_visible (GTK_WIDGET (self), n > 1);
  if (n < 2)
    return;

  for (guint i = n; i-- > 0;)
    {
      g_autofree char *label = dk_format_date_long (self->dates[i]);

      gtk_string_list_append (labels, label);
    }
  ensure_dropdown (self);
  self->filling = TRUE;
  gtk_drop_down_set_model (self->dropdown, G_LIST_MODEL (labels));
  gtk_drop_down_set_selected (self->dropdown, 0);
  self->filling = FALSE;
}

/**
 * dk_date_picker_get_selected:
 *
 * Returns: (nullable): the picked date, or %NULL without dates
 */
const char *
dk_date_picker_get_selected (DkDatePicker *self)
{
  guint n;

  g_return_val_if_fail (DK_IS_DATE_PICKER (self), NULL);
  n = self->dates != NULL ? g_strv_length (self->dates) : 0;
  if (n == 0)
    return NULL;
  if (self->dropdown == NULL)
    return self->dates[n - 1];
  return self->dates[n - 1 - MIN (gtk_drop_down_get_selected (self->dropdown), n - 1)];
}

/**
 * dk_date_picker_is_latest:
 *
 * Returns: whether the latest date is picked (or there is no other)
 */
gboolean
dk_date_picker_is_latest (DkDatePicker *self)
{
  g_return_val_if_fail (DK_IS_DATE_PICKER (self), TRUE);
  return self->dropdown == NULL || gtk_drop_down_get_selected (self->dropdown) == 0;
}

/**
 * dk_date_picker_select:
 *
 * Picks @date, as the user would.
 *
 * Returns: %TRUE if @date is one of the dates
 */
gboolean
dk_date_picker_select (DkDatePicker *self,
                       const char   *date)
{
  guint n;

  g_return_val_if_fail (DK_IS_DATE_PICKER (self), FALSE);
  n = self->dates != NULL ? g_strv_length (self->dates) : 0;
  for (guint i = 0; i < n && self->dropdown != NULL; i++)
    if (g_str_equal (self->dates[i], date))
      {
        gtk_drop_down_set_selected (self->dropdown, n - 1 - i);
        return TRUE;
      }
  return FALSE;
}
