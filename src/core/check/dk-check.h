/* dk-check.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * check: the consistency report over the whole database. It owns no check of its own:
 * it runs each domain's (IKD, M2M, budget, blangko, PKS) and collects their findings
 * (DkFinding, in base). Uses the domains, the store and base.
 */
#pragma once

#include "dk-finding.h"
#include "dk-store.h"

G_BEGIN_DECLS

GPtrArray *dk_check_run       (DkStore     *store,
                               GError     **error);
GPtrArray *dk_check_run_as_of (DkStore     *store,
                               const char  *as_of,
                               GError     **error);

G_END_DECLS
