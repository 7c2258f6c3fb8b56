/* dk-chart-scale.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DkScale:
 * @min: the value at the start of the axis
 * @max: the value at its end
 * @step: the distance between ticks
 *
 * A linear axis with "nice" bounds and ticks (1, 2, 2.5 or 5 times a power of ten).
 */
typedef struct
{
  double min;
  double max;
  double step;
} DkScale;

double dk_scale_nice_step     (double   range,
                               guint    max_ticks);
void   dk_scale_init          (DkScale *scale,
                               double   min,
                               double   max,
                               guint    max_ticks);
void   dk_scale_make_integer  (DkScale *scale);
guint  dk_scale_get_n_ticks   (const DkScale *scale);
double dk_scale_get_tick      (const DkScale *scale,
                               guint          i);
double dk_scale_normalize     (const DkScale *scale,
                               double         value);

G_END_DECLS
