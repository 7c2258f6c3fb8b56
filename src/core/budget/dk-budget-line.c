/* dk-budget-line.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkBudgetLine: one kode rekening of an activity's budget, its amounts and realisation.
 */
#define G_LOG_DOMAIN "dk-budget"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "dk-budget-private.h"
#include "dk-finding.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-stated.h"


G_DEFINE_FINAL_TYPE (DkBudgetLine, dk_budget_line, G_TYPE_OBJECT)

enum {
  LINE_PROP_0,
  LINE_PROP_KODE,
  LINE_PROP_URAIAN,
  LINE_PROP_DEPTH,
  LINE_PROP_IS_TOTAL,
  LINE_PROP_IS_LEAF,
  LINE_PROP_ANGGARAN,
  LINE_PROP_REALISASI,
  LINE_PROP_SISA,
  LINE_PROP_PERSEN_BP,
  LINE_PROP_PERSEN_SISA_BP,
  LINE_PROP_CHANGE,
  LINE_N_PROPS
};

static GParamSpec *line_properties[LINE_N_PROPS];

static void
dk_budget_line_finalize (GObject *object)
{
  DkBudgetLine *self = (DkBudgetLine *) object;

  g_free (self->kode);
  g_free (self->uraian);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (dk_budget_line_parent_class)->finalize (object);
}

static void
dk_budget_line_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DkBudgetLine *self = DK_BUDGET_LINE (object);

  switch (prop_id)
    {
    case LINE_PROP_KODE:
      g_value_set_string (value, self->kode);
      break;
    case LINE_PROP_URAIAN:
      g_value_set_string (value, self->uraian);
      break;
    case LINE_PROP_DEPTH:
      g_value_set_uint (value, self->depth);
      break;
    case LINE_PROP_IS_TOTAL:
      /* parent rows are printed bold, as the report's totals */
      g_value_set_boolean (value, !dk_budget_line_get_is_leaf (self) || self->is_activity);
      break;
    case LINE_PROP_IS_LEAF:
      g_value_set_boolean (value, dk_budget_line_get_is_leaf (self));
      break;
    case LINE_PROP_ANGGARAN:
      g_value_set_int64 (value, self->anggaran);
      break;
    case LINE_PROP_REALISASI:
      g_value_set_int64 (value, self->realisasi);
      break;
    case LINE_PROP_SISA:
      g_value_set_int64 (value, dk_budget_line_get_sisa (self));
      break;
    case LINE_PROP_PERSEN_BP:
      g_value_set_int (value, dk_budget_line_get_persen_bp (self));
      break;
    case LINE_PROP_PERSEN_SISA_BP:
      g_value_set_int (value, dk_budget_line_get_persen_sisa_bp (self));
      break;
    case LINE_PROP_CHANGE:
      g_value_set_int64 (value, dk_budget_line_get_change (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_budget_line_class_init (DkBudgetLineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->finalize = dk_budget_line_finalize;
  object_class->get_property = dk_budget_line_get_property;

  line_properties[LINE_PROP_KODE] = g_param_spec_string ("kode", NULL, NULL, NULL, flags);
  line_properties[LINE_PROP_URAIAN] = g_param_spec_string ("uraian", NULL, NULL, NULL, flags);
  line_properties[LINE_PROP_DEPTH] = g_param_spec_uint ("depth", NULL, NULL, 0, G_MAXUINT, 0, flags);
  line_properties[LINE_PROP_IS_TOTAL] = g_param_spec_boolean ("is-total", NULL, NULL, FALSE, flags);
  line_properties[LINE_PROP_IS_LEAF] = g_param_spec_boolean ("is-leaf", NULL, NULL, FALSE, flags);
  line_properties[LINE_PROP_ANGGARAN] = g_param_spec_int64 ("anggaran", NULL, NULL, 0, G_MAXINT64, 0, flags);
  line_properties[LINE_PROP_REALISASI] = g_param_spec_int64 ("realisasi", NULL, NULL, 0, G_MAXINT64, 0, flags);
  line_properties[LINE_PROP_SISA] = g_param_spec_int64 ("sisa", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  line_properties[LINE_PROP_PERSEN_BP] = g_param_spec_int ("persen-bp", NULL, NULL, 0, G_MAXINT, 0, flags);
  line_properties[LINE_PROP_PERSEN_SISA_BP] =
    g_param_spec_int ("persen-sisa-bp", NULL, NULL, G_MININT, G_MAXINT, 0, flags);
  line_properties[LINE_PROP_CHANGE] = g_param_spec_int64 ("change", NULL, NULL, G_MININT64, G_MAXINT64, 0, flags);
  g_object_class_install_properties (object_class, LINE_N_PROPS, line_properties);
}

static void
dk_budget_line_init (DkBudgetLine *self)
{
}

DkBudgetLine *
_dk_budget_line_new (const char *kode,
                     const char *uraian)
{
  DkBudgetLine *self = g_object_new (DK_TYPE_BUDGET_LINE, NULL);

  self->kode = g_strdup (kode);
  self->uraian = g_strdup (uraian);
  return self;
}

const char *
dk_budget_line_get_kode (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), NULL);
  return self->kode;
}

const char *
dk_budget_line_get_uraian (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), NULL);
  return self->uraian;
}

/**
 * dk_budget_line_get_depth:
 *
 * Returns: 0 for the activity's own row, 1 for its top lines (5.1), and so on
 */
guint
dk_budget_line_get_depth (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), 0);
  return self->depth;
}

gboolean
dk_budget_line_get_is_activity (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), FALSE);
  return self->is_activity;
}

gboolean
dk_budget_line_get_is_leaf (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), FALSE);
  return self->children == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->children)) == 0;
}

gint64
dk_budget_line_get_anggaran (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), 0);
  return self->anggaran;
}

gint64
dk_budget_line_get_realisasi (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), 0);
  return self->realisasi;
}

/**
 * dk_budget_line_get_sisa:
 *
 * Returns: the budget left (Sisa Pagu Anggaran): anggaran − realisasi
 */
gint64
dk_budget_line_get_sisa (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), 0);
  return self->anggaran - self->realisasi;
}

int
dk_budget_line_get_persen_bp (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), 0);
  return dk_budget_percent_bp (self->realisasi, self->anggaran);
}

/**
 * dk_budget_line_get_persen_sisa_bp:
 *
 * Computed on its own, not as 100 % minus the realisation, as the report does:
 * 99,82 % spent and 0,18 % left.
 */
int
dk_budget_line_get_persen_sisa_bp (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), 0);
  return dk_budget_percent_bp (dk_budget_line_get_sisa (self), self->anggaran);
}

/**
 * dk_budget_line_get_anggaran_compared:
 *
 * Returns: the line's budget in the DPA version compared with, 0 when not comparing
 */
gint64
dk_budget_line_get_anggaran_compared (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), 0);
  return self->compared;
}

/**
 * dk_budget_line_get_change:
 *
 * Returns: the budget shown minus the budget of the version compared with
 */
gint64
dk_budget_line_get_change (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), 0);
  return self->anggaran - self->compared;
}

gboolean
dk_budget_line_get_has_monthly (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), FALSE);
  return self->has_monthly;
}

/**
 * dk_budget_line_get_children:
 *
 * Returns: (transfer none) (nullable): the lines directly under this one, or %NULL for a leaf
 */
GListModel *
dk_budget_line_get_children (DkBudgetLine *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_LINE (self), NULL);
  if (dk_budget_line_get_is_leaf (self))
    return NULL;
  return G_LIST_MODEL (self->children);
}
