/* dk-store.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * store — the database, the main header of src/core/store.
 *
 * Owns the sqlite connection (DkStore), the versioned schema and its migrations
 * (sql/NNN-*.sql, in the GResource), the check of a damaged or foreign file, backups and
 * restore (dk-backup.h), the national region registry and population (dk-region.h), the
 * totals sources state (dk-stated.h), and the history of changes (dk-history.h; the
 * mechanics of recording and undoing, dk-history-internal.h). The layers above reach the
 * connection through dk-store-internal.h only.
 *
 * Uses: base. Knows nothing of the domains: their seeds come in through
 * dk_store_open_seeded(), their tables' histories through DkHistoryTable.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DK_TYPE_STORE (dk_store_get_type ())

G_DECLARE_FINAL_TYPE (DkStore, dk_store, DK, STORE, GObject)

/**
 * DkStoreSeed:
 * @version: the migration whose transaction runs it
 * @seed: writes a domain's first data (the report's tables)
 *
 * A domain's seed data, brought by a migration of the schema.
 */
typedef struct
{
  int        version;
  gboolean (*seed) (DkStore  *store,
                    GError  **error);
} DkStoreSeed;

DkStore    *dk_store_open_seeded (const char         *path,
                                  const DkStoreSeed  *seeds,
                                  GError            **error);
DkStore    *dk_store_open_full   (const char         *path,
                                  const char         *password,
                                  const DkStoreSeed  *seeds,
                                  GError            **error);
char       *dk_store_dup_default_path   (void);
gboolean    dk_store_is_server_address  (const char  *address);
gboolean    dk_store_address_parse      (const char  *address,
                                         gboolean    *has_password);
char       *dk_store_address_describe_server (const char *address);
gboolean    dk_store_is_server          (DkStore     *self);
gboolean    dk_store_copy               (DkStore     *from,
                                         DkStore     *to,
                                         GError     **error);
gboolean    dk_store_copy_to_file       (DkStore     *from,
                                         const char  *path,
                                         GError     **error);
gboolean    dk_store_copy_is_fresh      (DkStore     *self,
                                         gboolean    *fresh,
                                         GError     **error);
const char * const *dk_store_copy_table_names (void);
const char *dk_store_get_path           (DkStore     *self);
int         dk_store_get_schema_version (DkStore     *self);
int         dk_store_get_latest_version (void);
gboolean    dk_store_wait_sound         (DkStore     *self,
                                         GError     **error);
gboolean    dk_store_mark_read          (DkStore     *self,
                                         GError     **error);
gboolean    dk_store_check              (DkStore     *self,
                                         GPtrArray   *findings,
                                         GError     **error);
void        dk_store_wait_sound_async   (DkStore             *self,
                                         GCancellable        *cancellable,
                                         GAsyncReadyCallback  callback,
                                         gpointer             user_data);
gboolean    dk_store_wait_sound_finish  (DkStore       *self,
                                         GAsyncResult  *result,
                                         GError       **error);

G_END_DECLS
