/* dk-budget-chart.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-bar-chart.h"
#include "dk-budget.h"
#include "dk-line-chart.h"
#include "dk-print-doc.h"

G_BEGIN_DECLS

DkBarChart  *dk_budget_chart_new         (DkBudgetTable        *table,
                                          guint                 depth,
                                          const DkNumberFormat *format);
DkLineChart *dk_budget_monthly_chart_new (DkBudgetTable        *table,
                                          const DkNumberFormat *format);
char        *dk_budget_chart_title       (DkBudgetTable        *table);
char        *dk_budget_monthly_chart_title (DkBudgetTable      *table);
char        *dk_budget_month_name        (guint                 month);

DkPrintDoc  *dk_budget_print_doc_new     (DkBudgetTable        *table,
                                          guint                 depth,
                                          const DkNumberFormat *format);

G_END_DECLS
