/* dk-cli-regions.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `regions`: the Kemendagri region registry, a level at a time, codes always as text.
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <glib/gi18n.h>

#include "dk-cli-private.h"
#include "dk-format.h"
#include "dk-region.h"

static const char *
level_title (DkRegionLevel level)
{
  switch (level)
    {
    case DK_REGION_LEVEL_PROVINSI:
      return C_("level", "provinsi");
    case DK_REGION_LEVEL_KABKOTA:
      return C_("level", "kabupaten/kota");
    case DK_REGION_LEVEL_KECAMATAN:
      return C_("level", "kecamatan");
    case DK_REGION_LEVEL_DESA:
      return C_("level", "desa/kelurahan");
    case DK_REGION_LEVEL_INVALID:
    default:
      return "";
    }
}

static void
print_csv (FILE      *out,
           GPtrArray *regions)
{
  g_autoptr(GString) line = g_string_new (NULL);

  fputs ("kode,nama,tingkat\n", out);
  for (guint i = 0; i < regions->len; i++)
    {
      DkRegion *r = g_ptr_array_index (regions, i);

      g_string_truncate (line, 0);
      dk_cli_csv_field (line, r->kode);
      dk_cli_csv_field (line, r->nama);
      dk_cli_csv_field (line, dk_region_level_to_string (r->level));
      g_string_append_c (line, '\n');
      fputs (line->str, out);
    }
}

static void
print_text (FILE      *out,
            GPtrArray *regions)
{
  g_autoptr(DkCliTable) t = dk_cli_table_new (4, "lllr");
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  /* Translators: column headings of the list of regions */
  dk_cli_table_add_row (t, C_("column", "Code"), C_("column", "Name"), C_("column", "Level"),
                        C_("column", "Population"), NULL);
  for (guint i = 0; i < regions->len; i++)
    {
      DkRegion *r = g_ptr_array_index (regions, i);
      g_autofree char *penduduk = r->penduduk >= 0 ? dk_format_int (&fmt, r->penduduk) : g_strdup ("");

      dk_cli_table_add_row (t, r->kode, r->nama, level_title (r->level), penduduk, NULL);
    }
  dk_cli_table_print (t, out);
}

int
dk_cli_regions (DkCli  *cli,
                int     argc,
                char  **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GPtrArray) regions = NULL;
  g_autofree char *level_name = NULL;
  g_autofree char *parent = NULL;
  g_autofree char *format = NULL;
  DkRegionLevel level = DK_REGION_LEVEL_INVALID;
  GError *error = NULL;
  DkStore *store;
  gboolean csv;
  GOptionEntry entries[] = {
    { "level", 0, 0, G_OPTION_ARG_STRING, &level_name,
      N_("The level listed: provinsi, kabkota, kecamatan or desa (default: the one under the parent)"), N_("LEVEL") },
    { "parent", 0, 0, G_OPTION_ARG_STRING, &parent,
      N_("List the regions under this one (default: the whole country, 0)"), N_("CODE") },
    { NULL }
  };

  context = dk_cli_context_new (NULL, _("List the Kemendagri regions: the provinces, or the regions of a "
                                        "level under a region, in code order, with their population "
                                        "where it is known (text format)."), entries, &format);
  if (!dk_cli_parse_no_args (context, "regions", &argc, &argv, &format, &csv))
    return DK_EXIT_USAGE;
  if (level_name != NULL && (level = dk_region_level_from_string (level_name)) == DK_REGION_LEVEL_INVALID)
    return dk_cli_usage_error ("regions", _("Unknown level “%s”: use provinsi, kabkota, kecamatan or desa"),
                               level_name);
  if (parent != NULL && !dk_region_is_country (parent) && dk_region_level_of_code (parent) == DK_REGION_LEVEL_INVALID)
    return dk_cli_usage_error ("regions", _("“%s” is not a region code such as 13 or 13.01"), parent);

  if (!(store = dk_cli_get_store (cli, &error)))
    return dk_cli_fail (error);
  if (parent != NULL && !dk_region_is_country (parent))
    {
      g_autoptr(DkRegion) region = dk_region_lookup (store, parent, &error);

      if (region == NULL)
        return dk_cli_fail (error);
      if (level != DK_REGION_LEVEL_INVALID && level <= region->level)
        return dk_cli_usage_error ("regions", _("%s is a %s: the regions under it are below that level"),
                                   parent, level_title (region->level));
    }
  if (!(regions = dk_region_list (store, parent, level, &error)))
    return dk_cli_fail (error);

  if (csv)
    print_csv (cli->out, regions);
  else
    print_text (cli->out, regions);
  return DK_EXIT_OK;
}
