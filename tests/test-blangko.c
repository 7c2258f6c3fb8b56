/* test-blangko.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blank KTP-el cards: the coverage seed, the province's ledger, the offices' positions,
 * the allocation planner (its rule, and properties over many random inputs), the monthly
 * usage report and its balance check, reading it from a file, and `check`.
 *
 * The ledger figures are the tests' own: the source gives none.
 */
#include "config.h"

#include <string.h>

#include "dk-blangko.h"
#include "dk-domains.h"
#include "dk-blangko-plan.h"
#include "dk-blangko-usage.h"
#include "dk-check.h"
#include "dk-error.h"
#include "dk-history.h"
#include "dk-test-util.h"
#include "dk-xlsx-blangko.h"

typedef struct
{
  char    *dir;
  DkStore *store;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  f->dir = dk_test_make_tmpdir ();
  f->store = dk_test_fresh_store (f->dir);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_clear_object (&f->store);
  dk_test_rm_rf (f->dir);
  g_free (f->dir);
}

static void
receive (Fixture    *f,
         const char *tanggal,
         gint64      keping)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dk_blangko_add_receipt (f->store, tanggal, "BA/TEST", keping, NULL, NULL, &error));
  g_assert_no_error (error);
}

static gboolean
distribute (Fixture     *f,
            const char  *tanggal,
            const char  *kode,
            gint64       keping,
            GError     **error)
{
  DkBlangkoDistributionInput in = { tanggal, kode, "BAST/TEST", keping, DK_BLANGKO_COURIER, NULL };

  return dk_blangko_add_distribution (f->store, &in, NULL, error);
}

static gint64
stock_at (Fixture    *f,
          const char *as_of)
{
  g_autoptr(GError) error = NULL;
  DkBlangkoStock stock;

  g_assert_true (dk_blangko_stock_at (f->store, as_of, &stock, &error));
  g_assert_no_error (error);
  g_assert_cmpint (stock.stock, ==, stock.received - stock.distributed);
  return stock.stock;
}

static void
daily (Fixture    *f,
       const char *kode,
       const char *tanggal,
       gint64      sisa,
       gint64      cetak,
       gint64      prr,
       gint64      suket)
{
  g_autoptr(GError) error = NULL;
  DkBlangkoDaily d = { (char *) kode, "", sisa, cetak, prr, suket };

  g_strlcpy (d.tanggal, tanggal, sizeof d.tanggal);
  g_assert_true (dk_blangko_set_daily (f->store, &d, &error));
  g_assert_no_error (error);
}

/* ------------------------------------------------------------- coverage */

/* The source's November 2019 figures and the percentages it prints: 96,17 % recorded,
 * 95,51 % owning a KTP-el. */
static void
test_coverage_seed (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = dk_blangko_coverage_list (f->store, NULL, &error);
  g_auto(GStrv) dates = dk_blangko_coverage_dates (f->store, &error);
  DkBlangkoCoverage *c;

  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 1);
  g_assert_cmpuint (g_strv_length (dates), ==, 1);
  c = g_ptr_array_index (list, 0);
  g_assert_cmpstr (c->kode, ==, "13");
  g_assert_cmpstr (c->wilayah, ==, "SUMATERA BARAT");
  g_assert_cmpstr (c->per, ==, "2019-11-30");
  g_assert_cmpint (c->wajib_ktp, ==, 3883189);
  g_assert_cmpint (c->sudah_rekam, ==, 3734478);
  g_assert_cmpint (c->memiliki_ktp_el, ==, 3708770);
  g_assert_cmpint (c->dicetak_keping, ==, 1613407);
  g_assert_cmpint (c->prr, ==, 37881);
  g_assert_cmpint (c->sfe, ==, 392);
  g_assert_cmpint (c->duplicate_record, ==, 1337);
  g_assert_cmpint (c->rekam_bp, ==, 9617);
  g_assert_cmpint (c->ktp_el_bp, ==, 9551);

  /* a kabupaten's figures join the date's table, after the province */
  {
    DkBlangkoCoverage k = { (char *) "13.01", NULL, "2019-11-30", 300000, 290000, 285000, -1, 1200, -1, -1, 0, 0, NULL };

    g_assert_true (dk_blangko_coverage_set (f->store, &k, &error));
    g_assert_no_error (error);
    g_clear_pointer (&list, g_ptr_array_unref);
    list = dk_blangko_coverage_list (f->store, "2019-11-30", &error);
    g_assert_cmpuint (list->len, ==, 2);
    c = g_ptr_array_index (list, 1);
    g_assert_cmpstr (c->wilayah, ==, "PESISIR SELATAN");
    g_assert_cmpint (c->dicetak_keping, ==, -1);
    g_assert_cmpint (c->prr, ==, 1200);
    g_assert_cmpint (c->rekam_bp, ==, 9667);
  }
  g_assert_null (dk_blangko_coverage_list (f->store, "2019-10-31", &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_FOUND);
  /* the ledger starts empty: the source gives no figures for it */
  g_assert_cmpint (stock_at (f, NULL), ==, 0);
}

/* --------------------------------------------------------------- ledger */

static void
test_ledger (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ledger = NULL;
  DkBlangkoEntry *e;
  DkBlangkoStock stock;

  receive (f, "2019-11-04", 2000);
  g_assert_true (distribute (f, "2019-11-11", "13.01", 150, &error));
  g_assert_true (distribute (f, "2019-11-11", "13.71", 400, &error));
  receive (f, "2019-12-02", 3000);
  g_assert_true (distribute (f, "2019-12-09", "13.09", 1000, &error));
  g_assert_no_error (error);

  g_assert_cmpint (stock_at (f, "2019-11-03"), ==, 0);
  g_assert_cmpint (stock_at (f, "2019-11-04"), ==, 2000);
  g_assert_cmpint (stock_at (f, "2019-11-11"), ==, 1450);
  g_assert_cmpint (stock_at (f, "2019-12-02"), ==, 4450);
  g_assert_cmpint (stock_at (f, NULL), ==, 3450);
  g_assert_true (dk_blangko_stock_at (f->store, "2019-12-31", &stock, &error));
  g_assert_cmpint (stock.received, ==, 5000);
  g_assert_cmpint (stock.distributed, ==, 1550);
  g_assert_cmpuint (stock.n_receipts, ==, 2);
  g_assert_cmpuint (stock.n_distributions, ==, 3);
  g_assert_cmpstr (stock.last_receipt, ==, "2019-12-02");

  /* the running balance, receipts of a day before its distributions */
  ledger = dk_blangko_list_ledger (f->store, NULL, NULL, &error);
  g_assert_cmpuint (ledger->len, ==, 5);
  e = g_ptr_array_index (ledger, 2);
  g_assert_cmpint (e->kind, ==, DK_BLANGKO_DISTRIBUTION);
  g_assert_cmpstr (e->kode, ==, "13.71");
  g_assert_cmpstr (e->wilayah, ==, "KOTA PADANG");
  g_assert_cmpstr (e->nomor, ==, "BAST/TEST");
  g_assert_cmpint (e->method, ==, DK_BLANGKO_COURIER);
  g_assert_cmpint (e->saldo, ==, 1450);
  g_assert_cmpint (((DkBlangkoEntry *) g_ptr_array_index (ledger, 4))->saldo, ==, 3450);

  /* more than in stock: refused, saying how many there are */
  g_assert_false (distribute (f, "2019-11-20", "13.02", 1451, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, "1,450"));
  g_assert_nonnull (strstr (error->message, "1,451"));
  g_assert_nonnull (strstr (error->message, "SOLOK"));
  g_clear_error (&error);
  /* nothing before the first receipt */
  g_assert_false (distribute (f, "2019-11-01", "13.02", 1, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  /* backdated: enough on its day, but the December distribution relies on the blanks */
  g_assert_true (distribute (f, "2019-11-20", "13.02", 1450, &error));
  g_assert_no_error (error);
  g_assert_false (distribute (f, "2019-11-25", "13.03", 10, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (stock_at (f, "2019-11-30"), ==, 0);
  g_assert_cmpint (stock_at (f, NULL), ==, 2000);

  /* a receipt whose blanks went out cannot be removed; a distribution can */
  e = g_ptr_array_index (ledger, 0);
  g_assert_false (dk_blangko_delete_entry (f->store, DK_BLANGKO_RECEIPT, e->id, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  e = g_ptr_array_index (ledger, 4);
  g_assert_true (dk_blangko_delete_entry (f->store, DK_BLANGKO_DISTRIBUTION, e->id, &error));
  g_assert_cmpint (stock_at (f, NULL), ==, 3000);

  /* bad input */
  g_assert_false (distribute (f, "2019-12-10", "13.99", 1, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (distribute (f, "2019-12-10", "13", 1, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (distribute (f, "2019-12-10", "13.01", 0, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dk_blangko_add_receipt (f->store, "2019-02-30", NULL, 5, NULL, NULL, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dk_blangko_add_receipt (f->store, "2019-12-30", NULL, -5, NULL, NULL, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
}

/* Random receipts and distributions: whatever is accepted, the stock never goes below
 * zero on any day, and it always equals what was received less what was distributed. */
static void
test_ledger_never_negative (Fixture       *f,
                            gconstpointer  data)
{
  static const char *offices[] = { "13.01", "13.05", "13.71", "13.77" };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20191130);
  g_autoptr(GPtrArray) ledger = NULL;
  g_autoptr(GError) error = NULL;
  gint64 received = 0, distributed = 0;

  for (guint i = 0; i < 300; i++)
    {
      char tanggal[11];

      g_snprintf (tanggal, sizeof tanggal, "2019-%02d-%02d", g_rand_int_range (rand, 1, 13), g_rand_int_range (rand, 1, 29));
      if (g_rand_int_range (rand, 0, 3) == 0)
        {
          gint64 k = g_rand_int_range (rand, 100, 4000);

          receive (f, tanggal, k);
          received += k;
        }
      else
        {
          gint64 k = g_rand_int_range (rand, 1, 900);

          if (distribute (f, tanggal, offices[g_rand_int_range (rand, 0, 4)], k, &error))
            distributed += k;
          else
            {
              g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
              g_clear_error (&error);
            }
        }
    }
  ledger = dk_blangko_list_ledger (f->store, NULL, NULL, &error);
  for (guint i = 0; i < ledger->len; i++)
    {
      DkBlangkoEntry *e = g_ptr_array_index (ledger, i);
      gboolean end_of_day = i + 1 == ledger->len ||
                            strcmp (((DkBlangkoEntry *) ledger->pdata[i + 1])->tanggal, e->tanggal) != 0;

      if (end_of_day)
        g_assert_cmpint (e->saldo, >=, 0);
    }
  g_assert_cmpint (stock_at (f, NULL), ==, received - distributed);
  g_assert_cmpint (distributed, >, 0);
}

/* -------------------------------------------------------------- offices */

static DkBlangkoOffice *
office_of (GPtrArray  *offices,
           const char *kode)
{
  for (guint i = 0; i < offices->len; i++)
    if (g_str_equal (((DkBlangkoOffice *) offices->pdata[i])->kode, kode))
      return offices->pdata[i];
  g_assert_not_reached ();
}

static void
test_offices (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) offices = NULL;
  DkBlangkoOffice *o;

  /* Pesisir Selatan: 10 days from 21 to 30 November, 20 a day, 100 left */
  for (int d = 21; d <= 30; d++)
    {
      char date[11];

      g_snprintf (date, sizeof date, "2019-11-%02d", d);
      daily (f, "13.01", date, 300 - (d - 20) * 20, 20, 500, d == 30 ? 7 : 1);
    }
  /* Kota Padang: two reports a week apart; out of blanks */
  daily (f, "13.71", "2019-11-23", 10, 30, 2000, 40);
  daily (f, "13.71", "2019-11-30", 0, 10, 2100, 60);
  /* Agam: a report older than the window only */
  daily (f, "13.06", "2019-10-15", 50, 5, 100, 0);
  /* Solok prints nothing but has blanks */
  daily (f, "13.02", "2019-11-29", 80, 0, 10, 0);

  offices = dk_blangko_offices (f->store, "13", "2019-11-30", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (offices->len, ==, 19);

  o = office_of (offices, "13.01");
  g_assert_true (o->has_report);
  g_assert_cmpstr (o->report_date, ==, "2019-11-30");
  g_assert_cmpint (o->sisa, ==, 100);
  g_assert_cmpint (o->printed, ==, 200);
  g_assert_cmpuint (o->n_days, ==, 10);
  g_assert_cmpint (dk_blangko_office_pace_x100 (o), ==, 2000);
  g_assert_cmpint (o->days_left_x10, ==, 50);
  g_assert_true (o->runs_out);
  g_assert_cmpstr (o->run_out, ==, "2019-12-05");
  g_assert_cmpint (o->prr, ==, 500);
  g_assert_cmpint (o->suket, ==, 16);
  g_assert_cmpstr (o->until, ==, "2019-12-30");
  /* 30 days at 20 a day + 500 PRR − 100 in hand */
  g_assert_cmpint (o->need, ==, 1000);

  o = office_of (offices, "13.71");
  g_assert_cmpuint (o->n_days, ==, 8);
  g_assert_cmpint (o->sisa, ==, 0);
  g_assert_cmpint (o->days_left_x10, ==, 0);
  g_assert_cmpstr (o->run_out, ==, "2019-11-30");
  g_assert_cmpint (dk_blangko_office_pace_x100 (o), ==, 500);
  g_assert_cmpint (o->suket, ==, 100);
  g_assert_cmpint (o->need, ==, 150 + 2100);

  o = office_of (offices, "13.06");
  g_assert_false (o->has_report);
  g_assert_cmpint (o->need, ==, 0);

  o = office_of (offices, "13.02");
  g_assert_true (o->has_report);
  g_assert_false (o->runs_out);
  g_assert_cmpint (o->need, ==, 0);

  /* the order: out of blanks, then fewest days, then no printing, then no report */
  g_assert_cmpint (dk_blangko_office_compare_days (office_of (offices, "13.71"), office_of (offices, "13.01")), <, 0);
  g_assert_cmpint (dk_blangko_office_compare_days (office_of (offices, "13.01"), office_of (offices, "13.02")), <, 0);
  g_assert_cmpint (dk_blangko_office_compare_days (office_of (offices, "13.02"), office_of (offices, "13.06")), <, 0);

  /* blanks sent after the report count as stock */
  receive (f, "2019-12-01", 500);
  g_assert_true (distribute (f, "2019-12-02", "13.71", 120, &error));
  g_clear_pointer (&offices, g_ptr_array_unref);
  offices = dk_blangko_offices (f->store, "13", "2019-12-03", "2019-12-30", &error);
  o = office_of (offices, "13.71");
  g_assert_cmpint (o->sisa_reported, ==, 0);
  g_assert_cmpint (o->since_report, ==, 120);
  g_assert_cmpint (o->sisa, ==, 120);
  g_assert_cmpint (o->days_left_x10, ==, 240);
  g_assert_cmpstr (o->run_out, ==, "2019-12-24");
}

/* --------------------------------------------------------------- planner */

static gint64
plan_sum (DkBlangkoPlan *plan)
{
  gint64 sum = 0;

  for (guint i = 0; i < dk_blangko_plan_get_n_rows (plan); i++)
    {
      DkBlangkoPlanRow *row = dk_blangko_plan_get_row (plan, i);

      g_assert_cmpint (row->keping, >=, 0);
      if (row->cap >= 0)
        g_assert_cmpint (row->keping, <=, row->cap);
      sum += row->keping;
    }
  return sum;
}

static void
seed_month (Fixture *f)
{
  /* five offices report; the rest do not */
  static const struct { const char *kode; gint64 sisa, cetak, prr, suket; } reports[] = {
    { "13.01", 100, 20, 500, 2 },
    { "13.02", 600, 20, 500, 2 },     /* like Pesisir Selatan, more blanks */
    { "13.71", 0, 10, 2100, 5 },
    { "13.75", 32, 8, 300, 1 },     /* 4 days */
    { "13.77", 900, 3, 20, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    for (int d = 21; d <= 30; d++)
      {
        char date[11];

        g_snprintf (date, sizeof date, "2019-11-%02d", d);
        daily (f, reports[i].kode, date, reports[i].sisa, reports[i].cetak, reports[i].prr, reports[i].suket);
      }
}

static void
test_plan (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBlangkoPlan) plan = NULL;
  g_autoptr(GPtrArray) ranked = NULL;
  DkBlangkoPlanRow *ps, *solok, *padang, *bkt, *pariaman, *agam;

  seed_month (f);
  plan = dk_blangko_plan_new (f->store, "13", 2000, "2019-11-30", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (dk_blangko_plan_get_n_rows (plan), ==, 19);
  g_assert_cmpint (plan_sum (plan), ==, 2000);
  g_assert_cmpstr (dk_blangko_plan_get_until (plan), ==, "2019-12-30");

  ps = dk_blangko_plan_find (plan, "13.01");
  solok = dk_blangko_plan_find (plan, "13.02");
  padang = dk_blangko_plan_find (plan, "13.71");
  bkt = dk_blangko_plan_find (plan, "13.75");
  pariaman = dk_blangko_plan_find (plan, "13.77");
  agam = dk_blangko_plan_find (plan, "13.06");

  /* weights: need to 30 December + Suket of the window */
  g_assert_cmpint (ps->weight, ==, 600 + 500 - 100 + 20);
  g_assert_cmpint (solok->weight, ==, 600 + 500 - 600 + 20);
  g_assert_cmpint (padang->weight, ==, 300 + 2100 + 50);
  g_assert_cmpint (pariaman->weight, ==, 0);
  g_assert_cmpint (agam->weight, ==, 0);

  /* fewer days of stock ranks first; alike but for the stock, it gets more */
  g_assert_cmpuint (padang->rank, ==, 1);
  g_assert_cmpuint (ps->rank, <, solok->rank);
  g_assert_cmpint (ps->keping, >, solok->keping);
  g_assert_cmpuint (bkt->rank, ==, 2);   /* 5 days */
  g_assert_cmpuint (pariaman->rank, <, agam->rank);
  g_assert_cmpint (agam->keping, ==, 0);
  ranked = dk_blangko_plan_ranked (plan);
  for (guint i = 1; i < ranked->len; i++)
    g_assert_cmpint (dk_blangko_office_compare_days (((DkBlangkoPlanRow *) ranked->pdata[i - 1])->office,
                                                     ((DkBlangkoPlanRow *) ranked->pdata[i])->office), <=, 0);

  /* each with a reason */
  for (guint i = 0; i < dk_blangko_plan_get_n_rows (plan); i++)
    {
      DkBlangkoPlanRow *row = dk_blangko_plan_get_row (plan, i);
      g_autofree char *reason = dk_blangko_plan_row_reason (plan, row, FALSE);
      g_autofree char *alasan = dk_blangko_plan_row_reason (plan, row, TRUE);

      g_assert_cmpstr (reason, !=, "");
      g_assert_cmpstr (alasan, !=, "");
    }
  {
    g_autofree char *r = dk_blangko_plan_row_reason (plan, padang, FALSE);
    g_autofree char *a = dk_blangko_plan_row_reason (plan, padang, TRUE);
    g_autofree char *n = dk_blangko_plan_row_reason (plan, agam, TRUE);

    g_test_message ("%s / %s / %s", r, a, n);
    g_assert_true (g_str_has_prefix (r, "Out of blanks"));
    g_assert_nonnull (strstr (r, "PRR 2,100"));
    g_assert_true (g_str_has_prefix (a, "Blangko habis"));
    g_assert_nonnull (strstr (a, "PRR 2.100"));
    g_assert_true (g_str_has_prefix (n, "Tidak ada laporan harian"));
  }

  /* a cap: Padang at 300, the rest split again */
  g_assert_true (dk_blangko_plan_set_cap (plan, "13.71", 300, &error));
  g_assert_no_error (error);
  g_assert_cmpint (padang->keping, ==, 300);
  g_assert_true (padang->at_cap);
  g_assert_cmpint (plan_sum (plan), ==, 2000);

  /* a share set by hand; the others re-balance */
  g_assert_true (dk_blangko_plan_set_share (plan, "13.77", 150, &error));
  g_assert_no_error (error);
  g_assert_cmpint (pariaman->keping, ==, 150);
  g_assert_true (pariaman->pinned);
  g_assert_cmpint (padang->keping, ==, 300);
  g_assert_cmpint (plan_sum (plan), ==, 2000);
  {
    g_autofree char *r = dk_blangko_plan_row_reason (plan, pariaman, FALSE);

    g_assert_nonnull (strstr (r, "set by hand"));
  }

  /* refused, and nothing changes */
  g_assert_false (dk_blangko_plan_set_share (plan, "13.71", 301, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dk_blangko_plan_set_share (plan, "13.01", -1, &error));
  g_clear_error (&error);
  g_assert_false (dk_blangko_plan_set_share (plan, "13.01", 1900, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  g_assert_cmpint (padang->keping, ==, 300);
  g_assert_cmpint (pariaman->keping, ==, 150);
  g_assert_false (ps->pinned);
  g_assert_cmpint (plan_sum (plan), ==, 2000);

  /* released, the rule again */
  dk_blangko_plan_release (plan, "13.77");
  g_assert_false (pariaman->pinned);
  g_assert_cmpint (plan_sum (plan), ==, 2000);

  /* caps that leave blanks over are refused */
  for (guint i = 0; i < dk_blangko_plan_get_n_rows (plan); i++)
    {
      DkBlangkoPlanRow *row = dk_blangko_plan_get_row (plan, i);

      if (i + 1 < dk_blangko_plan_get_n_rows (plan))
        g_assert_true (dk_blangko_plan_set_cap (plan, row->office->kode, 100, &error));
      else
        {
          g_assert_false (dk_blangko_plan_set_cap (plan, row->office->kode, 100, &error));
          g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
          g_test_message ("%s", error->message);
          g_assert_nonnull (strstr (error->message, "1,900"));
          g_clear_error (&error);
        }
    }
  g_assert_cmpint (plan_sum (plan), ==, 2000);

  /* another total */
  g_assert_true (dk_blangko_plan_set_total (plan, 1901, &error));
  g_assert_cmpint (plan_sum (plan), ==, 1901);
  g_assert_false (dk_blangko_plan_set_total (plan, 0, &error));
  g_clear_error (&error);
  g_assert_cmpint (plan_sum (plan), ==, 1901);
}

/* No office reports a need: the blanks are split evenly. */
static void
test_plan_even (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBlangkoPlan) plan = dk_blangko_plan_new (f->store, "13", 100, "2019-11-30", NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (plan_sum (plan), ==, 100);
  for (guint i = 0; i < 19; i++)
    {
      DkBlangkoPlanRow *row = dk_blangko_plan_get_row (plan, i);

      g_assert_true (row->even);
      g_assert_cmpint (row->keping, >=, 5);
      g_assert_cmpint (row->keping, <=, 6);
    }
  g_assert_null (dk_blangko_plan_new (f->store, "13", 0, "2019-11-30", NULL, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
}

/* Approving records the plan and a distribution per office, in one transaction. */
static void
test_plan_record (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBlangkoPlan) plan = NULL;
  g_autoptr(GPtrArray) ledger = NULL;
  gint64 id = 0;
  guint n_shares = 0;

  seed_month (f);
  plan = dk_blangko_plan_new (f->store, "13", 2000, "2019-11-30", NULL, &error);
  g_assert_no_error (error);

  /* no blanks received yet: refused, nothing written */
  g_assert_false (dk_blangko_plan_record (f->store, plan, "2019-12-02", DK_BLANGKO_COURIER, NULL, &id, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_test_message ("%s", error->message);
  g_clear_error (&error);
  ledger = dk_blangko_list_ledger (f->store, NULL, NULL, &error);
  g_assert_cmpuint (ledger->len, ==, 0);
  g_clear_pointer (&ledger, g_ptr_array_unref);

  receive (f, "2019-11-28", 2500);
  g_assert_true (dk_blangko_plan_record (f->store, plan, "2019-12-02", DK_BLANGKO_DELIVERED, "disetujui", &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  for (guint i = 0; i < dk_blangko_plan_get_n_rows (plan); i++)
    n_shares += dk_blangko_plan_get_row (plan, i)->keping > 0;
  ledger = dk_blangko_list_ledger (f->store, NULL, NULL, &error);
  g_assert_cmpuint (ledger->len, ==, 1 + n_shares);
  for (guint i = 1; i < ledger->len; i++)
    {
      DkBlangkoEntry *e = g_ptr_array_index (ledger, i);

      g_assert_cmpint (e->rencana_id, ==, id);
      g_assert_cmpint (e->method, ==, DK_BLANGKO_DELIVERED);
      g_assert_cmpint (e->keping, ==, dk_blangko_plan_find (plan, e->kode)->keping);
    }
  g_assert_cmpint (stock_at (f, NULL), ==, 500);

  /* a second time: only 500 left */
  g_assert_false (dk_blangko_plan_record (f->store, plan, "2019-12-03", DK_BLANGKO_COURIER, NULL, NULL, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "500"));
  g_assert_cmpint (stock_at (f, NULL), ==, 500);
}

/* The split's properties over many random inputs (a fixed seed): it sums to N, no share
 * is negative or above its cap, a share set by hand is kept, and of two offices alike
 * but for their weight the heavier (ranked first) gets at least as many. */
static void
test_allocate_properties (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (8);
  guint n_refused = 0, n_done = 0;

  for (guint iteration = 0; iteration < 20000; iteration++)
    {
      guint n = g_rand_int_range (rand, 1, 25);
      gint64 total = g_rand_int_range (rand, 0, 5000);
      g_autofree DkBlangkoShareInput *in = g_new0 (DkBlangkoShareInput, n);
      g_autofree DkBlangkoShare *out = g_new0 (DkBlangkoShare, n);
      g_autoptr(GError) error = NULL;
      gint64 sum = 0;

      for (guint i = 0; i < n; i++)
        {
          int kind = g_rand_int_range (rand, 0, 10);

          in[i].weight = kind == 0 ? 0 : kind < 3 ? g_rand_int_range (rand, 0, 20) : g_rand_int_range (rand, 0, 100000);
          in[i].cap = g_rand_int_range (rand, 0, 4) == 0 ? g_rand_int_range (rand, 0, 600) : -1;
          in[i].pinned = g_rand_int_range (rand, 0, 8) == 0 ? g_rand_int_range (rand, 0, 300) : -1;
          if (in[i].pinned >= 0 && in[i].cap >= 0 && in[i].pinned > in[i].cap)
            in[i].pinned = in[i].cap;
          in[i].rank = i;
        }
      /* now and then two offices alike but for the weight */
      if (n >= 2 && g_rand_boolean (rand))
        {
          in[1] = in[0];
          in[1].rank = 1;
          in[1].weight = in[0].weight / 2;
        }

      if (!dk_blangko_allocate (total, n, in, out, &error))
        {
          g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
          n_refused++;
          continue;
        }
      n_done++;
      for (guint i = 0; i < n; i++)
        {
          g_assert_cmpint (out[i].keping, >=, 0);
          if (in[i].cap >= 0)
            g_assert_cmpint (out[i].keping, <=, in[i].cap);
          if (in[i].pinned >= 0)
            g_assert_cmpint (out[i].keping, ==, in[i].pinned);
          sum += out[i].keping;
        }
      g_assert_cmpint (sum, ==, total);
      for (guint i = 0; i < n; i++)
        for (guint j = 0; j < n; j++)
          if (i != j && in[i].pinned < 0 && in[j].pinned < 0 && in[i].cap == in[j].cap &&
              in[i].weight >= in[j].weight && in[i].rank < in[j].rank)
            g_assert_cmpint (out[i].keping, >=, out[j].keping);
    }
  g_test_message ("%u splits, %u refused", n_done, n_refused);
  g_assert_cmpuint (n_done, >, 15000);
  g_assert_cmpuint (n_refused, >, 0);
}

/* Exactly proportional when the weights allow it, and the largest remainders. */
static void
test_allocate_examples (void)
{
  DkBlangkoShareInput in[3] = { { 1, -1, -1, 0 }, { 1, -1, -1, 1 }, { 1, -1, -1, 2 } };
  DkBlangkoShare out[3];
  g_autoptr(GError) error = NULL;

  g_assert_true (dk_blangko_allocate (100, 3, in, out, &error));
  /* 33⅓ each: the card left over goes to the first ranked */
  g_assert_cmpint (out[0].keping, ==, 34);
  g_assert_cmpint (out[1].keping, ==, 33);
  g_assert_cmpint (out[2].keping, ==, 33);

  in[0].weight = 6;
  in[1].weight = 3;
  in[2].weight = 1;
  g_assert_true (dk_blangko_allocate (2000, 3, in, out, &error));
  g_assert_cmpint (out[0].keping, ==, 1200);
  g_assert_cmpint (out[1].keping, ==, 600);
  g_assert_cmpint (out[2].keping, ==, 200);

  /* the first capped: the rest split 3 : 1 */
  in[0].cap = 400;
  g_assert_true (dk_blangko_allocate (2000, 3, in, out, &error));
  g_assert_cmpint (out[0].keping, ==, 400);
  g_assert_true (out[0].at_cap);
  g_assert_cmpint (out[1].keping, ==, 1200);
  g_assert_cmpint (out[2].keping, ==, 400);

  /* pinned above the total */
  in[0].cap = -1;
  in[2].pinned = 2001;
  g_assert_false (dk_blangko_allocate (2000, 3, in, out, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
}

/* ----------------------------------------------------------- usage report */

static void
usage_day (Fixture    *f,
           const char *kode,
           const char *tanggal,
           gint64      masuk,
           gint64      saldo,
           gint64      baru,
           gint64      invalid,
           gint64      pinjam,
           gint64      sisa)
{
  g_autoptr(GError) error = NULL;
  DkBlangkoUsageInput in = { "", masuk > 0 ? (char *) "BAST/PROV/001" : NULL, masuk, saldo, -1, NULL, pinjam,
                             baru, 0, 0, 0, invalid, sisa, NULL };

  g_strlcpy (in.tanggal, tanggal, sizeof in.tanggal);
  g_assert_true (dk_blangko_usage_set_day (f->store, kode, &in, &error));
  g_assert_no_error (error);
}

static void
test_usage_balance (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBlangkoUsageMonth) month = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  DkBlangkoUsageDay *d;

  /* October's last day, then November: computed balances follow by construction */
  usage_day (f, "13.01", "2019-10-31", 0, 200, 0, 0, 0, 200);
  usage_day (f, "13.01", "2019-11-01", 0, -1, 30, 2, 0, -1);
  usage_day (f, "13.01", "2019-11-04", 150, -1, 25, 0, 10, -1);
  month = dk_blangko_usage_load (f->store, "13.01", 2019, 11, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (month->n_days_in_month, ==, 30);
  g_assert_cmpuint (month->days->len, ==, 2);
  g_assert_cmpuint (month->n_breaks, ==, 0);
  d = g_ptr_array_index (month->days, 0);
  g_assert_cmpstr (d->previous, ==, "2019-10-31");
  g_assert_cmpint (d->saldo, ==, 200);
  g_assert_cmpint (d->pemakaian, ==, 32);
  g_assert_cmpint (d->sisa, ==, 168);
  d = g_ptr_array_index (month->days, 1);
  g_assert_cmpint (d->saldo, ==, 318);
  g_assert_cmpint (d->sisa, ==, 318 - 25 - 10);
  g_clear_pointer (&month, dk_blangko_usage_month_free);

  findings = dk_check_run (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, ==, 1);   /* only the shipped M2M total */
  g_clear_pointer (&findings, g_ptr_array_unref);

  /* a month whose balances break: the 5th's saldo is not the 4th's sisa */
  usage_day (f, "13.01", "2019-11-05", 0, 300, 10, 0, 0, 290);
  /* and the 6th's sisa is not what its movements leave */
  usage_day (f, "13.01", "2019-11-06", 0, 290, 10, 0, 0, 270);
  month = dk_blangko_usage_load (f->store, "13.01", 2019, 11, &error);
  g_assert_cmpuint (month->n_breaks, ==, 2);
  d = g_ptr_array_index (month->days, 2);
  g_assert_cmpuint (d->breaks, ==, DK_USAGE_BREAK_SALDO);
  d = g_ptr_array_index (month->days, 3);
  g_assert_cmpuint (d->breaks, ==, DK_USAGE_BREAK_SISA);

  findings = dk_check_run (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, ==, 3);
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("%s", ((DkFinding *) findings->pdata[i])->message);
  {
    DkFinding *saldo = g_ptr_array_index (findings, 1), *sisa = g_ptr_array_index (findings, 2);

    g_assert_cmpstr (saldo->table, ==, "Blangko");
    g_assert_cmpstr (saldo->ref, ==, "2019-11");
    g_assert_cmpstr (saldo->kode, ==, "13.01");
    g_assert_nonnull (strstr (saldo->message, "PESISIR SELATAN"));
    g_assert_nonnull (strstr (saldo->message, "5 November 2019"));
    g_assert_nonnull (strstr (saldo->message, "283"));
    g_assert_nonnull (strstr (sisa->message, "6 November 2019"));
    g_assert_nonnull (strstr (sisa->message, "280"));
  }

  /* a sisa computed below zero is refused */
  {
    DkBlangkoUsageInput in = { "2019-11-07", NULL, 0, -1, -1, NULL, 0, 500, 0, 0, 0, 0, -1, NULL };

    g_assert_false (dk_blangko_usage_set_day (f->store, "13.01", &in, &error));
    g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  }
}

static const char report_csv[] =
  "LAPORAN PENGGUNAAN BLANGKO KTP-EL;;;;;;;;;;;;;\r\n"
  "KABUPATEN/KOTA : Kota Padang;;;;;;;;;;;;;\r\n"
  "BULAN : NOPEMBER 2019;;;;;;;;;;;;;\r\n"
  "Tanggal;Masuk;;Saldo Blangko KTP-el (Keping);Keluar (Keping);;;Penggunaan (Keping);;;;;Sisa Blangko KTP-el;Ket\r\n"
  ";;;;Pemakaian (keping);Pinjam Pakai;;Cetak KTP-el;;;;Rusak/Invalid;;\r\n"
  ";Berita Acara Serah Terima;Jumlah (Keping);;;Berita Acara Pinjam Pakai;Jumlah (Keping);Baru;Hilang;Rusak;Perubahan Data;;;\r\n"
  "1;2;3;4;5;6;7;8;9;10;11;12;13;14\r\n"
  "1;;;1.200;45;;;30;5;3;5;2;1.155;\r\n"
  "2;;;1.155;40;;;40;-;-;-;-;1.115;\r\n"
  "3;;;;;;;;;;;;;\r\n"
  "4;470/12/BAST-2019;500;1.615;50;BA-PP/01;100;50;;;;;1.465;dipinjam Kota Solok\r\n"
  "Padang, 30 November 2019;;;;;;;;;;;;;\r\n";

static void
test_usage_import (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBlangkoUsageImport) import = dk_blangko_usage_import_new (f->store, "13.71", 2019, 11);
  g_autoptr(DkBlangkoUsageMonth) month = NULL;
  DkBlangkoUsageDay *d;

  dk_blangko_usage_import_read_data (import, "padang.csv", report_csv, strlen (report_csv));
  for (guint i = 0; i < dk_blangko_usage_import_get_problems (import)->len; i++)
    g_test_message ("%s", ((DkBlangkoProblem *) dk_blangko_usage_import_get_problems (import)->pdata[i])->message);
  g_assert_cmpuint (dk_blangko_usage_import_get_n_errors (import), ==, 0);
  g_assert_cmpuint (dk_blangko_usage_import_get_n_days (import), ==, 3);
  g_assert_true (dk_blangko_usage_import_commit (import, &error));
  g_assert_no_error (error);

  month = dk_blangko_usage_load (f->store, "13.71", 2019, 11, &error);
  g_assert_cmpuint (month->days->len, ==, 3);
  g_assert_cmpuint (month->n_breaks, ==, 0);
  d = g_ptr_array_index (month->days, 2);
  g_assert_cmpstr (d->tanggal, ==, "2019-11-04");
  g_assert_cmpstr (d->nomor_masuk, ==, "470/12/BAST-2019");
  g_assert_cmpint (d->masuk, ==, 500);
  g_assert_cmpint (d->saldo, ==, 1615);
  g_assert_cmpstr (d->nomor_pinjam, ==, "BA-PP/01");
  g_assert_cmpint (d->pinjam, ==, 100);
  g_assert_cmpint (d->sisa, ==, 1465);
  g_assert_cmpstr (d->ket, ==, "dipinjam Kota Solok");

  /* another month's file, another office's, a bad number */
  {
    g_autoptr(DkBlangkoUsageImport) other = dk_blangko_usage_import_new (f->store, "13.71", 2019, 12);
    g_autoptr(DkBlangkoUsageImport) office = dk_blangko_usage_import_new (f->store, "13.01", 2019, 11);
    g_autofree char *bad = g_strdup (report_csv);
    g_autoptr(DkBlangkoUsageImport) numbers = dk_blangko_usage_import_new (f->store, "13.71", 2019, 11);
    DkBlangkoProblem *p;

    dk_blangko_usage_import_read_data (other, "padang.csv", report_csv, strlen (report_csv));
    g_assert_cmpuint (dk_blangko_usage_import_get_n_errors (other), ==, 1);
    p = g_ptr_array_index (dk_blangko_usage_import_get_problems (other), 0);
    g_assert_cmpuint (p->line, ==, 3);
    g_assert_nonnull (strstr (p->message, "2019-11"));
    g_assert_false (dk_blangko_usage_import_commit (other, &error));
    g_clear_error (&error);

    dk_blangko_usage_import_read_data (office, "padang.csv", report_csv, strlen (report_csv));
    g_assert_cmpuint (dk_blangko_usage_import_get_n_errors (office), ==, 1);
    p = g_ptr_array_index (dk_blangko_usage_import_get_problems (office), 0);
    g_assert_cmpuint (p->line, ==, 2);

    memcpy (strstr (bad, "1.155;40"), "1x155", 5);
    dk_blangko_usage_import_read_data (numbers, "padang.csv", bad, strlen (bad));
    g_assert_cmpuint (dk_blangko_usage_import_get_n_errors (numbers), ==, 1);
    p = g_ptr_array_index (dk_blangko_usage_import_get_problems (numbers), 0);
    g_test_message ("%s", p->message);
    g_assert_cmpstr (p->message, ==, "padang.csv, line 9, column Balance: “1x155” is not a number");
  }
}

static void
test_usage_export (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBlangkoUsageMonth) month = NULL;
  g_autoptr(DkBlangkoSigner) signer = NULL;
  g_autofree char *path = g_build_filename (f->dir, "laporan.xlsx", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "missing", "laporan.xlsx", NULL);
  g_autoptr(GBytes) bytes = NULL;

  usage_day (f, "13.01", "2019-11-01", 100, 100, 30, 2, 0, -1);
  month = dk_blangko_usage_load (f->store, "13.01", 2019, 11, &error);
  signer = dk_blangko_signer_get (f->store, "13.01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (signer->jabatan, ==, "Kepala Dinas");
  g_assert_cmpstr (signer->nama, ==, "");
  g_assert_true (dk_xlsx_export_blangko_usage (month, signer, NULL, path, &error));
  g_assert_no_error (error);
  bytes = dk_test_file_bytes (path);
  g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "PK", 2) == 0);
  g_assert_false (dk_xlsx_export_blangko_usage (month, signer, NULL, missing, &error));
  g_assert_nonnull (error);
}

static void
test_signer (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBlangkoSigner) got = NULL;
  DkBlangkoSigner set = { (char *) "Kepala Dinas", (char *) " Nama Pejabat ", (char *) "Pembina", (char *) "1",
                          (char *) "Painan" };

  g_assert_true (dk_blangko_signer_set (f->store, "13.01", &set, &error));
  got = dk_blangko_signer_get (f->store, "13.01", &error);
  g_assert_cmpstr (got->nama, ==, "Nama Pejabat");
  g_assert_cmpstr (got->tempat, ==, "Painan");
  g_assert_false (dk_blangko_signer_set (f->store, "13.99", &set, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_FOUND);
}

/* A database of schema 4 gains the blangko tables and the coverage seed, and keeps its
 * own data. */
static void
test_migrates_4_to_latest (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = dk_test_db_address (dir, "old.db");
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) coverage = NULL;
  g_autoptr(GPtrArray) findings = NULL;
  DkStore *store = dk_domains_open (path, &error);

  g_assert_no_error (error);
  g_object_unref (store);
  dk_test_undo_schema_8 (path);
  message = dk_test_exec_sql (path,
                              dk_test_engine_is_pg ()
                              /* a server keeps its schema version in a table */
                              ? "BEGIN; "
                                "DROP TABLE blangko_distribusi; DROP TABLE blangko_rencana; "
                                "DROP TABLE blangko_terima; DROP TABLE blangko_harian; "
                                "DROP TABLE blangko_penggunaan; DROP TABLE blangko_penandatangan; "
                                "DROP TABLE ktp_el_cakupan; "
                                "DROP TABLE pks_langkah; DROP TABLE pks_akses; DROP TABLE pks_perpanjangan; "
                                "DROP TABLE pks_perjanjian; DROP TABLE pks_lembaga; DROP TABLE pks_libur; DROP TABLE penduduk; "
                                "DROP FUNCTION penduduk_region (); "
                                "DELETE FROM region WHERE kode <> '13' AND kode NOT LIKE '13.__'; "
                                "UPDATE dk_schema SET versi = 4; "
                                "UPDATE m2m_value SET aktif = 1 WHERE kode = '13.02'; "
                                "COMMIT;"
                              : "DROP TABLE blangko_distribusi; DROP TABLE blangko_rencana; "
                                "DROP TABLE blangko_terima; DROP TABLE blangko_harian; "
                                "DROP TABLE blangko_penggunaan; DROP TABLE blangko_penandatangan; "
                                "DROP TABLE ktp_el_cakupan; "
                                "DROP TABLE pks_langkah; DROP TABLE pks_akses; DROP TABLE pks_perpanjangan; "
                                "DROP TABLE pks_perjanjian; DROP TABLE pks_lembaga; DROP TABLE pks_libur; DROP TABLE penduduk; "
                                "DELETE FROM region WHERE kode <> '13' AND kode NOT LIKE '13.__'; "
                                "PRAGMA user_version = 4; "
                                "UPDATE m2m_value SET aktif = 1 WHERE kode = '13.02';");
  g_assert_null (message);

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dk_store_get_schema_version (store), ==, dk_store_get_latest_version ());
  coverage = dk_blangko_coverage_list (store, NULL, &error);
  g_assert_cmpuint (coverage->len, ==, 1);
  findings = dk_check_run (store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (findings->len, ==, 1);
  g_object_unref (store);
  dk_test_rm_rf (dir);
}

/* ---------------------------------------------------------------- history */

/* Every blangko table, row by row, as text. */
static char *
dump_blangko (Fixture *f)
{
  static const char *queries[] = {
    "SELECT * FROM blangko_terima ORDER BY id",
    "SELECT * FROM blangko_rencana ORDER BY id",
    "SELECT * FROM blangko_distribusi ORDER BY id",
    "SELECT * FROM blangko_harian ORDER BY kode, tanggal",
    "SELECT * FROM blangko_penggunaan ORDER BY kode, tanggal",
    "SELECT * FROM blangko_penandatangan ORDER BY kode",
    "SELECT * FROM ktp_el_cakupan ORDER BY kode, per",
  };
  g_autofree char *address = dk_test_store_address (f->store);

  return dk_test_dump_queries (address, queries, G_N_ELEMENTS (queries));
}

/* Each blangko write is one change of the history; undone one by one, newest first,
 * every table is back as it was before each, exactly. */
static void
test_history_undo (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) whats = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkBlangkoPlan) plan = NULL;
  g_autoptr(GPtrArray) ledger = NULL;
  DkBlangkoCoverage coverage = { (char *) "13.01", NULL, "2019-12-31", 300000, 290000, 280000, -1, 10, -1, -1, 0, 0,
                                 (char *) "uji" };
  DkBlangkoSigner signer = { (char *) "Kepala Dinas", (char *) "Nama Pejabat", (char *) "Pembina", (char *) "1",
                             (char *) "Painan" };
  DkBlangkoUsageInput month[] = {
    { "2019-12-02", (char *) "BAST/1", 100, -1, -1, NULL, 0, 20, 0, 0, 0, 1, -1, NULL },
    { "2019-12-03", NULL, 0, -1, -1, NULL, 0, 30, 0, 0, 0, 0, -1, (char *) "ket" },
  };
  gint64 distribution_id = 0;

#define STEP(what) G_STMT_START { g_ptr_array_add (states, dump_blangko (f)); \
                                  g_ptr_array_add (whats, g_strdup (what)); } G_STMT_END

  STEP ("Blanks received from the centre recorded");
  receive (f, "2019-11-28", 2500);
  STEP ("Distribution recorded");
  {
    DkBlangkoDistributionInput in = { "2019-11-29", "13.71", NULL, 300, DK_BLANGKO_COLLECTED, NULL };

    g_assert_true (dk_blangko_add_distribution (f->store, &in, &distribution_id, &error));
    g_assert_no_error (error);
  }
  STEP ("BAST number entered");
  g_assert_true (dk_blangko_set_distribution_number (f->store, distribution_id, "BAST/77", &error));
  g_assert_no_error (error);
  STEP ("Daily report of PESISIR SELATAN entered");
  daily (f, "13.01", "2019-11-30", 50, 10, 400, 3);
  STEP ("KTP-el coverage entered");
  g_assert_true (dk_blangko_coverage_set (f->store, &coverage, &error));
  g_assert_no_error (error);
  STEP ("Signatory entered");
  g_assert_true (dk_blangko_signer_set (f->store, "13.01", &signer, &error));
  g_assert_no_error (error);
  STEP ("Usage report of 13.01 for 2019-12 entered");
  g_assert_true (dk_blangko_usage_replace_month (f->store, "13.01", 2019, 12, month, G_N_ELEMENTS (month), &error));
  g_assert_no_error (error);
  STEP ("A day of the usage report removed");
  g_assert_true (dk_blangko_usage_delete_day (f->store, "13.01", "2019-12-03", &error));
  g_assert_no_error (error);
  STEP ("Allocation plan recorded as distributions");
  plan = dk_blangko_plan_new (f->store, "13", 1000, "2019-11-30", NULL, &error);
  g_assert_no_error (error);
  g_assert_true (dk_blangko_plan_record (f->store, plan, "2019-12-01", DK_BLANGKO_DELIVERED, NULL, NULL, &error));
  g_assert_no_error (error);
  STEP ("Ledger entry removed");
  g_assert_true (dk_blangko_delete_entry (f->store, DK_BLANGKO_DISTRIBUTION, distribution_id, &error));
  g_assert_no_error (error);
  STEP ("Daily report removed");
  g_assert_true (dk_blangko_delete_daily (f->store, "13.01", "2019-11-30", &error));
  g_assert_no_error (error);
#undef STEP

  /* a refused write records nothing */
  {
    DkBlangkoDistributionInput in = { "2019-11-29", "13.71", NULL, 999999, DK_BLANGKO_COLLECTED, NULL };
    g_autoptr(GPtrArray) before = dk_history_list (f->store, 0, &error);
    g_autoptr(GPtrArray) after = NULL;

    g_assert_false (dk_blangko_add_distribution (f->store, &in, NULL, &error));
    g_clear_error (&error);
    after = dk_history_list (f->store, 0, &error);
    g_assert_cmpuint (after->len, ==, before->len);
  }

  for (guint i = states->len; i-- > 0;)
    {
      g_autofree char *what = NULL;
      g_autofree char *now = NULL;

      g_assert_true (dk_domains_undo (f->store, &what, &error));
      g_assert_no_error (error);
      g_assert_cmpstr (what, ==, g_ptr_array_index (whats, i));
      now = dump_blangko (f);
      g_assert_cmpstr (now, ==, g_ptr_array_index (states, i));
    }
  g_assert_false (dk_history_can_undo (f->store));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/dk/blangko/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("coverage-seed", test_coverage_seed);
  ADD ("ledger", test_ledger);
  ADD ("ledger-never-negative", test_ledger_never_negative);
  ADD ("offices", test_offices);
  ADD ("plan", test_plan);
  ADD ("plan-even", test_plan_even);
  ADD ("plan-record", test_plan_record);
  ADD ("usage-balance", test_usage_balance);
  ADD ("usage-import", test_usage_import);
  ADD ("usage-export", test_usage_export);
  ADD ("signer", test_signer);
  ADD ("history-undo", test_history_undo);
#undef ADD
  g_test_add_func ("/dk/blangko/allocate-properties", test_allocate_properties);
  g_test_add_func ("/dk/blangko/allocate-examples", test_allocate_examples);
  g_test_add_func ("/dk/blangko/migrates-4-to-latest", test_migrates_4_to_latest);
  return g_test_run ();
}
