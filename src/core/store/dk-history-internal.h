/* dk-history-internal.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the domains' writes record what they change, and how an undo puts it back. The
 * history (dk-history.c, dk-history-rows.c) owns the riwayat tables and the mechanics:
 * capture the rows of a write's scope before and after, inside its transaction, record
 * the difference as one change; undo the last change in one transaction. Each domain owns
 * its tables' descriptions (DkHistoryTable): what to capture and how to put a row back.
 * dk_domains_undo() (src/core/domains) hands every domain's descriptions to _dk_history_undo().
 */
#pragma once


#include "dk-history.h"
#include "dk-store.h"

G_BEGIN_DECLS

#define DK_HISTORY_MAX_COLUMNS 16

/**
 * DkHistoryTable:
 * @tabel: the table's name in the history
 * @capture_sql: what a write captures. For a table kept by snapshot and region
 *   (_dk_history_capture): ?1 the snapshot's date, ?2 the scope; the key, then @columns.
 *   For a table kept row by row (_dk_history_rows_begin): every row, or ?1's (an
 *   office's) when the SQL has a parameter and the write names an office
 * @row_sql: a table kept row by row: the same as @capture_sql for the row whose key is ?1
 * @columns: (array zero-terminated=1): the columns captured, in order
 * @upsert_sql: a table kept row by row: puts a row back, ?1… @columns in order
 * @delete_sql: a table kept row by row: removes the row whose key is ?1
 * @restore: undo: puts one key's values back. @old maps a column to its value before the
 *   change (%NULL for none); @was_new when the change added the row
 * @restore_value: undo, for a table whose values are put back one by one (then @restore
 *   is %NULL)
 * @remove_new: undo: removes the rows a change filled a scope with that had none
 * @tidy_sql: (nullable): run after an undo, to remove what it left empty
 * @column_title: (nullable): the report's heading of a column the history names
 *
 * What a domain tells the history about one of its tables.
 */
struct _DkHistoryTable
{
  const char *tabel;
  const char *capture_sql;
  const char *row_sql;
  const char *columns[DK_HISTORY_MAX_COLUMNS];
  const char *upsert_sql;
  const char *delete_sql;
  gboolean  (*restore)       (DkStore              *store,
                              const DkHistoryTable *table,
                              const char           *ref,
                              const char           *kode,
                              GHashTable           *old,
                              gboolean              was_new,
                              GError              **error);
  gboolean  (*restore_value) (DkStore              *store,
                              const char           *ref,
                              const char           *kode,
                              const char           *kolom,
                              const char           *lama,
                              GError              **error);
  gboolean  (*remove_new)    (DkStore              *store,
                              const char           *ref,
                              const char           *scope,
                              GError              **error);
  const char *tidy_sql;
  char     *(*column_title)  (const char           *kolom);
};

GHashTable *_dk_history_capture       (DkStore               *store,
                                       const DkHistoryTable  *table,
                                       const char            *ref,
                                       const char            *scope,
                                       GError               **error);
gboolean    _dk_history_record        (DkStore               *store,
                                       const DkHistoryTable  *table,
                                       const char            *ref,
                                       const char            *scope,
                                       GHashTable            *before,
                                       GHashTable            *after,
                                       const char            *keterangan,
                                       gint64                *batch_id,
                                       GError               **error);
gboolean    _dk_history_record_new    (DkStore               *store,
                                       const DkHistoryTable  *table,
                                       const char            *ref,
                                       const char            *scope,
                                       gsize                  n_rows,
                                       const char            *keterangan,
                                       gint64                *batch_id,
                                       GError               **error);
gboolean    _dk_history_record_values (DkStore               *store,
                                       const char            *tabel,
                                       const char            *ref,
                                       GHashTable            *before,
                                       GHashTable            *after,
                                       char                   separator,
                                       const char            *keterangan,
                                       gint64                *batch_id,
                                       GError               **error);

gboolean    _dk_history_restore_snapshot_row (DkStore               *store,
                                              const DkHistoryTable  *table,
                                              const char            *snapshot_sql,
                                              const char            *delete_sql,
                                              const char            *upsert_sql,
                                              guint                  numeric,
                                              const char            *ref,
                                              const char            *kode,
                                              GHashTable            *old,
                                              gboolean               was_new,
                                              GError               **error);

/* Undo: the last change not yet undone, with every domain's tables. */
gboolean    _dk_history_undo          (DkStore                     *store,
                                       const DkHistoryTable *const *tables,
                                       char                       **what,
                                       GError                     **error);
char       *_dk_history_column_title  (const DkHistoryTable        *table,
                                       const char                  *kolom);

/* A write's entry in the history for the tables kept row by row (dk-history-rows.c):
 * begun after the write's transaction begins, ended before it commits. */
#define DK_HISTORY_MAX_ROW_TABLES 4

typedef struct
{
  const DkHistoryTable *tables[DK_HISTORY_MAX_ROW_TABLES];
  GHashTable           *before[DK_HISTORY_MAX_ROW_TABLES];
  char                 *office;
} DkHistoryRows;

gboolean    _dk_history_rows_begin    (DkHistoryRows               *rows,
                                       DkStore                     *store,
                                       const DkHistoryTable *const *tables,
                                       const char                  *office,
                                       GError                     **error);
gboolean    _dk_history_rows_end      (DkHistoryRows               *rows,
                                       DkStore                     *store,
                                       const char                  *keterangan,
                                       GError                     **error);
void        _dk_history_rows_clear    (DkHistoryRows               *rows);
gboolean    _dk_history_rows_restore  (DkStore                     *store,
                                       const DkHistoryTable        *table,
                                       const char                  *ref,
                                       const char                  *kode,
                                       GHashTable                  *old,
                                       gboolean                     was_new,
                                       GError                     **error);

/* No lost update (dk-history-mark.c): inside a write's transaction. */
gboolean    _dk_history_check_change  (DkStore                     *store,
                                       const char                  *tabel,
                                       const char                  *ref,
                                       const char                  *kode,
                                       gboolean                     whole,
                                       GError                     **error);
void        _dk_history_made_change   (DkStore                     *store,
                                       gint64                       batch_id);
gboolean    _dk_history_check_undo    (DkStore                     *store,
                                       gint64                       batch_id,
                                       GError                     **error);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DkHistoryRows, _dk_history_rows_clear)

G_END_DECLS
