/* dk-window-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkWindow's code spans dk-window.c (pages, state, feedback) and dk-window-actions.c
 * (export, print): its instance struct lives here.
 */
#pragma once

#include "dk-account.h"
#include "dk-window.h"

G_BEGIN_DECLS

struct _DkWindow
{
  AdwApplicationWindow  parent_instance;

  AdwToastOverlay      *toast_overlay;
  AdwViewSwitcherTitle *switcher_title;
  GtkWidget            *switcher_bar;
  GtkStack             *main_stack;
  AdwViewStack         *view_stack;
  AdwBin               *ikd_bin;
  AdwBin               *m2m_bin;
  AdwBin               *budget_bin;
  AdwBin               *blangko_bin;
  DkBlangkoPage        *blangko_page;
  AdwBin               *pks_bin;
  DkPksPage            *pks_page;
  DkIkdPage            *ikd_page;
  DkM2mPage            *m2m_page;
  DkBudgetPage         *budget_page;

  GtkRevealer          *task_revealer;
  GtkLabel             *task_label;
  GtkProgressBar       *task_progress;

  GtkPasswordEntry     *password_entry;    /* on the sign-in page, once it was shown */
  GtkLabel             *sign_in_error;
  GMenu                *database_section;  /* the primary menu's line naming the database */
  char                 *database_name;
  DkAccount            *account;           /* who is signed in to store; NULL without one */
  char                 *account_label;     /* the account and its role, NULL for a file */
  gboolean              state_restored;

  GtkWindow            *shortcuts_window;
  GCancellable         *task_cancellable;   /* the running export, import…, or NULL */
  char                 *last_error;

  DkStore              *store;
  GSettings            *settings;

  struct _DkStoreWatch *watch;           /* of the database on a server (dk-window-live.c) */
  guint                 live_refreshes;
  gboolean              live_pending;    /* a write heard while the window's own work ran */
};

void          _dk_window_class_init_actions (GtkWidgetClass *widget_class);
void          _dk_window_actions_update     (DkWindow       *self);
void          _dk_window_class_init_data_actions (GtkWidgetClass *widget_class);
void          _dk_window_data_actions_update     (DkWindow       *self);
GCancellable *_dk_window_begin_task         (DkWindow       *self,
                                             const char     *label);
void          _dk_window_task_progress      (DkWindow       *self,
                                             double          fraction);
void          _dk_window_end_task           (DkWindow       *self);
char         *_dk_window_dup_database_name  (DkWindow       *self);
void          _dk_window_update_database_name (DkWindow     *self);
void          _dk_window_live_update        (DkWindow       *self);
void          _dk_window_live_task_ended    (DkWindow       *self);

G_END_DECLS
