/* dk-budget-activity-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_BUDGET_ACTIVITY_DIALOG (dk_budget_activity_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBudgetActivityDialog, dk_budget_activity_dialog, DK, BUDGET_ACTIVITY_DIALOG, AdwWindow)

DkBudgetActivityDialog *dk_budget_activity_dialog_new       (GtkWindow              *parent,
                                                             DkStore                *store,
                                                             int                     year);
void                    dk_budget_activity_dialog_set_field (DkBudgetActivityDialog *self,
                                                             const char             *field,
                                                             const char             *text);
gboolean                dk_budget_activity_dialog_save      (DkBudgetActivityDialog *self);
const char             *dk_budget_activity_dialog_get_error (DkBudgetActivityDialog *self);

G_END_DECLS
