/* dk-m2m-chart.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-bar-chart.h"
#include "dk-line-chart.h"
#include "dk-m2m.h"
#include "dk-print-doc.h"

G_BEGIN_DECLS

DkBarChart  *dk_m2m_chart_new          (DkM2mTable           *table,
                                        const DkNumberFormat *format);
DkLineChart *dk_m2m_timeline_chart_new (GArray               *points,
                                        GPtrArray            *events,
                                        const DkNumberFormat *format);

DkPrintDoc  *dk_m2m_print_doc_new      (DkM2mTable           *table,
                                        GPtrArray            *outages,
                                        DkBarSort             sort,
                                        const DkNumberFormat *format);

G_END_DECLS
