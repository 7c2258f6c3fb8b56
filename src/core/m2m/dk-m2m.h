/* dk-m2m.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * m2m — the M2M network-device inventory, the main header of src/core/m2m.
 *
 * Owns the dated inventory snapshots per kabupaten/kota office (devices, active devices,
 * remarks), the totals their sources state, the events (switch-offs and switch-ons), the
 * rows and tables shown (dk-m2m-row.h, dk-m2m-table.h), writes, the seed data of the 2025
 * report, its consistency checks (dk-m2m-check.c) and its tables in the history of changes
 * (dk-m2m-history.c).
 *
 * Uses: store, base. Never another domain.
 */
#pragma once

#include <gio/gio.h>

#include "dk-stated.h"
#include "dk-format.h"
#include "dk-history.h"
#include "dk-store.h"

G_BEGIN_DECLS

/* ------------------------------------------------------------------ rows */

#include "dk-m2m-row.h"
#include "dk-m2m-table.h"


const char *dk_m2m_column_title            (const char  *kolom);

/* ---------------------------------------------------------------- events */

typedef enum
{
  DK_M2M_EVENT_DEACTIVATED,
  DK_M2M_EVENT_REACTIVATED,
  DK_M2M_EVENT_ADDED,
  DK_M2M_EVENT_BROKEN,
  DK_M2M_EVENT_REPORTED,
  DK_M2M_EVENT_OTHER,
  DK_M2M_N_EVENT_KINDS
} DkM2mEventKind;

/**
 * DkM2mEvent:
 * @id: its row id, 0 for a new event
 * @tanggal: its date, YYYY-MM-DD
 * @month_only: only the month is known; the day is the first
 * @kode: (nullable): the office it concerns, %NULL for a national event
 * @kind: what happened
 * @catatan: a note
 */
typedef struct
{
  gint64          id;
  char            tanggal[11];
  gboolean        month_only;
  char           *kode;
  DkM2mEventKind  kind;
  char           *catatan;
} DkM2mEvent;

void            dk_m2m_event_free            (DkM2mEvent      *event);
const char     *dk_m2m_event_kind_to_string  (DkM2mEventKind   kind);
DkM2mEventKind  dk_m2m_event_kind_from_string (const char     *str);
const char     *dk_m2m_event_kind_label      (DkM2mEventKind   kind);
char           *dk_m2m_event_format_date     (const DkM2mEvent *event);
GPtrArray      *dk_m2m_list_events           (DkStore          *store,
                                              GError          **error);
gboolean        dk_m2m_add_event             (DkStore          *store,
                                              const DkM2mEvent *event,
                                              GError          **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkM2mEvent, dk_m2m_event_free)

/* ------------------------------------------------------- history, writing */

/**
 * DkM2mPoint:
 * @as_of: a snapshot's date
 * @perangkat: devices of all offices
 * @aktif: active devices of all offices
 */
typedef struct
{
  char   as_of[11];
  gint64 perangkat;
  gint64 aktif;
} DkM2mPoint;

/**
 * DkM2mOutage:
 * @kode: the office's region
 * @wilayah: its name
 * @no_device: it has no device at all (otherwise none of its devices is active)
 * @since: the first snapshot from which it has been so, YYYY-MM-DD
 * @since_first: the condition already held in the first snapshot, so it began earlier
 */
typedef struct
{
  char     *kode;
  char     *wilayah;
  gboolean  no_device;
  char      since[11];
  gboolean  since_first;
} DkM2mOutage;

/**
 * DkM2mInput:
 * @kode: the region
 * @perangkat: its devices
 * @aktif: of which active
 * @keterangan: (nullable): a note
 */
typedef struct
{
  const char *kode;
  gint64      perangkat;
  gint64      aktif;
  const char *keterangan;
} DkM2mInput;

GStrv      dk_m2m_list_dates       (DkStore              *store,
                                    GError              **error);
GArray    *dk_m2m_trend            (DkStore              *store,
                                    const char           *parent,
                                    GError              **error);
GPtrArray *dk_m2m_outages          (DkStore              *store,
                                    const char           *parent,
                                    const char           *as_of,
                                    GError              **error);
void       dk_m2m_outage_free      (DkM2mOutage          *outage);
gboolean   dk_m2m_validate_input   (DkStore              *store,
                                    const char           *parent,
                                    const DkM2mInput     *rows,
                                    gsize                 n_rows,
                                    GError              **error);
gboolean   dk_m2m_replace_snapshot (DkStore              *store,
                                    const char           *as_of,
                                    const char           *parent,
                                    const char           *source,
                                    const DkM2mInput     *rows,
                                    gsize                 n_rows,
                                    const DkStatedInput  *stated,
                                    gsize                 n_stated,
                                    GError              **error);

/* Its consistency checks, for `check`: adds a DkFinding to @findings for each problem. */
gboolean dk_m2m_check (DkStore              *store,
                       const DkNumberFormat *fmt,
                       GPtrArray            *findings,
                       GError              **error);

/* Its tables in the history of changes, for undo. */
const DkHistoryTable *const *dk_m2m_history_tables (void);

/* Its seed data, for dk_domains_open(). */
gboolean dk_m2m_seed (DkStore  *store,
                      GError  **error);

G_END_DECLS
