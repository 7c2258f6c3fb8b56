/* dk-budget-edit.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writing the budget: years, activities, lines, DPA versions and amounts, each change
 * validated first and then written in one transaction, so that bad input changes
 * nothing. Also the seed: the report's realisation tables of 2025 and 2019.
 */
#define G_LOG_DOMAIN "dk-budget"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-budget-private.h"
#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-number.h"
#include "dk-stated-internal.h"

/* The digits of each part of a spending account code: 5.1.02.01.01.0052 */
static const guint line_code_widths[] = { 1, 1, 2, 2, 2, 4 };

static guint
count_parts (const char *kode)
{
  guint n = 1;

  for (const char *p = kode; *p; p++)
    n += *p == '.';
  return n;
}

/**
 * dk_budget_check_line_code:
 *
 * Accepts a spending (belanja) account code: 5, then parts of 1, 2, 2, 2 and 4 digits.
 */
gboolean
dk_budget_check_line_code (const char  *kode,
                           GError     **error)
{
  g_auto(GStrv) parts = NULL;
  guint n;

  if (kode == NULL || kode[0] != '5')
    goto bad;
  parts = g_strsplit (kode, ".", -1);
  n = g_strv_length (parts);
  if (n > G_N_ELEMENTS (line_code_widths))
    goto bad;
  for (guint i = 0; i < n; i++)
    {
      if (strlen (parts[i]) != line_code_widths[i])
        goto bad;
      for (const char *p = parts[i]; *p; p++)
        if (!g_ascii_isdigit (*p))
          goto bad;
    }
  return TRUE;

bad:
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
               _("Account code “%s” is not a spending account code: it starts with 5 and goes on "
                 "like 5.1.02.01.01.0052"), kode != NULL ? kode : "");
  return FALSE;
}

/**
 * dk_budget_check_activity_code:
 *
 * Accepts an activity code: at least two parts of digits, such as 2.12.04.1.02.0001.
 */
gboolean
dk_budget_check_activity_code (const char  *kode,
                               GError     **error)
{
  gboolean digit_before = FALSE;

  if (kode == NULL || count_parts (kode) < 2)
    goto bad;
  for (const char *p = kode; *p; p++)
    {
      if (*p == '.' && !digit_before)
        goto bad;
      if (*p != '.' && !g_ascii_isdigit (*p))
        goto bad;
      digit_before = *p != '.';
    }
  if (digit_before)
    return TRUE;

bad:
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
               _("Activity code “%s” is not a code like 2.12.04.1.02.0001"), kode != NULL ? kode : "");
  return FALSE;
}

static gboolean
check_text (const char  *text,
            const char  *field,
            GError     **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));

  if (stripped[0] != '\0')
    return TRUE;
  /* Translators: %s is a field, e.g. "Description" */
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s: this field may not be empty"), field);
  return FALSE;
}

static gboolean
check_year (int      year,
            GError **error)
{
  if (year >= 2000 && year <= 2999)
    return TRUE;
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
               _("Fiscal year: %d is not a year between 2000 and 2999"), year);
  return FALSE;
}

/* Runs @stmt to its first row and returns its first column as an integer (0 if none). */
static gboolean
query_int (DkStore  *store,
           DkDbStmt *stmt,
           gint64   *value,
           GError  **error)
{
  int rc = dk_db_step (stmt);

  *value = rc == DK_DB_ROW ? dk_db_column_int64 (stmt, 0) : 0;
  dk_db_reset (stmt);
  if (rc != DK_DB_ROW && rc != DK_DB_DONE)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------ writes, no checks */

static gboolean
write_year (DkStore  *store,
            int       year,
            GError  **error)
{
  g_autoptr(DkDbStmt) stmt = _dk_store_prepare (store, "INSERT INTO anggaran_tahun (tahun) VALUES (?1)", error);

  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, year);
  return _dk_store_step_done (store, stmt, error);
}

static gboolean
write_dpa (DkStore     *store,
           gint64       activity_id,
           guint        nomor,
           const char  *nama,
           const char  *tanggal,
           GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  stmt = _dk_store_prepare (store, "INSERT INTO anggaran_dpa (kegiatan_id, nomor, nama, tanggal) "
                            "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, activity_id);
  dk_db_bind_int64 (stmt, 2, nomor);
  dk_db_bind_text (stmt, 3, nama);
  if (tanggal != NULL && tanggal[0] != '\0')
    dk_db_bind_text (stmt, 4, tanggal);
  return _dk_store_step_done (store, stmt, error);
}

static gboolean
write_activity (DkStore     *store,
                int          year,
                const char  *kode,
                const char  *nama,
                gint64      *id,
                GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  stmt = _dk_store_prepare (store, "INSERT INTO anggaran_kegiatan (tahun, kode, nama) VALUES (?1, ?2, ?3) "
                            "RETURNING id", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, year);
  dk_db_bind_text (stmt, 2, kode);
  dk_db_bind_text (stmt, 3, nama);
  if (dk_db_step (stmt) != DK_DB_ROW)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  *id = dk_db_column_int64 (stmt, 0);
  /* every activity starts with its original DPA */
  return write_dpa (store, *id, 1, "DPA", NULL, error);
}

static gboolean
write_line (DkStore     *store,
            gint64       activity_id,
            const char  *kode,
            const char  *uraian,
            GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  stmt = _dk_store_prepare (store, "INSERT INTO anggaran_baris (kegiatan_id, kode, uraian) VALUES (?1, ?2, ?3)",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, activity_id);
  dk_db_bind_text (stmt, 2, kode);
  dk_db_bind_text (stmt, 3, uraian);
  return _dk_store_step_done (store, stmt, error);
}

/* Writes a leaf's budget in a version and, unless it has monthly figures, its realisation. */
static gboolean
write_amount (DkStore     *store,
              gint64       activity_id,
              gint64       dpa_id,
              const char  *kode,
              gint64       anggaran,
              gint64       realisasi,
              GError     **error)
{
  g_autoptr(DkDbStmt) nilai = NULL;
  g_autoptr(DkDbStmt) real = NULL;
  const char *line_id = "(SELECT id FROM anggaran_baris WHERE kegiatan_id = ?1 AND kode = ?2)";
  g_autofree char *sql_nilai = g_strconcat ("INSERT INTO anggaran_nilai (dpa_id, baris_id, anggaran) VALUES (?3, ",
                                            line_id,
                                            ", ?4) ON CONFLICT (dpa_id, baris_id) DO UPDATE SET anggaran = "
                                            "excluded.anggaran",
                                            NULL);
  g_autofree char *sql_real = g_strconcat ("INSERT INTO anggaran_realisasi (baris_id, realisasi) SELECT ",
                                           line_id,
                                           ", CAST (?3 AS BIGINT) WHERE NOT EXISTS (SELECT 1 FROM "
                                           "anggaran_realisasi_bulan WHERE baris_id = ",
                                           line_id,
                                           ") ON CONFLICT (baris_id) DO UPDATE SET realisasi = excluded.realisasi",
                                           NULL);

  /* (the SQL above is assembled from constant pieces only; values are bound) */
  if (!(nilai = _dk_store_prepare (store, sql_nilai, error)) || !(real = _dk_store_prepare (store, sql_real, error)))
    return FALSE;
  dk_db_bind_int64 (nilai, 1, activity_id);
  dk_db_bind_text (nilai, 2, kode);
  dk_db_bind_int64 (nilai, 3, dpa_id);
  dk_db_bind_int64 (nilai, 4, anggaran);
  dk_db_bind_int64 (real, 1, activity_id);
  dk_db_bind_text (real, 2, kode);
  dk_db_bind_int64 (real, 3, realisasi);
  return _dk_store_step_done (store, nilai, error) && _dk_store_step_done (store, real, error);
}

/* Forgets the totals the source printed for an activity: once a user enters amounts,
 * the sums of the lines are the figures. */
static gboolean
drop_stated (DkStore     *store,
             int          year,
             const char  *activity,
             GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autofree char *ref = _dk_budget_stated_ref (year, activity);

  stmt = _dk_store_prepare (store, "DELETE FROM stated_total WHERE tabel = ?1 AND ref = ?2", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, DK_BUDGET_STATED_TABLE);
  dk_db_bind_text (stmt, 2, ref);
  return _dk_store_step_done (store, stmt, error);
}

static gboolean
finish (DkStore  *store,
        gboolean  ok,
        GError  **error)
{
  if (!ok)
    {
      _dk_store_rollback (store);
      return FALSE;
    }
  return _dk_store_commit (store, error);
}

/* Ends a write begun with _dk_budget_undo_begin(): records it in the history and
 * commits, or rolls back. */
static gboolean
finish_recorded (DkStore       *store,
                 DkBudgetUndo  *undo,
                 gboolean       ok,
                 const char    *keterangan,
                 GError       **error)
{
  return finish (store, ok && _dk_budget_undo_end (undo, store, keterangan, error), error);
}

/* The year and code of an activity, 0 and %NULL meaning the latest year and its first
 * activity. */
static gboolean
resolve_activity (DkStore      *store,
                  int          *year,
                  const char   *activity,
                  char        **kode,
                  GError      **error)
{
  gint64 id;

  return _dk_budget_find_activity (store, *year, activity, &id, year, kode, NULL, error);
}

/* --------------------------------------------------------------- public */

/* Adds a fiscal year, refusing one that exists; inside the caller's transaction. */
gboolean
_dk_budget_add_year_in_tx (DkStore  *store,
                           int       year,
                           GError  **error)
{
  g_autoptr(GArray) years = NULL;

  if (!check_year (year, error) || !(years = dk_budget_list_years (store, error)))
    return FALSE;
  for (guint i = 0; i < years->len; i++)
    if (g_array_index (years, int, i) == year)
      {
        g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Fiscal year: %d already exists"), year);
        return FALSE;
      }
  return write_year (store, year, error);
}

/**
 * dk_budget_add_year:
 *
 * Adds a fiscal year, refusing one that exists.
 */
gboolean
dk_budget_add_year (DkStore  *store,
                    int       year,
                    GError  **error)
{
  g_auto(DkBudgetUndo) undo = { 0 };
  g_autofree char *what = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  if (!_dk_store_begin (store, error))
    return FALSE;
  what = g_strdup_printf (_("Fiscal year %d added"), year);
  return finish_recorded (store, &undo,
                          _dk_budget_undo_begin (&undo, store, year, NULL, error) &&
                          _dk_budget_add_year_in_tx (store, year, error), what, error);
}

/* Adds an activity with its original DPA; inside the caller's transaction. */
gboolean
_dk_budget_add_activity_in_tx (DkStore     *store,
                               int          year,
                               const char  *kode,
                               const char  *nama,
                               GError     **error)
{
  g_autoptr(GPtrArray) activities = NULL;
  g_autofree char *text = NULL;
  gint64 id;

  if (!(activities = dk_budget_list_activities (store, year, error)) ||
      !dk_budget_check_activity_code (kode, error) ||
      !check_text (nama, C_("field", "Activity name"), error))
    return FALSE;
  for (guint i = 0; i < activities->len; i++)
    if (g_str_equal (((DkBudgetActivity *) g_ptr_array_index (activities, i))->kode, kode))
      {
        g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                     _("Activity code: %s already exists in the fiscal year %d"), kode, year);
        return FALSE;
      }
  text = g_strstrip (g_strdup (nama));
  return write_activity (store, year, kode, text, &id, error);
}

/**
 * dk_budget_add_activity:
 *
 * Adds an activity to an existing year, with its original DPA (version 1).
 */
gboolean
dk_budget_add_activity (DkStore     *store,
                        int          year,
                        const char  *kode,
                        const char  *nama,
                        GError     **error)
{
  g_auto(DkBudgetUndo) undo = { 0 };
  g_autofree char *what = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  if (!_dk_store_begin (store, error))
    return FALSE;
  what = g_strdup_printf (_("Activity %s added to %d"), kode, year);
  return finish_recorded (store, &undo,
                          _dk_budget_undo_begin (&undo, store, year, kode, error) &&
                          _dk_budget_add_activity_in_tx (store, year, kode, nama, error), what, error);
}

/* Whether a line has any amount other than zero: budget, realisation or a month. */
static gboolean
line_has_amounts (DkStore     *store,
                  gint64       activity_id,
                  const char  *kode,
                  gboolean    *has,
                  GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  gint64 n;

  stmt = _dk_store_prepare (store,
                            "SELECT (SELECT count(*) FROM anggaran_nilai WHERE baris_id = b.id AND anggaran > 0) + "
                            " (SELECT count(*) FROM anggaran_realisasi WHERE baris_id = b.id AND realisasi > 0) + "
                            " (SELECT count(*) FROM anggaran_realisasi_bulan WHERE baris_id = b.id AND realisasi > 0) "
                            "FROM anggaran_baris b WHERE b.kegiatan_id = ?1 AND b.kode = ?2", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, activity_id);
  dk_db_bind_text (stmt, 2, kode);
  if (!query_int (store, stmt, &n, error))
    return FALSE;
  *has = n > 0;
  return TRUE;
}

static gboolean
check_new_line (DkStore        *store,
                DkBudgetTable  *table,
                gint64          activity_id,
                const char     *kode,
                GError        **error)
{
  GPtrArray *lines = dk_budget_table_get_lines (table);
  DkBudgetLine *parent = dk_budget_table_get_total (table);
  gboolean has = FALSE;

  if (dk_budget_table_find (table, kode) != NULL)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Account code: %s already exists in this activity"), kode);
      return FALSE;
    }
  if (count_parts (kode) >= 3)
    {
      g_autofree char *up = g_strndup (kode, strrchr (kode, '.') - kode);

      if (dk_budget_table_find (table, up) == NULL)
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                       _("Account code: %s does not fit the hierarchy; add the line %s first"), kode, up);
          return FALSE;
        }
    }
  /* its parent: the longest code it lies under, or the activity */
  for (guint i = 1; i < lines->len; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (lines, i);
      const char *other = dk_budget_line_get_kode (line);

      if (dk_budget_code_is_under (other, kode) &&
          (parent == dk_budget_table_get_total (table) || strlen (other) > strlen (dk_budget_line_get_kode (parent))))
        parent = line;
    }
  if (!dk_budget_line_get_is_leaf (parent))
    return TRUE;
  if (!line_has_amounts (store, activity_id, dk_budget_line_get_kode (parent), &has, error))
    return FALSE;
  if (has)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("Account code: %s would go under %s, which already has amounts; a line with "
                     "amounts cannot be split"), kode, dk_budget_line_get_kode (parent));
      return FALSE;
    }
  return TRUE;
}

/* Adds a line with the checks of dk_budget_add_line(); inside the caller's transaction. */
gboolean
_dk_budget_add_line_in_tx (DkStore     *store,
                           int          year,
                           const char  *activity,
                           const char  *kode,
                           const char  *uraian,
                           GError     **error)
{
  g_autoptr(DkBudgetTable) table = NULL;
  g_autofree char *text = NULL;
  gint64 activity_id;

  if (!_dk_budget_find_activity (store, year, activity, &activity_id, NULL, NULL, NULL, error) ||
      !dk_budget_check_line_code (kode, error) ||
      !check_text (uraian, C_("field", "Description"), error) ||
      !(table = dk_budget_table_load (store, year, activity, 0, 0, error)) ||
      !check_new_line (store, table, activity_id, kode, error))
    return FALSE;
  text = g_strstrip (g_strdup (uraian));
  return write_line (store, activity_id, kode, text, error);
}

/* The line of an activity that the source gives without a breakdown: it carries the
 * activity's own code and amounts (as the 2019 activity in the seed). */
gboolean
_dk_budget_add_own_line_in_tx (DkStore     *store,
                               int          year,
                               const char  *activity,
                               const char  *uraian,
                               GError     **error)
{
  g_autofree char *text = NULL;
  gint64 activity_id;

  if (!_dk_budget_find_activity (store, year, activity, &activity_id, NULL, NULL, NULL, error) ||
      !check_text (uraian, C_("field", "Description"), error))
    return FALSE;
  text = g_strstrip (g_strdup (uraian));
  return write_line (store, activity_id, activity, text, error);
}

/**
 * dk_budget_add_line:
 *
 * Adds a line to an activity. Its code must be a spending account code; from three
 * parts on, the line one part shorter must exist; and it may not go under a line that
 * already carries amounts.
 */
gboolean
dk_budget_add_line (DkStore     *store,
                    int          year,
                    const char  *activity,
                    const char  *kode,
                    const char  *uraian,
                    GError     **error)
{
  g_auto(DkBudgetUndo) undo = { 0 };
  g_autofree char *found = NULL;
  g_autofree char *what = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  if (!resolve_activity (store, &year, activity, &found, error) || !_dk_store_begin (store, error))
    return FALSE;
  what = g_strdup_printf (_("Account line %s added"), kode);
  return finish_recorded (store, &undo,
                          _dk_budget_undo_begin (&undo, store, year, found, error) &&
                          _dk_budget_add_line_in_tx (store, year, found, kode, uraian, error), what, error);
}

static gboolean
copy_budget (DkStore  *store,
             gint64    from_dpa,
             gint64    to_dpa,
             GError  **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  stmt = _dk_store_prepare (store, "INSERT INTO anggaran_nilai (dpa_id, baris_id, anggaran) "
                            "SELECT ?2, baris_id, anggaran FROM anggaran_nilai WHERE dpa_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, from_dpa);
  dk_db_bind_int64 (stmt, 2, to_dpa);
  return _dk_store_step_done (store, stmt, error);
}

/**
 * dk_budget_add_dpa:
 * @nama: the amendment's name, e.g. "DPA Pergeseran I"
 * @tanggal: (nullable): its date, YYYY-MM-DD
 * @nomor: (out) (optional): the new version's number
 *
 * Adds an amendment of the activity's DPA; it starts with the latest version's budget.
 */
gboolean
dk_budget_add_dpa (DkStore     *store,
                   int          year,
                   const char  *activity,
                   const char  *nama,
                   const char  *tanggal,
                   guint       *nomor,
                   GError     **error)
{
  g_auto(DkBudgetUndo) undo = { 0 };
  g_autofree char *text = NULL;
  g_autofree char *found = NULL;
  g_autofree char *what = NULL;
  gint64 activity_id, latest_id, new_id;
  guint latest;
  GDate date;
  gboolean ok;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  if (!_dk_budget_find_activity (store, year, activity, &activity_id, &year, &found, NULL, error) ||
      !check_text (nama, C_("field", "DPA name"), error))
    return FALSE;
  if (tanggal != NULL && tanggal[0] != '\0' && !dk_date_check_iso (tanggal, &date, error))
    {
      g_prefix_error (error, "%s: ", C_("field", "Date"));
      return FALSE;
    }
  if (!_dk_budget_find_dpa (store, activity_id, 0, &latest_id, &latest, NULL, error))
    return FALSE;
  text = g_strstrip (g_strdup (nama));
  if (!_dk_store_begin (store, error))
    return FALSE;
  ok = _dk_budget_undo_begin (&undo, store, year, found, error) &&
       write_dpa (store, activity_id, latest + 1, text, tanggal, error) &&
       _dk_budget_find_dpa (store, activity_id, latest + 1, &new_id, NULL, NULL, error) &&
       copy_budget (store, latest_id, new_id, error);
  if (ok && nomor != NULL)
    *nomor = latest + 1;
  what = g_strdup_printf (_("DPA amendment “%s” added"), text);
  return finish_recorded (store, &undo, ok, what, error);
}

static gboolean
check_leaf (DkBudgetTable  *table,
            const char     *kode,
            DkBudgetLine  **line,
            GError        **error)
{
  *line = kode != NULL ? dk_budget_table_find (table, kode) : NULL;
  if (*line == NULL)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Account code: %s is not a line of this activity"),
                   kode != NULL ? kode : "");
      return FALSE;
    }
  if (dk_budget_line_get_is_activity (*line) && !dk_budget_table_has_own_line (table))
    {
      g_set_error_literal (error, DK_ERROR, DK_ERROR_INVALID,
                           _("The activity has no budget line yet; add a line before entering amounts"));
      return FALSE;
    }
  if (!dk_budget_line_get_is_leaf (*line))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("Account code: %s has lines under it; its amounts are their sums"), kode);
      return FALSE;
    }
  return TRUE;
}

static gboolean
refuse_negative (const char  *kode,
                 const char  *field,
                 gint64       value,
                 GError     **error)
{
  if (value >= 0)
    {
      g_autofree char *what = value > DK_RUPIAH_MAX ? g_strdup_printf ("%s, %s", kode, field) : NULL;

      return value <= DK_RUPIAH_MAX || dk_number_check_rupiah (what, value, error);
    }
  /* Translators: account code, field */
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%s, %s: an amount may not be negative"), kode, field);
  return FALSE;
}

static gboolean
refuse_over_budget (const char     *kode,
                    gint64          realisasi,
                    gint64          anggaran,
                    DkBudgetTable  *latest,
                    GError        **error)
{
  DkNumberFormat fmt;
  g_autofree char *r = NULL, *a = NULL;

  if (realisasi <= anggaran)
    return TRUE;
  dk_number_format_init_locale (&fmt);
  r = dk_format_rupiah (&fmt, realisasi);
  a = dk_format_rupiah (&fmt, anggaran);
  /* Translators: account code, field, realisation, budget, DPA version name */
  g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
               _("%s, %s: %s is more than the line’s budget of %s in %s; realisation may not exceed the budget"),
               kode, C_("field", "Realisation"), r, a, dk_budget_table_get_dpa_name (latest));
  return FALSE;
}

/* Reads the activity back inside the transaction: a sum too large for 64 bits fails
 * there, and the write is rolled back. */
static gboolean
sums_fit (DkStore     *store,
          int          year,
          const char  *activity,
          guint        dpa,
          GError     **error)
{
  g_autoptr(DkBudgetTable) table = dk_budget_table_load (store, year, activity, dpa, 0, error);

  return table != NULL;
}

static gboolean
validate_amounts (DkBudgetTable         *table,
                  DkBudgetTable         *latest,
                  const DkBudgetAmount  *rows,
                  gsize                  n_rows,
                  GError               **error)
{
  gboolean is_latest = dk_budget_table_get_dpa (table) == dk_budget_table_get_latest_dpa (table);

  for (gsize i = 0; i < n_rows; i++)
    {
      DkBudgetLine *line, *in_latest;
      gint64 budget;

      if (!check_leaf (table, rows[i].kode, &line, error) ||
          !refuse_negative (rows[i].kode, C_("field", "Budget"), rows[i].anggaran, error) ||
          !refuse_negative (rows[i].kode, C_("field", "Realisation"), rows[i].realisasi, error))
        return FALSE;
      if (dk_budget_line_get_has_monthly (line) && rows[i].realisasi != dk_budget_line_get_realisasi (line))
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                       _("%s, %s: the line has monthly figures; its realisation is their sum, enter a month instead"),
                       rows[i].kode, C_("field", "Realisation"));
          return FALSE;
        }
      in_latest = dk_budget_table_find (latest, rows[i].kode);
      budget = is_latest ? rows[i].anggaran : dk_budget_line_get_anggaran (in_latest);
      if (!refuse_over_budget (rows[i].kode, rows[i].realisasi, budget, latest, error))
        return FALSE;
    }
  return TRUE;
}

/* Validates and writes amounts as dk_budget_set_amounts() does; inside the caller's
 * transaction. */
gboolean
_dk_budget_set_amounts_in_tx (DkStore               *store,
                              int                    year,
                              const char            *activity,
                              guint                  dpa,
                              const DkBudgetAmount  *rows,
                              gsize                  n_rows,
                              GError               **error)
{
  g_autoptr(DkBudgetTable) table = NULL;
  g_autoptr(DkBudgetTable) latest = NULL;
  gint64 activity_id, dpa_id;
  gboolean ok = TRUE;

  if (!(table = dk_budget_table_load (store, year, activity, dpa, 0, error)) ||
      !(latest = dk_budget_table_load (store, year, activity, 0, 0, error)) ||
      !validate_amounts (table, latest, rows, n_rows, error))
    return FALSE;
  year = dk_budget_table_get_year (table);
  activity = dk_budget_table_get_activity (table);
  if (!_dk_budget_find_activity (store, year, activity, &activity_id, NULL, NULL, NULL, error) ||
      !_dk_budget_find_dpa (store, activity_id, dk_budget_table_get_dpa (table), &dpa_id, NULL, NULL, error))
    return FALSE;

  for (gsize i = 0; i < n_rows && ok; i++)
    ok = write_amount (store, activity_id, dpa_id, rows[i].kode, rows[i].anggaran, rows[i].realisasi, error);
  return ok && drop_stated (store, year, activity, error) && sums_fit (store, year, activity, dpa, error);
}

/**
 * dk_budget_set_amounts:
 * @dpa: the DPA version whose budget is entered, 0 for the latest
 * @rows: (array length=n_rows): leaf lines with their budget and realisation
 *
 * Validates every row (leaf lines only, no negative amount, no realisation above the
 * latest version's budget), then writes them in one transaction and forgets the totals
 * the source printed for the activity.
 */
gboolean
dk_budget_set_amounts (DkStore               *store,
                       int                    year,
                       const char            *activity,
                       guint                  dpa,
                       const DkBudgetAmount  *rows,
                       gsize                  n_rows,
                       GError               **error)
{
  g_auto(DkBudgetUndo) undo = { 0 };
  g_autofree char *found = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  if (!resolve_activity (store, &year, activity, &found, error) || !_dk_store_begin (store, error))
    return FALSE;
  return finish_recorded (store, &undo,
                          _dk_budget_undo_begin (&undo, store, year, found, error) &&
                          _dk_budget_set_amounts_in_tx (store, year, found, dpa, rows, n_rows, error),
                          _("Budget amounts entered"), error);
}

static gboolean
validate_month (DkBudgetTable              *table,
                guint                       month,
                const DkBudgetMonthAmount  *rows,
                gsize                       n_rows,
                GError                    **error)
{
  if (month < 1 || month > 12)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Month: %u is not a month from 1 to 12"), month);
      return FALSE;
    }
  for (gsize i = 0; i < n_rows; i++)
    {
      DkBudgetLine *line;
      gint64 year_sum = 0;

      if (!check_leaf (table, rows[i].kode, &line, error) ||
          !refuse_negative (rows[i].kode, C_("field", "Realisation"), rows[i].realisasi, error))
        return FALSE;
      for (guint m = 1; m <= 12; m++)
        {
          gint64 v = m == month ? rows[i].realisasi : dk_budget_table_get_line_month (table, rows[i].kode, m);

          if (!dk_checked_add (&year_sum, year_sum, v))
            year_sum = G_MAXINT64;
        }
      if (!refuse_over_budget (rows[i].kode, year_sum, dk_budget_line_get_anggaran (line), table, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * dk_budget_set_month:
 * @month: 1 to 12
 * @rows: (array length=n_rows): leaf lines with what they spent in @month
 *
 * Enters one month's realisation. From then on a line's realisation is the sum of its
 * months, which may not exceed its budget in the latest DPA version.
 */
gboolean
dk_budget_set_month (DkStore                    *store,
                     int                         year,
                     const char                 *activity,
                     guint                       month,
                     const DkBudgetMonthAmount  *rows,
                     gsize                       n_rows,
                     GError                    **error)
{
  g_auto(DkBudgetUndo) undo = { 0 };
  g_autoptr(DkBudgetTable) table = NULL;
  g_autoptr(DkDbStmt) stmt = NULL;
  gint64 activity_id;
  gboolean ok = TRUE;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  if (!(table = dk_budget_table_load (store, year, activity, 0, 0, error)) ||
      !validate_month (table, month, rows, n_rows, error))
    return FALSE;
  year = dk_budget_table_get_year (table);
  activity = dk_budget_table_get_activity (table);
  if (!_dk_budget_find_activity (store, year, activity, &activity_id, NULL, NULL, NULL, error))
    return FALSE;
  stmt = _dk_store_prepare (store,
                            "INSERT INTO anggaran_realisasi_bulan (baris_id, bulan, realisasi) "
                            "VALUES ((SELECT id FROM anggaran_baris WHERE kegiatan_id = ?1 AND kode = ?2), ?3, ?4) "
                            "ON CONFLICT (baris_id, bulan) DO UPDATE SET realisasi = excluded.realisasi",
                            error);
  if (stmt == NULL)
    return FALSE;

  if (!_dk_store_begin (store, error))
    return FALSE;
  ok = _dk_budget_undo_begin (&undo, store, year, activity, error);
  for (gsize i = 0; i < n_rows && ok; i++)
    {
      dk_db_bind_int64 (stmt, 1, activity_id);
      dk_db_bind_text (stmt, 2, rows[i].kode);
      dk_db_bind_int64 (stmt, 3, month);
      dk_db_bind_int64 (stmt, 4, rows[i].realisasi);
      ok = _dk_store_step_done (store, stmt, error);
    }
  ok = ok && drop_stated (store, year, activity, error) && sums_fit (store, year, activity, 0, error);
  return finish_recorded (store, &undo, ok, _("Monthly realisation entered"), error);
}

/* ------------------------------------------------------------------ seed */

typedef struct
{
  char   *kode;
  char   *uraian;
  gint64  anggaran;
  gint64  realisasi;
} SeedRow;

static GPtrArray *
read_seed (const char  *name,
           GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  GPtrArray *rows = g_ptr_array_new_with_free_func (g_free);
  const char *data;
  gsize len;

  if (!(bytes = _dk_store_load_seed (name, error)))
    return NULL;
  data = g_bytes_get_data (bytes, &len);
  if (!(records = dk_csv_parse (data, len, ',', error)))
    return NULL;
  /* kode_rekening,uraian,anggaran,realisasi; the strings live as long as the records */
  for (guint i = 1; i < records->len; i++)
    {
      DkCsvRecord *r = g_ptr_array_index (records, i);
      SeedRow *row = g_malloc0 (sizeof (SeedRow) + strlen (r->fields[0]) + strlen (r->fields[1]) + 2);

      g_assert (r->n_fields == 4);
      row->kode = (char *) (row + 1);
      row->uraian = row->kode + strlen (r->fields[0]) + 1;
      strcpy (row->kode, r->fields[0]);
      strcpy (row->uraian, r->fields[1]);
      if (!dk_parse_plain_int (r->fields[2], &row->anggaran) || !dk_parse_plain_int (r->fields[3], &row->realisasi))
        g_error ("The shipped budget seed %s is malformed at line %u", name, r->line);
      g_ptr_array_add (rows, row);
    }
  return rows;
}

static gboolean
is_parent_row (GPtrArray *rows,
               SeedRow   *row)
{
  for (guint i = 0; i < rows->len; i++)
    if (dk_budget_code_is_under (row->kode, ((SeedRow *) g_ptr_array_index (rows, i))->kode))
      return TRUE;
  return FALSE;
}

/* A report's realisation table: its first row is the activity, the others its lines.
 * Leaves get their amounts; the parents' printed amounts are kept as stated totals for
 * `check`. An activity printed without lines keeps its amounts on a line of its own code. */
static gboolean
seed_table (DkStore     *store,
            int          year,
            const char  *name,
            GError     **error)
{
  g_autoptr(GPtrArray) rows = read_seed (name, error);
  g_autofree char *ref = NULL;
  SeedRow *activity;
  gint64 activity_id, dpa_id;

  if (rows == NULL)
    return FALSE;
  activity = g_ptr_array_index (rows, 0);
  ref = _dk_budget_stated_ref (year, activity->kode);
  if (!write_year (store, year, error) ||
      !write_activity (store, year, activity->kode, activity->uraian, &activity_id, error) ||
      !_dk_budget_find_dpa (store, activity_id, 1, &dpa_id, NULL, NULL, error))
    return FALSE;
  for (guint i = rows->len == 1 ? 0 : 1; i < rows->len; i++)
    {
      SeedRow *row = g_ptr_array_index (rows, i);

      if (!write_line (store, activity_id, row->kode, row->uraian, error))
        return FALSE;
      if (rows->len > 1 && is_parent_row (rows, row))
        continue;
      if (!write_amount (store, activity_id, dpa_id, row->kode, row->anggaran, row->realisasi, error))
        return FALSE;
    }
  for (guint i = 0; rows->len > 1 && i < rows->len; i++)
    {
      SeedRow *row = g_ptr_array_index (rows, i);
      const DkStatedInput stated[] = {
        { "anggaran", TRUE, row->anggaran, row->uraian },
        { "realisasi", TRUE, row->realisasi, row->uraian },
      };

      if ((i == 0 || is_parent_row (rows, row)) &&
          !_dk_stated_total_replace (store, DK_BUDGET_STATED_TABLE, ref, row->kode, stated, G_N_ELEMENTS (stated), error))
        return FALSE;
    }
  return TRUE;
}

/* LAPORAN 2025, BAB II D (sub kegiatan 2.12.04.1.02.0001) and the 2019 blangko
 * distribution activity. */
gboolean
dk_budget_seed (DkStore  *self,
                GError  **error)
{
  return seed_table (self, 2019, "seed/anggaran-2019.csv", error) &&
         seed_table (self, 2025, "seed/anggaran-2025.csv", error);
}
