/* dk-domains.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-domains"

#include "config.h"

#include "dk-blangko.h"
#include "dk-budget.h"
#include "dk-domains.h"
#include "dk-history-internal.h"
#include "dk-ikd.h"
#include "dk-m2m.h"
#include "dk-pks.h"

#define MAX_TABLES 32

/* Every domain's tables in the history, NULL-terminated. */
static const DkHistoryTable *const *
history_tables (void)
{
  static const DkHistoryTable *all[MAX_TABLES + 1];
  static gsize done = 0;

  if (g_once_init_enter (&done))
    {
      const DkHistoryTable *const *(*domains[]) (void) = {
        dk_ikd_history_tables, dk_m2m_history_tables, dk_budget_history_tables, dk_blangko_history_tables,
        dk_pks_history_tables,
      };
      guint n = 0;

      for (guint d = 0; d < G_N_ELEMENTS (domains); d++)
        for (const DkHistoryTable *const *t = domains[d] (); *t != NULL; t++)
          {
            g_assert (n < MAX_TABLES);
            all[n++] = *t;
          }
      g_once_init_leave (&done, 1);
    }
  return all;
}

/**
 * dk_domains_open:
 * @path: the database file; created, with every domain's seed data, when it does not exist
 *
 * Opens the database as dk_store_open_seeded() does, with every domain's seeds.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
DkStore *
dk_domains_open (const char  *path,
                 GError     **error)
{
  return dk_domains_open_with_password (path, NULL, error);
}

/**
 * dk_domains_open_with_password:
 * @path: the database file, or a server's connection string
 * @password: (nullable): the server's password, see dk_store_open_full()
 *
 * Opens the database as dk_domains_open() does, signing in to a server with @password.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
DkStore *
dk_domains_open_with_password (const char  *path,
                               const char  *password,
                               GError     **error)
{
  static const DkStoreSeed seeds[] = {
    { 1, dk_ikd_seed },
    { 2, dk_m2m_seed },
    { 3, dk_budget_seed },
    { 5, dk_blangko_seed },
    { 0, NULL },
  };

  return dk_store_open_full (path, password, seeds, error);
}

/**
 * dk_domains_undo:
 * @what: (out) (optional) (transfer full): what the change undone was
 *
 * Puts back every value the last change not yet undone changed, in one transaction.
 *
 * Returns: %FALSE with @error set when there is nothing to undo or it failed
 */
gboolean
dk_domains_undo (DkStore  *store,
                 char    **what,
                 GError  **error)
{
  return _dk_history_undo (store, history_tables (), what, error);
}

/**
 * dk_domains_column_title:
 *
 * Returns: (transfer full): the report's heading of a column the history names
 */
char *
dk_domains_column_title (const char *tabel,
                         const char *kolom)
{
  const DkHistoryTable *const *tables = history_tables ();

  for (guint i = 0; tables[i] != NULL; i++)
    if (g_str_equal (tables[i]->tabel, tabel))
      return _dk_history_column_title (tables[i], kolom);
  return _dk_history_column_title (NULL, kolom);
}
