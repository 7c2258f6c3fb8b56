/* fuzz-import.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Fuzz target of the import's reading: any bytes, read as each kind of table, must give
 * a list of problems or rows, never a crash, a leak or undefined behaviour. Built for
 * libFuzzer with clang (-fsanitize=fuzzer), or linked with fuzz-main.c, which runs the
 * corpus and a bounded number of seeded mutations as an ordinary test.
 */
#include "config.h"

#include <stdint.h>
#include <string.h>

#include "dk-csv.h"
#include "dk-parse.h"
#include "dk-import.h"
#include "dk-test-util.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static DkStore *store;

static void
remove_store_dir (void)
{
  g_autofree char *dir = g_path_get_dirname (dk_store_get_path (store));

  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  if (store == NULL)
    {
      g_autofree char *dir = dk_test_make_tmpdir ();

      g_log_set_handler ("dk-store", G_LOG_LEVEL_DEBUG, (GLogFunc) g_log_default_handler, NULL);
      store = dk_test_fresh_store (dir);
      atexit (remove_store_dir);
    }

  for (guint kind = DK_IMPORT_KIND_IKD; kind <= DK_IMPORT_KIND_BUDGET; kind++)
    {
      g_autoptr(DkImport) import = dk_import_new (store, kind, "13");
      GPtrArray *problems;

      dk_import_read_data (import, "fuzz.csv", (const char *) data, size);
      problems = dk_import_get_problems (import);
      /* every error is said; an import without one has its rows and date (a budget: its
       * year, its activity and at least one line with amounts) */
      g_assert_true (dk_import_get_n_errors (import) <= problems->len);
      for (guint i = 0; i < problems->len; i++)
        g_assert_nonnull (((DkImportProblem *) g_ptr_array_index (problems, i))->message);
      if (dk_import_get_n_errors (import) == 0 && kind == DK_IMPORT_KIND_BUDGET)
        {
          g_assert_cmpint (dk_import_get_year (import), >=, 2000);
          g_assert_nonnull (dk_import_get_activity (import));
          g_assert_cmpuint (dk_import_get_n_lines (import), >, 0);
        }
      else if (dk_import_get_n_errors (import) == 0)
        {
          g_assert_cmpuint (dk_import_get_n_regions (import), >, 0);
          g_assert_nonnull (dk_import_get_as_of (import));
        }
    }

  /* the cell rules on the bytes as one cell, when they are text */
  if (size < 64 && g_utf8_validate_len ((const char *) data, size, NULL) && memchr (data, 0, size) == NULL)
    {
      g_autofree char *cell = g_strndup ((const char *) data, size);
      g_autofree char *code = dk_parse_normalize_code (cell);
      g_autofree char *key = dk_parse_name_key (cell, NULL);
      g_autofree char *date = dk_parse_find_date (cell);
      g_autofree char *why = NULL;
      gint64 count, amount;
      int bp, year;

      g_assert_nonnull (key);
      g_assert_true (code == NULL || g_ascii_isdigit (code[0]));
      g_assert_true (date == NULL || strlen (date) == 10);
      if (dk_parse_count (cell, &count, NULL, NULL))
        g_assert_cmpint (count, >=, 0);
      if (dk_parse_rupiah (cell, &amount, NULL, NULL))
        g_assert_cmpint (amount, >=, 0);
      year = dk_parse_find_year (cell, TRUE);
      g_assert_true (year == 0 || (year >= 2000 && year <= 2999));
      if (dk_parse_percent (cell, &bp, &why))
        g_assert_cmpint (bp, <=, 10000);
      else
        g_assert_nonnull (why);
    }
  return 0;
}
