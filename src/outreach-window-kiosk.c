/* outreach-window-kiosk.c: the careers-fair display station
 *
 * On a station the window fills the screen with no way out by keyboard,
 * keeps the screen awake, and never launches anything: mail and web links
 * become QR codes to scan (OutreachQrSheet). Any input counts as activity.
 * After a quiet spell a countdown (OutreachCountdown) lets the visitor
 * stay; then everything returns to the start (outreach_window_reset()) and
 * an attract screen (OutreachAttractScreen) cycles through the unit's
 * highlights and people until the next touch. Staff leave with a long
 * press on the header's title, where no control is, and the PIN
 * (OutreachPinPad).
 *
 * This file holds the window's side: the idle clock, and when each of
 * those pieces shows.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-debug.h"
#include "outreach-exit-pin.h"
#include "outreach-pin-pad.h"
#include "outreach-qr-sheet.h"
#include "outreach-settings.h"
#include "outreach-text.h"
#include "outreach-window-private.h"
#include "outreach-accessible.h"

#define IDLE_TICK_MS 250

/* Activity */

void
_outreach_window_note_activity (OutreachWindow *self)
{
  self->last_activity = g_get_monotonic_time ();
  gtk_revealer_set_reveal_child (self->countdown_revealer, FALSE);
}

/* Where @event happened, in the coordinates of the window's own surface.
 * A pop-up (a popover, the emoji chooser) is a surface of its own whose
 * events count from its own corner: the same spot on the screen has other
 * numbers there. Each pop-up knows where it sits on its parent. */
static gboolean
event_position_on_toplevel (GdkEvent *event,
                            double   *x,
                            double   *y)
{
  GdkSurface *surface = gdk_event_get_surface (event);

  if (!gdk_event_get_position (event, x, y))
    return FALSE;
  while (surface != NULL && GDK_IS_POPUP (surface))
    {
      *x += gdk_popup_get_position_x (GDK_POPUP (surface));
      *y += gdk_popup_get_position_y (GDK_POPUP (surface));
      surface = gdk_popup_get_parent (GDK_POPUP (surface));
    }
  return TRUE;
}

/* Whether @event puts a pointer or a finger somewhere else than where
 * @self last saw it. Each device counts for itself: on Wayland a touch
 * screen is a device of its own, and a tap there leaves the mouse where it was. */
static gboolean
event_moved (OutreachWindow *self,
             GdkEvent       *event)
{
  GdkDevice *device = gdk_event_get_device (event);
  graphene_point_t *seen;
  double x, y;
  gboolean moved;

  if (device == NULL || self->pointer_positions == NULL ||
      !event_position_on_toplevel (event, &x, &y))
    return FALSE;
  seen = g_hash_table_lookup (self->pointer_positions, device);
  if (seen == NULL)
    {
      seen = g_new0 (graphene_point_t, 1);
      /* the key is never dereferenced: devices last as long as the display */
      g_hash_table_insert (self->pointer_positions, device, seen);
      moved = TRUE;
    }
  else
    moved = seen->x != (float) x || seen->y != (float) y;
  graphene_point_init (seen, x, y);
  return moved;
}

/* Whether @event is a key a sheet uses: moving between its buttons and
 * pressing them, Escape to close it; for the staff PIN pad the digits and
 * Delete, for a QR code the text size */
static gboolean
is_sheet_key (GdkEvent *event,
              gboolean  pin_pad)
{
  GdkModifierType held = gdk_event_get_modifier_state (event) &
                         (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_HYPER_MASK | GDK_META_MASK);
  guint keyval = gdk_key_event_get_keyval (event);

  /* the text size (Ctrl+plus, Ctrl+minus, Ctrl+0) is the visitor's over a
   * QR code too: it changes nothing behind it */
  if (!pin_pad && held == GDK_CONTROL_MASK)
    switch (keyval)
      {
      case GDK_KEY_plus: case GDK_KEY_equal: case GDK_KEY_KP_Add:
      case GDK_KEY_minus: case GDK_KEY_KP_Subtract: case GDK_KEY_0: case GDK_KEY_KP_0:
        return TRUE;
      default:
        return FALSE;
      }
  if (held != 0)
    return FALSE;
  if (pin_pad &&
      ((keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9) || (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)))
    return TRUE;
  switch (keyval)
    {
    case GDK_KEY_BackSpace: case GDK_KEY_Delete: case GDK_KEY_KP_Delete:
      return pin_pad;
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
    case GDK_KEY_Escape: case GDK_KEY_space: case GDK_KEY_KP_Space:
    case GDK_KEY_Tab: case GDK_KEY_ISO_Left_Tab: case GDK_KEY_KP_Tab:
    case GDK_KEY_Left: case GDK_KEY_Right: case GDK_KEY_Up: case GDK_KEY_Down:
    case GDK_KEY_KP_Left: case GDK_KEY_KP_Right: case GDK_KEY_KP_Up: case GDK_KEY_KP_Down:
    case GDK_KEY_Shift_L: case GDK_KEY_Shift_R: case GDK_KEY_Num_Lock:
      return TRUE;
    default:
      return FALSE;
    }
}

/* While a sheet is up nothing behind it hears the visitor: only the
 * sheet's own keys go on (a shortcut, Alt+Left, Ctrl+F or F6 would change
 * or search the page under a code about the old one, or, behind the staff
 * PIN pad, take the keyboard to the search field, where the PIN typed next
 * would show to the room), Escape closes a QR code sheet as Done does, and
 * the mouse's back and forward buttons do nothing. This runs before the
 * application's shortcuts (it is the window's first controller); the
 * page behind is insensitive to the pointer (show_sheet). */
static gboolean
sheet_filters_event (OutreachWindow *self,
                     GdkEvent       *event)
{
  GdkEventType type = gdk_event_get_event_type (event);

  /* (over the attract screen, any key wakes the station, to a clean Home) */
  if (self->sheet == NULL || gtk_widget_get_visible (GTK_WIDGET (self->attract_box)))
    return FALSE;
  if (type == GDK_KEY_PRESS || type == GDK_KEY_RELEASE)
    {
      gboolean pin_pad = OUTREACH_IS_PIN_PAD (self->sheet);

      if (!is_sheet_key (event, pin_pad))
        return TRUE;
      if (!pin_pad && type == GDK_KEY_PRESS && gdk_key_event_get_keyval (event) == GDK_KEY_Escape)
        {
          g_signal_emit_by_name (self->sheet, "done");
          return TRUE;
        }
      return FALSE;
    }
  if (type == GDK_BUTTON_PRESS || type == GDK_BUTTON_RELEASE)
    return gdk_button_event_get_button (event) > GDK_BUTTON_SECONDARY;
  return FALSE;
}

static gboolean
on_any_event (OutreachWindow           *self,
              GdkEvent                 *event,
              GtkEventControllerLegacy *controller)
{
  /* GTK repeats the pointer's position when what is under it changes (the
   * countdown appearing, a slide): only a pointer that moved is a visitor,
   * or the countdown would keep itself going. So every event that says
   * where a pointer or a finger is (a click, a tap, a scroll, crossing
   * into a pop-up) tells the clock, not only motion: after a tap or a
   * click in a pop-up, the repeated position is where the visitor was. */
  gboolean moved = event_moved (self, event);

  switch (gdk_event_get_event_type (event))
    {
    case GDK_MOTION_NOTIFY:
      if (moved)
        _outreach_window_note_activity (self);
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
      _outreach_window_note_activity (self);
      break;
    default:
      break;
    }

  return sheet_filters_event (self, event) ? GDK_EVENT_STOP : GDK_EVENT_PROPAGATE;
}

/* The attract screen */

static void
on_attract_touched (OutreachWindow *self)
{
  /* the first touch only wakes the station: it lands on Home, reset again
   * for whatever came while the attract screen showed (a program on the
   * bus may have searched, zoomed or opened a sheet) */
  gtk_widget_set_visible (GTK_WIDGET (self->attract_box), FALSE);
  outreach_window_reset (self);
  _outreach_window_note_activity (self);
}

static gboolean
on_attract_key (OutreachWindow        *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  if (!gtk_widget_get_visible (GTK_WIDGET (self->attract_box)))
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

  if (gtk_widget_get_visible (GTK_WIDGET (self->attract_box)))
    return G_SOURCE_CONTINUE;

  if (idle_us >= limit_us)
    {
      outreach_window_reset (self);
      gtk_widget_set_visible (GTK_WIDGET (self->attract_box), TRUE);
    }
  else if (idle_us >= warn_us && idle_us >= limit_us / 2)
    {
      guint left = (guint) ((limit_us - idle_us + G_USEC_PER_SEC - 1) / G_USEC_PER_SEC);

      outreach_countdown_set_seconds_left (self->countdown, left);
      gtk_widget_set_visible (GTK_WIDGET (self->countdown_revealer), TRUE);
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

/* Leaving the station, for staff: a long press on the header's title,
 * then the PIN whose hash is set in GSettings (outreach-exit-pin.c). With
 * none set, or one not in the hashed form, there is no way out. The pad is
 * a sheet, like a QR code: its taps keep the visitor reset away, and the
 * reset takes it away. Its wrong PINs count in the window, not in the pad,
 * so that neither closing it nor the reset unlocks it. */

static void
leave_kiosk (OutreachWindow *self)
{
  _outreach_window_close_sheet (self);
  outreach_window_set_kiosk (self, FALSE);
}

static void
on_corner_long_press (OutreachWindow *self)
{
  g_autofree char *pin = outreach_window_dup_exit_pin (self);
  GtkWidget *pad;

  if (!self->kiosk || pin == NULL)
    return;

  if (self->exit_pin_lock == NULL)
    self->exit_pin_lock = outreach_exit_pin_lock_new ();
  pad = outreach_pin_pad_new (pin, self->exit_pin_lock);
  g_signal_connect_object (pad, "accepted", G_CALLBACK (leave_kiosk), self, G_CONNECT_SWAPPED);
  _outreach_window_show_sheet (self, pad);
}

/**
 * outreach_window_dup_exit_pin:
 *
 * The staff PIN as stored: `pbkdf2-sha256$…`, as `serocu-outreach
 * --hash-exit-pin` prints it. A value in any other form (an old plain PIN)
 * lets no one out, and says so in the journal.
 *
 * Returns: (transfer full) (nullable): the stored staff PIN, or %NULL if none
 *   is set or it is not a hash
 */
char *
outreach_window_dup_exit_pin (OutreachWindow *self)
{
  g_autofree char *pin = NULL;
  g_autoptr(GError) error = NULL;

  if (self->settings != NULL)
    pin = g_settings_get_string (self->settings, "kiosk-exit-pin");
  if (pin == NULL || *pin == '\0')
    return NULL;
  if (!outreach_exit_pin_is_hashed (pin, &error))
    {
      g_warning ("kiosk-exit-pin: %s", error->message);
      return NULL;
    }
  return g_steal_pointer (&pin);
}

/* Public */

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
      gtk_widget_set_visible (GTK_WIDGET (self->attract_box), FALSE);
      gtk_revealer_set_reveal_child (self->countdown_revealer, FALSE);
      if (app != NULL && self->inhibit_cookie != 0)
        gtk_application_uninhibit (app, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
  _outreach_window_station_changed (self);
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
  outreach_attract_screen_set_slide_seconds (self->attract_box, attract_seconds);
}

gboolean
outreach_window_get_attract_shown (OutreachWindow *self)
{
  return gtk_widget_get_visible (GTK_WIDGET (self->attract_box));
}

/* Set-up */

void
_outreach_window_kiosk_dispose (OutreachWindow *self)
{
  g_clear_pointer (&self->pointer_positions, g_hash_table_unref);
  g_clear_handle_id (&self->idle_source, g_source_remove);
  g_clear_pointer (&self->exit_pin_lock, outreach_exit_pin_lock_unref);
  if (self->inhibit_cookie != 0 && gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    gtk_application_uninhibit (gtk_window_get_application (GTK_WINDOW (self)), self->inhibit_cookie);
  self->inhibit_cookie = 0;
}

/* The attract screen covers the window, no more and no less. GtkOverlay
 * would make a layer as tall as the layer needs at its narrowest (GTK
 * measures its height for its minimum width): for the slides, whose
 * labels wrap, that is far taller than the screen, and the screen,
 * centred on that height, is drawn low, its "Touch the screen" line
 * beyond the bottom edge. (Whether GTK asks that depends on the request
 * mode it has cached: on GTK 4.8 a station showed this only after a live
 * update made the slides again.) */
static gboolean
on_layer_position (GtkOverlay     *overlay,
                   GtkWidget      *layer,
                   GdkRectangle   *allocation,
                   OutreachWindow *self)
{
  if (layer != GTK_WIDGET (self->attract_box))
    return FALSE;
  allocation->x = 0;
  allocation->y = 0;
  allocation->width = gtk_widget_get_width (GTK_WIDGET (overlay));
  allocation->height = gtk_widget_get_height (GTK_WIDGET (overlay));
  return TRUE;
}

void
_outreach_window_kiosk_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, countdown_revealer);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, countdown);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, attract_box);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, exit_corner);
  gtk_widget_class_bind_template_callback (widget_class, on_attract_touched);
  gtk_widget_class_bind_template_callback (widget_class, on_layer_position);
}

void
_outreach_window_kiosk_init (OutreachWindow *self)
{
  GtkEventController *legacy = gtk_event_controller_legacy_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->pointer_positions = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  self->idle_seconds = outreach_settings_get_default_uint (APP_ID, "kiosk-idle-seconds");
  self->warning_seconds = outreach_settings_get_default_uint (APP_ID, "kiosk-warning-seconds");
  outreach_attract_screen_set_slide_seconds (self->attract_box,
                                             outreach_settings_get_default_uint (APP_ID, "kiosk-attract-seconds"));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.start-again", FALSE);

  /* every event, before anything handles it, counts as activity; those in
   * pop-ups too (a popover is a surface of its own, whose events reach only
   * its own widgets unless a controller asks for them) */
  gtk_event_controller_set_propagation_phase (legacy, GTK_PHASE_CAPTURE);
  gtk_event_controller_set_propagation_limit (legacy, GTK_LIMIT_NONE);
  g_signal_connect_object (legacy, "event", G_CALLBACK (on_any_event), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), legacy);

  /* held for twice the desktop's long press (a second), not a stray tap */
  gtk_gesture_long_press_set_delay_factor (GTK_GESTURE_LONG_PRESS (long_press), 2.0);
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), FALSE);
  g_signal_connect_object (long_press, "pressed", G_CALLBACK (on_corner_long_press), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->exit_corner, GTK_EVENT_CONTROLLER (long_press));

  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_fullscreened), NULL);
  _outreach_window_sheets_init (self);
  /* a key wakes the station as a touch does (the screen itself hears touches) */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_attract_key), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* on a desktop, the countdown is never there for a screen reader */
  _outreach_accessible_follow_revealer (self->countdown_revealer);
}
