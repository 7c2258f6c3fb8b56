/* dk-blangko-daily-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_BLANGKO_DAILY_DIALOG (dk_blangko_daily_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoDailyDialog, dk_blangko_daily_dialog, DK, BLANGKO_DAILY_DIALOG, AdwWindow)

DkBlangkoDailyDialog *dk_blangko_daily_dialog_new        (GtkWindow            *parent,
                                                          DkStore              *store,
                                                          const char           *date);
void                  dk_blangko_daily_dialog_set_field  (DkBlangkoDailyDialog *self,
                                                          const char           *field,
                                                          const char           *text);
void                  dk_blangko_daily_dialog_set_office (DkBlangkoDailyDialog *self,
                                                          const char           *kode);
gboolean              dk_blangko_daily_dialog_save       (DkBlangkoDailyDialog *self);
const char           *dk_blangko_daily_dialog_get_error  (DkBlangkoDailyDialog *self);

G_END_DECLS
