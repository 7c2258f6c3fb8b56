/* dk-stated-internal.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-stated.h"

G_BEGIN_DECLS

gboolean _dk_stated_total_replace (DkStore             *store,
                                   const char          *tabel,
                                   const char          *ref,
                                   const char          *kode,
                                   const DkStatedInput *totals,
                                   gsize                n_totals,
                                   GError             **error);

G_END_DECLS
