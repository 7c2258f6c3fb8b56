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

/* The largest file an office's table can be: 64 MiB. The largest real one, every desa of
 * the country (83,762 rows), is about 5 MB as CSV and twice that as UTF-16; 64 MiB leaves
 * room for any table an office can send, while a wrong choice (a video, a disk image,
 * /dev/zero) is refused before it is read instead of filling the memory. */
#define DK_PARSE_MAX_FILE_BYTES (64 * 1024 * 1024)

/* After this many problems a file's list stops, closing with how many more there are: a
 * wrong file gives one per line, and nobody reads the thousandth. */
#define DK_PARSE_MAX_PROBLEMS 100

gboolean  dk_parse_read_file       (const char   *path,
                                    char        **contents,
                                    gsize        *length,
                                    GError      **error);
char     *dk_parse_more_problems   (guint         n_more);
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
