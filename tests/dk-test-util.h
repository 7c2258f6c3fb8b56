/* dk-test-util.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <stdarg.h>

#include "dk-store.h"

G_BEGIN_DECLS

char    *dk_test_make_tmpdir  (void);
void     dk_test_rm_rf        (const char *path);
DkStore *dk_test_fresh_store  (const char *dir);
const char *dk_test_pg_server (void);
gboolean dk_test_engine_is_pg (void);
char    *dk_test_db_address   (const char *dir,
                               const char *name);
char    *dk_test_exec_sql     (const char *address,
                               const char *sql);
char    *dk_test_store_address (DkStore   *store);
void     dk_test_undo_schema_8 (const char *address);
char    *dk_test_query_text   (const char *address,
                               const char *sql);
GBytes  *dk_test_file_bytes   (const char *path);
char    *dk_test_run          (const char *const *argv,
                               int               *status,
                               char             **err);

char *dk_test_dump_queries (const char         *db_path,
                            const char * const *queries,
                            guint               n_queries);

/* A fixture for the tests of dukcapil-cli: a folder, a database path in it, the program. */
typedef struct
{
  char *dir;
  char *db;
  char *cli;
} DkTestCli;

void     dk_test_cli_setup    (DkTestCli         *f,
                               gconstpointer      data);
void     dk_test_cli_teardown (DkTestCli         *f,
                               gconstpointer      data);
char    *dk_test_cli_run      (DkTestCli         *f,
                               int               *status,
                               char             **err,
                               const char        *first,
                               ...) G_GNUC_NULL_TERMINATED;

GPtrArray *dk_test_args_va    (const char         *first,
                               va_list             ap);
char      *dk_test_cli_run_at (const char         *home,
                               const char         *db,
                               const char         *input,
                               int                *status,
                               char              **err,
                               const char      *const *args);

guint    dk_test_fill_national_ikd (DkStore    *store,
                                    const char *as_of,
                                    guint32     seed);

G_END_DECLS
