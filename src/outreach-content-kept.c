/* outreach-content-kept.c: a pack's file read whole, and its last good version kept
 *
 * A pack's file is read until it holds still (a file replaced while it was
 * read is read again), and each good version is kept, validated, in the
 * user's state folder under a name made from the file's canonical path, so
 * that a version that cannot be used, now or after a restart, leaves the
 * last good one of that same file (outreach_content_load_kept()). Used by
 * the application at start and by OutreachContentWatch for each new
 * version. Which configured pack was shown last is kept there too, so that
 * after a restart one with no good version of its own leaves that pack's
 * (_outreach_content_load_last_shown()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <string.h>

#include <sys/stat.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "outreach-content-watch.h"
#include "outreach-file.h"

/**
 * outreach_content_dup_copy_path:
 * @filename: a pack's file
 *
 * Returns: where the last good version of @filename is kept: a file in the
 *   user's state folder named after @filename's canonical path (see
 *   _outreach_content_dup_canonical_path()), so that another path's copy
 *   is never taken for it, and the same path written another way
 *   (`/srv//pack.json`, `/srv/x/../pack.json`) finds it
 */
/**
 * _outreach_content_dup_canonical_path:
 * @filename: a pack's file
 *
 * Returns: @filename absolute (a relative one taken from the current
 *   folder), without "." or ".." or doubled slashes, a leading "//" too;
 *   symbolic links are not followed, so a link switched to another
 *   release is still the same configured path
 */
char *
_outreach_content_dup_canonical_path (const char *filename)
{
  char *path = g_canonicalize_filename (filename, NULL);

  /* (POSIX leaves a leading "//" to the system; on Linux it is "/") */
  if (g_str_has_prefix (path, "//"))
    memmove (path, path + 1, strlen (path));
  return path;
}

char *
outreach_content_dup_copy_path (const char *filename)
{
  /* "pack.json" in two folders is two files; one file named two ways, one */
  g_autofree char *absolute = _outreach_content_dup_canonical_path (filename);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, absolute, -1);
  g_autofree char *name = g_strdup_printf ("last-good-%s.json", hash);

  return g_build_filename (g_get_user_state_dir (), "serocu-outreach", name, NULL);
}

/* how old a copy's temporary file must be to be taken as a killed
 * writer's: a live one (another instance's, of a large pack) is written
 * within seconds */
#define STALE_TEMP_SECONDS (10 * 60)

/* Whether @name is the temporary file outreach_file_write() makes for a
 * copy: ".last-good-<64 hex digits>.json.XXXXXX" */
static gboolean
is_copy_temp (const char *name)
{
  const char *prefix = ".last-good-";
  gsize length = strlen (name);
  gsize start = strlen (prefix);

  if (length != start + 64 + strlen (".json.") + 6 || !g_str_has_prefix (name, prefix))
    return FALSE;
  for (gsize i = start; i < start + 64; i++)
    if (!g_ascii_isxdigit (name[i]) || g_ascii_isupper (name[i]))
      return FALSE;
  return strncmp (name + start + 64, ".json.", 6) == 0;
}

/* Removes, from the state folder @dir, the temporary files of copies that
 * a writer killed mid-way left (each as large as a pack): only those of
 * that name, regular files of the user's, not written to for a while */
static void
remove_stale_temps (const char *dir)
{
  g_autoptr(GDir) folder = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *name;

  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      GStatBuf st;

      if (!is_copy_temp (name))
        continue;
      path = g_build_filename (dir, name, NULL);
      if (g_lstat (path, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == getuid () &&
          now - (gint64) st.st_mtime > STALE_TEMP_SECONDS)
        {
          if (g_unlink (path) == 0)
            g_message ("Removed %s, left by a copy that was never finished", path);
        }
    }
}

/* Keeps @bytes, a validated version of @filename, unless the copy is
 * that already; a copy that cannot be written is said in the log only.
 * Temporary files a killed writer left are cleaned up on the way. */
void
_outreach_content_keep_copy (const char *filename,
                             GBytes     *bytes)
{
  g_autofree char *copy = outreach_content_dup_copy_path (filename);
  g_autofree char *dir = g_path_get_dirname (copy);
  g_autoptr(GBytes) old = NULL;
  g_autoptr(GError) error = NULL;

  remove_stale_temps (dir);
  old = outreach_file_read_bounded (copy, OUTREACH_CONTENT_MAX_FILE_SIZE, NULL, NULL);
  if (old != NULL && g_bytes_equal (old, bytes))
    return;
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !outreach_file_write (copy, bytes, filename, &error))
    g_message ("The last good version of %s could not be kept in %s: %s", filename, copy,
               error ? error->message : g_strerror (errno));
}

/* reads started in a thread, for tests (see _outreach_content_watch_get_n_reads()) */
static guint n_reads;

/**
 * _outreach_content_watch_get_n_reads:
 *
 * Returns: how many reads of a pack (with its checks) were started in a
 *   thread so far, by watches and outreach_content_load_kept_async()
 */
guint
_outreach_content_watch_get_n_reads (void)
{
  return g_atomic_int_get (&n_reads);
}

/* one more read started in a thread */
void
_outreach_content_count_read (void)
{
  g_atomic_int_inc (&n_reads);
}

/* for tests: called in the reading thread after each read of a pack */
static OutreachContentReadHook read_hook;

/**
 * _outreach_content_watch_set_read_hook:
 * @hook: (nullable): called, in the reading thread, after each read of a
 *   pack's file: with %FALSE just after the bytes are read, with %TRUE
 *   once they are known to be what is on disk (before they are checked)
 *
 * For tests, which change the file at those points; set it while no read
 * is in flight.
 */
void
_outreach_content_watch_set_read_hook (OutreachContentReadHook hook)
{
  read_hook = hook;
}

/* What tells one version of a file from the next: a rename over it gives
 * another inode, a write in place another mtime, ctime or size */
static gboolean
get_identity (const char *filename,
              GStatBuf   *st)
{
  memset (st, 0, sizeof *st);
  return g_stat (filename, st) == 0;
}

static gboolean
same_identity (const GStatBuf *a,
               const GStatBuf *b)
{
  return a->st_dev == b->st_dev && a->st_ino == b->st_ino && a->st_size == b->st_size &&
         a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec &&
         a->st_ctim.tv_sec == b->st_ctim.tv_sec && a->st_ctim.tv_nsec == b->st_ctim.tv_nsec;
}

/* how many times a file replaced while it was read is read again */
#define MAX_REREADS 5

/* Reads @filename, again if it was replaced or changed while it was read,
 * so that what is returned is what was there once the read finished (a
 * version superseded mid-read is never shown, nor kept as the last good) */
GBytes *
_outreach_content_read_settled (const char *filename)
{
  GBytes *bytes = NULL;

  for (guint i = 0; i <= MAX_REREADS; i++)
    {
      GStatBuf before, after;
      gboolean known = get_identity (filename, &before);

      g_clear_pointer (&bytes, g_bytes_unref);
      bytes = outreach_file_read_bounded (filename, OUTREACH_CONTENT_MAX_FILE_SIZE, NULL, NULL);
      if (read_hook != NULL)
        read_hook (filename, FALSE);
      if (!known || bytes == NULL)
        break;
      if (get_identity (filename, &after) && same_identity (&before, &after))
        break;
    }
  if (read_hook != NULL)
    read_hook (filename, TRUE);
  return bytes;
}

/* Reads and validates @filename: its content, and the bytes it was read from */
static OutreachContent *
load (const char  *filename,
      GBytes     **bytes_out,
      GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  OutreachContent *content;

  bytes = _outreach_content_read_settled (filename);
  /* unreadable: the loader says why, in its words */
  if (bytes == NULL)
    return outreach_content_load_file (filename, NULL, error);
  display_name = outreach_file_display_name (filename);
  content = outreach_content_load_bytes (bytes, display_name, NULL, error);
  if (content != NULL && bytes_out != NULL)
    *bytes_out = g_steal_pointer (&bytes);
  return content;
}

/**
 * outreach_content_load_kept:
 * @filename: the pack's file
 * @from_copy: (out): whether the content is the last good version kept
 * @bytes_out: (out) (optional): the bytes the content was read from, if
 *   from @filename (not from the kept copy)
 * @error: why @filename could not be used, even when the kept copy was
 *
 * Reads @filename; a good one is kept in the user's state folder (if it is
 * not already). One that cannot be used leaves the last good version of
 * that same file, if one was ever seen, with @error set.
 *
 * Returns: (transfer full) (nullable): the content, or %NULL if neither
 *   the file nor a kept copy of it could be used
 */
OutreachContent *
outreach_content_load_kept (const char  *filename,
                            gboolean    *from_copy,
                            GBytes     **bytes_out,
                            GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  g_autofree char *copy = NULL;
  OutreachContent *content;

  *from_copy = FALSE;
  content = load (filename, &bytes, &local_error);
  if (content != NULL)
    {
      _outreach_content_keep_copy (filename, bytes);
      if (bytes_out != NULL)
        *bytes_out = g_steal_pointer (&bytes);
      return content;
    }

  copy = outreach_content_dup_copy_path (filename);
  /* no bytes for it: the file's next good version is news, even the same */
  if (g_file_test (copy, G_FILE_TEST_IS_REGULAR))
    content = load (copy, NULL, NULL);
  *from_copy = content != NULL;
  g_propagate_error (error, g_steal_pointer (&local_error));
  return content;
}

/* The file naming the configured pack last shown (its canonical path,
 * as bytes, nothing else), beside the copies */
static char *
dup_shown_marker_path (void)
{
  return g_build_filename (g_get_user_state_dir (), "serocu-outreach", "last-shown", NULL);
}

/* the longest path a marker holds */
#define MAX_SHOWN_PATH 4096

/**
 * _outreach_content_dup_last_shown:
 *
 * Returns: (nullable): the canonical path of the configured pack shown
 *   last (by this or an earlier run), or %NULL if none is remembered (the
 *   built-in pack was, or nothing yet) or the file naming it is not one
 */
char *
_outreach_content_dup_last_shown (void)
{
  g_autofree char *marker = dup_shown_marker_path ();
  g_autoptr(GBytes) bytes = outreach_file_read_bounded (marker, MAX_SHOWN_PATH, NULL, NULL);
  const char *data;
  gsize size;

  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &size);
  /* an absolute path, and nothing else */
  if (size < 2 || data[0] != '/' || memchr (data, '\0', size) != NULL)
    return NULL;
  return g_strndup (data, size);
}

/**
 * _outreach_content_remember_shown:
 * @filename: (nullable): the configured pack now shown (from its file or
 *   its kept copy), or %NULL for the built-in one
 *
 * Remembers which configured pack is shown, across restarts, in the
 * user's state folder (see _outreach_content_load_last_shown()). Written
 * only when it changes, and whole (outreach_file_write()); a marker that
 * cannot be written is said in the log only.
 */
void
_outreach_content_remember_shown (const char *filename)
{
  g_autofree char *marker = dup_shown_marker_path ();
  g_autofree char *dir = g_path_get_dirname (marker);
  g_autofree char *old = _outreach_content_dup_last_shown ();
  g_autofree char *path = filename ? _outreach_content_dup_canonical_path (filename) : NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (old, path) == 0)
    return;
  if (path == NULL)
    {
      if (g_unlink (marker) != 0 && errno != ENOENT)
        g_message ("%s could not be removed: %s", marker, g_strerror (errno));
      return;
    }
  if (strlen (path) >= MAX_SHOWN_PATH)
    return;
  bytes = g_bytes_new (path, strlen (path));
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !outreach_file_write (marker, bytes, NULL, &error))
    g_message ("Which pack is shown could not be kept in %s: %s", marker,
               error ? error->message : g_strerror (errno));
}

/**
 * _outreach_content_load_last_shown:
 * @except: (nullable): the pack's file that cannot be used
 *
 * For a configured pack that cannot be used and has no last good version
 * of its own, at start: the content shown before (by an earlier run, say),
 * which stays, as it does when the setting changes while the app runs.
 *
 * Returns: (transfer full) (nullable): the last good version kept of the
 *   configured pack shown last, if that is not @except and a good one is
 *   kept
 */
OutreachContent *
_outreach_content_load_last_shown (const char *except)
{
  g_autofree char *shown = _outreach_content_dup_last_shown ();
  g_autofree char *canonical = except ? _outreach_content_dup_canonical_path (except) : NULL;
  g_autofree char *copy = NULL;

  if (shown == NULL || g_strcmp0 (shown, canonical) == 0)
    return NULL;
  copy = outreach_content_dup_copy_path (shown);
  if (!g_file_test (copy, G_FILE_TEST_IS_REGULAR))
    return NULL;
  return load (copy, NULL, NULL);
}

/* outreach_content_load_kept(), in a thread */

typedef struct
{
  OutreachContent *content;
  gboolean         from_copy;
  GBytes          *bytes;
  char            *problem;
} Kept;

static void
kept_free (Kept *kept)
{
  g_clear_object (&kept->content);
  g_clear_pointer (&kept->bytes, g_bytes_unref);
  g_free (kept->problem);
  g_free (kept);
}

static void
load_kept_in_thread (GTask        *task,
                     gpointer      source,
                     gpointer      task_data,
                     GCancellable *cancellable)
{
  g_autoptr(GError) error = NULL;
  Kept *kept = g_new0 (Kept, 1);

  _outreach_content_count_read ();
  kept->content = outreach_content_load_kept (task_data, &kept->from_copy, &kept->bytes, &error);
  kept->problem = error ? g_strdup (error->message) : NULL;
  g_task_return_pointer (task, kept, (GDestroyNotify) kept_free);
}

/**
 * outreach_content_load_kept_async:
 * @filename: the pack's file
 * @cancellable: (nullable): to give up waiting for it
 * @callback: called on this thread's main context when it is read
 * @user_data: for @callback
 *
 * outreach_content_load_kept(), off the calling thread
 */
void
outreach_content_load_kept_async (const char          *filename,
                                  GCancellable        *cancellable,
                                  GAsyncReadyCallback  callback,
                                  gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, outreach_content_load_kept_async);
  g_task_set_task_data (task, g_strdup (filename), g_free);
  g_task_run_in_thread (task, load_kept_in_thread);
}

/**
 * outreach_content_load_kept_finish:
 * @result: the #GAsyncResult
 * @from_copy: (out): whether the content is the last good version kept
 * @bytes_out: (out) (optional): as for outreach_content_load_kept()
 * @problem: (out) (optional): why the file could not be used, even when
 *   the kept copy was; %NULL when it could
 * @error: %G_IO_ERROR_CANCELLED only
 *
 * Returns: (transfer full) (nullable): the content, or %NULL if neither the
 *   file nor a kept copy of it could be used (then @problem says why), or
 *   with @error set
 */
OutreachContent *
outreach_content_load_kept_finish (GAsyncResult  *result,
                                   gboolean      *from_copy,
                                   GBytes       **bytes_out,
                                   char         **problem,
                                   GError       **error)
{
  Kept *kept;
  OutreachContent *content;

  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);

  *from_copy = FALSE;
  /* (a task whose @cancellable was cancelled returns that, its result freed) */
  kept = g_task_propagate_pointer (G_TASK (result), error);
  if (kept == NULL)
    return NULL;
  *from_copy = kept->from_copy;
  if (bytes_out != NULL)
    *bytes_out = g_steal_pointer (&kept->bytes);
  if (problem != NULL)
    *problem = g_steal_pointer (&kept->problem);
  content = g_steal_pointer (&kept->content);
  kept_free (kept);
  return content;
}

