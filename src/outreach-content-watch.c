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
 * state folder (see outreach_content_load_kept(), in outreach-content-kept.c); a version that cannot
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

  _outreach_content_count_read ();
  result->bytes = _outreach_content_read_settled (filename);
  if (result->bytes != NULL)
    {
      g_autofree char *display_name = outreach_file_display_name (filename);

      result->content = outreach_content_load_bytes (result->bytes, display_name, NULL, &error);
    }
  else
    result->content = outreach_content_load_file (filename, NULL, &error);
  if (result->content != NULL)
    _outreach_content_keep_copy (filename, result->bytes);
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
