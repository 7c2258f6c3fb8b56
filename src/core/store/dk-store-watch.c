/* dk-store-watch.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkStoreWatch: a second connection to a server database, of its own, that listens on the
 * channel every write notifies when it commits (sql/pg/009-notify.sql). Its socket
 * is watched by the main loop of the thread that made the watch; the notifications that
 * arrive before that loop is free again make one "changed". Connecting (and LISTEN) runs in
 * a thread, never in the main loop. A lost connection is opened again, quietly (the next
 * write says whether the server is gone), every few seconds until it is back; then the
 * watch says "changed" once, for what it may have missed.
 */
#define G_LOG_DOMAIN "dk-store"

#include "config.h"

#include <glib-unix.h>
#include <libpq-fe.h>
#include <string.h>

#include "dk-db-private.h"
#include "dk-password.h"
#include "dk-store-internal.h"
#include "dk-store-watch.h"

/* How long a lost connection waits before it is opened again. */
#define RETRY_S 5

struct _DkStoreWatch
{
  GObject       parent_instance;

  char         *conninfo;
  char         *password;     /* the store's, when the program gave it one */
  PGconn       *conn;         /* listening, or NULL */
  GCancellable *cancellable;  /* of the connecting under way */
  GMainContext *context;
  guint         socket_source;
  guint         retry_source;
  guint         changed_source;
  GHashTable   *tables;       /* the tables written since the last "changed" */
  gboolean      missed;       /* the connection was lost: say "changed" when it is back */
};

G_DEFINE_FINAL_TYPE (DkStoreWatch, dk_store_watch, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_LISTENING,
  N_PROPS
};

enum
{
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static void connect_async (DkStoreWatch *self);

typedef struct
{
  char *conninfo;
  char *password;
} ConnectData;

static void
connect_data_free (ConnectData *data)
{
  g_free (data->conninfo);
  dk_password_free (data->password);
  g_free (data);
}

static void
connect_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  ConnectData *data = task_data;
  GError   *error = NULL;
  PGconn   *conn = _dk_pg_connect_another (data->conninfo, data->password, &error);
  PGresult *result;

  if (conn == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  result = PQexec (conn, "LISTEN " DK_PG_CHANNEL);
  if (PQresultStatus (result) != PGRES_COMMAND_OK || PQsetnonblocking (conn, 1) != 0)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_FAILED, "LISTEN: %s", PQerrorMessage (conn));
      PQclear (result);
      PQfinish (conn);
      return;
    }
  PQclear (result);
  g_task_return_pointer (task, conn, (GDestroyNotify) PQfinish);
}

/* Removes a source of ours, attached to the watch's context, if there is one. */
static void
clear_source (DkStoreWatch *self,
              guint        *id)
{
  GSource *source;

  if (*id != 0 && (source = g_main_context_find_source_by_id (self->context, *id)) != NULL)
    g_source_destroy (source);
  *id = 0;
}

static int
compare_names (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static gboolean
emit_changed (gpointer data)
{
  DkStoreWatch *self = data;
  g_autofree const char **names = NULL;
  g_auto(GStrv) tables = NULL;

  self->changed_source = 0;
  if (!self->missed)
    {
      names = (const char **) g_hash_table_get_keys_as_array (self->tables, NULL);
      g_qsort_with_data (names, g_hash_table_size (self->tables), sizeof (char *), compare_names, NULL);
      tables = g_strdupv ((char **) names);
    }
  g_hash_table_remove_all (self->tables);
  self->missed = FALSE;
  g_signal_emit (self, signals[CHANGED], 0, tables);
  return G_SOURCE_REMOVE;
}

/* Once the main loop is free: a burst of writes is one change. */
static void
queue_changed (DkStoreWatch *self)
{
  GSource *source;

  if (self->changed_source != 0)
    return;
  source = g_idle_source_new ();
  g_source_set_callback (source, emit_changed, self, NULL);
  g_source_set_static_name (source, "[dukcapil] store changed");
  self->changed_source = g_source_attach (source, self->context);
  g_source_unref (source);
}

static gboolean
retry_cb (gpointer data)
{
  DkStoreWatch *self = data;

  self->retry_source = 0;
  connect_async (self);
  return G_SOURCE_REMOVE;
}

static void
retry_later (DkStoreWatch *self)
{
  GSource *source = g_timeout_source_new_seconds (RETRY_S);

  g_source_set_callback (source, retry_cb, self, NULL);
  g_source_set_static_name (source, "[dukcapil] store watch retry");
  self->retry_source = g_source_attach (source, self->context);
  g_source_unref (source);
}

static void
drop_connection (DkStoreWatch *self)
{
  gboolean was_listening = self->conn != NULL;

  clear_source (self, &self->socket_source);
  g_clear_pointer (&self->conn, PQfinish);
  if (was_listening)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LISTENING]);
}

/* The socket has something: notifications, or the end of the connection. */
static gboolean
socket_cb (int          fd,
           GIOCondition condition,
           gpointer     data)
{
  DkStoreWatch *self = data;
  PGnotify     *notify;
  guint         heard = 0;

  if (!PQconsumeInput (self->conn) || PQstatus (self->conn) != CONNECTION_OK)
    {
      g_debug ("The watch of the database lost its connection: %s", PQerrorMessage (self->conn));
      self->socket_source = 0;
      drop_connection (self);
      self->missed = TRUE;
      connect_async (self);
      return G_SOURCE_REMOVE;
    }
  while ((notify = PQnotifies (self->conn)) != NULL)
    {
      heard++;
      g_hash_table_add (self->tables, g_strdup (notify->extra));
      PQfreemem (notify);
    }
  if (heard > 0)
    queue_changed (self);
  return G_SOURCE_CONTINUE;
}

static void
connected_cb (GObject      *source_object,
              GAsyncResult *result,
              gpointer      user_data)
{
  DkStoreWatch     *self = DK_STORE_WATCH (source_object);
  g_autoptr(GError) error = NULL;
  PGconn           *conn = g_task_propagate_pointer (G_TASK (result), &error);
  GSource          *source;

  if (g_task_get_cancellable (G_TASK (result)) != self->cancellable)
    {
      /* a watch that was disposed meanwhile */
      g_clear_pointer (&conn, PQfinish);
      return;
    }
  g_clear_object (&self->cancellable);
  if (conn == NULL)
    {
      g_debug ("The watch of the database could not connect: %s", error->message);
      retry_later (self);
      return;
    }
  self->conn = conn;
  source = g_unix_fd_source_new (PQsocket (conn), G_IO_IN | G_IO_ERR | G_IO_HUP);
  g_source_set_callback (source, G_SOURCE_FUNC (socket_cb), self, NULL);
  g_source_set_static_name (source, "[dukcapil] store watch");
  self->socket_source = g_source_attach (source, self->context);
  g_source_unref (source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LISTENING]);
  /* a notification that came with LISTEN's answer is in libpq's buffer already */
  for (PGnotify *notify; (notify = PQnotifies (conn)) != NULL; PQfreemem (notify))
    g_hash_table_add (self->tables, g_strdup (notify->extra));
  if (self->missed || g_hash_table_size (self->tables) > 0)
    queue_changed (self);
}

static void
connect_async (DkStoreWatch *self)
{
  g_autoptr(GTask) task = NULL;
  ConnectData *data = g_new0 (ConnectData, 1);

  data->conninfo = g_strdup (self->conninfo);
  data->password = g_strdup (self->password);
  self->cancellable = g_cancellable_new ();
  task = g_task_new (self, self->cancellable, connected_cb, NULL);
  g_task_set_source_tag (task, connect_async);
  g_task_set_task_data (task, data, (GDestroyNotify) connect_data_free);
  g_task_run_in_thread (task, connect_thread);
}

static void
dk_store_watch_dispose (GObject *object)
{
  DkStoreWatch *self = DK_STORE_WATCH (object);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  clear_source (self, &self->retry_source);
  clear_source (self, &self->changed_source);
  drop_connection (self);
  G_OBJECT_CLASS (dk_store_watch_parent_class)->dispose (object);
}

static void
dk_store_watch_finalize (GObject *object)
{
  DkStoreWatch *self = DK_STORE_WATCH (object);

  g_free (self->conninfo);
  dk_password_free (self->password);
  g_hash_table_unref (self->tables);
  g_main_context_unref (self->context);
  G_OBJECT_CLASS (dk_store_watch_parent_class)->finalize (object);
}

static void
dk_store_watch_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DkStoreWatch *self = DK_STORE_WATCH (object);

  switch (prop_id)
    {
    case PROP_LISTENING:
      g_value_set_boolean (value, dk_store_watch_is_listening (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dk_store_watch_class_init (DkStoreWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dk_store_watch_dispose;
  object_class->finalize = dk_store_watch_finalize;
  object_class->get_property = dk_store_watch_get_property;

  /**
   * DkStoreWatch:listening:
   *
   * Whether the watch hears the database's changes now: from its first connection on, and
   * again once a lost connection is back.
   */
  properties[PROP_LISTENING] =
    g_param_spec_boolean ("listening", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DkStoreWatch::changed:
   * @tables: (nullable): the tables written, in order, or %NULL when that is not known
   *   (the connection was lost meanwhile)
   *
   * The database was written to, by anyone, since the watch last said so (or, after a
   * lost connection, may have been).
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRV);
}

static void
dk_store_watch_init (DkStoreWatch *self)
{
  self->context = g_main_context_ref_thread_default ();
  self->tables = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
}

/**
 * dk_store_watch_new:
 * @store: a store
 *
 * Begins to watch @store's database for writes, in the thread-default main context: on a
 * server, through a connection of the watch's own, opened in a thread ("listening" says
 * when it is open).
 *
 * Returns: (transfer full) (nullable): the watch, or %NULL when @store is a file
 */
DkStoreWatch *
dk_store_watch_new (DkStore *store)
{
  DkStoreWatch *self;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!dk_store_is_server (store))
    return NULL;
  self = g_object_new (DK_TYPE_STORE_WATCH, NULL);
  self->conninfo = g_strdup (_dk_pg_get_conninfo (_dk_store_get_pg (store)));
  self->password = g_strdup (_dk_pg_get_password (_dk_store_get_pg (store)));
  connect_async (self);
  return self;
}

gboolean
dk_store_watch_is_listening (DkStoreWatch *self)
{
  g_return_val_if_fail (DK_IS_STORE_WATCH (self), FALSE);
  return self->conn != NULL;
}
