/* dk-number.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-number"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-error.h"
#include "dk-format.h"
#include "dk-number.h"

static char *
format_plain_int (gint64 value)
{
  DkNumberFormat fmt;

  dk_number_format_init_locale (&fmt);
  return dk_format_int (&fmt, value);
}

/**
 * dk_number_check_count:
 * @what: what the figure is, for the message ("Region 13.71", "Receipt")
 * @value: a count of people, recordings, activations, devices or blank cards
 * @error: return location for a #GError
 *
 * Refuses a count above %DK_COUNT_MAX (see dk-number.h for why that bound). Negative
 * counts are each caller's own rule and message.
 *
 * Returns: %TRUE when @value is at most %DK_COUNT_MAX
 */
gboolean
dk_number_check_count (const char  *what,
                       gint64       value,
                       GError     **error)
{
  g_autofree char *v = NULL, *max = NULL;

  if (value <= DK_COUNT_MAX)
    return TRUE;
  v = format_plain_int (value);
  max = format_plain_int (DK_COUNT_MAX);
  /* Translators: what, the figure, the largest count allowed */
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
               _("%s: %s is more than any region can count (at most %s)"), what, v, max);
  return FALSE;
}

/**
 * dk_number_check_rupiah:
 * @what: what the amount is, for the message
 * @value: an amount in whole rupiah
 * @error: return location for a #GError
 *
 * Refuses an amount above %DK_RUPIAH_MAX (see dk-number.h for why that bound).
 *
 * Returns: %TRUE when @value is at most %DK_RUPIAH_MAX
 */
gboolean
dk_number_check_rupiah (const char  *what,
                        gint64       value,
                        GError     **error)
{
  g_autofree char *v = NULL, *max = NULL;

  if (value <= DK_RUPIAH_MAX)
    return TRUE;
  v = format_plain_int (value);
  max = format_plain_int (DK_RUPIAH_MAX);
  /* Translators: what, the amount, the largest amount allowed */
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
               _("%s: Rp %s is more than any budget holds (at most Rp %s)"), what, v, max);
  return FALSE;
}

/**
 * dk_number_set_overflow:
 * @error: return location for a #GError
 * @what: the figures being added up ("the IKD totals of 1 November 2024")
 *
 * The error of a sum or product that does not fit in 64 bits: figures that passed no
 * bound (a database written before them), refused rather than wrapped.
 */
void
dk_number_set_overflow (GError     **error,
                        const char  *what)
{
  /* Translators: what is being added up */
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
               _("%s add up to more than any region can count; a figure in them is wrong"), what);
}

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
