/* dk-keyring.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The passwords of database servers, kept in the desktop's keyring through libsecret (in
 * the Flatpak, libsecret goes through the Secret portal), never in the settings or in a
 * file of ours. One password per connection string, as the user wrote it in Preferences
 * (which refuses one that holds a password). The calls block: run them in a thread.
 */
#define G_LOG_DOMAIN "dk-keyring"

#include "config.h"

#include <glib/gi18n.h>
#include <libsecret/secret.h>

#include "dk-keyring.h"

static const SecretSchema *
get_schema (void)
{
  static const SecretSchema schema = {
    "com.sumbar.dukcapil.Database",
    SECRET_SCHEMA_NONE,
    {
        { "address", SECRET_SCHEMA_ATTRIBUTE_STRING },
        { NULL, 0 },
    },
  };

  return &schema;
}

/**
 * dk_keyring_lookup:
 * @address: the server's connection string
 *
 * Returns: (transfer full) (nullable): the password kept for @address, for
 *   dk_password_free(); %NULL when none is kept (@error unset) or the keyring could
 *   not be asked (@error set)
 */
char *
dk_keyring_lookup (const char    *address,
                   GCancellable  *cancellable,
                   GError       **error)
{
  g_autofree char *secret = NULL;

  g_return_val_if_fail (address != NULL, NULL);

  secret = secret_password_lookup_sync (get_schema (), cancellable, error, "address", address, NULL);
  if (secret == NULL)
    return NULL;
  /* secret's memory is libsecret's non-pageable kind: a copy of ours, and it wiped */
  {
    char *copy = g_strdup (secret);

    secret_password_free (g_steal_pointer (&secret));
    return copy;
  }
}

/**
 * dk_keyring_store:
 * @address: the server's connection string
 * @who: the account and database, user@host/name, for the keyring's label
 * @password: the password that opened it
 *
 * Keeps @password for @address in the keyring's default collection, replacing one kept
 * before.
 */
gboolean
dk_keyring_store (const char    *address,
                  const char    *who,
                  const char    *password,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autofree char *label = NULL;

  g_return_val_if_fail (address != NULL, FALSE);
  g_return_val_if_fail (password != NULL, FALSE);

  /* Translators: the label of the password in the keyring; %s is user@host/name */
  label = g_strdup_printf (_("Dukcapil Sumbar database %s"), who);
  return secret_password_store_sync (get_schema (), SECRET_COLLECTION_DEFAULT, label, password, cancellable,
                                     error, "address", address, NULL);
}

/**
 * dk_keyring_clear:
 * @address: the server's connection string
 *
 * Forgets the password kept for @address (one the server refused).
 */
gboolean
dk_keyring_clear (const char    *address,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (address != NULL, FALSE);

  /* FALSE without an error: there was none */
  if (!secret_password_clear_sync (get_schema (), cancellable, &local_error, "address", address, NULL) &&
      local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return TRUE;
}
