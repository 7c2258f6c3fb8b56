/* dk-budget-dpa-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_BUDGET_DPA_DIALOG (dk_budget_dpa_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBudgetDpaDialog, dk_budget_dpa_dialog, DK, BUDGET_DPA_DIALOG, AdwWindow)

DkBudgetDpaDialog *dk_budget_dpa_dialog_new       (GtkWindow         *parent,
                                                   DkStore           *store,
                                                   int                year,
                                                   const char        *activity);
void               dk_budget_dpa_dialog_set_field (DkBudgetDpaDialog *self,
                                                   const char        *field,
                                                   const char        *text);
gboolean           dk_budget_dpa_dialog_save      (DkBudgetDpaDialog *self);
const char        *dk_budget_dpa_dialog_get_error (DkBudgetDpaDialog *self);

G_END_DECLS
