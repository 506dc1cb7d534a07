/* bench-startup.c: start-up to first frame, watched from the X server
 *
 *   bench-startup [--runs=N] [--verbose] [--timeline] NAME=COMMAND...
 *
 * Each COMMAND (split at spaces) is run N times, the programs taking turns
 * (A, B, C, A, B, C …). The clock starts just before the program is
 * spawned; the first frame is seen from outside, with XDamage: damage is
 * watched on every window the program creates, and the first damage after
 * the window is mapped and after the server's own clearing of it is the
 * program's first frame (for the app this agrees with its own frame clock,
 * OUTREACH_FRAME_LOG, which --verbose prints beside it). The program is then
 * stopped and its peak resident memory read from wait4 (). Medians are
 * printed as a Markdown table with each program's ratio to the first.
 * Nothing is asserted. Run it under Xvfb, all programs with the same
 * renderer.
 *
 * With --timeline (or --verbose) each program is run with OUTREACH_FRAME_LOG
 * set, in which the app and bench-bare-window note the steps of their
 * start-up ("MARK <step> <monotonic µs>", see src/outreach-debug.c); --timeline
 * then prints, for each step, the median time from the spawn to it, the
 * programs side by side. Without it the log is not asked for: writing it
 * costs a little.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <glib.h>
#include "bench-stats.h"
#include <X11/Xlib.h>
#include <X11/extensions/Xdamage.h>

extern char **environ;

static gboolean verbose;
static gboolean timeline;
static int damage_event_base;

typedef struct
{
  Window window;
  Damage damage;
  gboolean mapped;
  gboolean cleared;
  gint64 first_frame;
} Watched;

static int
ignore_errors (Display     *dpy,
               XErrorEvent *event)
{
  return 0;   /* windows come and go before we look at them */
}

static Watched *
find_watched (GArray *watched,
              Window  window)
{
  for (guint i = 0; i < watched->len; i++)
    if (g_array_index (watched, Watched, i).window == window)
      return &g_array_index (watched, Watched, i);
  return NULL;
}

/* The log's "MARK step time" and "FRAME what time" lines, as milliseconds
 * from @start into @steps (step name to a GArray of doubles), and each new
 * step's name into @order. A step noted more than once counts its last
 * time (GDK may lay the first frame out twice: its layout is done at the
 * second), up to the first frame's note. */
static void
read_marks (const char *text,
            gint64      start,
            GHashTable *steps,
            GPtrArray  *order)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (char **l = lines; *l != NULL; l++)
    {
      g_auto(GStrv) f = g_strsplit (*l, " ", -1);
      g_autofree char *name = NULL;
      GArray *times;
      double ms;

      if (g_strv_length (f) != 3 || (strcmp (f[0], "MARK") != 0 && strcmp (f[0], "FRAME") != 0))
        continue;
      name = strcmp (f[0], "FRAME") == 0 ? g_strconcat ("first frame: ", f[1], NULL) : g_strdup (f[1]);
      ms = (g_ascii_strtoll (f[2], NULL, 10) - start) / 1000.0;
      times = g_hash_table_lookup (steps, name);
      if (times == NULL)
        {
          times = g_array_new (FALSE, FALSE, sizeof (double));
          g_hash_table_insert (steps, g_strdup (name), times);
          if (!g_ptr_array_find_with_equal_func (order, name, g_str_equal, NULL))
            g_ptr_array_add (order, g_strdup (name));
        }
      if (g_hash_table_contains (seen, name))
        g_array_index (times, double, times->len - 1) = ms;
      else
        g_array_append_val (times, ms);
      g_hash_table_add (seen, g_strdup (name));
      if (strcmp (name, "first frame: window") == 0)
        break;
    }
}

/* Runs @argv once; returns the microseconds to its first frame (or -1),
 * and its peak resident memory in @peak_kib; with a log, its marks go
 * into @steps and @order (read_marks) */
static double
run_once (Display    *dpy,
          char      **argv,
          long       *peak_kib,
          double     *app_frame_log,
          GHashTable *steps,
          GPtrArray  *order)
{
  g_autoptr(GArray) watched = g_array_new (FALSE, TRUE, sizeof (Watched));
  g_autofree char *log = g_build_filename (g_get_tmp_dir (), "bench-startup-frames.log", NULL);
  g_autofree char *log_text = NULL;
  g_autoptr(GPtrArray) env = g_ptr_array_new_with_free_func (g_free);
  struct rusage usage;
  gint64 start, deadline, frame = -1;
  pid_t pid;
  int status;

  unlink (log);
  for (char **e = environ; *e; e++)
    if (!g_str_has_prefix (*e, "OUTREACH_FRAME_LOG="))
      g_ptr_array_add (env, g_strdup (*e));
  if (verbose || timeline)
    g_ptr_array_add (env, g_strconcat ("OUTREACH_FRAME_LOG=", log, NULL));
  g_ptr_array_add (env, NULL);

  XSync (dpy, True);   /* nothing left over from the last run */
  start = g_get_monotonic_time ();
  if (posix_spawnp (&pid, argv[0], NULL, NULL, argv, (char **) env->pdata) != 0)
    g_error ("cannot run %s", argv[0]);
  deadline = start + 60 * G_USEC_PER_SEC;

  while (frame < 0 && g_get_monotonic_time () < deadline)
    {
      struct pollfd fd = { ConnectionNumber (dpy), POLLIN, 0 };

      if (XPending (dpy) == 0)
        poll (&fd, 1, 100);
      while (XPending (dpy) > 0 && frame < 0)
        {
          XEvent event;
          Watched *w;

          XNextEvent (dpy, &event);
          if (event.type == CreateNotify)
            {
              Watched new_one = { event.xcreatewindow.window,
                                  XDamageCreate (dpy, event.xcreatewindow.window,
                                                 XDamageReportRawRectangles),
                                  FALSE, FALSE, -1 };
              g_array_append_val (watched, new_one);
            }
          else if (event.type == MapNotify && (w = find_watched (watched, event.xmap.window)))
            w->mapped = TRUE;
          else if (event.type == damage_event_base + XDamageNotify)
            {
              XDamageNotifyEvent *d = (XDamageNotifyEvent *) &event;
              gint64 now = g_get_monotonic_time ();

              w = find_watched (watched, d->drawable);
              if (w == NULL || !w->mapped)
                continue;
              if (verbose)
                g_printerr ("  damage on 0x%lx at %.1f ms (%dx%d+%d+%d)\n", w->window,
                            (now - start) / 1000.0, d->area.width, d->area.height,
                            d->area.x, d->area.y);
              /* the server clears a window with a background when it maps
               * it; the program's own drawing comes after */
              if (!w->cleared && d->more == False)
                {
                  w->cleared = TRUE;
                  continue;
                }
              if (w->cleared && !d->more)
                frame = now;
            }
        }
    }

  /* the program notes its frame just after the server has it: wait for
   * the note (briefly) so that the timeline has it */
  for (int i = 0; (verbose || timeline) && frame >= 0 && i < 200; i++)
    {
      g_autofree char *text = NULL;

      if (g_file_get_contents (log, &text, NULL, NULL) && strstr (text, "FRAME window ") != NULL)
        break;
      g_usleep (1000);
    }
  kill (pid, SIGTERM);
  if (wait4 (pid, &status, 0, &usage) != pid)
    g_error ("wait4: %s", g_strerror (errno));
  *peak_kib = usage.ru_maxrss;
  for (guint i = 0; i < watched->len; i++)
    XDamageDestroy (dpy, g_array_index (watched, Watched, i).damage);
  XSync (dpy, True);

  *app_frame_log = -1;
  if (g_file_get_contents (log, &log_text, NULL, NULL))
    {
      const char *line = strstr (log_text, "FRAME window ");

      if (line != NULL)
        *app_frame_log = (g_ascii_strtoll (line + strlen ("FRAME window "), NULL, 10) - start) / 1000.0;
      if (steps != NULL)
        read_marks (log_text, start, steps, order);
    }
  unlink (log);
  return frame < 0 ? -1 : (frame - start) / 1000.0;
}

static int
by_time (gconstpointer a,
         gconstpointer b)
{
  double x = ((const double *) a)[0], y = ((const double *) b)[0];

  return x < y ? -1 : x > y;
}

/* Each step's median time from the spawn, programs side by side, steps in
 * the order of the earliest median; and the time since the step before in
 * the same program */
static void
print_timeline (GPtrArray   *names,
                GHashTable **steps,
                GPtrArray   *order)
{
  g_autoptr(GArray) rows = g_array_new (FALSE, FALSE, sizeof (double) * 2);
  guint n = names->len;
  double *last = g_new0 (double, n);

  guint most = 0;

  /* in the order of the program that notes the most steps */
  for (guint p = 1; p < n; p++)
    if (g_hash_table_size (steps[p]) > g_hash_table_size (steps[most]))
      most = p;
  g_ptr_array_add (order, g_strdup ("first frame, seen by the X server"));
  for (guint i = 0; i < order->len; i++)
    {
      double row[2] = { G_MAXDOUBLE, i };
      GArray *t = g_hash_table_lookup (steps[most], g_ptr_array_index (order, i));

      if (t != NULL && t->len > 0)
        row[0] = bench_median (t);
      for (guint p = 0; p < n && row[0] == G_MAXDOUBLE; p++)
        {
          t = g_hash_table_lookup (steps[p], g_ptr_array_index (order, i));
          if (t != NULL && t->len > 0)
            row[0] = bench_median (t);
        }
      g_array_append_val (rows, row);
    }
  g_array_sort (rows, by_time);

  printf ("\n| step (median ms from the spawn; + since the step before) |");
  for (guint p = 0; p < n; p++)
    printf (" %s |", (char *) g_ptr_array_index (names, p));
  printf ("\n|---|");
  for (guint p = 0; p < n; p++)
    printf ("---:|");
  printf ("\n");
  for (guint r = 0; r < rows->len; r++)
    {
      const char *step = g_ptr_array_index (order, (guint) ((double *) rows->data)[2 * r + 1]);

      printf ("| %s |", step);
      for (guint p = 0; p < n; p++)
        {
          GArray *t = g_hash_table_lookup (steps[p], step);
          double m;

          if (t == NULL || t->len == 0)
            {
              printf (" — |");
              continue;
            }
          m = bench_median (t);
          printf (" %.1f (+%.1f) |", m, m - last[p]);
          last[p] = m;
        }
      printf ("\n");
    }
  g_free (last);
}

int
main (int   argc,
      char *argv[])
{
  Display *dpy = XOpenDisplay (NULL);
  int error_base, runs = 10, first = 1, n;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) commands = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  GArray **times, **peaks;
  GHashTable **steps;
  g_autoptr(GPtrArray) order = g_ptr_array_new_with_free_func (g_free);
  double base_time = 0, base_peak = 0;

  for (; first < argc && g_str_has_prefix (argv[first], "--"); first++)
    {
      if (g_str_has_prefix (argv[first], "--runs="))
        runs = atoi (argv[first] + strlen ("--runs="));
      else if (strcmp (argv[first], "--verbose") == 0)
        verbose = TRUE;
      else if (strcmp (argv[first], "--timeline") == 0)
        timeline = TRUE;
    }
  if (dpy == NULL || first >= argc)
    {
      g_printerr ("usage (on an X display): %s [--runs=N] [--verbose] [--timeline] NAME=COMMAND...\n",
                  argv[0]);
      return 2;
    }
  if (!XDamageQueryExtension (dpy, &damage_event_base, &error_base))
    g_error ("the X server has no DAMAGE extension");
  XSetErrorHandler (ignore_errors);
  XSelectInput (dpy, DefaultRootWindow (dpy), SubstructureNotifyMask);

  for (int i = first; i < argc; i++)
    {
      const char *eq = strchr (argv[i], '=');

      if (eq == NULL)
        g_error ("%s: expected NAME=COMMAND", argv[i]);
      g_ptr_array_add (names, g_strndup (argv[i], eq - argv[i]));
      g_ptr_array_add (commands, g_strsplit (eq + 1, " ", -1));
    }
  n = names->len;
  times = g_new (GArray *, n);
  peaks = g_new (GArray *, n);
  steps = g_new (GHashTable *, n);
  for (int p = 0; p < n; p++)
    {
      steps[p] = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                        (GDestroyNotify) g_array_unref);
      times[p] = g_array_new (FALSE, FALSE, sizeof (double));
      peaks[p] = g_array_new (FALSE, FALSE, sizeof (double));
    }

  /* one run each first, not counted: caches (shader, fonts) as warm for all */
  for (int p = 0; p < n; p++)
    {
      long kib;
      double log_ms;

      run_once (dpy, g_ptr_array_index (commands, p), &kib, &log_ms, NULL, NULL);
    }

  for (int r = 0; r < runs; r++)
    for (int p = 0; p < n; p++)
      {
        long kib;
        double log_ms, ms = run_once (dpy, g_ptr_array_index (commands, p), &kib, &log_ms,
                                      timeline ? steps[p] : NULL, order);
        double peak = kib;

        if (verbose)
          g_printerr ("%s run %d: first frame %.1f ms (own frame clock: %.1f ms), peak %ld KiB\n",
                      (char *) g_ptr_array_index (names, p), r + 1, ms, log_ms, kib);
        if (ms >= 0)
          {
            g_array_append_val (times[p], ms);
            if (timeline)
              {
                GArray *seen = g_hash_table_lookup (steps[p], "first frame, seen by the X server");

                if (seen == NULL)
                  {
                    seen = g_array_new (FALSE, FALSE, sizeof (double));
                    g_hash_table_insert (steps[p], g_strdup ("first frame, seen by the X server"), seen);
                  }
                g_array_append_val (seen, ms);
              }
          }
        g_array_append_val (peaks[p], peak);
      }

  printf ("| program | runs | first frame (median) | ratio | peak resident memory (median) | ratio |\n");
  printf ("|---|---:|---:|---:|---:|---:|\n");
  for (int p = 0; p < n; p++)
    {
      guint counted = times[p]->len;
      double t = bench_median (times[p]), m = bench_median (peaks[p]) / 1024;

      if (p == 0)
        base_time = t, base_peak = m;
      printf ("| %s | %u | %.0f ms | %.2f× | %.0f MiB | %.2f× |\n",
              (char *) g_ptr_array_index (names, p), counted, t, t / base_time, m, m / base_peak);
      g_array_unref (times[p]);
      g_array_unref (peaks[p]);
    }
  if (timeline)
    print_timeline (names, steps, order);
  for (int p = 0; p < n; p++)
    g_hash_table_unref (steps[p]);
  g_free (times);
  g_free (peaks);
  g_free (steps);
  XCloseDisplay (dpy);
  return 0;
}
