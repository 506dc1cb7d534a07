/* outreach-content-watch.c: a pack's file, watched for new versions
 *
 * The folder of the pack's file is watched (a file saved in place, copied
 * over, replaced by a rename, or given other permissions all show there),
 * and the folder above it, for the folder itself: one made after the app
 * started, removed and made again, or a link to it switched to another
 * release (`ln -sfn`) has the watch moved to the folder now there, and the
 * file read again. A folder that is not there yet is waited for in the
 * nearest one that is. A burst of events is
 * waited out, and the file is then read and validated in a thread. A good
 * new version is announced by "updated" and kept, validated, in the user's
 * state folder (see outreach_content_load_kept()); a version that cannot
 * be used is announced by "rejected", and the last good one stays.
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

/* how long the folder must be quiet before the file is read: an editor's
 * save or a copy comes as a burst of events */
#define SETTLE_MS 300

struct _OutreachContentWatch
{
  GObject       parent_instance;

  char         *filename;   /* absolute */
  char         *basename;
  GFileMonitor *monitor;    /* the file's folder, when there is one */
  GFileMonitor *above;      /* the folder above, for ... */
  char         *above_child; /* ... the name in it the file's path goes on with */
  gboolean      rearm;      /* that name changed: watch the folders now there */
  GCancellable *cancellable;
  GBytes       *current;    /* the version shown, or %NULL */
  GBytes       *rejected;   /* the last version that could not be used */
  gboolean      failing;    /* the last read could not be used */
  guint         settle_source;
  gboolean      loading;
  gboolean      again;      /* the file changed while it was being read */
  gboolean      held;       /* the version shown is being read elsewhere */
};

G_DEFINE_FINAL_TYPE (OutreachContentWatch, outreach_content_watch, G_TYPE_OBJECT)

enum { UPDATED, REJECTED, N_SIGNALS };
static guint signals[N_SIGNALS];

enum { PROP_0, PROP_LOADING, N_PROPS };
static GParamSpec *properties[N_PROPS];

/**
 * outreach_content_watch_get_loading:
 *
 * Returns: whether a new version is being read and checked, in a thread
 */
gboolean
outreach_content_watch_get_loading (OutreachContentWatch *self)
{
  g_return_val_if_fail (OUTREACH_IS_CONTENT_WATCH (self), FALSE);

  return self->loading;
}

static void
set_loading (OutreachContentWatch *self,
             gboolean              loading)
{
  self->loading = loading;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOADING]);
}

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
static void
keep_copy (const char *filename,
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
static GBytes *
read_settled (const char *filename)
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

  bytes = read_settled (filename);
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
      keep_copy (filename, bytes);
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

  g_atomic_int_inc (&n_reads);
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

/* The read, in a thread */

typedef struct
{
  GBytes          *bytes;
  OutreachContent *content;
  char            *problem;
} Result;

static void
result_free (Result *result)
{
  g_clear_pointer (&result->bytes, g_bytes_unref);
  g_clear_object (&result->content);
  g_free (result->problem);
  g_free (result);
}

static void
load_in_thread (GTask        *task,
                gpointer      source,
                gpointer      task_data,
                GCancellable *cancellable)
{
  const char *filename = task_data;
  g_autoptr(GError) error = NULL;
  Result *result = g_new0 (Result, 1);

  g_atomic_int_inc (&n_reads);
  result->bytes = read_settled (filename);
  if (result->bytes != NULL)
    {
      g_autofree char *display_name = outreach_file_display_name (filename);

      result->content = outreach_content_load_bytes (result->bytes, display_name, NULL, &error);
    }
  else
    result->content = outreach_content_load_file (filename, NULL, &error);
  if (result->content != NULL)
    keep_copy (filename, result->bytes);
  else
    result->problem = g_strdup (error->message);
  g_task_return_pointer (task, result, (GDestroyNotify) result_free);
}

static void start_load (OutreachContentWatch *self);

static void
on_loaded (GObject      *source,
           GAsyncResult *res,
           gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  Result *result = g_task_propagate_pointer (G_TASK (res), &error);
  OutreachContentWatch *self;

  if (result == NULL)
    return;   /* cancelled: the watch is gone */
  self = OUTREACH_CONTENT_WATCH (source);
  set_loading (self, FALSE);

  if (result->content != NULL)
    {
      /* the version shown back again after a broken one is news too: the
       * problem said is over */
      if (self->failing || self->current == NULL || !g_bytes_equal (self->current, result->bytes))
        {
          g_clear_pointer (&self->current, g_bytes_unref);
          self->current = g_bytes_ref (result->bytes);
          g_clear_pointer (&self->rejected, g_bytes_unref);
          self->failing = FALSE;
          g_signal_emit (self, signals[UPDATED], 0, result->content);
        }
    }
  /* said once for each version (a touch of a broken file is no news) */
  else if (result->bytes == NULL || self->rejected == NULL ||
           !g_bytes_equal (self->rejected, result->bytes))
    {
      g_clear_pointer (&self->rejected, g_bytes_unref);
      if (result->bytes != NULL)
        self->rejected = g_bytes_ref (result->bytes);
      self->failing = TRUE;
      g_signal_emit (self, signals[REJECTED], 0, result->problem);
    }
  result_free (result);

  if (self->again)
    {
      self->again = FALSE;
      start_load (self);
    }
}

static void
start_load (OutreachContentWatch *self)
{
  g_autoptr(GTask) task = NULL;

  if (self->loading || self->held)
    {
      self->again = TRUE;
      return;
    }
  set_loading (self, TRUE);
  task = g_task_new (self, self->cancellable, on_loaded, NULL);
  g_task_set_source_tag (task, start_load);
  g_task_set_task_data (task, g_strdup (self->filename), g_free);
  g_task_run_in_thread (task, load_in_thread);
}

static void arm (OutreachContentWatch *self);

static gboolean
on_settled (gpointer user_data)
{
  OutreachContentWatch *self = user_data;

  self->settle_source = 0;
  /* here, not in the monitor's own signal, which it would not outlive */
  if (self->rearm)
    {
      self->rearm = FALSE;
      arm (self);
    }
  start_load (self);
  return G_SOURCE_REMOVE;
}

/* wait until the burst is over */
static void
settle (OutreachContentWatch *self)
{
  g_clear_handle_id (&self->settle_source, g_source_remove);
  self->settle_source = g_timeout_add (SETTLE_MS, on_settled, self);
}

static gboolean
is_named (GFile      *file,
          const char *name)
{
  g_autofree char *basename = file ? g_file_get_basename (file) : NULL;

  return basename != NULL && strcmp (basename, name) == 0;
}

/* Anything that happens to the file: new content, a rename over it, its
 * permissions put right (chmod and chown are an attribute change only) */
static void
on_folder_changed (GFileMonitor      *monitor,
                   GFile             *file,
                   GFile             *other_file,
                   GFileMonitorEvent  event,
                   gpointer           user_data)
{
  OutreachContentWatch *self = user_data;

  if (!is_named (file, self->basename) && !is_named (other_file, self->basename))
    return;
  settle (self);
}

/* The folder the path goes on in: made, removed, renamed, or a link
 * replaced by another; the folders now there are watched instead */
static void
on_above_changed (GFileMonitor      *monitor,
                  GFile             *file,
                  GFile             *other_file,
                  GFileMonitorEvent  event,
                  gpointer           user_data)
{
  OutreachContentWatch *self = user_data;

  if (event == G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT ||
      (!is_named (file, self->above_child) && !is_named (other_file, self->above_child)))
    return;
  self->rearm = TRUE;
  settle (self);
}

static void
clear_monitor (OutreachContentWatch  *self,
               GFileMonitor         **monitor)
{
  if (*monitor == NULL)
    return;
  g_signal_handlers_disconnect_by_data (*monitor, self);
  g_file_monitor_cancel (*monitor);
  g_clear_object (monitor);
}

/* Watches the file's folder, if it is there, and the folder above it (for
 * the folder's name); when it is not there, the nearest folder of its path
 * that is, for the next name in the path */
static void
arm (OutreachContentWatch *self)
{
  g_autofree char *folder = g_path_get_dirname (self->filename);
  g_autofree char *child = NULL;
  g_autofree char *above = NULL;
  g_autoptr(GError) error = NULL;

  clear_monitor (self, &self->monitor);
  clear_monitor (self, &self->above);
  g_clear_pointer (&self->above_child, g_free);

  if (g_file_test (folder, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GFile) file = g_file_new_for_path (folder);

      self->monitor = g_file_monitor_directory (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (self->monitor == NULL)
        g_message ("Changes to %s will not be seen until the app starts again: %s",
                   self->filename, error->message);
      else
        g_signal_connect (self->monitor, "changed", G_CALLBACK (on_folder_changed), self);
      g_clear_error (&error);
    }
  /* up to the nearest folder there */
  child = g_steal_pointer (&folder);
  above = g_path_get_dirname (child);
  while (strcmp (above, child) != 0 && !g_file_test (above, G_FILE_TEST_IS_DIR))
    {
      g_free (child);
      child = g_steal_pointer (&above);
      above = g_path_get_dirname (child);
    }
  if (strcmp (above, child) != 0)
    {
      g_autoptr(GFile) file = g_file_new_for_path (above);

      self->above_child = g_path_get_basename (child);
      self->above = g_file_monitor_directory (file, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
      if (self->above == NULL)
        g_message ("A new folder for %s will not be seen until the app starts again: %s",
                   self->filename, error->message);
      else
        g_signal_connect (self->above, "changed", G_CALLBACK (on_above_changed), self);
    }
}

static void
outreach_content_watch_dispose (GObject *object)
{
  OutreachContentWatch *self = OUTREACH_CONTENT_WATCH (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->settle_source, g_source_remove);
  clear_monitor (self, &self->monitor);
  clear_monitor (self, &self->above);

  G_OBJECT_CLASS (outreach_content_watch_parent_class)->dispose (object);
}

static void
outreach_content_watch_finalize (GObject *object)
{
  OutreachContentWatch *self = OUTREACH_CONTENT_WATCH (object);

  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->current, g_bytes_unref);
  g_clear_pointer (&self->rejected, g_bytes_unref);
  g_free (self->filename);
  g_free (self->basename);
  g_free (self->above_child);

  G_OBJECT_CLASS (outreach_content_watch_parent_class)->finalize (object);
}

static void
outreach_content_watch_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OutreachContentWatch *self = OUTREACH_CONTENT_WATCH (object);

  switch (prop_id)
    {
    case PROP_LOADING:
      g_value_set_boolean (value, self->loading);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_content_watch_class_init (OutreachContentWatchClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = outreach_content_watch_dispose;
  object_class->finalize = outreach_content_watch_finalize;
  object_class->get_property = outreach_content_watch_get_property;

  properties[PROP_LOADING] =
    g_param_spec_boolean ("loading", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachContentWatch::updated:
   * @content: a new, valid version of the pack
   */
  signals[UPDATED] = g_signal_new ("updated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 1, OUTREACH_TYPE_CONTENT);
  /**
   * OutreachContentWatch::rejected:
   * @problem: why the new version cannot be used, naming the file and place
   */
  signals[REJECTED] = g_signal_new ("rejected", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                    NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
outreach_content_watch_init (OutreachContentWatch *self)
{
  self->cancellable = g_cancellable_new ();
}

/**
 * outreach_content_watch_new:
 * @filename: the pack's file (a relative path is taken from the current
 *   folder)
 * @current: (nullable): the version of it shown now, if it is shown
 *   (else any good version is announced)
 *
 * Returns: (transfer full): a watch of @filename, from now on
 */
OutreachContentWatch *
outreach_content_watch_new (const char *filename,
                            GBytes     *current)
{
  OutreachContentWatch *self = g_object_new (OUTREACH_TYPE_CONTENT_WATCH, NULL);

  self->filename = outreach_file_dup_absolute (filename);
  self->basename = g_path_get_basename (self->filename);
  self->current = current ? g_bytes_ref (current) : NULL;
  arm (self);
  return self;
}

/**
 * outreach_content_watch_new_held:
 * @filename: the pack's file (a relative path is taken from the current
 *   folder)
 *
 * A watch made before the file is read for the version to show (by
 * outreach_content_load_kept(), say), so that a change during that read is
 * not missed: changes are only noted until outreach_content_watch_release()
 * says which version is shown, then the file is read again if it changed.
 *
 * Returns: (transfer full): a held watch of @filename, from now on
 */
OutreachContentWatch *
outreach_content_watch_new_held (const char *filename)
{
  OutreachContentWatch *self = outreach_content_watch_new (filename, NULL);

  self->held = TRUE;
  return self;
}

/**
 * outreach_content_watch_release:
 * @current: (nullable): the version of the file shown now, as the read
 *   that the watch was held for found it (%NULL: none; any good version
 *   is news)
 *
 * Ends the hold of outreach_content_watch_new_held(): a change noted since
 * is read now, and announced if it is news.
 */
void
outreach_content_watch_release (OutreachContentWatch *self,
                                GBytes               *current)
{
  g_return_if_fail (OUTREACH_IS_CONTENT_WATCH (self));

  g_clear_pointer (&self->current, g_bytes_unref);
  self->current = current ? g_bytes_ref (current) : NULL;
  self->held = FALSE;
  if (self->again)
    {
      self->again = FALSE;
      start_load (self);
    }
}
