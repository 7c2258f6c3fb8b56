/* dk-region.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dk-store.h"

G_BEGIN_DECLS

/**
 * DkRegionLevel:
 *
 * The administrative levels of a Kemendagri region code, told by its number of parts:
 * `13` provinsi, `13.01` kabupaten/kota, `13.01.01` kecamatan, `13.01.01.2001` desa/kelurahan.
 */
typedef enum
{
  DK_REGION_LEVEL_INVALID = -1,
  DK_REGION_LEVEL_PROVINSI,
  DK_REGION_LEVEL_KABKOTA,
  DK_REGION_LEVEL_KECAMATAN,
  DK_REGION_LEVEL_DESA,
} DkRegionLevel;

const char    *dk_region_level_to_string   (DkRegionLevel  level);
DkRegionLevel  dk_region_level_from_string (const char    *str);
DkRegionLevel  dk_region_level_of_code     (const char    *kode);
char          *dk_region_parent_code       (const char    *kode);
char          *dk_region_report_name       (const char    *nama,
                                            DkRegionLevel  level);

/**
 * DkRegion:
 * @kode: its code
 * @nama: its official name ("Kabupaten Pesisir Selatan")
 * @wilayah: its name as reports print it ("PESISIR SELATAN")
 * @level: its level
 * @penduduk: its latest known population, or -1 (filled by dk_region_list() only)
 */
typedef struct
{
  char          *kode;
  char          *nama;
  char          *wilayah;
  DkRegionLevel  level;
  gint64         penduduk;
} DkRegion;

/* The home province when none was chosen: Sumatera Barat. */
#define DK_REGION_DEFAULT_HOME "13"

/* The date of the population figures shipped: Data Kependudukan Semester II 2024. */
#define DK_POPULATION_DKB_2024S2_AS_OF "2024-12-31"

/**
 * DkPopulation:
 * @as_of: the figures' date, YYYY-MM-DD
 * @laki_laki: men
 * @perempuan: women
 * @total: everyone
 */
typedef struct
{
  char   as_of[11];
  gint64 laki_laki;
  gint64 perempuan;
  gint64 total;
} DkPopulation;

void       dk_region_free          (DkRegion    *region);
GPtrArray *dk_region_list_children (DkStore     *store,
                                    const char  *parent,
                                    GError     **error);
GPtrArray *dk_region_list_descendants (DkStore  *store,
                                       const char *parent,
                                       GError  **error);
GPtrArray *dk_region_list          (DkStore        *store,
                                    const char     *parent,
                                    DkRegionLevel   level,
                                    GError        **error);
gboolean   dk_region_is_country    (const char     *kode);
gboolean   dk_region_get_population (DkStore      *store,
                                     const char   *kode,
                                     DkPopulation *population,
                                     GError      **error);
DkRegion  *dk_region_lookup        (DkStore     *store,
                                    const char  *kode,
                                    GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkRegion, dk_region_free)

G_END_DECLS
