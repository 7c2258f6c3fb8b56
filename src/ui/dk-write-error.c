/* dk-write-error.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What a dialog does when its write is refused because another program changed the same
 * figures after the window read them (DK_ERROR_CONFLICT): it says so, naming who and
 * when, and offers to reload. Reload closes the dialog (its values are the old ones) and
 * runs the window's win.reload, which reads the figures again and marks them read. Any
 * other error is shown in the dialog's own error label (dk_write_error_show()).
 */
#define G_LOG_DOMAIN "dk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-error.h"
#include "dk-write-error.h"

static gboolean
close_cb (gpointer dialog)
{
  gtk_window_close (GTK_WINDOW (dialog));
  return G_SOURCE_REMOVE;
}

static void
response_cb (AdwMessageDialog *message,
             const char       *response,
             GtkWindow        *dialog)
{
  GtkWindow *window = gtk_window_get_transient_for (dialog);

  if (g_strcmp0 (response, "reload") != 0)
    return;
  if (window != NULL)
    gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  /* once the message, transient for it, is gone */
  g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, close_cb, g_object_ref (dialog), g_object_unref);
}

/**
 * dk_write_error_offer_reload:
 * @dialog: the dialog whose write failed
 * @error: why
 *
 * When @error says that another program changed the figures after they were read, asks
 * over @dialog whether to reload them.
 *
 * Returns: whether it was such an error (then the caller shows nothing more)
 */
gboolean
dk_write_error_offer_reload (GtkWindow    *dialog,
                             const GError *error)
{
  GtkWidget *message;

  g_return_val_if_fail (GTK_IS_WINDOW (dialog), FALSE);

  if (!g_error_matches (error, DK_ERROR, DK_ERROR_CONFLICT))
    return FALSE;
  message = adw_message_dialog_new (dialog, _("The Figures Were Changed"), error->message);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (message), "cancel", _("_Cancel"), "reload", _("_Reload"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (message), "reload", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (message), "reload");
  g_signal_connect_object (message, "response", G_CALLBACK (response_cb), dialog, 0);
  gtk_window_present (GTK_WINDOW (message));
  return TRUE;
}

/**
 * dk_write_error_show:
 * @dialog: the dialog whose write failed
 * @error_label: the dialog's label for what went wrong
 * @error: why
 *
 * Tells the user why the write of @dialog failed: when another program changed the
 * figures after they were read, asks whether to reload them
 * (dk_write_error_offer_reload()) and hides @error_label; otherwise shows @error in it.
 */
void
dk_write_error_show (GtkWindow    *dialog,
                     GtkLabel     *error_label,
                     const GError *error)
{
  gboolean offered;

  g_return_if_fail (GTK_IS_WINDOW (dialog));
  g_return_if_fail (GTK_IS_LABEL (error_label));
  g_return_if_fail (error != NULL);

  offered = dk_write_error_offer_reload (dialog, error);
  gtk_label_set_text (error_label, offered ? "" : error->message);
  gtk_widget_set_visible (GTK_WIDGET (error_label), !offered);
}
