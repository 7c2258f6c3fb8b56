/* dk-cli.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dukcapil-cli: the application's core without a display. Global options, then a
 * command with options of its own: `dukcapil-cli [--db PATH|CONNECTION] ikd --format csv`.
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <stdarg.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

#include "dk-cli-private.h"
#include "dk-domains.h"
#include "dk-error.h"
#include "dk-password.h"
#include "dk-format.h"
#include "dk-i18n.h"
#include "dk-region.h"

typedef struct
{
  const char   *name;
  DkCliCommand  run;
  const char   *summary;
} Command;

static const Command commands[] = {
  { "ikd", dk_cli_ikd, N_("Print the IKD activation table") },
  { "ikd-target", dk_cli_ikd_target, N_("Show or set the IKD target of a year") },
  { "m2m", dk_cli_m2m, N_("Print the M2M device inventory") },
  { "m2m-events", dk_cli_m2m_events, N_("List the events of the M2M devices") },
  { "budget", dk_cli_budget, N_("Print an activity’s budget realisation by account code") },
  { "blangko", dk_cli_blangko, N_("Blank KTP-el cards: stock, allocation plan, usage reports") },
  { "pks", dk_cli_pks, N_("Data-access agreements (PKS): register, access, SOP steps") },
  { "chart", dk_cli_chart, N_("Draw a dashboard chart into a PNG, SVG or PDF file") },
  { "regions", dk_cli_regions, N_("List the Kemendagri regions of a level") },
  { "check", dk_cli_check, N_("Report every inconsistency in the database") },
  { "print", dk_cli_print, N_("Print a dashboard on A4 pages into a PDF file") },
  { "export", dk_cli_export, N_("Write the annual report’s tables to an XLSX workbook") },
  { "import", dk_cli_import, N_("Import a table from a CSV file, checking it first") },
  { "history", dk_cli_history, N_("List the changes made to the figures") },
  { "undo", dk_cli_undo, N_("Undo the last change to the figures") },
  { "backup", dk_cli_backup, N_("Copy the database to a backup file") },
  { "restore", dk_cli_restore, N_("Replace the database with a backup") },
  { "server", dk_cli_server, N_("Prepare the office’s PostgreSQL server, copy a database to it or from it") },
};

/**
 * dk_cli_read_password:
 * @prompt: what to ask, on a terminal
 *
 * Reads a password, one line, from standard input: asked for on standard error, without
 * echo, when standard input is a terminal; just read otherwise.
 *
 * Returns: (transfer full) (nullable): the password, for dk_password_free(), or %NULL at
 *   the end of the input
 */
char *
dk_cli_read_password (const char *prompt)
{
  gboolean tty = isatty (STDIN_FILENO);
  struct termios saved, quiet;
  char line[1024];
  char *password = NULL;

  if (tty)
    {
      /* echo off before the prompt: what is typed once it shows is read, not flushed */
      if (tcgetattr (STDIN_FILENO, &saved) == 0)
        {
          quiet = saved;
          quiet.c_lflag &= ~(tcflag_t) ECHO;
          tcsetattr (STDIN_FILENO, TCSAFLUSH, &quiet);
        }
      else
        tty = FALSE;
      fprintf (stderr, "%s", prompt);
      fflush (stderr);
    }
  if (fgets (line, sizeof line, stdin) != NULL)
    {
      line[strcspn (line, "\r\n")] = '\0';
      password = g_strdup (line);
    }
  explicit_bzero (line, sizeof line);
  if (tty)
    {
      tcsetattr (STDIN_FILENO, TCSANOW, &saved);
      fprintf (stderr, "\n");
    }
  return password;
}

/**
 * dk_cli_open_database:
 * @address: a file's path or a server's connection string
 *
 * Opens the database. A server's password comes the ways of libpq (`PGPASSWORD`,
 * `~/.pgpass`, a service file); when the server asks for one that none of them gave, it is
 * asked for once on the terminal, and never when standard input is not a terminal (a
 * script is never left waiting): then the error says where to put it.
 *
 * Returns: (transfer full): the store, or %NULL with @error set
 */
DkStore *
dk_cli_open_database (const char  *address,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autofree char *who = NULL;
  g_autofree char *prompt = NULL;
  DkStore *store;
  char *password;

  if ((store = dk_domains_open (address, &local_error)) != NULL)
    return store;
  if (!g_error_matches (local_error, DK_ERROR, DK_ERROR_PASSWORD) || !isatty (STDIN_FILENO))
    {
      if (g_error_matches (local_error, DK_ERROR, DK_ERROR_PASSWORD))
        /* Translators: %s says why: "The server asks for the password of user “x”; none was given" */
        g_set_error (error, DK_ERROR, DK_ERROR_PASSWORD,
                     _("%s. Give it in PGPASSWORD, in ~/.pgpass or in a service file: the command line "
                       "asks for it only on a terminal"), local_error->message);
      else
        g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  who = dk_store_address_describe_server (address);
  /* Translators: %s is the account and database, user@host/name */
  prompt = g_strdup_printf (_("Password for %s: "), who);
  if (!(password = dk_cli_read_password (prompt)))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }
  store = dk_domains_open_with_password (address, password, error);
  dk_password_free (password);
  return store;
}

DkStore *
dk_cli_get_store (DkCli   *cli,
                  GError **error)
{
  if (cli->store != NULL)
    return cli->store;

  if (cli->db_path == NULL)
    {
      g_autofree char *dir = NULL;

      cli->db_path = dk_store_dup_default_path ();
      dir = g_path_get_dirname (cli->db_path);
      g_mkdir_with_parents (dir, 0700);
    }
  cli->store = dk_cli_open_database (cli->db_path, error);
  /* a command reads and writes at once: it is refused (exit status 3) only when another
   * program changes the same figures while it runs */
  if (cli->store != NULL && !dk_store_mark_read (cli->store, error))
    g_clear_object (&cli->store);
  return cli->store;
}

/* dup_home_province:
 *
 * The province the user works in, as chosen in Preferences (the settings key
 * `home-province` of com.sumbar.dukcapil): "13" by default and when the settings schema
 * is not installed, "0" for the national view.
 *
 * Returns: (transfer full): a province's code, or "0" */
static char *
dup_home_province (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *home = NULL;

  if (source == NULL || !(schema = g_settings_schema_source_lookup (source, "com.sumbar.dukcapil", TRUE)) ||
      !g_settings_schema_has_key (schema, "home-province"))
    return g_strdup (DK_REGION_DEFAULT_HOME);
  settings = g_settings_new_full (schema, NULL, NULL);
  home = g_settings_get_string (settings, "home-province");
  if (!dk_region_is_country (home) && dk_region_level_of_code (home) != DK_REGION_LEVEL_PROVINSI)
    return g_strdup (DK_REGION_DEFAULT_HOME);
  return dk_region_is_country (home) ? g_strdup ("0") : g_steal_pointer (&home);
}

/**
 * dk_cli_default_region:
 *
 * The region a command shows when --region is not given: the home province chosen in
 * Preferences (13 unless changed), or "0", the whole country, in the national view.
 */
const char *
dk_cli_default_region (DkCli *cli)
{
  if (cli->home == NULL)
    cli->home = dup_home_province ();
  return cli->home;
}

/**
 * dk_cli_default_province:
 *
 * The province a command of one province's tables (M2M, the workbook) shows when
 * --region is not given: the home province, or 13 in the national view.
 */
const char *
dk_cli_default_province (DkCli *cli)
{
  const char *home = dk_cli_default_region (cli);

  return dk_region_is_country (home) ? DK_REGION_DEFAULT_HOME : home;
}

int
dk_cli_fail (GError *error)
{
  g_printerr ("dukcapil-cli: %s\n", error->message);
  g_error_free (error);
  return DK_EXIT_ERROR;
}

int
dk_cli_usage_error (const char *command,
                    const char *format,
                    ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_printerr ("dukcapil-cli%s%s: %s\n", command ? " " : "", command ? command : "", message);
  {
    g_autofree char *invocation = g_strconcat ("dukcapil-cli ", command ? command : "",
                                               command ? " " : "", "--help", NULL);

    /* Translators: %s is a command line such as "dukcapil-cli ikd --help" */
    g_printerr (_("Try “%s” for more information.\n"), invocation);
  }
  return DK_EXIT_USAGE;
}

/**
 * dk_cli_parse:
 *
 * Parses options; an unknown option or a bad value is a usage error.
 */
gboolean
dk_cli_parse (GOptionContext   *context,
              const char       *command,
              int              *argc,
              char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      dk_cli_usage_error (command, "%s", error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * dk_cli_parse_format:
 * @value: (nullable): the --format option's value
 *
 * Reads --format text|csv, text when not given; an unknown format is a usage error.
 */
gboolean
dk_cli_parse_format (const char *command,
                     const char *value,
                     gboolean   *csv)
{
  if (value == NULL || g_str_equal (value, "text"))
    *csv = FALSE;
  else if (g_str_equal (value, "csv"))
    *csv = TRUE;
  else
    {
      dk_cli_usage_error (command, _("Unknown format “%s”: use text or csv"), value);
      return FALSE;
    }
  return TRUE;
}

/**
 * dk_cli_context_new:
 * @parameters: (nullable): what the command takes after its options ("DATE BLANKS")
 * @entries: (nullable): the command's options
 * @format: (nullable): where the --format text|csv option goes, for a command that has it
 *
 * Returns: (transfer full): a command's option context
 */
GOptionContext *
dk_cli_context_new (const char    *parameters,
                    const char    *summary,
                    GOptionEntry  *entries,
                    char         **format)
{
  GOptionContext *context = g_option_context_new (parameters);
  const GOptionEntry format_entries[] = {
    { "format", 0, 0, G_OPTION_ARG_STRING, format, N_("Output format: text or csv"), N_("FORMAT") },
    { NULL }
  };

  g_option_context_set_summary (context, summary);
  if (entries != NULL)
    g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if (format != NULL)
    g_option_context_add_main_entries (context, format_entries, GETTEXT_PACKAGE);
  return context;
}

/**
 * dk_cli_parse_no_args:
 * @format: (nullable): the --format option's value, read into @csv
 *
 * Parses the options of a command that takes no argument after them.
 */
gboolean
dk_cli_parse_no_args (GOptionContext *context,
                      const char     *command,
                      int            *argc,
                      char         ***argv,
                      char * const   *format,
                      gboolean       *csv)
{
  if (!dk_cli_parse (context, command, argc, argv))
    return FALSE;
  if (*argc > 1)
    {
      dk_cli_usage_error (command, _("Unexpected argument “%s”"), (*argv)[1]);
      return FALSE;
    }
  return format == NULL || dk_cli_parse_format (command, *format, csv);
}

/* Appends one CSV field, quoted when it holds a separator, a quote or a line break. */
void
dk_cli_csv_field (GString    *line,
                  const char *value)
{
  if (line->len > 0)
    g_string_append_c (line, ',');
  if (value == NULL)
    return;
  if (strpbrk (value, ",\"\r\n") == NULL)
    {
      g_string_append (line, value);
      return;
    }
  g_string_append_c (line, '"');
  for (const char *p = value; *p; p++)
    {
      if (*p == '"')
        g_string_append_c (line, '"');
      g_string_append_c (line, *p);
    }
  g_string_append_c (line, '"');
}

/* A date option: absent, or a date as YYYY-MM-DD. */
gboolean
dk_cli_check_date (const char  *value,
                   GError     **error)
{
  return value == NULL || dk_date_check_iso (value, NULL, error);
}

/**
 * dk_cli_run_subcommand:
 * @command: the command ("blangko")
 * @description: what it does, for its help
 *
 * Runs the subcommand named by @argv[1], which sees itself as argv[0] ("blangko stock"),
 * or prints the list of subcommands.
 */
int
dk_cli_run_subcommand (DkCli                 *cli,
                       const char            *command,
                       const char            *description,
                       const DkCliSubcommand *subcommands,
                       guint                  n_subcommands,
                       int                    argc,
                       char                 **argv)
{
  g_autoptr(GString) help = g_string_new (NULL);

  if (argc >= 2)
    for (guint i = 0; i < n_subcommands; i++)
      if (g_str_equal (argv[1], subcommands[i].name))
        {
          g_autofree char *name = g_strconcat (command, " ", argv[1], NULL);

          argv[1] = name;
          return subcommands[i].run (cli, argc - 1, argv + 1);
        }

  /* Translators: the command's name */
  g_string_append_printf (help, _("Usage: dukcapil-cli %s SUBCOMMAND [OPTION…]"), command);
  g_string_append_printf (help, "\n\n%s\n\n", description);
  for (guint i = 0; i < n_subcommands; i++)
    g_string_append_printf (help, "  %-13s %s\n", subcommands[i].name, _(subcommands[i].summary));
  g_string_append (help, "\n");
  /* Translators: the command's name */
  g_string_append_printf (help, _("Run “dukcapil-cli %s SUBCOMMAND --help” for its options."), command);
  if (argc >= 2 && (g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h")))
    {
      fprintf (cli->out, "%s\n", help->str);
      return DK_EXIT_OK;
    }
  g_printerr ("%s\n", help->str);
  if (argc >= 2)
    return dk_cli_usage_error (command, _("Unknown subcommand “%s”"), argv[1]);
  return dk_cli_usage_error (command, _("No subcommand given"));
}

static char *
describe_commands (void)
{
  GString *text = g_string_new (_("Commands:"));

  g_string_append_c (text, '\n');
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    g_string_append_printf (text, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  g_string_append (text, "\n");
  g_string_append (text, _("Run “dukcapil-cli COMMAND --help” for a command’s options.\n"
                           "Exit status: 0 success, 1 inconsistencies found (check), "
                           "2 bad arguments, 3 failure."));
  return g_string_free (text, FALSE);
}

static const Command *
find_command (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (commands[i].name, name))
      return &commands[i];
  return NULL;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *description = NULL;
  g_autofree char *db_path = NULL;
  gboolean         version = FALSE;
  DkCli            cli = { 0 };
  const Command   *command;
  int              status;
  GOptionEntry     entries[] = {
        { "db", 0, 0, G_OPTION_ARG_FILENAME, &db_path,
          N_("Use the database DATABASE instead of the default file: another file, or a PostgreSQL server’s "
                  "(postgresql://user@host/dukcapil, service=dukcapil)"),
          N_("DATABASE") },
        { "version", 0, 0, G_OPTION_ARG_NONE, &version, N_("Print the version and exit"), NULL },
        { NULL }
  };

  setlocale (LC_ALL, "");
  dk_i18n_init ();

  context = g_option_context_new (_("COMMAND [OPTION…]"));
  g_option_context_set_summary (context, _("Dukcapil Sumbar without a display: tables, charts, "
                                            "checks, import and export."));
  description = describe_commands ();
  g_option_context_set_description (context, description);
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  /* stop at the command: what follows is its own */
  g_option_context_set_strict_posix (context, TRUE);

  if (!dk_cli_parse (context, NULL, &argc, &argv))
    return DK_EXIT_USAGE;
  if (version)
    {
      g_print ("dukcapil-cli %s\n", PACKAGE_VERSION);
      return DK_EXIT_OK;
    }
  if (argc < 2)
    return dk_cli_usage_error (NULL, _("No command given"));
  if (!(command = find_command (argv[1])))
    return dk_cli_usage_error (NULL, _("Unknown command “%s”"), argv[1]);

  cli.db_path = g_steal_pointer (&db_path);
  cli.out = stdout;
  status = command->run (&cli, argc - 1, argv + 1);
  if (fflush (stdout) != 0 && status == DK_EXIT_OK)
    status = DK_EXIT_ERROR;

  g_clear_object (&cli.store);
  g_free (cli.db_path);
  g_free (cli.home);
  return status;
}
