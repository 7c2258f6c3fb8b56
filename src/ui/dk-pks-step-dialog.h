/* dk-pks-step-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-pks.h"

G_BEGIN_DECLS

#define DK_TYPE_PKS_STEP_DIALOG (dk_pks_step_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkPksStepDialog, dk_pks_step_dialog, DK, PKS_STEP_DIALOG, AdwWindow)

DkPksStepDialog *dk_pks_step_dialog_new        (GtkWindow            *parent,
                                                DkStore              *store,
                                                const DkPksAgreement *agreement);
void            dk_pks_step_dialog_set_values (DkPksStepDialog *self,
                                               const char      *selesai,
                                               const char      *oleh,
                                               guint           dokumen);
gboolean        dk_pks_step_dialog_save       (DkPksStepDialog *self);
const char      *dk_pks_step_dialog_get_error  (DkPksStepDialog *self);

G_END_DECLS
