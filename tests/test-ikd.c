/* test-ikd.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dk-check.h"
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

/* The figures of the regions with none under them (in the generated data only desa have
 * figures), read by plain SQL: the roll-up's reference, computed another way. */
typedef struct
{
  char  *per;
  char  *kode;
  gint64 value[2]; /* rekam_dinamis, jumlah_ikd */
} LeafFigure;

static void
leaf_figure_clear (gpointer data)
{
  LeafFigure *f = data;

  g_free (f->per);
  g_free (f->kode);
}

static GArray *
leaf_figures (DkStore *store)
{
  static const char *query = "SELECT CAST (s.per AS TEXT), v.kode, v.rekam_dinamis, v.jumlah_ikd "
                             "FROM ikd_value v JOIN ikd_snapshot s ON s.id = v.snapshot_id ORDER BY 1, 2";
  g_autofree char *address = dk_test_store_address (store);
  g_autofree char *dump = dk_test_dump_queries (address, &query, 1);
  GArray *figures = g_array_new (FALSE, FALSE, sizeof (LeafFigure));

  g_array_set_clear_func (figures, leaf_figure_clear);
  /* the lines found by hand: splitting 3 MB with strstr at every line is quadratic under
   * AddressSanitizer's strict string checks */
  for (char *line = dump, *next; *line != '\0'; line = next)
    {
      g_auto(GStrv) fields = NULL;
      LeafFigure f;

      for (next = line; *next != '\0' && *next != '\n'; next++)
        ;
      if (*next == '\n')
        *next++ = '\0';
      fields = g_strsplit (line, "|", -1);
      if (g_strv_length (fields) < 4)
        continue;
      /* in code order, the regions under one come right after it */
      if (figures->len > 0)
        {
          LeafFigure *last = &g_array_index (figures, LeafFigure, figures->len - 1);

          if (g_str_equal (last->per, fields[0]) && g_str_has_prefix (fields[1], last->kode) &&
              fields[1][strlen (last->kode)] == '.')
            g_array_set_size (figures, figures->len - 1);
        }
      f.per = g_strdup (fields[0]);
      f.kode = g_strdup (fields[1]);
      f.value[0] = g_ascii_strtoll (fields[2], NULL, 10);
      f.value[1] = g_ascii_strtoll (fields[3], NULL, 10);
      g_array_append_val (figures, f);
    }
  return figures;
}

/* sum (column) of @figures dated @as_of whose code is @prefix or under it: the figures are
 * in (date, code) order, so those are one run, found by a binary search */
static gint64
figures_sum (GArray     *figures,
             const char *column,
             const char *as_of,
             const char *prefix)
{
  /* the codes from @prefix to @prefix/ are it and what is under it ('/' follows '.') */
  g_autofree char *end = *prefix ? g_strconcat (prefix, "/", NULL) : g_strdup ("~");
  int c = g_str_equal (column, "rekam_dinamis") ? 0 : 1;
  guint lo = 0, hi = figures->len;
  gint64 sum = 0;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      LeafFigure *f = &g_array_index (figures, LeafFigure, mid);
      int by_date = strcmp (f->per, as_of);

      if (by_date < 0 || (by_date == 0 && strcmp (f->kode, prefix) < 0))
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < figures->len; i++)
    {
      LeafFigure *f = &g_array_index (figures, LeafFigure, i);

      if (!g_str_equal (f->per, as_of) || strcmp (f->kode, end) >= 0)
        break;
      sum += f->value[c];
    }
  return sum;
}

static gint64
sql_sum (DkStore    *store,
         const char *column,
         const char *as_of,
         const char *prefix)
{
  g_autoptr(GArray) figures = leaf_figures (store);

  return figures_sum (figures, column, as_of, prefix);
}

static void
assert_rows_sum (DkStore    *store,
                 DkIkdTable *table,
                 const char *as_of)
{
  GListModel *rows = dk_ikd_table_get_rows (table);
  g_autoptr(GArray) figures = leaf_figures (store);
  gint64 rekam = 0, ikd = 0;

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (row), ==, figures_sum (figures, "rekam_dinamis", as_of, dk_ikd_row_get_kode (row)));
      g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (row), ==, figures_sum (figures, "jumlah_ikd", as_of, dk_ikd_row_get_kode (row)));
      g_assert_cmpuint (dk_ikd_row_get_number (row), ==, i + 1);
      rekam += dk_ikd_row_get_rekam_dinamis (row);
      ikd += dk_ikd_row_get_jumlah_ikd (row);
    }
  g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_total (table)), ==, rekam);
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_total (table)), ==, ikd);
}

/* Figures of every desa of the country, rolled up desa → kecamatan → kabupaten/kota →
 * provinsi → Indonesia, at each level and a level at a time; a source's stated
 * kabupaten/kota total compared with its desa; a region whose figures stop higher. */
static void
test_national_rollup (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) indonesia = NULL;
  g_autoptr(DkIkdTable) sumbar = NULL;
  g_autoptr(DkIkdTable) padang = NULL;
  g_autoptr(DkIkdTable) kecamatan = NULL;
  g_autoptr(DkIkdTable) villages = NULL;
  g_autoptr(DkIkdTable) kab_level = NULL;
  g_autoptr(DkIkdTable) desa_table = NULL;
  gint64 t0;

  t0 = g_get_monotonic_time ();
  g_assert_cmpuint (dk_test_fill_national_ikd (store, "2026-06-30", 7), ==, 83762);
  g_test_message ("83,762 desa written in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);

  t0 = g_get_monotonic_time ();
  indonesia = dk_ikd_table_load (store, "0", "2026-06-30", &error);
  g_test_message ("the national table (38 provinces from 83,762 desa) in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_table_get_rows (indonesia)), ==, 38);
  g_assert_cmpstr (dk_ikd_row_get_wilayah (dk_ikd_table_get_total (indonesia)), ==, "INDONESIA");
  g_assert_cmpstr (dk_ikd_table_get_parent (indonesia), ==, "");
  g_assert_cmpint (dk_ikd_table_get_level (indonesia), ==, DK_REGION_LEVEL_PROVINSI);
  g_assert_null (dk_ikd_table_get_stated (indonesia));
  g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_total (indonesia)), ==,
                   sql_sum (store, "rekam_dinamis", "2026-06-30", ""));
  assert_rows_sum (store, indonesia, "2026-06-30");
  {
    g_autoptr(DkIkdRow) aceh = g_list_model_get_item (dk_ikd_table_get_rows (indonesia), 0);

    g_assert_cmpstr (dk_ikd_row_get_kode (aceh), ==, "11");
    g_assert_cmpstr (dk_ikd_row_get_wilayah (aceh), ==, "ACEH");
    g_assert_cmpuint (dk_ikd_row_get_n_parts (aceh), >, 6000);
  }

  sumbar = dk_ikd_table_load (store, "13", "2026-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_table_get_rows (sumbar)), ==, 19);
  assert_rows_sum (store, sumbar, "2026-06-30");

  padang = dk_ikd_table_load (store, "13.71", "2026-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_table_get_rows (padang)), ==, 11);
  g_assert_cmpint (dk_ikd_table_get_level (padang), ==, DK_REGION_LEVEL_KECAMATAN);
  assert_rows_sum (store, padang, "2026-06-30");

  kecamatan = dk_ikd_table_load (store, "13.71.01", "2026-06-30", &error);
  g_assert_no_error (error);
  assert_rows_sum (store, kecamatan, "2026-06-30");
  {
    g_autoptr(DkIkdRow) first = g_list_model_get_item (dk_ikd_table_get_rows (kecamatan), 0);

    g_assert_cmpstr (dk_ikd_row_get_kode (first), ==, "13.71.01.1001");
    g_assert_cmpuint (dk_ikd_row_get_n_parts (first), ==, 0);   /* its own figures */
    /* and a desa has no parts to show */
    villages = dk_ikd_table_load (store, "13.71.01.1001", "2026-06-30", &error);
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_table_get_rows (villages)), ==, 0);
    g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_stated (villages)), ==,
                     dk_ikd_row_get_rekam_dinamis (first));
  }

  /* a level at a time for the whole country */
  kab_level = dk_ikd_table_load_level (store, "", DK_REGION_LEVEL_KABKOTA, "2026-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_table_get_rows (kab_level)), ==, 514);
  t0 = g_get_monotonic_time ();
  desa_table = dk_ikd_table_load_level (store, "0", DK_REGION_LEVEL_DESA, "2026-06-30", &error);
  g_test_message ("the table of 83,762 desa in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_table_get_rows (desa_table)), ==, 83762);
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_total (desa_table)), ==,
                   dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_total (indonesia)));
  {
    g_autoptr(GPtrArray) findings = NULL;

    t0 = g_get_monotonic_time ();
    findings = dk_check_run (store, &error);
    g_test_message ("check of 83,762 desa in %.0f ms", (g_get_monotonic_time () - t0) / 1000.0);
    g_assert_no_error (error);
    for (guint i = 0; i < findings->len; i++)
      g_assert_false (g_str_equal (((DkFinding *) g_ptr_array_index (findings, i))->ref, "2026-06-30"));
  }

  /* Kota Padang's total as a source states it: kept apart, compared, not summed */
  {
    g_autoptr(DkIkdTable) again = NULL;
    g_autoptr(DkIkdTable) sumbar2 = NULL;
    g_autoptr(GPtrArray) findings = NULL;
    guint n_padang = 0;

    /* written beside the desa, as an import of the kabupaten/kota table would keep it */
    {
      g_autofree char *address = dk_test_store_address (store);
      g_autofree char *message = NULL;

      message = dk_test_exec_sql (address,
                                  "INSERT INTO ikd_value (snapshot_id, kode, rekam_dinamis, jumlah_ikd) "
                                  "SELECT s.id, '13.71', sum (v.rekam_dinamis), sum (v.jumlah_ikd) + 5 "
                                  "FROM ikd_snapshot s JOIN ikd_value v ON v.snapshot_id = s.id "
                                  "WHERE s.per = '2026-06-30' AND v.kode > '13.71.' AND v.kode < '13.71/' "
                                  "GROUP BY s.id");
      g_assert_null (message);
    }
    again = dk_ikd_table_load (store, "13.71", "2026-06-30", &error);
    g_assert_no_error (error);
    g_assert_nonnull (dk_ikd_table_get_stated (again));
    g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_stated (again)), ==,
                     dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_total (again)) + 5);
    /* the province sums the desa, not Kota Padang's stated figure */
    sumbar2 = dk_ikd_table_load (store, "13", "2026-06-30", &error);
    assert_rows_sum (store, sumbar2, "2026-06-30");
    findings = dk_check_run (store, &error);
    g_assert_no_error (error);
    for (guint i = 0; i < findings->len; i++)
      {
        DkFinding *f = g_ptr_array_index (findings, i);

        if (g_str_equal (f->ref, "2026-06-30"))
          {
            g_assert_cmpstr (f->kode, ==, "13.71");
            g_assert_nonnull (strstr (f->message, "KOTA PADANG (13.71), IKD: the source states"));
            n_padang++;
          }
      }
    g_assert_cmpuint (n_padang, ==, 1);
  }

  /* a region whose figures stop at the kabupaten/kota: its own in the province's table,
   * no row of it among the desa, in the country's total all the same */
  {
    DkIkdInput mentawai = { "13.09", 70000, 7000, -1 };
    g_autoptr(DkIkdTable) sumbar3 = NULL;
    g_autoptr(DkIkdTable) desa13 = NULL;
    g_autoptr(DkIkdRow) row = NULL;

    g_assert_true (dk_ikd_replace_values (store, "2026-06-30", "13.09", NULL, &mentawai, 1, &error));
    g_assert_no_error (error);
    sumbar3 = dk_ikd_table_load (store, "13", "2026-06-30", &error);
    g_assert_no_error (error);
    row = g_list_model_get_item (dk_ikd_table_get_rows (sumbar3), 8);
    g_assert_cmpstr (dk_ikd_row_get_kode (row), ==, "13.09");
    g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (row), ==, 70000);
    g_assert_cmpuint (dk_ikd_row_get_n_parts (row), ==, 0);
    assert_rows_sum (store, sumbar3, "2026-06-30");
    desa13 = dk_ikd_table_load_level (store, "13", DK_REGION_LEVEL_DESA, "2026-06-30", &error);
    g_assert_no_error (error);
    for (guint i = 0; i < g_list_model_get_n_items (dk_ikd_table_get_rows (desa13)); i++)
      {
        g_autoptr(DkIkdRow) d = g_list_model_get_item (dk_ikd_table_get_rows (desa13), i);

        g_assert_false (g_str_has_prefix (dk_ikd_row_get_kode (d), "13.09."));
      }
    g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_total (desa13)), ==,
                     dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_total (sumbar3)));
  }
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* One kabupaten/kota's figures on a new date: the province's total is partial, and
 * says how many of its 19 parts reported; the report's date is whole. */
static void
test_partial_total (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) partial = NULL;
  g_autoptr(DkIkdTable) whole = NULL;
  g_autofree char *reported = NULL;
  DkIkdInput padang = { "13.71", 680160, 203479, -1 };

  g_assert_true (dk_ikd_replace_values (store, "2024-11-01", "13", "test", &padang, 1, &error));
  g_assert_no_error (error);
  partial = dk_ikd_table_load (store, "13", "2024-11-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dk_ikd_table_get_n_parts (partial), ==, 19);
  g_assert_cmpuint (dk_ikd_table_get_n_parts_reported (partial), ==, 1);
  g_assert_true (dk_ikd_table_is_partial (partial));
  /* its total says so, for the tables that show it */
  g_assert_true (dk_ikd_row_get_partial (dk_ikd_table_get_total (partial)));
  reported = dk_ikd_table_describe_reported (partial);
  g_assert_cmpstr (reported, ==, "1 of 19 kabupaten/kota reported");
  g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_total (partial)), ==, 680160);

  whole = dk_ikd_table_load (store, "13", "2025-12-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dk_ikd_table_get_n_parts_reported (whole), ==, 19);
  g_assert_false (dk_ikd_table_is_partial (whole));
  g_assert_false (dk_ikd_row_get_partial (dk_ikd_table_get_total (whole)));
  g_assert_null (dk_ikd_table_describe_reported (whole));
  g_clear_object (&store);
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
  g_test_add_func ("/dk/ikd/national-rollup", test_national_rollup);
  g_test_add_func ("/dk/ikd/partial-total", test_partial_total);
  return g_test_run ();
}
