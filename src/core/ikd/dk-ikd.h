/* dk-ikd.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * ikd — IKD (digital identity) activation, the main header of src/core/ikd.
 *
 * Owns the IKD figures (rekam dinamis, jumlah IKD) per region and date, their roll-up from
 * any level, the yearly target and the shortfall, the rows and tables the dashboard and the
 * report show (dk-ikd-row.h, dk-ikd-table.h), the trend, writes and corrections, the seed
 * data of the 2025 report, its consistency checks (dk-ikd-check.c) and its tables in the
 * history of changes (dk-ikd-history.c).
 *
 * Uses: store, base. Never another domain.
 */
#pragma once

#include <gio/gio.h>

#include "dk-region.h"
#include "dk-format.h"
#include "dk-history.h"
#include "dk-store.h"

G_BEGIN_DECLS

/* The national target Ditjen Dukcapil set from 2024: 30 % of rekam dinamis. */
#define DK_IKD_DEFAULT_TARGET_BP 3000

int    dk_ikd_percent_bp (gint64 jumlah_ikd,
                          gint64 rekam_dinamis);
gint64 dk_ikd_shortfall  (gint64 jumlah_ikd,
                          gint64 rekam_dinamis,
                          int    target_bp);

#include "dk-ikd-row.h"
#include "dk-ikd-table.h"


/**
 * DkIkdInput:
 * @kode: the region
 * @rekam_dinamis: KTP-el recordings
 * @jumlah_ikd: IKD activations
 * @persen_bp: the percentage the source printed, in hundredths of a percent, or -1
 *
 * One region's figures as a source gives them.
 */
typedef struct
{
  const char *kode;
  gint64      rekam_dinamis;
  gint64      jumlah_ikd;
  int         persen_bp;
} DkIkdInput;

/**
 * DkIkdPoint:
 * @as_of: the snapshot's date, YYYY-MM-DD
 * @rekam_dinamis: the region's recordings at that date, summed from its children
 * @jumlah_ikd: its activations
 * @target_bp: the target in force that year
 */
typedef struct
{
  char   as_of[11];
  gint64 rekam_dinamis;
  gint64 jumlah_ikd;
  int    target_bp;
} DkIkdPoint;

GStrv     dk_ikd_list_dates      (DkStore           *store,
                                  GError           **error);
GArray   *dk_ikd_trend           (DkStore           *store,
                                  const char        *parent,
                                  GError           **error);
int       dk_ikd_get_target_bp   (DkStore           *store,
                                  int                year);
gboolean  dk_ikd_set_target_bp   (DkStore           *store,
                                  int                year,
                                  int                target_bp,
                                  GError           **error);
gboolean  dk_ikd_set_region      (DkStore           *store,
                                  const char        *as_of,
                                  const char        *kode,
                                  gint64             rekam_dinamis,
                                  gint64             jumlah_ikd,
                                  const char        *what,
                                  GError           **error);
gboolean  dk_ikd_replace_values  (DkStore           *store,
                                  const char        *as_of,
                                  const char        *scope,
                                  const char        *source,
                                  const DkIkdInput  *rows,
                                  gsize              n_rows,
                                  GError           **error);

/* Its consistency checks, for `check`: adds a DkFinding to @findings for each problem. */
gboolean dk_ikd_check (DkStore              *store,
                       const DkNumberFormat *fmt,
                       GPtrArray            *findings,
                       GError              **error);

/* Its tables in the history of changes, for undo. */
const DkHistoryTable *const *dk_ikd_history_tables (void);

/* Its seed data, for dk_domains_open(). */
gboolean dk_ikd_seed (DkStore  *store,
                      GError  **error);

G_END_DECLS
