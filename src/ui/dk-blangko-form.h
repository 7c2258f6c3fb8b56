/* dk-blangko-form.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-account.h"
#include "dk-region.h"
#include "dk-store.h"

G_BEGIN_DECLS

/* A count that must be filled, for dk_blangko_form_read_count() */
#define DK_BLANGKO_FORM_REQUIRED G_MININT64

void            dk_blangko_form_show_error    (GtkLabel      *error_label,
                                               const char    *message);
gboolean        dk_blangko_form_check_date    (AdwEntryRow   *row,
                                               GtkLabel      *error_label);
gboolean        dk_blangko_form_read_count    (AdwEntryRow   *row,
                                               gint64         fallback,
                                               gint64        *value,
                                               GtkLabel      *error_label);
GPtrArray      *dk_blangko_form_list_offices  (DkStore         *store,
                                               GtkStringList   *names,
                                               const DkAccount *account);
const DkRegion *dk_blangko_form_get_office    (GPtrArray     *offices,
                                               AdwComboRow   *row);
void            dk_blangko_form_select_office (GPtrArray     *offices,
                                               AdwComboRow   *row,
                                               const char    *kode);
void            dk_blangko_form_set_text      (AdwEntryRow   *row,
                                               const char    *text);

G_END_DECLS
