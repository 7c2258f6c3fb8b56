/* dk-m2m-event-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recording an M2M event (an outage, a maintenance, …) for an office or all of them, on
 * a day or for a month. A refused entry changes nothing and says why.
 */
#define G_LOG_DOMAIN "dk-m2m-event-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-format.h"
#include "dk-m2m-event-dialog.h"
#include "dk-m2m.h"
#include "dk-region.h"
#include "dk-write-error.h"

struct _DkM2mEventDialog
{
  AdwWindow       parent_instance;

  AdwEntryRow    *date_row;
  GtkSwitch      *month_switch;
  AdwComboRow    *scope_row;
  GtkStringList  *scope_list;
  AdwComboRow    *kind_row;
  GtkStringList  *kind_list;
  AdwEntryRow    *note_row;
  GtkLabel       *error_label;

  DkStore        *store;
  GPtrArray      *regions;   /* of DkRegion; scope i + 1 is regions[i] */
};

G_DEFINE_FINAL_TYPE (DkM2mEventDialog, dk_m2m_event_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (GtkLabel   *label,
            const char *message)
{
  gtk_label_set_text (label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (label), message != NULL);
}

static char *
today_iso (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * dk_m2m_event_dialog_save:
 *
 * Returns: whether the event was recorded
 */
gboolean
dk_m2m_event_dialog_save (DkM2mEventDialog *self)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  guint scope = adw_combo_row_get_selected (self->scope_row);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  DkM2mEvent event = { 0 };
  GDate parsed;

  g_return_val_if_fail (DK_IS_M2M_EVENT_DIALOG (self), FALSE);

  if (!dk_date_check_iso (date, &parsed, &error))
    {
      show_error (self->error_label, error->message);
      return FALSE;
    }
  if (gtk_switch_get_active (self->month_switch))
    g_date_set_day (&parsed, 1);
  g_date_strftime (event.tanggal, sizeof event.tanggal, "%Y-%m-%d", &parsed);
  event.month_only = gtk_switch_get_active (self->month_switch);
  event.kode = scope > 0 && scope <= self->regions->len
               ? ((DkRegion *) g_ptr_array_index (self->regions, scope - 1))->kode : NULL;
  event.kind = (DkM2mEventKind) MIN (adw_combo_row_get_selected (self->kind_row), DK_M2M_EVENT_OTHER);
  event.catatan = (char *) gtk_editable_get_text (GTK_EDITABLE (self->note_row));

  if (!dk_m2m_add_event (self->store, &event, &error))
    {
      dk_write_error_show (GTK_WINDOW (self), self->error_label, error);
      return FALSE;
    }
  message = g_strdup_printf (_("Event “%s” recorded"), dk_m2m_event_kind_label (event.kind));
  g_signal_emit (self, signals[SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_m2m_event_dialog_save (DK_M2M_EVENT_DIALOG (widget));
}

static void
dk_m2m_event_dialog_dispose (GObject *object)
{
  DkM2mEventDialog *self = (DkM2mEventDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_M2M_EVENT_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->regions, g_ptr_array_unref);
  G_OBJECT_CLASS (dk_m2m_event_dialog_parent_class)->dispose (object);
}

static void
dk_m2m_event_dialog_class_init (DkM2mEventDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_m2m_event_dialog_dispose;

  /**
   * DkM2mEventDialog::saved:
   * @message: what was saved, for a toast
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                       NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-m2m-event-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkM2mEventDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DkM2mEventDialog, month_switch);
  gtk_widget_class_bind_template_child (widget_class, DkM2mEventDialog, scope_row);
  gtk_widget_class_bind_template_child (widget_class, DkM2mEventDialog, scope_list);
  gtk_widget_class_bind_template_child (widget_class, DkM2mEventDialog, kind_row);
  gtk_widget_class_bind_template_child (widget_class, DkM2mEventDialog, kind_list);
  gtk_widget_class_bind_template_child (widget_class, DkM2mEventDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, DkM2mEventDialog, error_label);
  gtk_widget_class_install_action (widget_class, "event.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_m2m_event_dialog_init (DkM2mEventDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint k = 0; k < DK_M2M_N_EVENT_KINDS; k++)
    gtk_string_list_append (self->kind_list, dk_m2m_event_kind_label ((DkM2mEventKind) k));
}

/**
 * dk_m2m_event_dialog_new:
 * @region: the region whose offices an event may concern
 *
 * Returns: (transfer none): the dialog
 */
DkM2mEventDialog *
dk_m2m_event_dialog_new (GtkWindow  *parent,
                         DkStore    *store,
                         const char *region)
{
  DkM2mEventDialog *self = g_object_new (DK_TYPE_M2M_EVENT_DIALOG, "transient-for", parent,
                                         "application", gtk_window_get_application (parent), NULL);
  g_autofree char *today = today_iso ();

  self->store = g_object_ref (store);
  self->regions = dk_region_list_children (store, region, NULL);
  if (self->regions == NULL)
    self->regions = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_region_free);
  gtk_string_list_append (self->scope_list, _("All offices (national)"));
  for (guint i = 0; i < self->regions->len; i++)
    gtk_string_list_append (self->scope_list, ((DkRegion *) g_ptr_array_index (self->regions, i))->wilayah);
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  return self;
}

/**
 * dk_m2m_event_dialog_get_error:
 *
 * Returns: the message shown about the last refused save, or %NULL
 */
const char *
dk_m2m_event_dialog_get_error (DkM2mEventDialog *self)
{
  g_return_val_if_fail (DK_IS_M2M_EVENT_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
