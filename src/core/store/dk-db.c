/* dk-db.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The statements of dk-db-internal.h: sqlite's here, PostgreSQL's passed on to dk-db-pg.c.
 * A PostgreSQL value arrives as text; read as a number it is parsed here (a bigint's sum,
 * numeric in PostgreSQL, reads as its integer part; a boolean as 1 or 0).
 */
#define G_LOG_DOMAIN "dk-store"

#include "config.h"

#include <stdlib.h>

#include "dk-db-private.h"

DkDbStmt *
_dk_db_stmt_new_sqlite (sqlite3      *db,
                        sqlite3_stmt *lite)
{
  DkDbStmt *stmt = g_new0 (DkDbStmt, 1);

  stmt->db = db;
  stmt->lite = lite;
  stmt->n_params = sqlite3_bind_parameter_count (lite);
  return stmt;
}

void
dk_db_stmt_free (DkDbStmt *stmt)
{
  if (stmt == NULL)
    return;
  if (stmt->lite != NULL)
    sqlite3_finalize (stmt->lite);
  else
    _dk_pg_stmt_free (stmt->pg);
  g_free (stmt);
}

void
dk_db_bind_int64 (DkDbStmt *stmt,
                  int       index,
                  gint64    value)
{
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (stmt->lite != NULL)
    {
      sqlite3_bind_int64 (stmt->lite, index, value);
      return;
    }
  g_snprintf (text, sizeof text, "%" G_GINT64_FORMAT, value);
  _dk_pg_stmt_bind (stmt, index, text);
}

/* @value: (nullable): copied; %NULL binds NULL */
void
dk_db_bind_text (DkDbStmt   *stmt,
                 int         index,
                 const char *value)
{
  if (stmt->lite != NULL)
    sqlite3_bind_text (stmt->lite, index, value, -1, SQLITE_TRANSIENT);
  else
    _dk_pg_stmt_bind (stmt, index, value);
}

/* @length: the bytes of @value to bind */
void
dk_db_bind_text_len (DkDbStmt   *stmt,
                     int         index,
                     const char *value,
                     int         length)
{
  g_autofree char *copy = NULL;

  if (stmt->lite != NULL)
    {
      sqlite3_bind_text (stmt->lite, index, value, length, SQLITE_TRANSIENT);
      return;
    }
  copy = g_strndup (value, length);
  _dk_pg_stmt_bind (stmt, index, copy);
}

/* @value: (transfer full) (nullable): bound and freed */
void
dk_db_bind_text_take (DkDbStmt *stmt,
                      int       index,
                      char     *value)
{
  if (stmt->lite != NULL)
    sqlite3_bind_text (stmt->lite, index, value, -1, g_free);
  else
    {
      _dk_pg_stmt_bind (stmt, index, value);
      g_free (value);
    }
}

void
dk_db_bind_null (DkDbStmt *stmt,
                 int       index)
{
  if (stmt->lite != NULL)
    sqlite3_bind_null (stmt->lite, index);
  else
    _dk_pg_stmt_bind (stmt, index, NULL);
}

/* Returns: the highest parameter number of the statement */
int
dk_db_bind_count (DkDbStmt *stmt)
{
  return stmt->n_params;
}

DkDbStep
dk_db_step (DkDbStmt *stmt)
{
  int rc;

  if (stmt->pg != NULL)
    return _dk_pg_stmt_step (stmt);
  rc = sqlite3_step (stmt->lite);
  if (rc == SQLITE_ROW)
    return DK_DB_ROW;
  if (rc == SQLITE_DONE)
    {
      stmt->changes = sqlite3_changes (stmt->db);
      return DK_DB_DONE;
    }
  return DK_DB_ERROR;
}

/* Ready to run again, with the same parameters. */
void
dk_db_reset (DkDbStmt *stmt)
{
  if (stmt->lite != NULL)
    sqlite3_reset (stmt->lite);
  else
    _dk_pg_stmt_reset (stmt);
}

void
dk_db_clear_bindings (DkDbStmt *stmt)
{
  if (stmt->lite != NULL)
    sqlite3_clear_bindings (stmt->lite);
  else
    _dk_pg_stmt_clear (stmt);
}

/* Returns: the rows that the statement's last run, to its end, inserted, changed or removed */
gint64
dk_db_changes (DkDbStmt *stmt)
{
  return stmt->changes;
}

int
dk_db_column_count (DkDbStmt *stmt)
{
  if (stmt->lite != NULL)
    return sqlite3_column_count (stmt->lite);
  return _dk_pg_stmt_column_count (stmt);
}

gboolean
dk_db_column_is_null (DkDbStmt *stmt,
                      int       column)
{
  if (stmt->lite != NULL)
    return sqlite3_column_type (stmt->lite, column) == SQLITE_NULL;
  return _dk_pg_stmt_value (stmt, column) == NULL;
}

/* Returns: the value as a whole number; 0 for NULL */
gint64
dk_db_column_int64 (DkDbStmt *stmt,
                    int       column)
{
  const char *text;

  if (stmt->lite != NULL)
    return sqlite3_column_int64 (stmt->lite, column);
  text = _dk_pg_stmt_value (stmt, column);
  if (text == NULL)
    return 0;
  if (text[0] == 't' && text[1] == '\0')
    return 1;
  return g_ascii_strtoll (text, NULL, 10);
}

int
dk_db_column_int (DkDbStmt *stmt,
                  int       column)
{
  if (stmt->lite != NULL)
    return sqlite3_column_int (stmt->lite, column);
  return (int) dk_db_column_int64 (stmt, column);
}

double
dk_db_column_double (DkDbStmt *stmt,
                     int       column)
{
  const char *text;

  if (stmt->lite != NULL)
    return sqlite3_column_double (stmt->lite, column);
  text = _dk_pg_stmt_value (stmt, column);
  return text != NULL ? g_ascii_strtod (text, NULL) : 0.0;
}

/* Returns: (nullable): the value as text, valid until the next step or reset; %NULL for NULL */
const char *
dk_db_column_text (DkDbStmt *stmt,
                   int       column)
{
  if (stmt->lite != NULL)
    return (const char *) sqlite3_column_text (stmt->lite, column);
  return _dk_pg_stmt_value (stmt, column);
}
