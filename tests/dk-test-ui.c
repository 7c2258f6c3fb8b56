/* dk-test-ui.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The frame-by-frame runner of the window's tests: no step sleeps or waits for a time; a
 * step that waits for something returns FALSE and runs again at the next frame, within an
 * overall limit that only turns a hang into a failure.
 */
#include "config.h"

#include "dk-test-ui.h"

typedef struct
{
  DkTestUiSteps *steps;
  DkTestUiStep   step;
  gpointer       test;
  guint          hang_s;
} Runner;

static gboolean
hang_cb (gpointer data)
{
  Runner *runner = data;

  g_error ("the window's test stopped at step %u for %u s", runner->steps->step, runner->hang_s);
  return G_SOURCE_REMOVE;
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Runner *runner = data;

  if (runner->steps->done)
    return G_SOURCE_REMOVE;
  if (runner->step (runner->test, DK_WINDOW (widget)))
    runner->steps->step++;
  return runner->steps->done ? G_SOURCE_REMOVE : G_SOURCE_CONTINUE;
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 Runner         *runner)
{
  if (DK_IS_WINDOW (window))
    gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, runner, NULL);
}

/**
 * dk_test_ui_run:
 * @app: the application, not yet run
 * @argv: its command line
 * @steps: the state of the steps, in @test
 * @step: runs the step @steps->step at each frame of the main window
 * @hang_s: the limit that turns a hang into a failure
 *
 * Runs @app until @step set @steps->done and the window closed, and checks that it ended
 * well.
 */
void
dk_test_ui_run (DkApplication *app,
                int            argc,
                char         **argv,
                DkTestUiSteps *steps,
                DkTestUiStep   step,
                gpointer       test,
                guint          hang_s)
{
  Runner runner = { steps, step, test, hang_s };
  gulong handler;
  guint hang;
  int status;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  handler = g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), &runner);
  hang = g_timeout_add_seconds (hang_s, hang_cb, &runner);
  status = g_application_run (G_APPLICATION (app), argc, argv);
  g_source_remove (hang);
  g_signal_handler_disconnect (app, handler);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (steps->done);
}

/**
 * dk_test_ui_find:
 * @root: where to look
 * @match: whether a widget is the one looked for
 * @what: given to @match
 *
 * Returns: (nullable) (transfer none): the first widget under @root, @root included, in
 *   the order of the widget tree, that @match takes
 */
GtkWidget *
dk_test_ui_find (GtkWidget      *root,
                 gboolean      (*match) (GtkWidget    *widget,
                                         gconstpointer what),
                 gconstpointer   what)
{
  if (match (root, what))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = dk_test_ui_find (child, match, what);

      if (found != NULL)
        return found;
    }
  return NULL;
}
