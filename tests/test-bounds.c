/* test-bounds.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The plausible bounds of the figures (issue 15, item 1): the largest count and amount
 * are accepted everywhere they can enter (a file, the domains' writes, the CLI), one more
 * is refused with its message and changes nothing, and the sums of figures written
 * before the bounds fail with an error instead of wrapping. Run under UBSan too.
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dk-blangko.h"
#include "dk-blangko-plan.h"
#include "dk-blangko-usage.h"
#include "dk-budget.h"
#include "dk-domains.h"
#include "dk-error.h"
#include "dk-ikd.h"
#include "dk-import.h"
#include "dk-m2m.h"
#include "dk-number.h"
#include "dk-parse.h"
#include "dk-test-util.h"

#define COUNT_OVER "1000000001"

static const char *const everything[] = {
  "SELECT count(*) || ':' || coalesce(sum(rekam_dinamis), 0) FROM ikd_value",
  "SELECT count(*) || ':' || coalesce(sum(perangkat), 0) FROM m2m_value",
  "SELECT count(*) FROM blangko_terima",
  "SELECT count(*) FROM blangko_distribusi",
  "SELECT count(*) FROM blangko_harian",
  "SELECT count(*) FROM ktp_el_cakupan",
  "SELECT count(*) FROM riwayat",
};

static char *
dump (DkStore *store)
{
  g_autofree char *address = dk_test_store_address (store);

  return dk_test_dump_queries (address, everything, G_N_ELEMENTS (everything));
}

static void
exec_raw (const char *address,
          const char *sql)
{
  g_autofree char *message = dk_test_exec_sql (address, sql);

  if (message != NULL)
    g_error ("%s: %s", sql, message);
}

static void
assert_refused (GError     *error,
                const char *expected)
{
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
}

/* The parsers every way in uses: the largest accepted, one more refused, a paste error
 * of 2^63 − 1 refused, each with the message the import locates. */
static void
test_parse (void)
{
  gint64 v = -1;
  g_autofree char *why = NULL, *why2 = NULL, *why3 = NULL, *why4 = NULL;

  g_assert_true (dk_parse_count ("1000000000", &v, NULL, NULL));
  g_assert_cmpint (v, ==, DK_COUNT_MAX);
  g_assert_true (dk_parse_count ("1.000.000.000", &v, NULL, NULL));
  g_assert_cmpint (v, ==, DK_COUNT_MAX);
  g_assert_false (dk_parse_count (COUNT_OVER, &v, NULL, &why));
  g_assert_cmpstr (why, ==, "“1000000001” is more than any region can count (at most 1,000,000,000)");
  g_assert_false (dk_parse_count ("9223372036854775807", &v, NULL, &why2));
  g_assert_nonnull (strstr (why2, "more than any region can count"));
  g_assert_false (dk_parse_count ("99999999999999999999999", &v, NULL, &why3));
  g_assert_nonnull (strstr (why3, "more than any region can count"));

  g_assert_true (dk_parse_rupiah ("Rp 1.000.000.000.000.000", &v, NULL, NULL));
  g_assert_cmpint (v, ==, DK_RUPIAH_MAX);
  g_assert_false (dk_parse_rupiah ("1000000000000001", &v, NULL, &why4));
  g_assert_cmpstr (why4, ==, "“1000000000000001” is more than any budget holds (at most Rp 1,000,000,000,000,000)");
}

static DkImport *
read_ikd (DkStore    *store,
          const char *rekam)
{
  g_autofree char *csv = g_strdup_printf ("Kode,Wilayah,Rekam Dinamis,Jumlah IKD\n"
                                          "13.71,Kota Padang,%s,203479\n", rekam);
  DkImport *import = dk_import_new (store, DK_IMPORT_KIND_IKD, "13");

  dk_import_read_data (import, "ikd-2024-11-01.csv", csv, strlen (csv));
  return import;
}

/* A file: the largest count imports, one more (and the paste error) is a located
 * problem, and nothing is written. */
static void
test_import (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump (store);
  const char *overs[] = { COUNT_OVER, "9223372036854775807" };

  for (guint i = 0; i < G_N_ELEMENTS (overs); i++)
    {
      g_autoptr(DkImport) import = read_ikd (store, overs[i]);
      DkImportProblem *p;
      g_autofree char *after = NULL;

      g_assert_cmpuint (dk_import_get_n_errors (import), ==, 1);
      p = g_ptr_array_index (dk_import_get_problems (import), 0);
      g_assert_true (g_str_has_prefix (p->message, "ikd-2024-11-01.csv, line 2, column Rekam Dinamis: “"));
      g_assert_nonnull (strstr (p->message, "is more than any region can count (at most 1,000,000,000)"));
      g_assert_false (dk_import_commit (import, &error));
      g_clear_error (&error);
      after = dump (store);
      g_assert_cmpstr (after, ==, before);
    }
  {
    g_autoptr(DkImport) import = read_ikd (store, "1000000000");
    g_autoptr(DkIkdTable) table = NULL;

    g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
    g_assert_true (dk_import_commit (import, &error));
    g_assert_no_error (error);
    table = dk_ikd_table_load (store, "13", "2024-11-01", &error);
    g_assert_no_error (error);
    g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_total (table)), ==, DK_COUNT_MAX);
  }
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* The domains' writes: the largest accepted, one more refused with the message, the
 * database unchanged. */
static void
test_domains (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL, *after = NULL;
  DkIkdInput ikd_max = { "13.71", DK_COUNT_MAX, DK_COUNT_MAX, -1 };
  DkIkdInput ikd_over = { "13.71", DK_COUNT_MAX + 1, 0, -1 };
  DkM2mInput m2m_over = { .kode = "13.71", .perangkat = DK_COUNT_MAX + 1, .aktif = 0 };
  DkBlangkoDistributionInput dist = { "2024-11-02", "13.71", NULL, DK_COUNT_MAX + 1, DK_BLANGKO_COLLECTED, NULL };
  DkBlangkoDaily daily = { (char *) "13.71", "2024-11-02", DK_COUNT_MAX + 1, 0, 0, 0 };
  DkBlangkoCoverage cov = { .kode = (char *) "13.71", .per = "2024-11-01", .wajib_ktp = DK_COUNT_MAX + 1,
                            .dicetak_keping = -1, .prr = -1, .sfe = -1, .duplicate_record = -1 };
  DkBlangkoUsageInput usage = { .tanggal = "2024-11-02", .masuk = DK_COUNT_MAX + 1, .saldo = -1,
                                .pemakaian = -1, .sisa = -1 };
  DkBlangkoShareInput share = { .weight = 1, .cap = -1, .pinned = -1 };
  DkBlangkoShare out;

  g_assert_true (dk_ikd_replace_values (store, "2024-11-01", "13", "test", &ikd_max, 1, &error));
  g_assert_no_error (error);
  g_assert_true (dk_blangko_add_receipt (store, "2024-11-01", "BA/1", DK_COUNT_MAX, NULL, NULL, &error));
  g_assert_no_error (error);
  before = dump (store);

  g_assert_false (dk_ikd_replace_values (store, "2024-11-01", "13", "test", &ikd_over, 1, &error));
  assert_refused (error, "Region 13.71: 1,000,000,001 is more than any region can count (at most 1,000,000,000)");
  g_clear_error (&error);
  g_assert_false (dk_m2m_replace_snapshot (store, "2024-11-01", "13", "test", &m2m_over, 1, NULL, 0, &error));
  assert_refused (error, "is more than any region can count");
  g_clear_error (&error);
  g_assert_false (dk_blangko_add_receipt (store, "2024-11-02", "BA/2", DK_COUNT_MAX + 1, NULL, NULL, &error));
  assert_refused (error, "Blanks received: 1,000,000,001 is more than any region can count");
  g_clear_error (&error);
  g_assert_false (dk_blangko_add_distribution (store, &dist, NULL, &error));
  assert_refused (error, "is more than any region can count");
  g_clear_error (&error);
  g_assert_false (dk_blangko_set_daily (store, &daily, &error));
  assert_refused (error, "is more than any region can count");
  g_clear_error (&error);
  g_assert_false (dk_blangko_coverage_set (store, &cov, &error));
  assert_refused (error, "is more than any region can count");
  g_clear_error (&error);
  g_assert_false (dk_blangko_usage_set_day (store, "13.71", &usage, &error));
  assert_refused (error, "is more than any region can count");
  g_clear_error (&error);
  g_assert_false (dk_blangko_allocate (DK_COUNT_MAX + 1, 1, &share, &out, &error));
  assert_refused (error, "is more than any region can count");
  g_clear_error (&error);
  after = dump (store);
  g_assert_cmpstr (after, ==, before);

  /* a second receipt of the most: the stock is two billion, not a wrapped figure */
  g_assert_true (dk_blangko_add_receipt (store, "2024-11-03", "BA/3", DK_COUNT_MAX, NULL, NULL, &error));
  g_assert_no_error (error);
  {
    DkBlangkoStock stock;

    g_assert_true (dk_blangko_stock_at (store, NULL, &stock, &error));
    g_assert_no_error (error);
    g_assert_cmpint (stock.stock, ==, 2 * DK_COUNT_MAX);
  }
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* Budget amounts: Rp 10^15 is accepted, one rupiah more refused. */
static void
test_budget (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  DkBudgetAmount max = { "5.1", DK_RUPIAH_MAX, DK_RUPIAH_MAX };
  DkBudgetAmount over = { "5.1", DK_RUPIAH_MAX + 1, 0 };

  g_assert_true (dk_budget_add_year (store, 2026, &error));
  g_assert_true (dk_budget_add_activity (store, 2026, "2.12.04.1.02.0001", "Uji", &error));
  g_assert_true (dk_budget_add_line (store, 2026, NULL, "5.1", "Baris", &error));
  g_assert_true (dk_budget_set_amounts (store, 2026, NULL, 0, &max, 1, &error));
  g_assert_no_error (error);
  g_assert_false (dk_budget_set_amounts (store, 2026, NULL, 0, &over, 1, &error));
  assert_refused (error, "5.1, Budget: Rp 1,000,000,000,000,001 is more than any budget holds");
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* Figures written before the bounds (by hand here): the sums fail with an error that
 * says so, never a wrapped total, and the percentages and shortfalls do not overflow. */
static void
test_old_figures (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  g_autoptr(GPtrArray) ledger = NULL;
  g_autofree char *address = dk_test_store_address (store);
  DkIkdInput rows[] = { { "13.71", 1, 1, -1 }, { "13.72", 1, 1, -1 } };

  g_assert_true (dk_ikd_replace_values (store, "2024-11-01", "13", "test", rows, 2, &error));
  g_assert_true (dk_blangko_add_receipt (store, "2024-11-01", "BA/1", 1, NULL, NULL, &error));
  g_assert_true (dk_blangko_add_receipt (store, "2024-11-02", "BA/2", 1, NULL, NULL, &error));
  g_assert_no_error (error);
  g_clear_object (&store);
  exec_raw (address, "UPDATE ikd_value SET rekam_dinamis = 9223372036854775807, jumlah_ikd = 9223372036854775807;"
                     "UPDATE blangko_terima SET keping = 9223372036854775807;");
  store = dk_domains_open (address, &error);
  g_assert_no_error (error);

  table = dk_ikd_table_load (store, "13", "2024-11-01", &error);
  g_assert_null (table);
  assert_refused (error, "The IKD figures of 1 November 2024 add up to more than any region can count");
  g_clear_error (&error);
  ledger = dk_blangko_list_ledger (store, NULL, NULL, &error);
  g_assert_null (ledger);
  assert_refused (error, "add up to more than any region can count");

  g_assert_cmpint (dk_ikd_percent_bp (G_MAXINT64, G_MAXINT64), ==, 10000);
  g_assert_cmpint (dk_ikd_shortfall (0, G_MAXINT64, 3000), ==, G_GINT64_CONSTANT (2767011611056432743));
  g_assert_cmpint (dk_ikd_shortfall (0, DK_COUNT_MAX, 3000), ==, 300000000);
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* The CLI: the largest receipt is taken, one more is refused with the parser's message. */
static void
test_cli (void)
{
  DkTestCli f;
  int status;
  g_autofree char *err = NULL, *err2 = NULL, *out = NULL, *out2 = NULL, *out3 = NULL;

  dk_test_cli_setup (&f, NULL);
  out = dk_test_cli_run (&f, &status, &err, "blangko", "receive", "2024-11-01", COUNT_OVER, "--ba", "BA/1", NULL);
  g_assert_cmpint (status, ==, 2);
  g_assert_nonnull (strstr (err, "more than any region can count"));
  out2 = dk_test_cli_run (&f, &status, &err2, "blangko", "receive", "2024-11-01", "1.000.000.000", "--ba", "BA/1",
                          NULL);
  g_assert_cmpint (status, ==, 0);
  out3 = dk_test_cli_run (&f, &status, NULL, "blangko", "stock", NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out3, "1,000,000,000"));
  dk_test_cli_teardown (&f, NULL);
}

/* ------------------------------------------------------------ the files */

static void
assert_not_read (DkImport             *import,
                 DkBlangkoUsageImport *usage,
                 const char           *path,
                 const char           *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) error2 = NULL;

  g_assert_false (dk_import_read_file (import, path, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_IO);
  if (strstr (error->message, expected) == NULL)
    g_error ("“%s” does not say “%s”", error->message, expected);
  g_assert_false (dk_blangko_usage_import_read_file (usage, path, &error2));
  g_assert_error (error2, DK_ERROR, DK_ERROR_IO);
  g_assert_cmpstr (error2->message, ==, error->message);
}

/* What is not a regular file, and a file over the bound, are refused before they are
 * read: /dev/zero would fill the memory, a FIFO would wait for ever (the test would
 * hang if the check regressed), a folder cannot be read. */
static void
test_files (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_IKD, "13");
  DkBlangkoUsageImport *usage = dk_blangko_usage_import_new (store, "13.71", 2024, 11);
  g_autofree char *fifo = g_build_filename (dir, "pipe.csv", NULL);
  g_autofree char *big = g_build_filename (dir, "big.csv", NULL);
  g_autofree char *folder = g_build_filename (dir, "folder.csv", NULL);
  int fd;

  assert_not_read (import, usage, "/dev/zero", "/dev/zero is not a file (a device or a pipe)");
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  assert_not_read (import, usage, fifo, "pipe.csv is not a file (a device or a pipe)");
  g_assert_cmpint (g_mkdir (folder, 0700), ==, 0);
  assert_not_read (import, usage, folder, "folder.csv is a folder");

  /* sparse: 64 MiB + 1 byte take no room on the disk */
  fd = g_open (big, O_WRONLY | O_CREAT | O_TRUNC, 0600);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (ftruncate (fd, DK_PARSE_MAX_FILE_BYTES + 1), ==, 0);
  close (fd);
  assert_not_read (import, usage, big, "more than the 64 MiB any office’s table can be; is it the right file?");
  dk_blangko_usage_import_free (usage);
  g_clear_object (&import);
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* A file with thousands of bad lines: 100 problems, then one closing line with the
 * count of the rest; the import is still refused for all of them. */
static void
test_many_problems (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_IKD, "13");
  g_autoptr(GString) csv = g_string_new ("Kode,Wilayah,Rekam Dinamis,Jumlah IKD\n");
  GPtrArray *problems;
  DkImportProblem *last;

  for (guint i = 0; i < 3000; i++)
    g_string_append (csv, "13.71,Kota Padang,x,1\n");
  dk_import_read_data (import, "bad-2024-11-01.csv", csv->str, csv->len);
  problems = dk_import_get_problems (import);
  g_assert_cmpuint (problems->len, ==, DK_PARSE_MAX_PROBLEMS + 1);
  last = g_ptr_array_index (problems, DK_PARSE_MAX_PROBLEMS);
  g_assert_false (last->is_error);
  g_assert_cmpint (last->line, ==, 0);
  g_assert_cmpstr (last->message, ==, "… and 5900 more problems");
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 5999);
  g_clear_object (&import);
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* The CLI lists the first 100 and the closing line, and refuses a FIFO without waiting. */
static void
test_cli_files (void)
{
  DkTestCli f;
  int status;
  g_autofree char *err = NULL, *err2 = NULL, *out = NULL, *out2 = NULL;
  g_autofree char *path = NULL, *fifo = NULL;
  g_autoptr(GString) csv = g_string_new ("Kode,Wilayah,Rekam Dinamis,Jumlah IKD\n");
  g_auto(GStrv) lines = NULL;

  dk_test_cli_setup (&f, NULL);
  path = g_build_filename (f.dir, "bad-2024-11-01.csv", NULL);
  fifo = g_build_filename (f.dir, "pipe-2024-11-01.csv", NULL);
  for (guint i = 0; i < 3000; i++)
    g_string_append (csv, "13.71,Kota Padang,-1,1\n");
  g_assert_true (g_file_set_contents (path, csv->str, csv->len, NULL));
  out = dk_test_cli_run (&f, &status, &err, "import", "--kind", "ikd", path, NULL);
  g_assert_cmpint (status, ==, 3);
  lines = g_strsplit (g_strstrip (err), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), >=, DK_PARSE_MAX_PROBLEMS + 1);
  g_assert_cmpuint (g_strv_length (lines), <=, DK_PARSE_MAX_PROBLEMS + 3);
  g_assert_cmpstr (lines[DK_PARSE_MAX_PROBLEMS], ==, "… and 5900 more problems");

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  out2 = dk_test_cli_run (&f, &status, &err2, "import", "--kind", "ikd", fifo, NULL);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err2, "is not a file (a device or a pipe)"));
  dk_test_cli_teardown (&f, NULL);
}

/* ----------------------------------------------------- percentages */

/* A percentage with a third decimal is refused, with the import's located message,
 * instead of rounded; zeros past the hundredths change nothing and are read. */
static void
test_percent_decimals (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_IKD, "13");
  g_autofree char *why = NULL;
  const char *csv = "Kode,Wilayah,Rekam Dinamis,Jumlah IKD,Persen IKD\n"
                    "13.71,Kota Padang,680160,203479,\"29,917\"\n";
  DkImportProblem *p;
  int bp = 0;

  g_assert_false (dk_parse_percent ("1.2345", &bp, &why));
  g_assert_cmpstr (why, ==, "“1.2345” has more than two decimals; a percentage is given to hundredths, like 29,92");
  g_assert_true (dk_parse_percent ("29,920", &bp, NULL));
  g_assert_cmpint (bp, ==, 2992);

  dk_import_read_data (import, "ikd-2024-11-01.csv", csv, strlen (csv));
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 1);
  p = g_ptr_array_index (dk_import_get_problems (import), 0);
  g_assert_cmpstr (p->message, ==, "ikd-2024-11-01.csv, line 2, column Persen IKD: “29,917” has more than two "
                                   "decimals; a percentage is given to hundredths, like 29,92");
  g_clear_object (&import);
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* --------------------------------------------------------- a full disk */

static goffset fsize_limit;

/* In the child: writes past the limit fail with EFBIG, as on a full disk with ENOSPC;
 * SIGXFSZ ignored (which survives exec) so that they fail rather than kill it. */
static void
limit_file_size (gpointer data)
{
  struct rlimit rl = { (rlim_t) fsize_limit, (rlim_t) fsize_limit };

  signal (SIGXFSZ, SIG_IGN);
  setrlimit (RLIMIT_FSIZE, &rl);
}

static int
export_limited (DkTestCli  *f,
                const char *out,
                goffset     limit,
                char      **err)
{
  const char *argv[] = { f->cli, "--db", f->db, "export", out, NULL };
  int status = 0;

  fsize_limit = limit;
  g_assert_true (g_spawn_sync (f->dir, (char **) argv, NULL, G_SPAWN_DEFAULT, limit_file_size, NULL, NULL, err,
                               &status, NULL));
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

/* An export that runs out of room, in the picture of the map or in the workbook's zip:
 * one clear message of ours ends stderr (libxlsxwriter may print its own line before
 * it, which it cannot be stopped from doing), the status is 3, and no file or temporary
 * file is left. */
static void
test_export_full (void)
{
  DkTestCli f;
  int status;
  g_autofree char *ok = NULL, *err = NULL, *out = NULL;
  g_autoptr(GFile) ok_file = NULL;
  g_autoptr(GFileInfo) info = NULL;
  goffset size;

  dk_test_cli_setup (&f, NULL);
  ok = g_build_filename (f.dir, "ok.xlsx", NULL);
  out = dk_test_cli_run (&f, &status, &err, "export", ok, NULL);
  g_assert_cmpint (status, ==, 0);
  ok_file = g_file_new_for_path (ok);
  info = g_file_query_info (ok_file, G_FILE_ATTRIBUTE_STANDARD_SIZE, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  size = g_file_info_get_size (info);
  g_assert_cmpint (size, >, 40000);

  for (guint i = 0; i < 2; i++)
    {
      /* the picture of the map is written first, the workbook's zip last */
      goffset limit = i == 0 ? 40000 : size - 2000;
      g_autofree char *full_err = NULL;
      g_auto(GStrv) lines = NULL;
      g_autoptr(GDir) dir = NULL;
      const char *name;
      guint n_files = 0, n_ours = 0;

      g_assert_cmpint (export_limited (&f, "full.xlsx", limit, &full_err), ==, 3);
      /* ours is the one message of the program's; before it, at most libxlsxwriter's own
       * "[ERROR]" lines, and after it, under the sanitizers, their summary */
      lines = g_strsplit (g_strstrip (full_err), "\n", -1);
      for (guint l = 0; lines[l] != NULL; l++)
        if (g_str_has_prefix (lines[l], "dukcapil-cli"))
          {
            g_assert_cmpstr (lines[l], ==, "dukcapil-cli: Could not write “full.xlsx”: there is no room left for it "
                                           "(File too large); free some space and export again");
            n_ours++;
          }
        else if (n_ours == 0)
          g_assert_true (g_str_has_prefix (lines[l], "[ERROR]"));
      g_assert_cmpuint (n_ours, ==, 1);
      dir = g_dir_open (f.dir, 0, NULL);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (strstr (name, ".xlsx") != NULL)
          n_files++;
      g_assert_cmpuint (n_files, ==, 1);   /* ok.xlsx alone */
    }
  dk_test_cli_teardown (&f, NULL);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dk/bounds/parse", test_parse);
  g_test_add_func ("/dk/bounds/import", test_import);
  g_test_add_func ("/dk/bounds/domains", test_domains);
  g_test_add_func ("/dk/bounds/budget", test_budget);
  g_test_add_func ("/dk/bounds/old-figures", test_old_figures);
  g_test_add_func ("/dk/bounds/cli", test_cli);
  g_test_add_func ("/dk/bounds/files", test_files);
  g_test_add_func ("/dk/bounds/many-problems", test_many_problems);
  g_test_add_func ("/dk/bounds/cli-files", test_cli_files);
  g_test_add_func ("/dk/bounds/percent-decimals", test_percent_decimals);
  g_test_add_func ("/dk/export/disk-full", test_export_full);
  return g_test_run ();
}
