/* bench-chart.c: the organisation chart (#18) of a pack, laid out, shown,
 * panned and zoomed
 *
 *   bench-chart [--runs=N] PACK.json…
 *
 * For each pack, in a window of 1280×800 with the app's style sheet, the
 * chart alone in its scrolled window (as on the Structure page):
 * - shown: outreach_chart_set_content() to the end of the first frame that
 *   draws it (the frame clock's after-paint), the median of N runs (the
 *   chart emptied and a frame drawn between two): the first view, whose
 *   closed branches have no boxes yet;
 * - the overview: outreach_chart_zoom_fit() (Ctrl+0) to the end of its
 *   first frame, once: every branch opened, the boxes not made yet made,
 *   all measured, laid out and drawn; what follows is on every box;
 * - of that, the layout alone: the boxes measured (gtk_widget_measure, as
 *   the chart does) and the tidy layout choosing the orientation
 *   (outreach_chart_layout_best_orientation, with the chart's gaps), each
 *   the median of N runs; tests/bench-chart-layout.c times the layout on
 *   synthetic trees of up to 100,000 nodes;
 * - panning: at 100 %, the scroll bars moved half a page each frame (across,
 *   then down a half page and across again), PAN_FRAMES frames, as a fast
 *   drag or a held arrow key would; zooming: ZOOM_FRAMES frames, each one
 *   zoom step (Ctrl+plus, ×1.25) in, up to the largest, then out.
 * Frame times are read from the frame clock as bench-scroll does: a frame
 * more than half a refresh late counts the refreshes it missed as dropped;
 * the gaps between frames are given at the 50th and 95th percentile and
 * the worst. Prints Markdown table rows. Nothing is asserted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "bench-stats.h"
#include "outreach-application.h"
#include "outreach-chart.h"
#include "outreach-chart-box.h"

/* as outreach-chart.c lays it out */
#define SIBLING_GAP  16.0
#define LEVEL_GAP    48.0
#define MIN_BOX_SIZE 44.0

#define PAN_FRAMES   120
#define ZOOM_FRAMES  24
#define WIDTH        1280
#define HEIGHT       800

typedef struct
{
  GtkScrolledWindow *scroller;
  OutreachChart     *chart;
  GArray            *frame_times;  /* gint64, µs */
  guint              frames;
  gboolean           zoom_in;
  gboolean           done;
} Motion;

static void
on_after_paint (GdkFrameClock *clock,
                gboolean      *painted)
{
  *painted = TRUE;
}

/* Runs the main loop until the window's next frame has been painted */
static void
wait_frame (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);
  gboolean painted = FALSE;
  gulong handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &painted);

  gtk_widget_queue_draw (window);
  while (!painted)
    g_main_context_iteration (NULL, TRUE);
  g_signal_handler_disconnect (clock, handler);
}

static gboolean
on_pan_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  Motion *motion = data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (motion->scroller);
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (motion->scroller);
  double x = gtk_adjustment_get_value (h), page = gtk_adjustment_get_page_size (h);
  double end = gtk_adjustment_get_upper (h) - page;

  g_array_append_val (motion->frame_times, now);
  if (++motion->frames >= PAN_FRAMES)
    {
      motion->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  if (x >= end)
    {
      double y = gtk_adjustment_get_value (v) + gtk_adjustment_get_page_size (v) / 2;

      gtk_adjustment_set_value (v, y >= gtk_adjustment_get_upper (v) -
                                       gtk_adjustment_get_page_size (v) ? 0 : y);
      gtk_adjustment_set_value (h, 0);
    }
  else
    gtk_adjustment_set_value (h, MIN (end, x + page / 2));
  return G_SOURCE_CONTINUE;
}

static gboolean
on_zoom_tick (GtkWidget     *widget,
              GdkFrameClock *clock,
              gpointer       data)
{
  Motion *motion = data;
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double zoom = outreach_chart_get_zoom (motion->chart);

  g_array_append_val (motion->frame_times, now);
  if (++motion->frames >= ZOOM_FRAMES)
    {
      motion->done = TRUE;
      return G_SOURCE_REMOVE;
    }
  if (motion->zoom_in && zoom >= OUTREACH_CHART_ZOOM_MAX - 1e-6)
    motion->zoom_in = FALSE;
  else if (!motion->zoom_in && zoom <= OUTREACH_CHART_ZOOM_MIN + 1e-6)
    motion->zoom_in = TRUE;
  if (motion->zoom_in)
    outreach_chart_zoom_in (motion->chart);
  else
    outreach_chart_zoom_out (motion->chart);
  return G_SOURCE_CONTINUE;
}

/* Frame gaps: "p50 / p95 / worst ms | dropped (%)" */
static char *
frames_summary (GArray *frame_times,
                double  refresh_ms)
{
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (double));
  guint dropped = 0;
  double p50, p95, worst;

  for (guint i = 1; i < frame_times->len; i++)
    {
      double gap = (g_array_index (frame_times, gint64, i) -
                    g_array_index (frame_times, gint64, i - 1)) / 1000.0;
      guint missed = (guint) (gap / refresh_ms + 0.5);

      g_array_append_val (gaps, gap);
      if (missed > 1)
        dropped += missed - 1;
    }
  p50 = bench_percentile (gaps, 50);
  p95 = bench_percentile (gaps, 95);
  worst = bench_percentile (gaps, 100);
  return g_strdup_printf ("%.1f / %.1f / %.0f ms | %u (%.0f%%)", p50, p95, worst, dropped,
                          100.0 * dropped / MAX (1, frame_times->len + dropped));
}

static char *
move (GtkScrolledWindow *scroller,
      OutreachChart     *chart,
      GtkTickCallback    tick,
      double             refresh_ms)
{
  Motion motion = { scroller, chart, g_array_new (FALSE, FALSE, sizeof (gint64)), 0, TRUE, FALSE };
  char *summary;

  gtk_widget_add_tick_callback (GTK_WIDGET (chart), tick, &motion, NULL);
  while (!motion.done)
    g_main_context_iteration (NULL, TRUE);
  summary = frames_summary (motion.frame_times, refresh_ms);
  g_array_unref (motion.frame_times);
  return summary;
}

static void
queue_resize_all (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    queue_resize_all (child);
  gtk_widget_queue_resize (widget);
}

/* The layout alone, on the chart's own boxes: measured, then laid out */
static void
time_layout (OutreachChart *chart,
             guint          runs,
             double        *measure_ms,
             double        *layout_ms)
{
  g_autoptr(GPtrArray) widgets = g_ptr_array_new ();
  g_autoptr(GHashTable) index = g_hash_table_new (NULL, NULL);
  g_autoptr(GArray) measures = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) layouts = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree int *parent = NULL;
  g_autofree OutreachChartBox *boxes = NULL;
  guint n;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (chart)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (OUTREACH_IS_CHART_BOX_WIDGET (child))
      {
        g_hash_table_insert (index, outreach_chart_box_widget_get_node (
                                      OUTREACH_CHART_BOX_WIDGET (child)),
                             GUINT_TO_POINTER (widgets->len + 1));
        g_ptr_array_add (widgets, child);
      }
  n = widgets->len;
  parent = g_new (int, n);
  boxes = g_new0 (OutreachChartBox, n);
  for (guint i = 0; i < n; i++)
    {
      OutreachNode *up = outreach_node_get_parent (
        outreach_chart_box_widget_get_node (g_ptr_array_index (widgets, i)));

      parent[i] = (int) GPOINTER_TO_UINT (up ? g_hash_table_lookup (index, up) : NULL) - 1;
    }

  for (guint run = 0; run < runs; run++)
    {
      gint64 start;
      OutreachChartOrientation orientation;
      double width, height, ms;

      /* as a new pack has them: not measured yet (GTK keeps a widget's
       * measures until it or a widget inside it is resized) */
      for (guint i = 0; i < n; i++)
        queue_resize_all (g_ptr_array_index (widgets, i));
      start = g_get_monotonic_time ();
      for (guint i = 0; i < n; i++)
        {
          GtkWidget *box = g_ptr_array_index (widgets, i);
          int min, nat;

          gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
          boxes[i].width = MAX (nat, MIN_BOX_SIZE);
          gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, (int) boxes[i].width, &min, &nat,
                              NULL, NULL);
          boxes[i].height = MAX (nat, MIN_BOX_SIZE);
        }
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (measures, ms);
      start = g_get_monotonic_time ();
      if (!outreach_chart_layout_best_orientation (n, parent, boxes, SIBLING_GAP, LEVEL_GAP,
                                                   WIDTH, HEIGHT, &orientation, &width, &height))
        g_error ("the layout refused the chart's tree");
      ms = (g_get_monotonic_time () - start) / 1000.0;
      g_array_append_val (layouts, ms);
    }
  *measure_ms = bench_median (measures);
  *layout_ms = bench_median (layouts);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  guint runs = 3;
  int first = 1;
  double refresh_ms = 1000.0 / 60;

  gtk_init ();
  g_type_class_unref (g_type_class_ref (OUTREACH_TYPE_APPLICATION));   /* resources */
  gtk_css_provider_load_from_resource (css, "/uk/police/serocu/Outreach/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  if (argc > 1 && g_str_has_prefix (argv[1], "--runs="))
    runs = MAX (1, atoi (argv[1] + strlen ("--runs="))), first = 2;
  if (first >= argc)
    {
      g_printerr ("usage: %s [--runs=N] PACK.json…\n", argv[0]);
      return 2;
    }

  printf ("renderer: %s; %u runs a figure (medians); frames: gaps p50 / p95 / worst\n\n",
          g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default", runs);
  printf ("| pack | units | shown (set_content → first frame) | overview (Ctrl+0 → first frame) |"
          " measuring the boxes | tidy layout |"
          " panning at 100%%: frame gaps | dropped | zooming: frame gaps | dropped |\n");
  printf ("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  fflush (stdout);

  for (int a = first; a < argc; a++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(OutreachContent) content = outreach_content_load_file (argv[a], &problems, &error);
      g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *name = g_path_get_basename (argv[a]);
      g_autofree char *pan = NULL, *zoom = NULL;
      GtkWidget *window, *scroller, *chart;
      gint64 refresh_interval = 0, presentation;
      double measure_ms, layout_ms, overview_ms;

      if (content == NULL)
        g_error ("%s", error->message);
      window = gtk_window_new ();
      scroller = gtk_scrolled_window_new ();
      chart = outreach_chart_new ();
      gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), chart);
      gtk_window_set_child (GTK_WINDOW (window), scroller);
      gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
      gtk_window_present (GTK_WINDOW (window));
      while (!gtk_widget_get_mapped (window))
        g_main_context_iteration (NULL, TRUE);
      wait_frame (window);

      for (guint run = 0; run < runs; run++)
        {
          gint64 start;
          double ms;

          outreach_chart_set_content (OUTREACH_CHART (chart), NULL);
          wait_frame (window);
          start = g_get_monotonic_time ();
          outreach_chart_set_content (OUTREACH_CHART (chart), content);
          wait_frame (window);
          ms = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (shown, ms);
        }
      /* the overview (Ctrl+0): every branch opened, a box made for each
       * unit the first view left closed, measured, laid out and drawn
       * (once: the boxes are kept after) */
      {
        gint64 start = g_get_monotonic_time ();

        outreach_chart_zoom_fit (OUTREACH_CHART (chart));
        wait_frame (window);
        overview_ms = (g_get_monotonic_time () - start) / 1000.0;
      }
      time_layout (OUTREACH_CHART (chart), runs, &measure_ms, &layout_ms);

      gdk_frame_clock_get_refresh_info (gtk_widget_get_frame_clock (window), 0,
                                        &refresh_interval, &presentation);
      if (refresh_interval > 0)
        refresh_ms = refresh_interval / 1000.0;
      outreach_chart_set_zoom (OUTREACH_CHART (chart), 1.0);
      wait_frame (window);
      pan = move (GTK_SCROLLED_WINDOW (scroller), OUTREACH_CHART (chart), on_pan_tick, refresh_ms);
      outreach_chart_zoom_fit (OUTREACH_CHART (chart));
      wait_frame (window);
      zoom = move (GTK_SCROLLED_WINDOW (scroller), OUTREACH_CHART (chart), on_zoom_tick, refresh_ms);

      printf ("| %s | %u | %.0f ms | %.0f ms | %.1f ms | %.2f ms | %s | %s |\n", name,
              outreach_content_get_n_units (content), bench_median (shown), overview_ms,
              measure_ms, layout_ms, pan, zoom);
      fflush (stdout);
      gtk_window_destroy (GTK_WINDOW (window));
      while (g_main_context_iteration (NULL, FALSE))
        ;
    }
  printf ("\n(refresh %.1f ms)\n", refresh_ms);
  return 0;
}
