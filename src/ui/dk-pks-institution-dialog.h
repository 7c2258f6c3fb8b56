/* dk-pks-institution-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-pks.h"

G_BEGIN_DECLS

#define DK_TYPE_PKS_INSTITUTION_DIALOG (dk_pks_institution_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkPksInstitutionDialog, dk_pks_institution_dialog, DK, PKS_INSTITUTION_DIALOG, AdwWindow)

DkPksInstitutionDialog *dk_pks_institution_dialog_new        (GtkWindow              *parent,
                                                              DkStore                *store,
                                                              const DkPksInstitution *institution);
void                    dk_pks_institution_dialog_set_values (DkPksInstitutionDialog *self,
                                                              const char             *nama,
                                                              const char             *jenis,
                                                              const char             *alamat,
                                                              const char             *kontak);
gboolean                dk_pks_institution_dialog_save       (DkPksInstitutionDialog *self);
const char             *dk_pks_institution_dialog_get_error  (DkPksInstitutionDialog *self);

G_END_DECLS
