/* dk-pks-chart.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-chart.h"
#include "dk-pks.h"
#include "dk-print-doc.h"

G_BEGIN_DECLS

#define DK_TYPE_PKS_CHART (dk_pks_chart_get_type ())

G_DECLARE_FINAL_TYPE (DkPksChart, dk_pks_chart, DK, PKS_CHART, DkChart)

DkPksChart *dk_pks_chart_new        (GPtrArray            *agreements,
                                     const DkNumberFormat *format);
guint       dk_pks_chart_get_n_items (DkPksChart          *self);

char       *dk_pks_quarter_end      (const char           *as_of);
DkPrintDoc *dk_pks_print_doc_new    (GPtrArray            *agreements,
                                     const char           *as_of,
                                     const DkNumberFormat *format);

G_END_DECLS
