/* dk-blangko-plan.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The allocation planner (rencana pembagian): how the N blanks the province received are
 * split among its kabupaten/kota offices.
 *
 * The priority rule
 * -----------------
 * Each office's position comes from its daily reports of the 30 days up to the plan's
 * date (dk_blangko_offices()):
 *
 *  - stock S: blanks left in its latest report, plus what the province distributed to it
 *    after that report;
 *  - pace a: cards printed in those reports ÷ calendar days from the first of them to the
 *    latest (a day without a report is a day without printing);
 *  - days of stock left: S ÷ a (0 when S is 0; none when it printed nothing);
 *  - PRR P: print-ready records waiting for a card, in its latest report;
 *  - Suket K: substitute letters issued in those reports;
 *  - need to the horizon date U (the plan's date + 30 days unless chosen):
 *    max(0, ⌈a × (U − latest report)⌉ + P − S), the blanks to go on printing at its pace
 *    until U and print the waiting records, beyond those it holds.
 *
 * 1. Weight. An office's weight is its need plus K: a Suket is a resident already sent
 *    away without a card, so an office that had to issue them counts them once more.
 *    An office without a report in the 30 days has no weight.
 * 2. Shares. The N blanks are split in proportion to the weights, so that every office
 *    gets the same fraction of its weight, in whole cards: each gets the whole part of its
 *    quota and the cards left over go one each to the largest remainders (the
 *    largest-remainder method). An office whose quota reaches its cap gets its cap and the
 *    rest is split again among the others. When no office has a weight, the blanks are
 *    split evenly.
 * 3. Rank. Offices are ranked by days of stock left, fewest first (an office out of
 *    blanks first; one that printed nothing, then one without a report, last), then by
 *    weight, larger first, then by code. A tie between remainders goes to the office
 *    ranked first.
 *
 * So the split always sums to N, no share is negative or above its cap, and between two
 * offices alike but for their stock the one with fewer days left ranks first and gets at
 * least as many blanks.
 *
 * A share set by hand is kept, and the others are split again by the same rule over
 * what remains.
 */
#pragma once

#include "dk-blangko.h"

G_BEGIN_DECLS

/* The need is counted to the plan's date + this many days unless another date is chosen. */
#define DK_BLANGKO_HORIZON_DAYS 30

/**
 * DkBlangkoShareInput:
 * @weight: the office's weight, 0 or more
 * @cap: the most it may get, or -1 for no cap
 * @pinned: a share set by hand, or -1
 * @rank: its place in the ranking; ties between remainders go to the lower rank
 *
 * One office, for dk_blangko_allocate().
 */
typedef struct
{
  gint64 weight;
  gint64 cap;
  gint64 pinned;
  guint  rank;
} DkBlangkoShareInput;

/**
 * DkBlangkoShare:
 * @keping: the office's share
 * @at_cap: it is held at its cap
 * @even: it comes from an even split, the offices left having no weight
 */
typedef struct
{
  gint64   keping;
  gboolean at_cap;
  gboolean even;
} DkBlangkoShare;

gboolean dk_blangko_allocate (gint64                     total,
                              guint                      n,
                              const DkBlangkoShareInput *in,
                              DkBlangkoShare            *out,
                              GError                   **error);

/**
 * DkBlangkoPlanRow:
 * @office: (not nullable): the office's position
 * @rank: 1 for the most urgent
 * @weight: its weight (need + Suket)
 * @cap: the most it may get, or -1
 * @keping: its share
 * @pinned: the share was set by hand
 * @at_cap: the share is held at the cap
 * @even: the blanks were split evenly, no office having a weight
 */
typedef struct
{
  DkBlangkoOffice *office;
  guint            rank;
  gint64           weight;
  gint64           cap;
  gint64           keping;
  gboolean         pinned;
  gboolean         at_cap;
  gboolean         even;
} DkBlangkoPlanRow;

typedef struct _DkBlangkoPlan DkBlangkoPlan;

DkBlangkoPlan    *dk_blangko_plan_new        (DkStore        *store,
                                              const char     *parent,
                                              gint64          total,
                                              const char     *as_of,
                                              const char     *until,
                                              GError        **error);
void              dk_blangko_plan_free       (DkBlangkoPlan  *plan);
gint64            dk_blangko_plan_get_total  (DkBlangkoPlan  *plan);
const char       *dk_blangko_plan_get_as_of  (DkBlangkoPlan  *plan);
const char       *dk_blangko_plan_get_until  (DkBlangkoPlan  *plan);
const char       *dk_blangko_plan_get_parent (DkBlangkoPlan  *plan);
gint64            dk_blangko_plan_get_stock  (DkBlangkoPlan  *plan);
guint             dk_blangko_plan_get_n_rows (DkBlangkoPlan  *plan);
DkBlangkoPlanRow *dk_blangko_plan_get_row    (DkBlangkoPlan  *plan,
                                              guint           i);
DkBlangkoPlanRow *dk_blangko_plan_find       (DkBlangkoPlan  *plan,
                                              const char     *kode);
GPtrArray        *dk_blangko_plan_ranked     (DkBlangkoPlan  *plan);
gboolean          dk_blangko_plan_set_total  (DkBlangkoPlan  *plan,
                                              gint64          total,
                                              GError        **error);
gboolean          dk_blangko_plan_set_cap    (DkBlangkoPlan  *plan,
                                              const char     *kode,
                                              gint64          cap,
                                              GError        **error);
gboolean          dk_blangko_plan_set_share  (DkBlangkoPlan  *plan,
                                              const char     *kode,
                                              gint64          keping,
                                              GError        **error);
void              dk_blangko_plan_release    (DkBlangkoPlan  *plan,
                                              const char     *kode);
char             *dk_blangko_plan_row_reason (DkBlangkoPlan  *plan,
                                              DkBlangkoPlanRow *row,
                                              gboolean        indonesian);
const char       *dk_blangko_plan_rule       (void);
gboolean          dk_blangko_plan_record     (DkStore        *store,
                                              DkBlangkoPlan  *plan,
                                              const char     *tanggal,
                                              DkBlangkoMethod method,
                                              const char     *catatan,
                                              gint64         *rencana_id,
                                              GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBlangkoPlan, dk_blangko_plan_free)

G_END_DECLS
