/* outreach-window-lockdown.c: what a display station refuses, and forgets
 *
 * No way into GTK's insides (the Inspector), no context menus, and at each
 * visitor's reset no window but the station's own and nothing to paste.
 * Problems with the pack are kept for staff while the window is a station.
 * (The idle clock, the sheets and the staff exit are in
 * outreach-window-kiosk.c.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-window-private.h"

/* Every window but this one: whatever opened it (GTK's own, the app's), it
 * is the last visitor's */
void
_outreach_window_close_other_windows (OutreachWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* not owned */
  g_autoptr(GPtrArray) others = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      /* the message preview is the window's own, made once (and hidden) */
      if (window != GTK_WINDOW (self) && window != self->composer)
        g_ptr_array_add (others, g_steal_pointer (&window));
    }
  for (guint i = 0; i < others->len; i++)
    gtk_window_destroy (g_ptr_array_index (others, i));
}

/* What was copied or selected (the search field's text, a contact's
 * address) must not paste for the next visitor */
void
_outreach_window_forget_clipboards (OutreachWindow *self)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));

  gdk_clipboard_set_content (gdk_display_get_clipboard (display), NULL);
  gdk_clipboard_set_content (gdk_display_get_primary_clipboard (display), NULL);
}

/* GTK's Inspector (Ctrl+Shift+D, Ctrl+Shift+I in any of the app's windows,
 * if the desktop allows it) could turn the station into a desktop window.
 * GTK 4.8's signal has no accumulator: a handler's TRUE does not keep the
 * class handler from opening it, so the emission is stopped. */
static gboolean
on_enable_debugging (GtkWindow      *window,
                     gboolean        toggle,
                     OutreachWindow *self)
{
  if (!self->kiosk)
    return FALSE;
  g_signal_stop_emission_by_name (window, "enable-debugging");
  return TRUE;
}

static void
watch_window (OutreachWindow *self,
              GtkWindow      *window)
{
  if (g_signal_handler_find (window, G_SIGNAL_MATCH_FUNC | G_SIGNAL_MATCH_DATA, 0, 0, NULL,
                             on_enable_debugging, self) == 0)
    g_signal_connect_object (window, "enable-debugging", G_CALLBACK (on_enable_debugging), self, 0);
}

/* Every window the app makes, or GTK makes for it, as it is made */
static void
on_toplevels_changed (OutreachWindow *self,
                      guint           position,
                      guint           removed,
                      guint           added,
                      GListModel     *toplevels)
{
  for (guint i = position; i < position + added; i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      watch_window (self, window);
    }
}

static void
watch_windows (OutreachWindow *self)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* not owned */

  on_toplevels_changed (self, 0, 0, g_list_model_get_n_items (toplevels), toplevels);
  g_signal_connect_object (toplevels, "items-changed", G_CALLBACK (on_toplevels_changed), self,
                           G_CONNECT_SWAPPED);
}

/* No context menus on a station, anywhere: not the search field's (Cut,
 * Copy, Paste, Insert Emoji), a link's (Copy URL) nor a label's (Copy).
 * The right button, the middle one (which pastes the primary selection)
 * and the keys that open a menu (Menu, Shift+F10) do nothing there. */
static void
on_station_pressed (OutreachWindow  *self,
                    int              n_press,
                    double           x,
                    double           y,
                    GtkGestureClick *gesture)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  if (self->kiosk && (button == GDK_BUTTON_SECONDARY || button == GDK_BUTTON_MIDDLE))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  else
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static gboolean
on_station_key_pressed (OutreachWindow        *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  if (self->kiosk &&
      (keyval == GDK_KEY_Menu || (keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK))))
    return GDK_EVENT_STOP;
  return GDK_EVENT_PROPAGATE;
}

static void
refuse_context_menus (OutreachWindow *self)
{
  GtkGesture *press = gtk_gesture_click_new ();
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* before any widget sees the press or the key */
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect_object (press, "pressed", G_CALLBACK (on_station_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (press));

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_station_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
}

/**
 * _outreach_window_station_changed:
 *
 * Called as the window becomes a display station or stops being one: on a
 * station problems are kept for staff, and shown when they leave; the
 * search field offers none of GTK's extras.
 */
void
_outreach_window_station_changed (OutreachWindow *self)
{
  if (self->kiosk && gtk_revealer_get_reveal_child (self->problem_revealer))
    {
      gtk_revealer_set_reveal_child (self->problem_revealer, FALSE);
      self->problem_held = TRUE;
    }
  else if (!self->kiosk && self->problem_held)
    {
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      self->problem_held = FALSE;
    }
  _outreach_window_search_set_station (self, self->kiosk);
}

/* Every window of the app is watched, and the window's own keys and
 * presses, whether or not it is a station yet */
void
_outreach_window_lockdown_init (OutreachWindow *self)
{
  watch_windows (self);
  refuse_context_menus (self);
}
