/* dk-blangko-number-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DK_TYPE_BLANGKO_NUMBER_DIALOG (dk_blangko_number_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoNumberDialog, dk_blangko_number_dialog, DK, BLANGKO_NUMBER_DIALOG, AdwMessageDialog)

DkBlangkoNumberDialog *dk_blangko_number_dialog_new        (GtkWindow             *parent,
                                                            gint64                 id,
                                                            const char            *office,
                                                            const char            *date,
                                                            const char            *number);
gint64                 dk_blangko_number_dialog_get_id     (DkBlangkoNumberDialog *self);
const char            *dk_blangko_number_dialog_get_number (DkBlangkoNumberDialog *self);
void                   dk_blangko_number_dialog_set_number (DkBlangkoNumberDialog *self,
                                                            const char            *number);

G_END_DECLS
