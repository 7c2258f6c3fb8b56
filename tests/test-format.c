/* test-format.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include "dk-format.h"

static void
test_int (void)
{
  static const struct { gint64 v; const char *id, *en; } cases[] = {
    { 0, "0", "0" },
    { 999, "999", "999" },
    { 1000, "1.000", "1,000" },
    { 4186046, "4.186.046", "4,186,046" },
    { -1234567, "-1.234.567", "-1,234,567" },
    { G_GINT64_CONSTANT (1234567890123), "1.234.567.890.123", "1,234,567,890,123" },
    { G_MININT64, "-9.223.372.036.854.775.808", "-9,223,372,036,854,775,808" },
  };
  DkNumberFormat id, en;

  dk_number_format_init (&id, ".", ",");
  dk_number_format_init (&en, ",", ".");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *a = dk_format_int (&id, cases[i].v);
      g_autofree char *b = dk_format_int (&en, cases[i].v);

      g_assert_cmpstr (a, ==, cases[i].id);
      g_assert_cmpstr (b, ==, cases[i].en);
    }
}

static void
test_fixed_and_percent (void)
{
  DkNumberFormat id, plain;
  g_autofree char *a = NULL, *b = NULL, *c = NULL, *d = NULL, *e = NULL, *f = NULL;

  dk_number_format_init (&id, ".", ",");
  dk_number_format_init_plain (&plain);
  a = dk_format_fixed (&id, 1193);
  b = dk_format_fixed (&plain, 5);
  c = dk_format_fixed (&id, 123456789);
  d = dk_format_fixed (&plain, -250);
  e = dk_format_percent_short (&plain, 3000);
  f = dk_format_percent_short (&plain, 3050);
  g_assert_cmpstr (a, ==, "11,93");
  g_assert_cmpstr (b, ==, "0.05");
  g_assert_cmpstr (c, ==, "1.234.567,89");
  g_assert_cmpstr (d, ==, "-2.50");
  /* the untranslated percent format */
  g_assert_cmpstr (e, ==, "30%");
  g_assert_cmpstr (f, ==, "30.50%");
}

static void
test_compact (void)
{
  DkNumberFormat en;
  static const struct { gint64 v; const char *text; } cases[] = {
    { 950, "950" },
    { 1000, "1K" },
    { 15897000, "15.9M" },
    { 125000000, "125M" },
    { 2500000000, "2.5B" },
    { -1500, "-1.5K" },
  };

  dk_number_format_init (&en, ",", ".");
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = dk_format_compact (&en, cases[i].v);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static void
test_parse (void)
{
  gint64 v;
  GDate date;

  g_assert_true (dk_parse_plain_fixed ("11.93", &v));
  g_assert_cmpint (v, ==, 1193);
  g_assert_true (dk_parse_plain_fixed ("6.7", &v));
  g_assert_cmpint (v, ==, 670);
  g_assert_true (dk_parse_plain_fixed ("100", &v));
  g_assert_cmpint (v, ==, 10000);
  g_assert_false (dk_parse_plain_fixed ("1.234", &v));
  g_assert_false (dk_parse_plain_fixed ("11,93", &v));
  g_assert_false (dk_parse_plain_fixed ("", &v));
  g_assert_false (dk_parse_plain_fixed ("12.", &v));
  g_assert_true (dk_parse_plain_int ("4186046", &v));
  g_assert_cmpint (v, ==, 4186046);
  g_assert_false (dk_parse_plain_int ("4,186,046", &v));
  g_assert_false (dk_parse_plain_int ("-1", &v));
  g_assert_false (dk_parse_plain_int ("99999999999999999999", &v));

  g_assert_true (dk_date_parse_iso ("2025-12-31", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 31);
  g_assert_false (dk_date_parse_iso ("2025-02-29", &date));
  g_assert_true (dk_date_parse_iso ("2024-02-29", &date));
  g_assert_false (dk_date_parse_iso ("31-12-2025", &date));
  g_assert_false (dk_date_parse_iso ("2025-12-31x", &date));
  g_assert_false (dk_date_parse_iso ("2025-1-31", &date));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dk/format/int", test_int);
  g_test_add_func ("/dk/format/fixed-and-percent", test_fixed_and_percent);
  g_test_add_func ("/dk/format/compact", test_compact);
  g_test_add_func ("/dk/format/parse", test_parse);
  return g_test_run ();
}
