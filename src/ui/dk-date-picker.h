/* dk-date-picker.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DK_TYPE_DATE_PICKER (dk_date_picker_get_type ())

G_DECLARE_FINAL_TYPE (DkDatePicker, dk_date_picker, DK, DATE_PICKER, GtkWidget)

void        dk_date_picker_set_dates    (DkDatePicker *self,
                                         const char * const *dates);
const char *dk_date_picker_get_selected (DkDatePicker *self);
gboolean    dk_date_picker_is_latest    (DkDatePicker *self);
gboolean    dk_date_picker_select       (DkDatePicker *self,
                                         const char   *date);

G_END_DECLS
