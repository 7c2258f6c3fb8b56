/* dk-window.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The main window: a header bar with the view switcher, one page per dashboard, and
 * a toast overlay. The pages do their own work; the window only hands them the store
 * and keeps its size and last page in the settings. It follows the application's
 * database: its dashboards when it is open, a spinner while a server answers, and why it
 * could not be opened otherwise, with a way back to the file on this computer.
 */
#define G_LOG_DOMAIN "dk-window"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-database-address.h"
#include "dk-error.h"
#include "dk-region.h"
#include "dk-window-private.h"

G_DEFINE_FINAL_TYPE (DkWindow, dk_window, ADW_TYPE_APPLICATION_WINDOW)

/* Pages are built when first shown, not at start-up: each is a template of its own,
 * with charts and a table, and the first frame should not wait for pages not shown. */
static void
ensure_page (DkWindow   *self,
             const char *name)
{
  if (self->store == NULL)
    return;
  if (g_strcmp0 (name, "ikd") == 0 && self->ikd_page == NULL)
    {
      self->ikd_page = g_object_new (DK_TYPE_IKD_PAGE, NULL);
      adw_bin_set_child (self->ikd_bin, GTK_WIDGET (self->ikd_page));
      dk_ikd_page_set_store (self->ikd_page, self->store, self->settings);
    }
  else if (g_strcmp0 (name, "m2m") == 0 && self->m2m_page == NULL)
    {
      self->m2m_page = g_object_new (DK_TYPE_M2M_PAGE, NULL);
      adw_bin_set_child (self->m2m_bin, GTK_WIDGET (self->m2m_page));
      dk_m2m_page_set_store (self->m2m_page, self->store, self->settings);
    }
  else if (g_strcmp0 (name, "blangko") == 0 && self->blangko_page == NULL)
    {
      self->blangko_page = g_object_new (DK_TYPE_BLANGKO_PAGE, NULL);
      adw_bin_set_child (self->blangko_bin, GTK_WIDGET (self->blangko_page));
      dk_blangko_page_set_store (self->blangko_page, self->store);
    }
  else if (g_strcmp0 (name, "pks") == 0 && self->pks_page == NULL)
    {
      self->pks_page = g_object_new (DK_TYPE_PKS_PAGE, NULL);
      adw_bin_set_child (self->pks_bin, GTK_WIDGET (self->pks_page));
      dk_pks_page_set_store (self->pks_page, self->store);
    }
  else if (g_strcmp0 (name, "anggaran") == 0 && self->budget_page == NULL)
    {
      self->budget_page = g_object_new (DK_TYPE_BUDGET_PAGE, NULL);
      adw_bin_set_child (self->budget_bin, GTK_WIDGET (self->budget_page));
      dk_budget_page_set_store (self->budget_page, self->store);
    }
}

static void
ensure_visible_page (DkWindow *self)
{
  ensure_page (self, adw_view_stack_get_visible_child_name (self->view_stack));
}

static void
save_state (DkWindow *self)
{
  int width, height;

  if (self->settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)))
    {
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
    }
  if (self->store != NULL)
    g_settings_set_string (self->settings, "last-page", dk_window_get_page_name (self));
}

static void
restore_state (DkWindow *self)
{
  g_autofree char *page = NULL;

  if (self->settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  page = g_settings_get_string (self->settings, "last-page");
  dk_window_set_page_name (self, page);
}

/* The shortcuts window is built when first asked for, not at start-up: parsing it is a
 * noticeable part of the time to the first frame. */
static void
show_shortcuts_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  DkWindow *self = DK_WINDOW (widget);

  if (self->shortcuts_window == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/com/sumbar/dukcapil/ui/dk-shortcuts-window.ui");

      self->shortcuts_window = g_object_ref (GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay")));
      gtk_window_set_transient_for (self->shortcuts_window, GTK_WINDOW (self));
      gtk_window_set_hide_on_close (self->shortcuts_window, TRUE);
    }
  gtk_window_present (self->shortcuts_window);
}

static gboolean
dk_window_close_request (GtkWindow *window)
{
  save_state (DK_WINDOW (window));
  return GTK_WINDOW_CLASS (dk_window_parent_class)->close_request (window);
}

static void
dk_window_dispose (GObject *object)
{
  DkWindow *self = (DkWindow *) object;

  if (self->task_cancellable != NULL)
    g_cancellable_cancel (self->task_cancellable);
  g_clear_object (&self->task_cancellable);
  g_clear_pointer (&self->last_error, g_free);
  g_clear_pointer (&self->database_name, g_free);
  g_clear_pointer (&self->account, dk_account_free);
  g_clear_pointer (&self->account_label, g_free);

  if (self->shortcuts_window != NULL)
    gtk_window_destroy (self->shortcuts_window);
  g_clear_object (&self->shortcuts_window);
  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_WINDOW);
  g_clear_object (&self->store);
  _dk_window_live_update (self);
  g_clear_object (&self->settings);
  G_OBJECT_CLASS (dk_window_parent_class)->dispose (object);
}

static void sign_in_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter);

static void
dk_window_class_init (DkWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_window_dispose;
  GTK_WINDOW_CLASS (klass)->close_request = dk_window_close_request;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-window.ui");
  gtk_widget_class_bind_template_child (widget_class, DkWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, switcher_title);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, switcher_bar);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, task_revealer);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, task_label);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, task_progress);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, view_stack);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, ikd_bin);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, m2m_bin);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, budget_bin);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, blangko_bin);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, pks_bin);
  gtk_widget_class_bind_template_child (widget_class, DkWindow, database_section);

  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL, show_shortcuts_action);
  gtk_widget_class_install_action (widget_class, "win.sign-in", NULL, sign_in_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_question, GDK_CONTROL_MASK,
                                       "win.show-help-overlay", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
  _dk_window_class_init_actions (widget_class);
  _dk_window_class_init_data_actions (widget_class);
}

static void
dk_window_init (DkWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _dk_window_actions_update (self);
}

/* The pages that take the window's place when the database is not there: built only
 * when needed, as they cost start-up time when all is well. */
static AdwStatusPage *
ensure_status_page (DkWindow   *self,
                    const char *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->main_stack, name);

  if (page == NULL)
    {
      page = adw_status_page_new ();
      gtk_stack_add_named (self->main_stack, page, name);
    }
  return ADW_STATUS_PAGE (page);
}

static GtkWidget *
new_pill_button (const char *label,
                 const char *action_name,
                 gboolean    suggested)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action_name);
  gtk_widget_add_css_class (button, "pill");
  if (suggested)
    gtk_widget_add_css_class (button, "suggested-action");
  return button;
}

/* What the window shows below the title of a status page: a spinner while a server is
 * asked, and the ways out when it did not answer. */
static GtkWidget *
new_database_choices (gboolean connecting)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);

  gtk_widget_set_halign (box, GTK_ALIGN_CENTER);
  if (connecting)
    {
      GtkWidget *spinner = gtk_spinner_new ();

      gtk_spinner_start (GTK_SPINNER (spinner));
      gtk_widget_set_size_request (spinner, 32, 32);
      gtk_box_append (GTK_BOX (box), spinner);
    }
  else
    gtk_box_append (GTK_BOX (box), new_pill_button (_("_Try Again"), "app.retry-database", TRUE));
  gtk_box_append (GTK_BOX (box), new_pill_button (_("Open the _Local Database"), "app.open-local-database", FALSE));
  return box;
}

static void
show_status_page (DkWindow      *self,
                  AdwStatusPage *page)
{
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, FALSE);
  gtk_widget_set_visible (self->switcher_bar, FALSE);
  gtk_stack_set_visible_child (self->main_stack, GTK_WIDGET (page));
}

/* The page that takes the window's place when the database cannot be used; for a server,
 * with the offer to try again or to open the file on this computer instead. */
static void
show_store_error (DkWindow   *self,
                  const char *title,
                  const char *message,
                  gboolean    server)
{
  AdwStatusPage *page = ensure_status_page (self, "error");
  GtkWidget *choices = server ? new_database_choices (FALSE) : NULL;
  g_autofree char *tidy = message != NULL ? dk_database_address_tidy_message (message) : NULL;

  adw_status_page_set_icon_name (page, server ? "network-error-symbolic" : "dialog-error-symbolic");
  adw_status_page_set_title (page, title);
  adw_status_page_set_description (page, tidy);
  adw_status_page_set_child (page, choices);
  show_status_page (self, page);
  if (choices != NULL)
    gtk_widget_grab_focus (gtk_widget_get_first_child (choices));
}

static void
password_activate_cb (GtkPasswordEntry *entry,
                      DkWindow         *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.sign-in", NULL);
}

/* The server asks for a password that neither libpq's own ways nor the keyring gave, or
 * refused the one typed: the window asks for it. */
static void
show_sign_in (DkWindow     *self,
              const GError *error,
              gboolean      refused)
{
  AdwStatusPage   *page = ensure_status_page (self, "sign-in");
  g_autofree char *where = _dk_window_dup_database_name (self);
  g_autofree char *description = NULL;

  if (self->password_entry == NULL)
    {
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
      GtkWidget *entry = gtk_password_entry_new ();
      GtkWidget *label = gtk_label_new (NULL);
      GtkWidget *clamp;

      gtk_widget_set_size_request (entry, 300, -1);
      gtk_password_entry_set_show_peek_icon (GTK_PASSWORD_ENTRY (entry), TRUE);
      g_object_set (entry, "placeholder-text", _("Password"), NULL);
      gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Password"), -1);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_justify (GTK_LABEL (label), GTK_JUSTIFY_CENTER);
      gtk_widget_add_css_class (label, "error");
      gtk_box_append (GTK_BOX (box), entry);
      gtk_box_append (GTK_BOX (box), label);
      gtk_box_append (GTK_BOX (box), new_pill_button (_("_Sign In"), "win.sign-in", TRUE));
      gtk_box_append (GTK_BOX (box), new_pill_button (_("Open the _Local Database"), "app.open-local-database", FALSE));
      g_signal_connect_object (entry, "activate", G_CALLBACK (password_activate_cb), self, 0);
      /* at the entry's width: a long message wraps below it */
      clamp = adw_clamp_new ();
      adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 360);
      adw_clamp_set_child (ADW_CLAMP (clamp), box);
      adw_status_page_set_child (page, clamp);
      self->password_entry = GTK_PASSWORD_ENTRY (entry);
      self->sign_in_error = GTK_LABEL (label);
    }
  /* Translators: %s is the account and database, user@host/name */
  description = g_strdup_printf (_("Type the password of %s. It is kept in this computer’s keyring, "
                                    "and asked for again only if it changes."),
                                 where);
  adw_status_page_set_icon_name (page, "dialog-password-symbolic");
  adw_status_page_set_title (page, _("Sign In to the Database Server"));
  adw_status_page_set_description (page, description);
  gtk_label_set_text (self->sign_in_error, refused ? error->message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->sign_in_error), refused);
  gtk_editable_set_text (GTK_EDITABLE (self->password_entry), "");
  gtk_widget_set_sensitive (GTK_WIDGET (self->password_entry), TRUE);
  show_status_page (self, page);
  gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
}

static void
sign_in_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DkWindow *self = DK_WINDOW (widget);
  DkApplication *app = DK_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  const char *password;

  if (self->password_entry == NULL)
    return;
  password = gtk_editable_get_text (GTK_EDITABLE (self->password_entry));
  if (password[0] == '\0')
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->password_entry));
      return;
    }
  dk_application_sign_in (app, password);
  /* the application has it: it leaves the entry */
  gtk_editable_set_text (GTK_EDITABLE (self->password_entry), "");
}

static void
show_connecting (DkWindow *self)
{
  AdwStatusPage *page = ensure_status_page (self, "connecting");
  g_autofree char *where = _dk_window_dup_database_name (self);
  g_autofree char *description = g_strdup_printf (_("Waiting for the server %s to answer"), where);

  adw_status_page_set_icon_name (page, "network-server-symbolic");
  adw_status_page_set_title (page, _("Connecting to the Database"));
  adw_status_page_set_description (page, description);
  adw_status_page_set_child (page, new_database_choices (TRUE));
  show_status_page (self, page);
}

static void
show_dashboards (DkWindow *self)
{
  adw_view_switcher_title_set_view_switcher_enabled (self->switcher_title, TRUE);
  gtk_widget_set_visible (self->switcher_bar, TRUE);
  gtk_stack_set_visible_child_name (self->main_stack, "dashboards");
  if (!self->state_restored)
    {
      self->state_restored = TRUE;
      restore_state (self);
    }
  ensure_visible_page (self);
}

/* Another database: the pages built on the one before go with it. */
static void
drop_pages (DkWindow *self)
{
  AdwBin *bins[] = { self->ikd_bin, self->m2m_bin, self->budget_bin, self->blangko_bin, self->pks_bin };

  for (guint i = 0; i < G_N_ELEMENTS (bins); i++)
    adw_bin_set_child (bins[i], NULL);
  self->ikd_page = NULL;
  self->m2m_page = NULL;
  self->budget_page = NULL;
  self->blangko_page = NULL;
  self->pks_page = NULL;
  /* work under way on the database before (an export, a backup) is stopped */
  if (self->task_cancellable != NULL)
    g_cancellable_cancel (self->task_cancellable);
}

/* The check of the database file, begun when it was opened, has its verdict: a damaged
 * file's figures are not shown, nor is anything written to it. */
static void
store_checked (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(DkWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (dk_store_wait_sound_finish (DK_STORE (source), result, &error))
    return;
  g_message ("%s", error->message);
  /* the window has moved on to another database */
  if (DK_STORE (source) != self->store)
    return;
  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "error") != 0)
    show_store_error (self,
                      g_error_matches (error, DK_ERROR, DK_ERROR_REFUSED) ? _("The Database Was Changed Outside the Program")
                                                                        : _("The Database Is Damaged"),
                      error->message, FALSE);
}

/* What the account signed in may do, in a few words: "Office of Kota Padang (13.71)". */
static char *
describe_role (DkWindow        *self,
               const DkAccount *account)
{
  g_autoptr(DkRegion) region = NULL;

  switch (account->kind)
    {
    case DK_ACCOUNT_READER:
      return g_strdup (_("Reader: sees the figures, changes nothing"));
    case DK_ACCOUNT_ANALYST:
      return g_strdup (_("Analyst: changes every figure"));
    case DK_ACCOUNT_OFFICE:
      if (account->kode == NULL)
        return g_strdup (_("Office without a region"));
      region = dk_region_lookup (self->store, account->kode, NULL);
      /* Translators: an office's account: "Office of Kota Padang (13.71)" */
      return g_strdup_printf (_("Office of %s (%s)"), region != NULL ? region->nama : account->kode,
                              account->kode);
    case DK_ACCOUNT_OWNER:
    default:
      return g_strdup (_("Owner of the database: changes everything"));
    }
}

/* Who is signed in to the database, asked when it is opened: one quick query, on the main
 * loop as the read mark's. The pages built after read it (dk_widget_may_write). A server
 * that cannot say leaves everything offered: the server refuses what it must. */
static void
update_account (DkWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *role = NULL;

  g_clear_pointer (&self->account, dk_account_free);
  g_clear_pointer (&self->account_label, g_free);
  if (self->store == NULL)
    return;
  if (!(self->account = dk_account_dup_current (self->store, &error)))
    {
      g_message ("%s", error->message);
      return;
    }
  /* a file has no accounts: nothing to say */
  if (!dk_store_is_server (self->store))
    return;
  role = describe_role (self, self->account);
  /* Translators: the account signed in to the database server, and what it may do */
  self->account_label = g_strdup_printf (_("%s · %s"), self->account->nama, role);
}

/**
 * dk_window_new:
 *
 * Returns: (transfer none): a new window on the application's database
 */
DkWindow *
dk_window_new (DkApplication *application)
{
  DkWindow *self = g_object_new (DK_TYPE_WINDOW, "application", application, NULL);

  if (dk_application_get_settings (application) != NULL)
    self->settings = g_object_ref (dk_application_get_settings (application));
  g_signal_connect_object (self->view_stack, "notify::visible-child-name",
                           G_CALLBACK (ensure_visible_page), self, G_CONNECT_SWAPPED);
  dk_window_update_store (self);
  return self;
}

/**
 * dk_window_update_store:
 *
 * Shows the application's database as it is now: its dashboards, the wait for a server
 * to answer, or why it could not be opened. The application calls it when it opens
 * another database.
 */
void
dk_window_update_store (DkWindow *self)
{
  DkApplication *app;
  DkStore *store;
  const GError *error;
  g_autoptr(GError) mark_error = NULL;

  g_return_if_fail (DK_IS_WINDOW (self));

  app = DK_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  store = dk_application_get_store (app);
  error = dk_application_get_store_error (app);
  if (store != self->store)
    {
      drop_pages (self);
      g_set_object (&self->store, store);
      update_account (self);
      _dk_window_live_update (self);
      if (store != NULL)
        dk_store_wait_sound_async (store, NULL, store_checked, g_object_ref (self));
      /* the pages read their figures now: a write of figures changed after is refused */
      if (store != NULL && !dk_store_mark_read (store, &mark_error))
        g_message ("%s", mark_error->message);
      _dk_window_actions_update (self);
    }
  _dk_window_update_database_name (self);
  if (dk_application_is_opening_database (app))
    show_connecting (self);
  else if (store == NULL && g_error_matches (error, DK_ERROR, DK_ERROR_PASSWORD))
    show_sign_in (self, error, dk_application_is_password_refused (app));
  else if (store == NULL)
    show_store_error (self,
                      g_error_matches (error, DK_ERROR, DK_ERROR_CONNECTION) ? _("The Database Server Could Not Be Reached")
                                                                           : _("The Database Could Not Be Opened"),
                      error != NULL ? error->message : NULL,
                      dk_store_is_server_address (dk_application_get_database_address (app)));
  else
    show_dashboards (self);
}

void
dk_window_show_toast (DkWindow *self,
                      AdwToast *toast)
{
  g_return_if_fail (DK_IS_WINDOW (self));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * dk_window_show_error:
 *
 * Tells the user about a recoverable error with a toast.
 */
void
dk_window_show_error (DkWindow     *self,
                      const GError *error)
{
  AdwToast *toast;

  g_return_if_fail (DK_IS_WINDOW (self));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_free (self->last_error);
  self->last_error = g_strdup (error->message);
  toast = adw_toast_new (error->message);
  adw_toast_set_timeout (toast, 0);
  /* another program changed the figures after they were read: read them again */
  if (g_error_matches (error, DK_ERROR, DK_ERROR_CONFLICT))
    {
      adw_toast_set_button_label (toast, _("_Reload"));
      adw_toast_set_action_name (toast, "win.reload");
    }
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

/**
 * dk_window_show_error_dialog:
 * @heading: what could not be done
 *
 * Tells the user about an error that stopped what they asked for, in a dialog.
 */
void
dk_window_show_error_dialog (DkWindow     *self,
                             const char   *heading,
                             const GError *error)
{
  GtkWidget *dialog;

  g_return_if_fail (DK_IS_WINDOW (self));
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  g_free (self->last_error);
  self->last_error = g_strdup (error->message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, error->message);
  gtk_window_set_application (GTK_WINDOW (dialog), gtk_window_get_application (GTK_WINDOW (self)));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  if (g_error_matches (error, DK_ERROR, DK_ERROR_CONFLICT))
    {
      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "reload", _("_Reload"));
      adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "reload", ADW_RESPONSE_SUGGESTED);
      g_signal_connect_object (dialog, "response::reload", G_CALLBACK (dk_window_reload), self, G_CONNECT_SWAPPED);
    }
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * dk_window_get_last_error:
 *
 * Returns: (nullable): the message of the last error shown, for tests
 */
const char *
dk_window_get_last_error (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  return self->last_error;
}

/**
 * _dk_window_begin_task:
 * @label: what is being done
 *
 * Shows the progress bar for long work.
 *
 * Returns: (transfer none): the cancellable the Cancel button cancels
 */
GCancellable *
_dk_window_begin_task (DkWindow   *self,
                       const char *label)
{
  g_clear_object (&self->task_cancellable);
  self->task_cancellable = g_cancellable_new ();
  gtk_label_set_text (self->task_label, label);
  gtk_progress_bar_set_fraction (self->task_progress, 0);
  gtk_revealer_set_reveal_child (self->task_revealer, TRUE);
  _dk_window_actions_update (self);
  return self->task_cancellable;
}

void
_dk_window_task_progress (DkWindow *self,
                          double    fraction)
{
  gtk_progress_bar_set_fraction (self->task_progress, CLAMP (fraction, 0, 1));
}

void
_dk_window_end_task (DkWindow *self)
{
  g_clear_object (&self->task_cancellable);
  gtk_revealer_set_reveal_child (self->task_revealer, FALSE);
  _dk_window_actions_update (self);
  _dk_window_live_task_ended (self);
}

/**
 * dk_window_is_busy:
 *
 * Returns: whether long work (an export, an import) is running
 */
gboolean
dk_window_is_busy (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), FALSE);
  return self->task_cancellable != NULL;
}

/**
 * dk_window_get_page_name:
 *
 * Returns: the dashboard shown, "connecting" while a database server is asked, or "error"
 *   when the database could not be opened
 */
const char *
dk_window_get_page_name (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  const char *shown = gtk_stack_get_visible_child_name (self->main_stack);

  if (g_strcmp0 (shown, "dashboards") != 0)
    return shown;
  return adw_view_stack_get_visible_child_name (self->view_stack);
}

void
dk_window_set_page_name (DkWindow   *self,
                         const char *name)
{
  g_return_if_fail (DK_IS_WINDOW (self));
  if (name != NULL && adw_view_stack_get_child_by_name (self->view_stack, name) != NULL)
    adw_view_stack_set_visible_child_name (self->view_stack, name);
}

/* How the database is named to the user: the open one as the store names it (a server as
 * user@host/dbname), one not open yet as its address says, never with a password. */
char *
_dk_window_dup_database_name (DkWindow *self)
{
  DkApplication *app = DK_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));
  const char *address = app != NULL ? dk_application_get_database_address (app) : NULL;

  if (self->store != NULL && dk_store_is_server (self->store))
    return g_strdup (dk_store_get_path (self->store));
  if (self->store != NULL)
    return dk_database_address_describe (dk_store_get_path (self->store));
  return address != NULL ? dk_database_address_describe (address) : g_strdup ("");
}

/* The database's name, unobtrusive, at the top of the primary menu: choosing it opens the
 * preferences where another can be chosen. */
void
_dk_window_update_database_name (DkWindow *self)
{
  g_autofree char *name = _dk_window_dup_database_name (self);
  g_auto(GStrv) parts = g_strsplit (name, "_", -1);
  g_autofree char *escaped = g_strjoinv ("__", parts);   /* no mnemonic in a path */
  g_autofree char *label = g_strdup_printf (_("Database: %s"), escaped);

  g_menu_remove_all (self->database_section);
  g_menu_append (self->database_section, label, "app.database");
  if (self->account_label != NULL)
    {
      g_auto(GStrv) account_parts = g_strsplit (self->account_label, "_", -1);
      g_autofree char *account = g_strjoinv ("__", account_parts);
      g_autofree char *signed_in = g_strdup_printf (_("Signed in as %s"), account);

      g_menu_append (self->database_section, signed_in, "app.database");
    }
  adw_view_switcher_title_set_subtitle (self->switcher_title, self->account_label);
  g_free (self->database_name);
  self->database_name = g_steal_pointer (&name);
}

/**
 * dk_window_get_account:
 *
 * Returns: (nullable): who is signed in to the database shown, %NULL when none is open
 */
const DkAccount *
dk_window_get_account (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  return self->account;
}

/**
 * dk_window_get_account_label:
 *
 * Returns: (nullable): the account signed in to a server and its role, as the main menu
 *   shows them; %NULL for a file, which has no accounts
 */
const char *
dk_window_get_account_label (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  return self->account_label;
}

/**
 * dk_window_get_database_name:
 *
 * Returns: the database as the window names it: `user@host/dbname` for a server, the
 *   path for a file
 */
const char *
dk_window_get_database_name (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  return self->database_name;
}

/**
 * dk_window_get_ikd_page:
 *
 * Returns: (transfer none): the IKD dashboard
 */
DkIkdPage *
dk_window_get_ikd_page (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  ensure_page (self, "ikd");
  return self->ikd_page;
}

/**
 * dk_window_get_m2m_page:
 *
 * Returns: (transfer none): the M2M dashboard
 */
DkM2mPage *
dk_window_get_m2m_page (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  ensure_page (self, "m2m");
  return self->m2m_page;
}

/**
 * dk_window_get_budget_page:
 *
 * Returns: (transfer none): the budget dashboard
 */
DkBudgetPage *
dk_window_get_budget_page (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  ensure_page (self, "anggaran");
  return self->budget_page;
}

/**
 * dk_window_get_blangko_page:
 *
 * Returns: (transfer none): the blangko dashboard
 */
DkBlangkoPage *
dk_window_get_blangko_page (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  ensure_page (self, "blangko");
  return self->blangko_page;
}

/**
 * dk_window_get_pks_page:
 *
 * Returns: (transfer none): the data-access agreements (PKS) page
 */
DkPksPage *
dk_window_get_pks_page (DkWindow *self)
{
  g_return_val_if_fail (DK_IS_WINDOW (self), NULL);
  ensure_page (self, "pks");
  return self->pks_page;
}

/**
 * dk_widget_show_error:
 * @widget: a widget inside a #DkWindow
 *
 * Tells the user about a recoverable error, from wherever in the window it happened.
 */
void
dk_widget_show_error (GtkWidget    *widget,
                      const GError *error)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (DK_IS_WINDOW (root))
    dk_window_show_error (DK_WINDOW (root), error);
  else
    g_message ("%s", error->message);
}

/**
 * dk_widget_get_account:
 * @widget: a widget inside a #DkWindow, or inside a dialog of one
 *
 * Returns: (nullable): who is signed in to the window's database; %NULL when the widget
 *   belongs to no window or the server could not say
 */
const DkAccount *
dk_widget_get_account (GtkWidget *widget)
{
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWindow *window = GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL;

  /* a dialog: its window's */
  while (window != NULL && !DK_IS_WINDOW (window))
    window = gtk_window_get_transient_for (window);
  return window != NULL ? DK_WINDOW (window)->account : NULL;
}

/**
 * dk_widget_may_write:
 * @widget: a widget inside a #DkWindow, or inside a dialog of one
 *
 * Returns: whether the account signed in may make a write of @what, so that it is offered
 */
gboolean
dk_widget_may_write (GtkWidget      *widget,
                     DkAccountWrite  what)
{
  const DkAccount *account = dk_widget_get_account (widget);

  return account == NULL || dk_account_may_write (account, what);
}

/**
 * dk_widget_may_write_region:
 * @kode: a region's code
 *
 * Returns: whether the account signed in may write figures of the region @kode
 */
gboolean
dk_widget_may_write_region (GtkWidget  *widget,
                            const char *kode)
{
  const DkAccount *account = dk_widget_get_account (widget);

  return account == NULL || dk_account_may_write_region (account, kode);
}

/**
 * dk_widget_show_toast:
 * @widget: a widget inside a #DkWindow
 * @message: what to say
 */
void
dk_widget_show_toast (GtkWidget  *widget,
                      const char *message)
{
  GtkRoot *root = gtk_widget_get_root (widget);

  if (DK_IS_WINDOW (root))
    dk_window_show_toast (DK_WINDOW (root), adw_toast_new (message));
}
