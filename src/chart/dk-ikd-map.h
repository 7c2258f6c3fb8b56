/* dk-ikd-map.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-ikd.h"
#include "dk-map-chart.h"

G_BEGIN_DECLS

int         dk_ikd_map_class (gint64                rekam_dinamis,
                              int                   persen_bp,
                              int                   target_bp);
DkMapChart *dk_ikd_map_new   (DkIkdTable           *table,
                              DkBoundaries         *boundaries,
                              const DkNumberFormat *format);
DkMapChart *dk_ikd_map_new_full (DkIkdTable        *table,
                                 DkBoundaries      *boundaries,
                                 gboolean           with_missing,
                                 const DkNumberFormat *format);
GBytes     *dk_ikd_map_render_png (DkStore        *store,
                                   const char     *region,
                                   const char     *as_of,
                                   int             width,
                                   int             height,
                                   GError        **error);

G_END_DECLS
