/* test-watch.c: a pack's file watched the ways deployments change it, and
 * the last good copy kept beside it (no GTK)
 *
 * Each watch test changes the file, its folder or a link on the way to it,
 * then runs the main loop until the watch announces the new version,
 * failing after a bound: the events come from the kernel, in their time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>

#include <glib/gstdio.h>

#include "outreach-content-watch.h"
#include "outreach-file.h"
#include "test-packs.h"

#define WAIT_LIMIT_US (20 * G_USEC_PER_SEC)

static void
write_bytes (const char *path,
             GBytes     *bytes)
{
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL),
                                      g_bytes_get_size (bytes), NULL));
}

/* What a watch announced */
typedef struct
{
  OutreachContent *content;
} Seen;

static void
on_updated (OutreachContentWatch *watch,
            OutreachContent      *content,
            Seen                 *seen)
{
  g_set_object (&seen->content, content);
}

static OutreachContentWatch *
watch_new (const char *filename,
           GBytes     *current,
           Seen       *seen)
{
  OutreachContentWatch *watch = outreach_content_watch_new (filename, current);

  g_signal_connect (watch, "updated", G_CALLBACK (on_updated), seen);
  return watch;
}

/* Runs the main loop until the watch announces a version, with a bound;
 * returns its unit's short name */
static const char *
wait_updated (Seen *seen)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_US;

  g_clear_object (&seen->content);
  while (seen->content == NULL)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
  return outreach_content_get_short_name (seen->content);
}

static char *
make_dir (void)
{
  char *dir = g_dir_make_tmp ("watch-XXXXXX", NULL);

  g_assert_nonnull (dir);
  return dir;
}

/* A pack deployed with the wrong mode, then put right with chmod: an
 * attribute change is all the folder sees */
static void
test_watch_chmod (void)
{
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autofree char *dir = make_dir ();
  g_autofree char *file = g_build_filename (dir, "pack.json", NULL);
  g_autoptr(OutreachContentWatch) watch = NULL;
  Seen seen = { NULL };

  write_bytes (file, minimal);
  g_assert_no_errno (g_chmod (file, 0));
  /* not shown (unreadable, to anyone but root): any good version is news */
  watch = watch_new (file, NULL, &seen);
  g_assert_no_errno (g_chmod (file, 0644));
  g_assert_cmpstr (wait_updated (&seen), ==, "EXRU");
  g_clear_object (&seen.content);
}

/* The configured folder made after the app started (the setting pushed
 * before the pack, a share not mounted yet), two levels of it missing */
static void
test_watch_folder_made_later (void)
{
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autofree char *dir = make_dir ();
  g_autofree char *later = g_build_filename (dir, "later", NULL);
  g_autofree char *inner = g_build_filename (later, "inner", NULL);
  g_autofree char *file = g_build_filename (inner, "pack.json", NULL);
  g_autoptr(OutreachContentWatch) watch = NULL;
  Seen seen = { NULL };

  watch = watch_new (file, NULL, &seen);
  /* mkdir, then the copy (as `mkdir -p; cp` does) */
  g_assert_no_errno (g_mkdir (later, 0755));
  g_assert_no_errno (g_mkdir (inner, 0755));
  write_bytes (file, minimal);
  g_assert_cmpstr (wait_updated (&seen), ==, "EXRU");

  /* and the folder watched from then on */
  write_bytes (file, other);
  g_assert_cmpstr (wait_updated (&seen), ==, "NFCD");
  g_clear_object (&seen.content);
}

/* The folder removed and made again, with a new version in it */
static void
test_watch_folder_remade (void)
{
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autofree char *dir = make_dir ();
  g_autofree char *folder = g_build_filename (dir, "pack", NULL);
  g_autofree char *file = g_build_filename (folder, "pack.json", NULL);
  g_autoptr(OutreachContentWatch) watch = NULL;
  Seen seen = { NULL };

  g_assert_no_errno (g_mkdir (folder, 0755));
  write_bytes (file, minimal);
  watch = watch_new (file, minimal, &seen);
  g_assert_no_errno (g_unlink (file));
  g_assert_no_errno (g_rmdir (folder));
  g_assert_no_errno (g_mkdir (folder, 0755));
  write_bytes (file, other);
  g_assert_cmpstr (wait_updated (&seen), ==, "NFCD");

  /* the new folder is the one watched */
  write_bytes (file, minimal);
  g_assert_cmpstr (wait_updated (&seen), ==, "EXRU");
  g_clear_object (&seen.content);
}

/* A release folder behind a link, switched with `ln -sfn releases/v2
 * current`: a new link renamed over the old one */
static void
test_watch_link_switched (void)
{
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autofree char *dir = make_dir ();
  g_autofree char *v1 = g_build_filename (dir, "v1", NULL);
  g_autofree char *v2 = g_build_filename (dir, "v2", NULL);
  g_autofree char *v1_file = g_build_filename (v1, "pack.json", NULL);
  g_autofree char *v2_file = g_build_filename (v2, "pack.json", NULL);
  g_autofree char *current = g_build_filename (dir, "current", NULL);
  g_autofree char *next = g_build_filename (dir, "current.new", NULL);
  g_autofree char *file = g_build_filename (current, "pack.json", NULL);
  g_autoptr(OutreachContentWatch) watch = NULL;
  Seen seen = { NULL };

  g_assert_no_errno (g_mkdir (v1, 0755));
  g_assert_no_errno (g_mkdir (v2, 0755));
  write_bytes (v1_file, other);
  write_bytes (v2_file, minimal);
  g_assert_no_errno (symlink ("v1", current));
  watch = watch_new (file, other, &seen);

  g_assert_no_errno (symlink ("v2", next));
  g_assert_no_errno (g_rename (next, current));
  g_assert_cmpstr (wait_updated (&seen), ==, "EXRU");

  /* v2 is watched now, not v1 */
  write_bytes (v2_file, other);
  g_assert_cmpstr (wait_updated (&seen), ==, "NFCD");
  g_clear_object (&seen.content);
}

/* A relative path names the file in the current folder: "pack.json" in
 * two folders has two last good copies, and one's is never shown for the
 * other */
static void
test_watch_relative_copy (void)
{
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autoptr(GBytes) broken = test_pack_read ("bad-syntax.json");
  g_autofree char *dir = make_dir ();
  g_autofree char *a = g_build_filename (dir, "A", NULL);
  g_autofree char *b = g_build_filename (dir, "B", NULL);
  g_autofree char *a_file = g_build_filename (a, "pack.json", NULL);
  g_autofree char *b_file = g_build_filename (b, "pack.json", NULL);
  g_autofree char *start = g_get_current_dir ();
  g_autofree char *copy_a = NULL;
  g_autofree char *copy_b = NULL;
  g_autofree char *copy_abs = outreach_content_dup_copy_path (a_file);
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GError) error = NULL;
  gboolean from_copy;

  g_assert_no_errno (g_mkdir (a, 0755));
  g_assert_no_errno (g_mkdir (b, 0755));
  write_bytes (a_file, minimal);
  write_bytes (b_file, broken);

  g_assert_no_errno (g_chdir (a));
  copy_a = outreach_content_dup_copy_path ("pack.json");
  g_assert_cmpstr (copy_a, ==, copy_abs);
  content = outreach_content_load_kept ("pack.json", &from_copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (content);
  g_clear_object (&content);

  g_assert_no_errno (g_chdir (b));
  copy_b = outreach_content_dup_copy_path ("pack.json");
  g_assert_cmpstr (copy_b, !=, copy_a);
  /* B's file never was good: nothing to show, not A's pack */
  content = outreach_content_load_kept ("pack.json", &from_copy, NULL, &error);
  g_assert_nonnull (error);
  g_assert_null (content);
  g_assert_false (from_copy);
  g_assert_no_errno (g_chdir (start));
}

/* The same file named other ways finds its last good copy; a link to its
 * folder is not resolved (a release link is one configured path, whichever
 * release it points to), so it is a path of its own */
static void
test_watch_copy_path_spellings (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *file = g_build_filename (dir, "pack.json", NULL);
  g_autofree char *copy = outreach_content_dup_copy_path (file);
  g_autofree char *link = g_strconcat (dir, "-link", NULL);
  g_autofree char *linked = g_build_filename (link, "pack.json", NULL);
  g_autofree char *linked_copy = NULL;
  g_autofree char *base = g_path_get_basename (dir);
  g_auto(GStrv) spellings = NULL;

  spellings = g_new0 (char *, 7);
  spellings[0] = g_strdup_printf ("%s//pack.json", dir);
  spellings[1] = g_strdup_printf ("/%s/pack.json", dir);
  spellings[2] = g_strdup_printf ("%s/./pack.json", dir);
  spellings[3] = g_strdup_printf ("%s/pack.json/.", dir);
  spellings[4] = g_strdup_printf ("%s/x/../pack.json", dir);
  spellings[5] = g_strdup_printf ("%s/../%s/pack.json", dir, base);
  for (guint i = 0; spellings[i] != NULL; i++)
    {
      g_autofree char *spelled_copy = outreach_content_dup_copy_path (spellings[i]);

      g_test_message ("%s", spellings[i]);
      g_assert_cmpstr (spelled_copy, ==, copy);
    }

  g_assert_no_errno (symlink (dir, link));
  linked_copy = outreach_content_dup_copy_path (linked);
  g_assert_cmpstr (linked_copy, !=, copy);
  g_assert_no_errno (g_unlink (link));
}

/* Temporary files of copies that a killed writer left are removed later;
 * a recent one (another instance writing) and other files are not */
static void
test_watch_stale_temps (void)
{
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autofree char *dir = make_dir ();
  g_autofree char *file = g_build_filename (dir, "pack.json", NULL);
  g_autofree char *copy = outreach_content_dup_copy_path (file);
  g_autofree char *state = g_path_get_dirname (copy);
  g_autofree char *hash = g_strnfill (64, 'a');
  g_autofree char *stale = g_strdup_printf ("%s/.last-good-%s.json.Ab12Cd", state, hash);
  g_autofree char *fresh = g_strdup_printf ("%s/.last-good-%s.json.Ef34Gh", state, hash);
  g_autofree char *other = g_strdup_printf ("%s/.last-good-notes.Ab12Cd", state);
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GError) error = NULL;
  struct utimbuf old_times;
  gboolean from_copy;

  g_assert_no_errno (g_mkdir_with_parents (state, 0700));
  g_assert_true (g_file_set_contents (stale, "{\"schema\":", -1, NULL));
  g_assert_true (g_file_set_contents (fresh, "{\"schema\":", -1, NULL));
  g_assert_true (g_file_set_contents (other, "{\"schema\":", -1, NULL));
  /* from a day ago */
  old_times.actime = old_times.modtime = time (NULL) - 24 * 60 * 60;
  g_assert_no_errno (g_utime (stale, &old_times));
  g_assert_no_errno (g_utime (other, &old_times));

  write_bytes (file, minimal);
  content = outreach_content_load_kept (file, &from_copy, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (content);
  g_assert_true (g_file_test (copy, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
}

/* A file written has the mode any new file of the user's has (the
 * process's umask applied by the kernel; it is never changed to be read) */
static void
test_watch_write_mode (void)
{
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autofree char *dir = make_dir ();
  g_autofree char *file = g_build_filename (dir, "copy.json", NULL);
  g_autoptr(GError) error = NULL;
  mode_t mask = umask (027);
  GStatBuf st;

  g_assert_true (outreach_file_write (file, minimal, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (umask (mask), ==, 027);
  g_assert_no_errno (g_stat (file, &st));
  g_assert_cmpint (st.st_mode & 0777, ==, 0640);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("test-watch-XXXXXX", NULL);

  /* a home folder of the test's own, its state folder in it */
  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  g_unsetenv ("XDG_STATE_HOME");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/watch/chmod", test_watch_chmod);
  g_test_add_func ("/watch/folder-made-later", test_watch_folder_made_later);
  g_test_add_func ("/watch/folder-remade", test_watch_folder_remade);
  g_test_add_func ("/watch/link-switched", test_watch_link_switched);
  g_test_add_func ("/watch/relative-copy", test_watch_relative_copy);
  g_test_add_func ("/watch/copy-path-spellings", test_watch_copy_path_spellings);
  g_test_add_func ("/watch/stale-temps", test_watch_stale_temps);
  g_test_add_func ("/watch/write-mode", test_watch_write_mode);

  return g_test_run ();
}
