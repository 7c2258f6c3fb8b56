/* dk-blangko-dialogs.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

/**
 * DkBlangkoDialogKind:
 * @DK_BLANGKO_ENTRY_RECEIPT: blanks received from the centre
 * @DK_BLANGKO_ENTRY_DISTRIBUTION: blanks handed to an office
 * @DK_BLANGKO_ENTRY_DAILY: an office's daily report
 * @DK_BLANGKO_ENTRY_USAGE: a day of an office's monthly usage report
 */
typedef enum
{
  DK_BLANGKO_ENTRY_RECEIPT,
  DK_BLANGKO_ENTRY_DISTRIBUTION,
  DK_BLANGKO_ENTRY_DAILY,
  DK_BLANGKO_ENTRY_USAGE,
} DkBlangkoDialogKind;

#define DK_TYPE_BLANGKO_ENTRY_DIALOG (dk_blangko_entry_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoEntryDialog, dk_blangko_entry_dialog, DK, BLANGKO_ENTRY_DIALOG, AdwWindow)

DkBlangkoEntryDialog *dk_blangko_entry_dialog_new       (GtkWindow            *parent,
                                                         DkStore              *store,
                                                         DkBlangkoDialogKind   kind,
                                                         const char           *date);
DkBlangkoDialogKind   dk_blangko_entry_dialog_get_kind  (DkBlangkoEntryDialog *self);
void                  dk_blangko_entry_dialog_set_field (DkBlangkoEntryDialog *self,
                                                         const char           *field,
                                                         const char           *text);
void                  dk_blangko_entry_dialog_set_office (DkBlangkoEntryDialog *self,
                                                          const char           *kode);
gboolean              dk_blangko_entry_dialog_save      (DkBlangkoEntryDialog *self);
const char           *dk_blangko_entry_dialog_get_error (DkBlangkoEntryDialog *self);

G_END_DECLS
