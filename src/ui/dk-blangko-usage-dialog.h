/* dk-blangko-usage-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_BLANGKO_USAGE_DIALOG (dk_blangko_usage_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoUsageDialog, dk_blangko_usage_dialog, DK, BLANGKO_USAGE_DIALOG, AdwWindow)

DkBlangkoUsageDialog *dk_blangko_usage_dialog_new        (GtkWindow            *parent,
                                                          DkStore              *store,
                                                          const char           *date);
void                  dk_blangko_usage_dialog_set_field  (DkBlangkoUsageDialog *self,
                                                          const char           *field,
                                                          const char           *text);
void                  dk_blangko_usage_dialog_set_office (DkBlangkoUsageDialog *self,
                                                          const char           *kode);
gboolean              dk_blangko_usage_dialog_save       (DkBlangkoUsageDialog *self);
const char           *dk_blangko_usage_dialog_get_error  (DkBlangkoUsageDialog *self);

G_END_DECLS
