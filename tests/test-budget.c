/* test-budget.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dk-budget.h"
#include "dk-domains.h"
#include "dk-check.h"
#include "dk-error.h"
#include "dk-history.h"
#include "dk-import.h"
#include "dk-stated.h"
#include "dk-test-util.h"

#define ACTIVITY_2025 "2.12.04.1.02.0001"
#define ACTIVITY_2019 "1.02.06.1.02.08.01.099.030"

/* LAPORAN 2025, BAB II D, line for line: code, depth, budget, realisation, %, remaining, % */
static const struct
{
  const char *kode;
  const char *uraian;
  guint       depth;
  gint64      anggaran, realisasi;
  int         persen;
  gint64      sisa;
  int         persen_sisa;
} report[] = {
  { ACTIVITY_2025, "Fasilitasi terkait Pengelolaan Informasi Administrasi Kependudukan", 0,
    15897000, 15868000, 9982, 29000, 18 },
  { "5.1", "BELANJA OPERASI", 1, 15897000, 15868000, 9982, 29000, 18 },
  { "5.1.02", "Belanja Barang dan Jasa", 2, 15897000, 15868000, 9982, 29000, 18 },
  { "5.1.02.01", "Belanja Barang", 3, 9597000, 9568000, 9970, 29000, 30 },
  { "5.1.02.01.01", "Belanja Barang Pakai Habis", 4, 9597000, 9568000, 9970, 29000, 30 },
  { "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 5, 9597000, 9568000, 9970, 29000, 30 },
  { "5.1.02.02", "Belanja Jasa", 3, 6300000, 6300000, 10000, 0, 0 },
  { "5.1.02.02.01", "Belanja Jasa Kantor", 4, 6300000, 6300000, 10000, 0, 0 },
  { "5.1.02.02.01.0003", "Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia", 5,
    6300000, 6300000, 10000, 0, 0 },
};

static void
exec_sql (DkStore    *store,
          const char *sql)
{
  g_autofree char *address = dk_test_store_address (store);
  g_autofree char *message = dk_test_exec_sql (address, sql);

  g_assert_null (message);
}

static DkBudgetTable *
load (DkStore    *store,
      int         year,
      const char *activity)
{
  g_autoptr(GError) error = NULL;
  DkBudgetTable *table = dk_budget_table_load (store, year, activity, 0, 0, &error);

  g_assert_no_error (error);
  return table;
}

static void
test_report_2025 (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkBudgetTable) table = load (store, 0, NULL);   /* the defaults: latest year, first activity */
  GPtrArray *lines = dk_budget_table_get_lines (table);
  DkBudgetLine *total = dk_budget_table_get_total (table);
  GListModel *children;

  g_assert_cmpint (dk_budget_table_get_year (table), ==, 2025);
  g_assert_cmpstr (dk_budget_table_get_activity (table), ==, ACTIVITY_2025);
  g_assert_cmpuint (dk_budget_table_get_dpa (table), ==, 1);
  g_assert_cmpstr (dk_budget_table_get_dpa_name (table), ==, "DPA");
  g_assert_cmpuint (lines->len, ==, G_N_ELEMENTS (report));
  for (guint i = 0; i < G_N_ELEMENTS (report); i++)
    {
      DkBudgetLine *line = g_ptr_array_index (lines, i);

      g_assert_cmpstr (dk_budget_line_get_kode (line), ==, report[i].kode);
      g_assert_cmpstr (dk_budget_line_get_uraian (line), ==, report[i].uraian);
      g_assert_cmpuint (dk_budget_line_get_depth (line), ==, report[i].depth);
      g_assert_cmpint (dk_budget_line_get_anggaran (line), ==, report[i].anggaran);
      g_assert_cmpint (dk_budget_line_get_realisasi (line), ==, report[i].realisasi);
      g_assert_cmpint (dk_budget_line_get_persen_bp (line), ==, report[i].persen);
      g_assert_cmpint (dk_budget_line_get_sisa (line), ==, report[i].sisa);
      g_assert_cmpint (dk_budget_line_get_persen_sisa_bp (line), ==, report[i].persen_sisa);
      g_assert_cmpint (dk_budget_line_get_is_leaf (line), ==, report[i].depth == 5);
    }

  /* the tree: the activity, one child 5.1, and 5.1.02 splits in two */
  g_assert_true (dk_budget_line_get_is_activity (total));
  g_assert_true (g_ptr_array_index (lines, 0) == (gpointer) total);
  children = dk_budget_line_get_children (total);
  g_assert_cmpuint (g_list_model_get_n_items (children), ==, 1);
  {
    DkBudgetLine *l512 = dk_budget_table_find (table, "5.1.02");

    g_assert_cmpuint (g_list_model_get_n_items (dk_budget_line_get_children (l512)), ==, 2);
    g_assert_null (dk_budget_line_get_children (dk_budget_table_find (table, "5.1.02.02.01.0003")));
  }
  g_assert_cmpuint (dk_budget_table_get_max_depth (table), ==, 5);
  g_assert_cmpuint (dk_budget_table_get_split_depth (table), ==, 3);
  {
    g_autoptr(GPtrArray) level3 = dk_budget_table_lines_at_depth (table, 3);

    g_assert_cmpuint (level3->len, ==, 2);
    g_assert_cmpstr (dk_budget_line_get_kode (level3->pdata[0]), ==, "5.1.02.01");
  }
  g_assert_false (dk_budget_table_get_has_monthly (table));

  /* the shipped data is consistent: no budget finding */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GPtrArray) findings = dk_check_run (store, &error);

    g_assert_no_error (error);
    for (guint i = 0; i < findings->len; i++)
      g_assert_cmpstr (((DkFinding *) findings->pdata[i])->table, !=, "Anggaran");
  }
  dk_test_rm_rf (dir);
}

static void
test_activity_2019 (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkBudgetTable) table = load (store, 2019, NULL);
  DkBudgetLine *total = dk_budget_table_get_total (table);
  g_autoptr(GArray) years = dk_budget_list_years (store, NULL);

  g_assert_cmpuint (years->len, ==, 2);
  g_assert_cmpint (g_array_index (years, int, 0), ==, 2019);
  g_assert_cmpstr (dk_budget_table_get_activity (table), ==, ACTIVITY_2019);
  g_assert_cmpstr (dk_budget_line_get_uraian (total), ==, "Pendistribusian Blangko KTP-el ke Kabupaten/Kota");
  /* one row: the activity itself */
  g_assert_cmpuint (dk_budget_table_get_lines (table)->len, ==, 1);
  g_assert_true (dk_budget_line_get_is_leaf (total));
  g_assert_cmpuint (dk_budget_table_get_split_depth (table), ==, 1);
  g_assert_cmpint (dk_budget_line_get_anggaran (total), ==, 125000000);
  g_assert_cmpint (dk_budget_line_get_realisasi (total), ==, 121995295);
  g_assert_cmpint (dk_budget_line_get_persen_bp (total), ==, 9760);
  g_assert_cmpint (dk_budget_line_get_sisa (total), ==, 3004705);
  g_assert_cmpint (dk_budget_line_get_persen_sisa_bp (total), ==, 240);
  dk_test_rm_rf (dir);
}

static void
test_percent (void)
{
  static const struct { gint64 part, whole; int bp; } cases[] = {
    { 15868000, 15897000, 9982 },
    { 29000, 15897000, 18 },
    { 1, 3, 3333 },
    { 2, 3, 6667 },
    { 1, 20000, 1 },            /* 0,005 % rounds half up */
    { 1, 20001, 0 },
    { 0, 0, 0 },
    { 5, 0, 0 },
    { G_GINT64_CONSTANT (999999999999999), G_GINT64_CONSTANT (1000000000000000), 10000 },
    { G_GINT64_CONSTANT (4611686018427387904), G_GINT64_CONSTANT (9223372036854775807), 5000 },
    { G_GINT64_CONSTANT (9223372036854775807), G_GINT64_CONSTANT (9223372036854775807), 10000 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    g_assert_cmpint (dk_budget_percent_bp (cases[i].part, cases[i].whole), ==, cases[i].bp);
}

/* Amounts in the trillions add up exactly; a sum past 64 bits is refused, unwritten. */
static void
test_trillions (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBudgetTable) table = NULL;
  const char *codes[] = { "5.1", "5.1.01", "5.1.02", "5.2" };
  DkBudgetAmount big[] = {
    { "5.1.01", G_GINT64_CONSTANT (2500000000000), G_GINT64_CONSTANT (2499999999999) },
    { "5.1.02", G_GINT64_CONSTANT (3333333333333), G_GINT64_CONSTANT (1111111111111) },
    { "5.2", G_GINT64_CONSTANT (4000000000000), 0 },
  };
  DkBudgetAmount huge[] = {
    { "5.1.01", G_GINT64_CONSTANT (4000000000000000000), 0 },
    { "5.1.02", G_GINT64_CONSTANT (4000000000000000000), 0 },
    { "5.2", G_GINT64_CONSTANT (4000000000000000000), 0 },
  };

  g_assert_true (dk_budget_add_year (store, 2026, &error));
  g_assert_true (dk_budget_add_activity (store, 2026, "2.12.04.1.02.0001", "Uji", &error));
  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    g_assert_true (dk_budget_add_line (store, 2026, NULL, codes[i], "Baris", &error));
  g_assert_no_error (error);
  g_assert_true (dk_budget_set_amounts (store, 2026, NULL, 0, big, G_N_ELEMENTS (big), &error));
  g_assert_no_error (error);

  table = load (store, 2026, NULL);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_find (table, "5.1")), ==,
                   G_GINT64_CONSTANT (5833333333333));
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_get_total (table)), ==,
                   G_GINT64_CONSTANT (9833333333333));
  g_assert_cmpint (dk_budget_line_get_realisasi (dk_budget_table_get_total (table)), ==,
                   G_GINT64_CONSTANT (3611111111110));
  g_assert_cmpint (dk_budget_line_get_persen_bp (dk_budget_table_find (table, "5.1.01")), ==, 10000);
  g_assert_cmpint (dk_budget_line_get_persen_bp (dk_budget_table_get_total (table)), ==, 3672);
  g_assert_cmpint (dk_budget_line_get_sisa (dk_budget_table_get_total (table)), ==,
                   G_GINT64_CONSTANT (6222222222223));

  g_assert_false (dk_budget_set_amounts (store, 2026, NULL, 0, huge, G_N_ELEMENTS (huge), &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "more than any budget holds"));
  g_clear_object (&table);
  table = load (store, 2026, NULL);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_get_total (table)), ==,
                   G_GINT64_CONSTANT (9833333333333));
  dk_test_rm_rf (dir);
}

/* A parent total the source states that differs from its lines is a finding. */
static void
test_stated_mismatch (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  g_autoptr(GPtrArray) stated = NULL;
  DkFinding *found = NULL;
  DkBudgetAmount same[] = { { "5.1.02.02.01.0003", 6300000, 6300000 } };

  exec_sql (store, "UPDATE stated_total SET nilai = 9600000 WHERE tabel = 'anggaran' "
                   "AND kode = '5.1.02.01' AND kolom = 'anggaran'");
  findings = dk_check_run (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    if (g_strcmp0 (((DkFinding *) findings->pdata[i])->table, "Anggaran") == 0)
      {
        g_assert_null (found);
        found = findings->pdata[i];
      }
  g_assert_nonnull (found);
  g_assert_cmpstr (found->ref, ==, "2025/" ACTIVITY_2025);
  g_assert_cmpstr (found->kode, ==, "5.1.02.01");
  g_assert_cmpstr (found->column, ==, "Budget");
  g_assert_nonnull (strstr (found->message, "9,600,000"));
  g_assert_nonnull (strstr (found->message, "9,597,000"));
  g_assert_nonnull (strstr (found->message, "Belanja Barang"));

  /* entering the activity's amounts makes the lines' sums the figures */
  g_assert_true (dk_budget_set_amounts (store, 2025, ACTIVITY_2025, 0, same, 1, &error));
  g_assert_no_error (error);
  stated = dk_stated_total_list (store, "anggaran", "2025/" ACTIVITY_2025, &error);
  g_assert_cmpuint (stated->len, ==, 0);
  g_clear_pointer (&findings, g_ptr_array_unref);
  findings = dk_check_run (store, &error);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpstr (((DkFinding *) findings->pdata[i])->table, !=, "Anggaran");
  dk_test_rm_rf (dir);
}

static void
assert_unchanged_2025 (DkStore *store)
{
  g_autoptr(DkBudgetTable) table = load (store, 2025, ACTIVITY_2025);
  DkBudgetLine *total = dk_budget_table_get_total (table);

  g_assert_cmpint (dk_budget_line_get_anggaran (total), ==, 15897000);
  g_assert_cmpint (dk_budget_line_get_realisasi (total), ==, 15868000);
  g_assert_cmpuint (dk_budget_table_get_lines (table)->len, ==, G_N_ELEMENTS (report));
}

static void
test_refused_changes_nothing (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  static const struct { const char *kode; gint64 a, r; const char *message; } bad_amounts[] = {
    { "5.1.02.01.01.0052", -1, 0, "Budget: an amount may not be negative" },
    { "5.1.02.01.01.0052", 9597000, -5, "Realisation: an amount may not be negative" },
    { "5.1.02.01.01.0052", 9000000, 9568000, "more than the line’s budget" },
    { "5.1.02", 1, 1, "has lines under it" },
    { "5.9", 1, 1, "is not a line of this activity" },
  };
  static const struct { const char *kode, *uraian, *message; } bad_lines[] = {
    { "6.1", "x", "not a spending account code" },
    { "5.1.2", "x", "not a spending account code" },
    { "5.1.02.01.01.0052.1", "x", "not a spending account code" },
    { "5.1.02.03.01", "x", "add the line 5.1.02.03 first" },
    { "5.1.02", "x", "already exists" },
    { "5.2", "  ", "Description: this field may not be empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad_amounts); i++)
    {
      g_autoptr(GError) error = NULL;
      DkBudgetAmount rows[] = {
        { "5.1.02.02.01.0003", 6000000, 6000000 },   /* a good row: not written either */
        { bad_amounts[i].kode, bad_amounts[i].a, bad_amounts[i].r },
      };

      g_assert_false (dk_budget_set_amounts (store, 2025, ACTIVITY_2025, 0, rows, 2, &error));
      g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad_amounts[i].message));
      assert_unchanged_2025 (store);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad_lines); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (dk_budget_add_line (store, 2025, ACTIVITY_2025, bad_lines[i].kode, bad_lines[i].uraian, &error));
      g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
      g_assert_nonnull (strstr (error->message, bad_lines[i].message));
      assert_unchanged_2025 (store);
    }

  /* the 2019 activity carries its amounts itself: nothing may go under it */
  {
    g_autoptr(GError) error = NULL;

    g_assert_false (dk_budget_add_line (store, 2019, NULL, "5.1", "Belanja Operasi", &error));
    g_assert_nonnull (strstr (error->message, "already has amounts"));
  }
  /* years and activities */
  {
    g_autoptr(GError) e1 = NULL, e2 = NULL, e3 = NULL, e4 = NULL, e5 = NULL, e6 = NULL;

    g_assert_false (dk_budget_add_year (store, 2025, &e1));
    g_assert_nonnull (strstr (e1->message, "already exists"));
    g_assert_false (dk_budget_add_year (store, 1999, &e2));
    g_assert_nonnull (strstr (e2->message, "Fiscal year"));
    g_assert_false (dk_budget_add_activity (store, 2025, ACTIVITY_2025, "Lagi", &e3));
    g_assert_nonnull (strstr (e3->message, "already exists"));
    g_assert_false (dk_budget_add_activity (store, 2025, "2.12.x", "Lagi", &e4));
    g_assert_nonnull (strstr (e4->message, "Activity code"));
    g_assert_false (dk_budget_add_activity (store, 2025, "2.12.04.1.02.0002", "", &e5));
    g_assert_nonnull (strstr (e5->message, "Activity name"));
    g_assert_false (dk_budget_add_activity (store, 2030, "2.12.04.1.02.0002", "Baru", &e6));
    g_assert_error (e6, DK_ERROR, DK_ERROR_NOT_FOUND);
  }
  dk_test_rm_rf (dir);
}

static void
test_add_lines_and_amounts (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBudgetTable) table = NULL;
  DkBudgetAmount rows[] = {
    { "5.1.02.01.01.0052", 10000000, 9568000 },
    { "5.1.02.03", 500000, 250000 },
  };
  GPtrArray *lines;

  g_assert_true (dk_budget_add_line (store, 2025, ACTIVITY_2025, "5.1.02.03", "Belanja Pemeliharaan", &error));
  g_assert_true (dk_budget_add_line (store, 2025, ACTIVITY_2025, "5.1.01", "Belanja Pegawai", &error));
  g_assert_no_error (error);
  g_assert_true (dk_budget_set_amounts (store, 2025, ACTIVITY_2025, 0, rows, G_N_ELEMENTS (rows), &error));
  g_assert_no_error (error);

  table = load (store, 2025, ACTIVITY_2025);
  lines = dk_budget_table_get_lines (table);
  /* hierarchy order: 5.1.01 before 5.1.02, 5.1.02.03 after 5.1.02.02's lines */
  g_assert_cmpstr (dk_budget_line_get_kode (lines->pdata[2]), ==, "5.1.01");
  g_assert_cmpstr (dk_budget_line_get_kode (lines->pdata[lines->len - 1]), ==, "5.1.02.03");
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_get_total (table)), ==, 16800000);
  g_assert_cmpint (dk_budget_line_get_realisasi (dk_budget_table_get_total (table)), ==, 16118000);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_find (table, "5.1.01")), ==, 0);

  /* a line with amounts cannot be split */
  g_assert_false (dk_budget_add_line (store, 2025, ACTIVITY_2025, "5.1.02.03.01", "Pemeliharaan Gedung", &error));
  g_assert_nonnull (strstr (error->message, "already has amounts"));
  g_clear_error (&error);
  /* under the empty 5.1.01 it can go */
  g_assert_true (dk_budget_add_line (store, 2025, ACTIVITY_2025, "5.1.01.01", "Belanja Gaji", &error));
  g_assert_no_error (error);
  dk_test_rm_rf (dir);
}

static void
test_dpa_versions (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBudgetTable) v2 = NULL;
  g_autoptr(DkBudgetTable) v1 = NULL;
  g_autoptr(GPtrArray) versions = NULL;
  DkBudgetAmount shift[] = { { "5.1.02.01.01.0052", 9580000, 9568000 } };
  DkBudgetAmount over_v1[] = { { "5.1.02.01.01.0052", 9597000, 9590000 } };
  guint nomor = 0;

  g_assert_true (dk_budget_add_dpa (store, 2025, ACTIVITY_2025, "DPA Pergeseran", "2025-08-15", &nomor, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (nomor, ==, 2);
  versions = dk_budget_list_dpa (store, 2025, ACTIVITY_2025, &error);
  g_assert_cmpuint (versions->len, ==, 2);
  g_assert_cmpstr (((DkBudgetDpa *) versions->pdata[1])->tanggal, ==, "2025-08-15");
  /* the amendment starts with the latest budget */
  v2 = load (store, 2025, NULL);
  g_assert_cmpuint (dk_budget_table_get_dpa (v2), ==, 2);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_get_total (v2)), ==, 15897000);
  g_clear_object (&v2);

  g_assert_true (dk_budget_set_amounts (store, 2025, ACTIVITY_2025, 2, shift, 1, &error));
  g_assert_no_error (error);
  v2 = dk_budget_table_load (store, 2025, ACTIVITY_2025, 2, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (dk_budget_table_get_compare_dpa_name (v2), ==, "DPA");
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_get_total (v2)), ==, 15880000);
  g_assert_cmpint (dk_budget_line_get_change (dk_budget_table_get_total (v2)), ==, -17000);
  g_assert_cmpint (dk_budget_line_get_change (dk_budget_table_find (v2, "5.1.02.01")), ==, -17000);
  g_assert_cmpint (dk_budget_line_get_change (dk_budget_table_find (v2, "5.1.02.02")), ==, 0);
  v1 = dk_budget_table_load (store, 2025, ACTIVITY_2025, 1, 0, &error);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_get_total (v1)), ==, 15897000);

  /* the realisation is held to the latest version's budget, even when entering version 1 */
  g_assert_false (dk_budget_set_amounts (store, 2025, ACTIVITY_2025, 1, over_v1, 1, &error));
  g_assert_nonnull (strstr (error->message, "DPA Pergeseran"));
  g_clear_error (&error);
  g_assert_false (dk_budget_add_dpa (store, 2025, ACTIVITY_2025, "Perubahan", "2025-13-01", NULL, &error));
  g_assert_nonnull (strstr (error->message, "Date"));
  g_clear_error (&error);
  g_assert_null (dk_budget_table_load (store, 2025, ACTIVITY_2025, 7, 0, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_FOUND);
  dk_test_rm_rf (dir);
}

static void
test_monthly (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBudgetTable) table = NULL;
  DkBudgetMonthAmount jan[] = { { "5.1.02.01.01.0052", 1000000 } };
  DkBudgetMonthAmount feb[] = { { "5.1.02.01.01.0052", 2000000 }, { "5.1.02.02.01.0003", 6300000 } };
  DkBudgetMonthAmount too_much[] = { { "5.1.02.01.01.0052", 7000000 } };
  DkBudgetMonthAmount negative[] = { { "5.1.02.01.01.0052", -1 } };
  DkBudgetAmount annual[] = { { "5.1.02.01.01.0052", 9597000, 5 } };

  g_assert_true (dk_budget_set_month (store, 2025, NULL, 1, jan, 1, &error));
  g_assert_true (dk_budget_set_month (store, 2025, NULL, 2, feb, 2, &error));
  g_assert_no_error (error);
  table = load (store, 2025, NULL);
  g_assert_true (dk_budget_table_get_has_monthly (table));
  g_assert_cmpint (dk_budget_table_get_cumulative (table, 1), ==, 1000000);
  g_assert_cmpint (dk_budget_table_get_cumulative (table, 2), ==, 9300000);
  g_assert_cmpint (dk_budget_table_get_cumulative (table, 12), ==, 9300000);
  g_assert_cmpint (dk_budget_table_get_month (table, 2), ==, 8300000);
  g_assert_cmpint (dk_budget_line_get_realisasi (dk_budget_table_find (table, "5.1.02.01.01.0052")), ==, 3000000);
  g_assert_cmpint (dk_budget_line_get_realisasi (dk_budget_table_get_total (table)), ==, 9300000);

  g_assert_false (dk_budget_set_month (store, 2025, NULL, 3, too_much, 1, &error));
  g_assert_nonnull (strstr (error->message, "more than the line’s budget"));
  g_clear_error (&error);
  g_assert_false (dk_budget_set_month (store, 2025, NULL, 3, negative, 1, &error));
  g_assert_nonnull (strstr (error->message, "negative"));
  g_clear_error (&error);
  g_assert_false (dk_budget_set_month (store, 2025, NULL, 13, jan, 1, &error));
  g_assert_nonnull (strstr (error->message, "Month"));
  g_clear_error (&error);
  g_assert_false (dk_budget_set_amounts (store, 2025, NULL, 0, annual, 1, &error));
  g_assert_nonnull (strstr (error->message, "monthly figures"));
  g_clear_object (&table);
  table = load (store, 2025, NULL);
  g_assert_cmpint (dk_budget_line_get_realisasi (dk_budget_table_get_total (table)), ==, 9300000);
  dk_test_rm_rf (dir);
}

static void
test_unknown (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) e1 = NULL, e2 = NULL, e3 = NULL;

  g_assert_null (dk_budget_table_load (store, 2031, NULL, 0, 0, &e1));
  g_assert_error (e1, DK_ERROR, DK_ERROR_NOT_FOUND);
  g_assert_null (dk_budget_table_load (store, 2025, "9.9", 0, 0, &e2));
  g_assert_error (e2, DK_ERROR, DK_ERROR_NOT_FOUND);
  g_assert_true (dk_budget_add_year (store, 2026, &e3));
  g_assert_null (dk_budget_table_load (store, 0, NULL, 0, 0, &e3));
  g_assert_nonnull (strstr (e3->message, "no activity"));
  dk_test_rm_rf (dir);
}

/* Everything the budget holds, and the totals stated for it, as text. */
static char *
dump_budget (DkStore *store)
{
  static const char *queries[] = {
    "SELECT tahun FROM anggaran_tahun ORDER BY 1",
    "SELECT tahun, kode, nama FROM anggaran_kegiatan ORDER BY 1, 2",
    "SELECT k.kode, d.nomor, d.nama, d.tanggal FROM anggaran_dpa d JOIN anggaran_kegiatan k ON k.id = d.kegiatan_id "
    "ORDER BY 1, 2",
    "SELECT k.tahun, k.kode, b.kode, b.uraian FROM anggaran_baris b JOIN anggaran_kegiatan k ON k.id = b.kegiatan_id "
    "ORDER BY 1, 2, 3",
    "SELECT b.kode, d.nomor, n.anggaran FROM anggaran_nilai n JOIN anggaran_baris b ON b.id = n.baris_id "
    "JOIN anggaran_dpa d ON d.id = n.dpa_id ORDER BY 1, 2",
    "SELECT b.kode, r.realisasi FROM anggaran_realisasi r JOIN anggaran_baris b ON b.id = r.baris_id ORDER BY 1",
    "SELECT b.kode, m.bulan, m.realisasi FROM anggaran_realisasi_bulan m JOIN anggaran_baris b ON b.id = m.baris_id "
    "ORDER BY 1, 2",
    "SELECT ref, kode, kolom, nilai, label FROM stated_total WHERE tabel = 'anggaran' ORDER BY 1, 2, 3",
  };
  g_autofree char *address = dk_test_store_address (store);

  return dk_test_dump_queries (address, queries, G_N_ELEMENTS (queries));
}

static void
undo_last (DkStore    *store,
           const char *expected_what)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *what = NULL;

  g_assert_true (dk_domains_undo (store, &what, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (what, ==, expected_what);
}

/* Every budget write is one change in the history, and undoing it puts back exactly what
 * the budget held, the source's stated totals included. */
static void
test_history_undo (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *seeded = dump_budget (store);
  g_autofree char *after_line = NULL, *after_amounts = NULL;
  const DkBudgetAmount amounts[] = {
    { "5.1.02.01.01.0052", 9000000, 8000000 },
    { "5.1.02.01.01.0099", 500000, 100000 },
  };
  const DkBudgetMonthAmount month[] = { { "5.1.02.01.01.0099", 50000 } };
  gboolean found_old = FALSE;
  guint nomor = 0;

  g_assert_false (dk_history_can_undo (store));

  /* a line, amounts (which drop the printed totals), a month, an amendment */
  g_assert_true (dk_budget_add_line (store, 0, NULL, "5.1.02.01.01.0099", "Belanja Alat Tulis Kantor", &error));
  g_assert_no_error (error);
  after_line = dump_budget (store);
  g_assert_true (dk_budget_set_amounts (store, 2025, ACTIVITY_2025, 0, amounts, G_N_ELEMENTS (amounts), &error));
  g_assert_no_error (error);
  after_amounts = dump_budget (store);
  g_assert_true (dk_budget_set_month (store, 2025, ACTIVITY_2025, 3, month, G_N_ELEMENTS (month), &error));
  g_assert_no_error (error);
  g_assert_true (dk_budget_add_dpa (store, 2025, ACTIVITY_2025, "DPA Pergeseran I", "2025-06-30", &nomor, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (nomor, ==, 2);

  /* the history names the values: the old budget of the line, the stated total dropped */
  changes = dk_history_list (store, 0, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < changes->len; i++)
    {
      DkHistoryChange *c = g_ptr_array_index (changes, i);

      g_assert_cmpstr (c->tabel, ==, "anggaran");
      if (g_str_equal (c->kode, "5.1.02.01.01.0052") && g_str_equal (c->kolom, "anggaran:1"))
        {
          g_autofree char *title = dk_domains_column_title (c->tabel, c->kolom);

          g_assert_cmpstr (c->ref, ==, "2025/" ACTIVITY_2025);
          g_assert_cmpstr (c->lama, ==, "9597000");
          g_assert_cmpstr (c->baru, ==, "9000000");
          g_assert_cmpstr (title, ==, "Anggaran (DPA 1)");
          found_old = TRUE;
        }
    }
  g_assert_true (found_old);

  undo_last (store, "DPA amendment “DPA Pergeseran I” added");
  undo_last (store, "Monthly realisation entered");
  {
    g_autofree char *now = dump_budget (store);

    g_assert_cmpstr (now, ==, after_amounts);
  }
  undo_last (store, "Budget amounts entered");
  {
    g_autofree char *now = dump_budget (store);

    g_assert_cmpstr (now, ==, after_line);
  }
  undo_last (store, "Account line 5.1.02.01.01.0099 added");
  {
    g_autofree char *now = dump_budget (store);

    g_assert_cmpstr (now, ==, seeded);
  }

  /* a year and an activity, then an import into them: undone, the year is gone */
  g_assert_true (dk_budget_add_year (store, 2026, &error));
  g_assert_no_error (error);
  g_assert_true (dk_budget_add_activity (store, 2026, ACTIVITY_2025, "Fasilitasi", &error));
  g_assert_no_error (error);
  undo_last (store, "Activity " ACTIVITY_2025 " added to 2026");
  undo_last (store, "Fiscal year 2026 added");
  {
    g_autofree char *now = dump_budget (store);

    g_assert_cmpstr (now, ==, seeded);
  }
  g_assert_false (dk_history_can_undo (store));
}

/* An import of the report's table into a database without that year is one change;
 * undoing it removes the year with everything the import brought. */
static void
test_import_undo (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_BUDGET, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", "budget-excel-id.csv", NULL);
  g_autofree char *before = NULL, *after = NULL, *undone = NULL, *what = NULL;

#define DELETE_2025 "DELETE FROM anggaran_tahun WHERE tahun = 2025; " \
                    "DELETE FROM stated_total WHERE tabel = 'anggaran' AND ref LIKE '2025/%'"
  /* the year goes with what it holds: a server always keeps its foreign keys */
  exec_sql (store, dk_test_engine_is_pg () ? DELETE_2025 : "PRAGMA foreign_keys = ON; " DELETE_2025);
#undef DELETE_2025
  before = dump_budget (store);
  g_assert_true (dk_import_read_file (import, path, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
  g_assert_true (dk_import_commit (import, &error));
  g_assert_no_error (error);
  after = dump_budget (store);
  g_assert_cmpstr (after, !=, before);
  g_assert_nonnull (strstr (after, "5.1.02.02.01.0003|6300000"));

  g_assert_true (dk_domains_undo (store, &what, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (what, ==, "Imported from budget-excel-id.csv");
  undone = dump_budget (store);
  g_assert_cmpstr (undone, ==, before);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dk/budget/report-2025", test_report_2025);
  g_test_add_func ("/dk/budget/activity-2019", test_activity_2019);
  g_test_add_func ("/dk/budget/percent", test_percent);
  g_test_add_func ("/dk/budget/trillions", test_trillions);
  g_test_add_func ("/dk/budget/stated-mismatch", test_stated_mismatch);
  g_test_add_func ("/dk/budget/refused-changes-nothing", test_refused_changes_nothing);
  g_test_add_func ("/dk/budget/add-lines-and-amounts", test_add_lines_and_amounts);
  g_test_add_func ("/dk/budget/dpa-versions", test_dpa_versions);
  g_test_add_func ("/dk/budget/monthly", test_monthly);
  g_test_add_func ("/dk/budget/unknown", test_unknown);
  g_test_add_func ("/dk/budget/history-undo", test_history_undo);
  g_test_add_func ("/dk/budget/import-undo", test_import_undo);
  return g_test_run ();
}
