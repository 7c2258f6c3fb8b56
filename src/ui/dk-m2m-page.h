/* dk-m2m-page.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dk-chart-view.h"
#include "dk-print-doc.h"
#include "dk-m2m.h"

G_BEGIN_DECLS

#define DK_TYPE_M2M_PAGE (dk_m2m_page_get_type ())

G_DECLARE_FINAL_TYPE (DkM2mPage, dk_m2m_page, DK, M2M_PAGE, GtkWidget)

void        dk_m2m_page_set_store       (DkM2mPage  *self,
                                         DkStore    *store,
                                         GSettings  *settings);
void        dk_m2m_page_reload          (DkM2mPage  *self);
void        dk_m2m_page_set_sort        (DkM2mPage  *self,
                                         const char *sort);
DkM2mTable *dk_m2m_page_get_table       (DkM2mPage  *self);
DkChart    *dk_m2m_page_get_chart       (DkM2mPage  *self);
GListModel *dk_m2m_page_get_table_model (DkM2mPage  *self);
guint       dk_m2m_page_get_n_outages   (DkM2mPage  *self);
const char *dk_m2m_page_get_discrepancy (DkM2mPage  *self);
DkPrintDoc *dk_m2m_page_create_print_doc (DkM2mPage *self);
DkChartView *dk_m2m_page_get_chart_view (DkM2mPage *self);

DkChartView *dk_m2m_page_get_map_view (DkM2mPage *self);

G_END_DECLS
