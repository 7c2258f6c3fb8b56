/* test-xlsx.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the workbook and the printout do when things go wrong or get long: a cancelled
 * export leaves nothing (and an older file as it was), progress is reported, a long
 * table flows onto several pages. Cell-by-cell checks of the workbook are in
 * check-xlsx.py, with independent readers.
 */
#include "config.h"

#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

#include "dk-ikd-chart.h"
#include "dk-test-util.h"
#include "dk-xlsx.h"

static guint
count_files (const char *dir)
{
  g_autoptr(GDir) listing = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (listing) != NULL)
    n++;
  return n;
}

static void
record_progress (double   fraction,
                 gpointer user_data)
{
  GArray *fractions = user_data;

  g_array_append_val (fractions, fraction);
}

static void
test_progress (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autofree char *path = g_build_filename (dir, "report.xlsx", NULL);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  DkExportOptions options = { "13", NULL, NULL, 0 };

  g_assert_true (dk_xlsx_export_report (store, path, &options, record_progress, fractions, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, >=, 2);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=, g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat_with_epsilon (g_array_index (fractions, double, fractions->len - 1), 1.0, 1e-9);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  dk_test_rm_rf (dir);
}

static void
test_cancelled_leaves_nothing (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autofree char *path = g_build_filename (dir, "report.xlsx", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL, after = NULL;
  DkExportOptions options = { "13", NULL, NULL, 0 };
  guint n_files = count_files (dir);

  g_cancellable_cancel (cancellable);
  g_assert_false (dk_xlsx_export_report (store, path, &options, NULL, NULL, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_cmpuint (count_files (dir), ==, n_files);

  /* an older workbook of the same name stays as it was */
  g_assert_true (g_file_set_contents (path, "an older report", -1, NULL));
  before = dk_test_file_bytes (path);
  g_assert_false (dk_xlsx_export_report (store, path, &options, NULL, NULL, cancellable, &error));
  after = dk_test_file_bytes (path);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpuint (count_files (dir), ==, n_files + 1);
  dk_test_rm_rf (dir);
}

static void
test_default_name (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autofree char *name = dk_xlsx_default_name (store);

  g_assert_cmpstr (name, ==, "Laporan-Tahunan-2025.xlsx");
  dk_test_rm_rf (dir);
}

static void
test_print_doc (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autofree char *pdf = g_build_filename (dir, "ikd.pdf", NULL);
  g_autofree char *long_pdf = g_build_filename (dir, "long.pdf", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = dk_ikd_table_load (store, "13", NULL, &error);
  g_autoptr(DkPrintDoc) doc = NULL;
  g_autoptr(DkPrintDoc) long_doc = dk_print_doc_new ("Long", NULL);
  g_autoptr(GBytes) bytes = NULL;
  DkNumberFormat fmt;
  const char *headings[] = { "A", "B" };
  const double widths[] = { 1, 2 };

  dk_number_format_init (&fmt, ".", ",");
  doc = dk_ikd_print_doc_new (table, NULL, DK_BAR_SORT_KEY, &fmt);
  /* the IKD dashboard fits one A4 page */
  g_assert_cmpuint (dk_print_doc_paginate (doc, 595.28, 841.89), ==, 1);
  g_assert_true (dk_print_doc_save_pdf (doc, pdf, &error));
  g_assert_no_error (error);
  bytes = dk_test_file_bytes (pdf);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 10000);
  g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "%PDF", 4) == 0);

  /* a table of 200 rows flows onto several pages */
  dk_print_doc_begin_table (long_doc, 2, headings, widths, "lr");
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *n = g_strdup_printf ("%u", i);
      const char *cells[] = { "row", n };

      dk_print_doc_add_row (long_doc, cells, FALSE);
    }
  g_assert_cmpuint (dk_print_doc_paginate (long_doc, 595.28, 841.89), ==, 4);   /* about 52 rows a page */
  g_assert_true (dk_print_doc_save_pdf (long_doc, long_pdf, &error));
  dk_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dk/xlsx/progress", test_progress);
  g_test_add_func ("/dk/xlsx/cancelled-leaves-nothing", test_cancelled_leaves_nothing);
  g_test_add_func ("/dk/xlsx/default-name", test_default_name);
  g_test_add_func ("/dk/print/doc", test_print_doc);
  return g_test_run ();
}
