/* dk-cli-export.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dk-cli-private.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-ikd-map.h"
#include "dk-xlsx.h"

/* The latest of @dates (oldest first) that is not after @as_of. */
static const char *
latest_until (GStrv       dates,
              const char *as_of)
{
  const char *found = NULL;

  for (guint i = 0; dates != NULL && dates[i] != NULL; i++)
    if (strcmp (dates[i], as_of) <= 0)
      found = dates[i];
  return found;
}

int
dk_cli_export (DkCli  *cli,
               int     argc,
               char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *as_of = NULL, *region = NULL;
  g_auto(GStrv) ikd_dates = NULL, m2m_dates = NULL;
  DkExportOptions options = { 0 };
  g_autoptr(GBytes) map = NULL;
  GError *error = NULL;
  DkStore *store;
  int year = 0;
  GOptionEntry entries[] = {
    { "as-of", 0, 0, G_OPTION_ARG_STRING, &as_of, N_("Export each table as it stood on this date (default: the latest)"), N_("YYYY-MM-DD") },
    { "year", 0, 0, G_OPTION_ARG_INT, &year, N_("The budget year (default: the latest)"), N_("YYYY") },
    { "region", 0, 0, G_OPTION_ARG_STRING, &region, N_("The province (default: the home province of Preferences, 13 unless changed)"), N_("CODE") },
    { NULL }
  };

  context = dk_cli_context_new (_("FILE.xlsx"), _("Write the annual report’s tables to an XLSX workbook, a sheet per "
                                                  "table, laid out as the report prints them."), entries, NULL);
  if (!dk_cli_parse (context, "export", &argc, &argv))
    return DK_EXIT_USAGE;
  if (argc != 2)
    return dk_cli_usage_error ("export", argc < 2 ? _("No file given") : _("Too many arguments"));
  if (!g_str_has_suffix (argv[1], ".xlsx") && !g_str_has_suffix (argv[1], ".XLSX"))
    return dk_cli_usage_error ("export", _("“%s”: the file name must end in .xlsx"), argv[1]);
  if (as_of != NULL && !dk_date_check_iso (as_of, NULL, &error))
    return dk_cli_fail (error);

  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  options.region = region != NULL ? region : dk_cli_default_province (cli);
  options.year = year;
  options.pks_as_of = as_of;
  if (as_of != NULL)
    {
      if (!(ikd_dates = dk_ikd_list_dates (store, &error)) || !(m2m_dates = dk_m2m_list_dates (store, &error)))
        return dk_cli_fail (error);
      options.ikd_as_of = latest_until (ikd_dates, as_of);
      options.m2m_as_of = latest_until (m2m_dates, as_of);
      if (options.ikd_as_of == NULL || options.m2m_as_of == NULL)
        {
          g_set_error (&error, DK_ERROR, DK_ERROR_NOT_FOUND, _("There are no figures on or before %s"), as_of);
          return dk_cli_fail (error);
        }
    }
  /* the IKD map as a picture on the IKD sheet */
  if (!(map = dk_ikd_map_render_png (store, options.region, options.ikd_as_of, 900, 700, &error)))
    return dk_cli_fail (error);
  options.ikd_map = map;
  if (!dk_xlsx_export_report (store, argv[1], &options, NULL, NULL, NULL, &error))
    return dk_cli_fail (error);
  return DK_EXIT_OK;
}
