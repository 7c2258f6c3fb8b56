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
  g_autofree char *as_of = NULL;
  GError *error = NULL;
  DkStore *store;

  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The date the agreements are checked for (default: today)"), N_("YYYY-MM-DD") },
    { NULL }
  };

  context = dk_cli_context_new (NULL, _("Check every table of the database: stated totals against the sums of their "
                                        "rows, counts that exceed what they count, printed percentages against their "
                                        "figures; data-access agreements past their end with their access on, "
                                        "requests late at a step of the SOP, expired security certificates; objects "
                                        "added to the database by hand. One finding per line; exit status 1 when "
                                        "there is any."), entries, NULL);
  if (!dk_cli_parse_no_args (context, "check", &argc, &argv, NULL, NULL))
    return DK_EXIT_USAGE;
  if (!dk_cli_check_date (as_of, &error) || !(store = dk_cli_get_store (cli, &error)) ||
      !(findings = dk_check_run_as_of (store, as_of, &error)))
    return dk_cli_fail (error);

  for (guint i = 0; i < findings->len; i++)
    fprintf (cli->out, "%s\n", ((DkFinding *) g_ptr_array_index (findings, i))->message);
  return findings->len > 0 ? DK_EXIT_FINDINGS : DK_EXIT_OK;
}
