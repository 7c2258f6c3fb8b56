/* dk-cli-check.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-check.h"
#include "dk-cli-private.h"

int
dk_cli_check (DkCli  *cli,
              int     argc,
              char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  GError *error = NULL;
  DkStore *store;

  context = dk_cli_context_new (NULL, _("Check every table of the database: stated totals against the "
                                        "sums of their rows, counts that exceed what they count, printed "
                                        "percentages against their figures. One finding per line; exit "
                                        "status 1 when there is any."), NULL, NULL);
  if (!dk_cli_parse_no_args (context, "check", &argc, &argv, NULL, NULL))
    return DK_EXIT_USAGE;
  if (!(store = dk_cli_get_store (cli, &error)) || !(findings = dk_check_run (store, &error)))
    return dk_cli_fail (error);

  for (guint i = 0; i < findings->len; i++)
    fprintf (cli->out, "%s\n", ((DkFinding *) g_ptr_array_index (findings, i))->message);
  return findings->len > 0 ? DK_EXIT_FINDINGS : DK_EXIT_OK;
}
