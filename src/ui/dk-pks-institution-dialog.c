/* dk-pks-institution-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recording an institution that uses population data (lembaga pengguna), or changing its
 * kind, address and contact. Saved as one change of the history (Ctrl+Z undoes it); a
 * refused entry says why and writes nothing.
 */
#define G_LOG_DOMAIN "dk-pks-institution-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-pks-institution-dialog.h"
#include "dk-write-error.h"

struct _DkPksInstitutionDialog
{
  AdwWindow            parent_instance;

  GtkLabel            *error_label;
  AdwPreferencesGroup *group;
  AdwEntryRow         *name_row;
  AdwEntryRow         *kind_row;
  AdwEntryRow         *address_row;
  AdwEntryRow         *contact_row;

  DkStore             *store;
  gint64               id;
  char                *error;
};

G_DEFINE_FINAL_TYPE (DkPksInstitutionDialog, dk_pks_institution_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (DkPksInstitutionDialog *self,
            const char             *message)
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

/**
 * dk_pks_institution_dialog_save:
 *
 * Saves what is typed, as the Save button does: on success the dialog emits ::saved and
 * closes; otherwise it says why and nothing is written.
 */
gboolean
dk_pks_institution_dialog_save (DkPksInstitutionDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DkPksInstitution in = { 0 };

  g_return_val_if_fail (DK_IS_PKS_INSTITUTION_DIALOG (self), FALSE);

  in.id = self->id;
  in.nama = (char *) text_of (self->name_row);
  in.jenis = (char *) text_of (self->kind_row);
  in.alamat = (char *) text_of (self->address_row);
  in.kontak = (char *) text_of (self->contact_row);
  if (!dk_pks_institution_set (self->store, &in, NULL, &error))
    {
      if (!dk_write_error_offer_reload (GTK_WINDOW (self), error))
        show_error (self, error->message);
      gtk_widget_grab_focus (GTK_WIDGET (self->name_row));
      return FALSE;
    }
  /* Translators: a toast: the institution's name */
  message = g_strdup_printf (_("Institution %s saved (Ctrl+Z undoes it)"), in.nama);
  g_signal_emit (self, signals[SIGNAL_SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_pks_institution_dialog_save (DK_PKS_INSTITUTION_DIALOG (widget));
}

static void
dk_pks_institution_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_PKS_INSTITUTION_DIALOG);
  G_OBJECT_CLASS (dk_pks_institution_dialog_parent_class)->dispose (object);
}

static void
dk_pks_institution_dialog_finalize (GObject *object)
{
  DkPksInstitutionDialog *self = DK_PKS_INSTITUTION_DIALOG (object);

  g_clear_object (&self->store);
  g_free (self->error);
  G_OBJECT_CLASS (dk_pks_institution_dialog_parent_class)->finalize (object);
}

static void
dk_pks_institution_dialog_class_init (DkPksInstitutionDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_pks_institution_dialog_dispose;
  object_class->finalize = dk_pks_institution_dialog_finalize;

  /**
   * DkPksInstitutionDialog::saved:
   * @message: what was saved, for a toast
   */
  signals[SIGNAL_SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                        G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-pks-institution-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkPksInstitutionDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkPksInstitutionDialog, group);
  gtk_widget_class_bind_template_child (widget_class, DkPksInstitutionDialog, name_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksInstitutionDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksInstitutionDialog, address_row);
  gtk_widget_class_bind_template_child (widget_class, DkPksInstitutionDialog, contact_row);
  gtk_widget_class_install_action (widget_class, "pks-institution.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_pks_institution_dialog_init (DkPksInstitutionDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_pks_institution_dialog_new:
 * @institution: (nullable): the institution to change, or %NULL for a new one
 */
DkPksInstitutionDialog *
dk_pks_institution_dialog_new (GtkWindow              *parent,
                               DkStore                *store,
                               const DkPksInstitution *institution)
{
  DkPksInstitutionDialog *self = g_object_new (DK_TYPE_PKS_INSTITUTION_DIALOG, "transient-for", parent,
                                  "application", gtk_window_get_application (parent), NULL);

  self->store = g_object_ref (store);
  adw_preferences_group_set_description (self->group, _("An institution that uses population data under an "
                                                        "agreement: a bank, a hospital, BPJS, a local government "
                                                        "office."));
  if (institution != NULL)
    {
      self->id = institution->id;
      dk_pks_institution_dialog_set_values (self, institution->nama, institution->jenis, institution->alamat,
                                            institution->kontak);
    }
  return self;
}

/**
 * dk_pks_institution_dialog_set_values:
 *
 * Types the fields, as the user would; %NULL leaves a field as it is.
 */
void
dk_pks_institution_dialog_set_values (DkPksInstitutionDialog *self,
                                      const char             *nama,
                                      const char             *jenis,
                                      const char             *alamat,
                                      const char             *kontak)
{
  AdwEntryRow *rows[] = { self->name_row, self->kind_row, self->address_row, self->contact_row };
  const char *values[] = { nama, jenis, alamat, kontak };

  g_return_if_fail (DK_IS_PKS_INSTITUTION_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (values[i] != NULL)
      gtk_editable_set_text (GTK_EDITABLE (rows[i]), values[i]);
}

/**
 * dk_pks_institution_dialog_get_error:
 *
 * Returns: (nullable): why the last save was refused
 */
const char *
dk_pks_institution_dialog_get_error (DkPksInstitutionDialog *self)
{
  g_return_val_if_fail (DK_IS_PKS_INSTITUTION_DIALOG (self), NULL);
  return self->error;
}
