/* dk-format.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DkNumberFormat:
 * @group: the thousands separator ("." under Indonesian, "," under English)
 * @decimal: the decimal mark ("," under Indonesian, "." under English)
 *
 * How numbers are written for a reader. The core never asks the locale itself: the
 * caller passes a format, so that a CSV or an XLSX file is the same in every locale.
 */
typedef struct
{
  char group[8];
  char decimal[8];
} DkNumberFormat;

void  dk_number_format_init_locale (DkNumberFormat       *fmt);
void  dk_number_format_init_plain  (DkNumberFormat       *fmt);
void  dk_number_format_init        (DkNumberFormat       *fmt,
                                    const char           *group,
                                    const char           *decimal);

char *dk_format_int                (const DkNumberFormat *fmt,
                                    gint64                value);
char *dk_format_fixed              (const DkNumberFormat *fmt,
                                    gint64                hundredths);
char *dk_format_percent_bp         (const DkNumberFormat *fmt,
                                    gint64                bp);
char *dk_format_percent_short      (const DkNumberFormat *fmt,
                                    gint64                bp);
char *dk_format_compact            (const DkNumberFormat *fmt,
                                    gint64                value);
char *dk_format_rupiah             (const DkNumberFormat *fmt,
                                    gint64                rupiah);

gboolean dk_parse_plain_fixed      (const char           *str,
                                    gint64               *hundredths);
gboolean dk_parse_plain_int        (const char           *str,
                                    gint64               *value);

gboolean dk_date_parse_iso         (const char           *str,
                                    GDate                *date);
gboolean dk_date_check_iso         (const char           *str,
                                    GDate                *date,
                                    GError              **error);
char    *dk_format_date_indonesian (const char           *iso);
char    *dk_format_date_long       (const char           *iso);

G_END_DECLS
