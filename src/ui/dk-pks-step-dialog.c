/* dk-pks-step-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recording a step of the SOP "Pemberian Hak Akses Pemanfaatan Data Kependudukan" done for
 * an agreement's request: the step the request waits at, its actor, what it is and its
 * time standard, the date, by whom, and the checklist of its documents, all of which must
 * be there. A step is done only after the one it follows; step 6 grants the access.
 */
#define G_LOG_DOMAIN "dk-pks-step-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-format.h"
#include "dk-pks-step-dialog.h"
#include "dk-write-error.h"

struct _DkPksStepDialog
{
  AdwWindow            parent_instance;

  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow         *done_row;
  AdwEntryRow         *by_row;
  AdwPreferencesGroup *documents_group;
  AdwActionRow        *doc_row1;
  AdwActionRow        *doc_row2;
  AdwActionRow        *doc_row3;
  GtkCheckButton      *doc_check1;
  GtkCheckButton      *doc_check2;
  GtkCheckButton      *doc_check3;

  DkStore             *store;
  gint64               id;
  char                *label;
  char                *error;
  guint                number;
};

G_DEFINE_FINAL_TYPE (DkPksStepDialog, dk_pks_step_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (DkPksStepDialog *self,
            const char      *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* The dialog's agreement, for its title and its toast. */
static void
set_agreement (DkPksStepDialog      *self,
               const DkPksAgreement *a)
{
  g_autofree char *ends = dk_format_date_long (a->berakhir);
  g_autofree char *description = NULL;

  self->id = a->id;
  self->label = g_strdup_printf ("%s · %s", a->lembaga, a->nomor);
  /* Translators: a dialog's description: the agreement's end date */
  description = g_strdup_printf (_("Ends on %s. Saved as one change of the history: Ctrl+Z undoes it."), ends);
  adw_preferences_group_set_title (self->group, self->label);
  adw_preferences_group_set_description (self->group, description);
}

static GtkCheckButton *
doc_check (DkPksStepDialog *self,
           guint            k)
{
  GtkCheckButton *checks[] = { self->doc_check1, self->doc_check2, self->doc_check3 };

  g_assert (k < G_N_ELEMENTS (checks));
  return checks[k];
}

static guint
checked_documents (DkPksStepDialog *self)
{
  guint mask = 0;

  for (guint k = 0; k < 3; k++)
    if (gtk_check_button_get_active (doc_check (self, k)))
      mask |= 1u << k;
  return mask;
}

/**
 * dk_pks_step_dialog_save:
 *
 * Saves what is typed and ticked, as the Save button does: on success the dialog emits
 * ::saved and closes; otherwise it says why and nothing is written.
 */
gboolean
dk_pks_step_dialog_save (DkPksStepDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  const char *selesai = text_of (self->done_row);

  g_return_val_if_fail (DK_IS_PKS_STEP_DIALOG (self), FALSE);

  if (!dk_pks_step_done (self->store, self->id, self->number, selesai, text_of (self->by_row),
                         checked_documents (self), &error))
    {
      if (!dk_write_error_offer_reload (GTK_WINDOW (self), error))
        show_error (self, error->message);
      return FALSE;
    }
  /* Translators: a toast: the agreement, the step, the date */
  message = g_strdup_printf (_("%s: step %u done on %s (Ctrl+Z undoes it)"), self->label, self->number, selesai);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

/* The step's actor, activity, time standard and checklist. */
static void
show_step (DkPksStepDialog *self)
{
  const DkPksStepInfo *info = dk_pks_step_info (self->number);
  AdwActionRow *rows[] = { self->doc_row1, self->doc_row2, self->doc_row3 };
  g_autofree char *time = dk_pks_step_time (info), *title = NULL, *description = NULL;

  /* Translators: the step's number and its actor */
  title = g_strdup_printf (_("Step %u — %s"), info->number, info->actor);
  if (info->unit == DK_PKS_NO_STANDARD)
    /* Translators: what the step is */
    description = g_strdup_printf (_("%s. The SOP gives it no time standard."), _(info->activity));
  else
    /* Translators: what the step is, then its time standard */
    description = g_strdup_printf (_("%s. Time standard: %s."), _(info->activity), time);
  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_preferences_group_set_title (self->documents_group, _("Documents (all are needed)"));
  adw_preferences_group_set_description (self->documents_group, description);
  for (guint k = 0; k < G_N_ELEMENTS (rows); k++)
    {
      const char *document = k < G_N_ELEMENTS (info->documents) ? info->documents[k] : NULL;

      gtk_widget_set_visible (GTK_WIDGET (rows[k]), document != NULL);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (rows[k]), document != NULL ? document : "");
    }
}

/**
 * dk_pks_step_dialog_new:
 * @agreement: the agreement whose request waits at a step (its @next_step is not 0)
 */
DkPksStepDialog *
dk_pks_step_dialog_new (GtkWindow            *parent,
                        DkStore              *store,
                        const DkPksAgreement *agreement)
{
  DkPksStepDialog *self = g_object_new (DK_TYPE_PKS_STEP_DIALOG, "transient-for", parent,
                                  "application", gtk_window_get_application (parent), NULL);

  g_return_val_if_fail (agreement->next_step >= 1 && agreement->next_step <= DK_PKS_N_STEPS, self);

  self->store = g_object_ref (store);
  self->number = agreement->next_step;
  set_agreement (self, agreement);
  show_step (self);
  gtk_editable_set_text (GTK_EDITABLE (self->done_row), agreement->as_of);
  return self;
}

/**
 * dk_pks_step_dialog_set_values:
 * @selesai: (nullable): the date, or %NULL to leave it
 * @oleh: (nullable): by whom, or %NULL to leave it
 * @dokumen: the documents ticked, a bit each
 *
 * Types and ticks, as the user would.
 */
void
dk_pks_step_dialog_set_values (DkPksStepDialog *self,
                               const char      *selesai,
                               const char      *oleh,
                               guint            dokumen)
{
  g_return_if_fail (DK_IS_PKS_STEP_DIALOG (self));

  if (selesai != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->done_row), selesai);
  if (oleh != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->by_row), oleh);
  for (guint k = 0; k < 3; k++)
    gtk_check_button_set_active (doc_check (self, k), (dokumen & (1u << k)) != 0);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_pks_step_dialog_save (DK_PKS_STEP_DIALOG (widget));
}

static void
dk_pks_step_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_PKS_STEP_DIALOG);
  G_OBJECT_CLASS (dk_pks_step_dialog_parent_class)->dispose (object);
}

static void
dk_pks_step_dialog_finalize (GObject *object)
{
  DkPksStepDialog *self = DK_PKS_STEP_DIALOG (object);

  g_clear_object (&self->store);
  g_free (self->label);
  g_free (self->error);
  G_OBJECT_CLASS (dk_pks_step_dialog_parent_class)->finalize (object);
}

static void
dk_pks_step_dialog_class_init (DkPksStepDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_pks_step_dialog_dispose;
  object_class->finalize = dk_pks_step_dialog_finalize;

  /**
   * DkPksStepDialog::saved:
   * @message: what was saved, for a toast
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-pks-step-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, group);
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, done_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, by_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, documents_group);
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, doc_row1);
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, doc_row2);
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, doc_row3);
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, doc_check1);
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, doc_check2);
  gtk_widget_class_bind_template_child (widget_class, DkPksStepDialog, doc_check3);
  gtk_widget_class_install_action (widget_class, "pks-step.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_pks_step_dialog_init (DkPksStepDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_pks_step_dialog_get_error:
 *
 * Returns: (nullable): why the last save was refused
 */
const char *
dk_pks_step_dialog_get_error (DkPksStepDialog *self)
{
  g_return_val_if_fail (DK_IS_PKS_STEP_DIALOG (self), NULL);
  return self->error;
}
