/* dk-history-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_HISTORY_DIALOG (dk_history_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkHistoryDialog, dk_history_dialog, DK, HISTORY_DIALOG, AdwWindow)

DkHistoryDialog *dk_history_dialog_new          (GtkWindow       *parent,
                                                 DkStore         *store);
void             dk_history_dialog_reload       (DkHistoryDialog *self);
guint            dk_history_dialog_get_n_changes (DkHistoryDialog *self);

G_END_DECLS
