/* bench-scroll.c: the unit tree of a big pack, expanded and scrolled
 *
 *   bench-scroll PACK.json
 *
 * Opens the real window on the pack, expands every row of the tree (timed),
 * then scrolls the tree from top to bottom, half a page each frame, as a
 * fast fling would, and reads the frame clock's frame times: a frame that
 * came more than half a refresh late counts the refreshes it missed as
 * dropped. Prints a Markdown table row. Nothing is asserted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include "outreach-application.h"
#include "outreach-window-private.h"

typedef struct
{
  GtkAdjustment *adjustment;
  GArray        *frame_times;   /* gint64, µs */
  gboolean       done;
} Scroll;

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  Scroll *scroll = data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double value = gtk_adjustment_get_value (scroll->adjustment);
  double page = gtk_adjustment_get_page_size (scroll->adjustment);
  double end = gtk_adjustment_get_upper (scroll->adjustment) - page;

  g_array_append_val (scroll->frame_times, now);
  if (value >= end)
    {
      scroll->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  gtk_adjustment_set_value (scroll->adjustment, MIN (end, value + page / 2));
  return G_SOURCE_CONTINUE;
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autofree char *name = NULL;
  OutreachWindow *window;
  GtkListView *tree_view;
  GtkTreeListModel *tree_model;
  Scroll scroll = { 0 };
  gint64 start, expand_us;
  guint rows = 0, dropped = 0, late = 0;
  double refresh_ms = 1000.0 / 60;
  GdkFrameClock *clock;
  gint64 refresh_interval = 0, presentation;

  gtk_init ();
  g_type_class_unref (g_type_class_ref (OUTREACH_TYPE_APPLICATION));   /* resources */
  if (argc < 2)
    {
      g_printerr ("usage: %s PACK.json\n", argv[0]);
      return 2;
    }
  content = outreach_content_load_file (argv[1], &problems, &error);
  if (content == NULL)
    g_error ("%s", error->message);
  name = g_path_get_basename (argv[1]);

  window = outreach_window_new (NULL, content);
  gtk_window_present (GTK_WINDOW (window));
  while (!gtk_widget_get_mapped (GTK_WIDGET (window)))
    g_main_context_iteration (NULL, TRUE);
  tree_view = GTK_LIST_VIEW (gtk_widget_get_template_child (GTK_WIDGET (window->sidebar),
                                                            OUTREACH_TYPE_SIDEBAR, "tree_view"));
  tree_model = GTK_TREE_LIST_MODEL (gtk_single_selection_get_model (
    GTK_SINGLE_SELECTION (gtk_list_view_get_model (tree_view))));

  /* every row expanded, each as a click on its expander would */
  start = g_get_monotonic_time ();
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (tree_model)); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_row (tree_model, i);

      if (row != NULL && gtk_tree_list_row_is_expandable (row))
        gtk_tree_list_row_set_expanded (row, TRUE);
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
  expand_us = g_get_monotonic_time () - start;
  rows = g_list_model_get_n_items (G_LIST_MODEL (tree_model));

  scroll.adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (tree_view));
  scroll.frame_times = g_array_new (FALSE, FALSE, sizeof (gint64));
  gtk_widget_add_tick_callback (GTK_WIDGET (tree_view), on_tick, &scroll, NULL);
  while (!scroll.done)
    g_main_context_iteration (NULL, TRUE);

  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  gdk_frame_clock_get_refresh_info (clock, 0, &refresh_interval, &presentation);
  if (refresh_interval > 0)
    refresh_ms = refresh_interval / 1000.0;
  for (guint i = 1; i < scroll.frame_times->len; i++)
    {
      double gap = (g_array_index (scroll.frame_times, gint64, i) -
                    g_array_index (scroll.frame_times, gint64, i - 1)) / 1000.0;
      guint missed = (guint) (gap / refresh_ms + 0.5);

      if (missed > 1)
        {
          dropped += missed - 1;
          late++;
        }
    }
  printf ("| %s | %u rows | expand all %.0f ms | %u frames scrolled | %u late | %u refreshes dropped (%.1f%%) | refresh %.1f ms |\n",
          name, rows, expand_us / 1000.0, scroll.frame_times->len, late, dropped,
          100.0 * dropped / MAX (1, scroll.frame_times->len + dropped), refresh_ms);
  gtk_window_destroy (GTK_WINDOW (window));
  g_array_unref (scroll.frame_times);
  return 0;
}
