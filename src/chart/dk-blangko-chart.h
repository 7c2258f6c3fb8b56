/* dk-blangko-chart.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-bar-chart.h"
#include "dk-blangko.h"
#include "dk-line-chart.h"

G_BEGIN_DECLS

DkBarChart  *dk_blangko_days_chart_new  (GPtrArray            *offices,
                                         const DkNumberFormat *format);
DkLineChart *dk_blangko_stock_chart_new (GArray               *points,
                                         const DkNumberFormat *format);

G_END_DECLS
