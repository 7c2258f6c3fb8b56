/* dk-m2m-row.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkM2mRow: one office's M2M devices, a row of the report's table.
 */
#define G_LOG_DOMAIN "dk-m2m"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-m2m-private.h"
#include "dk-number.h"
#include "dk-region.h"
#include "dk-stated-internal.h"
#include "dk-store-internal.h"


G_DEFINE_FINAL_TYPE (DkM2mRow, dk_m2m_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_NUMBER,
  ROW_PROP_KODE,
  ROW_PROP_WILAYAH,
  ROW_PROP_PERANGKAT,
  ROW_PROP_AKTIF,
  ROW_PROP_TIDAK_AKTIF,
  ROW_PROP_KETERANGAN,
  ROW_PROP_IS_TOTAL,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

static void
dk_m2m_row_finalize (GObject *object)
{
  DkM2mRow *self = (DkM2mRow *) object;

  g_free (self->kode);
  g_free (self->wilayah);
  g_free (self->keterangan);
  G_OBJECT_CLASS (dk_m2m_row_parent_class)->finalize (object);
}

static void
dk_m2m_row_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DkM2mRow *self = DK_M2M_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_NUMBER:
      g_value_set_uint (value, self->number);
      break;
    case ROW_PROP_KODE:
      g_value_set_string (value, self->kode);
      break;
    case ROW_PROP_WILAYAH:
      g_value_set_string (value, self->wilayah);
      break;
    case ROW_PROP_PERANGKAT:
      g_value_set_int64 (value, self->perangkat);
      break;
    case ROW_PROP_AKTIF:
      g_value_set_int64 (value, self->aktif);
      break;
    case ROW_PROP_TIDAK_AKTIF:
      g_value_set_int64 (value, dk_m2m_row_get_tidak_aktif (self));
      break;
    case ROW_PROP_KETERANGAN:
      g_value_set_string (value, dk_m2m_row_get_keterangan (self));
      break;
    case ROW_PROP_IS_TOTAL:
      g_value_set_boolean (value, self->number == 0);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_m2m_row_class_init (DkM2mRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dk_m2m_row_finalize;
  object_class->get_property = dk_m2m_row_get_property;

  row_properties[ROW_PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, flags);
  row_properties[ROW_PROP_KODE] = g_param_spec_string ("kode", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_WILAYAH] = g_param_spec_string ("wilayah", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_PERANGKAT] = g_param_spec_int64 ("perangkat", NULL, NULL, 0, G_MAXINT64, 0, flags);
  row_properties[ROW_PROP_AKTIF] = g_param_spec_int64 ("aktif", NULL, NULL, 0, G_MAXINT64, 0, flags);
  row_properties[ROW_PROP_TIDAK_AKTIF] =
    g_param_spec_int64 ("tidak-aktif", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  row_properties[ROW_PROP_KETERANGAN] = g_param_spec_string ("keterangan", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_IS_TOTAL] = g_param_spec_boolean ("is-total", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
dk_m2m_row_init (DkM2mRow *self)
{
}

/**
 * dk_m2m_row_new:
 * @number: the row's number, 0 for the total row
 * @keterangan: (nullable): a note; without one, the row describes its own state
 */
DkM2mRow *
dk_m2m_row_new (guint       number,
                const char *kode,
                const char *wilayah,
                gint64      perangkat,
                gint64      aktif,
                const char *keterangan)
{
  DkM2mRow *self = g_object_new (DK_TYPE_M2M_ROW, NULL);

  self->number = number;
  self->kode = g_strdup (kode);
  self->wilayah = g_strdup (wilayah);
  self->perangkat = perangkat;
  self->aktif = aktif;
  self->keterangan = g_strdup (keterangan != NULL ? keterangan : "");
  return self;
}

guint
dk_m2m_row_get_number (DkM2mRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_ROW (self), 0);
  return self->number;
}

const char *
dk_m2m_row_get_kode (DkM2mRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_ROW (self), NULL);
  return self->kode;
}

const char *
dk_m2m_row_get_wilayah (DkM2mRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_ROW (self), NULL);
  return self->wilayah;
}

gint64
dk_m2m_row_get_perangkat (DkM2mRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_ROW (self), 0);
  return self->perangkat;
}

gint64
dk_m2m_row_get_aktif (DkM2mRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_ROW (self), 0);
  return self->aktif;
}

/**
 * dk_m2m_row_get_tidak_aktif:
 *
 * Returns: devices − active devices; negative only in a bad source
 */
gint64
dk_m2m_row_get_tidak_aktif (DkM2mRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_ROW (self), 0);
  return self->perangkat - self->aktif;
}

/**
 * dk_m2m_row_get_keterangan:
 *
 * Returns: the note the source or a user gave, or else the row's state in words
 */
const char *
dk_m2m_row_get_keterangan (DkM2mRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_ROW (self), NULL);

  if (self->keterangan[0] != '\0' || self->number == 0)
    return self->keterangan;
  if (self->perangkat == 0)
    return _("No M2M device");
  if (self->aktif == 0)
    return _("No device active");
  if (self->aktif > self->perangkat)
    return _("More active than devices");
  if (self->aktif == self->perangkat)
    return _("All active");
  return _("Partly active");
}

/**
 * dk_m2m_row_get_active_bp:
 *
 * Returns: active ÷ devices in hundredths of a percent, 0 without devices
 */
int
dk_m2m_row_get_active_bp (DkM2mRow *self)
{
  g_return_val_if_fail (DK_IS_M2M_ROW (self), 0);
  return dk_percent_bp (self->aktif, self->perangkat);
}
