/* dk-pks-agreement-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-pks.h"

G_BEGIN_DECLS

#define DK_TYPE_PKS_AGREEMENT_DIALOG (dk_pks_agreement_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkPksAgreementDialog, dk_pks_agreement_dialog, DK, PKS_AGREEMENT_DIALOG, AdwWindow)

DkPksAgreementDialog *dk_pks_agreement_dialog_new        (GtkWindow                 *parent,
                                                          DkStore                   *store,
                                                          const char                *lembaga);
void                  dk_pks_agreement_dialog_set_values (DkPksAgreementDialog      *self,
                                                          const DkPksAgreementInput *input);
gboolean              dk_pks_agreement_dialog_save       (DkPksAgreementDialog      *self);
const char           *dk_pks_agreement_dialog_get_error  (DkPksAgreementDialog      *self);
gint64                dk_pks_agreement_dialog_get_id     (DkPksAgreementDialog      *self);

G_END_DECLS
