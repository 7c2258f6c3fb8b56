/* dk-m2m-office-row.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define DK_TYPE_M2M_OFFICE_ROW (dk_m2m_office_row_get_type ())

G_DECLARE_FINAL_TYPE (DkM2mOfficeRow, dk_m2m_office_row, DK, M2M_OFFICE_ROW, AdwActionRow)

DkM2mOfficeRow *dk_m2m_office_row_new          (const char     *kode,
                                                const char     *wilayah);
const char     *dk_m2m_office_row_get_kode     (DkM2mOfficeRow *self);
const char     *dk_m2m_office_row_get_wilayah  (DkM2mOfficeRow *self);
int             dk_m2m_office_row_get_devices  (DkM2mOfficeRow *self);
int             dk_m2m_office_row_get_active   (DkM2mOfficeRow *self);
void            dk_m2m_office_row_set_figures  (DkM2mOfficeRow *self,
                                                int             devices,
                                                int             active);
void            dk_m2m_office_row_focus_active (DkM2mOfficeRow *self);

G_END_DECLS
