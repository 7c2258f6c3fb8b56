/* dk-ikd-pace.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-ikd.h"

G_BEGIN_DECLS

/**
 * DkIkdPace:
 * @kode: the region's code
 * @wilayah: its name as the report prints it
 * @has_pace: whether it has figures at two dates; the rest is meaningless otherwise
 * @from: the earlier date of the last period, YYYY-MM-DD
 * @to: the later one (the figures' date)
 * @per_month: activations per month over the period (negative when they fell)
 * @needed: activations still needed at @to to reach the target; 0 when reached
 * @reach_date: when the target is reached at that pace (YYYY-MM-DD), "" when it already
 *   is at @to, %NULL when never at this pace (no growth)
 * @deadline: the end of the target's year (YYYY-12-31)
 * @needed_per_month: activations per month from @to needed to reach it by @deadline
 *
 * The pace to the target of one region.
 */
typedef struct
{
  char    *kode;
  char    *wilayah;
  gboolean has_pace;
  char     from[11];
  char     to[11];
  double   per_month;
  gint64   needed;
  char    *reach_date;
  char     deadline[11];
  double   needed_per_month;
} DkIkdPace;

void       dk_ikd_pace_free    (DkIkdPace   *pace);
void       dk_ikd_pace_compute (DkIkdPace   *pace,
                                const char  *from,
                                gint64       ikd_from,
                                const char  *to,
                                gint64       ikd_to,
                                gint64       rekam_to,
                                int          target_bp);
GPtrArray *dk_ikd_pace_load    (DkStore     *store,
                                const char  *parent,
                                const char  *as_of,
                                GError     **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkIkdPace, dk_ikd_pace_free)

G_END_DECLS
