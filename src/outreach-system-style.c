/* outreach-system-style.c
 *
 * GTK 4.8 without libadwaita does not follow GNOME's "prefer dark" style
 * or its high-contrast switch by itself. This object reads both from the
 * desktop's settings (org.gnome.desktop.interface color-scheme and
 * org.gnome.desktop.a11y.interface high-contrast, in gsettings-desktop-
 * schemas, which GTK depends on) and keeps GtkSettings in step as they
 * change: prefer-dark → Adwaita's dark variant; high contrast → GTK's own
 * HighContrast theme (its dark variant when dark too). GTK_THEME, when
 * set, still wins, as GTK has it.
 *
 * Over the app's style sheet (style.css, for the light style) it lays the
 * colours of the style in use, however that was chosen (the desktop, the
 * settings, GTK_THEME): style-dark.css, style-hc.css or style-hc-dark.css.
 * They keep text, links, focus rings and the accent at WCAG AA contrast in
 * each style.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-settings.h"
#include "outreach-system-style.h"

struct _OutreachSystemStyle
{
  GObject      parent_instance;

  GtkSettings *settings;
  GSettings   *interface;     /* nullable: no such schema on this system */
  GSettings   *a11y;          /* nullable */
  char        *usual_theme;   /* the theme before high contrast took over */
  GtkCssProvider *colours;    /* the colours of the style in use, over style.css */
  const char  *colours_resource;
};

G_DEFINE_FINAL_TYPE (OutreachSystemStyle, outreach_system_style, G_TYPE_OBJECT)

static void
update (OutreachSystemStyle *self)
{
  gboolean dark = self->interface != NULL &&
                  g_settings_get_enum (self->interface, "color-scheme") == 1;  /* prefer-dark */
  gboolean contrast = self->a11y != NULL && g_settings_get_boolean (self->a11y, "high-contrast");
  g_autofree char *was_theme = NULL;
  gboolean was_dark = FALSE;
  const char *theme;

  /* GTK 4 has no HighContrastInverse: HighContrast with prefer-dark is
   * its dark variant (GTK 4.8 falls back to plain Adwaita for the other) */
  if (contrast)
    theme = "HighContrast";
  else
    theme = self->usual_theme;

  /* only what changes: setting the theme, even to itself, reloads it all
   * (tens of milliseconds at start-up) */
  g_object_get (self->settings,
                "gtk-application-prefer-dark-theme", &was_dark,
                "gtk-theme-name", &was_theme,
                NULL);
  if (was_dark != dark)
    g_object_set (self->settings, "gtk-application-prefer-dark-theme", dark, NULL);
  if (g_strcmp0 (was_theme, theme) != 0)
    g_object_set (self->settings, "gtk-theme-name", theme, NULL);
}

/* The style in use, as GTK has it: a theme's name and its variant */
static const char *
colours_for (GtkSettings *settings)
{
  g_autofree char *theme = NULL;
  const char *forced = g_getenv ("GTK_THEME");
  gboolean dark, contrast;

  g_object_get (settings,
                "gtk-theme-name", &theme,
                "gtk-application-prefer-dark-theme", &dark,
                NULL);
  if (forced != NULL && *forced != '\0')
    {
      g_free (theme);
      theme = g_strdup (forced);
      /* "Name:dark", as GTK reads it */
      dark = g_str_has_suffix (theme, ":dark");
    }
  if (theme == NULL)
    theme = g_strdup ("Adwaita");

  contrast = g_str_has_prefix (theme, "HighContrast");
  dark = dark || g_str_has_prefix (theme, "HighContrastInverse") ||
         g_str_has_prefix (theme, "Adwaita-dark");
  if (contrast)
    return dark ? "/uk/police/serocu/Outreach/style-hc-dark.css"
                : "/uk/police/serocu/Outreach/style-hc.css";
  return dark ? "/uk/police/serocu/Outreach/style-dark.css" : NULL;
}

static void
update_colours (OutreachSystemStyle *self)
{
  const char *resource = colours_for (self->settings);

  if (g_strcmp0 (resource, self->colours_resource) == 0 && self->colours_resource != NULL)
    return;
  self->colours_resource = resource;
  if (resource != NULL)
    gtk_css_provider_load_from_resource (self->colours, resource);
  else
    gtk_css_provider_load_from_data (self->colours, "", -1);
}

static void
outreach_system_style_dispose (GObject *object)
{
  OutreachSystemStyle *self = OUTREACH_SYSTEM_STYLE (object);

  if (self->settings != NULL)
    g_signal_handlers_disconnect_by_data (self->settings, self);
  if (self->colours != NULL)
    gtk_style_context_remove_provider_for_display (gdk_display_get_default (),
                                                   GTK_STYLE_PROVIDER (self->colours));
  g_clear_object (&self->colours);

  if (self->interface != NULL)
    g_signal_handlers_disconnect_by_data (self->interface, self);
  if (self->a11y != NULL)
    g_signal_handlers_disconnect_by_data (self->a11y, self);
  g_clear_object (&self->interface);
  g_clear_object (&self->a11y);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (outreach_system_style_parent_class)->dispose (object);
}

static void
outreach_system_style_finalize (GObject *object)
{
  OutreachSystemStyle *self = OUTREACH_SYSTEM_STYLE (object);

  g_free (self->usual_theme);

  G_OBJECT_CLASS (outreach_system_style_parent_class)->finalize (object);
}

static void
outreach_system_style_class_init (OutreachSystemStyleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = outreach_system_style_dispose;
  object_class->finalize = outreach_system_style_finalize;
}

static void
outreach_system_style_init (OutreachSystemStyle *self)
{
}

/**
 * outreach_system_style_new:
 * @settings: the display's settings, to keep in step with the desktop
 *
 * Returns: (transfer full): an object that follows the desktop's style for
 *   as long as it lives
 */
OutreachSystemStyle *
outreach_system_style_new (GtkSettings *settings)
{
  OutreachSystemStyle *self = g_object_new (OUTREACH_TYPE_SYSTEM_STYLE, NULL);

  self->settings = g_object_ref (settings);

  /* the style's colours follow GTK's settings, whoever sets them */
  self->colours = gtk_css_provider_new ();
  update_colours (self);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                              GTK_STYLE_PROVIDER (self->colours),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect_swapped (settings, "notify::gtk-theme-name", G_CALLBACK (update_colours), self);
  g_signal_connect_swapped (settings, "notify::gtk-application-prefer-dark-theme",
                            G_CALLBACK (update_colours), self);
  g_object_get (settings, "gtk-theme-name", &self->usual_theme, NULL);
  if (self->usual_theme == NULL || g_str_has_prefix (self->usual_theme, "HighContrast"))
    {
      g_free (self->usual_theme);
      self->usual_theme = g_strdup ("Adwaita");
    }

  /* GTK_THEME overrides any setting: leave the theme alone */
  if (g_getenv ("GTK_THEME") != NULL)
    return self;

  self->interface = outreach_settings_new_if_installed ("org.gnome.desktop.interface", "color-scheme");
  self->a11y = outreach_settings_new_if_installed ("org.gnome.desktop.a11y.interface", "high-contrast");
  if (self->interface != NULL)
    g_signal_connect_swapped (self->interface, "changed::color-scheme", G_CALLBACK (update), self);
  if (self->a11y != NULL)
    g_signal_connect_swapped (self->a11y, "changed::high-contrast", G_CALLBACK (update), self);
  if (self->interface != NULL || self->a11y != NULL)
    update (self);

  return self;
}
