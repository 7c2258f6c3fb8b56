/* dk-blangko-distribute-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_BLANGKO_DISTRIBUTE_DIALOG (dk_blangko_distribute_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoDistributeDialog, dk_blangko_distribute_dialog, DK, BLANGKO_DISTRIBUTE_DIALOG, AdwWindow)

DkBlangkoDistributeDialog *dk_blangko_distribute_dialog_new        (GtkWindow                 *parent,
                                                                    DkStore                   *store,
                                                                    const char                *date);
void                       dk_blangko_distribute_dialog_set_field  (DkBlangkoDistributeDialog *self,
                                                                    const char                *field,
                                                                    const char                *text);
void                       dk_blangko_distribute_dialog_set_office (DkBlangkoDistributeDialog *self,
                                                                    const char                *kode);
gboolean                   dk_blangko_distribute_dialog_save       (DkBlangkoDistributeDialog *self);
const char                *dk_blangko_distribute_dialog_get_error  (DkBlangkoDistributeDialog *self);

G_END_DECLS
