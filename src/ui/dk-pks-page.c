/* dk-pks-page.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The data-access agreements (PKS) page: what the Kepala Bidang must see first (the
 * agreements ending within 90 days, those past their end whose access is still on and
 * must be switched off today, the requests late at a step of the SOP and by how long),
 * the agreements' terms on a time line, the agreements, the SOP's six steps of the one
 * picked, and the institutions; and the dialogs that record them. The register is the
 * core's (dk-pks.h); this only shows it.
 */
#define G_LOG_DOMAIN "dk-pks-page"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "dk-chart-table-view.h"
#include "dk-chart-view.h"
#include "dk-format.h"
#include "dk-metric-card.h"
#include "dk-pks-access-dialog.h"
#include "dk-pks-agreement-dialog.h"
#include "dk-pks-chart.h"
#include "dk-pks-extend-dialog.h"
#include "dk-pks-institution-dialog.h"
#include "dk-pks-item.h"
#include "dk-pks-page.h"
#include "dk-pks-step-dialog.h"
#include "dk-report-table.h"
#include "dk-window.h"

#define N_CARDS 4

struct _DkPksPage
{
  GtkWidget      parent_instance;

  GtkLabel      *subtitle_label;
  GtkEntry      *date_entry;
  DkMetricCard  *active_card;
  DkMetricCard  *expiring_card;
  DkMetricCard  *switch_off_card;
  DkMetricCard  *late_card;
  DkChartView   *timeline_view;
  GtkColumnView *agreements_view;
  GtkLabel      *steps_heading;
  GtkDropDown   *agreement_drop;
  GtkStringList *agreement_list;
  GtkColumnView *steps_view;
  GtkColumnView *institutions_view;

  DkStore       *store;
  char          *as_of;
  GPtrArray     *agreements;     /* DkPksAgreement, as of @as_of */
  GPtrArray     *institutions;   /* DkPksInstitution */
  gint64         selected;
  gboolean       filling;        /* the drop-down is being refilled: ignore its changes */
  DkPksSummary   summary;
  char          *details[N_CARDS];
  DkReportTable *agreements_table;
  DkReportTable *steps_table;
  DkReportTable *institutions_table;
};

G_DEFINE_FINAL_TYPE (DkPksPage, dk_pks_page, GTK_TYPE_WIDGET)

static const DkColumnSpec agreement_columns[] = {
  { NC_("column", "Institution"), "t0", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Number"), "t1", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Signed"), "t2", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Ends"), "t3", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Days left"), "n0", DK_COLUMN_INT, FALSE },
  { NC_("column", "Access mechanism"), "t4", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Access"), "t5", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Status"), "t6", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "SOP"), "t7", DK_COLUMN_TEXT, TRUE },
};

static const DkColumnSpec step_columns[] = {
  { NC_("column", "Step"), "t0", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Actor"), "t1", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Time"), "t3", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Due"), "t4", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Done"), "t5", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "By"), "t6", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Late"), "t7", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Activity"), "t2", DK_COLUMN_TEXT, TRUE },
};

static const DkColumnSpec institution_columns[] = {
  { NC_("column", "Institution"), "t0", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Kind"), "t1", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Address"), "t2", DK_COLUMN_TEXT, TRUE },
  { NC_("column", "Contact"), "t3", DK_COLUMN_TEXT, FALSE },
  { NC_("column", "Agreements"), "n0", DK_COLUMN_INT, FALSE },
};

/* ---------------------------------------------------------------- helpers */

static const DkPksAgreement *
find_agreement (DkPksPage *self,
                gint64     id)
{
  for (guint i = 0; self->agreements != NULL && i < self->agreements->len; i++)
    if (((DkPksAgreement *) g_ptr_array_index (self->agreements, i))->id == id)
      return g_ptr_array_index (self->agreements, i);
  return NULL;
}

static char *
late_text (int late_days)
{
  if (late_days <= 0)
    return g_strdup ("");
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%d working day", "%d working days", late_days), late_days);
}

/* "step 3 (Kabid PIAK), 2 working days late" */
static char *
position_text (const DkPksAgreement *a)
{
  const DkPksStepInfo *info;

  if (a->next_step == 0)
    return g_strdup (_("SOP done"));
  info = dk_pks_step_info (a->next_step);
  if (a->late_days > 0)
    /* Translators: the SOP's step an agreement's request waits at, its actor, how late */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "step %u (%s), %d working day late",
                                         "step %u (%s), %d working days late", a->late_days),
                            info->number, info->actor, a->late_days);
  /* Translators: the SOP's step an agreement's request waits at, and its actor */
  return g_strdup_printf (_("step %u (%s)"), info->number, info->actor);
}

/* The institutions of the agreements that @keep picks, for a card's detail. */
static char *
list_names (GPtrArray *agreements,
            gboolean (*keep) (const DkPksAgreement *a),
            const char *none)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < agreements->len; i++)
    {
      const DkPksAgreement *a = g_ptr_array_index (agreements, i);

      if (keep (a))
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "", a->lembaga);
    }
  return text->len > 0 ? g_strdup (text->str) : g_strdup (none);
}

static gboolean
is_expiring (const DkPksAgreement *a)
{
  return dk_pks_is_expiring (a, DK_PKS_EXPIRING_DAYS);
}

static gboolean
must_switch_off (const DkPksAgreement *a)
{
  return a->status == DK_PKS_STATUS_MUST_SWITCH_OFF;
}

static char *
late_detail (GPtrArray *agreements)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < agreements->len; i++)
    {
      const DkPksAgreement *a = g_ptr_array_index (agreements, i);
      g_autofree char *where = NULL;

      if (a->late_days <= 0 || a->status == DK_PKS_STATUS_ENDED)
        continue;
      where = position_text (a);
      g_string_append_printf (text, "%s%s: %s", text->len > 0 ? "; " : "", a->lembaga, where);
    }
  return text->len > 0 ? g_strdup (text->str) : g_strdup (_("Every request within its time"));
}

/* ----------------------------------------------------------------- update */

static void
update_cards (DkPksPage *self)
{
  DkMetricCard *cards[N_CARDS] = { self->active_card, self->expiring_card, self->switch_off_card, self->late_card };
  guint values[N_CARDS];

  dk_pks_summarize (self->agreements, &self->summary);
  values[0] = self->summary.n_active;
  values[1] = self->summary.n_expiring;
  values[2] = self->summary.n_must_switch_off;
  values[3] = self->summary.n_late;
  for (guint i = 0; i < N_CARDS; i++)
    g_free (self->details[i]);
  /* Translators: the card of the active agreements: how many are recorded in all */
  self->details[0] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "of %u agreement recorded",
                                                   "of %u agreements recorded", self->agreements->len),
                                      self->agreements->len);
  self->details[1] = list_names (self->agreements, is_expiring, _("None: no reminder to send"));
  self->details[2] = list_names (self->agreements, must_switch_off, _("None: every ended agreement is off"));
  self->details[3] = late_detail (self->agreements);
  for (guint i = 0; i < N_CARDS; i++)
    {
      g_autofree char *value = g_strdup_printf ("%u", values[i]);

      dk_metric_card_set_value (cards[i], value);
      dk_metric_card_set_detail (cards[i], self->details[i]);
      dk_metric_card_set_status (cards[i], i == 0 ? DK_METRIC_NEUTRAL : values[i] > 0 ? DK_METRIC_BAD : DK_METRIC_GOOD);
    }
}

static DkPksItem *
agreement_item (const DkPksAgreement *a)
{
  g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, a->id);
  g_autofree char *signed_on = dk_format_date_long (a->ditandatangani), *ends = dk_format_date_long (a->berakhir);
  g_autofree char *position = position_text (a);
  DkPksItem *item = dk_pks_item_new (key);

  dk_pks_item_set_text (item, 0, a->lembaga);
  dk_pks_item_set_text (item, 1, a->nomor);
  dk_pks_item_set_text (item, 2, signed_on);
  dk_pks_item_set_text (item, 3, ends);
  dk_pks_item_set_count (item, 0, a->days_left);
  dk_pks_item_set_text (item, 4, dk_pks_mechanism_label (a->mechanism));
  dk_pks_item_set_text (item, 5, dk_pks_access_label (a->access));
  dk_pks_item_set_text (item, 6, dk_pks_status_label (a->status));
  dk_pks_item_set_text (item, 7, position);
  return item;
}

static void
update_agreements (DkPksPage *self)
{
  g_autoptr(GListStore) rows = g_list_store_new (DK_TYPE_PKS_ITEM);
  g_autoptr(GPtrArray) labels = g_ptr_array_new_with_free_func (g_free);
  guint selected = GTK_INVALID_LIST_POSITION;

  for (guint i = 0; i < self->agreements->len; i++)
    {
      const DkPksAgreement *a = g_ptr_array_index (self->agreements, i);
      g_autoptr(DkPksItem) item = agreement_item (a);

      g_list_store_append (rows, item);
      g_ptr_array_add (labels, g_strdup_printf ("%s · %s", a->lembaga, a->nomor));
      if (a->id == self->selected)
        selected = i;
    }
  g_ptr_array_add (labels, NULL);
  dk_report_table_set_rows (self->agreements_table, G_LIST_MODEL (rows), NULL);
  self->filling = TRUE;
  gtk_string_list_splice (self->agreement_list, 0, g_list_model_get_n_items (G_LIST_MODEL (self->agreement_list)),
                          (const char *const *) labels->pdata);
  gtk_drop_down_set_selected (self->agreement_drop, selected);
  self->filling = FALSE;
}

static DkPksItem *
step_item (const DkPksStep *s)
{
  const DkPksStepInfo *info = dk_pks_step_info (s->number);
  g_autofree char *key = g_strdup_printf ("%u", s->number), *time = dk_pks_step_time (info);
  g_autofree char *due = s->due[0] != '\0' ? dk_format_date_long (s->due) : g_strdup ("");
  g_autofree char *done = s->selesai[0] != '\0' ? dk_format_date_long (s->selesai) : g_strdup ("");
  g_autofree char *late = late_text (s->late_days);
  DkPksItem *item = dk_pks_item_new (key);

  dk_pks_item_set_text (item, 0, key);
  dk_pks_item_set_text (item, 1, info->actor);
  dk_pks_item_set_text (item, 2, _(info->activity));
  dk_pks_item_set_text (item, 3, time);
  dk_pks_item_set_text (item, 4, due);
  dk_pks_item_set_text (item, 5, done);
  dk_pks_item_set_text (item, 6, s->oleh);
  dk_pks_item_set_text (item, 7, late);
  return item;
}

static void
update_steps (DkPksPage *self)
{
  g_autoptr(GListStore) rows = g_list_store_new (DK_TYPE_PKS_ITEM);
  g_autoptr(GPtrArray) steps = NULL;
  g_autoptr(GError) error = NULL;

  gboolean write = dk_widget_may_write (GTK_WIDGET (self), DK_ACCOUNT_WRITE_PKS);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pks.new-institution", write);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pks.new-agreement", write);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pks.extend", write && find_agreement (self, self->selected) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pks.access", write && find_agreement (self, self->selected) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "pks.step",
                                 write && find_agreement (self, self->selected) != NULL &&
                                   find_agreement (self, self->selected)->next_step != 0);
  if (find_agreement (self, self->selected) == NULL)
    {
      dk_report_table_set_rows (self->steps_table, NULL, NULL);
      return;
    }
  if (!(steps = dk_pks_steps (self->store, self->selected, self->as_of, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  for (guint i = 0; i < steps->len; i++)
    {
      g_autoptr(DkPksItem) item = step_item (g_ptr_array_index (steps, i));

      g_list_store_append (rows, item);
    }
  dk_report_table_set_rows (self->steps_table, G_LIST_MODEL (rows), NULL);
}

static void
update_institutions (DkPksPage *self)
{
  g_autoptr(GListStore) rows = g_list_store_new (DK_TYPE_PKS_ITEM);

  for (guint i = 0; i < self->institutions->len; i++)
    {
      const DkPksInstitution *it = g_ptr_array_index (self->institutions, i);
      g_autofree char *key = g_strdup_printf ("%" G_GINT64_FORMAT, it->id);
      g_autoptr(DkPksItem) item = dk_pks_item_new (key);

      dk_pks_item_set_text (item, 0, it->nama);
      dk_pks_item_set_text (item, 1, it->jenis);
      dk_pks_item_set_text (item, 2, it->alamat);
      dk_pks_item_set_text (item, 3, it->kontak);
      dk_pks_item_set_count (item, 0, it->n_agreements);
      g_list_store_append (rows, item);
    }
  dk_report_table_set_rows (self->institutions_table, G_LIST_MODEL (rows), NULL);
}

static void
update_chart (DkPksPage *self)
{
  g_autoptr(DkPksChart) chart = NULL;
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  chart = dk_pks_chart_new (self->agreements, &fmt);
  /* a row per agreement, at least the height of the card */
  gtk_widget_set_size_request (GTK_WIDGET (self->timeline_view), -1, MAX (180, 110 + 30 * (int) self->agreements->len));
  dk_chart_view_set_chart (self->timeline_view, DK_CHART (chart));
}

/* The agreement that most needs looking at: to switch off, then late, then the first. */
static gint64
first_to_look_at (GPtrArray *agreements)
{
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < agreements->len; i++)
      {
        const DkPksAgreement *a = g_ptr_array_index (agreements, i);

        if (pass == 0 ? must_switch_off (a) : a->late_days > 0 && a->status != DK_PKS_STATUS_ENDED)
          return a->id;
      }
  return agreements->len > 0 ? ((DkPksAgreement *) g_ptr_array_index (agreements, 0))->id : 0;
}

/**
 * dk_pks_page_reload:
 *
 * Reads the register again, as of the page's date.
 */
void
dk_pks_page_reload (DkPksPage *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) agreements = NULL, institutions = NULL;
  g_autofree char *date = NULL, *subtitle = NULL;

  g_return_if_fail (DK_IS_PKS_PAGE (self));
  if (self->store == NULL)
    return;
  if (!(agreements = dk_pks_agreements (self->store, self->as_of, &error)) ||
      !(institutions = dk_pks_institutions (self->store, &error)))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  g_clear_pointer (&self->agreements, g_ptr_array_unref);
  g_clear_pointer (&self->institutions, g_ptr_array_unref);
  self->agreements = g_steal_pointer (&agreements);
  self->institutions = g_steal_pointer (&institutions);
  if (find_agreement (self, self->selected) == NULL)
    self->selected = first_to_look_at (self->agreements);
  date = dk_format_date_long (self->as_of);
  /* Translators: the page's subtitle: the date */
  subtitle = g_strdup_printf (_("Lembaga pengguna, their agreements and the SOP for granting access, as of %s"), date);
  gtk_label_set_text (self->subtitle_label, subtitle);
  gtk_editable_set_text (GTK_EDITABLE (self->date_entry), self->as_of);
  update_cards (self);
  update_agreements (self);
  update_steps (self);
  update_institutions (self);
  update_chart (self);
}

/* -------------------------------------------------------------- callbacks */

static void
saved_cb (DkPksPage  *self,
          const char *message)
{
  dk_pks_page_reload (self);
  dk_widget_show_toast (GTK_WIDGET (self), message);
}

static void
date_activated_cb (DkPksPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->date_entry));
  g_autoptr(GError) error = NULL;

  if (!dk_date_check_iso (text, NULL, &error))
    {
      dk_widget_show_error (GTK_WIDGET (self), error);
      return;
    }
  dk_pks_page_set_as_of (self, text);
}

static void
agreement_selected_cb (DkPksPage *self)
{
  guint position = gtk_drop_down_get_selected (self->agreement_drop);

  if (self->filling || self->agreements == NULL || position >= self->agreements->len)
    return;
  self->selected = ((DkPksAgreement *) g_ptr_array_index (self->agreements, position))->id;
  update_steps (self);
}

static void
agreement_activated_cb (DkPksPage *self,
                        guint      position)
{
  g_autoptr(DkPksItem) item = g_list_model_get_item (dk_report_table_get_model (self->agreements_table), position);

  if (item != NULL)
    dk_pks_page_select (self, g_ascii_strtoll (dk_pks_item_get_key (item), NULL, 10));
}

static GtkWindow *
parent_window (DkPksPage *self)
{
  return GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self)));
}

static void
institution_activated_cb (DkPksPage *self,
                          guint      position)
{
  g_autoptr(DkPksItem) item = g_list_model_get_item (dk_report_table_get_model (self->institutions_table), position);
  gint64 id = item != NULL ? g_ascii_strtoll (dk_pks_item_get_key (item), NULL, 10) : 0;

  for (guint i = 0; self->institutions != NULL && i < self->institutions->len; i++)
    {
      const DkPksInstitution *it = g_ptr_array_index (self->institutions, i);
      DkPksInstitutionDialog *dialog;

      if (it->id != id)
        continue;
      dialog = dk_pks_institution_dialog_new (parent_window (self), self->store, it);
      g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

/* ---------------------------------------------------------------- actions */

static void
new_action (GtkWidget  *widget,
            const char *action_name,
            GVariant   *parameter)
{
  DkPksPage *self = DK_PKS_PAGE (widget);
  GtkWindow *dialog;

  if (self->store == NULL)
    return;
  if (g_str_equal (action_name, "pks.new-institution"))
    dialog = GTK_WINDOW (dk_pks_institution_dialog_new (parent_window (self), self->store, NULL));
  else
    dialog = GTK_WINDOW (dk_pks_agreement_dialog_new (parent_window (self), self->store, NULL));
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

static void
agreement_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DkPksPage *self = DK_PKS_PAGE (widget);
  const DkPksAgreement *a = find_agreement (self, self->selected);
  GtkWindow *dialog;

  if (a == NULL)
    return;
  if (g_str_equal (action_name, "pks.extend"))
    dialog = GTK_WINDOW (dk_pks_extend_dialog_new (parent_window (self), self->store, a));
  else if (g_str_equal (action_name, "pks.access"))
    dialog = GTK_WINDOW (dk_pks_access_dialog_new (parent_window (self), self->store, a));
  else if (a->next_step != 0)
    dialog = GTK_WINDOW (dk_pks_step_dialog_new (parent_window (self), self->store, a));
  else
    return;
  g_signal_connect_object (dialog, "saved", G_CALLBACK (saved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (dialog);
}

static void
save_chart_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  DkPksPage *self = DK_PKS_PAGE (widget);
  g_autofree char *name = g_strdup_printf ("pks-%s", self->as_of);

  dk_chart_view_save_with_dialog (self->timeline_view, name);
}

/* ------------------------------------------------------------------ setup */

static void
dk_pks_page_dispose (GObject *object)
{
  DkPksPage *self = (DkPksPage *) object;
  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_PKS_PAGE);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->store);
  g_clear_object (&self->agreements_table);
  g_clear_object (&self->steps_table);
  g_clear_object (&self->institutions_table);
  g_clear_pointer (&self->agreements, g_ptr_array_unref);
  g_clear_pointer (&self->institutions, g_ptr_array_unref);
  G_OBJECT_CLASS (dk_pks_page_parent_class)->dispose (object);
}

static void
dk_pks_page_finalize (GObject *object)
{
  DkPksPage *self = DK_PKS_PAGE (object);

  g_free (self->as_of);
  for (guint i = 0; i < N_CARDS; i++)
    g_free (self->details[i]);
  G_OBJECT_CLASS (dk_pks_page_parent_class)->finalize (object);
}

static void
dk_pks_page_class_init (DkPksPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_pks_page_dispose;
  object_class->finalize = dk_pks_page_finalize;

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-pks-page.ui");
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, date_entry);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, active_card);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, expiring_card);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, switch_off_card);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, late_card);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, timeline_view);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, agreements_view);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, steps_heading);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, agreement_drop);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, agreement_list);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, steps_view);
  gtk_widget_class_bind_template_child (widget_class, DkPksPage, institutions_view);
  gtk_widget_class_bind_template_callback (widget_class, date_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, agreement_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, agreement_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, institution_activated_cb);

  gtk_widget_class_install_action (widget_class, "pks.new-institution", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "pks.new-agreement", NULL, new_action);
  gtk_widget_class_install_action (widget_class, "pks.extend", NULL, agreement_action);
  gtk_widget_class_install_action (widget_class, "pks.access", NULL, agreement_action);
  gtk_widget_class_install_action (widget_class, "pks.step", NULL, agreement_action);
  gtk_widget_class_install_action (widget_class, "pks.save-chart", NULL, save_chart_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  g_type_ensure (DK_TYPE_CHART_TABLE_VIEW);
  g_type_ensure (DK_TYPE_CHART_VIEW);
  g_type_ensure (DK_TYPE_METRIC_CARD);
}

static void
dk_pks_page_init (DkPksPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->as_of = dk_pks_today ();
  self->agreements_table = dk_report_table_new (self->agreements_view, DK_TYPE_PKS_ITEM, agreement_columns,
                                                G_N_ELEMENTS (agreement_columns), DK_TOTAL_LAST);
  self->steps_table = dk_report_table_new (self->steps_view, DK_TYPE_PKS_ITEM, step_columns,
                                           G_N_ELEMENTS (step_columns), DK_TOTAL_LAST);
  self->institutions_table = dk_report_table_new (self->institutions_view, DK_TYPE_PKS_ITEM, institution_columns,
                                                  G_N_ELEMENTS (institution_columns), DK_TOTAL_LAST);
  dk_report_table_keep_order (self->steps_table);
}

/* ------------------------------------------------------------- public API */

void
dk_pks_page_set_store (DkPksPage *self,
                       DkStore   *store)
{
  g_return_if_fail (DK_IS_PKS_PAGE (self));
  g_return_if_fail (DK_IS_STORE (store));

  g_set_object (&self->store, store);
  dk_pks_page_reload (self);
}

/**
 * dk_pks_page_set_as_of:
 * @as_of: a date, YYYY-MM-DD
 *
 * Shows the register as of @as_of: the statuses, what ends within 90 days, the lateness.
 */
void
dk_pks_page_set_as_of (DkPksPage  *self,
                       const char *as_of)
{
  g_return_if_fail (DK_IS_PKS_PAGE (self));

  if (as_of == NULL || !dk_date_parse_iso (as_of, &(GDate) { 0 }))
    return;
  g_free (self->as_of);
  self->as_of = g_strdup (as_of);
  dk_pks_page_reload (self);
}

const char *
dk_pks_page_get_as_of (DkPksPage *self)
{
  g_return_val_if_fail (DK_IS_PKS_PAGE (self), NULL);
  return self->as_of;
}

void
dk_pks_page_get_summary (DkPksPage    *self,
                         DkPksSummary *summary)
{
  g_return_if_fail (DK_IS_PKS_PAGE (self) && summary != NULL);
  *summary = self->summary;
}

/**
 * dk_pks_page_get_card_detail:
 * @card: 0 active, 1 ending within 90 days, 2 to switch off, 3 late
 *
 * Returns: (nullable): the card's detail line
 */
const char *
dk_pks_page_get_card_detail (DkPksPage *self,
                             guint      card)
{
  g_return_val_if_fail (DK_IS_PKS_PAGE (self) && card < N_CARDS, NULL);
  return self->details[card];
}

/**
 * dk_pks_page_select:
 *
 * Picks an agreement: its SOP steps are shown and the dialogs act on it.
 *
 * Returns: whether the page shows an agreement of that id
 */
gboolean
dk_pks_page_select (DkPksPage *self,
                    gint64     id)
{
  g_return_val_if_fail (DK_IS_PKS_PAGE (self), FALSE);

  for (guint i = 0; self->agreements != NULL && i < self->agreements->len; i++)
    if (((DkPksAgreement *) g_ptr_array_index (self->agreements, i))->id == id)
      {
        self->selected = id;
        gtk_drop_down_set_selected (self->agreement_drop, i);
        update_steps (self);
        return TRUE;
      }
  return FALSE;
}

gint64
dk_pks_page_get_selected (DkPksPage *self)
{
  g_return_val_if_fail (DK_IS_PKS_PAGE (self), 0);
  return find_agreement (self, self->selected) != NULL ? self->selected : 0;
}

GListModel *
dk_pks_page_get_agreements_model (DkPksPage *self)
{
  g_return_val_if_fail (DK_IS_PKS_PAGE (self), NULL);
  return dk_report_table_get_model (self->agreements_table);
}

GListModel *
dk_pks_page_get_steps_model (DkPksPage *self)
{
  g_return_val_if_fail (DK_IS_PKS_PAGE (self), NULL);
  return dk_report_table_get_model (self->steps_table);
}

GListModel *
dk_pks_page_get_institutions_model (DkPksPage *self)
{
  g_return_val_if_fail (DK_IS_PKS_PAGE (self), NULL);
  return dk_report_table_get_model (self->institutions_table);
}

DkChartView *
dk_pks_page_get_chart_view (DkPksPage *self)
{
  g_return_val_if_fail (DK_IS_PKS_PAGE (self), NULL);
  return self->timeline_view;
}

/**
 * dk_pks_page_create_print_doc:
 *
 * Returns: (transfer full): the agreements ending in the next three months from the
 *   page's date, and those to switch off, for the Kadis's letter of reminder
 */
DkPrintDoc *
dk_pks_page_create_print_doc (DkPksPage *self)
{
  g_autoptr(GPtrArray) empty = NULL;
  DkNumberFormat fmt;

  g_return_val_if_fail (DK_IS_PKS_PAGE (self), NULL);

  dk_number_format_init_locale (&fmt);
  if (self->agreements == NULL)
    empty = g_ptr_array_new ();
  return dk_pks_print_doc_new (self->agreements != NULL ? self->agreements : empty, self->as_of, &fmt);
}
