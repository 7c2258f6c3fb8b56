/* dk-budget-year-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_BUDGET_YEAR_DIALOG (dk_budget_year_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBudgetYearDialog, dk_budget_year_dialog, DK, BUDGET_YEAR_DIALOG, AdwWindow)

DkBudgetYearDialog *dk_budget_year_dialog_new       (GtkWindow          *parent,
                                                     DkStore            *store);
void                dk_budget_year_dialog_set_field (DkBudgetYearDialog *self,
                                                     const char         *field,
                                                     const char         *text);
gboolean            dk_budget_year_dialog_save      (DkBudgetYearDialog *self);
const char         *dk_budget_year_dialog_get_error (DkBudgetYearDialog *self);

G_END_DECLS
