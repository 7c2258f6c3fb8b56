/* dk-blangko-dialogs.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entering blangko figures: a receipt from the centre, a distribution to an office, or an
 * office's daily report. One dialog, its rows shown for the kind of entry. Counts may be
 * typed in either grouping ("2.000", "2,000"); a refused entry says why and writes nothing.
 */
#define G_LOG_DOMAIN "dk-blangko-dialogs"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-blangko.h"
#include "dk-parse.h"
#include "dk-blangko-usage.h"
#include "dk-blangko-dialogs.h"
#include "dk-format.h"
#include "dk-import.h"
#include "dk-region.h"

struct _DkBlangkoEntryDialog
{
  AdwWindow           parent_instance;

  AdwEntryRow        *date_row;
  AdwComboRow        *office_row;
  GtkStringList      *office_list;
  AdwEntryRow        *number_row;
  AdwEntryRow        *keping_row;
  AdwComboRow        *method_row;
  GtkStringList      *method_list;
  AdwEntryRow        *sisa_row;
  AdwEntryRow        *cetak_row;
  AdwEntryRow        *prr_row;
  AdwEntryRow        *suket_row;
  AdwEntryRow        *saldo_row;
  AdwEntryRow        *pemakaian_row;
  AdwEntryRow        *ba_pinjam_row;
  AdwEntryRow        *pinjam_row;
  AdwEntryRow        *baru_row;
  AdwEntryRow        *hilang_row;
  AdwEntryRow        *rusak_row;
  AdwEntryRow        *perubahan_row;
  AdwEntryRow        *invalid_row;
  AdwEntryRow        *usage_sisa_row;
  AdwEntryRow        *note_row;
  GtkLabel           *error_label;

  DkStore            *store;
  DkBlangkoDialogKind  kind;
  GPtrArray          *offices;   /* of DkRegion */
};

G_DEFINE_FINAL_TYPE (DkBlangkoEntryDialog, dk_blangko_entry_dialog, ADW_TYPE_WINDOW)

enum {
  SAVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
show_error (DkBlangkoEntryDialog *self,
            const char           *message)
{
  gtk_label_set_text (self->error_label, message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

/* A field that must be filled */
#define REQUIRED G_MININT64

/* A count typed by the user; a blank field is @fallback unless that is REQUIRED */
static gboolean
read_count (DkBlangkoEntryDialog  *self,
            AdwEntryRow           *row,
            gint64                 fallback,
            gint64                *value)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));
  g_autofree char *why = NULL, *message = NULL;
  g_autofree char *trimmed = g_strstrip (g_strdup (text));
  gboolean none;

  if (*trimmed == '\0' && fallback != REQUIRED)
    {
      *value = fallback;
      return TRUE;
    }
  if (dk_parse_count (trimmed, value, &none, &why))
    return TRUE;
  /* Translators: a refused field of a dialog: the field's title, why */
  message = g_strdup_printf (_("%s: %s"), adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), why);
  show_error (self, message);
  gtk_widget_grab_focus (GTK_WIDGET (row));
  return FALSE;
}

static const char *
selected_office (DkBlangkoEntryDialog *self)
{
  guint i = adw_combo_row_get_selected (self->office_row);

  return i < self->offices->len ? ((DkRegion *) g_ptr_array_index (self->offices, i))->kode : NULL;
}

/**
 * dk_blangko_entry_dialog_save:
 *
 * Checks and records the entry; on success emits "saved" and closes.
 *
 * Returns: whether it was recorded
 */
gboolean
dk_blangko_entry_dialog_save (DkBlangkoEntryDialog *self)
{
  const char *date = gtk_editable_get_text (GTK_EDITABLE (self->date_row));
  const char *number = gtk_editable_get_text (GTK_EDITABLE (self->number_row));
  const char *note = gtk_editable_get_text (GTK_EDITABLE (self->note_row));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL, *count = NULL, *when = NULL;
  DkNumberFormat fmt;
  gboolean ok = FALSE;
  gint64 keping = 0;

  g_return_val_if_fail (DK_IS_BLANGKO_ENTRY_DIALOG (self), FALSE);

  if (!dk_date_check_iso (date, NULL, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  dk_number_format_init_locale (&fmt);
  when = dk_format_date_long (date);
  switch (self->kind)
    {
    case DK_BLANGKO_ENTRY_RECEIPT:
      if (!read_count (self, self->keping_row, REQUIRED, &keping))
        return FALSE;
      ok = dk_blangko_add_receipt (self->store, date, number, keping, note, NULL, &error);
      count = dk_format_int (&fmt, keping);
      /* Translators: a toast: blanks, date */
      message = g_strdup_printf (_("%s blanks received on %s recorded"), count, when);
      break;
    case DK_BLANGKO_ENTRY_DISTRIBUTION:
      {
        DkBlangkoDistributionInput in = { date, selected_office (self), number, 0,
                                          (DkBlangkoMethod) MIN (adw_combo_row_get_selected (self->method_row),
                                                                 DK_BLANGKO_COURIER), note };

        if (!read_count (self, self->keping_row, REQUIRED, &in.keping))
          return FALSE;
        ok = dk_blangko_add_distribution (self->store, &in, NULL, &error);
        count = dk_format_int (&fmt, in.keping);
        /* Translators: a toast: blanks, office, date */
        message = g_strdup_printf (_("%s blanks to %s on %s recorded"), count,
                                   ((DkRegion *) g_ptr_array_index (self->offices,
                                                                    adw_combo_row_get_selected (self->office_row)))->wilayah,
                                   when);
      }
      break;
    case DK_BLANGKO_ENTRY_USAGE:
      {
        DkBlangkoUsageInput in = { { 0 } };

        g_strlcpy (in.tanggal, date, sizeof in.tanggal);
        in.nomor_masuk = (char *) number;
        in.nomor_pinjam = (char *) gtk_editable_get_text (GTK_EDITABLE (self->ba_pinjam_row));
        in.ket = (char *) note;
        if (!read_count (self, self->keping_row, 0, &in.masuk) || !read_count (self, self->saldo_row, -1, &in.saldo) ||
            !read_count (self, self->pemakaian_row, -1, &in.pemakaian) ||
            !read_count (self, self->pinjam_row, 0, &in.pinjam) || !read_count (self, self->baru_row, 0, &in.baru) ||
            !read_count (self, self->hilang_row, 0, &in.hilang) || !read_count (self, self->rusak_row, 0, &in.rusak) ||
            !read_count (self, self->perubahan_row, 0, &in.perubahan) ||
            !read_count (self, self->invalid_row, 0, &in.invalid) ||
            !read_count (self, self->usage_sisa_row, -1, &in.sisa))
          return FALSE;
        ok = dk_blangko_usage_set_day (self->store, selected_office (self), &in, &error);
        /* Translators: a toast: office, date */
        message = g_strdup_printf (_("Usage report of %s on %s recorded"),
                                   ((DkRegion *) g_ptr_array_index (self->offices,
                                                                    adw_combo_row_get_selected (self->office_row)))->wilayah,
                                   when);
      }
      break;
    case DK_BLANGKO_ENTRY_DAILY:
    default:
      {
        DkBlangkoDaily d = { (char *) selected_office (self), "", 0, 0, 0, 0 };

        g_strlcpy (d.tanggal, date, sizeof d.tanggal);
        if (!read_count (self, self->sisa_row, REQUIRED, &d.sisa) || !read_count (self, self->cetak_row, REQUIRED, &d.cetak) ||
            !read_count (self, self->prr_row, REQUIRED, &d.prr) || !read_count (self, self->suket_row, 0, &d.suket))
          return FALSE;
        ok = dk_blangko_set_daily (self->store, &d, &error);
        /* Translators: a toast: office, date */
        message = g_strdup_printf (_("Daily report of %s on %s recorded"),
                                   ((DkRegion *) g_ptr_array_index (self->offices,
                                                                    adw_combo_row_get_selected (self->office_row)))->wilayah,
                                   when);
      }
      break;
    }
  if (!ok)
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[SAVED], 0, message);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dk_blangko_entry_dialog_save (DK_BLANGKO_ENTRY_DIALOG (widget));
}

static void
dk_blangko_entry_dialog_dispose (GObject *object)
{
  DkBlangkoEntryDialog *self = (DkBlangkoEntryDialog *) object;

  gtk_widget_dispose_template (GTK_WIDGET (self), DK_TYPE_BLANGKO_ENTRY_DIALOG);
  g_clear_object (&self->store);
  g_clear_pointer (&self->offices, g_ptr_array_unref);
  G_OBJECT_CLASS (dk_blangko_entry_dialog_parent_class)->dispose (object);
}

static void
dk_blangko_entry_dialog_class_init (DkBlangkoEntryDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dk_blangko_entry_dialog_dispose;

  /**
   * DkBlangkoEntryDialog::saved:
   * @message: what was recorded, for a toast
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-blangko-entry-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, date_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, office_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, office_list);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, number_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, keping_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, method_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, method_list);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, sisa_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, cetak_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, prr_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, suket_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, saldo_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, pemakaian_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, ba_pinjam_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, pinjam_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, baru_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, hilang_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, rusak_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, perubahan_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, invalid_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, usage_sisa_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, note_row);
  gtk_widget_class_bind_template_child (widget_class, DkBlangkoEntryDialog, error_label);
  gtk_widget_class_install_action (widget_class, "entry.save", NULL, save_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
dk_blangko_entry_dialog_init (DkBlangkoEntryDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  for (guint m = 0; m < DK_BLANGKO_N_METHODS; m++)
    gtk_string_list_append (self->method_list, dk_blangko_method_label ((DkBlangkoMethod) m));
}

/**
 * dk_blangko_entry_dialog_new:
 * @date: (nullable): the date to start with, %NULL for today
 *
 * Returns: (transfer none): the dialog
 */
DkBlangkoEntryDialog *
dk_blangko_entry_dialog_new (GtkWindow          *parent,
                             DkStore            *store,
                             DkBlangkoDialogKind  kind,
                             const char         *date)
{
  DkBlangkoEntryDialog *self = g_object_new (DK_TYPE_BLANGKO_ENTRY_DIALOG, "transient-for", parent,
                                             "application", gtk_window_get_application (parent), NULL);
  g_autofree char *today = dk_blangko_today ();
  g_autoptr(GPtrArray) children = dk_region_list_children (store, "13", NULL);
  gboolean office = kind != DK_BLANGKO_ENTRY_RECEIPT, daily = kind == DK_BLANGKO_ENTRY_DAILY;

  self->store = g_object_ref (store);
  self->kind = kind;
  self->offices = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_region_free);
  for (guint i = 0; children != NULL && i < children->len; i++)
    {
      DkRegion *r = g_ptr_array_index (children, i);

      if (r->level != DK_REGION_LEVEL_KABKOTA)
        continue;
      gtk_string_list_append (self->office_list, r->wilayah);
      g_ptr_array_add (self->offices, g_ptr_array_steal_index (children, i--));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->date_row), date != NULL ? date : today);

  switch (kind)
    {
    case DK_BLANGKO_ENTRY_RECEIPT:
      gtk_window_set_title (GTK_WINDOW (self), _("Record Blanks Received"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->number_row), _("Berita acara serah terima number"));
      break;
    case DK_BLANGKO_ENTRY_DISTRIBUTION:
      gtk_window_set_title (GTK_WINDOW (self), _("Record Blanks Distributed"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->number_row), _("BAST number"));
      break;
    case DK_BLANGKO_ENTRY_USAGE:
      gtk_window_set_title (GTK_WINDOW (self), _("Enter a Day of the Usage Report"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->number_row), _("BAST number of blanks received (column 2)"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->keping_row), _("Blanks received (column 3)"));
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->note_row), _("Remarks (column 14)"));
      break;
    case DK_BLANGKO_ENTRY_DAILY:
    default:
      gtk_window_set_title (GTK_WINDOW (self), _("Record a Daily Report"));
      break;
    }
  {
    gboolean usage = kind == DK_BLANGKO_ENTRY_USAGE;
    AdwEntryRow *usage_rows[] = { self->saldo_row, self->pemakaian_row, self->ba_pinjam_row, self->pinjam_row,
                                  self->baru_row, self->hilang_row, self->rusak_row, self->perubahan_row,
                                  self->invalid_row, self->usage_sisa_row };

    for (guint i = 0; i < G_N_ELEMENTS (usage_rows); i++)
      gtk_widget_set_visible (GTK_WIDGET (usage_rows[i]), usage);
  }
  gtk_widget_set_visible (GTK_WIDGET (self->office_row), office);
  gtk_widget_set_visible (GTK_WIDGET (self->number_row), !daily);
  gtk_widget_set_visible (GTK_WIDGET (self->keping_row), !daily);
  gtk_widget_set_visible (GTK_WIDGET (self->method_row), kind == DK_BLANGKO_ENTRY_DISTRIBUTION);
  gtk_widget_set_visible (GTK_WIDGET (self->note_row), !daily);
  gtk_widget_set_visible (GTK_WIDGET (self->sisa_row), daily);
  gtk_widget_set_visible (GTK_WIDGET (self->cetak_row), daily);
  gtk_widget_set_visible (GTK_WIDGET (self->prr_row), daily);
  gtk_widget_set_visible (GTK_WIDGET (self->suket_row), daily);
  return self;
}

DkBlangkoDialogKind
dk_blangko_entry_dialog_get_kind (DkBlangkoEntryDialog *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_ENTRY_DIALOG (self), DK_BLANGKO_ENTRY_RECEIPT);
  return self->kind;
}

/**
 * dk_blangko_entry_dialog_set_field:
 * @field: "date", "number", "keping", "sisa", "cetak", "prr", "suket" or "note"
 *
 * Types into a field, as a user would.
 */
void
dk_blangko_entry_dialog_set_field (DkBlangkoEntryDialog *self,
                                   const char           *field,
                                   const char           *text)
{
  struct { const char *name; AdwEntryRow *row; } rows[] = {
    { "date", self->date_row }, { "number", self->number_row }, { "keping", self->keping_row },
    { "sisa", self->sisa_row }, { "cetak", self->cetak_row }, { "prr", self->prr_row },
    { "suket", self->suket_row }, { "note", self->note_row }, { "saldo", self->saldo_row },
    { "pemakaian", self->pemakaian_row }, { "ba-pinjam", self->ba_pinjam_row }, { "pinjam", self->pinjam_row },
    { "baru", self->baru_row }, { "hilang", self->hilang_row }, { "rusak", self->rusak_row },
    { "perubahan", self->perubahan_row }, { "invalid", self->invalid_row }, { "usage-sisa", self->usage_sisa_row },
  };

  g_return_if_fail (DK_IS_BLANGKO_ENTRY_DIALOG (self));
  for (guint i = 0; i < G_N_ELEMENTS (rows); i++)
    if (g_str_equal (rows[i].name, field))
      gtk_editable_set_text (GTK_EDITABLE (rows[i].row), text);
}

void
dk_blangko_entry_dialog_set_office (DkBlangkoEntryDialog *self,
                                    const char           *kode)
{
  g_return_if_fail (DK_IS_BLANGKO_ENTRY_DIALOG (self));
  for (guint i = 0; i < self->offices->len; i++)
    if (g_str_equal (((DkRegion *) g_ptr_array_index (self->offices, i))->kode, kode))
      adw_combo_row_set_selected (self->office_row, i);
}

/**
 * dk_blangko_entry_dialog_get_error:
 *
 * Returns: the message shown about the last refused save, or %NULL
 */
const char *
dk_blangko_entry_dialog_get_error (DkBlangkoEntryDialog *self)
{
  g_return_val_if_fail (DK_IS_BLANGKO_ENTRY_DIALOG (self), NULL);
  return gtk_widget_get_visible (GTK_WIDGET (self->error_label)) ? gtk_label_get_text (self->error_label) : NULL;
}
