/* outreach-content-watch.c: a pack's file, watched for new versions
 *
 * The folder of the pack's file is watched (a file saved in place, copied
 * over, or replaced by a rename all show there); a burst of events is
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

#include <glib/gstdio.h>

#include "outreach-content-watch.h"
#include "outreach-file.h"

/* how long the folder must be quiet before the file is read: an editor's
 * save or a copy comes as a burst of events */
#define SETTLE_MS 300

struct _OutreachContentWatch
{
  GObject       parent_instance;

  char         *filename;
  char         *basename;
  GFileMonitor *monitor;
  GCancellable *cancellable;
  GBytes       *current;    /* the version shown, or %NULL */
  GBytes       *rejected;   /* the last version that could not be used */
  gboolean      failing;    /* the last read could not be used */
  guint         settle_source;
  gboolean      loading;
  gboolean      again;      /* the file changed while it was being read */
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
 *   user's state folder named after @filename's path, so that another
 *   path's copy is never taken for it
 */
char *
outreach_content_dup_copy_path (const char *filename)
{
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, filename, -1);
  g_autofree char *name = g_strdup_printf ("last-good-%s.json", hash);

  return g_build_filename (g_get_user_state_dir (), "serocu-outreach", name, NULL);
}

/* Keeps @bytes, a validated version of @filename, unless the copy is
 * that already; a copy that cannot be written is said in the log only */
static void
keep_copy (const char *filename,
           GBytes     *bytes)
{
  g_autofree char *copy = outreach_content_dup_copy_path (filename);
  g_autofree char *dir = g_path_get_dirname (copy);
  g_autoptr(GBytes) old = NULL;
  g_autoptr(GError) error = NULL;

  old = outreach_file_read_bounded (copy, OUTREACH_CONTENT_MAX_FILE_SIZE, NULL, NULL);
  if (old != NULL && g_bytes_equal (old, bytes))
    return;
  if (g_mkdir_with_parents (dir, 0700) != 0 ||
      !outreach_file_write (copy, bytes, filename, &error))
    g_message ("The last good version of %s could not be kept in %s: %s", filename, copy,
               error ? error->message : g_strerror (errno));
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

  bytes = outreach_file_read_bounded (filename, OUTREACH_CONTENT_MAX_FILE_SIZE, NULL, NULL);
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

  result->bytes = outreach_file_read_bounded (filename, OUTREACH_CONTENT_MAX_FILE_SIZE, NULL, NULL);
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

  if (self->loading)
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

static gboolean
on_settled (gpointer user_data)
{
  OutreachContentWatch *self = user_data;

  self->settle_source = 0;
  start_load (self);
  return G_SOURCE_REMOVE;
}

static gboolean
is_ours (OutreachContentWatch *self,
         GFile                *file)
{
  g_autofree char *name = file ? g_file_get_basename (file) : NULL;

  return name != NULL && strcmp (name, self->basename) == 0;
}

static void
on_folder_changed (GFileMonitor      *monitor,
                   GFile             *file,
                   GFile             *other_file,
                   GFileMonitorEvent  event,
                   gpointer           user_data)
{
  OutreachContentWatch *self = user_data;

  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED ||
      (!is_ours (self, file) && !is_ours (self, other_file)))
    return;
  /* wait until the burst is over */
  g_clear_handle_id (&self->settle_source, g_source_remove);
  self->settle_source = g_timeout_add (SETTLE_MS, on_settled, self);
}

static void
outreach_content_watch_dispose (GObject *object)
{
  OutreachContentWatch *self = OUTREACH_CONTENT_WATCH (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->settle_source, g_source_remove);
  if (self->monitor != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_file_monitor_cancel (self->monitor);
      g_clear_object (&self->monitor);
    }

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
 * @filename: the pack's file
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
  g_autoptr(GFile) file = g_file_new_for_path (filename);
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autoptr(GError) error = NULL;

  self->filename = g_strdup (filename);
  self->basename = g_file_get_basename (file);
  self->current = current ? g_bytes_ref (current) : NULL;
  if (folder != NULL)
    self->monitor = g_file_monitor_directory (folder, G_FILE_MONITOR_WATCH_MOVES, NULL, &error);
  if (self->monitor == NULL)
    g_message ("Changes to %s will not be seen until the app starts again: %s", filename,
               error ? error->message : "no folder");
  else
    g_signal_connect (self->monitor, "changed", G_CALLBACK (on_folder_changed), self);
  return self;
}
