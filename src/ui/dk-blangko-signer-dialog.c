/* dk-blangko-signer-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The signatory printed under a region's blangko reports: position, name, rank, NIP and
 * the place written by the date. Its "save" response is the go-ahead; the page reads the
 * fields back and writes them.
 */
#define G_LOG_DOMAIN "dk-blangko-signer-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-blangko-signer-dialog.h"

struct _DkBlangkoSignerDialog
{
  AdwMessageDialog  parent_instance;

  AdwEntryRow      *jabatan_row;
  AdwEntryRow      *nama_row;
  AdwEntryRow      *pangkat_row;
  AdwEntryRow      *nip_row;
  AdwEntryRow      *tempat_row;

  char             *kode;
};

G_DEFINE_FINAL_TYPE (DkBlangkoSignerDialog, dk_blangko_signer_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
dk_blangko_signer_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_BLANGKO_SIGNER_DIALOG);
  G_OBJECT_CLASS (dk_blangko_signer_dialog_parent_class)->dispose (object);
}

static void
dk_blangko_signer_dialog_finalize (GObject *object)
{
  g_free (DK_BLANGKO_SIGNER_DIALOG (object)->kode);
  G_OBJECT_CLASS (dk_blangko_signer_dialog_parent_class)->finalize (object);
}

static void
dk_blangko_signer_dialog_class_init (DkBlangkoSignerDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_blangko_signer_dialog_dispose;
  object_class->finalize = dk_blangko_signer_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-blangko-signer-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoSignerDialog, jabatan_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoSignerDialog, nama_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoSignerDialog, pangkat_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoSignerDialog, nip_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoSignerDialog, tempat_row);
}

static void
dk_blangko_signer_dialog_init (DkBlangkoSignerDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_blangko_signer_dialog_new:
 * @kode: the region whose signatory is set: an office, or the province
 * @wilayah: (nullable): its name, for the text; %NULL shows @kode
 * @signer: the signatory as stored
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
DkBlangkoSignerDialog *
dk_blangko_signer_dialog_new (GtkWindow             *parent,
                              const char            *kode,
                              const char            *wilayah,
                              const DkBlangkoSigner *signer)
{
  DkBlangkoSignerDialog *self = g_object_new (DK_TYPE_BLANGKO_SIGNER_DIALOG, "transient-for", parent,
                                              "application", gtk_window_get_application (parent), NULL);

  self->kode = g_strdup (kode);
  /* Translators: the signatory dialog: the region */
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  _("Printed under the reports of %s. A field left empty is a dotted line to "
                                    "fill by hand."), wilayah != NULL ? wilayah : kode);
  set_row_text (self->jabatan_row, signer->jabatan);
  set_row_text (self->nama_row, signer->nama);
  set_row_text (self->pangkat_row, signer->pangkat);
  set_row_text (self->nip_row, signer->nip);
  set_row_text (self->tempat_row, signer->tempat);
  return self;
}

const char *
dk_blangko_signer_dialog_get_kode (DkBlangkoSignerDialog *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_SIGNER_DIALOG (self), NULL);
  return self->kode;
}

/**
 * dk_blangko_signer_dialog_get_signer:
 * @signer: (out caller-allocates): the fields as typed; its strings belong to the dialog
 */
void
dk_blangko_signer_dialog_get_signer (DkBlangkoSignerDialog *self,
                                     DkBlangkoSigner       *signer)
{
  g_return_if_fail (DK_IS_BLANGKO_SIGNER_DIALOG (self));
  signer->jabatan = (char *) gtk_editable_get_text (GTK_EDITABLE (self->jabatan_row));
  signer->nama = (char *) gtk_editable_get_text (GTK_EDITABLE (self->nama_row));
  signer->pangkat = (char *) gtk_editable_get_text (GTK_EDITABLE (self->pangkat_row));
  signer->nip = (char *) gtk_editable_get_text (GTK_EDITABLE (self->nip_row));
  signer->tempat = (char *) gtk_editable_get_text (GTK_EDITABLE (self->tempat_row));
}

/**
 * dk_blangko_signer_dialog_set_field:
 * @field: "jabatan", "nama", "pangkat", "nip" or "tempat"
 *
 * Types into a field, as a user would.
 */
void
dk_blangko_signer_dialog_set_field (DkBlangkoSignerDialog *self,
                                    const char            *field,
                                    const char            *text)
{
  struct { const char *name; AdwEntryRow *row; } rows[] = {
    { "jabatan", self->jabatan_row }, { "nama", self->nama_row }, { "pangkat", self->pangkat_row },
    { "nip", self->nip_row }, { "tempat", self->tempat_row },
  };

  g_return_if_fail (DK_IS_BLANGKO_SIGNER_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].name, field))
      set_row_text (rows[i].row, text);
}
