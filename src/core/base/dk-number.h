/* dk-number.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * base: arithmetic on the figures, as the report computes it. Uses nothing but GLib.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

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

G_END_DECLS
