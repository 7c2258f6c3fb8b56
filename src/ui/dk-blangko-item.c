/* dk-blangko-item.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of one of the blangko page's tables (offices, plan, ledger, coverage, usage), for
 * the shared table columns (dk-columns.c): each column is a property named for what it
 * holds ("wilayah", "sisa", "prr", "keping", …; see DkBlangkoText and DkBlangkoCount),
 * and "is-total" makes it bold. A table fills the columns it shows. Its key is the
 * office's code or the entry's id.
 */
#define G_LOG_DOMAIN "dk-blangko-item"

#include "config.h"

#include "dk-blangko-item.h"

struct _DkBlangkoItem
{
  GObject   parent_instance;
  char     *key;
  char     *texts[DK_BLANGKO_N_TEXTS];
  gint64    counts[DK_BLANGKO_N_COUNTS];
  gboolean  total;
};

G_DEFINE_FINAL_TYPE (DkBlangkoItem, dk_blangko_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_IS_TOTAL,
  PROP_FIRST_TEXT,
  PROP_FIRST_COUNT = PROP_FIRST_TEXT + DK_BLANGKO_N_TEXTS,
  N_PROPS = PROP_FIRST_COUNT + DK_BLANGKO_N_COUNTS
};

static GParamSpec *properties[N_PROPS];

/* The property of each DkBlangkoText, in its order */
static const char * const text_names[DK_BLANGKO_N_TEXTS] = {
  "kode", "wilayah", "tanggal", "nomor", "nomor-pinjam", "method", "catatan", "report", "pace", "days-left",
  "runs-out", "rank", "cap", "reason", "rekam-percent", "ktp-el-percent", "dicetak-text", "prr-text", "sfe-text",
  "duplicate-text", "check",
};

/* The property of each DkBlangkoCount, in its order */
static const char * const count_names[DK_BLANGKO_N_COUNTS] = {
  "sisa", "prr", "suket", "need", "keping", "weight", "masuk", "keluar", "saldo", "wajib-ktp", "sudah-rekam",
  "memiliki-ktp-el", "pemakaian", "pinjam", "baru", "hilang", "rusak", "perubahan", "invalid",
};

static void
dk_blangko_item_finalize (GObject *object)
{
  DkBlangkoItem *self = (DkBlangkoItem *) object;

  g_free (self->key);
  for (guint i = 0; i < DK_BLANGKO_N_TEXTS; i++)
    g_free (self->texts[i]);
  G_OBJECT_CLASS (dk_blangko_item_parent_class)->finalize (object);
}

static void
dk_blangko_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DkBlangkoItem *self = DK_BLANGKO_ITEM (object);

  if (prop_id == PROP_IS_TOTAL)
    g_value_set_boolean (value, self->total);
  else if (prop_id >= PROP_FIRST_TEXT && prop_id < PROP_FIRST_COUNT)
    g_value_set_string (value, dk_blangko_item_get_text (self, prop_id - PROP_FIRST_TEXT));
  else if (prop_id >= PROP_FIRST_COUNT && prop_id < N_PROPS)
    g_value_set_int64 (value, self->counts[prop_id - PROP_FIRST_COUNT]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
dk_blangko_item_class_init (DkBlangkoItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dk_blangko_item_finalize;
  object_class->get_property = dk_blangko_item_get_property;

  properties[PROP_IS_TOTAL] = g_param_spec_boolean ("is-total", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < DK_BLANGKO_N_TEXTS; i++)
    properties[PROP_FIRST_TEXT + i] = g_param_spec_string (text_names[i], NULL, NULL, NULL, flags);
  for (guint i = 0; i < DK_BLANGKO_N_COUNTS; i++)
    properties[PROP_FIRST_COUNT + i] = g_param_spec_int64 (count_names[i], NULL, NULL, G_MININT64, G_MAXINT64, 0,
                                                           flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dk_blangko_item_init (DkBlangkoItem *self)
{
}

DkBlangkoItem *
dk_blangko_item_new (const char *key)
{
  DkBlangkoItem *self = g_object_new (DK_TYPE_BLANGKO_ITEM, NULL);

  self->key = g_strdup (key);
  return self;
}

const char *
dk_blangko_item_get_key (DkBlangkoItem *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_ITEM (self), NULL);
  return self->key;
}

void
dk_blangko_item_set_text (DkBlangkoItem *self,
                          DkBlangkoText  field,
                          const char    *text)
{
  g_return_if_fail (DK_IS_BLANGKO_ITEM (self) && field < DK_BLANGKO_N_TEXTS);
  g_free (self->texts[field]);
  self->texts[field] = g_strdup (text);
}

const char *
dk_blangko_item_get_text (DkBlangkoItem *self,
                          DkBlangkoText  field)
{
  g_return_val_if_fail (DK_IS_BLANGKO_ITEM (self) && field < DK_BLANGKO_N_TEXTS, NULL);
  return self->texts[field] != NULL ? self->texts[field] : "";
}

void
dk_blangko_item_set_count (DkBlangkoItem  *self,
                           DkBlangkoCount  field,
                           gint64          value)
{
  g_return_if_fail (DK_IS_BLANGKO_ITEM (self) && field < DK_BLANGKO_N_COUNTS);
  self->counts[field] = value;
}

gint64
dk_blangko_item_get_count (DkBlangkoItem  *self,
                           DkBlangkoCount  field)
{
  g_return_val_if_fail (DK_IS_BLANGKO_ITEM (self) && field < DK_BLANGKO_N_COUNTS, 0);
  return self->counts[field];
}

void
dk_blangko_item_set_total (DkBlangkoItem *self,
                           gboolean       total)
{
  g_return_if_fail (DK_IS_BLANGKO_ITEM (self));
  self->total = total;
}
