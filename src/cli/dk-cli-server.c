/* dk-cli-server.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli server`: the office's PostgreSQL server. `init` prepares an empty database
 * (the schema and the report's data, as a new file gets); `copy` moves a whole database
 * from a file to a server or back, checked table by table.
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-cli-private.h"
#include "dk-domains.h"

static int
server_init (DkCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DkStore) store = NULL;
  GError *error = NULL;

  context = dk_cli_context_new (_("CONNECTION"),
                                _("Prepare an empty PostgreSQL database for the program: its tables and the report’s "
                                  "data, as the first start on this computer does. CONNECTION is a libpq connection "
                                  "string: postgresql://user@host/dukcapil or service=dukcapil. A database already "
                                  "prepared is brought up to date and otherwise left as it is."),
                                NULL, NULL);
  if (!dk_cli_parse (context, "server init", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2)
    return dk_cli_usage_error ("server init", argc < 2 ? _("No connection string given") : _("Too many arguments"));
  if (!dk_store_is_server_address (argv[1]))
    return dk_cli_usage_error ("server init", _("“%s” is not a connection string (postgresql://… or key=value)"),
                               argv[1]);
  if (!(store = dk_domains_open (argv[1], &error)))
    return dk_cli_fail (error);
  /* Translators: the database (user@host/name) and its schema version */
  fprintf (cli->out, _("%s is ready (schema %d)\n"), dk_store_get_path (store), dk_store_get_schema_version (store));
  return DK_EXIT_OK;
}

/* Opens the source of a copy: it must exist (a new file would be an empty copy). */
static DkStore *
open_source (const char  *address,
             GError     **error)
{
  if (!dk_store_is_server_address (address) && !g_file_test (address, G_FILE_TEST_IS_REGULAR))
    {
      g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT, _("“%s” does not exist or is not a file"), address);
      return NULL;
    }
  return dk_domains_open (address, error);
}

static int
server_copy (DkCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(DkStore) from = NULL;
  g_autoptr(DkStore) to = NULL;
  g_autofree char *from_address = NULL, *to_address = NULL;
  gboolean replace = FALSE, fresh = FALSE;
  GError *error = NULL;
  GOptionEntry entries[] = {
    { "from", 0, 0, G_OPTION_ARG_FILENAME, &from_address, N_("The database copied: a file or a connection string"),
      N_("DATABASE") },
    { "to", 0, 0, G_OPTION_ARG_FILENAME, &to_address, N_("The database replaced by the copy"), N_("DATABASE") },
    { "replace", 0, 0, G_OPTION_ARG_NONE, &replace,
      N_("Replace a database that already holds recorded changes or a file that exists"), NULL },
    { NULL }
  };

  context = dk_cli_context_new (NULL,
                                _("Copy a whole database, the history of changes included, from a file to a server "
                                  "(--from FILE.db --to CONNECTION) or from a server to a file (the other way). All "
                                  "or nothing: each table is checked by its rows and a checksum before the copy is "
                                  "kept."),
                                entries, NULL);
  if (!dk_cli_parse (context, "server copy", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 1)
    return dk_cli_usage_error ("server copy", _("Too many arguments"));
  if (from_address == NULL || to_address == NULL)
    return dk_cli_usage_error ("server copy", _("Both --from and --to are needed"));
  if (g_str_equal (from_address, to_address))
    return dk_cli_usage_error ("server copy", _("--from and --to are the same database"));

  if (!(from = open_source (from_address, &error)))
    return dk_cli_fail (error);
  if (!dk_store_is_server_address (to_address))
    {
      if (g_file_test (to_address, G_FILE_TEST_EXISTS) && !replace)
        return dk_cli_usage_error ("server copy", _("“%s” exists; give --replace to replace it"), to_address);
      if (!dk_store_copy_to_file (from, to_address, &error))
        return dk_cli_fail (error);
    }
  else
    {
      if (!(to = dk_domains_open (to_address, &error)) || !dk_store_copy_is_fresh (to, &fresh, &error))
        return dk_cli_fail (error);
      if (!fresh && !replace)
        return dk_cli_usage_error ("server copy",
                                   _("%s already holds recorded changes; give --replace to replace them all"),
                                   dk_store_get_path (to));
      if (!dk_store_copy (from, to, &error))
        return dk_cli_fail (error);
    }
  /* Translators: a database copied to another, each a file or user@host/name */
  fprintf (cli->out, _("%s copied to %s; every table checked\n"), dk_store_get_path (from),
           to != NULL ? dk_store_get_path (to) : to_address);
  return DK_EXIT_OK;
}

static const DkCliSubcommand subcommands[] = {
  { "init", server_init, N_("Prepare an empty PostgreSQL database") },
  { "copy", server_copy, N_("Copy a whole database between a file and a server") },
};

int
dk_cli_server (DkCli  *cli,
               int     argc,
               char  **argv)
{
  return dk_cli_run_subcommand (cli, "server", _("The office’s PostgreSQL server."), subcommands,
                                G_N_ELEMENTS (subcommands), argc, argv);
}
