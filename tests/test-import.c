/* test-import.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The import of the files offices send: the parsing rules, a corpus of real-world-shaped
 * files with the exact outcome of each, backups and restores, and an import killed
 * half-way.
 */
#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <sqlite3.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "dk-backup.h"
#include "dk-domains.h"
#include "dk-parse.h"
#include "dk-budget.h"
#include "dk-check.h"
#include "dk-error.h"
#include "dk-history.h"
#include "dk-ikd.h"
#include "dk-import.h"
#include "dk-m2m.h"
#include "dk-stated.h"
#include "dk-test-util.h"

/* LAPORAN TAHUNAN 2025, BAB II B.3.h */
static const struct { const char *kode; gint64 rekam, ikd; } report[] = {
  { "13.01", 384386, 10952 }, { "13.02", 295761, 16221 }, { "13.03", 175045, 6592 },
  { "13.04", 286763, 18384 }, { "13.05", 327664, 42485 }, { "13.06", 388456, 26482 },
  { "13.07", 298960, 20041 }, { "13.08", 220909, 17124 }, { "13.09", 67812, 2615 },
  { "13.10", 172233, 10097 }, { "13.11", 127427, 8460 }, { "13.12", 311392, 18886 },
  { "13.71", 690061, 233486 }, { "13.72", 60057, 12474 }, { "13.73", 50235, 6154 },
  { "13.74", 45658, 16433 }, { "13.75", 100751, 11901 }, { "13.76", 107615, 10263 },
  { "13.77", 74861, 10385 },
};

static char *
corpus (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "import", name, NULL);
}

/* Everything an import could change, as text. */
static char *
dump (DkStore *store)
{
  static const char *queries[] = {
    "SELECT s.per, v.kode, v.rekam_dinamis, v.jumlah_ikd, v.persen_bp FROM ikd_value v "
    "JOIN ikd_snapshot s ON s.id = v.snapshot_id ORDER BY 1, 2",
    "SELECT * FROM ikd_snapshot ORDER BY per",
    "SELECT * FROM m2m_snapshot ORDER BY 1",
    "SELECT * FROM m2m_value ORDER BY 1, 2",
    "SELECT * FROM stated_total ORDER BY 1, 2, 3, 4",
    "SELECT * FROM anggaran_tahun ORDER BY 1",
    "SELECT * FROM anggaran_kegiatan ORDER BY 1",
    "SELECT * FROM anggaran_baris ORDER BY 1",
    "SELECT * FROM anggaran_dpa ORDER BY 1",
    "SELECT * FROM anggaran_nilai ORDER BY 1, 2",
    "SELECT * FROM anggaran_realisasi ORDER BY 1",
  };
  g_autofree char *address = dk_test_store_address (store);

  return dk_test_dump_queries (address, queries, G_N_ELEMENTS (queries));
}

static void
assert_report_figures (DkStore    *store,
                       const char *as_of,
                       gint64      delta)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = dk_ikd_table_load (store, "13", as_of, &error);
  GListModel *rows;

  g_assert_no_error (error);
  rows = dk_ikd_table_get_rows (table);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, G_N_ELEMENTS (report));
  for (guint i = 0; i < G_N_ELEMENTS (report); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpstr (dk_ikd_row_get_kode (row), ==, report[i].kode);
      g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (row), ==, report[i].rekam + delta);
      g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (row), ==, report[i].ikd + delta);
    }
}

/* ------------------------------------------------------------ the rules */

static void
test_counts (void)
{
  static const struct { const char *in; gint64 out; gboolean none; } good[] = {
    { "4186046", 4186046, FALSE }, { "4.186.046", 4186046, FALSE }, { "4,186,046", 4186046, FALSE },
    { " 4 186 046 ", 4186046, FALSE }, { "4\u00a0186\u00a0046", 4186046, FALSE },
    { "1.234", 1234, FALSE }, { "1,234", 1234, FALSE }, { "0", 0, FALSE }, { "-", 0, TRUE },
    { "\u2013", 0, TRUE }, { "1.000.000.000", 1000000000, FALSE },
  };
  static const struct { const char *in, *why; } bad[] = {
    { "12a45", "“12a45” is not a number" }, { "", "the cell is empty" }, { "-5", "is negative" },
    { "12,5", "is not a whole number" }, { "1.234,5", "is not a whole number" },
    { "1.234.56", "is not a whole number" }, { "1,234.567", "is not a whole number" },
    { "11,93%", "is not a number" }, { "9223372036854775808", "is more than any region can count" },
    { "9223372036854775807", "is more than any region can count" }, { "1..2", "is not a number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 v = -1;
      gboolean none = !good[i].none;

      g_assert_true (dk_parse_count (good[i].in, &v, &none, NULL));
      g_assert_cmpint (v, ==, good[i].out);
      g_assert_cmpint (none, ==, good[i].none);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *why = NULL;
      gint64 v;

      g_assert_false (dk_parse_count (bad[i].in, &v, NULL, &why));
      g_assert_nonnull (strstr (why, bad[i].why));
    }
}

static void
test_percents (void)
{
  static const struct { const char *in; int bp; } good[] = {
    { "11,93", 1193 }, { "11.93", 1193 }, { "11,93%", 1193 }, { "11.93 %", 1193 }, { "30", 3000 },
    { "2,8", 280 }, { "1.230", 123 }, { "33,850", 3385 }, { "-", -1 }, { "", -1 },
    { "100", 10000 }, { "0,000", 0 },
  };
  /* more than two decimals is refused, never rounded (issue 15) */
  static const char *bad[] = { "abc", "101", "-3", "1.2.3,4", "12 %%", "1.234", "1.2345", "33,845", "0,004",
                               "11,935 %" };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      int bp = -2;

      g_assert_true (dk_parse_percent (good[i].in, &bp, NULL));
      g_assert_cmpint (bp, ==, good[i].bp);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *why = NULL;
      int bp;

      g_assert_false (dk_parse_percent (bad[i], &bp, &why));
      g_assert_nonnull (why);
    }
}

static void
test_codes_names_dates (void)
{
  static const struct { const char *in, *out; } codes[] = {
    { "13.01", "13.01" }, { "1301", "13.01" }, { " 13 ", "13" }, { "1301012001", "13.01.01.2001" },
    { "13.01.01", "13.01.01" }, { "130", NULL }, { "13.1", NULL }, { "Padang", NULL }, { "", NULL },
  };
  static const struct { const char *a, *b; } same[] = {
    { "KOTA PADANG", "Kota Padang" }, { "Kep. Mentawai", "Kepulauan Mentawai" },
    { "Limapuluh Kota", "Lima Puluh Kota" }, { "Kab. Solok", "Kabupaten Solok" },
    { "KOTA\nBUKITTINGGI", "Kota Bukit Tinggi" }, { "Provinsi Sumatera Barat", "PROV. SUMATERA BARAT" },
  };
  static const struct { const char *in, *out; } dates[] = {
    { "Capaian aktivasi IKD per 31 Desember 2025", "2025-12-31" }, { "ikd-2025-12-31.csv", "2025-12-31" },
    { "PER 30 JUNI 2026", "2026-06-30" }, { "as of 1 Nopember 2024", "2024-11-01" },
    { "Tanggal 05/01/2026", "2026-01-05" }, { "31 Februari 2025", NULL }, { "laporan 2025", NULL },
  };
  gboolean typed;

  for (guint i = 0; i < G_N_ELEMENTS (codes); i++)
    {
      g_autofree char *out = dk_parse_normalize_code (codes[i].in);

      g_assert_cmpstr (out, ==, codes[i].out);
    }
  for (guint i = 0; i < G_N_ELEMENTS (same); i++)
    {
      g_autofree char *a = dk_parse_name_key (same[i].a, NULL);
      g_autofree char *b = dk_parse_name_key (same[i].b, NULL);

      g_assert_cmpstr (a, ==, b);
    }
  {
    g_autofree char *kab = dk_parse_name_key ("Solok", &typed);
    g_autofree char *kota = dk_parse_name_key ("Kota Solok", NULL);

    g_assert_false (typed);
    g_assert_cmpstr (kab, !=, kota);
    g_assert_cmpstr (kota, ==, "KOTA:SOLOK");
  }
  for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
    {
      g_autofree char *out = dk_parse_find_date (dates[i].in);

      g_assert_cmpstr (out, ==, dates[i].out);
    }
}

static void
test_encodings (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *bom = dk_parse_decode_text ("\xEF\xBB\xBFKode", 7, NULL, &error);
  g_autofree char *cp1252 = NULL;
  g_autofree char *utf16 = NULL;
  g_autofree char *binary = NULL;
  g_autofree char *empty = NULL;
  gsize len = 0;

  g_assert_no_error (error);
  g_assert_cmpstr (bom, ==, "Kode");
  /* "Per 31 Desember 2025 – Dinas" in Windows-1252: the dash is 0x96 */
  cp1252 = dk_parse_decode_text ("2025 \x96 Dinas", 12, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (cp1252, ==, "2025 \u2013 Dinas");
  utf16 = dk_parse_decode_text ("\xFF\xFEK\0o\0d\0e\0", 10, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (utf16, ==, "Kode");
  binary = dk_parse_decode_text ("\x89PNG\r\n\x1a\n\0\0", 10, NULL, &error);
  g_assert_null (binary);
  g_assert_error (error, DK_ERROR, DK_ERROR_PARSE);
  g_assert_nonnull (strstr (error->message, "binary"));
  g_clear_error (&error);
  empty = dk_parse_decode_text ("", 0, NULL, &error);
  g_assert_null (empty);
  g_assert_nonnull (strstr (error->message, "empty"));
}

/* ----------------------------------------------------------- the corpus */

static void
test_good_files (void)
{
  static const struct { const char *file, *as_of; gboolean total; guint n_notes; } files[] = {
    { "ikd-report.tsv", NULL, TRUE, 0 },
    { "ikd-excel-id.csv", NULL, TRUE, 0 },
    { "ikd-2025-12-31-utf8-bom.csv", NULL, TRUE, 0 },
    { "ikd-unicode.txt", "2025-12-31", FALSE, 0 },
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *dir = dk_test_make_tmpdir ();
      g_autoptr(DkStore) store = dk_test_fresh_store (dir);
      g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_IKD, NULL);
      g_autofree char *path = corpus (files[f].file);
      g_autoptr(GError) error = NULL;
      g_autoptr(DkIkdTable) table = NULL;
      g_auto(GStrv) backups = NULL;
      GPtrArray *problems;

      g_test_message ("%s", files[f].file);
      /* the seed's date goes away first, so that the file's figures are all there is */
      dk_import_set_as_of (import, files[f].as_of);
      g_assert_true (dk_import_read_file (import, path, &error));
      g_assert_no_error (error);
      problems = dk_import_get_problems (import);
      for (guint i = 0; i < problems->len; i++)
        g_test_message ("  %s", ((DkImportProblem *) g_ptr_array_index (problems, i))->message);
      g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
      g_assert_cmpuint (problems->len, ==, files[f].n_notes);
      g_assert_cmpuint (dk_import_get_n_regions (import), ==, 19);
      g_assert_cmpstr (dk_import_get_as_of (import), ==, "2025-12-31");
      g_assert_true (dk_import_get_replaces (import));

      g_assert_true (dk_import_commit (import, &error));
      g_assert_no_error (error);
      assert_report_figures (store, "2025-12-31", 0);

      /* the province row is kept as the source's stated total, or dropped if absent */
      table = dk_ikd_table_load (store, "13", "2025-12-31", &error);
      g_assert_no_error (error);
      if (files[f].total)
        g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_stated (table)), ==, 4186046);
      else
        g_assert_null (dk_ikd_table_get_stated (table));

      /* a file is backed up before the import; a server's database by its administrator */
      backups = dk_backup_list (store);
      g_assert_cmpuint (g_strv_length (backups), ==, dk_test_engine_is_pg () ? 0 : 1);
      g_clear_object (&store);
      dk_test_rm_rf (dir);
    }
}

static void
test_good_m2m_files (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkM2mTable) table = NULL;
  g_autoptr(GPtrArray) stated = NULL;
  g_autofree char *report_path = corpus ("m2m-report.tsv");
  g_autofree char *excel_path = corpus ("m2m-excel-id.csv");
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_M2M, "13");
  g_autoptr(DkM2mRow) pessel = NULL;
  g_autoptr(DkM2mRow) mentawai = NULL;
  DkImportProblem *note;

  /* the report's own table: "Kep. Mentawai", "Limapuluh Kota", 1301, "-", "Total 39" */
  dk_import_set_as_of (import, "2026-01-31");
  g_assert_true (dk_import_read_file (import, report_path, &error));
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
  g_assert_cmpuint (dk_import_get_problems (import)->len, ==, 1);
  note = g_ptr_array_index (dk_import_get_problems (import), 0);
  g_assert_false (note->is_error);
  g_assert_cmpuint (note->line, ==, 22);
  g_assert_cmpstr (note->message, ==,
                   "m2m-report.tsv, line 22, column Jumlah Perangkat M2M: the file’s total “Total” is 39, its "
                   "rows add up to 40; it is kept as the source’s stated total and `check` will report it");
  g_assert_true (dk_import_commit (import, &error));
  g_assert_no_error (error);
  table = dk_m2m_table_load (store, "13", "2026-01-31", &error);
  g_assert_no_error (error);
  g_assert_cmpint (dk_m2m_row_get_perangkat (dk_m2m_table_get_total (table)), ==, 40);
  g_assert_cmpint (dk_m2m_row_get_aktif (dk_m2m_table_get_total (table)), ==, 27);
  stated = dk_stated_total_list (store, "m2m", "2026-01-31", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (stated->len, ==, 2);
  g_clear_object (&table);

  /* Excel, Indonesian: the date from the title, a note with ';' and a line break */
  dk_import_set_as_of (import, NULL);
  g_assert_true (dk_import_read_file (import, excel_path, &error));
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
  g_assert_cmpuint (dk_import_get_problems (import)->len, ==, 0);
  g_assert_cmpstr (dk_import_get_as_of (import), ==, "2026-06-30");
  g_assert_false (dk_import_get_replaces (import));
  g_assert_true (dk_import_commit (import, &error));
  table = dk_m2m_table_load (store, "13", "2026-06-30", &error);
  g_assert_no_error (error);
  pessel = g_list_model_get_item (dk_m2m_table_get_rows (table), 0);
  g_assert_cmpint (dk_m2m_row_get_perangkat (pessel), ==, 0);
  g_assert_cmpstr (dk_m2m_row_get_keterangan (pessel), ==,
                   "Belum memiliki perangkat; sudah dilaporkan\r\nke Direktorat PIAK");
  mentawai = g_list_model_get_item (dk_m2m_table_get_rows (table), 8);
  g_assert_cmpstr (dk_m2m_row_get_kode (mentawai), ==, "13.09");
  g_assert_cmpint (dk_m2m_row_get_perangkat (mentawai), ==, 1);
  g_assert_cmpint (dk_m2m_row_get_perangkat (dk_m2m_table_get_total (table)), ==, 40);

  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

typedef struct
{
  const char *file;
  guint       n_errors;
  guint       line;      /* of the first error */
  const char *message;   /* the first error, whole */
} BadFile;

static void
assert_refused (DkStore    *store,
                DkImport   *import,
                const char *name,
                const char *data,
                gsize       length,
                guint       n_errors,
                guint       line,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = dump (store);
  g_autofree char *after = NULL;
  g_auto(GStrv) backups = NULL;
  DkImportProblem *first = NULL;
  GPtrArray *problems;

  g_test_message ("%s", name);
  g_assert_false (dk_import_read_data (import, name, data, length));
  problems = dk_import_get_problems (import);
  for (guint i = 0; i < problems->len; i++)
    {
      DkImportProblem *p = g_ptr_array_index (problems, i);

      g_test_message ("  %s", p->message);
      if (p->is_error && first == NULL)
        first = p;
    }
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, n_errors);
  g_assert_nonnull (first);
  g_assert_cmpuint (first->line, ==, line);
  if (message)
    g_assert_cmpstr (first->message, ==, message);

  g_assert_false (dk_import_commit (import, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  after = dump (store);
  g_assert_cmpstr (before, ==, after);
  backups = dk_backup_list (store);
  g_assert_cmpuint (g_strv_length (backups), ==, 0);
}

static void
test_bad_files (void)
{
  static const BadFile files[] = {
    { "bad-text-in-number-2025-12-31.csv", 1, 5,
      "bad-text-in-number-2025-12-31.csv, line 5, column Jumlah IKD: “12a45” is not a number" },
    { "bad-unknown-region-2025-12-31.csv", 2, 21,
      "bad-unknown-region-2025-12-31.csv, line 21, column Kode: 31.71 is not a region of Sumatera Barat" },
    { "bad-duplicate-region-2025-12-31.csv", 1, 21,
      "bad-duplicate-region-2025-12-31.csv, line 21: Kabupaten Solok is already given on line 3" },
    { "bad-negative-2025-12-31.csv", 1, 11,
      "bad-negative-2025-12-31.csv, line 11, column Rekam Dinamis: “-5” is negative; a count cannot be" },
    { "bad-ikd-above-rekam-2025-12-31.csv", 1, 20,
      "bad-ikd-above-rekam-2025-12-31.csv, line 20, column Jumlah IKD: 999,999 activations are more than "
      "the 74,861 recordings (Rekam Dinamis); one of the two is wrong" },
    { "bad-column-count-2025-12-31.csv", 2, 6,
      "bad-column-count-2025-12-31.csv, line 6: this row has 3 cells, the heading 4; a cell is missing" },
    /* every error is listed, not just the first */
    { "bad-many-2025-12-31.csv", 3, 2,
      "bad-many-2025-12-31.csv, line 2, column Rekam Dinamis: “1.5” is not a whole number; a count has "
      "no decimals" },
    { "bad-no-date.csv", 1, 0,
      "bad-no-date.csv: the file gives no date for its figures; choose the date (--as-of)" },
    { "bad-no-heading.csv", 1, 0,
      "bad-no-heading.csv: no heading row of the IKD activation table in its first 2 lines; expected the "
      "columns Kode or Wilayah, Rekam Dinamis, Jumlah IKD" },
    { "bad-heading-only-2025-12-31.csv", 1, 0,
      "bad-heading-only-2025-12-31.csv: the table has a heading but no region rows" },
    { "empty.csv", 1, 0, "empty.csv: the file is empty" },
    /* an M2M file, or a budget, is not an IKD table */
    { "m2m-excel-id.csv", 1, 0, NULL },
    { "budget-report-2025.tsv", 1, 0, NULL },
  };
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_IKD, NULL);

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = corpus (files[f].file);
      g_autoptr(GBytes) bytes = dk_test_file_bytes (path);
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);

      assert_refused (store, import, files[f].file, data, len, files[f].n_errors, files[f].line,
                      files[f].message);
    }
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

static void
test_garbage (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_IKD, NULL);
  const gsize size = 10 * 1024 * 1024;
  g_autofree char *data = g_malloc (size);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20251231);

  /* 10 MB of random bytes */
  for (gsize i = 0; i < size; i += 4)
    {
      guint32 r = g_rand_int (rand);

      memcpy (data + i, &r, 4);
    }
  assert_refused (store, import, "garbage.csv", data, size, 1, 0,
                  "garbage.csv: this is not a text file: it holds binary data (save the sheet as CSV)");

  /* 10 MB of random text, separators and quotes included */
  for (gsize i = 0; i < size; i++)
    {
      static const char alphabet[] = "abcXYZ0123456789.,;\"\t\r\n -%";

      data[i] = alphabet[g_rand_int_range (rand, 0, sizeof alphabet - 1)];
    }
  assert_refused (store, import, "garbage-text.csv", data, size, 1, 0, NULL);

  /* bytes that are neither UTF-8 nor Windows-1252 */
  assert_refused (store, import, "undefined.csv", "Kode\x81\x8d\x8f\x90\x9d", 9, 1, 0,
                  "undefined.csv: the text is neither UTF-8 nor Windows-1252 (save the sheet as CSV UTF-8)");

  /* a PNG file given by mistake */
  assert_refused (store, import, "chart.png", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16, 1, 0, NULL);

  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* ----------------------------------------------------------- the safety */

static char *
ikd_file (gint64 delta)
{
  GString *csv = g_string_new ("Kode;Wilayah;Rekam Dinamis;Jumlah IKD\n");

  for (guint i = 0; i < G_N_ELEMENTS (report); i++)
    g_string_append_printf (csv, "%s;;%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT "\n",
                            report[i].kode, report[i].rekam + delta, report[i].ikd + delta);
  return g_string_free (csv, FALSE);
}

static void
test_backup_restore (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(DkStore) store = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *original = NULL;
  g_autofree char *manual = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *not_ours = NULL;
  g_autofree char *damaged = NULL;
  g_autoptr(GBytes) copy_bytes = NULL;
  g_auto(GStrv) backups = NULL;
  sqlite3 *other = NULL;

  if (dk_test_engine_is_pg ())
    {
      g_test_skip ("the automatic backups before an import and their restore are of a database file; a "
                   "server's database is backed up by its administrator and put back with `server copy`");
      return;
    }
  dir = dk_test_make_tmpdir ();
  store = dk_test_fresh_store (dir);
  original = dump (store);
  manual = g_build_filename (dir, "copy.db", NULL);
  not_ours = g_build_filename (dir, "other.db", NULL);
  damaged = g_build_filename (dir, "damaged.db", NULL);
  g_assert_true (dk_backup_to_file (store, manual, &error));
  g_assert_no_error (error);

  /* six imports keep the last five backups */
  for (gint64 delta = 1; delta <= 6; delta++)
    {
      g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_IKD, NULL);
      g_autofree char *csv = ikd_file (delta);

      dk_import_set_as_of (import, "2025-12-31");
      g_assert_true (dk_import_read_data (import, "kab.csv", csv, strlen (csv)));
      g_assert_true (dk_import_commit (import, &error));
      g_assert_no_error (error);
    }
  assert_report_figures (store, "2025-12-31", 6);
  backups = dk_backup_list (store);
  g_assert_cmpuint (g_strv_length (backups), ==, DK_BACKUP_KEEP);

  /* restoring the copy brings the original back, and saves what was there */
  g_assert_true (dk_backup_restore (store, manual, &saved, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (saved, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *now = dump (store);

    g_assert_cmpstr (now, ==, original);
  }
  assert_report_figures (store, "2025-12-31", 0);

  /* the newest automatic backup holds the figures before the restore */
  {
    g_autoptr(DkStore) before = dk_domains_open (saved, &error);

    g_assert_no_error (error);
    assert_report_figures (before, "2025-12-31", 6);
  }

  /* another program's database, and a damaged copy, are refused and nothing changes */
  g_assert_cmpint (sqlite3_open (not_ours, &other), ==, SQLITE_OK);
  g_assert_cmpint (sqlite3_exec (other, "CREATE TABLE t (x); INSERT INTO t VALUES (1)", NULL, NULL, NULL), ==, SQLITE_OK);
  sqlite3_close (other);
  g_assert_false (dk_backup_restore (store, not_ours, NULL, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  g_clear_error (&error);

  copy_bytes = dk_test_file_bytes (manual);
  {
    gsize len = g_bytes_get_size (copy_bytes);
    g_autofree char *bytes = g_memdup2 (g_bytes_get_data (copy_bytes, NULL), len);

    /* keep the header, break the pages */
    memset (bytes + 4096, 0x5a, len - 4096);
    g_assert_true (g_file_set_contents (damaged, bytes, len, NULL));
  }
  g_assert_false (dk_backup_restore (store, damaged, NULL, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
  g_clear_error (&error);
  {
    g_autofree char *now = dump (store);

    g_assert_cmpstr (now, ==, original);
  }

  /* a damaged database is refused on opening, and left as it was */
  {
    g_autoptr(GBytes) before = dk_test_file_bytes (damaged);
    g_autoptr(GBytes) after = NULL;
    g_autoptr(DkStore) opened = dk_domains_open (damaged, &error);

    g_assert_null (opened);
    g_assert_error (error, DK_ERROR, DK_ERROR_NOT_OURS);
    after = dk_test_file_bytes (damaged);
    g_assert_true (g_bytes_equal (before, after));
  }

  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* Which of the two files a database killed during imports holds: 0 for the first, the
 * delta for the second (any other value fails). */
typedef gint64 (*HeldFile) (DkStore *store);

/* A child imports two different tables in turn, as fast as it can; it is killed at a
 * random moment. The database must hold one table or the other, whole. */
static void
run_killed_imports (DkImportKind  kind,
                    const char   *file_a,
                    const char   *file_b,
                    gint64        delta,
                    HeldFile      held,
                    guint32       seed)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = dk_test_db_address (dir, "test.db");
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  guint seen[2] = { 0, 0 };

  g_clear_object (&(DkStore *){ dk_domains_open (path, NULL) });

  for (guint round = 0; round < 8; round++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DkStore) store = NULL;
      pid_t pid;
      int status;
      gint64 which;
      sqlite3 *db = NULL;
      sqlite3_stmt *stmt = NULL;

      pid = fork ();
      g_assert_cmpint (pid, >=, 0);
      if (pid == 0)
        {
          DkStore *child = dk_domains_open (path, NULL);

          for (guint i = 0; child != NULL; i++)
            {
              DkImport *import = dk_import_new (child, kind, NULL);
              const char *csv = i % 2 ? file_b : file_a;

              if (kind == DK_IMPORT_KIND_IKD)
                dk_import_set_as_of (import, "2025-12-31");
              dk_import_read_data (import, kind == DK_IMPORT_KIND_BUDGET ? "anggaran-2025.csv" : "kab.csv",
                                   csv, strlen (csv));
              dk_import_commit (import, NULL);
              g_object_unref (import);
            }
          _exit (1);
        }
      /* opening checks the 7 MB database and each import backs it up first: the child needs
       * about 0.3 s (more under the sanitizers) before it writes at all */
      g_usleep (g_rand_int_range (rand, 100000, 1200000));
      g_assert_cmpint (kill (pid, SIGKILL), ==, 0);
      g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
      g_assert_true (WIFSIGNALED (status));

      /* the file is sound (a server rolls the killed writer's transaction back) */
      if (!dk_test_engine_is_pg ())
        {
          g_assert_cmpint (sqlite3_open (path, &db), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_prepare_v2 (db, "PRAGMA integrity_check", -1, &stmt, NULL), ==, SQLITE_OK);
          g_assert_cmpint (sqlite3_step (stmt), ==, SQLITE_ROW);
          g_assert_cmpstr ((const char *) sqlite3_column_text (stmt, 0), ==, "ok");
          sqlite3_finalize (stmt);
          sqlite3_close (db);
        }

      store = dk_domains_open (path, &error);
      g_assert_no_error (error);
      which = held (store);
      g_test_message ("round %u: the database holds table %s", round, which == 0 ? "A" : "B");
      g_assert_true (which == 0 || which == delta);
      seen[which != 0]++;
      if (round == 7 && !dk_test_engine_is_pg ())
        {
          g_auto(GStrv) backups = dk_backup_list (store);

          /* the child did import: each import first backs the database up */
          g_assert_cmpuint (g_strv_length (backups), >, 0);
        }
    }
  g_test_message ("table A %u times, table B %u times", seen[0], seen[1]);
  dk_test_rm_rf (dir);
}

static gint64
held_ikd (DkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkIkdTable) table = dk_ikd_table_load (store, "13", "2025-12-31", &error);
  g_autoptr(DkIkdRow) first = NULL;
  gint64 delta;

  g_assert_no_error (error);
  first = g_list_model_get_item (dk_ikd_table_get_rows (table), 0);
  delta = dk_ikd_row_get_rekam_dinamis (first) - report[0].rekam;
  assert_report_figures (store, "2025-12-31", delta);
  return delta;
}

static void
test_killed_import (void)
{
  g_autofree char *file_a = ikd_file (0);
  g_autofree char *file_b = ikd_file (1000);

  run_killed_imports (DK_IMPORT_KIND_IKD, file_a, file_b, 1000, held_ikd, 31122025);
}

/* The report's budget table (LAPORAN 2025, BAB II D), with @delta more on the meals line
 * and on every total above it. */
static char *
budget_file (gint64 delta)
{
  static const struct { const char *kode, *uraian; gint64 anggaran, realisasi; gboolean up; } lines[] = {
    { "2.12.04.1.02.0001", "Fasilitasi terkait Pengelolaan Informasi Administrasi Kependudukan", 15897000, 15868000, TRUE },
    { "5.1", "BELANJA OPERASI", 15897000, 15868000, TRUE },
    { "5.1.02", "Belanja Barang dan Jasa", 15897000, 15868000, TRUE },
    { "5.1.02.01", "Belanja Barang", 9597000, 9568000, TRUE },
    { "5.1.02.01.01", "Belanja Barang Pakai Habis", 9597000, 9568000, TRUE },
    { "5.1.02.01.01.0052", "Belanja Makanan dan Minuman Rapat", 9597000, 9568000, TRUE },
    { "5.1.02.02", "Belanja Jasa", 6300000, 6300000, FALSE },
    { "5.1.02.02.01", "Belanja Jasa Kantor", 6300000, 6300000, FALSE },
    { "5.1.02.02.01.0003", "Honorarium Narasumber", 6300000, 6300000, FALSE },
  };
  GString *csv = g_string_new ("LAPORAN REALISASI ANGGARAN TAHUN 2025\nKode Rekening;Uraian;Jumlah Anggaran;Realisasi\n");

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    g_string_append_printf (csv, "%s;%s;%" G_GINT64_FORMAT ";%" G_GINT64_FORMAT "\n", lines[i].kode, lines[i].uraian,
                            lines[i].anggaran + (lines[i].up ? delta : 0),
                            lines[i].realisasi + (lines[i].up ? delta : 0));
  return g_string_free (csv, FALSE);
}

static gint64
held_budget (DkStore *store)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBudgetTable) table = dk_budget_table_load (store, 2025, "2.12.04.1.02.0001", 0, 0, &error);
  g_autoptr(GPtrArray) findings = NULL;
  gint64 delta;

  g_assert_no_error (error);
  delta = dk_budget_line_get_anggaran (dk_budget_table_get_total (table)) - 15897000;
  g_assert_cmpint (dk_budget_line_get_realisasi (dk_budget_table_get_total (table)), ==, 15868000 + delta);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_find (table, "5.1.02.01.01.0052")), ==, 9597000 + delta);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_find (table, "5.1.02.02")), ==, 6300000);
  /* the stated totals come from the same file as the lines: they all agree */
  findings = dk_check_run (store, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    g_assert_cmpstr (((DkFinding *) g_ptr_array_index (findings, i))->table, !=, "Anggaran");
  return delta;
}

static void
test_killed_budget_import (void)
{
  g_autofree char *file_a = budget_file (0);
  g_autofree char *file_b = budget_file (100000);

  run_killed_imports (DK_IMPORT_KIND_BUDGET, file_a, file_b, 100000, held_budget, 20251231);
}

static void
import_text (DkStore    *store,
             const char *as_of,
             gint64      delta)
{
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_IKD, NULL);
  g_autofree char *csv = ikd_file (delta);
  g_autoptr(GError) error = NULL;

  dk_import_set_as_of (import, as_of);
  g_assert_true (dk_import_read_data (import, "kab.csv", csv, strlen (csv)));
  g_assert_true (dk_import_commit (import, &error));
  g_assert_no_error (error);
}

/* Every change is in the history, old and new value; undo puts the last one back. */
static void
test_history_undo (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(DkIkdTable) table = NULL;
  g_autofree char *what = NULL;
  g_autofree char *original = dump (store);
  g_auto(GStrv) dates = NULL;
  DkHistoryChange *c;
  DkM2mInput m2m[] = { { "13.01", 2, 1, "Perangkat baru dari Ditjen" } };

  /* the shipped data is not a change */
  g_assert_false (dk_history_can_undo (store));
  changes = dk_history_list (store, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (changes->len, ==, 0);
  g_clear_pointer (&changes, g_ptr_array_unref);

  import_text (store, "2025-12-31", 5);
  import_text (store, "2026-03-31", 7);
  g_assert_true (dk_m2m_replace_snapshot (store, "2025-12-31", "13", "Entered", m2m, 1, NULL, 0, &error));
  g_assert_no_error (error);

  changes = dk_history_list (store, 0, &error);
  g_assert_no_error (error);
  /* newest first: the M2M entry (13.01 changed, 18 offices dropped: 3 columns each) */
  c = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (c->tabel, ==, "m2m");
  g_assert_cmpstr (c->keterangan, ==, "Entered");
  g_assert_cmpstr (c->kode, ==, "13.01");
  g_assert_cmpstr (c->kolom, ==, "perangkat");
  g_assert_cmpstr (c->lama, ==, "0");
  g_assert_cmpstr (c->baru, ==, "2");
  /* the first import: every count of the 19 regions, their printed percentages, and the
   * province's stated row, which the file does not have */
  c = g_ptr_array_index (changes, changes->len - 1);
  g_assert_cmpstr (c->tabel, ==, "ikd");
  g_assert_cmpstr (c->keterangan, ==, "Imported from kab.csv");
  g_assert_cmpstr (c->ref, ==, "2025-12-31");
  g_assert_false (c->undone);
  {
    guint n_first = 0, n_removed = 0;

    for (guint i = 0; i < changes->len; i++)
      {
        DkHistoryChange *ch = g_ptr_array_index (changes, i);

        if (ch->batch_id != c->batch_id)
          continue;
        n_first++;
        if (ch->baru == NULL)
          {
            n_removed++;
            g_assert_cmpstr (ch->kode, ==, "13");
          }
        if (g_str_equal (ch->kode, "13.01") && g_str_equal (ch->kolom, "jumlah_ikd"))
          {
            g_assert_cmpstr (ch->lama, ==, "10952");
            g_assert_cmpstr (ch->baru, ==, "10957");
          }
      }
    g_assert_cmpuint (n_first, ==, 19 * 3 + 3);
    g_assert_cmpuint (n_removed, ==, 3);
  }

  /* undo the M2M entry, then the new date, then the first import */
  g_assert_true (dk_domains_undo (store, &what, &error));
  g_assert_cmpstr (what, ==, "Entered");
  g_clear_pointer (&what, g_free);
  g_assert_true (dk_domains_undo (store, &what, &error));
  dates = dk_ikd_list_dates (store, &error);
  g_assert_cmpuint (g_strv_length (dates), ==, 1);
  g_assert_cmpstr (dates[0], ==, "2025-12-31");
  assert_report_figures (store, "2025-12-31", 5);
  g_assert_true (dk_domains_undo (store, NULL, &error));
  g_assert_no_error (error);
  assert_report_figures (store, "2025-12-31", 0);
  table = dk_ikd_table_load (store, "13", "2025-12-31", &error);
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_stated (table)), ==, 499435);
  {
    g_autofree char *now = dump (store);

    g_auto(GStrv) a = g_strsplit (original, "--\n", -1);
    g_auto(GStrv) b = g_strsplit (now, "--\n", -1);

    /* the figures, the M2M values and the stated totals are as shipped again; only the
     * snapshot's source note says the last import */
    g_assert_cmpstr (a[0], ==, b[0]);
    g_assert_cmpstr (a[3], ==, b[3]);
    g_assert_cmpstr (a[4], ==, b[4]);
  }

  /* nothing left to undo, and the history says what was undone */
  g_assert_false (dk_history_can_undo (store));
  g_assert_false (dk_domains_undo (store, NULL, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_FOUND);
  g_clear_pointer (&changes, g_ptr_array_unref);
  changes = dk_history_list (store, 0, NULL);
  for (guint i = 0; i < changes->len; i++)
    g_assert_true (((DkHistoryChange *) g_ptr_array_index (changes, i))->undone);

  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* ------------------------------------------------------------ the budget */

/* LAPORAN TAHUNAN 2025, BAB II D: the leaves and the printed parents */
static const struct { const char *kode; gint64 anggaran, realisasi; } budget_2025[] = {
  { "2.12.04.1.02.0001", 15897000, 15868000 }, { "5.1", 15897000, 15868000 },
  { "5.1.02", 15897000, 15868000 }, { "5.1.02.01", 9597000, 9568000 },
  { "5.1.02.01.01", 9597000, 9568000 }, { "5.1.02.01.01.0052", 9597000, 9568000 },
  { "5.1.02.02", 6300000, 6300000 }, { "5.1.02.02.01", 6300000, 6300000 },
  { "5.1.02.02.01.0003", 6300000, 6300000 },
};

static void
test_rupiah_and_year (void)
{
  static const struct { const char *in; gint64 out; gboolean none; } good[] = {
    { "15897000", 15897000, FALSE }, { "15.897.000", 15897000, FALSE }, { "15,897,000", 15897000, FALSE },
    { "Rp 15.897.000", 15897000, FALSE }, { "Rp.9.597.000", 9597000, FALSE }, { "rp 29.000", 29000, FALSE },
    { "-", 0, TRUE }, { "", 0, TRUE }, { "Rp -", 0, TRUE }, { " 0 ", 0, FALSE },
  };
  static const struct { const char *in, *why; } bad[] = {
    { "9.597.000,50", "“9.597.000,50” is not a whole number of rupiah; an amount has no fractions" },
    { "9,597,000.00", "is not a whole number of rupiah" }, { "12,5", "is not a whole number of rupiah" },
    { "-9.597.000", "“-9.597.000” is negative; an amount cannot be" }, { "(29.000)", "is negative" },
    { "\u2212500", "is negative" }, { "9.597.00O", "“9.597.00O” is not an amount in rupiah, like 9.597.000" },
    { "Rp", NULL }, { "99999999999999999999", "is more than any budget holds" },
  };
  static const struct { const char *in; gboolean title; int year; } years[] = {
    { "LAPORAN REALISASI KEUANGAN TAHUN ANGGARAN 2025", TRUE, 2025 }, { "Tahun 2025", TRUE, 2025 },
    { "tahun anggaran: 2019", TRUE, 2019 }, { "T.A. 2024", TRUE, 2024 }, { "TA 2023", TRUE, 2023 },
    { "per 31 Desember 2025", TRUE, 0 }, { "DATA 2025", TRUE, 0 }, { "Tahun 20251", TRUE, 0 },
    { "Tahun 1999", TRUE, 0 }, { "anggaran-2025.csv", FALSE, 2025 }, { "realisasi_2019_final.csv", FALSE, 2019 },
    { "laporan-12345.csv", FALSE, 0 }, { "anggaran.csv", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      gint64 v = -1;
      gboolean none = !good[i].none;

      g_test_message ("“%s”", good[i].in);
      g_assert_true (dk_parse_rupiah (good[i].in, &v, &none, NULL));
      g_assert_cmpint (v, ==, good[i].out);
      g_assert_cmpint (none, ==, good[i].none);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *why = NULL;
      gint64 v;

      g_test_message ("“%s”", bad[i].in);
      /* "Rp" alone is no amount: it reads as none */
      if (bad[i].why == NULL)
        {
          gboolean none = FALSE;

          g_assert_true (dk_parse_rupiah (bad[i].in, &v, &none, NULL));
          g_assert_true (none);
          continue;
        }
      g_assert_false (dk_parse_rupiah (bad[i].in, &v, NULL, &why));
      g_assert_nonnull (strstr (why, bad[i].why));
    }
  for (guint i = 0; i < G_N_ELEMENTS (years); i++)
    {
      g_test_message ("“%s”", years[i].in);
      g_assert_cmpint (dk_parse_find_year (years[i].in, years[i].title), ==, years[i].year);
    }
}

static void
assert_budget_2025 (DkStore *store,
                    int      year)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBudgetTable) table = dk_budget_table_load (store, year, "2.12.04.1.02.0001", 0, 0, &error);
  GPtrArray *lines;

  g_assert_no_error (error);
  lines = dk_budget_table_get_lines (table);
  g_assert_cmpuint (lines->len, ==, G_N_ELEMENTS (budget_2025));
  g_assert_cmpstr (dk_budget_table_get_activity_name (table), ==,
                   "Fasilitasi terkait Pengelolaan Informasi Administrasi Kependudukan");
  for (guint i = 0; i < lines->len; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (lines, i);

      g_assert_cmpstr (dk_budget_line_get_kode (line), ==, budget_2025[i].kode);
      g_assert_cmpint (dk_budget_line_get_anggaran (line), ==, budget_2025[i].anggaran);
      g_assert_cmpint (dk_budget_line_get_realisasi (line), ==, budget_2025[i].realisasi);
    }
}

/* The stated totals of an activity, as text */
static char *
stated_text (DkStore    *store,
             const char *ref)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) all = dk_stated_total_list (store, "anggaran", ref, &error);
  GString *out = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < all->len; i++)
    {
      DkStatedTotal *t = g_ptr_array_index (all, i);

      g_string_append_printf (out, "%s %s %" G_GINT64_FORMAT "\n", t->kode, t->kolom, t->nilai);
    }
  return g_string_free (out, FALSE);
}

static void
test_good_budget_files (void)
{
  static const struct { const char *file; int year_option, year; const char *activity; guint n_lines; } files[] = {
    /* the report's own table pasted from the document, the year from the file's name */
    { "budget-report-2025.tsv", 0, 2025, "2.12.04.1.02.0001", 2 },
    /* Excel, Indonesian: ';', Windows-1252, "Rp 9.597.000", "99,82%", TAHUN ANGGARAN in the title */
    { "budget-excel-id.csv", 0, 2025, "2.12.04.1.02.0001", 2 },
    /* into a year the database does not have yet */
    { "budget-report-2025.tsv", 2026, 2026, "2.12.04.1.02.0001", 2 },
    /* the 2019 activity, printed without lines */
    { "budget-blangko-2019.csv", 0, 2019, "1.02.06.1.02.08.01.099.030", 1 },
    { "budget-blangko-2019.csv", 2027, 2027, "1.02.06.1.02.08.01.099.030", 1 },
  };

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *dir = dk_test_make_tmpdir ();
      g_autoptr(DkStore) store = dk_test_fresh_store (dir);
      g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_BUDGET, NULL);
      g_autofree char *path = corpus (files[f].file);
      g_autofree char *seeded_stated = stated_text (store, "2025/2.12.04.1.02.0001");
      g_autoptr(GError) error = NULL;
      g_auto(GStrv) backups = NULL;
      GPtrArray *problems;

      g_test_message ("%s into %d", files[f].file, files[f].year);
      dk_import_set_year (import, files[f].year_option);
      g_assert_true (dk_import_read_file (import, path, &error));
      g_assert_no_error (error);
      problems = dk_import_get_problems (import);
      for (guint i = 0; i < problems->len; i++)
        g_test_message ("  %s", ((DkImportProblem *) g_ptr_array_index (problems, i))->message);
      g_assert_cmpuint (problems->len, ==, 0);
      g_assert_cmpint (dk_import_get_year (import), ==, files[f].year);
      g_assert_cmpstr (dk_import_get_activity (import), ==, files[f].activity);
      g_assert_cmpuint (dk_import_get_n_lines (import), ==, files[f].n_lines);
      g_assert_cmpint (dk_import_get_replaces (import), ==, files[f].year_option == 0);
      g_assert_cmpuint (dk_import_get_rows (import)->len, ==, files[f].n_lines == 2 ? 9 : 1);

      g_assert_true (dk_import_commit (import, &error));
      g_assert_no_error (error);
      /* a file is backed up before the import; a server's database by its administrator */
      backups = dk_backup_list (store);
      g_assert_cmpuint (g_strv_length (backups), ==, dk_test_engine_is_pg () ? 0 : 1);
      if (files[f].n_lines == 2)
        {
          g_autofree char *ref = g_strdup_printf ("%d/2.12.04.1.02.0001", files[f].year);
          g_autofree char *stated = stated_text (store, ref);

          assert_budget_2025 (store, files[f].year);
          /* the activity's row and the six printed parents, as the seed keeps them */
          g_assert_cmpstr (stated, ==, seeded_stated);
        }
      else
        {
          g_autoptr(DkBudgetTable) table = dk_budget_table_load (store, files[f].year, files[f].activity, 0, 0, &error);
          DkBudgetLine *total;

          g_assert_no_error (error);
          total = dk_budget_table_get_total (table);
          g_assert_cmpuint (dk_budget_table_get_lines (table)->len, ==, 1);
          g_assert_cmpint (dk_budget_line_get_anggaran (total), ==, 125000000);
          g_assert_cmpint (dk_budget_line_get_realisasi (total), ==, 121995295);
        }
      g_clear_object (&store);
      dk_test_rm_rf (dir);
    }
}

/* A file with part of an activity: its leaves' amounts are replaced, the other lines
 * kept and said; new lines are added; the printed totals replace the previous ones. */
static void
test_budget_replaces_part (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_BUDGET, NULL);
  g_autoptr(DkBudgetTable) table = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *stated = NULL;
  const char csv[] =
    "Realisasi Anggaran Tahun 2025\n"
    "Kode Rekening,Uraian,Anggaran,Realisasi,%\n"
    "2.12.04.1.02.0001,Fasilitasi terkait Pengelolaan Informasi Administrasi Kependudukan,\"17.897.000\",\"15.868.000\",\"88,66\"\n"
    "5.1.02.01.01,Belanja Barang Pakai Habis,\"11.597.000\",\"9.568.000\",90\n"
    "5.1.02.01.01.0052,Belanja Makanan dan Minuman Rapat,\"9.597.000\",\"9.568.000\",\"99,70\"\n"
    "5.1.02.01.01.0053,Belanja Alat Tulis Kantor,\"2.000.000\",-,-\n";
  DkImportProblem *p;

  dk_import_read_data (import, "anggaran.csv", csv, strlen (csv));
  for (guint i = 0; i < dk_import_get_problems (import)->len; i++)
    g_test_message ("%s", ((DkImportProblem *) g_ptr_array_index (dk_import_get_problems (import), i))->message);
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
  /* the activity's printed total agrees with its lines once the lines kept count: no note */
  g_assert_cmpuint (dk_import_get_problems (import)->len, ==, 2);
  p = g_ptr_array_index (dk_import_get_problems (import), 0);
  g_assert_cmpstr (p->message, ==,
                   "anggaran.csv, line 4, column %: 90.00% is printed, the amounts give 82.50%; this column "
                   "is computed from the amounts, not imported");
  p = g_ptr_array_index (dk_import_get_problems (import), 1);
  g_assert_false (p->is_error);
  g_assert_cmpstr (p->message, ==,
                   "anggaran.csv: 6 lines of the activity are not in the file (5.1, 5.1.02, 5.1.02.01, 5.1.02.02, "
                   "5.1.02.02.01, 5.1.02.02.01.0003); they are kept as they are");
  /* a year chosen against the title's is said; there the activity is new, and a part of
   * it lacks the lines above its own */
  dk_import_set_year (import, 2030);
  g_assert_false (dk_import_read_data (import, "anggaran.csv", csv, strlen (csv)));
  p = g_ptr_array_index (dk_import_get_problems (import), 1);
  g_assert_cmpstr (p->message, ==,
                   "anggaran.csv: the title says the fiscal year 2025; the table is imported into 2030, as chosen");
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 1);
  p = g_ptr_array_index (dk_import_get_problems (import), 2);
  g_assert_cmpstr (p->message, ==,
                   "anggaran.csv, line 4, column Kode Rekening: 5.1.02.01.01 goes under 5.1.02.01, which is neither "
                   "in the file nor a line of the activity; add that line above it");
  g_assert_false (dk_import_get_replaces (import));
  dk_import_set_year (import, 0);
  g_assert_true (dk_import_read_data (import, "anggaran.csv", csv, strlen (csv)));

  g_assert_true (dk_import_commit (import, &error));
  g_assert_no_error (error);

  table = dk_budget_table_load (store, 2025, "2.12.04.1.02.0001", 0, 0, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dk_budget_table_get_lines (table)->len, ==, 10);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_get_total (table)), ==, 17897000);
  g_assert_cmpint (dk_budget_line_get_realisasi (dk_budget_table_find (table, "5.1.02.01.01.0053")), ==, 0);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_find (table, "5.1.02.02")), ==, 6300000);
  stated = stated_text (store, "2025/2.12.04.1.02.0001");
  g_assert_cmpstr (stated, ==,
                   "2.12.04.1.02.0001 anggaran 17897000\n2.12.04.1.02.0001 realisasi 15868000\n"
                   "5.1.02.01.01 anggaran 11597000\n5.1.02.01.01 realisasi 9568000\n");
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

static void
test_bad_budget_files (void)
{
  static const BadFile files[] = {
    { "bad-budget-text-2025.csv", 1, 7,
      "bad-budget-text-2025.csv, line 7, column Jumlah Anggaran: “9.597.00O” is not an amount in rupiah, like "
      "9.597.000" },
    { "bad-budget-over-2025.csv", 1, 7,
      "bad-budget-over-2025.csv, line 7, column Realisasi: the realisation 9,598,000 is more than the budget "
      "9,597,000 (Jumlah Anggaran); one of the two is wrong" },
    /* the line whose parent now has no lines under it in the file is said too */
    { "bad-budget-not-belanja-2025.csv", 2, 4,
      "bad-budget-not-belanja-2025.csv, line 4, column Kode Rekening: Account code “4.1.01” is not a spending "
      "account code: it starts with 5 and goes on like 5.1.02.01.01.0052" },
    { "bad-budget-no-parent-2025.csv", 1, 5,
      "bad-budget-no-parent-2025.csv, line 5, column Kode Rekening: 5.1.02.03.02.0001 goes under 5.1.02.03.02, "
      "which is neither in the file nor a line of the activity; add that line above it" },
    { "bad-budget-duplicate-2025.csv", 1, 8,
      "bad-budget-duplicate-2025.csv, line 8, column Kode Rekening: 5.1.02.01.01.0052 is already given on "
      "line 7" },
    { "bad-budget-negative-2025.csv", 1, 7,
      "bad-budget-negative-2025.csv, line 7, column Jumlah Anggaran: “-9.597.000” is negative; an amount "
      "cannot be" },
    { "bad-budget-no-year.csv", 1, 0,
      "bad-budget-no-year.csv: the file gives no fiscal year (such as “Tahun Anggaran 2025” in its title); "
      "choose the year (--year)" },
    { "empty.csv", 1, 0, "empty.csv: the file is empty" },
    /* an IKD file is not a budget */
    { "ikd-report.tsv", 1, 0,
      "ikd-report.tsv: no heading row of the Budget realisation table in its first 22 lines; expected the "
      "columns Kode Rekening, Uraian, Anggaran, Realisasi" },
  };
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_BUDGET, NULL);

  for (guint f = 0; f < G_N_ELEMENTS (files); f++)
    {
      g_autofree char *path = corpus (files[f].file);
      g_autoptr(GBytes) bytes = dk_test_file_bytes (path);
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);

      assert_refused (store, import, files[f].file, data, len, files[f].n_errors, files[f].line,
                      files[f].message);
    }
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* A write that fails half-way (a trigger refuses the amounts, after the year, the
 * activity and its lines are in) leaves the database as it was. */
static void
test_budget_commit_fails (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(DkImport) import = dk_import_new (store, DK_IMPORT_KIND_BUDGET, NULL);
  g_autofree char *path = corpus ("budget-report-2025.tsv");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *address = dk_test_store_address (store);
  g_autofree char *message = NULL;

  if (dk_test_engine_is_pg ())
    message = dk_test_exec_sql (address,
                                "CREATE FUNCTION refuse () RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                                "IF NEW.anggaran = 6300000 THEN RAISE EXCEPTION 'refused'; END IF; RETURN NEW; END $$; "
                                "CREATE TRIGGER refuse AFTER INSERT ON anggaran_nilai "
                                "FOR EACH ROW EXECUTE FUNCTION refuse ()");
  else
    message = dk_test_exec_sql (address,
                                "CREATE TRIGGER refuse AFTER INSERT ON anggaran_nilai "
                                "WHEN NEW.anggaran = 6300000 BEGIN SELECT RAISE (ABORT, 'refused'); END");
  g_assert_null (message);
  before = dump (store);

  dk_import_set_year (import, 2026);
  g_assert_true (dk_import_read_file (import, path, &error));
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
  g_assert_false (dk_import_commit (import, &error));
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "Nothing was imported: "));
  g_assert_nonnull (strstr (error->message, "refused"));
  g_clear_error (&error);
  after = dump (store);
  g_assert_cmpstr (before, ==, after);
  {
    g_autoptr(GArray) years = dk_budget_list_years (store, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (years->len, ==, 2);
  }
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

/* IKD figures held below the kabupaten/kota, and for the whole country: rows are
 * found by code at any level under the parent ("0" is Indonesia). */
static void
test_deeper_and_national (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkImport) import = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  const char desa[] = "kode,wilayah,rekam_dinamis,jumlah_ikd\n"
                      "13.71.01.1001,Belakang Pondok,1000,300\n"
                      "13.71.01.1002,Alang Laweh,2000,500\n"
                      "14.01.01.1013,Langgini,3000,600\n";

  /* the registry holds every region of the country */
  /* under Sumatera Barat, the Riau desa is not a region of it */
  import = dk_import_new (store, DK_IMPORT_KIND_IKD, "13");
  dk_import_set_as_of (import, "2026-06-30");
  g_assert_false (dk_import_read_data (import, "desa.csv", desa, strlen (desa)));
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 1);
  g_assert_cmpstr (((DkImportProblem *) g_ptr_array_index (dk_import_get_problems (import), 0))->message, ==,
                   "desa.csv, line 4, column kode: 14.01.01.1013 is not a region of Sumatera Barat");
  g_clear_object (&import);

  /* for the whole country all three are, and no kabupaten/kota is said to be missing */
  import = dk_import_new (store, DK_IMPORT_KIND_IKD, "0");
  dk_import_set_as_of (import, "2026-06-30");
  g_assert_true (dk_import_read_data (import, "desa.csv", desa, strlen (desa)));
  g_assert_cmpuint (dk_import_get_problems (import)->len, ==, 0);
  g_assert_cmpuint (dk_import_get_n_regions (import), ==, 3);
  g_assert_true (dk_import_commit (import, &error));
  g_assert_no_error (error);
  {
    g_autoptr(DkIkdTable) kec = dk_ikd_table_load (store, "13.71.01", "2026-06-30", &error);
    g_autoptr(DkIkdTable) riau = NULL;

    g_assert_no_error (error);
    g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_total (kec)), ==, 800);
    riau = dk_ikd_table_load (store, "14.01.01", "2026-06-30", &error);
    g_assert_no_error (error);
    g_assert_cmpint (dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_total (riau)), ==, 3000);
  }

  /* a new date is one entry in the history, and undoing it removes the rows */
  changes = dk_history_list (store, 0, &error);
  g_assert_cmpuint (changes->len, ==, 1);
  g_assert_cmpstr (((DkHistoryChange *) g_ptr_array_index (changes, 0))->kolom, ==, "*");
  g_assert_cmpstr (((DkHistoryChange *) g_ptr_array_index (changes, 0))->baru, ==, "3");
  g_assert_true (dk_domains_undo (store, NULL, &error));
  {
    g_auto(GStrv) dates = dk_ikd_list_dates (store, &error);

    g_assert_cmpuint (g_strv_length (dates), ==, 1);
  }
  g_clear_object (&store);
  dk_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dk/import/counts", test_counts);
  g_test_add_func ("/dk/import/percents", test_percents);
  g_test_add_func ("/dk/import/codes-names-dates", test_codes_names_dates);
  g_test_add_func ("/dk/import/encodings", test_encodings);
  g_test_add_func ("/dk/import/good-ikd-files", test_good_files);
  g_test_add_func ("/dk/import/good-m2m-files", test_good_m2m_files);
  g_test_add_func ("/dk/import/bad-files", test_bad_files);
  g_test_add_func ("/dk/import/garbage", test_garbage);
  g_test_add_func ("/dk/import/backup-restore", test_backup_restore);
  g_test_add_func ("/dk/import/killed", test_killed_import);
  g_test_add_func ("/dk/import/killed-budget", test_killed_budget_import);
  g_test_add_func ("/dk/import/history-undo", test_history_undo);
  g_test_add_func ("/dk/import/deeper-and-national", test_deeper_and_national);
  g_test_add_func ("/dk/import/rupiah-and-year", test_rupiah_and_year);
  g_test_add_func ("/dk/import/good-budget-files", test_good_budget_files);
  g_test_add_func ("/dk/import/budget-replaces-part", test_budget_replaces_part);
  g_test_add_func ("/dk/import/bad-budget-files", test_bad_budget_files);
  g_test_add_func ("/dk/import/budget-commit-fails", test_budget_commit_fails);
  return g_test_run ();
}
