/* test-cli-budget.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli budget`, its charts and its printout, as a user runs them.
 */
#include "config.h"

#include <cairo.h>
#include <string.h>

#include "dk-test-util.h"

static const char expected_2025[] =
  "kode_rekening,uraian,anggaran,realisasi,persen,sisa,persen_sisa\n"
  "2.12.04.1.02.0001,Fasilitasi terkait Pengelolaan Informasi Administrasi Kependudukan,15897000,15868000,99.82,29000,0.18\n"
  "5.1,BELANJA OPERASI,15897000,15868000,99.82,29000,0.18\n"
  "5.1.02,Belanja Barang dan Jasa,15897000,15868000,99.82,29000,0.18\n"
  "5.1.02.01,Belanja Barang,9597000,9568000,99.70,29000,0.30\n"
  "5.1.02.01.01,Belanja Barang Pakai Habis,9597000,9568000,99.70,29000,0.30\n"
  "5.1.02.01.01.0052,Belanja Makanan dan Minuman Rapat,9597000,9568000,99.70,29000,0.30\n"
  "5.1.02.02,Belanja Jasa,6300000,6300000,100.00,0,0.00\n"
  "5.1.02.02.01,Belanja Jasa Kantor,6300000,6300000,100.00,0,0.00\n"
  "5.1.02.02.01.0003,\"Honorarium Narasumber atau Pembahas, Moderator, Pembawa Acara, dan Panitia\","
  "6300000,6300000,100.00,0,0.00\n";

static const char expected_2019[] =
  "kode_rekening,uraian,anggaran,realisasi,persen,sisa,persen_sisa\n"
  "1.02.06.1.02.08.01.099.030,Pendistribusian Blangko KTP-el ke Kabupaten/Kota,125000000,121995295,97.60,3004705,2.40\n";

typedef DkTestCli Fixture;

static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *o1 = NULL, *o2 = NULL, *o3 = NULL, *err = NULL;
  int status;

  o1 = dk_test_cli_run (f, &status, &err, "budget", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (o1, ==, expected_2025);
  g_assert_cmpstr (err, ==, "");
  o2 = dk_test_cli_run (f, &status, NULL, "budget", "--year", "2025", "--activity", "2.12.04.1.02.0001", "--dpa", "1",
            "--format=csv", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (o2, ==, expected_2025);
  o3 = dk_test_cli_run (f, &status, NULL, "budget", "--year", "2019", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (o3, ==, expected_2019);
}

static void
test_text (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *out = NULL;
  int status;

  out = dk_test_cli_run (f, &status, NULL, "budget", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "fiscal year 2025"));
  g_assert_nonnull (strstr (out, "Remaining Budget"));
  g_assert_nonnull (strstr (out, "15,897,000"));
  g_assert_nonnull (strstr (out, "99.82%"));
  g_assert_nonnull (strstr (out, "    5.1.02 "));   /* indented by depth */
}

static void
test_bad_arguments (Fixture       *f,
                    gconstpointer  data)
{
  static const struct
  {
    const char *args[6];
    int         status;
    const char *message;
  } cases[] = {
    { { "budget", "--year", "x" }, 2, "--year" },
    { { "budget", "--format", "xml" }, 2, "xml" },
    { { "budget", "extra" }, 2, "extra" },
    { { "budget", "--dpa", "-1" }, 2, "positive" },
    { { "budget", "--year", "2031" }, 3, "2031" },
    { { "budget", "--activity", "9.9.9" }, 3, "9.9.9" },
    { { "budget", "--dpa", "4" }, 3, "4" },
    { { "chart", "budget", "-o", "x.png", "--year", "1990" }, 3, "1990" },
    { { "print", "budget", "-o", "x.pdf", "--level", "-2" }, 2, "positive" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;
      g_autofree char *out = NULL;
      int status;

      out = dk_test_cli_run (f, &status, &err, cases[i].args[0], cases[i].args[1], cases[i].args[2], cases[i].args[3],
                 cases[i].args[4], cases[i].args[5], NULL);
      g_test_message ("case %u: status %d, stderr: %s", i, status, err);
      g_assert_cmpint (status, ==, cases[i].status);
      g_assert_nonnull (strstr (err, cases[i].message));
      g_assert_cmpstr (out, ==, "");
    }
}

static void
test_charts_and_print (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "budget.png", NULL);
  g_autofree char *monthly = g_build_filename (f->dir, "monthly.svg", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "budget.pdf", NULL);
  g_autofree char *o1 = NULL, *o2 = NULL, *o3 = NULL, *head = NULL;
  cairo_surface_t *surface;
  int status;

  o1 = dk_test_cli_run (f, &status, NULL, "chart", "budget", "-o", png, "--year", "2025", "--level", "3",
            "--width", "800", "--height", "400", NULL);
  g_assert_cmpint (status, ==, 0);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 800);
  cairo_surface_destroy (surface);

  o2 = dk_test_cli_run (f, &status, NULL, "chart", "budget-monthly", "-o", monthly, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (monthly, G_FILE_TEST_IS_REGULAR));

  o3 = dk_test_cli_run (f, &status, NULL, "print", "budget", "-o", pdf, "--year", "2019", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "%PDF-"));
}

/* A printed parent total that the lines do not add up to is reported by check. */
static void
test_check_finds_stated (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *o1 = NULL, *o2 = NULL, *failure = NULL;
  int status;

  o1 = dk_test_cli_run (f, &status, NULL, "budget", NULL);
  failure = dk_test_exec_sql (f->db, "UPDATE stated_total SET nilai = 40 WHERE kolom = 'jumlah_perangkat';"
                                     "UPDATE stated_total SET nilai = 15860000 WHERE tabel = 'anggaran' "
                                     "AND kode = '5.1' AND kolom = 'realisasi'");
  g_assert_null (failure);
  o2 = dk_test_cli_run (f, &status, NULL, "check", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (o2, ==, "Anggaran 2025/2.12.04.1.02.0001: BELANJA OPERASI (5.1), Realisation: "
                           "the source states 15,860,000, the lines add up to 15,868,000\n");
}

/* An amendment's budget, and its change from the original DPA */
static void
test_compare (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *o1 = NULL, *o2 = NULL, *o3 = NULL, *failure = NULL;
  int status;

  o1 = dk_test_cli_run (f, &status, NULL, "budget", NULL);
  failure = dk_test_exec_sql (f->db,
                              "INSERT INTO anggaran_dpa (kegiatan_id, nomor, nama) SELECT id, 2, 'DPA Pergeseran' "
                              "FROM anggaran_kegiatan WHERE kode = '2.12.04.1.02.0001';"
                              "INSERT INTO anggaran_nilai (dpa_id, baris_id, anggaran) "
                              "SELECT (SELECT max(id) FROM anggaran_dpa), baris_id, anggaran - CASE WHEN baris_id = "
                              "(SELECT id FROM anggaran_baris WHERE kode = '5.1.02.01.01.0052') THEN 17000 ELSE 0 END "
                              "FROM anggaran_nilai WHERE dpa_id = (SELECT id FROM anggaran_dpa WHERE nomor = 1 AND "
                              "kegiatan_id = (SELECT id FROM anggaran_kegiatan WHERE kode = '2.12.04.1.02.0001'))");
  g_assert_null (failure);

  /* the latest version by default */
  o2 = dk_test_cli_run (f, &status, NULL, "budget", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (o2, "\n2.12.04.1.02.0001,Fasilitasi terkait Pengelolaan Informasi Administrasi "
                                "Kependudukan,15880000,15868000,99.92,12000,0.08\n"));
  o3 = dk_test_cli_run (f, &status, NULL, "budget", "--compare", "1", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (o3, "(DPA Pergeseran)"));
  g_assert_nonnull (strstr (o3, "Change from DPA"));
  g_assert_nonnull (strstr (o3, "-17,000"));
}

static void
assert_same_lines (const char *got,
                   const char *expected)
{
  g_auto(GStrv) a = g_strsplit (got, "\n", -1);
  g_auto(GStrv) b = g_strsplit (expected, "\n", -1);

  for (guint i = 0; a[i] != NULL && b[i] != NULL; i++)
    g_assert_cmpstr (a[i], ==, b[i]);
  g_assert_cmpuint (g_strv_length (a), ==, g_strv_length (b));
}

/* The report's own table, imported, gives back the table the report prints, line for
 * line: into a new year, over the shipped one, and the 2019 activity without lines. */
static void
test_import_reproduces (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *report = g_test_build_filename (G_TEST_DIST, "import", "budget-report-2025.tsv", NULL);
  g_autofree char *excel = g_test_build_filename (G_TEST_DIST, "import", "budget-excel-id.csv", NULL);
  g_autofree char *blangko = g_test_build_filename (G_TEST_DIST, "import", "budget-blangko-2019.csv", NULL);
  g_autofree char *over = g_test_build_filename (G_TEST_DIST, "import", "bad-budget-over-2025.csv", NULL);
  g_autofree char *out = NULL, *err = NULL;
  int status;

  out = dk_test_cli_run (f, &status, &err, "import", report, "--kind", "budget", "--year", "2026", "--dry-run", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "can be imported: activity 2.12.04.1.02.0001 of fiscal year 2026, 2 lines with "
                                 "amounts, a new activity. Nothing was written."));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "budget", "--year", "2026", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 3);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = dk_test_cli_run (f, &status, &err, "import", report, "--kind", "budget", "--year", "2026", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (err, ==, "");
  g_assert_nonnull (strstr (out, "Imported activity 2.12.04.1.02.0001 of fiscal year 2026, 2 lines with amounts"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, NULL, "budget", "--year", "2026", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  assert_same_lines (out, expected_2025);
  g_clear_pointer (&out, g_free);

  /* over the shipped year, from Excel: the same table */
  out = dk_test_cli_run (f, &status, NULL, "import", excel, "--kind", "budget", NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  out = dk_test_cli_run (f, &status, NULL, "budget", "--year", "2025", "--format", "csv", NULL);
  assert_same_lines (out, expected_2025);
  g_clear_pointer (&out, g_free);

  out = dk_test_cli_run (f, &status, NULL, "import", blangko, "--kind", "budget", "--year", "2028", NULL);
  g_assert_cmpint (status, ==, 0);
  g_clear_pointer (&out, g_free);
  out = dk_test_cli_run (f, &status, NULL, "budget", "--year", "2028", "--format", "csv", NULL);
  assert_same_lines (out, expected_2019);
  g_clear_pointer (&out, g_free);

  /* a refused file and wrong options change nothing and say why */
  out = dk_test_cli_run (f, &status, &err, "import", over, "--kind", "budget", NULL);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err, "line 7, column Realisasi: the realisation 9,598,000 is more than the budget"));
  g_assert_nonnull (strstr (err, "1 error; nothing was imported"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "import", report, "--kind", "budget", "--year", "1990", NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "1990"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "import", report, "--kind", "ikd", "--year", "2025", NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "--as-of"));
  g_clear_pointer (&out, g_free);
  out = dk_test_cli_run (f, &status, NULL, "budget", "--year", "2025", "--format", "csv", NULL);
  assert_same_lines (out, expected_2025);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/dk/cli-budget/csv", Fixture, NULL, dk_test_cli_setup, test_csv, dk_test_cli_teardown);
  g_test_add ("/dk/cli-budget/text", Fixture, NULL, dk_test_cli_setup, test_text, dk_test_cli_teardown);
  g_test_add ("/dk/cli-budget/bad-arguments", Fixture, NULL, dk_test_cli_setup, test_bad_arguments, dk_test_cli_teardown);
  g_test_add ("/dk/cli-budget/charts-and-print", Fixture, NULL, dk_test_cli_setup, test_charts_and_print, dk_test_cli_teardown);
  g_test_add ("/dk/cli-budget/compare", Fixture, NULL, dk_test_cli_setup, test_compare, dk_test_cli_teardown);
  g_test_add ("/dk/cli-budget/import-reproduces", Fixture, NULL, dk_test_cli_setup, test_import_reproduces,
              dk_test_cli_teardown);
  g_test_add ("/dk/cli-budget/check-finds-stated", Fixture, NULL, dk_test_cli_setup, test_check_finds_stated,
              dk_test_cli_teardown);
  return g_test_run ();
}
