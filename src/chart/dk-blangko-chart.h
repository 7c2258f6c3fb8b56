/* dk-blangko-chart.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-bar-chart.h"
#include "dk-blangko.h"
#include "dk-blangko-plan.h"
#include "dk-line-chart.h"
#include "dk-print-doc.h"

G_BEGIN_DECLS

DkBarChart  *dk_blangko_days_chart_new  (GPtrArray            *offices,
                                         const DkNumberFormat *format);
DkLineChart *dk_blangko_stock_chart_new (GArray               *points,
                                         const DkNumberFormat *format);

DkPrintDoc  *dk_blangko_print_doc_new   (GPtrArray            *offices,
                                         DkBlangkoPlan        *plan,
                                         const DkBlangkoStock *stock,
                                         const DkNumberFormat *format);

G_END_DECLS
