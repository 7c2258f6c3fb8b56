/* dk-import-budget.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * An activity's budget realisation table as the report prints it: the activity's row,
 * then its lines by kode rekening. The lines without lines under them carry the amounts;
 * the activity's row and the parents are the source's stated totals, kept and checked
 * against the sums. Everything is written in one transaction.
 */
#define G_LOG_DOMAIN "dk-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-budget.h"
#include "dk-parse.h"
#include "dk-error.h"
#include "dk-number.h"
#include "dk-format.h"
#include "dk-import-private.h"

void
_dk_import_budget_reset (DkImport *self)
{
  self->year = 0;
  self->n_lines = 0;
  g_clear_pointer (&self->activity, g_free);
}

/* ------------------------------------------------------------- the rows */

static void
row_free (DkImportRow *row)
{
  g_free (row->kode);
  g_free (row->wilayah);
  g_free (row->keterangan);
  g_free (row->label);
  g_free (row);
}

static void
check_derived_cell (DkImport    *self,
                    DkCsvRecord *record,
                    Role         role,
                    gboolean     is_percent,
                    gint64       computed)
{
  const char *text = _dk_import_cell (self, record, role);
  g_autofree char *printed = NULL;
  g_autofree char *right = NULL;
  DkNumberFormat nf;
  gint64 value;
  int bp;

  if (self->column[role] < 0 || _dk_import_is_blank (text))
    return;
  dk_number_format_init_locale (&nf);
  if (is_percent ? !dk_parse_percent (text, &bp, NULL) : !dk_parse_rupiah (text, &value, NULL, NULL))
    {
      g_autofree char *t = g_strstrip (g_strdup (text));

      _dk_import_add_problem (self, FALSE, record->line, self->heading[role],
                              _("“%s” cannot be read; this column is computed from the amounts, "
                                "not imported"), t);
      return;
    }
  if (is_percent)
    {
      /* "-" for no percentage */
      if (bp < 0 || bp == computed)
        return;
      printed = dk_format_percent_bp (&nf, bp);
      right = dk_format_percent_bp (&nf, (int) computed);
    }
  else
    {
      if (value == computed)
        return;
      printed = dk_format_int (&nf, value);
      right = dk_format_int (&nf, computed);
    }
  _dk_import_add_problem (self, FALSE, record->line, self->heading[role],
                          _("%s is printed, the amounts give %s; this column is computed from the "
                            "amounts, not imported"), printed, right);
}

/* %, Sisa and % of the report are derived from the amounts: said when they disagree. */
static void
check_derived (DkImport    *self,
               DkCsvRecord *record,
               DkImportRow *row)
{
  gint64 sisa = row->values[0] - row->values[1];

  if (row->values[1] > row->values[0])
    return;
  check_derived_cell (self, record, ROLE_PERSEN, TRUE, dk_budget_percent_bp (row->values[1], row->values[0]));
  check_derived_cell (self, record, ROLE_SHORTFALL, FALSE, sisa);
  check_derived_cell (self, record, ROLE_PERSEN_SISA, TRUE, dk_budget_percent_bp (sisa, row->values[0]));
}

static gboolean
read_amounts (DkImport    *self,
              DkCsvRecord *record,
              DkImportRow *row)
{
  gboolean ok = TRUE;

  for (guint v = 0; v < 2; v++)
    {
      Role role = v == 0 ? ROLE_V0 : ROLE_V1;
      g_autofree char *why = NULL;
      gboolean none = FALSE;

      if (!dk_parse_rupiah (_dk_import_cell (self, record, role), &row->values[v], &none, &why))
        {
          _dk_import_add_problem (self, TRUE, record->line, self->heading[role], "%s", why);
          ok = FALSE;
          continue;
        }
      row->has_value[v] = !none;
    }
  /* a row that cannot be read takes no part in the checks of amounts */
  if (!ok)
    {
      row->values[0] = row->values[1] = 0;
      row->has_value[0] = row->has_value[1] = FALSE;
    }
  return ok;
}

/* Whether the row is the activity's: the first row whose code is not a spending account
 * code but an activity code, before any line. */
static gboolean
read_code (DkImport    *self,
           DkCsvRecord *record,
           DkImportRow *row)
{
  g_autoptr(GError) error = NULL;

  if (dk_budget_check_line_code (row->kode, &error))
    return TRUE;
  if (self->activity == NULL && self->rows->len == 0 && dk_budget_check_activity_code (row->kode, NULL))
    {
      row->is_activity = TRUE;
      row->is_total = TRUE;
      self->activity = g_strdup (row->kode);
      return TRUE;
    }
  /* the budget's own message names the code and shows what a spending code looks like */
  _dk_import_add_problem (self, TRUE, record->line, self->heading[ROLE_KODE], "%s", error->message);
  return FALSE;
}

void
_dk_import_budget_read_row (DkImport    *self,
                            DkCsvRecord *record)
{
  const char *code = _dk_import_cell (self, record, ROLE_KODE);
  const char *name = _dk_import_cell (self, record, ROLE_WILAYAH);
  g_autofree char *kode = g_strstrip (g_strdup (code));
  DkImportRow *row;
  guint first_line;
  gboolean ok = TRUE;

  if (_dk_import_is_total_label (code) || _dk_import_is_total_label (name) ||
      _dk_import_is_total_label (_dk_import_cell (self, record, ROLE_NO)))
    {
      _dk_import_add_problem (self, FALSE, record->line, NULL,
                              _("a total row is not imported: the activity’s row is the table’s total"));
      return;
    }
  if (*kode == '\0')
    {
      _dk_import_add_problem (self, TRUE, record->line, self->heading[ROLE_KODE],
                              _("the row has no account code; each line needs one, like 5.1.02.01.01.0052"));
      return;
    }

  row = g_new0 (DkImportRow, 1);
  row->line = record->line;
  row->persen_bp = -1;
  row->kode = g_steal_pointer (&kode);
  row->wilayah = g_strstrip (g_strdup (name));
  row->label = g_strdup (row->wilayah);
  /* a row that is neither the activity nor a line is said, and goes no further */
  if (!read_code (self, record, row))
    {
      row_free (row);
      return;
    }

  if ((first_line = GPOINTER_TO_UINT (g_hash_table_lookup (self->seen, row->kode))) != 0)
    {
      _dk_import_add_problem (self, TRUE, record->line, self->heading[ROLE_KODE],
                              _("%s is already given on line %u"), row->kode, first_line);
      ok = FALSE;
    }
  else
    g_hash_table_insert (self->seen, row->kode, GUINT_TO_POINTER (record->line));
  if (*row->wilayah == '\0')
    {
      _dk_import_add_problem (self, TRUE, record->line, self->heading[ROLE_WILAYAH],
                              _("the row has no description (uraian)"));
      ok = FALSE;
    }
  if (!read_amounts (self, record, row))
    ok = FALSE;
  if (ok)
    check_derived (self, record, row);
  g_ptr_array_add (self->rows, row);
}

/* ------------------------------------------------------ the whole table */

static gboolean
is_line (DkImportRow *row)
{
  return !row->is_activity;
}

static int
compare_rows (gconstpointer a,
              gconstpointer b)
{
  return dk_budget_code_compare ((*(DkImportRow **) a)->kode, (*(DkImportRow **) b)->kode);
}

/* The lines in hierarchy order, each parent before what lies under it. */
static GPtrArray *
sorted_lines (DkImport *self)
{
  GPtrArray *lines = g_ptr_array_new ();

  for (guint i = 0; i < self->rows->len; i++)
    if (is_line (g_ptr_array_index (self->rows, i)))
      g_ptr_array_add (lines, g_ptr_array_index (self->rows, i));
  g_ptr_array_sort (lines, compare_rows);
  return lines;
}

static DkImportRow *
activity_row (DkImport *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    if (((DkImportRow *) g_ptr_array_index (self->rows, i))->is_activity)
      return g_ptr_array_index (self->rows, i);
  return NULL;
}

static void
find_year (DkImport *self)
{
  int in_title = dk_parse_find_year (self->title->str, TRUE);

  if (self->year_option != 0)
    self->year = self->year_option;
  else if ((self->year = in_title) == 0)
    self->year = dk_parse_find_year (self->name, FALSE);

  if (in_title != 0 && self->year_option != 0 && in_title != self->year_option)
    _dk_import_add_problem (self, FALSE, 0, NULL,
                            _("the title says the fiscal year %d; the table is imported into %d, as chosen"),
                            in_title, self->year_option);

  if (self->year == 0)
    _dk_import_add_problem (self, TRUE, 0, NULL,
                            _("the file gives no fiscal year (such as “Tahun Anggaran 2025” in its "
                              "title); choose the year (--year)"));
  else if (self->year < 2000 || self->year > 2999)
    _dk_import_add_problem (self, TRUE, 0, NULL, _("%d is not a fiscal year from 2000 to 2999"), self->year);
}

/* Leaves carry the amounts: realisation within the budget. Parents are stated totals. */
static void
mark_leaves (DkImport  *self,
             GPtrArray *lines)
{
  for (guint i = 0; i < lines->len; i++)
    {
      DkImportRow *row = g_ptr_array_index (lines, i);
      DkImportRow *next = i + 1 < lines->len ? g_ptr_array_index (lines, i + 1) : NULL;

      row->is_total = next != NULL && dk_budget_code_is_under (row->kode, next->kode);
    }
}

static void
check_leaf_amounts (DkImport    *self,
                    DkImportRow *row)
{
  DkNumberFormat nf;
  g_autofree char *r = NULL, *a = NULL;

  self->n_lines++;
  if (row->values[1] <= row->values[0])
    return;
  dk_number_format_init_locale (&nf);
  r = dk_format_int (&nf, row->values[1]);
  a = dk_format_int (&nf, row->values[0]);
  _dk_import_add_problem (self, TRUE, row->line, self->heading[ROLE_V1],
                          _("the realisation %s is more than the budget %s (%s); one of the two is wrong"),
                          r, a, self->heading[ROLE_V0]);
}

/* A stated row against the sum of the leaves under it (all of them for the activity). */
static gboolean
add_amounts (gint64       sums[2],
             const char  *stated,
             const char  *kode,
             gint64       anggaran,
             gint64       realisasi)
{
  if (stated != NULL && !dk_budget_code_is_under (stated, kode))
    return TRUE;
  return dk_checked_add (&sums[0], sums[0], anggaran) && dk_checked_add (&sums[1], sums[1], realisasi);
}

/* A stated row against the sum of the leaves under it (all of them for the activity):
 * the file's, and those the activity keeps from the database. */
static void
check_stated (DkImport      *self,
              DkImportRow   *stated,
              GPtrArray     *lines,
              DkBudgetTable *table)
{
  GPtrArray *existing = table != NULL ? dk_budget_table_get_lines (table) : NULL;
  const char *under = stated->is_activity ? NULL : stated->kode;
  gint64 sums[2] = { 0, 0 };
  gboolean fits = TRUE;
  DkNumberFormat nf;

  dk_number_format_init_locale (&nf);
  for (guint i = 0; i < lines->len && fits; i++)
    {
      DkImportRow *row = g_ptr_array_index (lines, i);

      if (!row->is_total)
        fits = add_amounts (sums, under, row->kode, row->values[0], row->values[1]);
    }
  for (guint i = 1; existing != NULL && i < existing->len && fits; i++)
    {
      DkBudgetLine *line = g_ptr_array_index (existing, i);

      if (dk_budget_line_get_is_leaf (line) && !g_hash_table_contains (self->seen, dk_budget_line_get_kode (line)))
        fits = add_amounts (sums, under, dk_budget_line_get_kode (line), dk_budget_line_get_anggaran (line),
                            dk_budget_line_get_realisasi (line));
    }
  if (!fits)
    {
      _dk_import_add_problem (self, TRUE, stated->line, NULL,
                              _("the amounts of the lines under %s add up to more than can be counted"),
                              stated->kode);
      return;
    }
  for (guint v = 0; v < 2; v++)
    if (stated->has_value[v] && stated->values[v] != sums[v])
      {
        g_autofree char *printed = dk_format_int (&nf, stated->values[v]);
        g_autofree char *sum = dk_format_int (&nf, sums[v]);

        _dk_import_add_problem (self, FALSE, stated->line, self->heading[v == 0 ? ROLE_V0 : ROLE_V1],
                                _("%s is printed for %s, its lines add up to %s; it is kept as the "
                                  "source’s stated total and `check` will report it"),
                                printed, stated->kode, sum);
      }
}

/* From three parts on, a line's parent (one part shorter) is in the file or the activity. */
static void
check_hierarchy (DkImport      *self,
                 DkImportRow   *row,
                 DkBudgetTable *table)
{
  g_autofree char *up = NULL;

  if (strchr (row->kode, '.') == NULL || strchr (strchr (row->kode, '.') + 1, '.') == NULL)
    return;
  up = g_strndup (row->kode, strrchr (row->kode, '.') - row->kode);
  if (g_hash_table_contains (self->seen, up) || (table != NULL && dk_budget_table_find (table, up) != NULL))
    return;
  _dk_import_add_problem (self, TRUE, row->line, self->heading[ROLE_KODE],
                          _("%s goes under %s, which is neither in the file nor a line of the activity; "
                            "add that line above it"), row->kode, up);
}

/* What the activity already has: lines that cannot take the file's amounts, and lines
 * the file leaves out. */
static void
check_against_database (DkImport      *self,
                        DkImportRow   *activity,
                        GPtrArray     *lines,
                        DkBudgetTable *table)
{
  GPtrArray *existing = dk_budget_table_get_lines (table);
  g_autoptr(GString) kept = g_string_new (NULL);
  guint n_kept = 0;

  self->replaces = TRUE;
  if (g_strcmp0 (activity->wilayah, dk_budget_table_get_activity_name (table)) != 0)
    _dk_import_add_problem (self, FALSE, activity->line, self->heading[ROLE_WILAYAH],
                            _("the activity is named “%s” in the database; that name is kept"),
                            dk_budget_table_get_activity_name (table));
  if (lines->len == 0 && existing->len > 1)
    _dk_import_add_problem (self, TRUE, activity->line, NULL,
                            _("the file gives the activity without lines, but it has lines in the "
                              "database; give its lines in the file"));

  for (guint i = 0; i < lines->len; i++)
    {
      DkImportRow *row = g_ptr_array_index (lines, i);
      DkBudgetLine *line = dk_budget_table_find (table, row->kode);
      g_autofree char *up = NULL;
      DkBudgetLine *parent;

      if (line != NULL && !row->is_total && !dk_budget_line_get_is_leaf (line))
        _dk_import_add_problem (self, TRUE, row->line, self->heading[ROLE_KODE],
                                _("%s has lines under it in the database, so its amounts are their "
                                  "sums; give those lines in the file too"), row->kode);
      else if (line != NULL && !row->is_total && dk_budget_line_get_has_monthly (line) &&
               dk_budget_line_get_realisasi (line) != row->values[1])
        _dk_import_add_problem (self, TRUE, row->line, self->heading[ROLE_V1],
                                _("the line has monthly figures in the database; its realisation is "
                                  "their sum, enter a month instead"));
      if (line != NULL)
        continue;
      /* a new line may not split one that has amounts */
      up = strrchr (row->kode, '.') ? g_strndup (row->kode, strrchr (row->kode, '.') - row->kode) : NULL;
      parent = up != NULL ? dk_budget_table_find (table, up) : NULL;
      if (parent == NULL && (up == NULL || strchr (up, '.') == NULL) && dk_budget_table_has_own_line (table))
        parent = dk_budget_table_get_total (table);
      if (parent != NULL && dk_budget_line_get_is_leaf (parent) &&
          (dk_budget_line_get_anggaran (parent) > 0 || dk_budget_line_get_realisasi (parent) > 0))
        _dk_import_add_problem (self, TRUE, row->line, self->heading[ROLE_KODE],
                                _("%s would go under %s, which has amounts in the database; a line "
                                  "with amounts cannot be split"), row->kode, dk_budget_line_get_kode (parent));
    }

  for (guint i = 1; i < existing->len; i++)
    {
      const char *kode = dk_budget_line_get_kode (g_ptr_array_index (existing, i));

      if (g_hash_table_contains (self->seen, kode))
        continue;
      if (n_kept++ > 0)
        g_string_append (kept, ", ");
      g_string_append (kept, kode);
    }
  if (n_kept > 0)
    _dk_import_add_problem (self, FALSE, 0, NULL,
                            g_dngettext (GETTEXT_PACKAGE,
                                         "%u line of the activity is not in the file (%s); it is kept as it is",
                                         "%u lines of the activity are not in the file (%s); they are kept as they are",
                                         n_kept),
                            n_kept, kept->str);
}

void
_dk_import_budget_finish (DkImport *self)
{
  g_autoptr(GPtrArray) lines = sorted_lines (self);
  g_autoptr(DkBudgetTable) table = NULL;
  DkImportRow *activity = activity_row (self);

  find_year (self);
  if (self->rows->len == 0 && self->n_errors == 0)
    {
      _dk_import_add_problem (self, TRUE, 0, NULL, _("the table has a heading but no rows"));
      return;
    }
  if (self->rows->len == 0)
    return;
  if (activity == NULL)
    {
      _dk_import_add_problem (self, TRUE, 0, NULL,
                              _("no row names the activity: the table’s first row should be the "
                                "activity’s code (such as 2.12.04.1.02.0001) and its name"));
      return;
    }

  mark_leaves (self, lines);
  if (lines->len == 0)
    {
      /* no breakdown: the activity's amounts go on a line of its own code */
      activity->is_total = FALSE;
      check_leaf_amounts (self, activity);
    }
  for (guint i = 0; i < lines->len; i++)
    if (!((DkImportRow *) g_ptr_array_index (lines, i))->is_total)
      check_leaf_amounts (self, g_ptr_array_index (lines, i));

  /* the activity as the database has it, if it has it */
  if (self->year >= 2000 && self->year <= 2999)
    table = dk_budget_table_load (self->store, self->year, self->activity, 0, 0, NULL);
  for (guint i = 0; i < lines->len; i++)
    check_hierarchy (self, g_ptr_array_index (lines, i), table);
  if (table != NULL)
    check_against_database (self, activity, lines, table);

  /* sums of rows that could not be read say nothing */
  if (self->n_errors > 0)
    return;
  if (activity->is_total)
    check_stated (self, activity, lines, table);
  for (guint i = 0; i < lines->len; i++)
    if (((DkImportRow *) g_ptr_array_index (lines, i))->is_total)
      check_stated (self, g_ptr_array_index (lines, i), lines, table);
}

/* ------------------------------------------------------------ the commit */

static DkBudgetImportLine
import_line (DkImportRow *row)
{
  return (DkBudgetImportLine) { row->kode, row->wilayah, row->has_value[0], row->values[0], row->has_value[1],
                                row->values[1], row->label, row->is_total };
}

gboolean
_dk_import_budget_commit (DkImport    *self,
                          const char  *source,
                          GError     **error)
{
  g_autoptr(GPtrArray) lines = sorted_lines (self);
  g_autoptr(GArray) rows = g_array_sized_new (FALSE, TRUE, sizeof (DkBudgetImportLine), lines->len);
  DkBudgetImportLine activity = import_line (activity_row (self));

  activity.kode = self->activity;
  for (guint i = 0; i < lines->len; i++)
    {
      DkBudgetImportLine line = import_line (g_ptr_array_index (lines, i));

      g_array_append_val (rows, line);
    }
  return dk_budget_import_activity (self->store, self->year, &activity, (DkBudgetImportLine *) rows->data,
                                    rows->len, source, error);
}
