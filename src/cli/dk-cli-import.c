/* dk-cli-import.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-backup.h"
#include "dk-cli-private.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-import.h"
#include "dk-parse.h"

static int
import_budget (DkCli      *cli,
               DkImport   *import,
               const char *path,
               gboolean    dry_run)
{
  guint n = dk_import_get_n_lines (import);
  GError *error = NULL;

  if (dry_run)
    {
      fprintf (cli->out,
               dk_import_get_replaces (import)
                 ? g_dngettext (GETTEXT_PACKAGE,
                                "%s can be imported: activity %s of fiscal year %d, %u line with amounts, replacing their amounts. Nothing was written.\n",
                                "%s can be imported: activity %s of fiscal year %d, %u lines with amounts, replacing their amounts. Nothing was written.\n",
                                n)
                 : g_dngettext (GETTEXT_PACKAGE,
                                "%s can be imported: activity %s of fiscal year %d, %u line with amounts, a new activity. Nothing was written.\n",
                                "%s can be imported: activity %s of fiscal year %d, %u lines with amounts, a new activity. Nothing was written.\n",
                                n),
               path, dk_import_get_activity (import), dk_import_get_year (import), n);
      return DK_EXIT_OK;
    }
  if (!dk_import_commit (import, &error))
    return dk_cli_fail (error);
  fprintf (cli->out,
           g_dngettext (GETTEXT_PACKAGE, "Imported activity %s of fiscal year %d, %u line with amounts, from %s.\n",
                        "Imported activity %s of fiscal year %d, %u lines with amounts, from %s.\n", n),
           dk_import_get_activity (import), dk_import_get_year (import), n, path);
  return DK_EXIT_OK;
}

/* The IKD and M2M tail: say what would change, or write it and say what did */
static int
import_regions (DkCli      *cli,
                DkImport   *import,
                const char *path,
                gboolean    dry_run)
{
  g_autofree char *date = dk_format_date_long (dk_import_get_as_of (import));
  guint n = dk_import_get_n_regions (import);
  GError *error = NULL;

  if (dry_run)
    {
      fprintf (cli->out,
               dk_import_get_replaces (import)
                 ? g_dngettext (GETTEXT_PACKAGE,
                                "%s can be imported: %u region as of %s, replacing the figures of that date. Nothing was written.\n",
                                "%s can be imported: %u regions as of %s, replacing the figures of that date. Nothing was written.\n",
                                n)
                 : g_dngettext (GETTEXT_PACKAGE,
                                "%s can be imported: %u region as of %s, a new date. Nothing was written.\n",
                                "%s can be imported: %u regions as of %s, a new date. Nothing was written.\n",
                                n),
               path, n, date);
      return DK_EXIT_OK;
    }
  if (!dk_import_commit (import, &error))
    return dk_cli_fail (error);
  fprintf (cli->out,
           g_dngettext (GETTEXT_PACKAGE, "Imported %u region as of %s from %s.\n",
                        "Imported %u regions as of %s from %s.\n", dk_import_get_n_regions (import)),
           dk_import_get_n_regions (import), date, path);
  return DK_EXIT_OK;
}

/* The options that do not fit together or are out of range; DK_EXIT_OK when none is */
static int
check_options (int           argc,
               const char   *kind_name,
               int           year,
               const char   *as_of,
               DkImportKind *kind)
{
  GError *error = NULL;

  if (argc != 2)
    return dk_cli_usage_error ("import", argc < 2 ? _("No file given") : _("Too many arguments"));
  if (kind_name == NULL)
    return dk_cli_usage_error ("import", _("Say what the file holds with --kind ikd, --kind m2m or --kind budget"));
  if (!dk_import_kind_from_string (kind_name, kind))
    return dk_cli_usage_error ("import", _("Unknown kind “%s”; it is one of: ikd, m2m, budget"), kind_name);
  if (year != 0 && (year < 2000 || year > 2999))
    return dk_cli_usage_error ("import", _("The year %d is not a fiscal year from 2000 to 2999"), year);
  if (year != 0 && *kind != DK_IMPORT_KIND_BUDGET)
    return dk_cli_usage_error ("import", _("--year is for a budget; give the date of other tables with --as-of"));
  if (as_of != NULL && !dk_date_check_iso (as_of, NULL, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}

/* Lists every problem; returns whether any was an error, which leaves the file unimported */
static gboolean
print_problems (DkImport   *import,
                const char *path)
{
  GPtrArray *problems = dk_import_get_problems (import);

  for (guint i = 0; i < problems->len; i++)
    {
      DkImportProblem *p = g_ptr_array_index (problems, i);

      /* the line closing a list cut at DK_PARSE_MAX_PROBLEMS stands alone */
      g_printerr ("%s%s%s\n", i == DK_PARSE_MAX_PROBLEMS ? "" : p->is_error ? _("error:") : _("note:"),
                  i == DK_PARSE_MAX_PROBLEMS ? "" : " ", p->message);
    }
  if (dk_import_get_n_errors (import) == 0)
    return FALSE;
  g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u error; nothing was imported\n",
                           "%s: %u errors; nothing was imported\n", dk_import_get_n_errors (import)),
              path, dk_import_get_n_errors (import));
  return TRUE;
}

int
dk_cli_import (DkCli  *cli,
               int     argc,
               char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *kind_name = NULL, *as_of = NULL, *region = NULL;
  g_autoptr(DkImport) import = NULL;
  gboolean dry_run = FALSE;
  int year = 0, status;
  GError *error = NULL;
  DkImportKind kind;
  DkStore *store;
  GOptionEntry entries[] = {
    { "kind", 0, 0, G_OPTION_ARG_STRING, &kind_name, N_("The table the file holds: ikd, m2m or budget"), N_("KIND") },
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("The figures’ date (default: the date in the file’s title or name)"), N_("YYYY-MM-DD") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("For a budget: the fiscal year (default: the year in the file’s title or name)"), N_("YYYY") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, N_("The region the rows are under (default: the home province of Preferences, 13 unless changed; 0 for the whole country); IKD rows may be at any level below it"), N_("CODE") },
    { "dry-run", 0, 0, G_OPTION_ARG_NONE, &dry_run, N_("Check the file and say what would change, without writing"), NULL },
    { NULL }
  };

  context = dk_cli_context_new (_("FILE"), _("Import a table from a CSV file as offices send it (comma or semicolon, "
                                             "UTF-8 or Windows-1252, numbers in Indonesian or English style, region "
                                             "codes or names). Every problem is listed with its line and column; a "
                                             "file with any error changes nothing. The database is backed up first."),
                                entries, NULL);
  if (!dk_cli_parse (context, "import", &argc, &argv))
    return DK_EXIT_USAGE;
  if ((status = check_options (argc, kind_name, year, as_of, &kind)) != DK_EXIT_OK)
    return status;

  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);

  import = dk_import_new (store, kind, region != NULL ? region
                                                   : kind == DK_IMPORT_KIND_M2M ? dk_cli_default_province (cli)
                                                   : dk_cli_default_region (cli));
  dk_import_set_as_of (import, as_of);
  dk_import_set_year (import, year);
  if (!dk_import_read_file (import, argv[1], &error))
    return dk_cli_fail (error);
  if (print_problems (import, argv[1]))
    return DK_EXIT_ERROR;

  if (kind == DK_IMPORT_KIND_BUDGET)
    return import_budget (cli, import, argv[1], dry_run);
  return import_regions (cli, import, argv[1], dry_run);
}

int
dk_cli_backup (DkCli  *cli,
               int     argc,
               char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *path = NULL;
  GError *error = NULL;
  DkStore *store;

  context = dk_cli_context_new (_("[FILE]"), _("Copy the database into FILE, or, without FILE, into the folder of "
                                               "automatic backups beside it (the last five are kept)."), NULL, NULL);
  if (!dk_cli_parse (context, "backup", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc > 2)
    return dk_cli_usage_error ("backup", _("Too many arguments"));
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);

  if (argc == 2)
    {
      if (!dk_backup_to_file (store, argv[1], &error))
        return dk_cli_fail (error);
      path = g_strdup (argv[1]);
    }
  else if (!(path = dk_backup_auto (store, "manual", &error)))
    return dk_cli_fail (error);
  fprintf (cli->out, "%s\n", path);
  return DK_EXIT_OK;
}

int
dk_cli_restore (DkCli  *cli,
                int     argc,
                char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *saved = NULL;
  GError *error = NULL;
  gboolean list = FALSE;
  DkStore *store;
  GOptionEntry entries[] = {
    { "list", 0, 0, G_OPTION_ARG_NONE, &list, N_("List the automatic backups, newest first"), NULL },
    { NULL }
  };

  context = dk_cli_context_new (_("FILE"), _("Replace the database’s contents with a backup, after checking it and "
                                             "backing up the current contents."), entries, NULL);
  if (!dk_cli_parse (context, "restore", &argc, &argv))
    return DK_EXIT_USAGE;
  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (list)
    {
      g_auto(GStrv) all = dk_backup_list (store);

      if (argc != 1)
        return dk_cli_usage_error ("restore", _("Too many arguments"));
      for (guint i = 0; all[i]; i++)
        fprintf (cli->out, "%s\n", all[i]);
      return DK_EXIT_OK;
    }
  if (argc != 2)
    return dk_cli_usage_error ("restore", argc < 2 ? _("No file given") : _("Too many arguments"));
  if (!dk_backup_restore (store, argv[1], &saved, &error))
    return dk_cli_fail (error);
  fprintf (cli->out, _("Restored %s; the contents before were saved as %s\n"), argv[1], saved);
  return DK_EXIT_OK;
}
