/* dk-blangko-history.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The blangko tables in the history of changes: each kept row by row (the store's
 * dk-history-rows.c does the capturing and the putting back), described here: what a
 * write captures, how a row is put back or removed, and the columns' headings.
 */
#define G_LOG_DOMAIN "dk-blangko"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-blangko-private.h"

static char *
column_title (const char *kolom)
{
  if (g_str_equal (kolom, "keping"))
    return g_strdup (_("Blanks"));
  if (g_str_equal (kolom, "tanggal"))
    return g_strdup (_("Date"));
  if (g_str_equal (kolom, "nomor_ba") || g_str_equal (kolom, "nomor_bast") || g_str_equal (kolom, "nomor_masuk"))
    return g_strdup (_("Number"));
  if (g_str_equal (kolom, "catatan") || g_str_equal (kolom, "ket"))
    return g_strdup (_("Note"));
  if (g_str_equal (kolom, "kode"))
    return g_strdup (_("Region"));
  if (g_str_equal (kolom, "cara"))
    return g_strdup (_("How"));
  return g_strdup (kolom);
}

#define ROW_TABLE_UNDO _dk_history_rows_restore, NULL, NULL, NULL, column_title

#define BY_ID " WHERE id = CAST (?1 AS BIGINT)"
#define OF_OFFICE " WHERE CAST (?1 AS TEXT) IS NULL OR kode = ?1"
#define BY_KODE_TANGGAL " WHERE kode || '|' || CAST (tanggal AS TEXT) = ?1"

#define TERIMA "SELECT id, id, tanggal, nomor_ba, keping, catatan FROM blangko_terima"
#define RENCANA "SELECT id, id, tanggal, per, keping, catatan FROM blangko_rencana"
#define DISTRIBUSI "SELECT id, id, tanggal, kode, nomor_bast, keping, cara, rencana_id, catatan FROM blangko_distribusi"
#define HARIAN \
  "SELECT kode || '|' || CAST (tanggal AS TEXT), kode, tanggal, sisa, cetak, prr, suket FROM blangko_harian"
#define PENGGUNAAN \
  "SELECT kode || '|' || CAST (tanggal AS TEXT), kode, tanggal, nomor_masuk, masuk, saldo, pemakaian, " \
  "nomor_pinjam, pinjam, cetak_baru, cetak_hilang, cetak_rusak, cetak_perubahan, rusak_invalid, sisa, ket " \
  "FROM blangko_penggunaan"
#define PENANDATANGAN "SELECT kode, kode, jabatan, nama, pangkat, nip, tempat FROM blangko_penandatangan"
#define CAKUPAN \
  "SELECT kode || '|' || CAST (per AS TEXT), kode, per, wajib_ktp, sudah_rekam, memiliki_ktp_el, dicetak_keping, " \
  "prr, sfe, duplicate_record, sumber FROM ktp_el_cakupan"

static const DkHistoryTable row_tables[] = {
  { "blangko_terima", TERIMA, TERIMA BY_ID,
    { "id", "tanggal", "nomor_ba", "keping", "catatan" },
    "INSERT INTO blangko_terima (id, tanggal, nomor_ba, keping, catatan) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (id) DO UPDATE SET tanggal = excluded.tanggal, nomor_ba = excluded.nomor_ba, "
    "keping = excluded.keping, catatan = excluded.catatan",
    "DELETE FROM blangko_terima" BY_ID,
    ROW_TABLE_UNDO },
  { "blangko_rencana", RENCANA, RENCANA BY_ID,
    { "id", "tanggal", "per", "keping", "catatan" },
    "INSERT INTO blangko_rencana (id, tanggal, per, keping, catatan) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (id) DO UPDATE SET tanggal = excluded.tanggal, per = excluded.per, keping = excluded.keping, "
    "catatan = excluded.catatan",
    "DELETE FROM blangko_rencana" BY_ID,
    ROW_TABLE_UNDO },
  { "blangko_distribusi", DISTRIBUSI OF_OFFICE, DISTRIBUSI BY_ID,
    { "id", "tanggal", "kode", "nomor_bast", "keping", "cara", "rencana_id", "catatan" },
    "INSERT INTO blangko_distribusi (id, tanggal, kode, nomor_bast, keping, cara, rencana_id, catatan) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) "
    "ON CONFLICT (id) DO UPDATE SET tanggal = excluded.tanggal, kode = excluded.kode, "
    "nomor_bast = excluded.nomor_bast, keping = excluded.keping, cara = excluded.cara, "
    "rencana_id = excluded.rencana_id, catatan = excluded.catatan",
    "DELETE FROM blangko_distribusi" BY_ID,
    ROW_TABLE_UNDO },
  { "blangko_harian", HARIAN OF_OFFICE, HARIAN BY_KODE_TANGGAL,
    { "kode", "tanggal", "sisa", "cetak", "prr", "suket" },
    "INSERT INTO blangko_harian (kode, tanggal, sisa, cetak, prr, suket) VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT (kode, tanggal) DO UPDATE SET sisa = excluded.sisa, cetak = excluded.cetak, prr = excluded.prr, "
    "suket = excluded.suket",
    "DELETE FROM blangko_harian" BY_KODE_TANGGAL,
    ROW_TABLE_UNDO },
  { "blangko_penggunaan", PENGGUNAAN OF_OFFICE, PENGGUNAAN BY_KODE_TANGGAL,
    { "kode", "tanggal", "nomor_masuk", "masuk", "saldo", "pemakaian", "nomor_pinjam", "pinjam", "cetak_baru",
      "cetak_hilang", "cetak_rusak", "cetak_perubahan", "rusak_invalid", "sisa", "ket" },
    "INSERT INTO blangko_penggunaan (kode, tanggal, nomor_masuk, masuk, saldo, pemakaian, nomor_pinjam, "
    "pinjam, cetak_baru, cetak_hilang, cetak_rusak, cetak_perubahan, rusak_invalid, sisa, ket) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15) "
    "ON CONFLICT (kode, tanggal) DO UPDATE SET nomor_masuk = excluded.nomor_masuk, masuk = excluded.masuk, "
    "saldo = excluded.saldo, pemakaian = excluded.pemakaian, nomor_pinjam = excluded.nomor_pinjam, "
    "pinjam = excluded.pinjam, cetak_baru = excluded.cetak_baru, cetak_hilang = excluded.cetak_hilang, "
    "cetak_rusak = excluded.cetak_rusak, cetak_perubahan = excluded.cetak_perubahan, "
    "rusak_invalid = excluded.rusak_invalid, sisa = excluded.sisa, ket = excluded.ket",
    "DELETE FROM blangko_penggunaan" BY_KODE_TANGGAL,
    ROW_TABLE_UNDO },
  { "blangko_penandatangan", PENANDATANGAN OF_OFFICE, PENANDATANGAN " WHERE kode = ?1",
    { "kode", "jabatan", "nama", "pangkat", "nip", "tempat" },
    "INSERT INTO blangko_penandatangan (kode, jabatan, nama, pangkat, nip, tempat) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) "
    "ON CONFLICT (kode) DO UPDATE SET jabatan = excluded.jabatan, nama = excluded.nama, pangkat = excluded.pangkat, "
    "nip = excluded.nip, tempat = excluded.tempat",
    "DELETE FROM blangko_penandatangan WHERE kode = ?1",
    ROW_TABLE_UNDO },
  { "ktp_el_cakupan", CAKUPAN OF_OFFICE, CAKUPAN " WHERE kode || '|' || CAST (per AS TEXT) = ?1",
    { "kode", "per", "wajib_ktp", "sudah_rekam", "memiliki_ktp_el", "dicetak_keping", "prr", "sfe",
      "duplicate_record", "sumber" },
    "INSERT INTO ktp_el_cakupan (kode, per, wajib_ktp, sudah_rekam, memiliki_ktp_el, dicetak_keping, "
    "prr, sfe, duplicate_record, sumber) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) "
    "ON CONFLICT (kode, per) DO UPDATE SET wajib_ktp = excluded.wajib_ktp, sudah_rekam = excluded.sudah_rekam, "
    "memiliki_ktp_el = excluded.memiliki_ktp_el, dicetak_keping = excluded.dicetak_keping, prr = excluded.prr, "
    "sfe = excluded.sfe, duplicate_record = excluded.duplicate_record, sumber = excluded.sumber",
    "DELETE FROM ktp_el_cakupan WHERE kode || '|' || CAST (per AS TEXT) = ?1",
    ROW_TABLE_UNDO },
};

static const DkHistoryTable *
find_table (const char *tabel)
{
  for (guint i = 0; i < G_N_ELEMENTS (row_tables); i++)
    if (g_str_equal (row_tables[i].tabel, tabel))
      return &row_tables[i];
  g_return_val_if_reached (NULL);
}

/**
 * _dk_blangko_history_begin:
 * @tables: (array zero-terminated=1): the names of the blangko tables the write changes
 * @office: (nullable): the only office whose rows the write changes, or %NULL
 *
 * Begins a blangko write's entry in the history: _dk_history_rows_begin() with the
 * tables described here.
 */
gboolean
_dk_blangko_history_begin (DkHistoryRows      *rows,
                           DkStore            *store,
                           const char *const  *tables,
                           const char         *office,
                           GError            **error)
{
  const DkHistoryTable *found[DK_HISTORY_MAX_ROW_TABLES + 1] = { NULL };

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_return_val_if_fail (i < DK_HISTORY_MAX_ROW_TABLES, FALSE);
      found[i] = find_table (tables[i]);
    }
  return _dk_history_rows_begin (rows, store, found, office, error);
}

/**
 * dk_blangko_history_tables:
 *
 * Returns: (array zero-terminated=1) (transfer none): the blangko tables of the history,
 *   for undo
 */
const DkHistoryTable *const *
dk_blangko_history_tables (void)
{
  static const DkHistoryTable *const tables[] = {
    &row_tables[0], &row_tables[1], &row_tables[2], &row_tables[3], &row_tables[4], &row_tables[5], &row_tables[6],
    NULL
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (tables) == G_N_ELEMENTS (row_tables) + 1);
  return tables;
}
