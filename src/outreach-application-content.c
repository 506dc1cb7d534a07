/* outreach-application-content.c: which pack the app shows, and why
 *
 * The one place that decides it (--content's, else the one the
 * content-file setting names, else the built-in one), the last good
 * version of a pack that cannot be used now, the watch that brings each
 * new version of the file in, and the setting followed while the app runs:
 * a newly named pack is read off the main thread, one read at a time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "outreach-application-private.h"
#include "outreach-file.h"
#include "outreach-settings.h"

/* Which configured pack is shown (@file; %NULL: the built-in one), kept
 * for the next start (see _outreach_application_choose_content()); a pack
 * given by --content is the session's only */
static void
remember_shown (OutreachApplication *self,
                const char          *file)
{
  if (!self->content_option)
    _outreach_content_remember_shown (file);
}

/* A new, valid version of the pack's file: every window shows it where it
 * is, the shell's search too. On a station too, at once: the visitor stays
 * on the page (a correction, a phone number say, should not wait for the
 * next visitor), and the attract screen shows the new pack's slides. */
static void
on_content_updated (OutreachApplication *self,
                    OutreachContent     *content)
{
  g_set_object (&self->content, content);
  g_clear_pointer (&self->content_problem, g_free);
  self->content_kept = FALSE;
  self->content_builtin = FALSE;
  self->content_previous = FALSE;
  remember_shown (self, self->content_file);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (OUTREACH_IS_WINDOW (l->data))
      outreach_window_set_content (l->data, content);
  if (self->search_provider != NULL)
    outreach_search_provider_set_content (self->search_provider, content);
}

/* What the window says of the pack's problem: which content is shown
 * instead (the previously named pack's, the last good version of this
 * one, or the built-in one) */
void
_outreach_application_tell_problem (OutreachApplication *self,
                                    OutreachWindow      *window)
{
  if (self->content_previous)
    outreach_window_show_content_previous (window, self->content_problem);
  else if (self->content_kept)
    outreach_window_show_content_kept (window, self->content_problem);
  else
    outreach_window_show_content_problem (window, self->content_problem);
}

/* A version that cannot be used: the last good one stays, and the window
 * says so (a station, to its journal only) */
static void
on_content_rejected (OutreachApplication *self,
                     const char          *problem)
{
  g_free (self->content_problem);
  self->content_problem = g_strdup (problem);
  /* a file never good had the built-in pack shown, which stays */
  self->content_kept = !self->content_builtin;
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (OUTREACH_IS_WINDOW (l->data))
      _outreach_application_tell_problem (self, l->data);
}

/* Follows new versions of @file (absolute) from now on, before it is read
 * for the version to show (so that one replaced during that read is seen):
 * the watch is held until outreach_content_watch_release() */
static void
watch_content_file (OutreachApplication *self,
                    const char          *file)
{
  g_clear_object (&self->content_watch);
  g_free (self->content_file);
  self->content_file = g_strdup (file);
  if (file == NULL)
    return;
  self->content_watch = outreach_content_watch_new_held (file);
  g_signal_connect_object (self->content_watch, "updated", G_CALLBACK (on_content_updated),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->content_watch, "rejected", G_CALLBACK (on_content_rejected),
                           self, G_CONNECT_SWAPPED);
}

static gpointer
load_builtin (gpointer data)
{
  return outreach_content_load_builtin (NULL);
}

/**
 * _outreach_application_start_builtin:
 *
 * Starts reading the built-in pack in a thread of its own, beside the
 * rest of GTK's start (about 10 ms, on one core): the pack (about 1.5 ms
 * to read and check) is then ready when the app chooses its content, if it
 * is the one shown (issue 20). Called once GTK has set the locale.
 */
void
_outreach_application_start_builtin (OutreachApplication *self)
{
  if (self->builtin_loading == NULL && self->content == NULL)
    self->builtin_loading = g_thread_new ("outreach-builtin", load_builtin, NULL);
}

/* The built-in pack that thread read, or %NULL; the thread ended either way */
static OutreachContent *
take_builtin (OutreachApplication *self)
{
  GThread *thread = g_steal_pointer (&self->builtin_loading);

  return thread != NULL ? g_thread_join (thread) : NULL;
}

/**
 * _outreach_application_finish_builtin:
 *
 * Ends the thread reading the built-in pack, if another was chosen.
 */
void
_outreach_application_finish_builtin (OutreachApplication *self)
{
  g_autoptr(OutreachContent) unused = take_builtin (self);
}

/* The pack chosen, from @content (%NULL: the built-in one) and why
 * @problem (%NULL: none) */
static void
set_choice (OutreachApplication *self,
            OutreachContent     *content,
            gboolean             kept,
            const char          *problem)
{
  g_autoptr(GError) error = NULL;

  g_clear_object (&self->content);
  g_free (self->content_problem);
  self->content_problem = g_strdup (problem);
  self->content_kept = kept && content != NULL;
  self->content_builtin = content == NULL;
  self->content_previous = FALSE;
  if (content != NULL)
    self->content = g_object_ref (content);
  else
    {
      /* read already, in a thread, or read now (with its error, if any) */
      self->content = take_builtin (self);
      if (self->content == NULL)
        self->content = outreach_content_load_builtin (&error);
      /* the built-in pack is tested at build time: failing here is a broken build */
      if (self->content == NULL)
        g_error ("%s", error->message);
    }
}

/* The one place that decides which pack the app shows: --content's
 * (@content_file) for one session, else the one the content-file setting
 * names, else the built-in one. A file that cannot be used leaves the last
 * good version of that file shown (kept in the user's state folder), else
 * the last good version of the configured pack shown before (by the run
 * before a restart, say: remembered there too), or the built-in pack if
 * there is none, and its problem for the window's banner (a station's
 * journal), in self->content_problem. The file is
 * watched from then on: its new versions show as they come; and so is the
 * setting (see _outreach_application_follow_content_file()). A relative --content is taken
 * from the command line's folder, before anything is named after it. */
void
_outreach_application_choose_content (OutreachApplication *self,
                                      const char          *content_file)
{
  g_autofree char *file = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(OutreachContent) previous = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  gboolean kept = FALSE;

  self->content_option = content_file != NULL;
  if (content_file != NULL)
    file = outreach_file_dup_absolute (content_file);
  else
    file = outreach_settings_dup_content_file (&error);
  watch_content_file (self, file);
  if (file != NULL)
    content = outreach_content_load_kept (file, &kept, &bytes, &error);
  /* no good version of its own: the pack shown before the restart stays,
   * as it would have had the app been running (the built-in one only if
   * none was shown, or the setting is empty) */
  if (content == NULL && error != NULL && !self->content_option)
    previous = _outreach_content_load_last_shown (file);
  if (previous != NULL)
    {
      set_choice (self, previous, TRUE, error->message);
      self->content_previous = TRUE;
    }
  else
    {
      set_choice (self, content, kept, error ? error->message : NULL);
      if (content != NULL || error == NULL)
        remember_shown (self, content ? file : NULL);
    }
  if (self->content_watch != NULL)
    outreach_content_watch_release (self->content_watch, bytes);

  /* the shell's search, registered on the bus before the pack was chosen */
  if (self->search_provider != NULL)
    outreach_search_provider_set_content (self->search_provider, self->content);
  /* another pack chosen: the built-in one read for nothing */
  _outreach_application_finish_builtin (self);
}

/* Which pack is shown, and why, for the journal */
char *
_outreach_application_describe_choice (OutreachApplication *self)
{
  if (self->content_builtin && self->content_problem != NULL)
    return g_strdup_printf (_("the built-in content, as the chosen pack cannot be used: %s"),
                            self->content_problem);
  if (self->content_builtin)
    return g_strdup (_("the built-in content, as the content-file setting is empty"));
  if (self->content_previous)
    return g_strdup_printf (_("the content shown before, as the newly chosen pack cannot be used: %s"),
                            self->content_problem);
  /* (a kept copy's source is the copy: the file is what staff know) */
  if (self->content_kept)
    {
      g_autofree char *file = outreach_file_display_name (self->content_file);

      return g_strdup_printf (_("the last good version of %s, as the file cannot be used now: %s"),
                              file, self->content_problem);
    }
  return g_strdup (outreach_content_get_source (self->content));
}

/* The pack chosen shown everywhere: every window where it is, with what
 * is wrong with it (a station's, to its journal), and the shell's search */
static void
show_choice (OutreachApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    {
      if (!OUTREACH_IS_WINDOW (l->data))
        continue;
      outreach_window_set_content (l->data, self->content);
      if (self->content_problem != NULL)
        _outreach_application_tell_problem (self, l->data);
    }
  if (self->search_provider != NULL)
    outreach_search_provider_set_content (self->search_provider, self->content);
}

/* The newly named pack cannot be used and has no last good version of its
 * own (@problem says why): the content shown stays, as a broken update's
 * would (a station keeps its own unit's pack, not the built-in one, while a
 * deployment's setting comes before its pack), with the banner (a station's
 * journal). The built-in pack only if it is what was shown. */
static void
keep_previous (OutreachApplication *self,
               const char          *problem)
{
  g_free (self->content_problem);
  self->content_problem = g_strdup (problem);
  self->content_kept = !self->content_builtin;
  self->content_previous = !self->content_builtin;
}

static void
log_choice (OutreachApplication *self)
{
  g_autofree char *description = _outreach_application_describe_choice (self);

  /* (the sentence ends here: a problem's own full stop is not doubled) */
  if (g_str_has_suffix (description, "."))
    description[strlen (description) - 1] = '\0';
  g_message (_("The content-file setting changed. Content shown: %s."), description);
}

static void switch_content (OutreachApplication *self);

static void
on_content_file_loaded (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(OutreachApplication) self = user_data;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *problem = NULL;
  g_autofree char *latest = NULL;
  const char *file;
  gboolean kept;

  content = outreach_content_load_kept_finish (result, &kept, &bytes, &problem, &error);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;   /* the app is going */
  g_clear_object (&self->content_switch);
  file = g_task_get_task_data (G_TASK (result));
  /* the setting changed during the read: its latest value is what counts
   * (one read at a time, however many changes came) */
  if (self->content_switch_again)
    {
      self->content_switch_again = FALSE;
      latest = outreach_settings_dup_content_file (NULL);
      if (g_strcmp0 (latest, file) != 0)
        {
          switch_content (self);
          return;
        }
    }
  if (content != NULL)
    {
      set_choice (self, content, kept, problem);
      remember_shown (self, file);
    }
  else
    keep_previous (self, problem);
  /* what changed during the read is read now */
  if (self->content_watch != NULL)
    outreach_content_watch_release (self->content_watch, bytes);
  show_choice (self);
  log_choice (self);
}

/* Shows the pack the setting names now: read as at start, off the main
 * thread, its file watched from before the read */
static void
switch_content (OutreachApplication *self)
{
  g_autofree char *file = NULL;
  g_autoptr(GError) error = NULL;

  file = outreach_settings_dup_content_file (&error);
  /* the same file (a `dconf update` of other keys): it is followed already */
  if (file != NULL && g_strcmp0 (file, self->content_file) == 0)
    return;
  /* the old file's versions are no longer news */
  watch_content_file (self, file);

  if (file == NULL)
    {
      /* empty: the built-in pack, as asked; a value that names no file
       * (a relative path): what is shown stays, as for a broken pack */
      if (error != NULL)
        keep_previous (self, error->message);
      else
        {
          set_choice (self, NULL, FALSE, NULL);
          remember_shown (self, NULL);
        }
      show_choice (self);
      log_choice (self);
      return;
    }
  self->content_switch = g_cancellable_new ();
  outreach_content_load_kept_async (file, self->content_switch, on_content_file_loaded,
                                    g_object_ref (self));
}

/* The content-file setting changed while the app runs (a deployment's
 * `dconf update`, say): the newly named pack is read as at start, off the
 * main thread, and shown everywhere; its file is watched instead. At most
 * one read is in flight: changes during it are taken, at its end, as the
 * setting's latest value. A pack given by --content is the session's,
 * whatever the setting says. */
void
_outreach_application_follow_content_file (OutreachApplication *self)
{
  if (self->content_option)
    return;
  if (self->content_switch != NULL)
    {
      self->content_switch_again = TRUE;
      return;
    }
  switch_content (self);
}
