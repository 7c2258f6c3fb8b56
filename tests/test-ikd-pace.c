/* test-ikd-pace.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pace to the target: per month, the date reached, the need by the end of the year,
 * computed by hand for each case; then from a database with two dates, and through
 * `dukcapil-cli ikd --pace`.
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dk-ikd-pace.h"
#include "dk-test-util.h"

static void
test_compute (void)
{
  static const struct
  {
    const char *from, *to;
    gint64      ikd_from, ikd_to, rekam;
    gboolean    has_pace;
    double      per_month, needed_per_month;
    const char *reach, *deadline;
  } cases[] = {
    /* 1,200 in 181 days = 201.77 a month; 800 short; 184 days to 31 December = 6.045
     * months; 800 / 201.77 months = 120.7 days, so 121 days after 30 June */
    { "2025-12-31", "2026-06-30", 1000, 2200, 10000, TRUE, 1200 / (181 / (365.25 / 12)),
      800 / (184 / (365.25 / 12)), "2026-10-29", "2026-12-31" },
    /* falling: never at this pace, and the need is the same */
    { "2025-12-31", "2026-06-30", 2300, 2200, 10000, TRUE, -100 / (181 / (365.25 / 12)),
      800 / (184 / (365.25 / 12)), NULL, "2026-12-31" },
    /* flat */
    { "2025-12-31", "2026-06-30", 2200, 2200, 10000, TRUE, 0, 800 / (184 / (365.25 / 12)), NULL, "2026-12-31" },
    /* reached already */
    { "2025-12-31", "2026-06-30", 2900, 3100, 10000, TRUE, 200 / (181 / (365.25 / 12)), 0, "", "2026-12-31" },
    /* the report of 31 December looks at the next year: 1,200 in 184 days, 800 short,
     * 4.03 months = 122.7 days after 31 December */
    { "2025-06-30", "2025-12-31", 1000, 2200, 10000, TRUE, 1200 / (184 / (365.25 / 12)),
      800 / (365 / (365.25 / 12)), "2026-05-03", "2026-12-31" },
    /* one date only */
    { "2025-12-31", "2025-12-31", 1000, 2200, 10000, FALSE, 0, 0, NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      DkIkdPace pace = { 0 };

      g_test_message ("case %u", i);
      dk_ikd_pace_compute (&pace, cases[i].from, cases[i].ikd_from, cases[i].to, cases[i].ikd_to,
                           cases[i].rekam, 3000);
      g_assert_cmpint (pace.has_pace, ==, cases[i].has_pace);
      if (!pace.has_pace)
        continue;
      g_assert_cmpfloat_with_epsilon (pace.per_month, cases[i].per_month, 1e-6);
      g_assert_cmpfloat_with_epsilon (pace.needed_per_month, cases[i].needed_per_month, 1e-6);
      g_assert_cmpstr (pace.reach_date, ==, cases[i].reach);
      g_assert_cmpstr (pace.deadline, ==, cases[i].deadline);
      g_free (pace.reach_date);
    }
}

/* With the seed's one date no region has a pace; with a second date (figures for two
 * kabupaten/kota) Pesisir Selatan's is its growth between the two. */
static void
test_load (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) one = dk_ikd_pace_load (store, "13", NULL, &error);
  g_autoptr(GPtrArray) two = NULL;
  DkIkdInput mid[] = { { "13.01", 384386, 20952, -1 }, { "13.71", 680000, 200000, -1 } };

  g_assert_no_error (error);
  g_assert_cmpuint (one->len, ==, 20);
  for (guint i = 0; i < one->len; i++)
    g_assert_false (((DkIkdPace *) one->pdata[i])->has_pace);

  g_assert_true (dk_ikd_replace_values (store, "2026-06-30", "13", NULL, mid, 2, &error));
  g_assert_no_error (error);
  two = dk_ikd_pace_load (store, "13", "2026-06-30", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (((DkIkdPace *) two->pdata[0])->kode, ==, "13");
  for (guint i = 1; i < two->len; i++)
    {
      DkIkdPace *pace = two->pdata[i];

      if (g_str_equal (pace->kode, "13.01"))
        {
          /* 10,000 more in 181 days */
          g_assert_true (pace->has_pace);
          g_assert_cmpfloat_with_epsilon (pace->per_month, 10000 / (181 / (365.25 / 12)), 1e-6);
          g_assert_cmpstr (pace->from, ==, "2025-12-31");
        }
      else if (!g_str_equal (pace->kode, "13.71"))
        g_assert_false (pace->has_pace);
    }
  /* the province's pace is the growth of the two parts with both dates (10,000 more in
   * Pesisir Selatan, 33,486 fewer in Kota Padang), not the fall of its total from 19 parts
   * to 2 */
  g_assert_true (((DkIkdPace *) two->pdata[0])->has_pace);
  g_assert_cmpfloat_with_epsilon (((DkIkdPace *) two->pdata[0])->per_month, -23486 / (181 / (365.25 / 12)), 1e-6);
  dk_test_rm_rf (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/dk/ikd-pace/compute", test_compute);
  g_test_add_func ("/dk/ikd-pace/load", test_load);
  return g_test_run ();
}
