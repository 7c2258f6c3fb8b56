/* dk-import-item.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of the import dialog's preview, as the file has it: its line, code, name, the
 * table's two values, the percentage and the remark; "is-total" makes a stated total bold.
 */
#define G_LOG_DOMAIN "dk-import-item"

#include "config.h"

#include "dk-format.h"
#include "dk-import-item.h"

struct _DkImportItem
{
  GObject  parent_instance;
  guint    line;
  char    *kode;
  char    *wilayah;
  gint64   values[2];
  char    *persen;
  char    *keterangan;
  gboolean is_total;
};

G_DEFINE_FINAL_TYPE (DkImportItem, dk_import_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_LINE,
  PROP_KODE,
  PROP_WILAYAH,
  PROP_VALUE0,
  PROP_VALUE1,
  PROP_PERSEN,
  PROP_KETERANGAN,
  PROP_IS_TOTAL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
dk_import_item_finalize (GObject *object)
{
  DkImportItem *self = DK_IMPORT_ITEM (object);

  g_free (self->kode);
  g_free (self->wilayah);
  g_free (self->persen);
  g_free (self->keterangan);
  G_OBJECT_CLASS (dk_import_item_parent_class)->finalize (object);
}

static void
dk_import_item_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DkImportItem *self = DK_IMPORT_ITEM (object);

  switch (prop_id)
    {
    case PROP_LINE:
      g_value_set_uint (value, self->line);
      break;
    case PROP_KODE:
      g_value_set_string (value, self->kode);
      break;
    case PROP_WILAYAH:
      g_value_set_string (value, self->wilayah);
      break;
    case PROP_VALUE0:
      g_value_set_int64 (value, self->values[0]);
      break;
    case PROP_VALUE1:
      g_value_set_int64 (value, self->values[1]);
      break;
    case PROP_PERSEN:
      g_value_set_string (value, self->persen);
      break;
    case PROP_KETERANGAN:
      g_value_set_string (value, self->keterangan);
      break;
    case PROP_IS_TOTAL:
      g_value_set_boolean (value, self->is_total);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_import_item_class_init (DkImportItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  const GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dk_import_item_finalize;
  object_class->get_property = dk_import_item_get_property;
  properties[PROP_LINE] = g_param_spec_uint ("line", NULL, NULL, 0, G_MAXUINT, 0, flags);
  properties[PROP_KODE] = g_param_spec_string ("kode", NULL, NULL, NULL, flags);
  properties[PROP_WILAYAH] = g_param_spec_string ("wilayah", NULL, NULL, NULL, flags);
  properties[PROP_VALUE0] = g_param_spec_int64 ("value0", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_VALUE1] = g_param_spec_int64 ("value1", NULL, NULL, 0, G_MAXINT64, 0, flags);
  properties[PROP_PERSEN] = g_param_spec_string ("persen", NULL, NULL, NULL, flags);
  properties[PROP_KETERANGAN] = g_param_spec_string ("keterangan", NULL, NULL, NULL, flags);
  properties[PROP_IS_TOTAL] = g_param_spec_boolean ("is-total", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dk_import_item_init (DkImportItem *self)
{
}

/**
 * dk_import_item_new:
 * @row: a row as the file has it
 * @kind: the table it is read for
 *
 * Returns: (transfer full): the preview row
 */
DkImportItem *
dk_import_item_new (const DkImportRow *row,
                    DkImportKind       kind)
{
  DkImportItem *self = g_object_new (DK_TYPE_IMPORT_ITEM, NULL);
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  self->line = row->line;
  /* a budget's stated rows are lines of their own: their code says which */
  self->kode = g_strdup (row->is_total && kind != DK_IMPORT_KIND_BUDGET ? row->label : row->kode);
  self->wilayah = g_strdup (row->wilayah);
  self->values[0] = row->values[0];
  self->values[1] = row->values[1];
  self->persen = row->persen_bp >= 0 ? dk_format_percent_bp (&fmt, row->persen_bp) : g_strdup ("");
  self->keterangan = g_strdup (row->keterangan ? row->keterangan : "");
  self->is_total = row->is_total;
  return self;
}
