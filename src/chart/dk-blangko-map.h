/* dk-blangko-map.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-blangko.h"
#include "dk-map-chart.h"

G_BEGIN_DECLS

int         dk_blangko_map_class (const DkBlangkoOffice *office);
DkMapChart *dk_blangko_map_new   (GPtrArray             *offices,
                                  DkBoundaries          *boundaries,
                                  const DkNumberFormat  *format);

G_END_DECLS
