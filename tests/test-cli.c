/* test-cli.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * dukcapil-cli as a user runs it: a real process on a real database file.
 */
#include "config.h"

#include <cairo.h>
#include <string.h>

#include "dk-test-util.h"

static const char expected_csv[] =
  "kode,wilayah,rekam_dinamis,jumlah_ikd,persen_ikd,kekurangan\n"
  "13,SUMATERA BARAT,4186046,499435,11.93,756379\n"
  "13.01,PESISIR SELATAN,384386,10952,2.85,104364\n"
  "13.02,SOLOK,295761,16221,5.48,72508\n"
  "13.03,SIJUNJUNG,175045,6592,3.77,45922\n"
  "13.04,TANAH DATAR,286763,18384,6.41,67645\n"
  "13.05,PADANG PARIAMAN,327664,42485,12.97,55815\n"
  "13.06,AGAM,388456,26482,6.82,90055\n"
  "13.07,LIMA PULUH KOTA,298960,20041,6.70,69647\n"
  "13.08,PASAMAN,220909,17124,7.75,49149\n"
  "13.09,KEPULAUAN MENTAWAI,67812,2615,3.86,17729\n"
  "13.10,DHARMASRAYA,172233,10097,5.86,41573\n"
  "13.11,SOLOK SELATAN,127427,8460,6.64,29769\n"
  "13.12,PASAMAN BARAT,311392,18886,6.07,74532\n"
  "13.71,KOTA PADANG,690061,233486,33.84,0\n"
  "13.72,KOTA SOLOK,60057,12474,20.77,5544\n"
  "13.73,KOTA SAWAHLUNTO,50235,6154,12.25,8917\n"
  "13.74,KOTA PADANG PANJANG,45658,16433,35.99,0\n"
  "13.75,KOTA BUKITTINGGI,100751,11901,11.81,18325\n"
  "13.76,KOTA PAYAKUMBUH,107615,10263,9.54,22022\n"
  "13.77,KOTA PARIAMAN,74861,10385,13.87,12074\n";

static const char expected_m2m_csv[] =
  "kode,wilayah,jumlah_perangkat,jumlah_aktif,tidak_aktif\n"
  "13.01,PESISIR SELATAN,0,0,0\n"
  "13.02,SOLOK,4,3,1\n"
  "13.03,SIJUNJUNG,2,2,0\n"
  "13.04,TANAH DATAR,1,1,0\n"
  "13.05,PADANG PARIAMAN,3,1,2\n"
  "13.06,AGAM,4,2,2\n"
  "13.07,LIMA PULUH KOTA,1,1,0\n"
  "13.08,PASAMAN,5,2,3\n"
  "13.09,KEPULAUAN MENTAWAI,1,1,0\n"
  "13.10,DHARMASRAYA,3,1,2\n"
  "13.11,SOLOK SELATAN,2,2,0\n"
  "13.12,PASAMAN BARAT,3,3,0\n"
  "13.71,KOTA PADANG,1,0,1\n"
  "13.72,KOTA SOLOK,1,1,0\n"
  "13.73,KOTA SAWAHLUNTO,1,1,0\n"
  "13.74,KOTA PADANG PANJANG,1,1,0\n"
  "13.75,KOTA BUKITTINGGI,3,2,1\n"
  "13.76,KOTA PAYAKUMBUH,2,1,1\n"
  "13.77,KOTA PARIAMAN,2,2,0\n"
  "13,SUMATERA BARAT,40,27,13\n";

static char *
cli_path (void)
{
  return g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "dukcapil-cli", NULL);
}

typedef struct
{
  char *dir;
  char *db;
  char *cli;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = dk_test_make_tmpdir ();
  f->db = dk_test_db_address (f->dir, "cli.db");
  f->cli = cli_path ();
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  dk_test_rm_rf (f->dir);
  g_free (f->dir);
  g_free (f->db);
  g_free (f->cli);
}

static void
test_ikd_csv (Fixture       *f,
              gconstpointer  data)
{
  const char *argv[] = { f->cli, "--db", f->db, "ikd", "--format", "csv", NULL };
  g_autofree char *err = NULL;
  g_autofree char *out = NULL;
  int status;

  out = dk_test_run (argv, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out, ==, expected_csv);
  g_assert_cmpstr (err, ==, "");

  /* the same again, on the now existing database, for a named date */
  {
    const char *again[] = { f->cli, "--db", f->db, "ikd", "--format=csv", "--as-of", "2025-12-31", NULL };
    g_autofree char *out2 = dk_test_run (again, &status, NULL);

    g_assert_cmpint (status, ==, 0);
    g_assert_cmpstr (out2, ==, expected_csv);
  }
}

/* Kota Padang's figures alone on a date: the province's row is a partial total, its
 * percentage and shortfall empty in the CSV and the text saying how many reported. */
static void
test_ikd_partial (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "ikd-2024-11-01.csv", NULL);
  const char *import[] = { f->cli, "--db", f->db, "import", "--kind", "ikd", path, NULL };
  const char *csv[] = { f->cli, "--db", f->db, "ikd", "--as-of", "2024-11-01", "--format", "csv", NULL };
  const char *text[] = { f->cli, "--db", f->db, "ikd", "--as-of", "2024-11-01", NULL };
  const char *whole[] = { f->cli, "--db", f->db, "ikd", NULL };
  g_autofree char *out = NULL, *out2 = NULL, *out3 = NULL, *out4 = NULL;
  int status;

  g_assert_true (g_file_set_contents (path, "Kode,Wilayah,Rekam Dinamis,Jumlah IKD\n13.71,Kota Padang,680160,203479\n",
                                      -1, NULL));
  out = dk_test_run (import, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  out2 = dk_test_run (csv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out2, ==, "kode,wilayah,rekam_dinamis,jumlah_ikd,persen_ikd,kekurangan\n"
                             "13,SUMATERA BARAT,680160,203479,,\n"
                             "13.71,KOTA PADANG,680160,203479,29.92,569\n");
  out3 = dk_test_run (text, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out3, "Partial total: 1 of 19 kabupaten/kota reported; the row of SUMATERA BARAT "
                                  "sums only their figures"));
  g_assert_null (strstr (out3, "29.92%        569\n    "));
  /* the report's date, every kabupaten/kota reported: no note */
  out4 = dk_test_run (whole, &status, NULL);
  g_assert_null (strstr (out4, "Partial total"));
}

static void
test_ikd_text (Fixture       *f,
               gconstpointer  data)
{
  const char *argv[] = { f->cli, "--db", f->db, "ikd", NULL };
  g_autofree char *out = NULL;
  int status;

  out = dk_test_run (argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "KOTA PADANG PANJANG"));
  g_assert_nonnull (strstr (out, "4,186,046"));
  g_assert_nonnull (strstr (out, "11.93%"));
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
    { { "ikd", "--bogus" }, 2, "--bogus" },
    { { "frobnicate" }, 2, "frobnicate" },
    { { }, 2, "command" },
    { { "ikd", "--format", "xml" }, 2, "xml" },
    { { "ikd", "extra" }, 2, "extra" },
    { { "ikd", "--as-of", "2024-12-31" }, 3, "2024-12-31" },
    { { "ikd", "--as-of", "31/12/2025" }, 3, "31/12/2025" },
    { { "chart", "ikd" }, 2, "-o" },
    { { "chart", "pie", "-o", "x.png" }, 2, "pie" },
    { { "chart", "ikd", "-o", "x.gif" }, 3, ".png" },
    { { "chart", "ikd", "-o", "x.png", "--sort", "random" }, 3, "random" },
    { { "chart", "ikd", "-o", "x.png", "--width", "5" }, 2, "100" },
    { { "ikd-target", "--set", "150" }, 2, "150" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) argv = g_ptr_array_new ();
      g_autofree char *err = NULL;
      g_autofree char *out = NULL;
      int status;

      g_ptr_array_add (argv, f->cli);
      g_ptr_array_add (argv, "--db");
      g_ptr_array_add (argv, f->db);
      for (guint j = 0; j < G_N_ELEMENTS (cases[i].args) && cases[i].args[j]; j++)
        g_ptr_array_add (argv, (char *) cases[i].args[j]);
      g_ptr_array_add (argv, NULL);

      out = dk_test_run ((const char *const *) argv->pdata, &status, &err);
      g_test_message ("case %u: status %d, stderr: %s", i, status, err);
      g_assert_cmpint (status, ==, cases[i].status);
      g_assert_nonnull (strstr (err, cases[i].message));
      g_assert_cmpstr (out, ==, "");
    }
}

/* On a server, a database that is not there and one that holds another program's tables
 * are what a missing folder and a foreign file are on disk. */
static void
test_unopenable_server_database (Fixture *f)
{
  g_autofree char *missing = g_strdup_printf ("%s dbname=dk_no_such_database", dk_test_pg_server ());
  const char *missing_db[] = { f->cli, "--db", missing, "ikd", NULL };
  const char *not_ours[] = { f->cli, "--db", f->db, "ikd", NULL };
  g_autofree char *err1 = NULL, *err2 = NULL, *out1 = NULL, *out2 = NULL, *failure = NULL;
  int status;

  out1 = dk_test_run (missing_db, &status, &err1);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err1, "dk_no_such_database"));

  failure = dk_test_exec_sql (f->db, "DROP TABLE dk_schema");
  g_assert_null (failure);
  out2 = dk_test_run (not_ours, &status, &err2);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err2, "holds tables of another program"));
}

static void
test_unopenable_database (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *junk = g_build_filename (f->dir, "junk.db", NULL);
  const char *missing_dir[] = { f->cli, "--db", "/nonexistent-dukcapil/x.db", "ikd", NULL };
  const char *not_ours[] = { f->cli, "--db", junk, "ikd", NULL };
  g_autofree char *err1 = NULL, *err2 = NULL, *out1 = NULL, *out2 = NULL;
  int status;

  if (dk_test_engine_is_pg ())
    {
      test_unopenable_server_database (f);
      return;
    }
  out1 = dk_test_run (missing_dir, &status, &err1);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err1, "/nonexistent-dukcapil/x.db"));

  g_assert_true (g_file_set_contents (junk, "This is a letter, not a database. It is long enough "
                                            "for sqlite to read its header and find no magic.\n", -1, NULL));
  out2 = dk_test_run (not_ours, &status, &err2);
  g_assert_cmpint (status, ==, 3);
  g_assert_nonnull (strstr (err2, "not a Dukcapil database"));
}

static void
test_chart_file (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "ikd.png", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "ikd.pdf", NULL);
  const char *argv[] = { f->cli, "--db", f->db, "chart", "ikd", "-o", png, "--width", "900",
                         "--height", "500", "--sort", "coverage", NULL };
  const char *argv_pdf[] = { f->cli, "--db", f->db, "chart", "ikd", "--output", pdf, "--dark", NULL };
  g_autofree char *out = NULL, *out2 = NULL;
  cairo_surface_t *surface;
  int status;

  out = dk_test_run (argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 900);
  g_assert_cmpint (cairo_image_surface_get_height (surface), ==, 500);
  cairo_surface_destroy (surface);

  out2 = dk_test_run (argv_pdf, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
}

/* `chart map`: the province's kabupaten/kota to PNG (Kota Padang's centre in the colour of
 * its class), SVG and PDF; a wrong level is refused. */
static void
test_chart_map (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *png = g_build_filename (f->dir, "map.png", NULL);
  g_autofree char *svg = g_build_filename (f->dir, "map.svg", NULL);
  g_autofree char *pdf = g_build_filename (f->dir, "map.pdf", NULL);
  const char *argv[] = { f->cli, "--db", f->db, "chart", "map", "-o", png, "--width", "800", "--height", "600", NULL };
  const char *argv_svg[] = { f->cli, "--db", f->db, "chart", "map", "--parent", "0", "--level", "kabkota", "-o", svg, NULL };
  const char *argv_pdf[] = { f->cli, "--db", f->db, "chart", "map", "--page", "ikd", "--parent", "13.71", "-o", pdf, NULL };
  const char *argv_bad[] = { f->cli, "--db", f->db, "chart", "map", "--level", "pulau", "-o", png, NULL };
  g_autofree char *o1 = NULL, *o2 = NULL, *o3 = NULL, *o4 = NULL, *err = NULL, *head = NULL;
  const char *pages[] = { "m2m", "blangko", "atm" };
  cairo_surface_t *surface;
  int status;

  o1 = dk_test_run (argv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  surface = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (surface), ==, 800);
  cairo_surface_destroy (surface);
  o2 = dk_test_run (argv_svg, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_get_contents (svg, &head, NULL, NULL));
  g_assert_true (g_str_has_prefix (head, "<?xml"));
  o3 = dk_test_run (argv_pdf, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  o4 = dk_test_run (argv_bad, &status, &err);
  g_assert_cmpint (status, !=, 0);
  g_assert_nonnull (strstr (err, "pulau"));

  /* the offices' devices and their days of blank cards left */
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *out = NULL, *file = g_strdup_printf ("%s/%s.png", f->dir, pages[i]);
      const char *argv_page[] = { f->cli, "--db", f->db, "chart", "map", "--page", pages[i], "--as-of",
                                  g_str_equal (pages[i], "m2m") ? "2025-12-31" : "2026-01-15", "-o", file, NULL };
      g_autofree char *page_err = NULL;

      out = dk_test_run (argv_page, &status, &page_err);
      g_assert_cmpint (status, ==, g_str_equal (pages[i], "atm") ? 3 : 0);
      g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR) == !g_str_equal (pages[i], "atm"));
    }
}

/* `check` finds a region at a mapped level without a boundary, and a boundary without a
 * region; the registry as shipped has neither. */
static void
test_check_boundaries (Fixture       *f,
                       gconstpointer  data)
{
  const char *check[] = { f->cli, "--db", f->db, "check", NULL };
  g_autofree char *o1 = NULL, *o2 = NULL, *failure = NULL;
  int status;

  o1 = dk_test_run (check, &status, NULL);
  g_assert_null (strstr (o1, "Boundaries"));
  failure = dk_test_exec_sql (f->db, "INSERT INTO region (kode, nama, tingkat, induk) "
                                     "VALUES ('13.99', 'Kabupaten Baru', 'kabkota', '13');"
                                     "DELETE FROM region WHERE induk = '13.09.10';"
                                     "DELETE FROM region WHERE kode = '13.09.10';");
  g_assert_null (failure);
  o2 = dk_test_run (check, &status, NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_nonnull (strstr (o2, "Boundaries 2025: Kabupaten Baru (13.99) has no boundary"));
  g_assert_nonnull (strstr (o2, "Boundaries 2025: the boundary of Pagai Selatan (13.09.10) has no region"));
}

/* `ikd --pace` with one date says so; its CSV has the agreed header. */
static void
test_pace (Fixture       *f,
           gconstpointer  data)
{
  const char *text[] = { f->cli, "--db", f->db, "ikd", "--pace", NULL };
  const char *csv[] = { f->cli, "--db", f->db, "ikd", "--pace", "--format", "csv", NULL };
  g_autofree char *o1 = NULL, *o2 = NULL;
  int status;

  o1 = dk_test_run (text, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (o1, "one date only"));
  g_assert_nonnull (strstr (o1, "KOTA PADANG"));
  o2 = dk_test_run (csv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (o2, "kode,wilayah,per_bulan,capai_target,perlu_per_bulan\n13,SUMATERA BARAT,,,\n"));
}

static void
test_target_and_version (Fixture       *f,
                         gconstpointer  data)
{
  const char *set[] = { f->cli, "--db", f->db, "ikd-target", "--year", "2027", "--set", "35", NULL };
  const char *get[] = { f->cli, "--db", f->db, "ikd-target", "--year", "2026", NULL };
  const char *version[] = { f->cli, "--version", NULL };
  const char *help[] = { f->cli, "--help", NULL };
  g_autofree char *o1 = NULL, *o2 = NULL, *o3 = NULL, *o4 = NULL;
  int status;

  o1 = dk_test_run (set, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (o1, ==, "2027: 35%\n");
  o2 = dk_test_run (get, &status, NULL);
  g_assert_cmpstr (o2, ==, "2026: 30%\n");
  o3 = dk_test_run (version, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (o3, ==, "dukcapil-cli " PACKAGE_VERSION "\n");
  o4 = dk_test_run (help, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (o4, "ikd"));
  g_assert_nonnull (strstr (o4, "chart"));
}

static void
test_m2m_and_check (Fixture       *f,
                    gconstpointer  data)
{
  const char *csv[] = { f->cli, "--db", f->db, "m2m", "--format", "csv", NULL };
  const char *text[] = { f->cli, "--db", f->db, "m2m", NULL };
  const char *check[] = { f->cli, "--db", f->db, "check", NULL };
  const char *events[] = { f->cli, "--db", f->db, "m2m-events", "--format", "csv", NULL };
  const char *chart[] = { f->cli, "--db", f->db, "chart", "m2m", "-o", NULL, "--sort", "devices", NULL };
  g_autofree char *png = g_build_filename (f->dir, "m2m.png", NULL);
  g_autofree char *o1 = NULL, *o2 = NULL, *o3 = NULL, *o4 = NULL, *o5 = NULL, *err = NULL;
  int status;

  o1 = dk_test_run (csv, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (o1, ==, expected_m2m_csv);

  o2 = dk_test_run (text, &status, &err);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (o2, "PESISIR SELATAN (13.01): no M2M device"));
  g_assert_nonnull (strstr (o2, "KOTA PADANG (13.71): no active M2M device"));
  g_assert_nonnull (strstr (err, "39"));

  /* the shipped data's one inconsistency, and exit status 1 */
  o3 = dk_test_run (check, &status, NULL);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (o3, ==, "M2M 2025-12-31: Total (13), Number of M2M devices: the source states 39, "
                           "the rows add up to 40\n");

  o4 = dk_test_run (events, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_str_has_prefix (o4, "tanggal,bulan_saja,kode,jenis,catatan\n2025-03-01,1,,nonaktif,"));

  chart[6] = png;
  o5 = dk_test_run (chart, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (g_file_test (png, G_FILE_TEST_IS_REGULAR));
}

static void
test_check_clean (Fixture       *f,
                  gconstpointer  data)
{
  const char *check[] = { f->cli, "--db", f->db, "check", NULL };
  const char *ikd[] = { f->cli, "--db", f->db, "ikd", NULL };
  g_autofree char *o1 = NULL, *o2 = NULL, *failure = NULL;
  int status;

  /* create the database, then correct the source's total as the office would */
  o1 = dk_test_run (ikd, &status, NULL);
  failure = dk_test_exec_sql (f->db, "UPDATE stated_total SET nilai = 40 WHERE kolom = 'jumlah_perangkat'");
  g_assert_null (failure);
  o2 = dk_test_run (check, &status, NULL);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (o2, ==, "");
}

/* The lines of data/seed/wilayah.csv (LF ends) of a level, or whose code starts with @prefix. */
static char *
seed_lines (const char *level,
            const char *prefix)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "..", "data", "seed", "wilayah.csv", NULL);
  g_autofree char *data = NULL;
  GString *out = g_string_new ("kode,nama,tingkat\n");
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  /* line by line by hand: strstr (in g_strsplit) is quadratic under the sanitizers */
  for (char *line = data, *end; line < data + len; line = end + 1)
    {
      for (end = line; end < data + len && *end != '\n'; end++)
        ;
      *end = '\0';
      if (end > line && end[-1] == '\r')
        end[-1] = '\0';
      if (line == data || *line == '\0')
        continue;   /* the header, a blank line */
      if (level != NULL && !g_str_has_suffix (line, level))
        continue;
      if (prefix != NULL && !g_str_has_prefix (line, prefix))
        continue;
      g_string_append (out, line);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* `regions`: the registry a level at a time, the CSV as the shipped file has it. */
static void
test_regions (Fixture       *f,
              gconstpointer  data)
{
  static const struct { const char *args[4]; const char *level, *prefix; guint n_lines; } cases[] = {
    { { NULL }, ",provinsi", NULL, 38 },
    { { "--level", "kabkota" }, ",kabkota", NULL, 514 },
    { { "--level", "kecamatan" }, ",kecamatan", NULL, 7285 },
    { { "--level", "desa" }, ",desa", NULL, 83762 },
    { { "--parent", "13" }, ",kabkota", "13.", 19 },
    { { "--parent", "0", "--level", "provinsi" }, ",provinsi", NULL, 38 },
    { { "--parent", "11", "--level", "desa" }, ",desa", "11.", 0 },
    { { "--parent", "13.71.01" }, ",desa", "13.71.01.", 0 },
  };
  int status;

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      const char *argv[12] = { f->cli, "--db", f->db, "regions", "--format", "csv" };
      g_autofree char *out = NULL, *err = NULL;
      g_autofree char *expected = seed_lines (cases[c].level, cases[c].prefix);
      guint n = 6, n_lines = 0;

      for (guint a = 0; a < G_N_ELEMENTS (cases[c].args) && cases[c].args[a] != NULL; a++)
        argv[n++] = cases[c].args[a];
      out = dk_test_run (argv, &status, &err);
      g_assert_cmpint (status, ==, 0);
      g_assert_cmpstr (err, ==, "");
      g_assert_cmpstr (out, ==, expected);
      for (const char *p = out; *p != '\0'; p++)   /* not strchr: the sanitizers make it quadratic */
        n_lines += *p == '\n';
      if (cases[c].n_lines > 0)
        g_assert_cmpuint (n_lines, ==, cases[c].n_lines + 1);
    }

  /* codes are text: 11.10 is there, 11.1 is not */
  {
    const char *argv[] = { f->cli, "--db", f->db, "regions", "--parent", "11", "--format", "csv", NULL };
    g_autofree char *out = dk_test_run (argv, &status, NULL);

    g_assert_nonnull (strstr (out, "\n11.10,Kabupaten Aceh Singkil,kabkota\n"));
    g_assert_null (strstr (out, "\n11.1,"));
  }
  /* the text lists the population where it is known */
  {
    const char *argv[] = { f->cli, "--db", f->db, "regions", NULL };
    g_autofree char *out = dk_test_run (argv, &status, NULL);

    g_assert_cmpint (status, ==, 0);
    g_assert_nonnull (g_strstr_len (out, -1, "Sumatera Barat"));
    g_assert_nonnull (g_strstr_len (out, -1, "5,820,359"));
    g_assert_true (g_str_has_prefix (out, "Code"));
  }
  /* what is not a level or a region */
  {
    static const struct { const char *args[4]; int status; const char *message; } bad[] = {
      { { "--level", "dusun" }, 2, "Unknown level “dusun”" },
      { { "--parent", "11.1" }, 2, "“11.1” is not a region code" },
      { { "--parent", "99" }, 3, "Unknown region code “99”" },
      { { "--parent", "13", "--level", "provinsi" }, 2, "13 is a provinsi" },
      { { "--format", "xml" }, 2, "Unknown format “xml”" },
    };

    for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
      {
        const char *argv[10] = { f->cli, "--db", f->db, "regions" };
        g_autofree char *out = NULL, *err = NULL;
        guint n = 4;

        for (guint a = 0; a < G_N_ELEMENTS (bad[b].args) && bad[b].args[a] != NULL; a++)
          argv[n++] = bad[b].args[a];
        out = dk_test_run (argv, &status, &err);
        g_assert_cmpint (status, ==, bad[b].status);
        g_assert_nonnull (strstr (err, bad[b].message));
      }
  }
}

/* The home province of Preferences is the commands' default region. */
static void
test_home_province (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *config = g_build_filename (f->dir, "config", "glib-2.0", "settings", NULL);
  g_autofree char *keyfile = g_build_filename (config, "keyfile", NULL);
  g_autofree char *config_home = g_build_filename (f->dir, "config", NULL);
  g_auto(GStrv) env = g_get_environ ();
  const char *ikd[] = { f->cli, "--db", f->db, "ikd", "--format", "csv", NULL };
  const char *m2m[] = { f->cli, "--db", f->db, "m2m", "--format", "csv", NULL };
  g_autofree char *out = NULL, *out_m2m = NULL;
  g_autoptr(GError) error = NULL;
  int wait_status;

  g_assert_cmpint (g_mkdir_with_parents (config, 0700), ==, 0);
  env = g_environ_setenv (env, "GSETTINGS_BACKEND", "keyfile", TRUE);
  env = g_environ_setenv (env, "XDG_CONFIG_HOME", config_home, TRUE);

  /* Aceh: its table has no figures, but it is Aceh's */
  g_assert_true (g_file_set_contents (keyfile, "[com/sumbar/dukcapil]\nhome-province='11'\n", -1, NULL));
  g_spawn_sync (NULL, (char **) ikd, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (out, "kode,wilayah,rekam_dinamis,jumlah_ikd,persen_ikd,kekurangan\n11,ACEH,0,0,"));
  g_clear_pointer (&out, g_free);

  /* unchanged, Sumatera Barat; M2M, one province's offices, stays there in the national view */
  g_assert_true (g_file_set_contents (keyfile, "[com/sumbar/dukcapil]\nhome-province='0'\n", -1, NULL));
  g_spawn_sync (NULL, (char **) m2m, env, G_SPAWN_DEFAULT, NULL, NULL, &out_m2m, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out_m2m, ==, expected_m2m_csv);
  /* IKD for the whole country: its provinces with figures, summed from their rows; one
   * province of 38 reported, so the country's total is partial, without a percentage */
  g_spawn_sync (NULL, (char **) ikd, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, "kode,wilayah,rekam_dinamis,jumlah_ikd,persen_ikd,kekurangan\n"
                            "0,INDONESIA,4186046,499435,,\n"
                            "13,SUMATERA BARAT,4186046,499435,11.93,756379\n");
  g_clear_pointer (&out, g_free);
  g_assert_true (g_file_set_contents (keyfile, "[com/sumbar/dukcapil]\n", -1, NULL));
  g_spawn_sync (NULL, (char **) ikd, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (out, ==, expected_csv);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/dk/cli/ikd-csv", Fixture, NULL, fixture_setup, test_ikd_csv, fixture_teardown);
  g_test_add ("/dk/cli/ikd-text", Fixture, NULL, fixture_setup, test_ikd_text, fixture_teardown);
  g_test_add ("/dk/cli/ikd-partial", Fixture, NULL, fixture_setup, test_ikd_partial, fixture_teardown);
  g_test_add ("/dk/cli/bad-arguments", Fixture, NULL, fixture_setup, test_bad_arguments, fixture_teardown);
  g_test_add ("/dk/cli/unopenable-database", Fixture, NULL, fixture_setup, test_unopenable_database, fixture_teardown);
  g_test_add ("/dk/cli/chart-file", Fixture, NULL, fixture_setup, test_chart_file, fixture_teardown);
  g_test_add ("/dk/cli/chart-map", Fixture, NULL, fixture_setup, test_chart_map, fixture_teardown);
  g_test_add ("/dk/cli/pace", Fixture, NULL, fixture_setup, test_pace, fixture_teardown);
  g_test_add ("/dk/cli/check-boundaries", Fixture, NULL, fixture_setup, test_check_boundaries, fixture_teardown);
  g_test_add ("/dk/cli/target-and-version", Fixture, NULL, fixture_setup, test_target_and_version, fixture_teardown);
  g_test_add ("/dk/cli/m2m-and-check", Fixture, NULL, fixture_setup, test_m2m_and_check, fixture_teardown);
  g_test_add ("/dk/cli/check-clean", Fixture, NULL, fixture_setup, test_check_clean, fixture_teardown);
  g_test_add ("/dk/cli/regions", Fixture, NULL, fixture_setup, test_regions, fixture_teardown);
  g_test_add ("/dk/cli/home-province", Fixture, NULL, fixture_setup, test_home_province, fixture_teardown);
  return g_test_run ();
}
