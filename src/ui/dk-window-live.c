/* dk-window-live.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Live dashboards: on a server, the window watches its database (DkStoreWatch) and shows
 * the figures again whenever anyone writes them — an import, a correction, an office's
 * daily report, from this program or another — keeping the page, the scroll positions and
 * the choices of the page in view.
 */
#define G_LOG_DOMAIN "dk-window"

#include "config.h"

#include "dk-store-watch.h"
#include "dk-window-private.h"

/* The scroll positions of a page's scrolled windows, in the order of its widgets: saved
 * (@scroll empty) or restored. */
static void
scroll_positions (GtkWidget *widget,
                  GArray    *scroll,
                  gboolean   restore,
                  guint     *n)
{
  if (GTK_IS_SCROLLED_WINDOW (widget))
    {
      GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (widget));
      double value = gtk_adjustment_get_value (adj);

      if (!restore)
        g_array_append_val (scroll, value);
      else if (*n < scroll->len)
        gtk_adjustment_set_value (adj, g_array_index (scroll, double, *n));
      (*n)++;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    scroll_positions (child, scroll, restore, n);
}

static void
restore_scroll (GtkWidget *page,
                GArray    *scroll)
{
  guint n = 0;

  scroll_positions (page, scroll, TRUE, &n);
}

/* The scroll positions once more after the reloaded rows are laid out: before, a position
 * past the old rows' height is cut short. */
static gboolean
restore_scroll_cb (GtkWidget     *page,
                   GdkFrameClock *clock,
                   gpointer       data)
{
  restore_scroll (page, data);
  return G_SOURCE_REMOVE;
}

/* Someone wrote to the database: the figures again, the page as the user left it (its
 * pages keep their own choices, such as the date and the region, through a reload). */
static void store_changed_cb (DkWindow           *self,
                              const char * const *tables,
                              DkStoreWatch       *watch);

/* A dialog of the window's, open: it was filled from the figures read before, and a write
 * from it must be refused if they have changed since (dk_store_mark_read()), which a reload
 * would hide. */
static GtkWindow *
open_dialog (DkWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (gtk_window_get_transient_for (window) == GTK_WINDOW (self) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static gboolean
dialog_gone_idle (gpointer data)
{
  DkWindow *self = data;

  if (self->live_pending && self->watch != NULL)
    store_changed_cb (self, NULL, self->watch);
  return G_SOURCE_REMOVE;
}

/* once the dialog, hidden or destroyed, is out of the way */
static void
dialog_gone_cb (DkWindow *self)
{
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, dialog_gone_idle, g_object_ref (self), g_object_unref);
}

static void
store_changed_cb (DkWindow            *self,
                  const char * const  *tables,
                  DkStoreWatch        *watch)
{
  GtkWidget *page = adw_view_stack_get_visible_child (self->view_stack);
  g_autoptr(GArray) scroll = g_array_new (FALSE, FALSE, sizeof (double));
  GtkWindow *dialog = open_dialog (self);
  guint n = 0;

  /* not while the window's own work (an import, a backup) uses the database: when it is
   * done (_dk_window_live_task_ended()) */
  if (self->task_cancellable != NULL)
    {
      self->live_pending = TRUE;
      return;
    }
  /* nor under a dialog: once it is closed */
  if (dialog != NULL)
    {
      self->live_pending = TRUE;
      g_signal_connect_object (dialog, "hide", G_CALLBACK (dialog_gone_cb), self,
                               G_CONNECT_SWAPPED | G_CONNECT_AFTER);
      return;
    }
  self->live_pending = FALSE;
  self->live_refreshes++;
  if (page != NULL)
    scroll_positions (page, scroll, FALSE, &n);
  dk_window_reload (self);
  if (page == NULL)
    return;
  restore_scroll (page, scroll);
  gtk_widget_add_tick_callback (page, restore_scroll_cb, g_steal_pointer (&scroll),
                                (GDestroyNotify) g_array_unref);
}

/* The window's own work is done: what others wrote meanwhile is shown now. */
void
_dk_window_live_task_ended (DkWindow *self)
{
  if (self->live_pending && self->watch != NULL)
    store_changed_cb (self, NULL, self->watch);
}

/* Watches the window's database, when it is on a server; the watch of the one before
 * goes. */
void
_dk_window_live_update (DkWindow *self)
{
  if (self->watch != NULL)
    g_signal_handlers_disconnect_by_data (self->watch, self);
  g_clear_object (&self->watch);
  self->live_pending = FALSE;
  if (self->store == NULL || (self->watch = dk_store_watch_new (self->store)) == NULL)
    return;
  g_signal_connect_object (self->watch, "changed", G_CALLBACK (store_changed_cb), self, G_CONNECT_SWAPPED);
}

/**
 * dk_window_is_live:
 *
 * Returns: whether the window hears now of the writes to its database (on a server)
 */
gboolean
dk_window_is_live (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), FALSE);
  return self->watch != NULL && dk_store_watch_is_listening (self->watch);
}

/**
 * dk_window_get_live_refreshes:
 *
 * Returns: how many times the window showed its figures again because someone wrote to
 * its database
 */
guint
dk_window_get_live_refreshes (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), 0);
  return self->live_refreshes;
}
