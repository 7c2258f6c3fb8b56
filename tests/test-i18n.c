/* test-i18n.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Under an Indonesian locale the command line speaks Indonesian and writes numbers and
 * dates the Indonesian way; its CSV stays the same in every locale.
 */
#include "config.h"

#include <locale.h>
#include <string.h>
#include <sys/wait.h>

#include "dk-test-util.h"

static char **
env_for (const char *lang,
         const char *language)
{
  char **env = g_get_environ ();

  env = g_environ_setenv (env, "LC_ALL", lang, TRUE);
  env = g_environ_setenv (env, "LANGUAGE", language, TRUE);
  return env;
}

static char *
run_in (const char  *lang,
        const char  *language,
        const char  *db,
        const char  *format,
        int         *status)
{
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "dukcapil-cli", NULL);
  g_auto(GStrv) env = env_for (lang, language);
  const char *argv[] = { cli, "--db", db, "ikd", "--format", format, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  return out;
}

static gboolean
have_locale (const char *name)
{
  char *old = g_strdup (setlocale (LC_ALL, NULL));
  gboolean ok = setlocale (LC_ALL, name) != NULL;

  setlocale (LC_ALL, old);
  g_free (old);
  return ok;
}

static void
test_indonesian_text (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *db = dk_test_db_address (dir, "i18n.db");
  g_autofree char *out = NULL;
  int status;

  if (!have_locale ("id_ID.UTF-8"))
    {
      g_test_skip ("the id_ID.UTF-8 locale is not installed (build-aux/install-deps.sh installs it)");
      return;
    }
  out = run_in ("id_ID.UTF-8", "id", db, "text", &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_nonnull (strstr (out, "Aktivasi IKD, SUMATERA BARAT, per 31 Desember 2025 (target 30 %)"));
  g_assert_nonnull (strstr (out, "Wilayah"));
  g_assert_nonnull (strstr (out, "Rekam Dinamis"));
  g_assert_nonnull (strstr (out, "Kekurangan"));
  g_assert_nonnull (strstr (out, "4.186.046"));
  g_assert_nonnull (strstr (out, "11,93 %"));
  g_assert_nonnull (strstr (out, "756.379"));
  g_assert_null (strstr (out, "Region"));
  dk_test_rm_rf (dir);
}

static void
test_csv_same_everywhere (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *db = dk_test_db_address (dir, "i18n.db");
  g_autofree char *c = NULL, *id = NULL;
  int status;

  if (!have_locale ("id_ID.UTF-8"))
    {
      g_test_skip ("the id_ID.UTF-8 locale is not installed");
      return;
    }
  c = run_in ("C.UTF-8", "", db, "csv", &status);
  g_assert_cmpint (status, ==, 0);
  id = run_in ("id_ID.UTF-8", "id", db, "csv", &status);
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (c, ==, id);
  g_assert_nonnull (strstr (id, "13,SUMATERA BARAT,4186046,499435,11.93,756379\n"));
  dk_test_rm_rf (dir);
}

/* An import's problems, in the office's language: "baris 5, kolom Jumlah IKD: …" */
static void
test_indonesian_import_errors (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *db = dk_test_db_address (dir, "i18n.db");
  g_autofree char *cli = g_test_build_filename (G_TEST_BUILT, "..", "src", "cli", "dukcapil-cli", NULL);
  g_autofree char *file = g_test_build_filename (G_TEST_DIST, "import", "bad-text-in-number-2025-12-31.csv", NULL);
  g_auto(GStrv) env = env_for ("id_ID.UTF-8", "id");
  const char *argv[] = { cli, "--db", db, "import", file, "--kind", "ikd", NULL };
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL, *err = NULL;
  int wait_status = 0;

  if (!have_locale ("id_ID.UTF-8"))
    {
      g_test_skip ("the id_ID.UTF-8 locale is not installed");
      return;
    }
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  g_assert_cmpint (WEXITSTATUS (wait_status), ==, 3);
  g_assert_nonnull (strstr (err, "galat: bad-text-in-number-2025-12-31.csv, baris 5, kolom Jumlah IKD: "
                                 "“12a45” bukan bilangan\n"));
  g_assert_nonnull (strstr (err, "1 kesalahan; tidak ada yang diimpor"));
  dk_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dk/i18n/indonesian-import-errors", test_indonesian_import_errors);
  g_test_add_func ("/dk/i18n/indonesian-text", test_indonesian_text);
  g_test_add_func ("/dk/i18n/csv-same-everywhere", test_csv_same_everywhere);
  return g_test_run ();
}
