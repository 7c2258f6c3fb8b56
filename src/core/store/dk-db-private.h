/* dk-db-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Inside the store only: a statement of either engine, and the PostgreSQL connection
 * (dk-db-pg.c) that DkStore holds in place of sqlite's.
 */
#pragma once

#include <sqlite3.h>

#include "dk-db-internal.h"

G_BEGIN_DECLS

typedef struct _DkPg     DkPg;
typedef struct _DkPgStmt DkPgStmt;

/* The channel on which every write to a server database says so, when it commits
 * (sql/pg/009-notify.sql), to the windows that show its figures (dk-store-watch.c). */
#define DK_PG_CHANNEL "dukcapil"

struct _DkDbStmt
{
  sqlite3_stmt *lite; /* one of these two */
  DkPgStmt     *pg;
  sqlite3      *db;
  gint64        changes; /* rows the last run changed */
  int           n_params;
};

DkDbStmt *_dk_db_stmt_new_sqlite (sqlite3      *db,
                                  sqlite3_stmt *lite);

/* dk-db-pg.c */
DkPg       *_dk_pg_connect (const char *conninfo,
                            const char *password,
                            GError    **error);
void        _dk_pg_free (DkPg *pg);
const char *_dk_pg_get_display_name (DkPg *pg);
const char *_dk_pg_get_user (DkPg *pg);
const char *_dk_pg_get_conninfo (DkPg *pg);
const char *_dk_pg_get_password (DkPg *pg);
struct pg_conn *_dk_pg_connect_another (const char *conninfo,
                                        const char *password,
                                        GError    **error);
DkDbStmt   *_dk_pg_prepare (DkPg       *pg,
                            const char *sql,
                            GError    **error);
gboolean    _dk_pg_exec (DkPg       *pg,
                         const char *sql,
                         GError    **error);
gboolean    _dk_pg_in_transaction (DkPg *pg);
char       *_dk_pg_quote_identifier (DkPg       *pg,
                                     const char *name);
char       *_dk_pg_password_literal (DkPg       *pg,
                                     const char *user,
                                     const char *password,
                                     GError    **error);
void        _dk_pg_set_error (DkPg    *pg,
                              GError **error);
gboolean    _dk_pg_copy_begin (DkPg       *pg,
                               const char *copy_sql,
                               GError    **error);
gboolean    _dk_pg_copy_row (DkPg               *pg,
                             int                 n_values,
                             const char    *const *values,
                             GError            **error);
gboolean    _dk_pg_copy_end (DkPg    *pg,
                             GError **error);
void        _dk_pg_stmt_free (DkPgStmt *stmt);
void        _dk_pg_stmt_bind (DkDbStmt   *stmt,
                              int         index,
                              const char *value);
DkDbStep    _dk_pg_stmt_step (DkDbStmt *stmt);
void        _dk_pg_stmt_reset (DkDbStmt *stmt);
void        _dk_pg_stmt_clear (DkDbStmt *stmt);
int         _dk_pg_stmt_column_count (DkDbStmt *stmt);
const char *_dk_pg_stmt_value (DkDbStmt *stmt,
                               int       column);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkPg, _dk_pg_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

G_END_DECLS
