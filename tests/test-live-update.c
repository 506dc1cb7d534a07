/* test-live-update.c: the configured pack's file changes while the app runs
 *
 * Each test runs the real OutreachApplication on a pack file of its own
 * (the content-file setting, as a deployment sets it), changes the file
 * from its "activate" handler the ways HR and deployment tools do, and
 * waits, with a bound, for the window to show the new version (or to say
 * why it cannot). The window then closes, so that g_application_run ()
 * returns; a flag set by the handler is checked after the run.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "outreach-application.h"
#include "outreach-content-watch.h"
#include "outreach-search-provider.h"
#include "outreach-search-view.h"
#include "outreach-window.h"
#include "test-utils.h"

/* The pack's file, in a folder of the test's own */
static char *pack_file;

/* Writes @bytes into the file itself, as an editor saving in place or cp
 * does (no new file, no rename) */
static void
write_in_place (const char *path,
                const void *data,
                gsize       size,
                const char *mode)
{
  FILE *file = fopen (path, mode);

  g_assert_nonnull (file);
  g_assert_cmpuint (fwrite (data, 1, size, file), ==, size);
  g_assert_cmpint (fclose (file), ==, 0);
}

/* A pack file of the test's own, with minimal.json in it, configured */
static void
setup_pack (void)
{
  g_free (pack_file);
  pack_file = test_configure_pack ("live");
}

static gboolean
problem_shown (gpointer window)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                  "problem_revealer")));
}

static const char *
problem_text (OutreachWindow *window)
{
  return gtk_label_get_text (GTK_LABEL (test_child (window, OUTREACH_TYPE_WINDOW,
                                                    "problem_label")));
}

static const char *
problem_title (OutreachWindow *window)
{
  return gtk_label_get_text (GTK_LABEL (test_child (window, OUTREACH_TYPE_WINDOW,
                                                    "problem_title")));
}

static gboolean
problem_held (gpointer window)
{
  return strstr (problem_text (window), "pack.json") != NULL;
}

static const char *
current_id (OutreachWindow *window)
{
  return outreach_node_get_id (outreach_window_get_current_node (window));
}

typedef struct
{
  void     (*scenario) (OutreachWindow *window);
  gboolean   activated;
} Run;

static void
on_activate_after (GApplication *app,
                   Run          *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  run->activated = TRUE;
  g_assert_true (OUTREACH_IS_WINDOW (window));
  run->scenario (OUTREACH_WINDOW (window));
  gtk_window_destroy (window);
}

static void
run_app (void (*scenario) (OutreachWindow *window))
{
  g_autoptr(OutreachApplication) app = outreach_application_new ();
  char *argv[] = { (char *) "serocu-outreach", NULL };
  Run run = { scenario, FALSE };

  /* tests may run side by side on one session bus */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_after), &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_true (run.activated);
}

/* What the shell's search says the page @id is called, asked over the bus
 * as GNOME Shell does (the app answers on this same main loop) */
static void
on_metas (GObject      *source,
          GAsyncResult *result,
          gpointer      data)
{
  g_autoptr(GError) error = NULL;

  *(GVariant **) data = g_dbus_connection_call_finish (G_DBUS_CONNECTION (source), result, &error);
  g_assert_no_error (error);
}

static gboolean
is_set (gpointer data)
{
  return *(GVariant **) data != NULL;
}

static char *
provider_name (OutreachWindow *window,
               const char     *id)
{
  GApplication *app = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (window)));
  GDBusConnection *bus = g_application_get_dbus_connection (app);
  g_autoptr(GVariant) reply = NULL;
  g_autoptr(GVariant) metas = NULL;
  g_autoptr(GVariant) meta = NULL;
  const char *ids[] = { id, NULL };
  char *name = NULL;

  g_assert_nonnull (bus);
  g_dbus_connection_call (bus, g_dbus_connection_get_unique_name (bus),
                          OUTREACH_SEARCH_PROVIDER_PATH, "org.gnome.Shell.SearchProvider2",
                          "GetResultMetas", g_variant_new ("(^as)", ids),
                          G_VARIANT_TYPE ("(aa{sv})"), G_DBUS_CALL_FLAGS_NONE, -1, NULL,
                          on_metas, &reply);
  test_wait_until (is_set, &reply);
  metas = g_variant_get_child_value (reply, 0);
  g_assert_cmpuint (g_variant_n_children (metas), ==, 1);
  meta = g_variant_get_child_value (metas, 0);
  g_assert_true (g_variant_lookup (meta, "name", "s", &name));
  return name;
}

/* Saved in place, then replaced by a rename: the same page, the new text */

static void
scenario_in_place_and_rename (OutreachWindow *window)
{
  g_autoptr(GBytes) renamed = test_pack_minimal_with ("\"EXRU\"", "\"EXNU\"");
  g_autoptr(GBytes) saved = test_pack_minimal_with ("Cyber Crime Unit", "Cyber Crime Team");
  OutreachContent *old;
  gsize size;
  const char *data;

  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_assert_true (outreach_window_show_page (window, "cyber"));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Cyber Crime Unit – EXRU");
  before = provider_name (window, "cyber");
  g_assert_cmpstr (before, ==, "Cyber Crime Unit");
  /* a search open: its results follow the pack */
  outreach_window_search (window, "cyber");

  old = test_window_get_content (window);
  data = g_bytes_get_data (saved, &size);
  write_in_place (pack_file, data, size, "w");
  test_wait_content_changed (window, old);
  g_assert_cmpstr (current_id (window), ==, "cyber");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Cyber Crime Team – EXRU");
  {
    g_autoptr(OutreachContent) searched = NULL;

    g_object_get (test_child (window, OUTREACH_TYPE_WINDOW, "search_view"), "content", &searched,
                  NULL);
    g_assert_true (searched == test_window_get_content (window));
    g_assert_cmpstr (outreach_search_view_get_query (OUTREACH_SEARCH_VIEW (
      test_child (window, OUTREACH_TYPE_WINDOW, "search_view"))), ==, "cyber");
  }
  g_assert_false (problem_shown (window));
  /* so does the shell's */
  after = provider_name (window, "cyber");
  g_assert_cmpstr (after, ==, "Cyber Crime Team");

  old = test_window_get_content (window);
  test_write_by_rename (pack_file, renamed);
  test_wait_content_changed (window, old);
  g_assert_cmpstr (current_id (window), ==, "cyber");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Cyber Crime Unit – EXNU");
  g_assert_false (problem_shown (window));
}

static void
test_live_in_place_and_rename (void)
{
  setup_pack ();
  run_app (scenario_in_place_and_rename);
}

/* A half-written file: the last good version stays, and the banner says
 * so; the rest of it, and the new version shows, the banner gone */

static void
scenario_half_written (OutreachWindow *window)
{
  g_autoptr(GBytes) next = test_pack_minimal_with ("\"EXRU\"", "\"EXNU\"");
  OutreachContent *old = test_window_get_content (window);
  gsize size;
  const char *data = g_bytes_get_data (next, &size);

  g_assert_true (outreach_window_show_page (window, "pursue"));
  write_in_place (pack_file, data, size / 2, "w");
  test_wait_until (problem_shown, window);
  g_assert_true (test_window_get_content (window) == old);
  g_assert_cmpstr (current_id (window), ==, "pursue");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Pursue Team – EXRU");
  g_assert_cmpstr (problem_title (window), ==,
                   "The content pack could not be used, so its last good version is shown.");
  g_assert_nonnull (strstr (problem_text (window), "pack.json"));

  write_in_place (pack_file, data + size / 2, size - size / 2, "a");
  test_wait_content_changed (window, old);
  g_assert_cmpstr (current_id (window), ==, "pursue");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Pursue Team – EXNU");
  g_assert_false (problem_shown (window));

  /* half-written again, then the version shown back: the banner goes */
  old = test_window_get_content (window);
  write_in_place (pack_file, data, size / 2, "w");
  test_wait_until (problem_shown, window);
  write_in_place (pack_file, data, size, "w");
  test_wait_content_changed (window, old);
  g_assert_false (problem_shown (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Pursue Team – EXNU");
}

static void
test_live_half_written (void)
{
  setup_pack ();
  run_app (scenario_half_written);
}

/* A page the new version does not have: Home */

static void
scenario_page_gone (OutreachWindow *window)
{
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  OutreachContent *old = test_window_get_content (window);

  g_assert_true (outreach_window_show_page (window, "pursue"));
  test_write_by_rename (pack_file, other);
  test_wait_content_changed (window, old);
  g_assert_cmpstr (current_id (window), ==, "home");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Northmoor Fictional Crime Directorate");
}

static void
test_live_page_gone (void)
{
  setup_pack ();
  run_app (scenario_page_gone);
}

/* A restart with the file broken: the last good version of that file, not
 * the built-in pack; another file never seen good: the built-in pack */

static void
scenario_nothing (OutreachWindow *window)
{
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Example Regional Unit");
  g_assert_false (problem_shown (window));
}

static GBytes *original;
static GBytes *broken;

static void
scenario_kept (OutreachWindow *window)
{
  OutreachContent *old = test_window_get_content (window);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Example Regional Unit");
  g_assert_true (problem_shown (window));
  g_assert_cmpstr (problem_title (window), ==,
                   "The content pack could not be used, so its last good version is shown.");

  /* the file put right, the same as the copy: the banner goes */
  test_write_by_rename (pack_file, original);
  test_wait_content_changed (window, old);
  g_assert_false (problem_shown (window));
  /* broken again, for the next start */
  old = test_window_get_content (window);
  test_write_by_rename (pack_file, broken);
  test_wait_until (problem_shown, window);
  g_assert_true (test_window_get_content (window) == old);
}

static void
scenario_builtin (OutreachWindow *window)
{
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "South East Regional Organised Crime Unit");
  g_assert_true (problem_shown (window));
  g_assert_cmpstr (problem_title (window), ==,
                   "The content pack could not be used, so the built-in content is shown.");
}

/* a path never good: not taken for the other's copy; that pack, shown
 * before, stays as such (see test_live_restart_previous()) */
static void
scenario_other_path (OutreachWindow *window)
{
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Example Regional Unit");
  g_assert_true (problem_shown (window));
  g_assert_cmpstr (problem_title (window), ==,
                   "The newly chosen content pack could not be used, so the content shown "
                   "before stays.");
  g_assert_nonnull (strstr (problem_text (window), ".elsewhere.json"));
}

static void
test_live_restart_broken (void)
{
  g_autofree char *copy = NULL;
  g_autofree char *other = NULL;
  char *text;
  gsize size;

  setup_pack ();
  broken = test_pack_read ("bad-syntax.json");
  g_assert_true (g_file_get_contents (pack_file, &text, &size, NULL));
  original = g_bytes_new_take (text, size);
  run_app (scenario_nothing);

  /* the copy is in the state folder, the user's file as it was */
  copy = outreach_content_dup_copy_path (pack_file);
  g_assert_true (g_str_has_prefix (copy, g_get_user_state_dir ()));
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));

  test_write_by_rename (pack_file, broken);
  run_app (scenario_kept);
  /* the broken file is left alone, and did not replace the copy */
  g_assert_true (g_file_get_contents (pack_file, &text, &size, NULL));
  g_assert_cmpmem (text, size, g_bytes_get_data (broken, NULL), g_bytes_get_size (broken));
  g_free (text);
  g_assert_true (g_file_get_contents (copy, &text, &size, NULL));
  g_assert_cmpmem (text, size, g_bytes_get_data (original, NULL), g_bytes_get_size (original));
  g_free (text);

  /* the same pack at another path was never seen good there */
  other = g_strconcat (pack_file, ".elsewhere.json", NULL);
  test_write_by_rename (other, broken);
  test_configure ("content-file", g_variant_new_string (other));
  run_app (scenario_other_path);
  g_clear_pointer (&original, g_bytes_unref);
  g_clear_pointer (&broken, g_bytes_unref);
}

/* A station: a broken update goes to the journal, not its public screen */

static void
scenario_station (OutreachWindow *window)
{
  g_autoptr(GBytes) next = test_pack_minimal_with ("\"EXRU\"", "\"EXNU\"");
  g_autoptr(GBytes) broken = test_pack_read ("bad-syntax.json");
  OutreachContent *old = test_window_get_content (window);
  g_autofree char *copy = outreach_content_dup_copy_path (pack_file);
  g_autofree char *kept = NULL;
  GStatBuf before, after;

  g_assert_true (outreach_window_get_kiosk (window));
  g_assert_no_errno (g_stat (copy, &before));
  /* a visit writes nothing: the state folder is written only when a new
   * good version arrives */
  g_assert_true (outreach_window_show_page (window, "cyber"));
  outreach_window_search (window, "pursue");
  outreach_window_reset (window);
  g_assert_true (outreach_window_show_page (window, "cyber"));
  g_test_expect_message (NULL, G_LOG_LEVEL_WARNING, "*could not be used, so its last good*");
  test_write_by_rename (pack_file, broken);
  /* kept for staff, not shown */
  test_wait_until (problem_held, window);
  g_test_assert_expected_messages ();
  g_assert_false (problem_shown (window));
  g_assert_true (test_window_get_content (window) == old);
  g_assert_no_errno (g_stat (copy, &after));
  g_assert_cmpint (after.st_mtime, ==, before.st_mtime);
  g_assert_cmpint (after.st_ino, ==, before.st_ino);

  /* a good one shows at once, on the visitor's page */
  test_write_by_rename (pack_file, next);
  test_wait_content_changed (window, old);
  g_assert_cmpstr (current_id (window), ==, "cyber");
  g_assert_false (problem_shown (window));
  /* and that one is kept, in place of the last */
  g_assert_true (g_file_get_contents (copy, &kept, NULL, NULL));
  g_assert_nonnull (strstr (kept, "\"EXNU\""));
}

static void
test_live_station (void)
{
  setup_pack ();
  test_configure ("kiosk", g_variant_new_boolean (TRUE));
  /* which pack it shows, for the journal */
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Display station: *Content shown: /*/pack.json.");
  run_app (scenario_station);
}

/* The content-file setting changed while the app runs (a deployment's
 * `dconf update`): the window and the shell's search show the newly named
 * pack, whose file is then the one followed; one that cannot be used, with
 * no last good version of its own, leaves what is shown (with the banner)
 * until it is deployed; an empty setting, the built-in pack */

static gboolean
problem_hidden (gpointer window)
{
  return !problem_shown (window);
}

static gboolean
problem_mentions_levels (gpointer window)
{
  return problem_shown (window) && strstr (problem_text (window), "levels") != NULL;
}

static void
scenario_setting_changed (OutreachWindow *window)
{
  g_autoptr(GBytes) levels_alone = test_pack_read ("bad-levels-alone.json");
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autoptr(GBytes) broken = test_pack_read ("bad-syntax.json");
  g_autofree char *dir = g_path_get_dirname (pack_file);
  g_autofree char *second = g_build_filename (dir, "second.json", NULL);
  g_autofree char *never = g_build_filename (dir, "never-good.json", NULL);
  g_autofree char *never2 = g_build_filename (dir, "never-good-2.json", NULL);
  g_autofree char *late = g_build_filename (dir, "late", "pack.json", NULL);
  g_autofree char *late_dir = g_path_get_dirname (late);
  g_autofree char *name = NULL;
  OutreachContent *old = test_window_get_content (window);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Example Regional Unit");
  test_write_by_rename (second, other);
  test_configure ("content-file", g_variant_new_string (second));
  test_wait_content_changed (window, old);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Northmoor Fictional Crime Directorate");
  g_assert_false (problem_shown (window));
  name = provider_name (window, "staff-stories");
  g_assert_nonnull (name);

  /* the new file is followed from now on */
  old = test_window_get_content (window);
  test_write_by_rename (second, minimal);
  test_wait_content_changed (window, old);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Example Regional Unit");

  /* a file never good: what is shown stays (never the built-in pack over
   * a unit's own), and the banner says why */
  old = test_window_get_content (window);
  test_write_by_rename (never, broken);
  test_configure ("content-file", g_variant_new_string (never));
  test_wait_until (problem_shown, window);
  g_assert_true (test_window_get_content (window) == old);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Example Regional Unit");
  /* (it is the previous pack that stays, not a version of this one) */
  g_assert_cmpstr (problem_title (window), ==,
                   "The newly chosen content pack could not be used, so the content shown "
                   "before stays.");
  g_assert_nonnull (strstr (problem_text (window), "never-good.json"));
  /* a touch of the new file, still broken, says the same */
  test_write_by_rename (never, levels_alone);
  test_wait_until (problem_mentions_levels, window);
  g_assert_cmpstr (problem_title (window), ==,
                   "The newly chosen content pack could not be used, so the content shown "
                   "before stays.");
  /* ... and the new file is followed: deployed, it shows */
  test_write_by_rename (never, other);
  test_wait_content_changed (window, old);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Northmoor Fictional Crime Directorate");
  g_assert_false (problem_shown (window));

  /* the same for a setting deployed before its pack, in a folder not made
   * yet */
  old = test_window_get_content (window);
  test_configure ("content-file", g_variant_new_string (late));
  test_wait_until (problem_shown, window);
  g_assert_true (test_window_get_content (window) == old);
  g_assert_nonnull (strstr (problem_text (window), "late"));
  g_assert_cmpint (g_mkdir (late_dir, 0700), ==, 0);
  test_write_by_rename (late, minimal);
  test_wait_content_changed (window, old);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Example Regional Unit");
  g_assert_false (problem_shown (window));

  /* a relative path names no file: what is shown stays too */
  old = test_window_get_content (window);
  test_configure ("content-file", g_variant_new_string ("pack.json"));
  test_wait_until (problem_shown, window);
  g_assert_true (test_window_get_content (window) == old);

  /* no file: the built-in pack, nothing wrong */
  test_configure ("content-file", g_variant_new_string (""));
  test_wait_until (problem_hidden, window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "South East Regional Organised Crime Unit");

  /* from the built-in pack, a file never good: the built-in pack stays,
   * and says why */
  test_write_by_rename (never2, broken);
  test_configure ("content-file", g_variant_new_string (never2));
  test_wait_until (problem_shown, window);
  g_assert_cmpstr (problem_title (window), ==,
                   "The content pack could not be used, so the built-in content is shown.");
  g_remove (late);
  g_remove (late_dir);
}

static void
test_live_setting_changed (void)
{
  setup_pack ();
  run_app (scenario_setting_changed);
}

/* After a restart (a station's session starts the app again after a
 * crash, say), a setting naming a pack that cannot be used, with no last
 * good version of its own, leaves the pack shown before the restart, as it
 * would had the app been running: not the built-in one. The built-in pack
 * only for an empty setting, or if no pack was ever shown. */

static char *restart_file;

static gboolean
previous_stays_shown (gpointer window)
{
  return problem_shown (window) &&
         g_strcmp0 (problem_title (window), "The newly chosen content pack could not be used, "
                    "so the content shown before stays.") == 0;
}

static void
scenario_restart_previous (OutreachWindow *window)
{
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  OutreachContent *old = test_window_get_content (window);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Example Regional Unit");
  g_assert_true (previous_stays_shown (window));
  g_assert_nonnull (strstr (problem_text (window), "deployed-later.json"));
  /* the shell's search shows it too */
  {
    g_autofree char *name = provider_name (window, "cyber");

    g_assert_cmpstr (name, ==, "Cyber Crime Unit");
  }
  /* the named file is followed: deployed, it shows */
  test_write_by_rename (restart_file, other);
  test_wait_content_changed (window, old);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Northmoor Fictional Crime Directorate");
  g_assert_false (problem_shown (window));
}

static void
scenario_restart_other (OutreachWindow *window)
{
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Northmoor Fictional Crime Directorate");
  g_assert_false (problem_shown (window));
}

static void
scenario_restart_other_kept (OutreachWindow *window)
{
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Northmoor Fictional Crime Directorate");
  g_assert_true (previous_stays_shown (window));
}

static void
scenario_restart_empty (OutreachWindow *window)
{
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "South East Regional Organised Crime Unit");
  g_assert_false (problem_shown (window));
}

static void
test_live_restart_previous (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *missing = NULL;
  g_autofree char *relative = NULL;

  setup_pack ();
  dir = g_path_get_dirname (pack_file);
  restart_file = g_build_filename (dir, "deployed-later.json", NULL);
  /* the unit's pack shown */
  run_app (scenario_nothing);

  /* the setting deployed before its pack, then a restart: the unit's pack
   * stays, with the banner, until the new one comes */
  test_configure ("content-file", g_variant_new_string (restart_file));
  run_app (scenario_restart_previous);
  /* that one is what was shown last now, from its file ... */
  run_app (scenario_restart_other);
  /* ... or from a setting naming yet another file not there (on a
   * station, the problem goes to the journal only) */
  missing = g_build_filename (dir, "missing", "pack.json", NULL);
  test_configure ("content-file", g_variant_new_string (missing));
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "*Content shown: the content shown before, "
                         "as the newly chosen pack cannot be used*");
  /* a station's journal has the banner's words */
  g_test_expect_message (NULL, G_LOG_LEVEL_WARNING, "The newly chosen content pack could not be "
                         "used, so the content shown before stays: */missing/pack.json: *");
  test_configure ("kiosk", g_variant_new_boolean (TRUE));
  run_app (scenario_restart_other);
  g_test_assert_expected_messages ();
  test_configure ("kiosk", g_variant_new_boolean (FALSE));
  /* a relative path names no file: the same */
  relative = g_strdup ("pack.json");
  test_configure ("content-file", g_variant_new_string (relative));
  run_app (scenario_restart_other_kept);

  /* an empty setting: the built-in pack, and that is what was shown */
  test_configure ("content-file", g_variant_new_string (""));
  run_app (scenario_restart_empty);
  test_configure ("content-file", g_variant_new_string (missing));
  run_app (scenario_builtin);

  g_remove (restart_file);
  g_clear_pointer (&restart_file, g_free);
}

/* Back and Forward after the pack shown is swapped: enabled only if they
 * would go somewhere in the new pack (a dead Back on a station's screen
 * is a control that does nothing) */

static void
find_history_button (GtkWidget  *widget,
                     const char *action,
                     GtkWidget **found)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    *found = widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL && *found == NULL;
       child = gtk_widget_get_next_sibling (child))
    find_history_button (child, action, found);
}

static gboolean
can_go (OutreachWindow *window,
        const char     *action)
{
  GtkWidget *button = NULL;

  find_history_button (GTK_WIDGET (window), action, &button);
  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

static void
scenario_history_swap (OutreachWindow *window)
{
  g_autoptr(GBytes) renamed = test_pack_minimal_with ("\"EXRU\"", "\"EXNU\"");
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autofree char *dir = g_path_get_dirname (pack_file);
  g_autofree char *second = g_build_filename (dir, "second.json", NULL);
  OutreachContent *old = test_window_get_content (window);

  g_assert_true (outreach_window_show_page (window, "cyber"));
  g_assert_true (outreach_window_show_page (window, "pursue"));
  /* a new version with the same pages: the history goes on */
  test_write_by_rename (pack_file, renamed);
  test_wait_content_changed (window, old);
  g_assert_cmpstr (current_id (window), ==, "pursue");
  g_assert_true (can_go (window, "win.back"));
  g_assert_false (can_go (window, "win.forward"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (current_id (window), ==, "cyber");
  g_assert_true (can_go (window, "win.back"));
  g_assert_true (can_go (window, "win.forward"));

  /* another unit's pack: its Home; the old pages went, and Home was the
   * one left behind, so neither goes anywhere */
  old = test_window_get_content (window);
  test_write_by_rename (second, other);
  test_configure ("content-file", g_variant_new_string (second));
  test_wait_content_changed (window, old);
  g_assert_cmpstr (current_id (window), ==, "home");
  g_assert_false (can_go (window, "win.back"));
  g_assert_false (can_go (window, "win.forward"));

  /* its own pages make a history again, which goes where it says */
  g_assert_true (outreach_window_show_page (window, "staff-stories"));
  g_assert_true (can_go (window, "win.back"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (current_id (window), ==, "home");
  g_assert_false (can_go (window, "win.back"));
  g_assert_true (can_go (window, "win.forward"));

  /* and back to the first pack, where staff-stories is not: Forward goes */
  old = test_window_get_content (window);
  test_configure ("content-file", g_variant_new_string (pack_file));
  test_wait_content_changed (window, old);
  g_assert_cmpstr (current_id (window), ==, "home");
  g_assert_false (can_go (window, "win.back"));
  g_assert_false (can_go (window, "win.forward"));
  g_remove (second);
}

static void
test_live_history_swap (void)
{
  setup_pack ();
  run_app (scenario_history_swap);
}

/* A pack replaced while it is being read for a setting change, or at
 * start: what is on disk once the read has finished is what shows, and
 * what is kept as the last good version. The file is replaced from the
 * reading thread (see _outreach_content_watch_set_read_hook()): during the
 * read itself (@settled %FALSE), or just after it (%TRUE), before the app
 * has the result. */

static char *replace_file;
static GBytes *replace_bytes;
static gboolean replace_settled;

static void
replace_in_read (const char *filename,
                 gboolean    settled)
{
  g_autoptr(GBytes) bytes = NULL;

  if (settled != replace_settled || g_strcmp0 (filename, replace_file) != 0)
    return;
  bytes = g_atomic_pointer_exchange (&replace_bytes, NULL);
  if (bytes != NULL)
    test_write_by_rename (replace_file, bytes);
}

static void
replace_during_read (const char *file,
                     GBytes     *bytes,
                     gboolean    settled)
{
  g_free (replace_file);
  replace_file = g_strdup (file);
  replace_settled = settled;
  g_atomic_pointer_set (&replace_bytes, g_bytes_ref (bytes));
  _outreach_content_watch_set_read_hook (replace_in_read);
}

static gboolean
shows_source (gpointer data)
{
  OutreachWindow *window = ((gpointer *) data)[0];
  const char *file = ((gpointer *) data)[1];

  return g_strcmp0 (outreach_content_get_source (test_window_get_content (window)), file) == 0 &&
         g_strcmp0 (gtk_window_get_title (GTK_WINDOW (window)), "Example Regional Unit") == 0;
}

/* the window shows @file's version that is minimal.json */
static void
wait_minimal_from (OutreachWindow *window,
                   const char     *file)
{
  gpointer data[] = { window, (gpointer) file };

  test_wait_until (shows_source, data);
}

static void
assert_kept (const char *file,
             GBytes     *bytes)
{
  g_autofree char *copy = outreach_content_dup_copy_path (file);
  g_autofree char *data = NULL;
  gsize size;

  g_assert_true (g_file_get_contents (copy, &data, &size, NULL));
  g_assert_cmpmem (data, size, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
scenario_replaced_during_switch (OutreachWindow *window)
{
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autofree char *dir = g_path_get_dirname (pack_file);
  g_autofree char *during = g_build_filename (dir, "during.json", NULL);
  g_autofree char *after = g_build_filename (dir, "after.json", NULL);
  guint reads;

  /* replaced during the read: read again at once, and the version
   * replaced is neither shown nor kept */
  test_write_by_rename (during, other);
  replace_during_read (during, minimal, FALSE);
  reads = _outreach_content_watch_get_n_reads ();
  test_configure ("content-file", g_variant_new_string (during));
  wait_minimal_from (window, during);
  g_assert_null (g_atomic_pointer_get (&replace_bytes));
  g_assert_cmpuint (_outreach_content_watch_get_n_reads () - reads, ==, 1);
  assert_kept (during, minimal);

  /* replaced once read, before the app has it: the file's watch, on
   * from before the read, has it read again */
  test_write_by_rename (after, other);
  replace_during_read (after, minimal, TRUE);
  test_configure ("content-file", g_variant_new_string (after));
  wait_minimal_from (window, after);
  g_assert_null (g_atomic_pointer_get (&replace_bytes));
  assert_kept (after, minimal);
  _outreach_content_watch_set_read_hook (NULL);
}

static void
test_live_replaced_during_switch (void)
{
  setup_pack ();
  run_app (scenario_replaced_during_switch);
}

static void
scenario_replaced_at_start (OutreachWindow *window)
{
  wait_minimal_from (window, pack_file);
  g_assert_null (g_atomic_pointer_get (&replace_bytes));
  _outreach_content_watch_set_read_hook (NULL);
}

static void
test_live_replaced_at_start (void)
{
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");

  setup_pack ();
  test_write_by_rename (pack_file, other);
  replace_during_read (pack_file, minimal, TRUE);
  run_app (scenario_replaced_at_start);
  assert_kept (pack_file, minimal);
}

/* Setting changes in quick succession (a deployment loop, a script) read
 * one pack at a time: the one being read is let finish, and the setting's
 * latest value is read next, whatever came between */

static void
scenario_quick_switches (OutreachWindow *window)
{
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autofree char *dir = g_path_get_dirname (pack_file);
  g_autofree char *b = g_build_filename (dir, "b.json", NULL);
  g_autofree char *c = g_build_filename (dir, "c.json", NULL);
  guint reads = _outreach_content_watch_get_n_reads ();

  test_write_by_rename (b, other);
  test_write_by_rename (c, minimal);
  /* 12 changes, ending on c */
  for (guint i = 0; i < 12; i++)
    test_configure ("content-file", g_variant_new_string (i % 2 ? c : b));
  wait_minimal_from (window, c);
  g_test_message ("%u reads", _outreach_content_watch_get_n_reads () - reads);
  g_assert_cmpuint (_outreach_content_watch_get_n_reads () - reads, <=, 2);
}

static void
test_live_quick_switches (void)
{
  setup_pack ();
  run_app (scenario_quick_switches);
}

/* A station says in its journal which pack it shows, and why the built-in
 * one (a content-file of the wrong type reads as empty) */

static void
scenario_station_builtin (OutreachWindow *window)
{
  g_assert_true (outreach_window_get_kiosk (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "South East Regional Organised Crime Unit");
}

static void
test_live_station_builtin (void)
{
  test_configure ("kiosk", g_variant_new_boolean (TRUE));
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Display station: *Content shown: the "
                         "built-in content, as the content-file setting is empty.");
  run_app (scenario_station_builtin);
  g_test_assert_expected_messages ();
}

/* The read is off the main thread: the main loop goes on while a large
 * pack is read and checked */

typedef struct
{
  guint            idles;
  guint            idles_at_start;
  OutreachContent *content;
} Watched;

static gboolean
count_idle (gpointer data)
{
  Watched *watched = data;

  watched->idles++;
  return G_SOURCE_CONTINUE;
}

static void
on_loading (OutreachContentWatch *watch,
            GParamSpec           *pspec,
            Watched              *watched)
{
  if (outreach_content_watch_get_loading (watch))
    watched->idles_at_start = watched->idles;
}

static void
on_updated (OutreachContentWatch *watch,
            OutreachContent      *content,
            Watched              *watched)
{
  g_set_object (&watched->content, content);
  watched->idles -= watched->idles_at_start;
}

static gboolean
got_content (gpointer data)
{
  return ((Watched *) data)->content != NULL;
}

static void
test_live_off_main_thread (void)
{
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autoptr(GString) paragraphs = g_string_new (NULL);
  g_autoptr(GString) word = g_string_new (NULL);
  g_autoptr(GBytes) large = NULL;
  g_autoptr(OutreachContentWatch) watch = NULL;
  Watched watched = { 0, 0, NULL };
  guint idle;

  setup_pack ();
  watch = outreach_content_watch_new (pack_file, minimal);
  g_signal_connect (watch, "notify::loading", G_CALLBACK (on_loading), &watched);
  g_signal_connect (watch, "updated", G_CALLBACK (on_updated), &watched);

  /* some 16 MB of paragraphs */
  for (guint i = 0; i < 6000; i++)
    g_string_append (word, "word ");
  for (guint i = 0; i < 500; i++)
    g_string_append_printf (paragraphs, "\"%s %u\",\n", word->str, i);
  g_string_append (paragraphs, "\"The first paragraph.\",");
  large = test_pack_minimal_with ("\"The first paragraph.\",", paragraphs->str);

  idle = g_idle_add_full (G_PRIORITY_LOW, count_idle, &watched, NULL);
  test_write_by_rename (pack_file, large);
  test_wait_until (got_content, &watched);
  g_source_remove (idle);
  g_assert_false (outreach_content_watch_get_loading (watch));

  /* loaded in a thread, the main loop kept turning while it was read; on
   * the main thread, it would have stood still from start to end */
  g_test_message ("%u idle iterations while it loaded", watched.idles);
  g_assert_true (outreach_content_lookup (watched.content, "cyber") != NULL);
  g_assert_cmpuint (watched.idles, >, 0);
  g_clear_object (&watched.content);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("test-live-update-XXXXXX", NULL);
  int status;

  /* a home folder of the test's own, its state folder in it */
  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  g_unsetenv ("XDG_STATE_HOME");
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/live/in-place-and-rename", test_live_in_place_and_rename);
  g_test_add_func ("/live/half-written", test_live_half_written);
  g_test_add_func ("/live/page-gone", test_live_page_gone);
  g_test_add_func ("/live/restart-broken", test_live_restart_broken);
  g_test_add_func ("/live/station", test_live_station);
  g_test_add_func ("/live/off-main-thread", test_live_off_main_thread);
  g_test_add_func ("/live/setting-changed", test_live_setting_changed);
  g_test_add_func ("/live/station-builtin", test_live_station_builtin);
  g_test_add_func ("/live/replaced-during-switch", test_live_replaced_during_switch);
  g_test_add_func ("/live/replaced-at-start", test_live_replaced_at_start);
  g_test_add_func ("/live/quick-switches", test_live_quick_switches);
  g_test_add_func ("/live/restart-previous", test_live_restart_previous);
  g_test_add_func ("/live/history-swap", test_live_history_swap);

  status = g_test_run ();
  g_free (pack_file);
  g_free (replace_file);
  return status;
}
