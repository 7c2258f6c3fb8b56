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
} DkAccountKind;

typedef struct
{
  char          *nama;
  DkAccountKind  kind;
  char          *kode; /* an office's region, else NULL */
} DkAccount;

void        dk_account_free (DkAccount *account);
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

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkAccount, dk_account_free)

G_END_DECLS
