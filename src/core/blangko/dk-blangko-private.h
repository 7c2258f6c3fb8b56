/* dk-blangko-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the blangko files of the core share.
 */
#pragma once

#include "dk-blangko.h"
#include "dk-blangko-plan.h"
#include "dk-history-internal.h"
#include "dk-store-internal.h"

G_BEGIN_DECLS

void     _dk_blangko_date_add             (const char  *iso,
                                           int          days,
                                           char         out[11]);
int      _dk_blangko_days_between         (const char  *from,
                                           const char  *to);
char    *_dk_blangko_count                (gint64       value);
gboolean _dk_blangko_lowest_stock_from    (DkStore     *store,
                                           const char  *from,
                                           gint64      *lowest,
                                           char         day[11],
                                           GError     **error);
gboolean _dk_blangko_insert_distribution  (DkStore     *store,
                                           const DkBlangkoDistributionInput *input,
                                           gint64       rencana_id,
                                           gint64      *id,
                                           GError     **error);
/* Ends a write begun with _dk_store_begin(): commits, or rolls back when it failed. */
static inline gboolean
_dk_blangko_finish (DkStore   *store,
                    gboolean   ok,
                    GError   **error)
{
  if (!ok)
    {
      _dk_store_rollback (store);
      return FALSE;
    }
  return _dk_store_commit (store, error);
}

/* dk-blangko-history.c: a blangko write's entry in the history of changes */
gboolean _dk_blangko_history_begin (DkHistoryRows      *rows,
                                    DkStore            *store,
                                    const char *const  *tables,
                                    const char         *office,
                                    GError            **error);

G_END_DECLS
