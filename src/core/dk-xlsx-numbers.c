/* dk-xlsx-numbers.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Faster number cells: libxlsxwriter (1.1.4 in Debian 12) writes every number cell with
 * fprintf ("%.16G"), and on a national village table that floating-point formatting is a
 * third of the export's time, though nearly every number the reports hold is a whole
 * count. This file defines the library's _write_number_cell in our executables (they
 * export the symbol, see meson.build), so the library's call lands here: a whole number
 * of at most 15 digits is written with the same XML, digit for digit, without printf;
 * anything else goes on to the real function.
 *
 * The first call checks the shortcut against the real function on sample cells; should
 * the library be another version whose output or structures differ, every call goes to
 * the real function. Should the real function not be found, the shortcut is never taken
 * for other numbers either: they are written with the library's own format string.
 */
#define G_LOG_DOMAIN "dk-xlsx"

#define _GNU_SOURCE
#include "config.h"

#include <dlfcn.h>
#include <glib.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <xlsxwriter.h>

typedef void (*WriteNumberFunc) (lxw_worksheet *self,
                                 char          *range,
                                 int32_t        style_index,
                                 lxw_cell      *cell);

/* the largest whole number written without printf: "%.16G" prints it digit for digit */
#define MAX_WHOLE 999999999999999.0

void _write_number_cell (lxw_worksheet *self,
                         char          *range,
                         int32_t        style_index,
                         lxw_cell      *cell);

static char *
append (char       *p,
        const char *s)
{
  gsize n = strlen (s);

  memcpy (p, s, n);
  return p + n;
}

static char *
append_int (char   *p,
            gint64  v)
{
  char digits[24];
  guint n = 0;
  guint64 u = v < 0 ? (guint64) -v : (guint64) v;

  if (v < 0)
    *p++ = '-';
  do
    digits[n++] = (char) ('0' + u % 10);
  while ((u /= 10) != 0);
  while (n > 0)
    *p++ = digits[--n];
  return p;
}

/* Writes the cell if it is a whole number the shortcut covers; FALSE otherwise. */
static gboolean
write_whole (FILE       *file,
             const char *range,
             int32_t     style_index,
             double      number)
{
  char buf[128];
  char *p = buf;

  if (!(number >= -MAX_WHOLE && number <= MAX_WHOLE) || number != floor (number) ||
      (number == 0 && signbit (number)) || strlen (range) > 32)
    return FALSE;
  p = append (p, "<c r=\"");
  p = append (p, range);
  if (style_index != 0)
    {
      p = append (p, "\" s=\"");
      p = append_int (p, style_index);
    }
  p = append (p, "\"><v>");
  p = append_int (p, (gint64) number);
  p = append (p, "</v></c>");
  fwrite (buf, 1, p - buf, file);
  return TRUE;
}

/* The real function's output and the shortcut's for one cell, compared. */
static gboolean
same_output (WriteNumberFunc real,
             const char      *range,
             int32_t          style_index,
             double           number)
{
  lxw_worksheet sheet;
  lxw_cell cell;
  char *theirs = NULL, *ours = NULL;
  size_t theirs_len = 0, ours_len = 0;
  FILE *out;
  gboolean same;

  memset (&sheet, 0, sizeof sheet);
  memset (&cell, 0, sizeof cell);
  cell.type = NUMBER_CELL;
  cell.u.number = number;
  if ((out = open_memstream (&theirs, &theirs_len)) == NULL)
    return FALSE;
  sheet.file = out;
  real (&sheet, (char *) range, style_index, &cell);
  fclose (out);
  if ((out = open_memstream (&ours, &ours_len)) == NULL)
    {
      free (theirs);
      return FALSE;
    }
  same = write_whole (out, range, style_index, number);
  fclose (out);
  same = same && theirs_len == ours_len && memcmp (theirs, ours, ours_len) == 0;
  free (theirs);
  free (ours);
  return same;
}

/* 1: no real function; 2: the real function only; 3: the shortcut, checked */
static gsize state = 0;
static WriteNumberFunc real = NULL;

static gsize
check (void)
{
  if (g_once_init_enter (&state))
    {
      gsize found;

      real = (WriteNumberFunc) dlsym (RTLD_NEXT, "_write_number_cell");
      if (real == NULL)
        found = 1;
      else if (g_strcmp0 (lxw_version (), LXW_VERSION) == 0 &&
               same_output (real, "B7", 3, 4186046.0) && same_output (real, "XFD1048576", 0, -12.0) &&
               same_output (real, "A1", 12, 0.0) && same_output (real, "C2", 1, MAX_WHOLE))
        found = 3;
      else
        found = 2;
      g_once_init_leave (&state, found);
    }
  return state;
}

/* For the tests: whether whole numbers take the shortcut. */
gboolean _dk_xlsx_whole_numbers_shortcut (void);

gboolean
_dk_xlsx_whole_numbers_shortcut (void)
{
  return check () == 3;
}

void
_write_number_cell (lxw_worksheet *self,
                    char          *range,
                    int32_t        style_index,
                    lxw_cell      *cell)
{
  gsize how = check ();

  if (how == 3 && write_whole (self->file, range, style_index, cell->u.number))
    return;
  if (how != 1)
    {
      real (self, range, style_index, cell);
      return;
    }
  /* the library's own format, as it writes it */
  if (style_index != 0)
    fprintf (self->file, "<c r=\"%s\" s=\"%d\"><v>%.16G</v></c>", range, style_index, cell->u.number);
  else
    fprintf (self->file, "<c r=\"%s\"><v>%.16G</v></c>", range, cell->u.number);
}
