/* dk-test-ui.h — SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dk-application.h"
#include "dk-window.h"

G_BEGIN_DECLS

/* One step of a window's test, run at each frame of the window until it returns TRUE (done:
 * the next step runs from the next frame). It ends the test by setting *done (and closing
 * the window). */
typedef gboolean (*DkTestUiStep) (gpointer  test,
                                  DkWindow *window);

typedef struct
{
  guint    step;  /* the step to run */
  gboolean done;
} DkTestUiSteps;

void dk_test_ui_run (DkApplication *app,
                     int            argc,
                     char         **argv,
                     DkTestUiSteps *steps,
                     DkTestUiStep   step,
                     gpointer       test,
                     guint          hang_s);

GtkWidget *dk_test_ui_find (GtkWidget      *root,
                            gboolean      (*match) (GtkWidget    *widget,
                                                    gconstpointer what),
                            gconstpointer   what);

G_END_DECLS
