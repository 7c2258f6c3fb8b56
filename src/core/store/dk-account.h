/* dk-account.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The accounts of a server's database: logins of the server, each a member of one of the
 * program's roles (reader, analyst, office), an office bound to its region. What each may
 * do is the server's to enforce (schema 8); these make, list and remove them.
 */
#pragma once

#include <glib.h>

#include "dk-store.h"

G_BEGIN_DECLS

typedef enum
{
  DK_ACCOUNT_READER,
  DK_ACCOUNT_ANALYST,
  DK_ACCOUNT_OFFICE,
  DK_ACCOUNT_OWNER,  /* the database's owner, a superuser, or the user of a file: everything */
} DkAccountKind;

/* What a write changes, for dk_account_may_write(). */
typedef enum
{
  DK_ACCOUNT_WRITE_BLANGKO_DAILY,  /* an office's daily blangko report */
  DK_ACCOUNT_WRITE_BLANGKO_USAGE,  /* an office's monthly usage report */
  DK_ACCOUNT_WRITE_M2M_FIGURES,    /* the M2M devices of a date */
  DK_ACCOUNT_WRITE_IKD_FIGURES,    /* the IKD figures of a date, corrections */
  DK_ACCOUNT_WRITE_STATED_TOTALS,  /* the totals a source states */
  DK_ACCOUNT_WRITE_BLANGKO_STOCK,  /* receipts, distributions, the allocation plan, signatories */
  DK_ACCOUNT_WRITE_M2M_EVENTS,
  DK_ACCOUNT_WRITE_IKD_TARGET,
  DK_ACCOUNT_WRITE_BUDGET,
  DK_ACCOUNT_WRITE_PKS,
  DK_ACCOUNT_WRITE_REGIONS,        /* the regions, their population and KTP-el coverage */
  DK_ACCOUNT_WRITE_UNDO,           /* marking a change undone */
  DK_ACCOUNT_WRITE_RESTORE,        /* replacing every table with a backup's */
} DkAccountWrite;

typedef struct
{
  char          *nama;
  DkAccountKind  kind;
  char          *kode; /* an office's region, else NULL */
} DkAccount;

void        dk_account_free (DkAccount *account);
DkAccount  *dk_account_copy (const DkAccount *account);
const char *dk_account_kind_to_string (DkAccountKind kind);
gboolean    dk_account_kind_from_string (const char    *text,
                                         DkAccountKind *kind);
gboolean    dk_account_name_is_valid (const char *name);

gboolean    dk_account_add (DkStore       *store,
                            const char    *name,
                            DkAccountKind  kind,
                            const char    *region,
                            const char    *password,
                            GError       **error);
gboolean    dk_account_set_password (DkStore    *store,
                                     const char *name,
                                     const char *password,
                                     GError    **error);
gboolean    dk_account_remove (DkStore    *store,
                               const char *name,
                               GError    **error);
GPtrArray  *dk_account_list (DkStore  *store,
                             GError  **error);
DkAccount  *dk_account_dup_current (DkStore  *store,
                                    GError  **error);

gboolean    dk_account_may_write (const DkAccount *account,
                                  DkAccountWrite   what);
gboolean    dk_account_may_write_any (const DkAccount *account);
gboolean    dk_account_may_write_region (const DkAccount *account,
                                         const char      *kode);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkAccount, dk_account_free)

G_END_DECLS
