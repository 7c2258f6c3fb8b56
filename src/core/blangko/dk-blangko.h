/* dk-blangko.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blank KTP-el cards (blangko): the province's stock ledger, the kabupaten/kota offices'
 * daily reports and what follows from them (pace, days of stock left, run-out date, need),
 * the KTP-el coverage table and who signs the reports. The allocation planner is in
 * dk-blangko-plan.h, the monthly usage report in dk-blangko-usage.h.
 *
 * Every count is a number of blank cards (keping).
 *
 * The main header of src/core/blangko; the domain also owns its consistency checks
 * (dk_blangko_check) and its tables in the history of changes (dk-blangko-history.c).
 * Uses: store, base. Never another domain.
 */
#pragma once

#include <gio/gio.h>

#include "dk-format.h"
#include "dk-history.h"
#include "dk-store.h"

G_BEGIN_DECLS

/* The daily reports that make an office's pace, PRR and Suket: those of the days up to
 * and including the date asked for. */
#define DK_BLANGKO_WINDOW_DAYS 30

/* ---------------------------------------------------------------- ledger */

/**
 * DkBlangkoMethod:
 * @DK_BLANGKO_COLLECTED: the office collected the blanks at the province (dijemput)
 * @DK_BLANGKO_DELIVERED: province staff took them to the office (diantar)
 * @DK_BLANGKO_COURIER: sent by a courier (ekspedisi)
 *
 * How blanks went from the province to an office.
 */
typedef enum
{
  DK_BLANGKO_COLLECTED,
  DK_BLANGKO_DELIVERED,
  DK_BLANGKO_COURIER,
  DK_BLANGKO_N_METHODS
} DkBlangkoMethod;

const char *dk_blangko_method_to_string   (DkBlangkoMethod  method);
gboolean    dk_blangko_method_from_string (const char      *str,
                                           DkBlangkoMethod *method);
const char *dk_blangko_method_label       (DkBlangkoMethod  method);

typedef enum
{
  DK_BLANGKO_RECEIPT,
  DK_BLANGKO_DISTRIBUTION,
} DkBlangkoEntryKind;

/**
 * DkBlangkoEntry:
 * @id: its row id
 * @kind: a receipt from the centre or a distribution to an office
 * @tanggal: its date, YYYY-MM-DD
 * @nomor: the number of its berita acara serah terima (receipt) or BAST (distribution)
 * @keping: the blanks
 * @kode: (nullable): a distribution's office
 * @wilayah: (nullable): its name as reports print it
 * @method: how a distribution went
 * @rencana_id: the approved plan a distribution belongs to, or 0
 * @catatan: a note
 * @saldo: the province's stock after the entry (receipts of a day count before its
 *   distributions)
 */
typedef struct
{
  gint64              id;
  DkBlangkoEntryKind  kind;
  char                tanggal[11];
  char               *nomor;
  gint64              keping;
  char               *kode;
  char               *wilayah;
  DkBlangkoMethod     method;
  gint64              rencana_id;
  char               *catatan;
  gint64              saldo;
} DkBlangkoEntry;

/**
 * DkBlangkoDistributionInput:
 * @tanggal: the date, YYYY-MM-DD
 * @kode: the kabupaten/kota office
 * @nomor_bast: (nullable): the BAST number
 * @keping: the blanks, more than 0
 * @method: how they went
 * @catatan: (nullable): a note
 */
typedef struct
{
  const char      *tanggal;
  const char      *kode;
  const char      *nomor_bast;
  gint64           keping;
  DkBlangkoMethod  method;
  const char      *catatan;
} DkBlangkoDistributionInput;

/**
 * DkBlangkoStock:
 * @as_of: the date
 * @received: blanks received from the centre up to it
 * @distributed: blanks distributed to the offices up to it
 * @stock: received − distributed
 * @n_receipts: receipts up to it
 * @n_distributions: distributions up to it
 * @last_receipt: the latest receipt's date, or empty
 */
typedef struct
{
  char   as_of[11];
  gint64 received;
  gint64 distributed;
  gint64 stock;
  guint  n_receipts;
  guint  n_distributions;
  char   last_receipt[11];
} DkBlangkoStock;

void       dk_blangko_entry_free        (DkBlangkoEntry   *entry);
gboolean   dk_blangko_stock_at          (DkStore          *store,
                                         const char       *as_of,
                                         DkBlangkoStock   *stock,
                                         GError          **error);
GPtrArray *dk_blangko_list_ledger       (DkStore          *store,
                                         const char       *from,
                                         const char       *to,
                                         GError          **error);
gboolean   dk_blangko_add_receipt       (DkStore          *store,
                                         const char       *tanggal,
                                         const char       *nomor_ba,
                                         gint64            keping,
                                         const char       *catatan,
                                         gint64           *id,
                                         GError          **error);
gboolean   dk_blangko_add_distribution  (DkStore          *store,
                                         const DkBlangkoDistributionInput *input,
                                         gint64           *id,
                                         GError          **error);
gboolean   dk_blangko_set_distribution_number (DkStore    *store,
                                               gint64      id,
                                               const char *nomor_bast,
                                               GError    **error);
gboolean   dk_blangko_delete_entry      (DkStore          *store,
                                         DkBlangkoEntryKind kind,
                                         gint64            id,
                                         GError          **error);
GArray    *dk_blangko_stock_trend       (DkStore          *store,
                                         GError          **error);

/**
 * DkBlangkoStockPoint:
 * @tanggal: a day with entries
 * @stock: the province's stock at its end
 * @received: received that day
 * @distributed: distributed that day
 */
typedef struct
{
  char   tanggal[11];
  gint64 stock;
  gint64 received;
  gint64 distributed;
} DkBlangkoStockPoint;

/* -------------------------------------------------------- daily reports */

/**
 * DkBlangkoDaily:
 * @kode: the kabupaten/kota office
 * @tanggal: the day, YYYY-MM-DD
 * @sisa: blanks left at the end of the day
 * @cetak: cards printed that day
 * @prr: print-ready records waiting for a card
 * @suket: substitute letters (Suket) issued that day
 */
typedef struct
{
  char   *kode;
  char    tanggal[11];
  gint64  sisa;
  gint64  cetak;
  gint64  prr;
  gint64  suket;
} DkBlangkoDaily;

void       dk_blangko_daily_free  (DkBlangkoDaily        *daily);
gboolean   dk_blangko_set_daily   (DkStore               *store,
                                   const DkBlangkoDaily  *daily,
                                   GError               **error);
gboolean   dk_blangko_delete_daily (DkStore              *store,
                                    const char           *kode,
                                    const char           *tanggal,
                                    GError              **error);
GPtrArray *dk_blangko_list_daily  (DkStore               *store,
                                   const char            *kode,
                                   const char            *from,
                                   const char            *to,
                                   GError               **error);

/**
 * DkBlangkoOffice:
 * @kode: the kabupaten/kota
 * @wilayah: its name as reports print it
 * @has_report: it sent a daily report in the window; without one the other figures
 *   are 0
 * @report_date: its latest report's date in the window
 * @sisa_reported: blanks left in that report
 * @since_report: blanks the province distributed to it after that report, up to the
 *   date asked for
 * @sisa: its stock: @sisa_reported + @since_report
 * @printed: cards printed in the window's reports
 * @n_days: calendar days from its first to its latest report in the window
 * @prr: print-ready records in its latest report
 * @suket: Suket issued in the window's reports
 * @runs_out: it prints, so its stock runs out (%FALSE when it printed nothing in the
 *   window and has stock: no date can be told)
 * @days_left_x10: days of stock left, in tenths, rounded down: 10 × @sisa ÷ (pace)
 * @run_out: the day its stock runs out: @report_date + ⌈@sisa ÷ pace⌉, when @runs_out
 * @until: the date the need is counted to
 * @need: blanks it needs until @until: max(0, ⌈pace × (@until − @report_date)⌉ + @prr
 *   − @sisa)
 *
 * An office's blank-card position, from its daily reports. The pace (average daily
 * printing) is @printed ÷ @n_days cards a day: days without a report count as days
 * without printing.
 */
typedef struct
{
  char     *kode;
  char     *wilayah;
  gboolean  has_report;
  char      report_date[11];
  gint64    sisa_reported;
  gint64    since_report;
  gint64    sisa;
  gint64    printed;
  guint     n_days;
  gint64    prr;
  gint64    suket;
  gboolean  runs_out;
  gint64    days_left_x10;
  char      run_out[11];
  char      until[11];
  gint64    need;
} DkBlangkoOffice;

void       dk_blangko_office_free    (DkBlangkoOffice   *office);
GPtrArray *dk_blangko_offices        (DkStore           *store,
                                      const char        *parent,
                                      const char        *as_of,
                                      const char        *until,
                                      GError           **error);
gint64     dk_blangko_office_pace_x100 (const DkBlangkoOffice *office);
int        dk_blangko_office_compare_days (const DkBlangkoOffice *a,
                                           const DkBlangkoOffice *b);

/* -------------------------------------------------------------- coverage */

/**
 * DkBlangkoCoverage:
 * @kode: the region
 * @wilayah: its name as reports print it
 * @per: the date of the figures
 * @wajib_ktp: residents who must hold a KTP
 * @sudah_rekam: of whom recorded
 * @memiliki_ktp_el: of whom own a KTP-el
 * @dicetak_keping: cards printed, or -1 when the source does not give it
 * @prr: print-ready records, or -1
 * @sfe: records sent for enrollment, or -1
 * @duplicate_record: duplicate records, or -1
 * @rekam_bp: recorded ÷ wajib KTP, hundredths of a percent, rounded half up
 * @ktp_el_bp: owning a KTP-el ÷ wajib KTP, hundredths of a percent
 * @sumber: the source
 */
typedef struct
{
  char   *kode;
  char   *wilayah;
  char    per[11];
  gint64  wajib_ktp;
  gint64  sudah_rekam;
  gint64  memiliki_ktp_el;
  gint64  dicetak_keping;
  gint64  prr;
  gint64  sfe;
  gint64  duplicate_record;
  int     rekam_bp;
  int     ktp_el_bp;
  char   *sumber;
} DkBlangkoCoverage;

void       dk_blangko_coverage_free  (DkBlangkoCoverage       *coverage);
GStrv      dk_blangko_coverage_dates (DkStore                 *store,
                                      GError                 **error);
GPtrArray *dk_blangko_coverage_list  (DkStore                 *store,
                                      const char              *per,
                                      GError                 **error);
gboolean   dk_blangko_coverage_set   (DkStore                 *store,
                                      const DkBlangkoCoverage *coverage,
                                      GError                 **error);

/* ------------------------------------------------------------ signatory */

/**
 * DkBlangkoSigner:
 * @jabatan: the position ("Kepala Dinas")
 * @nama: the name, with titles
 * @pangkat: the civil-service rank ("Pembina Utama Muda")
 * @nip: the civil-servant number
 * @tempat: the place written before the date ("Padang")
 *
 * Who signs a region's blangko reports. Empty fields are printed as lines to fill by hand.
 */
typedef struct
{
  char *jabatan;
  char *nama;
  char *pangkat;
  char *nip;
  char *tempat;
} DkBlangkoSigner;

void             dk_blangko_signer_free (DkBlangkoSigner       *signer);
DkBlangkoSigner *dk_blangko_signer_get  (DkStore               *store,
                                         const char            *kode,
                                         GError               **error);
gboolean         dk_blangko_signer_set  (DkStore               *store,
                                         const char            *kode,
                                         const DkBlangkoSigner *signer,
                                         GError               **error);

/* --------------------------------------------------------------- shared */

gboolean   dk_blangko_check_office  (DkStore     *store,
                                     const char  *kode,
                                     GError     **error);
char      *dk_blangko_today         (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBlangkoEntry, dk_blangko_entry_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBlangkoDaily, dk_blangko_daily_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBlangkoOffice, dk_blangko_office_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBlangkoCoverage, dk_blangko_coverage_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkBlangkoSigner, dk_blangko_signer_free)

/* Its consistency checks, for `check`: adds a DkFinding to @findings for each problem. */
gboolean dk_blangko_check (DkStore              *store,
                           GPtrArray            *findings,
                           GError              **error);

/* Its tables in the history of changes, for undo. */
const DkHistoryTable *const *dk_blangko_history_tables (void);

/* Its seed data, for dk_domains_open(). */
gboolean dk_blangko_seed (DkStore  *store,
                          GError  **error);

G_END_DECLS
