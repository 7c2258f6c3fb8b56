/* dk-budget-amounts-row.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A budget line's row in the amounts dialog: its description and code, and its amounts
 * to type in whole rupiah, the budget and the realisation (only the realisation when a
 * month is entered).
 */
#define G_LOG_DOMAIN "dk-budget-amounts-row"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-budget-amounts-dialog.h"
#include "dk-budget-amounts-row.h"
#include "dk-format.h"

struct _DkBudgetAmountsRow
{
  AdwActionRow  parent_instance;

  GtkEntry     *anggaran_entry;
  GtkEntry     *realisasi_entry;

  char         *kode;
  gboolean      monthly;
};

G_DEFINE_FINAL_TYPE (DkBudgetAmountsRow, dk_budget_amounts_row, ADW_TYPE_ACTION_ROW)

static GtkEntry *
amount_entry (DkBudgetAmountsRow *self,
              gboolean            realisasi)
{
  return realisasi ? self->realisasi_entry : self->anggaran_entry;
}

static void
label_entry (GtkEntry   *entry,
             const char *kode,
             const char *field)
{
  g_autofree char *label = g_strdup_printf ("%s: %s", kode, field);

  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
dk_budget_amounts_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_BUDGET_AMOUNTS_ROW);
  G_OBJECT_CLASS (dk_budget_amounts_row_parent_class)->dispose (object);
}

static void
dk_budget_amounts_row_finalize (GObject *object)
{
  g_free (DK_BUDGET_AMOUNTS_ROW (object)->kode);
  G_OBJECT_CLASS (dk_budget_amounts_row_parent_class)->finalize (object);
}

static void
dk_budget_amounts_row_class_init (DkBudgetAmountsRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_budget_amounts_row_dispose;
  object_class->finalize = dk_budget_amounts_row_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-budget-amounts-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBudgetAmountsRow, anggaran_entry);
  gtk_widget_class_bind_template_child (widget_class, DkBudgetAmountsRow, realisasi_entry);
}

static void
dk_budget_amounts_row_init (DkBudgetAmountsRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_budget_amounts_row_new:
 * @line: the line whose amounts are entered
 * @monthly: whether a month's realisation is entered: no budget, the realisation empty
 *
 * Returns: (transfer floating): the row, with the line's amounts unless @monthly
 */
DkBudgetAmountsRow *
dk_budget_amounts_row_new (DkBudgetLine *line,
                           gboolean      monthly)
{
  DkBudgetAmountsRow *self = g_object_new (DK_TYPE_BUDGET_AMOUNTS_ROW, "title", dk_budget_line_get_uraian (line),
                                           "subtitle", dk_budget_line_get_kode (line), NULL);

  self->kode = g_strdup (dk_budget_line_get_kode (line));
  self->monthly = monthly;
  label_entry (self->anggaran_entry, self->kode, C_("field", "Budget"));
  label_entry (self->realisasi_entry, self->kode, C_("field", "Realisation"));
  gtk_widget_set_visible (GTK_WIDGET (self->anggaran_entry), !monthly);
  if (!monthly)
    {
      dk_budget_amounts_row_set_amount (self, FALSE, dk_budget_line_get_anggaran (line));
      dk_budget_amounts_row_set_amount (self, TRUE, dk_budget_line_get_realisasi (line));
    }
  return self;
}

const char *
dk_budget_amounts_row_get_kode (DkBudgetAmountsRow *self)
{
  g_return_val_if_fail (DK_IS_BUDGET_AMOUNTS_ROW (self), NULL);
  return self->kode;
}

/* Writes @value grouped as the locale groups it */
void
dk_budget_amounts_row_set_amount (DkBudgetAmountsRow *self,
                                  gboolean            realisasi,
                                  gint64              value)
{
  g_autofree char *text = NULL;
  DkNumberFormat fmt;

  g_return_if_fail (DK_IS_BUDGET_AMOUNTS_ROW (self));
  dk_number_format_init_locale (&fmt);
  text = dk_format_int (&fmt, value);
  gtk_editable_set_text (GTK_EDITABLE (amount_entry (self, realisasi)), text);
}

/**
 * dk_budget_amounts_row_set_text:
 * @realisasi: which amount: the realisation, or else the budget
 *
 * Types an amount, as a user would.
 *
 * Returns: whether the row has that field (a month has no budget)
 */
gboolean
dk_budget_amounts_row_set_text (DkBudgetAmountsRow *self,
                                gboolean            realisasi,
                                const char         *text)
{
  g_return_val_if_fail (DK_IS_BUDGET_AMOUNTS_ROW (self), FALSE);
  if (!realisasi && self->monthly)
    return FALSE;
  gtk_editable_set_text (GTK_EDITABLE (amount_entry (self, realisasi)), text);
  return TRUE;
}

/**
 * dk_budget_amounts_row_read:
 * @value: (out): the amount typed; an empty field is 0
 *
 * Reads an amount; a refused one names the line and the field, and takes the focus.
 */
gboolean
dk_budget_amounts_row_read (DkBudgetAmountsRow  *self,
                            gboolean             realisasi,
                            gint64              *value,
                            GError             **error)
{
  GtkEntry *entry = amount_entry (self, realisasi);
  g_autofree char *name = NULL;

  g_return_val_if_fail (DK_IS_BUDGET_AMOUNTS_ROW (self), FALSE);
  name = g_strdup_printf ("%s, %s", self->kode, realisasi ? C_("field", "Realisation") : C_("field", "Budget"));
  if (dk_budget_parse_rupiah (gtk_editable_get_text (GTK_EDITABLE (entry)), name, value, error))
    return TRUE;
  gtk_widget_grab_focus (GTK_WIDGET (entry));
  return FALSE;
}

/* Whether a realisation was typed: a month's empty field leaves the line as it is */
gboolean
dk_budget_amounts_row_has_realisasi (DkBudgetAmountsRow *self)
{
  const char *text;

  g_return_val_if_fail (DK_IS_BUDGET_AMOUNTS_ROW (self), FALSE);
  for (text = gtk_editable_get_text (GTK_EDITABLE (self->realisasi_entry)); *text; text++)
    if (!g_ascii_isspace (*text))
      return TRUE;
  return FALSE;
}
