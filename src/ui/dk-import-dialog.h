/* dk-import-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-account.h"
#include "dk-import.h"

G_BEGIN_DECLS

#define DK_TYPE_IMPORT_DIALOG (dk_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkImportDialog, dk_import_dialog, DK, IMPORT_DIALOG, AdwWindow)

void            dk_import_dialog_set_region         (DkImportDialog *self,
                                                     const char     *region);
void            dk_import_dialog_set_account        (DkImportDialog  *self,
                                                     const DkAccount *account);
guint           dk_import_dialog_get_n_kinds        (DkImportDialog *self);
DkImportDialog *dk_import_dialog_new                (GtkWindow      *parent,
                                                     DkStore        *store,
                                                     DkImportKind    kind);
void            dk_import_dialog_set_file           (DkImportDialog *self,
                                                     GFile          *file);
gboolean        dk_import_dialog_confirm            (DkImportDialog *self);
DkImport       *dk_import_dialog_get_import         (DkImportDialog *self);
gboolean        dk_import_dialog_is_busy            (DkImportDialog *self);
gboolean        dk_import_dialog_can_import         (DkImportDialog *self);
guint           dk_import_dialog_get_n_problem_rows (DkImportDialog *self);
GListModel     *dk_import_dialog_get_preview        (DkImportDialog *self);
const char     *dk_import_dialog_get_error          (DkImportDialog *self);

G_END_DECLS
