/* dk-password.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

void dk_password_free (char *password);

G_END_DECLS
