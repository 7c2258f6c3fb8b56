/* dk-pks-access-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-pks.h"

G_BEGIN_DECLS

#define DK_TYPE_PKS_ACCESS_DIALOG (dk_pks_access_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkPksAccessDialog, dk_pks_access_dialog, DK, PKS_ACCESS_DIALOG, AdwWindow)

DkPksAccessDialog *dk_pks_access_dialog_new        (GtkWindow            *parent,
                                                    DkStore              *store,
                                                    const DkPksAgreement *agreement);
void              dk_pks_access_dialog_set_values (DkPksAccessDialog *self,
                                                   DkPksAccess       access,
                                                   const char        *tanggal);
gboolean          dk_pks_access_dialog_save       (DkPksAccessDialog *self);
const char        *dk_pks_access_dialog_get_error  (DkPksAccessDialog *self);

G_END_DECLS
