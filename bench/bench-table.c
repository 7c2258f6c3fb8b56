/* bench-table.c — SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Sorting and searching the IKD page's table of every desa/kelurahan of the country, as
 * the window does it: the page of the application (its list model, column view and
 * chart) in a window, on a database that holds a figure for each of the 83,762 desa. A
 * sort is timed from the heading's sorter changing to the next frame painted with the new
 * order; a search from the text changing to the next frame painted. Needs a display
 * (bench/run.sh uses Xvfb).
 * Usage: bench-table DB RUNS      prints "rows N sort MEDIAN_MS filter MEDIAN_MS"
 */
#include "config.h"

#include <adwaita.h>

#include "dk-ikd-page.h"
#include "dk-domains.h"
#include "dk-store.h"

static GMainLoop *loop;
static gint64 painted_at;

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  painted_at = g_get_monotonic_time ();
  g_main_loop_quit (loop);
}

/* Runs the main loop until a frame is painted; returns the time it took from @t0. */
static double
wait_frame (GtkWidget *window,
            gint64     t0)
{
  gtk_widget_queue_draw (window);
  g_main_loop_run (loop);
  return (painted_at - t0) / 1000.0;
}

static gboolean
quit_cb (gpointer data)
{
  g_main_loop_quit (loop);
  return G_SOURCE_REMOVE;
}

static void
spin (guint ms)
{
  g_timeout_add (ms, quit_cb, NULL);
  g_main_loop_run (loop);
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DkStore) store = NULL;
  g_autofree double *sorts = NULL, *filters = NULL;
  static const char *queries[] = { "padang", "kota", "sumber", "jaya", "baru" };
  GtkWidget *window;
  DkIkdPage *page;
  GtkColumnView *view;
  GListModel *columns;
  guint runs, n_rows;

  if (argc != 3 || (runs = (guint) g_ascii_strtoull (argv[2], NULL, 10)) == 0)
    {
      g_printerr ("usage: bench-table DB RUNS\n");
      return 2;
    }
  adw_init ();
  if (!(store = dk_domains_open (argv[1], &error)))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  loop = g_main_loop_new (NULL, FALSE);
  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 860);
  page = g_object_new (DK_TYPE_IKD_PAGE, NULL);
  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (page));
  dk_ikd_page_set_store (page, store, NULL);
  gtk_window_present (GTK_WINDOW (window));
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint", G_CALLBACK (after_paint_cb), NULL);
  wait_frame (window, g_get_monotonic_time ());

  /* the whole country, every desa */
  while (dk_ikd_page_go_up (page))
    ;
  dk_ikd_page_set_level (page, DK_REGION_LEVEL_DESA);
  while (dk_ikd_page_get_loading (page))
    spin (20);
  wait_frame (window, g_get_monotonic_time ());
  n_rows = g_list_model_get_n_items (dk_ikd_page_get_table_model (page));

  view = dk_ikd_page_get_column_view (page);
  columns = gtk_column_view_get_columns (view);
  sorts = g_new0 (double, runs);
  filters = g_new0 (double, runs);
  for (guint i = 0; i < runs; i++)
    {
      g_autoptr(GtkColumnViewColumn) column = g_list_model_get_item (columns, 1 + i % (g_list_model_get_n_items (columns) - 1));
      GtkSearchEntry *search = dk_ikd_page_get_search_entry (page);
      gint64 t0 = g_get_monotonic_time ();

      gtk_column_view_sort_by_column (view, column, i % 2 ? GTK_SORT_DESCENDING : GTK_SORT_ASCENDING);
      sorts[i] = wait_frame (window, t0);

      /* the search as typed, without the entry's typing delay */
      t0 = g_get_monotonic_time ();
      gtk_editable_set_text (GTK_EDITABLE (search), queries[i % G_N_ELEMENTS (queries)]);
      g_signal_emit_by_name (search, "activate");
      filters[i] = wait_frame (window, t0);
      gtk_editable_set_text (GTK_EDITABLE (search), "");
      g_signal_emit_by_name (search, "activate");
      wait_frame (window, g_get_monotonic_time ());
    }
  qsort (sorts, runs, sizeof (double), compare_doubles);
  qsort (filters, runs, sizeof (double), compare_doubles);
  g_print ("rows %u sort %.1f filter %.1f (min %.1f / %.1f, max %.1f / %.1f)\n", n_rows, sorts[runs / 2],
           filters[runs / 2], sorts[0], filters[0], sorts[runs - 1], filters[runs - 1]);
  gtk_window_destroy (GTK_WINDOW (window));
  return 0;
}
