/* dk-m2m-figures-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Recording the M2M devices of every office at a date. It validates before writing (the
 * core validates again) and writes in one transaction; a refused entry changes nothing
 * and says why, naming the office.
 */
#define G_LOG_DOMAIN "dk-m2m-figures-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-format.h"
#include "dk-m2m-figures-dialog.h"
#include "dk-m2m-office-row.h"
#include "dk-m2m.h"
#include "dk-region.h"
#include "dk-window.h"
#include "dk-write-error.h"

struct _DkM2mFiguresDialog
{
  AdwWindow             parent_instance;

  AdwEntryRow          *date_row;
  GtkLabel             *replace_label;
  GtkLabel             *error_label;
  AdwPreferencesGroup  *offices_group;

  DkStore              *store;
  char                 *region;
  GPtrArray            *offices;   /* of DkM2mOfficeRow, in the group */
  GStrv                 dates;
};

G_DEFINE_FINAL_TYPE (DkM2mFiguresDialog, dk_m2m_figures_dialog, ADW_TYPE_WINDOW)

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

static void
add_office (DkM2mFiguresDialog *self,
            DkRegion           *region,
            DkM2mRow           *current)
{
  DkM2mOfficeRow *row = dk_m2m_office_row_new (region->kode, region->wilayah);

  if (current != NULL)
    dk_m2m_office_row_set_figures (row, dk_m2m_row_get_perangkat (current), dk_m2m_row_get_aktif (current));
  adw_preferences_group_add (self->offices_group, GTK_WIDGET (row));
  g_ptr_array_add (self->offices, row);
}

static void
date_changed_cb (DkM2mFiguresDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_row));

  gtk_widget_set_visible (GTK_WIDGET (self->replace_label),
                          self->dates != NULL && g_strv_contains ((const char * const *) self->dates, text));
}

/**
 * dk_m2m_figures_dialog_save:
 *
 * Checks and writes the figures; on success emits "saved" and closes.
 *
 * Returns: whether the figures were saved
 */
gboolean
dk_m2m_figures_dialog_save (DkM2mFiguresDialog *self)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (DkM2mInput));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL, *when = NULL;
  GDate parsed;

  g_return_val_if_fail (DK_IS_M2M_FIGURES_DIALOG (self), FALSE);

  if (!dk_date_check_iso (date, &parsed, &error))
    {
      show_error (self->error_label, error->message);
      return FALSE;
    }
  for (guint i = 0; i < self->offices->len; i++)
    {
      DkM2mOfficeRow *row = g_ptr_array_index (self->offices, i);
      DkM2mInput in = { dk_m2m_office_row_get_kode (row), dk_m2m_office_row_get_devices (row),
                        dk_m2m_office_row_get_active (row), NULL };

      if (in.aktif > in.perangkat)
        {
          g_autofree char *text = g_strdup_printf (_("%s: %d active devices, but only %d devices"),
                                                   dk_m2m_office_row_get_wilayah (row), (int) in.aktif,
                                                   (int) in.perangkat);

          show_error (self->error_label, text);
          dk_m2m_office_row_focus_active (row);
          return FALSE;
        }
      g_array_append_val (rows, in);
    }
  if (!dk_m2m_replace_snapshot (self->store, date, self->region, _("Entered in Dukcapil Sumbar"),
                                (DkM2mInput *) rows->data, rows->len, NULL, 0, &error))
    {
      dk_write_error_show (GTK_WINDOW (self), self->error_label, error);
      return FALSE;
    }

  when = dk_format_date_long (date);
  message = g_strdup_printf (_("M2M figures of %s saved"), when);
  g_signal_emit (self, signals[SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_m2m_figures_dialog_save (DK_M2M_FIGURES_DIALOG (widget));
}

static void
dk_m2m_figures_dialog_dispose (GObject *object)
{
  DkM2mFiguresDialog *self = (DkM2mFiguresDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_M2M_FIGURES_DIALOG);
  g_clear_object (&self->store);
  G_OBJECT_CLASS (dk_m2m_figures_dialog_parent_class)->dispose (object);
}

static void
dk_m2m_figures_dialog_finalize (GObject *object)
{
  DkM2mFiguresDialog *self = (DkM2mFiguresDialog *) object;

  g_ptr_array_unref (self->offices);
  g_strfreev (self->dates);
  g_free (self->region);
  G_OBJECT_CLASS (dk_m2m_figures_dialog_parent_class)->finalize (object);
}

static void
dk_m2m_figures_dialog_class_init (DkM2mFiguresDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_m2m_figures_dialog_dispose;
  object_class->finalize = dk_m2m_figures_dialog_finalize;

  /**
   * DkM2mFiguresDialog::saved:
   * @message: what was saved, for a toast
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                         NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-m2m-figures-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkM2mFiguresDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DkM2mFiguresDialog, replace_label);
  gtk_widget_class_bind_template_child (widget_class, DkM2mFiguresDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, DkM2mFiguresDialog, offices_group);
  gtk_widget_class_bind_template_callback (widget_class, date_changed_cb);
  gtk_widget_class_install_action (widget_class, "figures.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_m2m_figures_dialog_init (DkM2mFiguresDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->offices = g_ptr_array_new ();
}

static DkM2mRow *
find_row (GListModel *rows,
          const char *kode)
{
  for (guint i = 0; rows != NULL && i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkM2mRow) row = g_list_model_get_item (rows, i);

      if (g_str_equal (dk_m2m_row_get_kode (row), kode))
        return g_steal_pointer (&row);
    }
  return NULL;
}

/**
 * dk_m2m_figures_dialog_new:
 * @region: the region whose offices are entered
 *
 * Returns: (transfer none): the dialog, filled with the latest figures and today's date
 */
DkM2mFiguresDialog *
dk_m2m_figures_dialog_new (GtkWindow  *parent,
                           DkStore    *store,
                           const char *region)
{
  DkM2mFiguresDialog *self = g_object_new (DK_TYPE_M2M_FIGURES_DIALOG, "transient-for", parent,
                                           "application", gtk_window_get_application (parent), NULL);
  g_autoptr(GPtrArray) regions = NULL;
  g_autoptr(DkM2mTable) latest = NULL;
  g_autofree char *today = today_iso ();

  self->store = g_object_ref (store);
  self->region = g_strdup (region);
  self->dates = dk_m2m_list_dates (store, NULL);
  latest = dk_m2m_table_load (store, region, NULL, NULL);
  regions = dk_region_list_children (store, region, NULL);
  for (guint i = 0; regions != NULL && i < regions->len; i++)
    {
      DkRegion *r = g_ptr_array_index (regions, i);
      g_autoptr(DkM2mRow) current = NULL;

      /* an office's account enters its own devices only */
      if (!dk_widget_may_write_region (GTK_WIDGET (parent), r->kode))
        continue;
      current = latest != NULL ? find_row (dk_m2m_table_get_rows (latest), r->kode) : NULL;
      add_office (self, r, current);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), today);
  return self;
}

void
dk_m2m_figures_dialog_set_date (DkM2mFiguresDialog *self,
                                const char         *date)
{
  g_return_if_fail (DK_IS_M2M_FIGURES_DIALOG (self));
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date);
}

/**
 * dk_m2m_figures_dialog_set_figures:
 *
 * Types the figures of one office, as a user would.
 */
void
dk_m2m_figures_dialog_set_figures (DkM2mFiguresDialog *self,
                                   const char         *kode,
                                   int                 perangkat,
                                   int                 aktif)
{
  g_return_if_fail (DK_IS_M2M_FIGURES_DIALOG (self));
  for (guint i = 0; i < self->offices->len; i++)
    {
      DkM2mOfficeRow *row = g_ptr_array_index (self->offices, i);

      if (g_str_equal (dk_m2m_office_row_get_kode (row), kode))
        dk_m2m_office_row_set_figures (row, perangkat, aktif);
    }
}

/**
 * dk_m2m_figures_dialog_dup_offices:
 *
 * Returns: (transfer full): the codes of the offices whose figures the dialog offers
 */
GStrv
dk_m2m_figures_dialog_dup_offices (DkM2mFiguresDialog *self)
{
  g_autoptr(GStrvBuilder) codes = g_strv_builder_new ();

  g_return_val_if_fail (DK_IS_M2M_FIGURES_DIALOG (self), NULL);
  for (guint i = 0; i < self->offices->len; i++)
    g_strv_builder_add (codes, dk_m2m_office_row_get_kode (g_ptr_array_index (self->offices, i)));
  return g_strv_builder_end (codes);
}

/**
 * dk_m2m_figures_dialog_get_error:
 *
 * Returns: the message shown about the last refused save, or %NULL
 */
const char *
dk_m2m_figures_dialog_get_error (DkM2mFiguresDialog *self)
{
  g_return_val_if_fail (DK_IS_M2M_FIGURES_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
