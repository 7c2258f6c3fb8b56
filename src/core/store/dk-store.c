/* dk-store.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one sqlite database of the application: opening it, refusing what is not ours or
 * is newer than us, and bringing an older schema forward one migration at a time, each
 * migration with its schema and its seed data in a single transaction.
 *
 * Whether the file is sound (sqlite's integrity_check of every page and index) takes
 * time in proportion to its size, half a second on a national database: it runs in a
 * thread of its own while the program reads, and every write (a transaction, a backup, a
 * restore) waits for its verdict; a damaged database is never written to. Before a
 * migration, which writes as it opens, the check runs first. sqlite asks the store before
 * it compiles any write (authorize()), so that no path can write to a damaged file, or to
 * one holding triggers, views, tables or indexes that we did not make (dk-schema.c).
 */
#define G_LOG_DOMAIN "dk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dk-atomic-file.h"
#include "dk-backup.h"
#include "dk-error.h"
#include "dk-finding.h"
#include "dk-db-private.h"
#include "dk-store-internal.h"


typedef gboolean (*SeedFunc) (DkStore  *self,
                              GError  **error);

typedef struct
{
  int         version;
  const char *sql_resource;
  const char *pg_resource; /* the same schema on a PostgreSQL server */
  SeedFunc    seeds[4];
} Migration;

typedef enum
{
  VERDICT_PENDING,
  VERDICT_SOUND,
  VERDICT_DAMAGED,
} Verdict;

struct _DkStore
{
  GObject  parent_instance;
  sqlite3           *db; /* the file's connection, or */
  DkPg              *pg; /* the server's */
  char              *path; /* the file, or the server as a user may see it (no password) */
  const DkStoreSeed *seeds;  /* the domains' seeds, with the migrations that bring them */
  char    *foreign;         /* an object of the file we did not make: nothing is written */
  DkDbStmt          *bulk; /* the insert of a bulk load into the file */
  DkReadMark        *read_mark; /* what the figures were read at (dk-history-mark.c) */

  /* the check of the file, in its thread */
  GMutex   check_lock;
  GCond    check_done;
  GThread *check_thread;
  sqlite3 *check_db;        /* the thread's connection while it checks */
  gboolean check_stop;      /* the store is going: stop checking */
  Verdict  verdict;
};

G_DEFINE_FINAL_TYPE (DkStore, dk_store, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_PATH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean find_foreign (DkStore  *self,
                              gboolean  code_only);
static gboolean           migrate (DkStore *self,
                                   int      from_version,
                                   GError **error);
static const char * const *migration_resources (void);

/* The schema's migrations with the store's own seeds (the regions); the domains' seeds
 * come with dk_store_open_seeded(). */
static const Migration migrations[] = {
  { 1, "sql/001-foundation.sql", "sql/pg/001-foundation.sql", { _dk_region_seed } },
  { 2, "sql/002-m2m.sql", "sql/pg/002-m2m.sql", { NULL } },
  { 3, "sql/003-budget.sql", "sql/pg/003-budget.sql", { NULL } },
  { 4, "sql/004-history.sql", "sql/pg/004-history.sql", { NULL } },
  { 5, "sql/005-blangko.sql", "sql/pg/005-blangko.sql", { NULL } },
  { 6, "sql/006-regions.sql", "sql/pg/006-regions.sql", { _dk_region_seed_national, _dk_region_seed_population } },
  { 7, "sql/007-pks.sql", "sql/pg/007-pks.sql", { NULL } },
  { 8, "sql/008-accounts.sql", "sql/pg/008-accounts.sql", { NULL } },
  { 9, "sql/009-notify.sql", "sql/pg/009-notify.sql", { NULL } },
};

static gboolean
set_error_from_db (sqlite3     *db,
                   const char  *path,
                   GError     **error)
{
  int code = sqlite3_errcode (db);

  if (code == SQLITE_NOTADB || code == SQLITE_CORRUPT)
    g_set_error (error, DK_ERROR, DK_ERROR_NOT_OURS,
                 _("“%s” is not a Dukcapil database, or it is damaged"), path);
  else if (code == SQLITE_READONLY)
    g_set_error (error, DK_ERROR, DK_ERROR_DATABASE,
                 _("The database “%s” cannot be written to; check its permissions"), path);
  else if (code == SQLITE_FULL)
    g_set_error (error, DK_ERROR, DK_ERROR_DATABASE,
                 _("The disk holding the database “%s” is full"), path);
  else if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    g_set_error (error, DK_ERROR, DK_ERROR_BUSY,
                 _("Another program is writing to the database “%s”; try again in a moment"), path);
  else
    g_set_error (error, DK_ERROR, DK_ERROR_DATABASE,
                 _("Database “%s”: %s"), path, sqlite3_errmsg (db));
  return FALSE;
}

static void set_refusal_error (DkStore  *self,
                               GError  **error);

void
_dk_store_set_error (DkStore  *self,
                     GError  **error)
{
  if (self->pg != NULL)
    _dk_pg_set_error (self->pg, error);
  else if (sqlite3_errcode (self->db) == SQLITE_AUTH)
    set_refusal_error (self, error);
  else
    set_error_from_db (self->db, self->path, error);
}

sqlite3 *
_dk_store_get_db (DkStore *self)
{
  g_return_val_if_fail (DK_IS_STORE (self), NULL);
  return self->db;
}

struct _DkPg *
_dk_store_get_pg (DkStore *self)
{
  g_return_val_if_fail (DK_IS_STORE (self), NULL);
  return self->pg;
}

DkReadMark *
_dk_store_get_read_mark (DkStore *self)
{
  g_return_val_if_fail (DK_IS_STORE (self), NULL);
  return self->read_mark;
}

/**
 * dk_store_is_server:
 *
 * Returns: whether the store is a PostgreSQL server's database rather than a file
 */
gboolean
dk_store_is_server (DkStore *self)
{
  g_return_val_if_fail (DK_IS_STORE (self), FALSE);
  return self->pg != NULL;
}

DkDbStmt *
_dk_store_prepare (DkStore    *self,
                   const char *sql,
                   GError    **error)
{
  sqlite3_stmt *stmt = NULL;

  if (self->pg != NULL)
    return _dk_pg_prepare (self->pg, sql, error);
  if (sqlite3_prepare_v2 (self->db, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      _dk_store_set_error (self, error);
      return NULL;
    }
  return _dk_db_stmt_new_sqlite (self->db, stmt);
}

gboolean
_dk_store_exec (DkStore     *self,
                const char  *sql,
                GError     **error)
{
  char *msg = NULL;
  int   rc;

  if (self->pg != NULL)
    return _dk_pg_exec (self->pg, sql, error);
  rc = sqlite3_exec (self->db, sql, NULL, NULL, &msg);

  if (rc == SQLITE_AUTH || rc == SQLITE_BUSY || rc == SQLITE_LOCKED || rc == SQLITE_FULL)
    _dk_store_set_error (self, error);
  else if (rc != SQLITE_OK)
    g_set_error (error, DK_ERROR, DK_ERROR_DATABASE,
                 _("Database “%s”: %s"), self->path, msg != NULL ? msg : "?");
  sqlite3_free (msg);
  return rc == SQLITE_OK;
}

/* How long a write waits for another program's to end before it says so. */
#define BUSY_TIMEOUT_MS 30000

/* On a server as on a file (BEGIN IMMEDIATE): one writer at a time. A write waits for
 * another's transaction to end (then, past the timeout, says to try again) rather than
 * checking and recording its history from what that one is changing. The lock is the
 * migrations' (SERVER_LOCK). */
#define SERVER_BEGIN                                                  \
  "BEGIN; SET LOCAL lock_timeout = " G_STRINGIFY (BUSY_TIMEOUT_MS) "; " \
  "SELECT pg_advisory_xact_lock (1148545891)"

gboolean
_dk_store_begin (DkStore  *self,
                 GError  **error)
{
  if (self->pg != NULL)
    {
      if (_dk_pg_exec (self->pg, SERVER_BEGIN, error))
        return TRUE;
      _dk_store_rollback (self);
      return FALSE;
    }
  return dk_store_wait_sound (self, error) && _dk_store_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
_dk_store_commit (DkStore  *self,
                  GError  **error)
{
  if (!_dk_store_exec (self, "COMMIT", error))
    {
      _dk_store_rollback (self);
      return FALSE;
    }
  _dk_read_mark_commit (self->read_mark);
  return TRUE;
}

void
_dk_store_rollback (DkStore *self)
{
  _dk_read_mark_rollback (self->read_mark);
  if (self->pg != NULL)
    {
      if (_dk_pg_in_transaction (self->pg))
        _dk_pg_exec (self->pg, "ROLLBACK", NULL);
    }
  else if (!sqlite3_get_autocommit (self->db))
    sqlite3_exec (self->db, "ROLLBACK", NULL, NULL, NULL);
}

/* Runs a statement that returns no rows and resets it for the next use. */
gboolean
_dk_store_step_done (DkStore  *self,
                     DkDbStmt *stmt,
                     GError  **error)
{
  DkDbStep rc = dk_db_step (stmt);

  if (rc == DK_DB_ERROR)
    _dk_store_set_error (self, error);
  dk_db_reset (stmt);
  dk_db_clear_bindings (stmt);
  if (rc == DK_DB_ERROR)
    return FALSE;
  return _dk_store_rows_done (self, rc, error);
}

/**
 * _dk_store_step_id:
 * @stmt: an INSERT … RETURNING id
 * @id: (out) (optional): the new row's id
 *
 * Runs an insert that returns the id of its row.
 */
gboolean
_dk_store_step_id (DkStore  *self,
                   DkDbStmt *stmt,
                   gint64   *id,
                   GError  **error)
{
  DkDbStep rc = dk_db_step (stmt);
  gint64   new_id = rc == DK_DB_ROW ? dk_db_column_int64 (stmt, 0) : 0;

  if (rc == DK_DB_ROW)
    rc = dk_db_step (stmt);
  if (rc == DK_DB_ERROR)
    _dk_store_set_error (self, error);
  dk_db_reset (stmt);
  dk_db_clear_bindings (stmt);
  if (rc != DK_DB_DONE)
    return rc == DK_DB_ERROR ? FALSE : _dk_store_rows_done (self, rc, error);
  if (id != NULL)
    *id = new_id;
  return TRUE;
}

/**
 * _dk_store_bulk_begin:
 * @insert_sql: the file's way: an INSERT of one row, its values ?1, ?2…
 * @copy_sql: the server's way: `COPY table (columns) FROM STDIN`, the same columns
 *
 * Starts loading many rows into one table, in a transaction the caller holds: rows go
 * with _dk_store_bulk_row() and the load ends with _dk_store_bulk_end(), which must be
 * called (it says whether the server took them all).
 */
gboolean
_dk_store_bulk_begin (DkStore    *self,
                      const char *insert_sql,
                      const char *copy_sql,
                      GError    **error)
{
  g_return_val_if_fail (self->bulk == NULL, FALSE);

  if (self->pg != NULL)
    return _dk_pg_copy_begin (self->pg, copy_sql, error);
  self->bulk = _dk_store_prepare (self, insert_sql, error);
  return self->bulk != NULL;
}

/* @values: (array length=n_values): a row's values, %NULL for NULL */
gboolean
_dk_store_bulk_row (DkStore            *self,
                    int                 n_values,
                    const char * const *values,
                    GError            **error)
{
  if (self->pg != NULL)
    return _dk_pg_copy_row (self->pg, n_values, values, error);
  for (int i = 0; i < n_values; i++)
    dk_db_bind_text (self->bulk, i + 1, values[i]);
  return _dk_store_step_done (self, self->bulk, error);
}

gboolean
_dk_store_bulk_end (DkStore *self,
                    GError **error)
{
  if (self->pg != NULL)
    return _dk_pg_copy_end (self->pg, error);
  g_clear_pointer (&self->bulk, dk_db_stmt_free);
  return TRUE;
}

char *
_dk_stmt_dup_text (DkDbStmt *stmt,
                   int       column)
{
  return g_strdup (dk_db_column_text (stmt, column));
}

/**
 * _dk_store_rows_done:
 * @rc: what the last sqlite3_step() of a loop over rows returned
 *
 * The end of a loop over a statement's rows: sets @error when it stopped on an error
 * rather than at the last row.
 *
 * Returns: whether every row was read
 */
gboolean
_dk_store_rows_done (DkStore  *self,
                     int       rc,
                     GError  **error)
{
  if (rc == DK_DB_DONE)
    return TRUE;
  if (rc == DK_DB_ROW)
    g_set_error (error, DK_ERROR, DK_ERROR_DATABASE, _("Database “%s”: a statement returned rows where none were expected"),
                 self->path);
  else
    _dk_store_set_error (self, error);
  return FALSE;
}

/**
 * _dk_store_ensure_snapshot:
 * @sql: an INSERT of the snapshot dated ?1 that does nothing when it exists and returns
 *   its id either way (… ON CONFLICT (per) DO UPDATE SET per = per RETURNING id)
 *
 * Finds or adds the snapshot of a date.
 */
gboolean
_dk_store_ensure_snapshot (DkStore     *self,
                           const char  *sql,
                           const char  *per,
                           gint64      *id,
                           GError     **error)
{
  g_autoptr(DkDbStmt) stmt = _dk_store_prepare (self, sql, error);

  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, per);
  if (dk_db_step (stmt) != DK_DB_ROW)
    {
      _dk_store_set_error (self, error);
      return FALSE;
    }
  *id = dk_db_column_int64 (stmt, 0);
  return TRUE;
}

/**
 * _dk_store_find_snapshot:
 * @sql_exact: selects (id, date) of the snapshot of date ?1
 * @sql_latest: selects (id, date) of the latest snapshot
 * @as_of: (nullable): the date wanted, or %NULL for the latest
 * @missing_date: the message when @as_of has no snapshot; "%s" is the date
 * @missing_any: the message when there is no snapshot at all
 *
 * The lookup every dated table does.
 */
gboolean
_dk_store_find_snapshot (DkStore     *self,
                         const char  *sql_exact,
                         const char  *sql_latest,
                         const char  *as_of,
                         const char  *missing_date,
                         const char  *missing_any,
                         gint64      *id,
                         char       **found_as_of,
                         GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  stmt = _dk_store_prepare (self, as_of != NULL ? sql_exact : sql_latest, error);
  if (stmt == NULL)
    return FALSE;
  if (as_of != NULL)
    dk_db_bind_text (stmt, 1, as_of);

  rc = dk_db_step (stmt);
  if (rc == DK_DB_ROW)
    {
      *id = dk_db_column_int64 (stmt, 0);
      *found_as_of = _dk_stmt_dup_text (stmt, 1);
      return TRUE;
    }
  if (rc != DK_DB_DONE)
    _dk_store_set_error (self, error);
  else if (as_of != NULL)
    g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, missing_date, as_of);
  else
    g_set_error_literal (error, DK_ERROR, DK_ERROR_NOT_FOUND, missing_any);
  return FALSE;
}

/**
 * _dk_store_list_strings:
 * @sql: a query of one text column
 *
 * Returns: (transfer full): the column's values
 */
GStrv
_dk_store_list_strings (DkStore     *self,
                        const char  *sql,
                        GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  int rc;

  if (!(stmt = _dk_store_prepare (self, sql, error)))
    return NULL;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    g_strv_builder_add (builder, dk_db_column_text (stmt, 0));
  if (!_dk_store_rows_done (self, rc, error))
    return NULL;
  return g_strv_builder_end (builder);
}

GBytes *
_dk_store_load_seed (const char  *name,
                     GError     **error)
{
  g_autofree char *path = g_strconcat ("/com/sumbar/dukcapil/core/", name, NULL);

  return g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
}

static gboolean
pragma_int (sqlite3    *db,
            const char *sql,
            int        *value)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  if (sqlite3_prepare_v2 (db, sql, -1, &stmt, NULL) != SQLITE_OK)
    return FALSE;
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return FALSE;
  *value = sqlite3_column_int (stmt, 0);
  return TRUE;
}

/* sqlite's check of every page and of every index against its table: an index whose
 * entries no longer match the rows passes the quicker page check, and imports would go
 * on writing into it (and the automatic backups inherit it) */
static gboolean
integrity_check (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  return sqlite3_prepare_v2 (db, "PRAGMA integrity_check(1)", -1, &stmt, NULL) == SQLITE_OK &&
         sqlite3_step (stmt) == SQLITE_ROW &&
         g_strcmp0 ((const char *) sqlite3_column_text (stmt, 0), "ok") == 0;
}

static void
set_damaged_error (const char  *path,
                   GError     **error)
{
  g_set_error (error, DK_ERROR, DK_ERROR_NOT_OURS,
               _("The database “%s” is damaged; it was left untouched. Restore a backup "
                  "(the folder “backups” beside it holds the last ones)"),
               path);
}

static Verdict
wait_verdict (DkStore *self)
{
  Verdict verdict;

  g_mutex_lock (&self->check_lock);
  while (self->verdict == VERDICT_PENDING)
    g_cond_wait (&self->check_done, &self->check_lock);
  verdict = self->verdict;
  g_mutex_unlock (&self->check_lock);
  return verdict;
}

static void
set_refusal_error (DkStore  *self,
                   GError  **error)
{
  if (self->foreign != NULL)
    g_set_error (error, DK_ERROR, DK_ERROR_REFUSED,
                 _("The database “%s” holds a %s that this program did not make; nothing is written "
                   "to it until it is removed (`dukcapil-cli check` lists what was added)"),
                 self->path, self->foreign);
  else
    set_damaged_error (self->path, error);
}

/* sqlite asks this before it compiles each statement's every action: a write to a
 * database that is damaged, or that holds objects we did not make, is refused there,
 * whatever path it comes by. It waits for the check of the file when that is not over. */
static int
authorize (gpointer    data,
           int         action,
           const char *arg1,
           const char *arg2,
           const char *database,
           const char *trigger)
{
  DkStore *self = data;

  switch (action)
    {
    case SQLITE_INSERT:
    case SQLITE_UPDATE:
    case SQLITE_DELETE:
    case SQLITE_CREATE_INDEX:
    case SQLITE_CREATE_TABLE:
    case SQLITE_CREATE_TRIGGER:
    case SQLITE_CREATE_VIEW:
    case SQLITE_DROP_INDEX:
    case SQLITE_DROP_TABLE:
    case SQLITE_DROP_TRIGGER:
    case SQLITE_DROP_VIEW:
    case SQLITE_ALTER_TABLE:
    case SQLITE_REINDEX:
      break;
    default:
      return SQLITE_OK;
    }
  if (database != NULL && g_str_equal (database, "temp"))
    return SQLITE_OK;
  return wait_verdict (self) == VERDICT_DAMAGED || self->foreign != NULL ? SQLITE_DENY : SQLITE_OK;
}

/* Decides, without writing anything, whether we may use the database @db of the file
 * @path: ours or empty, not written by a newer program, and, when @deep, sound in every
 * page. Also checks a backup before it is restored. */
gboolean
_dk_store_check_file (sqlite3     *db,
                      const char  *path,
                      gboolean     deep,
                      int         *version,
                      GError     **error)
{
  int app_id = 0, n_objects = 0;

  if (!pragma_int (db, "PRAGMA application_id", &app_id) ||
      !pragma_int (db, "PRAGMA user_version", version) ||
      !pragma_int (db, "SELECT count(*) FROM sqlite_schema", &n_objects))
    return set_error_from_db (db, path, error);

  if (app_id != DK_APPLICATION_ID && (n_objects > 0 || *version != 0))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_OURS,
                   _("“%s” is a database of another program; it was left untouched"),
                   path);
      return FALSE;
    }
  if (deep && n_objects > 0 && !integrity_check (db))
    {
      set_damaged_error (path, error);
      return FALSE;
    }
  if (*version > dk_store_get_latest_version ())
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NEWER_SCHEMA,
                   _("“%s” was written by a newer version of this program (schema %d, this "
                     "version knows up to %d); it was left untouched"),
                   path, *version, dk_store_get_latest_version ());
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_identity (DkStore  *self,
                gboolean  deep,
                int      *version,
                GError  **error)
{
  return _dk_store_check_file (self->db, self->path, deep, version, error);
}

static void
set_verdict (DkStore *self,
             Verdict  verdict)
{
  g_mutex_lock (&self->check_lock);
  self->verdict = verdict;
  g_cond_broadcast (&self->check_done);
  g_mutex_unlock (&self->check_lock);
}

/* The thread that checks every page, on a read-only connection of its own. */
static gpointer
check_thread_func (gpointer data)
{
  DkStore *self = data;   /* alive: finalize joins this thread first */
  sqlite3 *db = NULL;
  gboolean sound;

  if (sqlite3_open_v2 (self->path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
    {
      sqlite3_close (db);
      set_verdict (self, VERDICT_DAMAGED);
      return NULL;
    }
  sqlite3_busy_timeout (db, 5000);
  g_mutex_lock (&self->check_lock);
  self->check_db = self->check_stop ? NULL : db;
  g_mutex_unlock (&self->check_lock);

  sound = self->check_db != NULL && integrity_check (db);

  g_mutex_lock (&self->check_lock);
  self->check_db = NULL;
  g_mutex_unlock (&self->check_lock);
  sqlite3_close (db);
  set_verdict (self, sound ? VERDICT_SOUND : VERDICT_DAMAGED);
  return NULL;
}

/**
 * dk_store_wait_sound:
 *
 * Waits for the check of the database file that began when it was opened (a third of a
 * second on a national database; usually over by the time it is asked).
 *
 * Returns: whether the file is sound; %FALSE with @error set when it is damaged, and
 *   nothing may be written to it
 */
gboolean
dk_store_wait_sound (DkStore  *self,
                     GError  **error)
{
  Verdict verdict;

  g_return_val_if_fail (DK_IS_STORE (self), FALSE);

  verdict = wait_verdict (self);
  if (verdict == VERDICT_DAMAGED || self->foreign != NULL)
    {
      set_refusal_error (self, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * _dk_store_wait_check:
 *
 * Waits for the check of the file, as dk_store_wait_sound() does, but says no only when it
 * is damaged (a file holding objects we did not make may still be copied).
 */
gboolean
_dk_store_wait_check (DkStore  *self,
                      GError  **error)
{
  if (wait_verdict (self) == VERDICT_DAMAGED)
    {
      set_damaged_error (self->path, error);
      return FALSE;
    }
  return TRUE;
}

/**
 * _dk_store_is_damaged:
 *
 * Returns: whether the check of the file, waited for, found it damaged
 */
gboolean
_dk_store_is_damaged (DkStore *self)
{
  return wait_verdict (self) == VERDICT_DAMAGED;
}

/* After a restore has put a fully checked backup's pages in place of the file's. */
void
_dk_store_set_restored (DkStore *self)
{
  set_verdict (self, VERDICT_SOUND);
  find_foreign (self, FALSE);
}

/**
 * dk_store_check:
 * @findings: (element-type DkFinding): where the findings go
 *
 * The database file's own findings, for `check`: each trigger, view, table or index it
 * holds that the program did not make. Waits for the full check of every page and
 * index of the file.
 *
 * Returns: %FALSE with @error set when the file is damaged
 */
gboolean
dk_store_check (DkStore    *self,
                GPtrArray  *findings,
                GError    **error)
{
  g_autoptr(GPtrArray) foreign = NULL;

  g_return_val_if_fail (DK_IS_STORE (self), FALSE);

  if (!_dk_store_wait_check (self, error))
    return FALSE;
  if (self->pg != NULL)
    return TRUE; /* the server's administrator owns its objects */
  foreign = _dk_schema_list_foreign (self->db, migration_resources (), FALSE);
  for (guint i = 0; i < foreign->len; i++)
    /* Translators: a finding of `check`: the database holds "trigger “x”" */
    dk_findings_add (findings, _("Database"), "", "", "",
                     _("%s, which this program did not make: nothing is written to the database until it is "
                        "removed"),
                     (const char *) g_ptr_array_index (foreign, i));
  return TRUE;
}

static void
wait_sound_thread (GTask        *task,
                   gpointer      source_object,
                   gpointer      task_data,
                   GCancellable *cancellable)
{
  GError *error = NULL;

  if (dk_store_wait_sound (source_object, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * dk_store_wait_sound_async:
 *
 * Waits for the check of the file in a thread, for a window that tells the user when
 * the database turns out damaged.
 */
void
dk_store_wait_sound_async (DkStore             *self,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, dk_store_wait_sound_async);
  g_task_run_in_thread (task, wait_sound_thread);
}

gboolean
dk_store_wait_sound_finish (DkStore       *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);
  return g_task_propagate_boolean (G_TASK (result), error);
}

/* A server's schema version lives in a table of its own (sqlite's in the file's header). */
#define SERVER_SCHEMA_TABLE                                 \
  "CREATE TABLE IF NOT EXISTS dk_schema ("                  \
  "  id integer PRIMARY KEY CHECK (id = 1),"                \
  "  aplikasi text NOT NULL CHECK (aplikasi = 'dukcapil')," \
  "  versi integer NOT NULL CHECK (versi >= 0))"
/* The key of the lock a migration holds on the server: "Dukc" */
#define SERVER_LOCK "SELECT pg_advisory_xact_lock (1148545891)"

/* Reads the server's schema version: 0 for an empty database; refuses a database that
 * holds tables of another program. */
static gboolean
server_version (DkStore *self,
                int     *version,
                GError **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  gint64   n_tables;
  gboolean has_schema;

  stmt = _dk_store_prepare (self,
                            "SELECT (SELECT count(*) FROM pg_catalog.pg_tables WHERE schemaname = current_schema ()), "
                            "       to_regclass ('dk_schema') IS NOT NULL",
                            error);
  if (stmt == NULL)
    return FALSE;
  if (dk_db_step (stmt) != DK_DB_ROW)
    return _dk_store_rows_done (self, DK_DB_ERROR, error);
  n_tables = dk_db_column_int64 (stmt, 0);
  has_schema = dk_db_column_int64 (stmt, 1) != 0;
  g_clear_pointer (&stmt, dk_db_stmt_free);
  *version = 0;
  if (!has_schema)
    {
      if (n_tables == 0)
        return TRUE;
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_OURS,
                   _("The database %s on the server holds tables of another program; it was left untouched"),
                   self->path);
      return FALSE;
    }
  if (!(stmt = _dk_store_prepare (self, "SELECT versi FROM dk_schema WHERE aplikasi = 'dukcapil'", error)))
    return FALSE;
  if (dk_db_step (stmt) == DK_DB_ROW)
    *version = dk_db_column_int (stmt, 0);
  return TRUE;
}

static gboolean
set_server_version (DkStore *self,
                    int      version,
                    GError **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  /* made by the first migration, in its transaction */
  if (version == 1 && !_dk_store_exec (self, SERVER_SCHEMA_TABLE, error))
    return FALSE;
  stmt = _dk_store_prepare (self,
                            "INSERT INTO dk_schema (id, aplikasi, versi) VALUES (1, 'dukcapil', ?1) "
                            "ON CONFLICT (id) DO UPDATE SET versi = excluded.versi",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, version);
  return _dk_store_step_done (self, stmt, error);
}

static gboolean
check_newer (DkStore *self,
             int      version,
             GError **error)
{
  if (version <= dk_store_get_latest_version ())
    return TRUE;
  g_set_error (error, DK_ERROR, DK_ERROR_NEWER_SCHEMA,
               _("The database %s was written by a newer version of this program (schema %d, this "
                  "version knows up to %d); nothing was written to it"),
               self->path, version, dk_store_get_latest_version ());
  return FALSE;
}

/* Opens a database on a PostgreSQL server, and brings its schema up to date. */
static gboolean
open_server (DkStore    *self,
             const char *password,
             GError    **error)
{
  int version = 0;

  if (!(self->pg = _dk_pg_connect (self->path, password, error)))
    return FALSE;
  g_free (self->path);
  self->path = g_strdup (_dk_pg_get_display_name (self->pg));
  self->verdict = VERDICT_SOUND;
  if (!server_version (self, &version, error) || !check_newer (self, version, error))
    return FALSE;
  return migrate (self, version, error);
}

/**
 * dk_store_is_server_address:
 * @address: a file's path or a libpq connection string
 *
 * Returns: whether @address names a database on a PostgreSQL server
 *   (`postgresql://…`, `postgres://…` or `key=value …`) rather than a file
 */
gboolean
dk_store_is_server_address (const char *address)
{
  g_return_val_if_fail (address != NULL, FALSE);

  const char *c = address;

  if (g_str_has_prefix (address, "postgresql://") || g_str_has_prefix (address, "postgres://"))
    return TRUE;
  /* key=value…: a libpq keyword first */
  while (*c == ' ')
    c++;
  if (!g_ascii_islower (*c))
    return FALSE;
  while (g_ascii_islower (*c) || *c == '_')
    c++;
  while (*c == ' ')
    c++;
  return *c == '=';
}

static gboolean
apply_migration (DkStore          *self,
                 const Migration  *migration,
                 GError          **error)
{
  g_autoptr(GBytes) sql = NULL;
  g_autofree char *pragma = NULL;

  if (!(sql = _dk_store_load_seed (self->pg != NULL ? migration->pg_resource : migration->sql_resource, error)))
    return FALSE;
  if (!_dk_store_begin (self, error))
    return FALSE;
  if (self->pg != NULL)
    {
      int version = 0;

      /* two programs opening an older schema at once: one migrates, the other waits and
       * finds it done */
      if (!_dk_store_exec (self, SERVER_LOCK, error) || !server_version (self, &version, error))
        goto failed;
      if (version >= migration->version)
        return _dk_store_commit (self, error);
    }
  if (!_dk_store_exec (self, g_bytes_get_data (sql, NULL), error))
    goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (migration->seeds) && migration->seeds[i]; i++)
    if (!migration->seeds[i](self, error))
      goto failed;
  for (const DkStoreSeed *seed = self->seeds; seed != NULL && seed->seed != NULL; seed++)
    if (seed->version == migration->version && !seed->seed (self, error))
      goto failed;

  if (self->pg != NULL)
    {
      if (!set_server_version (self, migration->version, error))
        goto failed;
      return _dk_store_commit (self, error);
    }
  /* PRAGMA takes no bound parameters; the values are our own integer constants. */
  pragma = g_strdup_printf ("PRAGMA application_id = %d; PRAGMA user_version = %d",
                            DK_APPLICATION_ID, migration->version);
  if (!_dk_store_exec (self, pragma, error))
    goto failed;
  return _dk_store_commit (self, error);

failed:
  _dk_store_rollback (self);
  return FALSE;
}

static gboolean
migrate (DkStore  *self,
         int       from_version,
         GError  **error)
{
  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    {
      if (migrations[i].version <= from_version)
        continue;
      g_debug ("Migrating %s to schema %d", self->path, migrations[i].version);
      if (!apply_migration (self, &migrations[i], error))
        {
          g_prefix_error (error, _("Could not bring the database up to date: "));
          return FALSE;
        }
    }
  return TRUE;
}

static void
dk_store_finalize (GObject *object)
{
  DkStore *self = (DkStore *) object;

  if (self->check_thread != NULL)
    {
      g_mutex_lock (&self->check_lock);
      self->check_stop = TRUE;
      if (self->check_db != NULL)
        sqlite3_interrupt (self->check_db);
      g_mutex_unlock (&self->check_lock);
      g_thread_join (g_steal_pointer (&self->check_thread));
    }
  g_mutex_clear (&self->check_lock);
  g_cond_clear (&self->check_done);
  g_clear_pointer (&self->db, sqlite3_close);
  g_clear_pointer (&self->bulk, dk_db_stmt_free);
  g_clear_pointer (&self->read_mark, _dk_read_mark_free);
  g_clear_pointer (&self->pg, _dk_pg_free);
  g_clear_pointer (&self->path, g_free);
  g_clear_pointer (&self->foreign, g_free);
  G_OBJECT_CLASS (dk_store_parent_class)->finalize (object);
}

static void
dk_store_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  DkStore *self = DK_STORE (object);

  switch (prop_id)
    {
    case PROP_PATH:
      g_value_set_string (value, dk_store_get_path (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_store_class_init (DkStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dk_store_finalize;
  object_class->get_property = dk_store_get_property;

  properties[PROP_PATH] =
    g_param_spec_string ("path", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dk_store_init (DkStore *self)
{
  g_mutex_init (&self->check_lock);
  g_cond_init (&self->check_done);
  self->verdict = VERDICT_PENDING;
  self->read_mark = _dk_read_mark_new ();
}

/* Whether the file is already in WAL mode, so that opening it writes nothing. */
static gboolean
is_wal (sqlite3 *db)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  return sqlite3_prepare_v2 (db, "PRAGMA journal_mode", -1, &stmt, NULL) == SQLITE_OK &&
         sqlite3_step (stmt) == SQLITE_ROW &&
         g_ascii_strcasecmp ((const char *) sqlite3_column_text (stmt, 0), "wal") == 0;
}

/**
 * dk_store_dup_default_path:
 *
 * Returns: (transfer full): `<user data dir>/dukcapil/dukcapil.db`
 */
char *
dk_store_dup_default_path (void)
{
  return g_build_filename (g_get_user_data_dir (), "dukcapil", "dukcapil.db", NULL);
}

/**
 * dk_store_get_latest_version:
 *
 * Returns: the schema version this program writes
 */
int
dk_store_get_latest_version (void)
{
  return migrations[G_N_ELEMENTS (migrations) - 1].version;
}

static const char * const *
migration_resources (void)
{
  static const char *resources[G_N_ELEMENTS (migrations) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (migrations); i++)
    resources[i] = migrations[i].sql_resource;
  return resources;
}

/* Records the first object of the file that we did not make: no write is allowed then.
 * Before a migration only code (triggers, views) is compared, the tables being an older
 * version's. */
static gboolean
find_foreign (DkStore   *self,
              gboolean   code_only)
{
  g_autoptr(GPtrArray) foreign = _dk_schema_list_foreign (self->db, migration_resources (), code_only);

  g_clear_pointer (&self->foreign, g_free);
  if (foreign->len > 0)
    self->foreign = g_strdup (g_ptr_array_index (foreign, 0));
  return self->foreign != NULL;
}

/* A file of no bytes is not a database that lost its contents to be seeded again
 * silently: it is refused, as a damaged one is. */
static gboolean
check_not_empty_file (const char  *path,
                      GError     **error)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_size == 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_OURS,
                   _("“%s” is empty: it is not a database (a copy cut short?). It was left untouched; "
                      "remove it to start a new database, or restore a backup"),
                   path);
      return FALSE;
    }
  return TRUE;
}

/* What a connection of ours runs with: a wait for other writers, sqlite's defences against
 * a crafted file, and no function with side effects in the schema's triggers and views. */
static void
configure (DkStore *self)
{
  sqlite3_extended_result_codes (self->db, FALSE);
  sqlite3_busy_timeout (self->db, BUSY_TIMEOUT_MS);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_DEFENSIVE, 1, NULL);
  sqlite3_db_config (self->db, SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, NULL);
  sqlite3_set_authorizer (self->db, authorize, self);
}

/* What writers that died left beside the database and its backups. */
static void
clean_folders (DkStore *self)
{
  g_autofree char *dir = g_path_get_dirname (self->path);
  g_autofree char *backups = dk_backup_dup_dir (self);

  dk_atomic_file_clean_folder (dir);
  dk_atomic_file_clean_folder (backups);
}

/* Opens the file (not a folder, not a file of no bytes) with our connection's settings,
 * after removing what writers that died left beside it. */
static gboolean
open_connection (DkStore  *self,
                 GError  **error)
{
  const char *path = self->path;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_DATABASE,
                   _("“%s” is a folder, not a database file"), path);
      return FALSE;
    }
  if (!check_not_empty_file (path, error))
    return FALSE;

  if (sqlite3_open_v2 (path, &self->db,
                       SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                       NULL) != SQLITE_OK)
    {
      if (self->db == NULL)
        g_set_error (error, DK_ERROR, DK_ERROR_DATABASE, _("Out of memory opening “%s”"), path);
      else
        g_set_error (error, DK_ERROR, DK_ERROR_DATABASE,
                     _("Could not open the database “%s”: its folder does not exist or may not be written to"),
                     path);
      return FALSE;
    }
  configure (self);
  clean_folders (self);

  return TRUE;
}

/**
 * dk_store_open_seeded:
 * @path: the database file; created, with its seed data, when it does not exist
 * @seeds: (array zero-terminated=1): the domains' seeds, each run in the transaction of
 *   its migration; kept, for the migration of a restored backup
 * @error: return location for a #GError
 *
 * Opens the database, refusing a file that is not ours or that a newer program wrote
 * (leaving it untouched), and migrates an older schema forward. The programs open it
 * with dk_domains_open(), which gives every domain's seeds.
 *
 * Returns: (transfer full): the store, or %NULL on error
 */
DkStore *
dk_store_open_seeded (const char         *path,
                      const DkStoreSeed  *seeds,
                      GError            **error)
{
  return dk_store_open_full (path, NULL, seeds, error);
}

/**
 * dk_store_open_full:
 * @path: the database file, or a server's connection string
 * @password: (nullable): the password for a server, when the program has one (the user
 *   typed it, or the desktop's keyring kept it); %NULL leaves it to libpq's own ways
 *   (`PGPASSWORD`, `~/.pgpass`, a service file). It is kept in memory only, for
 *   connecting again, and is never written anywhere.
 * @seeds: (array zero-terminated=1): as for dk_store_open_seeded()
 * @error: return location for a #GError; %DK_ERROR_PASSWORD when the server asks for a
 *   password that was not given or refuses the one given
 *
 * Opens the database as dk_store_open_seeded() does.
 *
 * Returns: (transfer full): the store, or %NULL on error
 */
DkStore *
dk_store_open_full (const char         *path,
                    const char         *password,
                    const DkStoreSeed  *seeds,
                    GError            **error)
{
  g_autoptr(DkStore) self = NULL;
  int version = 0;

  g_return_val_if_fail (path != NULL, NULL);

  self = g_object_new (DK_TYPE_STORE, NULL);
  self->path = g_strdup (path);
  self->seeds = seeds;

  if (dk_store_is_server_address (path))
    return open_server (self, password, error) ? g_steal_pointer (&self) : NULL;

  if (!open_connection (self, error))
    return NULL;
  if (!check_identity (self, FALSE, &version, error))
    return NULL;
  /* code we did not write never runs with a migration */
  if (version > 0 && version < dk_store_get_latest_version () && find_foreign (self, TRUE))
    {
      set_refusal_error (self, error);
      g_prefix_error (error, _("The database was not brought up to date: "));
      return NULL;
    }
  /* A file that opening writes to (a migration, the switch to WAL) is checked first; any
   * other in a thread while the program reads; a new one holds nothing to check. */
  if (version > 0 && (version < dk_store_get_latest_version () || !is_wal (self->db)))
    {
      if (!check_identity (self, TRUE, &version, error))
        return NULL;
      self->verdict = VERDICT_SOUND;
    }
  else if (version > 0)
    self->check_thread = g_thread_new ("dk-store-check", check_thread_func, self);
  else
    self->verdict = VERDICT_SOUND;

  if (!_dk_store_exec (self, "PRAGMA foreign_keys = ON", error))
    return NULL;
  if (!_dk_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return NULL;
  /* an older database is backed up before it is changed */
  if (version > 0 && version < dk_store_get_latest_version ())
    {
      g_autofree char *backup = dk_backup_auto (self, "migration", error);

      if (backup == NULL)
        {
          g_prefix_error (error, _("The database was not brought up to date: "));
          return NULL;
        }
    }
  if (!migrate (self, version, error))
    return NULL;
  find_foreign (self, FALSE);

  return g_steal_pointer (&self);
}

/* After a restore: brings the schema the backup had up to this program's. */
gboolean
_dk_store_migrate (DkStore  *self,
                   GError  **error)
{
  int version = 0;

  if (!check_identity (self, TRUE, &version, error))
    return FALSE;
  if (!_dk_store_exec (self, "PRAGMA journal_mode = WAL", error))
    return FALSE;
  return migrate (self, version, error);
}

const char *
dk_store_get_path (DkStore *self)
{
  g_return_val_if_fail (DK_IS_STORE (self), NULL);
  return self->path;
}

int
dk_store_get_schema_version (DkStore *self)
{
  int version = 0;

  g_return_val_if_fail (DK_IS_STORE (self), 0);
  if (self->pg != NULL)
    server_version (self, &version, NULL);
  else
    pragma_int (self->db, "PRAGMA user_version", &version);
  return version;
}
