/* outreach-debug.c
 *
 * With OUTREACH_FRAME_LOG=FILE in the environment, the app appends a line
 * to FILE when a window, or a screen such as the attract screen, has painted
 * its first frame: "FRAME <what> <monotonic microseconds>". Tests and the
 * start-up benchmark wait on it instead of guessing with sleeps; screenshot
 * scripts in a kiosk compositor know when there is something to take.
 *
 * From the first such note on, it also appends a line for every surface of
 * the app's own that maps: "FRAME toplevel <type> <time>" for a window (the
 * app's, a dialog, GTK's Inspector), "FRAME popup <type> <time>" for a
 * popover, a menu or a tooltip. The display-station tests check with it that
 * nothing a visitor does opens anything but the station's own screen.
 *
 * _outreach_debug_mark() notes a step of start-up ("MARK <step> <time>"),
 * and the first frame of the window notes its phases ("MARK frame-begin",
 * "MARK frame-layout-done", "MARK frame-paint-done"), for the timeline that
 * `bench-startup --timeline` prints (BENCHMARKS.md, section 1).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "outreach-debug.h"

typedef struct
{
  GdkFrameClock *clock;
  gulong         handler;
  char          *what;
} Pending;

static gboolean
logging (void)
{
  static int on = -1;

  if (on < 0)
    on = g_getenv ("OUTREACH_FRAME_LOG") != NULL;
  return on;
}

/* The log, opened to append a line, if it is a file: never a pipe or a
 * device, which could hold the app up (a FIFO with no reader blocks its
 * opening) or end it (SIGPIPE) */
static FILE *
open_log (void)
{
  const char *path = g_getenv ("OUTREACH_FRAME_LOG");
  struct stat st;
  int fd;

  if (path == NULL)
    return NULL;
  fd = open (path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC | O_NOCTTY, 0644);
  if (fd < 0)
    return NULL;
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      return NULL;
    }
  return fdopen (fd, "a");
}

static void
append_line (const char *what,
             const char *detail)
{
  FILE *log = open_log ();

  if (log == NULL)
    return;
  if (detail != NULL)
    fprintf (log, "FRAME %s %s %" G_GINT64_FORMAT "\n", what, detail, g_get_monotonic_time ());
  else
    fprintf (log, "FRAME %s %" G_GINT64_FORMAT "\n", what, g_get_monotonic_time ());
  fclose (log);
}

/**
 * _outreach_debug_mark:
 * @step: a word for the log, such as "activate"
 *
 * Notes in the frame log that start-up has reached @step.
 */
void
_outreach_debug_mark (const char *step)
{
  FILE *log;

  if (!logging () || (log = open_log ()) == NULL)
    return;
  fprintf (log, "MARK %s %" G_GINT64_FORMAT "\n", step, g_get_monotonic_time ());
  fclose (log);
}

/* The phases of the window's first frame, for the timeline: each handler
 * runs after GTK's own (connected when the surface was made) */
static void
on_first_frame_phase (GdkFrameClock *clock,
                      const char    *step)
{
  _outreach_debug_mark (step);
}

/* and of its showing */
static void
on_window_step (GtkWidget  *window,
                const char *step)
{
  _outreach_debug_mark (step);
  g_signal_handlers_disconnect_by_func (window, on_window_step, (gpointer) step);
}

static void
on_after_paint (GdkFrameClock *clock,
                Pending       *pending)
{
  append_line (pending->what, NULL);
  if (g_str_equal (pending->what, "window"))
    g_signal_handlers_disconnect_matched (clock, G_SIGNAL_MATCH_FUNC, 0, 0, NULL,
                                          on_first_frame_phase, NULL);
  g_signal_handler_disconnect (clock, pending->handler);
}

/* Every widget's "map": a native one (a surface of its own) is noted */
static gboolean
on_any_map (GSignalInvocationHint *hint,
            guint                  n_values,
            const GValue          *values,
            gpointer               data)
{
  GObject *instance = n_values > 0 ? g_value_get_object (&values[0]) : NULL;

  if (instance != NULL && GTK_IS_NATIVE (instance))
    append_line (GTK_IS_WINDOW (instance) ? "toplevel" : "popup", G_OBJECT_TYPE_NAME (instance));
  return TRUE;
}

static void
watch_natives (void)
{
  static gsize watching = 0;

  if (g_once_init_enter (&watching))
    {
      g_signal_add_emission_hook (g_signal_lookup ("map", GTK_TYPE_WIDGET), 0,
                                  on_any_map, NULL, NULL);
      g_once_init_leave (&watching, 1);
    }
}

static void
pending_free (gpointer data,
              GClosure *closure)
{
  Pending *pending = data;

  g_free (pending->what);
  g_free (pending);
}

static void
hook_clock (GtkWidget *widget,
            Pending   *pending)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  if (g_str_equal (pending->what, "window"))
    {
      g_signal_connect (clock, "before-paint", G_CALLBACK (on_first_frame_phase),
                        (gpointer) "frame-begin");
      g_signal_connect (clock, "layout", G_CALLBACK (on_first_frame_phase),
                        (gpointer) "frame-layout-done");
      g_signal_connect (clock, "paint", G_CALLBACK (on_first_frame_phase),
                        (gpointer) "frame-paint-done");
    }
  pending->handler = g_signal_connect_data (clock, "after-paint", G_CALLBACK (on_after_paint),
                                            pending, pending_free, 0);
  gtk_widget_queue_draw (widget);
}

static void
on_map (GtkWidget *widget,
        Pending   *pending)
{
  g_signal_handlers_disconnect_by_func (widget, on_map, pending);
  hook_clock (widget, pending);
}

/**
 * _outreach_debug_note_next_frame:
 * @what: a word or two for the log, such as "attract"
 *
 * Notes in the frame log when @widget next paints (once it is mapped);
 * the first call also starts noting every native surface that maps.
 */
void
_outreach_debug_note_next_frame (GtkWidget  *widget,
                                 const char *what)
{
  Pending *pending;

  if (!logging ())
    return;
  watch_natives ();

  if (g_str_equal (what, "window"))
    {
      g_signal_connect_after (widget, "realize", G_CALLBACK (on_window_step), (gpointer) "window-realized");
      g_signal_connect_after (widget, "map", G_CALLBACK (on_window_step), (gpointer) "window-mapped");
    }
  pending = g_new0 (Pending, 1);
  pending->what = g_strdelimit (g_strdup (what), " \n", '_');
  if (gtk_widget_get_mapped (widget))
    hook_clock (widget, pending);
  else
    g_signal_connect (widget, "map", G_CALLBACK (on_map), pending);
}
