/* test-m2m.c — SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dk-check.h"
#include "dk-error.h"
#include "dk-m2m.h"
#include "dk-test-util.h"

/* LAPORAN TAHUNAN 2025, BAB II B.2.b: devices, active */
static const struct { const char *kode; gint64 d, a; } report[] = {
  { "13.01", 0, 0 }, { "13.02", 4, 3 }, { "13.03", 2, 2 }, { "13.04", 1, 1 }, { "13.05", 3, 1 },
  { "13.06", 4, 2 }, { "13.07", 1, 1 }, { "13.08", 5, 2 }, { "13.09", 1, 1 }, { "13.10", 3, 1 },
  { "13.11", 2, 2 }, { "13.12", 3, 3 }, { "13.71", 1, 0 }, { "13.72", 1, 1 }, { "13.73", 1, 1 },
  { "13.74", 1, 1 }, { "13.75", 3, 2 }, { "13.76", 2, 1 }, { "13.77", 2, 2 },
};

static void
exec_sql (DkStore    *store,
          const char *sql)
{
  g_autofree char *address = dk_test_store_address (store);
  g_autofree char *message = dk_test_exec_sql (address, sql);

  g_assert_null (message);
}

static void
test_report_table (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkM2mTable) table = dk_m2m_table_load (store, "13", NULL, &error);
  GListModel *rows;
  DkM2mRow *total;
  GPtrArray *stated;

  g_assert_no_error (error);
  g_assert_cmpstr (dk_m2m_table_get_as_of (table), ==, "2025-12-31");
  rows = dk_m2m_table_get_rows (table);
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, G_N_ELEMENTS (report));
  for (guint i = 0; i < G_N_ELEMENTS (report); i++)
    {
      g_autoptr(DkM2mRow) row = g_list_model_get_item (rows, i);

      g_assert_cmpstr (dk_m2m_row_get_kode (row), ==, report[i].kode);
      g_assert_cmpint (dk_m2m_row_get_perangkat (row), ==, report[i].d);
      g_assert_cmpint (dk_m2m_row_get_aktif (row), ==, report[i].a);
      g_assert_cmpint (dk_m2m_row_get_tidak_aktif (row), ==, report[i].d - report[i].a);
      g_assert_cmpuint (dk_m2m_row_get_number (row), ==, i + 1);
    }

  total = dk_m2m_table_get_total (table);
  g_assert_cmpint (dk_m2m_row_get_perangkat (total), ==, 40);
  g_assert_cmpint (dk_m2m_row_get_aktif (total), ==, 27);
  g_assert_cmpint (dk_m2m_row_get_tidak_aktif (total), ==, 13);
  g_assert_cmpint (dk_m2m_row_get_active_bp (total), ==, 6750);
  g_assert_cmpstr (dk_m2m_row_get_wilayah (total), ==, "SUMATERA BARAT");
  g_assert_cmpuint (dk_m2m_table_get_n_without_device (table), ==, 1);
  g_assert_cmpuint (dk_m2m_table_get_n_without_active (table), ==, 2);

  /* the source's footer, "Total 39", kept as printed; the active total was left blank */
  stated = dk_m2m_table_get_stated (table);
  g_assert_cmpuint (stated->len, ==, 2);
  g_assert_cmpstr (((DkStatedTotal *) stated->pdata[0])->kolom, ==, "jumlah_aktif");
  g_assert_false (((DkStatedTotal *) stated->pdata[0])->has_value);
  g_assert_cmpstr (((DkStatedTotal *) stated->pdata[1])->kolom, ==, "jumlah_perangkat");
  g_assert_cmpint (((DkStatedTotal *) stated->pdata[1])->nilai, ==, 39);
  dk_test_rm_rf (dir);
}

static void
test_events_and_outages (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) events = dk_m2m_list_events (store, &error);
  g_autoptr(GPtrArray) outages = NULL;
  DkM2mEvent bad = { 0, "2025-13-01", FALSE, NULL, DK_M2M_EVENT_BROKEN, NULL };
  DkM2mEvent unknown = { 0, "2026-01-05", FALSE, (char *) "13.99", DK_M2M_EVENT_BROKEN, NULL };
  DkM2mEvent broke = { 0, "2026-01-05", FALSE, (char *) "13.02", DK_M2M_EVENT_BROKEN, (char *) "1 rusak" };
  DkM2mEvent *first;
  DkM2mOutage *o;
  DkM2mInput later[G_N_ELEMENTS (report)];

  g_assert_no_error (error);
  g_assert_cmpuint (events->len, ==, 2);
  first = g_ptr_array_index (events, 0);
  g_assert_cmpstr (first->tanggal, ==, "2025-03-01");
  g_assert_true (first->month_only);
  g_assert_null (first->kode);
  g_assert_cmpint (first->kind, ==, DK_M2M_EVENT_DEACTIVATED);
  g_assert_cmpint (((DkM2mEvent *) g_ptr_array_index (events, 1))->kind, ==, DK_M2M_EVENT_REACTIVATED);

  g_assert_false (dk_m2m_add_event (store, &bad, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (dk_m2m_add_event (store, &unknown, &error));
  g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_true (dk_m2m_add_event (store, &broke, &error));
  g_clear_pointer (&events, g_ptr_array_unref);
  events = dk_m2m_list_events (store, &error);
  g_assert_cmpuint (events->len, ==, 3);

  /* a later inventory where Kota Padang still has none active and Solok lost its three */
  for (guint i = 0; i < G_N_ELEMENTS (report); i++)
    later[i] = (DkM2mInput) { report[i].kode, report[i].d, report[i].a, NULL };
  later[1].aktif = 0;
  g_assert_true (dk_m2m_replace_snapshot (store, "2026-03-31", "13", "test", later, G_N_ELEMENTS (later),
                                          NULL, 0, &error));
  g_assert_no_error (error);
  outages = dk_m2m_outages (store, "13", NULL, &error);
  g_assert_cmpuint (outages->len, ==, 3);
  o = g_ptr_array_index (outages, 0);         /* Pesisir Selatan: none ever seen */
  g_assert_cmpstr (o->kode, ==, "13.01");
  g_assert_true (o->no_device);
  g_assert_cmpstr (o->since, ==, "2025-12-31");
  g_assert_true (o->since_first);
  o = g_ptr_array_index (outages, 1);         /* Solok: since the new inventory */
  g_assert_cmpstr (o->kode, ==, "13.02");
  g_assert_false (o->no_device);
  g_assert_cmpstr (o->since, ==, "2026-03-31");
  g_assert_false (o->since_first);
  o = g_ptr_array_index (outages, 2);
  g_assert_cmpstr (o->kode, ==, "13.71");
  g_assert_cmpstr (o->since, ==, "2025-12-31");
  dk_test_rm_rf (dir);
}

static void
test_rejected_edit_changes_nothing (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkM2mTable) table = NULL;
  g_auto(GStrv) dates = NULL;
  static const struct
  {
    DkM2mInput rows[2];
    const char *as_of;
    const char *message;
  } cases[] = {
    { { { "13.02", 4, 3, NULL }, { "13.71", 1, 2, NULL } }, "2026-01-31", "13.71" },    /* active > devices */
    { { { "13.02", 4, 3, NULL }, { "13.71", -1, 0, NULL } }, "2026-01-31", "negative" },
    { { { "13.02", 4, 3, NULL }, { "13.99", 1, 0, NULL } }, "2026-01-31", "13.99" },    /* unknown region */
    { { { "13.02", 4, 3, NULL }, { "14.01", 1, 0, NULL } }, "2026-01-31", "14.01" },    /* another province */
    { { { "13.02", 4, 3, NULL }, { "13.02", 1, 0, NULL } }, "2026-01-31", "twice" },
    { { { "13.02", 4, 3, NULL }, { "13.71", 1, 0, NULL } }, "2026-02-30", "2026-02-30" },
    { { { "13.02", 4, 3, NULL }, { "13.71", 1, 2, NULL } }, "2025-12-31", "13.71" },    /* over existing */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_false (dk_m2m_replace_snapshot (store, cases[i].as_of, "13", "test", cases[i].rows, 2,
                                               NULL, 0, &error));
      g_assert_error (error, DK_ERROR, DK_ERROR_INVALID);
      g_test_message ("case %u: %s", i, error->message);
      g_assert_nonnull (strstr (error->message, cases[i].message));
      g_clear_error (&error);
    }

  dates = dk_m2m_list_dates (store, &error);
  g_assert_cmpuint (g_strv_length (dates), ==, 1);
  table = dk_m2m_table_load (store, "13", NULL, &error);
  g_assert_cmpuint (g_list_model_get_n_items (dk_m2m_table_get_rows (table)), ==, 19);
  g_assert_cmpint (dk_m2m_row_get_perangkat (dk_m2m_table_get_total (table)), ==, 40);
  g_assert_cmpuint (dk_m2m_table_get_stated (table)->len, ==, 2);
  dk_test_rm_rf (dir);
}

static GPtrArray *
run_check (DkStore *store)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *findings = dk_check_run (store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < findings->len; i++)
    g_test_message ("%s", ((DkFinding *) findings->pdata[i])->message);
  return findings;
}

static void
test_check_shipped_data (void)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autoptr(DkStore) store = dk_test_fresh_store (dir);
  g_autoptr(GPtrArray) findings = run_check (store);
  DkFinding *f;

  /* the one inconsistency of the shipped data, verified against the source: the M2M
   * table's footer says "Total 39"; its rows add up to 40 */
  g_assert_cmpuint (findings->len, ==, 1);
  f = g_ptr_array_index (findings, 0);
  g_assert_cmpstr (f->table, ==, "M2M");
  g_assert_cmpstr (f->ref, ==, "2025-12-31");
  g_assert_cmpstr (f->kode, ==, "13");
  g_assert_cmpstr (f->message, ==,
                   "M2M 2025-12-31: Total (13), Number of M2M devices: the source states 39, the rows add up to 40");
  dk_test_rm_rf (dir);
}

static void
test_check_each_kind (void)
{
  static const struct
  {
    const char *sql;
    const char *expected;
  } cases[] = {
    /* a clean database: the stated total corrected */
    { "UPDATE stated_total SET nilai = 40 WHERE kolom = 'jumlah_perangkat'", NULL },
    { "UPDATE stated_total SET nilai = 40 WHERE kolom = 'jumlah_perangkat'; UPDATE ikd_value SET rekam_dinamis = 4186000 WHERE kode = '13'",
      "IKD 2025-12-31: SUMATERA BARAT (13), Recorded: the source states 4,186,000, the rows add up to 4,186,046" },
    { "UPDATE stated_total SET nilai = 40 WHERE kolom = 'jumlah_perangkat'; UPDATE ikd_value SET jumlah_ikd = 499436 WHERE kode = '13'",
      "IKD 2025-12-31: SUMATERA BARAT (13), IKD: the source states 499,436, the rows add up to 499,435" },
    { "UPDATE stated_total SET nilai = 40 WHERE kolom = 'jumlah_perangkat'; UPDATE ikd_value SET persen_bp = 285 WHERE kode = '13.02'",
      "IKD 2025-12-31: SOLOK (13.02), IKD %: the source prints 2.85%, its figures give 5.48%" },
    { "UPDATE stated_total SET nilai = 40 WHERE kolom = 'jumlah_perangkat'; UPDATE ikd_value SET jumlah_ikd = 80000, persen_bp = NULL "
      "WHERE kode = '13.09'",
      "IKD 2025-12-31: KEPULAUAN MENTAWAI (13.09), IKD: 80,000 IKD activations, more than the 67,812 recorded" },
    { "UPDATE stated_total SET nilai = 40 WHERE kolom = 'jumlah_perangkat'; UPDATE m2m_value SET aktif = 2 WHERE kode = '13.71'",
      "M2M 2025-12-31: KOTA PADANG (13.71), Active M2M devices: 2 active devices, more than its 1 devices" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *dir = dk_test_make_tmpdir ();
      g_autoptr(DkStore) store = dk_test_fresh_store (dir);
      g_autoptr(GPtrArray) findings = NULL;
      gboolean found = FALSE;

      exec_sql (store, cases[i].sql);
      findings = run_check (store);
      if (cases[i].expected == NULL)
        g_assert_cmpuint (findings->len, ==, 0);
      for (guint j = 0; j < findings->len; j++)
        found |= g_str_equal (((DkFinding *) findings->pdata[j])->message, cases[i].expected);
      if (cases[i].expected != NULL)
        g_assert_true (found);
      dk_test_rm_rf (dir);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/dk/m2m/report-table", test_report_table);
  g_test_add_func ("/dk/m2m/events-and-outages", test_events_and_outages);
  g_test_add_func ("/dk/m2m/rejected-edit-changes-nothing", test_rejected_edit_changes_nothing);
  g_test_add_func ("/dk/check/shipped-data", test_check_shipped_data);
  g_test_add_func ("/dk/check/each-kind", test_check_each_kind);
  return g_test_run ();
}
