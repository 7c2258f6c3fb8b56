/* test-cli-blangko.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli blangko …` as staff run it: recording the ledger and the daily reports,
 * the stock, the plan and its CSV, approving it, the usage report with a broken balance
 * found by `check`, importing a report, and both workbooks read back with openpyxl.
 */
#include "config.h"

#include <string.h>

#include "dk-test-util.h"

typedef DkTestCli Fixture;

#define RUN_OK(f, ...) G_STMT_START {                                   \
    int status_;                                                        \
    g_autofree char *err_ = NULL;                                       \
    g_autofree char *out_ = dk_test_cli_run (f, &status_, &err_, __VA_ARGS__, NULL); \
    if (status_ != 0)                                                   \
      g_test_message ("%s", err_);                                      \
    g_assert_cmpint (status_, ==, 0);                                   \
  } G_STMT_END

/* Ten days of reports of three offices, and 2,500 blanks received. */
static void
seed (Fixture *f)
{
  RUN_OK (f, "blangko", "receive", "2019-11-28", "2.500", "--ba", "BA/DUKCAPIL/2019/11");
  for (int d = 21; d <= 30; d++)
    {
      g_autofree char *date = g_strdup_printf ("2019-11-%02d", d);
      g_autofree char *sisa = g_strdup_printf ("%d", 300 - (d - 20) * 20);

      RUN_OK (f, "blangko", "daily", "13.01", date, "--sisa", sisa, "--cetak", "20", "--prr", "500", "--suket", "1");
      RUN_OK (f, "blangko", "daily", "13.71", date, "--sisa", "0", "--cetak", "10", "--prr", "2.100", "--suket", "5");
      RUN_OK (f, "blangko", "daily", "13.75", date, "--sisa", "600", "--cetak", "20", "--prr", "500", "--suket", "1");
    }
}

static void
test_ledger (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL, *csv = NULL;
  int status;

  RUN_OK (f, "blangko", "receive", "2019-11-04", "2000", "--ba", "BA/001");
  RUN_OK (f, "blangko", "distribute", "2019-11-11", "13.01", "150", "--bast", "BAST/01", "--method", "courier");
  RUN_OK (f, "blangko", "distribute", "2019-11-12", "13.71", "400", "--method", "dijemput");

  /* more than in stock: refused with the stock in the message */
  out = dk_test_cli_run (f, &status, &err, "blangko", "distribute", "2019-11-13", "13.02", "1451", NULL);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err, "1,450"));
  g_assert_nonnull (strstr (err, "SOLOK"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "blangko", "distribute", "2019-11-13", "13.02", "10", "--method", "pigeon", NULL);
  g_assert_cmpint (status, ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  out = dk_test_cli_run (f, &status, &err, "blangko", "stock", "--as-of", "2019-11-11", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "2,000 received, 150 distributed, 1,850 in stock"));
  g_clear_pointer (&out, g_free);
  csv = dk_test_cli_run (f, &status, NULL, "blangko", "stock", "--as-of", "2019-11-30", "--format", "csv", NULL);
  g_assert_true (g_str_has_prefix (csv, "kode,wilayah,laporan,sisa,cetak_per_hari,hari_stok,habis,prr,suket,kebutuhan,"
                                         "kebutuhan_sampai\n13,SUMATERA BARAT,2019-11-30,1450,"));
  g_clear_pointer (&csv, g_free);
  csv = dk_test_cli_run (f, &status, NULL, "blangko", "ledger", "--format", "csv", NULL);
  g_assert_cmpstr (csv, ==,
                   "id,tanggal,jenis,nomor,kode,wilayah,cara,masuk,keluar,saldo,catatan\n"
                   "T1,2019-11-04,terima,BA/001,,,,2000,0,2000,\n"
                   "D1,2019-11-11,distribusi,BAST/01,13.01,PESISIR SELATAN,ekspedisi,0,150,1850,\n"
                   "D2,2019-11-12,distribusi,,13.71,KOTA PADANG,dijemput,0,400,1450,\n");

  /* the BAST number filled in later */
  RUN_OK (f, "blangko", "bast", "D2", "BAST/02");
  g_clear_pointer (&csv, g_free);
  csv = dk_test_cli_run (f, &status, NULL, "blangko", "ledger", "--format", "csv", "--from", "2019-11-12", NULL);
  g_assert_cmpstr (csv, ==, "id,tanggal,jenis,nomor,kode,wilayah,cara,masuk,keluar,saldo,catatan\n"
                            "D2,2019-11-12,distribusi,BAST/02,13.71,KOTA PADANG,dijemput,0,400,1450,\n");
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "blangko", "bast", "D9", "X", NULL);
  g_assert_cmpint (status, ==, 3);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == '\n';
  return n;
}

static gint64
sum_column (const char *csv,
            guint       column)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  gint64 sum = 0;

  for (guint i = 1; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) cells = g_strsplit (lines[i], ",", -1);

      sum += g_ascii_strtoll (cells[column], NULL, 10);
    }
  return sum;
}

static char *
csv_cell (const char *csv,
          const char *kode,
          guint       column)
{
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);

  for (guint i = 1; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], kode) && lines[i][strlen (kode)] == ',')
      {
        g_auto(GStrv) cells = g_strsplit (lines[i], ",", -1);

        return g_strdup (cells[column]);
      }
  g_assert_not_reached ();
}

static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *csv = NULL, *capped = NULL, *text = NULL, *err = NULL, *ledger = NULL, *set = NULL;
  int status;

  seed (f);
  csv = dk_test_cli_run (f, &status, NULL, "blangko", "plan", "2000", "--as-of", "2019-11-30", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (csv, "kode,wilayah,"));
  g_assert_true (g_str_has_prefix (strchr (csv, '\n') - strlen (",keping"), ",keping\n"));
  g_assert_cmpuint (count_lines (csv), ==, 1 + 19);
  g_assert_cmpint (sum_column (csv, 11), ==, 2000);
  /* Kota Padang, out of blanks, ranks first; Pesisir Selatan (5 days) before Bukittinggi (30) */
  {
    g_autofree char *padang = csv_cell (csv, "13.71", 2), *ps = csv_cell (csv, "13.01", 2), *bkt = csv_cell (csv, "13.75", 2);
    g_autofree char *ps_k = csv_cell (csv, "13.01", 11), *bkt_k = csv_cell (csv, "13.75", 11);

    g_assert_cmpstr (padang, ==, "1");
    g_assert_cmpstr (ps, ==, "2");
    g_assert_cmpstr (bkt, ==, "3");
    g_assert_cmpint (atoi (ps_k), >, atoi (bkt_k));
  }

  capped = dk_test_cli_run (f, &status, NULL, "blangko", "plan", "2000", "--as-of", "2019-11-30", "--format", "csv",
                "--cap", "13.71=300", "--cap", "13.01=250", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpint (sum_column (capped, 11), ==, 2000);
  {
    g_autofree char *padang = csv_cell (capped, "13.71", 11), *cap = csv_cell (capped, "13.71", 10);

    g_assert_cmpstr (padang, ==, "300");
    g_assert_cmpstr (cap, ==, "300");
  }
  set = dk_test_cli_run (f, &status, NULL, "blangko", "plan", "2000", "--as-of", "2019-11-30", "--format", "csv",
             "--set", "13.77=100", NULL);
  g_assert_cmpint (sum_column (set, 11), ==, 2000);
  {
    g_autofree char *pariaman = csv_cell (set, "13.77", 11);

    g_assert_cmpstr (pariaman, ==, "100");
  }

  /* caps that leave blanks over, and bad arguments */
  text = dk_test_cli_run (f, &status, &err, "blangko", "plan", "100", "--as-of", "2019-11-30", "--cap", "13.71=0",
              "--cap", "13.01=0", "--cap", "13.75=0", NULL);
  g_assert_cmpint (status, ==, 0);   /* the offices without a report take it evenly */
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&err, g_free);
  text = dk_test_cli_run (f, &status, &err, "blangko", "plan", "2000", "--cap", "13.71", NULL);
  g_assert_cmpint (status, ==, 2);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&err, g_free);
  text = dk_test_cli_run (f, &status, &err, "blangko", "plan", "0", NULL);
  g_assert_cmpint (status, ==, 3);
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&err, g_free);

  /* the text, with the reasons, most urgent first */
  text = dk_test_cli_run (f, &status, &err, "blangko", "plan", "2000", "--as-of", "2019-11-30", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (text, "Out of blanks; PRR 2,100"));
  g_assert_true (strstr (text, "KOTA PADANG") < strstr (text, "PESISIR SELATAN"));
  g_clear_pointer (&err, g_free);

  /* approved: recorded as distributions */
  g_clear_pointer (&text, g_free);
  text = dk_test_cli_run (f, &status, &err, "blangko", "plan", "2000", "--as-of", "2019-11-30", "--format", "csv",
              "--approve", "2019-12-02", "--method", "delivered", NULL);
  g_assert_cmpint (status, ==, 0);
  ledger = dk_test_cli_run (f, &status, NULL, "blangko", "ledger", "--format", "csv", NULL);
  g_assert_cmpint (sum_column (ledger, 8), ==, 2000);
  g_assert_nonnull (strstr (ledger, ",diantar,"));
  g_clear_pointer (&text, g_free);
  g_clear_pointer (&err, g_free);
  text = dk_test_cli_run (f, &status, &err, "blangko", "plan", "2000", "--as-of", "2019-12-02", "--approve", "2019-12-03", NULL);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err, "500"));

  /* the charts, drawn into files */
  {
    g_autofree char *png = g_build_filename (f->dir, "days.png", NULL);
    g_autofree char *svg = g_build_filename (f->dir, "stock.svg", NULL);
    g_autoptr(GBytes) a = NULL, b = NULL;

    RUN_OK (f, "blangko", "chart", "days", "--as-of", "2019-11-30", "-o", png);
    RUN_OK (f, "blangko", "chart", "stock", "-o", svg);
    a = dk_test_file_bytes (png);
    b = dk_test_file_bytes (svg);
    g_assert_true (memcmp (g_bytes_get_data (a, NULL), "\x89PNG", 4) == 0);
    g_assert_nonnull (g_strstr_len (g_bytes_get_data (b, NULL), g_bytes_get_size (b), "<svg"));
  }
}

static gboolean
have_openpyxl (void)
{
  const char *argv[] = { "/usr/bin/python3", "-c", "import openpyxl", NULL };
  int status;
  g_autofree char *out = NULL;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    return FALSE;
  out = dk_test_run (argv, &status, NULL);
  return status == 0;
}

static void
check_workbook (const char *const *args)
{
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-blangko-xlsx.py", NULL);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autofree char *out = NULL, *err = NULL;
  int status;

  g_ptr_array_add (argv, "/usr/bin/python3");
  g_ptr_array_add (argv, script);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) args[i]);
  g_ptr_array_add (argv, NULL);
  out = dk_test_run ((const char *const *) argv->pdata, &status, &err);
  if (status != 0)
    g_test_message ("%s%s", out, err);
  g_assert_cmpint (status, ==, 0);
}

static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *text = NULL, *csv = NULL, *err = NULL, *check = NULL, *again = NULL;
  g_autofree char *csv_path = g_build_filename (f->dir, "laporan.csv", NULL);
  g_autofree char *xlsx = g_build_filename (f->dir, "laporan.xlsx", NULL);
  g_autofree char *bad = g_build_filename (f->dir, "salah.csv", NULL);
  int status;

  RUN_OK (f, "blangko", "usage", "13.01", "2019-10-31", "--saldo", "200", "--sisa", "200");
  RUN_OK (f, "blangko", "usage", "13.01", "2019-11-01", "--baru", "30", "--invalid", "2");
  RUN_OK (f, "blangko", "usage", "13.01", "2019-11-04", "--bast", "470/12/BAST", "--masuk", "150", "--baru", "25",
          "--hilang", "3", "--ba-pinjam", "BA-PP/01", "--pinjam", "10", "--ket", "dipinjam Kota Solok");
  /* the balance follows: only the shipped M2M total is found */
  check = dk_test_cli_run (f, &status, NULL, "check", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpuint (count_lines (check), ==, 1);
  g_assert_true (g_str_has_prefix (check, "M2M "));
  g_clear_pointer (&check, g_free);

  text = dk_test_cli_run (f, &status, &err, "blangko", "report", "13.01", "2019-11", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (text, "PESISIR SELATAN (13.01), November 2019"));
  g_assert_cmpstr (err, ==, "");
  g_clear_pointer (&err, g_free);

  /* a day whose saldo does not follow from the day before: found, and marked */
  RUN_OK (f, "blangko", "usage", "13.01", "2019-11-05", "--saldo", "300", "--baru", "10");
  check = dk_test_cli_run (f, &status, NULL, "check", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (check, "Blangko 2019-11: PESISIR SELATAN (13.01), 5 November 2019, Balance: the report "
                                   "states 300, the remaining blanks of 4 November 2019 plus those received give 280"));
  g_clear_pointer (&text, g_free);
  text = dk_test_cli_run (f, &status, &err, "blangko", "report", "13.01", "2019-11", NULL);
  g_assert_nonnull (strstr (text, "!300"));
  g_assert_nonnull (strstr (err, "5 November 2019"));

  csv = dk_test_cli_run (f, &status, NULL, "blangko", "report", "13.01", "2019-11", "--format", "csv", NULL);
  g_assert_cmpstr (csv, ==,
                   "tanggal,nomor_masuk,masuk,saldo,pemakaian,nomor_pinjam,pinjam,cetak_baru,cetak_hilang,cetak_rusak,"
                   "cetak_perubahan_data,rusak_invalid,sisa,ket\n"
                   "2019-11-01,,0,200,32,,0,30,0,0,0,2,168,\n"
                   "2019-11-04,470/12/BAST,150,318,28,BA-PP/01,10,25,3,0,0,0,280,dipinjam Kota Solok\n"
                   "2019-11-05,,0,300,10,,0,10,0,0,0,0,290,\n");
  g_assert_true (g_file_set_contents (csv_path, csv, -1, NULL));

  /* the workbook in the agreed layout, read back */
  RUN_OK (f, "blangko", "signer", "13.01", "--place", "Painan", "--signer-name", "NAMA KEPALA DINAS",
          "--signer-rank", "Pembina", "--signer-nip", "19700101 199001 1 001");
  RUN_OK (f, "blangko", "report", "13.01", "2019-11", "-o", xlsx);
  if (have_openpyxl ())
    {
      const char *args[] = { "usage", xlsx, csv_path, "PESISIR SELATAN", "2019-11", "Painan, 30 November 2019",
                             "Kepala Dinas", "NAMA KEPALA DINAS", "Pembina", "NIP. 19700101 199001 1 001", NULL };

      check_workbook (args);
    }
  else
    g_test_message ("openpyxl is not installed: the workbook was not read back");

  /* the CSV imports back into another office's month, the same figures */
  RUN_OK (f, "blangko", "import", "13.02", "2019-11", csv_path);
  again = dk_test_cli_run (f, &status, NULL, "blangko", "report", "13.02", "2019-11", "--format", "csv", NULL);
  g_assert_cmpstr (again, ==, csv);

  /* a file with an error changes nothing, and says where */
  g_assert_true (g_file_set_contents (bad, "1;;;20o;;;;;;;;;;\n2;;;10;;;;;;;;;10;\n", -1, NULL));
  g_clear_pointer (&err, g_free);
  g_clear_pointer (&text, g_free);
  text = dk_test_cli_run (f, &status, &err, "blangko", "import", "13.02", "2019-11", bad, NULL);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err, "salah.csv, line 1, column Balance: “20o” is not a number"));
  g_clear_pointer (&again, g_free);
  again = dk_test_cli_run (f, &status, NULL, "blangko", "report", "13.02", "2019-11", "--format", "csv", NULL);
  g_assert_cmpstr (again, ==, csv);
}

static void
test_plan_workbook (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "rencana.xlsx", NULL);
  g_autofree char *csv_path = g_build_filename (f->dir, "rencana.csv", NULL);
  g_autofree char *csv = NULL;
  int status;

  seed (f);
  csv = dk_test_cli_run (f, &status, NULL, "blangko", "plan", "2.345", "--as-of", "2019-11-30", "--format", "csv",
             "--cap", "13.71=700", "-o", xlsx, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_set_contents (csv_path, csv, -1, NULL));
  if (!have_openpyxl ())
    {
      g_test_skip ("openpyxl is not installed");
      return;
    }
  {
    const char *args[] = { "plan", xlsx, csv_path, "2345", NULL };

    check_workbook (args);
  }
}

static void
test_coverage (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *csv = NULL;
  int status;

  csv = dk_test_cli_run (f, &status, NULL, "blangko", "coverage", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (csv, ==,
                   "kode,wilayah,per,wajib_ktp,sudah_rekam,persen_rekam,memiliki_ktp_el,persen_ktp_el,dicetak_keping,"
                   "prr,sfe,duplicate_record\n"
                   "13,SUMATERA BARAT,2019-11-30,3883189,3734478,96.17,3708770,95.51,1613407,37881,392,1337\n");
}

/* A kabupaten's coverage joins the table; one that counts more KTP-el than recordings
 * is found by check. */
static void
test_coverage_set (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *csv = NULL, *check = NULL;
  int status;

  RUN_OK (f, "blangko", "coverage-set", "13.01", "2019-11-30", "--wajib", "300.000", "--rekam", "290.000",
          "--ktp-el", "291.000", "--prr", "1.200");
  csv = dk_test_cli_run (f, &status, NULL, "blangko", "coverage", "--format", "csv", NULL);
  g_assert_nonnull (strstr (csv, "\n13.01,PESISIR SELATAN,2019-11-30,300000,290000,96.67,291000,97.00,,1200,,\n"));
  check = dk_test_cli_run (f, &status, NULL, "check", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (check, "KTP-el 2019-11-30: PESISIR SELATAN (13.01): 291,000 own a KTP-el, more than "
                                   "the 290,000 recorded"));
}

static void
test_usage_errors (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  int status;

  out = dk_test_cli_run (f, &status, &err, "blangko", NULL);
  g_assert_cmpint (status, ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "blangko", "frobnicate", NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "frobnicate"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "blangko", "report", "13.01", "2019-13", NULL);
  g_assert_cmpint (status, ==, 3);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "blangko", "report", "13", "2019-11", NULL);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err, "not a kabupaten/kota"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "blangko", "daily", "13.01", "2019-11-30", "--sisa", "5", NULL);
  g_assert_cmpint (status, ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "blangko", "plan", "2000", "-o", "x.ods", NULL);
  g_assert_cmpint (status, ==, 2);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/dk/cli/blangko/" path, Fixture, NULL, dk_test_cli_setup, func, dk_test_cli_teardown)
  ADD ("ledger", test_ledger);
  ADD ("plan", test_plan);
  ADD ("report", test_report);
  ADD ("plan-workbook", test_plan_workbook);
  ADD ("coverage", test_coverage);
  ADD ("coverage-set", test_coverage_set);
  ADD ("usage-errors", test_usage_errors);
#undef ADD
  return g_test_run ();
}
