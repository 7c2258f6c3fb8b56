/* dk-blangko-receive-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_BLANGKO_RECEIVE_DIALOG (dk_blangko_receive_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoReceiveDialog, dk_blangko_receive_dialog, DK, BLANGKO_RECEIVE_DIALOG, AdwWindow)

DkBlangkoReceiveDialog *dk_blangko_receive_dialog_new       (GtkWindow              *parent,
                                                             DkStore                *store,
                                                             const char             *date);
void                    dk_blangko_receive_dialog_set_field (DkBlangkoReceiveDialog *self,
                                                             const char             *field,
                                                             const char             *text);
gboolean                dk_blangko_receive_dialog_save      (DkBlangkoReceiveDialog *self);
const char             *dk_blangko_receive_dialog_get_error (DkBlangkoReceiveDialog *self);

G_END_DECLS
