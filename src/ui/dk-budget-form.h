/* dk-budget-form.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

void  dk_budget_form_show_error       (GtkLabel            *error_label,
                                       const char          *message);
guint dk_budget_form_new_saved_signal (GType                type);
void  dk_budget_form_set_activity     (AdwPreferencesGroup *group,
                                       int                  year,
                                       const char          *activity);

G_END_DECLS
