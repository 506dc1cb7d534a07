/* outreach-window-search.c: the search bar, and the results in place of the page
 *
 * The bar spans the window under the header bar; what it finds shows in the
 * OutreachSearchView, which takes the page's place beside the tree while
 * there is something to search for. Typing anywhere starts a search, Down
 * goes from the entry into the results, Enter opens the best result, and
 * Escape (in the entry or the results) returns to the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-window-private.h"

/* what a person types, or the shell passes on, many times over: a longer
 * query (pasted, or from a program on the bus) is cut to this */
#define SEARCH_MAX_CHARS 200

static void
on_search_changed (OutreachWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  outreach_search_view_set_query (self->search_view, text);
  gtk_stack_set_visible_child_name (self->main_stack, text[0] == '\0' ? "page" : "results");
}

void
_outreach_window_close_search (OutreachWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "page");
}

static void
on_result_activated (OutreachWindow *self,
                     OutreachNode   *node)
{
  _outreach_window_close_search (self);
  _outreach_window_navigate (self, node, TRUE);
  /* the page's heading; on a station the page, as the entry goes */
  if (self->kiosk)
    outreach_page_view_focus (self->page_view);
  else
    _outreach_window_focus_page_start (self);
}

static void
on_search_activate (OutreachWindow *self)
{
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    outreach_search_view_activate_first (self->search_view);
}

static void
on_stop_search (OutreachWindow *self)
{
  /* Escape: back to the page the user was on */
  _outreach_window_close_search (self);
  outreach_page_view_focus (self->page_view);
}

static void
on_search_mode_changed (OutreachWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    _outreach_window_close_search (self);
}

static gboolean
on_search_key_pressed (OutreachWindow        *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  /* Down from the entry goes into the results */
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "results") == 0)
    return outreach_search_view_focus_results (self->search_view);
  return FALSE;
}

/* Adds @ch to the search, opening it if need be */
static void
type_into_search (OutreachWindow *self,
                  gunichar        ch,
                  GtkWidget      *focus)
{
  char text[8] = { 0 };

  /* an entry given the focus before it is shown drops what is typed into
   * it: until the bar has been revealed (see on_search_entry_map), keys are
   * added to the entry here */
  g_unichar_to_utf8 (ch, text);
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      /* the bar moves the focus to its entry at once: keep it here until then */
      if (!gtk_widget_get_mapped (GTK_WIDGET (self->search_entry)) && focus != NULL)
        gtk_widget_grab_focus (focus);
    }
  else
    {
      g_autofree char *longer = g_strconcat (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                             text, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), longer);
    }
  if (gtk_widget_get_mapped (GTK_WIDGET (self->search_entry)))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
    }
}

static gboolean
is_typed (guint           keyval,
          GdkModifierType state)
{
  gunichar ch = gdk_keyval_to_unicode (keyval);

  return (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) == 0 &&
         ch != 0 && g_unichar_isgraph (ch);
}

/* A printable key that nothing else took starts a search with it: GTK 4.8's
 * own key capture for search bars did not see keys sent to the window when
 * no widget had the focus, which is how the window starts. */
static gboolean
on_window_key_pressed (OutreachWindow        *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!is_typed (keyval, state) || (focus != NULL && GTK_IS_EDITABLE (focus)))
    return GDK_EVENT_PROPAGATE;
  type_into_search (self, gdk_keyval_to_unicode (keyval), focus);
  return GDK_EVENT_STOP;
}

/* Ctrl+F gives the entry the focus at once, before the bar has shown it,
 * and the entry's text drops what is typed into it until then ("cyber"
 * became "yber", or nothing, for a quick typist): those keys are taken
 * here, before they reach it. */
static gboolean
on_window_key_captured (OutreachWindow        *self,
                        guint                  keyval,
                        guint                  keycode,
                        GdkModifierType        state,
                        GtkEventControllerKey *controller)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!is_typed (keyval, state) || focus == NULL ||
      gtk_widget_get_mapped (GTK_WIDGET (self->search_entry)) ||
      (focus != GTK_WIDGET (self->search_entry) &&
       !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_entry))))
    return GDK_EVENT_PROPAGATE;
  type_into_search (self, gdk_keyval_to_unicode (keyval), NULL);
  return GDK_EVENT_STOP;
}

static void
on_search_entry_map (OutreachWindow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

/**
 * outreach_window_search:
 * @text: what to search for
 *
 * Opens the search with @text, as if the user had typed it: cut to the
 * search entry's length, as a paste would be.
 */
void
outreach_window_search (OutreachWindow *self,
                        const char     *text)
{
  g_return_if_fail (OUTREACH_IS_WINDOW (self));

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  on_search_changed (self);
}

/* The station's search field */

static GtkWidget *
get_text (OutreachWindow *self)
{
  return GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (self->search_entry)));
}

/* On a station a touch in the field only puts the cursor at its end: GTK's
 * text answers touches with selection handles, a magnifier and a bubble of
 * Cut, Copy and Paste. (The window refuses every context menu, and the
 * middle button's paste, on a station.) */
static void
on_text_pressed (OutreachWindow  *self,
                 int              n_press,
                 double           x,
                 double           y,
                 GtkGestureClick *gesture)
{
  GdkEventSequence *sequence = gtk_gesture_single_get_current_sequence (GTK_GESTURE_SINGLE (gesture));
  GdkEvent *event = gtk_gesture_get_last_event (GTK_GESTURE (gesture), sequence);
  GdkDevice *device = event ? gdk_event_get_device (event) : NULL;
  gboolean touch = event != NULL &&
                   (gdk_event_get_event_type (event) == GDK_TOUCH_BEGIN ||
                    (device != NULL && gdk_device_get_source (device) == GDK_SOURCE_TOUCHSCREEN));

  if (!self->kiosk || !touch)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

/**
 * _outreach_window_search_set_station:
 *
 * On a display station the search field offers none of GTK's extras: no
 * emoji chooser (GTK keeps its picks in the user's settings, shown as
 * Recent to every later visitor; Ctrl+. and Ctrl+; open it), nothing for a
 * touch but the cursor (see on_text_pressed).
 */
void
_outreach_window_search_set_station (OutreachWindow *self,
                                     gboolean        station)
{
  GtkText *text = GTK_TEXT (get_text (self));
  GtkInputHints hints = gtk_text_get_input_hints (text);

  gtk_text_set_input_hints (text, station ? hints | GTK_INPUT_HINT_NO_EMOJI
                                          : hints & ~GTK_INPUT_HINT_NO_EMOJI);
}

/**
 * _outreach_window_search_forget:
 *
 * The search closed, empty, and with nothing to undo: GTK keeps what was
 * typed in the field's undo history after its text is cleared, so Ctrl+Z
 * would bring the last visitor's search back. Turning undo off empties it.
 */
void
_outreach_window_search_forget (OutreachWindow *self)
{
  GtkEditable *text = GTK_EDITABLE (get_text (self));

  _outreach_window_close_search (self);
  gtk_editable_set_enable_undo (text, FALSE);
  gtk_editable_set_enable_undo (text, TRUE);
}

void
_outreach_window_search_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_view);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);
}

void
_outreach_window_search_init (OutreachWindow *self)
{
  GtkEventController *keys;
  GtkGesture *press;

  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  gtk_text_set_max_length (GTK_TEXT (gtk_editable_get_delegate (GTK_EDITABLE (self->search_entry))),
                           SEARCH_MAX_CHARS);
  g_signal_connect_object (self->search_entry, "map", G_CALLBACK (on_search_entry_map), self,
                           G_CONNECT_SWAPPED);
  /* typing anywhere starts a search (the tree's own type-ahead comes first) */
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_window_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_window_key_captured), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  /* before the text's own gestures see a press (see on_text_pressed) */
  press = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect_object (press, "pressed", G_CALLBACK (on_text_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (get_text (self), GTK_EVENT_CONTROLLER (press));
}
