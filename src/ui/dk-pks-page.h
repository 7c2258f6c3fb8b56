/* dk-pks-page.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-chart-view.h"
#include "dk-pks.h"
#include "dk-print-doc.h"

G_BEGIN_DECLS

#define DK_TYPE_PKS_PAGE (dk_pks_page_get_type ())

G_DECLARE_FINAL_TYPE (DkPksPage, dk_pks_page, DK, PKS_PAGE, GtkWidget)

void        dk_pks_page_set_store              (DkPksPage    *self,
                                                DkStore      *store);
void        dk_pks_page_reload                 (DkPksPage    *self);
void        dk_pks_page_set_as_of              (DkPksPage    *self,
                                                const char   *as_of);
const char *dk_pks_page_get_as_of              (DkPksPage    *self);
void        dk_pks_page_get_summary            (DkPksPage    *self,
                                                DkPksSummary *summary);
const char *dk_pks_page_get_card_detail        (DkPksPage    *self,
                                                guint         card);
gboolean    dk_pks_page_select                 (DkPksPage    *self,
                                                gint64        id);
gint64      dk_pks_page_get_selected           (DkPksPage    *self);
GListModel *dk_pks_page_get_agreements_model   (DkPksPage    *self);
GListModel *dk_pks_page_get_steps_model        (DkPksPage    *self);
GListModel *dk_pks_page_get_institutions_model (DkPksPage    *self);
DkChartView *dk_pks_page_get_chart_view        (DkPksPage    *self);
DkPrintDoc *dk_pks_page_create_print_doc       (DkPksPage    *self);

G_END_DECLS
