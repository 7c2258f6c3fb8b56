/* dk-cli-table.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Plain-text tables for the terminal, padded by characters rather than bytes so that
 * names with non-ASCII letters stay aligned.
 */
#define G_LOG_DOMAIN "dk-cli"

#include "config.h"

#include <stdarg.h>
#include <string.h>

#include "dk-cli-private.h"

struct _DkCliTable
{
  guint      n_columns;
  char      *right_aligned;   /* one 'r' or 'l' per column */
  GPtrArray *rows;            /* of GStrv */
};

/**
 * dk_cli_table_new:
 * @right_aligned: a string of 'r' and 'l', one per column
 */
DkCliTable *
dk_cli_table_new (guint       n_columns,
                  const char *right_aligned)
{
  DkCliTable *table = g_new0 (DkCliTable, 1);

  g_return_val_if_fail (strlen (right_aligned) == n_columns, NULL);
  table->n_columns = n_columns;
  table->right_aligned = g_strdup (right_aligned);
  table->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  return table;
}

void
dk_cli_table_add_row (DkCliTable *table,
                      const char *first,
                      ...)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  va_list args;
  guint n = 0;

  va_start (args, first);
  for (const char *cell = first; n < table->n_columns; cell = va_arg (args, const char *), n++)
    g_strv_builder_add (builder, cell != NULL ? cell : "");
  va_end (args);
  g_ptr_array_add (table->rows, g_strv_builder_end (builder));
}

void
dk_cli_table_print (DkCliTable *table,
                    FILE       *out)
{
  g_autofree glong *widths = g_new0 (glong, table->n_columns);

  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = g_ptr_array_index (table->rows, r);

      for (guint c = 0; c < table->n_columns; c++)
        widths[c] = MAX (widths[c], g_utf8_strlen (cells[c], -1));
    }
  for (guint r = 0; r < table->rows->len; r++)
    {
      char **cells = g_ptr_array_index (table->rows, r);
      GString *line = g_string_new (NULL);

      for (guint c = 0; c < table->n_columns; c++)
        {
          glong pad = widths[c] - g_utf8_strlen (cells[c], -1);
          gboolean right = table->right_aligned[c] == 'r';

          if (c > 0)
            g_string_append (line, "  ");
          if (right)
            for (glong i = 0; i < pad; i++)
              g_string_append_c (line, ' ');
          g_string_append (line, cells[c]);
          if (!right && c + 1 < table->n_columns)
            for (glong i = 0; i < pad; i++)
              g_string_append_c (line, ' ');
        }
      while (line->len > 0 && line->str[line->len - 1] == ' ')
        g_string_truncate (line, line->len - 1);
      fprintf (out, "%s\n", line->str);
      g_string_free (line, TRUE);
    }
}

void
dk_cli_table_free (DkCliTable *table)
{
  if (table == NULL)
    return;
  g_ptr_array_unref (table->rows);
  g_free (table->right_aligned);
  g_free (table);
}
