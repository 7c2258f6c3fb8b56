/* dk-ikd-pace.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pace to the IKD target: from the last two dates with figures, a region's activations
 * per month, the date the target is reached at that pace, and the activations per month
 * it needs to reach the target by the end of the target's year.
 */
#define G_LOG_DOMAIN "dk-ikd-pace"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dk-format.h"
#include "dk-ikd-pace.h"

#define DAYS_PER_MONTH (365.25 / 12)

void
dk_ikd_pace_free (DkIkdPace *pace)
{
  if (pace == NULL)
    return;
  g_free (pace->kode);
  g_free (pace->wilayah);
  g_free (pace->reach_date);
  g_free (pace);
}

static void
format_date (GDate *date,
             char   out[11])
{
  g_snprintf (out, 11, "%04d-%02d-%02d", g_date_get_year (date), g_date_get_month (date), g_date_get_day (date));
}

/**
 * dk_ikd_pace_compute:
 * @from: the earlier date, YYYY-MM-DD
 * @ikd_from: the activations then
 * @to: the later date
 * @ikd_to: the activations then
 * @rekam_to: the recordings then, on which the target is counted
 * @target_bp: the target, in hundredths of a percent
 *
 * Fills @pace's figures (not its code or name). The target's year is @to's, or the next
 * when @to is the last day of its year (the report of 31 December looks at the year ahead).
 */
void
dk_ikd_pace_compute (DkIkdPace  *pace,
                     const char *from,
                     gint64      ikd_from,
                     const char *to,
                     gint64      ikd_to,
                     gint64      rekam_to,
                     int         target_bp)
{
  GDate d_from, d_to, deadline;
  double months;
  int days;

  g_return_if_fail (pace != NULL);
  pace->has_pace = FALSE;
  g_clear_pointer (&pace->reach_date, g_free);
  if (!dk_date_parse_iso (from, &d_from) || !dk_date_parse_iso (to, &d_to) ||
      (days = g_date_days_between (&d_from, &d_to)) <= 0)
    return;

  g_strlcpy (pace->from, from, sizeof pace->from);
  g_strlcpy (pace->to, to, sizeof pace->to);
  pace->has_pace = TRUE;
  pace->per_month = (ikd_to - ikd_from) / (days / DAYS_PER_MONTH);
  pace->needed = dk_ikd_shortfall (ikd_to, rekam_to, target_bp);

  g_date_set_dmy (&deadline, 31, G_DATE_DECEMBER, g_date_get_year (&d_to));
  if (g_date_compare (&deadline, &d_to) <= 0)
    g_date_add_years (&deadline, 1);
  format_date (&deadline, pace->deadline);
  months = g_date_days_between (&d_to, &deadline) / DAYS_PER_MONTH;
  pace->needed_per_month = pace->needed > 0 ? pace->needed / months : 0;

  if (pace->needed <= 0)
    pace->reach_date = g_strdup ("");
  else if (pace->per_month > 0)
    {
      double days_needed = ceil (pace->needed / pace->per_month * DAYS_PER_MONTH);
      GDate reach = d_to;
      char out[11];

      /* past a century it is "not at this pace" as well */
      if (days_needed < 36525)
        {
          g_date_add_days (&reach, (guint) days_needed);
          format_date (&reach, out);
          pace->reach_date = g_strdup (out);
        }
    }
}

static DkIkdPace *
pace_new (DkIkdRow *row)
{
  DkIkdPace *pace = g_new0 (DkIkdPace, 1);

  pace->kode = g_strdup (dk_ikd_row_get_kode (row));
  pace->wilayah = g_strdup (dk_ikd_row_get_wilayah (row));
  g_strlcpy (pace->to, "", sizeof pace->to);
  return pace;
}

static void
compare_rows (DkIkdPace  *pace,
              DkIkdRow   *before,
              DkIkdRow   *now,
              const char *from,
              const char *to)
{
  if (before == NULL || dk_ikd_row_get_rekam_dinamis (before) <= 0)
    return;
  dk_ikd_pace_compute (pace, from, dk_ikd_row_get_jumlah_ikd (before), to, dk_ikd_row_get_jumlah_ikd (now),
                       dk_ikd_row_get_rekam_dinamis (now), dk_ikd_row_get_target_bp (now));
}

/**
 * dk_ikd_pace_load:
 * @parent: the region; "" or "0" for the country
 * @as_of: (nullable): the later date; the latest when %NULL
 *
 * The pace of @parent and of each of its parts, from the figures of @as_of (or the latest
 * date) and of the date before it. A region without figures at both dates has
 * has_pace %FALSE; so does every region when there is one date only. When only some parts
 * have both dates, @parent's pace is the growth of those parts.
 *
 * Returns: (transfer container) (element-type DkIkdPace): @parent first, then its parts
 */
GPtrArray *
dk_ikd_pace_load (DkStore     *store,
                  const char  *parent,
                  const char  *as_of,
                  GError     **error)
{
  g_autoptr(DkIkdTable) now = NULL, before = NULL;
  g_autoptr(GPtrArray) paces = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_ikd_pace_free);
  g_autoptr(GHashTable) earlier = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) dates = NULL;
  const char *to, *from = NULL;
  GListModel *rows;
  gint64 growth = 0;
  guint n_paced = 0;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  if (!(now = dk_ikd_table_load (store, parent, as_of, error)) || !(dates = dk_ikd_list_dates (store, error)))
    return NULL;
  to = dk_ikd_table_get_as_of (now);
  for (guint i = 0; dates[i] != NULL && strcmp (dates[i], to) < 0; i++)
    from = dates[i];
  if (from != NULL)
    {
      g_autoptr(GError) local = NULL;

      /* the region may have no figures at the earlier date: then no pace, not an error */
      before = dk_ikd_table_load (store, parent, from, &local);
    }
  if (before != NULL)
    {
      rows = dk_ikd_table_get_rows (before);
      for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
        {
          DkIkdRow *row = g_list_model_get_item (rows, i);

          g_hash_table_insert (earlier, (gpointer) dk_ikd_row_get_kode (row), row);
          g_object_unref (row);   /* the table keeps it */
        }
    }

  g_ptr_array_add (paces, pace_new (dk_ikd_table_get_total (now)));
  rows = dk_ikd_table_get_rows (now);
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);
      DkIkdRow *old = g_hash_table_lookup (earlier, dk_ikd_row_get_kode (row));
      DkIkdPace *pace = pace_new (row);

      compare_rows (pace, old, row, from, to);
      if (pace->has_pace)
        {
          growth += dk_ikd_row_get_jumlah_ikd (row) - dk_ikd_row_get_jumlah_ikd (old);
          n_paced++;
        }
      g_ptr_array_add (paces, pace);
    }
  if (before != NULL && n_paced == g_list_model_get_n_items (rows) &&
      n_paced == g_list_model_get_n_items (dk_ikd_table_get_rows (before)))
    compare_rows (paces->pdata[0], dk_ikd_table_get_total (before), dk_ikd_table_get_total (now), from, to);
  else if (n_paced > 0)
    {
      DkIkdRow *total = dk_ikd_table_get_total (now);

      /* the parts with figures at one of the dates only would count as growth (or loss)
       * in the totals: the region's pace is that of its parts with both dates */
      dk_ikd_pace_compute (paces->pdata[0], from, dk_ikd_row_get_jumlah_ikd (total) - growth, to,
                           dk_ikd_row_get_jumlah_ikd (total), dk_ikd_row_get_rekam_dinamis (total),
                           dk_ikd_row_get_target_bp (total));
    }
  return g_steal_pointer (&paces);
}
