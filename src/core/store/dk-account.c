/* dk-account.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A server's accounts. A login is a role of the server, made with CREATE ROLE, changed with
 * ALTER ROLE and removed with DROP ROLE: utility commands that take no bound parameters,
 * so this is the one place where the store composes SQL from values. The name is checked
 * against ^[a-z][a-z0-9_]{0,62}$ first and quoted by libpq all the same (PQescapeIdentifier);
 * the password is hashed here (PQencryptPasswordConn) and sent as a quoted literal
 * (PQescapeLiteral), never in clear. The table akun binds the login to its kind and an
 * office to its region; both change in one transaction.
 *
 * Who is signed in (dk_account_dup_current) is asked of the server: its kind from the
 * roles the login holds, not from akun, as the roles are what the server enforces. What
 * each kind may write (dk_account_may_write) is the GRANTs of sql/pg/008-accounts.sql said
 * once more, for the programs to offer only that: the server stays the one that enforces.
 */
#define G_LOG_DOMAIN "dk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-account.h"
#include "dk-db-private.h"
#include "dk-error.h"
#include "dk-password.h"
#include "dk-store-internal.h"

/* in the order of DkAccountKind; the last is no role of the server's */
static const char * const kinds[] = { "reader", "analyst", "office", "owner" };

void
dk_account_free (DkAccount *account)
{
  if (account == NULL)
    return;
  g_free (account->nama);
  g_free (account->kode);
  g_free (account);
}

/**
 * dk_account_copy:
 *
 * Returns: (transfer full): a copy of @account
 */
DkAccount *
dk_account_copy (const DkAccount *account)
{
  DkAccount *copy;

  g_return_val_if_fail (account != NULL, NULL);

  copy = g_new0 (DkAccount, 1);
  copy->nama = g_strdup (account->nama);
  copy->kind = account->kind;
  copy->kode = g_strdup (account->kode);
  return copy;
}

const char *
dk_account_kind_to_string (DkAccountKind kind)
{
  g_return_val_if_fail (kind <= DK_ACCOUNT_OWNER, NULL);
  return kinds[kind];
}

/* The kinds an account of the server is made as: reader, analyst, office (never owner). */
gboolean
dk_account_kind_from_string (const char    *text,
                             DkAccountKind *kind)
{
  for (guint i = 0; i <= DK_ACCOUNT_OFFICE; i++)
    if (g_strcmp0 (text, kinds[i]) == 0)
      {
        *kind = (DkAccountKind) i;
        return TRUE;
      }
  return FALSE;
}

/* ^[a-z][a-z0-9_]{0,62}$ */
gboolean
dk_account_name_is_valid (const char *name)
{
  gsize n;

  if (name == NULL || !g_ascii_islower (name[0]))
    return FALSE;
  n = strlen (name);
  if (n > 63)
    return FALSE;
  for (gsize i = 1; i < n; i++)
    if (!g_ascii_islower (name[i]) && !g_ascii_isdigit (name[i]) && name[i] != '_')
      return FALSE;
  return TRUE;
}

static gboolean
check_server (DkStore  *store,
              GError  **error)
{
  if (dk_store_is_server (store))
    return TRUE;
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
               _("Accounts are a server’s: %s is a file, which has no accounts"), dk_store_get_path (store));
  return FALSE;
}

static gboolean
check_name (const char  *name,
            GError     **error)
{
  if (dk_account_name_is_valid (name))
    return TRUE;
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
               _("“%s” is not an account name: lower-case letters, digits and _, beginning with a letter, "
                 "at most 63"),
               name);
  return FALSE;
}

static gboolean
check_password (const char  *password,
                GError     **error)
{
  if (password != NULL && *password != '\0')
    return TRUE;
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The password is empty"));
  return FALSE;
}

/* Whether @name is a role of the server (*is_role) and one of the program's (*is_account). */
static gboolean
find (DkStore     *store,
      const char  *name,
      gboolean    *is_role,
      gboolean    *is_account,
      GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  stmt = _dk_store_prepare (store,
                            "SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = ?1), "
                            "       EXISTS (SELECT 1 FROM akun WHERE nama = ?1)",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, name);
  if (dk_db_step (stmt) != DK_DB_ROW)
    return _dk_store_rows_done (store, DK_DB_ERROR, error);
  *is_role = g_str_equal (dk_db_column_text (stmt, 0), "t");
  *is_account = g_str_equal (dk_db_column_text (stmt, 1), "t");
  return TRUE;
}

/* Runs @sql, which holds a password's hash: on failure, the error says why without it. */
static gboolean
exec_secret (DkStore     *store,
             char        *sql,
             GError     **error)
{
  gboolean ok = _dk_store_exec (store, sql, error);

  dk_password_free (sql);
  return ok;
}

/**
 * dk_account_add:
 * @name: the login, ^[a-z][a-z0-9_]{0,62}$
 * @region: (nullable): an office's region (a kabupaten/kota or below); NULL for the others
 * @password: its password, not empty
 *
 * Makes a login of the server, member of the role of @kind, and binds it to @region.
 */
gboolean
dk_account_add (DkStore       *store,
                const char    *name,
                DkAccountKind  kind,
                const char    *region,
                const char    *password,
                GError       **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autofree char *ident = NULL, *group = NULL, *literal = NULL;
  gboolean is_role = FALSE, is_account = FALSE;
  DkPg *pg;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (kind <= DK_ACCOUNT_OFFICE, FALSE);

  if (!check_server (store, error) || !check_name (name, error) || !check_password (password, error))
    return FALSE;
  if ((kind == DK_ACCOUNT_OFFICE) != (region != NULL))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   kind == DK_ACCOUNT_OFFICE ? _("An office’s account needs its region")
                                             : _("Only an office’s account has a region"));
      return FALSE;
    }
  if (!find (store, name, &is_role, &is_account, error))
    return FALSE;
  if (is_role)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The server already has an account %s"), name);
      return FALSE;
    }
  pg = _dk_store_get_pg (store);
  ident = _dk_pg_quote_identifier (pg, name);
  group = g_strdup_printf ("dukcapil_%s", kinds[kind]);
  if (!(literal = _dk_pg_password_literal (pg, name, password, error)))
    return FALSE;
  if (!_dk_store_begin (store, error))
    return FALSE;
  /* group is one of three constants; ident and literal quoted by libpq */
  if (!exec_secret (store, g_strdup_printf ("CREATE ROLE %s LOGIN PASSWORD %s IN ROLE %s", ident, literal, group),
                    error) ||
      !(stmt = _dk_store_prepare (store, "INSERT INTO akun (nama, jenis, kode) VALUES (?1, ?2, ?3)", error)))
    goto failed;
  dk_db_bind_text (stmt, 1, name);
  dk_db_bind_text (stmt, 2, kinds[kind]);
  if (region != NULL)
    dk_db_bind_text (stmt, 3, region);
  else
    dk_db_bind_null (stmt, 3);
  if (!_dk_store_step_done (store, stmt, error))
    {
      if (region != NULL && g_error_matches (*error, DK_ERROR, DK_ERROR_DATABASE))
        {
          g_clear_error (error);
          g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND,
                       _("Region %s is not a kabupaten/kota or a region below one"), region);
        }
      goto failed;
    }
  explicit_bzero (literal, strlen (literal));
  return _dk_store_commit (store, error);

failed:
  explicit_bzero (literal, strlen (literal));
  _dk_store_rollback (store);
  return FALSE;
}

static gboolean
check_account (DkStore     *store,
               const char  *name,
               GError     **error)
{
  gboolean is_role = FALSE, is_account = FALSE;

  if (!check_server (store, error) || !check_name (name, error) ||
      !find (store, name, &is_role, &is_account, error))
    return FALSE;
  if (is_role && is_account)
    return TRUE;
  g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND,
               is_role ? _("%s is a login of the server but not an account of the program; it was left as it is")
                       : _("There is no account %s"),
               name);
  return FALSE;
}

/**
 * dk_account_set_password:
 *
 * Gives the program's account @name a new password.
 */
gboolean
dk_account_set_password (DkStore    *store,
                         const char *name,
                         const char *password,
                         GError    **error)
{
  g_autofree char *ident = NULL, *literal = NULL;
  DkPg *pg;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!check_account (store, name, error) || !check_password (password, error))
    return FALSE;
  pg = _dk_store_get_pg (store);
  ident = _dk_pg_quote_identifier (pg, name);
  if (!(literal = _dk_pg_password_literal (pg, name, password, error)))
    return FALSE;
  if (!exec_secret (store, g_strdup_printf ("ALTER ROLE %s PASSWORD %s", ident, literal), error))
    {
      explicit_bzero (literal, strlen (literal));
      return FALSE;
    }
  explicit_bzero (literal, strlen (literal));
  return TRUE;
}

/**
 * dk_account_remove:
 *
 * Removes the program's account @name: its login and its binding. A login of the server
 * that is not the program's is left alone.
 */
gboolean
dk_account_remove (DkStore    *store,
                   const char *name,
                   GError    **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autofree char *ident = NULL, *sql = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (!check_account (store, name, error))
    return FALSE;
  ident = _dk_pg_quote_identifier (_dk_store_get_pg (store), name);
  sql = g_strdup_printf ("DROP ROLE %s", ident);
  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!(stmt = _dk_store_prepare (store, "DELETE FROM akun WHERE nama = ?1", error)))
    goto failed;
  dk_db_bind_text (stmt, 1, name);
  if (!_dk_store_step_done (store, stmt, error) || !_dk_store_exec (store, sql, error))
    goto failed;
  return _dk_store_commit (store, error);

failed:
  _dk_store_rollback (store);
  return FALSE;
}

/**
 * dk_account_list:
 *
 * Returns: (transfer container) (element-type DkAccount): the program's accounts, by name
 */
GPtrArray *
dk_account_list (DkStore  *store,
                 GError  **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_account_free);
  g_autoptr(DkDbStmt) stmt = NULL;
  DkDbStep rc;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!check_server (store, error))
    return NULL;
  if (!(stmt = _dk_store_prepare (store, "SELECT nama, jenis, kode FROM akun ORDER BY nama", error)))
    return NULL;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      DkAccount *a = g_new0 (DkAccount, 1);

      a->nama = _dk_stmt_dup_text (stmt, 0);
      dk_account_kind_from_string (dk_db_column_text (stmt, 1), &a->kind);
      a->kode = _dk_stmt_dup_text (stmt, 2);
      g_ptr_array_add (list, a);
    }
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&list);
}

/**
 * dk_account_dup_current:
 *
 * Who is signed in to @store and what kind of account that is. On a server: the login
 * (current_user); the owner of the program's tables or a superuser is
 * %DK_ACCOUNT_OWNER, else the kind of the program's role it holds (a login that holds
 * none is a reader: it was granted no write); an office's region is its row of akun. On
 * a file: the user of this computer, who may do everything.
 *
 * Returns: (transfer full): the account signed in
 */
DkAccount *
dk_account_dup_current (DkStore  *store,
                        GError  **error)
{
  g_autoptr(DkAccount) account = g_new0 (DkAccount, 1);
  g_autoptr(DkDbStmt) stmt = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!dk_store_is_server (store))
    {
      account->nama = g_strdup (g_get_user_name ());
      account->kind = DK_ACCOUNT_OWNER;
      return g_steal_pointer (&account);
    }
  /* pg_has_role is true of every role for a superuser: the owner is asked first */
  stmt = _dk_store_prepare (store,
                            "SELECT CAST (current_user AS TEXT), "
                            "       CASE WHEN pg_has_role (current_user, c.relowner, 'USAGE') THEN 'owner' "
                            "            WHEN pg_has_role (current_user, 'dukcapil_analyst', 'USAGE') THEN 'analyst' "
                            "            WHEN pg_has_role (current_user, 'dukcapil_office', 'USAGE') THEN 'office' "
                            "            ELSE 'reader' END, "
                            "       (SELECT a.kode FROM akun a WHERE a.nama = current_user AND a.jenis = 'office') "
                            "FROM pg_class c WHERE c.oid = CAST ('akun' AS regclass)",
                            error);
  if (stmt == NULL)
    return NULL;
  if (dk_db_step (stmt) != DK_DB_ROW)
    {
      _dk_store_rows_done (store, DK_DB_ERROR, error);
      return NULL;
    }
  account->nama = _dk_stmt_dup_text (stmt, 0);
  if (g_strcmp0 (dk_db_column_text (stmt, 1), "owner") == 0)
    account->kind = DK_ACCOUNT_OWNER;
  else
    dk_account_kind_from_string (dk_db_column_text (stmt, 1), &account->kind);
  if (account->kind == DK_ACCOUNT_OFFICE)
    account->kode = _dk_stmt_dup_text (stmt, 2);
  return g_steal_pointer (&account);
}

/**
 * dk_account_may_write:
 * @what: what the write changes
 *
 * Whether @account may make a write of @what, as the server's GRANTs say
 * (sql/pg/008-accounts.sql): a reader writes nothing; an office only what it enters (its
 * daily and usage reports, its M2M and IKD figures, the totals stated for its region), and
 * only for its region and below (dk_account_may_write_region()); an analyst every figure
 * and undo; the owner everything. A backup is put back whole, so only by the owner.
 */
gboolean
dk_account_may_write (const DkAccount *account,
                      DkAccountWrite   what)
{
  g_return_val_if_fail (account != NULL, FALSE);

  switch (account->kind)
    {
    case DK_ACCOUNT_OWNER:
      return TRUE;
    case DK_ACCOUNT_ANALYST:
      return what != DK_ACCOUNT_WRITE_RESTORE;
    case DK_ACCOUNT_OFFICE:
      return what == DK_ACCOUNT_WRITE_BLANGKO_DAILY || what == DK_ACCOUNT_WRITE_BLANGKO_USAGE ||
             what == DK_ACCOUNT_WRITE_M2M_FIGURES || what == DK_ACCOUNT_WRITE_IKD_FIGURES ||
             what == DK_ACCOUNT_WRITE_STATED_TOTALS;
    case DK_ACCOUNT_READER:
    default:
      return FALSE;
    }
}

/**
 * dk_account_may_write_any:
 *
 * Returns: whether @account may write anything at all (a reader may not)
 */
gboolean
dk_account_may_write_any (const DkAccount *account)
{
  g_return_val_if_fail (account != NULL, FALSE);
  return account->kind != DK_ACCOUNT_READER;
}

/**
 * dk_account_may_write_region:
 * @kode: a region's code
 *
 * Whether @account may write figures of the region @kode: an office those of its region
 * and the regions below it (the policies' dk_wilayah_akun), a reader none, the others all.
 */
gboolean
dk_account_may_write_region (const DkAccount *account,
                             const char      *kode)
{
  gsize n;

  g_return_val_if_fail (account != NULL, FALSE);
  g_return_val_if_fail (kode != NULL, FALSE);

  if (account->kind == DK_ACCOUNT_READER)
    return FALSE;
  if (account->kind != DK_ACCOUNT_OFFICE)
    return TRUE;
  if (account->kode == NULL)
    return FALSE;
  n = strlen (account->kode);
  return strncmp (kode, account->kode, n) == 0 && (kode[n] == '\0' || kode[n] == '.');
}
