/* dk-m2m-row.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkM2mRow: one office's M2M devices, a row of the report's table.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DK_TYPE_M2M_ROW (dk_m2m_row_get_type ())

G_DECLARE_FINAL_TYPE (DkM2mRow, dk_m2m_row, DK, M2M_ROW, GObject)

DkM2mRow   *dk_m2m_row_new            (guint       number,
                                       const char *kode,
                                       const char *wilayah,
                                       gint64      perangkat,
                                       gint64      aktif,
                                       const char *keterangan);
guint       dk_m2m_row_get_number     (DkM2mRow   *self);
const char *dk_m2m_row_get_kode       (DkM2mRow   *self);
const char *dk_m2m_row_get_wilayah    (DkM2mRow   *self);
gint64      dk_m2m_row_get_perangkat  (DkM2mRow   *self);
gint64      dk_m2m_row_get_aktif      (DkM2mRow   *self);
gint64      dk_m2m_row_get_tidak_aktif (DkM2mRow  *self);
const char *dk_m2m_row_get_keterangan (DkM2mRow   *self);
int         dk_m2m_row_get_active_bp  (DkM2mRow   *self);

/* ----------------------------------------------------------------- table */

G_END_DECLS
