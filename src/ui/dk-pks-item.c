/* dk-pks-item.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A row of one of the PKS page's tables (agreements, institutions, the SOP's steps), for
 * the shared table columns (dk-columns.c): its texts are the properties "t0", "t1" …, its
 * counts "n0", "n1" …, and "is-total" makes it bold. Its key is the agreement's id, the
 * institution's or the step's number.
 */
#define G_LOG_DOMAIN "dk-pks-item"

#include "config.h"

#include "dk-pks-item.h"

struct _DkPksItem
{
  GObject   parent_instance;
  char     *key;
  char     *texts[DK_PKS_ITEM_N_FIELDS];
  gint64    counts[DK_PKS_ITEM_N_FIELDS];
  gboolean  total;
};

G_DEFINE_FINAL_TYPE (DkPksItem, dk_pks_item, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_IS_TOTAL,
  PROP_FIRST_TEXT,
  PROP_FIRST_COUNT = PROP_FIRST_TEXT + DK_PKS_ITEM_N_FIELDS,
  N_PROPS = PROP_FIRST_COUNT + DK_PKS_ITEM_N_FIELDS
};

static GParamSpec *properties[N_PROPS];

static void
dk_pks_item_finalize (GObject *object)
{
  DkPksItem *self = (DkPksItem *) object;

  g_free (self->key);
  for (guint i = 0; i < DK_PKS_ITEM_N_FIELDS; i++)
    g_free (self->texts[i]);
  G_OBJECT_CLASS (dk_pks_item_parent_class)->finalize (object);
}

static void
dk_pks_item_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DkPksItem *self = DK_PKS_ITEM (object);

  if (prop_id == PROP_IS_TOTAL)
    g_value_set_boolean (value, self->total);
  else if (prop_id >= PROP_FIRST_TEXT && prop_id < PROP_FIRST_COUNT)
    g_value_set_string (value, dk_pks_item_get_text (self, prop_id - PROP_FIRST_TEXT));
  else if (prop_id >= PROP_FIRST_COUNT && prop_id < N_PROPS)
    g_value_set_int64 (value, self->counts[prop_id - PROP_FIRST_COUNT]);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
dk_pks_item_class_init (DkPksItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_NICK | G_PARAM_STATIC_BLURB;

  object_class->finalize = dk_pks_item_finalize;
  object_class->get_property = dk_pks_item_get_property;

  properties[PROP_IS_TOTAL] = g_param_spec_boolean ("is-total", NULL, NULL, FALSE,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  for (guint i = 0; i < DK_PKS_ITEM_N_FIELDS; i++)
    {
      g_autofree char *t = g_strdup_printf ("t%u", i);
      g_autofree char *n = g_strdup_printf ("n%u", i);

      properties[PROP_FIRST_TEXT + i] = g_param_spec_string (t, NULL, NULL, NULL, flags);
      properties[PROP_FIRST_COUNT + i] = g_param_spec_int64 (n, NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
    }
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dk_pks_item_init (DkPksItem *self)
{
}

DkPksItem *
dk_pks_item_new (const char *key)
{
  DkPksItem *self = g_object_new (DK_TYPE_PKS_ITEM, NULL);

  self->key = g_strdup (key);
  return self;
}

const char *
dk_pks_item_get_key (DkPksItem *self)
{
  g_return_val_if_fail (DK_IS_PKS_ITEM (self), NULL);
  return self->key;
}

void
dk_pks_item_set_text (DkPksItem *self,
                          guint          field,
                          const char    *text)
{
  g_return_if_fail (DK_IS_PKS_ITEM (self) && field < DK_PKS_ITEM_N_FIELDS);
  g_free (self->texts[field]);
  self->texts[field] = g_strdup (text);
}

const char *
dk_pks_item_get_text (DkPksItem *self,
                          guint          field)
{
  g_return_val_if_fail (DK_IS_PKS_ITEM (self) && field < DK_PKS_ITEM_N_FIELDS, NULL);
  return self->texts[field] != NULL ? self->texts[field] : "";
}

void
dk_pks_item_set_count (DkPksItem *self,
                           guint          field,
                           gint64         value)
{
  g_return_if_fail (DK_IS_PKS_ITEM (self) && field < DK_PKS_ITEM_N_FIELDS);
  self->counts[field] = value;
}

gint64
dk_pks_item_get_count (DkPksItem *self,
                           guint          field)
{
  g_return_val_if_fail (DK_IS_PKS_ITEM (self) && field < DK_PKS_ITEM_N_FIELDS, 0);
  return self->counts[field];
}

void
dk_pks_item_set_total (DkPksItem *self,
                           gboolean       total)
{
  g_return_if_fail (DK_IS_PKS_ITEM (self));
  self->total = total;
}
