/* dk-pks.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Data-access agreements (Perjanjian Kerja Sama, PKS): the institutions that use population
 * data (lembaga pengguna), their agreements (numbers, term, data, access mechanism, IP
 * addresses, security certificate), the state of each agreement's access, the six steps of
 * the SOP "Pemberian Hak Akses Pemanfaatan Data Kependudukan" with their time standards in
 * working days, and the holidays those skip. It owns the pks_* tables; it uses the store and
 * base, nothing else.
 *
 * The rule of the Rakornas 2024 (seed 001, B.3.c.1): an agreement whose term has ended has
 * its access switched off until its extension is issued. Dates are YYYY-MM-DD; "as of" is
 * the day the register is looked at (today unless given).
 */
#pragma once

#include <gio/gio.h>

#include "dk-finding.h"
#include "dk-history.h"
#include "dk-store.h"

G_BEGIN_DECLS

/* An agreement whose end is this many days away or fewer is "expiring". */
#define DK_PKS_EXPIRING_DAYS 90
#define DK_PKS_N_STEPS 6

/* ----------------------------------------------------------- calendar */

char       *dk_pks_today                (void);
gboolean    dk_pks_add_months           (const char  *iso,
                                         int          months,
                                         char         out[11]);
gboolean    dk_pks_term_end             (const char  *signed_on,
                                         guint        months,
                                         char         out[11]);
int         dk_pks_days_between         (const char  *from,
                                         const char  *to);
gboolean    dk_pks_is_working_day       (const char  *iso,
                                         GHashTable  *holidays);
gboolean    dk_pks_add_working_days     (const char  *from,
                                         guint        n,
                                         GHashTable  *holidays,
                                         char         out[11]);
int         dk_pks_working_days_between (const char  *from,
                                         const char  *to,
                                         GHashTable  *holidays);

/* ----------------------------------------------------------- register */

/**
 * DkPksMechanism:
 * @DK_PKS_CARD_READER: a KTP-el card reader
 * @DK_PKS_WEB_SERVICE: a web service called from the institution's application
 * @DK_PKS_WEB_PORTAL: the web portal, for an institution without a service application
 *
 * How an institution reaches the data (SOP 003, "Pencatatan dan Pendataan").
 */
typedef enum
{
  DK_PKS_CARD_READER,
  DK_PKS_WEB_SERVICE,
  DK_PKS_WEB_PORTAL,
  DK_PKS_N_MECHANISMS
} DkPksMechanism;

const char *dk_pks_mechanism_to_string   (DkPksMechanism  mechanism);
gboolean    dk_pks_mechanism_from_string (const char     *str,
                                          DkPksMechanism *mechanism);
const char *dk_pks_mechanism_label       (DkPksMechanism  mechanism);

/**
 * DkPksAccess:
 * @DK_PKS_REQUESTED: requested (diajukan): the SOP is under way
 * @DK_PKS_GRANTED: granted and on (dibuka)
 * @DK_PKS_SWITCHED_OFF: switched off (dimatikan), as when the term ended
 * @DK_PKS_ENDED: ended (berakhir): the cooperation is over
 *
 * The state of an agreement's access.
 */
typedef enum
{
  DK_PKS_REQUESTED,
  DK_PKS_GRANTED,
  DK_PKS_SWITCHED_OFF,
  DK_PKS_ENDED,
  DK_PKS_N_ACCESS
} DkPksAccess;

const char *dk_pks_access_to_string   (DkPksAccess  access);
gboolean    dk_pks_access_from_string (const char  *str,
                                       DkPksAccess *access);
const char *dk_pks_access_label       (DkPksAccess  access);

/**
 * DkPksStatus:
 * @DK_PKS_STATUS_REQUESTED: in its term, access not granted yet
 * @DK_PKS_STATUS_ACTIVE: in its term, access on
 * @DK_PKS_STATUS_OFF: in its term, access switched off
 * @DK_PKS_STATUS_MUST_SWITCH_OFF: its term has ended and its access is still on: switch
 *   it off (rule 001)
 * @DK_PKS_STATUS_EXPIRED: its term has ended, access off: waiting for an extension
 * @DK_PKS_STATUS_ENDED: the cooperation is over
 *
 * An agreement's status as of a date, from its end date and its access.
 */
typedef enum
{
  DK_PKS_STATUS_REQUESTED,
  DK_PKS_STATUS_ACTIVE,
  DK_PKS_STATUS_OFF,
  DK_PKS_STATUS_MUST_SWITCH_OFF,
  DK_PKS_STATUS_EXPIRED,
  DK_PKS_STATUS_ENDED,
  DK_PKS_N_STATUSES
} DkPksStatus;

const char *dk_pks_status_to_string (DkPksStatus status);
const char *dk_pks_status_label     (DkPksStatus status);

/**
 * DkPksInstitution:
 * @id: its row id
 * @nama: its name
 * @jenis: its kind (bank, rumah sakit, BPJS, OPD…)
 * @alamat: its address
 * @kontak: its contact (person, telephone, e-mail)
 * @n_agreements: its agreements
 */
typedef struct
{
  gint64  id;
  char   *nama;
  char   *jenis;
  char   *alamat;
  char   *kontak;
  guint   n_agreements;
} DkPksInstitution;

/**
 * DkPksAgreementInput:
 * @lembaga: the institution's name; recorded with @jenis when it is new
 * @jenis: (nullable): a new institution's kind
 * @nomor: the agreement's number on the office's side
 * @nomor_lembaga: (nullable): its number on the institution's side
 * @ditandatangani: the date it was signed
 * @jangka_bulan: its term in months, when @berakhir is %NULL
 * @berakhir: (nullable): its last day
 * @data: (nullable): the data it covers
 * @mechanism: the access mechanism
 * @ip: (nullable): the IP addresses granted, separated by commas or spaces
 * @sertifikat: (nullable): the institution's security certificate
 * @sertifikat_berakhir: (nullable): its expiry
 * @diajukan: (nullable): the date the access was requested (default: @ditandatangani)
 */
typedef struct
{
  const char     *lembaga;
  const char     *jenis;
  const char     *nomor;
  const char     *nomor_lembaga;
  const char     *ditandatangani;
  guint           jangka_bulan;
  const char     *berakhir;
  const char     *data;
  DkPksMechanism  mechanism;
  const char     *ip;
  const char     *sertifikat;
  const char     *sertifikat_berakhir;
  const char     *diajukan;
} DkPksAgreementInput;

/**
 * DkPksAgreement:
 * @id: its row id
 * @lembaga_id: its institution
 * @lembaga: the institution's name
 * @jenis: the institution's kind
 * @nomor: its number on the office's side
 * @nomor_lembaga: its number on the institution's side
 * @ditandatangani: the date it was signed
 * @jangka_bulan: its term in months, 0 when an end date was given
 * @berakhir_awal: its end date as signed
 * @berakhir: its end date after its extensions
 * @n_extensions: its extensions
 * @data: the data it covers
 * @mechanism: the access mechanism
 * @ip: the IP addresses granted
 * @sertifikat: the security certificate, or empty
 * @sertifikat_berakhir: its expiry, or empty
 * @diajukan: the date the access was requested
 * @access: the state of its access now
 * @access_since: that state's date
 * @as_of: the date the rest is computed for
 * @status: its status as of @as_of
 * @days_left: days from @as_of to @berakhir (negative once it has ended)
 * @next_step: the SOP's first step not done (1…6), or 0 when all are done
 * @due: the date @next_step is due, or empty when it has no time standard
 * @late_days: working days @next_step is late by as of @as_of, 0 when it is not
 */
typedef struct
{
  gint64          id;
  gint64          lembaga_id;
  char           *lembaga;
  char           *jenis;
  char           *nomor;
  char           *nomor_lembaga;
  char            ditandatangani[11];
  guint           jangka_bulan;
  char            berakhir_awal[11];
  char            berakhir[11];
  guint           n_extensions;
  char           *data;
  DkPksMechanism  mechanism;
  char           *ip;
  char           *sertifikat;
  char            sertifikat_berakhir[11];
  char            diajukan[11];
  DkPksAccess     access;
  char            access_since[11];
  char            as_of[11];
  DkPksStatus     status;
  int             days_left;
  guint           next_step;
  char            due[11];
  int             late_days;
} DkPksAgreement;

/**
 * DkPksEvent:
 * @tanggal: its date
 * @what: an access state (diajukan, dibuka, dimatikan, berakhir) or "perpanjangan"
 * @nomor: an extension's number
 * @berakhir: an extension's new end date
 *
 * One line of an agreement's record: a change of its access or an extension.
 */
typedef struct
{
  char  tanggal[11];
  char *what;
  char *nomor;
  char  berakhir[11];
} DkPksEvent;

void            dk_pks_institution_free (DkPksInstitution          *institution);
void            dk_pks_agreement_free   (DkPksAgreement            *agreement);
void            dk_pks_event_free       (DkPksEvent                *event);

GPtrArray      *dk_pks_institutions     (DkStore                   *store,
                                         GError                   **error);
gboolean        dk_pks_institution_set  (DkStore                   *store,
                                         const DkPksInstitution    *institution,
                                         gint64                    *id,
                                         GError                   **error);
gboolean        dk_pks_agreement_add    (DkStore                   *store,
                                         const DkPksAgreementInput *input,
                                         gint64                    *id,
                                         GError                   **error);
DkPksAgreement *dk_pks_agreement_get    (DkStore                   *store,
                                         gint64                     id,
                                         const char                *as_of,
                                         GError                   **error);
GPtrArray      *dk_pks_agreements       (DkStore                   *store,
                                         const char                *as_of,
                                         GError                   **error);
GPtrArray      *dk_pks_events           (DkStore                   *store,
                                         gint64                     id,
                                         GError                   **error);
gboolean        dk_pks_extend           (DkStore                   *store,
                                         gint64                     id,
                                         const char                *tanggal,
                                         const char                *nomor,
                                         const char                *berakhir,
                                         GError                   **error);
gboolean        dk_pks_set_access       (DkStore                   *store,
                                         gint64                     id,
                                         DkPksAccess                access,
                                         const char                *tanggal,
                                         GError                   **error);
gboolean        dk_pks_is_expiring      (const DkPksAgreement      *agreement,
                                         int                        days);

/**
 * DkPksSummary:
 * @n_active: agreements in their term (not ended)
 * @n_expiring: of which ending within %DK_PKS_EXPIRING_DAYS days
 * @n_must_switch_off: agreements past their end with access still on
 * @n_late: requests late at a step of the SOP
 */
typedef struct
{
  guint n_active;
  guint n_expiring;
  guint n_must_switch_off;
  guint n_late;
} DkPksSummary;

void            dk_pks_summarize        (GPtrArray                 *agreements,
                                         DkPksSummary              *summary);

/* --------------------------------------------------------------- SOP */

/**
 * DkPksTimeUnit:
 * @DK_PKS_NO_STANDARD: the SOP gives no time (the institution's own drafting)
 * @DK_PKS_MINUTES: minutes: due the working day the step before was done
 * @DK_PKS_DAYS: days, counted as working days
 * @DK_PKS_WORKING_DAYS: working days
 */
typedef enum
{
  DK_PKS_NO_STANDARD,
  DK_PKS_MINUTES,
  DK_PKS_DAYS,
  DK_PKS_WORKING_DAYS,
} DkPksTimeUnit;

/**
 * DkPksStepInfo:
 * @number: 1…6
 * @actor: who does it (pelaksana), as the SOP names them
 * @activity: (translatable): what is done, in short
 * @documents: (array zero-terminated=1): its checklist (persyaratan/kelengkapan)
 * @unit: the unit of its time standard
 * @amount: its time standard in @unit
 */
typedef struct
{
  guint          number;
  const char    *actor;
  const char    *activity;
  const char    *documents[4];
  DkPksTimeUnit  unit;
  guint          amount;
} DkPksStepInfo;

const DkPksStepInfo *dk_pks_step_info     (guint                 number);
char                *dk_pks_step_time     (const DkPksStepInfo  *info);
guint                dk_pks_step_all_documents (const DkPksStepInfo *info);
gboolean             dk_pks_step_due      (const DkPksStepInfo  *info,
                                           const char           *previous_done,
                                           GHashTable           *holidays,
                                           char                  out[11]);

/**
 * DkPksStep:
 * @number: 1…6
 * @selesai: the date it was done, or empty
 * @oleh: by whom
 * @dokumen: the documents of its checklist that were there, a bit each
 * @due: the date it is due, or empty (no time standard, or the step before not done)
 * @late_days: working days it was done late by, or is late by as of the date asked for
 */
typedef struct
{
  guint  number;
  char   selesai[11];
  char  *oleh;
  guint  dokumen;
  char   due[11];
  int    late_days;
} DkPksStep;

void        dk_pks_step_free   (DkPksStep    *step);
GPtrArray  *dk_pks_steps       (DkStore      *store,
                                gint64        id,
                                const char   *as_of,
                                GError      **error);
gboolean    dk_pks_step_done   (DkStore      *store,
                                gint64        id,
                                guint         number,
                                const char   *selesai,
                                const char   *oleh,
                                guint         dokumen,
                                GError      **error);

/**
 * DkPksHoliday:
 * @tanggal: the day
 * @nama: its name
 */
typedef struct
{
  char  tanggal[11];
  char *nama;
} DkPksHoliday;

void        dk_pks_holiday_free   (DkPksHoliday  *holiday);
GPtrArray  *dk_pks_holiday_list   (DkStore       *store,
                                   GError       **error);
GHashTable *dk_pks_holidays       (DkStore       *store,
                                   GError       **error);
gboolean    dk_pks_holiday_add    (DkStore       *store,
                                   const char    *tanggal,
                                   const char    *nama,
                                   GError       **error);
gboolean    dk_pks_holiday_remove (DkStore       *store,
                                   const char    *tanggal,
                                   GError       **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkPksInstitution, dk_pks_institution_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkPksAgreement, dk_pks_agreement_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkPksEvent, dk_pks_event_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkPksStep, dk_pks_step_free)
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkPksHoliday, dk_pks_holiday_free)

/* Its checks, for `check`, as of @as_of (today when %NULL): an agreement past its end with
 * its access on, a request late at a step, an expired security certificate. */
gboolean dk_pks_check (DkStore     *store,
                       const char  *as_of,
                       GPtrArray   *findings,
                       GError     **error);

/* Its tables in the history of changes, for undo. */
const DkHistoryTable *const *dk_pks_history_tables (void);

G_END_DECLS
