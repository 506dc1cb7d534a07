/* outreach-application.c: the application's life cycle and its one window
 *
 * The command line's options and tools are in outreach-cli.c, the app.*
 * actions and the shortcuts in outreach-application-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "outreach-application-private.h"
#include "outreach-cli.h"
#include "outreach-exit-pin.h"
#include "outreach-file.h"
#include "outreach-resources.h"
#include "outreach-settings.h"

G_DEFINE_FINAL_TYPE (OutreachApplication, outreach_application, GTK_TYPE_APPLICATION)

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
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (OUTREACH_IS_WINDOW (l->data))
      outreach_window_set_content (l->data, content);
  if (self->search_provider != NULL)
    outreach_search_provider_set_content (self->search_provider, content);
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
    if (OUTREACH_IS_WINDOW (l->data) && self->content_kept)
      outreach_window_show_content_kept (l->data, problem);
    else if (OUTREACH_IS_WINDOW (l->data))
      outreach_window_show_content_problem (l->data, problem);
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
      self->content = outreach_content_load_builtin (&error);
      /* the built-in pack is tested at build time: failing here is a broken build */
      if (self->content == NULL)
        g_error ("%s", error->message);
    }
}

/* The one place that decides which pack the app shows: --content's
 * (@content_file) for one session, else the one the content-file setting
 * names, else the built-in one. A file that cannot be used leaves the last
 * good version of that file shown (kept in the user's state folder), or
 * the built-in pack if it never had one, and its problem for the window's
 * banner (a station's journal), in self->content_problem. The file is
 * watched from then on: its new versions show as they come; and so is the
 * setting (see on_content_file_changed()). A relative --content is taken
 * from the command line's folder, before anything is named after it. */
static void
choose_content (OutreachApplication *self,
                const char          *content_file)
{
  g_autofree char *file = NULL;
  g_autoptr(OutreachContent) content = NULL;
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
  set_choice (self, content, kept, error ? error->message : NULL);
  if (self->content_watch != NULL)
    outreach_content_watch_release (self->content_watch, bytes);

  /* the shell's search, registered on the bus before the pack was chosen */
  if (self->search_provider != NULL)
    outreach_search_provider_set_content (self->search_provider, self->content);
}

/* Which pack is shown, and why, for the journal */
static char *
describe_choice (OutreachApplication *self)
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
      if (self->content_problem != NULL && self->content_kept)
        outreach_window_show_content_kept (l->data, self->content_problem);
      else if (self->content_problem != NULL)
        outreach_window_show_content_problem (l->data, self->content_problem);
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
  g_autofree char *description = describe_choice (self);

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
    set_choice (self, content, kept, problem);
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
        set_choice (self, NULL, FALSE, NULL);
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
static void
on_content_file_changed (OutreachApplication *self)
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

/* The pack --show's id must be in: --content's, or the configured one
 * that a running instance also shows */
static gboolean
check_page (OutreachApplication *self,
            const char          *id)
{
  g_autoptr(GError) error = NULL;

  /* chosen once: startup keeps it rather than load it again */
  if (self->content == NULL)
    choose_content (self, NULL);
  /* a pack that could not be used is said in the window, which then shows Home */
  if (self->content_problem != NULL ||
      outreach_content_find_page (self->content, id, &error) != NULL)
    return TRUE;
  g_printerr ("%s\n", error->message);
  return FALSE;
}

/* Before GOption reads the command line: it would keep the last of an
 * option given twice */
static gboolean
outreach_application_local_command_line (GApplication   *app,
                                         char         ***arguments,
                                         int            *exit_status)
{
  g_autoptr(GError) error = NULL;

  if (!outreach_cli_check_repeats (*arguments, &error))
    {
      g_printerr ("%s\n", error->message);
      *exit_status = 1;
      return TRUE;
    }
  return G_APPLICATION_CLASS (outreach_application_parent_class)->local_command_line (app, arguments,
                                                                                   exit_status);
}

/* A display station, by option or by the settings (set up once) */
static gboolean
is_station (OutreachApplication *self)
{
  g_autoptr(GSettings) settings = NULL;

  if (self->kiosk)
    return TRUE;
  settings = outreach_settings_new_if_installed (APP_ID, NULL);
  return settings != NULL && g_settings_get_boolean (settings, "kiosk");
}

/* Whether the app's name on the session bus is held, and not by an
 * instance of this app (this program, as /proc says) */
static gboolean
name_held_by_another_program (void)
{
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GVariant) reply = NULL;
  g_autofree char *path = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *ours = NULL;
  guint32 pid;

  if (bus == NULL)
    return FALSE;
  reply = g_dbus_connection_call_sync (bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                       g_variant_new ("(s)", APP_ID), G_VARIANT_TYPE ("(u)"),
                                       G_DBUS_CALL_FLAGS_NONE, 5000, NULL, NULL);
  if (reply == NULL)
    return FALSE;   /* nobody holds it */
  g_variant_get (reply, "(u)", &pid);
  path = g_strdup_printf ("/proc/%u/exe", pid);
  theirs = g_file_read_link (path, NULL);
  ours = g_file_read_link ("/proc/self/exe", NULL);
  return theirs == NULL || ours == NULL || strcmp (theirs, ours) != 0;
}

static int
outreach_application_handle_local_options (GApplication *app,
                                           GVariantDict *options)
{
  OutreachApplication *self = OUTREACH_APPLICATION (app);
  g_autofree char *content_file = NULL;
  g_autoptr(GError) error = NULL;
  const char *show = NULL;
  guint idle_seconds;
  int status;

  if ((status = outreach_cli_run_tool (options)) != -1)
    return status;

  if (g_variant_dict_contains (options, "kiosk"))
    {
      g_autoptr(GSettings) settings = outreach_settings_new_if_installed (APP_ID, NULL);

      /* its times, its PIN and its lock-down live there: a station without
       * them would reset at once and could never be left */
      if (settings == NULL)
        {
          g_printerr ("%s\n", _("serocu-outreach: a display station needs the app's settings "
                                "schema. Install the app, or point GSETTINGS_SCHEMA_DIR at the "
                                "build's data folder."));
          return 1;
        }
      self->kiosk = TRUE;
    }
  if (!outreach_cli_get_idle_seconds (options, &idle_seconds, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  self->idle_seconds = idle_seconds;

  if (g_variant_dict_lookup (options, "content", "^ay", &content_file))
    {
      /* a window showing another pack is a session of its own; but a
       * station keeps the app's name on the bus, or a call to it would start
       * a second instance, a desktop window over the station */
      if (!is_station (self))
        g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
      choose_content (self, content_file);
    }

  /* an unknown page is an error here, where it can be said, whichever
   * instance would have shown it */
  if (g_variant_dict_lookup (options, "show", "&s", &show) && !check_page (self, show))
    return 1;

  /* the window needs a display, and so does registering (which starts GTK):
   * say so in one line, not in GTK's words */
  if (!(g_application_get_flags (app) & G_APPLICATION_IS_SERVICE) && !gtk_init_check ())
    {
      g_printerr ("%s\n", _("serocu-outreach: cannot open a display. The window needs a desktop "
                            "session; --validate, --mailto, --qr, --dump-content and "
                            "--hash-exit-pin work without one."));
      return 1;
    }

  /* A station takes the app's name on the bus from any other instance of
   * the app (one the bus started while the station was restarting, say),
   * which then quits; no other instance can take it from a station. A
   * name held by another program cannot be taken: the station then runs
   * without it, rather than leave the screen black while it is held. */
  if (!(g_application_get_flags (app) & G_APPLICATION_NON_UNIQUE))
    {
      GApplicationFlags flags = G_APPLICATION_ALLOW_REPLACEMENT;

      if (is_station (self))
        {
          flags = G_APPLICATION_REPLACE;
          if (name_held_by_another_program ())
            {
              g_warning (_("Another program holds the app’s name on the session bus (%s): the "
                           "display station runs without it, and cannot be reached over the bus."),
                         APP_ID);
              flags = G_APPLICATION_NON_UNIQUE;
            }
        }
      g_application_set_flags (app, g_application_get_flags (app) | flags);
    }

  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if (g_application_get_is_remote (app))
    {
      /* a running window is not turned into a station from outside */
      if (self->kiosk || self->idle_seconds > 0)
        {
          g_printerr ("%s\n", _("The app is already running: --kiosk and --idle-seconds take "
                                "effect only when it starts."));
          return 1;
        }
      if (show != NULL)
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string (show));
          return 0;
        }
      return -1;
    }

  self->initial_page = g_strdup (show);
  return -1;
}

static void
on_kiosk_changed (OutreachApplication *self,
                  GParamSpec          *pspec,
                  OutreachWindow      *window)
{
  /* staff left the station: the desktop's ways out come back */
  if (!outreach_window_get_kiosk (window))
    _outreach_application_set_leaving_enabled (self, TRUE);
}

/* What the station runs with, once, for the journal: a time out of the
 * schema's range is silently replaced by its default, and a PIN in the
 * wrong form would otherwise be found only when staff try to leave */
static void
log_station (OutreachApplication *self,
             GSettings           *settings,
             guint                idle,
             guint                warning,
             guint                attract)
{
  g_autofree char *pin = g_settings_get_string (settings, "kiosk-exit-pin");
  g_autofree char *content = describe_choice (self);
  const char *exit;

  if (pin[0] == '\0')
    exit = _("no PIN is set, so there is no way out from the screen");
  else if (!outreach_exit_pin_is_hashed (pin, NULL))
    exit = _("the PIN is not in its hashed form, so there is no way out from the screen "
             "(set kiosk-exit-pin to what “serocu-outreach --hash-exit-pin” prints)");
  else
    exit = _("a PIN is set");
  /* the content too: a content-file value of the wrong type in dconf is
   * dropped by GSettings, silently, for the built-in pack */
  g_message (_("Display station: it starts again after %u s without input, with a countdown "
               "for the last %u s; the attract screen’s slides change every %u s. Staff exit: %s. "
               "Content shown: %s."),
             idle, warning, attract, exit, content);
}

/* A display station: by option or set up once in GSettings. Nothing that
 * would close or leave the app is reachable from its keyboard. */
static void
setup_kiosk (OutreachApplication *self,
             OutreachWindow      *window)
{
  g_autoptr(GSettings) settings = outreach_settings_new_if_installed (APP_ID, NULL);
  guint idle, warning, attract;

  /* with no schema there is no station (--kiosk is refused before this) */
  if (settings == NULL || !(self->kiosk |= g_settings_get_boolean (settings, "kiosk")))
    return;
  idle = self->idle_seconds > 0 ? self->idle_seconds
                                : g_settings_get_uint (settings, "kiosk-idle-seconds");
  warning = g_settings_get_uint (settings, "kiosk-warning-seconds");
  attract = g_settings_get_uint (settings, "kiosk-attract-seconds");

  _outreach_application_set_leaving_enabled (self, FALSE);
  outreach_window_set_idle_times (window, idle, warning, attract);
  outreach_window_set_kiosk (window, TRUE);
  log_station (self, settings, idle, warning, attract);
}

static OutreachWindow *
get_window (OutreachApplication *self)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  /* no window has the focus yet (a station's compositor may not give it):
   * still the one window, not a second */
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self));
       !OUTREACH_IS_WINDOW (window) && l != NULL; l = l->next)
    window = l->data;
  if (!OUTREACH_IS_WINDOW (window))
    window = NULL;

  if (window == NULL)
    {
      window = GTK_WINDOW (outreach_window_new (self, self->content));
      /* a station first: it keeps a problem for staff rather than show it */
      setup_kiosk (self, OUTREACH_WINDOW (window));
      if (self->content_problem != NULL && self->content_kept)
        outreach_window_show_content_kept (OUTREACH_WINDOW (window), self->content_problem);
      else if (self->content_problem != NULL)
        outreach_window_show_content_problem (OUTREACH_WINDOW (window), self->content_problem);
      g_signal_connect_object (window, "notify::kiosk", G_CALLBACK (on_kiosk_changed), self,
                               G_CONNECT_SWAPPED);
      /* the text size is the app's: the next visitor starts with the desktop's */
      g_signal_connect_object (window, "reset", G_CALLBACK (_outreach_application_reset_zoom), self,
                               G_CONNECT_SWAPPED);
    }

  return OUTREACH_WINDOW (window);
}

/* The one window, made if there is none yet, asked to do @request (if not
 * %NULL) with @argument, and brought to the front. */
void
_outreach_application_present (OutreachApplication   *self,
                               OutreachWindowRequest  request,
                               const char            *argument)
{
  OutreachWindow *window = get_window (self);

  if (request != NULL)
    request (window, argument);
  gtk_window_present (GTK_WINDOW (window));
}

static void
outreach_application_activate (GApplication *app)
{
  OutreachApplication *self = OUTREACH_APPLICATION (app);
  g_autofree char *page = g_steal_pointer (&self->initial_page);

  /* --show=ID opens the window at that page, as app.show does */
  if (page != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string (page));
  else
    _outreach_application_present (self, NULL, NULL);
}

static void
outreach_application_startup (GApplication *app)
{
  OutreachApplication *self = OUTREACH_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (outreach_application_parent_class)->startup (app);

  /* as a D-Bus service (the shell's search), stay a while between calls;
   * an app with windows exits as soon as the last one closes */
  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (app, 30 * 1000);

  _outreach_application_init_actions (self);

  gtk_css_provider_load_from_resource (css, "/uk/police/serocu/Outreach/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* dark and high contrast as the desktop asks */
  self->system_style = outreach_system_style_new (gtk_settings_get_default ());

  /* the same pack for every way the app starts: its launcher, the bus (the
   * shell's search, registered before startup, waits for it), a station;
   * unless --content or --show chose it already */
  if (self->content == NULL)
    choose_content (self, NULL);
  self->content_settings = outreach_settings_new_if_installed (APP_ID, "content-file");
  if (self->content_settings != NULL && !self->content_option)
    {
      g_signal_connect_object (self->content_settings, "changed::content-file",
                               G_CALLBACK (on_content_file_changed), self, G_CONNECT_SWAPPED);
      /* (GSettings says a change only of a key that was read) */
      g_free (g_settings_get_string (self->content_settings, "content-file"));
    }
}

static void
on_search_result_activated (OutreachApplication *self,
                            const char          *id)
{
  g_action_group_activate_action (G_ACTION_GROUP (self), "show", g_variant_new_string (id));
}

static void
on_search_launched (OutreachApplication *self,
                    const char          *text)
{
  g_action_group_activate_action (G_ACTION_GROUP (self), "search", g_variant_new_string (text));
}

static gboolean
outreach_application_dbus_register (GApplication     *app,
                                    GDBusConnection  *connection,
                                    const char       *object_path,
                                    GError          **error)
{
  OutreachApplication *self = OUTREACH_APPLICATION (app);

  if (!G_APPLICATION_CLASS (outreach_application_parent_class)->dbus_register (app, connection,
                                                                                 object_path, error))
    return FALSE;

  /* the pack is not chosen yet unless --content or --show asked: startup passes it on */
  self->search_provider = outreach_search_provider_new (app, self->content);
  g_signal_connect_object (self->search_provider, "activate-result",
                           G_CALLBACK (on_search_result_activated), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_provider, "launch-search",
                           G_CALLBACK (on_search_launched), self, G_CONNECT_SWAPPED);
  return outreach_search_provider_export (self->search_provider, connection, error);
}

static void
outreach_application_dbus_unregister (GApplication    *app,
                                      GDBusConnection *connection,
                                      const char      *object_path)
{
  OutreachApplication *self = OUTREACH_APPLICATION (app);

  g_clear_object (&self->search_provider);
  G_APPLICATION_CLASS (outreach_application_parent_class)->dbus_unregister (app, connection,
                                                                           object_path);
}

static void
outreach_application_dispose (GObject *object)
{
  OutreachApplication *self = OUTREACH_APPLICATION (object);

  g_cancellable_cancel (self->content_switch);
  g_clear_object (&self->content_switch);
  g_clear_object (&self->content_settings);
  g_clear_object (&self->content_watch);
  g_clear_pointer (&self->content_file, g_free);
  g_clear_object (&self->search_provider);
  g_clear_object (&self->content);
  g_clear_pointer (&self->content_problem, g_free);
  g_clear_pointer (&self->initial_page, g_free);
  g_clear_object (&self->system_style);

  G_OBJECT_CLASS (outreach_application_parent_class)->dispose (object);
}

static void
outreach_application_class_init (OutreachApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = outreach_application_dispose;
  app_class->local_command_line = outreach_application_local_command_line;
  app_class->handle_local_options = outreach_application_handle_local_options;
  app_class->startup = outreach_application_startup;
  app_class->activate = outreach_application_activate;
  app_class->dbus_register = outreach_application_dbus_register;
  app_class->dbus_unregister = outreach_application_dbus_unregister;

  /* referenced so that the linker keeps the UI resources, which register
   * themselves, in the program */
  (void) outreach_get_resource ();
}

static void
outreach_application_init (OutreachApplication *self)
{
  self->zoom = 1.0;
  outreach_cli_add_options (G_APPLICATION (self));
}

OutreachApplication *
outreach_application_new (void)
{
  return g_object_new (OUTREACH_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", "/uk/police/serocu/Outreach",
                       NULL);
}
