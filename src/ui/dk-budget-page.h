/* dk-budget-page.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dk-budget.h"
#include "dk-chart-view.h"
#include "dk-print-doc.h"

G_BEGIN_DECLS

#define DK_TYPE_BUDGET_PAGE (dk_budget_page_get_type ())

G_DECLARE_FINAL_TYPE (DkBudgetPage, dk_budget_page, DK, BUDGET_PAGE, GtkWidget)

void           dk_budget_page_set_store        (DkBudgetPage *self,
                                                DkStore      *store);
void           dk_budget_page_reload           (DkBudgetPage *self);
gboolean       dk_budget_page_select           (DkBudgetPage *self,
                                                int           year,
                                                const char   *activity);
void           dk_budget_page_set_compare      (DkBudgetPage *self,
                                                guint         dpa);
void           dk_budget_page_set_depth        (DkBudgetPage *self,
                                                guint         depth);
int            dk_budget_page_get_year         (DkBudgetPage *self);
DkBudgetTable *dk_budget_page_get_table        (DkBudgetPage *self);
GListModel    *dk_budget_page_get_table_model  (DkBudgetPage *self);
GtkColumnView *dk_budget_page_get_column_view  (DkBudgetPage *self);
DkChart       *dk_budget_page_get_chart        (DkBudgetPage *self);
DkChart       *dk_budget_page_get_monthly_chart (DkBudgetPage *self);
DkChartView   *dk_budget_page_get_chart_view   (DkBudgetPage *self);
const char    *dk_budget_page_get_card_value   (DkBudgetPage *self,
                                                guint         card);
DkPrintDoc    *dk_budget_page_create_print_doc (DkBudgetPage *self);

G_END_DECLS
