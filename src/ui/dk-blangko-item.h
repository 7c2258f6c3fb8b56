/* dk-blangko-item.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/**
 * DkBlangkoText:
 * @DK_BLANGKO_TEXT_KODE: "kode", the region's code
 * @DK_BLANGKO_TEXT_WILAYAH: "wilayah", the region's name (the ledger: where the blanks went)
 * @DK_BLANGKO_TEXT_TANGGAL: "tanggal", the date, written out
 * @DK_BLANGKO_TEXT_NOMOR: "nomor", the BAST number (of the blanks received, in a usage report)
 * @DK_BLANGKO_TEXT_NOMOR_PINJAM: "nomor-pinjam", the BA pinjam pakai number of a usage report
 * @DK_BLANGKO_TEXT_METHOD: "method", how a distribution went
 * @DK_BLANGKO_TEXT_CATATAN: "catatan", the note or the remarks
 * @DK_BLANGKO_TEXT_REPORT: "report", the date of an office's latest daily report, or why none
 * @DK_BLANGKO_TEXT_PACE: "pace", the cards an office prints a day
 * @DK_BLANGKO_TEXT_DAYS_LEFT: "days-left", the days its blanks last
 * @DK_BLANGKO_TEXT_RUNS_OUT: "runs-out", the day they run out
 * @DK_BLANGKO_TEXT_RANK: "rank", the office's place in the plan, most urgent first
 * @DK_BLANGKO_TEXT_CAP: "cap", the most the plan may give the office
 * @DK_BLANGKO_TEXT_REASON: "reason", why the plan gives what it gives
 * @DK_BLANGKO_TEXT_REKAM_PERCENT: "rekam-percent", the share of those who must hold a KTP who are recorded
 * @DK_BLANGKO_TEXT_KTP_EL_PERCENT: "ktp-el-percent", the share who own a KTP-el
 * @DK_BLANGKO_TEXT_DICETAK: "dicetak-text", cards printed, or a dash when not reported
 * @DK_BLANGKO_TEXT_PRR: "prr-text", PRR waiting for a card, or a dash
 * @DK_BLANGKO_TEXT_SFE: "sfe-text", SFE, or a dash
 * @DK_BLANGKO_TEXT_DUPLICATES: "duplicate-text", duplicate records, or a dash
 * @DK_BLANGKO_TEXT_CHECK: "check", what a usage report's day breaks
 *
 * The text columns of the blangko page's tables; each table shows some of them.
 */
typedef enum
{
  DK_BLANGKO_TEXT_KODE,
  DK_BLANGKO_TEXT_WILAYAH,
  DK_BLANGKO_TEXT_TANGGAL,
  DK_BLANGKO_TEXT_NOMOR,
  DK_BLANGKO_TEXT_NOMOR_PINJAM,
  DK_BLANGKO_TEXT_METHOD,
  DK_BLANGKO_TEXT_CATATAN,
  DK_BLANGKO_TEXT_REPORT,
  DK_BLANGKO_TEXT_PACE,
  DK_BLANGKO_TEXT_DAYS_LEFT,
  DK_BLANGKO_TEXT_RUNS_OUT,
  DK_BLANGKO_TEXT_RANK,
  DK_BLANGKO_TEXT_CAP,
  DK_BLANGKO_TEXT_REASON,
  DK_BLANGKO_TEXT_REKAM_PERCENT,
  DK_BLANGKO_TEXT_KTP_EL_PERCENT,
  DK_BLANGKO_TEXT_DICETAK,
  DK_BLANGKO_TEXT_PRR,
  DK_BLANGKO_TEXT_SFE,
  DK_BLANGKO_TEXT_DUPLICATES,
  DK_BLANGKO_TEXT_CHECK,
  DK_BLANGKO_N_TEXTS
} DkBlangkoText;

/**
 * DkBlangkoCount:
 * @DK_BLANGKO_COUNT_SISA: "sisa", blanks left (a usage report's column 13)
 * @DK_BLANGKO_COUNT_PRR: "prr", PRR waiting for a card
 * @DK_BLANGKO_COUNT_SUKET: "suket", suket issued
 * @DK_BLANGKO_COUNT_NEED: "need", the blanks an office needs
 * @DK_BLANGKO_COUNT_KEPING: "keping", the blanks the plan gives
 * @DK_BLANGKO_COUNT_WEIGHT: "weight", the office's weight in the plan
 * @DK_BLANGKO_COUNT_MASUK: "masuk", blanks in (received)
 * @DK_BLANGKO_COUNT_KELUAR: "keluar", blanks out (distributed)
 * @DK_BLANGKO_COUNT_SALDO: "saldo", the stock or balance after it
 * @DK_BLANGKO_COUNT_WAJIB_KTP: "wajib-ktp", people who must hold a KTP
 * @DK_BLANGKO_COUNT_SUDAH_REKAM: "sudah-rekam", of them, recorded
 * @DK_BLANGKO_COUNT_MEMILIKI_KTP_EL: "memiliki-ktp-el", of them, owning a KTP-el
 * @DK_BLANGKO_COUNT_PEMAKAIAN: "pemakaian", blanks used (column 5)
 * @DK_BLANGKO_COUNT_PINJAM: "pinjam", lent to another office (column 7)
 * @DK_BLANGKO_COUNT_BARU: "baru", new cards printed (column 8)
 * @DK_BLANGKO_COUNT_HILANG: "hilang", printed for lost cards (column 9)
 * @DK_BLANGKO_COUNT_RUSAK: "rusak", printed for damaged cards (column 10)
 * @DK_BLANGKO_COUNT_PERUBAHAN: "perubahan", printed for changed data (column 11)
 * @DK_BLANGKO_COUNT_INVALID: "invalid", spoiled or invalid blanks (column 12)
 *
 * The count columns of the blangko page's tables; each table shows some of them.
 */
typedef enum
{
  DK_BLANGKO_COUNT_SISA,
  DK_BLANGKO_COUNT_PRR,
  DK_BLANGKO_COUNT_SUKET,
  DK_BLANGKO_COUNT_NEED,
  DK_BLANGKO_COUNT_KEPING,
  DK_BLANGKO_COUNT_WEIGHT,
  DK_BLANGKO_COUNT_MASUK,
  DK_BLANGKO_COUNT_KELUAR,
  DK_BLANGKO_COUNT_SALDO,
  DK_BLANGKO_COUNT_WAJIB_KTP,
  DK_BLANGKO_COUNT_SUDAH_REKAM,
  DK_BLANGKO_COUNT_MEMILIKI_KTP_EL,
  DK_BLANGKO_COUNT_PEMAKAIAN,
  DK_BLANGKO_COUNT_PINJAM,
  DK_BLANGKO_COUNT_BARU,
  DK_BLANGKO_COUNT_HILANG,
  DK_BLANGKO_COUNT_RUSAK,
  DK_BLANGKO_COUNT_PERUBAHAN,
  DK_BLANGKO_COUNT_INVALID,
  DK_BLANGKO_N_COUNTS
} DkBlangkoCount;

#define DK_TYPE_BLANGKO_ITEM (dk_blangko_item_get_type ())

G_DECLARE_FINAL_TYPE (DkBlangkoItem, dk_blangko_item, DK, BLANGKO_ITEM, GObject)

DkBlangkoItem *dk_blangko_item_new       (const char    *key);
const char    *dk_blangko_item_get_key   (DkBlangkoItem *self);
void           dk_blangko_item_set_text  (DkBlangkoItem *self,
                                          DkBlangkoText  field,
                                          const char    *text);
const char    *dk_blangko_item_get_text  (DkBlangkoItem *self,
                                          DkBlangkoText  field);
void           dk_blangko_item_set_count (DkBlangkoItem  *self,
                                          DkBlangkoCount  field,
                                          gint64          value);
gint64         dk_blangko_item_get_count (DkBlangkoItem  *self,
                                          DkBlangkoCount  field);
void           dk_blangko_item_set_total (DkBlangkoItem *self,
                                          gboolean       total);

G_END_DECLS
