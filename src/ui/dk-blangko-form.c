/* dk-blangko-form.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the blangko entry dialogs (receipt, distribution, daily report, usage report)
 * share: the office combo filled with the province's kabupaten/kota, counts typed in
 * either grouping ("2.000", "2,000") and a refused field shown in the dialog's error
 * label with its title. No type of its own: helpers for those four template classes.
 */
#define G_LOG_DOMAIN "dk-blangko-form"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-blangko-form.h"
#include "dk-format.h"
#include "dk-parse.h"

void
dk_blangko_form_show_error (GtkLabel   *error_label,
                            const char *message)
{
  gtk_label_set_text (error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (error_label), TRUE);
}

/* Whether @row holds an ISO date; if not, says why */
gboolean
dk_blangko_form_check_date (AdwEntryRow *row,
                            GtkLabel    *error_label)
{
  g_autoptr(GError) error = NULL;

  if (dk_date_check_iso (gtk_editable_get_text (GTK_EDITABLE (row)), NULL, &error))
    return TRUE;
  dk_blangko_form_show_error (error_label, error->message);
  return FALSE;
}

/**
 * dk_blangko_form_read_count:
 * @fallback: the value of a blank field, or %DK_BLANGKO_FORM_REQUIRED
 *
 * Reads a count typed by the user; a refused one is shown with the row's title and
 * the row takes the focus.
 */
gboolean
dk_blangko_form_read_count (AdwEntryRow *row,
                            gint64       fallback,
                            gint64      *value,
                            GtkLabel    *error_label)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *why = NULL, *message = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  gboolean none;

  if (*trimmed == '\0' && fallback != DK_BLANGKO_FORM_REQUIRED)
    {
      *value = fallback;
      return TRUE;
    }
  if (dk_parse_count (trimmed, value, &none, &why))
    return TRUE;
  /* Translators: a refused field of a dialog: the field's title, why */
  message = g_strdup_printf (_("%s: %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), why);
  dk_blangko_form_show_error (error_label, message);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return FALSE;
}

/**
 * dk_blangko_form_list_offices:
 * @names: the office combo's list, filled with their names
 * @account: (nullable): who is signed in: an office's account is offered its own only
 *
 * Returns: (transfer full) (element-type DkRegion): the province's kabupaten/kota, in
 *   the order of @names
 */
GPtrArray *
dk_blangko_form_list_offices (DkStore         *store,
                              GtkStringList   *names,
                              const DkAccount *account)
{
  g_autoptr(GPtrArray) children = dk_region_list_children (store, "13", NULL);
  GPtrArray *offices = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_region_free);

  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      DkRegion *r = g_ptr_array_index (children, i);

      if (r->level != DK_REGION_LEVEL_KABKOTA || (account != NULL && !dk_account_may_write_region (account, r->kode)))
        continue;
      gtk_string_list_append (names, r->wilayah);
      g_ptr_array_add (offices, g_ptr_array_steal_index (children, i--));
    }
  return offices;
}

/* Returns: (nullable): the office chosen in @row */
const DkRegion *
dk_blangko_form_get_office (GPtrArray   *offices,
                            AdwComboRow *row)
{
  guint i = adw_combo_row_get_selected (row);

  return i < offices->len ? g_ptr_array_index (offices, i) : NULL;
}

void
dk_blangko_form_select_office (GPtrArray   *offices,
                               AdwComboRow *row,
                               const char  *kode)
{
  for (guint i = 0; i < offices->len; i++)
    if (g_str_equal (((DkRegion *) g_ptr_array_index (offices, i))->kode, kode))
      adw_combo_row_set_selected (row, i);
}

void
dk_blangko_form_set_text (AdwEntryRow *row,
                          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}
