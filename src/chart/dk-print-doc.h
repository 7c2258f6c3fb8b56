/* dk-print-doc.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-chart.h"

G_BEGIN_DECLS

#define DK_TYPE_PRINT_DOC (dk_print_doc_get_type ())

G_DECLARE_FINAL_TYPE (DkPrintDoc, dk_print_doc, DK, PRINT_DOC, GObject)

DkPrintDoc *dk_print_doc_new         (const char         *title,
                                      const char         *subtitle);
void        dk_print_doc_add_text    (DkPrintDoc         *self,
                                      const char         *text);
void        dk_print_doc_add_chart   (DkPrintDoc         *self,
                                      DkChart            *chart,
                                      double              aspect);
void        dk_print_doc_begin_table (DkPrintDoc         *self,
                                      guint               n_columns,
                                      const char * const *headings,
                                      const double       *widths,
                                      const char         *alignment);
void        dk_print_doc_add_row     (DkPrintDoc         *self,
                                      const char * const *cells,
                                      gboolean            bold);
guint       dk_print_doc_paginate    (DkPrintDoc         *self,
                                      double              width,
                                      double              height);
void        dk_print_doc_draw_page   (DkPrintDoc         *self,
                                      cairo_t            *cr,
                                      guint               page,
                                      double              width,
                                      double              height);
gboolean    dk_print_doc_save_pdf    (DkPrintDoc         *self,
                                      const char         *path,
                                      GError            **error);

G_END_DECLS
