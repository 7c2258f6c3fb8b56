/* dk-window.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-account.h"
#include "dk-application.h"
#include "dk-blangko-page.h"
#include "dk-pks-page.h"
#include "dk-budget-page.h"
#include "dk-ikd-page.h"
#include "dk-history-dialog.h"
#include "dk-import-dialog.h"
#include "dk-m2m-page.h"

G_BEGIN_DECLS

#define DK_TYPE_WINDOW (dk_window_get_type ())

G_DECLARE_FINAL_TYPE (DkWindow, dk_window, DK, WINDOW, AdwApplicationWindow)

DkWindow   *dk_window_new             (DkApplication *application);
void        dk_window_update_store    (DkWindow      *self);
const char *dk_window_get_database_name (DkWindow    *self);
const DkAccount *dk_window_get_account (DkWindow     *self);
const char *dk_window_get_account_label (DkWindow    *self);
void        dk_window_show_toast      (DkWindow      *self,
                                       AdwToast      *toast);
void        dk_window_show_error      (DkWindow      *self,
                                       const GError  *error);
DkIkdPage  *dk_window_get_ikd_page    (DkWindow      *self);
DkM2mPage  *dk_window_get_m2m_page    (DkWindow      *self);
DkBudgetPage *dk_window_get_budget_page (DkWindow    *self);
DkBlangkoPage *dk_window_get_blangko_page (DkWindow  *self);
DkPksPage     *dk_window_get_pks_page     (DkWindow  *self);
void        dk_window_show_error_dialog (DkWindow    *self,
                                         const char  *heading,
                                         const GError *error);
const char *dk_window_get_last_error  (DkWindow      *self);
gboolean    dk_window_is_busy         (DkWindow      *self);
void        dk_window_export_to       (DkWindow      *self,
                                       const char    *path);
gboolean    dk_window_print_to_pdf    (DkWindow      *self,
                                       const char    *path,
                                       GError       **error);

/* dk-window-data.c */
void            dk_window_reload             (DkWindow   *self);
gboolean        dk_window_is_live            (DkWindow   *self);
guint           dk_window_get_live_refreshes (DkWindow   *self);
DkImportDialog *dk_window_open_import_dialog (DkWindow   *self);
gboolean        dk_window_undo               (DkWindow   *self);
DkHistoryDialog *dk_window_open_history      (DkWindow   *self);
void            dk_window_backup_to          (DkWindow   *self,
                                              const char *path);
void            dk_window_restore_from       (DkWindow   *self,
                                              const char *path);
void        dk_widget_show_error      (GtkWidget     *widget,
                                       const GError  *error);
void        dk_widget_show_toast      (GtkWidget     *widget,
                                       const char    *message);
const DkAccount *dk_widget_get_account (GtkWidget    *widget);
gboolean    dk_widget_may_write       (GtkWidget     *widget,
                                       DkAccountWrite what);
gboolean    dk_widget_may_write_region (GtkWidget    *widget,
                                        const char   *kode);
const char *dk_window_get_page_name   (DkWindow      *self);
void        dk_window_set_page_name   (DkWindow      *self,
                                       const char    *name);

G_END_DECLS
