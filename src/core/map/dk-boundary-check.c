/* dk-boundary-check.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The boundaries against the region registry: a region at a level the maps draw without
 * a shape is left off every map; a shape without a region is never drawn.
 */
#define G_LOG_DOMAIN "dk-boundary"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-boundary.h"
#include "dk-finding.h"

/* The edition of the boundaries: Kepmendagri 300.2.2-2430 Tahun 2025. */
#define EDITION "2025"

static gboolean
check_level (DkBoundaries  *boundaries,
             DkStore       *store,
             DkRegionLevel  level,
             GHashTable    *registered,
             GPtrArray     *findings,
             GError       **error)
{
  g_autoptr(GPtrArray) regions = dk_region_list (store, "0", level, error);
  g_autoptr(GPtrArray) shapes = NULL;

  if (regions == NULL)
    return FALSE;
  for (guint i = 0; i < regions->len; i++)
    {
      const DkRegion *region = regions->pdata[i];

      g_hash_table_add (registered, g_strdup (region->kode));
      if (dk_boundaries_level_mapped (boundaries, region->kode) &&
          dk_boundaries_lookup (boundaries, region->kode) == NULL)
        /* Translators: a finding of the check: region name (code) */
        dk_findings_add (findings, _("Boundaries"), EDITION, region->kode, "",
                         _("%s (%s) has no boundary: the maps leave it out"), region->nama, region->kode);
    }
  shapes = dk_boundaries_list (boundaries, level);
  for (guint i = 0; i < shapes->len; i++)
    {
      const DkShape *shape = shapes->pdata[i];

      if (!g_hash_table_contains (registered, shape->kode))
        /* Translators: a finding of the check: region name (code) */
        dk_findings_add (findings, _("Boundaries"), EDITION, shape->kode, "",
                         _("the boundary of %s (%s) has no region in the registry: the maps never draw it"),
                         shape->nama, shape->kode);
    }
  return TRUE;
}

/**
 * dk_boundaries_check:
 *
 * Adds a finding for each province, kabupaten/kota or mapped kecamatan of the registry
 * without a shape, and for each shape of those levels without a region.
 */
gboolean
dk_boundaries_check (DkStore    *store,
                     GPtrArray  *findings,
                     GError    **error)
{
  g_autoptr(DkBoundaries) boundaries = dk_boundaries_new (error);
  g_autoptr(GHashTable) registered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  if (boundaries == NULL)
    return FALSE;
  for (DkRegionLevel level = DK_REGION_LEVEL_PROVINSI; level <= DK_REGION_LEVEL_KECAMATAN; level++)
    if (!check_level (boundaries, store, level, registered, findings, error))
      return FALSE;
  return TRUE;
}
