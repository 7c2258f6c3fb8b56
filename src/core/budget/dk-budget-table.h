/* dk-budget-table.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkBudgetTable: an activity's budget in a DPA version.
 */
#pragma once

#include <gio/gio.h>

#include "dk-format.h"
#include "dk-history.h"
#include "dk-store.h"
#include "dk-budget-line.h"

G_BEGIN_DECLS

#define DK_TYPE_BUDGET_TABLE (dk_budget_table_get_type ())

G_DECLARE_FINAL_TYPE (DkBudgetTable, dk_budget_table, DK, BUDGET_TABLE, GObject)

DkBudgetTable *dk_budget_table_load             (DkStore        *store,
                                                 int             year,
                                                 const char     *activity,
                                                 guint           dpa,
                                                 guint           compare_dpa,
                                                 GError        **error);
int            dk_budget_table_get_year         (DkBudgetTable  *self);
const char    *dk_budget_table_get_activity     (DkBudgetTable  *self);
const char    *dk_budget_table_get_activity_name (DkBudgetTable *self);
guint          dk_budget_table_get_dpa          (DkBudgetTable  *self);
const char    *dk_budget_table_get_dpa_name     (DkBudgetTable  *self);
guint          dk_budget_table_get_compare_dpa  (DkBudgetTable  *self);
const char    *dk_budget_table_get_compare_dpa_name (DkBudgetTable *self);
guint          dk_budget_table_get_latest_dpa   (DkBudgetTable  *self);
DkBudgetLine  *dk_budget_table_get_total        (DkBudgetTable  *self);
GListModel    *dk_budget_table_get_root         (DkBudgetTable  *self);
GPtrArray     *dk_budget_table_get_lines        (DkBudgetTable  *self);
DkBudgetLine  *dk_budget_table_find             (DkBudgetTable  *self,
                                                 const char     *kode);
guint          dk_budget_table_get_max_depth    (DkBudgetTable  *self);
guint          dk_budget_table_get_split_depth  (DkBudgetTable  *self);
GPtrArray     *dk_budget_table_lines_at_depth   (DkBudgetTable  *self,
                                                 guint           depth);
gboolean       dk_budget_table_get_has_monthly  (DkBudgetTable  *self);
gint64         dk_budget_table_get_month        (DkBudgetTable  *self,
                                                 guint           month);
gint64         dk_budget_table_get_cumulative   (DkBudgetTable  *self,
                                                 guint           month);
gint64         dk_budget_table_get_line_month   (DkBudgetTable  *self,
                                                 const char     *kode,
                                                 guint           month);

G_END_DECLS
