/* dk-budget-form.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the budget dialogs (year, activity, line, DPA amendment, amounts) share: the
 * refused entry's message, their "saved" signal and the heading naming the activity
 * added to. No type of its own: helpers for those template classes.
 */
#define G_LOG_DOMAIN "dk-budget-form"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-budget-form.h"

/* @message: (nullable): what was refused, %NULL to hide the label */
void
dk_budget_form_show_error (GtkLabel   *error_label,
                           const char *message)
{
  gtk_label_set_text (error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (error_label), message != NULL);
}

/**
 * dk_budget_form_new_saved_signal:
 *
 * The "saved" signal of a budget dialog: the message for the toast, then the year and
 * the activity (nullable) to show.
 */
guint
dk_budget_form_new_saved_signal (GType type)
{
  return g_signal_new ("saved", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 3,
                       G_TYPE_STRING, G_TYPE_INT, G_TYPE_STRING);
}

/* Heads @group with the activity and the year a line or an amendment is added to */
void
dk_budget_form_set_activity (AdwPreferencesGroup *group,
                             int                  year,
                             const char          *activity)
{
  /* Translators: which activity and year a dialog adds to */
  g_autofree char *context = g_strdup_printf (_("Activity %s, fiscal year %d"), activity, year);

  adw_preferences_group_set_title (group, context);
}
