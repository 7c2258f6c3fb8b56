/* dk-budget-private.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * What dk-budget.c (reading) and dk-budget-edit.c (writing, seeding) share.
 */
#pragma once

#include "dk-budget.h"
#include "dk-number.h"
#include "dk-store-internal.h"

G_BEGIN_DECLS

/* The stated_total table's name for the budget and the ref of an activity. */
#define DK_BUDGET_STATED_TABLE "anggaran"

char    *_dk_budget_stated_ref    (int          year,
                                   const char  *activity);
gboolean _dk_budget_find_activity (DkStore     *store,
                                   int          year,
                                   const char  *kode,
                                   gint64      *id,
                                   int         *found_year,
                                   char       **found_kode,
                                   char       **found_nama,
                                   GError     **error);
gboolean _dk_budget_find_dpa      (DkStore     *store,
                                   gint64       activity_id,
                                   guint        nomor,
                                   gint64      *id,
                                   guint       *found_nomor,
                                   char       **found_nama,
                                   GError     **error);

/* The writes of dk-budget-edit.c without their transaction, for a caller (the import)
 * that makes several of them in one; each validates as its public function does. */
gboolean _dk_budget_add_year_in_tx     (DkStore               *store,
                                        int                    year,
                                        GError               **error);
gboolean _dk_budget_add_activity_in_tx (DkStore               *store,
                                        int                    year,
                                        const char            *kode,
                                        const char            *nama,
                                        GError               **error);
gboolean _dk_budget_add_line_in_tx     (DkStore               *store,
                                        int                    year,
                                        const char            *activity,
                                        const char            *kode,
                                        const char            *uraian,
                                        GError               **error);
gboolean _dk_budget_add_own_line_in_tx (DkStore               *store,
                                        int                    year,
                                        const char            *activity,
                                        const char            *uraian,
                                        GError               **error);
gboolean _dk_budget_set_amounts_in_tx  (DkStore               *store,
                                        int                    year,
                                        const char            *activity,
                                        guint                  dpa,
                                        const DkBudgetAmount  *rows,
                                        gsize                  n_rows,
                                        GError               **error);

/* A budget write's entry in the history of changes (dk-budget-history.c): begun after
 * the write's transaction begins, ended before it commits. */
typedef struct
{
  int         year;
  char       *activity;
  GHashTable *year_before;
  GHashTable *before;
} DkBudgetUndo;

gboolean _dk_budget_undo_begin (DkBudgetUndo  *undo,
                                DkStore       *store,
                                int            year,
                                const char    *activity,
                                GError       **error);
gboolean _dk_budget_undo_end   (DkBudgetUndo  *undo,
                                DkStore       *store,
                                const char    *keterangan,
                                GError       **error);
void     _dk_budget_undo_clear (DkBudgetUndo  *undo);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (DkBudgetUndo, _dk_budget_undo_clear)

struct _DkBudgetLine
{
  GObject       parent_instance;
  char         *kode;
  char         *uraian;
  guint         depth;
  gboolean      is_activity;
  gboolean      has_monthly;
  gint64        anggaran;
  gint64        realisasi;
  gint64        compared;
  gint64        month[12];
  GListStore   *children;
  DkBudgetLine *parent;       /* unowned */
};

DkBudgetLine *_dk_budget_line_new (const char *kode,
                                   const char *uraian);

G_END_DECLS
