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

static void
outreach_system_style_dispose (GObject *object)
{
  OutreachSystemStyle *self = OUTREACH_SYSTEM_STYLE (object);

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
