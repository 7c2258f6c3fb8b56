/* dk-restore-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DK_TYPE_RESTORE_DIALOG (dk_restore_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkRestoreDialog, dk_restore_dialog, DK, RESTORE_DIALOG, AdwMessageDialog)

DkRestoreDialog *dk_restore_dialog_new      (GtkWindow       *parent,
                                             const char      *path);
const char      *dk_restore_dialog_get_path (DkRestoreDialog *self);

G_END_DECLS
