/* dk-password.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A password held in memory (typed, or given by the keyring or the environment) is wiped
 * before its memory is freed, so that it is not left behind for a core dump or the next
 * allocation.
 */
#include "config.h"

#include <string.h>

#include "dk-password.h"

/**
 * dk_password_free:
 * @password: (nullable) (transfer full): a password, from g_malloc()
 *
 * Wipes @password, then frees it.
 */
void
dk_password_free (char *password)
{
  if (password == NULL)
    return;
  explicit_bzero (password, strlen (password));
  g_free (password);
}
