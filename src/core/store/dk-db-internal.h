/* dk-db-internal.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store's one narrow way to the database, whichever engine holds it: prepare a
 * statement, bind its parameters, step through its rows, read their columns. The domains,
 * the import, the export and the check use only this; sqlite's and libpq's own APIs stay
 * inside src/core/store (dk-db.c for sqlite, dk-db-pg.c for PostgreSQL).
 *
 * SQL is written once for both engines: parameters as `?1`, `?2` (PostgreSQL gets `$1`,
 * `$2`), values sent as text and typed by their context (write `CAST(?1 AS TEXT)` where
 * nothing else gives a parameter a type), `INSERT … ON CONFLICT … DO UPDATE`, `RETURNING`
 * for a new row's id, dates compared as 'YYYY-MM-DD' and `CAST(d AS TEXT)` before a string
 * function. HACKING.md lists the rest.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct _DkDbStmt DkDbStmt;

/* What dk_db_step() returns: a row to read, the end, or an error (the store's error then
 * says what, through _dk_store_set_error()). The values are sqlite's. */
typedef enum
{
  DK_DB_ERROR = 1,
  DK_DB_ROW = 100,
  DK_DB_DONE = 101,
} DkDbStep;

void        dk_db_stmt_free (DkDbStmt *stmt);
void        dk_db_bind_int64 (DkDbStmt *stmt,
                              int       index,
                              gint64    value);
void        dk_db_bind_text (DkDbStmt   *stmt,
                             int         index,
                             const char *value);
void        dk_db_bind_text_len (DkDbStmt   *stmt,
                                 int         index,
                                 const char *value,
                                 int         length);
void        dk_db_bind_text_take (DkDbStmt *stmt,
                                  int       index,
                                  char     *value);
void        dk_db_bind_null (DkDbStmt *stmt,
                             int       index);
int         dk_db_bind_count (DkDbStmt *stmt);
DkDbStep    dk_db_step (DkDbStmt *stmt);
void        dk_db_reset (DkDbStmt *stmt);
void        dk_db_clear_bindings (DkDbStmt *stmt);
gint64      dk_db_changes (DkDbStmt *stmt);
int         dk_db_column_count (DkDbStmt *stmt);
gboolean    dk_db_column_is_null (DkDbStmt *stmt,
                                  int       column);
gint64      dk_db_column_int64 (DkDbStmt *stmt,
                                int       column);
int         dk_db_column_int (DkDbStmt *stmt,
                              int       column);
double      dk_db_column_double (DkDbStmt *stmt,
                                 int       column);
const char *dk_db_column_text (DkDbStmt *stmt,
                               int       column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkDbStmt, dk_db_stmt_free)

G_END_DECLS
