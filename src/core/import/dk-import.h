/* dk-import.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * import — reading the report's tables from files, the main header of src/core/import.
 *
 * Owns DkImport: a CSV file as offices send it (encodings, separators, headings under
 * titles, numbers and region names in any spelling), every problem located by line and
 * column, a preview, and the commit into the IKD, M2M or budget domain in one transaction
 * after an automatic backup. The parsing rules themselves are in base (dk-parse.h).
 *
 * Uses: the domains (ikd, m2m, budget), store, base.
 */
#pragma once

#include "dk-store.h"

G_BEGIN_DECLS

/**
 * DkImportKind:
 * @DK_IMPORT_KIND_IKD: the IKD table (rekam dinamis, jumlah IKD, persen IKD)
 * @DK_IMPORT_KIND_M2M: the M2M device inventory (perangkat, aktif, keterangan)
 * @DK_IMPORT_KIND_BUDGET: an activity's budget realisation by kode rekening (anggaran,
 *   realisasi)
 */
typedef enum
{
  DK_IMPORT_KIND_IKD,
  DK_IMPORT_KIND_M2M,
  DK_IMPORT_KIND_BUDGET,
} DkImportKind;

/**
 * DkImportProblem:
 * @is_error: an error refuses the import; otherwise it is a note the user should read
 * @line: the file's line, 1-based, or 0 for the file as a whole
 * @column: (nullable): the column's heading as the file prints it
 * @message: the whole message, naming the file, the line and the column
 */
typedef struct
{
  gboolean  is_error;
  guint     line;
  char     *column;
  char     *message;
} DkImportProblem;

/**
 * DkImportRow:
 * @line: the file's line
 * @kode: the region, or the province for a total row; for a budget, the kode rekening
 *   or the activity's code
 * @wilayah: its name as reports print it; for a budget, the uraian
 * @values: the two counts (rekam dinamis and jumlah IKD; perangkat and aktif; anggaran
 *   and realisasi)
 * @has_value: for a total row, whether the source printed each count
 * @persen_bp: the percentage the source printed, hundredths of a percent, or -1
 * @keterangan: (nullable): the note column
 * @is_total: a province or TOTAL/JUMLAH row, or a budget's activity row or a line with
 *   lines under it: kept as the source's stated total
 * @label: for a total row, how the source labels it
 * @is_activity: for a budget, the row naming the activity
 */
typedef struct
{
  guint     line;
  char     *kode;
  char     *wilayah;
  gint64    values[2];
  gboolean  has_value[2];
  int       persen_bp;
  char     *keterangan;
  gboolean  is_total;
  char     *label;
  gboolean  is_activity;
} DkImportRow;

#define DK_TYPE_IMPORT (dk_import_get_type ())
G_DECLARE_FINAL_TYPE (DkImport, dk_import, DK, IMPORT, GObject)

DkImport    *dk_import_new            (DkStore       *store,
                                       DkImportKind   kind,
                                       const char    *parent);
void         dk_import_set_as_of      (DkImport      *self,
                                       const char    *as_of);
void         dk_import_set_year       (DkImport      *self,
                                       int            year);
gboolean     dk_import_read_file      (DkImport      *self,
                                       const char    *path,
                                       GError       **error);
gboolean     dk_import_read_data      (DkImport      *self,
                                       const char    *name,
                                       const char    *data,
                                       gsize          length);
DkImportKind dk_import_get_kind       (DkImport      *self);
const char  *dk_import_get_as_of      (DkImport      *self);
const char  *dk_import_get_name       (DkImport      *self);
GPtrArray   *dk_import_get_problems   (DkImport      *self);
guint        dk_import_get_n_errors   (DkImport      *self);
GPtrArray   *dk_import_get_rows       (DkImport      *self);
guint        dk_import_get_n_regions  (DkImport      *self);
gboolean     dk_import_get_replaces   (DkImport      *self);
int          dk_import_get_year       (DkImport      *self);
const char  *dk_import_get_activity   (DkImport      *self);
guint        dk_import_get_n_lines    (DkImport      *self);
gboolean     dk_import_commit         (DkImport      *self,
                                       GError       **error);

const char  *dk_import_kind_to_string   (DkImportKind  kind);
gboolean     dk_import_kind_from_string (const char   *str,
                                         DkImportKind *kind);
const char  *dk_import_kind_label       (DkImportKind  kind);
const char  *dk_import_column_title     (DkImportKind  kind,
                                         guint         value);

G_END_DECLS
