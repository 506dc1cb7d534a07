/* test-startup.c: start-up as the timeline (issue 20) sees it
 *
 * The real app is run with OUTREACH_FRAME_LOG, as `bench-startup
 * --timeline` runs it, until its window has painted its first frame. Its
 * steps are noted once each, in the order BENCHMARKS.md explains them, and
 * nothing but the window itself is shown before that frame.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <string.h>
#include <sys/stat.h>

#include <gio/gio.h>
#include <glib/gstdio.h>

#include "test-app-run.h"

/* The steps, in the order the app reaches them (registering on the bus
 * runs GApplication's startup, so the app's startup steps come first) */
static const char *steps[] = {
  "main", "options", "gtk-init-done", "startup", "startup-gtk-done", "startup-actions-done", "startup-css-done",
  "startup-content-done", "registered", "activate", "window-new", "window-template",
  "window-template-done", "window-new-done", "present", "window-realized", "window-mapped",
  "presented", "frame-begin", "frame-layout-done", "frame-paint-done",
};

static gboolean
on_give_up (gpointer gave_up)
{
  *(gboolean *) gave_up = TRUE;
  return G_SOURCE_REMOVE;
}

/* The log's lines up to the first frame's ("FRAME window") */
static GPtrArray *
lines_to_first_frame (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GPtrArray *kept = g_ptr_array_new_with_free_func (g_free);

  for (char **l = lines; *l != NULL; l++)
    {
      g_ptr_array_add (kept, g_strdup (*l));
      if (g_str_has_prefix (*l, "FRAME window "))
        break;
    }
  return kept;
}

static void
assert_timeline (const char * const *args)
{
  g_autofree char *text = test_run_to_first_frame (args);
  g_autoptr(GPtrArray) lines = lines_to_first_frame (text);
  gint64 last = 0;
  guint next = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      g_auto(GStrv) f = g_strsplit (g_ptr_array_index (lines, i), " ", -1);
      gint64 time;

      if (g_strv_length (f) < 3)
        continue;
      time = g_ascii_strtoll (f[g_strv_length (f) - 1], NULL, 10);
      g_assert_cmpint (time, >=, last);
      last = time;
      if (g_str_equal (f[0], "MARK") && next > 0 && g_str_equal (f[1], "frame-layout-done") &&
          g_str_equal (steps[next - 1], "frame-layout-done"))
        continue;   /* GDK lays out again when the layout asked for another */
      if (g_str_equal (f[0], "MARK"))
        {
          /* each step once, in order */
          g_assert_cmpuint (next, <, G_N_ELEMENTS (steps));
          g_assert_cmpstr (f[1], ==, steps[next]);
          next++;
        }
      else if (g_str_equal (f[0], "FRAME") && !g_str_equal (f[1], "window"))
        {
          /* nothing shown before the first frame but the window itself:
           * no popover, tooltip or other window made and mapped */
          g_assert_cmpstr (f[1], ==, "toplevel");
          g_assert_cmpstr (f[2], ==, "OutreachWindow");
        }
    }
  g_assert_cmpuint (next, ==, G_N_ELEMENTS (steps));
  g_assert_true (g_str_has_prefix (g_ptr_array_index (lines, lines->len - 1), "FRAME window "));
}

static void
test_timeline_home (void)
{
  const char *args[] = { NULL };

  assert_timeline (args);
}

static void
test_timeline_short_page (void)
{
  const char *args[] = { "--show=finance", NULL };

  assert_timeline (args);
}

/* Without the log, nothing is written anywhere: the marks cost a test of
 * a flag, no file */
static void
test_no_log_no_marks (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-startup-XXXXXX", NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                        G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GDir) listing = NULL;

  /* a command-line tool's run: through main and the options, no window */
  g_subprocess_launcher_unsetenv (launcher, "OUTREACH_FRAME_LOG");
  g_subprocess_launcher_set_cwd (launcher, dir);
  app = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("SEROCU_OUTREACH"),
                                     "--validate=/nonexistent/pack.json", NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (app, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);
  g_assert_null (strstr (out, "MARK"));
  g_assert_null (strstr (err, "MARK"));
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  g_rmdir (dir);
}

static void
on_exited (GObject      *source,
           GAsyncResult *result,
           gpointer      exited)
{
  *(gboolean *) exited = TRUE;
}

/* The log named as a pipe no one reads (or a device): the app neither
 * waits for a reader nor ends when one goes, it writes no marks there
 * and runs as without the log (a probe found it blocked at the first
 * mark, before any window) */
static void
test_log_not_a_file (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-startup-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo", NULL);
  g_autofree char *pack = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autofree char *validate = g_strdup_printf ("--validate=%s", pack);
  const char *logs[] = { fifo, "/dev/null" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (logs); i++)
    {
      g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_SILENCE);
      g_autoptr(GSubprocess) app = NULL;
      g_autoptr(GError) error = NULL;
      gboolean exited = FALSE, gave_up = FALSE;
      guint timeout;

      g_subprocess_launcher_setenv (launcher, "OUTREACH_FRAME_LOG", logs[i], TRUE);
      app = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("SEROCU_OUTREACH"), validate, NULL);
      g_assert_no_error (error);
      g_subprocess_wait_async (app, NULL, on_exited, &exited);
      timeout = g_timeout_add_seconds (20, on_give_up, &gave_up);
      while (!exited && !gave_up)
        g_main_context_iteration (NULL, TRUE);
      if (!gave_up)
        g_source_remove (timeout);
      else
        g_subprocess_force_exit (app);
      g_assert_false (gave_up);
      g_assert_true (g_subprocess_get_if_exited (app));
      g_assert_cmpint (g_subprocess_get_exit_status (app), ==, 0);
    }
  g_unlink (fifo);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/startup/timeline/home", test_timeline_home);
  g_test_add_func ("/startup/timeline/short-page", test_timeline_short_page);
  g_test_add_func ("/startup/no-log-no-marks", test_no_log_no_marks);
  g_test_add_func ("/startup/log-not-a-file", test_log_not_a_file);

  return g_test_run ();
}
