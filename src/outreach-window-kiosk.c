/* outreach-window-kiosk.c: the careers-fair display station
 *
 * On a station the window fills the screen with no way out by keyboard,
 * keeps the screen awake, and never launches anything: mail and web links
 * become QR codes to scan. Any input counts as activity. After a quiet
 * spell a countdown lets the visitor stay; then everything returns to the
 * start (outreach_window_reset()) and an attract screen cycles through the
 * unit's highlights and people until the next touch.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "outreach-button.h"
#include "outreach-compose-window.h"
#include "outreach-debug.h"
#include "outreach-link.h"
#include "outreach-message.h"
#include "outreach-profile.h"
#include "outreach-qr-texture.h"
#include "outreach-settings.h"
#include "outreach-window-private.h"

#define IDLE_TICK_MS        250
#define QR_PIXELS_PER_MODULE 6

/* Activity */

static void
hide_attract (OutreachWindow *self)
{
  g_clear_handle_id (&self->attract_source, g_source_remove);
  gtk_widget_set_visible (self->attract_box, FALSE);
}

static void
note_activity (OutreachWindow *self)
{
  self->last_activity = g_get_monotonic_time ();
  gtk_revealer_set_reveal_child (self->countdown_revealer, FALSE);
}

static gboolean
on_any_event (OutreachWindow           *self,
              GdkEvent                 *event,
              GtkEventControllerLegacy *controller)
{
  double x, y;

  switch (gdk_event_get_event_type (event))
    {
    case GDK_MOTION_NOTIFY:
      /* GTK repeats the pointer's position when what is under it changes
       * (the countdown's text, a slide): only a pointer that moved is a
       * visitor, or the countdown would keep itself going */
      gdk_event_get_position (event, &x, &y);
      if (x == self->pointer_x && y == self->pointer_y)
        break;
      self->pointer_x = x;
      self->pointer_y = y;
      note_activity (self);
      break;

    case GDK_BUTTON_PRESS:
    case GDK_BUTTON_RELEASE:
    case GDK_KEY_PRESS:
    case GDK_KEY_RELEASE:
    case GDK_SCROLL:
    case GDK_TOUCH_BEGIN:
    case GDK_TOUCH_UPDATE:
    case GDK_TOUCH_END:
    case GDK_TOUCHPAD_SWIPE:
    case GDK_TOUCHPAD_PINCH:
      note_activity (self);
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

/* The attract screen */

static GtkWidget *
slide (const char *kicker,
       const char *title,
       const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *labels[3] = {
    gtk_label_new (kicker), gtk_label_new (title), text ? gtk_label_new (text) : NULL,
  };
  static const char *classes[] = { "attract-kicker", "attract-title", "attract-text" };

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 96);
  gtk_widget_set_margin_end (box, 96);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (labels[i] == NULL)
        continue;
      gtk_label_set_wrap (GTK_LABEL (labels[i]), TRUE);
      gtk_label_set_justify (GTK_LABEL (labels[i]), GTK_JUSTIFY_CENTER);
      gtk_label_set_max_width_chars (GTK_LABEL (labels[i]), 48);
      gtk_widget_add_css_class (labels[i], classes[i]);
      gtk_box_append (GTK_BOX (box), labels[i]);
    }
  return box;
}

/* The unit's highlights, then its people, interleaved, from the pack. */
static void
build_slides (OutreachWindow *self)
{
  GListModel *units = outreach_content_get_units (self->content);
  GListModel *profiles = outreach_content_get_profiles (self->content);
  g_autoptr(OutreachUnit) root = g_list_model_get_item (units, 0);
  GListModel *capabilities = root ? outreach_node_get_children (OUTREACH_NODE (root)) : NULL;
  guint n_capabilities = capabilities ? g_list_model_get_n_items (capabilities) : 0;
  guint n_profiles = g_list_model_get_n_items (profiles);
  GtkWidget *child;
  guint p = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->attract_stack))) != NULL)
    gtk_stack_remove (self->attract_stack, child);

  gtk_stack_add_child (self->attract_stack,
                       slide (outreach_content_get_short_name (self->content),
                              outreach_content_get_name (self->content),
                              outreach_content_get_strapline (self->content)));

  for (guint i = 0; i < n_capabilities || p < n_profiles; i++)
    {
      if (i < n_capabilities)
        {
          g_autoptr(OutreachUnit) unit = g_list_model_get_item (capabilities, i);
          const char * const *description = outreach_unit_get_description (unit);
          const char *abbreviation = outreach_unit_get_abbreviation (unit);
          g_autofree char *title = abbreviation
            ? g_strdup_printf ("%s (%s)", outreach_unit_get_name (unit), abbreviation)
            : g_strdup (outreach_unit_get_name (unit));

          gtk_stack_add_child (self->attract_stack,
                               slide (_("Our capabilities"), title, description ? description[0] : NULL));
        }
      /* a person after every third capability */
      if (p < n_profiles && (i % 3 == 2 || i >= n_capabilities))
        {
          g_autoptr(OutreachProfile) profile = g_list_model_get_item (profiles, p++);
          OutreachUnit *team = outreach_profile_get_team (profile);
          const char *quote = outreach_profile_get_quote (profile);
          g_autofree char *quoted = quote ? g_strdup_printf ("“%s”", quote) : NULL;
          g_autofree char *who = g_strdup_printf ("%s, %s%s%s", outreach_profile_get_name (profile),
                                                  outreach_profile_get_role (profile),
                                                  team ? " · " : "",
                                                  team ? outreach_unit_get_name (team) : "");

          gtk_stack_add_child (self->attract_stack,
                               slide (_("Meet our people"), quoted ? quoted : who, quoted ? who : NULL));
        }
    }
}

static gboolean
next_slide (gpointer data)
{
  OutreachWindow *self = data;
  GtkWidget *visible = gtk_stack_get_visible_child (self->attract_stack);
  GtkWidget *next = visible ? gtk_widget_get_next_sibling (visible) : NULL;

  if (next == NULL)
    next = gtk_widget_get_first_child (GTK_WIDGET (self->attract_stack));
  if (next != NULL)
    gtk_stack_set_visible_child (self->attract_stack, next);
  return G_SOURCE_CONTINUE;
}

static void
show_attract (OutreachWindow *self)
{
  build_slides (self);
  gtk_widget_set_visible (self->attract_box, TRUE);
  _outreach_debug_note_next_frame (self->attract_box, "attract");
  g_clear_handle_id (&self->attract_source, g_source_remove);
  self->attract_source = g_timeout_add (MAX (self->attract_seconds, 1) * 1000, next_slide, self);
}

static void
on_attract_touched (OutreachWindow *self)
{
  /* the first touch only wakes the station: it lands on Home */
  hide_attract (self);
  note_activity (self);
  _outreach_window_navigate_home (self);
}

static gboolean
on_attract_key (OutreachWindow        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  if (!gtk_widget_get_visible (self->attract_box))
    return GDK_EVENT_PROPAGATE;
  on_attract_touched (self);
  return GDK_EVENT_STOP;
}

/* The idle clock */

static gboolean
idle_tick (gpointer data)
{
  OutreachWindow *self = data;
  gint64 idle_us, limit_us, warn_us;
  idle_us = g_get_monotonic_time () - self->last_activity;
  limit_us = (gint64) self->idle_seconds * G_USEC_PER_SEC;
  warn_us = limit_us - (gint64) self->warning_seconds * G_USEC_PER_SEC;

  if (gtk_widget_get_visible (self->attract_box))
    return G_SOURCE_CONTINUE;

  if (idle_us >= limit_us)
    {
      outreach_window_reset (self);
      show_attract (self);
    }
  else if (idle_us >= warn_us && idle_us >= limit_us / 2)
    {
      guint left = (guint) ((limit_us - idle_us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);
      g_autofree char *text =
        g_strdup_printf (ngettext ("Are you still there? This screen starts again in %u second. "
                                   "Touch anywhere to carry on.",
                                   "Are you still there? This screen starts again in %u seconds. "
                                   "Touch anywhere to carry on.", left), left);

      gtk_label_set_text (self->countdown_label, text);
      gtk_revealer_set_reveal_child (self->countdown_revealer, TRUE);
    }
  return G_SOURCE_CONTINUE;
}

static void
on_fullscreened (OutreachWindow *self)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)) && self->kiosk)
    _outreach_debug_note_next_frame (GTK_WIDGET (self), "fullscreen");
}

static void
still_here_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  note_activity (OUTREACH_WINDOW (widget));
}

static void
start_again_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);

  /* the visitor wipes the screen themselves */
  outreach_window_reset (self);
  note_activity (self);
}

/* Links: launched on a desktop, a QR code on a station */

static void
close_window (GtkButton *button,
              GtkWindow *window)
{
  gtk_window_destroy (window);
}

static GtkWidget *
big_qr (const char  *text,
        const char  *description,
        GError     **error)
{
  g_autoptr(OutreachQr) qr = outreach_qr_new (text, error);
  g_autoptr(GdkTexture) texture = NULL;
  GtkWidget *picture;

  if (qr == NULL)
    return NULL;

  texture = outreach_qr_texture_new (qr, QR_PIXELS_PER_MODULE);
  picture = gtk_picture_new_for_paintable (GDK_PAINTABLE (texture));
  gtk_picture_set_can_shrink (GTK_PICTURE (picture), TRUE);
  gtk_widget_set_size_request (picture, 360, 360);
  gtk_accessible_update_property (GTK_ACCESSIBLE (picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, description,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, text,
                                  -1);
  return picture;
}

static void
close_sheet (OutreachWindow *self)
{
  if (self->sheet == NULL)
    return;
  gtk_overlay_remove_overlay (self->overlay, self->sheet);
  self->sheet = NULL;
}

static void
on_sheet_done (OutreachWindow *self)
{
  close_sheet (self);
  note_activity (self);
}

/* On a station a link or a message is a sheet over the page, not a window:
 * a large QR code with the address printed beneath. Sheets come and go with
 * every visitor; windows shown and hidden as often made the process grow in
 * the soak test (some 10 KiB each time, in GTK 4.8), sheets do not. */
static void
show_sheet (OutreachWindow *self,
            const char     *title,
            const char     *qr_text,
            const char     *qr_description,
            const char     *printed,
            const char     *hint)
{
  GtkWidget *scrim = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 16);
  GtkWidget *heading = g_object_new (GTK_TYPE_LABEL, "label", title, "wrap", TRUE,
                                     "justify", GTK_JUSTIFY_CENTER,
                                     "accessible-role", GTK_ACCESSIBLE_ROLE_HEADING, NULL);
  GtkWidget *address = gtk_label_new (printed);
  GtkWidget *note = gtk_label_new (hint);
  GtkWidget *done = outreach_button_new_with_mnemonic (_("_Done"));
  GtkWidget *picture = big_qr (qr_text, qr_description, NULL);

  close_sheet (self);

  gtk_widget_add_css_class (scrim, "sheet-scrim");
  gtk_widget_add_css_class (card, "sheet");
  gtk_widget_set_halign (card, GTK_ALIGN_CENTER);
  gtk_widget_set_valign (card, GTK_ALIGN_CENTER);
  gtk_widget_set_vexpand (card, TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);

  gtk_widget_add_css_class (heading, "title-2");
  gtk_box_append (GTK_BOX (card), heading);
  if (picture != NULL)
    gtk_box_append (GTK_BOX (card), picture);
  gtk_label_set_wrap (GTK_LABEL (address), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (address), PANGO_WRAP_CHAR);
  gtk_label_set_max_width_chars (GTK_LABEL (address), 48);
  gtk_label_set_justify (GTK_LABEL (address), GTK_JUSTIFY_CENTER);
  gtk_widget_add_css_class (address, "title-4");
  gtk_box_append (GTK_BOX (card), address);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (note), 44);
  gtk_label_set_justify (GTK_LABEL (note), GTK_JUSTIFY_CENTER);
  gtk_box_append (GTK_BOX (card), note);
  gtk_widget_add_css_class (done, "suggested-action");
  gtk_widget_add_css_class (done, "pill");
  gtk_widget_set_halign (done, GTK_ALIGN_CENTER);
  g_signal_connect_object (done, "clicked", G_CALLBACK (on_sheet_done), self, G_CONNECT_SWAPPED);
  gtk_box_append (GTK_BOX (card), done);

  gtk_box_append (GTK_BOX (scrim), card);
  self->sheet = scrim;
  gtk_overlay_add_overlay (self->overlay, scrim);
  _outreach_debug_note_next_frame (scrim, "sheet");
  gtk_widget_grab_focus (done);
}

static void
show_link_qr (OutreachWindow *self,
              const char     *uri)
{
  g_autofree char *description = g_strdup_printf (_("QR code of the web address %s"), uri);

  show_sheet (self, _("Open this page on your phone"), uri, description, uri,
              _("Scan the code with your phone’s camera to open the page there."));
}

/**
 * _outreach_window_show_message_sheet:
 *
 * A message on a station: its QR code, to write it on the visitor's phone.
 */
void
_outreach_window_show_message_sheet (OutreachWindow  *self,
                                     OutreachMessage *message)
{
  OutreachContact *contact = outreach_message_get_contact (message);
  g_autofree char *uri = outreach_message_dup_uri (message);
  g_autofree char *title = g_strdup_printf (_("Write to %s"), outreach_contact_get_name (contact));
  g_autofree char *description = g_strdup_printf (_("QR code of an email to %s"),
                                                  outreach_contact_get_address (contact));
  g_autofree char *printed = g_strdup_printf ("%s\n%s", outreach_contact_get_address (contact),
                                              outreach_message_get_subject (message));

  show_sheet (self, title, uri, description, printed,
              _("Scan the code with your phone’s camera: the email opens on your phone, "
                "ready to send."));
}

/**
 * outreach_window_get_sheet:
 *
 * Returns: (transfer none) (nullable): the QR code sheet over the page, on a station
 */
GtkWidget *
outreach_window_get_sheet (OutreachWindow *self)
{
  return self->sheet;
}

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);
  const char *uri = g_variant_get_string (parameter, NULL);

  /* the pack's links are checked already; anything else is never opened */
  if (!outreach_link_is_web_address (uri))
    return;

  if (self->kiosk)
    show_link_qr (self, uri);
  else
    {
      g_autoptr(GdkAppLaunchContext) context =
        gdk_display_get_app_launch_context (gtk_widget_get_display (widget));

      g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, NULL, NULL);
    }
}

/* Leaving the station, for staff: a long press on the top-right corner,
 * then the PIN set in GSettings. With no PIN set there is no way out. */

static void
leave_kiosk (OutreachWindow *self)
{
  g_clear_pointer (&self->pin_window, gtk_window_destroy);
  outreach_window_set_kiosk (self, FALSE);
}

static void
on_pin_digit (GtkButton      *button,
              OutreachWindow *self)
{
  g_autoptr(GSettings) settings = NULL;
  g_autofree char *pin = NULL;
  GtkLabel *dots = g_object_get_data (G_OBJECT (self->pin_window), "dots");
  const char *digit = g_object_get_data (G_OBJECT (button), "digit");
  GString *shown;

  g_string_append (self->pin, digit);
  shown = g_string_new (NULL);
  for (gsize i = 0; i < self->pin->len; i++)
    g_string_append (shown, "●");
  gtk_label_set_text (dots, shown->str);
  g_string_free (shown, TRUE);

  pin = outreach_window_dup_exit_pin (self);
  if (pin != NULL && self->pin->len >= strlen (pin))
    {
      if (strcmp (self->pin->str, pin) == 0)
        leave_kiosk (self);
      else
        {
          g_string_truncate (self->pin, 0);
          gtk_label_set_text (dots, _("Wrong PIN: try again"));
        }
    }
}

static void
show_pin_pad (OutreachWindow *self)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *grid = gtk_grid_new ();
  GtkWidget *dots = gtk_label_new (_("Staff PIN"));
  GtkWidget *cancel = outreach_button_new_with_mnemonic (_("_Cancel"));

  gtk_window_set_title (GTK_WINDOW (window), _("Leave Display-Station Mode"));
  gtk_window_set_modal (GTK_WINDOW (window), TRUE);
  gtk_window_set_transient_for (GTK_WINDOW (window), GTK_WINDOW (self));
  gtk_widget_add_css_class (window, "kiosk");
  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 24);
  gtk_widget_set_margin_end (box, 24);
  gtk_widget_add_css_class (dots, "title-2");
  gtk_box_append (GTK_BOX (box), dots);

  gtk_grid_set_row_spacing (GTK_GRID (grid), 8);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 8);
  gtk_widget_set_halign (grid, GTK_ALIGN_CENTER);
  for (guint d = 0; d < 10; d++)
    {
      static const char *digits[] = { "0", "1", "2", "3", "4", "5", "6", "7", "8", "9" };
      GtkWidget *button = gtk_button_new_with_label (digits[d]);
      guint cell = d == 0 ? 10 : d - 1;

      g_object_set_data (G_OBJECT (button), "digit", (gpointer) digits[d]);
      gtk_widget_set_size_request (button, 64, 64);
      g_signal_connect_object (button, "clicked", G_CALLBACK (on_pin_digit), self, 0);
      gtk_grid_attach (GTK_GRID (grid), button, cell % 3, cell / 3, 1, 1);
    }
  gtk_box_append (GTK_BOX (box), grid);
  g_signal_connect_object (cancel, "clicked", G_CALLBACK (close_window), window, 0);
  gtk_box_append (GTK_BOX (box), cancel);
  gtk_window_set_child (GTK_WINDOW (window), box);

  g_string_truncate (self->pin, 0);
  g_object_set_data (G_OBJECT (window), "dots", dots);
  self->pin_window = GTK_WINDOW (window);
  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &self->pin_window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
on_corner_long_press (OutreachWindow *self)
{
  g_autofree char *pin = outreach_window_dup_exit_pin (self);

  if (self->kiosk && pin != NULL)
    show_pin_pad (self);
}

/**
 * outreach_window_dup_exit_pin:
 *
 * Returns: (transfer full) (nullable): the staff PIN, or %NULL if none is set
 */
char *
outreach_window_dup_exit_pin (OutreachWindow *self)
{
  g_autofree char *pin = NULL;

  if (self->settings != NULL)
    pin = g_settings_get_string (self->settings, "kiosk-exit-pin");
  return pin != NULL && *pin != '\0' ? g_steal_pointer (&pin) : NULL;
}

/* Public */

/**
 * outreach_window_reset:
 *
 * Returns everything to the start, for the next visitor: Home, no search,
 * the tree collapsed and at its top, no history, no message, no QR code,
 * every text field empty.
 */
void
outreach_window_reset (OutreachWindow *self)
{
  _outreach_window_close_children (self);
  close_sheet (self);
  outreach_sidebar_collapse_all (self->sidebar);
  /* an empty history, no search, Home */
  g_object_set (self, "content", self->content, NULL);
  /* the tree scrolls to Home, its first row, once laid out (see scroll_to_row()) */
  gtk_revealer_set_reveal_child (self->countdown_revealer, FALSE);
  g_signal_emit_by_name (self, "reset");
}

/**
 * outreach_window_set_kiosk:
 *
 * Turns display-station mode on or off (see outreach-window-kiosk.c).
 */
void
outreach_window_set_kiosk (OutreachWindow *self,
                           gboolean        kiosk)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (self->kiosk == kiosk)
    return;
  self->kiosk = kiosk;

  /* the header bar is in the window (see the template), so it stays on a
   * full screen; only the window's own buttons go */
  gtk_header_bar_set_show_title_buttons (GTK_HEADER_BAR (self->header_bar), !kiosk);
  gtk_widget_set_visible (self->menu_button, !kiosk);
  gtk_widget_set_visible (self->exit_corner, kiosk);
  gtk_widget_set_visible (self->start_again_button, kiosk);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-again", kiosk);
  if (kiosk)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "kiosk");
      gtk_window_fullscreen (GTK_WINDOW (self));
      self->last_activity = g_get_monotonic_time ();
      if (self->idle_source == 0)
        self->idle_source = g_timeout_add (IDLE_TICK_MS, idle_tick, self);
      if (app != NULL && self->inhibit_cookie == 0)
        self->inhibit_cookie = gtk_application_inhibit (app, GTK_WINDOW (self),
                                                        GTK_APPLICATION_INHIBIT_IDLE |
                                                        GTK_APPLICATION_INHIBIT_SUSPEND,
                                                        _("A display station is showing the unit"));
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "kiosk");
      gtk_window_unfullscreen (GTK_WINDOW (self));
      g_clear_handle_id (&self->idle_source, g_source_remove);
      hide_attract (self);
      gtk_revealer_set_reveal_child (self->countdown_revealer, FALSE);
      if (app != NULL && self->inhibit_cookie != 0)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
  g_object_notify (G_OBJECT (self), "kiosk");
}

gboolean
outreach_window_get_kiosk (OutreachWindow *self)
{
  return self->kiosk;
}

/**
 * outreach_window_set_idle_times:
 * @idle_seconds: quiet time before everything resets
 * @warning_seconds: how long before that the countdown shows
 * @attract_seconds: how long each slide of the attract screen shows
 */
void
outreach_window_set_idle_times (OutreachWindow *self,
                                guint           idle_seconds,
                                guint           warning_seconds,
                                guint           attract_seconds)
{
  self->idle_seconds = MAX (idle_seconds, 1);
  self->warning_seconds = warning_seconds;
  self->attract_seconds = MAX (attract_seconds, 1);
}

gboolean
outreach_window_get_attract_shown (OutreachWindow *self)
{
  return gtk_widget_get_visible (self->attract_box);
}

/* Set-up */

void
_outreach_window_kiosk_dispose (OutreachWindow *self)
{
  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_handle_id (&self->attract_source, g_source_remove);
  if (self->inhibit_cookie != 0 && gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    gtk_application_uninhibit (gtk_window_get_application (GTK_WINDOW (self)), self->inhibit_cookie);
  self->inhibit_cookie = 0;
  if (self->pin != NULL)
    g_string_free (self->pin, TRUE);
  self->pin = NULL;
}

void
_outreach_window_kiosk_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, countdown_revealer);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, countdown_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, attract_box);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, attract_stack);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, exit_corner);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, start_again_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, main_box);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, overlay);

  gtk_widget_class_install_action (widget_class, "win.still-here", NULL, still_here_action);
  gtk_widget_class_install_action (widget_class, "win.start-again", NULL, start_again_action);
  gtk_widget_class_install_action (widget_class, "win.open-link", "s", open_link_action);
}

void
_outreach_window_kiosk_init (OutreachWindow *self)
{
  GtkEventController *legacy = gtk_event_controller_legacy_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();
  GtkGesture *touch = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->pin = g_string_new (NULL);
  self->idle_seconds = outreach_settings_get_default_uint (APP_ID, "kiosk-idle-seconds");
  self->warning_seconds = outreach_settings_get_default_uint (APP_ID, "kiosk-warning-seconds");
  self->attract_seconds = outreach_settings_get_default_uint (APP_ID, "kiosk-attract-seconds");
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-again", FALSE);

  /* every event, before anything handles it, counts as activity */
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  g_signal_connect_object (legacy, "event", G_CALLBACK (on_any_event), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), legacy);

  /* held for twice the desktop's long press (a second), not a stray tap */
  gtk_gesture_long_press_set_delay_factor (GTK_GESTURE_LONG_PRESS (long_press), 2.0);
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), FALSE);
  g_signal_connect_object (long_press, "pressed", G_CALLBACK (on_corner_long_press), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->exit_corner, GTK_EVENT_CONTROLLER (long_press));

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_fullscreened), NULL);
  g_signal_connect_object (touch, "pressed", G_CALLBACK (on_attract_touched), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->attract_box, GTK_EVENT_CONTROLLER (touch));
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_attract_key), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
