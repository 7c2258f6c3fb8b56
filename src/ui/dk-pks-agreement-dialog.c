/* dk-pks-agreement-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recording a data-access agreement (PKS): its institution (recorded too when new), its
 * numbers on both sides, the signing date and its term in months or its end date, the
 * access mechanism, the data, the IP addresses granted and the security certificate.
 * Saved as one change of the history; a refused entry says why and writes nothing.
 */
#define G_LOG_DOMAIN "dk-pks-agreement-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-pks-agreement-dialog.h"
#include "dk-write-error.h"

struct _DkPksAgreementDialog
{
  AdwWindow    parent_instance;

  GtkLabel    *error_label;
  AdwEntryRow *institution_row;
  AdwEntryRow *kind_row;
  AdwEntryRow *number_row;
  AdwEntryRow *their_number_row;
  AdwEntryRow *signed_row;
  AdwEntryRow *term_row;
  AdwEntryRow *ends_row;
  AdwComboRow *mechanism_row;
  AdwEntryRow *data_row;
  AdwEntryRow *ip_row;
  AdwEntryRow *certificate_row;
  AdwEntryRow *certificate_ends_row;
  AdwEntryRow *requested_row;

  DkStore     *store;
  gint64       id;
  char        *error;
};

G_DEFINE_FINAL_TYPE (DkPksAgreementDialog, dk_pks_agreement_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (DkPksAgreementDialog *self,
            const char           *message,
            AdwEntryRow          *row)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static const char *
text_of (AdwEntryRow *row)
{
  return gtk_editable_get_text (GTK_EDITABLE (row));
}

/* An empty row is no value. */
static const char *
optional (AdwEntryRow *row)
{
  const char *text = text_of (row);

  return text[0] != '\0' ? text : NULL;
}

static gboolean
read_term (DkPksAgreementDialog *self,
           guint                *months)
{
  g_autofree char *text = g_strstrip (g_strdup (text_of (self->term_row)));
  g_autofree char *message = NULL;
  guint64 value = 0;

  *months = 0;
  if (text[0] == '\0' || (g_ascii_string_to_unsigned (text, 10, 1, 1200, &value, NULL)))
    {
      *months = (guint) value;
      return TRUE;
    }
  /* Translators: the text typed as a term in months */
  message = g_strdup_printf (_("Term in months: “%s” is not a number of months"), text);
  show_error (self, message, self->term_row);
  return FALSE;
}

/**
 * dk_pks_agreement_dialog_save:
 *
 * Saves what is typed, as the Save button does: on success the dialog emits ::saved and
 * closes; otherwise it says why and nothing is written.
 */
gboolean
dk_pks_agreement_dialog_save (DkPksAgreementDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DkPksAgreementInput in = { 0 };

  g_return_val_if_fail (DK_IS_PKS_AGREEMENT_DIALOG (self), FALSE);

  if (!read_term (self, &in.jangka_bulan))
    return FALSE;
  in.lembaga = text_of (self->institution_row);
  in.jenis = optional (self->kind_row);
  in.nomor = text_of (self->number_row);
  in.nomor_lembaga = optional (self->their_number_row);
  in.ditandatangani = text_of (self->signed_row);
  in.berakhir = optional (self->ends_row);
  in.mechanism = adw_combo_row_get_selected (self->mechanism_row);
  in.data = optional (self->data_row);
  in.ip = optional (self->ip_row);
  in.sertifikat = optional (self->certificate_row);
  in.sertifikat_berakhir = optional (self->certificate_ends_row);
  in.diajukan = optional (self->requested_row);
  if (!dk_pks_agreement_add (self->store, &in, &self->id, &error))
    {
      if (!dk_write_error_offer_reload (GTK_WINDOW (self), error))
        show_error (self, error->message, NULL);
      return FALSE;
    }
  /* Translators: a toast: the institution, the agreement's number */
  message = g_strdup_printf (_("Agreement %s with %s recorded (Ctrl+Z undoes it)"), in.nomor, in.lembaga);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_pks_agreement_dialog_save (DK_PKS_AGREEMENT_DIALOG (widget));
}

static void
dk_pks_agreement_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_PKS_AGREEMENT_DIALOG);
  G_OBJECT_CLASS (dk_pks_agreement_dialog_parent_class)->dispose (object);
}

static void
dk_pks_agreement_dialog_finalize (GObject *object)
{
  DkPksAgreementDialog *self = DK_PKS_AGREEMENT_DIALOG (object);

  g_clear_object (&self->store);
  g_free (self->error);
  G_OBJECT_CLASS (dk_pks_agreement_dialog_parent_class)->finalize (object);
}

static void
dk_pks_agreement_dialog_class_init (DkPksAgreementDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_pks_agreement_dialog_dispose;
  object_class->finalize = dk_pks_agreement_dialog_finalize;

  /**
   * DkPksAgreementDialog::saved:
   * @message: what was saved, for a toast
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-pks-agreement-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, institution_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, their_number_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, signed_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, term_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, ends_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, mechanism_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, data_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, ip_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, certificate_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, certificate_ends_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksAgreementDialog, requested_row);
  gtk_widget_class_install_action (widget_class, "pks-agreement.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_pks_agreement_dialog_init (DkPksAgreementDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  adw_combo_row_set_selected (self->mechanism_row, DK_PKS_WEB_SERVICE);
}

/**
 * dk_pks_agreement_dialog_new:
 * @lembaga: (nullable): the institution to fill in
 */
DkPksAgreementDialog *
dk_pks_agreement_dialog_new (GtkWindow  *parent,
                             DkStore    *store,
                             const char *lembaga)
{
  DkPksAgreementDialog *self = g_object_new (DK_TYPE_PKS_AGREEMENT_DIALOG, "transient-for", parent,
                                  "application", gtk_window_get_application (parent), NULL);

  self->store = g_object_ref (store);
  if (lembaga != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->institution_row), lembaga);
  return self;
}

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  if (text != NULL)
    gtk_editable_set_text (GTK_EDITABLE (row), text);
}

/**
 * dk_pks_agreement_dialog_set_values:
 *
 * Types the fields, as the user would; a %NULL field is left as it is, a term of 0
 * empties its field.
 */
void
dk_pks_agreement_dialog_set_values (DkPksAgreementDialog      *self,
                                    const DkPksAgreementInput *in)
{
  g_autofree char *term = NULL;

  g_return_if_fail (DK_IS_PKS_AGREEMENT_DIALOG (self));

  term = in->jangka_bulan > 0 ? g_strdup_printf ("%u", in->jangka_bulan) : g_strdup ("");
  set_text (self->institution_row, in->lembaga);
  set_text (self->kind_row, in->jenis);
  set_text (self->number_row, in->nomor);
  set_text (self->their_number_row, in->nomor_lembaga);
  set_text (self->signed_row, in->ditandatangani);
  set_text (self->term_row, term);
  set_text (self->ends_row, in->berakhir);
  set_text (self->data_row, in->data);
  set_text (self->ip_row, in->ip);
  set_text (self->certificate_row, in->sertifikat);
  set_text (self->certificate_ends_row, in->sertifikat_berakhir);
  set_text (self->requested_row, in->diajukan);
  if (in->mechanism < DK_PKS_N_MECHANISMS)
    adw_combo_row_set_selected (self->mechanism_row, in->mechanism);
}

/**
 * dk_pks_agreement_dialog_get_error:
 *
 * Returns: (nullable): why the last save was refused
 */
const char *
dk_pks_agreement_dialog_get_error (DkPksAgreementDialog *self)
{
  g_return_val_if_fail (DK_IS_PKS_AGREEMENT_DIALOG (self), NULL);
  return self->error;
}

/**
 * dk_pks_agreement_dialog_get_id:
 *
 * Returns: the agreement saved, or 0
 */
gint64
dk_pks_agreement_dialog_get_id (DkPksAgreementDialog *self)
{
  g_return_val_if_fail (DK_IS_PKS_AGREEMENT_DIALOG (self), 0);
  return self->id;
}
