/* dk-write-error.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

gboolean dk_write_error_offer_reload (GtkWindow    *dialog,
                                      const GError *error);
void     dk_write_error_show         (GtkWindow    *dialog,
                                      GtkLabel     *error_label,
                                      const GError *error);

G_END_DECLS
