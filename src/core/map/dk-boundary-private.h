/* dk-boundary-private.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-boundary.h"

G_BEGIN_DECLS

gboolean _dk_boundaries_check (DkStore    *store,
                               GPtrArray  *findings,
                               GError    **error);

G_END_DECLS
