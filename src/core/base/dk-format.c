/* dk-format.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Numbers for people: grouped thousands, two decimals, percent and rupiah, in the
 * reader's conventions (4.186.046 and 11,93 % under Indonesian; 4,186,046 and 11.93%
 * under English). All arithmetic is on integers: percentages arrive as hundredths of a
 * percent (basis points), money as whole rupiah.
 */
#define G_LOG_DOMAIN "dk-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "dk-error.h"
#include "dk-format.h"

void
dk_number_format_init (DkNumberFormat *fmt,
                       const char     *group,
                       const char     *decimal)
{
  g_return_if_fail (fmt != NULL);
  g_strlcpy (fmt->group, group, sizeof fmt->group);
  g_strlcpy (fmt->decimal, decimal, sizeof fmt->decimal);
}

/**
 * dk_number_format_init_plain:
 *
 * The machine format of CSV output: no grouping, '.' as decimal mark.
 */
void
dk_number_format_init_plain (DkNumberFormat *fmt)
{
  dk_number_format_init (fmt, "", ".");
}

/**
 * dk_number_format_init_locale:
 *
 * The conventions of the current LC_NUMERIC locale. The C locale groups nothing, so
 * it falls back to the English convention of the opposite mark.
 */
void
dk_number_format_init_locale (DkNumberFormat *fmt)
{
  const struct lconv *lc = localeconv ();
  const char *decimal = lc->decimal_point != NULL && *lc->decimal_point ? lc->decimal_point : ".";
  const char *group = lc->thousands_sep != NULL ? lc->thousands_sep : "";

  if (*group == '\0')
    group = g_str_equal (decimal, ",") ? "." : ",";
  /* Some locales group with a narrow no-break space, which is fine on screen. */
  dk_number_format_init (fmt, group, decimal);
}

static char *
group_digits (const DkNumberFormat *fmt,
              guint64               value)
{
  char digits[32];
  GString *out = g_string_new (NULL);
  gsize n;

  g_snprintf (digits, sizeof digits, "%" G_GUINT64_FORMAT, value);
  n = strlen (digits);
  for (gsize i = 0; i < n; i++)
    {
      if (i > 0 && (n - i) % 3 == 0)
        g_string_append (out, fmt->group);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
dk_format_int (const DkNumberFormat *fmt,
               gint64                value)
{
  g_autofree char *digits = NULL;
  guint64 magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;

  digits = group_digits (fmt, magnitude);
  return value < 0 ? g_strconcat ("-", digits, NULL) : g_steal_pointer (&digits);
}

/**
 * dk_format_fixed:
 * @hundredths: a number times 100
 *
 * Returns: (transfer full): the number with two decimals: 1193 → "11,93"
 */
char *
dk_format_fixed (const DkNumberFormat *fmt,
                 gint64                hundredths)
{
  guint64 magnitude = hundredths < 0 ? (guint64) 0 - (guint64) hundredths : (guint64) hundredths;
  g_autofree char *whole = group_digits (fmt, magnitude / 100);

  return g_strdup_printf ("%s%s%s%02u", hundredths < 0 ? "-" : "", whole, fmt->decimal,
                          (guint) (magnitude % 100));
}

/**
 * dk_format_percent_bp:
 * @bp: a percentage in hundredths of a percent
 *
 * Returns: (transfer full): "11,93 %" or "11.93%", as the translation writes percentages
 */
char *
dk_format_percent_bp (const DkNumberFormat *fmt,
                      gint64                bp)
{
  g_autofree char *number = dk_format_fixed (fmt, bp);

  /* Translators: a percentage; %s is the number. Indonesian writes "11,93 %". */
  return g_strdup_printf (C_("percent", "%s%%"), number);
}

/**
 * dk_format_percent_short:
 * @bp: a percentage in hundredths of a percent
 *
 * Like dk_format_percent_bp(), without the decimals of a whole percentage: a target
 * reads "30 %", a measured value "11,93 %".
 *
 * Returns: (transfer full): the percentage
 */
char *
dk_format_percent_short (const DkNumberFormat *fmt,
                         gint64                bp)
{
  g_autofree char *number = NULL;

  if (bp % 100 != 0)
    return dk_format_percent_bp (fmt, bp);
  number = dk_format_int (fmt, bp / 100);
  return g_strdup_printf (C_("percent", "%s%%"), number);
}

char *
dk_format_rupiah (const DkNumberFormat *fmt,
                  gint64                rupiah)
{
  g_autofree char *number = dk_format_int (fmt, rupiah);

  /* Translators: an amount of money in rupiah; %s is the number. */
  return g_strdup_printf (C_("money", "Rp %s"), number);
}

/**
 * dk_format_compact:
 * @value: a whole number, e.g. rupiah
 *
 * Writes large numbers short, for axes and bar labels: 15.897.000 → "15,9 jt" under
 * Indonesian (ribu, juta, miliar, triliun), "15.9M" under English.
 *
 * Returns: (transfer full): the short form
 */
char *
dk_format_compact (const DkNumberFormat *fmt,
                   gint64                value)
{
  static const gint64 units[] = { G_GINT64_CONSTANT (1000000000000), 1000000000, 1000000, 1000 };
  guint64 magnitude = value < 0 ? (guint64) 0 - (guint64) value : (guint64) value;
  const char *suffix = NULL;
  gint64 tenths;

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      if (magnitude < (guint64) units[i])
        continue;
      switch (i)
        {
        /* Translators: short suffixes for trillion, billion, million and thousand
         * (Indonesian: "T", "M", "jt", "rb"); %s is the number, e.g. "1,5". */
        case 0: suffix = C_("compact number", "%sT"); break;
        case 1: suffix = C_("compact number", "%sB"); break;
        case 2: suffix = C_("compact number", "%sM"); break;
        default: suffix = C_("compact number", "%sK"); break;
        }
      tenths = (gint64) ((magnitude * 10 + (guint64) units[i] / 2) / (guint64) units[i]);
      {
        g_autofree char *number = tenths % 10 == 0 || tenths >= 1000
                                  ? dk_format_int (fmt, (tenths + 5) / 10)
                                  : g_strdup_printf ("%" G_GINT64_FORMAT "%s%d",
                                                     tenths / 10, fmt->decimal, (int) (tenths % 10));
        g_autofree char *signed_number = value < 0 ? g_strconcat ("-", number, NULL) : g_strdup (number);

        return g_strdup_printf (suffix, signed_number);
      }
    }
  return dk_format_int (fmt, value);
}

/**
 * dk_date_parse_iso:
 * @str: a date as YYYY-MM-DD
 * @date: (out caller-allocates): the date
 *
 * Returns: %TRUE if @str is exactly a valid calendar date in that form
 */
gboolean
dk_date_parse_iso (const char *str,
                   GDate      *date)
{
  guint y, m, d;
  char tail;

  g_return_val_if_fail (date != NULL, FALSE);

  g_date_clear (date, 1);
  if (str == NULL || strlen (str) != 10 || str[4] != '-' || str[7] != '-')
    return FALSE;
  for (guint i = 0; i < 10; i++)
    if (i != 4 && i != 7 && !g_ascii_isdigit (str[i]))
      return FALSE;
  if (sscanf (str, "%4u-%2u-%2u%c", &y, &m, &d, &tail) != 3)
    return FALSE;
  if (!g_date_valid_dmy (d, m, y))
    return FALSE;
  g_date_set_dmy (date, d, m, y);
  return TRUE;
}

/**
 * dk_date_check_iso:
 * @str: text that should be a date as YYYY-MM-DD
 * @date: (out caller-allocates) (optional): the date
 *
 * Like dk_date_parse_iso(), with the message a user sees when it is not a date.
 */
gboolean
dk_date_check_iso (const char  *str,
                   GDate       *date,
                   GError     **error)
{
  GDate parsed;

  if (dk_date_parse_iso (str, date != NULL ? date : &parsed))
    return TRUE;
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("“%s” is not a date in the form YYYY-MM-DD"), str);
  return FALSE;
}

/**
 * dk_format_date_indonesian:
 * @iso: a date as YYYY-MM-DD
 *
 * The date as the report writes it, in Indonesian whatever the locale: files written from
 * it are the same for every user.
 *
 * Returns: (transfer full): "31 Desember 2025"
 */
char *
dk_format_date_indonesian (const char *iso)
{
  static const char *months[] = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
                                  "Agustus", "September", "Oktober", "November", "Desember" };
  GDate date;

  if (!dk_date_parse_iso (iso, &date))
    return g_strdup (iso);
  return g_strdup_printf ("%u %s %u", g_date_get_day (&date), months[g_date_get_month (&date) - 1],
                          g_date_get_year (&date));
}

/**
 * dk_format_date_long:
 * @iso: a date as YYYY-MM-DD
 *
 * Returns: (transfer full): the date in the reader's language: "31 Desember 2025"
 */
char *
dk_format_date_long (const char *iso)
{
  GDate date;
  g_autoptr(GDateTime) dt = NULL;

  if (!dk_date_parse_iso (iso, &date))
    return g_strdup (iso);
  dt = g_date_time_new_utc (g_date_get_year (&date), g_date_get_month (&date),
                            g_date_get_day (&date), 0, 0, 0);
  /* Translators: a date as in "31 December 2025"; see g_date_time_format(). */
  return g_date_time_format (dt, C_("long date", "%-d %B %Y"));
}

/**
 * dk_parse_plain_fixed:
 * @str: a plain decimal such as "11.93", "7" or "0.5" ('.' as mark, no grouping)
 * @hundredths: (out): the value times 100
 *
 * Parses the machine format of our own CSV files. Returns %FALSE for anything else,
 * including more than two decimals.
 */
gboolean
dk_parse_plain_fixed (const char *str,
                      gint64     *hundredths)
{
  gint64 whole = 0, frac = 0;
  guint n_frac = 0;
  const char *p = str;

  if (str == NULL || !g_ascii_isdigit (*p))
    return FALSE;
  for (; g_ascii_isdigit (*p); p++)
    {
      if (whole > G_MAXINT64 / 1000)
        return FALSE;
      whole = whole * 10 + (*p - '0');
    }
  if (*p == '.')
    for (p++; g_ascii_isdigit (*p) && n_frac < 3; p++, n_frac++)
      frac = frac * 10 + (*p - '0');
  if (*p != '\0' || n_frac > 2 || (p[-1] == '.'))
    return FALSE;
  if (n_frac == 1)
    frac *= 10;
  *hundredths = whole * 100 + frac;
  return TRUE;
}

/**
 * dk_parse_plain_int:
 * @str: digits only
 * @value: (out): the number
 */
gboolean
dk_parse_plain_int (const char *str,
                    gint64     *value)
{
  guint64 v;

  if (str == NULL || *str == '\0')
    return FALSE;
  for (const char *p = str; *p; p++)
    if (!g_ascii_isdigit (*p))
      return FALSE;
  if (!g_ascii_string_to_unsigned (str, 10, 0, G_MAXINT64, &v, NULL))
    return FALSE;
  *value = (gint64) v;
  return TRUE;
}
