/* dk-budget.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * budget — budget realisation by kode rekening, the main header of src/core/budget.
 *
 * Owns fiscal years, activities, their lines by kode rekening, DPA versions and their
 * amounts, the realisation of the year and of each month, the tables shown
 * (dk-budget-line.h, dk-budget-table.h), writes (dk-budget-edit.c) and what an import writes
 * (dk-budget-import.c), the seed data, its consistency checks and its values in the history
 * of changes (dk-budget-history.c).
 *
 * Uses: store, base. Never another domain.
 */
#pragma once

#include <gio/gio.h>

#include "dk-format.h"
#include "dk-history.h"
#include "dk-store.h"

G_BEGIN_DECLS

int dk_budget_percent_bp (gint64 part,
                          gint64 whole);

/* ------------------------------------------------------------------ lines */

#include "dk-budget-line.h"
#include "dk-budget-table.h"


const char    *dk_budget_column_title           (const char     *kolom);

/* --------------------------------------------------------------- listings */

/**
 * DkBudgetActivity:
 * @kode: the activity's code (kode sub kegiatan)
 * @nama: its name
 */
typedef struct
{
  char *kode;
  char *nama;
} DkBudgetActivity;

/**
 * DkBudgetDpa:
 * @nomor: the version, 1 for the original DPA
 * @nama: its name ("DPA", "DPA Pergeseran I"…)
 * @tanggal: (nullable): its date, YYYY-MM-DD
 */
typedef struct
{
  guint  nomor;
  char  *nama;
  char  *tanggal;
} DkBudgetDpa;

void       dk_budget_activity_free     (DkBudgetActivity *activity);
void       dk_budget_dpa_free          (DkBudgetDpa      *dpa);
GArray    *dk_budget_list_years        (DkStore          *store,
                                        GError          **error);
GPtrArray *dk_budget_list_activities   (DkStore          *store,
                                        int               year,
                                        GError          **error);
GPtrArray *dk_budget_list_dpa          (DkStore          *store,
                                        int               year,
                                        const char       *activity,
                                        GError          **error);
int        dk_budget_latest_year       (DkStore          *store,
                                        GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBudgetActivity, dk_budget_activity_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBudgetDpa, dk_budget_dpa_free)

/* ---------------------------------------------------------------- writing */

/**
 * DkBudgetAmount:
 * @kode: a leaf line's code
 * @anggaran: its budget in the DPA version being entered
 * @realisasi: what it spent in the year
 */
typedef struct
{
  const char *kode;
  gint64      anggaran;
  gint64      realisasi;
} DkBudgetAmount;

/**
 * DkBudgetMonthAmount:
 * @kode: a leaf line's code
 * @realisasi: what it spent in the month
 */
typedef struct
{
  const char *kode;
  gint64      realisasi;
} DkBudgetMonthAmount;

gboolean dk_budget_check_line_code (const char  *kode,
                                    GError     **error);
gboolean dk_budget_check_activity_code (const char *kode,
                                        GError    **error);
gboolean dk_budget_add_year       (DkStore                   *store,
                                   int                        year,
                                   GError                   **error);
gboolean dk_budget_add_activity   (DkStore                   *store,
                                   int                        year,
                                   const char                *kode,
                                   const char                *nama,
                                   GError                   **error);
gboolean dk_budget_add_line       (DkStore                   *store,
                                   int                        year,
                                   const char                *activity,
                                   const char                *kode,
                                   const char                *uraian,
                                   GError                   **error);
gboolean dk_budget_add_dpa        (DkStore                   *store,
                                   int                        year,
                                   const char                *activity,
                                   const char                *nama,
                                   const char                *tanggal,
                                   guint                     *nomor,
                                   GError                   **error);
gboolean dk_budget_set_amounts    (DkStore                   *store,
                                   int                        year,
                                   const char                *activity,
                                   guint                      dpa,
                                   const DkBudgetAmount      *rows,
                                   gsize                      n_rows,
                                   GError                   **error);
gboolean dk_budget_set_month      (DkStore                   *store,
                                   int                        year,
                                   const char                *activity,
                                   guint                      month,
                                   const DkBudgetMonthAmount *rows,
                                   gsize                      n_rows,
                                   GError                   **error);

/* Kode rekening in hierarchy order, and whether @child lies under @parent. */
int      dk_budget_code_compare       (const char              *a,
                                       const char              *b);
gboolean dk_budget_code_is_under      (const char              *parent,
                                       const char              *child);
gboolean dk_budget_table_has_own_line (DkBudgetTable           *self);

/**
 * DkBudgetImportLine:
 * @kode: the line's kode rekening (the activity's own code for the activity)
 * @uraian: its description, for a new line or activity
 * @has_anggaran: whether the source gives a budget; @anggaran that budget
 * @has_realisasi: whether the source gives a realisation; @realisasi that realisation
 * @label: (nullable): how the source labels a stated total
 * @is_total: a parent row: its amounts are kept as the source's stated total, not entered
 *
 * One row of a budget table as a file gives it, for dk_budget_import_activity().
 */
typedef struct
{
  const char *kode;
  const char *uraian;
  gboolean    has_anggaran;
  gint64      anggaran;
  gboolean    has_realisasi;
  gint64      realisasi;
  const char *label;
  gboolean    is_total;
} DkBudgetImportLine;

gboolean dk_budget_import_activity    (DkStore                  *store,
                                       int                       year,
                                       const DkBudgetImportLine *activity,
                                       const DkBudgetImportLine *lines,
                                       gsize                     n_lines,
                                       const char               *source,
                                       GError                  **error);

/* Its consistency checks, for `check`: adds a DkFinding to @findings for each problem. */
gboolean dk_budget_check (DkStore              *store,
                          GPtrArray            *findings,
                          GError              **error);

/* Its tables in the history of changes, for undo. */
const DkHistoryTable *const *dk_budget_history_tables (void);

/* Its seed data, for dk_domains_open(). */
gboolean dk_budget_seed (DkStore  *store,
                         GError  **error);

G_END_DECLS
