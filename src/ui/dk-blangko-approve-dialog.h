/* dk-blangko-approve-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-blangko.h"

G_BEGIN_DECLS

#define DK_TYPE_BLANGKO_APPROVE_DIALOG (dk_blangko_approve_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoApproveDialog, dk_blangko_approve_dialog, DK, BLANGKO_APPROVE_DIALOG, AdwMessageDialog)

DkBlangkoApproveDialog *dk_blangko_approve_dialog_new        (GtkWindow              *parent,
                                                              gint64                  total,
                                                              const char             *date);
const char             *dk_blangko_approve_dialog_get_date   (DkBlangkoApproveDialog *self);
DkBlangkoMethod         dk_blangko_approve_dialog_get_method (DkBlangkoApproveDialog *self);

G_END_DECLS
