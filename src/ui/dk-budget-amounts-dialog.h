/* dk-budget-amounts-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-budget.h"

G_BEGIN_DECLS

#define DK_TYPE_BUDGET_AMOUNTS_DIALOG (dk_budget_amounts_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBudgetAmountsDialog, dk_budget_amounts_dialog, DK, BUDGET_AMOUNTS_DIALOG, AdwWindow)

DkBudgetAmountsDialog *dk_budget_amounts_dialog_new       (GtkWindow             *parent,
                                                           DkStore               *store,
                                                           DkBudgetTable         *table,
                                                           gboolean               monthly);
gboolean               dk_budget_amounts_dialog_set_text  (DkBudgetAmountsDialog *self,
                                                           const char            *kode,
                                                           gboolean               realisasi,
                                                           const char            *text);
void                   dk_budget_amounts_dialog_set_month (DkBudgetAmountsDialog *self,
                                                           guint                  month);
gboolean               dk_budget_amounts_dialog_save      (DkBudgetAmountsDialog *self);
const char            *dk_budget_amounts_dialog_get_error (DkBudgetAmountsDialog *self);

gboolean               dk_budget_parse_rupiah             (const char            *text,
                                                           const char            *field,
                                                           gint64                *value,
                                                           GError               **error);

G_END_DECLS
