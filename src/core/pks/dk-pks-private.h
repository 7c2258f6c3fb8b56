/* dk-pks-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the pks files of the core share.
 */
#pragma once

#include "dk-pks.h"
#include "dk-history-internal.h"
#include "dk-store-internal.h"

G_BEGIN_DECLS

/* Ends a write begun with _dk_store_begin(): commits, or rolls back when it failed. */
static inline gboolean
_dk_pks_finish (DkStore   *store,
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

void     _dk_pks_format_date     (const GDate *date,
                                  char         out[11]);
char    *_dk_pks_dup_stripped    (const char  *text);

/* dk-pks-sop.c: the SOP's position of an agreement as of its @as_of */
gboolean _dk_pks_fill_sop        (DkStore        *store,
                                  DkPksAgreement *agreement,
                                  GHashTable     *holidays,
                                  GError        **error);

/* dk-pks-history.c: a pks write's entry in the history of changes, the agreement's rows
 * only when @agreement_id is more than 0 */
gboolean _dk_pks_history_begin   (DkHistoryRows      *rows,
                                  DkStore            *store,
                                  const char *const  *tables,
                                  gint64              agreement_id,
                                  GError            **error);

G_END_DECLS
