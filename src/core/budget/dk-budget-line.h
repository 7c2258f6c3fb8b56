/* dk-budget-line.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkBudgetLine: one kode rekening of an activity's budget.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DK_TYPE_BUDGET_LINE (dk_budget_line_get_type ())

G_DECLARE_FINAL_TYPE (DkBudgetLine, dk_budget_line, DK, BUDGET_LINE, GObject)

const char *dk_budget_line_get_kode         (DkBudgetLine *self);
const char *dk_budget_line_get_uraian       (DkBudgetLine *self);
guint       dk_budget_line_get_depth        (DkBudgetLine *self);
gboolean    dk_budget_line_get_is_activity  (DkBudgetLine *self);
gboolean    dk_budget_line_get_is_leaf      (DkBudgetLine *self);
gint64      dk_budget_line_get_anggaran     (DkBudgetLine *self);
gint64      dk_budget_line_get_realisasi    (DkBudgetLine *self);
gint64      dk_budget_line_get_sisa         (DkBudgetLine *self);
int         dk_budget_line_get_persen_bp    (DkBudgetLine *self);
int         dk_budget_line_get_persen_sisa_bp (DkBudgetLine *self);
gint64      dk_budget_line_get_anggaran_compared (DkBudgetLine *self);
gint64      dk_budget_line_get_change       (DkBudgetLine *self);
gboolean    dk_budget_line_get_has_monthly  (DkBudgetLine *self);
GListModel *dk_budget_line_get_children     (DkBudgetLine *self);

/* ------------------------------------------------------------------ table */

G_END_DECLS
