/* dk-atomic-file.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <stdio.h>
#include <glib.h>

G_BEGIN_DECLS

typedef struct _DkAtomicFile DkAtomicFile;

DkAtomicFile *dk_atomic_file_new            (const char    *path,
                                             GError       **error);
FILE         *dk_atomic_file_get_stream     (DkAtomicFile  *self);
const char   *dk_atomic_file_get_temp_path  (DkAtomicFile  *self);
gboolean      dk_atomic_file_commit         (DkAtomicFile  *self,
                                             GError       **error);
gboolean      dk_atomic_file_commit_new     (DkAtomicFile  *self,
                                             GError       **error);
void          dk_atomic_file_set_path       (DkAtomicFile  *self,
                                             const char    *path);
void          dk_atomic_file_free           (DkAtomicFile  *self);
guint         dk_atomic_file_clean_folder   (const char    *dir);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkAtomicFile, dk_atomic_file_free)

G_END_DECLS
