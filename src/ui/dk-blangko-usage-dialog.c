/* dk-blangko-usage-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entering a day of an office's monthly usage report, column by column as the paper
 * form has them (2 to 14). A blank balance, usage or remainder is computed; a refused
 * entry says why and writes nothing.
 */
#define G_LOG_DOMAIN "dk-blangko-usage-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-blangko-form.h"
#include "dk-blangko-usage-dialog.h"
#include "dk-blangko-usage.h"
#include "dk-blangko.h"
#include "dk-format.h"
#include "dk-window.h"
#include "dk-write-error.h"

struct _DkBlangkoUsageDialog
{
  AdwWindow      parent_instance;

  AdwEntryRow   *date_row;
  AdwEntryRow   *number_row;
  AdwEntryRow   *keping_row;
  AdwEntryRow   *saldo_row;
  AdwEntryRow   *pemakaian_row;
  AdwEntryRow   *ba_pinjam_row;
  AdwEntryRow   *pinjam_row;
  AdwEntryRow   *baru_row;
  AdwEntryRow   *hilang_row;
  AdwEntryRow   *rusak_row;
  AdwEntryRow   *perubahan_row;
  AdwEntryRow   *invalid_row;
  AdwEntryRow   *sisa_row;
  AdwEntryRow   *note_row;
  AdwComboRow   *office_row;
  GtkStringList *office_list;
  GtkLabel      *error_label;

  DkStore       *store;
  GPtrArray     *offices;   /* of DkRegion, in office_row's order */
};

G_DEFINE_FINAL_TYPE (DkBlangkoUsageDialog, dk_blangko_usage_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Columns 3 to 5 and 7 to 13 of the form; a blank balance, usage or remainder is -1: computed */
static gboolean
read_counts (DkBlangkoUsageDialog *self,
             DkBlangkoUsageInput  *in)
{
  struct { AdwEntryRow *row; gint64 fallback; gint64 *value; } counts[] = {
    { self->keping_row, 0, &in->masuk }, { self->saldo_row, -1, &in->saldo },
    { self->pemakaian_row, -1, &in->pemakaian }, { self->pinjam_row, 0, &in->pinjam },
    { self->baru_row, 0, &in->baru }, { self->hilang_row, 0, &in->hilang }, { self->rusak_row, 0, &in->rusak },
    { self->perubahan_row, 0, &in->perubahan }, { self->invalid_row, 0, &in->invalid },
    { self->sisa_row, -1, &in->sisa },
  };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    if (!dk_blangko_form_read_count (counts[i].row, counts[i].fallback, counts[i].value, self->error_label))
      return FALSE;
  return TRUE;
}

/**
 * dk_blangko_usage_dialog_save:
 *
 * Checks and records the entry; on success emits "saved" and closes.
 *
 * Returns: whether it was recorded
 */
gboolean
dk_blangko_usage_dialog_save (DkBlangkoUsageDialog *self)
{
  const DkRegion *office = dk_blangko_form_get_office (self->offices, self->office_row);
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  DkBlangkoUsageInput in = { { 0 } };
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL, *when = NULL;

  g_return_val_if_fail (DK_IS_BLANGKO_USAGE_DIALOG (self), FALSE);

  if (!dk_blangko_form_check_date (self->date_row, self->error_label) || !read_counts (self, &in))
    return FALSE;
  g_strlcpy (in.tanggal, date, sizeof in.tanggal);
  in.nomor_masuk = (char *) gtk_editable_get_text (GTK_EDITABLE (self->number_row));
  in.nomor_pinjam = (char *) gtk_editable_get_text (GTK_EDITABLE (self->ba_pinjam_row));
  in.ket = (char *) gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  if (!dk_blangko_usage_set_day (self->store, office != NULL ? office->kode : NULL, &in, &error))
    {
      dk_write_error_show (GTK_WINDOW (self), self->error_label, error);
      return FALSE;
    }
  when = dk_format_date_long (date);
  /* Translators: a toast: office, date */
  message = g_strdup_printf (_("Usage report of %s on %s recorded"), office->wilayah, when);
  g_signal_emit (self, signals[SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_blangko_usage_dialog_save (DK_BLANGKO_USAGE_DIALOG (widget));
}

static void
dk_blangko_usage_dialog_dispose (GObject *object)
{
  DkBlangkoUsageDialog *self = (DkBlangkoUsageDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BLANGKO_USAGE_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->offices, g_ptr_array_unref);
  G_OBJECT_CLASS (dk_blangko_usage_dialog_parent_class)->dispose (object);
}

static void
dk_blangko_usage_dialog_class_init (DkBlangkoUsageDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_blangko_usage_dialog_dispose;

  /**
   * DkBlangkoUsageDialog::saved:
   * @message: what was recorded, for a toast
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-blangko-usage-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, keping_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, saldo_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, pemakaian_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, ba_pinjam_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, pinjam_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, baru_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, hilang_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, rusak_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, perubahan_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, invalid_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, sisa_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, office_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, office_list);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoUsageDialog, error_label);
  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_blangko_usage_dialog_init (DkBlangkoUsageDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_blangko_usage_dialog_new:
 * @date: (nullable): the date to start with, %NULL for today
 *
 * Returns: (transfer none): the dialog
 */
DkBlangkoUsageDialog *
dk_blangko_usage_dialog_new (GtkWindow  *parent,
                             DkStore    *store,
                             const char *date)
{
  DkBlangkoUsageDialog *self = g_object_new (DK_TYPE_BLANGKO_USAGE_DIALOG, "transient-for", parent,
                                             "application", gtk_window_get_application (parent), NULL);
  g_autofree char *today = dk_blangko_today ();

  self->store = g_object_ref (store);
  self->offices = dk_blangko_form_list_offices (store, self->office_list, dk_widget_get_account (GTK_WIDGET (parent)));
  dk_blangko_form_set_text (self->date_row, date != NULL ? date : today);
  return self;
}

/**
 * dk_blangko_usage_dialog_set_field:
 * @field: "date", "number", "keping", "saldo", "pemakaian", "ba-pinjam", "pinjam", "baru", "hilang", "rusak", "perubahan", "invalid", "sisa" or "note"
 *
 * Types into a field, as a user would.
 */
void
dk_blangko_usage_dialog_set_field (DkBlangkoUsageDialog *self,
                                   const char           *field,
                                   const char           *text)
{
  struct { const char *name; AdwEntryRow *row; } rows[] = {
    { "date", self->date_row },
    { "number", self->number_row },
    { "keping", self->keping_row },
    { "saldo", self->saldo_row },
    { "pemakaian", self->pemakaian_row },
    { "ba-pinjam", self->ba_pinjam_row },
    { "pinjam", self->pinjam_row },
    { "baru", self->baru_row },
    { "hilang", self->hilang_row },
    { "rusak", self->rusak_row },
    { "perubahan", self->perubahan_row },
    { "invalid", self->invalid_row },
    { "sisa", self->sisa_row },
    { "note", self->note_row },
  };

  g_return_if_fail (DK_IS_BLANGKO_USAGE_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].name, field))
      dk_blangko_form_set_text (rows[i].row, text);
}

void
dk_blangko_usage_dialog_set_office (DkBlangkoUsageDialog *self,
                                   const char *kode)
{
  g_return_if_fail (DK_IS_BLANGKO_USAGE_DIALOG (self));
  dk_blangko_form_select_office (self->offices, self->office_row, kode);
}

/**
 * dk_blangko_usage_dialog_get_error:
 *
 * Returns: the message shown about the last refused save, or %NULL
 */
const char *
dk_blangko_usage_dialog_get_error (DkBlangkoUsageDialog *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_USAGE_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
