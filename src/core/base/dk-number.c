/* dk-number.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-number"

#include "config.h"

#include "dk-number.h"

/**
 * dk_percent_bp:
 * @part: what is counted (activations, recordings)
 * @whole: what it is counted against
 *
 * A share in hundredths of a percent, rounded half up as the report rounds it, computed
 * without overflow for any two counts.
 *
 * Returns: the share, 0 when @whole is not positive or @part is negative; at most %G_MAXINT
 */
int
dk_percent_bp (gint64 part,
               gint64 whole)
{
  __int128 bp;

  if (whole <= 0 || part < 0)
    return 0;
  bp = ((__int128) part * 20000 + whole) / ((__int128) 2 * whole);
  return bp > G_MAXINT ? G_MAXINT : (int) bp;
}
