/* dk-parse.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * How the files offices send are read: their encodings, their numbers, their region
 * codes and names and the dates in their titles. Each rule is a pure function with its
 * own tests.
 */
#define G_LOG_DOMAIN "dk-parse"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dk-error.h"
#include "dk-format.h"
#include "dk-number.h"
#include "dk-parse.h"

/**
 * dk_parse_decode_text:
 * @data: a file's bytes
 * @length: their number
 * @out_length: (out) (optional): the length of the text returned
 *
 * Gives a file's text as UTF-8: UTF-8 with or without a byte-order mark, UTF-16 with one
 * (Excel's "Unicode text"), or Windows-1252 (Excel's "CSV" on Windows). A binary file, or
 * one that is none of these, is refused.
 *
 * Returns: (transfer full): the text, or %NULL with @error set
 */
char *
dk_parse_decode_text (const char  *data,
                      gsize        length,
                      gsize       *out_length,
                      GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  char *text;
  gsize written = 0;

  if (length == 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_PARSE, _("the file is empty"));
      return NULL;
    }

  if (length >= 2 && ((guchar) data[0] == 0xFF && (guchar) data[1] == 0xFE))
    text = g_convert (data + 2, length - 2, "UTF-8", "UTF-16LE", NULL, &written, &local_error);
  else if (length >= 2 && ((guchar) data[0] == 0xFE && (guchar) data[1] == 0xFF))
    text = g_convert (data + 2, length - 2, "UTF-8", "UTF-16BE", NULL, &written, &local_error);
  else if (memchr (data, '\0', length) != NULL)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_PARSE,
                   _("this is not a text file: it holds binary data (save the sheet as CSV)"));
      return NULL;
    }
  else
    {
      if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
        {
          data += 3;
          length -= 3;
        }
      if (g_utf8_validate_len (data, length, NULL))
        {
          text = g_strndup (data, length);
          written = length;
        }
      else
        text = g_convert (data, length, "UTF-8", "WINDOWS-1252", NULL, &written, &local_error);
    }

  if (text == NULL)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_PARSE,
                   _("the text is neither UTF-8 nor Windows-1252 (save the sheet as CSV UTF-8)"));
      return NULL;
    }
  if (memchr (text, '\0', written) != NULL)
    {
      g_free (text);
      g_set_error (error, DK_ERROR, DK_ERROR_PARSE,
                   _("this is not a text file: it holds binary data (save the sheet as CSV)"));
      return NULL;
    }
  if (out_length)
    *out_length = written;
  return text;
}

/* Trims ASCII blanks and no-break spaces, which spreadsheets put around numbers. */
static char *
trim_cell (const char *text)
{
  const char *start = text, *end = text + strlen (text);

  for (;;)
    {
      if (start < end && g_ascii_isspace (*start))
        start++;
      else if (end - start >= 2 && (guchar) start[0] == 0xC2 && (guchar) start[1] == 0xA0)
        start += 2;
      else
        break;
    }
  for (;;)
    {
      if (end > start && g_ascii_isspace (end[-1]))
        end--;
      else if (end - start >= 2 && (guchar) end[-2] == 0xC2 && (guchar) end[-1] == 0xA0)
        end -= 2;
      else
        break;
    }
  return g_strndup (start, end - start);
}

static gboolean
is_dash (const char *s)
{
  return g_str_equal (s, "-") || g_str_equal (s, "\u2013") || g_str_equal (s, "\u2014") ||
         g_str_equal (s, "--");
}

static gboolean
is_separator (const char *p,
              gsize      *len)
{
  if (*p == '.' || *p == ',' || *p == ' ' || *p == '\'')
    {
      *len = 1;
      return TRUE;
    }
  if ((guchar) p[0] == 0xC2 && (guchar) p[1] == 0xA0)
    {
      *len = 2;
      return TRUE;
    }
  return FALSE;
}

/* Splits "4.186.046" into digit groups and the separators between them. FALSE when
 * anything but digits and separators is there, or two separators touch. */
static gboolean
split_groups (const char  *s,
              GPtrArray   *groups,
              GString     *seps)
{
  const char *p = s;

  while (*p)
    {
      const char *start = p;
      gsize len;

      while (g_ascii_isdigit (*p))
        p++;
      if (p == start)
        return FALSE;
      g_ptr_array_add (groups, g_strndup (start, p - start));
      if (*p == '\0')
        break;
      if (!is_separator (p, &len))
        return FALSE;
      /* a no-break space counts as a space */
      g_string_append_c (seps, len == 2 ? ' ' : *p);
      p += len;
      if (*p == '\0')
        return FALSE;
    }
  return groups->len > 0;
}

static gboolean
groups_are_thousands (GPtrArray *groups,
                      GString   *seps)
{
  const char *first = g_ptr_array_index (groups, 0);

  if (strlen (first) > 3)
    return FALSE;
  for (guint i = 1; i < groups->len; i++)
    if (strlen (g_ptr_array_index (groups, i)) != 3)
      return FALSE;
  for (gsize i = 1; i < seps->len; i++)
    if (seps->str[i] != seps->str[0])
      return FALSE;
  return TRUE;
}

static gboolean
digits_to_int (GPtrArray *groups,
               guint      n,
               gint64    *value)
{
  guint64 v = 0;

  for (guint i = 0; i < n; i++)
    for (const char *p = g_ptr_array_index (groups, i); *p; p++)
      {
        if (v > (guint64) (G_MAXINT64 - (*p - '0')) / 10)
          return FALSE;
        v = v * 10 + (*p - '0');
      }
  *value = (gint64) v;
  return TRUE;
}

/* Why a figure over its bound (dk-number.h) is refused: a paste error or a broken file,
 * never a region's figure. */
static char *
too_large (const char *cell,
           gboolean    rupiah)
{
  DkNumberFormat fmt;
  g_autofree char *max = NULL;

  dk_number_format_init_locale (&fmt);
  max = dk_format_int (&fmt, rupiah ? DK_RUPIAH_MAX : DK_COUNT_MAX);
  if (rupiah)
    /* Translators: the cell, the largest amount allowed */
    return g_strdup_printf (_("“%s” is more than any budget holds (at most Rp %s)"), cell, max);
  /* Translators: the cell, the largest count allowed */
  return g_strdup_printf (_("“%s” is more than any region can count (at most %s)"), cell, max);
}

static gboolean
set_read_error (const char  *path,
                int          errsv,
                GError     **error)
{
  g_autofree char *name = g_filename_display_name (path);

  /* Translators: the file, why it cannot be read */
  g_set_error (error, DK_ERROR, DK_ERROR_IO, _("%s cannot be read: %s"), name, g_strerror (errsv));
  return FALSE;
}

/* The checks of dk_parse_read_file() on what @st describes. */
static gboolean
check_readable (const char         *path,
                const struct stat  *st,
                GError            **error)
{
  g_autofree char *name = g_filename_display_name (path);

  if (!S_ISREG (st->st_mode))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_IO,
                   S_ISDIR (st->st_mode) ? _("%s is a folder; choose a file in it")
                                         : _("%s is not a file (a device or a pipe); choose a table saved as a file"),
                   name);
      return FALSE;
    }
  if (st->st_size > DK_PARSE_MAX_FILE_BYTES)
    {
      g_autofree char *size = g_format_size_full ((guint64) st->st_size, G_FORMAT_SIZE_IEC_UNITS);

      /* Translators: the file, its size, the largest size read in MiB */
      g_set_error (error, DK_ERROR, DK_ERROR_IO,
                   _("%s is %s, more than the %u MiB any office’s table can be; is it the right file?"), name, size,
                   (guint) (DK_PARSE_MAX_FILE_BYTES / (1024 * 1024)));
      return FALSE;
    }
  return TRUE;
}

/**
 * dk_parse_read_file:
 * @path: the file an office sent
 * @contents: (out): its bytes, with a terminating nul
 * @length: (out): their number
 * @error: return location for a #GError
 *
 * Reads a file to be imported, refusing before it is opened anything that is not a
 * regular file (a folder, a FIFO that would never end, /dev/zero) and anything over
 * %DK_PARSE_MAX_FILE_BYTES. The file is opened without blocking and checked again, so a
 * file swapped in between is refused too, and never more than the bound is read.
 *
 * Returns: %TRUE when @contents holds the file
 */
gboolean
dk_parse_read_file (const char  *path,
                    char       **contents,
                    gsize       *length,
                    GError     **error)
{
  g_autofree char *buf = NULL;
  struct stat st;
  gsize n = 0;
  int fd;

  if (g_stat (path, &st) != 0)
    return set_read_error (path, errno, error);
  if (!check_readable (path, &st, error))
    return FALSE;
  if ((fd = g_open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC, 0)) < 0)
    return set_read_error (path, errno, error);
  if (fstat (fd, &st) != 0 || !check_readable (path, &st, error))
    {
      int saved = errno;

      close (fd);
      return error != NULL && *error != NULL ? FALSE : set_read_error (path, saved, error);
    }
  buf = g_malloc ((gsize) st.st_size + 1);
  while (n <= (gsize) st.st_size)
    {
      gssize r = read (fd, buf + n, (gsize) st.st_size + 1 - n);

      if (r < 0 && errno == EINTR)
        continue;
      if (r < 0)
        {
          int saved = errno;

          close (fd);
          return set_read_error (path, saved, error);
        }
      if (r == 0)
        break;
      n += (gsize) r;
    }
  close (fd);
  /* a file that grew while it was read is read up to its size when checked */
  n = MIN (n, (gsize) st.st_size);
  buf[n] = '\0';
  *length = n;
  *contents = g_steal_pointer (&buf);
  return TRUE;
}

/**
 * dk_parse_more_problems:
 * @n_more: the problems not listed
 *
 * Returns: (transfer full): the line closing a list of problems cut at
 *   %DK_PARSE_MAX_PROBLEMS
 */
char *
dk_parse_more_problems (guint n_more)
{
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "… and %u more problem", "… and %u more problems", n_more),
                          n_more);
}

/**
 * dk_parse_count:
 * @text: a cell of a count column: "4186046", "4.186.046", "4,186,046", "4 186 046", "-"
 * @value: (out): the count
 * @is_none: (out) (optional): set when the cell is "-", which the reports print for none
 * @why: (out) (optional): why the cell is refused, for the message
 *
 * A count is a whole number, so a '.' or ',' between groups of three digits can only
 * group thousands, whichever convention the office used. "12,5" is not a count, and
 * neither is anything over %DK_COUNT_MAX (see dk-number.h).
 */
gboolean
dk_parse_count (const char  *text,
                gint64      *value,
                gboolean    *is_none,
                char       **why)
{
  g_autofree char *s = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GString) seps = NULL;
  guint64 plain;

  if (is_none)
    *is_none = FALSE;
  /* the common case, plain digits, without a copy */
  if (g_ascii_isdigit (*text) && g_ascii_string_to_unsigned (text, 10, 0, DK_COUNT_MAX, &plain, NULL))
    {
      *value = (gint64) plain;
      return TRUE;
    }
  s = trim_cell (text);
  groups = g_ptr_array_new_with_free_func (g_free);
  seps = g_string_new (NULL);
  if (*s == '\0')
    {
      if (why)
        *why = g_strdup (_("the cell is empty; expected a number (0 or “-” for none)"));
      return FALSE;
    }
  if (is_dash (s))
    {
      *value = 0;
      if (is_none)
        *is_none = TRUE;
      return TRUE;
    }
  if ((s[0] == '-' && g_ascii_isdigit (s[1])) || g_str_has_prefix (s, "\u2212"))
    {
      if (why)
        *why = g_strdup_printf (_("“%s” is negative; a count cannot be"), s);
      return FALSE;
    }
  if (!split_groups (s, groups, seps))
    {
      if (why)
        *why = g_strdup_printf (_("“%s” is not a number"), s);
      return FALSE;
    }
  if (groups->len > 1 && !groups_are_thousands (groups, seps))
    {
      if (why)
        *why = g_strdup_printf (_("“%s” is not a whole number; a count has no decimals"), s);
      return FALSE;
    }
  if (!digits_to_int (groups, groups->len, value) || *value > DK_COUNT_MAX)
    {
      if (why)
        *why = too_large (s, FALSE);
      return FALSE;
    }
  return TRUE;
}

/* the common case, "11.93" or "11,93" (up to 100), without a copy */
static gboolean
parse_plain_percent (const char *text,
                     int        *bp)
{
  const char *p = text;
  int w = 0, f = 0, n_w = 0, n_f = 0, v;

  for (; g_ascii_isdigit (*p) && n_w < 4; p++, n_w++)
    w = w * 10 + (*p - '0');
  if (n_w > 0 && n_w < 4 && (*p == '.' || *p == ','))
    for (p++; g_ascii_isdigit (*p) && n_f < 3; p++, n_f++)
      f = f * 10 + (*p - '0');
  /* a mark must have digits after it; anything else takes the full rules */
  if (!(n_w > 0 && n_w < 4 && *p == '\0' && n_f <= 2 && p[-1] != '.' && p[-1] != ','))
    return FALSE;
  v = w * 100 + (n_f == 1 ? f * 10 : f);
  if (v > 10000)
    return FALSE;
  *bp = v;
  return TRUE;
}

static void
strip_percent_sign (char *s)
{
  gsize len = strlen (s);

  if (len > 0 && s[len - 1] == '%')
    {
      s[--len] = '\0';
      g_strchomp (s);
    }
}

/* Finds the decimal mark: with one mark, or a last one unlike the others, the last group
 * is the fraction and any marks before it group thousands; with several alike, they all
 * group thousands. Returns %FALSE when the groups are not thousands. */
static gboolean
split_decimal (GPtrArray   *groups,
               GString     *seps,
               const char **frac,
               guint       *n_int)
{
  *frac = "";
  *n_int = groups->len;
  if (seps->len == 1 || (seps->len > 1 && seps->str[seps->len - 1] != seps->str[0]))
    {
      *frac = g_ptr_array_index (groups, groups->len - 1);
      *n_int = groups->len - 1;
      if (*n_int > 1)
        {
          g_autoptr(GString) int_seps = g_string_new_len (seps->str, seps->len - 1);
          g_autoptr(GPtrArray) int_groups = g_ptr_array_new ();

          for (guint i = 0; i < *n_int; i++)
            g_ptr_array_add (int_groups, g_ptr_array_index (groups, i));
          return groups_are_thousands (int_groups, int_seps);
        }
      return TRUE;
    }
  return !(seps->len > 1 && !groups_are_thousands (groups, seps));
}

/* @whole and the first two digits of @frac (any further ones are zeros) */
static gint64
to_hundredths (gint64      whole,
               const char *frac)
{
  gint64 hundredths = whole * 100;

  if (frac[0])
    {
      hundredths += (frac[0] - '0') * 10;
      if (frac[1])
        hundredths += frac[1] - '0';
    }
  return hundredths;
}

/* Whether @frac has a digit other than 0 past the hundredths, which the figures the
 * program keeps (hundredths of a percent) would have to round away unsaid */
static gboolean
finer_than_hundredths (const char *frac)
{
  if (strlen (frac) <= 2)
    return FALSE;
  for (const char *p = frac + 2; *p; p++)
    if (*p != '0')
      return TRUE;
  return FALSE;
}

/**
 * dk_parse_percent:
 * @text: a percentage cell: "11,93", "11.93", "11,93%", "11.93 %", "-"
 * @bp: (out): hundredths of a percent; -1 when the cell is blank or "-"
 * @why: (out) (optional): why the cell is refused
 *
 * A percentage of a whole is at most 100, so a single '.' or ',' is its decimal mark
 * whichever convention the office used ("1.23" is 1,23 %, never 123 %). The report
 * gives percentages to two decimals: a third one that is not 0 ("1.234", "29,917") is
 * refused rather than silently rounded, since it means the cell is not the report's
 * percentage (or not a percentage at all).
 */
gboolean
dk_parse_percent (const char  *text,
                  int         *bp,
                  char       **why)
{
  g_autofree char *s = NULL;
  g_autoptr(GPtrArray) groups = NULL;
  g_autoptr(GString) seps = NULL;
  gint64 whole = 0, hundredths;
  const char *frac;
  guint n_int;

  *bp = -1;
  if (parse_plain_percent (text, bp))
    return TRUE;
  s = trim_cell (text);
  groups = g_ptr_array_new_with_free_func (g_free);
  seps = g_string_new (NULL);
  strip_percent_sign (s);
  if (*s == '\0' || is_dash (s))
    return TRUE;
  if (s[0] == '-' || g_str_has_prefix (s, "\u2212"))
    {
      if (why)
        *why = g_strdup_printf (_("“%s” is negative; a percentage cannot be"), s);
      return FALSE;
    }
  if (!split_groups (s, groups, seps) || strchr (seps->str, ' ') || strchr (seps->str, '\'') ||
      !split_decimal (groups, seps, &frac, &n_int) ||
      !digits_to_int (groups, n_int, &whole) || whole > 1000000)
    {
      if (why)
        *why = g_strdup_printf (_("“%s” is not a percentage"), s);
      return FALSE;
    }
  if (finer_than_hundredths (frac))
    {
      if (why)
        /* Translators: a refused percentage cell */
        *why = g_strdup_printf (_("“%s” has more than two decimals; a percentage is given to hundredths, like 29,92"), s);
      return FALSE;
    }
  hundredths = to_hundredths (whole, frac);
  if (hundredths > 10000)
    {
      if (why)
        *why = g_strdup_printf (_("“%s” is more than 100 %%"), s);
      return FALSE;
    }
  *bp = (int) hundredths;
  return TRUE;
}

/**
 * dk_parse_normalize_code:
 * @text: a region code as offices write it: "13.01", "1301", "13", "13.01.01.2001"
 *
 * Returns: (transfer full) (nullable): the Kemendagri code with its dots, or %NULL when
 *   @text is not a region code
 */
char *
dk_parse_normalize_code (const char *text)
{
  g_autofree char *s = trim_cell (text);
  static const guint parts[] = { 2, 2, 2, 4 };
  GString *out;
  gsize len = strlen (s), n_digits = 0;
  gboolean dotted = strchr (s, '.') != NULL;

  for (gsize i = 0; i < len; i++)
    {
      if (g_ascii_isdigit (s[i]))
        n_digits++;
      else if (s[i] != '.')
        return NULL;
    }
  if (!dotted)
    {
      const char *p = s;

      if (len != 2 && len != 4 && len != 6 && len != 10)
        return NULL;
      out = g_string_new (NULL);
      for (guint i = 0; i < G_N_ELEMENTS (parts) && *p; i++)
        {
          if (i > 0)
            g_string_append_c (out, '.');
          g_string_append_len (out, p, parts[i]);
          p += parts[i];
        }
      return g_string_free (out, FALSE);
    }
  else
    {
      guint seg = 0, seg_len = 0;

      /* "13.01.01.2001": segments of 2, 2, 2 and 4 digits */
      for (gsize i = 0; i <= len; i++)
        {
          if (s[i] == '.' || s[i] == '\0')
            {
              if (seg >= G_N_ELEMENTS (parts) || seg_len != parts[seg])
                return NULL;
              seg++;
              seg_len = 0;
            }
          else
            seg_len++;
        }
      return g_steal_pointer (&s);
    }
}

/* Abbreviations offices use in region names. */
static const struct { const char *abbr, *word; } abbreviations[] = {
  { "KAB", "KABUPATEN" },
  { "KEP", "KEPULAUAN" },
  { "KEPL", "KEPULAUAN" },
  { "PROV", "PROVINSI" },
  { "KEC", "KECAMATAN" },
  { "KEL", "KELURAHAN" },
  { "KAB/KOTA", "KABUPATEN" },
};

/**
 * dk_parse_name_key:
 * @name: a region's name in any case and spelling: "KOTA PADANG", "Kota Padang",
 *   "Kep. Mentawai", "Limapuluh Kota", "Kab. Solok"
 * @typed: (out) (optional): set when the name says whether it is a kabupaten, a kota or
 *   a province
 *
 * Gives a key under which the spellings of one name meet: the kind it names ("KAB",
 * "KOTA", "PROV" or nothing), a colon, and its words in upper case with the
 * abbreviations written out and the spaces dropped ("KAB:KEPULAUANMENTAWAI").
 *
 * Returns: (transfer full): the key
 */
char *
dk_parse_name_key (const char *name,
                   gboolean   *typed)
{
  g_autofree char *up = g_utf8_strup (name, -1);
  g_autoptr(GString) clean = g_string_new (NULL);
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) key = g_string_new (NULL);
  const char *kind = "";
  guint first = 0, n;

  for (const char *p = up; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c))
        g_string_append_unichar (clean, c);
      else
        g_string_append_c (clean, ' ');
    }
  words = g_strsplit_set (clean->str, " ", -1);
  n = g_strv_length (words);
  for (guint i = 0; i < n; i++)
    for (guint j = 0; j < G_N_ELEMENTS (abbreviations); j++)
      if (g_str_equal (words[i], abbreviations[j].abbr))
        {
          g_free (words[i]);
          words[i] = g_strdup (abbreviations[j].word);
        }

  while (first < n && words[first][0] == '\0')
    first++;
  if (first < n)
    {
      if (g_str_equal (words[first], "KABUPATEN"))
        kind = "KAB", first++;
      else if (g_str_equal (words[first], "PROVINSI"))
        kind = "PROV", first++;
      else if (g_str_equal (words[first], "KOTA"))
        {
          /* "KOTA" alone is not a name */
          for (guint i = first + 1; i < n; i++)
            if (words[i][0])
              {
                kind = "KOTA";
                first++;
                break;
              }
        }
    }

  g_string_append_printf (key, "%s:", kind);
  for (guint i = first; i < n; i++)
    g_string_append (key, words[i]);
  if (typed)
    *typed = kind[0] != '\0';
  return g_string_free (g_steal_pointer (&key), FALSE);
}

static const struct { const char *name; int month; } month_names[] = {
  { "januari", 1 }, { "january", 1 }, { "jan", 1 },
  { "februari", 2 }, { "pebruari", 2 }, { "february", 2 }, { "feb", 2 }, { "peb", 2 },
  { "maret", 3 }, { "march", 3 }, { "mar", 3 },
  { "april", 4 }, { "apr", 4 },
  { "mei", 5 }, { "may", 5 },
  { "juni", 6 }, { "june", 6 }, { "jun", 6 },
  { "juli", 7 }, { "july", 7 }, { "jul", 7 },
  { "agustus", 8 }, { "august", 8 }, { "agu", 8 }, { "ags", 8 }, { "agt", 8 }, { "aug", 8 },
  { "september", 9 }, { "sept", 9 }, { "sep", 9 },
  { "oktober", 10 }, { "october", 10 }, { "okt", 10 }, { "oct", 10 },
  { "november", 11 }, { "nopember", 11 }, { "nov", 11 }, { "nop", 11 },
  { "desember", 12 }, { "december", 12 }, { "des", 12 }, { "dec", 12 },
};

static char *
iso_date (int year,
          int month,
          int day)
{
  if (year < 1900 || year > 2999 || !g_date_valid_dmy (day, month, year))
    return NULL;
  return g_strdup_printf ("%04d-%02d-%02d", year, month, day);
}

/**
 * dk_parse_find_date:
 * @text: a title such as "Capaian aktivasi IKD per 31 Desember 2025", or a file name
 *   such as "ikd-2025-12-31.csv"
 *
 * Returns: (transfer full) (nullable): the first date in it, YYYY-MM-DD
 */
char *
dk_parse_find_date (const char *text)
{
  g_autoptr(GRegex) named = g_regex_new ("\\b([0-9]{1,2})\\s+([A-Za-z]{3,9})\\.?\\s+([0-9]{4})\\b",
                                          G_REGEX_CASELESS, 0, NULL);
  g_autoptr(GRegex) iso = g_regex_new ("(?<![0-9])([0-9]{4})-([0-9]{2})-([0-9]{2})(?![0-9])", 0, 0, NULL);
  g_autoptr(GRegex) dmy = g_regex_new ("(?<![0-9])([0-9]{1,2})[/.-]([0-9]{1,2})[/.-]([0-9]{4})(?![0-9])",
                                        0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  if (g_regex_match (named, text, 0, &match))
    {
      do
        {
          g_autofree char *d = g_match_info_fetch (match, 1);
          g_autofree char *m = g_match_info_fetch (match, 2);
          g_autofree char *y = g_match_info_fetch (match, 3);
          g_autofree char *lower = g_ascii_strdown (m, -1);

          for (guint i = 0; i < G_N_ELEMENTS (month_names); i++)
            if (g_str_equal (lower, month_names[i].name))
              {
                char *date = iso_date (atoi (y), month_names[i].month, atoi (d));

                if (date)
                  return date;
              }
        }
      while (g_match_info_next (match, NULL));
    }
  g_clear_pointer (&match, g_match_info_free);

  if (g_regex_match (iso, text, 0, &match))
    {
      g_autofree char *y = g_match_info_fetch (match, 1);
      g_autofree char *m = g_match_info_fetch (match, 2);
      g_autofree char *d = g_match_info_fetch (match, 3);
      char *date = iso_date (atoi (y), atoi (m), atoi (d));

      if (date)
        return date;
    }
  g_clear_pointer (&match, g_match_info_free);

  /* Indonesian order: day, month, year */
  if (g_regex_match (dmy, text, 0, &match))
    {
      g_autofree char *d = g_match_info_fetch (match, 1);
      g_autofree char *m = g_match_info_fetch (match, 2);
      g_autofree char *y = g_match_info_fetch (match, 3);

      return iso_date (atoi (y), atoi (m), atoi (d));
    }
  return NULL;
}

/**
 * dk_parse_rupiah:
 * @text: an amount cell: "15897000", "15.897.000", "15,897,000", "Rp 15.897.000", "-"
 * @value: (out): the amount in whole rupiah
 * @is_none: (out) (optional): set when the cell is "-" or blank, which the reports print
 *   for none
 * @why: (out) (optional): why the cell is refused, for the message
 *
 * Budget amounts are whole rupiah, so a '.' or ',' between groups of three digits groups
 * thousands whichever convention the office used; a fraction ("9.597.000,50") or a
 * negative amount is refused, and so is anything over %DK_RUPIAH_MAX (see dk-number.h).
 */
gboolean
dk_parse_rupiah (const char  *text,
                 gint64      *value,
                 gboolean    *is_none,
                 char       **why)
{
  g_autofree char *s = trim_cell (text);
  g_autoptr(GPtrArray) groups = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GString) seps = g_string_new (NULL);
  const char *p = s;

  *value = 0;
  if (is_none)
    *is_none = FALSE;
  if (g_ascii_strncasecmp (p, "Rp", 2) == 0)
    {
      p += 2;
      if (*p == '.')
        p++;
      while (*p == ' ')
        p++;
    }
  if (*p == '\0' || is_dash (p))
    {
      if (is_none)
        *is_none = TRUE;
      return TRUE;
    }
  if ((p[0] == '-' && (g_ascii_isdigit (p[1]) || p[1] == ' ')) || g_str_has_prefix (p, "\u2212") ||
      (p[0] == '(' && p[strlen (p) - 1] == ')'))
    {
      if (why)
        *why = g_strdup_printf (_("“%s” is negative; an amount cannot be"), s);
      return FALSE;
    }
  if (!split_groups (p, groups, seps))
    {
      if (why)
        *why = g_strdup_printf (_("“%s” is not an amount in rupiah, like 9.597.000"), s);
      return FALSE;
    }
  if (groups->len > 1 && !groups_are_thousands (groups, seps))
    {
      if (why)
        *why = g_strdup_printf (_("“%s” is not a whole number of rupiah; an amount has no fractions"), s);
      return FALSE;
    }
  if (!digits_to_int (groups, groups->len, value) || *value > DK_RUPIAH_MAX)
    {
      if (why)
        *why = too_large (s, TRUE);
      return FALSE;
    }
  return TRUE;
}

/* Four digits from 2000 to 2999 at @p, not part of a longer number. */
static int
year_at (const char *text,
         const char *p)
{
  int year = 0;

  if (p > text && g_ascii_isdigit (p[-1]))
    return 0;
  for (guint i = 0; i < 4; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return 0;
      year = year * 10 + (p[i] - '0');
    }
  if (g_ascii_isdigit (p[4]) || year < 2000 || year > 2999)
    return 0;
  return year;
}

/**
 * dk_parse_find_year:
 * @text: a table's title rows, or a file's name
 * @in_title: %TRUE for a title, where the year follows "Tahun (Anggaran)" or "TA";
 *   %FALSE for a file name, where any year from 2000 to 2999 counts
 *
 * Returns: the fiscal year @text names, or 0
 */
int
dk_parse_find_year (const char *text,
                    gboolean    in_title)
{
  static const char *words[] = { "TAHUN ANGGARAN", "TAHUN", "T.A.", "T.A", "TA" };
  g_autofree char *up = NULL;

  if (text == NULL)
    return 0;
  if (!in_title)
    {
      for (const char *p = text; *p; p++)
        if (year_at (text, p) != 0)
          return year_at (text, p);
      return 0;
    }

  up = g_ascii_strup (text, -1);
  for (guint w = 0; w < G_N_ELEMENTS (words); w++)
    {
      gsize n = strlen (words[w]);

      for (const char *p = strstr (up, words[w]); p; p = strstr (p + 1, words[w]))
        {
          const char *q = p + n;

          /* a word of its own: "TA" is not the end of "DATA" */
          if (p > up && g_ascii_isalpha (p[-1]))
            continue;
          if (g_ascii_isalpha (*q) && q[-1] != '.')
            continue;
          while (*q == ' ' || *q == ':' || *q == '\t')
            q++;
          if (year_at (up, q) != 0)
            return year_at (up, q);
        }
    }
  return 0;
}
