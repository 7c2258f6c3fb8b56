/* dk-cli-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * cli — dukcapil-cli, the headless command-line tool, the main header of src/cli.
 *
 * Owns the commands (one file each, dk-cli-NAME.c, listed in dk-cli.c), their option
 * parsing (dk_cli_context_new, dk_cli_parse_no_args), text tables and CSV output, exit
 * statuses, and reading the home province from the settings.
 *
 * Uses: src/core (through its public headers, and dk-domains.h to open the database) and
 * src/chart. No GTK.
 */
#pragma once

#include <stdio.h>

#include "dk-store.h"

G_BEGIN_DECLS

/* Exit statuses of dukcapil-cli. */
enum
{
  DK_EXIT_OK       = 0,
  DK_EXIT_FINDINGS = 1,   /* `check` found inconsistencies */
  DK_EXIT_USAGE    = 2,   /* bad arguments */
  DK_EXIT_ERROR    = 3,   /* the work could not be done: database, file, unknown date… */
};

typedef struct
{
  char    *db_path;
  DkStore *store;
  FILE    *out;
  char    *home;      /* the home province, read when first needed */
} DkCli;

typedef int (*DkCliCommand) (DkCli  *cli,
                             int     argc,
                             char  **argv);

char    *dk_cli_read_password (const char *prompt);
DkStore *dk_cli_open_database (const char  *address,
                               GError     **error);
DkStore *dk_cli_get_store   (DkCli       *cli,
                             GError     **error);
int      dk_cli_fail        (GError      *error);
int      dk_cli_usage_error (const char  *command,
                             const char  *format,
                             ...) G_GNUC_PRINTF (2, 3);
gboolean dk_cli_parse       (GOptionContext *context,
                             const char     *command,
                             int            *argc,
                             char         ***argv);
gboolean dk_cli_parse_format (const char  *command,
                              const char  *value,
                              gboolean    *csv);
GOptionContext *dk_cli_context_new   (const char      *parameters,
                                      const char      *summary,
                                      GOptionEntry    *entries,
                                      char           **format);
gboolean        dk_cli_parse_no_args (GOptionContext  *context,
                                      const char      *command,
                                      int             *argc,
                                      char          ***argv,
                                      char *const     *format,
                                      gboolean        *csv);
void     dk_cli_csv_field   (GString     *line,
                             const char  *value);
gboolean dk_cli_check_date  (const char  *value,
                             GError     **error);

/* A command's subcommands ("blangko stock", "pks add"…), run by dk_cli_run_subcommand(). */
typedef struct
{
  const char   *name;
  DkCliCommand  run;
  const char   *summary;
} DkCliSubcommand;

int      dk_cli_run_subcommand (DkCli                 *cli,
                                const char            *command,
                                const char            *description,
                                const DkCliSubcommand *subcommands,
                                guint                  n_subcommands,
                                int                    argc,
                                char                 **argv);

/* A text table with aligned columns. */
typedef struct _DkCliTable DkCliTable;

DkCliTable *dk_cli_table_new      (guint        n_columns,
                                   const char  *right_aligned);
void        dk_cli_table_add_row  (DkCliTable  *table,
                                   const char  *first,
                                   ...) G_GNUC_NULL_TERMINATED;
void        dk_cli_table_print    (DkCliTable  *table,
                                   FILE        *out);
void        dk_cli_table_free     (DkCliTable  *table);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkCliTable, dk_cli_table_free)

/* Commands */
int dk_cli_ikd        (DkCli *cli, int argc, char **argv);
int dk_cli_ikd_target (DkCli *cli, int argc, char **argv);
int dk_cli_budget     (DkCli *cli, int argc, char **argv);
int dk_cli_chart      (DkCli *cli, int argc, char **argv);
int dk_cli_check      (DkCli *cli, int argc, char **argv);
int dk_cli_export     (DkCli *cli, int argc, char **argv);
int dk_cli_import     (DkCli *cli, int argc, char **argv);
int dk_cli_backup     (DkCli *cli, int argc, char **argv);
int dk_cli_history    (DkCli *cli, int argc, char **argv);
int dk_cli_undo       (DkCli *cli, int argc, char **argv);
int dk_cli_restore    (DkCli *cli, int argc, char **argv);
int dk_cli_server     (DkCli *cli, int argc, char **argv);
int dk_cli_server_audit (DkCli *cli, int argc, char **argv);
int dk_cli_print      (DkCli *cli, int argc, char **argv);
int dk_cli_m2m        (DkCli *cli, int argc, char **argv);
int dk_cli_m2m_events (DkCli *cli, int argc, char **argv);
int dk_cli_blangko    (DkCli *cli, int argc, char **argv);
int dk_cli_pks        (DkCli *cli, int argc, char **argv);
int dk_cli_regions    (DkCli *cli, int argc, char **argv);

const char *dk_cli_default_region   (DkCli *cli);
const char *dk_cli_default_province (DkCli *cli);

G_END_DECLS
