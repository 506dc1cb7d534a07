/* outreach-debug.c
 *
 * With OUTREACH_FRAME_LOG=FILE in the environment, the app appends a line
 * to FILE when a window, or a screen such as the attract screen, has painted
 * its first frame: "FRAME <what> <monotonic microseconds>". Tests and the
 * start-up benchmark wait on it instead of guessing with sleeps; screenshot
 * scripts in a kiosk compositor know when there is something to take.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>

#include "outreach-debug.h"

typedef struct
{
  GdkFrameClock *clock;
  gulong         handler;
  char          *what;
} Pending;

static void
on_after_paint (GdkFrameClock *clock,
                Pending       *pending)
{
  const char *path = g_getenv ("OUTREACH_FRAME_LOG");
  FILE *log = path ? fopen (path, "a") : NULL;

  if (log != NULL)
    {
      fprintf (log, "FRAME %s %" G_GINT64_FORMAT "\n", pending->what, g_get_monotonic_time ());
      fclose (log);
    }
  g_signal_handler_disconnect (clock, pending->handler);
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
 * Notes in the frame log when @widget next paints (once it is mapped).
 */
void
_outreach_debug_note_next_frame (GtkWidget  *widget,
                                 const char *what)
{
  Pending *pending;

  if (g_getenv ("OUTREACH_FRAME_LOG") == NULL)
    return;

  pending = g_new0 (Pending, 1);
  pending->what = g_strdelimit (g_strdup (what), " \n", '_');
  if (gtk_widget_get_mapped (widget))
    hook_clock (widget, pending);
  else
    g_signal_connect (widget, "map", G_CALLBACK (on_map), pending);
}
