/* test-cli-pks.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `dukcapil-cli pks …` as the Bidang runs it: recording agreements, the SOP's steps in
 * order, the access and an extension, the list and its CSV, `check` with each kind of
 * finding (exit status 1), undo, the printable list of the quarter's ends, and the
 * workbook's PKS sheet read back with openpyxl. Every
 * command is given its date: nothing depends on today.
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

static void
steps (Fixture    *f,
       const char *id,
       guint       last,
       const char *done)
{
  for (guint n = 1; n <= last; n++)
    {
      g_autofree char *number = g_strdup_printf ("%u", n);

      RUN_OK (f, "pks", "step", id, number, "--done", done, "--by", "Kasi Kerja Sama");
    }
}

/* Three agreements: one past its end with access on, one stuck at step 3, one in order
 * with an expired certificate. */
static void
seed (Fixture *f)
{
  g_autofree char *out = NULL;
  int status;

  out = dk_test_cli_run (f, &status, NULL, "pks", "add", "Bank Nagari", "--number", "470/001/PKS/2024",
                         "--signed", "2024-01-02", "--ends", "2024-12-31", "--access", "card-reader", "--kind", "Bank",
                         NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "1\n");
  g_clear_pointer (&out, g_free);
  out = dk_test_cli_run (f, &status, NULL, "pks", "add", "RSUP M. Djamil", "--number", "470/002/PKS/2025",
                         "--signed", "2025-01-02", "--term", "12", "--access", "web service", "--ip", "10.20.0.5", NULL);
  g_assert_cmpstr (out, ==, "2\n");
  RUN_OK (f, "pks", "add", "Dinas Kesehatan", "--number", "470/003/PKS/2025", "--signed", "2025-01-02", "--ends",
          "2026-06-30", "--access", "web-portal", "--certificate", "SNI 27001", "--certificate-ends", "2025-03-31");
  steps (f, "1", 6, "2024-01-10");
  steps (f, "2", 2, "2025-01-07");
  steps (f, "3", 6, "2025-01-08");
}

static void
test_register (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  int status;

  seed (f);
  out = dk_test_cli_run (f, &status, NULL, "pks", "list", "--as-of", "2025-01-15", "--format", "csv", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, "id,lembaga,nomor,mulai,berakhir,akses,status\n"
                            "1,Bank Nagari,470/001/PKS/2024,2024-01-02,2024-12-31,card-reader,harus-dimatikan\n"
                            "2,RSUP M. Djamil,470/002/PKS/2025,2025-01-02,2026-01-01,web-service,diajukan\n"
                            "3,Dinas Kesehatan,470/003/PKS/2025,2025-01-02,2026-06-30,web-portal,aktif\n");
  g_clear_pointer (&out, g_free);
  out = dk_test_cli_run (f, &status, NULL, "pks", "list", "--as-of", "2025-10-15", "--expiring", "90", "--format",
                         "csv", NULL);
  g_assert_cmpstr (out, ==, "id,lembaga,nomor,mulai,berakhir,akses,status\n"
                            "2,RSUP M. Djamil,470/002/PKS/2025,2025-01-02,2026-01-01,web-service,diajukan\n");
  g_clear_pointer (&out, g_free);
  out = dk_test_cli_run (f, &status, NULL, "pks", "show", "2", "--as-of", "2025-01-15", NULL);
  g_assert_nonnull (strstr (out, "step 3 (Kabid PIAK), 6 working days late"));
  g_assert_nonnull (strstr (out, "IP addresses: 10.20.0.5"));
  g_clear_pointer (&out, g_free);

  /* refused: a step out of order, access on before the SOP is done, a bad mechanism */
  out = dk_test_cli_run (f, &status, &err, "pks", "step", "2", "4", "--done", "2025-01-15", NULL);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err, "Step 4 cannot be done before step 3"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "pks", "access", "2", "on", "2025-01-15", NULL);
  g_assert_cmpint (status, ==, 3);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "pks", "add", "X", "--number", "1", "--signed", "2025-01-01", "--term", "1",
                         "--access", "pigeon", NULL);
  g_assert_cmpint (status, ==, 2);
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);
  out = dk_test_cli_run (f, &status, &err, "pks", "step", "x", "1", "--done", "2025-01-15", NULL);
  g_assert_cmpint (status, ==, 2);
}

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *out = NULL, *err = NULL;
  int status;

  seed (f);
  /* the seeded M2M table has a finding of its own: only the PKS lines are looked at */
  out = dk_test_cli_run (f, &status, &err, "check", "--as-of", "2025-04-14", NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (out, "Bank Nagari, PKS 470/001/PKS/2024: ended on 31 December 2024 (104 days ago) and "
                                 "its access is still on: switch it off\n"));
  g_assert_nonnull (strstr (out, "RSUP M. Djamil, PKS 470/002/PKS/2025: step 3 (Kabid PIAK) was due on 7 January "
                                 "2025 and is 69 working days late\n"));
  g_assert_nonnull (strstr (out, "Dinas Kesehatan, PKS 470/003/PKS/2025: the security certificate SNI 27001 expired "
                                 "on 31 March 2025\n"));
  g_clear_pointer (&out, g_free);
  g_clear_pointer (&err, g_free);

  /* a holiday moves the due date; switching off, extending and on again clears the first */
  RUN_OK (f, "pks", "holiday", "add", "2025-01-08", "Cuti bersama");
  RUN_OK (f, "pks", "access", "1", "off", "2025-01-02");
  RUN_OK (f, "pks", "extend", "1", "--ends", "2026-12-31", "--signed", "2025-01-10", "--number", "EXT/01");
  RUN_OK (f, "pks", "access", "1", "on", "2025-01-10");
  out = dk_test_cli_run (f, &status, &err, "check", "--as-of", "2025-04-14", NULL);
  g_assert_null (strstr (out, "Bank Nagari"));
  g_assert_nonnull (strstr (out, "is 68 working days late"));
  g_clear_pointer (&out, g_free);
  out = dk_test_cli_run (f, &status, NULL, "pks", "show", "1", "--as-of", "2025-04-14", NULL);
  g_assert_nonnull (strstr (out, "2025-01-10  Extension EXT/01: ends 2026-12-31"));
  g_clear_pointer (&out, g_free);

  /* undo: the access on again goes, the finding comes back */
  RUN_OK (f, "undo");
  out = dk_test_cli_run (f, &status, NULL, "pks", "list", "--as-of", "2025-04-14", "--format", "csv", NULL);
  g_assert_nonnull (strstr (out, "1,Bank Nagari,470/001/PKS/2024,2024-01-02,2026-12-31,card-reader,dimatikan\n"));
}

static void
test_print (Fixture       *f,
            gconstpointer  data)
{
  g_autofree char *pdf = g_build_filename (f->dir, "pks.pdf", NULL);
  g_autofree char *contents = NULL;
  gsize length;

  g_autofree char *out = NULL, *err = NULL;
  int status;

  seed (f);
  out = dk_test_cli_run (f, &status, &err, "print", "pks", "--as-of", "2025-10-15", "-o", pdf, NULL);
  g_assert_cmpint (status, ==, 0);
  /* nothing said on the way (the sanitizer's summary of its suppressions aside) */
  g_assert_null (strstr (err, "CRITICAL"));
  g_assert_null (strstr (err, "WARNING"));
  g_assert_true (g_file_get_contents (pdf, &contents, &length, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF"));
}

static gboolean
have_openpyxl (void)
{
  const char *argv[] = { "/usr/bin/python3", "-c", "import openpyxl", NULL };
  g_autofree char *out = NULL;
  int status;

  if (!g_file_test (argv[0], G_FILE_TEST_IS_EXECUTABLE))
    return FALSE;
  out = dk_test_run (argv, &status, NULL);
  return status == 0;
}

/* The workbook's PKS sheet, read back with openpyxl, against `pks list --format csv`. */
static void
test_workbook (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *xlsx = g_build_filename (f->dir, "laporan.xlsx", NULL);
  g_autofree char *list = g_build_filename (f->dir, "pks.csv", NULL);
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, "check-pks-xlsx.py", NULL);
  g_autofree char *csv = NULL, *out = NULL, *err = NULL;
  int status;

  if (!have_openpyxl ())
    {
      g_test_skip ("python3-openpyxl is not installed");
      return;
    }
  seed (f);
  RUN_OK (f, "export", xlsx, "--as-of", "2026-01-15");
  csv = dk_test_cli_run (f, &status, NULL, "pks", "list", "--as-of", "2026-01-15", "--format", "csv", NULL);
  g_assert_true (g_file_set_contents (list, csv, -1, NULL));
  {
    /* the IKD and M2M tables of 31 December 2025; row 5 is Bank Nagari, past its end; row 6
     * RSUP M. Djamil, late at step 3 */
    const char *argv[] = { "/usr/bin/python3", script, xlsx, list, "5:8=-380", "6:15=Langkah 3 (Kabid PIAK)",
                           "6:16=267", "7:12=2025-03-31 00:00:00", NULL };

    out = dk_test_run (argv, &status, &err);
  }
  if (status != 0)
    g_test_message ("%s%s", out, err);
  g_assert_cmpint (status, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/dk/cli-pks/" path, Fixture, NULL, dk_test_cli_setup, func, dk_test_cli_teardown)
  ADD ("register", test_register);
  ADD ("check", test_check);
  ADD ("print", test_print);
  ADD ("workbook", test_workbook);
#undef ADD

  return g_test_run ();
}
