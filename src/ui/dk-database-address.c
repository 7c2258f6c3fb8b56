/* dk-database-address.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The address of a database as the user gives it and sees it: a file's path, or a libpq
 * connection string naming a database on the office's server. The store reads the string
 * (a URI or key=value pairs) exactly as it will when connecting, so that a password
 * hidden in either form is found, and never shown or kept in the settings.
 */
#define G_LOG_DOMAIN "dk-database-address"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dk-database-address.h"
#include "dk-domains.h"
#include "dk-error.h"
#include "dk-keyring.h"
#include "dk-password.h"

/**
 * dk_database_address_describe:
 * @address: a file's path or a connection string
 *
 * Returns: (transfer full): the database as the user is shown it: `user@host/dbname` for a
 *   server (never its password), the path for a file, with the home folder as `~`
 */
char *
dk_database_address_describe (const char *address)
{
  const char *home = g_get_home_dir ();

  g_return_val_if_fail (address != NULL, NULL);

  if (dk_store_is_server_address (address))
    {
      char *name = dk_store_address_describe_server (address);

      return name != NULL ? name : g_strdup (_("an invalid connection string"));
    }
  if (home != NULL && g_str_has_prefix (address, home) && address[strlen (home)] == G_DIR_SEPARATOR)
    return g_strconcat ("~", address + strlen (home), NULL);
  return g_strdup (address);
}

/**
 * dk_database_address_has_password:
 *
 * Returns: whether the connection string @address holds a password (`password=…`, or
 *   `user:password@` in a URI)
 */
gboolean
dk_database_address_has_password (const char *address)
{
  gboolean has_password = FALSE;

  g_return_val_if_fail (address != NULL, FALSE);

  return dk_store_is_server_address (address) && dk_store_address_parse (address, &has_password) &&
         has_password;
}

/**
 * dk_database_address_check:
 * @address: what the user typed for the server
 *
 * Whether @address may be kept in the settings: a connection string libpq can read, and
 * no password in it (the password belongs in ~/.pgpass or a service file).
 */
gboolean
dk_database_address_check (const char  *address,
                           GError     **error)
{
  gboolean has_password = FALSE;

  g_return_val_if_fail (address != NULL, FALSE);

  if (address[0] == '\0')
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Enter the connection string of the server’s database"));
      return FALSE;
    }
  if (!dk_store_is_server_address (address) || !dk_store_address_parse (address, &has_password))
    {
      g_set_error_literal (error, DK_ERROR, DK_ERROR_INVALID,
                           _("This is not a connection string: write it as postgresql://user@host/dukcapil, "
                             "service=dukcapil or host=… dbname=…"));
      return FALSE;
    }
  if (has_password)
    {
      g_set_error_literal (error, DK_ERROR, DK_ERROR_INVALID,
                           _("The connection string holds a password, which would be kept in plain text: "
                             "remove it, and keep the password in ~/.pgpass or a service file "
                             "(pg_service.conf) instead"));
      return FALSE;
    }
  return TRUE;
}

/* A server's database, with the password the keyring kept for it: asked only when the
 * server asks for one that libpq's own ways did not give. A kept one that the server
 * refuses (it was changed) is forgotten. */
static DkStore *
open_with_kept_password (const char  *address,
                         gboolean    *kept_refused,
                         GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GError) keyring_error = NULL;
  g_autoptr(GError) kept_error = NULL;
  g_autofree char *who = NULL;
  DkStore *store;
  char *password;

  if ((store = dk_domains_open (address, &local_error)) != NULL)
    return store;
  if (!g_error_matches (local_error, DK_ERROR, DK_ERROR_PASSWORD))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  if (!(password = dk_keyring_lookup (address, NULL, &keyring_error)))
    {
      if (keyring_error != NULL)
        g_message ("The keyring could not be asked for the password: %s", keyring_error->message);
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  store = dk_domains_open_with_password (address, password, &kept_error);
  dk_password_free (password);
  if (store != NULL)
    return store;
  if (!g_error_matches (kept_error, DK_ERROR, DK_ERROR_PASSWORD))
    {
      g_propagate_error (error, g_steal_pointer (&kept_error));
      return NULL;
    }
  if (!dk_keyring_clear (address, NULL, &keyring_error))
    g_message ("The refused password could not be taken out of the keyring: %s", keyring_error->message);
  who = dk_database_address_describe (address);
  *kept_refused = TRUE;
  g_set_error (error, DK_ERROR, DK_ERROR_PASSWORD,
               _("The server refused the password kept in the keyring for %s; it was taken out of the keyring"),
               who);
  return NULL;
}

/**
 * dk_database_address_open:
 * @address: a file's path or a connection string
 * @kept_refused: (out) (optional): whether the server refused the password the keyring
 *   kept (then @error says so, and the keyring no longer holds it)
 *
 * Opens the database at @address, making a file's folder first. A server's password is
 * libpq's to find (`~/.pgpass`, a service file), else the one the desktop's keyring kept;
 * %DK_ERROR_PASSWORD when there is none or it was refused: then ask the user, and
 * dk_database_address_sign_in(). Blocks for as long as a server takes to answer (its
 * connect timeout at most) and the keyring: call it in a thread.
 *
 * Returns: (transfer full): the store, or %NULL on error
 */
DkStore *
dk_database_address_open (const char  *address,
                          gboolean    *kept_refused,
                          GError     **error)
{
  gboolean refused = FALSE;
  DkStore *store;

  g_return_val_if_fail (address != NULL, NULL);

  if (!dk_store_is_server_address (address))
    {
      g_autofree char *dir = g_path_get_dirname (address);

      g_mkdir_with_parents (dir, 0700);
      return dk_domains_open (address, error);
    }
  store = open_with_kept_password (address, &refused, error);
  if (kept_refused != NULL)
    *kept_refused = refused;
  return store;
}

/**
 * dk_database_address_sign_in:
 * @address: a server's connection string
 * @password: the password the user typed
 * @keep_error: (out) (optional): why the password could not be kept in the keyring
 *
 * Opens the server's database with @password, and keeps it in the desktop's keyring once
 * the server took it, for the next time. Blocks: call it in a thread.
 *
 * Returns: (transfer full): the store, or %NULL on error (%DK_ERROR_PASSWORD: refused)
 */
DkStore *
dk_database_address_sign_in (const char  *address,
                             const char  *password,
                             GError     **keep_error,
                             GError     **error)
{
  DkStore *store;

  g_return_val_if_fail (address != NULL, NULL);
  g_return_val_if_fail (password != NULL, NULL);

  if (!(store = dk_domains_open_with_password (address, password, error)))
    return NULL;
  dk_keyring_store (address, dk_store_get_path (store), password, NULL, keep_error);
  return store;
}

/**
 * dk_database_address_tidy_message:
 * @message: an error's message, which may end with the server's own lines
 *
 * Returns: (transfer full): @message with each line's indentation taken away, as libpq
 *   indents its hints with a tab
 */
char *
dk_database_address_tidy_message (const char *message)
{
  g_auto(GStrv) lines = NULL;

  g_return_val_if_fail (message != NULL, NULL);

  lines = g_strsplit (message, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    g_strstrip (lines[i]);
  return g_strjoinv ("\n", lines);
}
