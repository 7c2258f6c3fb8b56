/* dk-history-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "History": every change to the figures, newest first, one expandable row per change
 * (when, what) with each value it changed, old and new; the last change can be undone.
 */
#define G_LOG_DOMAIN "dk-history-dialog"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dk-format.h"
#include "dk-domains.h"
#include "dk-history-dialog.h"
#include "dk-history.h"
#include "dk-region.h"
#include "dk-window.h"

/* The newest changed values shown; the command line shows them all. */
#define MAX_SHOWN 2000

struct _DkHistoryDialog
{
  AdwWindow   parent_instance;

  GtkStack   *stack;
  GtkListBox *list;

  DkStore    *store;
  guint       n_changes;
};

G_DEFINE_FINAL_TYPE (DkHistoryDialog, dk_history_dialog, ADW_TYPE_WINDOW)

enum {
  SIGNAL_UNDONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A value as the tables show it: counts grouped, percentages with their sign. */
static char *
format_value (const DkHistoryChange *c,
              const char            *value)
{
  DkNumberFormat fmt;
  gint64 n;

  if (value == NULL)
    return g_strdup (_("(none)"));
  if (*value == '\0')
    return g_strdup ("\u2013");
  dk_number_format_init_locale (&fmt);
  if (g_str_equal (c->kolom, "persen_bp") && g_ascii_string_to_signed (value, 10, 0, 10000, &n, NULL))
    return dk_format_percent_bp (&fmt, n);
  if ((g_str_equal (c->kolom, "keterangan") || g_str_equal (c->kolom, "label")) ||
      (g_str_equal (c->tabel, "anggaran") && !g_str_has_prefix (c->kolom, "anggaran") &&
       !g_str_has_prefix (c->kolom, "realisasi") && !g_str_has_prefix (c->kolom, "bulan") &&
       !g_str_has_prefix (c->kolom, "stated:")) ||
      !g_ascii_string_to_signed (value, 10, G_MININT64, G_MAXINT64, &n, NULL))
    return g_strdup (value);
  return dk_format_int (&fmt, n);
}

static char *
region_name (DkHistoryDialog *self,
             const char      *kode)
{
  g_autofree char *code = g_strdup (kode);
  char *bar = strchr (code, '|');
  g_autoptr(DkRegion) region = NULL;

  if (bar)
    *bar = '\0';
  region = dk_region_lookup (self->store, code, NULL);
  return region ? g_strdup_printf ("%s %s", code, region->wilayah) : g_steal_pointer (&code);
}

static const char *
table_name (const char *tabel)
{
  if (g_str_equal (tabel, "anggaran"))
    return _("Budget");
  if (g_str_equal (tabel, "ktp_el_cakupan"))
    return _("KTP-el coverage");
  if (g_str_has_prefix (tabel, "blangko"))
    return _("Blank KTP-el Cards");
  return g_str_has_prefix (tabel, "ikd") ? _("IKD") : _("M2M");
}

/**
 * dk_history_dialog_reload:
 *
 * Shows the history as the database holds it now.
 */
void
dk_history_dialog_reload (DkHistoryDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  AdwExpanderRow *batch_row = NULL;
  gint64 batch_id = -1;
  GtkWidget *child;

  g_return_if_fail (DK_IS_HISTORY_DIALOG (self));

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  self->n_changes = 0;

  if (!(changes = dk_history_list (self->store, MAX_SHOWN, &error)))
    {
      g_warning ("The history could not be read: %s", error->message);
      return;
    }
  for (guint i = 0; i < changes->len; i++)
    {
      DkHistoryChange *c = g_ptr_array_index (changes, i);
      /* IKD and M2M figures are of a date and a region; the others name their own rows */
      gboolean dated = g_str_equal (c->tabel, "ikd") || g_str_has_prefix (c->tabel, "m2m");
      g_autofree char *name = dated ? region_name (self, c->kode) : g_strdup (c->kode);
      g_autofree char *date = dated ? dk_format_date_long (c->ref) : g_strdup (c->ref);
      g_autofree char *column = dk_domains_column_title (c->tabel, c->kolom);
      g_autofree char *old = format_value (c, c->lama);
      g_autofree char *new = format_value (c, c->baru);
      g_autofree char *title = NULL, *subtitle = NULL;
      GtkWidget *row;

      if (c->batch_id != batch_id)
        {
          g_autofree char *when = g_strdelimit (g_strdup (c->waktu), "T", ' ');
          g_autofree char *batch_subtitle = c->undone ? g_strdup_printf (_("%s · undone"), when) : g_strdup (when);

          batch_id = c->batch_id;
          batch_row = ADW_EXPANDER_ROW (adw_expander_row_new ());
          adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (batch_row), FALSE);
          adw_preferences_row_set_title (ADW_PREFERENCES_ROW (batch_row), c->keterangan);
          adw_expander_row_set_subtitle (batch_row, batch_subtitle);
          if (c->undone)
            gtk_widget_add_css_class (GTK_WIDGET (batch_row), "dim-label");
          /* the newest change open, the others folded */
          adw_expander_row_set_expanded (batch_row, i == 0);
          gtk_list_box_append (self->list, GTK_WIDGET (batch_row));
        }

      /* Translators: table, date, region, then the column */
      if (*date != '\0')
        title = g_strdup_printf (_("%s %s · %s · %s"), table_name (c->tabel), date, name, column);
      else
        /* Translators: table, row, then the column */
        title = g_strdup_printf (_("%s · %s · %s"), table_name (c->tabel), name, column);
      subtitle = g_strdup_printf ("%s → %s", old, new);
      row = adw_action_row_new ();
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
      adw_expander_row_add_row (batch_row, row);
      self->n_changes++;
    }
  gtk_stack_set_visible_child_name (self->stack, changes->len > 0 ? "list" : "empty");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "history.undo",
                                 dk_widget_may_write (GTK_WIDGET (self), DK_ACCOUNT_WRITE_UNDO) &&
                                   dk_history_can_undo (self->store));
}

static void
undo_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DkHistoryDialog *self = DK_HISTORY_DIALOG (widget);

  g_signal_emit (self, signals[SIGNAL_UNDONE], 0);
  dk_history_dialog_reload (self);
}

static void
dk_history_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DK_TYPE_HISTORY_DIALOG);
  G_OBJECT_CLASS (dk_history_dialog_parent_class)->dispose (object);
}

static void
dk_history_dialog_finalize (GObject *object)
{
  DkHistoryDialog *self = DK_HISTORY_DIALOG (object);

  g_clear_object (&self->store);
  G_OBJECT_CLASS (dk_history_dialog_parent_class)->finalize (object);
}

static void
dk_history_dialog_class_init (DkHistoryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_history_dialog_dispose;
  object_class->finalize = dk_history_dialog_finalize;

  /**
   * DkHistoryDialog::undo-requested:
   *
   * The user asked to undo the last change; the window undoes it.
   */
  signals[SIGNAL_UNDONE] = g_signal_new ("undo-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-history-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkHistoryDialog, stack);
  gtk_widget_class_bind_template_child (widget_class, DkHistoryDialog, list);
  gtk_widget_class_install_action (widget_class, "history.undo", NULL, undo_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_z, GDK_CONTROL_MASK, "history.undo", NULL);
}

static void
dk_history_dialog_init (DkHistoryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DkHistoryDialog *
dk_history_dialog_new (GtkWindow *parent,
                       DkStore   *store)
{
  DkHistoryDialog *self = g_object_new (DK_TYPE_HISTORY_DIALOG, "transient-for", parent, NULL);

  self->store = g_object_ref (store);
  dk_history_dialog_reload (self);
  return self;
}

/**
 * dk_history_dialog_get_n_changes:
 *
 * Returns: how many changed values the dialog lists
 */
guint
dk_history_dialog_get_n_changes (DkHistoryDialog *self)
{
  g_return_val_if_fail (DK_IS_HISTORY_DIALOG (self), 0);
  return self->n_changes;
}
