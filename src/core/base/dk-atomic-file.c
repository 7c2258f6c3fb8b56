/* dk-atomic-file.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every file the program writes goes through here: it is written under a temporary
 * name in the destination folder and renamed over the destination only when complete.
 * A failure (full disk, cancelled export, crash) leaves no partial file behind and an
 * existing file as it was; what a crash leaves is removed by the next writer. A file the
 * user may not change is refused, a symbolic link is written through, and a replaced
 * file keeps its permissions and owner.
 */
#define G_LOG_DOMAIN "dk-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "dk-atomic-file.h"
#include "dk-error.h"

/* A temporary file is named ".NAME.dk-XXXXXX" beside its destination, and its writer
 * holds an exclusive flock() on it until it is renamed or removed: a temporary file whose
 * lock can be taken belongs to a writer that died (killed, disk full, power cut), and the
 * next writer into that folder removes it, with the journals sqlite leaves beside it, once
 * it is half a minute old (a writer locks its file just after it creates it). */
#define TEMP_MARK ".dk-"
#define TEMP_RANDOM 6
/* a temporary file younger than this is never taken for abandoned */
#define MIN_AGE_S 30
/* room left in a file name for the mark, the random part and sqlite's "-journal" */
#define MAX_STEM (255 - 1 - 4 - TEMP_RANDOM - 8)

struct _DkAtomicFile
{
  char *path;        /* the destination, symbolic links followed */
  char *temp_path;
  FILE *stream;
  int   lock_fd;     /* holds the temporary file's lock until it is renamed or removed */
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

static gboolean
set_message_error (GError     **error,
                   const char  *format,
                   const char  *path,
                   const char  *other)
{
  g_autofree char *display = g_filename_display_name (path);
  g_autofree char *other_display = other != NULL ? g_filename_display_name (other) : NULL;

  g_set_error (error, DK_ERROR, DK_ERROR_IO, format, display, other_display);
  return FALSE;
}

/* Where a write to @path goes: through symbolic links, to the file they name. */
static char *
follow_links (const char  *path,
              GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *target = g_file_read_link (current, NULL);
      g_autofree char *dir = NULL;

      if (target == NULL)
        return g_steal_pointer (&current);
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_path_is_absolute (target) ? g_steal_pointer (&target) : g_build_filename (dir, target, NULL);
    }
  set_errno_error (error, ELOOP, _("Could not write “%s”: %s"), path);
  return NULL;
}

/* The temporary name's stem: the destination's name, cut (at a character) so that the
 * whole temporary name fits in a file name. */
static char *
temp_template (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = NULL;

  if (strlen (base) > MAX_STEM)
    {
      char *end = base + MAX_STEM;

      if (!g_utf8_validate (base, -1, NULL))
        *end = '\0';
      else
        *g_utf8_find_prev_char (base, end + 1) = '\0';
    }
  name = g_strconcat (".", base, TEMP_MARK "XXXXXX", NULL);
  return g_build_filename (dir, name, NULL);
}

/* Whether @name is one of our temporary files (or a journal sqlite left beside one);
 * *@companion tells which. */
static gboolean
is_temp_name (const char *name,
              gboolean   *companion)
{
  static const char *const suffixes[] = { "", "-journal", "-wal", "-shm" };

  if (name[0] != '.')
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      gsize len = strlen (name), slen = strlen (suffixes[i]);
      const char *mark;

      if (len < 1 + strlen (TEMP_MARK) + TEMP_RANDOM + slen || !g_str_has_suffix (name, suffixes[i]))
        continue;
      mark = name + len - slen - TEMP_RANDOM - strlen (TEMP_MARK);
      if (strncmp (mark, TEMP_MARK, strlen (TEMP_MARK)) == 0)
        {
          *companion = i > 0;
          return TRUE;
        }
    }
  return FALSE;
}

/* Whether the temporary file @path was left by a writer that is gone: its lock is free,
 * and it is older than the moment between a writer's creating it and locking it. */
static gboolean
is_abandoned (const char *path)
{
  int fd = g_open (path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC, 0);
  struct stat st;
  gboolean abandoned;

  if (fd < 0)
    return FALSE;
  abandoned = fstat (fd, &st) == 0 && st.st_mtime + MIN_AGE_S < time (NULL) && flock (fd, LOCK_EX | LOCK_NB) == 0;
  close (fd);
  return abandoned;
}

/**
 * dk_atomic_file_clean_folder:
 * @dir: a folder the program writes into
 *
 * Removes the temporary files that writers which died left in @dir (a killed export, a
 * backup cut short by a full disk), and the journals sqlite left beside them. A file that
 * a running writer holds is left alone.
 *
 * Returns: how many files were removed
 */
guint
dk_atomic_file_clean_folder (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr(GPtrArray) companions = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  guint removed = 0;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      gboolean companion = FALSE;

      if (!is_temp_name (name, &companion))
        continue;
      if (companion)
        g_ptr_array_add (companions, g_steal_pointer (&path));
      else if (is_abandoned (path) && g_unlink (path) == 0)
        removed++;
    }
  /* a journal goes with its temporary file */
  for (guint i = 0; i < companions->len; i++)
    {
      const char *path = g_ptr_array_index (companions, i);
      g_autofree char *main_file = g_strndup (path, strrchr (path, '-') - path);

      if (!g_file_test (main_file, G_FILE_TEST_EXISTS) && g_unlink (path) == 0)
        removed++;
    }
  return removed;
}

/* A destination the user may not change (read-only, or another's) is refused: replacing
 * it would lose its protection. */
static gboolean
check_destination (const char  *path,
                   const char  *asked,
                   struct stat *st,
                   gboolean    *exists,
                   GError     **error)
{
  *exists = g_stat (path, st) == 0;
  if (*exists && S_ISDIR (st->st_mode))
    return set_errno_error (error, EISDIR, _("Could not write “%s”: %s"), asked);
  if (*exists && !S_ISREG (st->st_mode))
    return set_message_error (error, _("Could not write “%s”: it is not a regular file"), asked, NULL);
  if (*exists && access (path, W_OK) != 0)
    return set_message_error (error, _("Could not write “%s”: the file is protected against changes "
                                       "(read-only, or another user’s)"), asked, NULL);
  return TRUE;
}

/* The new file gets the replaced one's permissions and owner, or those of a plain new file. */
static void
copy_protection (int                fd,
                 gboolean           exists,
                 const struct stat *st)
{
  mode_t mask;

  if (exists)
    {
      if (fchown (fd, st->st_uid, st->st_gid) != 0)
        g_debug ("Could not keep the owner of the file replaced: %s", g_strerror (errno));
      fchmod (fd, st->st_mode & 07777);
      return;
    }
  mask = umask (0);
  umask (mask);
  fchmod (fd, 0666 & ~mask);
}

/**
 * dk_atomic_file_new:
 * @path: the destination; a symbolic link is written through, to the file it names
 *
 * Creates the temporary file next to the destination, after removing what writers that
 * died left there. An existing destination keeps its permissions and owner.
 *
 * Returns: (transfer full): the file, or %NULL if the destination may not be written
 */
DkAtomicFile *
dk_atomic_file_new (const char  *path,
                    GError     **error)
{
  g_autoptr(DkAtomicFile) self = g_new0 (DkAtomicFile, 1);
  g_autofree char *dir = NULL;
  struct stat st;
  gboolean exists;
  int fd;

  g_return_val_if_fail (path != NULL, NULL);

  self->lock_fd = -1;
  if (!(self->path = follow_links (path, error)) ||
      !check_destination (self->path, path, &st, &exists, error))
    return NULL;

  dir = g_path_get_dirname (self->path);
  dk_atomic_file_clean_folder (dir);
  self->temp_path = temp_template (self->path);
  fd = g_mkstemp_full (self->temp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int saved_errno = errno;

      g_clear_pointer (&self->temp_path, g_free);
      if (saved_errno == EACCES || saved_errno == EPERM || saved_errno == EROFS)
        set_message_error (error, _("Could not write “%s”: the folder “%s” may not be written to"), path, dir);
      else
        set_errno_error (error, saved_errno, _("Could not write “%s”: %s"), path);
      return NULL;
    }
  self->lock_fd = dup (fd);
  if (self->lock_fd >= 0)
    flock (self->lock_fd, LOCK_EX | LOCK_NB);
  copy_protection (fd, exists, &st);

  self->stream = fdopen (fd, "wb");
  if (self->stream == NULL)
    {
      set_errno_error (error, errno, _("Could not write “%s”: %s"), path);
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
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  self->lock_fd = -1;
  return TRUE;
}

/**
 * dk_atomic_file_commit_new:
 *
 * As dk_atomic_file_commit(), for a destination that must not exist: a file that another
 * writer put there in the meantime is never replaced. When the destination exists, fails
 * with %G_FILE_ERROR_EXIST and keeps the temporary file, so that the caller may commit it
 * under another name (dk_atomic_file_set_path()).
 */
gboolean
dk_atomic_file_commit_new (DkAtomicFile  *self,
                           GError       **error)
{
  FILE *stream;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (self->temp_path != NULL, FALSE);

  stream = g_steal_pointer (&self->stream);
  if (stream != NULL && (fflush (stream) != 0 || fsync (fileno (stream)) != 0))
    {
      int saved_errno = errno;

      fclose (stream);
      return set_errno_error (error, saved_errno, _("Could not write “%s”: %s"), self->path);
    }
  g_clear_pointer (&stream, fclose);
  if (link (self->temp_path, self->path) != 0)
    {
      int saved_errno = errno;

      if (saved_errno == EEXIST)
        {
          g_set_error (error, G_FILE_ERROR, G_FILE_ERROR_EXIST, "%s", g_strerror (saved_errno));
          return FALSE;
        }
      return set_errno_error (error, saved_errno, _("Could not write “%s”: %s"), self->path);
    }
  g_unlink (self->temp_path);
  g_clear_pointer (&self->temp_path, g_free);
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  self->lock_fd = -1;
  return TRUE;
}

/**
 * dk_atomic_file_set_path:
 * @path: another destination in the same folder
 *
 * Changes where the file will be committed, after dk_atomic_file_commit_new() found the
 * first destination taken.
 */
void
dk_atomic_file_set_path (DkAtomicFile *self,
                         const char   *path)
{
  g_return_if_fail (self != NULL);
  g_free (self->path);
  self->path = g_strdup (path);
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
  if (self->lock_fd >= 0)
    close (self->lock_fd);
  g_free (self->temp_path);
  g_free (self->path);
  g_free (self);
}
