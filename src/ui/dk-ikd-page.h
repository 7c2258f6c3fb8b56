/* dk-ikd-page.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "dk-chart-view.h"
#include "dk-ikd-correct-dialog.h"
#include "dk-print-doc.h"
#include "dk-ikd.h"

G_BEGIN_DECLS

#define DK_TYPE_IKD_PAGE (dk_ikd_page_get_type ())

G_DECLARE_FINAL_TYPE (DkIkdPage, dk_ikd_page, DK, IKD_PAGE, GtkWidget)

void        dk_ikd_page_set_store (DkIkdPage  *self,
                                   DkStore    *store,
                                   GSettings  *settings);
void        dk_ikd_page_reload    (DkIkdPage  *self);
DkIkdCorrectDialog *dk_ikd_page_correct_region (DkIkdPage  *self,
                                                const char *kode);
void        dk_ikd_page_set_sort  (DkIkdPage  *self,
                                   const char *sort);
void        dk_ikd_page_set_show_target (DkIkdPage *self,
                                         gboolean   show_target);
gboolean    dk_ikd_page_get_show_target (DkIkdPage *self);
DkIkdTable *dk_ikd_page_get_table (DkIkdPage  *self);
DkChart    *dk_ikd_page_get_chart (DkIkdPage  *self);
GListModel *dk_ikd_page_get_table_model (DkIkdPage *self);
DkChart    *dk_ikd_page_get_trend_chart (DkIkdPage *self);
DkPrintDoc *dk_ikd_page_create_print_doc (DkIkdPage *self);
DkChartView *dk_ikd_page_get_chart_view (DkIkdPage *self);
gboolean    dk_ikd_page_select_date (DkIkdPage  *self,
                                     const char *as_of);
void        dk_ikd_page_open_region (DkIkdPage  *self,
                                     const char *kode);
gboolean    dk_ikd_page_go_up       (DkIkdPage  *self);
void        dk_ikd_page_set_level   (DkIkdPage     *self,
                                     DkRegionLevel  level);
const char *dk_ikd_page_get_region  (DkIkdPage  *self);
gboolean    dk_ikd_page_get_loading (DkIkdPage  *self);
GtkWidget  *dk_ikd_page_get_breadcrumb (DkIkdPage *self);
GtkColumnView *dk_ikd_page_get_column_view (DkIkdPage *self);
GtkSearchEntry *dk_ikd_page_get_search_entry (DkIkdPage *self);
void        dk_ikd_page_set_view    (DkIkdPage  *self,
                                     const char *view);
const char *dk_ikd_page_get_view    (DkIkdPage  *self);
GtkWidget  *dk_ikd_page_get_pace_card (DkIkdPage *self);
const char *dk_ikd_page_get_pace_text (DkIkdPage *self);
const char *dk_ikd_page_get_coverage_value (DkIkdPage *self);
const char *dk_ikd_page_get_note_text (DkIkdPage *self);

G_END_DECLS
