/* outreach-application-actions.c: the app.* actions and the keyboard shortcuts
 *
 * Opening a page, searching and writing to someone go to the one window
 * (made if there is none yet) and bring it to the front; the same actions
 * answer --show, the shell's search and D-Bus activation.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-application-private.h"
#include "outreach-qr-sheet.h"

static const struct { const char *action; const char *accels[4]; } shortcuts[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.back", { "<Alt>Left", "Back", NULL } },
  { "win.forward", { "<Alt>Right", "Forward", NULL } },
  { "win.home", { "<Alt>Home", NULL } },
  { "win.focus-tree", { "F6", NULL } },
  { "win.show-sidebar", { "F9", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.get-in-touch", { "<Control>e", NULL } },
  { "win.present('')", { "F5", NULL } },
  { "app.zoom-in", { "<Control>plus", "<Control>equal", "<Control>KP_Add" } },
  { "app.zoom-out", { "<Control>minus", "<Control>KP_Subtract", NULL } },
  { "app.zoom-reset", { "<Control>0", "<Control>KP_0", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
};

static void
set_shortcuts (OutreachApplication *self,
               const char          *action)
{
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    if (g_str_equal (shortcuts[i].action, action))
      gtk_application_set_accels_for_action (GTK_APPLICATION (self), action,
                                             shortcuts[i].accels);
}

/* What a caller on the bus (or --show, or the shell's search) passes is
 * outside text: an argument no id, contact or search comes near is ignored
 * here, and said on the log (not in a warning: that would be the caller's
 * fault reported as ours). Anything else goes to the window, which checks
 * it against the pack and says in its bar what it has no page or contact
 * for, quoting a line's worth of it. */
#define MAX_ARGUMENT_BYTES 4096

static const char *
get_argument (GSimpleAction *action,
              GVariant      *parameter)
{
  gsize length = 0;
  const char *argument;

  /* GLib refuses a parameter of another type before it gets here; the
   * checks are for a caller within the app */
  if (parameter == NULL || !g_variant_is_of_type (parameter, G_VARIANT_TYPE_STRING))
    {
      g_message ("app.%s: needs a string: ignored", g_action_get_name (G_ACTION (action)));
      return NULL;
    }
  argument = g_variant_get_string (parameter, &length);
  if (length > MAX_ARGUMENT_BYTES)
    {
      g_message ("app.%s: an argument of %" G_GSIZE_FORMAT " bytes, more than %d: ignored",
                 g_action_get_name (G_ACTION (action)), length, MAX_ARGUMENT_BYTES);
      return NULL;
    }
  return argument;
}

static void
show_page (OutreachWindow *window,
           const char     *id)
{
  outreach_window_show_page (window, id);
}

static void
show_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  const char *id = get_argument (action, parameter);

  if (id == NULL)
    return;
  if (*id == '\0')
    {
      g_message ("app.show: no page id given: ignored");
      return;
    }
  _outreach_application_present (user_data, show_page, id);
}

static void
search_action (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  const char *text = get_argument (action, parameter);

  /* an empty search opens the search bar, as Ctrl+F does */
  if (text != NULL)
    _outreach_application_present (user_data, outreach_window_search, text);
}

static void
present_tour (OutreachWindow *window,
              const char     *id)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "s", id);
}

/* A tour, full screen: "" for the pack's first */
static void
present_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  const char *id = get_argument (action, parameter);

  if (id != NULL)
    _outreach_application_present (user_data, present_tour, id);
}

/* "CONTACT[:PAGE]", as --mailto takes it: on that page, write to them */
static void
compose_action (GSimpleAction *action,
                GVariant      *parameter,
                gpointer       user_data)
{
  const char *spec = get_argument (action, parameter);

  if (spec == NULL)
    return;
  if (*spec == '\0')
    {
      g_message ("app.compose: no contact given: ignored");
      return;
    }
  _outreach_application_present (user_data, outreach_window_write_to, spec);
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

/* The About window names the app and its maker as the pack shown does (a
 * window's own, which follows its live updates, else the app's): nothing
 * in it names a unit the pack does not. A new one each time, so that it
 * says what the pack says now. */
static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  OutreachApplication *self = user_data;
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  g_autoptr(OutreachContent) content = NULL;
  const char *developers[] = { _("Outreach developers"), NULL };
  const char *maker[] = { NULL, NULL };
  const char *comments;
  GtkWidget *about;

  if (OUTREACH_IS_WINDOW (parent))
    g_object_get (parent, "content", &content, NULL);
  else if (self->content != NULL)
    content = g_object_ref (self->content);

  about = g_object_new (GTK_TYPE_ABOUT_DIALOG,
                        "transient-for", parent,
                        "modal", parent != NULL,
                        /* kept, hidden, until the next one or its window goes */
                        "hide-on-close", parent != NULL,
                        "logo-icon-name", APP_ID,
                        "version", PACKAGE_VERSION,
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "authors", developers,
                        /* Translators: put your names here, one per line */
                        "translator-credits", _("translator-credits"),
                        NULL);
  comments = content ? outreach_content_get_strapline (content) : NULL;
  gtk_about_dialog_set_comments (GTK_ABOUT_DIALOG (about),
                                 comments ? comments
                                          : _("Explore a unit, meet its people and get in touch"));
  if (content != NULL)
    {
      gtk_about_dialog_set_program_name (GTK_ABOUT_DIALOG (about),
                                         outreach_content_get_app_name (content));
      maker[0] = outreach_content_get_name (content);
      /* Translators: the About window's credits: who wrote the pages shown */
      gtk_about_dialog_add_credit_section (GTK_ABOUT_DIALOG (about), _("Content by"), maker);
    }
  else
    gtk_about_dialog_set_program_name (GTK_ABOUT_DIALOG (about), _("Outreach"));

  /* one at a time: the one shown before goes */
  if (parent != NULL)
    g_object_set_data_full (G_OBJECT (parent), "outreach-about", about,
                            (GDestroyNotify) gtk_window_destroy);
  gtk_window_present (GTK_WINDOW (about));
}

/* Text size, for projectors: the whole app's text, through the same
 * setting the desktop's text scaling uses, so every label and heading
 * grows alike. On a display station the text grows only while everything
 * still fits the screen (see zoom_action). */
/* The usual steps, as browsers and document viewers offer them: 200 %
 * is four presses away */
static const double zoom_steps[] = { 0.6, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0 };

/* The step after @zoom (1.0 being the desktop's size), up or down; @zoom
 * itself past the last one */
static double
zoom_step (double   zoom,
           gboolean larger)
{
  if (larger)
    {
      for (guint i = 0; i < G_N_ELEMENTS (zoom_steps); i++)
        if (zoom_steps[i] > zoom + 1e-6)
          return zoom_steps[i];
    }
  else
    {
      for (guint i = G_N_ELEMENTS (zoom_steps); i > 0; i--)
        if (zoom_steps[i - 1] < zoom - 1e-6)
          return zoom_steps[i - 1];
    }
  return zoom;
}

/* A control about to grey out keeps no keyboard: the focus goes to the
 * control beside it (the menu's size, beside + and −), before GTK drops it
 * to no one (and complains at each key after) */
static void
set_zoom_enabled (OutreachApplication *self,
                  const char          *name,
                  gboolean             enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);
  g_autofree char *detailed = g_strconcat ("app.", name, NULL);

  if (!enabled && g_action_get_enabled (action))
    for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
      {
        GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (l->data));
        GtkWidget *beside;

        if (focus == NULL || !GTK_IS_ACTIONABLE (focus) ||
            g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), detailed) != 0)
          continue;
        beside = gtk_widget_get_prev_sibling (focus);
        if (beside == NULL)
          beside = gtk_widget_get_next_sibling (focus);
        if (beside != NULL)
          gtk_widget_grab_focus (beside);
      }
  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

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
  /* Larger and Smaller Text greyed out at the ends of the steps */
  set_zoom_enabled (self, "zoom-in", zoom_step (self->zoom, TRUE) > self->zoom);
  set_zoom_enabled (self, "zoom-out", zoom_step (self->zoom, FALSE) < self->zoom);
}

/* A display station's window cannot grow past its screen: whatever its
 * minimum size exceeds is cut off. The size it has to fit is its monitor's
 * when it is full screen (turned, the monitor's size turns), else the size
 * it was given. */
static gboolean
station_size (GtkWindow *window,
              int       *width,
              int       *height)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == NULL)
    return FALSE;
  if (gtk_window_is_fullscreen (window))
    {
      GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (window)),
                                                                surface);
      GdkRectangle geometry;

      /* on no monitor yet, there is nothing to fit */
      if (monitor == NULL)
        return FALSE;
      gdk_monitor_get_geometry (monitor, &geometry);
      *width = geometry.width;
      *height = geometry.height;
      return *width > 0 && *height > 0;
    }
  gtk_window_get_default_size (window, width, height);
  return *width > 0 && *height > 0;
}

/* Whether @widget fits @width × @height: its minimum width, and at that
 * width its minimum height, or (@natural) its natural height — a QR code
 * sheet is a layer over the whole window, of no minimum height: the height
 * its card needs at that width is its natural height */
static gboolean
fits_within (GtkWidget *widget,
             int        width,
             int        height,
             gboolean   natural)
{
  int min_width, min_height, natural_height;

  gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  if (min_width > width)
    return FALSE;
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, &min_height, &natural_height, NULL, NULL);
  return (natural ? natural_height : min_height) <= height;
}

/* A side-by-side paned gives its end child less than its minimum when the
 * start child takes the rest (the sidebar keeps its width): the window's
 * minimum then leaves out what is cut off. Each paned under @widget, with
 * the whole @width, has to hold both children at their minimum. */
static gboolean
panes_fit (GtkWidget *widget,
           int        width)
{
  if (!gtk_widget_get_visible (widget) || GTK_IS_SCROLLED_WINDOW (widget))
    return TRUE;
  if (GTK_IS_PANED (widget) &&
      gtk_orientable_get_orientation (GTK_ORIENTABLE (widget)) == GTK_ORIENTATION_HORIZONTAL)
    {
      GtkPaned *paned = GTK_PANED (widget);
      GtkWidget *start = gtk_paned_get_start_child (paned), *end = gtk_paned_get_end_child (paned);
      int paned_min, start_min = 0, end_min = 0, handle;

      gtk_widget_measure (widget, GTK_ORIENTATION_HORIZONTAL, -1, &paned_min, NULL, NULL, NULL);
      if (start != NULL && gtk_widget_get_visible (start))
        gtk_widget_measure (start, GTK_ORIENTATION_HORIZONTAL, -1, &start_min, NULL, NULL, NULL);
      if (end != NULL && gtk_widget_get_visible (end))
        gtk_widget_measure (end, GTK_ORIENTATION_HORIZONTAL, -1, &end_min, NULL, NULL, NULL);
      handle = paned_min - (gtk_paned_get_shrink_start_child (paned) ? 0 : start_min) -
                           (gtk_paned_get_shrink_end_child (paned) ? 0 : end_min);
      /* a start child that does not resize keeps the divider's place */
      if (!gtk_paned_get_resize_start_child (paned) && start_min > 0)
        start_min = MAX (start_min, gtk_paned_get_position (paned));
      if (start_min + MAX (handle, 0) + end_min >
          width - gtk_widget_get_margin_start (widget) - gtk_widget_get_margin_end (widget))
        return FALSE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    if (!panes_fit (child, width))
      return FALSE;
  return TRUE;
}

/* @widget and every layer over it: the page, its sheets (the QR code, the
 * staff PIN pad), the attract screen, and the countdown even while it is
 * hidden (it comes up by itself) */
static gboolean
layers_fit (GtkWidget *widget,
            int        width,
            int        height)
{
  if (!gtk_widget_get_visible (widget))
    return TRUE;
  if (OUTREACH_IS_QR_SHEET (widget))
    return fits_within (widget, width, height, TRUE);
  if (GTK_IS_OVERLAY (widget))
    {
      for (GtkWidget *child = gtk_widget_get_first_child (widget); child;
           child = gtk_widget_get_next_sibling (child))
        if (!layers_fit (child, width, height))
          return FALSE;
      return TRUE;
    }
  if (GTK_IS_REVEALER (widget) && gtk_revealer_get_child (GTK_REVEALER (widget)) != NULL)
    return fits_within (gtk_revealer_get_child (GTK_REVEALER (widget)),
                        width - gtk_widget_get_margin_start (widget) - gtk_widget_get_margin_end (widget),
                        height - gtk_widget_get_margin_top (widget) - gtk_widget_get_margin_bottom (widget),
                        FALSE);
  return fits_within (widget, width, height, FALSE);
}

/* The app's window, if it is a station's */
static GtkWindow *
station_window (OutreachApplication *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l != NULL; l = l->next)
    if (OUTREACH_IS_WINDOW (l->data))
      return outreach_window_get_kiosk (l->data) ? l->data : NULL;
  return NULL;
}

/* Whether everything on a station's window fits its screen at the text
 * size now; TRUE off a station, and on a station not yet shown */
static gboolean
station_fits (OutreachApplication *self)
{
  GtkWindow *window = station_window (self);
  GtkWidget *child;
  int width, height;

  if (window == NULL || !station_size (window, &width, &height))
    return TRUE;
  child = gtk_window_get_child (window);
  return fits_within (GTK_WIDGET (window), width, height, FALSE) &&
         (child == NULL || (layers_fit (child, width, height) && panes_fit (child, width)));
}

/* On a station, after each layout (a turn of the screen, another page, a
 * sheet): a text size that no longer fits steps down until it does, never
 * below the desktop's. The frame clock lays the window out again before
 * it draws it. */
static void
on_station_layout (OutreachApplication *self)
{
  while (self->zoom > 1.0 && !station_fits (self))
    {
      self->zoom = MAX (zoom_step (self->zoom, FALSE), 1.0);
      apply_zoom (self);
    }
}

static void
watch_station_layout (OutreachApplication *self)
{
  GtkWindow *window = station_window (self);
  GdkFrameClock *clock = window != NULL ? gtk_widget_get_frame_clock (GTK_WIDGET (window)) : NULL;

  if (clock == NULL || g_object_get_data (G_OBJECT (clock), "outreach-zoom-fit") != NULL)
    return;
  /* after the window's own layout, which it connected when it was realized */
  g_signal_connect_object (clock, "layout", G_CALLBACK (on_station_layout), self, G_CONNECT_SWAPPED);
  g_object_set_data (G_OBJECT (clock), "outreach-zoom-fit", GINT_TO_POINTER (TRUE));
}

static void
zoom_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  OutreachApplication *self = user_data;
  const char *name = g_action_get_name (G_ACTION (action));
  double before = self->zoom;

  if (g_str_equal (name, "zoom-in"))
    self->zoom = zoom_step (self->zoom, TRUE);
  else if (g_str_equal (name, "zoom-out"))
    self->zoom = zoom_step (self->zoom, FALSE);
  else
    self->zoom = 1.0;
  apply_zoom (self);

  /* on a station, a step that would push anything past the screen is
   * refused: measured at that size, at once, before it is drawn */
  if (self->zoom > before && !station_fits (self))
    {
      self->zoom = before;
      apply_zoom (self);
    }
  if (self->zoom > 1.0)
    watch_station_layout (self);
}

/**
 * outreach_application_get_text_size:
 *
 * The text's size as the app has set it, for the main menu to show: it
 * changes with GtkSettings:gtk-xft-dpi, after this has.
 *
 * Returns: 1.0 for the desktop's size, 2.0 for twice that
 */
double
outreach_application_get_text_size (OutreachApplication *self)
{
  g_return_val_if_fail (OUTREACH_IS_APPLICATION (self), 1.0);

  return self->zoom;
}

/* A text size given back (after presenting), one of the steps or not */
void
_outreach_application_set_text_size (OutreachApplication *self,
                                     double               size)
{
  if (self->zoom == size)
    return;
  self->zoom = CLAMP (size, zoom_steps[0], zoom_steps[G_N_ELEMENTS (zoom_steps) - 1]);
  apply_zoom (self);
}

/* The desktop's text size again, for the next visitor to a station */
void
_outreach_application_reset_zoom (OutreachApplication *self)
{
  if (self->zoom == 1.0)
    return;
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
  { .name = "present", .activate = present_action, .parameter_type = "s" },
  { .name = "quit", .activate = quit_action },
  { .name = "about", .activate = about_action },
};

/* The app.* actions, and the shortcuts of every action, app.* and win.* */
void
_outreach_application_init_actions (OutreachApplication *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (shortcuts); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self), shortcuts[i].action,
                                           shortcuts[i].accels);
}

/* A display station: nothing on its keyboard may close or leave the app,
 * nor open another window. When staff leave the station, every shortcut
 * comes back as it was. */
void
_outreach_application_set_leaving_enabled (OutreachApplication *self,
                                           gboolean             enabled)
{
  static const char *leaving[] = { "app.quit", "window.close", "win.show-help-overlay" };
  static const char *none[] = { NULL };
  static const char *actions[] = { "quit", "about" };  /* About opens a window, with links */

  for (guint i = 0; i < G_N_ELEMENTS (leaving); i++)
    {
      if (enabled)
        set_shortcuts (self, leaving[i]);
      else
        gtk_application_set_accels_for_action (GTK_APPLICATION (self), leaving[i], none);
    }
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self),
                                                                              actions[i])),
                                 enabled);
}
