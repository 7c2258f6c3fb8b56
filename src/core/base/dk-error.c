/* dk-error.c — SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dk-error"

#include "config.h"

#include "dk-error.h"

G_DEFINE_QUARK (dk-error-quark, dk_error)
