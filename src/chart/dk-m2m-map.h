/* dk-m2m-map.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-m2m.h"
#include "dk-map-chart.h"

G_BEGIN_DECLS

int         dk_m2m_map_class (gint64                perangkat,
                              gint64                aktif);
DkMapChart *dk_m2m_map_new   (DkM2mTable           *table,
                              DkBoundaries         *boundaries,
                              const DkNumberFormat *format);

G_END_DECLS
