/* dk-ikd-row.h — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * DkIkdRow: one region's IKD figures, a row of the report's table.
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define DK_TYPE_IKD_ROW (dk_ikd_row_get_type ())

G_DECLARE_FINAL_TYPE (DkIkdRow, dk_ikd_row, DK, IKD_ROW, GObject)

DkIkdRow   *dk_ikd_row_new               (guint       number,
                                          const char *kode,
                                          const char *wilayah,
                                          gint64      rekam_dinamis,
                                          gint64      jumlah_ikd,
                                          int         target_bp);
guint       dk_ikd_row_get_number        (DkIkdRow   *self);
const char *dk_ikd_row_get_kode          (DkIkdRow   *self);
const char *dk_ikd_row_get_wilayah       (DkIkdRow   *self);
gint64      dk_ikd_row_get_rekam_dinamis (DkIkdRow   *self);
gint64      dk_ikd_row_get_jumlah_ikd    (DkIkdRow   *self);
int         dk_ikd_row_get_persen_bp     (DkIkdRow   *self);
double      dk_ikd_row_get_coverage      (DkIkdRow   *self);
gint64      dk_ikd_row_get_kekurangan    (DkIkdRow   *self);
gboolean    dk_ikd_row_get_target_met    (DkIkdRow   *self);
int         dk_ikd_row_get_target_bp     (DkIkdRow   *self);
guint       dk_ikd_row_get_n_parts       (DkIkdRow   *self);
gboolean    dk_ikd_row_get_partial       (DkIkdRow   *self);

G_END_DECLS
