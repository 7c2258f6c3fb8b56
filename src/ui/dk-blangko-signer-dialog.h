/* dk-blangko-signer-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-blangko.h"

G_BEGIN_DECLS

#define DK_TYPE_BLANGKO_SIGNER_DIALOG (dk_blangko_signer_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoSignerDialog, dk_blangko_signer_dialog, DK, BLANGKO_SIGNER_DIALOG, AdwMessageDialog)

DkBlangkoSignerDialog *dk_blangko_signer_dialog_new        (GtkWindow             *parent,
                                                            const char            *kode,
                                                            const char            *wilayah,
                                                            const DkBlangkoSigner *signer);
const char            *dk_blangko_signer_dialog_get_kode   (DkBlangkoSignerDialog *self);
void                   dk_blangko_signer_dialog_get_signer (DkBlangkoSignerDialog *self,
                                                            DkBlangkoSigner       *signer);
void                   dk_blangko_signer_dialog_set_field  (DkBlangkoSignerDialog *self,
                                                            const char            *field,
                                                            const char            *text);

G_END_DECLS
