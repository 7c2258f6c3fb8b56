/* dk-import.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Bringing in the tables that kabupaten/kota offices send as CSV: the file is read whole
 * and checked first, every problem is listed with its line and column, and only a file
 * without errors is written, in one transaction, after an automatic backup.
 */
#define G_LOG_DOMAIN "dk-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-backup.h"
#include "dk-parse.h"
#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-ikd.h"
#include "dk-import-private.h"
#include "dk-m2m.h"
#include "dk-region.h"
#include "dk-stated.h"

G_DEFINE_FINAL_TYPE (DkImport, dk_import, G_TYPE_OBJECT)

static void
problem_free (DkImportProblem *p)
{
  g_free (p->column);
  g_free (p->message);
  g_free (p);
}

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
dk_import_finalize (GObject *object)
{
  DkImport *self = DK_IMPORT (object);

  g_clear_object (&self->store);
  g_free (self->parent);
  g_clear_pointer (&self->parent_region, dk_region_free);
  g_free (self->parent_key);
  g_free (self->as_of_option);
  g_free (self->as_of);
  g_free (self->name);
  g_free (self->activity);
  g_clear_pointer (&self->problems, g_ptr_array_unref);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_pointer (&self->keys, g_hash_table_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->deeper, g_hash_table_unref);
  for (guint i = 0; i < N_ROLES; i++)
    g_free (self->heading[i]);
  if (self->title)
    g_string_free (self->title, TRUE);
  G_OBJECT_CLASS (dk_import_parent_class)->finalize (object);
}

static void
dk_import_class_init (DkImportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = dk_import_finalize;
}

static void
dk_import_init (DkImport *self)
{
  self->problems = g_ptr_array_new_with_free_func ((GDestroyNotify) problem_free);
  self->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) row_free);
}

/* ------------------------------------------------------------ the kinds */

const char *
dk_import_kind_to_string (DkImportKind kind)
{
  static const char *names[] = { "ikd", "m2m", "budget" };

  g_return_val_if_fail (kind <= DK_IMPORT_KIND_BUDGET, NULL);
  return names[kind];
}

gboolean
dk_import_kind_from_string (const char   *str,
                            DkImportKind *kind)
{
  if (g_strcmp0 (str, "ikd") == 0)
    *kind = DK_IMPORT_KIND_IKD;
  else if (g_strcmp0 (str, "m2m") == 0)
    *kind = DK_IMPORT_KIND_M2M;
  else if (g_strcmp0 (str, "budget") == 0)
    *kind = DK_IMPORT_KIND_BUDGET;
  else
    return FALSE;
  return TRUE;
}

/**
 * dk_import_kind_label:
 *
 * Returns: the table's name for the user
 */
const char *
dk_import_kind_label (DkImportKind kind)
{
  switch (kind)
    {
    case DK_IMPORT_KIND_IKD:
      return _("IKD activation");
    case DK_IMPORT_KIND_M2M:
      return _("M2M devices");
    case DK_IMPORT_KIND_BUDGET:
    default:
      return _("Budget realisation");
    }
}

/**
 * dk_import_column_title:
 * @value: 0 or 1, the row's count
 *
 * Returns: the report's heading of a count column
 */
const char *
dk_import_column_title (DkImportKind kind,
                        guint        value)
{
  static const char *titles[3][2] = {
    { N_("Rekam Dinamis"), N_("Jumlah IKD") },
    { N_("Jumlah Perangkat M2M"), N_("Jumlah M2M Aktif") },
    { N_("Anggaran"), N_("Realisasi") },
  };

  g_return_val_if_fail (value < 2 && kind <= DK_IMPORT_KIND_BUDGET, NULL);
  return _(titles[kind][value]);
}

/* ---------------------------------------------------------- the problems */

static void
add_problem_valist (DkImport   *self,
                    gboolean    is_error,
                    guint       line,
                    const char *column,
                    const char *format,
                    va_list     args)
{
  DkImportProblem *p = g_new0 (DkImportProblem, 1);
  g_autofree char *text = g_strdup_vprintf (format, args);

  p->is_error = is_error;
  p->line = line;
  p->column = g_strdup (column);
  if (line == 0)
    /* Translators: a file's name, then what is wrong with it */
    p->message = g_strdup_printf (_("%s: %s"), self->name, text);
  else if (column == NULL)
    p->message = g_strdup_printf (_("%s, line %u: %s"), self->name, line, text);
  else
    p->message = g_strdup_printf (_("%s, line %u, column %s: %s"), self->name, line, column, text);
  if (is_error)
    self->n_errors++;
  if (self->problems->len >= DK_PARSE_MAX_PROBLEMS)
    {
      /* the list stops; close_problems() says how many more there are */
      self->n_more_problems++;
      problem_free (p);
      return;
    }
  g_ptr_array_add (self->problems, p);
}

/* The line closing a list cut at DK_PARSE_MAX_PROBLEMS; not an error of its own (the
 * errors it stands for are counted in n_errors). */
static void
close_problems (DkImport *self)
{
  DkImportProblem *p;

  if (self->n_more_problems == 0)
    return;
  p = g_new0 (DkImportProblem, 1);
  p->message = dk_parse_more_problems (self->n_more_problems);
  g_ptr_array_add (self->problems, p);
}

static void G_GNUC_PRINTF (5, 6)
add_problem (DkImport   *self,
             gboolean    is_error,
             guint       line,
             const char *column,
             const char *format,
             ...)
{
  va_list args;

  va_start (args, format);
  add_problem_valist (self, is_error, line, column, format, args);
  va_end (args);
}

void
_dk_import_add_problem (DkImport   *self,
                        gboolean    is_error,
                        guint       line,
                        const char *column,
                        const char *format,
                        ...)
{
  va_list args;

  va_start (args, format);
  add_problem_valist (self, is_error, line, column, format, args);
  va_end (args);
}

/* ----------------------------------------------------------- the heading */

static char *
normalize_heading (const char *text)
{
  g_autofree char *up = g_utf8_strup (text, -1);
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = up; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isalnum (c) || c == '%')
        {
          if (space && out->len > 0)
            g_string_append_c (out, ' ');
          g_string_append_unichar (out, c);
          space = FALSE;
        }
      else
        space = TRUE;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static gboolean
has_word (const char *heading,
          const char *word)
{
  gsize n = strlen (word);

  for (const char *p = strstr (heading, word); p; p = strstr (p + 1, word))
    if ((p == heading || p[-1] == ' ') && (p[n] == '\0' || p[n] == ' '))
      return TRUE;
  return FALSE;
}

/* The realisation table's words: Kode Rekening, Uraian, (Jumlah) Anggaran, Realisasi, %,
 * Sisa (Pagu) Anggaran, %. Which "%" is which is decided by its place (heading_roles). */
static Role
budget_role (const char *h)
{
  if (g_str_has_prefix (h, "KODE"))
    return ROLE_KODE;
  if (has_word (h, "URAIAN") || g_str_has_prefix (h, "NAMA"))
    return ROLE_WILAYAH;
  if (has_word (h, "SISA"))
    return strchr (h, '%') || strstr (h, "PERSEN") ? ROLE_PERSEN_SISA : ROLE_SHORTFALL;
  if (strchr (h, '%') || strstr (h, "PERSEN"))
    return ROLE_PERSEN;
  if (has_word (h, "REALISASI"))
    return ROLE_V1;
  if (has_word (h, "ANGGARAN") || has_word (h, "PAGU") || g_str_equal (h, "JUMLAH"))
    return ROLE_V0;
  return ROLE_NONE;
}

static Role
role_for_heading (DkImportKind  kind,
                  const char   *text)
{
  g_autofree char *h = normalize_heading (text);

  if (*h == '\0')
    return ROLE_NONE;
  if (g_str_equal (h, "NO") || g_str_equal (h, "NO URUT") || g_str_equal (h, "NOMOR") ||
      g_str_equal (h, "NOMOR URUT"))
    return ROLE_NO;
  if (kind == DK_IMPORT_KIND_BUDGET)
    return budget_role (h);
  if (g_str_has_prefix (h, "KODE"))
    return ROLE_KODE;
  if (g_str_equal (h, "KET") || g_str_has_prefix (h, "KETERANGAN") || g_str_has_prefix (h, "CATATAN"))
    return ROLE_KET;

  if (kind == DK_IMPORT_KIND_IKD)
    {
      if (strstr (h, "REKAM"))
        return ROLE_V0;
      if (strchr (h, '%') || strstr (h, "PERSEN") || strstr (h, "CAPAIAN"))
        return ROLE_PERSEN;
      if (has_word (h, "KEKURANGAN") || has_word (h, "SELISIH"))
        return ROLE_SHORTFALL;
      if (has_word (h, "IKD") || strstr (h, "AKTIVASI"))
        return ROLE_V1;
    }
  else
    {
      if (strstr (h, "TIDAK AKTIF") || strstr (h, "NON AKTIF") || strstr (h, "NONAKTIF"))
        return ROLE_INACTIVE;
      if (has_word (h, "AKTIF"))
        return ROLE_V1;
      if (strstr (h, "PERANGKAT") || has_word (h, "M2M") || g_str_equal (h, "JUMLAH"))
        return ROLE_V0;
    }

  if (strstr (h, "WILAYAH") || has_word (h, "KAB") || has_word (h, "KABUPATEN") || has_word (h, "KOTA") ||
      strstr (h, "DAERAH") || g_str_has_prefix (h, "NAMA") || has_word (h, "PROVINSI") ||
      has_word (h, "DINAS") || g_str_equal (h, "KABKOTA"))
    return ROLE_WILAYAH;
  return ROLE_NONE;
}

/* Each cell's role; in a budget, a "%" after the Sisa column is the share left. */
static Role *
heading_roles (DkImport    *self,
               DkCsvRecord *record)
{
  Role *roles = g_new0 (Role, record->n_fields + 1);
  gboolean after_sisa = FALSE;

  for (guint i = 0; i < record->n_fields; i++)
    {
      roles[i] = role_for_heading (self->kind, record->fields[i]);
      if (roles[i] == ROLE_SHORTFALL)
        after_sisa = TRUE;
      else if (roles[i] == ROLE_PERSEN && after_sisa && self->kind == DK_IMPORT_KIND_BUDGET)
        roles[i] = ROLE_PERSEN_SISA;
    }
  return roles;
}

static gboolean
try_heading (DkImport    *self,
             DkCsvRecord *record)
{
  g_autofree Role *roles = heading_roles (self, record);
  int column[N_ROLES];
  guint n_known = 0;

  for (guint i = 0; i < N_ROLES; i++)
    column[i] = -1;
  for (guint i = 0; i < record->n_fields; i++)
    {
      Role role = roles[i];

      if (role != ROLE_NONE && column[role] < 0)
        {
          column[role] = (int) i;
          n_known++;
        }
    }
  if (column[ROLE_V0] < 0 || column[ROLE_V1] < 0 || (column[ROLE_KODE] < 0 && column[ROLE_WILAYAH] < 0))
    return FALSE;
  /* a budget's lines need their codes and their names */
  if (self->kind == DK_IMPORT_KIND_BUDGET && (column[ROLE_KODE] < 0 || column[ROLE_WILAYAH] < 0))
    return FALSE;

  self->have_heading = TRUE;
  self->n_heading_cells = record->n_fields;
  self->n_needed_cells = 0;
  for (guint i = 0; i < N_ROLES; i++)
    {
      self->column[i] = column[i];
      if (column[i] >= 0 && (i == ROLE_KODE || i == ROLE_WILAYAH || i == ROLE_V0 || i == ROLE_V1))
        self->n_needed_cells = MAX (self->n_needed_cells, (guint) column[i] + 1);
      if (column[i] >= 0)
        {
          g_autofree char *h = g_strstrip (g_strdup (record->fields[column[i]]));

          self->heading[i] = g_strdup (h);
        }
    }

  /* columns we do not know, or a known one given twice, are said, not silently dropped */
  for (guint i = 0; i < record->n_fields; i++)
    {
      Role role = roles[i];
      g_autofree char *h = g_strstrip (g_strdup (record->fields[i]));

      if (*h == '\0')
        continue;
      if (role == ROLE_NONE)
        add_problem (self, FALSE, record->line, h, _("this column is not part of the table and is not imported"));
      else if (self->column[role] != (int) i)
        add_problem (self, TRUE, record->line, h,
                     _("the column “%s” is given twice (columns %d and %u)"),
                     self->heading[role], self->column[role] + 1, i + 1);
    }
  return TRUE;
}

/* ------------------------------------------------------------- the rows */

const char *
_dk_import_cell (DkImport    *self,
      DkCsvRecord *record,
      Role         role)
{
  int i = self->column[role];

  if (i < 0 || (guint) i >= record->n_fields)
    return "";
  return record->fields[i];
}

gboolean
_dk_import_is_blank (const char *s)
{
  for (; *s; s++)
    if (!g_ascii_isspace (*s))
      return FALSE;
  return TRUE;
}

/* "1 2 3 4 5" under the heading, as Indonesian tables number their columns */
static gboolean
is_numbering_row (DkCsvRecord *record)
{
  guint expected = 1, n = 0;

  for (guint i = 0; i < record->n_fields; i++)
    {
      g_autofree char *s = g_strstrip (g_strdup (record->fields[i]));
      gint64 v;

      if (*s == '\0')
        continue;
      if (s[0] == '(' && s[strlen (s) - 1] == ')')
        {
          s[strlen (s) - 1] = '\0';
          memmove (s, s + 1, strlen (s));
        }
      if (!dk_parse_plain_int (s, &v) || v != expected)
        return FALSE;
      expected++;
      n++;
    }
  return n >= 3;
}

gboolean
_dk_import_is_total_label (const char *text)
{
  static const char *labels[] = {
    "TOTAL", "JUMLAH", "JUMLAH TOTAL", "TOTAL KESELURUHAN", "JUMLAH KESELURUHAN",
    "GRAND TOTAL", "JUMLAH SELURUHNYA", "TOTAL PROVINSI", "JUMLAH PROVINSI",
  };
  g_autofree char *h = NULL;
  const char *p = text;

  /* every label starts with T, J or G: most cells are ruled out without copying them */
  while (*p != '\0' && !g_ascii_isalnum (*p))
    p++;
  if (strchr ("TtJjGg", *p) == NULL || *p == '\0')
    return FALSE;
  h = normalize_heading (text);

  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    if (g_str_equal (h, labels[i]))
      return TRUE;
  return FALSE;
}

static gboolean
is_parent (DkImport   *self,
           const char *code,
           const char *name)
{
  g_autofree char *kode = dk_parse_normalize_code (code);
  g_autofree char *key = NULL;
  const char *colon;

  if (kode)
    return g_str_equal (kode, self->parent);
  if (_dk_import_is_blank (name))
    return FALSE;
  key = dk_parse_name_key (name, NULL);
  colon = strchr (key, ':');
  return (g_str_has_prefix (key, "PROV:") || key[0] == ':') &&
         g_str_equal (colon + 1, strchr (self->parent_key, ':') + 1);
}

/* A marker in the keys table for a name two regions share. */
static DkRegion ambiguous_region;

static void
add_key (DkImport   *self,
         const char *key,
         DkRegion   *region)
{
  DkRegion *other = g_hash_table_lookup (self->keys, key);

  if (other != NULL && other != region)
    g_hash_table_replace (self->keys, g_strdup (key), &ambiguous_region);
  else
    g_hash_table_replace (self->keys, g_strdup (key), region);
}

static gboolean
load_regions (DkImport  *self,
              GError   **error)
{
  g_autoptr(GPtrArray) children = NULL;

  if (*self->parent == '\0')
    {
      self->parent_region = g_new0 (DkRegion, 1);
      self->parent_region->kode = g_strdup ("");
      self->parent_region->nama = g_strdup (_("Indonesia"));
      self->parent_region->wilayah = g_strdup ("INDONESIA");
    }
  else if (!(self->parent_region = dk_region_lookup (self->store, self->parent, error)))
    return FALSE;
  self->parent_key = dk_parse_name_key (self->parent_region->nama, NULL);
  if (!(children = dk_region_list_children (self->store, self->parent, error)))
    return FALSE;

  self->children = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) dk_region_free);
  self->keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < children->len; i++)
    {
      DkRegion *r = g_ptr_array_steal_index (children, i--);
      g_autofree char *key = dk_parse_name_key (r->nama, NULL);
      g_autofree char *report_key = dk_parse_name_key (r->wilayah, NULL);

      g_hash_table_insert (self->children, r->kode, r);
      add_key (self, key, r);
      add_key (self, report_key, r);
    }
  return TRUE;
}

static DkRegion *
lookup_name (DkImport   *self,
             const char *name,
             gboolean   *is_ambiguous)
{
  g_autofree char *key = NULL;
  g_autofree char *kab = NULL;
  g_autofree char *kota = NULL;
  DkRegion *r;
  gboolean typed;

  *is_ambiguous = FALSE;
  key = dk_parse_name_key (name, &typed);
  r = g_hash_table_lookup (self->keys, key);
  if (r == NULL && !typed)
    {
      /* A bare name is a kabupaten's, as reports print "SOLOK" and "KOTA SOLOK"; failing
       * that, a kota's ("Padang"). */
      kab = g_strconcat ("KAB", key, NULL);
      kota = g_strconcat ("KOTA", key, NULL);
      if (!(r = g_hash_table_lookup (self->keys, kab)))
        r = g_hash_table_lookup (self->keys, kota);
    }
  if (r == &ambiguous_region)
    {
      *is_ambiguous = TRUE;
      return NULL;
    }
  return r;
}

/* IKD figures may be held at any level: a code below the children (a kecamatan's, a
 * desa's) is looked up among every region under the parent, loaded once. */
static DkRegion *
lookup_deeper (DkImport   *self,
               const char *kode)
{
  g_autoptr(GPtrArray) all = NULL;
  DkRegion *r;

  if (self->kind != DK_IMPORT_KIND_IKD)
    return NULL;
  if (*self->parent != '\0' && !(g_str_has_prefix (kode, self->parent) && kode[strlen (self->parent)] == '.'))
    return NULL;
  if (self->deeper == NULL)
    {
      self->deeper = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) dk_region_free);
      if ((all = dk_region_list_descendants (self->store, self->parent, NULL)) != NULL)
        for (guint i = 0; i < all->len; i++)
          {
            DkRegion *region = g_ptr_array_index (all, i);

            if (!g_hash_table_contains (self->children, region->kode))
              {
                g_ptr_array_index (all, i) = NULL;
                g_hash_table_insert (self->deeper, region->kode, region);
              }
          }
    }
  if ((r = g_hash_table_lookup (self->deeper, kode)) != NULL)
    self->n_deeper++;
  return r;
}

/* Whether @name is @region's, in any spelling: "KEC. PADANG SELATAN", "Padang Selatan" */
static gboolean
same_name (const char     *name,
           const DkRegion *region)
{
  g_autofree char *a = dk_parse_name_key (name, NULL);
  g_autofree char *b = dk_parse_name_key (region->nama, NULL);

  return g_str_equal (strchr (a, ':'), strchr (b, ':'));
}

/* Reads the two counts of a row; a total row may leave them blank or "-". */
static gboolean
read_counts (DkImport    *self,
             DkCsvRecord *record,
             DkImportRow *row)
{
  gboolean ok = TRUE;

  for (guint v = 0; v < 2; v++)
    {
      Role role = v == 0 ? ROLE_V0 : ROLE_V1;
      const char *text = _dk_import_cell (self, record, role);
      g_autofree char *why = NULL;
      gboolean none = FALSE;

      if (row->is_total && _dk_import_is_blank (text))
        continue;
      if (!dk_parse_count (text, &row->values[v], &none, &why))
        {
          add_problem (self, TRUE, record->line, self->heading[role], "%s", why);
          ok = FALSE;
          continue;
        }
      row->has_value[v] = !(row->is_total && none);
    }
  return ok;
}

static void
check_row (DkImport    *self,
           DkCsvRecord *record,
           DkImportRow *row)
{
  DkNumberFormat nf;

  dk_number_format_init_locale (&nf);
  if (!row->has_value[0] || !row->has_value[1])
    return;

  if (row->values[1] > row->values[0])
    {
      g_autofree char *a = dk_format_int (&nf, row->values[1]);
      g_autofree char *b = dk_format_int (&nf, row->values[0]);

      add_problem (self, TRUE, record->line, self->heading[ROLE_V1],
                   self->kind == DK_IMPORT_KIND_IKD
                     ? _("%s activations are more than the %s recordings (%s); one of the two is wrong")
                     : _("%s active devices are more than the %s devices (%s); one of the two is wrong"),
                   a, b, self->heading[ROLE_V0]);
      return;
    }

  if (self->column[ROLE_INACTIVE] >= 0)
    {
      const char *text = _dk_import_cell (self, record, ROLE_INACTIVE);
      gint64 inactive;

      if (!_dk_import_is_blank (text) && dk_parse_count (text, &inactive, NULL, NULL) &&
          inactive != row->values[0] - row->values[1])
        {
          g_autofree char *printed = dk_format_int (&nf, inactive);
          g_autofree char *right = dk_format_int (&nf, row->values[0] - row->values[1]);

          add_problem (self, FALSE, record->line, self->heading[ROLE_INACTIVE],
                       _("%s does not follow from the devices and the active ones (%s); it is "
                         "computed, not imported"), printed, right);
        }
    }

  if (row->persen_bp >= 0)
    {
      int computed = dk_ikd_percent_bp (row->values[1], row->values[0]);

      if (computed != row->persen_bp)
        {
          g_autofree char *printed = dk_format_percent_bp (&nf, row->persen_bp);
          g_autofree char *right = dk_format_percent_bp (&nf, computed);

          add_problem (self, FALSE, record->line, self->heading[ROLE_PERSEN],
                       _("%s is printed, the figures give %s; it is kept as printed and "
                         "`check` will report it"), printed, right);
        }
    }
}

/* A row with nothing in it, or the "1 2 3 4 5" numbering under the heading */
static gboolean
is_empty_row (DkImport    *self,
              DkCsvRecord *record)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint i = 0; i < record->n_fields; i++)
    g_string_append (all, record->fields[i]);
  if (_dk_import_is_blank (all->str))
    return TRUE;
  return self->rows->len == 0 && is_numbering_row (record);
}

/* Whether the row has the heading's cells: fewer, or more that are filled, is a problem */
static gboolean
check_width (DkImport    *self,
             DkCsvRecord *record)
{
  if (record->n_fields < self->n_needed_cells)
    {
      add_problem (self, TRUE, record->line, NULL,
                   _("this row has %u cells, the heading %u; a cell is missing"),
                   record->n_fields, self->n_heading_cells);
      return FALSE;
    }
  for (guint i = self->n_heading_cells; i < record->n_fields; i++)
    if (!_dk_import_is_blank (record->fields[i]))
      {
        add_problem (self, TRUE, record->line, NULL,
                     _("this row has more cells (%u) than the heading (%u): is a separator inside a "
                       "number or a name that is not in quotes?"),
                     record->n_fields, self->n_heading_cells);
        return FALSE;
      }
  return TRUE;
}

/* "Total", "JUMLAH" in the name, code or number column */
static const char *
find_total_label (DkImport    *self,
                  DkCsvRecord *record,
                  const char  *code,
                  const char  *name)
{
  if (_dk_import_is_total_label (name))
    return name;
  if (_dk_import_is_total_label (code))
    return code;
  if (_dk_import_is_total_label (_dk_import_cell (self, record, ROLE_NO)))
    return _dk_import_cell (self, record, ROLE_NO);
  return NULL;
}

static void
fill_total_row (DkImport    *self,
                DkImportRow *row,
                const char  *label,
                const char  *code,
                const char  *name)
{
  row->is_total = TRUE;
  row->kode = g_strdup (self->parent);
  row->wilayah = g_strdup (self->parent_region->wilayah);
  row->label = g_strstrip (g_strdup (label ? label : (_dk_import_is_blank (name) ? code : name)));
}

/* Looks a written code up among the children, then deeper. *kode is left NULL when
 * @code is not a region code at all, which tells the name check there was none. */
static gboolean
lookup_code (DkImport     *self,
             DkCsvRecord  *record,
             const char   *code,
             char        **kode,
             DkRegion    **by_code)
{
  *kode = dk_parse_normalize_code (code);
  if (*kode == NULL)
    {
      g_autofree char *c = g_strstrip (g_strdup (code));

      add_problem (self, TRUE, record->line, self->heading[ROLE_KODE],
                   _("“%s” is not a region code (such as 13.01 or 1301)"), c);
      return FALSE;
    }
  if (!(*by_code = g_hash_table_lookup (self->children, *kode)) &&
      !(*by_code = lookup_deeper (self, *kode)))
    {
      add_problem (self, TRUE, record->line, self->heading[ROLE_KODE],
                   _("%s is not a region of %s"), *kode, self->parent_region->nama);
      return FALSE;
    }
  return TRUE;
}

static DkRegion *
lookup_name_for_code (DkImport   *self,
                      const char *name,
                      DkRegion   *by_code,
                      gboolean   *ambiguous)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name));
  DkRegion *by_name;

  /* the name as the registry or the report writes it: no need to look further */
  if (by_code != NULL && (g_ascii_strcasecmp (trimmed, by_code->nama) == 0 ||
                          g_ascii_strcasecmp (trimmed, by_code->wilayah) == 0))
    by_name = by_code;
  else
    by_name = lookup_name (self, name, ambiguous);
  /* below the children, a name is checked against its code's region only */
  if (by_code != NULL && by_name == NULL && !g_hash_table_contains (self->children, by_code->kode) &&
      same_name (name, by_code))
    by_name = by_code;
  return by_name;
}

/* Finds the region a written name means and checks it against the code's, if any */
static gboolean
match_name (DkImport     *self,
            DkCsvRecord  *record,
            const char   *name,
            const char   *kode,
            DkRegion     *by_code,
            DkRegion    **by_name)
{
  gboolean ambiguous = FALSE;

  *by_name = lookup_name_for_code (self, name, by_code, &ambiguous);
  if (by_code == NULL && kode == NULL && *by_name == NULL)
    {
      g_autofree char *n = g_strstrip (g_strdup (name));

      if (ambiguous)
        add_problem (self, TRUE, record->line, self->heading[ROLE_WILAYAH],
                     _("“%s” could be more than one region; write it as “Kabupaten …” or "
                       "“Kota …”, or give the code"), n);
      else
        add_problem (self, TRUE, record->line, self->heading[ROLE_WILAYAH],
                     _("“%s” is not a region of %s"), n, self->parent_region->nama);
      return FALSE;
    }
  if (by_code != NULL && *by_name != NULL && by_code != *by_name)
    {
      add_problem (self, TRUE, record->line, self->heading[ROLE_WILAYAH],
                   _("the code %s is %s, but the name says %s"),
                   by_code->kode, by_code->nama, (*by_name)->nama);
      return FALSE;
    }
  if (by_code != NULL && *by_name == NULL)
    {
      g_autofree char *n = g_strstrip (g_strdup (name));

      add_problem (self, FALSE, record->line, self->heading[ROLE_WILAYAH],
                   _("“%s” is not a name we know; the code %s (%s) is used"),
                   n, by_code->kode, by_code->nama);
    }
  return TRUE;
}

/* Gives the row region @r, which no earlier row may have had */
static gboolean
claim_region (DkImport    *self,
              DkCsvRecord *record,
              DkImportRow *row,
              DkRegion    *r)
{
  guint first_line = GPOINTER_TO_UINT (g_hash_table_lookup (self->seen, r->kode));

  row->kode = g_strdup (r->kode);
  row->wilayah = g_strdup (r->wilayah);
  if (first_line != 0)
    {
      add_problem (self, TRUE, record->line, NULL, _("%s is already given on line %u"),
                   r->nama, first_line);
      return FALSE;
    }
  g_hash_table_insert (self->seen, r->kode, GUINT_TO_POINTER (record->line));
  return TRUE;
}

/* Which region a row that is not the total is for, from its code, its name or both */
static gboolean
read_region (DkImport    *self,
             DkCsvRecord *record,
             DkImportRow *row,
             const char  *code,
             const char  *name)
{
  g_autofree char *kode = NULL;
  DkRegion *by_code = NULL, *by_name = NULL;
  gboolean ok = TRUE;

  if (!_dk_import_is_blank (code) && !lookup_code (self, record, code, &kode, &by_code))
    ok = FALSE;
  if (!_dk_import_is_blank (name))
    {
      if (!match_name (self, record, name, kode, by_code, &by_name))
        ok = FALSE;
    }
  else if (_dk_import_is_blank (code))
    {
      add_problem (self, TRUE, record->line, NULL, _("the row names no region"));
      ok = FALSE;
    }

  if (by_code || by_name)
    {
      if (!claim_region (self, record, row, by_code ? by_code : by_name))
        ok = FALSE;
    }
  else
    row->wilayah = g_strstrip (g_strdup (_dk_import_is_blank (name) ? code : name));
  return ok;
}

static gboolean
read_percent (DkImport    *self,
              DkCsvRecord *record,
              DkImportRow *row)
{
  g_autofree char *why = NULL;

  if (self->column[ROLE_PERSEN] < 0)
    return TRUE;
  if (!dk_parse_percent (_dk_import_cell (self, record, ROLE_PERSEN), &row->persen_bp, &why))
    {
      add_problem (self, TRUE, record->line, self->heading[ROLE_PERSEN], "%s", why);
      return FALSE;
    }
  return TRUE;
}

static void
read_row (DkImport    *self,
          DkCsvRecord *record)
{
  const char *code = _dk_import_cell (self, record, ROLE_KODE);
  const char *name = _dk_import_cell (self, record, ROLE_WILAYAH);
  const char *label;
  DkImportRow *row;
  gboolean ok = TRUE;

  if (is_empty_row (self, record) || !check_width (self, record))
    return;
  if (self->kind == DK_IMPORT_KIND_BUDGET)
    {
      _dk_import_budget_read_row (self, record);
      return;
    }

  row = g_new0 (DkImportRow, 1);
  row->line = record->line;
  row->persen_bp = -1;

  label = find_total_label (self, record, code, name);
  if (label != NULL || is_parent (self, code, name))
    fill_total_row (self, row, label, code, name);
  else if (!read_region (self, record, row, code, name))
    ok = FALSE;
  if (!read_counts (self, record, row))
    ok = FALSE;
  if (!read_percent (self, record, row))
    ok = FALSE;
  if (self->column[ROLE_KET] >= 0 && !_dk_import_is_blank (_dk_import_cell (self, record, ROLE_KET)))
    row->keterangan = g_strstrip (g_strdup (_dk_import_cell (self, record, ROLE_KET)));

  if (ok)
    check_row (self, record, row);
  g_ptr_array_add (self->rows, row);
}

/* --------------------------------------------------------------- reading */

static gboolean
on_record (DkCsvRecord  *record,
           gpointer      user_data,
           GError      **error)
{
  DkImport *self = user_data;
  /* ours to free, whichever way we return */
  G_GNUC_UNUSED g_autoptr(DkCsvRecord) owned = record;

  self->n_records++;
  if (!self->have_heading)
    {
      if (try_heading (self, record))
        return TRUE;
      for (guint i = 0; i < record->n_fields; i++)
        {
          g_string_append (self->title, record->fields[i]);
          g_string_append_c (self->title, ' ');
        }
      if (self->n_records >= MAX_TITLE_RECORDS)
        {
          /* not a table of this kind: stop reading */
          g_set_error_literal (error, DK_ERROR, DK_ERROR_NOT_FOUND, "");
          return FALSE;
        }
      return TRUE;
    }
  read_row (self, record);
  return TRUE;
}

static void
expected_columns (DkImport *self,
                  GString  *out)
{
  if (self->kind == DK_IMPORT_KIND_BUDGET)
    g_string_append_printf (out, "%s, %s, %s, %s", _("Kode Rekening"), _("Uraian"),
                            dk_import_column_title (self->kind, 0), dk_import_column_title (self->kind, 1));
  else
    g_string_append_printf (out, "%s, %s, %s", _("Kode or Wilayah"),
                            dk_import_column_title (self->kind, 0), dk_import_column_title (self->kind, 1));
}

static int
compare_regions (gconstpointer a,
                 gconstpointer b)
{
  return strcmp ((*(DkRegion **) a)->kode, (*(DkRegion **) b)->kode);
}

/* The stated totals against the rows' sums, and the regions the file leaves out. The
 * sums cannot overflow: each value is at most DK_COUNT_MAX (dk_parse_count), and a file
 * small enough to be read has far fewer than 2^33 rows. */
static void
check_totals (DkImport *self)
{
  DkImportRow *total = NULL;
  gint64 sums[2] = { 0, 0 };
  g_autoptr(GString) missing = g_string_new (NULL);
  g_autoptr(GPtrArray) absent = g_ptr_array_new ();
  guint n_missing = 0;
  GHashTableIter iter;
  gpointer value;
  DkNumberFormat nf;

  dk_number_format_init_locale (&nf);
  for (guint i = 0; i < self->rows->len; i++)
    {
      DkImportRow *row = g_ptr_array_index (self->rows, i);

      if (!row->is_total)
        {
          sums[0] += row->values[0];
          sums[1] += row->values[1];
          self->n_regions++;
          continue;
        }
      if (!row->has_value[0] && !row->has_value[1])
        continue;
      if (total == NULL)
        {
          total = row;
          continue;
        }
      for (guint v = 0; v < 2; v++)
        if (row->has_value[v] && total->has_value[v] && row->values[v] != total->values[v])
          {
            g_autofree char *this = dk_format_int (&nf, row->values[v]);
            g_autofree char *that = dk_format_int (&nf, total->values[v]);

            add_problem (self, TRUE, row->line, self->heading[v == 0 ? ROLE_V0 : ROLE_V1],
                         _("this total (%s) differs from the one on line %u (%s); keep one"),
                         this, total->line, that);
          }
    }

  if (total != NULL)
    for (guint v = 0; v < 2; v++)
      if (total->has_value[v] && total->values[v] != sums[v])
        {
          g_autofree char *stated = dk_format_int (&nf, total->values[v]);
          g_autofree char *sum = dk_format_int (&nf, sums[v]);

          add_problem (self, FALSE, total->line, self->heading[v == 0 ? ROLE_V0 : ROLE_V1],
                       _("the file’s total “%s” is %s, its rows add up to %s; it is kept as the "
                         "source’s stated total and `check` will report it"),
                       total->label, stated, sum);
        }

  if (self->kind == DK_IMPORT_KIND_IKD && total != NULL && (!total->has_value[0] || !total->has_value[1]))
    add_problem (self, FALSE, total->line, NULL,
                 _("the total “%s” is printed without both figures and is not kept"), total->label);

  g_hash_table_iter_init (&iter, self->children);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (!g_hash_table_contains (self->seen, ((DkRegion *) value)->kode))
      g_ptr_array_add (absent, value);
  g_ptr_array_sort (absent, compare_regions);
  for (guint i = 0; i < absent->len; i++)
    {
      if (n_missing++ > 0)
        g_string_append (missing, ", ");
      g_string_append (missing, ((DkRegion *) g_ptr_array_index (absent, i))->nama);
    }
  /* a file of kecamatan or desa is not missing the kabupaten/kota */
  if (n_missing > 0 && self->n_regions > 0 && self->n_deeper == 0)
    add_problem (self, FALSE, 0, NULL,
                 g_dngettext (GETTEXT_PACKAGE,
                              "%u region of %s is not in the file (%s); the table will have no figures for it",
                              "%u regions of %s are not in the file (%s); the table will have no figures for them",
                              n_missing),
                 n_missing, self->parent_region->nama, missing->str);
}

static void
find_as_of (DkImport *self)
{
  g_autofree char *from_title = dk_parse_find_date (self->title->str);
  g_autofree char *from_name = dk_parse_find_date (self->name);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) dates = NULL;

  if (self->as_of_option)
    self->as_of = g_strdup (self->as_of_option);
  else if (from_title)
    self->as_of = g_steal_pointer (&from_title);
  else if (from_name)
    self->as_of = g_steal_pointer (&from_name);
  else
    {
      add_problem (self, TRUE, 0, NULL,
                   _("the file gives no date for its figures; choose the date (--as-of)"));
      return;
    }

  dates = self->kind == DK_IMPORT_KIND_IKD ? dk_ikd_list_dates (self->store, &error)
                                            : dk_m2m_list_dates (self->store, &error);
  self->replaces = dates != NULL && g_strv_contains ((const char * const *) dates, self->as_of);
}

/**
 * dk_import_new:
 * @store: the database
 * @kind: the table the file holds
 * @parent: (nullable): the region whose kabupaten/kota (or kecamatan…) the rows are;
 *   "13" when %NULL
 */
DkImport *
dk_import_new (DkStore      *store,
               DkImportKind  kind,
               const char   *parent)
{
  DkImport *self;

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  self = g_object_new (DK_TYPE_IMPORT, NULL);
  self->store = g_object_ref (store);
  self->kind = kind;
  /* "0", as the population data codes Indonesia, or "": the whole country */
  self->parent = g_strdup (parent == NULL ? "13" : g_str_equal (parent, "0") ? "" : parent);
  return self;
}

/**
 * dk_import_set_as_of:
 * @as_of: (nullable): the figures' date, YYYY-MM-DD, overriding the file's own; %NULL to
 *   take it from the file's title or name
 *
 * Takes effect on the next read.
 */
void
dk_import_set_as_of (DkImport   *self,
                     const char *as_of)
{
  g_return_if_fail (DK_IS_IMPORT (self));
  g_free (self->as_of_option);
  self->as_of_option = g_strdup (as_of);
}

/**
 * dk_import_set_year:
 * @year: a budget's fiscal year, overriding the file's own; 0 to take it from the file's
 *   title or name
 *
 * Takes effect on the next read.
 */
void
dk_import_set_year (DkImport *self,
                    int       year)
{
  g_return_if_fail (DK_IS_IMPORT (self));
  self->year_option = year;
}

static void
reset (DkImport *self)
{
  g_ptr_array_set_size (self->problems, 0);
  g_ptr_array_set_size (self->rows, 0);
  self->n_errors = 0;
  self->n_more_problems = 0;
  self->n_regions = 0;
  self->n_records = 0;
  self->replaces = FALSE;
  self->have_heading = FALSE;
  g_clear_pointer (&self->as_of, g_free);
  g_clear_pointer (&self->parent_region, dk_region_free);
  g_clear_pointer (&self->parent_key, g_free);
  g_clear_pointer (&self->children, g_hash_table_unref);
  g_clear_pointer (&self->keys, g_hash_table_unref);
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_clear_pointer (&self->deeper, g_hash_table_unref);
  self->n_deeper = 0;
  for (guint i = 0; i < N_ROLES; i++)
    {
      self->column[i] = -1;
      g_clear_pointer (&self->heading[i], g_free);
    }
  if (self->title)
    g_string_free (self->title, TRUE);
  self->title = g_string_new (NULL);
  _dk_import_budget_reset (self);
}

static gboolean
read_data (DkImport   *self,
           const char *name,
           const char *data,
           gsize       length)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  gsize text_len = 0;

  g_return_val_if_fail (DK_IS_IMPORT (self), FALSE);

  reset (self);
  g_free (self->name);
  self->name = g_strdup (name);

  if (!load_regions (self, &error))
    {
      add_problem (self, TRUE, 0, NULL, "%s", error->message);
      return FALSE;
    }
  self->seen = g_hash_table_new (g_str_hash, g_str_equal);

  if (!(text = dk_parse_decode_text (data, length, &text_len, &error)))
    {
      add_problem (self, TRUE, 0, NULL, "%s", error->message);
      return FALSE;
    }

  if (!dk_csv_parse_foreach (text, text_len, dk_csv_sniff_delimiter (text, text_len), on_record, self, &error) &&
      !g_error_matches (error, DK_ERROR, DK_ERROR_NOT_FOUND))
    {
      add_problem (self, TRUE, 0, NULL, "%s", error->message);
      if (!self->have_heading)
        return FALSE;
    }

  if (!self->have_heading)
    {
      g_autoptr(GString) expected = g_string_new (NULL);

      expected_columns (self, expected);
      add_problem (self, TRUE, 0, NULL,
                   _("no heading row of the %s table in its first %u lines; expected the columns %s"),
                   dk_import_kind_label (self->kind), MIN (self->n_records, MAX_TITLE_RECORDS) > 0
                     ? MIN (self->n_records, MAX_TITLE_RECORDS) : 1,
                   expected->str);
      return FALSE;
    }

  if (self->kind == DK_IMPORT_KIND_BUDGET)
    {
      _dk_import_budget_finish (self);
      return self->n_errors == 0;
    }
  check_totals (self);
  if (self->n_regions == 0)
    add_problem (self, TRUE, 0, NULL, _("the table has a heading but no region rows"));
  find_as_of (self);

  return self->n_errors == 0;
}

/**
 * dk_import_read_data:
 * @name: the file's name, for the messages
 * @data: its bytes
 * @length: their number
 *
 * Reads and checks the whole file without writing anything. Problems are listed
 * (dk_import_get_problems()) up to %DK_PARSE_MAX_PROBLEMS, then one closing line says
 * how many more there are; the file may be imported when none is an error.
 *
 * Returns: %TRUE when the file has no error
 */
gboolean
dk_import_read_data (DkImport   *self,
                     const char *name,
                     const char *data,
                     gsize       length)
{
  gboolean ok;

  g_return_val_if_fail (DK_IS_IMPORT (self), FALSE);

  ok = read_data (self, name, data, length);
  close_problems (self);
  return ok;
}

/**
 * dk_import_read_file:
 * @path: a CSV file
 *
 * Reads and checks @path (see dk_import_read_data()).
 *
 * Returns: %FALSE with @error set only when the file cannot be read at all; whether it
 *   may be imported is dk_import_get_n_errors() == 0
 */
gboolean
dk_import_read_file (DkImport    *self,
                     const char  *path,
                     GError     **error)
{
  g_autofree char *contents = NULL;
  g_autofree char *base = NULL;
  gsize length;

  g_return_val_if_fail (DK_IS_IMPORT (self), FALSE);

  if (!dk_parse_read_file (path, &contents, &length, error))
    return FALSE;
  base = g_path_get_basename (path);
  dk_import_read_data (self, base, contents, length);
  return TRUE;
}

DkImportKind
dk_import_get_kind (DkImport *self)
{
  return self->kind;
}

/**
 * dk_import_get_as_of:
 *
 * Returns: (nullable): the date the figures will be stored under
 */
const char *
dk_import_get_as_of (DkImport *self)
{
  g_return_val_if_fail (DK_IS_IMPORT (self), NULL);
  return self->as_of;
}

const char *
dk_import_get_name (DkImport *self)
{
  g_return_val_if_fail (DK_IS_IMPORT (self), NULL);
  return self->name;
}

/**
 * dk_import_get_problems:
 *
 * Returns: (transfer none) (element-type DkImportProblem): every problem, in the order of
 *   the file
 */
GPtrArray *
dk_import_get_problems (DkImport *self)
{
  g_return_val_if_fail (DK_IS_IMPORT (self), NULL);
  return self->problems;
}

guint
dk_import_get_n_errors (DkImport *self)
{
  g_return_val_if_fail (DK_IS_IMPORT (self), 0);
  return self->n_errors;
}

/**
 * dk_import_get_rows:
 *
 * Returns: (transfer none) (element-type DkImportRow): the rows read, totals included
 */
GPtrArray *
dk_import_get_rows (DkImport *self)
{
  g_return_val_if_fail (DK_IS_IMPORT (self), NULL);
  return self->rows;
}

guint
dk_import_get_n_regions (DkImport *self)
{
  g_return_val_if_fail (DK_IS_IMPORT (self), 0);
  return self->n_regions;
}

/**
 * dk_import_get_replaces:
 *
 * Returns: whether the database already has figures at the file's date, which the
 *   import replaces
 */
gboolean
dk_import_get_replaces (DkImport *self)
{
  g_return_val_if_fail (DK_IS_IMPORT (self), FALSE);
  return self->replaces;
}

/**
 * dk_import_get_year:
 *
 * Returns: a budget's fiscal year, or 0 when it is not known
 */
int
dk_import_get_year (DkImport *self)
{
  g_return_val_if_fail (DK_IS_IMPORT (self), 0);
  return self->year;
}

/**
 * dk_import_get_activity:
 *
 * Returns: (nullable): the code of a budget's activity
 */
const char *
dk_import_get_activity (DkImport *self)
{
  g_return_val_if_fail (DK_IS_IMPORT (self), NULL);
  return self->activity;
}

/**
 * dk_import_get_n_lines:
 *
 * Returns: how many of a budget's lines carry amounts (the lines without lines under them)
 */
guint
dk_import_get_n_lines (DkImport *self)
{
  g_return_val_if_fail (DK_IS_IMPORT (self), 0);
  return self->n_lines;
}

static gboolean
commit_ikd (DkImport    *self,
            const char  *source,
            GError     **error)
{
  g_autoptr(GArray) in = g_array_new (FALSE, TRUE, sizeof (DkIkdInput));

  for (guint i = 0; i < self->rows->len; i++)
    {
      DkImportRow *row = g_ptr_array_index (self->rows, i);
      DkIkdInput input = { row->kode, row->values[0], row->values[1], row->persen_bp };

      /* the country has no row of its own to hold a stated total */
      if (row->is_total && (!row->has_value[0] || !row->has_value[1] || *self->parent == '\0'))
        continue;
      /* one stated total is kept: check_totals refused two that differ */
      if (row->is_total && in->len > 0 && g_str_equal (g_array_index (in, DkIkdInput, 0).kode, self->parent))
        continue;
      if (row->is_total)
        g_array_prepend_val (in, input);
      else
        g_array_append_val (in, input);
    }
  return dk_ikd_replace_values (self->store, self->as_of, self->parent, source,
                                (DkIkdInput *) in->data, in->len, error);
}

static gboolean
commit_m2m (DkImport    *self,
            const char  *source,
            GError     **error)
{
  g_autoptr(GArray) in = g_array_new (FALSE, TRUE, sizeof (DkM2mInput));
  g_autoptr(GArray) stated = g_array_new (FALSE, TRUE, sizeof (DkStatedInput));
  static const char *kolom[2] = { "jumlah_perangkat", "jumlah_aktif" };
  DkImportRow *total = NULL;

  for (guint i = 0; i < self->rows->len; i++)
    {
      DkImportRow *row = g_ptr_array_index (self->rows, i);
      DkM2mInput input = { row->kode, row->values[0], row->values[1], row->keterangan };

      if (!row->is_total)
        g_array_append_val (in, input);
      else if (total == NULL && (row->has_value[0] || row->has_value[1]))
        total = row;
    }
  if (total != NULL)
    for (guint v = 0; v < 2; v++)
      {
        DkStatedInput s = { kolom[v], total->has_value[v], total->values[v], total->label };

        g_array_append_val (stated, s);
      }
  return dk_m2m_replace_snapshot (self->store, self->as_of, self->parent, source,
                                  (DkM2mInput *) in->data, in->len,
                                  (DkStatedInput *) stated->data, stated->len, error);
}

/**
 * dk_import_commit:
 *
 * Writes what was read, replacing the table's figures at its date for the regions under
 * the parent, after an automatic backup of the database; in one transaction, so that an
 * interruption at any moment leaves the database as it was or as it is after. Refused
 * when the file has any error.
 */
gboolean
dk_import_commit (DkImport  *self,
                  GError   **error)
{
  g_autofree char *source = NULL;
  g_autofree char *backup = NULL;

  g_return_val_if_fail (DK_IS_IMPORT (self), FALSE);

  if (self->name == NULL)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("No file has been read"));
      return FALSE;
    }
  if (self->n_errors > 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   g_dngettext (GETTEXT_PACKAGE,
                                "%s has %u error; nothing was imported",
                                "%s has %u errors; nothing was imported", self->n_errors),
                   self->name, self->n_errors);
      return FALSE;
    }

  if (!(backup = dk_backup_auto (self->store, "import", error)))
    {
      g_prefix_error (error, _("Nothing was imported: the database could not be backed up first: "));
      return FALSE;
    }

  source = g_strdup_printf (_("Imported from %s"), self->name);
  if (self->kind == DK_IMPORT_KIND_IKD)
    return commit_ikd (self, source, error);
  if (self->kind == DK_IMPORT_KIND_BUDGET)
    return _dk_import_budget_commit (self, source, error);
  return commit_m2m (self, source, error);
}
