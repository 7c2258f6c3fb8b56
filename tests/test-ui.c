/* test-ui.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The real application under Xvfb, page by page: each dashboard is shown, drawn for a few
 * frames and checked; the editing dialogs are driven as a user would drive them.
 * g_test_init() makes every GLib warning and critical fatal, so a warning anywhere fails
 * the test.
 *
 * With DK_UI_SCREENSHOT_DIR set, each page is also saved there as PAGE.png.
 */
#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "dk-application.h"
#include "dk-domains.h"
#include "dk-bar-chart.h"
#include "dk-blangko-approve-dialog.h"
#include "dk-blangko-daily-dialog.h"
#include "dk-blangko-distribute-dialog.h"
#include "dk-blangko-receive-dialog.h"
#include "dk-blangko-usage-dialog.h"
#include "dk-blangko-item.h"
#include "dk-budget-columns.h"
#include "dk-budget-activity-dialog.h"
#include "dk-budget-amounts-dialog.h"
#include "dk-budget-dpa-dialog.h"
#include "dk-budget-line-dialog.h"
#include "dk-budget-year-dialog.h"
#include "dk-chart-table-view.h"
#include "dk-chart-view.h"
#include "dk-format.h"
#include "dk-history.h"
#include "dk-i18n.h"
#include "dk-ikd.h"
#include "dk-line-chart.h"
#include "dk-map-chart.h"
#include "dk-import-dialog.h"
#include "dk-m2m-event-dialog.h"
#include "dk-m2m-figures-dialog.h"
#include "dk-pks-access-dialog.h"
#include "dk-pks-agreement-dialog.h"
#include "dk-pks-extend-dialog.h"
#include "dk-pks-institution-dialog.h"
#include "dk-pks-chart.h"
#include "dk-pks-item.h"
#include "dk-pks-step-dialog.h"
#include "dk-preferences-window.h"
#include "dk-test-util.h"
#include "dk-window.h"

typedef struct _UiTest UiTest;
typedef void (*UiStep) (UiTest   *test,
                        DkWindow *window);

struct _UiTest
{
  DkApplication *app;
  GdkPaintable  *paintable;
  char          *dir;       /* the test's folder, for the files it writes */
  char          *db;        /* its database: a file in dir, or one on the test server */
  gboolean       two_dates;
  const UiStep  *steps;
  guint          step;
  guint          frames;
  gboolean       retry;     /* set by a step that waits for something: run it again */
  DkImportDialog *import;
  DkHistoryDialog *history;
  DkIkdCorrectDialog *correct;
  GtkWindow     *dialog;    /* a dialog left open for the next step's screenshot */
  gboolean       done;
  guint          shot;      /* screenshots taken while scrolling through a page */
  gint64         t0;        /* when a timed step began */
};

static void
save_screenshot (UiTest     *test,
                 GtkWidget  *widget,
                 const char *name)
{
  const char *dir = g_getenv ("DK_UI_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) own = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL, *path = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (widget));
  GdkPaintable *paintable = test->paintable;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (dir == NULL || *dir == '\0')
    return;
  if (!DK_IS_WINDOW (widget))
    paintable = own = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (renderer, node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* A dialog, drawn on its own */
static void
save_widget_screenshot (GtkWidget  *widget,
                        const char *name)
{
  const char *dir = g_getenv ("DK_UI_SCREENSHOT_DIR");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL, *path = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (dir == NULL || *dir == '\0')
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (dir, file, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

static gpointer
find_window (UiTest *test,
             GType   type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (test->app)); l != NULL; l = l->next)
    if (G_TYPE_CHECK_INSTANCE_TYPE (l->data, type))
      return l->data;
  g_assert_not_reached ();
}

/* ------------------------------------------------------------------- IKD */

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
  /* the first date has no pace */
  g_assert_nonnull (dk_ikd_page_get_pace_text (page));
  g_assert_null (strstr (dk_ikd_page_get_pace_text (page), "2025"));
  g_assert_false (dk_ikd_page_select_date (page, "2020-01-01"));
  g_assert_true (dk_ikd_page_select_date (page, "2025-12-31"));
}


static void
check_ikd (UiTest   *test,
           DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  GListModel *model = dk_ikd_page_get_table_model (page);
  g_autoptr(DkIkdRow) first = NULL;
  g_autoptr(DkIkdRow) last = NULL;
  DkIkdTable *table;
  DkChart *chart;

  g_assert_cmpstr (dk_window_get_page_name (window), ==, "ikd");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  if (test->two_dates)
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

  dk_ikd_page_set_sort (page, "coverage");
  g_assert_cmpint (dk_bar_chart_get_sort (DK_BAR_CHART (chart)), ==, DK_BAR_SORT_VALUE_DESC);
  dk_ikd_page_set_sort (page, "code");
  save_screenshot (test, GTK_WIDGET (window), "ikd");
}

static gboolean indonesian (void);

/* The table shown instead of a chart sits next to it in the card (next to the scrolled
 * window that holds a wide chart); its toggle is in the card's header. */
static DkChartTableView *
chart_table_of (DkChartView *view)
{
  GtkWidget *chart = GTK_WIDGET (view);
  GtkWidget *next;

  if (GTK_IS_VIEWPORT (gtk_widget_get_parent (chart)))
    chart = gtk_widget_get_parent (gtk_widget_get_parent (chart));
  next = gtk_widget_get_next_sibling (chart);

  g_assert_true (DK_IS_CHART_TABLE_VIEW (next));
  return DK_CHART_TABLE_VIEW (next);
}

static GtkWidget *
find_table_toggle (GtkWidget *widget)
{
  if (GTK_IS_TOGGLE_BUTTON (widget) && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (widget)), "dk-table-symbolic") == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_table_toggle (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
table_toggle_of (DkChartView *view)
{
  GtkWidget *toggle = find_table_toggle (gtk_widget_get_parent (GTK_WIDGET (chart_table_of (view))));

  g_assert_nonnull (toggle);
  g_assert_true (gtk_widget_get_focusable (toggle));
  g_assert_nonnull (gtk_widget_get_tooltip_text (toggle));
  return toggle;
}

static gboolean
shows_label (GtkWidget  *widget,
             const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (shows_label (child, text))
      return TRUE;
  return FALSE;
}

/* The toggle, pressed as from the keyboard, swaps the drawing for a table of its bars. */
static void
show_ikd_table (UiTest   *test,
                DkWindow *window)
{
  DkChartView *view = dk_ikd_page_get_chart_view (dk_window_get_ikd_page (window));

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chart_table_of (view))));
  g_assert_true (gtk_widget_activate (table_toggle_of (view)));
}

static void
check_ikd_table (UiTest   *test,
                 DkWindow *window)
{
  DkChartView *view = dk_ikd_page_get_chart_view (dk_window_get_ikd_page (window));
  DkChartTableView *table_view = chart_table_of (view);
  GtkColumnView *column_view = dk_chart_table_view_get_column_view (table_view);
  DkChartTable *table = dk_chart_table_view_get_table (table_view);
  GtkWidget *toggle = table_toggle_of (view);
  DkChartRow *padang;

  /* an activated button clicks after its pressed look has shown, a moment later */
  if (!gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (toggle)))
    {
      test->retry = TRUE;
      return;
    }
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (table_view)));
  g_assert_nonnull (table);
  g_assert_true (dk_chart_table_view_get_chart (table_view) == dk_chart_view_get_chart (view));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_column_view_get_model (column_view))), ==, 19);
  g_assert_cmpuint (g_list_model_get_n_items (gtk_column_view_get_columns (column_view)), ==, 3);

  /* Kota Padang's row says it meets the target, in the reader's language */
  padang = dk_chart_table_find_row (table, "KOTA PADANG");
  g_assert_nonnull (padang);
  g_assert_cmpint (dk_chart_row_get_target_state (padang), ==, DK_CHART_TARGET_MET);
  g_assert_cmpstr (dk_chart_row_get_cell (padang, 2), ==, indonesian () ? "Tercapai" : "Met");
  g_assert_nonnull (strstr (dk_chart_row_get_description (padang), "KOTA PADANG"));
  g_assert_true (shows_label (GTK_WIDGET (column_view), "KOTA PADANG"));
  g_assert_true (shows_label (GTK_WIDGET (column_view), dk_chart_row_get_cell (padang, 1)));
  save_screenshot (test, GTK_WIDGET (window), "ikd-table");

  /* and back to the drawing */
  g_assert_true (gtk_widget_activate (toggle));
}

static void
check_ikd_chart_back (UiTest   *test,
                      DkWindow *window)
{
  DkChartView *view = dk_ikd_page_get_chart_view (dk_window_get_ikd_page (window));

  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (table_toggle_of (view))))
    {
      test->retry = TRUE;
      return;
    }
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chart_table_of (view))));
}

/* ------------------------------------------------------------------- map */

static void
save_map_screenshots (UiTest     *test,
                      DkWindow   *window,
                      const char *name)
{
  DkChartView *view = dk_ikd_page_get_chart_view (dk_window_get_ikd_page (window));
  AdwStyleManager *manager = adw_style_manager_get_default ();
  g_autofree char *full = g_strdup_printf ("%s%s%s", name, adw_style_manager_get_high_contrast (manager) ? "-hc" : "",
                                           adw_style_manager_get_dark (manager) ? "-dark" : "");
  g_autofree char *card = g_strconcat (full, "-card", NULL);

  save_screenshot (test, GTK_WIDGET (window), full);
  if (gtk_widget_get_mapped (GTK_WIDGET (view)))
    save_widget_screenshot (gtk_widget_get_parent (gtk_widget_get_parent (GTK_WIDGET (view))), card);
}

static DkMapChart *
shown_map (DkIkdPage *page)
{
  DkChart *chart = dk_ikd_page_get_chart (page);

  g_assert_true (DK_IS_MAP_CHART (chart));
  return DK_MAP_CHART (chart);
}

/* The Chart / Map switch, as its button does. */
static void
show_ikd_map (UiTest   *test,
              DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);

  dk_window_set_page_name (window, "ikd");
  if (dk_ikd_page_get_loading (page) || dk_ikd_page_get_table (page) == NULL)
    {
      test->retry = TRUE;
      return;
    }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "ikd.view", "s", "map"));
  g_assert_cmpstr (dk_ikd_page_get_view (page), ==, "map");
}

/* Sumatera Barat's 19 kabupaten/kota: the one under Padang's centre is Padang, its
 * tooltip says so, the keyboard goes from region to region and Enter opens Padang. */
static void
check_province_map (UiTest   *test,
                    DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  DkChartView *view = dk_ikd_page_get_chart_view (page);
  DkMapChart *map = shown_map (page);
  g_autoptr(DkChartTable) table = dk_chart_to_table (DK_CHART (map));
  DkChartRow *padang = dk_chart_table_find_row (table, "KOTA PADANG");
  int width = gtk_widget_get_width (GTK_WIDGET (view)), height = gtk_widget_get_height (GTK_WIDGET (view));
  g_autofree char *tooltip = NULL;
  DkChartStyle style;
  DkMapLayout layout;
  double x, y;
  guint total = 0;

  g_assert_cmpstr (dk_ikd_page_get_region (page), ==, "13");
  g_assert_cmpuint (dk_map_chart_get_n_shapes (map), ==, 19);
  for (int k = -1; k < 4; k++)
    total += dk_map_chart_get_class_count (map, k);
  g_assert_cmpuint (total, ==, 19);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_nonnull (padang);

  /* what is drawn under a point is what the pointer finds there */
  dk_chart_view_get_style (view, &style);
  dk_map_chart_compute_layout (map, &style, width, height, &layout);
  dk_map_layout_to_screen (&layout, 100.40, -0.90, &x, &y);
  g_assert_cmpint (dk_chart_item_at (DK_CHART (map), width, height, x, y), ==, dk_chart_row_get_item (padang));
  tooltip = dk_chart_describe_item (DK_CHART (map), dk_chart_row_get_item (padang));
  g_assert_nonnull (strstr (tooltip, "KOTA PADANG"));
  save_map_screenshots (test, window, "ikd-map");

  /* the arrows move from region to region, Enter goes down */
  g_assert_true (dk_chart_view_move_focus (view, 1, 0));
  g_assert_cmpint (dk_map_chart_get_focus (map), >=, 0);
  dk_map_chart_set_focus (map, dk_chart_row_get_item (padang));
  g_assert_true (dk_chart_view_move_focus (view, 0, -1));
  g_assert_cmpint (dk_map_chart_get_focus (map), !=, dk_chart_row_get_item (padang));
  /* a search closes the map in on the regions found */
  gtk_editable_set_text (GTK_EDITABLE (dk_ikd_page_get_search_entry (page)), "PADANG");
}

static void
check_map_search (UiTest   *test,
                  DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  DkChartView *view = dk_ikd_page_get_chart_view (page);
  DkMapChart *map = shown_map (page);
  g_autoptr(DkChartTable) table = NULL;
  DkChartRow *padang;

  /* the search applies a moment after typing */
  if (dk_map_chart_get_n_shapes (map) != 3)
    {
      test->retry = TRUE;
      return;
    }
  /* Kota Padang, Padang Pariaman, Padang Panjang; nothing hatched */
  g_assert_cmpuint (dk_map_chart_get_n_items (map), ==, 3);
  g_assert_cmpuint (dk_map_chart_get_class_count (map, -1), ==, 0);
  save_map_screenshots (test, window, "ikd-map-search");
  gtk_editable_set_text (GTK_EDITABLE (dk_ikd_page_get_search_entry (page)), "");
  /* the search may have been cleared at once, with a new map */
  map = shown_map (page);
  table = dk_chart_to_table (DK_CHART (map));
  padang = dk_chart_table_find_row (table, "KOTA PADANG");
  dk_map_chart_set_focus (map, dk_chart_row_get_item (padang));
  g_assert_true (dk_chart_view_activate_focus (view));
}

static void
check_kecamatan_map (UiTest   *test,
                     DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);

  if (dk_ikd_page_get_loading (page) || g_strcmp0 (dk_ikd_page_get_region (page), "13.71") != 0)
    {
      test->retry = TRUE;
      return;
    }
  /* Kota Padang's 11 kecamatan */
  g_assert_cmpuint (dk_map_chart_get_n_shapes (shown_map (page)), ==, 11);
  save_map_screenshots (test, window, "ikd-map-kecamatan");
  dk_ikd_page_open_region (page, "0");
}

/* The country by province, then by kabupaten/kota; a level without shapes says so. */
static void
check_national_map (UiTest   *test,
                    DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);

  if (dk_ikd_page_get_loading (page) || g_strcmp0 (dk_ikd_page_get_region (page), "") != 0)
    {
      test->retry = TRUE;
      return;
    }
  if (dk_ikd_page_get_table (page) == NULL)
    {
      test->retry = TRUE;
      return;
    }
  if (dk_ikd_table_get_level (dk_ikd_page_get_table (page)) == DK_REGION_LEVEL_PROVINSI)
    {
      g_assert_cmpuint (dk_map_chart_get_n_shapes (shown_map (page)), ==, 38);
      save_map_screenshots (test, window, "ikd-map-national");
      /* then the country by kabupaten/kota, the Rows choice */
      dk_ikd_page_set_level (page, DK_REGION_LEVEL_KABKOTA);
      test->retry = TRUE;
      return;
    }
  g_assert_cmpint (dk_ikd_table_get_level (dk_ikd_page_get_table (page)), ==, DK_REGION_LEVEL_KABKOTA);
  g_assert_cmpuint (dk_map_chart_get_n_shapes (shown_map (page)), ==, 514);
  save_map_screenshots (test, window, "ikd-map-national-kabkota");
  dk_ikd_page_open_region (page, "13.71.01");
}

static void
check_map_table (UiTest   *test,
                 DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  DkChartView *view = dk_ikd_page_get_chart_view (page);
  g_autofree char *summary = NULL;
  g_autoptr(DkChartTable) table = NULL;

  if (dk_ikd_page_get_loading (page) || g_strcmp0 (dk_ikd_page_get_region (page), "13.71.01") != 0)
    {
      test->retry = TRUE;
      return;
    }
  /* desa have no shapes: the map says so, and its table has every desa */
  g_assert_cmpuint (dk_map_chart_get_n_shapes (shown_map (page)), ==, 0);
  summary = dk_chart_describe (dk_ikd_page_get_chart (page));
  g_assert_nonnull (summary);
  table = dk_chart_to_table (dk_ikd_page_get_chart (page));
  g_assert_cmpuint (g_list_model_get_n_items (dk_chart_table_get_rows (table)), >, 0);
  save_map_screenshots (test, window, "ikd-map-desa");
  g_assert_true (gtk_widget_activate (table_toggle_of (view)));
  dk_ikd_page_open_region (page, "13");
}

static void
check_map_chart_back (UiTest   *test,
                      DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  DkChartView *view = dk_ikd_page_get_chart_view (page);

  if (dk_ikd_page_get_loading (page) || g_strcmp0 (dk_ikd_page_get_region (page), "13") != 0 ||
      !gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (table_toggle_of (view))))
    {
      test->retry = TRUE;
      return;
    }
  /* Show as Table: the map's regions with their class */
  g_assert_true (DK_IS_MAP_CHART (dk_chart_table_view_get_chart (chart_table_of (view))));
  g_assert_cmpuint (g_list_model_get_n_items (dk_chart_table_get_rows (dk_chart_table_view_get_table (chart_table_of (view)))), ==, 19);
  save_map_screenshots (test, window, "ikd-map-table");
  g_assert_true (gtk_widget_activate (table_toggle_of (view)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "ikd.view", "s", "chart"));
  g_assert_true (DK_IS_BAR_CHART (dk_ikd_page_get_chart (page)));
}

/* ----------------------------------------------------------- preferences */

static gpointer
find_child (GtkWidget *widget,
            GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gpointer found = find_child (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The rows change the settings, and the dashboard follows them at once. */
static void
edit_preferences (UiTest   *test,
                  DkWindow *window)
{
  GSettings *settings = dk_application_get_settings (test->app);
  DkIkdPage *page = dk_window_get_ikd_page (window);
  GtkWindow *preferences;
  GtkSwitch *show_target;
  AdwComboRow *sort;
  g_autofree char *ikd_sort = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (test->app), "preferences", NULL);
  preferences = find_window (test, DK_TYPE_PREFERENCES_WINDOW);
  g_assert_true (gtk_window_get_transient_for (preferences) == GTK_WINDOW (window));
  show_target = find_child (GTK_WIDGET (preferences), GTK_TYPE_SWITCH);
  sort = find_child (GTK_WIDGET (preferences), ADW_TYPE_COMBO_ROW);

  g_assert_true (gtk_switch_get_active (show_target));
  g_assert_false (isnan (dk_bar_chart_get_target (DK_BAR_CHART (dk_ikd_page_get_chart (page)))));
  gtk_switch_set_active (show_target, FALSE);
  g_assert_false (g_settings_get_boolean (settings, "show-target"));
  g_assert_false (dk_ikd_page_get_show_target (page));
  g_assert_true (isnan (dk_bar_chart_get_target (DK_BAR_CHART (dk_ikd_page_get_chart (page)))));
  gtk_switch_set_active (show_target, TRUE);
  g_assert_false (isnan (dk_bar_chart_get_target (DK_BAR_CHART (dk_ikd_page_get_chart (page)))));

  g_assert_cmpuint (adw_combo_row_get_selected (sort), ==, 0);
  adw_combo_row_set_selected (sort, 1);
  ikd_sort = g_settings_get_string (settings, "ikd-sort");
  g_assert_cmpstr (ikd_sort, ==, "coverage");
  g_assert_cmpint (dk_bar_chart_get_sort (DK_BAR_CHART (dk_ikd_page_get_chart (page))), ==, DK_BAR_SORT_VALUE_DESC);
  dk_ikd_page_set_sort (page, "code");
  g_assert_cmpuint (adw_combo_row_get_selected (sort), ==, 0);

  /* the home province: Indonesia, then the 38 provinces; Sumatera Barat unless changed */
  {
    AdwComboRow *home = NULL;
    g_autofree char *code = NULL;

    /* the last combo row of the window */
    {
      GPtrArray *rows = g_ptr_array_new ();
      GPtrArray *stack = g_ptr_array_new ();

      g_ptr_array_add (stack, preferences);
      while (stack->len > 0)
        {
          GtkWidget *w = g_ptr_array_steal_index (stack, stack->len - 1);

          if (ADW_IS_COMBO_ROW (w))
            g_ptr_array_add (rows, w);
          for (GtkWidget *c = gtk_widget_get_last_child (w); c != NULL; c = gtk_widget_get_prev_sibling (c))
            g_ptr_array_add (stack, c);
        }
      home = g_ptr_array_index (rows, rows->len - 1);
      g_ptr_array_unref (rows);
      g_ptr_array_unref (stack);
    }
    g_assert_cmpuint (g_list_model_get_n_items (adw_combo_row_get_model (home)), ==, 39);
    g_assert_cmpuint (adw_combo_row_get_selected (home), ==, 3);   /* Aceh, Sumatera Utara, Sumatera Barat */
    adw_combo_row_set_selected (home, 0);
    code = g_settings_get_string (settings, "home-province");
    g_assert_cmpstr (code, ==, "0");
    g_assert_cmpstr (dk_ikd_page_get_region (page), ==, "");
    g_assert_cmpstr (dk_ikd_row_get_wilayah (dk_ikd_table_get_total (dk_ikd_page_get_table (page))), ==, "INDONESIA");
    adw_combo_row_set_selected (home, 3);
    g_assert_cmpstr (dk_ikd_page_get_region (page), ==, "13");
    g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_page_get_table_model (page)), ==, 20);
  }
  gtk_window_close (preferences);
}

/* A region's figures corrected from the table (double-click or Enter on its row): a bad
 * figure is refused with the field named and nothing changes; a good one, typed the
 * Indonesian way, is saved; Ctrl+Z puts the old one back. */
static gint64
kota_padang_ikd (DkIkdPage *page)
{
  GListModel *rows = dk_ikd_table_get_rows (dk_ikd_page_get_table (page));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (rows, i);

      if (g_str_equal (dk_ikd_row_get_kode (row), "13.71"))
        return dk_ikd_row_get_jumlah_ikd (row);
    }
  g_assert_not_reached ();
}

static void
correct_ikd (UiTest   *test,
             DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  DkIkdCorrectDialog *dialog;

  /* the province row is not typed here */
  g_assert_null (dk_ikd_page_correct_region (page, "13"));
  dialog = dk_ikd_page_correct_region (page, "13.71");
  g_assert_nonnull (dialog);

  dk_ikd_correct_dialog_set_values (dialog, "690.061", "12a45");
  g_assert_false (dk_ikd_correct_dialog_save (dialog));
  g_assert_nonnull (strstr (dk_ikd_correct_dialog_get_error (dialog), "12a45"));
  g_assert_cmpint (kota_padang_ikd (page), ==, 233486);

  dk_ikd_correct_dialog_set_values (dialog, "690.061", "999.999");
  g_assert_false (dk_ikd_correct_dialog_save (dialog));
  g_assert_nonnull (strstr (dk_ikd_correct_dialog_get_error (dialog), "13.71"));
  g_assert_cmpint (kota_padang_ikd (page), ==, 233486);
  test->correct = dialog;
}

static void
check_corrected (UiTest   *test,
                 DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  DkIkdCorrectDialog *dialog = g_steal_pointer (&test->correct);

  save_screenshot (test, GTK_WIDGET (dialog), "ikd-correct");
  dk_ikd_correct_dialog_set_values (dialog, "690.061", "240.000");
  g_assert_true (dk_ikd_correct_dialog_save (dialog));
  g_assert_cmpint (kota_padang_ikd (page), ==, 240000);
  g_assert_true (dk_window_undo (window));
  g_assert_cmpint (kota_padang_ikd (page), ==, 233486);
}

/* Another program corrects Kota Padang after the window read it: the window's correction
 * is refused, in a dialog naming the change that offers Reload. */
static void
conflict_ikd (UiTest   *test,
              DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  const char *as_of = dk_ikd_table_get_as_of (dk_ikd_page_get_table (page));
  g_autoptr(GError) error = NULL;
  g_autoptr(GList) toplevels = NULL;
  DkIkdCorrectDialog *dialog;
  AdwMessageDialog *message = NULL;

  {
    g_autoptr(DkStore) other = dk_domains_open (test->db, &error);

    g_assert_no_error (error);
    g_assert_true (dk_ikd_set_region (other, as_of, "13.71", 690061, 250000, "Another program", &error));
    g_assert_no_error (error);
  }
  dialog = dk_ikd_page_correct_region (page, "13.71");
  dk_ikd_correct_dialog_set_values (dialog, "690.061", "240.000");
  g_assert_false (dk_ikd_correct_dialog_save (dialog));
  g_assert_cmpint (kota_padang_ikd (page), ==, 233486);
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == GTK_WINDOW (dialog))
      message = l->data;
  g_assert_nonnull (message);
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message), "Kota Padang"));
  adw_message_dialog_response (message, "reload");
}

/* Reloaded, the page shows the other program's figure, and a correction is saved; two
 * undos put the figures back as they were. */
static void
check_conflict_reloaded (UiTest   *test,
                         DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();
  DkIkdCorrectDialog *dialog;

  /* Reload closes the dialog, whose figures are the old ones */
  for (GList *l = toplevels; l != NULL; l = l->next)
    test->retry |= DK_IS_IKD_CORRECT_DIALOG (l->data);
  if (test->retry || dk_ikd_page_get_loading (page))
    {
      test->retry = TRUE;
      return;
    }
  g_assert_cmpint (kota_padang_ikd (page), ==, 250000);
  dialog = dk_ikd_page_correct_region (page, "13.71");
  dk_ikd_correct_dialog_set_values (dialog, "690.061", "240.000");
  g_assert_true (dk_ikd_correct_dialog_save (dialog));
  g_assert_cmpint (kota_padang_ikd (page), ==, 240000);
  g_assert_true (dk_window_undo (window));
  g_assert_true (dk_window_undo (window));
  g_assert_cmpint (kota_padang_ikd (page), ==, 233486);
}

/* ------------------------------------------------------------------- M2M */

static void
show_ikd (UiTest   *test,
          DkWindow *window)
{
  dk_window_set_page_name (window, "ikd");
}

static void
show_m2m (UiTest   *test,
          DkWindow *window)
{
  dk_window_set_page_name (window, "m2m");
}

static void
check_m2m (UiTest   *test,
           DkWindow *window)
{
  DkM2mPage *page = dk_window_get_m2m_page (window);
  DkM2mTable *table = dk_m2m_page_get_table (page);
  GListModel *model = dk_m2m_page_get_table_model (page);
  g_autoptr(DkM2mRow) first = NULL;
  g_autoptr(DkM2mRow) total = NULL;
  DkChart *chart = dk_m2m_page_get_chart (page);

  g_assert_cmpstr (dk_window_get_page_name (window), ==, "m2m");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_nonnull (table);
  g_assert_true (DK_IS_BAR_CHART (chart));
  g_assert_cmpuint (dk_bar_chart_get_n_bars (DK_BAR_CHART (chart)), ==, 19);

  /* 19 offices, then the total computed from them */
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 20);
  first = g_list_model_get_item (model, 0);
  total = g_list_model_get_item (model, 19);
  g_assert_cmpstr (dk_m2m_row_get_kode (first), ==, "13.01");
  g_assert_cmpint (dk_m2m_row_get_perangkat (total), ==, 40);
  g_assert_cmpint (dk_m2m_row_get_aktif (total), ==, 27);

  /* Pesisir Selatan has no device and Kota Padang none active; the source's "Total 39" shows */
  g_assert_cmpuint (dk_m2m_page_get_n_outages (page), ==, 2);
  g_assert_nonnull (strstr (dk_m2m_page_get_discrepancy (page), "39"));
  g_assert_nonnull (strstr (dk_m2m_page_get_discrepancy (page), "40"));
  save_screenshot (test, GTK_WIDGET (window), "m2m");
}

static gint64
count_m2m_values (UiTest *test)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (test->db, &error);
  g_auto(GStrv) dates = dk_m2m_list_dates (store, &error);

  g_assert_no_error (error);
  return g_strv_length (dates);
}

/* A refused entry says why, names the office, and writes nothing; a good one is saved. */
static void
edit_m2m (UiTest   *test,
          DkWindow *window)
{
  DkM2mPage *page = dk_window_get_m2m_page (window);
  g_autoptr(GError) error = NULL;
  DkM2mFiguresDialog *figures;
  DkM2mEventDialog *event;
  DkM2mTable *table;
  gint64 n_dates = count_m2m_values (test);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "m2m.record-figures", NULL));
  figures = find_window (test, DK_TYPE_M2M_FIGURES_DIALOG);
  g_assert_true (DK_IS_M2M_FIGURES_DIALOG (figures));

  dk_m2m_figures_dialog_set_date (figures, "2026-03-31");
  dk_m2m_figures_dialog_set_figures (figures, "13.71", 1, 2);
  g_assert_false (dk_m2m_figures_dialog_save (figures));
  g_assert_nonnull (strstr (dk_m2m_figures_dialog_get_error (figures), "KOTA PADANG"));
  g_assert_cmpint (count_m2m_values (test), ==, n_dates);

  dk_m2m_figures_dialog_set_date (figures, "2026-02-30");
  dk_m2m_figures_dialog_set_figures (figures, "13.71", 2, 2);
  g_assert_false (dk_m2m_figures_dialog_save (figures));
  g_assert_nonnull (strstr (dk_m2m_figures_dialog_get_error (figures), "2026-02-30"));
  g_assert_cmpint (count_m2m_values (test), ==, n_dates);

  dk_m2m_figures_dialog_set_date (figures, "2026-03-31");
  g_assert_true (dk_m2m_figures_dialog_save (figures));
  g_assert_cmpint (count_m2m_values (test), ==, n_dates + 1);
  table = dk_m2m_page_get_table (page);
  g_assert_cmpstr (dk_m2m_table_get_as_of (table), ==, "2026-03-31");
  g_assert_cmpint (dk_m2m_row_get_aktif (dk_m2m_table_get_total (table)), ==, 29);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "m2m.record-event", NULL));
  event = find_window (test, DK_TYPE_M2M_EVENT_DIALOG);
  g_assert_true (DK_IS_M2M_EVENT_DIALOG (event));
  g_assert_true (dk_m2m_event_dialog_save (event));
}

/* ---------------------------------------------------------- export, print */

static char *
test_file (UiTest     *test,
           const char *name)
{
  return g_build_filename (test->dir, name, NULL);
}

static void
start_export (UiTest   *test,
              DkWindow *window)
{
  g_autofree char *path = test_file (test, "Laporan-Tahunan-2025.xlsx");

  dk_window_export_to (window, path);
  g_assert_true (dk_window_is_busy (window));
}

static void
check_export (UiTest   *test,
              DkWindow *window)
{
  g_autofree char *path = test_file (test, "Laporan-Tahunan-2025.xlsx");
  g_autoptr(GBytes) bytes = NULL;

  if ((test->retry = dk_window_is_busy (window)))
    return;
  g_assert_null (dk_window_get_last_error (window));
  bytes = dk_test_file_bytes (path);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 5000);
  g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "PK", 2) == 0);

  /* and one that cannot be written: an error, and nothing left behind */
  g_free (path);
  path = test_file (test, "missing/report.xlsx");
  dk_window_export_to (window, path);
}

static void
check_failed_export (UiTest   *test,
                     DkWindow *window)
{
  g_autofree char *missing = test_file (test, "missing");

  if ((test->retry = dk_window_is_busy (window)))
    return;
  g_assert_nonnull (dk_window_get_last_error (window));
  g_assert_nonnull (strstr (dk_window_get_last_error (window), "missing/report.xlsx"));
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  gtk_window_close (GTK_WINDOW (find_window (test, ADW_TYPE_MESSAGE_DIALOG)));
}

static void
print_page (UiTest   *test,
            DkWindow *window)
{
  g_autofree char *pdf = test_file (test, "m2m-print.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (dk_window_print_to_pdf (window, pdf, &error));
  g_assert_no_error (error);
  bytes = dk_test_file_bytes (pdf);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 5000);
  g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "%PDF", 4) == 0);
}

/* A chart saved as PNG has the pixels of the screen's drawing, at the screen's size. */
static void
save_chart (UiTest   *test,
            DkWindow *window)
{
  DkChartView *view = dk_m2m_page_get_chart_view (dk_window_get_m2m_page (window));
  g_autofree char *screen = test_file (test, "screen.png");
  g_autofree char *saved = test_file (test, "saved.png");
  g_autoptr(GError) error = NULL;
  cairo_surface_t *a, *b;

  g_assert_true (dk_chart_view_render_png (view, screen, &error));
  g_assert_true (dk_chart_view_save (view, saved, &error));
  g_assert_no_error (error);
  a = cairo_image_surface_create_from_png (screen);
  b = cairo_image_surface_create_from_png (saved);
  g_assert_cmpint (cairo_image_surface_get_width (a), ==, gtk_widget_get_width (GTK_WIDGET (view)));
  g_assert_cmpint (cairo_image_surface_get_width (a), ==, cairo_image_surface_get_width (b));
  g_assert_cmpint (cairo_image_surface_get_height (a), ==, cairo_image_surface_get_height (b));
  g_assert_true (memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                         cairo_image_surface_get_stride (a) * cairo_image_surface_get_height (a)) == 0);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);
}

/* ------------------------------------------------------------------ import */

/* The import dialog of the test, watched: NULL once it is gone. */
static void
open_import_dialog (UiTest   *test,
                    DkWindow *window)
{
  test->import = dk_window_open_import_dialog (window);
  g_object_add_weak_pointer (G_OBJECT (test->import), (gpointer *) &test->import);
}

/* Whether the import dialog is still reading, importing, or shown (it closes when the
 * import is done and the window has shown the new figures). */
static gboolean
import_running (UiTest *test)
{
  return test->import != NULL &&
         (dk_import_dialog_is_busy (test->import) || gtk_widget_get_visible (GTK_WIDGET (test->import)));
}

/* A file with errors: every one listed, its rows shown, and Import refused. */
static void
import_bad_file (UiTest   *test,
                 DkWindow *window)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "import", "bad-many-2025-12-31.csv", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  dk_window_set_page_name (window, "ikd");
  open_import_dialog (test, window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (test->import)));
  dk_import_dialog_set_file (test->import, file);
  g_assert_true (dk_import_dialog_is_busy (test->import));
  g_assert_false (dk_import_dialog_can_import (test->import));
}

static void
check_bad_file (UiTest   *test,
                DkWindow *window)
{
  if ((test->retry = dk_import_dialog_is_busy (test->import)))
    return;
  g_assert_null (dk_import_dialog_get_error (test->import));
  /* three errors and a note, each named by line and column */
  g_assert_cmpuint (dk_import_dialog_get_n_problem_rows (test->import), ==, 4);
  g_assert_cmpuint (dk_import_get_n_errors (dk_import_dialog_get_import (test->import)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (dk_import_dialog_get_preview (test->import)), ==, 19);
  g_assert_false (dk_import_dialog_can_import (test->import));
  g_assert_false (dk_import_dialog_confirm (test->import));
  save_screenshot (test, GTK_WIDGET (test->import), "import-errors");
}

/* A good file from Excel (semicolons, Windows-1252, a JUMLAH row), of a new date */
static void
import_good_file (UiTest   *test,
                  DkWindow *window)
{
  g_autofree char *path = test_file (test, "capaian-ikd.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char csv[] = "Capaian Aktivasi IKD per 31 Maret 2026\r\n"
                     "No;Kode;Kabupaten/Kota;Rekam Dinamis;Jumlah IKD;Persen\r\n"
                     "1;1301;Pesisir Selatan;385.000;12.000;3,12\r\n"
                     "2;1371;KOTA PADANG;691.000;240.000;34,73\r\n"
                     ";;JUMLAH;1.076.000;252.000;23,42\r\n";

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  dk_import_dialog_set_file (test->import, file);
}

static void
check_good_file (UiTest   *test,
                 DkWindow *window)
{
  DkImport *import;

  if ((test->retry = dk_import_dialog_is_busy (test->import)))
    return;
  import = dk_import_dialog_get_import (test->import);
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
  g_assert_cmpstr (dk_import_get_as_of (import), ==, "2026-03-31");
  g_assert_cmpuint (dk_import_get_n_regions (import), ==, 2);
  /* the 17 regions the file leaves out are said */
  g_assert_cmpuint (dk_import_dialog_get_n_problem_rows (test->import), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dk_import_dialog_get_preview (test->import)), ==, 3);
  g_assert_true (dk_import_dialog_can_import (test->import));
  save_screenshot (test, GTK_WIDGET (test->import), "import-preview");
  g_assert_true (dk_import_dialog_confirm (test->import));
}

static void
check_imported (UiTest   *test,
                DkWindow *window)
{
  DkIkdTable *table;
  g_autoptr(DkIkdRow) first = NULL;

  /* the dialog closes when the import is done */
  if ((test->retry = import_running (test)))
    return;
  table = dk_ikd_page_get_table (dk_window_get_ikd_page (window));
  g_assert_cmpstr (dk_ikd_table_get_as_of (table), ==, "2026-03-31");
  first = g_list_model_get_item (dk_ikd_page_get_table_model (dk_window_get_ikd_page (window)), 0);
  g_assert_cmpint (dk_ikd_row_get_jumlah_ikd (first), ==, 252000);
}

/* The history lists the import; undoing it (as Ctrl+Z in the history does) puts the
 * dashboard back to the report's date. */
static void
open_history (UiTest   *test,
              DkWindow *window)
{
  test->history = dk_window_open_history (window);
}

static void
undo_import (UiTest   *test,
             DkWindow *window)
{
  DkHistoryDialog *history = test->history;
  DkIkdTable *table;
  guint n_before = dk_history_dialog_get_n_changes (history);

  /* the import into a new date is one entry: its 3 rows (2 regions and the stated total) */
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DkStore) store = dk_domains_open (test->db, &error);
    g_autoptr(GPtrArray) changes = dk_history_list (store, 1, &error);
    DkHistoryChange *newest = g_ptr_array_index (changes, 0);

    g_assert_no_error (error);
    g_assert_cmpstr (newest->tabel, ==, "ikd");
    g_assert_cmpstr (newest->ref, ==, "2026-03-31");
    g_assert_cmpstr (newest->kolom, ==, "*");
    g_assert_null (newest->lama);
    g_assert_cmpstr (newest->baru, ==, "3");
  }
  g_assert_cmpuint (n_before, >=, 1);
  save_screenshot (test, GTK_WIDGET (history), "history");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (history), "history.undo", NULL));
  table = dk_ikd_page_get_table (dk_window_get_ikd_page (window));
  g_assert_cmpstr (dk_ikd_table_get_as_of (table), ==, "2025-12-31");
  /* the undone change stays in the history, marked */
  g_assert_cmpuint (dk_history_dialog_get_n_changes (history), ==, n_before);
  gtk_window_close (GTK_WINDOW (history));
}

/* ---------------------------------------------------------------- budget */

#define ACTIVITY_2025 "2.12.04.1.02.0001"

static void
show_budget (UiTest   *test,
             DkWindow *window)
{
  dk_window_set_page_name (window, "anggaran");
}

/* Returns: (transfer full): the line of the tree's row @i */
static DkBudgetLine *
tree_line (GListModel *model,
           guint       i)
{
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (model, i);

  return DK_BUDGET_LINE (gtk_tree_list_row_get_item (row));
}

static gint64
stored_realisasi (UiTest *test)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (test->db, &error);
  g_autoptr(DkBudgetTable) table = dk_budget_table_load (store, 2025, ACTIVITY_2025, 0, 0, &error);

  g_assert_no_error (error);
  return dk_budget_line_get_realisasi (dk_budget_table_get_total (table));
}

static gboolean
indonesian (void)
{
  const char *lang = g_getenv ("LANGUAGE");

  return lang != NULL && g_str_has_prefix (lang, "id");
}

/* The report's realisation table, line for line, as an expanded tree. */
static void
check_budget (UiTest   *test,
              DkWindow *window)
{
  DkBudgetPage *page = dk_window_get_budget_page (window);
  GListModel *model = dk_budget_page_get_table_model (page);
  DkChart *chart = dk_budget_page_get_chart (page);
  g_autoptr(DkBudgetLine) first = NULL;
  g_autoptr(DkBudgetLine) last = NULL;
  g_autofree char *cell = NULL;

  g_assert_cmpstr (dk_window_get_page_name (window), ==, "anggaran");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpint (dk_budget_table_get_year (dk_budget_page_get_table (page)), ==, 2025);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 9);
  first = tree_line (model, 0);
  last = tree_line (model, 8);
  g_assert_cmpstr (dk_budget_line_get_kode (first), ==, ACTIVITY_2025);
  g_assert_cmpint (dk_budget_line_get_anggaran (first), ==, 15897000);
  cell = dk_budget_cell_text (G_OBJECT (first), "anggaran", DK_BUDGET_COLUMN_RUPIAH);
  g_assert_cmpstr (cell, ==, indonesian () ? "15.897.000" : "15,897,000");
  g_assert_cmpstr (dk_budget_page_get_card_value (page, 0), ==, indonesian () ? "Rp 15.897.000" : "Rp 15,897,000");
  g_assert_cmpstr (dk_budget_line_get_kode (last), ==, "5.1.02.02.01.0003");
  g_assert_cmpint (dk_budget_line_get_sisa (last), ==, 0);
  g_assert_nonnull (strstr (dk_budget_page_get_card_value (page, 3), indonesian () ? "99,82" : "99.82"));

  /* the chart first where the budget splits (5.1.02.01, 5.1.02.02), then at depth 1 (5.1) */
  g_assert_true (DK_IS_BAR_CHART (chart));
  g_assert_cmpuint (dk_bar_chart_get_n_bars (DK_BAR_CHART (chart)), ==, 2);
  dk_budget_page_set_depth (page, 1);
  g_assert_cmpuint (dk_bar_chart_get_n_bars (DK_BAR_CHART (dk_budget_page_get_chart (page))), ==, 1);
  dk_budget_page_set_depth (page, 3);
  g_assert_cmpuint (dk_bar_chart_get_n_bars (DK_BAR_CHART (dk_budget_page_get_chart (page))), ==, 2);
  g_assert_null (dk_budget_page_get_monthly_chart (page));

  /* the 2019 activity is a single row */
  g_assert_true (dk_budget_page_select (page, 2019, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (dk_budget_page_get_table_model (page)), ==, 1);
  g_assert_false (dk_budget_page_select (page, 2019, "9.9"));
  g_assert_true (dk_budget_page_select (page, 2025, ACTIVITY_2025));
  save_screenshot (test, GTK_WIDGET (window), "budget");
}

/* Refused amounts say why, name the line, and write nothing; good ones are saved. */
static void
edit_budget (UiTest   *test,
             DkWindow *window)
{
  DkBudgetPage *page = dk_window_get_budget_page (window);
  DkBudgetAmountsDialog *amounts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "budget.enter-amounts", NULL));
  amounts = find_window (test, DK_TYPE_BUDGET_AMOUNTS_DIALOG);
  g_assert_true (dk_budget_amounts_dialog_set_text (amounts, "5.1.02.01.01.0052", TRUE, "9.700.000"));
  g_assert_false (dk_budget_amounts_dialog_save (amounts));
  g_assert_nonnull (strstr (dk_budget_amounts_dialog_get_error (amounts), "5.1.02.01.01.0052"));
  g_assert_nonnull (strstr (dk_budget_amounts_dialog_get_error (amounts), indonesian () ? "9.597.000" : "9,597,000"));
  g_assert_cmpint (stored_realisasi (test), ==, 15868000);

  g_assert_true (dk_budget_amounts_dialog_set_text (amounts, "5.1.02.02.01.0003", FALSE, "-6300000"));
  g_assert_false (dk_budget_amounts_dialog_save (amounts));
  g_assert_nonnull (strstr (dk_budget_amounts_dialog_get_error (amounts), "5.1.02.02.01.0003"));
  g_assert_cmpint (stored_realisasi (test), ==, 15868000);
  /* left open with its message, to be drawn */
}

static void
save_budget (UiTest   *test,
             DkWindow *window)
{
  DkBudgetPage *page = dk_window_get_budget_page (window);
  DkBudgetAmountsDialog *amounts = find_window (test, DK_TYPE_BUDGET_AMOUNTS_DIALOG);
  DkBudgetLineDialog *line;
  DkBudgetDpaDialog *dpa;
  DkBudgetTable *table;

  save_widget_screenshot (GTK_WIDGET (amounts), "budget-amounts");
  g_assert_true (dk_budget_amounts_dialog_set_text (amounts, "5.1.02.02.01.0003", FALSE, "6300000"));
  g_assert_true (dk_budget_amounts_dialog_set_text (amounts, "5.1.02.01.01.0052", FALSE, "9,700,000"));
  g_assert_true (dk_budget_amounts_dialog_save (amounts));
  g_assert_cmpint (stored_realisasi (test), ==, 16000000);
  table = dk_budget_page_get_table (page);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_get_total (table)), ==, 16000000);

  /* a line: a bad code is refused, a good one added */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "budget.add-line", NULL));
  line = find_window (test, DK_TYPE_BUDGET_LINE_DIALOG);
  dk_budget_line_dialog_set_field (line, "code", "6.1");
  dk_budget_line_dialog_set_field (line, "name", "Belanja Pemeliharaan");
  g_assert_false (dk_budget_line_dialog_save (line));
  g_assert_nonnull (strstr (dk_budget_line_dialog_get_error (line), "6.1"));
  dk_budget_line_dialog_set_field (line, "code", "5.1.02.03");
  g_assert_true (dk_budget_line_dialog_save (line));
  g_assert_cmpuint (g_list_model_get_n_items (dk_budget_page_get_table_model (page)), ==, 10);

  /* a month's realisation brings the monthly curve */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "budget.enter-month", NULL));
  amounts = find_window (test, DK_TYPE_BUDGET_AMOUNTS_DIALOG);
  dk_budget_amounts_dialog_set_month (amounts, 3);
  g_assert_true (dk_budget_amounts_dialog_set_text (amounts, "5.1.02.01.01.0052", TRUE, "4.000.000"));
  g_assert_true (dk_budget_amounts_dialog_save (amounts));
  g_assert_true (DK_IS_LINE_CHART (dk_budget_page_get_monthly_chart (page)));
  g_assert_cmpint (dk_budget_table_get_cumulative (dk_budget_page_get_table (page), 3), ==, 4000000);

  /* an amendment, shown with its change from the original DPA */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "budget.add-dpa", NULL));
  dpa = find_window (test, DK_TYPE_BUDGET_DPA_DIALOG);
  dk_budget_dpa_dialog_set_field (dpa, "name", "DPA Pergeseran");
  dk_budget_dpa_dialog_set_field (dpa, "date", "2025-13-01");
  g_assert_false (dk_budget_dpa_dialog_save (dpa));
  g_assert_nonnull (strstr (dk_budget_dpa_dialog_get_error (dpa), "2025-13-01"));
  dk_budget_dpa_dialog_set_field (dpa, "date", "2025-08-15");
  g_assert_true (dk_budget_dpa_dialog_save (dpa));
  table = dk_budget_page_get_table (page);
  g_assert_cmpuint (dk_budget_table_get_dpa (table), ==, 2);
  g_assert_cmpstr (dk_budget_table_get_dpa_name (table), ==, "DPA Pergeseran");
  dk_budget_page_set_compare (page, 1);
  table = dk_budget_page_get_table (page);
  g_assert_cmpuint (dk_budget_table_get_compare_dpa (table), ==, 1);
  {
    GListModel *shown = gtk_column_view_get_columns (dk_budget_page_get_column_view (page));
    g_autoptr(GtkColumnViewColumn) change = g_list_model_get_item (shown, g_list_model_get_n_items (shown) - 1);

    g_assert_true (gtk_column_view_column_get_visible (change));
    g_assert_nonnull (strstr (gtk_column_view_column_get_title (change), "DPA"));
  }
}

/* A new year: empty until it has an activity, then an activity without lines yet. */
static void
new_budget_year (UiTest   *test,
                 DkWindow *window)
{
  DkBudgetPage *page = dk_window_get_budget_page (window);
  DkBudgetYearDialog *year;
  DkBudgetActivityDialog *activity;
  DkBudgetAmountsDialog *amounts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "budget.add-year", NULL));
  year = find_window (test, DK_TYPE_BUDGET_YEAR_DIALOG);
  dk_budget_year_dialog_set_field (year, "year", "20x6");
  g_assert_false (dk_budget_year_dialog_save (year));
  g_assert_nonnull (strstr (dk_budget_year_dialog_get_error (year), "20x6"));
  dk_budget_year_dialog_set_field (year, "year", "2026");
  g_assert_true (dk_budget_year_dialog_save (year));
  g_assert_cmpint (dk_budget_page_get_year (page), ==, 2026);
  g_assert_null (dk_budget_page_get_table (page));
  g_assert_cmpstr (dk_budget_page_get_card_value (page, 0), ==, "–");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "budget.add-activity", NULL));
  activity = find_window (test, DK_TYPE_BUDGET_ACTIVITY_DIALOG);
  dk_budget_activity_dialog_set_field (activity, "code", ACTIVITY_2025);
  dk_budget_activity_dialog_set_field (activity, "name", "");
  g_assert_false (dk_budget_activity_dialog_save (activity));
  g_assert_nonnull (dk_budget_activity_dialog_get_error (activity));
  dk_budget_activity_dialog_set_field (activity, "name", "Fasilitasi terkait Pengelolaan Informasi");
  g_assert_true (dk_budget_activity_dialog_save (activity));
  g_assert_cmpint (dk_budget_table_get_year (dk_budget_page_get_table (page)), ==, 2026);
  g_assert_cmpuint (g_list_model_get_n_items (dk_budget_page_get_table_model (page)), ==, 1);

  /* no line yet: nothing to enter amounts on */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "budget.enter-amounts", NULL));
  amounts = find_window (test, DK_TYPE_BUDGET_AMOUNTS_DIALOG);
  g_assert_false (dk_budget_amounts_dialog_save (amounts));
  g_assert_nonnull (dk_budget_amounts_dialog_get_error (amounts));
  gtk_window_close (GTK_WINDOW (amounts));
  g_assert_true (dk_budget_page_select (page, 2025, ACTIVITY_2025));
}
static void
print_budget (UiTest   *test,
              DkWindow *window)
{
  g_autofree char *pdf = test_file (test, "budget-print.pdf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  DkBudgetPage *page = dk_window_get_budget_page (window);

  save_screenshot (test, GTK_WIDGET (window), "budget-edited");
  save_widget_screenshot (GTK_WIDGET (dk_budget_page_get_column_view (page)), "budget-table");
  dk_budget_page_set_compare (page, 0);
  {
    GListModel *shown = gtk_column_view_get_columns (dk_budget_page_get_column_view (page));
    g_autoptr(GtkColumnViewColumn) change = g_list_model_get_item (shown, g_list_model_get_n_items (shown) - 1);

    g_assert_false (gtk_column_view_column_get_visible (change));
  }
  g_assert_true (dk_window_print_to_pdf (window, pdf, &error));
  g_assert_no_error (error);
  bytes = dk_test_file_bytes (pdf);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 5000);
  g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "%PDF", 4) == 0);
}

/* A budget from Excel, opened from the budget page: the dialog asks for the budget,
 * shows its lines and imports them into the activity of 2026 entered above, which the
 * page then shows. */
static void
import_budget_file (UiTest   *test,
                    DkWindow *window)
{
  g_autofree char *path = test_file (test, "realisasi.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char csv[] = "REALISASI KEUANGAN SUB KEGIATAN TAHUN ANGGARAN 2026\r\n"
                     "Kode Rekening;Uraian;Jumlah Anggaran;Realisasi;%\r\n"
                     "2.12.04.1.02.0001;Fasilitasi terkait Pengelolaan Informasi Administrasi Kependudukan;"
                     "Rp 20.000.000;Rp 12.000.000;60,00%\r\n"
                     "5.1;BELANJA OPERASI;Rp 20.000.000;Rp 12.000.000;60,00%\r\n"
                     "5.1.02;Belanja Barang dan Jasa;Rp 20.000.000;Rp 12.000.000;60,00%\r\n"
                     "5.1.02.01;Belanja Barang;Rp 20.000.000;Rp 12.000.000;60,00%\r\n"
                     "5.1.02.01.01;Belanja Barang Pakai Habis;Rp 20.000.000;Rp 12.000.000;60,00%\r\n"
                     "5.1.02.01.01.0052;Belanja Makanan dan Minuman Rapat;Rp 15.000.000;Rp 12.000.000;80,00%\r\n"
                     "5.1.02.01.01.0024;Belanja Alat/Bahan untuk Kegiatan Kantor;Rp 5.000.000;-;-\r\n";

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  dk_window_set_page_name (window, "anggaran");
  open_import_dialog (test, window);
  dk_import_dialog_set_file (test->import, file);
  g_assert_true (dk_import_dialog_is_busy (test->import));
}

static void
check_budget_file (UiTest   *test,
                   DkWindow *window)
{
  g_autoptr(GObject) first = NULL;
  g_autofree char *kode = NULL;
  DkImport *import;
  gint64 anggaran;

  if ((test->retry = dk_import_dialog_is_busy (test->import)))
    return;
  g_assert_null (dk_import_dialog_get_error (test->import));
  import = dk_import_dialog_get_import (test->import);
  g_assert_cmpint (dk_import_get_kind (import), ==, DK_IMPORT_KIND_BUDGET);
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
  g_assert_cmpint (dk_import_get_year (import), ==, 2026);
  g_assert_cmpuint (dk_import_get_n_lines (import), ==, 2);
  /* the activity entered by hand earlier (new_budget_year), without lines: its name is kept */
  g_assert_true (dk_import_get_replaces (import));
  g_assert_cmpuint (dk_import_dialog_get_n_problem_rows (test->import), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (dk_import_dialog_get_preview (test->import)), ==, 7);
  /* the preview shows the rows as the file has them: the activity first, with its code */
  first = g_list_model_get_item (dk_import_dialog_get_preview (test->import), 0);
  g_object_get (first, "kode", &kode, "value0", &anggaran, NULL);
  g_assert_cmpstr (kode, ==, ACTIVITY_2025);
  g_assert_cmpint (anggaran, ==, 20000000);
  g_assert_true (dk_import_dialog_can_import (test->import));
  save_screenshot (test, GTK_WIDGET (test->import), "import-budget");
  g_assert_true (dk_import_dialog_confirm (test->import));
}

static void
check_budget_imported (UiTest   *test,
                       DkWindow *window)
{
  DkBudgetPage *page = dk_window_get_budget_page (window);
  DkBudgetTable *table;

  if ((test->retry = import_running (test)))
    return;
  g_assert_cmpstr (dk_window_get_page_name (window), ==, "anggaran");
  table = dk_budget_page_get_table (page);
  g_assert_cmpint (dk_budget_table_get_year (table), ==, 2026);
  g_assert_cmpstr (dk_budget_table_get_activity (table), ==, ACTIVITY_2025);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_get_total (table)), ==, 20000000);
  g_assert_cmpint (dk_budget_line_get_realisasi (dk_budget_table_get_total (table)), ==, 12000000);
  g_assert_cmpuint (dk_budget_table_get_lines (table)->len, ==, 7);

  /* Ctrl+Z undoes the import: the activity is back without lines; again, the activity
   * entered by hand goes, then the year, and the page shows the latest year left */
  g_assert_true (dk_window_undo (window));
  g_assert_cmpuint (g_list_model_get_n_items (dk_budget_page_get_table_model (page)), ==, 1);
  g_assert_cmpint (dk_budget_line_get_anggaran (dk_budget_table_get_total (dk_budget_page_get_table (page))), ==, 0);
  g_assert_true (dk_window_undo (window));
  g_assert_null (dk_budget_page_get_table (page));
  g_assert_true (dk_window_undo (window));
  g_assert_cmpint (dk_budget_page_get_year (page), ==, 2025);
}

static void
finish (UiTest   *test,
        DkWindow *window)
{
  test->done = TRUE;
  gtk_window_close (GTK_WINDOW (window));
}

static void
check_error (UiTest   *test,
             DkWindow *window)
{
  g_assert_cmpstr (dk_window_get_page_name (window), ==, "error");
  save_screenshot (test, GTK_WIDGET (window), "error");
}

static AdwStatusPage *
find_status_page (GtkWidget *widget)
{
  if (ADW_IS_STATUS_PAGE (widget))
    return ADW_STATUS_PAGE (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      AdwStatusPage *found = find_status_page (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A database holding a trigger added by hand: once the check of the file is over, the
 * window says the database was changed outside the program, naming the trigger, and shows
 * no figures. */
static void
check_foreign (UiTest   *test,
               DkWindow *window)
{
  AdwStatusPage *status;

  if ((test->retry = g_strcmp0 (dk_window_get_page_name (window), "error") != 0))
    return;
  status = find_status_page (GTK_WIDGET (window));
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (status), ==, _("The Database Was Changed Outside the Program"));
  g_assert_nonnull (strstr (adw_status_page_get_description (status), "hapus_anggaran"));
  save_screenshot (test, GTK_WIDGET (window), "foreign-trigger");
}

/* ---------------------------------------------------------- 800 × 600 */

/* The smallest screen the office has: the window shrinks to it, and no page asks for more. */
static void
make_narrow (UiTest   *test,
             DkWindow *window)
{
  int min_width, min_height;

  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, 800, &min_height, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, 800);
  g_assert_cmpint (min_height, <=, 600);
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
}

static void
check_narrow (UiTest     *test,
              DkWindow   *window,
              GtkWidget  *page,
              const char *name)
{
  g_autofree char *shot = g_strconcat (name, "-800x600", NULL);
  int min_width;

  /* the resize reaches the window a few frames later; 800 × 600 includes its frame */
  if (gtk_widget_get_width (GTK_WIDGET (window)) > 800 || gtk_widget_get_height (GTK_WIDGET (window)) > 600)
    {
      test->retry = TRUE;
      return;
    }
  g_assert_cmpstr (dk_window_get_page_name (window), ==, name);
  g_assert_true (gtk_widget_get_mapped (page));
  gtk_widget_measure (page, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_assert_cmpint (min_width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_get_width (page), <=, gtk_widget_get_width (GTK_WIDGET (window)));
  save_screenshot (test, GTK_WIDGET (window), shot);
  test->shot = 0;
}

/* A screenshot of each screenful of the page at 800 × 600, from the top to the bottom. */
static void
scroll_through (UiTest     *test,
                GtkWidget  *chart_view,
                const char *name)
{
  GtkWidget *scrolled = gtk_widget_get_ancestor (chart_view, GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adj = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *window = GTK_WIDGET (gtk_widget_get_root (chart_view));
  double value = gtk_adjustment_get_value (adj);
  double bottom = gtk_adjustment_get_upper (adj) - gtk_adjustment_get_page_size (adj);
  g_autofree char *shot = g_strdup_printf ("%s-800x600-%u", name, ++test->shot);

  save_screenshot (test, window, shot);
  if (value < bottom && test->shot < 12)
    {
      gtk_adjustment_set_value (adj, MIN (value + gtk_adjustment_get_page_size (adj) * 0.9, bottom));
      test->retry = TRUE;
      return;
    }
  gtk_adjustment_set_value (adj, 0);
}

static void
scroll_ikd (UiTest   *test,
            DkWindow *window)
{
  scroll_through (test, GTK_WIDGET (dk_ikd_page_get_chart_view (dk_window_get_ikd_page (window))), "ikd");
}

static void
scroll_m2m (UiTest   *test,
            DkWindow *window)
{
  scroll_through (test, GTK_WIDGET (dk_m2m_page_get_chart_view (dk_window_get_m2m_page (window))), "m2m");
}

static void
scroll_budget (UiTest   *test,
               DkWindow *window)
{
  scroll_through (test, GTK_WIDGET (dk_budget_page_get_chart_view (dk_window_get_budget_page (window))),
                  "anggaran");
}

static void
check_narrow_ikd (UiTest   *test,
                  DkWindow *window)
{
  check_narrow (test, window, GTK_WIDGET (dk_window_get_ikd_page (window)), "ikd");
}

static void
check_narrow_m2m (UiTest   *test,
                  DkWindow *window)
{
  check_narrow (test, window, GTK_WIDGET (dk_window_get_m2m_page (window)), "m2m");
}

static void
check_narrow_budget (UiTest   *test,
                     DkWindow *window)
{
  check_narrow (test, window, GTK_WIDGET (dk_window_get_budget_page (window)), "anggaran");
}

static GtkWidget *
shown_page (DkWindow *window)
{
  const char *name = dk_window_get_page_name (window);

  if (g_strcmp0 (name, "ikd") == 0)
    return GTK_WIDGET (dk_window_get_ikd_page (window));
  if (g_strcmp0 (name, "m2m") == 0)
    return GTK_WIDGET (dk_window_get_m2m_page (window));
  g_assert_cmpstr (name, ==, "anggaran");
  return GTK_WIDGET (dk_window_get_budget_page (window));
}

static void
collect_chart_views (GtkWidget *widget,
                     GPtrArray *views)
{
  if (DK_IS_CHART_VIEW (widget))
    g_ptr_array_add (views, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_chart_views (child, views);
}

/* Every chart of the page shown as its table: as many rows as the chart has bars or points. */
static void
show_tables (UiTest   *test,
             DkWindow *window)
{
  g_autoptr(GPtrArray) views = g_ptr_array_new ();

  collect_chart_views (shown_page (window), views);
  /* two charts a page, and the offices' map on the M2M and Blangko pages */
  g_assert_cmpuint (views->len, >=, 2);
  g_assert_cmpuint (views->len, <=, 3);
  for (guint i = 0; i < views->len; i++)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (table_toggle_of (views->pdata[i])), TRUE);
  test->shot = 0;
}

static void
check_tables (UiTest   *test,
              DkWindow *window)
{
  GtkWidget *page = shown_page (window);
  g_autoptr(GPtrArray) views = g_ptr_array_new ();
  g_autofree char *name = g_strconcat (dk_window_get_page_name (window), "-tables", NULL);
  guint n_shown = 0;

  collect_chart_views (page, views);
  for (guint i = 0; i < views->len; i++)
    {
      DkChartView *view = views->pdata[i];
      DkChartTableView *table_view = chart_table_of (view);
      DkChart *chart = dk_chart_view_get_chart (view);
      GListModel *rows;
      guint n_items;

      g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
      if (!gtk_widget_get_mapped (GTK_WIDGET (table_view)))
        continue;   /* a card hidden for want of data */
      rows = G_LIST_MODEL (gtk_column_view_get_model (dk_chart_table_view_get_column_view (table_view)));
      n_items = DK_IS_BAR_CHART (chart) ? dk_bar_chart_get_n_bars (DK_BAR_CHART (chart))
              : DK_IS_MAP_CHART (chart) ? dk_map_chart_get_n_items (DK_MAP_CHART (chart))
                                        : dk_line_chart_get_n_points (DK_LINE_CHART (chart));
      g_assert_cmpuint (n_items, >, 0);
      g_assert_cmpuint (g_list_model_get_n_items (rows), ==, n_items);
      n_shown++;
    }
  g_assert_cmpuint (n_shown, >=, 1);
  scroll_through (test, find_child (page, DK_TYPE_CHART_TABLE_VIEW), name);
}

static const UiStep narrow_steps[] = { show_ikd, make_narrow, check_narrow_ikd, scroll_ikd, show_tables, check_tables,
                                       show_m2m, check_narrow_m2m, scroll_m2m, show_tables, check_tables,
                                       show_budget, check_narrow_budget, scroll_budget, show_tables, check_tables,
                                       finish, NULL };


/* ---------------------------------------------------------------- blangko */

static gint64
plan_sum (GListModel *model)
{
  gint64 sum = 0;

  /* the rows, without the total at the end */
  for (guint i = 0; i + 1 < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DkBlangkoItem) item = g_list_model_get_item (model, i);

      sum += dk_blangko_item_get_count (item, DK_BLANGKO_COUNT_KEPING);
    }
  return sum;
}

static void
show_blangko (UiTest   *test,
              DkWindow *window)
{
  dk_window_set_page_name (window, "blangko");
  dk_blangko_page_set_as_of (dk_window_get_blangko_page (window), "2019-11-30");
}

/* The seeded coverage of November 2019; an empty ledger; every office listed. */
static void
check_blangko (UiTest   *test,
               DkWindow *window)
{
  DkBlangkoPage *page = dk_window_get_blangko_page (window);
  GListModel *coverage = dk_blangko_page_get_coverage_model (page);
  g_autoptr(DkBlangkoItem) province = NULL;

  g_assert_cmpstr (dk_window_get_page_name (window), ==, "blangko");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (page)));
  g_assert_cmpstr (dk_blangko_page_get_as_of (page), ==, "2019-11-30");
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_offices_model (page)), ==, 19);
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_ledger_model (page)), ==, 0);
  g_assert_cmpstr (dk_blangko_page_get_stock_text (page), ==, "0");
  g_assert_cmpuint (g_list_model_get_n_items (coverage), ==, 1);
  province = g_list_model_get_item (coverage, 0);
  g_assert_cmpint (dk_blangko_item_get_count (province, DK_BLANGKO_COUNT_WAJIB_KTP), ==, 3883189);
  g_assert_cmpint (dk_blangko_item_get_count (province, DK_BLANGKO_COUNT_MEMILIKI_KTP_EL), ==, 3708770);
  /* nobody reports yet: the default 2,000 split evenly, 19 rows and the total */
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_plan_model (page)), ==, 20);
  g_assert_cmpint (plan_sum (dk_blangko_page_get_plan_model (page)), ==, 2000);
  save_screenshot (test, GTK_WIDGET (window), "blangko-empty");
}

static gpointer
open_blangko_dialog (UiTest     *test,
                     DkWindow   *window,
                     const char *action,
                     GType       type)
{
  DkBlangkoPage *page = dk_window_get_blangko_page (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), action, NULL));
  return find_window (test, type);
}

/* A receipt, a distribution refused for want of stock, and daily reports, as typed. */
static void
enter_blangko (UiTest   *test,
               DkWindow *window)
{
  DkBlangkoPage *page = dk_window_get_blangko_page (window);
  DkBlangkoReceiveDialog *receipt = open_blangko_dialog (test, window, "blangko.record-receipt",
                                                         DK_TYPE_BLANGKO_RECEIVE_DIALOG);
  DkBlangkoDistributeDialog *distribution;

  dk_blangko_receive_dialog_set_field (receipt, "date", "2019-11-28");
  dk_blangko_receive_dialog_set_field (receipt, "number", "BA/DUKCAPIL/11");
  dk_blangko_receive_dialog_set_field (receipt, "keping", "2.5OO");
  g_assert_false (dk_blangko_receive_dialog_save (receipt));
  g_assert_nonnull (dk_blangko_receive_dialog_get_error (receipt));
  dk_blangko_receive_dialog_set_field (receipt, "keping", "2.500");
  g_assert_true (dk_blangko_receive_dialog_save (receipt));
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_ledger_model (page)), ==, 1);

  distribution = open_blangko_dialog (test, window, "blangko.record-distribution", DK_TYPE_BLANGKO_DISTRIBUTE_DIALOG);
  dk_blangko_distribute_dialog_set_office (distribution, "13.71");
  dk_blangko_distribute_dialog_set_field (distribution, "keping", "5000");
  g_assert_false (dk_blangko_distribute_dialog_save (distribution));
  g_assert_nonnull (strstr (dk_blangko_distribute_dialog_get_error (distribution), "KOTA PADANG"));
}

/* a dialog is drawn a step after it is presented */
static void
enter_daily (UiTest   *test,
             DkWindow *window)
{
  DkBlangkoPage *page = dk_window_get_blangko_page (window);
  DkBlangkoDistributeDialog *distribution = find_window (test, DK_TYPE_BLANGKO_DISTRIBUTE_DIALOG);
  static const struct { const char *kode, *sisa, *cetak, *prr, *suket; } reports[] = {
    { "13.71", "0", "10", "2.100", "5" },
    { "13.01", "100", "20", "500", "1" },
    { "13.75", "600", "20", "500", "1" },
  };

  save_widget_screenshot (GTK_WIDGET (distribution), "blangko-distribution-refused");
  gtk_window_close (GTK_WINDOW (distribution));
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_ledger_model (page)), ==, 1);

  for (guint i = 0; i < G_N_ELEMENTS (reports); i++)
    {
      DkBlangkoDailyDialog *daily = open_blangko_dialog (test, window, "blangko.record-daily",
                                                         DK_TYPE_BLANGKO_DAILY_DIALOG);

      dk_blangko_daily_dialog_set_office (daily, reports[i].kode);
      dk_blangko_daily_dialog_set_field (daily, "date", "2019-11-30");
      dk_blangko_daily_dialog_set_field (daily, "sisa", reports[i].sisa);
      dk_blangko_daily_dialog_set_field (daily, "cetak", reports[i].cetak);
      dk_blangko_daily_dialog_set_field (daily, "prr", reports[i].prr);
      dk_blangko_daily_dialog_set_field (daily, "suket", reports[i].suket);
      g_assert_true (dk_blangko_daily_dialog_save (daily));
    }
}

/* The plan ranks the office out of blanks first, sums to N, and a share set by hand
 * re-balances the others; then it is exported and recorded. */
static void
plan_blangko (UiTest   *test,
              DkWindow *window)
{
  DkBlangkoPage *page = dk_window_get_blangko_page (window);
  GListModel *model = dk_blangko_page_get_plan_model (page);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = test_file (test, "rencana.xlsx");
  DkBlangkoPlan *plan;

  g_assert_true (dk_blangko_page_propose (page, 2000));
  plan = dk_blangko_page_get_plan (page);
  g_assert_cmpuint (dk_blangko_plan_find (plan, "13.71")->rank, ==, 1);
  g_assert_cmpuint (dk_blangko_plan_find (plan, "13.01")->rank, ==, 2);
  g_assert_cmpint (plan_sum (model), ==, 2000);
  g_assert_true (dk_blangko_page_set_share (page, "13.01", 300, &error));
  g_assert_no_error (error);
  g_assert_cmpint (dk_blangko_plan_find (plan, "13.01")->keping, ==, 300);
  g_assert_cmpint (plan_sum (model), ==, 2000);
  g_assert_false (dk_blangko_page_set_share (page, "13.01", 2001, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_cmpint (plan_sum (model), ==, 2000);

  g_assert_true (dk_blangko_page_export_plan (page, path, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
  {
    g_autofree char *pdf = test_file (test, "blangko.pdf");
    g_autoptr(GBytes) bytes = NULL;

    g_assert_true (dk_window_print_to_pdf (window, pdf, &error));
    g_assert_no_error (error);
    bytes = dk_test_file_bytes (pdf);
    g_assert_true (memcmp (g_bytes_get_data (bytes, NULL), "%PDF", 4) == 0);
    if (g_getenv ("DK_UI_SCREENSHOT_DIR") != NULL)
      {
        g_autofree char *copy = g_build_filename (g_getenv ("DK_UI_SCREENSHOT_DIR"), "blangko.pdf", NULL);

        g_file_set_contents (copy, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
      }
  }
  gtk_widget_grab_focus (GTK_WIDGET (dk_blangko_page_get_chart_view (page)));
  save_screenshot (test, GTK_WIDGET (window), "blangko");
}

static void
approve_blangko (UiTest   *test,
                 DkWindow *window)
{
  DkBlangkoPage *page = dk_window_get_blangko_page (window);
  g_autoptr(GError) error = NULL;
  DkBlangkoPlan *plan = dk_blangko_page_get_plan (page);
  guint n_shares = 0;

  for (guint i = 0; i < dk_blangko_plan_get_n_rows (plan); i++)
    n_shares += dk_blangko_plan_get_row (plan, i)->keping > 0;
  g_assert_false (dk_blangko_page_approve (page, "2019-11-27", DK_BLANGKO_DELIVERED, &error));
  g_assert_nonnull (error);
  g_clear_error (&error);
  g_assert_true (dk_blangko_page_approve (page, "2019-11-30", DK_BLANGKO_DELIVERED, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_ledger_model (page)), ==, 1 + n_shares);
  g_assert_cmpstr (dk_blangko_page_get_stock_text (page), ==, "500");
  /* Ctrl+Z takes the recorded plan back whole, and it can be recorded again */
  g_assert_true (dk_window_undo (window));
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_ledger_model (page)), ==, 1);
  g_assert_cmpstr (dk_blangko_page_get_stock_text (page), ==, indonesian () ? "2.500" : "2,500");
  g_assert_true (dk_blangko_page_approve (page, "2019-11-30", DK_BLANGKO_DELIVERED, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (dk_blangko_page_get_stock_text (page), ==, "500");
  /* the approval dialog opens and closes */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "blangko.approve", NULL));
  test->retry = FALSE;
}

static void
close_approval (UiTest   *test,
                DkWindow *window)
{
  DkBlangkoApproveDialog *dialog = find_window (test, DK_TYPE_BLANGKO_APPROVE_DIALOG);

  save_widget_screenshot (GTK_WIDGET (dialog), "blangko-approve");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
}

/* An office's usage report entered a day at a time; a day whose saldo breaks is found;
 * the report exported; a bad file refused; a BAST number and a signatory filled in. */
static void
usage_blangko (UiTest   *test,
               DkWindow *window)
{
  DkBlangkoPage *page = dk_window_get_blangko_page (window);
  DkBlangkoUsageDialog *dialog;
  g_autofree char *xlsx = test_file (test, "laporan.xlsx");
  g_autofree char *bad = test_file (test, "salah.csv");
  g_autoptr(GError) error = NULL;

  dk_blangko_page_show_usage (page, "13.01", "2019-11");
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_usage_model (page)), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "blangko.record-usage", NULL));
  dialog = find_window (test, DK_TYPE_BLANGKO_USAGE_DIALOG);
  dk_blangko_usage_dialog_set_field (dialog, "saldo", "200");
  dk_blangko_usage_dialog_set_field (dialog, "baru", "30");
  dk_blangko_usage_dialog_set_field (dialog, "invalid", "2");
  g_assert_true (dk_blangko_usage_dialog_save (dialog));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "blangko.record-usage", NULL));
  dialog = find_window (test, DK_TYPE_BLANGKO_USAGE_DIALOG);
  dk_blangko_usage_dialog_set_field (dialog, "date", "2019-11-04");
  dk_blangko_usage_dialog_set_field (dialog, "saldo", "300");
  dk_blangko_usage_dialog_set_field (dialog, "baru", "10");
  g_assert_true (dk_blangko_usage_dialog_save (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_usage_model (page)), ==, 2);
  g_assert_cmpuint (dk_blangko_page_get_usage_breaks (page), ==, 1);

  g_assert_true (dk_blangko_page_export_usage (page, xlsx, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (xlsx, G_FILE_TEST_IS_REGULAR));
  g_assert_true (g_file_set_contents (bad, "1;;;2x0;;;;;;;;;;\n", -1, NULL));
  g_assert_false (dk_blangko_page_import_usage (page, bad, &error));
  g_assert_nonnull (strstr (error->message, "salah.csv"));
  g_clear_error (&error);
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_usage_model (page)), ==, 2);
}

static void
fill_in_blangko (UiTest   *test,
                 DkWindow *window)
{
  DkBlangkoPage *page = dk_window_get_blangko_page (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;
  g_autoptr(DkBlangkoSigner) signer = NULL;
  g_autoptr(DkBlangkoItem) first = NULL;
  DkBlangkoNumberDialog *number;
  DkBlangkoSignerDialog *signatory;

  /* the newest entry is one of the plan's distributions, without a BAST number */
  number = dk_blangko_page_edit_number (page, 0);
  g_assert_nonnull (number);
  dk_blangko_number_dialog_set_number (number, "470/BAST/2019/12");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (number), "save");
  first = g_list_model_get_item (dk_blangko_page_get_ledger_model (page), 0);
  g_assert_cmpstr (dk_blangko_item_get_text (first, DK_BLANGKO_TEXT_NOMOR), ==, "470/BAST/2019/12");

  signatory = dk_blangko_page_open_signer (page, "13.01");
  dk_blangko_signer_dialog_set_field (signatory, "nama", "NAMA KEPALA DINAS");
  dk_blangko_signer_dialog_set_field (signatory, "tempat", "Painan");
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (signatory), "save");
  store = dk_domains_open (test->db, &error);
  signer = dk_blangko_signer_get (store, "13.01", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (signer->nama, ==, "NAMA KEPALA DINAS");
  g_assert_cmpstr (signer->tempat, ==, "Painan");
  g_assert_cmpstr (signer->jabatan, ==, "Kepala Dinas");
  save_screenshot (test, GTK_WIDGET (window), "blangko-usage");
}

static void
check_narrow_blangko (UiTest   *test,
                      DkWindow *window)
{
  check_narrow (test, window, GTK_WIDGET (dk_window_get_blangko_page (window)), "blangko");
}

static void
scroll_blangko (UiTest   *test,
                DkWindow *window)
{
  scroll_through (test, GTK_WIDGET (dk_blangko_page_get_chart_view (dk_window_get_blangko_page (window))), "blangko");
}

static const UiStep blangko_steps[] = { show_blangko, check_blangko, enter_blangko, enter_daily, plan_blangko, approve_blangko,
                                        close_approval, usage_blangko, fill_in_blangko, make_narrow, check_narrow_blangko, scroll_blangko,
                                        finish, NULL };

/* -------------------------------------------------------------------- PKS */

static void
show_pks (UiTest   *test,
          DkWindow *window)
{
  DkPksPage *page;
  DkPksSummary summary;

  dk_window_set_page_name (window, "pks");
  page = dk_window_get_pks_page (window);
  dk_pks_page_set_as_of (page, "2025-04-14");
  g_assert_cmpstr (dk_window_get_page_name (window), ==, "pks");
  g_assert_cmpuint (g_list_model_get_n_items (dk_pks_page_get_agreements_model (page)), ==, 0);
  dk_pks_page_get_summary (page, &summary);
  g_assert_cmpuint (summary.n_active + summary.n_expiring + summary.n_must_switch_off + summary.n_late, ==, 0);
}

static gpointer
open_pks_dialog (UiTest     *test,
                 DkWindow   *window,
                 const char *action,
                 GType       type)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dk_window_get_pks_page (window)), action, NULL));
  return find_window (test, type);
}

static void
add_pks (UiTest                    *test,
         DkWindow                  *window,
         const DkPksAgreementInput *in)
{
  DkPksAgreementDialog *dialog = open_pks_dialog (test, window, "pks.new-agreement", DK_TYPE_PKS_AGREEMENT_DIALOG);

  dk_pks_agreement_dialog_set_values (dialog, in);
  if (!dk_pks_agreement_dialog_save (dialog))
    g_error ("%s", dk_pks_agreement_dialog_get_error (dialog));
}

static void
pks_steps (UiTest     *test,
           DkWindow   *window,
           gint64      id,
           guint       last,
           const char *done)
{
  DkPksPage *page = dk_window_get_pks_page (window);

  g_assert_true (dk_pks_page_select (page, id));
  for (guint n = 1; n <= last; n++)
    {
      DkPksStepDialog *dialog = open_pks_dialog (test, window, "pks.step", DK_TYPE_PKS_STEP_DIALOG);

      dk_pks_step_dialog_set_values (dialog, done, "Kasi Kerja Sama", 0x7);
      if (!dk_pks_step_dialog_save (dialog))
        g_error ("%s", dk_pks_step_dialog_get_error (dialog));
    }
}

/* A dialog left open by the step before, drawn once it is shown, then closed. */
static gboolean
shoot_dialog (UiTest     *test,
              const char *name)
{
  if ((test->retry = !gtk_widget_get_mapped (GTK_WIDGET (test->dialog))))
    return FALSE;
  save_widget_screenshot (GTK_WIDGET (test->dialog), name);
  return TRUE;
}

/* An agreement refused for its date and then for an IP address; nothing is kept. */
static void
refuse_pks_agreement (UiTest   *test,
                      DkWindow *window)
{
  DkPksPage *page = dk_window_get_pks_page (window);
  DkPksAgreementInput bank = { "Bank Nagari", "Bank", "470/001/PKS/2024", "B/01/2024", "2024-02-30", 0, "2024-12-31",
                               "NIK, nama, alamat", DK_PKS_CARD_READER, "10.1.2.3", NULL, NULL, NULL };
  DkPksAgreementDialog *dialog;

  /* the page shown, drawn since the step before */
  save_screenshot (test, GTK_WIDGET (window), "pks-empty");
  dialog = open_pks_dialog (test, window, "pks.new-agreement", DK_TYPE_PKS_AGREEMENT_DIALOG);
  dk_pks_agreement_dialog_set_values (dialog, &bank);
  g_assert_false (dk_pks_agreement_dialog_save (dialog));
  g_assert_nonnull (strstr (dk_pks_agreement_dialog_get_error (dialog), "2024-02-30"));
  bank.ditandatangani = "2024-01-02";
  bank.ip = "10.1.2.300";
  dk_pks_agreement_dialog_set_values (dialog, &bank);
  g_assert_false (dk_pks_agreement_dialog_save (dialog));
  g_assert_nonnull (strstr (dk_pks_agreement_dialog_get_error (dialog), "10.1.2.300"));
  g_assert_cmpuint (g_list_model_get_n_items (dk_pks_page_get_agreements_model (page)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (dk_pks_page_get_institutions_model (page)), ==, 0);
  test->dialog = GTK_WINDOW (dialog);
}

/* The refused agreement corrected, two more, and their SOP steps. */
static void
enter_pks (UiTest   *test,
           DkWindow *window)
{
  DkPksPage *page = dk_window_get_pks_page (window);
  DkPksAgreementInput fix = { .ip = "10.1.2.3", .mechanism = DK_PKS_N_MECHANISMS };
  DkPksAgreementInput rsup = { "RSUP M. Djamil", "Rumah sakit", "470/002/PKS/2025", NULL, "2025-01-02", 12, NULL,
                               NULL, DK_PKS_WEB_SERVICE, "10.20.0.5, 10.20.0.6", NULL, NULL, NULL };
  DkPksAgreementInput dinkes = { "Dinas Kesehatan", "OPD", "470/003/PKS/2025", NULL, "2025-01-02", 0, "2025-06-30",
                                 NULL, DK_PKS_WEB_PORTAL, NULL, "SNI ISO/IEC 27001", "2026-03-31", NULL };

  if (!shoot_dialog (test, "pks-agreement-refused"))
    return;
  dk_pks_agreement_dialog_set_values (DK_PKS_AGREEMENT_DIALOG (test->dialog), &fix);
  g_assert_true (dk_pks_agreement_dialog_save (DK_PKS_AGREEMENT_DIALOG (test->dialog)));
  test->dialog = NULL;
  add_pks (test, window, &rsup);
  add_pks (test, window, &dinkes);
  g_assert_cmpuint (g_list_model_get_n_items (dk_pks_page_get_agreements_model (page)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (dk_pks_page_get_institutions_model (page)), ==, 3);
  pks_steps (test, window, 1, 6, "2024-01-10");
  pks_steps (test, window, 3, 6, "2025-01-08");
}

/* A step without all its documents is refused and writes nothing. */
static void
refuse_pks_step (UiTest   *test,
                 DkWindow *window)
{
  DkPksPage *page = dk_window_get_pks_page (window);
  DkPksStepDialog *step;
  g_autoptr(DkPksItem) first = NULL;

  g_assert_true (dk_pks_page_select (page, 2));
  step = open_pks_dialog (test, window, "pks.step", DK_TYPE_PKS_STEP_DIALOG);
  dk_pks_step_dialog_set_values (step, "2025-01-07", "Kasi Kerja Sama", 0x3);
  g_assert_false (dk_pks_step_dialog_save (step));
  g_assert_nonnull (strstr (dk_pks_step_dialog_get_error (step), "Naskah PKS"));
  first = g_list_model_get_item (dk_pks_page_get_steps_model (page), 0);
  g_assert_cmpstr (dk_pks_item_get_text (first, 5), ==, "");
  test->dialog = GTK_WINDOW (step);
}

/* An institution without a name, or with one already recorded, is refused; a new one is kept. */
static void
refuse_pks_institution (UiTest   *test,
                        DkWindow *window)
{
  DkPksPage *page = dk_window_get_pks_page (window);
  DkPksInstitutionDialog *dialog = open_pks_dialog (test, window, "pks.new-institution",
                                                    DK_TYPE_PKS_INSTITUTION_DIALOG);

  dk_pks_institution_dialog_set_values (dialog, "  ", "OPD", NULL, NULL);
  g_assert_false (dk_pks_institution_dialog_save (dialog));
  dk_pks_institution_dialog_set_values (dialog, "bank nagari", NULL, NULL, NULL);
  g_assert_false (dk_pks_institution_dialog_save (dialog));
  g_assert_nonnull (strstr (dk_pks_institution_dialog_get_error (dialog), "bank nagari"));
  g_assert_cmpuint (g_list_model_get_n_items (dk_pks_page_get_institutions_model (page)), ==, 3);
  dk_pks_institution_dialog_set_values (dialog, "Dinas Sosial", "OPD", "Jl. Sudirman, Padang", "0751-000000");
  g_assert_true (dk_pks_institution_dialog_save (dialog));
  g_assert_cmpuint (g_list_model_get_n_items (dk_pks_page_get_institutions_model (page)), ==, 4);
}

/* Access on before the SOP is done, and an extension that ends earlier: refused. */
static void
refuse_pks (UiTest   *test,
            DkWindow *window)
{
  DkPksPage *page = dk_window_get_pks_page (window);
  DkPksAccessDialog *access;
  DkPksExtendDialog *extend;

  if (!shoot_dialog (test, "pks-step-refused"))
    return;
  gtk_window_close (test->dialog);
  test->dialog = NULL;
  pks_steps (test, window, 2, 2, "2025-01-07");
  access = open_pks_dialog (test, window, "pks.access", DK_TYPE_PKS_ACCESS_DIALOG);
  dk_pks_access_dialog_set_values (access, DK_PKS_GRANTED, "2025-04-14");
  g_assert_false (dk_pks_access_dialog_save (access));
  gtk_window_close (GTK_WINDOW (access));
  g_assert_true (dk_pks_page_select (page, 1));
  extend = open_pks_dialog (test, window, "pks.extend", DK_TYPE_PKS_EXTEND_DIALOG);
  dk_pks_extend_dialog_set_values (extend, "2025-04-14", "EXT/01", "2024-06-30");
  g_assert_false (dk_pks_extend_dialog_save (extend));
  g_assert_cmpuint (g_list_model_get_n_items (dk_pks_page_get_agreements_model (page)), ==, 3);
  test->dialog = GTK_WINDOW (extend);
  refuse_pks_institution (test, window);
}

/* What the Kepala Bidang sees: one to switch off today, one ending this quarter, one stuck
 * at step 3 since 7 January. */
static void
check_pks (UiTest   *test,
           DkWindow *window)
{
  DkPksPage *page = dk_window_get_pks_page (window);
  DkChart *chart = dk_chart_view_get_chart (dk_pks_page_get_chart_view (page));
  DkPksSummary summary;

  if (!shoot_dialog (test, "pks-extend-refused"))
    return;
  gtk_window_close (test->dialog);
  test->dialog = NULL;
  dk_pks_page_get_summary (page, &summary);
  g_assert_cmpuint (summary.n_active, ==, 2);
  g_assert_cmpuint (summary.n_expiring, ==, 1);
  g_assert_cmpuint (summary.n_must_switch_off, ==, 1);
  g_assert_cmpuint (summary.n_late, ==, 1);
  g_assert_nonnull (strstr (dk_pks_page_get_card_detail (page, 1), "Dinas Kesehatan"));
  g_assert_nonnull (strstr (dk_pks_page_get_card_detail (page, 2), "Bank Nagari"));
  g_assert_nonnull (strstr (dk_pks_page_get_card_detail (page, 3), "RSUP M. Djamil"));
  g_assert_nonnull (strstr (dk_pks_page_get_card_detail (page, 3), "69"));
  g_assert_cmpuint (dk_pks_chart_get_n_items (DK_PKS_CHART (chart)), ==, 3);
}

static void
shoot_pks (UiTest   *test,
           DkWindow *window)
{
  DkPksPage *page = dk_window_get_pks_page (window);

  save_screenshot (test, GTK_WIDGET (window), "pks");
  g_assert_true (dk_pks_page_select (page, 1));
  test->dialog = open_pks_dialog (test, window, "pks.access", DK_TYPE_PKS_ACCESS_DIALOG);
}

/* Switched off from the dialog, then the change undone. */
static void
switch_off_pks (UiTest   *test,
                DkWindow *window)
{
  DkPksPage *page = dk_window_get_pks_page (window);
  DkPksSummary summary;

  if (!shoot_dialog (test, "pks-access"))
    return;
  g_assert_true (dk_pks_access_dialog_save (DK_PKS_ACCESS_DIALOG (test->dialog)));
  test->dialog = NULL;
  dk_pks_page_get_summary (page, &summary);
  g_assert_cmpuint (summary.n_must_switch_off, ==, 0);
  g_assert_true (dk_window_undo (window));
  dk_pks_page_get_summary (page, &summary);
  g_assert_cmpuint (summary.n_must_switch_off, ==, 1);
}

static void
check_narrow_pks (UiTest   *test,
                  DkWindow *window)
{
  check_narrow (test, window, GTK_WIDGET (dk_window_get_pks_page (window)), "pks");
}

static void
scroll_pks (UiTest   *test,
            DkWindow *window)
{
  scroll_through (test, GTK_WIDGET (dk_pks_page_get_chart_view (dk_window_get_pks_page (window))), "pks");
}

static const UiStep pks_steps_list[] = { show_pks, refuse_pks_agreement, enter_pks, refuse_pks_step, refuse_pks, check_pks,
                                         shoot_pks, switch_off_pks, make_narrow, check_narrow_pks, scroll_pks, finish,
                                         NULL };

/* ------------------------------------------------- conflicts in every dialog */

/* Returns: (transfer none) (nullable): the message asking to reload over @dialog */
static AdwMessageDialog *
reload_message (gpointer dialog)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (ADW_IS_MESSAGE_DIALOG (l->data) && gtk_window_get_transient_for (l->data) == GTK_WINDOW (dialog) &&
        adw_message_dialog_has_response (l->data, "reload"))
      return l->data;
  return NULL;
}

/* The write of @dialog was refused for another program's change: it says so over the
 * dialog, naming who, with Reload suggested. */
static AdwMessageDialog *
assert_reload_offered (gpointer dialog)
{
  AdwMessageDialog *message = reload_message (dialog);

  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (message), ==, _("The Figures Were Changed"));
  g_assert_true (adw_message_dialog_get_response_appearance (message, "reload") == ADW_RESPONSE_SUGGESTED);
  g_test_message ("%s", adw_message_dialog_get_body (message));
  /* who changed them: the server's account, or none on a file */
  g_assert_nonnull (strstr (adw_message_dialog_get_body (message),
                            dk_test_engine_is_pg () ? "postgres" : _("another program")));
  return message;
}

/* Reload closes the dialog (its figures are the old ones) and reads them again. */
static gboolean
reloaded (UiTest *test,
          GType   type)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (test->app)); l != NULL; l = l->next)
    test->retry |= G_TYPE_CHECK_INSTANCE_TYPE (l->data, type) || ADW_IS_MESSAGE_DIALOG (l->data);
  return !test->retry;
}

static DkStore *
open_other (UiTest *test)
{
  g_autoptr(GError) error = NULL;
  DkStore *other = dk_domains_open (test->db, &error);

  g_assert_no_error (error);
  return other;
}

/* @realisasi: which amount of the stored line @kode: the realisation, or else the budget */
static gint64
stored_line (UiTest     *test,
             const char *kode,
             gboolean    realisasi)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = dk_domains_open (test->db, &error);
  g_autoptr(DkBudgetTable) table = dk_budget_table_load (store, 2025, ACTIVITY_2025, 0, 0, &error);
  DkBudgetLine *line;

  g_assert_no_error (error);
  line = dk_budget_table_find (table, kode);
  return realisasi ? dk_budget_line_get_realisasi (line) : dk_budget_line_get_anggaran (line);
}

#define LINE_0052 "5.1.02.01.01.0052"

/* Another program enters a line's realisation while the amounts dialog is open: the
 * dialog's save is refused with Reload; left open one step, to be drawn. */
static void
conflict_budget (UiTest   *test,
                 DkWindow *window)
{
  DkBudgetPage *page = dk_window_get_budget_page (window);
  g_autoptr(DkStore) other = open_other (test);
  g_autoptr(GError) error = NULL;
  DkBudgetAmount row = { LINE_0052, stored_line (test, LINE_0052, FALSE), 9000000 };
  DkBudgetAmountsDialog *amounts;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "budget.enter-amounts", NULL));
  amounts = find_window (test, DK_TYPE_BUDGET_AMOUNTS_DIALOG);
  g_assert_true (dk_budget_set_amounts (other, 2025, ACTIVITY_2025, 0, &row, 1, &error));
  g_assert_no_error (error);
  g_assert_true (dk_budget_amounts_dialog_set_text (amounts, LINE_0052, TRUE, "9.500.000"));
  g_assert_false (dk_budget_amounts_dialog_save (amounts));
  g_assert_null (dk_budget_amounts_dialog_get_error (amounts));
  g_assert_cmpint (stored_line (test, LINE_0052, TRUE), ==, 9000000);
  test->dialog = GTK_WINDOW (assert_reload_offered (amounts));
}

static void
reload_budget (UiTest   *test,
               DkWindow *window)
{
  if (!shoot_dialog (test, "budget-conflict"))
    return;
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (test->dialog), "reload");
  test->dialog = NULL;
}

/* Reloaded, the page shows the other program's figure and the same entry is saved. */
static void
check_budget_reloaded (UiTest   *test,
                       DkWindow *window)
{
  DkBudgetPage *page = dk_window_get_budget_page (window);
  DkBudgetAmountsDialog *amounts;

  if (!reloaded (test, DK_TYPE_BUDGET_AMOUNTS_DIALOG))
    return;
  g_assert_cmpint (dk_budget_line_get_realisasi (dk_budget_table_find (dk_budget_page_get_table (page), LINE_0052)), ==,
                   9000000);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "budget.enter-amounts", NULL));
  amounts = find_window (test, DK_TYPE_BUDGET_AMOUNTS_DIALOG);
  g_assert_true (dk_budget_amounts_dialog_set_text (amounts, LINE_0052, TRUE, "9.500.000"));
  g_assert_true (dk_budget_amounts_dialog_save (amounts));
  g_assert_cmpint (stored_line (test, LINE_0052, TRUE), ==, 9500000);
}

/* An agreement the window reads; another program then does its first step while the
 * window's step dialog is open: the dialog's save is refused with Reload. */
static void
conflict_pks (UiTest   *test,
              DkWindow *window)
{
  DkPksPage *page = dk_window_get_pks_page (window);
  DkPksAgreementInput rsup = { "RSUP M. Djamil", "Rumah sakit", "470/002/PKS/2025", NULL, "2025-01-02", 12, NULL,
                               NULL, DK_PKS_WEB_SERVICE, "10.20.0.5, 10.20.0.6", NULL, NULL, NULL };
  g_autoptr(DkStore) other = open_other (test);
  g_autoptr(GError) error = NULL;
  DkPksStepDialog *step;
  gint64 id;

  g_assert_true (dk_pks_agreement_add (other, &rsup, &id, &error));
  g_assert_no_error (error);
  dk_window_reload (window);
  g_assert_true (dk_pks_page_select (page, id));
  step = open_pks_dialog (test, window, "pks.step", DK_TYPE_PKS_STEP_DIALOG);
  g_assert_true (dk_pks_step_done (other, id, 1, "2025-01-03", "Another program", 0x7, &error));
  g_assert_no_error (error);
  dk_pks_step_dialog_set_values (step, "2025-01-06", "Kasi Kerja Sama", 0x7);
  g_assert_false (dk_pks_step_dialog_save (step));
  g_assert_null (dk_pks_step_dialog_get_error (step));
  adw_message_dialog_response (assert_reload_offered (step), "reload");
}

/* Reloaded, the step is the other program's, and the next step follows it. */
static void
check_pks_reloaded (UiTest   *test,
                    DkWindow *window)
{
  DkPksStepDialog *step;

  if (!reloaded (test, DK_TYPE_PKS_STEP_DIALOG))
    return;
  step = open_pks_dialog (test, window, "pks.step", DK_TYPE_PKS_STEP_DIALOG);
  dk_pks_step_dialog_set_values (step, "2025-01-06", "Kasi Kerja Sama", 0x7);
  if (!dk_pks_step_dialog_save (step))
    g_error ("%s", dk_pks_step_dialog_get_error (step));
}

/* Another program removes the distribution the window read while its distribution dialog
 * is open. A new distribution changes no figures that were there, so this is the one
 * way it meets a change since the read: on a sqlite file its new row takes the removed
 * row's id (a server never hands an id out twice, and the entry is saved). */
static void
conflict_distribution (UiTest   *test,
                       DkWindow *window)
{
  DkBlangkoDistributionInput in = { "2019-12-02", "13.72", "BAST/01", 100, DK_BLANGKO_COURIER, NULL };
  g_autoptr(DkStore) other = open_other (test);
  g_autoptr(GError) error = NULL;
  DkBlangkoDistributeDialog *distribution;
  gint64 id;

  dk_window_set_page_name (window, "blangko");
  g_assert_true (dk_blangko_add_receipt (other, "2019-11-28", "BA/DUKCAPIL/11", 2500, NULL, NULL, &error));
  g_assert_true (dk_blangko_add_distribution (other, &in, &id, &error));
  g_assert_no_error (error);
  dk_window_reload (window);
  distribution = open_blangko_dialog (test, window, "blangko.record-distribution", DK_TYPE_BLANGKO_DISTRIBUTE_DIALOG);
  g_assert_true (dk_blangko_delete_entry (other, DK_BLANGKO_DISTRIBUTION, id, &error));
  g_assert_no_error (error);
  dk_blangko_distribute_dialog_set_office (distribution, "13.71");
  dk_blangko_distribute_dialog_set_field (distribution, "date", "2019-12-03");
  dk_blangko_distribute_dialog_set_field (distribution, "keping", "200");
  if (dk_test_engine_is_pg ())
    {
      g_assert_true (dk_blangko_distribute_dialog_save (distribution));
      return;
    }
  g_assert_false (dk_blangko_distribute_dialog_save (distribution));
  g_assert_null (dk_blangko_distribute_dialog_get_error (distribution));
  adw_message_dialog_response (assert_reload_offered (distribution), "reload");
}

static void
check_distribution_reloaded (UiTest   *test,
                             DkWindow *window)
{
  DkBlangkoPage *page = dk_window_get_blangko_page (window);

  if (!reloaded (test, DK_TYPE_BLANGKO_DISTRIBUTE_DIALOG))
    return;
  /* the receipt, without the removed distribution */
  g_assert_cmpuint (g_list_model_get_n_items (dk_blangko_page_get_ledger_model (page)), ==,
                    dk_test_engine_is_pg () ? 2 : 1);
}

static const UiStep conflict_steps[] = { show_budget, conflict_budget, reload_budget, check_budget_reloaded, show_pks,
                                         conflict_pks, check_pks_reloaded, conflict_distribution,
                                         check_distribution_reloaded, finish, NULL };

/* --------------------------------------------------------- high contrast */

/* The system's high-contrast switch, as GNOME Settings flips it; libadwaita follows it. */
static GSettings *
a11y_settings (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (source, "org.gnome.desktop.a11y.interface", TRUE);

  g_assert_nonnull (schema);
  return g_settings_new ("org.gnome.desktop.a11y.interface");
}

static void
ask_high_contrast (UiTest   *test,
                   DkWindow *window)
{
  g_autoptr(GSettings) settings = a11y_settings ();

  g_assert_false (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
  g_settings_set_boolean (settings, "high-contrast", TRUE);
}

static void
check_high_contrast (UiTest   *test,
                     DkWindow *window)
{
  DkChartView *view = dk_ikd_page_get_chart_view (dk_window_get_ikd_page (window));
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
  DkChartStyle style, plain, hc;

  g_assert_true (adw_style_manager_get_high_contrast (manager));
  dk_chart_style_init (&plain, dark);
  hc = plain;
  dk_chart_style_set_high_contrast (&hc, dark);
  dk_chart_view_get_style (view, &style);
  /* the chart's colours, outlines and grid are the high-contrast ones, its text opaque */
  g_assert_true (memcmp (&style.good, &hc.good, sizeof hc.good) == 0);
  g_assert_true (memcmp (&style.bad, &hc.bad, sizeof hc.bad) == 0);
  g_assert_true (memcmp (&style.good, &plain.good, sizeof plain.good) != 0);
  g_assert_cmpfloat (style.outline_width, >, 0);
  g_assert_cmpfloat (style.foreground.alpha, ==, 1.0);
  g_assert_cmpfloat (style.grid.alpha, ==, hc.grid.alpha);
  /* and the application's own stylesheet has its high-contrast part, which libadwaita loads */
  g_assert_true (g_resources_get_info ("/com/sumbar/dukcapil/style-hc.css", 0, NULL, NULL, NULL));
  save_screenshot (test, GTK_WIDGET (window), dark ? "ikd-high-contrast-dark" : "ikd-high-contrast");
}

static void
check_high_contrast_m2m (UiTest   *test,
                         DkWindow *window)
{
  save_screenshot (test, GTK_WIDGET (window), "m2m-high-contrast");
}

static void
check_high_contrast_budget (UiTest   *test,
                            DkWindow *window)
{
  save_screenshot (test, GTK_WIDGET (window), "anggaran-high-contrast");
}

static void
end_high_contrast (UiTest   *test,
                   DkWindow *window)
{
  g_autoptr(GSettings) settings = a11y_settings ();
  DkChartStyle style;

  g_settings_reset (settings, "high-contrast");
  g_assert_false (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
  dk_chart_view_get_style (dk_ikd_page_get_chart_view (dk_window_get_ikd_page (window)), &style);
  g_assert_cmpfloat (style.outline_width, ==, 0);
}

static const UiStep high_contrast_steps[] = { show_ikd, ask_high_contrast, check_high_contrast, show_m2m,
                                              check_high_contrast_m2m, show_budget, check_high_contrast_budget,
                                              end_high_contrast, finish, NULL };

/* ------------------------------------------------------------ drill-down */

/* The breadcrumb as text: "Indonesia › Sumatera Barat", the buttons' labels and the last
 * label's; with the buttons counted. */
static char *
breadcrumb_text (DkIkdPage *page,
                 guint     *n_buttons)
{
  GString *text = g_string_new (NULL);

  *n_buttons = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (dk_ikd_page_get_breadcrumb (page)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child))
        {
          g_string_append (text, gtk_button_get_label (GTK_BUTTON (child)));
          ++*n_buttons;
        }
      else
        g_string_append (text, gtk_label_get_text (GTK_LABEL (child)));
      if (gtk_widget_get_next_sibling (child) != NULL)
        g_string_append_c (text, ' ');
    }
  return g_string_free (text, FALSE);
}

static void
assert_drilled (DkIkdPage  *page,
                const char *region,
                guint       n_rows,
                const char *breadcrumb)
{
  g_autofree char *text = NULL;
  guint n_buttons;

  text = breadcrumb_text (page, &n_buttons);
  g_assert_cmpstr (dk_ikd_page_get_region (page), ==, region);
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_table_get_rows (dk_ikd_page_get_table (page))), ==, n_rows);
  /* the table: the region's own row first, then its parts */
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_page_get_table_model (page)), ==, n_rows + 1);
  g_assert_cmpstr (text, ==, breadcrumb);
  /* every level above is a button, the region shown is not */
  g_assert_cmpuint (n_buttons, ==, *region == '\0' ? 0 : (guint) (strlen (region) + 1) / 3);
}

/* Enter (or a double click) on the row of @kode in the report's table */
static void
activate_row_of (DkIkdPage  *page,
                 const char *kode)
{
  GListModel *model = dk_ikd_page_get_table_model (page);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(DkIkdRow) row = g_list_model_get_item (model, i);

      if (g_str_equal (dk_ikd_row_get_kode (row), kode))
        {
          g_signal_emit_by_name (dk_ikd_page_get_column_view (page), "activate", i);
          return;
        }
    }
  g_assert_not_reached ();
}

static void
drill_national (UiTest   *test,
                DkWindow *window)
{
  GSettings *settings = dk_application_get_settings (test->app);
  DkIkdPage *page;

  dk_window_set_page_name (window, "ikd");
  page = dk_window_get_ikd_page (window);
  /* the national view chosen in Preferences */
  g_settings_set_string (settings, "home-province", "0");
  assert_drilled (page, "", 38, "Indonesia");
  g_assert_cmpstr (dk_ikd_row_get_wilayah (dk_ikd_table_get_total (dk_ikd_page_get_table (page))), ==, "INDONESIA");
  g_assert_false (dk_ikd_page_go_up (page));
  save_screenshot (test, GTK_WIDGET (window), "drill-national");
}

/* In the national view, Import… reads rows of any province: Jawa Barat's kabupaten/kota
 * are regions of the country, not unknown ones of Sumatera Barat. */
static void
import_national (UiTest   *test,
                 DkWindow *window)
{
  g_autofree char *path = test_file (test, "ikd-jabar.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char csv[] = "Capaian Aktivasi IKD per 31 Maret 2026\n"
                     "Kode,Kabupaten/Kota,Rekam Dinamis,Jumlah IKD\n"
                     "32.01,KAB. BOGOR,4000000,900000\n"
                     "32.73,KOTA BANDUNG,2000000,700000\n";

  g_assert_true (g_file_set_contents (path, csv, -1, NULL));
  open_import_dialog (test, window);
  dk_import_dialog_set_file (test->import, file);
}

static void
check_import_national (UiTest   *test,
                       DkWindow *window)
{
  DkImport *import;

  if ((test->retry = dk_import_dialog_is_busy (test->import)))
    return;
  import = dk_import_dialog_get_import (test->import);
  g_assert_cmpuint (dk_import_get_n_errors (import), ==, 0);
  g_assert_cmpuint (dk_import_get_n_regions (import), ==, 2);
  g_assert_true (dk_import_dialog_can_import (test->import));
  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&test->import)));
}

static void
drill_down (UiTest   *test,
            DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  g_autoptr(DkIkdRow) first = NULL;

  activate_row_of (page, "13");
  assert_drilled (page, "13", 19, "Indonesia › Sumatera Barat");
  activate_row_of (page, "13.71");
  assert_drilled (page, "13.71", 11, "Indonesia › Sumatera Barat › Kota Padang");
  activate_row_of (page, "13.71.01");
  first = g_list_model_get_item (dk_ikd_table_get_rows (dk_ikd_page_get_table (page)), 0);
  g_assert_cmpstr (dk_ikd_row_get_kode (first), ==, "13.71.01.1001");
  g_assert_cmpstr (dk_ikd_page_get_region (page), ==, "13.71.01");
  save_screenshot (test, GTK_WIDGET (window), "drill-kecamatan");
  /* a desa has its own figures: its row opens their correction, not a level below */
  activate_row_of (page, "13.71.01.1001");
  g_assert_cmpstr (dk_ikd_page_get_region (page), ==, "13.71.01");
  {
    g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

    for (GList *l = toplevels; l != NULL; l = l->next)
      if (DK_IS_IKD_CORRECT_DIALOG (l->data))
        test->correct = l->data;
    g_assert_nonnull (test->correct);
  }
}

static void
drill_up (UiTest   *test,
          DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  GtkWidget *indonesia;
  DkChartView *view = dk_ikd_page_get_chart_view (page);
  GListModel *rows;

  gtk_window_destroy (GTK_WINDOW (g_steal_pointer (&test->correct)));
  /* Alt+Up */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "ikd.up", NULL));
  assert_drilled (page, "13.71", 11, "Indonesia › Sumatera Barat › Kota Padang");
  /* the breadcrumb's first button */
  indonesia = gtk_widget_get_first_child (dk_ikd_page_get_breadcrumb (page));
  g_assert_true (GTK_IS_BUTTON (indonesia));
  g_signal_emit_by_name (indonesia, "clicked");
  assert_drilled (page, "", 38, "Indonesia");

  /* a bar: Sumatera Barat's, the third province */
  rows = dk_ikd_table_get_rows (dk_ikd_page_get_table (page));
  {
    g_autoptr(DkIkdRow) third = g_list_model_get_item (rows, 2);

    g_assert_cmpstr (dk_ikd_row_get_kode (third), ==, "13");
  }
  g_signal_emit_by_name (view, "item-activated", 2);
  assert_drilled (page, "13", 19, "Indonesia › Sumatera Barat");
  dk_ikd_page_go_up (page);
  assert_drilled (page, "", 38, "Indonesia");
}

/* Every desa of the country, loaded in a thread: the window goes on meanwhile. */
static void
drill_all_desa (UiTest   *test,
                DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);

  test->t0 = g_get_monotonic_time ();
  dk_ikd_page_set_level (page, DK_REGION_LEVEL_DESA);
  g_assert_true (dk_ikd_page_get_loading (page));
}

static void
check_all_desa (UiTest   *test,
                DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);

  if (dk_ikd_page_get_loading (page))
    {
      test->retry = TRUE;
      return;
    }
  g_test_message ("83,762 desa shown %.0f ms after asking", (g_get_monotonic_time () - test->t0) / 1000.0);
  g_assert_cmpuint (g_list_model_get_n_items (dk_ikd_page_get_table_model (page)), ==, 83762 + 1);
  g_assert_cmpstr (dk_ikd_page_get_region (page), ==, "");
  save_screenshot (test, GTK_WIDGET (window), "drill-all-desa");

  /* sorting the 83,762 rows by a column, as a click on its heading does */
  {
    GtkColumnView *view = dk_ikd_page_get_column_view (page);
    g_autoptr(GListModel) columns = G_LIST_MODEL (g_object_ref (gtk_column_view_get_columns (view)));
    g_autoptr(GtkColumnViewColumn) percent = g_list_model_get_item (columns, 5);
    g_autoptr(GtkColumnViewColumn) name = g_list_model_get_item (columns, 1);
    GListModel *model = dk_ikd_page_get_table_model (page);
    g_autoptr(DkIkdRow) total = NULL, lowest = NULL, first = NULL;
    gint64 t;
    double ms_sort, ms_name, ms_filter, ms_clear;

    t = g_get_monotonic_time ();
    gtk_column_view_sort_by_column (view, percent, GTK_SORT_ASCENDING);
    ms_sort = (g_get_monotonic_time () - t) / 1000.0;
    total = g_list_model_get_item (model, 0);
    lowest = g_list_model_get_item (model, 1);
    g_assert_cmpuint (dk_ikd_row_get_number (total), ==, 0);   /* the total stays first */
    g_assert_cmpint (dk_ikd_row_get_persen_bp (lowest), ==, 0);
    t = g_get_monotonic_time ();
    gtk_column_view_sort_by_column (view, name, GTK_SORT_DESCENDING);
    ms_name = (g_get_monotonic_time () - t) / 1000.0;

    /* finding "padang" among them, as typing in the search does */
    t = g_get_monotonic_time ();
    gtk_editable_set_text (GTK_EDITABLE (dk_ikd_page_get_search_entry (page)), "padang");
    g_signal_emit_by_name (dk_ikd_page_get_search_entry (page), "search-changed");
    ms_filter = (g_get_monotonic_time () - t) / 1000.0;
    g_assert_cmpuint (g_list_model_get_n_items (model), <, 2000);
    g_assert_cmpuint (g_list_model_get_n_items (model), >, 10);
    first = g_list_model_get_item (model, 1);
    g_assert_nonnull (strstr (dk_ikd_row_get_wilayah (first), "PADANG"));
    /* fewer than 600: every one of them is a bar */
    g_assert_cmpuint (dk_bar_chart_get_n_bars (DK_BAR_CHART (dk_ikd_page_get_chart (page))), ==,
                      g_list_model_get_n_items (model) - 1);
    t = g_get_monotonic_time ();
    gtk_editable_set_text (GTK_EDITABLE (dk_ikd_page_get_search_entry (page)), "");
    g_signal_emit_by_name (dk_ikd_page_get_search_entry (page), "search-changed");
    ms_clear = (g_get_monotonic_time () - t) / 1000.0;
    g_assert_cmpuint (g_list_model_get_n_items (model), ==, 83762 + 1);
    g_assert_cmpuint (dk_bar_chart_get_n_bars (DK_BAR_CHART (dk_ikd_page_get_chart (page))), ==, 50);
    g_test_message ("83,762 rows: sorted by IKD %% in %.1f ms, by name in %.1f ms; found \"padang\" in %.1f ms, "
                    "all again in %.1f ms", ms_sort, ms_name, ms_filter, ms_clear);
    /* not a benchmark (bench/ is), but far from instant would be a fault */
    g_assert_cmpfloat (ms_sort, <, 1000);
    g_assert_cmpfloat (ms_filter, <, 1000);
    gtk_column_view_sort_by_column (view, NULL, GTK_SORT_ASCENDING);
  }
  g_settings_reset (dk_application_get_settings (test->app), "home-province");
}

static const UiStep drill_steps[] = { drill_national, import_national, check_import_national, drill_down, drill_up, drill_all_desa, check_all_desa,
                                      finish, NULL };

static const UiStep error_steps[] = { check_error, finish, NULL };
static const UiStep foreign_steps[] = { check_foreign, finish, NULL };
static const UiStep all_steps[] = { check_ikd, show_ikd_table, check_ikd_table, check_ikd_chart_back, correct_ikd, check_corrected, conflict_ikd, check_conflict_reloaded, edit_preferences, show_m2m, check_m2m, edit_m2m, save_chart,
                                    print_page, show_budget, check_budget, edit_budget, save_budget, print_budget,
                                    new_budget_year, start_export, check_export, check_failed_export,
                                    import_bad_file, check_bad_file, import_good_file, check_good_file,
                                    check_imported, open_history, undo_import, import_budget_file,
                                    check_budget_file, check_budget_imported, finish, NULL };
/* the settings (in memory) remember the last page of the previous test */
/* With two dates: the province's pace in words, with the end of the target's year; each
 * kabupaten/kota's in the card's grid. */
static void
check_pace (UiTest   *test,
            DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  const char *text = dk_ikd_page_get_pace_text (page);
  g_autofree char *deadline = dk_format_date_long ("2026-12-31");
  GtkWidget *card = dk_ikd_page_get_pace_card (page);

  if (!test->two_dates)
    {
      g_assert_null (text);
      return;
    }
  g_assert_nonnull (text);
  g_assert_nonnull (strstr (text, "SUMATERA BARAT"));
  g_assert_nonnull (strstr (text, deadline));
  g_assert_true (gtk_widget_get_mapped (card) || gtk_widget_get_visible (card));
  g_assert_true (shows_label (card, "PESISIR SELATAN"));
  g_assert_true (shows_label (card, indonesian () ? "belum ada dua tanggal" : "no two dates"));
  save_widget_screenshot (card, indonesian () ? "ikd-pace-id" : "ikd-pace");
}

/* Kota Padang's figures alone on a later date: the province's total is partial, and the
 * cards, the note with the table and the chart's summary say how many reported. */
static void
add_partial_ikd (UiTest   *test,
                 DkWindow *window)
{
  g_autoptr(GError) error = NULL;
  DkIkdInput padang = { "13.71", 680160, 203479, -1 };

  g_assert_true (dk_ikd_replace_values (dk_application_get_store (test->app), "2026-01-15", "13", NULL, &padang, 1,
                                        &error));
  g_assert_no_error (error);
  dk_window_reload (window);
}

static void
check_partial_ikd (UiTest   *test,
                   DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  DkIkdTable *table = dk_ikd_page_get_table (page);
  const char *reported = indonesian () ? "1 dari 19 kabupaten/kota melapor" : "1 of 19 kabupaten/kota reported";
  g_autofree char *summary = NULL;

  if (dk_ikd_page_get_loading (page) || table == NULL || g_strcmp0 (dk_ikd_table_get_as_of (table), "2026-01-15") != 0)
    {
      test->retry = TRUE;
      return;
    }
  g_assert_true (dk_ikd_table_is_partial (table));
  g_assert_cmpstr (dk_ikd_page_get_coverage_value (page), ==, "—");
  g_assert_nonnull (dk_ikd_page_get_note_text (page));
  g_assert_nonnull (strstr (dk_ikd_page_get_note_text (page), reported));
  summary = dk_chart_describe (dk_ikd_page_get_chart (page));
  g_assert_nonnull (strstr (summary, reported));
  save_screenshot (test, GTK_WIDGET (window), indonesian () ? "ikd-partial-id" : "ikd-partial");
}

static const UiStep ikd_steps[] = { show_ikd, check_ikd, check_pace, add_partial_ikd, check_partial_ikd, finish, NULL };
/* the map in high contrast: outlined regions, the palette's strongest shades */
static void
map_high_contrast (UiTest   *test,
                   DkWindow *window)
{
  ask_high_contrast (test, window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dk_window_get_ikd_page (window)), "ikd.view", "s", "map"));
}

static void
check_map_high_contrast (UiTest   *test,
                         DkWindow *window)
{
  DkIkdPage *page = dk_window_get_ikd_page (window);
  g_autoptr(GSettings) settings = a11y_settings ();
  DkChartStyle style;

  g_assert_true (adw_style_manager_get_high_contrast (adw_style_manager_get_default ()));
  dk_chart_view_get_style (dk_ikd_page_get_chart_view (page), &style);
  g_assert_cmpfloat (style.outline_width, >, 0);
  g_assert_cmpuint (dk_map_chart_get_n_shapes (shown_map (page)), ==, 19);
  save_map_screenshots (test, window, "ikd-map");
  g_settings_reset (settings, "high-contrast");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (page), "ikd.view", "s", "chart"));
}

/* The M2M page's map: the office without a device and the one without an active device
 * in their classes, as the cards count them. */
static void
check_m2m_map (UiTest   *test,
               DkWindow *window)
{
  DkM2mPage *page;
  DkChart *chart;

  page = dk_window_get_m2m_page (window);
  if (!gtk_widget_get_mapped (GTK_WIDGET (dk_m2m_page_get_map_view (page))))
    {
      /* drawn a few frames after the page is shown */
      dk_window_set_page_name (window, "m2m");
      test->retry = TRUE;
      return;
    }
  chart = dk_chart_view_get_chart (dk_m2m_page_get_map_view (page));
  g_assert_true (DK_IS_MAP_CHART (chart));
  g_assert_cmpuint (dk_map_chart_get_n_shapes (DK_MAP_CHART (chart)), ==, 19);
  g_assert_cmpuint (dk_map_chart_get_class_count (DK_MAP_CHART (chart), 0), ==,
                    dk_m2m_table_get_n_without_device (dk_m2m_page_get_table (page)));
  g_assert_cmpuint (dk_map_chart_get_class_count (DK_MAP_CHART (chart), 0) +
                    dk_map_chart_get_class_count (DK_MAP_CHART (chart), 1), ==,
                    dk_m2m_table_get_n_without_active (dk_m2m_page_get_table (page)));
  save_widget_screenshot (gtk_widget_get_parent (GTK_WIDGET (dk_m2m_page_get_map_view (page))), "m2m-map-card");
}

/* The Blangko page's map: every office drawn, those without a report hatched. */
static void
check_blangko_map (UiTest   *test,
                   DkWindow *window)
{
  DkBlangkoPage *page;
  DkChart *chart;

  page = dk_window_get_blangko_page (window);
  if (!gtk_widget_get_mapped (GTK_WIDGET (dk_blangko_page_get_map_view (page))))
    {
      dk_window_set_page_name (window, "blangko");
      test->retry = TRUE;
      return;
    }
  chart = dk_chart_view_get_chart (dk_blangko_page_get_map_view (page));
  g_assert_true (DK_IS_MAP_CHART (chart));
  g_assert_cmpuint (dk_map_chart_get_n_shapes (DK_MAP_CHART (chart)), ==, 19);
  save_widget_screenshot (gtk_widget_get_parent (GTK_WIDGET (dk_blangko_page_get_map_view (page))), "blangko-map-card");
  dk_window_set_page_name (window, "ikd");
}

static const UiStep map_steps[] = { show_ikd_map, check_province_map, check_map_search, check_kecamatan_map, check_national_map,
                                    check_map_table, check_map_chart_back, check_m2m_map, check_blangko_map,
                                    map_high_contrast, check_map_high_contrast, finish, NULL };

static gboolean
tick_cb (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       user_data)
{
  UiTest *test = user_data;

  /* let a few frames pass between steps, so that everything is laid out and drawn */
  if (++test->frames < 6)
    return G_SOURCE_CONTINUE;
  test->frames = 0;
  test->retry = FALSE;
  test->steps[test->step] (test, DK_WINDOW (widget));
  if (!test->retry)
    test->step++;
  return test->steps[test->step] != NULL ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *app,
                 GtkWindow      *window,
                 UiTest         *test)
{
  if (!DK_IS_WINDOW (window) || test->paintable != NULL)
    return;
  /* the paintable follows the window from its first frame */
  test->paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  gtk_widget_add_tick_callback (GTK_WIDGET (window), tick_cb, test, NULL);
}

static void
run_window_test (int           setup,
                 const UiStep *steps)
{
  char *argv[] = { "dukcapil", "--db", NULL, NULL };
  UiTest test = { 0 };
  int status;

  test.dir = dk_test_make_tmpdir ();
  test.db = dk_test_db_address (test.dir, "ui.db");
  test.two_dates = setup == 1;
  test.steps = steps;
  argv[2] = test.db;
  if (setup == 3)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DkStore) store = dk_domains_open (test.db, &error);

      g_assert_no_error (error);
      dk_test_fill_national_ikd (store, "2026-06-30", 3);
    }
  if (setup == 4)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *failure = NULL;

      g_clear_object (&(DkStore *) { dk_domains_open (test.db, &error) });
      g_assert_no_error (error);
      failure = dk_test_exec_sql (test.db, "CREATE TRIGGER hapus_anggaran AFTER INSERT ON ikd_value BEGIN DELETE "
                                           "FROM anggaran_nilai; END");
      g_assert_null (failure);
    }
  if (setup == 2 && dk_test_engine_is_pg ())
    {
      /* on a server: a database that holds another program's tables */
      g_autofree char *failure = dk_test_exec_sql (test.db, "DROP TABLE dk_schema");

      g_assert_null (failure);
    }
  else if (setup == 2)
    g_assert_true (g_file_set_contents (test.db, "Not a database, but a letter that is long enough for "
                                                 "sqlite to look for its header and not find it.\n", -1, NULL));
  if (test.two_dates)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(DkStore) store = dk_domains_open (test.db, &error);
      DkIkdInput mid[] = { { "13.01", 380000, 5000, -1 }, { "13.71", 680000, 200000, -1 } };

      g_assert_no_error (error);
      g_assert_true (dk_ikd_replace_values (store, "2025-06-30", "13", NULL, mid, 2, &error));
    }

  test.app = dk_application_new ();
  g_signal_connect (test.app, "window-added", G_CALLBACK (window_added_cb), &test);
  status = g_application_run (G_APPLICATION (test.app), 3, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (test.done);
  g_clear_object (&test.paintable);
  g_object_unref (test.app);
  g_free (test.db);
  dk_test_rm_rf (test.dir);
  g_free (test.dir);
}

static void
test_pages (void)
{
  run_window_test (0, all_steps);
}

static void
test_narrow (void)
{
  run_window_test (0, narrow_steps);
}

static void
test_high_contrast (void)
{
  run_window_test (0, high_contrast_steps);
}

/* Indonesia › Sumatera Barat › Kota Padang › a kecamatan and back, by the table's rows,
 * the breadcrumb, Alt+Up and a bar; then every desa of the country. */
static void
test_drill_down (void)
{
  run_window_test (3, drill_steps);
}

static void
test_two_dates (void)
{
  run_window_test (1, ikd_steps);
}

/* The IKD page's map at the province, kecamatan, national and desa levels. */
static void
test_map (void)
{
  run_window_test (3, map_steps);
}

static void
test_blangko (void)
{
  run_window_test (0, blangko_steps);
}

static void
test_pks (void)
{
  run_window_test (0, pks_steps_list);
}

/* A write refused for another program's change offers Reload in a budget, a PKS and the
 * distribution dialog. */
static void
test_conflict (void)
{
  run_window_test (0, conflict_steps);
}

/* A file that is not our database (on a server, a database of another program): the
 * window says so, and the file is not touched. */
static void
test_bad_database (void)
{
  run_window_test (2, error_steps);
}

static void
test_foreign_trigger (void)
{
  if (dk_test_engine_is_pg ())
    {
      g_test_skip ("the check for objects made outside the program reads a sqlite file's own schema "
                   "(sqlite_schema); on a server, its roles decide who may add a trigger");
      return;
    }
  run_window_test (4, foreign_steps);
}

/* Amounts as staff type them: grouped either way, with "Rp"; never a fraction or a sign. */
static void
test_parse_rupiah (void)
{
  static const struct { const char *text; gboolean ok; gint64 value; } cases[] = {
    { "15.897.000", TRUE, 15897000 },
    { "15,897,000", TRUE, 15897000 },
    { "15897000", TRUE, 15897000 },
    { "Rp 15.897.000", TRUE, 15897000 },
    { " 29.000 ", TRUE, 29000 },
    { "", TRUE, 0 },
    { "9223372036854775800", TRUE, G_GINT64_CONSTANT (9223372036854775800) },
    { "-5", FALSE, 0 },
    { "−5", FALSE, 0 },
    { "9597000.50", FALSE, 0 },
    { "9,597,000.00", FALSE, 0 },
    { "1.00.000", FALSE, 0 },
    { "1234.567", FALSE, 0 },
    { ".500", FALSE, 0 },
    { "12a", FALSE, 0 },
    { "99999999999999999999", FALSE, 0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 value = -1;
      gboolean ok = dk_budget_parse_rupiah (cases[i].text, "5.1, Anggaran", &value, &error);

      g_test_message ("case %u: “%s”", i, cases[i].text);
      g_assert_cmpint (ok, ==, cases[i].ok);
      if (ok)
        g_assert_cmpint (value, ==, cases[i].value);
      else
        g_assert_true (g_str_has_prefix (error->message, "5.1, Anggaran: "));
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);
  /* as main.c does: the test runs in whatever language its environment asks for */
  dk_i18n_init ();

  g_test_add_func ("/dk/ui/pages", test_pages);
  g_test_add_func ("/dk/ui/two-dates", test_two_dates);
  g_test_add_func ("/dk/ui/drill-down", test_drill_down);
  g_test_add_func ("/dk/ui/bad-database", test_bad_database);
  g_test_add_func ("/dk/ui/foreign-trigger", test_foreign_trigger);
  g_test_add_func ("/dk/ui/narrow", test_narrow);
  g_test_add_func ("/dk/ui/high-contrast", test_high_contrast);
  g_test_add_func ("/dk/ui/parse-rupiah", test_parse_rupiah);
  g_test_add_func ("/dk/ui/blangko", test_blangko);
  g_test_add_func ("/dk/ui/map", test_map);
  g_test_add_func ("/dk/ui/pks", test_pks);
  g_test_add_func ("/dk/ui/conflict", test_conflict);
  return g_test_run ();
}
