/* dk-chart-scale.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pure arithmetic of chart axes: nice bounds, tick steps and normalisation.
 */
#define G_LOG_DOMAIN "dk-chart-scale"

#include "config.h"

#include <math.h>

#include "dk-chart-scale.h"

/**
 * dk_scale_nice_step:
 * @range: the span to cover, > 0
 * @max_ticks: the most intervals wanted, ≥ 1
 *
 * Returns: the smallest of 1, 2, 2.5, 5 × 10ⁿ that covers @range in at most @max_ticks steps
 */
double
dk_scale_nice_step (double range,
                    guint  max_ticks)
{
  static const double mantissas[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };
  double raw, magnitude;

  g_return_val_if_fail (max_ticks >= 1, 1.0);

  if (!(range > 0) || !isfinite (range))
    return 1.0;
  raw = range / max_ticks;
  magnitude = pow (10.0, floor (log10 (raw)));
  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    {
      /* a little tolerance so that 30 / 6 gives 5 and not 10 */
      if (mantissas[i] * magnitude >= raw * (1 - 1e-9))
        return mantissas[i] * magnitude;
    }
  return 10.0 * magnitude;
}

/**
 * dk_scale_init:
 * @min: the smallest value to show
 * @max: the largest value to show
 * @max_ticks: the most intervals wanted
 *
 * Widens [@min, @max] outward to multiples of a nice step. An empty range becomes
 * [min, min + 1] so that a chart of zeros still has an axis.
 */
void
dk_scale_init (DkScale *scale,
               double   min,
               double   max,
               guint    max_ticks)
{
  g_return_if_fail (scale != NULL);

  if (!isfinite (min) || !isfinite (max))
    min = max = 0;
  if (max < min)
    {
      double t = min;
      min = max;
      max = t;
    }
  if (max - min < 1e-12)
    max = min + 1;

  scale->step = dk_scale_nice_step (max - min, MAX (max_ticks, 1));
  scale->min = floor (min / scale->step + 1e-9) * scale->step;
  scale->max = ceil (max / scale->step - 1e-9) * scale->step;
}

guint
dk_scale_get_n_ticks (const DkScale *scale)
{
  g_return_val_if_fail (scale != NULL, 0);
  return (guint) floor ((scale->max - scale->min) / scale->step + 0.5) + 1;
}

double
dk_scale_get_tick (const DkScale *scale,
                   guint          i)
{
  g_return_val_if_fail (scale != NULL, 0);
  return scale->min + i * scale->step;
}

/**
 * dk_scale_normalize:
 *
 * Returns: @value mapped to 0 (min) … 1 (max); not clamped
 */
double
dk_scale_normalize (const DkScale *scale,
                    double         value)
{
  g_return_val_if_fail (scale != NULL, 0);
  return (value - scale->min) / (scale->max - scale->min);
}

/**
 * dk_scale_make_integer:
 *
 * For counts and money: a step below 1 becomes 1, so that no tick falls between whole
 * numbers.
 */
void
dk_scale_make_integer (DkScale *scale)
{
  g_return_if_fail (scale != NULL);

  if (scale->step >= 1)
    return;
  scale->step = 1;
  scale->min = floor (scale->min);
  scale->max = MAX (ceil (scale->max), scale->min + 1);
}
