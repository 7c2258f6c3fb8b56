/* dk-budget-entry-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-budget.h"

G_BEGIN_DECLS

/**
 * DkBudgetEntryKind:
 * @DK_BUDGET_ENTRY_YEAR: a fiscal year
 * @DK_BUDGET_ENTRY_ACTIVITY: an activity of a year
 * @DK_BUDGET_ENTRY_LINE: a budget line of an activity
 * @DK_BUDGET_ENTRY_DPA: an amendment of an activity's DPA
 */
typedef enum
{
  DK_BUDGET_ENTRY_YEAR,
  DK_BUDGET_ENTRY_ACTIVITY,
  DK_BUDGET_ENTRY_LINE,
  DK_BUDGET_ENTRY_DPA,
} DkBudgetEntryKind;

/**
 * DkBudgetField:
 * @DK_BUDGET_FIELD_YEAR: the fiscal year
 * @DK_BUDGET_FIELD_CODE: the activity's or the line's code
 * @DK_BUDGET_FIELD_NAME: its name (uraian), or the amendment's name
 * @DK_BUDGET_FIELD_DATE: the amendment's date
 */
typedef enum
{
  DK_BUDGET_FIELD_YEAR,
  DK_BUDGET_FIELD_CODE,
  DK_BUDGET_FIELD_NAME,
  DK_BUDGET_FIELD_DATE,
} DkBudgetField;

#define DK_TYPE_BUDGET_ENTRY_DIALOG (dk_budget_entry_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBudgetEntryDialog, dk_budget_entry_dialog, DK, BUDGET_ENTRY_DIALOG, AdwWindow)

DkBudgetEntryDialog *dk_budget_entry_dialog_new       (GtkWindow           *parent,
                                                       DkStore             *store,
                                                       DkBudgetEntryKind    kind,
                                                       int                  year,
                                                       const char          *activity);
void                 dk_budget_entry_dialog_set_text  (DkBudgetEntryDialog *self,
                                                       DkBudgetField        field,
                                                       const char          *text);
gboolean             dk_budget_entry_dialog_save      (DkBudgetEntryDialog *self);
const char          *dk_budget_entry_dialog_get_error (DkBudgetEntryDialog *self);

G_END_DECLS
