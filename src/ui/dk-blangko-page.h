/* dk-blangko-page.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-blangko.h"
#include "dk-blangko-number-dialog.h"
#include "dk-blangko-signer-dialog.h"
#include "dk-blangko-plan.h"
#include "dk-chart-view.h"
#include "dk-print-doc.h"

G_BEGIN_DECLS

#define DK_TYPE_BLANGKO_PAGE (dk_blangko_page_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoPage, dk_blangko_page, DK, BLANGKO_PAGE, GtkWidget)

void           dk_blangko_page_set_store          (DkBlangkoPage  *self,
                                                   DkStore        *store);
void           dk_blangko_page_reload             (DkBlangkoPage  *self);
void           dk_blangko_page_set_as_of          (DkBlangkoPage  *self,
                                                   const char     *as_of);
const char    *dk_blangko_page_get_as_of          (DkBlangkoPage  *self);
const char    *dk_blangko_page_get_stock_text     (DkBlangkoPage  *self);
GListModel    *dk_blangko_page_get_offices_model  (DkBlangkoPage  *self);
GListModel    *dk_blangko_page_get_plan_model     (DkBlangkoPage  *self);
GListModel    *dk_blangko_page_get_ledger_model   (DkBlangkoPage  *self);
GListModel    *dk_blangko_page_get_coverage_model (DkBlangkoPage  *self);
DkChartView   *dk_blangko_page_get_chart_view     (DkBlangkoPage  *self);
gboolean       dk_blangko_page_propose            (DkBlangkoPage  *self,
                                                   gint64          total);
DkBlangkoPlan *dk_blangko_page_get_plan           (DkBlangkoPage  *self);
gboolean       dk_blangko_page_set_share          (DkBlangkoPage  *self,
                                                   const char     *kode,
                                                   gint64          keping,
                                                   GError        **error);
gboolean       dk_blangko_page_approve            (DkBlangkoPage  *self,
                                                   const char     *tanggal,
                                                   DkBlangkoMethod method,
                                                   GError        **error);
gboolean       dk_blangko_page_export_plan        (DkBlangkoPage  *self,
                                                   const char     *path,
                                                   GError        **error);

DkPrintDoc       *dk_blangko_page_create_print_doc (DkBlangkoPage  *self);
void              dk_blangko_page_show_usage       (DkBlangkoPage  *self,
                                                    const char     *kode,
                                                    const char     *month);
guint             dk_blangko_page_get_usage_breaks (DkBlangkoPage  *self);
GListModel       *dk_blangko_page_get_usage_model  (DkBlangkoPage  *self);
gboolean          dk_blangko_page_export_usage     (DkBlangkoPage  *self,
                                                    const char     *path,
                                                    GError        **error);
gboolean          dk_blangko_page_import_usage     (DkBlangkoPage  *self,
                                                    const char     *path,
                                                    GError        **error);
DkBlangkoSignerDialog *dk_blangko_page_open_signer (DkBlangkoPage  *self,
                                                   const char     *kode);
DkBlangkoNumberDialog *dk_blangko_page_edit_number (DkBlangkoPage  *self,
                                                   guint           position);

DkChartView *dk_blangko_page_get_map_view (DkBlangkoPage *self);

G_END_DECLS
