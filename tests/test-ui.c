/* test-ui.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real application under Xvfb: it opens on the IKD dashboard with the chart and
 * the table filled. g_test_init() makes every GLib warning and critical fatal, so a
 * warning anywhere fails the test.
 *
 * With DK_UI_SCREENSHOT set to a file name, the window is also saved as a PNG.
 */
#include "config.h"

#include "dk-application.h"
#include "dk-bar-chart.h"
#include "dk-i18n.h"
#include "dk-ikd.h"
#include "dk-line-chart.h"
#include "dk-test-util.h"
#include "dk-window.h"

typedef struct
{
  DkApplication *app;
  GdkPaintable  *paintable;
  gboolean       two_dates;
  guint          frames;
  gboolean       checked;
} UiTest;

static void
save_screenshot (GtkWidget    *window,
                 GdkPaintable *paintable,
                 const char   *path)
{
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  int width = gtk_widget_get_width (window), height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* With a second snapshot the dates can be picked and the province's trend is drawn. */
static void
check_two_dates (DkIkdPage *page)
{
  DkChart *trend = dk_ikd_page_get_trend_chart (page);
  g_autoptr(DkIkdRow) first = NULL;

  g_assert_true (DK_IS_LINE_CHART (trend));
  g_assert_cmpuint (dk_line_chart_get_n_points (DK_LINE_CHART (trend)), ==, 2);
  g_assert_true (dk_ikd_page_select_date (page, "2025-06-30"));
  g_assert_cmpstr (dk_ikd_table_get_as_of (dk_ikd_page_get_table (page)), ==, "2025-06-30");
  first = g_list_model_get_item (dk_ikd_page_get_table_model (page), 0);
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (first), ==, 205000);
  g_assert_false (dk_ikd_page_select_date (page, "2020-01-01"));
  g_assert_true (dk_ikd_page_select_date (page, "2025-12-31"));
}

static void
check_window (DkWindow *window,
              gboolean  two_dates)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  DkIkdTable *table;
  DkChart *chart;
  GListModel *model = dk_ikd_page_get_table_model (page);
  g_autoptr(DkIkdRow) first = NULL;
  g_autoptr(DkIkdRow) last = NULL;

  g_assert_cmpstr (dk_window_get_page_name (window), ==, "ikd");
  if (two_dates)
    check_two_dates (page);
  else
    g_assert_null (dk_ikd_page_get_trend_chart (page));

  table = dk_ikd_page_get_table (page);
  chart = dk_ikd_page_get_chart (page);
  g_assert_nonnull (table);
  g_assert_cmpstr (dk_ikd_table_get_as_of (table), ==, "2025-12-31");

  g_assert_true (DK_IS_BAR_CHART (chart));
  g_assert_cmpuint (dk_bar_chart_get_n_bars (DK_BAR_CHART (chart)), ==, 19);

  /* the province row first, then the 19 regions */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 20);
  first = g_list_model_get_item (model, 0);
  last = g_list_model_get_item (model, 19);
  g_assert_cmpstr (dk_ikd_row_get_kode (first), ==, "13");
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (first), ==, 499435);
  g_assert_cmpstr (dk_ikd_row_get_kode (last), ==, "13.77");

  /* the chart is on screen with a real size */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));

  /* the chart order can be switched */
  dk_ikd_page_set_sort (page, "coverage");
  g_assert_cmpint (dk_bar_chart_get_sort (DK_BAR_CHART (chart)), ==, DK_BAR_SORT_VALUE_DESC);
  dk_ikd_page_set_sort (page, "code");
}

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  UiTest *test = user_data;
  const char *shot = g_getenv ("DK_UI_SCREENSHOT");

  /* let a few frames pass so that everything has been laid out and drawn */
  if (++test->frames < 10)
    return G_SOURCE_CONTINUE;

  check_window (DK_WINDOW (widget), test->two_dates);
  if (shot != NULL && *shot != '\0')
    save_screenshot (widget, test->paintable, shot);
  test->checked = TRUE;
  gtk_window_close (GTK_WINDOW (widget));
  return G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 UiTest         *test)
{
  if (!DK_IS_WINDOW (window))
    return;
  /* the paintable follows the window from its first frame */
  test->paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, test, NULL);
}

static void
run_window_test (gboolean two_dates)
{
  g_autofree char *dir = dk_test_make_tmpdir ();
  g_autofree char *db = g_build_filename (dir, "ui.db", NULL);
  char *argv[] = { "dukcapil", "--db", db, NULL };
  UiTest test = { 0 };
  int status;

  test.two_dates = two_dates;
  if (two_dates)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DkStore) store = dk_store_open (db, &error);
      DkIkdInput mid[] = { { "13.01", 380000, 5000, -1 }, { "13.71", 680000, 200000, -1 } };

      g_assert_no_error (error);
      g_assert_true (dk_ikd_replace_values (store, "2025-06-30", "13", NULL, mid, 2, &error));
    }

  test.app = dk_application_new ();
  g_signal_connect (test.app, "window-added", G_CALLBACK (window_added_cb), &test);
  status = g_application_run (G_APPLICATION (test.app), 3, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (test.checked);
  g_clear_object (&test.paintable);
  g_object_unref (test.app);
  dk_test_rm_rf (dir);
}

static void
test_window_opens (void)
{
  run_window_test (FALSE);
}

static void
test_two_dates (void)
{
  run_window_test (TRUE);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* as main.c does: the test runs in whatever language its environment asks for */
  dk_i18n_init ();

  g_test_add_func ("/dk/ui/window-opens", test_window_opens);
  g_test_add_func ("/dk/ui/two-dates", test_two_dates);
  return g_test_run ();
}
