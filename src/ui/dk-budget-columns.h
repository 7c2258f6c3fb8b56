/* dk-budget-columns.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/**
 * DkBudgetColumnKind:
 * @DK_BUDGET_COLUMN_CODE: the kode rekening, with the tree's expander
 * @DK_BUDGET_COLUMN_TEXT: a text, ellipsized, the whole of it in a tooltip
 * @DK_BUDGET_COLUMN_RUPIAH: an amount (gint64), grouped by thousands; nothing left is "-"
 * @DK_BUDGET_COLUMN_CHANGE: a change of amount (gint64), signed
 * @DK_BUDGET_COLUMN_PERCENT: a percentage in hundredths (int)
 */
typedef enum
{
  DK_BUDGET_COLUMN_CODE,
  DK_BUDGET_COLUMN_TEXT,
  DK_BUDGET_COLUMN_RUPIAH,
  DK_BUDGET_COLUMN_CHANGE,
  DK_BUDGET_COLUMN_PERCENT,
} DkBudgetColumnKind;

GtkColumnViewColumn *dk_budget_column_new  (const char         *title,
                                            const char         *property,
                                            DkBudgetColumnKind  kind);
char                *dk_budget_cell_text   (GObject            *line,
                                            const char         *property,
                                            DkBudgetColumnKind  kind);

G_END_DECLS
