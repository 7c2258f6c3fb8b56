/* dk-backup.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-store.h"

G_BEGIN_DECLS

/* How many automatic backups of a database are kept. */
#define DK_BACKUP_KEEP 5

char      *dk_backup_dup_dir  (DkStore     *store);
gboolean   dk_backup_to_file  (DkStore     *store,
                               const char  *path,
                               GError     **error);
char      *dk_backup_auto     (DkStore     *store,
                               const char  *reason,
                               GError     **error);
GStrv      dk_backup_list     (DkStore     *store);
gboolean   dk_backup_restore  (DkStore     *store,
                               const char  *path,
                               char       **saved_current,
                               GError     **error);

G_END_DECLS
