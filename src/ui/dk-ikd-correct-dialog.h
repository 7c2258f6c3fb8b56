/* dk-ikd-correct-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-ikd.h"

G_BEGIN_DECLS

#define DK_TYPE_IKD_CORRECT_DIALOG (dk_ikd_correct_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkIkdCorrectDialog, dk_ikd_correct_dialog, DK, IKD_CORRECT_DIALOG, AdwWindow)

DkIkdCorrectDialog *dk_ikd_correct_dialog_new        (GtkWindow          *parent,
                                                      DkStore            *store,
                                                      const char         *as_of,
                                                      DkIkdRow           *row);
void                dk_ikd_correct_dialog_set_values (DkIkdCorrectDialog *self,
                                                      const char         *rekam_dinamis,
                                                      const char         *jumlah_ikd);
gboolean            dk_ikd_correct_dialog_save       (DkIkdCorrectDialog *self);
const char         *dk_ikd_correct_dialog_get_error  (DkIkdCorrectDialog *self);

G_END_DECLS
