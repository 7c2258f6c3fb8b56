/* dk-store-internal.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What the core's models need of the store: prepared statements (dk-db-internal.h),
 * transactions and bulk loads, on either engine. Nothing outside src/core includes this
 * header.
 */
#pragma once

#include "dk-db-internal.h"
#include "dk-store.h"

G_BEGIN_DECLS

struct sqlite3;

/* What the store's figures were read at, for the check of a lost update (dk-history-mark.c). */
typedef struct _DkReadMark DkReadMark;

DkReadMark   *_dk_read_mark_new      (void);
void          _dk_read_mark_free     (DkReadMark *self);
void          _dk_read_mark_commit   (DkReadMark *self);
void          _dk_read_mark_rollback (DkReadMark *self);
DkReadMark   *_dk_store_get_read_mark (DkStore   *self);

/* "Dukc" in ASCII, stored in the database header by PRAGMA application_id. */
#define DK_APPLICATION_ID 0x44756b63

gboolean      _dk_store_migrate   (DkStore     *self,
                                   GError     **error);
gboolean      _dk_store_check_file (struct sqlite3 *db,
                                    const char     *path,
                                    gboolean        deep,
                                    int            *version,
                                    GError        **error);

struct sqlite3 *_dk_store_get_db (DkStore *self);
struct _DkPg   *_dk_store_get_pg (DkStore *self);
DkDbStmt       *_dk_store_prepare (DkStore    *self,
                                   const char *sql,
                                   GError    **error);
gboolean      _dk_store_exec      (DkStore     *self,
                                   const char  *sql,
                                   GError     **error);
gboolean      _dk_store_begin     (DkStore     *self,
                                   GError     **error);
gboolean      _dk_store_commit    (DkStore     *self,
                                   GError     **error);
void          _dk_store_rollback  (DkStore     *self);
gboolean        _dk_store_step_done (DkStore  *self,
                                     DkDbStmt *stmt,
                                     GError  **error);
gboolean        _dk_store_step_id (DkStore  *self,
                                   DkDbStmt *stmt,
                                   gint64   *id,
                                   GError  **error);
gboolean        _dk_store_bulk_begin (DkStore    *self,
                                      const char *insert_sql,
                                      const char *copy_sql,
                                      GError    **error);
gboolean        _dk_store_bulk_row (DkStore            *self,
                                    int                 n_values,
                                    const char        *const *values,
                                    GError            **error);
gboolean        _dk_store_bulk_end (DkStore *self,
                                    GError **error);
gboolean      _dk_store_wait_check (DkStore    *self,
                                    GError    **error);
gboolean      _dk_store_is_damaged (DkStore    *self);
void          _dk_store_set_restored (DkStore  *self);
gboolean      _dk_store_rows_done (DkStore     *self,
                                   int          rc,
                                   GError     **error);
void          _dk_store_set_error (DkStore     *self,
                                   GError     **error);
char           *_dk_stmt_dup_text (DkDbStmt *stmt,
                                   int       column);
gboolean      _dk_store_find_snapshot (DkStore    *self,
                                       const char *sql_exact,
                                       const char *sql_latest,
                                       const char *as_of,
                                       const char *missing_date,
                                       const char *missing_any,
                                       gint64     *id,
                                       char      **found_as_of,
                                       GError    **error);
gboolean      _dk_store_ensure_snapshot (DkStore    *self,
                                         const char *sql,
                                         const char *per,
                                         gint64     *id,
                                         GError    **error);
GStrv         _dk_store_list_strings (DkStore     *self,
                                      const char  *sql,
                                      GError     **error);
char           *_dk_stmt_dup_region_name (DkDbStmt *stmt,
                                          int       column);
GBytes       *_dk_store_load_seed (const char  *name,
                                   GError     **error);

/* Seeds, one per migration that brings data (dk-migrations.c). */
gboolean      _dk_region_seed     (DkStore     *self,
                                   GError     **error);
gboolean      _dk_region_seed_national (DkStore *self,
                                        GError **error);
gboolean      _dk_region_seed_population (DkStore *self,
                                          GError **error);

/* dk-schema.c: the objects of a file that the migrations did not make */
GPtrArray *_dk_schema_list_foreign (struct sqlite3     *db,
                                    const char * const *resources,
                                    gboolean            code_only);

G_END_DECLS
