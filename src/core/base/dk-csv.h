/* dk-csv.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/**
 * DkCsvRecord:
 * @line: the 1-based line of the file on which the record starts
 * @fields: (array zero-terminated=1): the record's fields, as UTF-8 or raw bytes
 * @n_fields: the number of fields
 *
 * One record of a CSV file, with the line it starts on so that every message about it
 * can name the line a user sees in a text editor or a spreadsheet.
 */
typedef struct
{
  guint   line;
  guint   n_fields;
  char  **fields;
} DkCsvRecord;

/**
 * DkCsvRecordFunc:
 * @record: (transfer full): the record
 * @user_data: the data given
 * @error: where to say why the record is refused
 *
 * Returns: %FALSE, with @error set, to stop reading
 */
typedef gboolean (*DkCsvRecordFunc) (DkCsvRecord  *record,
                                     gpointer      user_data,
                                     GError      **error);

void       dk_csv_record_free (DkCsvRecord *record);
gboolean   dk_csv_parse_foreach (const char      *data,
                                 gsize            length,
                                 char             delimiter,
                                 DkCsvRecordFunc  func,
                                 gpointer         user_data,
                                 GError         **error);

GPtrArray *dk_csv_parse       (const char  *data,
                               gsize        length,
                               char         delimiter,
                               GError     **error);

char       dk_csv_sniff_delimiter (const char *data,
                                   gsize       length);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkCsvRecord, dk_csv_record_free)

G_END_DECLS
