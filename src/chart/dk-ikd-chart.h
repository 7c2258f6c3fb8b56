/* dk-ikd-chart.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-bar-chart.h"
#include "dk-boundary.h"
#include "dk-ikd.h"
#include "dk-ikd-pace.h"
#include "dk-line-chart.h"
#include "dk-print-doc.h"

G_BEGIN_DECLS

void         dk_ikd_chart_mark_partial (DkBarChart        *chart,
                                        DkIkdTable        *table);
DkBarChart  *dk_ikd_chart_new       (DkIkdTable           *table,
                                     const DkNumberFormat *format);
DkLineChart *dk_ikd_trend_chart_new (GArray               *points,
                                     const DkNumberFormat *format);
char        *dk_ikd_row_describe    (DkIkdRow             *row,
                                     const DkNumberFormat *format);
void         dk_ikd_trend_add_pace  (DkLineChart          *chart,
                                     const DkIkdPace      *pace,
                                     gint64                rekam_dinamis,
                                     gint64                jumlah_ikd,
                                     int                   target_bp);
char        *dk_ikd_target_label    (const DkNumberFormat *format,
                                     int                   target_bp);
DkPrintDoc  *dk_ikd_print_doc_new   (DkIkdTable           *table,
                                     GArray               *trend,
                                     DkBarSort             sort,
                                     const DkNumberFormat *format);
DkPrintDoc  *dk_ikd_print_doc_new_with_map (DkIkdTable    *table,
                                            GArray        *trend,
                                            DkBarSort      sort,
                                            DkBoundaries  *boundaries,
                                            const DkNumberFormat *format);

G_END_DECLS
