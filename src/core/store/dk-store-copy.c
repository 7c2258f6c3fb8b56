/* dk-store-copy.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A whole database copied from one store to another, whichever their engines: every
 * table, the history of changes included, in one transaction on the receiving side,
 * verified by each table's row count and a checksum of its rows read back in key order.
 * `dukcapil-cli server copy` moves a file to a server and back with it, and a backup of a
 * server's database is a file written this way.
 */
#define G_LOG_DOMAIN "dk-store"

#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

#include "dk-error.h"
#include "dk-store-internal.h"

typedef struct
{
  const char *name;
  const char *select_sql; /* every column, in key order */
  const char *insert_sql;
  const char *copy_sql;
  const char *delete_sql;
  const char *sequence_sql; /* on a server, the next id after the copied ones; or NULL */
} CopyTable;

#define TABLE(name, columns, params, key, has_id)                             \
  {                                                                           \
    name,                                                                     \
        "SELECT " columns " FROM " name " ORDER BY " key,                     \
        "INSERT INTO " name " (" columns ") VALUES (" params ")",             \
        "COPY " name " (" columns ") FROM STDIN",                             \
        "DELETE FROM " name,                                                  \
        has_id ? "SELECT setval (pg_get_serial_sequence ('" name "', 'id'), " \
                 "coalesce ((SELECT max (id) FROM " name "), 0) + 1, false)"  \
               : NULL                                                         \
  }

/* On a server, emptying the tables row by row would check every foreign key of each
 * region removed (half a minute): they are emptied at once. */
#define TRUNCATE_ALL \
  "TRUNCATE region, ikd_target, ikd_snapshot, ikd_value, m2m_snapshot, m2m_value, m2m_event, " \
  "stated_total, anggaran_tahun, anggaran_kegiatan, anggaran_baris, anggaran_dpa, anggaran_nilai, " \
  "anggaran_realisasi, anggaran_realisasi_bulan, riwayat_batch, riwayat, blangko_terima, " \
  "blangko_rencana, blangko_distribusi, blangko_harian, blangko_penggunaan, blangko_penandatangan, " \
  "ktp_el_cakupan, penduduk, pks_lembaga, pks_perjanjian, pks_perpanjangan, pks_akses, pks_langkah, " \
  "pks_libur"

/* Parents before children. */
static const CopyTable tables[] = {
  TABLE ("region", "kode, nama, tingkat, induk", "?1, ?2, ?3, ?4", "kode", FALSE),
  TABLE ("ikd_target", "tahun, target_bp", "?1, ?2", "tahun", FALSE),
  TABLE ("ikd_snapshot", "id, per, sumber", "?1, ?2, ?3", "id", TRUE),
  TABLE ("ikd_value", "snapshot_id, kode, rekam_dinamis, jumlah_ikd, persen_bp", "?1, ?2, ?3, ?4, ?5", "snapshot_id, kode", FALSE),
  TABLE ("m2m_snapshot", "id, per, sumber", "?1, ?2, ?3", "id", TRUE),
  TABLE ("m2m_value", "snapshot_id, kode, perangkat, aktif, keterangan", "?1, ?2, ?3, ?4, ?5", "snapshot_id, kode", FALSE),
  TABLE ("m2m_event", "id, tanggal, bulan_saja, kode, jenis, catatan", "?1, ?2, ?3, ?4, ?5, ?6", "id", TRUE),
  TABLE ("stated_total", "tabel, ref, kode, kolom, nilai, label", "?1, ?2, ?3, ?4, ?5, ?6", "tabel, ref, kode, kolom", FALSE),
  TABLE ("anggaran_tahun", "tahun", "?1", "tahun", FALSE),
  TABLE ("anggaran_kegiatan", "id, tahun, kode, nama", "?1, ?2, ?3, ?4", "id", TRUE),
  TABLE ("anggaran_baris", "id, kegiatan_id, kode, uraian", "?1, ?2, ?3, ?4", "id", TRUE),
  TABLE ("anggaran_dpa", "id, kegiatan_id, nomor, nama, tanggal", "?1, ?2, ?3, ?4, ?5", "id", TRUE),
  TABLE ("anggaran_nilai", "dpa_id, baris_id, anggaran", "?1, ?2, ?3", "dpa_id, baris_id", FALSE),
  TABLE ("anggaran_realisasi", "baris_id, realisasi", "?1, ?2", "baris_id", FALSE),
  TABLE ("anggaran_realisasi_bulan", "baris_id, bulan, realisasi", "?1, ?2, ?3", "baris_id, bulan", FALSE),
  TABLE ("riwayat_batch", "id, waktu, keterangan, dibatalkan, oleh", "?1, ?2, ?3, ?4, ?5", "id", TRUE),
  TABLE ("riwayat", "id, batch_id, tabel, ref, kode, kolom, lama, baru", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8", "id", TRUE),
  TABLE ("blangko_terima", "id, tanggal, nomor_ba, keping, catatan", "?1, ?2, ?3, ?4, ?5", "id", TRUE),
  TABLE ("blangko_rencana", "id, tanggal, per, keping, catatan", "?1, ?2, ?3, ?4, ?5", "id", TRUE),
  TABLE ("blangko_distribusi", "id, tanggal, kode, nomor_bast, keping, cara, rencana_id, catatan", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8", "id", TRUE),
  TABLE ("blangko_harian", "kode, tanggal, sisa, cetak, prr, suket", "?1, ?2, ?3, ?4, ?5, ?6", "kode, tanggal", FALSE),
  TABLE ("blangko_penggunaan", "kode, tanggal, nomor_masuk, masuk, saldo, pemakaian, nomor_pinjam, pinjam, cetak_baru, cetak_hilang, cetak_rusak, cetak_perubahan, rusak_invalid, sisa, ket", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15", "kode, tanggal", FALSE),
  TABLE ("blangko_penandatangan", "kode, jabatan, nama, pangkat, nip, tempat", "?1, ?2, ?3, ?4, ?5, ?6", "kode", FALSE),
  TABLE ("ktp_el_cakupan", "kode, per, wajib_ktp, sudah_rekam, memiliki_ktp_el, dicetak_keping, prr, sfe, duplicate_record, sumber", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10", "kode, per", FALSE),
  TABLE ("penduduk", "kode, per, laki_laki, perempuan, total, sumber", "?1, ?2, ?3, ?4, ?5, ?6", "kode, per", FALSE),
  TABLE ("pks_lembaga", "id, nama, jenis, alamat, kontak", "?1, ?2, ?3, ?4, ?5", "id", TRUE),
  TABLE ("pks_perjanjian", "id, lembaga_id, nomor, nomor_lembaga, ditandatangani, jangka_bulan, berakhir, data, akses, ip, sertifikat, sertifikat_berakhir, diajukan", "?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13", "id", TRUE),
  TABLE ("pks_perpanjangan", "id, perjanjian_id, tanggal, nomor, berakhir", "?1, ?2, ?3, ?4, ?5", "id", TRUE),
  TABLE ("pks_akses", "id, perjanjian_id, tanggal, status, catatan", "?1, ?2, ?3, ?4, ?5", "id", TRUE),
  TABLE ("pks_langkah", "perjanjian_id, langkah, selesai, oleh, dokumen", "?1, ?2, ?3, ?4, ?5", "perjanjian_id, langkah", FALSE),
  TABLE ("pks_libur", "tanggal, nama", "?1, ?2", "tanggal", FALSE),
};

/* The columns of a table: the parameters of its insert. */
static int
n_columns (const CopyTable *table)
{
  int n = 0;

  for (const char *c = table->insert_sql; *c != '\0'; c++)
    n += *c == '?';
  return n;
}

/* The rows of a table as text, in key order, hashed: NULL and '' differ. */
static gboolean
table_sum (DkStore         *store,
           const CopyTable *table,
           gint64          *n_rows,
           char           **sum,
           GError         **error)
{
  g_autoptr(DkDbStmt) stmt = _dk_store_prepare (store, table->select_sql, error);
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA256);
  DkDbStep rc;

  if (stmt == NULL)
    return FALSE;
  *n_rows = 0;
  while ((rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      for (int c = 0; c < n_columns (table); c++)
        {
          const char *value = dk_db_column_text (stmt, c);

          if (value != NULL)
            g_checksum_update (checksum, (const guchar *) value, -1);
          g_checksum_update (checksum, (const guchar *) (value != NULL ? "\x1f" : "\x1e"), 1);
        }
      g_checksum_update (checksum, (const guchar *) "\n", 1);
      (*n_rows)++;
    }
  if (!_dk_store_rows_done (store, rc, error))
    return FALSE;
  *sum = g_strdup (g_checksum_get_string (checksum));
  return TRUE;
}

static gboolean
copy_table (DkStore         *from,
            DkStore         *to,
            const CopyTable *table,
            GError         **error)
{
  g_autoptr(DkDbStmt) stmt = _dk_store_prepare (from, table->select_sql, error);
  const char *values[16];
  DkDbStep    rc;
  gboolean    ok;

  g_assert (n_columns (table) <= (int) G_N_ELEMENTS (values));
  if (stmt == NULL || !_dk_store_bulk_begin (to, table->insert_sql, table->copy_sql, error))
    return FALSE;
  ok = TRUE;
  while (ok && (rc = dk_db_step (stmt)) == DK_DB_ROW)
    {
      for (int c = 0; c < n_columns (table); c++)
        values[c] = dk_db_column_text (stmt, c);
      ok = _dk_store_bulk_row (to, n_columns (table), values, error);
    }
  if (ok && !_dk_store_rows_done (from, rc, error))
    ok = FALSE;
  if (!_dk_store_bulk_end (to, ok ? error : NULL))
    ok = FALSE;
  if (ok && dk_store_is_server (to) && table->sequence_sql != NULL)
    ok = _dk_store_exec (to, table->sequence_sql, error);
  return ok;
}

static gboolean
verify_table (DkStore         *from,
              DkStore         *to,
              const CopyTable *table,
              GError         **error)
{
  g_autofree char *sum_from = NULL, *sum_to = NULL;
  gint64           n_from = 0, n_to = 0;

  if (!table_sum (from, table, &n_from, &sum_from, error) || !table_sum (to, table, &n_to, &sum_to, error))
    return FALSE;
  if (n_from != n_to || !g_str_equal (sum_from, sum_to))
    {
      g_set_error (error, DK_ERROR, DK_ERROR_DATABASE,
                   /* Translators: a copy that did not arrive whole: table, rows sent, rows there */
                   _("The copy of table “%s” does not match its source (%lld rows sent, %lld there, "
                      "or their values differ)"),
                   table->name, (long long) n_from, (long long) n_to);
      return FALSE;
    }
  return TRUE;
}

/**
 * dk_store_copy:
 * @from: the database copied
 * @to: the database that receives it; everything it held is replaced
 *
 * Copies every table of @from into @to, in one transaction of @to: all or nothing. Each
 * table is checked after the copy: the same number of rows and the same checksum of its
 * rows read back.
 *
 * Returns: whether the copy was made and checked
 */
gboolean
dk_store_copy (DkStore *from,
               DkStore *to,
               GError **error)
{
  g_return_val_if_fail (DK_IS_STORE (from), FALSE);
  g_return_val_if_fail (DK_IS_STORE (to), FALSE);

  if (!_dk_store_begin (to, error))
    return FALSE;
  if (dk_store_is_server (to))
    {
      if (!_dk_store_exec (to, TRUNCATE_ALL, error))
        goto failed;
    }
  else
    for (int i = G_N_ELEMENTS (tables) - 1; i >= 0; i--)
      if (!_dk_store_exec (to, tables[i].delete_sql, error))
        goto failed;
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!copy_table (from, to, &tables[i], error))
      {
        g_prefix_error (error, _("Table “%s”: "), tables[i].name);
        goto failed;
      }
  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    if (!verify_table (from, to, &tables[i], error))
      goto failed;
  return _dk_store_commit (to, error);

failed:
  _dk_store_rollback (to);
  return FALSE;
}

/**
 * dk_store_copy_table_names:
 *
 * Returns: (transfer none): the tables dk_store_copy() copies, %NULL-terminated
 */
const char * const *
dk_store_copy_table_names (void)
{
  static const char *names[G_N_ELEMENTS (tables) + 1];

  for (guint i = 0; i < G_N_ELEMENTS (tables); i++)
    names[i] = tables[i].name;
  return names;
}

/**
 * dk_store_copy_to_file:
 * @path: the file to write; replaced when it exists
 *
 * Writes the whole database into a new database file, under a temporary name renamed
 * to @path once the copy is checked.
 */
gboolean
dk_store_copy_to_file (DkStore    *from,
                       const char *path,
                       GError    **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp_name = g_strconcat (".", base, ".dk-XXXXXX", NULL);
  g_autofree char *tmp = g_build_filename (dir, tmp_name, NULL);
  g_autoptr(DkStore) to = NULL;
  gboolean ok;
  int      fd;

  if ((fd = g_mkstemp (tmp)) < 0)
    {
      int saved = errno;

      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write in the folder “%s”: %s"), dir,
                   g_strerror (saved));
      return FALSE;
    }
  g_close (fd, NULL);
  g_unlink (tmp); /* the name is ours; sqlite makes the file */
  ok = (to = dk_store_open_seeded (tmp, NULL, error)) != NULL && dk_store_copy (from, to, error) &&
       _dk_store_exec (to, "PRAGMA journal_mode = DELETE", error);
  g_clear_object (&to);
  if (ok && g_rename (tmp, path) != 0)
    {
      int saved = errno;

      g_set_error (error, DK_ERROR, DK_ERROR_IO, _("Could not write “%s”: %s"), path, g_strerror (saved));
      ok = FALSE;
    }
  if (!ok)
    {
      g_autofree char *wal = g_strconcat (tmp, "-wal", NULL);
      g_autofree char *shm = g_strconcat (tmp, "-shm", NULL);

      g_unlink (tmp);
      g_unlink (wal);
      g_unlink (shm);
    }
  return ok;
}

/**
 * dk_store_copy_is_fresh:
 * @fresh: (out): whether no change was ever recorded in the database
 *
 * Whether a database holds only what a new one holds, for a copy that would replace it.
 */
gboolean
dk_store_copy_is_fresh (DkStore   *self,
                        gboolean  *fresh,
                        GError   **error)
{
  g_autoptr(DkDbStmt) stmt = _dk_store_prepare (self, "SELECT count(*) FROM riwayat_batch", error);

  if (stmt == NULL)
    return FALSE;
  if (dk_db_step (stmt) != DK_DB_ROW)
    return _dk_store_rows_done (self, DK_DB_ERROR, error);
  *fresh = dk_db_column_int64 (stmt, 0) == 0;
  return TRUE;
}
