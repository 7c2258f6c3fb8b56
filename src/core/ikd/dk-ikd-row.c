/* dk-ikd-row.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkIkdRow: one region's IKD figures, as a row of the report's table.
 */
#define G_LOG_DOMAIN "dk-ikd"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-ikd-private.h"
#include "dk-number.h"
#include "dk-region.h"
#include "dk-store-internal.h"

struct _DkIkdRow
{
  GObject parent_instance;
  guint   number;
  char   *kode;
  char   *wilayah;
  gint64  rekam_dinamis;
  gint64  jumlah_ikd;
  int     target_bp;
  guint   n_parts;   /* the regions below it whose figures it sums; 0 when its own */
  gboolean partial;  /* a total of only some of its region's parts: no coverage of the region */
};

G_DEFINE_FINAL_TYPE (DkIkdRow, dk_ikd_row, G_TYPE_OBJECT)

enum {
  ROW_PROP_0,
  ROW_PROP_NUMBER,
  ROW_PROP_KODE,
  ROW_PROP_WILAYAH,
  ROW_PROP_REKAM_DINAMIS,
  ROW_PROP_JUMLAH_IKD,
  ROW_PROP_PERSEN_BP,
  ROW_PROP_KEKURANGAN,
  ROW_PROP_TARGET_MET,
  ROW_PROP_IS_TOTAL,
  ROW_PROP_HAS_PARTS,
  ROW_PROP_PARTIAL,
  ROW_N_PROPS
};

static GParamSpec *row_properties[ROW_N_PROPS];

static void
dk_ikd_row_finalize (GObject *object)
{
  DkIkdRow *self = (DkIkdRow *) object;

  g_free (self->kode);
  g_free (self->wilayah);
  G_OBJECT_CLASS (dk_ikd_row_parent_class)->finalize (object);
}

static void
dk_ikd_row_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  DkIkdRow *self = DK_IKD_ROW (object);

  switch (prop_id)
    {
    case ROW_PROP_NUMBER:
      g_value_set_uint (value, dk_ikd_row_get_number (self));
      break;
    case ROW_PROP_KODE:
      g_value_set_string (value, dk_ikd_row_get_kode (self));
      break;
    case ROW_PROP_WILAYAH:
      g_value_set_string (value, dk_ikd_row_get_wilayah (self));
      break;
    case ROW_PROP_REKAM_DINAMIS:
      g_value_set_int64 (value, dk_ikd_row_get_rekam_dinamis (self));
      break;
    case ROW_PROP_JUMLAH_IKD:
      g_value_set_int64 (value, dk_ikd_row_get_jumlah_ikd (self));
      break;
    case ROW_PROP_PERSEN_BP:
      g_value_set_int (value, dk_ikd_row_get_persen_bp (self));
      break;
    case ROW_PROP_KEKURANGAN:
      g_value_set_int64 (value, dk_ikd_row_get_kekurangan (self));
      break;
    case ROW_PROP_TARGET_MET:
      g_value_set_boolean (value, dk_ikd_row_get_target_met (self));
      break;
    case ROW_PROP_IS_TOTAL:
      g_value_set_boolean (value, self->number == 0);
      break;
    case ROW_PROP_HAS_PARTS:
      g_value_set_boolean (value, self->n_parts > 0);
      break;
    case ROW_PROP_PARTIAL:
      g_value_set_boolean (value, self->partial);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_ikd_row_class_init (DkIkdRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dk_ikd_row_finalize;
  object_class->get_property = dk_ikd_row_get_property;

  row_properties[ROW_PROP_NUMBER] = g_param_spec_uint ("number", NULL, NULL, 0, G_MAXUINT, 0, flags);
  row_properties[ROW_PROP_KODE] = g_param_spec_string ("kode", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_WILAYAH] = g_param_spec_string ("wilayah", NULL, NULL, NULL, flags);
  row_properties[ROW_PROP_REKAM_DINAMIS] =
    g_param_spec_int64 ("rekam-dinamis", NULL, NULL, 0, G_MAXINT64, 0, flags);
  row_properties[ROW_PROP_JUMLAH_IKD] =
    g_param_spec_int64 ("jumlah-ikd", NULL, NULL, 0, G_MAXINT64, 0, flags);
  row_properties[ROW_PROP_PERSEN_BP] =
    g_param_spec_int ("persen-bp", NULL, NULL, 0, G_MAXINT, 0, flags);
  row_properties[ROW_PROP_KEKURANGAN] =
    g_param_spec_int64 ("kekurangan", NULL, NULL, 0, G_MAXINT64, 0, flags);
  row_properties[ROW_PROP_TARGET_MET] =
    g_param_spec_boolean ("target-met", NULL, NULL, FALSE, flags);
  row_properties[ROW_PROP_IS_TOTAL] =
    g_param_spec_boolean ("is-total", NULL, NULL, FALSE, flags);
  row_properties[ROW_PROP_HAS_PARTS] =
    g_param_spec_boolean ("has-parts", NULL, NULL, FALSE, flags);
  /* a total summed from only some of its region's parts: its percentage and shortfall are
   * not the region's */
  row_properties[ROW_PROP_PARTIAL] =
    g_param_spec_boolean ("partial", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, ROW_N_PROPS, row_properties);
}

static void
dk_ikd_row_init (DkIkdRow *self)
{
}

/**
 * dk_ikd_row_new:
 * @number: the row's number in the report's order, 0 for a total row
 *
 * Returns: (transfer full): a row; its percentage and shortfall follow from the figures
 */
DkIkdRow *
dk_ikd_row_new (guint       number,
                const char *kode,
                const char *wilayah,
                gint64      rekam_dinamis,
                gint64      jumlah_ikd,
                int         target_bp)
{
  DkIkdRow *self = g_object_new (DK_TYPE_IKD_ROW, NULL);

  self->number = number;
  self->kode = g_strdup (kode);
  self->wilayah = g_strdup (wilayah);
  self->rekam_dinamis = rekam_dinamis;
  self->jumlah_ikd = jumlah_ikd;
  self->target_bp = target_bp;
  return self;
}

guint
dk_ikd_row_get_number (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return self->number;
}

const char *
dk_ikd_row_get_kode (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), NULL);
  return self->kode;
}

const char *
dk_ikd_row_get_wilayah (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), NULL);
  return self->wilayah;
}

gint64
dk_ikd_row_get_rekam_dinamis (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return self->rekam_dinamis;
}

gint64
dk_ikd_row_get_jumlah_ikd (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return self->jumlah_ikd;
}

int
dk_ikd_row_get_persen_bp (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return dk_ikd_percent_bp (self->jumlah_ikd, self->rekam_dinamis);
}

/**
 * dk_ikd_row_get_coverage:
 *
 * Returns: the unrounded coverage in percent, for drawing
 */
double
dk_ikd_row_get_coverage (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  if (self->rekam_dinamis <= 0)
    return 0;
  return 100.0 * (double) self->jumlah_ikd / (double) self->rekam_dinamis;
}

gint64
dk_ikd_row_get_kekurangan (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return dk_ikd_shortfall (self->jumlah_ikd, self->rekam_dinamis, self->target_bp);
}

gboolean
dk_ikd_row_get_target_met (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), FALSE);
  return self->rekam_dinamis > 0 && dk_ikd_row_get_kekurangan (self) == 0;
}

int
dk_ikd_row_get_target_bp (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return self->target_bp;
}

/**
 * dk_ikd_row_get_n_parts:
 *
 * Returns: the number of regions below this one whose figures make its figures, 0 when
 *   they are its own; a region with parts can be opened to show them
 */
guint
dk_ikd_row_get_n_parts (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), 0);
  return self->n_parts;
}

/* The number of parts a row sums (set by the table that sums them). */
void
_dk_ikd_row_set_n_parts (DkIkdRow *self,
                         guint     n_parts)
{
  self->n_parts = n_parts;
}

/* Marks a total summed from only some of its region's parts (set by the table). */
void
_dk_ikd_row_set_partial (DkIkdRow *self,
                         gboolean  partial)
{
  self->partial = partial;
}

/**
 * dk_ikd_row_get_partial:
 *
 * Returns: whether the row is a total of only some of its region's parts, whose
 *   percentage and shortfall are not the region's
 */
gboolean
dk_ikd_row_get_partial (DkIkdRow *self)
{
  g_return_val_if_fail (DK_IS_IKD_ROW (self), FALSE);
  return self->partial;
}
