/* dk-test-util.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <glib/gstdio.h>
#include <sys/wait.h>

#include "dk-test-util.h"

char *
dk_test_make_tmpdir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dukcapil-test-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

void
dk_test_rm_rf (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  if (dir != NULL)
    while ((name = g_dir_read_name (dir)) != NULL)
      {
        g_autofree char *child = g_build_filename (path, name, NULL);

        if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
          dk_test_rm_rf (child);
        else
          g_unlink (child);
      }
  g_rmdir (path);
}

DkStore *
dk_test_fresh_store (const char *dir)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_build_filename (dir, "test.db", NULL);
  DkStore *store = dk_store_open (path, &error);

  g_assert_no_error (error);
  g_assert_nonnull (store);
  return store;
}

GBytes *
dk_test_file_bytes (const char *path)
{
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

/* Runs a program from the build tree and returns its standard output. */
char *
dk_test_run (const char *const *argv,
             int               *status,
             char             **err)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stderr_text = NULL;
  char *out = NULL;
  int wait_status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, &stderr_text, &wait_status, &error);
  g_assert_no_error (error);
  *status = WIFEXITED (wait_status) ? WEXITSTATUS (wait_status) : -1;
  if (err != NULL)
    *err = g_steal_pointer (&stderr_text);
  return out;
}
