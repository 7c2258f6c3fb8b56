/* dk-finding.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * base: one finding of the consistency checks. Each domain's check adds its findings
 * with dk_findings_add(); `check` (src/core/check) collects them. Uses only dk-format.
 */
#pragma once

#include "dk-format.h"

G_BEGIN_DECLS

/**
 * DkFinding:
 * @table: the table, as the report names it ("IKD", "M2M", "Anggaran"…)
 * @ref: the snapshot's date, the year or the activity
 * @kode: the region or budget line concerned
 * @column: the column concerned, as the report heads it
 * @message: the whole finding in one sentence, translated
 *
 * One inconsistency in the data: a stated total that differs from the sum of its rows, a
 * count that exceeds what it counts, a printed percentage that does not follow from its
 * figures.
 */
typedef struct
{
  char *table;
  char *ref;
  char *kode;
  char *column;
  char *message;
} DkFinding;

void dk_finding_free        (DkFinding            *finding);
void dk_findings_add        (GPtrArray            *findings,
                                const char           *table,
                                const char           *ref,
                                const char           *kode,
                                const char           *column,
                                const char           *format,
                                ...) G_GNUC_PRINTF (6, 7);
void dk_findings_add_stated (GPtrArray            *findings,
                             const DkNumberFormat *fmt,
                             const char           *table,
                             const char           *ref,
                             const char           *wilayah,
                             const char           *kode,
                             const char           *column,
                             gint64                stated,
                             gint64                computed);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkFinding, dk_finding_free)

G_END_DECLS
