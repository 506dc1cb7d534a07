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
#include "outreach-link.h"
#include "outreach-pin-pad.h"
#include "outreach-qr-sheet.h"
#include "outreach-settings.h"
#include "outreach-text.h"
#include "outreach-window-private.h"

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

/* QR codes over the page */

void
_outreach_window_close_sheet (OutreachWindow *self)
{
  GtkWidget *sheet = self->sheet;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (sheet == NULL)
    return;
  self->sheet = NULL;
  gtk_widget_set_sensitive (gtk_overlay_get_child (self->overlay), TRUE);
  /* the keyboard goes back to the page: left in a sheet taken away, the
   * focus would be nowhere in the window, and keys would reach nothing */
  if (focus != NULL && (focus == sheet || gtk_widget_is_ancestor (focus, sheet)))
    outreach_page_view_focus (self->page_view);
  gtk_overlay_remove_overlay (self->overlay, sheet);
}

static void
on_sheet_done (OutreachWindow *self)
{
  _outreach_window_close_sheet (self);
  _outreach_window_note_activity (self);
}

/* What the window shows under a sheet: the page's id ("" for none), or the
 * search results */
#define SHEET_OVER_KEY "outreach-sheet-over"
/* (compared, never used: a new pack is handled in on_content_changed) */
#define SHEET_CONTENT_KEY "outreach-sheet-content"

static char *
shown_page (OutreachWindow *self)
{
  OutreachNode *node = outreach_page_view_get_node (self->page_view);
  const char *id = node != NULL ? outreach_node_get_id (node) : NULL;

  if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "results") == 0)
    return g_strdup ("\n(results)");
  /* the search bar opened over the page (an empty search from the bus) is
   * a change too: the visitor would find it there after Done */
  if (gtk_search_bar_get_search_mode (self->search_bar))
    return g_strdup_printf ("%s\n(search)", id != NULL ? id : "");
  return g_strdup (id != NULL ? id : "");
}

/* The sheet knows what was under it, and from which pack */
static void
note_shown_under_sheet (OutreachWindow *self)
{
  g_object_set_data_full (G_OBJECT (self->sheet), SHEET_OVER_KEY, shown_page (self), g_free);
  g_object_set_data (G_OBJECT (self->sheet), SHEET_CONTENT_KEY, self->content);
}

/* On a station a link or a message is a sheet over the page, not a window.
 * Sheets come and go with every visitor; windows shown and hidden as often
 * made the process grow in the soak test (some 10 KiB each time, in GTK
 * 4.8), sheets do not. */
static void
show_sheet (OutreachWindow *self,
            GtkWidget      *sheet)
{
  _outreach_window_close_sheet (self);

  g_signal_connect_object (sheet, "done", G_CALLBACK (on_sheet_done), self, G_CONNECT_SWAPPED);
  self->sheet = sheet;
  gtk_overlay_add_overlay (self->overlay, sheet);
  _outreach_debug_note_next_frame (sheet, "sheet");
  note_shown_under_sheet (self);
  gtk_widget_grab_focus (sheet);
  /* nothing behind a sheet takes the keyboard or the pointer: an arrow key
   * could move the focus out of the sheet to the page, where type-to-search
   * would show the staff PIN typed next to the room, or a tap change the
   * page under a code about another (once the sheet has the focus: a
   * focused field made insensitive never hears it go) */
  gtk_widget_set_sensitive (gtk_overlay_get_child (self->overlay), FALSE);
}

/* A page change that does happen while a QR code is up (from the bus, or
 * the application's actions) closes it: a code never sits over a page it
 * is not about. A new pack (a live update) is on_content_changed's. The
 * staff PIN pad stays. */
static void
on_shown_page_changed (OutreachWindow *self)
{
  g_autofree char *shown = NULL;

  if (self->sheet == NULL || OUTREACH_IS_PIN_PAD (self->sheet) ||
      g_object_get_data (G_OBJECT (self->sheet), SHEET_CONTENT_KEY) != self->content)
    return;
  shown = shown_page (self);
  if (g_strcmp0 (shown, g_object_get_data (G_OBJECT (self->sheet), SHEET_OVER_KEY)) != 0)
    _outreach_window_close_sheet (self);
}

/* What a sheet prints under its code, to read or type: a few lines at most
 * (a link may be 2 KiB; the code holds the whole of it) */
#define SHEET_PRINTED_CHARS 160

void
_outreach_window_show_link_sheet (OutreachWindow *self,
                                  const char     *uri)
{
  g_autofree char *printed = outreach_text_excerpt (uri, -1, SHEET_PRINTED_CHARS);
  g_autofree char *description = g_strdup_printf (_("QR code of the web address %s"), printed);

  show_sheet (self, outreach_qr_sheet_new (_("Open this page on your phone"), uri, description, printed,
                                           _("Scan the code with your phone’s camera to open the page there."),
                                           _("This address is too long to show as a code. Type it into your "
                                             "phone’s browser instead.")));
}

static char *
message_title (OutreachMessage *message)
{
  return g_strdup_printf (_("Write to %s"), outreach_contact_get_name (outreach_message_get_contact (message)));
}

/* A message's sheet knows whom the message is to and what page it is
 * about (the id; none for Home), to be made again from a new pack */
#define SHEET_CONTACT_KEY "outreach-sheet-contact"
#define SHEET_PAGE_KEY "outreach-sheet-page"

/**
 * _outreach_window_show_message_sheet:
 * @about: (nullable): the id of the page the message is about; %NULL for Home
 *
 * A message on a station: its QR code, to write it on the visitor's phone.
 */
void
_outreach_window_show_message_sheet (OutreachWindow  *self,
                                     OutreachMessage *message,
                                     const char      *about)
{
  OutreachContact *contact = outreach_message_get_contact (message);
  g_autofree char *uri = outreach_message_dup_uri (message);
  g_autofree char *title = message_title (message);
  g_autofree char *description = g_strdup_printf (_("QR code of an email to %s"),
                                                  outreach_contact_get_address (contact));
  g_autofree char *subject = outreach_text_excerpt (outreach_message_get_subject (message), -1,
                                                    SHEET_PRINTED_CHARS);
  g_autofree char *printed = g_strdup_printf ("%s\n%s", outreach_contact_get_address (contact),
                                              subject);

  GtkWidget *sheet = outreach_qr_sheet_new (title, uri, description, printed,
                                            _("Scan the code with your phone’s camera: the email opens on your "
                                              "phone, ready to send."),
                                            _("This message is too long to show as a code. Write to the address "
                                              "below from your own phone or email instead."));

  g_object_set_data_full (G_OBJECT (sheet), SHEET_CONTACT_KEY,
                          g_strdup (outreach_contact_get_id (contact)), g_free);
  g_object_set_data_full (G_OBJECT (sheet), SHEET_PAGE_KEY, g_strdup (about), g_free);
  show_sheet (self, sheet);
}

/* Whether @content links to @uri */
static gboolean
has_link (OutreachContent *content,
          const char      *uri)
{
  GListModel *links = outreach_content_get_links (content);

  for (guint i = 0; i < g_list_model_get_n_items (links); i++)
    {
      g_autoptr(OutreachLink) link = g_list_model_get_item (links, i);

      if (g_strcmp0 (outreach_link_get_url (link), uri) == 0)
        return TRUE;
    }
  return FALSE;
}

/* A new pack while a message's QR code shows: the code must not keep an
 * address the pack no longer has, for the visitor to write to. The sheet
 * is made again from the new pack, for the same contact and page; if either
 * has gone, it closes (the visitor is on the page the window now shows).
 * A sheet that would read the same is left as it is. A link's code stays
 * while the pack has the link; the staff PIN pad stays. */
static void
on_content_changed (OutreachWindow *self)
{
  const char *contact_id;
  g_autofree char *about = NULL;
  OutreachNode *page = NULL;
  g_autoptr(OutreachMessage) message = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *title = NULL;
  g_autofree char *shown_title = NULL;

  /* what a sheet left as it is is over now */
  if (self->sheet != NULL)
    note_shown_under_sheet (self);
  if (self->sheet == NULL || self->content == NULL || OUTREACH_IS_PIN_PAD (self->sheet))
    return;
  /* a link's code stays only if the new pack still has that link: one
   * corrected or withdrawn, or another unit's pack, closes it */
  if ((contact_id = g_object_get_data (G_OBJECT (self->sheet), SHEET_CONTACT_KEY)) == NULL)
    {
      if (!has_link (self->content, outreach_qr_sheet_get_code (OUTREACH_QR_SHEET (self->sheet))))
        _outreach_window_close_sheet (self);
      return;
    }
  /* (the sheet, and what it knows, go when it closes) */
  about = g_strdup (g_object_get_data (G_OBJECT (self->sheet), SHEET_PAGE_KEY));

  if (outreach_content_lookup_contact (self->content, contact_id) == NULL ||
      (about != NULL && (page = outreach_content_lookup (self->content, about)) == NULL) ||
      (message = outreach_message_new_for (self->content, contact_id, page, NULL)) == NULL)
    {
      _outreach_window_close_sheet (self);
      return;
    }
  uri = outreach_message_dup_uri (message);
  title = message_title (message);
  g_object_get (self->sheet, "title", &shown_title, NULL);
  if (g_strcmp0 (uri, outreach_qr_sheet_get_code (OUTREACH_QR_SHEET (self->sheet))) != 0 ||
      g_strcmp0 (title, shown_title) != 0)
    _outreach_window_show_message_sheet (self, message, about);
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
  show_sheet (self, pad);
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
  g_signal_connect (self, "notify::content", G_CALLBACK (on_content_changed), NULL);
  g_signal_connect_object (self->page_view, "notify::node", G_CALLBACK (on_shown_page_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->main_stack, "notify::visible-child", G_CALLBACK (on_shown_page_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_shown_page_changed), self, G_CONNECT_SWAPPED);
  /* a key wakes the station as a touch does (the screen itself hears touches) */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_attract_key), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}
