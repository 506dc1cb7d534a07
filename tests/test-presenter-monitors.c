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

  g_test_message ("%s: %s, %d×%d, on %s", what,
                  gtk_window_is_fullscreen (window) ? "full screen" : "not full screen",
                  gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)),
                  monitor ? gdk_monitor_get_connector (monitor) : "no monitor");
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
  return g_test_run ();
}
