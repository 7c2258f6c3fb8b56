/* dk-cli-server.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli server`: the office's PostgreSQL server. `init` prepares an empty database
 * (the schema and the report's data, as a new file gets); `copy` moves a whole database
 * from a file to a server or back, checked table by table; `user` makes, lists and removes
 * the accounts of a server's database (reader, analyst, office).
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>
#include <string.h>

#include "dk-account.h"
#include "dk-cli-private.h"
#include "dk-password.h"
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
  if (!(store = dk_cli_open_database (argv[1], &error)))
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
  return dk_cli_open_database (address, error);
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
      if (!(to = dk_cli_open_database (to_address, &error)) || !dk_store_copy_is_fresh (to, &fresh, &error))
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

/* ------------------------------------------------------------------- user */

static int
user_add (DkCli  *cli,
          int     argc,
          char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *role = NULL, *region = NULL;
  char            *password = NULL;
  DkAccountKind    kind;
  GError          *error = NULL;
  DkStore         *store;
  gboolean         ok;
  GOptionEntry     entries[] = {
        { "role", 0, 0, G_OPTION_ARG_STRING, &role, N_("reader (reads everything), analyst (writes every figure) or office "
                                                            "(writes its region’s)"),
          N_("ROLE") },
        { "region", 0, 0, G_OPTION_ARG_STRING, &region, N_("An office’s region: its kabupaten/kota code"), N_("CODE") },
        { NULL }
  };

  context = dk_cli_context_new (_("NAME"), _("Add an account to the server’s database (--db): a login of the server "
                                               "with the rights of its role. The password is read from standard input, "
                                               "one line."),
                                entries, NULL);
  if (!dk_cli_parse (context, "server user add", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2)
    return dk_cli_usage_error ("server user add", argc < 2 ? _("No account name given") : _("Too many arguments"));
  if (role == NULL || !dk_account_kind_from_string (role, &kind))
    return dk_cli_usage_error ("server user add", _("Give --role reader, --role analyst or --role office"));
  if ((kind == DK_ACCOUNT_OFFICE) != (region != NULL))
    return dk_cli_usage_error ("server user add", kind == DK_ACCOUNT_OFFICE ? _("An office needs --region CODE")
                                                                            : _("--region is for an office"));
  if (!dk_account_name_is_valid (argv[1]))
    return dk_cli_usage_error ("server user add", _("“%s” is not an account name: lower-case letters, digits and _, "
                                                     "beginning with a letter, at most 63"),
                               argv[1]);
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (!dk_store_is_server (store))
    return dk_cli_usage_error ("server user add", _("Accounts are a server’s: give --db CONNECTION"));
  password = dk_cli_read_password (_("New password: "));
  if (password == NULL || *password == '\0')
    {
      dk_password_free (password);
      return dk_cli_usage_error ("server user add", _("No password given on standard input"));
    }
  ok = dk_account_add (store, argv[1], kind, region, password, &error);
  dk_password_free (password);
  if (!ok)
    return dk_cli_fail (error);
  /* Translators: an account added, and its role (reader, analyst, office) */
  fprintf (cli->out, _("Account %s added (%s)\n"), argv[1], role);
  return DK_EXIT_OK;
}

static int
user_password (DkCli  *cli,
               int     argc,
               char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  char *password = NULL;
  GError *error = NULL;
  DkStore *store;
  gboolean ok;

  context = dk_cli_context_new (_("NAME"), _("Give an account a new password, read from standard input, one line."),
                                NULL, NULL);
  if (!dk_cli_parse (context, "server user password", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2)
    return dk_cli_usage_error ("server user password", argc < 2 ? _("No account name given") : _("Too many arguments"));
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (!dk_store_is_server (store))
    return dk_cli_usage_error ("server user password", _("Accounts are a server’s: give --db CONNECTION"));
  password = dk_cli_read_password (_("New password: "));
  if (password == NULL || *password == '\0')
    {
      dk_password_free (password);
      return dk_cli_usage_error ("server user password", _("No password given on standard input"));
    }
  ok = dk_account_set_password (store, argv[1], password, &error);
  dk_password_free (password);
  if (!ok)
    return dk_cli_fail (error);
  fprintf (cli->out, _("Password of %s changed\n"), argv[1]);
  return DK_EXIT_OK;
}

static int
user_remove (DkCli  *cli,
             int     argc,
             char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  GError *error = NULL;
  DkStore *store;

  context = dk_cli_context_new (_("NAME"), _("Remove an account: its login and its rights."), NULL, NULL);
  if (!dk_cli_parse (context, "server user remove", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2)
    return dk_cli_usage_error ("server user remove", argc < 2 ? _("No account name given") : _("Too many arguments"));
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (!dk_store_is_server (store))
    return dk_cli_usage_error ("server user remove", _("Accounts are a server’s: give --db CONNECTION"));
  if (!dk_account_remove (store, argv[1], &error))
    return dk_cli_fail (error);
  fprintf (cli->out, _("Account %s removed\n"), argv[1]);
  return DK_EXIT_OK;
}

static int
user_list (DkCli  *cli,
           int     argc,
           char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) accounts = NULL;
  g_autoptr(DkCliTable) table = dk_cli_table_new (3, "lll");
  g_autofree char *format = NULL;
  gboolean csv = FALSE;
  GError *error = NULL;
  DkStore *store;

  context = dk_cli_context_new (NULL, _("List the accounts of the server’s database: name, role, region."), NULL,
                                &format);
  if (!dk_cli_parse_no_args (context, "server user list", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (!dk_store_is_server (store))
    return dk_cli_usage_error ("server user list", _("Accounts are a server’s: give --db CONNECTION"));
  if (!(accounts = dk_account_list (store, &error)))
    return dk_cli_fail (error);
  if (csv)
    {
      fprintf (cli->out, "nama,peran,kode\n");
      for (guint i = 0; i < accounts->len; i++)
        {
          DkAccount *a = g_ptr_array_index (accounts, i);
          g_autoptr(GString) line = g_string_new (NULL);

          dk_cli_csv_field (line, a->nama);
          dk_cli_csv_field (line, dk_account_kind_to_string (a->kind));
          dk_cli_csv_field (line, a->kode != NULL ? a->kode : "");
          fprintf (cli->out, "%s\n", line->str);
        }
      return DK_EXIT_OK;
    }
  if (accounts->len == 0)
    {
      fprintf (cli->out, "%s\n", _("The database has no accounts yet."));
      return DK_EXIT_OK;
    }
  dk_cli_table_add_row (table, _("Account"), _("Role"), _("Region"), NULL);
  for (guint i = 0; i < accounts->len; i++)
    {
      DkAccount *a = g_ptr_array_index (accounts, i);

      dk_cli_table_add_row (table, a->nama, dk_account_kind_to_string (a->kind), a->kode != NULL ? a->kode : "", NULL);
    }
  dk_cli_table_print (table, cli->out);
  return DK_EXIT_OK;
}

static const DkCliSubcommand user_subcommands[] = {
  { "add", user_add, N_("Add an account: --role reader|analyst|office [--region CODE]") },
  { "list", user_list, N_("List the accounts") },
  { "remove", user_remove, N_("Remove an account") },
  { "password", user_password, N_("Give an account a new password") },
};

static int
server_user (DkCli  *cli,
             int     argc,
             char  **argv)
{
  return dk_cli_run_subcommand (cli, "server user",
                                _("The accounts of the server’s database (--db), with their roles: a reader reads "
                                  "everything, an analyst writes every figure, an office writes its region’s. The "
                                  "server enforces them."),
                                user_subcommands, G_N_ELEMENTS (user_subcommands), argc, argv);
}

static const DkCliSubcommand subcommands[] = {
  { "init", server_init, N_("Prepare an empty PostgreSQL database") },
  { "copy", server_copy, N_("Copy a whole database between a file and a server") },
  { "user", server_user, N_("Add, list and remove the accounts of a server’s database") },
  { "audit", dk_cli_server_audit, N_("List who changed what: --since DATE, --user NAME") },
};

int
dk_cli_server (DkCli  *cli,
               int     argc,
               char  **argv)
{
  return dk_cli_run_subcommand (cli, "server", _("The office’s PostgreSQL server."), subcommands,
                                G_N_ELEMENTS (subcommands), argc, argv);
}
