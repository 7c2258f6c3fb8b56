/* dk-stated.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-store.h"

G_BEGIN_DECLS

/**
 * DkStatedTotal:
 * @tabel: the table, e.g. "m2m"
 * @ref: the snapshot's date or the year
 * @kode: the region or budget line the total is of
 * @kolom: the column, e.g. "jumlah_perangkat"
 * @label: what the source called the row ("Total")
 * @has_value: %FALSE when the source printed the cell blank or "-"
 * @nilai: the value printed
 *
 * A total a source prints under its rows, kept as printed so that it can be compared
 * with the sum of the rows rather than silently replaced by it.
 */
typedef struct
{
  char     *tabel;
  char     *ref;
  char     *kode;
  char     *kolom;
  char     *label;
  gboolean  has_value;
  gint64    nilai;
} DkStatedTotal;

/**
 * DkStatedInput:
 * @kolom: the column
 * @has_value: whether the source printed a number
 * @nilai: the number
 * @label: the row's label in the source
 */
typedef struct
{
  const char *kolom;
  gboolean    has_value;
  gint64      nilai;
  const char *label;
} DkStatedInput;

void       dk_stated_total_free  (DkStatedTotal  *total);
GPtrArray *dk_stated_total_list  (DkStore        *store,
                                  const char     *tabel,
                                  const char     *ref,
                                  GError        **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DkStatedTotal, dk_stated_total_free)

G_END_DECLS
