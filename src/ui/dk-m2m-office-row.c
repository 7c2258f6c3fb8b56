/* dk-m2m-office-row.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An office's row in the M2M figures dialog: its name and code, and two counts to type,
 * its devices and how many of them are active.
 */
#define G_LOG_DOMAIN "dk-m2m-office-row"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-m2m-office-row.h"

struct _DkM2mOfficeRow
{
  AdwActionRow   parent_instance;

  GtkSpinButton *devices_spin;
  GtkSpinButton *active_spin;

  char          *kode;
};

G_DEFINE_FINAL_TYPE (DkM2mOfficeRow, dk_m2m_office_row, ADW_TYPE_ACTION_ROW)

static void
dk_m2m_office_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_M2M_OFFICE_ROW);
  G_OBJECT_CLASS (dk_m2m_office_row_parent_class)->dispose (object);
}

static void
dk_m2m_office_row_finalize (GObject *object)
{
  g_free (DK_M2M_OFFICE_ROW (object)->kode);
  G_OBJECT_CLASS (dk_m2m_office_row_parent_class)->finalize (object);
}

static void
dk_m2m_office_row_class_init (DkM2mOfficeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_m2m_office_row_dispose;
  object_class->finalize = dk_m2m_office_row_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-m2m-office-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DkM2mOfficeRow, devices_spin);
  gtk_widget_class_bind_template_child (widget_class, DkM2mOfficeRow, active_spin);
}

static void
dk_m2m_office_row_init (DkM2mOfficeRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_m2m_office_row_new:
 * @kode: the office's region code, shown under its name
 * @wilayah: its name
 *
 * Returns: (transfer floating): the row, its counts at 0
 */
DkM2mOfficeRow *
dk_m2m_office_row_new (const char *kode,
                       const char *wilayah)
{
  DkM2mOfficeRow *self = g_object_new (DK_TYPE_M2M_OFFICE_ROW, "title", wilayah, "subtitle", kode, NULL);
  g_autofree char *devices_label = g_strdup_printf (_("%s: devices"), wilayah);
  g_autofree char *active_label = g_strdup_printf (_("%s: active devices"), wilayah);

  self->kode = g_strdup (kode);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->devices_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  devices_label, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->active_spin), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  active_label, -1);
  return self;
}

const char *
dk_m2m_office_row_get_kode (DkM2mOfficeRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_OFFICE_ROW (self), NULL);
  return self->kode;
}

const char *
dk_m2m_office_row_get_wilayah (DkM2mOfficeRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_OFFICE_ROW (self), NULL);
  return adw_preferences_row_get_title (ADW_PREFERENCES_ROW (self));
}

int
dk_m2m_office_row_get_devices (DkM2mOfficeRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_OFFICE_ROW (self), 0);
  return gtk_spin_button_get_value_as_int (self->devices_spin);
}

int
dk_m2m_office_row_get_active (DkM2mOfficeRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_OFFICE_ROW (self), 0);
  return gtk_spin_button_get_value_as_int (self->active_spin);
}

void
dk_m2m_office_row_set_figures (DkM2mOfficeRow *self,
                               int             devices,
                               int             active)
{
  g_return_if_fail (DK_IS_M2M_OFFICE_ROW (self));
  gtk_spin_button_set_value (self->devices_spin, devices);
  gtk_spin_button_set_value (self->active_spin, active);
}

/* Puts the focus on the active devices, the count a refused entry is about */
void
dk_m2m_office_row_focus_active (DkM2mOfficeRow *self)
{
  g_return_if_fail (DK_IS_M2M_OFFICE_ROW (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->active_spin));
}
