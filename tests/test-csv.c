/* test-csv.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dk-csv.h"
#include "dk-error.h"

static GPtrArray *
parse (const char *text,
       char        delimiter)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *records = dk_csv_parse (text, strlen (text), delimiter, &error);

  g_assert_no_error (error);
  return records;
}

#define RECORD(records, i) ((DkCsvRecord *) g_ptr_array_index ((records), (i)))

static void
test_lines_and_quotes (void)
{
  g_autoptr(GPtrArray) r = parse ("kode,wilayah,jumlah\r\n"
                                  "\r\n"
                                  "13.01,\"PESISIR, SELATAN\",\"10\"\"5\"\r\n"
                                  "13.02,\"SOLOK\n(kabupaten)\",7\n"
                                  "\n"
                                  "13.03,SIJUNJUNG,", ',');

  g_assert_cmpuint (r->len, ==, 4);
  g_assert_cmpuint (RECORD (r, 0)->line, ==, 1);
  g_assert_cmpuint (RECORD (r, 1)->line, ==, 3);
  g_assert_cmpstr (RECORD (r, 1)->fields[1], ==, "PESISIR, SELATAN");
  g_assert_cmpstr (RECORD (r, 1)->fields[2], ==, "10\"5");
  g_assert_cmpuint (RECORD (r, 2)->line, ==, 4);
  g_assert_cmpstr (RECORD (r, 2)->fields[1], ==, "SOLOK\n(kabupaten)");
  g_assert_cmpuint (RECORD (r, 3)->line, ==, 7);
  g_assert_cmpuint (RECORD (r, 3)->n_fields, ==, 3);
  g_assert_cmpstr (RECORD (r, 3)->fields[2], ==, "");
}

static void
test_semicolon (void)
{
  const char *text = "kode;wilayah;persen\n13.01;PESISIR SELATAN;2,85\n";
  g_autoptr(GPtrArray) r = NULL;

  g_assert_cmpint (dk_csv_sniff_delimiter (text, strlen (text)), ==, ';');
  g_assert_cmpint (dk_csv_sniff_delimiter ("a,\"b;c;d\"\n", 10), ==, ',');
  r = parse (text, ';');
  g_assert_cmpuint (r->len, ==, 2);
  g_assert_cmpstr (RECORD (r, 1)->fields[2], ==, "2,85");
}

static void
test_unclosed_quote (void)
{
  const char *text = "kode,wilayah\n13.01,\"PESISIR\n13.02,SOLOK\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) r = dk_csv_parse (text, strlen (text), ',', &error);

  g_assert_null (r);
  g_assert_error (error, DK_ERROR, DK_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "2"));
}

static void
test_empty (void)
{
  g_autoptr(GPtrArray) r = parse ("", ',');

  g_assert_cmpuint (r->len, ==, 0);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dk/csv/lines-and-quotes", test_lines_and_quotes);
  g_test_add_func ("/dk/csv/semicolon", test_semicolon);
  g_test_add_func ("/dk/csv/unclosed-quote", test_unclosed_quote);
  g_test_add_func ("/dk/csv/empty", test_empty);
  return g_test_run ();
}
