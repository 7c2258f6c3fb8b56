/* dk-atomic-file.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file the program writes goes through here: it is written under a temporary
 * name in the destination folder and renamed over the destination only when complete.
 * A failure (full disk, cancelled export, crash) leaves no partial file behind and an
 * existing file as it was.
 */
#define G_LOG_DOMAIN "dk-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dk-atomic-file.h"
#include "dk-error.h"

struct _DkAtomicFile
{
  char *path;
  char *temp_path;
  FILE *stream;
};

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *format,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, DK_ERROR, DK_ERROR_IO, format, display, g_strerror (saved_errno));
  return FALSE;
}

/**
 * dk_atomic_file_new:
 * @path: the destination
 *
 * Creates the temporary file next to @path.
 *
 * Returns: (transfer full): the file, or %NULL if the folder is not writable
 */
DkAtomicFile *
dk_atomic_file_new (const char  *path,
                    GError     **error)
{
  g_autoptr(DkAtomicFile) self = g_new0 (DkAtomicFile, 1);
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *template = NULL;
  mode_t mask;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      set_errno_error (error, EISDIR, _("Could not write “%s”: %s"), path);
      return NULL;
    }

  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  template = g_strdup_printf (".%s.XXXXXX", base);
  self->path = g_strdup (path);
  self->temp_path = g_build_filename (dir, template, NULL);

  fd = g_mkstemp_full (self->temp_path, O_RDWR, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp_path, g_free);
      set_errno_error (error, saved_errno, _("Could not write “%s”: %s"), path);
      return NULL;
    }
  /* The permissions a plain new file would have. */
  mask = umask (0);
  umask (mask);
  fchmod (fd, 0666 & ~mask);

  self->stream = fdopen (fd, "wb");
  if (self->stream == NULL)
    {
      close (fd);
      return NULL;
    }
  return g_steal_pointer (&self);
}

/**
 * dk_atomic_file_get_stream:
 *
 * Returns: (transfer none): the stream to write to
 */
FILE *
dk_atomic_file_get_stream (DkAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->stream;
}

/**
 * dk_atomic_file_get_temp_path:
 *
 * The temporary file's name, for writers that want a file name rather than a stream
 * (libxlsxwriter): they may write it, replace it or truncate it.
 *
 * Returns: (transfer none): the temporary path
 */
const char *
dk_atomic_file_get_temp_path (DkAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp_path;
}

/**
 * dk_atomic_file_commit:
 *
 * Flushes the data to disk and renames the temporary file over the destination. On
 * failure the temporary file is removed when @self is freed.
 */
gboolean
dk_atomic_file_commit (DkAtomicFile  *self,
                       GError       **error)
{
  FILE *stream;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->temp_path != NULL, FALSE);

  stream = g_steal_pointer (&self->stream);
  if (stream != NULL)
    {
      gboolean ok = fflush (stream) == 0 && fsync (fileno (stream)) == 0;
      int saved_errno = errno;

      if (fclose (stream) != 0 && ok)
        {
          ok = FALSE;
          saved_errno = errno;
        }
      if (!ok)
        return set_errno_error (error, saved_errno, _("Could not write “%s”: %s"), self->path);
    }
  if (g_rename (self->temp_path, self->path) != 0)
    return set_errno_error (error, errno, _("Could not write “%s”: %s"), self->path);
  g_clear_pointer (&self->temp_path, g_free);
  return TRUE;
}

/**
 * dk_atomic_file_free:
 *
 * Frees @self; if it was not committed, the temporary file is removed.
 */
void
dk_atomic_file_free (DkAtomicFile *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->stream, fclose);
  if (self->temp_path != NULL)
    g_unlink (self->temp_path);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}
