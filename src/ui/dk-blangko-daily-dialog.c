/* dk-blangko-daily-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recording an office's daily report: the blanks left at the end of the day, the cards
 * printed, the PRR waiting for a card and the suket issued. A refused entry says why
 * and writes nothing.
 */
#define G_LOG_DOMAIN "dk-blangko-daily-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-blangko-form.h"
#include "dk-blangko-daily-dialog.h"
#include "dk-blangko.h"
#include "dk-format.h"
#include "dk-window.h"
#include "dk-write-error.h"

struct _DkBlangkoDailyDialog
{
  AdwWindow      parent_instance;

  AdwEntryRow   *date_row;
  AdwEntryRow   *sisa_row;
  AdwEntryRow   *cetak_row;
  AdwEntryRow   *prr_row;
  AdwEntryRow   *suket_row;
  AdwComboRow   *office_row;
  GtkStringList *office_list;
  GtkLabel      *error_label;

  DkStore       *store;
  GPtrArray     *offices;   /* of DkRegion, in office_row's order */
};

G_DEFINE_FINAL_TYPE (DkBlangkoDailyDialog, dk_blangko_daily_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * dk_blangko_daily_dialog_save:
 *
 * Checks and records the entry; on success emits "saved" and closes.
 *
 * Returns: whether it was recorded
 */
gboolean
dk_blangko_daily_dialog_save (DkBlangkoDailyDialog *self)
{
  const DkRegion *office = dk_blangko_form_get_office (self->offices, self->office_row);
  DkBlangkoDaily d = { office != NULL ? office->kode : NULL, "", 0, 0, 0, 0 };
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL, *when = NULL;

  g_return_val_if_fail (DK_IS_BLANGKO_DAILY_DIALOG (self), FALSE);

  if (!dk_blangko_form_check_date (self->date_row, self->error_label))
    return FALSE;
  g_strlcpy (d.tanggal, gtk_editable_get_text (GTK_EDITABLE (self->date_row)), sizeof d.tanggal);
  if (!dk_blangko_form_read_count (self->sisa_row, DK_BLANGKO_FORM_REQUIRED, &d.sisa, self->error_label) ||
      !dk_blangko_form_read_count (self->cetak_row, DK_BLANGKO_FORM_REQUIRED, &d.cetak, self->error_label) ||
      !dk_blangko_form_read_count (self->prr_row, DK_BLANGKO_FORM_REQUIRED, &d.prr, self->error_label) ||
      !dk_blangko_form_read_count (self->suket_row, 0, &d.suket, self->error_label))
    return FALSE;
  if (!dk_blangko_set_daily (self->store, &d, &error))
    {
      dk_write_error_show (GTK_WINDOW (self), self->error_label, error);
      return FALSE;
    }
  when = dk_format_date_long (d.tanggal);
  /* Translators: a toast: office, date */
  message = g_strdup_printf (_("Daily report of %s on %s recorded"), office->wilayah, when);
  g_signal_emit (self, signals[SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_blangko_daily_dialog_save (DK_BLANGKO_DAILY_DIALOG (widget));
}

static void
dk_blangko_daily_dialog_dispose (GObject *object)
{
  DkBlangkoDailyDialog *self = (DkBlangkoDailyDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BLANGKO_DAILY_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->offices, g_ptr_array_unref);
  G_OBJECT_CLASS (dk_blangko_daily_dialog_parent_class)->dispose (object);
}

static void
dk_blangko_daily_dialog_class_init (DkBlangkoDailyDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_blangko_daily_dialog_dispose;

  /**
   * DkBlangkoDailyDialog::saved:
   * @message: what was recorded, for a toast
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-blangko-daily-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoDailyDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoDailyDialog, sisa_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoDailyDialog, cetak_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoDailyDialog, prr_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoDailyDialog, suket_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoDailyDialog, office_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoDailyDialog, office_list);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoDailyDialog, error_label);
  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_blangko_daily_dialog_init (DkBlangkoDailyDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_blangko_daily_dialog_new:
 * @date: (nullable): the date to start with, %NULL for today
 *
 * Returns: (transfer none): the dialog
 */
DkBlangkoDailyDialog *
dk_blangko_daily_dialog_new (GtkWindow  *parent,
                             DkStore    *store,
                             const char *date)
{
  DkBlangkoDailyDialog *self = g_object_new (DK_TYPE_BLANGKO_DAILY_DIALOG, "transient-for", parent,
                                             "application", gtk_window_get_application (parent), NULL);
  g_autofree char *today = dk_blangko_today ();

  self->store = g_object_ref (store);
  self->offices = dk_blangko_form_list_offices (store, self->office_list, dk_widget_get_account (GTK_WIDGET (parent)));
  dk_blangko_form_set_text (self->date_row, date != NULL ? date : today);
  return self;
}

/**
 * dk_blangko_daily_dialog_set_field:
 * @field: "date", "sisa", "cetak", "prr" or "suket"
 *
 * Types into a field, as a user would.
 */
void
dk_blangko_daily_dialog_set_field (DkBlangkoDailyDialog *self,
                                   const char           *field,
                                   const char           *text)
{
  struct { const char *name; AdwEntryRow *row; } rows[] = {
    { "date", self->date_row },
    { "sisa", self->sisa_row },
    { "cetak", self->cetak_row },
    { "prr", self->prr_row },
    { "suket", self->suket_row },
  };

  g_return_if_fail (DK_IS_BLANGKO_DAILY_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].name, field))
      dk_blangko_form_set_text (rows[i].row, text);
}

void
dk_blangko_daily_dialog_set_office (DkBlangkoDailyDialog *self,
                                   const char *kode)
{
  g_return_if_fail (DK_IS_BLANGKO_DAILY_DIALOG (self));
  dk_blangko_form_select_office (self->offices, self->office_row, kode);
}

/**
 * dk_blangko_daily_dialog_get_error:
 *
 * Returns: the message shown about the last refused save, or %NULL
 */
const char *
dk_blangko_daily_dialog_get_error (DkBlangkoDailyDialog *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_DAILY_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
