/* bench-bare-window.c: the reference for the start-up benchmark: a bare
 * GTK 4 window with one label, and nothing else. A GtkApplication with the
 * default flags, as any GNOME application is: it registers on the session
 * bus like the app does.
 *
 * With OUTREACH_FRAME_LOG=FILE it notes the same steps of start-up as the
 * app does ("MARK <step> <monotonic µs>", and "FRAME window <µs>" when the
 * first frame is painted), so that `bench-startup --timeline` can set the
 * two side by side. Writing the notes is all it does besides.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <gtk/gtk.h>

static void
note (const char *kind,
      const char *what)
{
  const char *path = g_getenv ("OUTREACH_FRAME_LOG");
  FILE *log = path != NULL ? fopen (path, "a") : NULL;

  if (log == NULL)
    return;
  fprintf (log, "%s %s %" G_GINT64_FORMAT "\n", kind, what, g_get_monotonic_time ());
  fclose (log);
}

/* the phases of the first frame, as the app notes them */
static void
on_phase (GdkFrameClock *clock,
          const char    *step)
{
  note ("MARK", step);
}

static void
on_after_paint (GdkFrameClock *clock,
                gpointer       data)
{
  note ("FRAME", "window");
  g_signal_handlers_disconnect_matched (clock, G_SIGNAL_MATCH_FUNC, 0, 0, NULL, on_phase, NULL);
  g_signal_handlers_disconnect_by_func (clock, on_after_paint, data);
}

static void
on_map (GtkWidget *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (window);

  g_signal_connect (clock, "before-paint", G_CALLBACK (on_phase), (gpointer) "frame-begin");
  g_signal_connect (clock, "layout", G_CALLBACK (on_phase), (gpointer) "frame-layout-done");
  g_signal_connect (clock, "paint", G_CALLBACK (on_phase), (gpointer) "frame-paint-done");
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), NULL);
}

static void
on_startup (GtkApplication *app)
{
  note ("MARK", "startup");
}

static void
on_activate (GtkApplication *app)
{
  GtkWidget *window;

  note ("MARK", "activate");
  window = gtk_application_window_new (app);
  gtk_window_set_title (GTK_WINDOW (window), "Bare");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_set_child (GTK_WINDOW (window), gtk_label_new ("Hello"));
  if (g_getenv ("OUTREACH_FRAME_LOG") != NULL)
    g_signal_connect (window, "map", G_CALLBACK (on_map), NULL);
  note ("MARK", "present");
  gtk_window_present (GTK_WINDOW (window));
  note ("MARK", "presented");
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkApplication) app = NULL;

  note ("MARK", "main");
  app = gtk_application_new ("uk.police.serocu.Outreach.BareBench", G_APPLICATION_DEFAULT_FLAGS);
  g_signal_connect (app, "startup", G_CALLBACK (on_startup), NULL);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
