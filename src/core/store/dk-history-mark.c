/* dk-history-mark.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No lost update. A store remembers the history as it was when its figures were read
 * (dk_store_mark_read(): the newest change, and the changes undone by then) and the
 * changes it made itself since. A write records the values it changes in the history,
 * inside its transaction (which on a server holds the writers' lock): before it records
 * a value, it looks for a change another program made after the mark to the same
 * figures (the same table, date and key, or a scope holding them); when there is one,
 * the write fails with DK_ERROR_CONFLICT naming who made it and when, and its
 * transaction rolls back, so nothing is written. An undo made by another program after
 * the mark counts as a change of the figures it put back. A store that never marked
 * checks nothing.
 */
#define G_LOG_DOMAIN "dk-history"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-error.h"
#include "dk-history-internal.h"
#include "dk-region.h"
#include "dk-store-internal.h"

/* the kolom of an entry that stands for every row of its scope, new (dk-history.c) */
#define ALL_ROWS "*"
#define KEY_SEP  '\x1f'

typedef struct
{
  char     *tabel;
  char     *ref;
  char     *kode;
  gboolean  whole;  /* an ALL_ROWS entry: kode is a scope */
  char     *oleh;
  char     *waktu;
} Entry;

struct _DkReadMark
{
  gint64      mark;            /* the newest change when the figures were read; -1: never */
  GHashTable *own;             /* the changes this store made (committed), gint64 */
  GHashTable *undone_seen;     /* the changes undone at the mark or by this store */
  GArray     *pending_own;     /* made in the open transaction */
  GArray     *pending_undone;  /* undone in the open transaction */
  GPtrArray  *entries;         /* others' changes since the mark (NULL: not read yet) */
  GHashTable *exact;           /* "tabel<sep>ref<sep>kode" → Entry of @entries */
};

static void
entry_free (Entry *e)
{
  g_free (e->tabel);
  g_free (e->ref);
  g_free (e->kode);
  g_free (e->oleh);
  g_free (e->waktu);
  g_free (e);
}

static GHashTable *
id_set_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);
}

static void
id_set_add (GHashTable *set,
            gint64      id)
{
  g_hash_table_add (set, g_memdup2 (&id, sizeof id));
}

static void
forget_changes (DkReadMark *self)
{
  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->exact, g_hash_table_unref);
}

/* @scope holds @kode: every region ('' ), the region itself or one below it */
static gboolean
covers (const char *scope,
        const char *kode)
{
  gsize n = strlen (scope);

  return n == 0 || g_str_equal (scope, kode) || (strncmp (scope, kode, n) == 0 && kode[n] == '.');
}

static char *
exact_key (const char *tabel,
           const char *ref,
           const char *kode)
{
  return g_strdup_printf ("%s%c%s%c%s", tabel, KEY_SEP, ref, KEY_SEP, kode);
}

/* Reads the entries of one change made by another program since the mark. */
static gboolean
read_batch (DkReadMark  *self,
            DkStore     *store,
            gint64       id,
            const char  *oleh,
            const char  *waktu,
            GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  if (!(stmt = _dk_store_prepare (store, "SELECT tabel, ref, kode, kolom FROM riwayat WHERE batch_id = ?1", error)))
    return FALSE;
  dk_db_bind_int64 (stmt, 1, id);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      Entry *e = g_new0 (Entry, 1);

      e->tabel = _dk_stmt_dup_text (stmt, 0);
      e->ref = _dk_stmt_dup_text (stmt, 1);
      e->kode = _dk_stmt_dup_text (stmt, 2);
      e->whole = g_strcmp0 (dk_db_column_text (stmt, 3), ALL_ROWS) == 0;
      e->oleh = g_strdup (oleh);
      e->waktu = g_strdup (waktu);
      g_ptr_array_add (self->entries, e);
      g_hash_table_replace (self->exact, exact_key (e->tabel, e->ref, e->kode), e);
    }
  return _dk_store_rows_done (store, rc, error);
}

/* Reads what other programs changed since the mark, once per transaction. */
static gboolean
read_changes (DkReadMark  *self,
              DkStore     *store,
              GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  if (self->entries != NULL)
    return TRUE;
  self->entries = g_ptr_array_new_with_free_func ((GDestroyNotify) entry_free);
  self->exact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  if (!(stmt = _dk_store_prepare (store, "SELECT id, oleh, waktu, dibatalkan FROM riwayat_batch "
                                         "WHERE id > ?1 OR dibatalkan = 1 ORDER BY id",
                                  error)))
    return FALSE;
  dk_db_bind_int64 (stmt, 1, self->mark);
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      gint64   id = dk_db_column_int64 (stmt, 0);
      gboolean made = id > self->mark && !g_hash_table_contains (self->own, &id);
      gboolean undone = dk_db_column_int (stmt, 3) != 0 && !g_hash_table_contains (self->undone_seen, &id);

      if ((made || undone) &&
          !read_batch (self, store, id, dk_db_column_text (stmt, 1), dk_db_column_text (stmt, 2), error))
        return FALSE;
    }
  return _dk_store_rows_done (store, rc, error);
}

static const Entry *
find_change (DkReadMark *self,
             const char *tabel,
             const char *ref,
             const char *kode,
             gboolean    whole)
{
  g_autofree char *key = exact_key (tabel, ref, kode);
  const Entry *e = g_hash_table_lookup (self->exact, key);

  for (guint i = 0; e == NULL && i < self->entries->len; i++)
    {
      const Entry *other = g_ptr_array_index (self->entries, i);

      if (g_str_equal (other->tabel, tabel) && g_str_equal (other->ref, ref) &&
          ((other->whole && covers (other->kode, kode)) || (whole && covers (kode, other->kode))))
        e = other;
    }
  return e;
}

/* "13.71|2026-12-01" (a row's key) or "13.71" with the date in @ref */
static char *
describe_figures (DkStore    *store,
                  const char *ref,
                  const char *kode)
{
  g_auto(GStrv) parts = g_strsplit (kode, "|", 2);
  const char *date = *ref != '\0' ? ref : parts[1];
  g_autoptr(DkRegion) region = dk_region_lookup (store, parts[0], NULL);

  if (region == NULL)
    return g_strdup (_("These figures"));
  if (date != NULL && *date != '\0')
    /* Translators: the figures of a region on a date, "The figures of Kota Padang on 2026-12-01" */
    return g_strdup_printf (_("The figures of %s on %s"), region->nama, date);
  return g_strdup_printf (_("The figures of %s"), region->nama);
}

static void
set_conflict (DkStore     *store,
              const char  *ref,
              const char  *kode,
              const char  *oleh,
              const char  *waktu,
              GError     **error)
{
  g_autofree char *what = describe_figures (store, ref, kode);
  g_autofree char *when = g_strndup (waktu != NULL ? waktu : "", 16);

  g_strdelimit (when, "T", ' ');
  g_set_error (error, DK_ERROR, DK_ERROR_CONFLICT,
               /* Translators: "The figures of Kota Padang on 2026-12-01 were changed by padang at
                * 2026-12-06 21:30…" */
               _("%s were changed by %s at %s after you read them; nothing was written. Reload to see them"),
               what, oleh != NULL && *oleh != '\0' ? oleh : _("another program"), when);
}

DkReadMark *
_dk_read_mark_new (void)
{
  DkReadMark *self = g_new0 (DkReadMark, 1);

  self->mark = -1;
  self->own = id_set_new ();
  self->undone_seen = id_set_new ();
  self->pending_own = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->pending_undone = g_array_new (FALSE, FALSE, sizeof (gint64));
  return self;
}

void
_dk_read_mark_free (DkReadMark *self)
{
  if (self == NULL)
    return;
  forget_changes (self);
  g_hash_table_unref (self->own);
  g_hash_table_unref (self->undone_seen);
  g_array_unref (self->pending_own);
  g_array_unref (self->pending_undone);
  g_free (self);
}

/* The write's transaction committed: its changes are this store's own. */
void
_dk_read_mark_commit (DkReadMark *self)
{
  for (guint i = 0; i < self->pending_own->len; i++)
    id_set_add (self->own, g_array_index (self->pending_own, gint64, i));
  for (guint i = 0; i < self->pending_undone->len; i++)
    id_set_add (self->undone_seen, g_array_index (self->pending_undone, gint64, i));
  _dk_read_mark_rollback (self);
}

/* The write's transaction rolled back (or committed): what it read and made is gone. */
void
_dk_read_mark_rollback (DkReadMark *self)
{
  g_array_set_size (self->pending_own, 0);
  g_array_set_size (self->pending_undone, 0);
  forget_changes (self);
}

/**
 * _dk_history_check_change:
 * @whole: @kode is a scope whose every row the write adds
 *
 * Before a write records that it changed a value of @tabel, @ref, @kode: fails with
 * %DK_ERROR_CONFLICT when another program changed it after the store's mark. Inside the
 * write's transaction.
 */
gboolean
_dk_history_check_change (DkStore     *store,
                          const char  *tabel,
                          const char  *ref,
                          const char  *kode,
                          gboolean     whole,
                          GError     **error)
{
  DkReadMark *self = _dk_store_get_read_mark (store);
  const Entry *e;

  if (self->mark < 0)
    return TRUE;
  if (!read_changes (self, store, error))
    return FALSE;
  if (self->entries->len == 0 || !(e = find_change (self, tabel, ref, kode, whole)))
    return TRUE;
  set_conflict (store, ref, kode, e->oleh, e->waktu, error);
  return FALSE;
}

/* The write's transaction made the change @batch_id. */
void
_dk_history_made_change (DkStore *store,
                         gint64   batch_id)
{
  g_array_append_val (_dk_store_get_read_mark (store)->pending_own, batch_id);
}

/**
 * _dk_history_check_undo:
 *
 * Before an undo of @batch_id: fails with %DK_ERROR_CONFLICT when another program made
 * it after the store's mark (it would undo what the user has not seen). Inside the
 * undo's transaction; on success the change counts as undone by this store.
 */
gboolean
_dk_history_check_undo (DkStore  *store,
                        gint64    batch_id,
                        GError  **error)
{
  DkReadMark *self = _dk_store_get_read_mark (store);
  g_autoptr(DkDbStmt) stmt = NULL;

  if (self->mark >= 0 && batch_id > self->mark && !g_hash_table_contains (self->own, &batch_id))
    {
      g_autofree char *ref = NULL;
      g_autofree char *kode = NULL;

      if (!(stmt = _dk_store_prepare (store, "SELECT b.oleh, b.waktu, r.ref, r.kode FROM riwayat_batch b "
                                             "JOIN riwayat r ON r.batch_id = b.id WHERE b.id = ?1 ORDER BY r.id "
                                             "LIMIT 1",
                                      error)))
        return FALSE;
      dk_db_bind_int64 (stmt, 1, batch_id);
      if (dk_db_step (stmt) != DK_DB_ROW)
        {
          _dk_store_set_error (store, error);
          return FALSE;
        }
      ref = _dk_stmt_dup_text (stmt, 2);
      kode = _dk_stmt_dup_text (stmt, 3);
      set_conflict (store, ref, kode, dk_db_column_text (stmt, 0), dk_db_column_text (stmt, 1), error);
      return FALSE;
    }
  g_array_append_val (self->pending_undone, batch_id);
  return TRUE;
}

/**
 * dk_store_mark_read:
 * @self: a #DkStore
 * @error: return location for a #GError
 *
 * Notes that the caller has (re)read the figures: from now on, a write of figures that
 * another program changes after this moment is refused with %DK_ERROR_CONFLICT. Call it
 * when a window loads or reloads its figures, and when a command opens the store.
 *
 * Returns: %FALSE with @error set when the history could not be read
 */
gboolean
dk_store_mark_read (DkStore  *self,
                    GError  **error)
{
  DkReadMark *mark;
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GHashTable) undone = id_set_new ();
  gint64 newest = 0;
  int    rc;

  g_return_val_if_fail (DK_IS_STORE (self), FALSE);

  if (!(stmt = _dk_store_prepare (self, "SELECT id, dibatalkan FROM riwayat_batch WHERE dibatalkan = 1 "
                                        "OR id = (SELECT max (id) FROM riwayat_batch)",
                                  error)))
    return FALSE;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      gint64 id = dk_db_column_int64 (stmt, 0);

      newest = MAX (newest, id);
      if (dk_db_column_int (stmt, 1) != 0)
        id_set_add (undone, id);
    }
  if (!_dk_store_rows_done (self, rc, error))
    return FALSE;
  mark = _dk_store_get_read_mark (self);
  mark->mark = newest;
  g_hash_table_remove_all (mark->own);
  g_clear_pointer (&mark->undone_seen, g_hash_table_unref);
  mark->undone_seen = g_steal_pointer (&undone);
  return TRUE;
}
