/* test-app-run.c: the real app, run until its first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <signal.h>
#include <string.h>

#include <glib/gstdio.h>

#include "test-app-run.h"

static gboolean
on_give_up (gpointer gave_up)
{
  *(gboolean *) gave_up = TRUE;
  return G_SOURCE_REMOVE;
}

static void
on_log_changed (GFileMonitor      *monitor,
                GFile             *file,
                GFile             *other,
                GFileMonitorEvent  event,
                gpointer           painted)
{
  g_autofree char *text = NULL;

  if (g_file_load_contents (file, NULL, &text, NULL, NULL, NULL) && strstr (text, "FRAME window "))
    *(gboolean *) painted = TRUE;
}

/**
 * test_run_to_first_frame:
 * @args: the app's arguments, %NULL-terminated
 *
 * Runs the app ($SEROCU_OUTREACH) with @args and OUTREACH_FRAME_LOG until
 * its window has painted its first frame (30 s at most, or the test
 * fails), then ends it.
 *
 * Returns: (transfer full): the frame log
 */
char *
test_run_to_first_frame (const char * const *args)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-frame-XXXXXX", NULL);
  g_autofree char *log = g_build_filename (dir, "frames.log", NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) app = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) log_file = g_file_new_for_path (log);
  g_autoptr(GFileMonitor) monitor = NULL;
  char *text = NULL;
  gboolean gave_up = FALSE, painted = FALSE;
  guint timeout;

  g_assert_true (g_file_set_contents (log, "", 0, NULL));
  monitor = g_file_monitor_file (log_file, G_FILE_MONITOR_NONE, NULL, &error);
  g_assert_no_error (error);
  g_signal_connect (monitor, "changed", G_CALLBACK (on_log_changed), &painted);
  g_subprocess_launcher_setenv (launcher, "OUTREACH_FRAME_LOG", log, TRUE);
  g_ptr_array_add (argv, (gpointer) g_getenv ("SEROCU_OUTREACH"));
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  app = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);

  /* until the log says the frame is painted */
  timeout = g_timeout_add_seconds (30, on_give_up, &gave_up);
  while (!painted && !gave_up)
    g_main_context_iteration (NULL, TRUE);
  if (!gave_up)
    g_source_remove (timeout);
  g_assert_true (painted);
  g_assert_true (g_file_get_contents (log, &text, NULL, NULL));

  g_subprocess_send_signal (app, SIGTERM);
  g_subprocess_wait (app, NULL, &error);
  g_assert_no_error (error);
  g_unlink (log);
  g_rmdir (dir);
  return text;
}
