/* dk-test-util.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dk-store.h"

G_BEGIN_DECLS

char    *dk_test_make_tmpdir  (void);
void     dk_test_rm_rf        (const char *path);
DkStore *dk_test_fresh_store  (const char *dir);
GBytes  *dk_test_file_bytes   (const char *path);
char    *dk_test_run          (const char *const *argv,
                               int               *status,
                               char             **err);

guint    dk_test_fill_national_ikd (DkStore    *store,
                                    const char *as_of,
                                    guint32     seed);

G_END_DECLS
