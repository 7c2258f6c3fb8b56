/* dk-pks-date.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The calendar of the agreements and of the SOP: an agreement's end from its term in
 * months, and working days, which skip Saturdays, Sundays and the holidays the user
 * entered (pks_libur).
 */
#define G_LOG_DOMAIN "dk-pks"

#include "config.h"

#include "dk-format.h"
#include "dk-pks-private.h"

void
_dk_pks_format_date (const GDate *date,
                     char         out[11])
{
  g_snprintf (out, 11, "%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
              g_date_get_day (date));
}

char *
_dk_pks_dup_stripped (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

/**
 * dk_pks_today:
 *
 * Returns: (transfer full): today's date in the local time zone, YYYY-MM-DD
 */
char *
dk_pks_today (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  return g_date_time_format (now, "%Y-%m-%d");
}

/**
 * dk_pks_add_months:
 * @months: may be negative
 *
 * The same day @months months later; the month's last day when that month is shorter
 * (31 January + 1 month = 28 or 29 February).
 *
 * Returns: %FALSE when @iso is not a date or the result is out of range
 */
gboolean
dk_pks_add_months (const char *iso,
                   int         months,
                   char        out[11])
{
  GDate date;

  if (!dk_date_parse_iso (iso, &date) || ABS (months) > 12 * 1000)
    return FALSE;
  if (months >= 0)
    g_date_add_months (&date, months);
  else
    g_date_subtract_months (&date, -months);
  if (!g_date_valid (&date))
    return FALSE;
  _dk_pks_format_date (&date, out);
  return TRUE;
}

/**
 * dk_pks_term_end:
 * @signed_on: the day the agreement was signed, its first day
 * @months: its term, more than 0
 *
 * The last day of a term of @months months from @signed_on: the day before the same day
 * @months months later (signed 2024-03-01 for 12 months: ends 2025-02-28). When that month
 * has no such day, the term ends on its last day (signed 31 January for 1 month: ends on
 * the last day of February).
 *
 * Returns: %FALSE when @signed_on is not a date or @months is 0
 */
gboolean
dk_pks_term_end (const char *signed_on,
                 guint       months,
                 char        out[11])
{
  GDate start, end;
  guint day;

  if (months == 0 || months > 12 * 1000 || !dk_date_parse_iso (signed_on, &start))
    return FALSE;
  day = g_date_get_day (&start);
  end = start;
  g_date_add_months (&end, months);
  if (g_date_get_day (&end) == day)
    g_date_subtract_days (&end, 1);
  /* else the month is shorter: g_date_add_months() already stopped at its last day */
  _dk_pks_format_date (&end, out);
  return TRUE;
}

/**
 * dk_pks_days_between:
 *
 * Returns: calendar days from @from to @to, negative when @to is earlier; 0 when either
 *   is not a date
 */
int
dk_pks_days_between (const char *from,
                     const char *to)
{
  GDate a, b;

  if (!dk_date_parse_iso (from, &a) || !dk_date_parse_iso (to, &b))
    return 0;
  return g_date_days_between (&a, &b);
}

static gboolean
is_working_day (const GDate *date,
                GHashTable  *holidays)
{
  GDateWeekday wd = g_date_get_weekday (date);
  char iso[11];

  if (wd == G_DATE_SATURDAY || wd == G_DATE_SUNDAY)
    return FALSE;
  if (holidays == NULL)
    return TRUE;
  _dk_pks_format_date (date, iso);
  return !g_hash_table_contains (holidays, iso);
}

/**
 * dk_pks_is_working_day:
 * @holidays: (nullable) (element-type utf8 utf8): a set of holiday dates
 *
 * Returns: whether @iso is a weekday that is not a holiday
 */
gboolean
dk_pks_is_working_day (const char *iso,
                       GHashTable *holidays)
{
  GDate date;

  return dk_date_parse_iso (iso, &date) && is_working_day (&date, holidays);
}

/**
 * dk_pks_add_working_days:
 * @holidays: (nullable): a set of holiday dates
 *
 * The @n-th working day after @from; for @n 0, @from itself when it is a working day,
 * else the next one.
 *
 * Returns: %FALSE when @from is not a date
 */
gboolean
dk_pks_add_working_days (const char *from,
                         guint       n,
                         GHashTable *holidays,
                         char        out[11])
{
  GDate date;
  guint guard = 0;

  if (!dk_date_parse_iso (from, &date))
    return FALSE;
  if (n == 0)
    {
      while (!is_working_day (&date, holidays) && guard++ < 3660)
        g_date_add_days (&date, 1);
    }
  else
    while (n > 0 && guard++ < 3660 + 2 * n)
      {
        g_date_add_days (&date, 1);
        if (is_working_day (&date, holidays))
          n--;
      }
  _dk_pks_format_date (&date, out);
  return TRUE;
}

/**
 * dk_pks_working_days_between:
 * @holidays: (nullable): a set of holiday dates
 *
 * Returns: the working days after @from up to and including @to; 0 when @to is not
 *   after @from
 */
int
dk_pks_working_days_between (const char *from,
                             const char *to,
                             GHashTable *holidays)
{
  GDate a, b;
  int n = 0;

  if (!dk_date_parse_iso (from, &a) || !dk_date_parse_iso (to, &b) || g_date_compare (&a, &b) >= 0)
    return 0;
  if (g_date_days_between (&a, &b) > 3660 * 10)
    return 0;
  while (g_date_compare (&a, &b) < 0)
    {
      g_date_add_days (&a, 1);
      n += is_working_day (&a, holidays);
    }
  return n;
}
