/* dk-budget-history.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The budget's writes in the history of changes: what an activity holds (its name, its
 * DPA versions, its lines, their amounts per version, realisation, months, and the totals
 * a source stated) is read as values keyed by (kode, kolom) before and after a write,
 * and the difference is recorded; undo writes the old values back one by one.
 *
 * The history's rows for the budget: tabel "anggaran", ref "YYYY/ACTIVITY" (or "YYYY"
 * for the year itself), kode a line's kode (or the activity's, or "DPA n"), and kolom
 * one of: tahun, kegiatan, dpa, dpa-tanggal, uraian, anggaran:N (the budget in DPA
 * version N), realisasi, bulan:M, stated:K and stated-label:K (a total the source
 * printed for column K).
 */
#define G_LOG_DOMAIN "dk-budget"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-budget-private.h"
#include "dk-error.h"
#include "dk-history-internal.h"

#define KEY_SEP '\x1f'

/* ?1 year, ?2 activity code, ?3 the stated totals' ref */
static const char capture_activity_sql[] =
  "WITH k AS (SELECT id, kode, nama FROM anggaran_kegiatan WHERE tahun = ?1 AND kode = ?2) "
  "SELECT kode, 'kegiatan', nama FROM k "
  "UNION ALL SELECT 'DPA ' || d.nomor, 'dpa', d.nama FROM anggaran_dpa d JOIN k ON k.id = d.kegiatan_id "
  "UNION ALL SELECT 'DPA ' || d.nomor, 'dpa-tanggal', coalesce (CAST (d.tanggal AS TEXT), '') "
  "  FROM anggaran_dpa d JOIN k ON k.id = d.kegiatan_id "
  "UNION ALL SELECT b.kode, 'uraian', b.uraian FROM anggaran_baris b JOIN k ON k.id = b.kegiatan_id "
  "UNION ALL SELECT b.kode, 'anggaran:' || d.nomor, CAST (n.anggaran AS TEXT) FROM anggaran_nilai n "
  "  JOIN anggaran_baris b ON b.id = n.baris_id JOIN anggaran_dpa d ON d.id = n.dpa_id "
  "  JOIN k ON k.id = b.kegiatan_id "
  "UNION ALL SELECT b.kode, 'realisasi', CAST (r.realisasi AS TEXT) FROM anggaran_realisasi r "
  "  JOIN anggaran_baris b ON b.id = r.baris_id JOIN k ON k.id = b.kegiatan_id "
  "UNION ALL SELECT b.kode, 'bulan:' || m.bulan, CAST (m.realisasi AS TEXT) FROM anggaran_realisasi_bulan m "
  "  JOIN anggaran_baris b ON b.id = m.baris_id JOIN k ON k.id = b.kegiatan_id "
  "UNION ALL SELECT kode, 'stated:' || kolom, coalesce (CAST (nilai AS TEXT), '') FROM stated_total "
  "  WHERE tabel = '" DK_BUDGET_STATED_TABLE "' AND ref = ?3 "
  "UNION ALL SELECT kode, 'stated-label:' || kolom, label FROM stated_total "
  "  WHERE tabel = '" DK_BUDGET_STATED_TABLE "' AND ref = ?3";

static GHashTable *
capture (DkStore     *store,
         int          year,
         const char  *activity,
         GError     **error)
{
  g_autoptr(GHashTable) values = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(DkDbStmt) stmt = NULL;
  int rc;

  if (activity == NULL)
    {
      stmt = _dk_store_prepare (store, "SELECT tahun, 'tahun', tahun FROM anggaran_tahun WHERE tahun = ?1", error);
      if (stmt == NULL)
        return NULL;
      dk_db_bind_int64 (stmt, 1, year);
    }
  else
    {
      if (!(stmt = _dk_store_prepare (store, capture_activity_sql, error)))
        return NULL;
      dk_db_bind_int64 (stmt, 1, year);
      dk_db_bind_text (stmt, 2, activity);
      dk_db_bind_text_take (stmt, 3, _dk_budget_stated_ref (year, activity));
    }
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    g_hash_table_insert (values,
                         g_strdup_printf ("%s%c%s", dk_db_column_text (stmt, 0), KEY_SEP,
                                          dk_db_column_text (stmt, 1)),
                         _dk_stmt_dup_text (stmt, 2));
  if (!_dk_store_rows_done (store, rc, error))
    return NULL;
  return g_steal_pointer (&values);
}

/**
 * _dk_budget_undo_begin:
 * @activity: (nullable): the activity the write changes; %NULL when it changes the
 *   year only
 *
 * Reads what the year and the activity hold before a write; inside its transaction.
 */
gboolean
_dk_budget_undo_begin (DkBudgetUndo  *undo,
                       DkStore       *store,
                       int            year,
                       const char    *activity,
                       GError       **error)
{
  memset (undo, 0, sizeof *undo);
  undo->year = year;
  undo->activity = g_strdup (activity);
  if (!(undo->year_before = capture (store, year, NULL, error)))
    return FALSE;
  return activity == NULL || (undo->before = capture (store, year, activity, error)) != NULL;
}

/* Records the difference, for the ref of the year or of the activity. */
static gboolean
record (DkStore     *store,
        const char  *ref,
        GHashTable  *before,
        GHashTable  *after,
        const char  *keterangan,
        gint64      *batch_id,
        GError     **error)
{
  return _dk_history_record_values (store, DK_BUDGET_STATED_TABLE, ref, before, after, KEY_SEP,
                                    keterangan, batch_id, error);
}

/**
 * _dk_budget_undo_end:
 *
 * Records what the write changed as one change of the history; inside its transaction.
 */
gboolean
_dk_budget_undo_end (DkBudgetUndo  *undo,
                     DkStore       *store,
                     const char    *keterangan,
                     GError       **error)
{
  g_autoptr(GHashTable) year_after = NULL;
  g_autoptr(GHashTable) after = NULL;
  g_autofree char *year_ref = g_strdup_printf ("%d", undo->year);
  gint64 batch_id = 0;

  if (!(year_after = capture (store, undo->year, NULL, error)) ||
      !record (store, year_ref, undo->year_before, year_after, keterangan, &batch_id, error))
    return FALSE;
  if (undo->activity != NULL)
    {
      g_autofree char *ref = _dk_budget_stated_ref (undo->year, undo->activity);

      if (!(after = capture (store, undo->year, undo->activity, error)) ||
          !record (store, ref, undo->before, after, keterangan, &batch_id, error))
        return FALSE;
    }
  return TRUE;
}

void
_dk_budget_undo_clear (DkBudgetUndo *undo)
{
  g_clear_pointer (&undo->activity, g_free);
  g_clear_pointer (&undo->year_before, g_hash_table_unref);
  g_clear_pointer (&undo->before, g_hash_table_unref);
}

static gboolean
run (DkStore     *store,
     const char  *sql,
     int          year,
     const char  *activity,
     const char  *kode,
     const char  *a,
     const char  *b,
     GError     **error)
{
  g_autoptr(DkDbStmt) stmt = _dk_store_prepare (store, sql, error);

  if (stmt == NULL)
    return FALSE;
  /* each statement uses the parameters it needs of: ?1 year, ?2 activity, ?3 kode,
   * ?4 and ?5 values */
  dk_db_bind_int64 (stmt, 1, year);
  dk_db_bind_text (stmt, 2, activity);
  dk_db_bind_text (stmt, 3, kode);
  dk_db_bind_text (stmt, 4, a);
  dk_db_bind_text (stmt, 5, b);
  return _dk_store_step_done (store, stmt, error);
}

#define ACTIVITY "(SELECT id FROM anggaran_kegiatan WHERE tahun = ?1 AND kode = ?2)"
#define LINE "(SELECT id FROM anggaran_baris WHERE kegiatan_id = " ACTIVITY " AND kode = ?3)"
#define DPA "(SELECT id FROM anggaran_dpa WHERE kegiatan_id = " ACTIVITY " AND nomor = ?4)"

static gboolean
restore_year (DkStore     *store,
              int          year,
              const char  *lama,
              GError     **error)
{
  return run (store, lama ? "INSERT INTO anggaran_tahun (tahun) VALUES (?1) ON CONFLICT DO NOTHING"
                          : "DELETE FROM anggaran_tahun WHERE tahun = ?1",
              year, NULL, NULL, NULL, NULL, error);
}

static gboolean
restore_activity (DkStore     *store,
                  int          year,
                  const char  *activity,
                  const char  *lama,
                  GError     **error)
{
  return run (store, lama ? "INSERT INTO anggaran_kegiatan (tahun, kode, nama) "
                            "VALUES (?1, ?2, coalesce (?4, CAST (?3 AS TEXT))) "
                            "ON CONFLICT (tahun, kode) DO UPDATE SET nama = excluded.nama"
                          : "DELETE FROM anggaran_kegiatan WHERE tahun = ?1 AND kode = ?2",
              year, activity, NULL, lama, NULL, error);
}

/* A DPA version's name ("dpa") or date ("dpa-tanggal") */
static gboolean
restore_dpa (DkStore     *store,
             const char  *stem,
             int          year,
             const char  *activity,
             const char  *nomor,
             const char  *lama,
             GError     **error)
{
  if (lama == NULL)
    return run (store, "DELETE FROM anggaran_dpa WHERE kegiatan_id = " ACTIVITY " AND nomor = ?4 "
                       "AND (CAST (?3 AS TEXT) IS NULL OR TRUE)",
                year, activity, NULL, nomor, NULL, error);
  if (g_str_equal (stem, "dpa"))
    return run (store, "INSERT INTO anggaran_dpa (kegiatan_id, nomor, nama) "
                       "VALUES (" ACTIVITY ", ?4, coalesce (?5, CAST (?3 AS TEXT))) "
                       "ON CONFLICT (kegiatan_id, nomor) DO UPDATE SET nama = excluded.nama",
                year, activity, NULL, nomor, lama, error);
  return run (store, "UPDATE anggaran_dpa SET tanggal = date (nullif (?5, '')) "
                     "WHERE kegiatan_id = " ACTIVITY " AND nomor = ?4 AND (CAST (?3 AS TEXT) IS NULL OR TRUE)",
              year, activity, NULL, nomor, lama, error);
}

static gboolean
restore_description (DkStore     *store,
                     int          year,
                     const char  *activity,
                     const char  *kode,
                     const char  *lama,
                     GError     **error)
{
  return run (store, lama ? "INSERT INTO anggaran_baris (kegiatan_id, kode, uraian) VALUES (" ACTIVITY ", ?3, ?4) "
                            "ON CONFLICT (kegiatan_id, kode) DO UPDATE SET uraian = excluded.uraian"
                          : "DELETE FROM anggaran_baris WHERE kegiatan_id = " ACTIVITY " AND kode = ?3",
              year, activity, kode, lama, NULL, error);
}

/* A line's amount in DPA version @nomor */
static gboolean
restore_amount (DkStore     *store,
                int          year,
                const char  *activity,
                const char  *kode,
                const char  *nomor,
                const char  *lama,
                GError     **error)
{
  return run (store, lama ? "INSERT INTO anggaran_nilai (dpa_id, baris_id, anggaran) "
                            "VALUES (" DPA ", " LINE ", CAST (?5 AS BIGINT)) "
                            "ON CONFLICT (dpa_id, baris_id) DO UPDATE SET anggaran = excluded.anggaran"
                          : "DELETE FROM anggaran_nilai WHERE dpa_id = " DPA " AND baris_id = " LINE,
              year, activity, kode, nomor, lama, error);
}

static gboolean
restore_realisation (DkStore     *store,
                     int          year,
                     const char  *activity,
                     const char  *kode,
                     const char  *lama,
                     GError     **error)
{
  return run (store, lama ? "INSERT INTO anggaran_realisasi (baris_id, realisasi) "
                            "VALUES (" LINE ", CAST (?4 AS BIGINT)) "
                            "ON CONFLICT (baris_id) DO UPDATE SET realisasi = excluded.realisasi"
                          : "DELETE FROM anggaran_realisasi WHERE baris_id = " LINE,
              year, activity, kode, lama, NULL, error);
}

/* A line's realisation in month @bulan */
static gboolean
restore_month (DkStore     *store,
               int          year,
               const char  *activity,
               const char  *kode,
               const char  *bulan,
               const char  *lama,
               GError     **error)
{
  return run (store, lama ? "INSERT INTO anggaran_realisasi_bulan (baris_id, bulan, realisasi) "
                            "VALUES (" LINE ", CAST (?4 AS BIGINT), CAST (?5 AS BIGINT)) "
                            "ON CONFLICT (baris_id, bulan) DO UPDATE SET realisasi = excluded.realisasi"
                          : "DELETE FROM anggaran_realisasi_bulan WHERE baris_id = " LINE
                            " AND bulan = CAST (?4 AS BIGINT)",
              year, activity, kode, bulan, lama, error);
}

/* A total as the source stated it ("stated") or its label ("stated-label"), in @kolom */
static gboolean
restore_stated (DkStore     *store,
                const char  *stem,
                int          year,
                const char  *activity,
                const char  *kode,
                const char  *kolom,
                const char  *lama,
                GError     **error)
{
  if (lama == NULL)
    return run (store, "DELETE FROM stated_total WHERE tabel = '" DK_BUDGET_STATED_TABLE "' "
                       "AND ref = ?1 || '/' || ?2 AND kode = ?3 AND kolom = ?4",
                year, activity, kode, kolom, NULL, error);
  if (g_str_equal (stem, "stated"))
    return run (store, "INSERT INTO stated_total (tabel, ref, kode, kolom, nilai) "
                       "VALUES ('" DK_BUDGET_STATED_TABLE "', ?1 || '/' || ?2, ?3, ?4, "
                       "CAST (nullif (?5, '') AS BIGINT)) "
                       "ON CONFLICT (tabel, ref, kode, kolom) DO UPDATE SET nilai = excluded.nilai",
                year, activity, kode, kolom, lama, error);
  return run (store, "INSERT INTO stated_total (tabel, ref, kode, kolom, label) "
                     "VALUES ('" DK_BUDGET_STATED_TABLE "', ?1 || '/' || ?2, ?3, ?4, ?5) "
                     "ON CONFLICT (tabel, ref, kode, kolom) DO UPDATE SET label = excluded.label",
              year, activity, kode, kolom, lama, error);
}

static gboolean
refuse_value (const char  *ref,
              const char  *kode,
              const char  *kolom,
              GError     **error)
{
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("The history holds a budget value it cannot restore: %s %s %s"),
               ref, kode, kolom);
  return FALSE;
}

/* restore_value:
 * @lama: (nullable): the value before the change; %NULL when the change added it
 *
 * Puts one value of the history back as it was before the change; inside the undo's
 * transaction. A value the change added is removed (a year, an activity, a DPA version
 * or a line with everything under it).
 */
static gboolean
restore_value (DkStore     *store,
               const char  *ref,
               const char  *kode,
               const char  *kolom,
               const char  *lama,
               GError     **error)
{
  g_autofree char *activity = NULL;
  const char *slash = strchr (ref, '/');
  const char *colon = strchr (kolom, ':');
  g_autofree char *stem = colon ? g_strndup (kolom, colon - kolom) : g_strdup (kolom);
  const char *arg = colon ? colon + 1 : NULL;
  const char *nomor = g_str_has_prefix (kode, "DPA ") ? kode + 4 : NULL;
  int year = (int) g_ascii_strtoll (ref, NULL, 10);

  activity = slash ? g_strdup (slash + 1) : NULL;

  if (g_str_equal (stem, "tahun"))
    return restore_year (store, year, lama, error);
  if (activity == NULL)
    return refuse_value (ref, kode, kolom, error);
  if (g_str_equal (stem, "kegiatan"))
    return restore_activity (store, year, activity, lama, error);
  if ((g_str_equal (stem, "dpa") || g_str_equal (stem, "dpa-tanggal")) && nomor != NULL)
    return restore_dpa (store, stem, year, activity, nomor, lama, error);
  if (g_str_equal (stem, "uraian"))
    return restore_description (store, year, activity, kode, lama, error);
  if (g_str_equal (stem, "anggaran") && arg != NULL)
    return restore_amount (store, year, activity, kode, arg, lama, error);
  if (g_str_equal (stem, "realisasi"))
    return restore_realisation (store, year, activity, kode, lama, error);
  if (g_str_equal (stem, "bulan") && arg != NULL)
    return restore_month (store, year, activity, kode, arg, lama, error);
  if ((g_str_equal (stem, "stated") || g_str_equal (stem, "stated-label")) && arg != NULL)
    return restore_stated (store, stem, year, activity, kode, arg, lama, error);
  return refuse_value (ref, kode, kolom, error);
}

static const char *
column_stem_title (const char *stem)
{
  if (g_str_equal (stem, "tahun"))
    return _("Fiscal year");
  if (g_str_equal (stem, "kegiatan"))
    return _("Activity");
  if (g_str_equal (stem, "dpa"))
    return _("DPA version");
  if (g_str_equal (stem, "dpa-tanggal"))
    return _("DPA date");
  if (g_str_equal (stem, "uraian"))
    return _("Uraian");
  if (g_str_equal (stem, "realisasi"))
    return _("Realisasi");
  return stem;
}

/* "anggaran:2" → "Anggaran (DPA 2)", "bulan:3" → "Realisasi Maret", … */
static char *
column_title (const char *kolom)
{
  const char *colon = strchr (kolom, ':');
  g_autofree char *stem = colon ? g_strndup (kolom, colon - kolom) : g_strdup (kolom);
  const char *arg = colon ? colon + 1 : "";
  gint64 n = g_ascii_strtoll (arg, NULL, 10);

  if (g_str_equal (stem, "anggaran"))
    /* Translators: the budget of a line in a DPA version */
    return g_strdup_printf (_("Anggaran (DPA %s)"), arg);
  if (g_str_equal (stem, "bulan") && n >= 1 && n <= 12)
    {
      g_autoptr(GDateTime) month = g_date_time_new_utc (2000, (int) n, 1, 0, 0, 0);
      g_autofree char *name = g_date_time_format (month, "%B");

      /* Translators: the realisation of one month */
      return g_strdup_printf (_("Realisasi %s"), name);
    }
  if (g_str_equal (stem, "stated"))
    /* Translators: the total the source printed for a column of the budget */
    return g_strdup_printf (_("Stated total (%s)"), g_str_equal (arg, "anggaran") ? _("Anggaran") : _("Realisasi"));
  if (g_str_equal (stem, "stated-label"))
    return g_strdup_printf (_("Stated total’s label (%s)"),
                            g_str_equal (arg, "anggaran") ? _("Anggaran") : _("Realisasi"));
  return g_strdup (column_stem_title (stem));
}

static const DkHistoryTable history_table = {
  .tabel = DK_BUDGET_STATED_TABLE,
  .restore_value = restore_value,
  .column_title = column_title,
};

/**
 * dk_budget_history_tables:
 *
 * Returns: (array zero-terminated=1) (transfer none): the budget's table of the history
 *   (its values are kept one by one), for undo
 */
const DkHistoryTable *const *
dk_budget_history_tables (void)
{
  static const DkHistoryTable *const tables[] = { &history_table, NULL };

  return tables;
}
