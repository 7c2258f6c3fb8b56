/* dk-pks-extend-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-pks.h"

G_BEGIN_DECLS

#define DK_TYPE_PKS_EXTEND_DIALOG (dk_pks_extend_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkPksExtendDialog, dk_pks_extend_dialog, DK, PKS_EXTEND_DIALOG, AdwWindow)

DkPksExtendDialog *dk_pks_extend_dialog_new        (GtkWindow            *parent,
                                                    DkStore              *store,
                                                    const DkPksAgreement *agreement);
void              dk_pks_extend_dialog_set_values (DkPksExtendDialog *self,
                                                   const char        *tanggal,
                                                   const char        *nomor,
                                                   const char        *berakhir);
gboolean          dk_pks_extend_dialog_save       (DkPksExtendDialog *self);
const char        *dk_pks_extend_dialog_get_error  (DkPksExtendDialog *self);

G_END_DECLS
