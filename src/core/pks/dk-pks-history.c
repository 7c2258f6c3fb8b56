/* dk-pks-history.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pks tables in the history of changes: each kept row by row (the store's
 * dk-history-rows.c does the capturing and the putting back), described here: what a
 * write captures, how a row is put back or removed, and the columns' headings. The rows
 * of an agreement's tables are captured for that agreement only when a write names it.
 */
#define G_LOG_DOMAIN "dk-pks"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "dk-pks-private.h"

static char *
column_title (const char *kolom)
{
  static const struct { const char *kolom; const char *title; } titles[] = {
    { "nama", N_("Name") },
    { "jenis", N_("Kind") },
    { "alamat", N_("Address") },
    { "kontak", N_("Contact") },
    { "lembaga_id", N_("Institution") },
    { "nomor", N_("Number") },
    { "nomor_lembaga", N_("Institution’s number") },
    { "ditandatangani", N_("Signed") },
    { "jangka_bulan", N_("Term (months)") },
    { "berakhir", N_("Ends") },
    { "data", N_("Data") },
    { "akses", N_("Access mechanism") },
    { "ip", N_("IP addresses") },
    { "sertifikat", N_("Security certificate") },
    { "sertifikat_berakhir", N_("Certificate expires") },
    { "diajukan", N_("Requested") },
    { "perjanjian_id", N_("Agreement") },
    { "tanggal", N_("Date") },
    { "status", N_("Access") },
    { "catatan", N_("Note") },
    { "langkah", N_("Step") },
    { "selesai", N_("Done") },
    { "oleh", N_("By") },
    { "dokumen", N_("Documents") },
  };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    if (g_str_equal (kolom, titles[i].kolom))
      return g_strdup (_(titles[i].title));
  return g_strdup (kolom);
}

#define ROW_TABLE_UNDO _dk_history_rows_restore, NULL, NULL, NULL, column_title

#define BY_ID " WHERE id = CAST (?1 AS BIGINT)"
#define OF_AGREEMENT " WHERE CAST (?1 AS BIGINT) IS NULL OR perjanjian_id = CAST (?1 AS BIGINT)"

#define LEMBAGA "SELECT id, id, nama, jenis, alamat, kontak FROM pks_lembaga"
#define PERJANJIAN \
  "SELECT id, id, lembaga_id, nomor, nomor_lembaga, ditandatangani, jangka_bulan, berakhir, data, akses, ip, " \
  "sertifikat, sertifikat_berakhir, diajukan FROM pks_perjanjian"
#define PERPANJANGAN "SELECT id, id, perjanjian_id, tanggal, nomor, berakhir FROM pks_perpanjangan"
#define AKSES "SELECT id, id, perjanjian_id, tanggal, status, catatan FROM pks_akses"
#define LANGKAH \
  "SELECT perjanjian_id || '|' || langkah, perjanjian_id, langkah, selesai, oleh, dokumen FROM pks_langkah"
#define LIBUR "SELECT tanggal, tanggal, nama FROM pks_libur"

static const DkHistoryTable row_tables[] = {
  { "pks_lembaga", LEMBAGA, LEMBAGA BY_ID,
    { "id", "nama", "jenis", "alamat", "kontak" },
    "INSERT INTO pks_lembaga (id, nama, jenis, alamat, kontak) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (id) DO UPDATE SET nama = excluded.nama, jenis = excluded.jenis, alamat = excluded.alamat, "
    "kontak = excluded.kontak",
    "DELETE FROM pks_lembaga" BY_ID,
    ROW_TABLE_UNDO },
  { "pks_perjanjian", PERJANJIAN " WHERE CAST (?1 AS BIGINT) IS NULL OR id = CAST (?1 AS BIGINT)", PERJANJIAN BY_ID,
    { "id", "lembaga_id", "nomor", "nomor_lembaga", "ditandatangani", "jangka_bulan", "berakhir", "data", "akses",
      "ip", "sertifikat", "sertifikat_berakhir", "diajukan" },
    "INSERT INTO pks_perjanjian (id, lembaga_id, nomor, nomor_lembaga, ditandatangani, jangka_bulan, "
    "berakhir, data, akses, ip, sertifikat, sertifikat_berakhir, diajukan) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13) "
    "ON CONFLICT (id) DO UPDATE SET lembaga_id = excluded.lembaga_id, nomor = excluded.nomor, "
    "nomor_lembaga = excluded.nomor_lembaga, ditandatangani = excluded.ditandatangani, "
    "jangka_bulan = excluded.jangka_bulan, berakhir = excluded.berakhir, data = excluded.data, "
    "akses = excluded.akses, ip = excluded.ip, sertifikat = excluded.sertifikat, "
    "sertifikat_berakhir = excluded.sertifikat_berakhir, diajukan = excluded.diajukan",
    "DELETE FROM pks_perjanjian" BY_ID,
    ROW_TABLE_UNDO },
  { "pks_perpanjangan", PERPANJANGAN OF_AGREEMENT, PERPANJANGAN BY_ID,
    { "id", "perjanjian_id", "tanggal", "nomor", "berakhir" },
    "INSERT INTO pks_perpanjangan (id, perjanjian_id, tanggal, nomor, berakhir) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (id) DO UPDATE SET perjanjian_id = excluded.perjanjian_id, tanggal = excluded.tanggal, "
    "nomor = excluded.nomor, berakhir = excluded.berakhir",
    "DELETE FROM pks_perpanjangan" BY_ID,
    ROW_TABLE_UNDO },
  { "pks_akses", AKSES OF_AGREEMENT, AKSES BY_ID,
    { "id", "perjanjian_id", "tanggal", "status", "catatan" },
    "INSERT INTO pks_akses (id, perjanjian_id, tanggal, status, catatan) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (id) DO UPDATE SET perjanjian_id = excluded.perjanjian_id, tanggal = excluded.tanggal, "
    "status = excluded.status, catatan = excluded.catatan",
    "DELETE FROM pks_akses" BY_ID,
    ROW_TABLE_UNDO },
  { "pks_langkah", LANGKAH OF_AGREEMENT, LANGKAH " WHERE perjanjian_id || '|' || langkah = ?1",
    { "perjanjian_id", "langkah", "selesai", "oleh", "dokumen" },
    "INSERT INTO pks_langkah (perjanjian_id, langkah, selesai, oleh, dokumen) VALUES (?1, ?2, ?3, ?4, ?5) "
    "ON CONFLICT (perjanjian_id, langkah) DO UPDATE SET selesai = excluded.selesai, oleh = excluded.oleh, "
    "dokumen = excluded.dokumen",
    "DELETE FROM pks_langkah WHERE perjanjian_id || '|' || langkah = ?1",
    ROW_TABLE_UNDO },
  { "pks_libur", LIBUR, LIBUR " WHERE tanggal = ?1",
    { "tanggal", "nama" },
    "INSERT INTO pks_libur (tanggal, nama) VALUES (?1, ?2) ON CONFLICT (tanggal) DO UPDATE SET nama = excluded.nama",
    "DELETE FROM pks_libur WHERE tanggal = ?1",
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
 * _dk_pks_history_begin:
 * @tables: (array zero-terminated=1): the names of the pks tables the write changes
 * @agreement_id: the only agreement whose rows the write changes, or 0
 *
 * Begins a pks write's entry in the history: _dk_history_rows_begin() with the tables
 * described here.
 */
gboolean
_dk_pks_history_begin (DkHistoryRows      *rows,
                       DkStore            *store,
                       const char *const  *tables,
                       gint64              agreement_id,
                       GError            **error)
{
  const DkHistoryTable *found[DK_HISTORY_MAX_ROW_TABLES + 1] = { NULL };
  g_autofree char *scope = agreement_id > 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, agreement_id) : NULL;

  for (guint i = 0; tables[i] != NULL; i++)
    {
      g_return_val_if_fail (i < DK_HISTORY_MAX_ROW_TABLES, FALSE);
      found[i] = find_table (tables[i]);
    }
  return _dk_history_rows_begin (rows, store, found, scope, error);
}

/**
 * dk_pks_history_tables:
 *
 * Returns: (array zero-terminated=1) (transfer none): the pks tables of the history, for
 *   undo
 */
const DkHistoryTable *const *
dk_pks_history_tables (void)
{
  static const DkHistoryTable *const tables[] = {
    &row_tables[0], &row_tables[1], &row_tables[2], &row_tables[3], &row_tables[4], &row_tables[5], NULL
  };

  G_STATIC_ASSERT (G_N_ELEMENTS (tables) == G_N_ELEMENTS (row_tables) + 1);
  return tables;
}
