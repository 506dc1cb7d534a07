/* test-presenter-monitors.c: which window lands on which monitor, and full
 * screen, under GNOME's compositor with two monitors (or one)
 *
 * Xvfb cannot give GTK 4 two monitors; a headless mutter can, and honours
 * full-screen requests as a desktop does. tests/meson.build runs this under
 * build-aux/test-session-mutter.sh: with "1280x800 1024x768" (side by
 * side), or with "1280x800" and --one-monitor. Elsewhere (Xvfb, a desktop)
 * every case is skipped: the monitors would not be the ones it expects.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_WAYLAND
#include <gdk/wayland/gdkwayland.h>
#endif

#include "outreach-application.h"
#include "outreach-page-view.h"
#include "outreach-presenter.h"
#include "outreach-window.h"
#include "test-utils.h"

/* the window's size before anything goes full screen */
#define WINDOW_WIDTH  900
#define WINDOW_HEIGHT 600

static gboolean one_monitor;

/* the monitors the session was started with (tests/meson.build) */
static const GdkRectangle two_monitors[] = { { 0, 0, 1280, 800 }, { 1280, 0, 1024, 768 } };
static const GdkRectangle the_monitor[] = { { 0, 0, 1280, 800 } };

static gboolean
in_mutter_session (void)
{
#ifdef GDK_WINDOWING_WAYLAND
  if (GDK_IS_WAYLAND_DISPLAY (gdk_display_get_default ()))
    return TRUE;
#endif
  g_test_skip ("not under mutter's monitors: run through build-aux/test-session-mutter.sh "
               "(meson test --suite presenter does)");
  return FALSE;
}

static GdkMonitor *
monitor_n (guint n)
{
  GListModel *monitors = gdk_display_get_monitors (gdk_display_get_default ());
  g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, n);

  g_assert_nonnull (monitor);
  return monitor;  /* the display holds it */
}

static guint
n_monitors (void)
{
  return g_list_model_get_n_items (gdk_display_get_monitors (gdk_display_get_default ()));
}

/* The monitor the compositor has put @window on (NULL before it is on one) */
static GdkMonitor *
monitor_of (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == NULL || !gtk_widget_get_mapped (GTK_WIDGET (window)))
    return NULL;
  return gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (window)), surface);
}

static void
describe (GtkWindow  *window,
          const char *what)
{
  GdkMonitor *monitor = monitor_of (window);

  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_test_message ("%.3f %s: %s, %d×%d (surface %d×%d, %s), on %s", g_get_monotonic_time () / 1e6, what,
                  gtk_window_is_fullscreen (window) ? "full screen" : "not full screen",
                  gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)),
                  surface ? gdk_surface_get_width (surface) : 0,
                  surface ? gdk_surface_get_height (surface) : 0,
                  surface && (gdk_toplevel_get_state (GDK_TOPLEVEL (surface)) & GDK_TOPLEVEL_STATE_FULLSCREEN) ?
                    "full screen for the compositor" : "not full screen for the compositor",
                  monitor ? gdk_monitor_get_connector (monitor) : "no monitor");
}

/* Every change the compositor makes to @window's surface, in the log */
static void
on_surface_changed (GdkSurface *surface,
                    GParamSpec *pspec,
                    GtkWindow  *window)
{
  describe (window, pspec->name);
}

static void
log_surface_changes (GtkWindow *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  g_signal_connect_object (surface, "notify::state", G_CALLBACK (on_surface_changed), window, 0);
  g_signal_connect_object (surface, "notify::width", G_CALLBACK (on_surface_changed), window, 0);
  g_signal_connect_object (surface, "notify::height", G_CALLBACK (on_surface_changed), window, 0);
}

/* What a user sees of a window: where it is, whether it fills that
 * monitor, its size. A wait is for all of it at once. */
typedef struct {
  GtkWindow  *window;
  GdkMonitor *monitor;     /* NULL: any */
  gboolean    fullscreen;
  int         width;       /* with fullscreen: the monitor's */
  int         height;
} Placement;

static gboolean
placed (gpointer data)
{
  const Placement *p = data;
  GtkWidget *widget = GTK_WIDGET (p->window);
  GdkMonitor *monitor = monitor_of (p->window);
  GdkSurface *surface;
  int width = p->width, height = p->height;

  if (monitor == NULL || (p->monitor != NULL && monitor != p->monitor))
    return FALSE;
  if (gtk_window_is_fullscreen (p->window) != p->fullscreen)
    return FALSE;
  surface = gtk_native_get_surface (GTK_NATIVE (p->window));
  /* the compositor's word, not only GTK's request */
  if (((gdk_toplevel_get_state (GDK_TOPLEVEL (surface)) & GDK_TOPLEVEL_STATE_FULLSCREEN) != 0)
      != p->fullscreen)
    return FALSE;
  if (p->fullscreen)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor, &geometry);
      width = geometry.width;
      height = geometry.height;
      /* full screen, the surface is the monitor: no shadow, no margin */
      if (gdk_surface_get_width (surface) != width || gdk_surface_get_height (surface) != height)
        return FALSE;
    }
  return gtk_widget_get_width (widget) == width && gtk_widget_get_height (widget) == height;
}

/* Waits (20 s at most) until @window is placed so, and says where it is. */
static void
wait_placed (GtkWindow  *window,
             GdkMonitor *monitor,
             gboolean    fullscreen,
             const char *what)
{
  Placement p = { window, monitor, fullscreen, WINDOW_WIDTH, WINDOW_HEIGHT };

  /* a wait that fails says what it saw */
  if (!placed (&p))
    describe (window, "before the wait");
  test_wait_until (placed, &p);
  describe (window, what);
}

/* A window that is not full screen, 900×600, mapped on a monitor */
static GtkWindow *
plain_window_new (void)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_window_set_child (window, gtk_label_new ("A window"));
  gtk_window_present (window);
  wait_placed (window, NULL, FALSE, "a new window");
  return window;
}

/* The harness itself: GTK sees the monitors the session was started with,
 * and a window asked to go full screen on one lands there, filling it;
 * back from full screen, it has its size again. Should this fail, so
 * would every other case here, for the harness's sake. */
static void
test_harness (void)
{
  const GdkRectangle *expected = one_monitor ? the_monitor : two_monitors;
  guint n_expected = one_monitor ? G_N_ELEMENTS (the_monitor) : G_N_ELEMENTS (two_monitors);
  GtkWindow *window;

  if (!in_mutter_session ())
    return;

  g_assert_cmpuint (n_monitors (), ==, n_expected);
  for (guint i = 0; i < n_expected; i++)
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (monitor_n (i), &geometry);
      g_test_message ("monitor %u: %s, %d×%d at %d,%d", i, gdk_monitor_get_connector (monitor_n (i)),
                      geometry.width, geometry.height, geometry.x, geometry.y);
      g_assert_cmpint (geometry.x, ==, expected[i].x);
      g_assert_cmpint (geometry.y, ==, expected[i].y);
      g_assert_cmpint (geometry.width, ==, expected[i].width);
      g_assert_cmpint (geometry.height, ==, expected[i].height);
    }

  window = plain_window_new ();
  /* every monitor in turn, the one it opened on last */
  for (guint k = 1; k <= n_expected; k++)
    {
      GdkMonitor *target = monitor_n (k % n_expected);

      gtk_window_fullscreen_on_monitor (window, target);
      wait_placed (window, target, TRUE, "full screen on a monitor");
    }
  gtk_window_unfullscreen (window);
  wait_placed (window, NULL, FALSE, "back from full screen");
  gtk_window_destroy (window);
}

/* The presenter, in the real app's window */

typedef void (*MonitorTest) (OutreachWindow *window);

static void
on_activate_after (GApplication *app,
                   MonitorTest   test)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
  GtkWindow *window;

  g_assert_nonnull (windows);
  window = GTK_WINDOW (windows->data);
  /* a window of a known size, not full screen, somewhere */
  gtk_window_set_default_size (window, WINDOW_WIDTH, WINDOW_HEIGHT);
  wait_placed (window, NULL, FALSE, "the app's window");
  log_surface_changes (window);
  test (OUTREACH_WINDOW (window));
  gtk_window_destroy (window);
}

/* Runs the app as from a shell, and @test in its window */
static void
run_app (MonitorTest test)
{
  g_autoptr(OutreachApplication) app = NULL;
  char *argv[] = { (char *) "serocu-outreach", NULL };

  if (!in_mutter_session ())
    return;
  app = outreach_application_new ();
  /* tests may run side by side on one session bus */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_after), test);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
}

/* A window other than @window that a user can see */
static GtkWindow *
other_visible_window (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (toplevels, i);

      if (toplevel != window && gtk_widget_get_visible (GTK_WIDGET (toplevel)))
        return toplevel;
    }
  return NULL;
}

static gboolean
view_gone (gpointer data)
{
  GtkWindow **view = data;

  return *view == NULL || !gtk_widget_get_visible (GTK_WIDGET (*view));
}

/* Both windows stay where they are: the main window full screen on the
 * projector, the view (if any) full screen on @view_monitor */
static void
assert_still_placed (OutreachWindow *window,
                     GdkMonitor     *projector,
                     GtkWindow      *view,
                     GdkMonitor     *view_monitor)
{
  Placement main_window = { GTK_WINDOW (window), projector, TRUE, 0, 0 };
  Placement presenter_view = { view, view_monitor, TRUE, 0, 0 };

  test_wait_drawn (GTK_WIDGET (window), 20);
  if (view != NULL)
    test_wait_drawn (GTK_WIDGET (view), 20);
  if (!placed (&main_window))
    describe (GTK_WINDOW (window), "the main window");
  g_assert_true (placed (&main_window));
  if (view != NULL)
    {
      if (!placed (&presenter_view))
        describe (view, "the presenter view");
      g_assert_true (placed (&presenter_view));
    }
}

/* Moving through the tour: every step, then back to the first */
static void
walk_the_tour (OutreachWindow *window,
               GdkMonitor     *projector,
               GtkWindow      *view,
               GdkMonitor     *view_monitor)
{
  OutreachPresenter *presenter = outreach_window_get_presenter (window);
  guint n_steps = outreach_presenter_get_n_steps (presenter);

  g_assert_cmpuint (n_steps, >, 1);
  for (guint step = 1; step <= n_steps; step++)
    {
      g_test_message ("to step %u", step % n_steps);
      outreach_presenter_go_to (presenter, step % n_steps);
      g_assert_cmpuint (outreach_presenter_get_step (presenter), ==, step % n_steps);
      assert_still_placed (window, projector, view, view_monitor);
    }
  g_test_message ("%u steps: both windows stayed where they were", n_steps);
}

/* Stopping: no presenter view left, the window as it was (not full
 * screen, its size) */
static void
stop_and_check (OutreachWindow *window,
                GtkWindow      *view)
{
  GtkWindow *other;

  if (view != NULL)
    g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  outreach_window_stop_presenting (window);
  g_assert_null (outreach_window_get_presenter (window));
  test_wait_until (view_gone, &view);
  if (view != NULL)
    g_object_remove_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  other = other_visible_window (GTK_WINDOW (window));
  g_assert_true (other == NULL);
  wait_placed (GTK_WINDOW (window), NULL, FALSE, "presenting stopped");
}

static gboolean
view_says_more (gpointer view)
{
  GtkWidget *next = test_child (view, OUTREACH_TYPE_PRESENTER_VIEW, "next_label");

  return g_strcmp0 (gtk_label_get_text (GTK_LABEL (next)), "Next: more of this page") == 0;
}

static const char *
view_label (GtkWindow  *view,
            const char *name)
{
  return gtk_label_get_text (GTK_LABEL (test_child (view, OUTREACH_TYPE_PRESENTER_VIEW, name)));
}

/* The built-in tour's third step is the chart: the presenter view says
 * so, and what follows it; the step before it says what comes next */
static void
view_titles_chart_step (OutreachWindow    *window,
                        OutreachPresenter *presenter,
                        GtkWindow         *view)
{
  OutreachTour *tour = outreach_presenter_get_tour (presenter);
  GtkAdjustment *adjustment;

  g_assert_true (outreach_tour_get_step_chart (tour, 2));
  outreach_presenter_go_to (presenter, 2);
  g_assert_cmpstr (view_label (view, "step_label"), ==, "Step 3 of 9");
  g_assert_cmpstr (view_label (view, "title_label"), ==,
                   "Structure: South East Regional Organised Crime Unit");
  /* (the chart has no more below: the next press moves on) */
  g_assert_cmpstr (view_label (view, "next_label"), ==, "Next: Sensitive Intelligence Unit");
  outreach_presenter_go_to (presenter, 3);
  g_assert_cmpstr (view_label (view, "title_label"), ==, "Sensitive Intelligence Unit");
  outreach_presenter_go_to (presenter, 1);
  g_assert_cmpstr (view_label (view, "title_label"), ==, "About the unit");
  /* at the end of its page, what comes next is the chart */
  adjustment = outreach_page_view_get_vadjustment (OUTREACH_PAGE_VIEW (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                                  "page_view")));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  g_assert_cmpstr (view_label (view, "next_label"), ==,
                   "Next: Structure: South East Regional Organised Crime Unit");
}

/* A key as it reaches @window (the presenter view, on the presenter's own
 * screen): through the controllers the window has, capture first, as GTK
 * hands it on. (No keyboard can be pressed under a headless compositor.) */
static gboolean
send_key (GtkWindow      *window,
          guint           keyval,
          GdkModifierType state)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, state, &handled);
    }
  return handled;
}

static gboolean
search_open (gpointer window)
{
  return gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (test_child (window, OUTREACH_TYPE_WINDOW, "search_bar")));
}

/* The presenter's keyboard is on the presenter view: Ctrl+F and typing
 * search on the projector's window; Escape closes that search first, and
 * only then ends the presentation */
static void
view_keys_search (OutreachWindow *window)
{
  GtkWidget *entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");
  g_autoptr(GError) error = NULL;
  GtkWindow *view;

  g_assert_true (outreach_window_present (window, NULL, &error));
  view = outreach_presenter_get_view (outreach_window_get_presenter (window));
  g_assert_nonnull (view);
  test_wait_until (test_is_mapped, view);

  g_assert_true (send_key (view, GDK_KEY_f, GDK_CONTROL_MASK));
  test_wait_until (search_open, window);
  g_assert_true (send_key (view, GDK_KEY_c, 0));
  g_assert_true (send_key (view, GDK_KEY_y, 0));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "cy");
  g_assert_true (send_key (view, GDK_KEY_Escape, 0));
  g_assert_false (search_open (window));
  g_assert_nonnull (outreach_window_get_presenter (window));
  /* typing alone opens it too */
  g_assert_true (send_key (view, GDK_KEY_r, 0));
  g_assert_true (search_open (window));
  g_assert_true (send_key (view, GDK_KEY_Escape, 0));
  g_assert_true (send_key (view, GDK_KEY_Escape, 0));
  g_assert_null (outreach_window_get_presenter (window));
  wait_placed (GTK_WINDOW (window), NULL, FALSE, "stopped from the presenter view");
}

static gboolean
not_fullscreen (gpointer window)
{
  return !gtk_window_is_fullscreen (window);
}

/* A clicker's double press: presenting, stopped and started again before
 * the full screen has gone, then stopped: the window as it was before the
 * first (not stuck full screen), and the view on the presenter's monitor */
static void
quick_again (OutreachWindow *window)
{
  GdkMonitor *start = monitor_of (GTK_WINDOW (window));
  g_autoptr(GError) error = NULL;

  /* full screen on the projector, then stopped and started again at once:
   * the window is still full screen, not yet given back */
  g_assert_true (outreach_window_present (window, NULL, &error));
  wait_placed (GTK_WINDOW (window), outreach_presenter_get_projector (outreach_window_get_presenter (window)),
               TRUE, "presenting, before the double press");
  outreach_window_stop_presenting (window);
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  g_assert_true (outreach_window_present (window, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (outreach_presenter_get_projector (outreach_window_get_presenter (window)) != start);
  wait_placed (outreach_presenter_get_view (outreach_window_get_presenter (window)), start, TRUE,
               "after quick presses: the presenter view");
  outreach_window_stop_presenting (window);
  /* not stuck full screen (it was, and stayed so for every presentation
   * after). Its size is the compositor's last word, which can come after
   * the app's: not asserted here (see the README's known issues) */
  test_wait_until (not_fullscreen, window);
  describe (GTK_WINDOW (window), "after quick presses: stopped");
}

/* Two monitors: the room sees the monitor the window was not on, with the
 * window full screen on it; the presenter view fills the monitor the
 * window was on; a tour's steps move neither; stopping closes the view and
 * gives the window back at its size. */
static void
presents_on_the_other_monitor (OutreachWindow *window)
{
  GdkMonitor *start = monitor_of (GTK_WINDOW (window));
  g_autoptr(GError) error = NULL;
  OutreachPresenter *presenter;
  GdkMonitor *projector;
  GtkWindow *view;

  g_assert_cmpuint (n_monitors (), ==, 2);
  g_assert_nonnull (start);
  g_assert_true (outreach_window_present (window, NULL, &error));
  g_assert_no_error (error);
  presenter = outreach_window_get_presenter (window);
  g_assert_nonnull (presenter);

  projector = outreach_presenter_get_projector (presenter);
  g_assert_nonnull (projector);
  g_assert_true (projector == monitor_n (0) || projector == monitor_n (1));
  g_assert_true (projector != start);
  wait_placed (GTK_WINDOW (window), projector, TRUE, "presenting: the main window");

  view = outreach_presenter_get_view (presenter);
  g_assert_nonnull (view);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (view)));
  wait_placed (view, start, TRUE, "presenting: the presenter view");
  /* neither window has moved for the other */
  g_assert_true (monitor_of (GTK_WINDOW (window)) == projector);

  /* Home is longer than the projector: the view says the next press turns it */
  outreach_presenter_go_to (presenter, 0);
  test_wait_until (view_says_more, view);
  view_titles_chart_step (window, presenter, view);
  walk_the_tour (window, projector, view, start);
  stop_and_check (window, view);
  view_keys_search (window);

  /* closing the presenter view (its window's close button, Alt+F4) ends
   * the presentation: the window comes back, with no view left behind */
  g_assert_true (outreach_window_present (window, NULL, &error));
  g_assert_no_error (error);
  view = outreach_presenter_get_view (outreach_window_get_presenter (window));
  g_assert_nonnull (view);
  test_wait_until (test_is_mapped, view);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  gtk_window_close (view);
  test_wait_until (view_gone, &view);
  g_assert_null (outreach_window_get_presenter (window));
  wait_placed (GTK_WINDOW (window), NULL, FALSE, "the presenter view closed");
  /* last: it may leave the window at the compositor's size */
  quick_again (window);
}


static void
test_two_monitors (void)
{
  run_app (presents_on_the_other_monitor);
}

/* One monitor: full screen on it, and no presenter view (no notes on the
 * wall); stopping gives the window back at its size */
static void
presents_on_the_only_monitor (OutreachWindow *window)
{
  g_autoptr(GError) error = NULL;
  OutreachPresenter *presenter;

  g_assert_cmpuint (n_monitors (), ==, 1);
  g_assert_true (outreach_window_present (window, NULL, &error));
  g_assert_no_error (error);
  presenter = outreach_window_get_presenter (window);
  g_assert_nonnull (presenter);
  g_assert_true (outreach_presenter_get_projector (presenter) == monitor_n (0));
  g_assert_null (outreach_presenter_get_view (presenter));
  wait_placed (GTK_WINDOW (window), monitor_n (0), TRUE, "presenting on the only monitor");
  g_assert_null (other_visible_window (GTK_WINDOW (window)));

  walk_the_tour (window, monitor_n (0), NULL, NULL);
  stop_and_check (window, NULL);
}

static void
test_one_monitor (void)
{
  run_app (presents_on_the_only_monitor);
}

int
main (int   argc,
      char *argv[])
{
  /* GTest leaves options it does not know in argv */
  for (int i = 1; i < argc; i++)
    one_monitor |= g_strcmp0 (argv[i], "--one-monitor") == 0;

  gtk_test_init (&argc, &argv, NULL);
  g_type_ensure (OUTREACH_TYPE_APPLICATION);

  g_test_add_func ("/presenter-monitors/harness", test_harness);
  if (one_monitor)
    g_test_add_func ("/presenter-monitors/one-monitor", test_one_monitor);
  else
    g_test_add_func ("/presenter-monitors/two-monitors", test_two_monitors);
  return g_test_run ();
}
