/* dk-blangko-receive-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recording blanks received from the centre: the date, the berita acara's number, how
 * many and a note. Counts may be typed in either grouping ("2.000", "2,000"); a refused
 * entry says why and writes nothing.
 */
#define G_LOG_DOMAIN "dk-blangko-receive-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-blangko-form.h"
#include "dk-blangko-receive-dialog.h"
#include "dk-blangko.h"
#include "dk-format.h"
#include "dk-write-error.h"

struct _DkBlangkoReceiveDialog
{
  AdwWindow      parent_instance;

  AdwEntryRow   *date_row;
  AdwEntryRow   *number_row;
  AdwEntryRow   *keping_row;
  AdwEntryRow   *note_row;
  GtkLabel      *error_label;

  DkStore       *store;
};

G_DEFINE_FINAL_TYPE (DkBlangkoReceiveDialog, dk_blangko_receive_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * dk_blangko_receive_dialog_save:
 *
 * Checks and records the entry; on success emits "saved" and closes.
 *
 * Returns: whether it was recorded
 */
gboolean
dk_blangko_receive_dialog_save (DkBlangkoReceiveDialog *self)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL, *count = NULL, *when = NULL;
  DkNumberFormat fmt;
  gint64 keping = 0;

  g_return_val_if_fail (DK_IS_BLANGKO_RECEIVE_DIALOG (self), FALSE);

  if (!dk_blangko_form_check_date (self->date_row, self->error_label) ||
      !dk_blangko_form_read_count (self->keping_row, DK_BLANGKO_FORM_REQUIRED, &keping, self->error_label))
    return FALSE;
  if (!dk_blangko_add_receipt (self->store, date, gtk_editable_get_text (GTK_EDITABLE (self->number_row)), keping,
                               gtk_editable_get_text (GTK_EDITABLE (self->note_row)), NULL, &error))
    {
      dk_write_error_show (GTK_WINDOW (self), self->error_label, error);
      return FALSE;
    }
  dk_number_format_init_locale (&fmt);
  count = dk_format_int (&fmt, keping);
  when = dk_format_date_long (date);
  /* Translators: a toast: blanks, date */
  message = g_strdup_printf (_("%s blanks received on %s recorded"), count, when);
  g_signal_emit (self, signals[SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_blangko_receive_dialog_save (DK_BLANGKO_RECEIVE_DIALOG (widget));
}

static void
dk_blangko_receive_dialog_dispose (GObject *object)
{
  DkBlangkoReceiveDialog *self = (DkBlangkoReceiveDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BLANGKO_RECEIVE_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dk_blangko_receive_dialog_parent_class)->dispose (object);
}

static void
dk_blangko_receive_dialog_class_init (DkBlangkoReceiveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_blangko_receive_dialog_dispose;

  /**
   * DkBlangkoReceiveDialog::saved:
   * @message: what was recorded, for a toast
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-blangko-receive-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoReceiveDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoReceiveDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoReceiveDialog, keping_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoReceiveDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoReceiveDialog, error_label);
  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_blangko_receive_dialog_init (DkBlangkoReceiveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_blangko_receive_dialog_new:
 * @date: (nullable): the date to start with, %NULL for today
 *
 * Returns: (transfer none): the dialog
 */
DkBlangkoReceiveDialog *
dk_blangko_receive_dialog_new (GtkWindow  *parent,
                               DkStore    *store,
                               const char *date)
{
  DkBlangkoReceiveDialog *self = g_object_new (DK_TYPE_BLANGKO_RECEIVE_DIALOG, "transient-for", parent,
                                               "application", gtk_window_get_application (parent), NULL);
  g_autofree char *today = dk_blangko_today ();

  self->store = g_object_ref (store);
  dk_blangko_form_set_text (self->date_row, date != NULL ? date : today);
  return self;
}

/**
 * dk_blangko_receive_dialog_set_field:
 * @field: "date", "number", "keping" or "note"
 *
 * Types into a field, as a user would.
 */
void
dk_blangko_receive_dialog_set_field (DkBlangkoReceiveDialog *self,
                                     const char             *field,
                                     const char             *text)
{
  struct { const char *name; AdwEntryRow *row; } rows[] = {
    { "date", self->date_row },
    { "number", self->number_row },
    { "keping", self->keping_row },
    { "note", self->note_row },
  };

  g_return_if_fail (DK_IS_BLANGKO_RECEIVE_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].name, field))
      dk_blangko_form_set_text (rows[i].row, text);
}

/**
 * dk_blangko_receive_dialog_get_error:
 *
 * Returns: the message shown about the last refused save, or %NULL
 */
const char *
dk_blangko_receive_dialog_get_error (DkBlangkoReceiveDialog *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_RECEIVE_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
