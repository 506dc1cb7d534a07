/* outreach-application.c: options, application actions and windows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-application.h"
#include "outreach-message.h"
#include "outreach-qr-texture.h"
#include "outreach-resources.h"
#include "outreach-system-style.h"
#include "outreach-search-provider.h"
#include "outreach-settings.h"
#include "outreach-window.h"

struct _OutreachApplication
{
  GtkApplication   parent_instance;

  OutreachContent *content;
  char            *content_problem;   /* why --content=FILE was rejected */
  char            *initial_page;
  OutreachSearchProvider *search_provider;
  gboolean         kiosk;
  int              idle_seconds;   /* 0: from the settings */
  double           zoom;
  int              base_dpi;       /* the desktop's text size, in 1024ths of a dpi */
  OutreachSystemStyle *system_style;
};

G_DEFINE_FINAL_TYPE (OutreachApplication, outreach_application, GTK_TYPE_APPLICATION)

/* --validate takes an optional file, which GApplication's option packing
 * cannot express; the callback keeps it here, once per process. */
static gboolean validate_requested;
static char *validate_file;

static gboolean
on_validate_option (const char  *option_name,
                    const char  *value,
                    gpointer     data,
                    GError     **error)
{
  validate_requested = TRUE;
  g_free (validate_file);
  validate_file = g_strdup (value);
  return TRUE;
}

static const GOptionEntry option_entries[] = {
  { "show", 's', 0, G_OPTION_ARG_STRING, NULL,
    N_("Open at the page with this id (such as “rart” or “join-us”)"), N_("ID") },
  { "content", 'c', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Show the content pack in FILE instead of the built-in one"), N_("FILE") },
  { "validate", 0, G_OPTION_FLAG_OPTIONAL_ARG | G_OPTION_FLAG_FILENAME, G_OPTION_ARG_CALLBACK,
    (gpointer) on_validate_option,
    N_("Check a content pack (the built-in one without FILE) and exit"), N_("[FILE]") },
  { "mailto", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the mailto: link the app would open to write to CONTACT about PAGE, and exit"),
    N_("CONTACT[:PAGE]") },
  { "qr", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the QR code of that link to the --output file, and exit"), N_("CONTACT[:PAGE]") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --qr writes the code: FILE.svg or FILE.png"), N_("FILE") },
  { "kiosk", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Run as a careers-fair display station (see the README)"), NULL },
  { "idle-seconds", 0, 0, G_OPTION_ARG_INT, NULL,
    N_("On a display station, start again after SECONDS without input"), N_("SECONDS") },
  { "dump-content", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the built-in content pack, as a starting point for your own, and exit"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { NULL }
};

/**
 * outreach_application_validate:
 * @filename: (nullable): a pack, or %NULL for the built-in one
 * @out: where to write the report
 *
 * Returns: the exit status: 0 for a good pack, 1 otherwise
 */
int
outreach_application_validate (const char *filename,
                               GString    *out)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GBytes) builtin = NULL;
  g_autofree char *units = NULL, *profiles = NULL, *contacts = NULL;
  guint n_units, n_profiles, n_contacts;

  if (filename != NULL)
    content = outreach_content_load_file (filename, &problems, NULL);
  else
    {
      builtin = outreach_content_get_builtin_bytes ();
      content = outreach_content_load_bytes (builtin, _("built-in content"), &problems, NULL);
    }

  if (content == NULL)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          g_autofree char *line = outreach_problem_to_string (g_ptr_array_index (problems, i));
          g_string_append_printf (out, "%s\n", line);
        }
      return 1;
    }

  n_units = outreach_content_get_n_units (content);
  n_profiles = g_list_model_get_n_items (outreach_content_get_profiles (content));
  n_contacts = g_list_model_get_n_items (outreach_content_get_contacts (content));
  units = g_strdup_printf (ngettext ("%u unit", "%u units", n_units), n_units);
  profiles = g_strdup_printf (ngettext ("%u profile", "%u profiles", n_profiles), n_profiles);
  contacts = g_strdup_printf (ngettext ("%u contact", "%u contacts", n_contacts), n_contacts);
  /* Translators: the summary --validate prints for a good pack: the file,
   * then counts of units, profiles and contacts */
  g_string_append_printf (out, _("%s: valid: %s, %s, %s"),
                          outreach_content_get_source (content), units, profiles, contacts);
  g_string_append_c (out, '\n');
  return 0;
}

/* The pack the command-line tools work on: --content's, or the built-in one. */
static OutreachContent *
load_for_tools (const char *content_file)
{
  g_autoptr(GPtrArray) problems = NULL;
  OutreachContent *content;

  if (content_file == NULL)
    return outreach_content_load_builtin (NULL);

  content = outreach_content_load_file (content_file, &problems, NULL);
  for (guint i = 0; content == NULL && i < problems->len; i++)
    {
      g_autofree char *line = outreach_problem_to_string (g_ptr_array_index (problems, i));
      g_printerr ("%s\n", line);
    }
  return content;
}

static gboolean
write_qr (OutreachQr  *qr,
          const char  *filename,
          GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (filename, -1);

  if (g_str_has_suffix (lower, ".svg"))
    {
      g_autofree char *svg = outreach_qr_to_svg (qr);
      return g_file_set_contents (filename, svg, -1, error);
    }
  else if (g_str_has_suffix (lower, ".png"))
    {
      /* 16 pixels a module: sharp at poster sizes */
      g_autoptr(GdkTexture) texture = outreach_qr_texture_new (qr, 16);

      if (!gdk_texture_save_to_png (texture, filename))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not write “%s”."), filename);
          return FALSE;
        }
      return TRUE;
    }

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
               _("“%s” should end in .svg or .png."), filename);
  return FALSE;
}

/* --mailto and --qr: for HR's web pages, newsletters and posters */
static int
run_link_tools (GVariantDict *options)
{
  g_autofree char *content_file = NULL;
  g_autofree char *output = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(OutreachMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  const char *spec = NULL;
  gboolean qr = g_variant_dict_lookup (options, "qr", "&s", &spec);

  if (!qr)
    g_variant_dict_lookup (options, "mailto", "&s", &spec);
  g_variant_dict_lookup (options, "content", "^ay", &content_file);
  g_variant_dict_lookup (options, "output", "^ay", &output);

  if (qr && output == NULL)
    {
      g_printerr ("%s\n", _("--qr needs --output=FILE.svg or --output=FILE.png"));
      return 1;
    }
  if ((content = load_for_tools (content_file)) == NULL)
    return 1;
  if ((message = outreach_message_new_for_spec (content, spec, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  uri = outreach_message_dup_uri (message);
  if (!qr)
    {
      g_print ("%s\n", uri);
      return 0;
    }

  {
    g_autoptr(OutreachQr) code = outreach_qr_new (uri, &error);

    if (code == NULL || !write_qr (code, output, &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
  }
  return 0;
}

static int
outreach_application_handle_local_options (GApplication *app,
                                           GVariantDict *options)
{
  OutreachApplication *self = OUTREACH_APPLICATION (app);
  g_autofree char *content_file = NULL;
  const char *show = NULL;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "serocu-outreach", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "dump-content"))
    {
      g_autoptr(GBytes) bytes = outreach_content_get_builtin_bytes ();
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      fwrite (data, 1, size, stdout);
      return 0;
    }

  if (g_variant_dict_contains (options, "mailto") || g_variant_dict_contains (options, "qr"))
    return run_link_tools (options);

  if (validate_requested)
    {
      g_autoptr(GString) out = g_string_new (NULL);
      int status = outreach_application_validate (validate_file, out);

      if (status == 0)
        g_print ("%s", out->str);
      else
        g_printerr ("%s", out->str);
      g_clear_pointer (&validate_file, g_free);
      return status;
    }

  if (g_variant_dict_contains (options, "kiosk"))
    self->kiosk = TRUE;
  if (g_variant_dict_lookup (options, "idle-seconds", "i", &self->idle_seconds) &&
      self->idle_seconds < 1)
    {
      g_printerr ("%s\n", _("--idle-seconds must be 1 or more"));
      return 1;
    }

  if (g_variant_dict_lookup (options, "content", "^ay", &content_file))
    {
      g_autoptr(GError) error = NULL;

      /* a window showing another pack is a session of its own */
      g_application_set_flags (app, g_application_get_flags (app) | G_APPLICATION_NON_UNIQUE);
      self->content = outreach_content_load_file (content_file, NULL, &error);
      if (self->content == NULL)
        self->content_problem = g_strdup (error->message);
    }

  if (g_variant_dict_lookup (options, "show", "&s", &show))
    {
      g_autoptr(GError) error = NULL;

      if (!g_application_register (app, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      if (g_application_get_is_remote (app))
        {
          g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string (show));
          return 0;
        }
      self->initial_page = g_strdup (show);
    }

  return -1;
}

static void
on_kiosk_changed (OutreachApplication *self,
                  GParamSpec          *pspec,
                  OutreachWindow      *window)
{
  /* staff left the station: the desktop's ways out come back */
  if (!outreach_window_get_kiosk (window))
    {
      static const char *quit[] = { "<Control>q", NULL };
      static const char *close[] = { "<Control>w", NULL };

      gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit);
      gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close", close);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "quit")),
                                   TRUE);
    }
}

/* A display station: by option or set up once in GSettings. Nothing that
 * would close or leave the app is reachable from its keyboard. */
static void
setup_kiosk (OutreachApplication *self,
             OutreachWindow      *window)
{
  g_autoptr(GSettings) settings = outreach_settings_new_if_installed (APP_ID, NULL);
  static const char *leaving[] = { "app.quit", "window.close", "win.show-help-overlay" };
  static const char *none[] = { NULL };
  guint idle = outreach_settings_get_default_uint (APP_ID, "kiosk-idle-seconds");
  guint warning = outreach_settings_get_default_uint (APP_ID, "kiosk-warning-seconds");
  guint attract = outreach_settings_get_default_uint (APP_ID, "kiosk-attract-seconds");

  if (settings != NULL)
    {
      self->kiosk |= g_settings_get_boolean (settings, "kiosk");
      idle = g_settings_get_uint (settings, "kiosk-idle-seconds");
      warning = g_settings_get_uint (settings, "kiosk-warning-seconds");
      attract = g_settings_get_uint (settings, "kiosk-attract-seconds");
    }
  if (!self->kiosk)
    return;
  if (self->idle_seconds > 0)
    idle = self->idle_seconds;

  for (guint i = 0; i < G_N_ELEMENTS (leaving); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), leaving[i], none);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "quit")),
                               FALSE);
  outreach_window_set_idle_times (window, idle, warning, attract);
  outreach_window_set_kiosk (window, TRUE);
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
      if (self->content_problem != NULL)
        outreach_window_show_content_problem (OUTREACH_WINDOW (window), self->content_problem);
      setup_kiosk (self, OUTREACH_WINDOW (window));
      g_signal_connect_object (window, "notify::kiosk", G_CALLBACK (on_kiosk_changed), self,
                               G_CONNECT_SWAPPED);
    }

  return OUTREACH_WINDOW (window);
}

static void
outreach_application_activate (GApplication *app)
{
  OutreachApplication *self = OUTREACH_APPLICATION (app);
  OutreachWindow *window = get_window (self);
  g_autofree char *page = g_steal_pointer (&self->initial_page);

  if (page != NULL)
    outreach_window_show_page (window, page);
  gtk_window_present (GTK_WINDOW (window));
}

static void
show_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  OutreachApplication *self = user_data;
  OutreachWindow *window = get_window (self);

  outreach_window_show_page (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  OutreachApplication *self = user_data;
  OutreachWindow *window = get_window (self);

  outreach_window_search (window, g_variant_get_string (parameter, NULL));
  gtk_window_present (GTK_WINDOW (window));
}

static void
compose_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  OutreachApplication *self = user_data;
  OutreachWindow *window = get_window (self);
  g_auto(GStrv) parts = g_strsplit (g_variant_get_string (parameter, NULL), ":", 2);

  /* "CONTACT[:PAGE]", as --mailto takes it: on that page, write to them */
  if (parts[1] != NULL)
    outreach_window_show_page (window, parts[1]);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.write-to", "s", parts[0]);
  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (user_data));

  /* closing the windows lets each save its state */
  while (windows != NULL)
    {
      GList *next = windows->next;
      gtk_window_close (windows->data);
      windows = next;
    }
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  OutreachApplication *self = user_data;
  static const char *developers[] = { "SEROCU Outreach developers", NULL };

  gtk_show_about_dialog (gtk_application_get_active_window (GTK_APPLICATION (self)),
                         "program-name", _("SEROCU Outreach"),
                         "logo-icon-name", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Explore the South East Regional Organised Crime Unit, "
                                       "meet its people and get in touch"),
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "authors", developers,
                         /* Translators: put your names here, one per line */
                         "translator-credits", _("translator-credits"),
                         NULL);
}

/* Text size, for projectors: the whole app's text, through the same
 * setting the desktop's text scaling uses, so every label and heading
 * grows alike. */
#define ZOOM_STEP 1.15
#define ZOOM_MIN  0.6
#define ZOOM_MAX  3.0

static void
apply_zoom (OutreachApplication *self)
{
  GtkSettings *settings = gtk_settings_get_default ();

  if (self->base_dpi <= 0)
    {
      g_object_get (settings, "gtk-xft-dpi", &self->base_dpi, NULL);
      if (self->base_dpi <= 0)
        self->base_dpi = 96 * 1024;
    }
  g_object_set (settings, "gtk-xft-dpi", (int) (self->base_dpi * self->zoom), NULL);
}

static void
zoom_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  OutreachApplication *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));

  if (g_str_equal (name, "zoom-in"))
    self->zoom = MIN (self->zoom * ZOOM_STEP, ZOOM_MAX);
  else if (g_str_equal (name, "zoom-out"))
    self->zoom = MAX (self->zoom / ZOOM_STEP, ZOOM_MIN);
  else
    self->zoom = 1.0;
  apply_zoom (self);
}

static const GActionEntry app_actions[] = {
  { .name = "zoom-in", .activate = zoom_action },
  { .name = "zoom-out", .activate = zoom_action },
  { .name = "zoom-reset", .activate = zoom_action },
  { .name = "show", .activate = show_action, .parameter_type = "s" },
  { .name = "search", .activate = search_action, .parameter_type = "s" },
  { .name = "compose", .activate = compose_action, .parameter_type = "s" },
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
};

static void
outreach_application_startup (GApplication *app)
{
  OutreachApplication *self = OUTREACH_APPLICATION (app);
  static const struct { const char *action; const char *accels[4]; } accels[] = {
    { "app.quit", { "<Control>q", NULL } },
    { "window.close", { "<Control>w", NULL } },
    { "win.back", { "<Alt>Left", "Back", NULL } },
    { "win.forward", { "<Alt>Right", "Forward", NULL } },
    { "win.home", { "<Alt>Home", NULL } },
    { "win.focus-tree", { "F6", NULL } },
    { "win.search", { "<Control>f", NULL } },
    { "win.get-in-touch", { "<Control>e", NULL } },
    { "app.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add" } },
    { "app.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
    { "app.zoom-reset", { "<Control>0", "<Control>KP_0", NULL } },
    { "win.show-help-overlay", { "<Control>question", NULL } },
  };
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

  G_APPLICATION_CLASS (outreach_application_parent_class)->startup (app);

  /* as a D-Bus service (the shell's search), stay a while between calls;
   * an app with windows exits as soon as the last one closes */
  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (app, 30 * 1000);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), accels[i].action,
                                           accels[i].accels);

  gtk_css_provider_load_from_resource (css, "/uk/police/serocu/Outreach/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  /* dark and high contrast as the desktop asks */
  self->system_style = outreach_system_style_new (gtk_settings_get_default ());

  if (self->content == NULL)
    {
      g_autoptr(GError) error = NULL;

      self->content = outreach_content_load_builtin (&error);
      /* the built-in pack is tested at build time: failing here is a broken build */
      if (self->content == NULL)
        g_error ("%s", error->message);
    }
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

  self->search_provider = outreach_search_provider_new (app);
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
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
  g_application_set_option_context_parameter_string (G_APPLICATION (self), NULL);
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Explore the South East Regional Organised Crime "
                                              "Unit, meet its people and get in touch."));
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

/**
 * outreach_application_get_content:
 *
 * Returns: (transfer none) (nullable): the pack on show, once started
 */
OutreachContent *
outreach_application_get_content (OutreachApplication *self)
{
  return self->content;
}
