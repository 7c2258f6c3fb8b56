/* dk-check.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The consistency report over every table in the database: what `dukcapil-cli check`
 * prints and the dashboards warn about. Each domain checks its own tables (dk_ikd_check,
 * dk_m2m_check, …), reading through its models, so that a finding is about the same
 * figures the user sees; this collects them.
 */
#define G_LOG_DOMAIN "dk-check"

#include "config.h"

#include "dk-blangko.h"
#include "dk-boundary.h"
#include "dk-budget.h"
#include "dk-check.h"
#include "dk-ikd.h"
#include "dk-m2m.h"
#include "dk-pks.h"

/**
 * dk_check_run:
 *
 * Runs every check over the whole database.
 *
 * Returns: (transfer full) (element-type DkFinding): the findings, table by table; empty
 *   when all is consistent, %NULL on error
 */
GPtrArray *
dk_check_run (DkStore  *store,
              GError  **error)
{
  return dk_check_run_as_of (store, NULL, error);
}

/**
 * dk_check_run_as_of:
 * @as_of: (nullable): the date the checks that depend on one (agreements past their
 *   end, steps past their time) are for; today when %NULL
 *
 * Runs every check over the whole database, as of a date.
 *
 * Returns: (transfer full) (element-type DkFinding): the findings, table by table; empty
 *   when all is consistent, %NULL on error
 */
GPtrArray *
dk_check_run_as_of (DkStore     *store,
                    const char  *as_of,
                    GError     **error)
{
  g_autoptr(GPtrArray) findings = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_finding_free);
  DkNumberFormat fmt;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  dk_number_format_init_locale (&fmt);
  if (!dk_store_check (store, findings, error) ||
      !dk_ikd_check (store, &fmt, findings, error) ||
      !dk_m2m_check (store, &fmt, findings, error) ||
      !dk_budget_check (store, findings, error) ||
      !dk_blangko_check (store, findings, error) ||
      !dk_boundaries_check (store, findings, error) ||
      !dk_pks_check (store, as_of, findings, error))
    return NULL;
  return g_steal_pointer (&findings);
}
