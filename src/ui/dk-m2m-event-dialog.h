/* dk-m2m-event-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_M2M_EVENT_DIALOG (dk_m2m_event_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkM2mEventDialog, dk_m2m_event_dialog, DK, M2M_EVENT_DIALOG, AdwWindow)

DkM2mEventDialog *dk_m2m_event_dialog_new        (GtkWindow        *parent,
                                                  DkStore          *store,
                                                  const char       *region);
gboolean          dk_m2m_event_dialog_save       (DkM2mEventDialog *self);
const char       *dk_m2m_event_dialog_get_error  (DkM2mEventDialog *self);

G_END_DECLS
