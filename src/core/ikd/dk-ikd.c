/* dk-ikd.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * IKD (Identitas Kependudukan Digital) coverage: activations against rekam dinamis,
 * per region and as-of date, against the national target.
 */
#define G_LOG_DOMAIN "dk-ikd"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-csv.h"
#include "dk-error.h"
#include "dk-format.h"
#include "dk-ikd-private.h"
#include "dk-number.h"
#include "dk-region.h"
#include "dk-store-internal.h"

/**
 * dk_ikd_percent_bp:
 * @jumlah_ikd: activations
 * @rekam_dinamis: recordings
 *
 * Coverage in hundredths of a percent, rounded half up as the report rounds it.
 *
 * Returns: the coverage, 0 when there are no recordings
 */
int
dk_ikd_percent_bp (gint64 jumlah_ikd,
                   gint64 rekam_dinamis)
{
  return dk_percent_bp (jumlah_ikd, rekam_dinamis);
}

/**
 * dk_ikd_shortfall:
 * @jumlah_ikd: activations
 * @rekam_dinamis: recordings
 * @target_bp: the target in hundredths of a percent
 *
 * Returns: the activations still needed to reach the target, 0 when it is met
 */
gint64
dk_ikd_shortfall (gint64 jumlah_ikd,
                  gint64 rekam_dinamis,
                  int    target_bp)
{
  gint64 needed;

  if (rekam_dinamis <= 0 || target_bp <= 0)
    return 0;
  /* ceil (rekam × target / 10000), in integers; in 128 bits, so that no figure can
   * overflow it (the bounds of dk-number.h keep it far inside 64 bits anyway) */
  needed = (gint64) MIN (((__int128) rekam_dinamis * target_bp + 9999) / 10000, (__int128) G_MAXINT64);
  return needed > jumlah_ikd ? needed - jumlah_ikd : 0;
}

/* ------------------------------------------------------------ store access */

/**
 * dk_ikd_list_dates:
 *
 * Returns: (transfer full): the dates of the IKD snapshots, oldest first
 */
GStrv
dk_ikd_list_dates (DkStore  *store,
                   GError  **error)
{
  g_return_val_if_fail (DK_IS_STORE (store), NULL);
  return _dk_store_list_strings (store, "SELECT per FROM ikd_snapshot ORDER BY per", error);
}

/**
 * dk_ikd_trend:
 * @parent: the region, e.g. "13"
 *
 * The region's coverage at every snapshot, each summed from its children as the table
 * would show it.
 *
 * Returns: (transfer full) (element-type DkIkdPoint): the points, oldest first
 */
GArray *
dk_ikd_trend (DkStore     *store,
              const char  *parent,
              GError     **error)
{
  g_auto(GStrv) dates = NULL;
  g_autoptr(GArray) points = g_array_new (FALSE, TRUE, sizeof (DkIkdPoint));

  g_return_val_if_fail (DK_IS_STORE (store), NULL);

  if (!(dates = dk_ikd_list_dates (store, error)))
    return NULL;
  for (guint i = 0; dates[i] != NULL; i++)
    {
      g_autoptr(DkIkdTable) table = dk_ikd_table_load (store, parent, dates[i], error);
      DkIkdPoint point = { 0 };

      if (table == NULL)
        return NULL;
      if (g_list_model_get_n_items (dk_ikd_table_get_rows (table)) == 0)
        continue;
      g_strlcpy (point.as_of, dates[i], sizeof point.as_of);
      point.rekam_dinamis = dk_ikd_row_get_rekam_dinamis (dk_ikd_table_get_total (table));
      point.jumlah_ikd = dk_ikd_row_get_jumlah_ikd (dk_ikd_table_get_total (table));
      point.target_bp = dk_ikd_table_get_target_bp (table);
      g_array_append_val (points, point);
    }
  return g_steal_pointer (&points);
}

/**
 * dk_ikd_get_target_bp:
 * @year: a year
 *
 * The target in force in @year: the one set for the latest year not after it, or for
 * years before the first setting, the first setting.
 *
 * Returns: the target in hundredths of a percent
 */
int
dk_ikd_get_target_bp (DkStore *store,
                      int      year)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), DK_IKD_DEFAULT_TARGET_BP);

  stmt = _dk_store_prepare (store,
                            "SELECT target_bp FROM ikd_target "
                            "ORDER BY tahun > ?1, abs(tahun - ?1) LIMIT 1",
                            NULL);
  if (stmt == NULL)
    return DK_IKD_DEFAULT_TARGET_BP;
  dk_db_bind_int64 (stmt, 1, year);
  if (dk_db_step (stmt) != DK_DB_ROW)
    return DK_IKD_DEFAULT_TARGET_BP;
  return dk_db_column_int (stmt, 0);
}

gboolean
dk_ikd_set_target_bp (DkStore  *store,
                      int       year,
                      int       target_bp,
                      GError  **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);

  if (target_bp < 1 || target_bp > 10000)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("The target must be more than 0 %% and at most 100 %%"));
      return FALSE;
    }
  if (year < 1900 || year > 2999)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("%d is not a valid year"), year);
      return FALSE;
    }
  stmt = _dk_store_prepare (store,
                            "INSERT INTO ikd_target (tahun, target_bp) VALUES (?1, ?2) "
                            "ON CONFLICT (tahun) DO UPDATE SET target_bp = excluded.target_bp",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_int64 (stmt, 1, year);
  dk_db_bind_int64 (stmt, 2, target_bp);
  return _dk_store_step_done (store, stmt, error);
}

static gboolean
ensure_snapshot (DkStore     *store,
                 const char  *as_of,
                 const char  *source,
                 gint64      *id,
                 GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;

  stmt = _dk_store_prepare (store,
                            "INSERT INTO ikd_snapshot (per, sumber) VALUES (?1, ?2) "
                            "ON CONFLICT (per) DO UPDATE SET sumber = excluded.sumber "
                            "RETURNING id",
                            error);
  if (stmt == NULL)
    return FALSE;
  dk_db_bind_text (stmt, 1, as_of);
  dk_db_bind_text (stmt, 2, source != NULL ? source : "");
  if (dk_db_step (stmt) != DK_DB_ROW)
    {
      _dk_store_set_error (store, error);
      return FALSE;
    }
  *id = dk_db_column_int64 (stmt, 0);
  return TRUE;
}

static gboolean
write_values (DkStore           *store,
              gint64             snapshot_id,
              const char        *scope,
              const DkIkdInput  *rows,
              gsize              n_rows,
              GError           **error)
{
  g_autoptr(DkDbStmt) del = NULL;
  char id[24], rekam[24], ikd[24], persen[24];

  del = _dk_store_prepare (store,
                           "DELETE FROM ikd_value WHERE snapshot_id = ?1 AND "
                           "(?2 = '' OR kode = ?2 OR (kode > ?2 || '.' AND kode < ?2 || '/'))",
                           error);
  if (del == NULL)
    return FALSE;
  dk_db_bind_int64 (del, 1, snapshot_id);
  dk_db_bind_text (del, 2, scope);
  if (!_dk_store_step_done (store, del, error))
    return FALSE;

  /* a national file is 83,763 rows: on a server they go by COPY */
  if (!_dk_store_bulk_begin (store,
                             "INSERT INTO ikd_value (snapshot_id, kode, rekam_dinamis, jumlah_ikd, persen_bp) "
                             "VALUES (?1, ?2, ?3, ?4, ?5)",
                             "COPY ikd_value (snapshot_id, kode, rekam_dinamis, jumlah_ikd, persen_bp) FROM STDIN",
                             error))
    return FALSE;
  g_snprintf (id, sizeof id, "%" G_GINT64_FORMAT, snapshot_id);
  for (gsize i = 0; i < n_rows; i++)
    {
      const char *values[] = { id, rows[i].kode, rekam, ikd, rows[i].persen_bp >= 0 ? persen : NULL };

      g_snprintf (rekam, sizeof rekam, "%" G_GINT64_FORMAT, rows[i].rekam_dinamis);
      g_snprintf (ikd, sizeof ikd, "%" G_GINT64_FORMAT, rows[i].jumlah_ikd);
      g_snprintf (persen, sizeof persen, "%d", rows[i].persen_bp);
      if (!_dk_store_bulk_row (store, G_N_ELEMENTS (values), values, error))
        {
          g_prefix_error (error, _("Region %s: "), rows[i].kode);
          _dk_store_bulk_end (store, NULL);
          return FALSE;
        }
    }
  return _dk_store_bulk_end (store, error);
}

/* Neither figure above DK_COUNT_MAX (see dk-number.h). */
static gboolean
check_bounds (const char  *kode,
              gint64       rekam_dinamis,
              gint64       jumlah_ikd,
              GError     **error)
{
  g_autofree char *what = g_strdup_printf (_("Region %s"), kode);

  return dk_number_check_count (what, rekam_dinamis, error) &&
         dk_number_check_count (what, jumlah_ikd, error);
}

static gboolean
validate_input (const char        *as_of,
                const char        *scope,
                const DkIkdInput  *rows,
                gsize              n_rows,
                GError           **error)
{
  GDate date;

  if (!dk_date_check_iso (as_of, &date, error))
    return FALSE;
  for (gsize i = 0; i < n_rows; i++)
    {
      const char *kode = rows[i].kode;

      if (*scope != '\0' && g_strcmp0 (kode, scope) != 0 &&
          !(g_str_has_prefix (kode, scope) && kode[strlen (scope)] == '.'))
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                       _("Region %s is not part of %s"), kode, scope);
          return FALSE;
        }
      if (rows[i].rekam_dinamis < 0 || rows[i].jumlah_ikd < 0)
        {
          g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                       _("Region %s: figures cannot be negative"), kode);
          return FALSE;
        }
      if (!check_bounds (kode, rows[i].rekam_dinamis, rows[i].jumlah_ikd, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * dk_ikd_replace_values:
 * @as_of: the snapshot's date, YYYY-MM-DD; the snapshot is created if needed
 * @scope: the region the new figures cover, e.g. "13", or "" for the whole country; the
 *   snapshot's figures for it and every region under it are replaced, the rest of the
 *   snapshot is kept
 * @source: (nullable): where the figures come from
 * @rows: (array length=n_rows): the figures
 *
 * Writes in one transaction: on any error nothing changes.
 */
gboolean
dk_ikd_replace_values (DkStore           *store,
                       const char        *as_of,
                       const char        *scope,
                       const char        *source,
                       const DkIkdInput  *rows,
                       gsize              n_rows,
                       GError           **error)
{
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  gint64 snapshot_id, batch_id = 0;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (scope != NULL, FALSE);
  g_return_val_if_fail (rows != NULL || n_rows == 0, FALSE);

  if (!validate_input (as_of, scope, rows, n_rows, error))
    return FALSE;
  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!(before = _dk_history_capture (store, &_dk_ikd_history_table, as_of, scope, error)) ||
      !ensure_snapshot (store, as_of, source, &snapshot_id, error) ||
      !write_values (store, snapshot_id, scope, rows, n_rows, error))
    goto failed;
  /* rows where there were none are one entry: no need to read them back */
  if (g_hash_table_size (before) == 0)
    {
      if (n_rows > 0 &&
          !_dk_history_record_new (store, &_dk_ikd_history_table, as_of, scope, n_rows, source, &batch_id, error))
        goto failed;
    }
  else if (!(after = _dk_history_capture (store, &_dk_ikd_history_table, as_of, scope, error)) ||
           !_dk_history_record (store, &_dk_ikd_history_table, as_of, scope, before, after, source, &batch_id, error))
    goto failed;
  return _dk_store_commit (store, error);

failed:
  _dk_store_rollback (store);
  return FALSE;
}

/**
 * dk_ikd_set_region:
 * @as_of: an existing snapshot's date
 * @kode: a region with figures in it
 * @what: (nullable): what the change is, for the history
 *
 * Corrects one region's figures at a snapshot, as a user does in the table. The
 * percentage the source printed no longer applies and is dropped. Validated, written in
 * one transaction and recorded in the history, so that it can be undone.
 */
gboolean
dk_ikd_set_region (DkStore     *store,
                   const char  *as_of,
                   const char  *kode,
                   gint64       rekam_dinamis,
                   gint64       jumlah_ikd,
                   const char  *what,
                   GError     **error)
{
  g_autoptr(DkDbStmt) stmt = NULL;
  g_autoptr(GHashTable) before = NULL;
  g_autoptr(GHashTable) after = NULL;
  gint64 batch_id = 0;

  g_return_val_if_fail (DK_IS_STORE (store), FALSE);
  g_return_val_if_fail (kode != NULL, FALSE);

  if (!dk_date_check_iso (as_of, NULL, error))
    return FALSE;
  if (rekam_dinamis < 0 || jumlah_ikd < 0)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID, _("Region %s: figures cannot be negative"), kode);
      return FALSE;
    }
  if (!check_bounds (kode, rekam_dinamis, jumlah_ikd, error))
    return FALSE;
  if (jumlah_ikd > rekam_dinamis)
    {
      DkNumberFormat fmt;
      g_autofree char *a = NULL, *b = NULL;

      dk_number_format_init_locale (&fmt);
      a = dk_format_int (&fmt, jumlah_ikd);
      b = dk_format_int (&fmt, rekam_dinamis);
      g_set_error (error, DK_ERROR, DK_ERROR_INVALID,
                   _("Region %s: %s IKD activations cannot be more than its %s recordings"), kode, a, b);
      return FALSE;
    }

  if (!_dk_store_begin (store, error))
    return FALSE;
  if (!(before = _dk_history_capture (store, &_dk_ikd_history_table, as_of, kode, error)) ||
      !(stmt = _dk_store_prepare (store,
                                  "UPDATE ikd_value SET rekam_dinamis = ?3, jumlah_ikd = ?4, persen_bp = NULL "
                                  "WHERE kode = ?2 AND snapshot_id = (SELECT id FROM ikd_snapshot WHERE per = ?1)",
                                  error)))
    goto failed;
  dk_db_bind_text (stmt, 1, as_of);
  dk_db_bind_text (stmt, 2, kode);
  dk_db_bind_int64 (stmt, 3, rekam_dinamis);
  dk_db_bind_int64 (stmt, 4, jumlah_ikd);
  if (!_dk_store_step_done (store, stmt, error))
    goto failed;
  if (dk_db_changes (stmt) != 1)
    {
      g_set_error (error, DK_ERROR, DK_ERROR_NOT_FOUND, _("Region %s has no figures on %s"), kode, as_of);
      goto failed;
    }
  if (!(after = _dk_history_capture (store, &_dk_ikd_history_table, as_of, kode, error)) ||
      !_dk_history_record (store, &_dk_ikd_history_table, as_of, kode, before, after, what, &batch_id, error))
    goto failed;
  return _dk_store_commit (store, error);

failed:
  _dk_store_rollback (store);
  return FALSE;
}

/* The 31 December 2025 table of the LAPORAN TAHUNAN 2025, province row included as the
 * source's stated total. Runs inside the migration's transaction. */
gboolean
dk_ikd_seed (DkStore  *self,
             GError  **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) records = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (DkIkdInput));
  gint64 snapshot_id;
  gsize len;
  const char *data;

  if (!dk_ikd_set_target_bp (self, 2024, DK_IKD_DEFAULT_TARGET_BP, error))
    return FALSE;
  if (!(bytes = _dk_store_load_seed ("seed/ikd-2025-12-31.csv", error)))
    return FALSE;
  data = g_bytes_get_data (bytes, &len);
  if (!(records = dk_csv_parse (data, len, ',', error)))
    return FALSE;

  /* kode,wilayah,rekam_dinamis,jumlah_ikd,persen_ikd */
  for (guint i = 1; i < records->len; i++)
    {
      DkCsvRecord *r = g_ptr_array_index (records, i);
      DkIkdInput in = { r->fields[0], 0, 0, -1 };
      gint64 bp;

      g_assert (r->n_fields == 5);
      if (!dk_parse_plain_int (r->fields[2], &in.rekam_dinamis) ||
          !dk_parse_plain_int (r->fields[3], &in.jumlah_ikd) ||
          !dk_parse_plain_fixed (r->fields[4], &bp))
        g_error ("The shipped IKD seed is malformed at line %u", r->line);
      in.persen_bp = (int) bp;
      g_array_append_val (rows, in);
    }

  return ensure_snapshot (self, "2025-12-31", "LAPORAN TAHUNAN 2025, BAB II B.3.h", &snapshot_id, error) &&
         write_values (self, snapshot_id, "13", (DkIkdInput *) rows->data, rows->len, error);
}
