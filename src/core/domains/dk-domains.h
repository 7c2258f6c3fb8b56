/* dk-domains.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * domains: what only the whole set of domains (IKD, M2M, budget, blangko) can do: open a
 * database whose migrations bring every domain's seed data, and undo a change whatever
 * tables it touched, naming their columns as the report heads them. Uses the domains,
 * the store and base; used by the programs (src/cli, src/ui) and the tests.
 */
#pragma once

#include "dk-store.h"

G_BEGIN_DECLS

DkStore  *dk_domains_open         (const char  *path,
                                   GError     **error);
DkStore  *dk_domains_open_with_password (const char  *path,
                                         const char  *password,
                                         GError     **error);
gboolean  dk_domains_undo         (DkStore     *store,
                                   char       **what,
                                   GError     **error);
char     *dk_domains_column_title (const char  *tabel,
                                   const char  *kolom);

G_END_DECLS
