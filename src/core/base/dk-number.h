/* dk-number.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * base: arithmetic on the figures, as the report computes it. Uses nothing but GLib.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The plausible bounds of every figure the program keeps. A value beyond them is a paste
 * error or a broken file, never a report: it is refused where it enters (the parsers of
 * dk-parse.h, the domains' writes, the CLI), and because every kept figure is within them,
 * a sum of up to nine billion of them fits in 64 bits. Sums are still checked
 * (dk_checked_add), for databases written before the bounds.
 *
 * DK_COUNT_MAX: people, recordings, activations, devices, blank cards. Indonesia had about
 *   282 million residents in December 2024; a billion is more than the whole country will
 *   count for generations, so no region's figure can honestly exceed it, and a product of
 *   it with a percentage in hundredths (≤ 10,000) stays far inside 64 bits.
 * DK_RUPIAH_MAX: whole rupiah. Rp 10^15 (a thousand trillion) is more than any province's
 *   yearly budget by four orders of magnitude (the largest, DKI Jakarta's, is under
 *   Rp 100 trillion) and a quarter of the whole national budget (APBN 2024: about
 *   Rp 3,300 trillion); nine thousand such lines still add up inside 64 bits. */
#define DK_COUNT_MAX  G_GINT64_CONSTANT (1000000000)
#define DK_RUPIAH_MAX G_GINT64_CONSTANT (1000000000000000)

gboolean dk_number_check_count  (const char  *what,
                                 gint64       value,
                                 GError     **error);
gboolean dk_number_check_rupiah (const char  *what,
                                 gint64       value,
                                 GError     **error);
void     dk_number_set_overflow (GError     **error,
                                 const char  *what);

int dk_percent_bp (gint64 part,
                   gint64 whole);

/* a + b into *dest; FALSE, with *dest undefined, when the sum does not fit in 64 bits */
static inline gboolean
dk_checked_add (gint64 *dest,
                gint64  a,
                gint64  b)
{
  return !__builtin_add_overflow (a, b, dest);
}

/* a - b into *dest; FALSE when the difference does not fit in 64 bits */
static inline gboolean
dk_checked_sub (gint64 *dest,
                gint64  a,
                gint64  b)
{
  return !__builtin_sub_overflow (a, b, dest);
}

/* a × b into *dest; FALSE when the product does not fit in 64 bits */
static inline gboolean
dk_checked_mul (gint64 *dest,
                gint64  a,
                gint64  b)
{
  return !__builtin_mul_overflow (a, b, dest);
}

G_END_DECLS
