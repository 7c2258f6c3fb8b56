/* dk-import-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What dk-import.c (the file, its heading, IKD and M2M rows) and dk-import-budget.c (the
 * budget's rows and its commit) share.
 */
#pragma once

#include "dk-csv.h"
#include "dk-import.h"
#include "dk-region.h"

G_BEGIN_DECLS

/* A heading row is looked for in the file's first lines only. */
#define MAX_TITLE_RECORDS 30

/* What a column of the file holds. For a budget: KODE the kode rekening, WILAYAH the
 * uraian, V0 and V1 anggaran and realisasi, PERSEN, SHORTFALL (sisa) and PERSEN_SISA the
 * derived columns. */
typedef enum
{
  ROLE_NONE,
  ROLE_NO,
  ROLE_KODE,
  ROLE_WILAYAH,
  ROLE_V0,
  ROLE_V1,
  ROLE_PERSEN,
  ROLE_INACTIVE,
  ROLE_SHORTFALL,
  ROLE_KET,
  ROLE_PERSEN_SISA,
  N_ROLES
} Role;

struct _DkImport
{
  GObject       parent_instance;

  DkStore      *store;
  DkImportKind  kind;
  char         *parent;
  DkRegion     *parent_region;
  char         *parent_key;
  char         *as_of_option;
  char         *as_of;
  char         *name;

  GPtrArray    *problems;
  guint         n_errors;
  guint         n_more_problems;   /* not listed: past DK_PARSE_MAX_PROBLEMS */
  GPtrArray    *rows;
  guint         n_regions;
  gboolean      replaces;

  /* while reading */
  GHashTable   *children;     /* kode → DkRegion */
  GHashTable   *keys;         /* name key → DkRegion, or NULL when two share it */
  GHashTable   *seen;         /* kode → line */
  GHashTable   *deeper;       /* kode → DkRegion below the children, loaded when needed */
  guint         n_deeper;     /* rows of regions below the children */
  int           column[N_ROLES];
  char         *heading[N_ROLES];
  gboolean      have_heading;
  guint         n_heading_cells;
  guint         n_needed_cells;
  guint         n_records;
  GString      *title;

  /* a budget (dk-import-budget.c) */
  int           year_option;
  int           year;
  char         *activity;
  guint         n_lines;
};

void        _dk_import_add_problem      (DkImport    *self,
                                         gboolean     is_error,
                                         guint        line,
                                         const char  *column,
                                         const char  *format,
                                         ...) G_GNUC_PRINTF (5, 6);
const char *_dk_import_cell             (DkImport    *self,
                                         DkCsvRecord *record,
                                         Role         role);
gboolean    _dk_import_is_blank         (const char  *text);
gboolean    _dk_import_is_total_label   (const char  *text);

void        _dk_import_budget_reset     (DkImport    *self);
void        _dk_import_budget_read_row  (DkImport    *self,
                                         DkCsvRecord *record);
void        _dk_import_budget_finish    (DkImport    *self);
gboolean    _dk_import_budget_commit    (DkImport    *self,
                                         const char  *source,
                                         GError     **error);

G_END_DECLS
