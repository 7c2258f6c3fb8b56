/* dk-csv.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A thin layer over libcsv (Debian's libcsv): libcsv does the quoting rules (embedded
 * separators, doubled quotes, line breaks inside quotes, CRLF); this file adds what our
 * messages need, the line each record starts on.
 */
#define G_LOG_DOMAIN "dk-csv"

#include "config.h"

#include <csv.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-csv.h"
#include "dk-error.h"

typedef struct
{
  DkCsvRecordFunc  func;
  gpointer         user_data;
  GError          *error;       /* set when func refused a record: parsing stops */
  GPtrArray       *fields;      /* of char*, the record being read */
  guint            current_line;
  guint            next_start;
} ParseState;

void
dk_csv_record_free (DkCsvRecord *record)
{
  if (record == NULL)
    return;
  g_strfreev (record->fields);
  g_free (record);
}

static void
field_cb (void   *data,
          size_t  len,
          void   *user_data)
{
  ParseState *state = user_data;

  g_ptr_array_add (state->fields, g_strndup (data != NULL ? data : "", len));
}

static void
record_cb (int   c,
           void *user_data)
{
  ParseState *state = user_data;

  /* With CSV_REPALL_NL every unquoted CR and LF ends a "record"; the empty ones are the
   * second half of a CRLF or a blank line, and only move the next record's start. */
  if (state->fields->len > 0 && state->error == NULL)
    {
      DkCsvRecord *record = g_new0 (DkCsvRecord, 1);

      record->line = state->next_start;
      record->n_fields = state->fields->len;
      g_ptr_array_add (state->fields, NULL);
      record->fields = (char **) g_ptr_array_steal (state->fields, NULL);
      state->fields = g_ptr_array_new_with_free_func (g_free);
      state->func (record, state->user_data, &state->error);
    }
  g_ptr_array_set_size (state->fields, 0);
  state->next_start = state->current_line + 1;
}

/**
 * dk_csv_parse_foreach:
 * @data: the file's bytes
 * @length: their number
 * @delimiter: the field separator, `,`, `;` or a tab
 * @func: called with each record, in order; returning %FALSE with an error stops
 * @error: return location for a #GError
 *
 * Reads @data record by record, without holding them all: a large file costs the memory
 * of one record. Blank lines are skipped; a record's line is the line it starts on, even
 * when a quoted field inside it spans several lines.
 */
gboolean
dk_csv_parse_foreach (const char       *data,
                      gsize             length,
                      char              delimiter,
                      DkCsvRecordFunc   func,
                      gpointer          user_data,
                      GError          **error)
{
  struct csv_parser parser;
  ParseState state = { 0 };
  const char *p = data;
  const char *end = data + length;

  g_return_val_if_fail (data != NULL || length == 0, FALSE);
  g_return_val_if_fail (func != NULL, FALSE);

  if (csv_init (&parser, CSV_REPALL_NL | CSV_STRICT | CSV_STRICT_FINI) != 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_PARSE, _("Could not start the CSV parser"));
      return FALSE;
    }
  csv_set_delim (&parser, (unsigned char) delimiter);

  state.func = func;
  state.user_data = user_data;
  state.fields = g_ptr_array_new_with_free_func (g_free);
  state.current_line = 1;
  state.next_start = 1;

  /* Feed one line at a time, so that the callbacks know which line they are on. */
  while (p < end && state.error == NULL)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize n = nl != NULL ? (gsize) (nl - p) + 1 : (gsize) (end - p);

      if (csv_parse (&parser, p, n, field_cb, record_cb, &state) != n)
        {
          if (csv_error (&parser) == CSV_EPARSE)
            g_set_error (error, DK_ERROR, DK_ERROR_PARSE,
                         _("Line %u: misplaced quote; a field that starts with \" must end with \" "
                           "right before the next separator"), state.current_line);
          else
            g_set_error (error, DK_ERROR, DK_ERROR_PARSE,
                         _("Line %u: %s"), state.current_line, csv_strerror (csv_error (&parser)));
          goto failed;
        }
      p += n;
      if (nl != NULL)
        state.current_line++;
    }
  if (state.current_line > 1 && length > 0 && data[length - 1] == '\n')
    state.current_line--;

  if (state.error == NULL && csv_fini (&parser, field_cb, record_cb, &state) != 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_PARSE,
                   _("Line %u: a quoted field is not closed"), state.next_start);
      goto failed;
    }
  if (state.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&state.error));
      goto failed;
    }

  csv_free (&parser);
  g_ptr_array_unref (state.fields);
  return TRUE;

failed:
  csv_free (&parser);
  g_ptr_array_unref (state.fields);
  g_clear_error (&state.error);
  return FALSE;
}

static gboolean
collect_record (DkCsvRecord  *record,
                gpointer      user_data,
                GError      **error)
{
  g_ptr_array_add (user_data, record);
  return TRUE;
}

/**
 * dk_csv_parse:
 * @data: the file's bytes
 * @length: their number
 * @delimiter: the field separator, `,`, `;` or a tab
 * @error: return location for a #GError
 *
 * Splits @data into records, as dk_csv_parse_foreach() reads them.
 *
 * Returns: (transfer full) (element-type DkCsvRecord): the records, or %NULL on error
 */
GPtrArray *
dk_csv_parse (const char  *data,
              gsize        length,
              char         delimiter,
              GError     **error)
{
  g_autoptr(GPtrArray) records = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_csv_record_free);

  if (!dk_csv_parse_foreach (data, length, delimiter, collect_record, records, error))
    return NULL;
  return g_steal_pointer (&records);
}

/**
 * dk_csv_sniff_delimiter:
 * @data: the start of a file
 * @length: its length
 *
 * Guesses the separator from the file's first lines, outside quotes: the one that
 * appears the same number of times on the most lines, since title lines above a table
 * and numbers such as "4,186,046" or "11,93" also hold commas. Excel under an
 * Indonesian locale writes `;`, a table copied from a document has tabs, everything
 * else `,`; on a tie, tab wins over `;` and `;` over `,`.
 *
 * Returns: `\t`, `;` or `,`
 */
char
dk_csv_sniff_delimiter (const char *data,
                        gsize       length)
{
  static const char candidates[] = { '\t', ';', ',' };
  enum { MAX_LINES = 40, MAX_COUNT = 64 };
  guint16 counts[G_N_ELEMENTS (candidates)][MAX_LINES] = { { 0 } };
  guint n_lines = 0, best_score = 0;
  gboolean quoted = FALSE;
  char best = ',';

  for (gsize i = 0; i < length && n_lines < MAX_LINES; i++)
    {
      char c = data[i];

      if (c == '"')
        quoted = !quoted;
      else if (quoted)
        continue;
      else if (c == '\n')
        n_lines++;
      else
        for (guint d = 0; d < G_N_ELEMENTS (candidates); d++)
          if (c == candidates[d] && counts[d][n_lines] < G_MAXUINT16)
            counts[d][n_lines]++;
    }
  if (n_lines < MAX_LINES)
    n_lines++;

  for (guint d = 0; d < G_N_ELEMENTS (candidates); d++)
    {
      guint per_count[MAX_COUNT + 1] = { 0 };

      for (guint l = 0; l < n_lines; l++)
        if (counts[d][l] > 0)
          per_count[MIN (counts[d][l], MAX_COUNT)]++;
      for (guint k = 1; k <= MAX_COUNT; k++)
        if (per_count[k] > best_score)
          {
            best_score = per_count[k];
            best = candidates[d];
          }
    }
  return best;
}
