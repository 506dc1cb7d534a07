/* outreach-application.c: the application's life cycle and its one window
 *
 * The command line's options and tools are in outreach-cli.c, which pack
 * is shown (and the setting followed) in outreach-application-content.c, the app.*
 * actions and the shortcuts in outreach-application-actions.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "outreach-application-private.h"
#include "outreach-cli.h"
#include "outreach-debug.h"
#include "outreach-exit-pin.h"
#include "outreach-resources.h"
#include "outreach-settings.h"

G_DEFINE_FINAL_TYPE (OutreachApplication, outreach_application, GTK_TYPE_APPLICATION)

/* The pack --show's id must be in: --content's, or the configured one
 * that a running instance also shows */
static gboolean
check_page (OutreachApplication *self,
            const char          *id)
{
  g_autoptr(GError) error = NULL;

  /* chosen once: startup keeps it rather than load it again */
  if (self->content == NULL)
    _outreach_application_choose_content (self, NULL);
  /* a pack that could not be used is said in the window, which then shows Home */
  if (self->content_problem != NULL ||
      outreach_content_find_page (self->content, id, &error) != NULL)
    return TRUE;
  g_printerr ("%s\n", error->message);
  return FALSE;
}

/* Likewise a tour --present names ("" for the pack's first). A pack that
 * could not be used is said in the window, whose built-in content may not
 * have the tour: then nothing is presented, and the window says why the
 * pack was not used (not that a tour is missing) */
static gboolean
check_tour (OutreachApplication  *self,
            char                **id)
{
  g_autoptr(OutreachTour) tour = NULL;
  g_autoptr(GError) error = NULL;

  if (self->content == NULL)
    _outreach_application_choose_content (self, NULL);
  tour = outreach_content_find_tour (self->content, *id, &error);
  if (tour != NULL)
    return TRUE;
  if (self->content_problem != NULL)
    {
      g_printerr ("%s\n", _("The content pack could not be used, so no tour is presented."));
      g_clear_pointer (id, g_free);
      return TRUE;
    }
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
  g_autofree char *tour = NULL;
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
      _outreach_application_choose_content (self, content_file);
    }

  /* an unknown page is an error here, where it can be said, whichever
   * instance would have shown it */
  if (g_variant_dict_lookup (options, "show", "&s", &show) && !check_page (self, show))
    return 1;
  if ((tour = outreach_cli_take_present ()) != NULL && !check_tour (self, &tour))
    return 1;

  /* the window needs a display, and so does registering (which starts GTK):
   * say so in one line, not in GTK's words */
  _outreach_debug_mark ("options");
  if (!(g_application_get_flags (app) & G_APPLICATION_IS_SERVICE) && !gtk_init_check ())
    {
      g_printerr ("%s\n", _("serocu-outreach: cannot open a display. The window needs a desktop "
                            "session; --validate, --mailto, --qr, --export-chart, --dump-content "
                            "and --hash-exit-pin work without one."));
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

  _outreach_debug_mark ("gtk-init-done");
  /* Beside the rest of GTK's start (registering on the bus, its own
   * startup: some 10 ms), two things the window needs: fontconfig's start
   * (reading its configuration and caches, 4 ms: Pango does it in a thread
   * of its own once this thread's font map is made, the one the window's
   * text uses) and the built-in pack (1.5 ms, in a thread). Both after GTK
   * has set the locale, which no other thread may be using then. A
   * service (the shell's search) starts GTK later, in its startup. */
  if (!(g_application_get_flags (app) & G_APPLICATION_IS_SERVICE))
    {
      (void) pango_cairo_font_map_get_default ();
      _outreach_application_start_builtin (self);
    }
  if (!g_application_register (app, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  _outreach_debug_mark ("registered");
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
        g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string (show));
      if (tour != NULL && !g_action_group_get_action_enabled (G_ACTION_GROUP (app), "present"))
        {
          g_printerr ("%s\n", _("The app runs as a display station: it does not present tours."));
          return 1;
        }
      if (tour != NULL)
        g_action_group_activate_action (G_ACTION_GROUP (app), "present", g_variant_new_string (tour));
      return show != NULL || tour != NULL ? 0 : -1;
    }

  self->initial_page = g_strdup (show);
  self->initial_tour = g_strdup (tour);
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
  g_autofree char *content = _outreach_application_describe_choice (self);
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
  /* the countdown shows for the last half of the idle time at most (the
   * window's idle clock): the note says how long it really is */
  log_station (self, settings, idle, MIN (warning, idle / 2), attract);
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
      _outreach_debug_mark ("window-new");
      window = GTK_WINDOW (outreach_window_new (self, self->content));
      _outreach_debug_mark ("window-new-done");
      /* a station first: it keeps a problem for staff rather than show it */
      setup_kiosk (self, OUTREACH_WINDOW (window));
      if (self->content_problem != NULL)
        _outreach_application_tell_problem (self, OUTREACH_WINDOW (window));
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
  _outreach_debug_mark ("present");
  gtk_window_present (GTK_WINDOW (window));
  _outreach_debug_mark ("presented");
}

static void
outreach_application_activate (GApplication *app)
{
  OutreachApplication *self = OUTREACH_APPLICATION (app);
  g_autofree char *page = g_steal_pointer (&self->initial_page);
  g_autofree char *tour = g_steal_pointer (&self->initial_tour);

  _outreach_debug_mark ("activate");
  /* --show=ID opens the window at that page, as app.show does */
  if (page != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string (page));
  else
    _outreach_application_present (self, NULL, NULL);
  /* --present: the tour, from the page --show gave or Home */
  if (tour != NULL)
    g_action_group_activate_action (G_ACTION_GROUP (app), "present", g_variant_new_string (tour));
}

static void
outreach_application_startup (GApplication *app)
{
  OutreachApplication *self = OUTREACH_APPLICATION (app);
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  _outreach_debug_mark ("startup");
  G_APPLICATION_CLASS (outreach_application_parent_class)->startup (app);

  /* as a D-Bus service (the shell's search), stay a while between calls;
   * an app with windows exits as soon as the last one closes */
  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (app, 30 * 1000);

  _outreach_debug_mark ("startup-gtk-done");
  _outreach_application_init_actions (self);
  _outreach_debug_mark ("startup-actions-done");

  gtk_css_provider_load_from_resource (css, "/uk/police/serocu/Outreach/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* dark and high contrast as the desktop asks */
  self->system_style = outreach_system_style_new (gtk_settings_get_default ());
  _outreach_debug_mark ("startup-css-done");

  /* the same pack for every way the app starts: its launcher, the bus (the
   * shell's search, registered before startup, waits for it), a station;
   * unless --content or --show chose it already */
  if (self->content == NULL)
    _outreach_application_choose_content (self, NULL);
  self->content_settings = outreach_settings_new_if_installed (APP_ID, "content-file");
  if (self->content_settings != NULL && !self->content_option)
    {
      g_signal_connect_object (self->content_settings, "changed::content-file",
                               G_CALLBACK (_outreach_application_follow_content_file), self, G_CONNECT_SWAPPED);
      /* (GSettings says a change only of a key that was read) */
      g_free (g_settings_get_string (self->content_settings, "content-file"));
    }
  _outreach_debug_mark ("startup-content-done");
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

  _outreach_application_finish_builtin (self);
  g_cancellable_cancel (self->content_switch);
  g_clear_object (&self->content_switch);
  g_clear_object (&self->content_settings);
  g_clear_object (&self->content_watch);
  g_clear_pointer (&self->content_file, g_free);
  g_clear_object (&self->search_provider);
  g_clear_object (&self->content);
  g_clear_pointer (&self->content_problem, g_free);
  g_clear_pointer (&self->initial_page, g_free);
  g_clear_pointer (&self->initial_tour, g_free);
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
