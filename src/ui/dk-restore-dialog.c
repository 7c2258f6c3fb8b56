/* dk-restore-dialog.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Restore This Backup?": the confirmation before a backup replaces every table. It
 * keeps the chosen file's path; its "restore" response is the go-ahead.
 */
#define G_LOG_DOMAIN "dk-restore-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-restore-dialog.h"

struct _DkRestoreDialog
{
  AdwMessageDialog  parent_instance;

  char             *path;
};

G_DEFINE_FINAL_TYPE (DkRestoreDialog, dk_restore_dialog, ADW_TYPE_MESSAGE_DIALOG)

static void
dk_restore_dialog_finalize (GObject *object)
{
  DkRestoreDialog *self = (DkRestoreDialog *) object;

  g_free (self->path);
  G_OBJECT_CLASS (dk_restore_dialog_parent_class)->finalize (object);
}

static void
dk_restore_dialog_class_init (DkRestoreDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = dk_restore_dialog_finalize;
  gtk_widget_class_set_template_from_resource (widget_class, "/com/sumbar/dukcapil/ui/dk-restore-dialog.ui");
}

static void
dk_restore_dialog_init (DkRestoreDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * dk_restore_dialog_new:
 * @path: the backup chosen
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
DkRestoreDialog *
dk_restore_dialog_new (GtkWindow  *parent,
                       const char *path)
{
  DkRestoreDialog *self = g_object_new (DK_TYPE_RESTORE_DIALOG, "transient-for", parent, NULL);
  g_autofree char *basename = g_path_get_basename (path);

  self->path = g_strdup (path);
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (self),
                                  _("Every table will be as it is in “%s”. What the database holds now is "
                                    "backed up first, so this can be undone by restoring that backup."),
                                  basename);
  return self;
}

const char *
dk_restore_dialog_get_path (DkRestoreDialog *self)
{
  g_return_val_if_fail (DK_IS_RESTORE_DIALOG (self), NULL);
  return self->path;
}
