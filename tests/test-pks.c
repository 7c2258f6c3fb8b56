/* test-pks.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Data-access agreements (PKS): the end of a term in months (month ends, leap years),
 * working days with weekends and holidays, the SOP's steps in order with their checklist
 * and lateness, the access rule of seed 001, the findings of `check`, undo, and the
 * migration that brings the tables to an older database. Every date is the tests' own:
 * nothing depends on today.
 */
#include "config.h"

#include <string.h>

#include "dk-check.h"
#include "dk-domains.h"
#include "dk-error.h"
#include "dk-history.h"
#include "dk-pks.h"
#include "dk-test-util.h"

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

static gint64
add (Fixture    *f,
     const char *lembaga,
     const char *nomor,
     const char *signed_on,
     const char *ends)
{
  g_autoptr(GError) error = NULL;
  DkPksAgreementInput in = { lembaga, "Bank", nomor, NULL, signed_on, 0, ends, "NIK, nama", DK_PKS_WEB_SERVICE,
                             "10.0.0.1", NULL, NULL, NULL };
  gint64 id = 0;

  g_assert_true (dk_pks_agreement_add (f->store, &in, &id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static void
step (Fixture    *f,
      gint64      id,
      guint       number,
      const char *done)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (dk_pks_step_done (f->store, id, number, done, "Tester",
                                   dk_pks_step_all_documents (dk_pks_step_info (number)), &error));
  g_assert_no_error (error);
}

static void
all_steps (Fixture    *f,
           gint64      id,
           const char *done)
{
  for (guint n = 1; n <= DK_PKS_N_STEPS; n++)
    step (f, id, n, done);
}

/* ------------------------------------------------------------- calendar */

static void
test_term_end (void)
{
  static const struct { const char *signed_on; guint months; const char *end; } cases[] = {
    { "2024-03-01", 12, "2025-02-28" },
    { "2023-03-01", 12, "2024-02-29" },   /* the term runs through a leap day */
    { "2024-01-15", 1, "2024-02-14" },
    { "2024-01-31", 1, "2024-02-29" },    /* no 31 February: the month's last day */
    { "2023-01-31", 1, "2023-02-28" },
    { "2024-01-30", 1, "2024-02-29" },
    { "2024-01-29", 1, "2024-02-28" },
    { "2024-02-29", 12, "2025-02-28" },   /* no 29 February 2025 */
    { "2024-02-29", 48, "2028-02-28" },
    { "2024-12-01", 1, "2024-12-31" },
    { "2024-12-31", 2, "2025-02-28" },
    { "2024-08-31", 1, "2024-09-30" },
    { "2025-01-01", 60, "2029-12-31" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char out[11];

      g_assert_true (dk_pks_term_end (cases[i].signed_on, cases[i].months, out));
      g_assert_cmpstr (out, ==, cases[i].end);
    }
  {
    char out[11] = "";

    g_assert_false (dk_pks_term_end ("2024-02-30", 12, out));
    g_assert_false (dk_pks_term_end ("2024-01-01", 0, out));
    g_assert_true (dk_pks_add_months ("2024-01-31", 1, out));
    g_assert_cmpstr (out, ==, "2024-02-29");
    g_assert_true (dk_pks_add_months ("2024-05-31", -3, out));
    g_assert_cmpstr (out, ==, "2024-02-29");
  }
}

static void
test_working_days (void)
{
  g_autoptr(GHashTable) holidays = g_hash_table_new (g_str_hash, g_str_equal);
  static const struct { const char *from; guint n; gboolean with_holidays; const char *out; } cases[] = {
    { "2025-01-03", 1, FALSE, "2025-01-06" },    /* Friday + 1: Monday */
    { "2025-01-04", 0, FALSE, "2025-01-06" },    /* Saturday: the next working day */
    { "2025-01-06", 0, FALSE, "2025-01-06" },
    { "2025-01-06", 14, FALSE, "2025-01-24" },
    { "2025-01-24", 1, TRUE, "2025-01-28" },     /* Monday 27 January is a holiday */
    { "2025-01-24", 0, TRUE, "2025-01-24" },
    { "2025-01-26", 0, TRUE, "2025-01-28" },     /* Sunday, then a holiday */
    { "2025-01-20", 14, TRUE, "2025-02-11" },    /* two holidays in the fortnight */
    { "2025-01-20", 14, FALSE, "2025-02-07" },
    { "2024-02-28", 1, FALSE, "2024-02-29" },    /* the leap day is a Thursday */
    { "2024-02-29", 1, FALSE, "2024-03-01" },
    { "2024-12-31", 1, TRUE, "2025-01-02" },     /* New Year's Day */
  };

  g_hash_table_add (holidays, (gpointer) "2025-01-27");   /* Isra Mikraj */
  g_hash_table_add (holidays, (gpointer) "2025-01-29");   /* Tahun Baru Imlek */
  g_hash_table_add (holidays, (gpointer) "2025-01-01");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      char out[11];

      g_assert_true (dk_pks_add_working_days (cases[i].from, cases[i].n, cases[i].with_holidays ? holidays : NULL, out));
      g_assert_cmpstr (out, ==, cases[i].out);
    }
  g_assert_false (dk_pks_is_working_day ("2025-01-27", holidays));
  g_assert_true (dk_pks_is_working_day ("2025-01-27", NULL));
  g_assert_false (dk_pks_is_working_day ("2025-02-01", NULL));
  g_assert_cmpint (dk_pks_working_days_between ("2025-01-24", "2025-02-03", NULL), ==, 6);
  g_assert_cmpint (dk_pks_working_days_between ("2025-01-24", "2025-02-03", holidays), ==, 4);
  g_assert_cmpint (dk_pks_working_days_between ("2025-02-03", "2025-01-24", holidays), ==, 0);
  g_assert_cmpint (dk_pks_working_days_between ("2025-01-24", "2025-01-24", holidays), ==, 0);
  g_assert_cmpint (dk_pks_days_between ("2024-02-28", "2024-03-01"), ==, 2);
}

/* ------------------------------------------------------------- register */

static void
test_add_and_status (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkPksAgreement) a = NULL;
  g_autoptr(GPtrArray) list = NULL, institutions = NULL;
  DkPksAgreementInput in = { "Bank Nagari", "Bank", "470/001/PKS", "B/12/2024", "2024-03-01", 12, NULL, "NIK",
                             DK_PKS_CARD_READER, "10.1.2.3 10.1.0.0/16;fe80::1", "ISO 27001", "2026-01-31", "2024-03-04" };
  gint64 id = 0;
  DkPksSummary summary;

  g_assert_true (dk_pks_agreement_add (f->store, &in, &id, &error));
  g_assert_no_error (error);
  a = dk_pks_agreement_get (f->store, id, "2024-06-01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (a->berakhir, ==, "2025-02-28");
  g_assert_cmpuint (a->jangka_bulan, ==, 12);
  g_assert_cmpstr (a->ip, ==, "10.1.2.3, 10.1.0.0/16, fe80::1");
  g_assert_cmpstr (a->diajukan, ==, "2024-03-04");
  g_assert_cmpint (a->access, ==, DK_PKS_REQUESTED);
  g_assert_cmpint (a->status, ==, DK_PKS_STATUS_REQUESTED);
  g_assert_cmpuint (a->next_step, ==, 1);

  /* the institution is found again by name, in any case */
  add (f, "BANK NAGARI", "470/002/PKS", "2024-05-01", "2024-12-31");
  institutions = dk_pks_institutions (f->store, &error);
  g_assert_cmpuint (institutions->len, ==, 1);
  g_assert_cmpuint (((DkPksInstitution *) institutions->pdata[0])->n_agreements, ==, 2);

  /* the earliest end first; expiring within 90 days of 2024-11-01 */
  list = dk_pks_agreements (f->store, "2024-11-01", &error);
  g_assert_cmpuint (list->len, ==, 2);
  g_assert_cmpstr (((DkPksAgreement *) list->pdata[0])->nomor, ==, "470/002/PKS");
  dk_pks_summarize (list, &summary);
  g_assert_cmpuint (summary.n_active, ==, 2);
  g_assert_cmpuint (summary.n_expiring, ==, 1);
  g_assert_cmpuint (summary.n_must_switch_off, ==, 0);
}

static void
test_add_refused (Fixture       *f,
                  gconstpointer  data)
{
  static const DkPksAgreementInput bad[] = {
    { "", NULL, "1", NULL, "2024-01-01", 12, NULL, NULL, DK_PKS_WEB_SERVICE, NULL, NULL, NULL, NULL },
    { "Bank", NULL, " ", NULL, "2024-01-01", 12, NULL, NULL, DK_PKS_WEB_SERVICE, NULL, NULL, NULL, NULL },
    { "Bank", NULL, "1", NULL, "2024-02-30", 12, NULL, NULL, DK_PKS_WEB_SERVICE, NULL, NULL, NULL, NULL },
    { "Bank", NULL, "1", NULL, "2024-01-01", 0, NULL, NULL, DK_PKS_WEB_SERVICE, NULL, NULL, NULL, NULL },
    { "Bank", NULL, "1", NULL, "2024-01-01", 0, "2023-12-31", NULL, DK_PKS_WEB_SERVICE, NULL, NULL, NULL, NULL },
    { "Bank", NULL, "1", NULL, "2024-01-01", 12, NULL, NULL, DK_PKS_N_MECHANISMS, NULL, NULL, NULL, NULL },
    { "Bank", NULL, "1", NULL, "2024-01-01", 12, NULL, NULL, DK_PKS_WEB_SERVICE, "10.0.0.256", NULL, NULL, NULL },
    { "Bank", NULL, "1", NULL, "2024-01-01", 12, NULL, NULL, DK_PKS_WEB_SERVICE, NULL, NULL, "31-01-2025", NULL },
    { "Bank", NULL, "1", NULL, "2024-01-01", 12, NULL, NULL, DK_PKS_WEB_SERVICE, NULL, NULL, NULL, "2023-12-01" },
    { "Bank", NULL, "DUP", NULL, "2024-01-01", 12, NULL, NULL, DK_PKS_WEB_SERVICE, NULL, NULL, NULL, NULL },
  };
  g_autoptr(GPtrArray) list = NULL;

  add (f, "Bank", "DUP", "2023-01-01", "2023-12-31");
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (dk_pks_agreement_add (f->store, &bad[i], NULL, &error));
      g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
    }
  list = dk_pks_agreements (f->store, "2024-01-01", NULL);
  g_assert_cmpuint (list->len, ==, 1);
}

/* ------------------------------------------------------------------ SOP */

static void
test_steps_in_order (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) steps = NULL;
  gint64 id = add (f, "RSUP M. Djamil", "470/010", "2025-01-06", "2026-01-05");

  /* step 2 before step 1 */
  g_assert_false (dk_pks_step_done (f->store, id, 2, "2025-01-07", NULL, 3, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "before step 1"));
  g_clear_error (&error);
  /* before the request */
  g_assert_false (dk_pks_step_done (f->store, id, 1, "2025-01-05", NULL, 7, &error));
  g_clear_error (&error);
  /* a document of the checklist missing */
  g_assert_false (dk_pks_step_done (f->store, id, 1, "2025-01-06", NULL, 3, &error));
  g_assert_nonnull (strstr (error->message, "Naskah PKS"));
  g_clear_error (&error);
  g_assert_false (dk_pks_step_done (f->store, id, 7, "2025-01-06", NULL, 7, &error));
  g_clear_error (&error);

  step (f, id, 1, "2025-01-06");
  /* step 2 dated before step 1 */
  g_assert_false (dk_pks_step_done (f->store, id, 2, "2025-01-05", NULL, 3, &error));
  g_clear_error (&error);
  step (f, id, 2, "2025-01-08");
  /* step 1 moved after step 2 */
  g_assert_false (dk_pks_step_done (f->store, id, 1, "2025-01-09", NULL, 7, &error));
  g_clear_error (&error);

  steps = dk_pks_steps (f->store, id, "2025-01-10", &error);
  g_assert_no_error (error);
  /* step 2: 1 working day from 6 January (Monday), done Wednesday: a day late */
  g_assert_cmpstr (((DkPksStep *) steps->pdata[1])->due, ==, "2025-01-07");
  g_assert_cmpint (((DkPksStep *) steps->pdata[1])->late_days, ==, 1);
  /* step 3: 10 minutes, due the day step 2 was done; 2 working days late on Friday */
  g_assert_cmpstr (((DkPksStep *) steps->pdata[2])->due, ==, "2025-01-08");
  g_assert_cmpint (((DkPksStep *) steps->pdata[2])->late_days, ==, 2);
  g_assert_cmpstr (((DkPksStep *) steps->pdata[3])->due, ==, "");
}

static void
test_late_with_holidays (Fixture       *f,
                         gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkPksAgreement) a = NULL, b = NULL;
  gint64 id = add (f, "BPJS Kesehatan", "470/020", "2025-01-02", "2026-01-01");

  for (guint n = 1; n <= 5; n++)
    step (f, id, n, "2025-01-06");
  /* step 6: 14 working days from Monday 6 January: 24 January */
  a = dk_pks_agreement_get (f->store, id, "2025-01-28", &error);
  g_assert_cmpuint (a->next_step, ==, 6);
  g_assert_cmpstr (a->due, ==, "2025-01-24");
  g_assert_cmpint (a->late_days, ==, 2);

  /* with two holidays in the fortnight it is due on 28 January: not late yet */
  g_assert_true (dk_pks_holiday_add (f->store, "2025-01-27", "Isra Mikraj", &error));
  g_assert_true (dk_pks_holiday_add (f->store, "2025-01-09", "Cuti bersama", &error));
  g_assert_no_error (error);
  b = dk_pks_agreement_get (f->store, id, "2025-01-28", &error);
  g_assert_cmpstr (b->due, ==, "2025-01-28");
  g_assert_cmpint (b->late_days, ==, 0);
  g_assert_true (dk_pks_holiday_remove (f->store, "2025-01-09", &error));
  g_assert_false (dk_pks_holiday_remove (f->store, "2025-01-09", &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_NOT_FOUND);
}

/* ------------------------------------------------------------- access */

static void
test_access_rule (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkPksAgreement) on = NULL, after = NULL, extended = NULL, off = NULL;
  gint64 id = add (f, "Bank Nagari", "470/030", "2024-01-02", "2024-12-31");

  /* not before the SOP is done */
  g_assert_false (dk_pks_set_access (f->store, id, DK_PKS_GRANTED, "2024-02-01", &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  all_steps (f, id, "2024-01-10");
  /* step 6 opened the access */
  on = dk_pks_agreement_get (f->store, id, "2024-06-01", &error);
  g_assert_cmpint (on->access, ==, DK_PKS_GRANTED);
  g_assert_cmpstr (on->access_since, ==, "2024-01-10");
  g_assert_cmpint (on->status, ==, DK_PKS_STATUS_ACTIVE);

  /* past the end, access on: to be switched off (rule 001) */
  after = dk_pks_agreement_get (f->store, id, "2025-01-15", &error);
  g_assert_cmpint (after->status, ==, DK_PKS_STATUS_MUST_SWITCH_OFF);
  g_assert_cmpint (after->days_left, ==, -15);
  g_assert_true (dk_pks_set_access (f->store, id, DK_PKS_SWITCHED_OFF, "2025-01-15", &error));
  g_assert_no_error (error);
  /* not on again until extended */
  g_assert_false (dk_pks_set_access (f->store, id, DK_PKS_GRANTED, "2025-01-20", &error));
  g_assert_nonnull (strstr (error->message, "2024-12-31"));
  g_clear_error (&error);
  g_assert_false (dk_pks_extend (f->store, id, "2025-01-20", "EXT/1", "2024-12-01", &error));
  g_clear_error (&error);
  g_assert_true (dk_pks_extend (f->store, id, "2025-01-20", "EXT/1", "2026-12-31", &error));
  g_assert_no_error (error);
  extended = dk_pks_agreement_get (f->store, id, "2025-01-21", &error);
  g_assert_cmpstr (extended->berakhir, ==, "2026-12-31");
  g_assert_cmpstr (extended->berakhir_awal, ==, "2024-12-31");
  g_assert_cmpuint (extended->n_extensions, ==, 1);
  g_assert_cmpint (extended->status, ==, DK_PKS_STATUS_OFF);
  /* a date before the last change is refused */
  g_assert_false (dk_pks_set_access (f->store, id, DK_PKS_GRANTED, "2025-01-14", &error));
  g_clear_error (&error);
  g_assert_true (dk_pks_set_access (f->store, id, DK_PKS_GRANTED, "2025-01-21", &error));
  g_assert_false (dk_pks_set_access (f->store, id, DK_PKS_GRANTED, "2025-01-22", &error));
  g_clear_error (&error);
  g_assert_true (dk_pks_set_access (f->store, id, DK_PKS_ENDED, "2025-06-30", &error));
  off = dk_pks_agreement_get (f->store, id, "2025-07-01", &error);
  g_assert_cmpint (off->status, ==, DK_PKS_STATUS_ENDED);
  g_assert_false (dk_pks_extend (f->store, id, "2025-07-01", NULL, "2027-12-31", &error));
}

/* -------------------------------------------------------------- check */

static void
test_check (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) findings = NULL, clean = NULL;
  DkPksAgreementInput cert = { "Dinas Kesehatan", "OPD", "470/043", NULL, "2025-01-02", 24, NULL, NULL,
                               DK_PKS_WEB_PORTAL, NULL, "SNI ISO/IEC 27001", "2025-03-31", NULL };
  gint64 expired = add (f, "Bank Nagari", "470/040", "2024-01-02", "2024-12-31");
  gint64 late = add (f, "RSUP M. Djamil", "470/041", "2025-01-02", "2026-01-01");
  gint64 fine = add (f, "BPJS", "470/042", "2025-01-02", "2026-01-01");
  gint64 cert_id = 0;

  all_steps (f, expired, "2024-01-10");
  step (f, late, 1, "2025-01-06");
  step (f, late, 2, "2025-01-07");
  all_steps (f, fine, "2025-01-06");
  g_assert_true (dk_pks_agreement_add (f->store, &cert, &cert_id, &error));
  all_steps (f, cert_id, "2025-01-06");

  clean = dk_check_run_as_of (f->store, "2024-06-03", &error);
  g_assert_no_error (error);
  for (guint i = 0; i < clean->len; i++)
    if (g_str_equal (((DkFinding *) clean->pdata[i])->table, "PKS"))
      g_error ("%s", ((DkFinding *) clean->pdata[i])->message);

  findings = g_ptr_array_new_with_free_func ((GDestroyNotify) dk_finding_free);
  g_assert_true (dk_pks_check (f->store, "2025-04-14", findings, &error));
  g_assert_cmpuint (findings->len, ==, 3);
  g_assert_nonnull (strstr (((DkFinding *) findings->pdata[0])->message, "Bank Nagari, PKS 470/040: ended on 31 "
                                                                          "December 2024 (104 days ago) and its access "
                                                                          "is still on"));
  g_assert_nonnull (strstr (((DkFinding *) findings->pdata[1])->message, "RSUP M. Djamil, PKS 470/041: step 3 "
                                                                          "(Kabid PIAK) was due on 7 January 2025 and "
                                                                          "is 69 working days late"));
  g_assert_nonnull (strstr (((DkFinding *) findings->pdata[2])->message, "the security certificate SNI ISO/IEC "
                                                                          "27001 expired on 31 March 2025"));
}

/* ------------------------------------------------------------- undo */

static void
test_undo (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) before = NULL, after = NULL, institutions = NULL;
  g_autoptr(DkPksAgreement) a = NULL;
  g_autofree char *what = NULL;
  gint64 id = add (f, "Bank Nagari", "470/050", "2024-01-02", "2024-12-31");

  all_steps (f, id, "2024-01-10");
  g_assert_true (dk_pks_extend (f->store, id, "2024-12-20", "EXT/1", "2025-12-31", &error));
  g_assert_true (dk_domains_undo (f->store, &what, &error));
  g_assert_no_error (error);
  g_assert_nonnull (strstr (what, "extended"));
  a = dk_pks_agreement_get (f->store, id, "2024-12-21", &error);
  g_assert_cmpstr (a->berakhir, ==, "2024-12-31");
  g_clear_pointer (&what, g_free);

  /* step 6 and the access it opened go together */
  g_assert_true (dk_domains_undo (f->store, &what, &error));
  g_clear_pointer (&a, dk_pks_agreement_free);
  a = dk_pks_agreement_get (f->store, id, "2024-12-21", &error);
  g_assert_cmpint (a->access, ==, DK_PKS_REQUESTED);
  g_assert_cmpuint (a->next_step, ==, 6);

  /* the agreement and its new institution go in one undo */
  for (guint n = 5; n >= 1; n--)
    g_assert_true (dk_domains_undo (f->store, NULL, &error));
  g_assert_true (dk_domains_undo (f->store, NULL, &error));
  g_assert_no_error (error);
  after = dk_pks_agreements (f->store, "2024-12-21", &error);
  institutions = dk_pks_institutions (f->store, &error);
  g_assert_cmpuint (after->len, ==, 0);
  g_assert_cmpuint (institutions->len, ==, 0);
}

/* ---------------------------------------------------------- migration */

static void
test_migrates_6_to_7 (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *path = dk_test_db_address (dir, "six.db");
  g_autofree char *message = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) list = NULL;
  DkStore *store = dk_domains_open (path, &error);

  g_assert_no_error (error);
  g_object_unref (store);
  dk_test_undo_schema_8 (path);
  message = dk_test_exec_sql (path,
                              dk_test_engine_is_pg ()
                              /* a server keeps its schema version in a table */
                              ? "BEGIN; "
                                "DROP TABLE pks_langkah; DROP TABLE pks_akses; DROP TABLE pks_perpanjangan; "
                                "DROP TABLE pks_perjanjian; DROP TABLE pks_lembaga; DROP TABLE pks_libur; "
                                "UPDATE dk_schema SET versi = 6; "
                                "COMMIT;"
                              : "DROP TABLE pks_langkah; DROP TABLE pks_akses; DROP TABLE pks_perpanjangan; "
                                "DROP TABLE pks_perjanjian; DROP TABLE pks_lembaga; DROP TABLE pks_libur; "
                                "PRAGMA user_version = 6;");
  g_assert_null (message);

  store = dk_domains_open (path, &error);
  g_assert_no_error (error);
  g_assert_cmpint (dk_store_get_schema_version (store), ==, dk_store_get_latest_version ());
  list = dk_pks_agreements (store, "2025-01-01", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (list->len, ==, 0);
  g_object_unref (store);
  dk_test_rm_rf (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) g_test_add ("/dk/pks/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  g_test_add_func ("/dk/pks/term-end", test_term_end);
  g_test_add_func ("/dk/pks/working-days", test_working_days);
  ADD ("add-and-status", test_add_and_status);
  ADD ("add-refused", test_add_refused);
  ADD ("steps-in-order", test_steps_in_order);
  ADD ("late-with-holidays", test_late_with_holidays);
  ADD ("access-rule", test_access_rule);
  ADD ("check", test_check);
  ADD ("undo", test_undo);
  g_test_add_func ("/dk/pks/migrates-6-to-7", test_migrates_6_to_7);
#undef ADD

  return g_test_run ();
}
