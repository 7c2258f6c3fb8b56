/* test-region.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The region registry shipped with the application: every Kemendagri code of the country,
 * as in data/seed/wilayah.csv, with the population of data/seed/penduduk-dkb-2024s2.csv.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "dk-csv.h"
#include "dk-domains.h"
#include "dk-error.h"
#include "dk-region.h"
#include "dk-store.h"
#include "dk-test-util.h"

static DkStore *shared_store;   /* one fresh database for the read-only tests */
static char *shared_dir;

static GPtrArray *
read_seed (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "seed", name, NULL);
  g_autoptr(GBytes) bytes = dk_test_file_bytes (path);
  g_autoptr(GError) error = NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  GPtrArray *records = dk_csv_parse (data, len, ',', &error);

  g_assert_no_error (error);
  return records;
}

/* the first column of the first row of @sql on the database at @address, -1 for no row */
static gint64
query_path (const char *address,
            const char *sql)
{
  g_autofree char *text = dk_test_query_text (address, sql);

  return text[0] != '\0' ? g_ascii_strtoll (text, NULL, 10) : -1;
}

static gint64
query_int (DkStore    *store,
           const char *sql)
{
  g_autofree char *address = dk_test_store_address (store);

  return query_path (address, sql);
}

static void
exec_sql (const char *address,
          const char *sql)
{
  g_autofree char *message = dk_test_exec_sql (address, sql);

  g_assert_cmpstr (message, ==, NULL);
}

/* Every row of the file is in the store, as text, at its level, and nothing else is. */
static void
test_registry_matches_file (void)
{
  g_autoptr(GPtrArray) records = read_seed ("wilayah.csv");
  guint per_level[4] = { 0 };
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (records->len, ==, 91599 + 1);
  for (guint i = 1; i < records->len; i++)
    {
      DkCsvRecord *r = g_ptr_array_index (records, i);
      DkRegionLevel level = dk_region_level_from_string (r->fields[2]);

      g_assert_cmpint (level, !=, DK_REGION_LEVEL_INVALID);
      g_assert_cmpint (dk_region_level_of_code (r->fields[0]), ==, level);
      per_level[level]++;
    }
  /* the counts the source gives */
  g_assert_cmpuint (per_level[DK_REGION_LEVEL_PROVINSI], ==, 38);
  g_assert_cmpuint (per_level[DK_REGION_LEVEL_KABKOTA], ==, 514);
  g_assert_cmpuint (per_level[DK_REGION_LEVEL_KECAMATAN], ==, 7285);
  g_assert_cmpuint (per_level[DK_REGION_LEVEL_DESA], ==, 83762);

  /* the store holds the same per level, through the API and in SQL */
  for (DkRegionLevel level = DK_REGION_LEVEL_PROVINSI; level <= DK_REGION_LEVEL_DESA; level++)
    {
      g_autoptr(GPtrArray) list = dk_region_list (shared_store, "0", level, &error);
      g_autofree char *sql = g_strdup_printf ("SELECT count(*) FROM region WHERE tingkat = '%s'",
                                              dk_region_level_to_string (level));

      g_assert_no_error (error);
      g_assert_cmpuint (list->len, ==, per_level[level]);
      g_assert_cmpint (query_int (shared_store, sql), ==, per_level[level]);
    }
  g_assert_cmpint (query_int (shared_store, "SELECT count(*) FROM region"), ==, 91599);

  /* row for row: code, name, level, in the file's (code) order */
  {
    g_autoptr(GPtrArray) all = dk_region_list_descendants (shared_store, "", &error);

    g_assert_no_error (error);
    g_assert_cmpuint (all->len, ==, records->len - 1);
    for (guint i = 0; i < all->len; i++)
      {
        DkRegion *region = g_ptr_array_index (all, i);
        DkCsvRecord *r = g_ptr_array_index (records, i + 1);

        g_assert_cmpstr (region->kode, ==, r->fields[0]);
        g_assert_cmpstr (region->nama, ==, r->fields[1]);
        g_assert_cmpstr (dk_region_level_to_string (region->level), ==, r->fields[2]);
      }
  }
}

/* 11.10 is Aceh Singkil, never 11.1; 11.01 is not 11.1 either. */
static void
test_codes_stay_text (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkRegion) singkil = dk_region_lookup (shared_store, "11.10", &error);
  g_autoptr(DkRegion) aceh_selatan = NULL;
  g_autoptr(DkRegion) none = NULL;
  g_autoptr(GPtrArray) kab = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (singkil->nama, ==, "Kabupaten Aceh Singkil");
  g_assert_cmpint (singkil->level, ==, DK_REGION_LEVEL_KABKOTA);
  aceh_selatan = dk_region_lookup (shared_store, "11.01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (aceh_selatan->nama, ==, "Kabupaten Aceh Selatan");
  none = dk_region_lookup (shared_store, "11.1", &error);
  g_assert_null (none);
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_FOUND);
  g_clear_error (&error);

  if (dk_test_engine_is_pg ())
    g_assert_cmpint (query_int (shared_store, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'region' "
                                              "AND column_name IN ('kode', 'induk') AND data_type <> 'text'"),
                     ==, 0);
  else
    g_assert_cmpint (query_int (shared_store, "SELECT count(*) FROM region WHERE typeof (kode) <> 'text' "
                                              "OR typeof (induk) NOT IN ('text', 'null')"),
                     ==, 0);
  g_assert_cmpint (query_int (shared_store, "SELECT count(*) FROM region WHERE kode = '11.10' AND induk = '11'"), ==, 1);
  /* the code keeps its leading zero and its trailing zero in every list */
  kab = dk_region_list (shared_store, "11", DK_REGION_LEVEL_INVALID, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (kab->len, ==, 23);
  g_assert_cmpstr (((DkRegion *) g_ptr_array_index (kab, 9))->kode, ==, "11.10");
  /* names with commas and quotes survive the loader */
  {
    g_autoptr(DkRegion) lubuk = dk_region_lookup (shared_store, "12.07.28.1007", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (lubuk->nama, ==, "Lubuk Pakam I,II");
  }
  /* the few names beyond ASCII */
  {
    g_autoptr(DkRegion) regapu = dk_region_lookup (shared_store, "53.07.01.2021", &error);

    g_assert_no_error (error);
    g_assert_cmpstr (regapu->nama, ==, "Regapu\u2019u");
  }
}

/* Each region's parent is its code less the last part, and is in the registry. */
static void
test_parents_resolve (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (query_int (shared_store,
                              "SELECT count(*) FROM region c LEFT JOIN region p ON p.kode = c.induk "
                              "WHERE c.induk IS NOT NULL AND (p.kode IS NULL OR "
                              "  c.kode NOT LIKE p.kode || '.%' OR substr (c.kode, length (p.kode) + 2) LIKE '%.%')"),
                   ==, 0);
  g_assert_cmpint (query_int (shared_store, "SELECT count(*) FROM region WHERE (tingkat = 'provinsi') <> (induk IS NULL)"),
                   ==, 0);
  /* every level's parent is of the level above */
  g_assert_cmpint (query_int (shared_store,
                              "SELECT count(*) FROM region c JOIN region p ON p.kode = c.induk WHERE NOT "
                              "((c.tingkat = 'kabkota' AND p.tingkat = 'provinsi') OR "
                              " (c.tingkat = 'kecamatan' AND p.tingkat = 'kabkota') OR "
                              " (c.tingkat = 'desa' AND p.tingkat = 'kecamatan'))"), ==, 0);

  /* Sumatera Barat as the report knows it */
  {
    g_autoptr(GPtrArray) kab = dk_region_list_children (shared_store, "13", &error);
    g_autoptr(GPtrArray) desa = dk_region_list (shared_store, "13", DK_REGION_LEVEL_DESA, &error);
    g_autoptr(GPtrArray) padang = dk_region_list (shared_store, "13.71", DK_REGION_LEVEL_INVALID, &error);
    g_autoptr(GPtrArray) none = dk_region_list (shared_store, "13.71.01.1001", DK_REGION_LEVEL_INVALID, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (kab->len, ==, 19);
    g_assert_cmpuint (desa->len, ==, query_int (shared_store, "SELECT count(*) FROM region WHERE tingkat = 'desa' AND kode LIKE '13.%'"));
    g_assert_cmpuint (padang->len, ==, 11);   /* Kota Padang's kecamatan */
    g_assert_cmpstr (((DkRegion *) g_ptr_array_index (padang, 0))->nama, ==, "Padang Selatan");
    g_assert_cmpuint (none->len, ==, 0);
    for (guint i = 0; i < desa->len; i++)
      {
        DkRegion *r = g_ptr_array_index (desa, i);
        g_autofree char *kec = dk_region_parent_code (r->kode);
        g_autofree char *kab_code = dk_region_parent_code (kec);
        g_autofree char *prov = dk_region_parent_code (kab_code);

        g_assert_cmpint (r->level, ==, DK_REGION_LEVEL_DESA);
        g_assert_cmpstr (prov, ==, "13");
      }
  }
}

/* Kabupaten/kota add up to their province, provinces to the country. */
static void
test_population_sums (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) provinces = dk_region_list (shared_store, NULL, DK_REGION_LEVEL_PROVINSI, &error);
  g_autoptr(GPtrArray) records = read_seed ("penduduk-dkb-2024s2.csv");
  DkPopulation indonesia, sumbar, padang;
  gint64 sum_provinces = 0;

  g_assert_no_error (error);
  g_assert_true (dk_region_get_population (shared_store, "0", &indonesia, &error));
  g_assert_no_error (error);
  g_assert_cmpint (indonesia.total, ==, 284973643);
  g_assert_cmpint (indonesia.laki_laki + indonesia.perempuan, ==, indonesia.total);
  g_assert_cmpstr (indonesia.as_of, ==, "2024-12-31");
  g_assert_true (dk_region_get_population (shared_store, "13", &sumbar, &error));
  g_assert_cmpint (sumbar.total, ==, 5820359);
  g_assert_true (dk_region_get_population (shared_store, "13.71", &padang, &error));
  g_assert_cmpint (padang.total, >, 900000);

  g_assert_cmpuint (provinces->len, ==, 38);
  for (guint i = 0; i < provinces->len; i++)
    {
      DkRegion *p = g_ptr_array_index (provinces, i);
      g_autoptr(GPtrArray) kab = dk_region_list (shared_store, p->kode, DK_REGION_LEVEL_KABKOTA, &error);
      gint64 sum_kab = 0;

      g_assert_no_error (error);
      g_assert_cmpint (p->penduduk, >, 0);
      for (guint k = 0; k < kab->len; k++)
        {
          DkRegion *r = g_ptr_array_index (kab, k);

          g_assert_cmpint (r->penduduk, >, 0);
          sum_kab += r->penduduk;
        }
      g_assert_cmpint (sum_kab, ==, p->penduduk);
      sum_provinces += p->penduduk;
    }
  g_assert_cmpint (sum_provinces, ==, indonesia.total);
  /* every line of the file is in the store; below kabupaten/kota nothing is known */
  g_assert_cmpint (query_int (shared_store, "SELECT count(*) FROM penduduk"), ==, records->len - 1);
  {
    g_autoptr(GPtrArray) kec = dk_region_list (shared_store, "13.71", DK_REGION_LEVEL_KECAMATAN, &error);
    DkPopulation none;

    g_assert_cmpint (((DkRegion *) g_ptr_array_index (kec, 0))->penduduk, ==, -1);
    g_assert_false (dk_region_get_population (shared_store, "13.71.01", &none, &error));
    g_assert_error (error, DK_ERROR, DK_ERROR_NOT_FOUND);
  }
}

/* A database of schema 4 (Sumatera Barat's 20 regions) gains the rest of the country:
 * its rows, its figures and a region the registry does not know are kept, and a name
 * that differs from the official one takes the official one. */
static void
test_migrates_4_to_6 (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = dk_test_db_address (dir, "old.db");
  g_autoptr(GError) error = NULL;
  g_autoptr(DkRegion) pesisir = NULL;
  g_autoptr(DkRegion) extra = NULL;
  DkStore *store;

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_object_unref (store);
  dk_test_undo_schema_8 (path);
  exec_sql (path, "DROP TABLE penduduk; "
                  "DROP TABLE blangko_distribusi; DROP TABLE blangko_rencana; DROP TABLE blangko_terima; "
                  "DROP TABLE blangko_harian; DROP TABLE blangko_penggunaan; DROP TABLE blangko_penandatangan; "
                  "DROP TABLE ktp_el_cakupan; "
                  "DROP TABLE pks_langkah; DROP TABLE pks_akses; DROP TABLE pks_perpanjangan; "
                  "DROP TABLE pks_perjanjian; DROP TABLE pks_lembaga; DROP TABLE pks_libur; "
                  "DELETE FROM region WHERE kode <> '13' AND kode NOT LIKE '13.__'; "
                  "INSERT INTO region VALUES ('13.01.99', 'Kecamatan Uji', 'kecamatan', '13.01'); "
                  "UPDATE region SET nama = 'Kab. Pesisir Selatan' WHERE kode = '13.01'; "
                  "UPDATE ikd_value SET jumlah_ikd = 11111 WHERE kode = '13.01';");
  /* the schema version: the file's header, or the server's table (and there schema 6's
   * trigger function, which dropping penduduk leaves behind) */
  exec_sql (path, dk_test_engine_is_pg () ? "DROP FUNCTION penduduk_region (); UPDATE dk_schema SET versi = 4"
                                          : "PRAGMA user_version = 4");
  g_assert_cmpint (query_path (path, "SELECT count(*) FROM region"), ==, 21);

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dk_store_get_schema_version (store), ==, dk_store_get_latest_version ());
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM region"), ==, 91599 + 1);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM penduduk WHERE kode = '13'"), ==, 1);
  pesisir = dk_region_lookup (store, "13.01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (pesisir->nama, ==, "Kabupaten Pesisir Selatan");
  extra = dk_region_lookup (store, "13.01.99", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (extra->nama, ==, "Kecamatan Uji");
  g_assert_cmpint (query_int (store, "SELECT jumlah_ikd FROM ikd_value WHERE kode = '13.01'"), ==, 11111);
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM region WHERE induk = '13.01'"), ==,
                   query_int (store, "SELECT count(*) FROM region WHERE kode LIKE '13.01.__'"));
  /* the CHECKs left out while loading hold all the same */
  g_assert_cmpint (query_int (store, "SELECT count(*) FROM region WHERE tingkat NOT IN ('provinsi', 'kabkota', "
                                     "'kecamatan', 'desa') OR (tingkat = 'provinsi') <> (induk IS NULL)"), ==, 0);
  if (dk_test_engine_is_pg ())
    {
      /* the server checks its foreign keys as the rows come; penduduk's codes by a trigger */
      g_assert_cmpint (query_int (store, "SELECT count(*) FROM penduduk d WHERE d.kode <> '0' AND NOT EXISTS "
                                         "(SELECT 1 FROM region r WHERE r.kode = d.kode)"),
                       ==, 0);
      g_assert_cmpint (query_int (store, "SELECT count(*) FROM pg_indexes WHERE indexname = 'region_induk'"), ==, 1);
    }
  else
    {
      g_assert_cmpint (query_int (store, "SELECT count(*) FROM pragma_foreign_key_check"), ==, 0);
      g_assert_cmpint (query_int (store, "SELECT count(*) FROM sqlite_schema WHERE name = 'region_induk'"), ==, 1);
    }
  g_object_unref (store);
  dk_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  int status;

  g_test_init (&argc, &argv, NULL);
  shared_dir = dk_test_make_tmpdir ();
  {
    gint64 t0 = g_get_monotonic_time ();

    shared_store = dk_test_fresh_store (shared_dir);
    g_test_message ("a new database with the registry: %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
  }
  g_test_add_func ("/dk/region/registry-matches-file", test_registry_matches_file);
  g_test_add_func ("/dk/region/codes-stay-text", test_codes_stay_text);
  g_test_add_func ("/dk/region/parents-resolve", test_parents_resolve);
  g_test_add_func ("/dk/region/population-sums", test_population_sums);
  g_test_add_func ("/dk/region/migrates-4-to-6", test_migrates_4_to_6);
  status = g_test_run ();
  g_clear_object (&shared_store);
  dk_test_rm_rf (shared_dir);
  g_free (shared_dir);
  return status;
}
