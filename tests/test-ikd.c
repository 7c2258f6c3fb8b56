/* test-ikd.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dk-error.h"
#include "dk-format.h"
#include "dk-ikd.h"
#include "dk-test-util.h"

/* The table of LAPORAN TAHUNAN 2025, BAB II B.3.h, as printed. */
static const struct
{
  const char *kode;
  const char *wilayah;
  gint64      rekam;
  gint64      ikd;
  const char *persen;
} report[] = {
  { "13", "SUMATERA BARAT", 4186046, 499435, "11.93" },
  { "13.01", "PESISIR SELATAN", 384386, 10952, "2.85" },
  { "13.02", "SOLOK", 295761, 16221, "5.48" },
  { "13.03", "SIJUNJUNG", 175045, 6592, "3.77" },
  { "13.04", "TANAH DATAR", 286763, 18384, "6.41" },
  { "13.05", "PADANG PARIAMAN", 327664, 42485, "12.97" },
  { "13.06", "AGAM", 388456, 26482, "6.82" },
  { "13.07", "LIMA PULUH KOTA", 298960, 20041, "6.70" },
  { "13.08", "PASAMAN", 220909, 17124, "7.75" },
  { "13.09", "KEPULAUAN MENTAWAI", 67812, 2615, "3.86" },
  { "13.10", "DHARMASRAYA", 172233, 10097, "5.86" },
  { "13.11", "SOLOK SELATAN", 127427, 8460, "6.64" },
  { "13.12", "PASAMAN BARAT", 311392, 18886, "6.07" },
  { "13.71", "KOTA PADANG", 690061, 233486, "33.84" },
  { "13.72", "KOTA SOLOK", 60057, 12474, "20.77" },
  { "13.73", "KOTA SAWAHLUNTO", 50235, 6154, "12.25" },
  { "13.74", "KOTA PADANG PANJANG", 45658, 16433, "35.99" },
  { "13.75", "KOTA BUKITTINGGI", 100751, 11901, "11.81" },
  { "13.76", "KOTA PAYAKUMBUH", 107615, 10263, "9.54" },
  { "13.77", "KOTA PARIAMAN", 74861, 10385, "13.87" },
};

static void
check_row (DkIkdRow *row,
           guint     i)
{
  DkNumberFormat plain;
  g_autofree char *persen = NULL;

  dk_number_format_init_plain (&plain);
  persen = dk_format_fixed (&plain, dk_ikd_row_get_persen_bp (row));
  g_assert_cmpstr (dk_ikd_row_get_kode (row), ==, report[i].kode);
  g_assert_cmpstr (dk_ikd_row_get_wilayah (row), ==, report[i].wilayah);
  g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (row), ==, report[i].rekam);
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (row), ==, report[i].ikd);
  g_assert_cmpstr (persen, ==, report[i].persen);
  g_assert_cmpuint (dk_ikd_row_get_number (row), ==, i);
}

static void
test_report_table (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = dk_ikd_table_load (store, "13", NULL, &error);
  GListModel *rows;
  DkIkdRow *stated;

  g_assert_no_error (error);
  g_assert_cmpstr (dk_ikd_table_get_as_of (table), ==, "2025-12-31");
  g_assert_cmpint (dk_ikd_table_get_target_bp (table), ==, 3000);

  rows = dk_ikd_table_get_rows (table);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 19);
  check_row (dk_ikd_table_get_total (table), 0);
  for (guint i = 0; i < 19; i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      check_row (row, i + 1);
    }

  /* the source's own province row agrees with the sum */
  stated = dk_ikd_table_get_stated (table);
  g_assert_nonnull (stated);
  g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (stated), ==, 4186046);
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (stated), ==, 499435);

  /* Kota Padang and Kota Padang Panjang meet the 30 % target */
  g_assert_cmpuint (dk_ikd_table_get_n_met (table), ==, 2);
  g_assert_cmpint (dk_ikd_row_get_kekurangan (dk_ikd_table_get_total (table)), ==, 756379);
  dk_test_rm_rf (dir);
}

static void
test_shortfall_boundary (void)
{
  static const struct
  {
    gint64 rekam, ikd;
    int    target_bp;
    gint64 shortfall;
  } cases[] = {
    { 1000, 300, 3000, 0 },     /* exactly 30 % */
    { 1000, 299, 3000, 1 },     /* one activation short */
    { 1000, 301, 3000, 0 },
    { 1001, 300, 3000, 1 },     /* 30 % of 1001 is 300.3: 301 are needed */
    { 1001, 301, 3000, 0 },
    { 3, 0, 3000, 1 },
    { 0, 0, 3000, 0 },          /* nothing recorded, nothing needed */
    { 690061, 233486, 3000, 0 },
    { 384386, 10952, 3000, 104364 },
    { 4186046, 499435, 3000, 756379 },
    { 100, 0, 10000, 100 },
    { 200000000, 0, 3000, 60000000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DkIkdRow) row = dk_ikd_row_new (1, "13.01", "X", cases[i].rekam, cases[i].ikd, cases[i].target_bp);

      g_assert_cmpint (dk_ikd_shortfall (cases[i].ikd, cases[i].rekam, cases[i].target_bp), ==, cases[i].shortfall);
      g_assert_cmpint (dk_ikd_row_get_kekurangan (row), ==, cases[i].shortfall);
      g_assert_true (dk_ikd_row_get_target_met (row) == (cases[i].shortfall == 0 && cases[i].rekam > 0));
    }
}

static void
test_percent_rounding (void)
{
  g_assert_cmpint (dk_ikd_percent_bp (1, 8), ==, 1250);
  g_assert_cmpint (dk_ikd_percent_bp (1, 3), ==, 3333);
  g_assert_cmpint (dk_ikd_percent_bp (2, 3), ==, 6667);       /* 66.666… rounds up */
  g_assert_cmpint (dk_ikd_percent_bp (1, 20000), ==, 1);      /* 0.005 % rounds half up */
  g_assert_cmpint (dk_ikd_percent_bp (1, 20001), ==, 0);
  g_assert_cmpint (dk_ikd_percent_bp (5, 0), ==, 0);
  g_assert_cmpint (dk_ikd_percent_bp (7, 7), ==, 10000);
}

static void
test_stated_total_kept_apart (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  DkIkdInput rows[] = {
    { "13", 1000, 500, -1 },         /* stated, and wrong */
    { "13.01", 600, 100, -1 },
    { "13.02", 300, 150, -1 },
  };

  g_assert_true (dk_ikd_replace_values (store, "2026-03-31", "13", "test", rows, G_N_ELEMENTS (rows), &error));
  g_assert_no_error (error);
  table = dk_ikd_table_load (store, "13", "2026-03-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_total (table)), ==, 900);
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_total (table)), ==, 250);
  g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_stated (table)), ==, 1000);
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_stated (table)), ==, 500);
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_table_get_rows (table)), ==, 2);

  /* the 2025 snapshot is untouched, and the latest is now 2026 */
  g_clear_object (&table);
  table = dk_ikd_table_load (store, "13", NULL, &error);
  g_assert_cmpstr (dk_ikd_table_get_as_of (table), ==, "2026-03-31");
  g_clear_object (&table);
  table = dk_ikd_table_load (store, "13", "2025-12-31", &error);
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_table_get_rows (table)), ==, 19);
  dk_test_rm_rf (dir);
}

static void
test_rollup_from_lower_levels (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  /* 13.01 comes as a stated total and two rows that are not in the region registry of
   * schema 1: the insert must fail as a whole. */
  DkIkdInput bad[] = {
    { "13.01", 10, 5, -1 },
    { "13.01.99", 1, 1, -1 },
  };

  g_assert_false (dk_ikd_replace_values (store, "2025-12-31", "13", "test", bad, G_N_ELEMENTS (bad), &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_DATABASE);
  g_clear_error (&error);

  /* nothing changed */
  table = dk_ikd_table_load (store, "13", "2025-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_table_get_rows (table)), ==, 19);
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_total (table)), ==, 499435);
  dk_test_rm_rf (dir);
}

static void
test_invalid_input (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  DkIkdInput outside[] = { { "14.01", 10, 5, -1 } };
  DkIkdInput negative[] = { { "13.01", -10, 5, -1 } };

  g_assert_false (dk_ikd_replace_values (store, "2025-12-31", "13", NULL, outside, 1, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dk_ikd_replace_values (store, "2025-12-31", "13", NULL, negative, 1, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dk_ikd_replace_values (store, "2025-02-30", "13", NULL, negative, 0, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);

  table = dk_ikd_table_load (store, "13", "2025-13-01", &error);
  g_assert_null (table);
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  table = dk_ikd_table_load (store, "13", "2024-12-31", &error);
  g_assert_null (table);
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_FOUND);
  g_clear_error (&error);
  table = dk_ikd_table_load (store, "99", NULL, &error);
  g_assert_null (table);
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_FOUND);
  dk_test_rm_rf (dir);
}

static void
test_trend_and_dates (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) points = NULL;
  g_auto(GStrv) dates = NULL;
  DkIkdInput mid[] = {
    { "13.01", 380000, 5000, -1 },
    { "13.71", 680000, 200000, -1 },
  };

  g_assert_true (dk_ikd_replace_values (store, "2025-06-30", "13", NULL, mid, G_N_ELEMENTS (mid), &error));
  dates = dk_ikd_list_dates (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (dates), ==, 2);
  g_assert_cmpstr (dates[0], ==, "2025-06-30");
  g_assert_cmpstr (dates[1], ==, "2025-12-31");

  points = dk_ikd_trend (store, "13", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (points->len, ==, 2);
  g_assert_cmpstr (g_array_index (points, DkIkdPoint, 0).as_of, ==, "2025-06-30");
  g_assert_cmpint (g_array_index (points, DkIkdPoint, 0).rekam_dinamis, ==, 1060000);
  g_assert_cmpint (g_array_index (points, DkIkdPoint, 0).jumlah_ikd, ==, 205000);
  g_assert_cmpint (g_array_index (points, DkIkdPoint, 1).jumlah_ikd, ==, 499435);
  g_assert_cmpint (g_array_index (points, DkIkdPoint, 1).target_bp, ==, 3000);
  dk_test_rm_rf (dir);
}

static void
test_target_per_year (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (dk_ikd_get_target_bp (store, 2024), ==, 3000);
  g_assert_cmpint (dk_ikd_get_target_bp (store, 2026), ==, 3000);
  g_assert_true (dk_ikd_set_target_bp (store, 2027, 3500, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dk_ikd_get_target_bp (store, 2026), ==, 3000);
  g_assert_cmpint (dk_ikd_get_target_bp (store, 2027), ==, 3500);
  g_assert_cmpint (dk_ikd_get_target_bp (store, 2031), ==, 3500);
  g_assert_cmpint (dk_ikd_get_target_bp (store, 2020), ==, 3000);
  g_assert_false (dk_ikd_set_target_bp (store, 2027, 0, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dk_ikd_set_target_bp (store, 2027, 10001, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_assert_cmpint (dk_ikd_get_target_bp (store, 2027), ==, 3500);
  dk_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dk/ikd/report-table", test_report_table);
  g_test_add_func ("/dk/ikd/shortfall-boundary", test_shortfall_boundary);
  g_test_add_func ("/dk/ikd/percent-rounding", test_percent_rounding);
  g_test_add_func ("/dk/ikd/stated-total-kept-apart", test_stated_total_kept_apart);
  g_test_add_func ("/dk/ikd/failed-write-changes-nothing", test_rollup_from_lower_levels);
  g_test_add_func ("/dk/ikd/invalid-input", test_invalid_input);
  g_test_add_func ("/dk/ikd/trend-and-dates", test_trend_and_dates);
  g_test_add_func ("/dk/ikd/target-per-year", test_target_per_year);
  return g_test_run ();
}
