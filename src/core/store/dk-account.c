/* dk-account.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A server's accounts. A login is a role of the server, made with CREATE ROLE, changed with
 * ALTER ROLE and removed with DROP ROLE: utility commands that take no bound parameters,
 * so this is the one place where the store composes SQL from values. The name is checked
 * against ^[a-z][a-z0-9_]{0,62}$ first and quoted by libpq all the same (PQescapeIdentifier);
 * the password is hashed here (PQencryptPasswordConn) and sent as a quoted literal
 * (PQescapeLiteral), never in clear. The table akun binds the login to its kind and an
 * office to its region; both change in one transaction.
 */
#define G_LOG_DOMAIN "dk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-account.h"
#include "dk-db-private.h"
#include "dk-error.h"
#include "dk-store-internal.h"

static const char * const kinds[] = { "reader", "analyst", "office" };

void
dk_account_free (DkAccount *account)
{
  if (account == NULL)
    return;
  g_free (account->nama);
  g_free (account->kode);
  g_free (account);
}

const char *
dk_account_kind_to_string (DkAccountKind kind)
{
  g_return_val_if_fail (kind <= DK_ACCOUNT_OFFICE, NULL);
  return kinds[kind];
}

gboolean
dk_account_kind_from_string (const char    *text,
                             DkAccountKind *kind)
{
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
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

  explicit_bzero (sql, strlen (sql));
  g_free (sql);
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
