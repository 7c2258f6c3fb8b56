/* dk-budget-amounts-row.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-budget.h"

G_BEGIN_DECLS

#define DK_TYPE_BUDGET_AMOUNTS_ROW (dk_budget_amounts_row_get_type ())

G_DECLARE_FINAL_TYPE (DkBudgetAmountsRow, dk_budget_amounts_row, DK, BUDGET_AMOUNTS_ROW, AdwActionRow)

DkBudgetAmountsRow *dk_budget_amounts_row_new          (DkBudgetLine       *line,
                                                        gboolean            monthly);
const char         *dk_budget_amounts_row_get_kode     (DkBudgetAmountsRow *self);
void                dk_budget_amounts_row_set_amount   (DkBudgetAmountsRow *self,
                                                        gboolean            realisasi,
                                                        gint64              value);
gboolean            dk_budget_amounts_row_set_text     (DkBudgetAmountsRow *self,
                                                        gboolean            realisasi,
                                                        const char         *text);
gboolean            dk_budget_amounts_row_read         (DkBudgetAmountsRow *self,
                                                        gboolean            realisasi,
                                                        gint64             *value,
                                                        GError            **error);
gboolean            dk_budget_amounts_row_has_realisasi (DkBudgetAmountsRow *self);

G_END_DECLS
