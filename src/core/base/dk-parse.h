/* dk-parse.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * base: how the files offices send are read, one pure function per rule: their text
 * encodings, their counts, percentages and rupiah amounts, their region codes and names,
 * and the dates and years in their titles. Used by the import and by the domains that
 * read files of their own (the blangko usage report). Uses nothing but GLib.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char     *dk_parse_decode_text     (const char   *data,
                                    gsize         length,
                                    gsize        *out_length,
                                    GError      **error);
gboolean  dk_parse_count           (const char   *text,
                                    gint64       *value,
                                    gboolean     *is_none,
                                    char        **why);
gboolean  dk_parse_percent         (const char   *text,
                                    int          *bp,
                                    char        **why);
char     *dk_parse_normalize_code  (const char   *text);
char     *dk_parse_name_key        (const char   *name,
                                    gboolean     *typed);
char     *dk_parse_find_date       (const char   *text);
gboolean  dk_parse_rupiah          (const char   *text,
                                    gint64       *value,
                                    gboolean     *is_none,
                                    char        **why);
int       dk_parse_find_year       (const char   *text,
                                    gboolean      in_title);

G_END_DECLS
