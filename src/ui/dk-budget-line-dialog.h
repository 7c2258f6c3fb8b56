/* dk-budget-line-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_BUDGET_LINE_DIALOG (dk_budget_line_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBudgetLineDialog, dk_budget_line_dialog, DK, BUDGET_LINE_DIALOG, AdwWindow)

DkBudgetLineDialog *dk_budget_line_dialog_new       (GtkWindow          *parent,
                                                     DkStore            *store,
                                                     int                 year,
                                                     const char         *activity);
void                dk_budget_line_dialog_set_field (DkBudgetLineDialog *self,
                                                     const char         *field,
                                                     const char         *text);
gboolean            dk_budget_line_dialog_save      (DkBudgetLineDialog *self);
const char         *dk_budget_line_dialog_get_error (DkBudgetLineDialog *self);

G_END_DECLS
