/* dk-m2m-figures-dialog.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dk-store.h"

G_BEGIN_DECLS

#define DK_TYPE_M2M_FIGURES_DIALOG (dk_m2m_figures_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DkM2mFiguresDialog, dk_m2m_figures_dialog, DK, M2M_FIGURES_DIALOG, AdwWindow)

DkM2mFiguresDialog *dk_m2m_figures_dialog_new      (GtkWindow          *parent,
                                                    DkStore            *store,
                                                    const char         *region);
void                dk_m2m_figures_dialog_set_date (DkM2mFiguresDialog *self,
                                                    const char         *date);
void                dk_m2m_figures_dialog_set_figures (DkM2mFiguresDialog *self,
                                                       const char         *kode,
                                                       int                 perangkat,
                                                       int                 aktif);
gboolean            dk_m2m_figures_dialog_save     (DkM2mFiguresDialog *self);
GStrv               dk_m2m_figures_dialog_dup_offices (DkM2mFiguresDialog *self);
const char         *dk_m2m_figures_dialog_get_error (DkM2mFiguresDialog *self);

G_END_DECLS
