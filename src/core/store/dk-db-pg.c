/* dk-db-pg.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The store on a PostgreSQL server, through libpq: the connection, its statements
 * (prepared once per connection and kept by their SQL), COPY for bulk loads, and what a
 * server's error means to the user. A statement's SQL is the one written for both engines:
 * its `?N` become `$N`, renumbered without gaps (PostgreSQL refuses a parameter it cannot
 * type, such as one that the statement never uses). Values go as text, typed by the server
 * from their context; results come back as text in ISO dates.
 *
 * A lost connection fails the statement (and so its transaction, which the server rolls
 * back) with a message that says so; the next statement outside a transaction connects
 * again.
 */
#define G_LOG_DOMAIN "dk-store"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <libpq-fe.h>
#include <string.h>

#include "dk-db-private.h"
#include "dk-error.h"
#include "dk-password.h"
#include "dk-store.h"

/* How long opening waits for a server that does not answer, unless the connection string
 * says otherwise. */
#define CONNECT_TIMEOUT_S "10"

struct _DkPg
{
  PGconn     *conn;
  char       *conninfo;
  char       *password; /* given by the program (a keyring's), else NULL: libpq's own ways */
  char       *display; /* user@host/dbname, never the password */
  GHashTable *prepared; /* SQL → DkPgPrepared, on this connection */
  guint       next_name;
  char       *sqlstate; /* of the last error */
  char       *message;
  gboolean    copying;
  GString    *copy_buf;
};

typedef struct
{
  char *sql;  /* with $N */
  guint runs; /* prepared on the server at the second */
  char name[16];
  int  n_params; /* after renumbering */
  int  max_index; /* the highest ?N of the SQL */
  int *slot; /* ?N → $slot[N] - 1, or -1 when not used; [0] unused */
} DkPgPrepared;

struct _DkPgStmt
{
  DkPg         *pg;
  DkPgPrepared *prepared;
  char        **values; /* by slot */
  PGresult     *result;
  int           row;
  int           n_rows;
};

static void
prepared_free (gpointer data)
{
  DkPgPrepared *p = data;

  g_free (p->sql);
  g_free (p->slot);
  g_free (p);
}

static void
set_last_error (DkPg       *pg,
                const char *sqlstate,
                const char *message)
{
  g_free (pg->sqlstate);
  g_free (pg->message);
  pg->sqlstate = g_strdup (sqlstate != NULL ? sqlstate : "");
  pg->message = g_strstrip (g_strdup (message != NULL ? message : ""));
}

static void
set_last_error_from_result (DkPg     *pg,
                            PGresult *result)
{
  const char *sqlstate = result != NULL ? PQresultErrorField (result, PG_DIAG_SQLSTATE) : NULL;
  const char *message = result != NULL ? PQresultErrorField (result, PG_DIAG_MESSAGE_PRIMARY) : NULL;
  const char *detail = result != NULL ? PQresultErrorField (result, PG_DIAG_MESSAGE_DETAIL) : NULL;

  if (PQstatus (pg->conn) == CONNECTION_BAD)
    set_last_error (pg, "08006", PQerrorMessage (pg->conn));
  else if (message != NULL && detail != NULL)
    {
      g_autofree char *both = g_strdup_printf ("%s (%s)", message, detail);

      set_last_error (pg, sqlstate, both);
    }
  else if (message != NULL)
    set_last_error (pg, sqlstate, message);
  else
    set_last_error (pg, sqlstate, PQerrorMessage (pg->conn));
}

/* A database as a user may see it: user@host/dbname, host being the socket's folder for a
 * local socket, and localhost when none is said. */
static char *
format_display_name (const char *user,
                     const char *host,
                     const char *dbname)
{
  return g_strdup_printf ("%s@%s/%s", user, host != NULL && host[0] != '\0' ? host : "localhost", dbname);
}

/* The connection as it was made. */
static char *
dup_display_name (PGconn *conn)
{
  return format_display_name (PQuser (conn), PQhost (conn), PQdb (conn));
}

/* Whether libpq's message says that the server's certificate could not be verified, or
 * that the server offered no TLS the connection string asked for. */
static gboolean
is_tls_failure (const char *msg)
{
  static const char * const marks[] = {
    "certificate",
    "SSL",
    "ssl",
    "TLS",
    "root certificate file",
  };

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    if (strstr (msg, marks[i]) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
set_connect_error (const char *conninfo,
                   PGconn     *conn,
                   GError    **error)
{
  const char      *msg = conn != NULL ? PQerrorMessage (conn) : "";
  g_autofree char *detail = g_strstrip (g_strdup (msg));

  if (conn != NULL && PQconnectionNeedsPassword (conn) && !PQconnectionUsedPassword (conn))
    g_set_error (error, DK_ERROR, DK_ERROR_PASSWORD,
                 _("The server asks for the password of user “%s”; none was given"), PQuser (conn));
  else if (strstr (msg, "password authentication failed") != NULL ||
           (conn != NULL && PQconnectionNeedsPassword (conn)))
    g_set_error (error, DK_ERROR, DK_ERROR_PASSWORD,
                 _("The server refused the password of user “%s”"), PQuser (conn));
  else if (strstr (msg, "authentication failed") != NULL)
    g_set_error (error, DK_ERROR, DK_ERROR_AUTH,
                 _("The server did not accept user “%s”: %s"), PQuser (conn), detail);
  else if (strstr (msg, "does not exist") != NULL && strstr (msg, "database") != NULL)
    g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND,
                 _("The server has no database “%s”; ask its administrator to create it"), PQdb (conn));
  else if (strstr (msg, "role") != NULL && strstr (msg, "does not exist") != NULL)
    g_set_error (error, DK_ERROR, DK_ERROR_AUTH,
                 _("The server has no user “%s”"), PQuser (conn));
  else if (is_tls_failure (msg))
    g_set_error (error, DK_ERROR, DK_ERROR_CONNECTION,
                 _("The secure connection to the database server could not be made, nothing was "
                    "sent to it: %s"),
                 detail);
  else
    g_set_error (error, DK_ERROR, DK_ERROR_CONNECTION,
                 _("Could not reach the database server: %s"), detail);
  return FALSE;
}

/* Opens a connection with a timeout, ISO dates and UTF-8, whatever the environment says. */
static PGconn *
connect_db (const char *conninfo,
            const char *password,
            GError    **error)
{
  /* after dbname, so that they win over the connection string's; the password only when
   * one was given, else libpq looks for one its own ways (PGPASSWORD, ~/.pgpass) */
  static const char * const keys[] = {
    "dbname", "connect_timeout", "client_encoding", "options", "application_name", "password", NULL
  };
  const char *values[] = {
    conninfo, CONNECT_TIMEOUT_S, "UTF8", "-c DateStyle=ISO,YMD -c TimeZone=UTC", "dukcapil", password, NULL
  };
  g_autofree char  *conn_timeout = NULL;
  PQconninfoOption *given;
  PGconn           *conn;

  /* a timeout of the connection string's own wins over ours */
  if ((given = PQconninfoParse (conninfo, NULL)) != NULL)
    {
      for (PQconninfoOption *o = given; o->keyword != NULL; o++)
        if (g_str_equal (o->keyword, "connect_timeout") && o->val != NULL)
          values[1] = conn_timeout = g_strdup (o->val);
      PQconninfoFree (given);
    }
  else
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("“%s” is not a database connection string"), conninfo);
      return NULL;
    }
  conn = PQconnectdbParams (keys, values, TRUE);
  if (conn == NULL || PQstatus (conn) != CONNECTION_OK)
    {
      set_connect_error (conninfo, conn, error);
      PQfinish (conn);
      return NULL;
    }
  return conn;
}

/* The server's notices ("… already exists, skipping") are not for the user. */
static void
ignore_notice (void       *data,
               const char *message)
{
  g_debug ("%s", message);
}

DkPg *
_dk_pg_connect (const char *conninfo,
                const char *password,
                GError    **error)
{
  DkPg   *pg;
  PGconn *conn = connect_db (conninfo, password, error);

  if (conn == NULL)
    return NULL;
  PQsetNoticeProcessor (conn, ignore_notice, NULL);
  pg = g_new0 (DkPg, 1);
  pg->conn = conn;
  pg->conninfo = g_strdup (conninfo);
  pg->password = g_strdup (password);
  pg->display = dup_display_name (conn);
  pg->prepared = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, prepared_free);
  pg->copy_buf = g_string_new (NULL);
  return pg;
}

/* A connection of its own to @pg's database, as @pg's was opened: for the watch of its
 * changes (dk-store-watch.c), which listens while the store's connection writes. */
struct pg_conn *
_dk_pg_connect_another (const char *conninfo,
                        const char *password,
                        GError    **error)
{
  PGconn *conn = connect_db (conninfo, password, error);

  if (conn != NULL)
    PQsetNoticeProcessor (conn, ignore_notice, NULL);
  return conn;
}

const char *
_dk_pg_get_conninfo (DkPg *pg)
{
  return pg->conninfo;
}

const char *
_dk_pg_get_password (DkPg *pg)
{
  return pg->password;
}

void
_dk_pg_free (DkPg *pg)
{
  if (pg == NULL)
    return;
  PQfinish (pg->conn);
  g_hash_table_unref (pg->prepared);
  g_string_free (pg->copy_buf, TRUE);
  g_free (pg->conninfo);
  dk_password_free (pg->password);
  g_free (pg->display);
  g_free (pg->sqlstate);
  g_free (pg->message);
  g_free (pg);
}

const char *
_dk_pg_get_display_name (DkPg *pg)
{
  return pg->display;
}

const char *
_dk_pg_get_user (DkPg *pg)
{
  return PQuser (pg->conn);
}

/* An identifier quoted for SQL text, for the utility commands that take no parameters
 * (CREATE ROLE, ALTER ROLE, DROP ROLE): see dk-account.c. */
char *
_dk_pg_quote_identifier (DkPg       *pg,
                         const char *name)
{
  char *quoted = PQescapeIdentifier (pg->conn, name, strlen (name));
  char *copy = g_strdup (quoted);

  PQfreemem (quoted);
  return copy;
}

/* A password as a quoted literal for CREATE ROLE … PASSWORD: hashed here, the way the
 * server stores it (its password_encryption), so that it never travels or is logged in
 * clear. */
char *
_dk_pg_password_literal (DkPg       *pg,
                         const char *user,
                         const char *password,
                         GError    **error)
{
  char *hashed = PQencryptPasswordConn (pg->conn, password, user, NULL);
  char *quoted;
  char *copy;

  if (hashed == NULL)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_DATABASE, _("Could not hash the password: %s"),
                   PQerrorMessage (pg->conn));
      return NULL;
    }
  quoted = PQescapeLiteral (pg->conn, hashed, strlen (hashed));
  explicit_bzero (hashed, strlen (hashed));
  PQfreemem (hashed);
  copy = g_strdup (quoted);
  PQfreemem (quoted);
  return copy;
}

gboolean
_dk_pg_in_transaction (DkPg *pg)
{
  PGTransactionStatusType status = PQtransactionStatus (pg->conn);

  return status == PQTRANS_INTRANS || status == PQTRANS_INERROR;
}

/* Before a statement: a connection that was lost is opened again, when no transaction was
 * under way on it (one that was is over: the server rolled it back). */
static gboolean
ensure_connected (DkPg    *pg,
                  GError **error)
{
  if (PQstatus (pg->conn) == CONNECTION_OK)
    return TRUE;
  PQreset (pg->conn);
  PQsetNoticeProcessor (pg->conn, ignore_notice, NULL);
  g_hash_table_remove_all (pg->prepared);
  if (PQstatus (pg->conn) != CONNECTION_OK)
    {
      set_last_error (pg, "08006", PQerrorMessage (pg->conn));
      return set_connect_error (pg->conninfo, pg->conn, error);
    }
  return TRUE;
}

/* The SQL with ?N (or bare ?) as $M, M numbering the parameters used without gaps, and
 * nothing inside quotes or comments changed. */
static char *
translate (const char   *sql,
           DkPgPrepared *p)
{
  GString *out = g_string_sized_new (strlen (sql) + 16);
  GArray  *order = g_array_new (FALSE, FALSE, sizeof (int));
  int      bare = 0;

  for (const char *c = sql; *c != '\0'; c++)
    {
      if (*c == '\'' || *c == '"')
        {
          const char *end = strchr (c + 1, *c);

          end = end != NULL ? end : c + strlen (c) - 1;
          g_string_append_len (out, c, end - c + 1);
          c = end;
        }
      else if (c[0] == '-' && c[1] == '-')
        {
          const char *end = strchr (c, '\n');

          end = end != NULL ? end : c + strlen (c) - 1;
          g_string_append_len (out, c, end - c + 1);
          c = end;
        }
      else if (*c == '?')
        {
          int n = 0;

          while (g_ascii_isdigit (c[1]))
            n = n * 10 + (*++c - '0');
          if (n == 0)
            n = ++bare;
          g_array_append_val (order, n);
          p->max_index = MAX (p->max_index, n);
          g_string_append_printf (out, "$%c%d", 0x1f, n); /* numbered below */
        }
      else
        g_string_append_c (out, *c);
    }

  /* slots in the order of the parameters' numbers */
  p->slot = g_new (int, p->max_index + 1);
  for (int i = 0; i <= p->max_index; i++)
    p->slot[i] = -1;
  for (guint i = 0; i < order->len; i++)
    p->slot[g_array_index (order, int, i)] = 0;
  for (int i = 1; i <= p->max_index; i++)
    if (p->slot[i] == 0)
      p->slot[i] = ++p->n_params;
  g_array_unref (order);

  {
    GString *final = g_string_sized_new (out->len);

    for (const char *c = out->str; *c != '\0'; c++)
      {
        if (c[0] == '$' && c[1] == 0x1f)
          {
            int n = 0;

            for (c += 2; g_ascii_isdigit (*c); c++)
              n = n * 10 + (*c - '0');
            c--;
            g_string_append_printf (final, "$%d", p->slot[n]);
          }
        else
          g_string_append_c (final, *c);
      }
    g_string_free (out, TRUE);
    return g_string_free (final, FALSE);
  }
}

DkDbStmt *
_dk_pg_prepare (DkPg       *pg,
                const char *sql,
                GError    **error)
{
  DkPgPrepared *p;
  DkDbStmt     *stmt;

  if (!ensure_connected (pg, error))
    return NULL;
  p = g_hash_table_lookup (pg->prepared, sql);
  if (p == NULL)
    {
      p = g_new0 (DkPgPrepared, 1);
      p->sql = translate (sql, p);
      g_hash_table_insert (pg->prepared, g_strdup (sql), p);
    }
  stmt = g_new0 (DkDbStmt, 1);
  stmt->pg = g_new0 (DkPgStmt, 1);
  stmt->pg->pg = pg;
  stmt->pg->prepared = p;
  stmt->pg->values = g_new0 (char *, p->n_params + 1);
  stmt->n_params = p->max_index;
  return stmt;
}

void
_dk_pg_stmt_clear (DkDbStmt *stmt)
{
  DkPgStmt *s = stmt->pg;

  for (int i = 0; i < s->prepared->n_params; i++)
    g_clear_pointer (&s->values[i], g_free);
}

void
_dk_pg_stmt_reset (DkDbStmt *stmt)
{
  g_clear_pointer (&stmt->pg->result, PQclear);
  stmt->pg->row = 0;
  stmt->pg->n_rows = 0;
}

void
_dk_pg_stmt_free (DkPgStmt *s)
{
  if (s == NULL)
    return;
  g_clear_pointer (&s->result, PQclear);
  for (int i = 0; i < s->prepared->n_params; i++)
    g_free (s->values[i]);
  g_free (s->values);
  g_free (s);
}

/* A parameter the statement does not use is left alone, as sqlite does. */
void
_dk_pg_stmt_bind (DkDbStmt   *stmt,
                  int         index,
                  const char *value)
{
  DkPgStmt *s = stmt->pg;
  int       slot;

  if (index < 1 || index > s->prepared->max_index || (slot = s->prepared->slot[index]) < 1)
    return;
  g_free (s->values[slot - 1]);
  s->values[slot - 1] = g_strdup (value);
}

/* A statement run once goes with its parameters in one round trip; one run again (a loop
 * over rows) is prepared on the server at its second run, and runs by name after that. */
static PGresult *
run (DkPg               *pg,
     DkPgPrepared       *p,
     const char * const *values)
{
  if (p->runs++ == 0)
    return PQexecParams (pg->conn, p->sql, p->n_params, NULL, values, NULL, NULL, 0);
  if (p->name[0] == '\0')
    {
      char      name[16];
      PGresult *result;

      g_snprintf (name, sizeof name, "dk%u", ++pg->next_name);
      result = PQprepare (pg->conn, name, p->sql, p->n_params, NULL);
      if (PQresultStatus (result) != PGRES_COMMAND_OK)
        return result;
      PQclear (result);
      memcpy (p->name, name, sizeof name);
    }
  return PQexecPrepared (pg->conn, p->name, p->n_params, values, NULL, NULL, 0);
}

DkDbStep
_dk_pg_stmt_step (DkDbStmt *stmt)
{
  DkPgStmt *s = stmt->pg;

  if (s->result == NULL)
    {
      ExecStatusType status;

      if (PQstatus (s->pg->conn) != CONNECTION_OK)
        {
          set_last_error (s->pg, "08006", PQerrorMessage (s->pg->conn));
          return DK_DB_ERROR;
        }
      s->result = run (s->pg, s->prepared, (const char * const *) s->values);
      status = PQresultStatus (s->result);
      if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
        {
          set_last_error_from_result (s->pg, s->result);
          g_clear_pointer (&s->result, PQclear);
          return DK_DB_ERROR;
        }
      s->n_rows = PQntuples (s->result);
      s->row = -1;
      stmt->changes = g_ascii_strtoll (PQcmdTuples (s->result), NULL, 10);
    }
  if (s->row < s->n_rows)
    s->row++;
  return s->row < s->n_rows ? DK_DB_ROW : DK_DB_DONE;
}

int
_dk_pg_stmt_column_count (DkDbStmt *stmt)
{
  return stmt->pg->result != NULL ? PQnfields (stmt->pg->result) : 0;
}

const char *
_dk_pg_stmt_value (DkDbStmt *stmt,
                   int       column)
{
  DkPgStmt *s = stmt->pg;

  if (s->result == NULL || s->row < 0 || s->row >= s->n_rows || column >= PQnfields (s->result) ||
      PQgetisnull (s->result, s->row, column))
    return NULL;
  return PQgetvalue (s->result, s->row, column);
}

/* Runs SQL without parameters: one statement or many (a migration). */
gboolean
_dk_pg_exec (DkPg       *pg,
             const char *sql,
             GError    **error)
{
  PGresult      *result;
  ExecStatusType status;

  if (!_dk_pg_in_transaction (pg) && !ensure_connected (pg, error))
    return FALSE;
  result = PQexec (pg->conn, sql);
  status = PQresultStatus (result);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
    {
      set_last_error_from_result (pg, result);
      PQclear (result);
      _dk_pg_set_error (pg, error);
      return FALSE;
    }
  PQclear (result);
  return TRUE;
}

/* What the server's last error means to a user. */
void
_dk_pg_set_error (DkPg    *pg,
                  GError **error)
{
  const char *state = pg->sqlstate != NULL ? pg->sqlstate : "";
  const char *message = pg->message != NULL ? pg->message : "";

  if (g_str_has_prefix (state, "08") || PQstatus (pg->conn) == CONNECTION_BAD)
    g_set_error (error, DK_ERROR, DK_ERROR_CONNECTION,
                 _("The connection to the database server %s was lost; nothing was written. Try again: "
                    "the next action connects again"),
                 pg->display);
  else if (g_str_equal (state, "42501"))
    g_set_error (error, DK_ERROR, DK_ERROR_REFUSED,
                 _("The server refused: your account %s may not do this; nothing was written (%s)"), PQuser (pg->conn),
                 message);
  else if (g_str_equal (state, "40001") || g_str_equal (state, "40P01") || g_str_equal (state, "55P03"))
    g_set_error (error, DK_ERROR, DK_ERROR_BUSY,
                 _("Another user is writing the same figures on %s; try again in a moment"), pg->display);
  else if (g_str_equal (state, "53100"))
    g_set_error (error, DK_ERROR, DK_ERROR_DATABASE,
                 _("The disk of the database server %s is full"), pg->display);
  else
    g_set_error (error, DK_ERROR, DK_ERROR_DATABASE, _("Database %s: %s"), pg->display, message);
}

/* COPY's text format: backslash, tab, newline and carriage return escaped; \N for NULL. */
static void
append_copy_value (GString    *buf,
                   const char *value)
{
  if (value == NULL)
    {
      g_string_append (buf, "\\N");
      return;
    }
  for (const char *c = value; *c != '\0'; c++)
    switch (*c)
      {
      case '\\':
        g_string_append (buf, "\\\\");
        break;
      case '\t':
        g_string_append (buf, "\\t");
        break;
      case '\n':
        g_string_append (buf, "\\n");
        break;
      case '\r':
        g_string_append (buf, "\\r");
        break;
      default:
        g_string_append_c (buf, *c);
      }
}

gboolean
_dk_pg_copy_begin (DkPg       *pg,
                   const char *copy_sql,
                   GError    **error)
{
  PGresult *result = PQexec (pg->conn, copy_sql);

  if (PQresultStatus (result) != PGRES_COPY_IN)
    {
      set_last_error_from_result (pg, result);
      PQclear (result);
      _dk_pg_set_error (pg, error);
      return FALSE;
    }
  PQclear (result);
  pg->copying = TRUE;
  g_string_truncate (pg->copy_buf, 0);
  return TRUE;
}

static gboolean
copy_flush (DkPg    *pg,
            GError **error)
{
  if (pg->copy_buf->len > 0 && PQputCopyData (pg->conn, pg->copy_buf->str, (int) pg->copy_buf->len) != 1)
    {
      set_last_error (pg, "08006", PQerrorMessage (pg->conn));
      _dk_pg_set_error (pg, error);
      return FALSE;
    }
  g_string_truncate (pg->copy_buf, 0);
  return TRUE;
}

gboolean
_dk_pg_copy_row (DkPg               *pg,
                 int                 n_values,
                 const char * const *values,
                 GError            **error)
{
  for (int i = 0; i < n_values; i++)
    {
      if (i > 0)
        g_string_append_c (pg->copy_buf, '\t');
      append_copy_value (pg->copy_buf, values[i]);
    }
  g_string_append_c (pg->copy_buf, '\n');
  return pg->copy_buf->len < 256 * 1024 || copy_flush (pg, error);
}

/* Ends the COPY; the server's verdict on the rows (a constraint, a type) comes here. */
gboolean
_dk_pg_copy_end (DkPg    *pg,
                 GError **error)
{
  gboolean  ok;
  PGresult *result;

  if (!pg->copying)
    return FALSE;
  pg->copying = FALSE;
  ok = copy_flush (pg, error);
  if (PQputCopyEnd (pg->conn, ok ? NULL : "cancelled") != 1)
    ok = FALSE;
  while ((result = PQgetResult (pg->conn)) != NULL)
    {
      if (ok && PQresultStatus (result) != PGRES_COMMAND_OK)
        {
          set_last_error_from_result (pg, result);
          _dk_pg_set_error (pg, error);
          ok = FALSE;
        }
      PQclear (result);
    }
  return ok;
}

static const char *
option_value (PQconninfoOption *options,
              const char       *keyword)
{
  for (PQconninfoOption *o = options; o->keyword != NULL; o++)
    if (g_str_equal (o->keyword, keyword) && o->val != NULL && o->val[0] != '\0')
      return o->val;
  return NULL;
}

/**
 * dk_store_address_parse:
 * @address: a connection string
 * @has_password: (out): whether it holds a password (`password=…`, or `user:password@`)
 *
 * Reads a connection string as libpq will when connecting.
 *
 * Returns: whether it is one libpq can read
 */
gboolean
dk_store_address_parse (const char *address,
                        gboolean   *has_password)
{
  PQconninfoOption *options = PQconninfoParse (address, NULL);

  if (options == NULL)
    return FALSE;
  *has_password = option_value (options, "password") != NULL;
  PQconninfoFree (options);
  return TRUE;
}

/**
 * dk_store_address_describe_server:
 * @address: a connection string
 *
 * Returns: (transfer full) (nullable): the database as a user may see it,
 *   `user@host/dbname` with libpq's defaults for what is not said, or `service=NAME`;
 *   %NULL when libpq cannot read @address
 */
char *
dk_store_address_describe_server (const char *address)
{
  PQconninfoOption *options = PQconninfoParse (address, NULL);
  const char *user, *host, *dbname, *service;
  char *name;

  if (options == NULL)
    return NULL;
  user = option_value (options, "user");
  host = option_value (options, "host");
  if (host == NULL)
    host = option_value (options, "hostaddr");
  dbname = option_value (options, "dbname");
  service = option_value (options, "service");
  if (service != NULL && (host == NULL || dbname == NULL))
    name = g_strdup_printf ("service=%s", service);
  else
    name = format_display_name (user != NULL ? user : g_get_user_name (), host,
                                dbname != NULL ? dbname : (user != NULL ? user : g_get_user_name ()));
  PQconninfoFree (options);
  return name;
}
