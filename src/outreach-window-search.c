/* outreach-window-search.c: the search bar, and the results in place of the page
 *
 * The bar spans the window under the header bar; what it finds shows in the
 * OutreachSearchView, which takes the page's place beside the tree while
 * there is something to search for. Typing anywhere starts a search, Down
 * goes from the entry into the results (and Up from the first result back),
 * Enter opens the best result, and Escape (anywhere in the window while the
 * search is open) returns to the page the user was on, and the keyboard to
 * where it was.
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
  /* (no query: what the search opened over, the page or the chart) */
  _outreach_window_show_stack_page (self, text[0] != '\0' ? "results"
                                          : self->search_from_chart ? "chart" : "page");
}

/* What the search remembers of where the user was when it opened, so that
 * closing it goes back there: the page (a page the tree or a step in the
 * history showed behind the results is not the one they chose), its
 * history, and the control that had the keyboard */
static void
set_return (OutreachWindow *self,
            GtkWidget      *widget)
{
  if (self->search_return == widget)
    return;
  if (self->search_return != NULL)
    g_object_remove_weak_pointer (G_OBJECT (self->search_return), (gpointer *) &self->search_return);
  self->search_return = widget;
  if (widget != NULL)
    g_object_add_weak_pointer (G_OBJECT (widget), (gpointer *) &self->search_return);
}

static void
forget_origin (OutreachWindow *self)
{
  g_clear_pointer (&self->search_origin, g_free);
  g_clear_pointer (&self->search_back, g_ptr_array_unref);
  g_clear_pointer (&self->search_forward, g_ptr_array_unref);
}

/* The bar gives its entry the focus before it says it is open: the
 * control to go back to is followed while the search is closed */
static void
on_focus_changed (OutreachWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!gtk_search_bar_get_search_mode (self->search_bar) && focus != NULL &&
      !gtk_widget_is_ancestor (focus, GTK_WIDGET (self->search_bar)))
    set_return (self, focus);
}

static void
remember_origin (OutreachWindow *self)
{
  OutreachNode *node = outreach_page_view_get_node (self->page_view);

  forget_origin (self);
  self->search_origin = g_strdup (node ? outreach_node_get_id (node) : NULL);
  self->search_from_chart = _outreach_window_structure_shown (self);
  self->search_back = g_ptr_array_copy (self->back, (GCopyFunc) (void (*) (void)) g_strdup, NULL);
  g_ptr_array_set_free_func (self->search_back, g_free);
  self->search_forward = g_ptr_array_copy (self->forward, (GCopyFunc) (void (*) (void)) g_strdup, NULL);
  g_ptr_array_set_free_func (self->search_forward, g_free);
}

/* Puts @saved's ids the pack still has (and the chart's steps) in @history */
static void
restore_history (OutreachWindow *self,
                 GPtrArray      *history,
                 GPtrArray      *saved)
{
  g_ptr_array_set_size (history, 0);
  for (guint i = 0; saved != NULL && i < saved->len; i++)
    if (g_strcmp0 (g_ptr_array_index (saved, i), OUTREACH_WINDOW_HISTORY_CHART) == 0 ||
        outreach_content_lookup (self->content, g_ptr_array_index (saved, i)) != NULL)
      g_ptr_array_add (history, g_strdup (g_ptr_array_index (saved, i)));
}

/* Whether the control that had the keyboard before the search can have it
 * again: still in the window, shown and able to take it. The page's
 * scrolling area (the focus as the window starts) is no control: it shows
 * no focus, and a screen reader says only "Page" */
static gboolean
can_return_to (OutreachWindow *self,
               GtkWidget      *widget)
{
  return widget != NULL && !GTK_IS_SCROLLED_WINDOW (widget) && !GTK_IS_VIEWPORT (widget) &&
         gtk_widget_get_root (widget) == GTK_ROOT (self) &&
         gtk_widget_get_mapped (widget) && gtk_widget_is_sensitive (widget) &&
         gtk_widget_get_focusable (widget);
}

/* The keyboard to @widget (or the page's heading), with the page where the
 * user left it: the search changed nothing of it, and their place in it is
 * kept (they may have scrolled away from the control since) */
static void
focus_in_place (OutreachWindow *self,
                GtkWidget      *widget)
{
  GtkWidget *scroller = gtk_widget_get_first_child (GTK_WIDGET (self->page_view));
  GtkAdjustment *adjustment = NULL;
  double value = 0;

  if (GTK_IS_SCROLLED_WINDOW (scroller))
    {
      adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      value = gtk_adjustment_get_value (adjustment);
    }
  if (widget != NULL)
    gtk_widget_grab_focus (widget);
  else
    outreach_page_view_focus_start (self->page_view);
  if (adjustment != NULL)
    gtk_adjustment_set_value (adjustment, value);
}

void
_outreach_window_close_search (OutreachWindow *self)
{
  forget_origin (self);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "page");
}

/* The user closed the search (Escape, the close button, the search button
 * again) without opening a result: back to the page they were on, and the
 * keyboard to the control that had it (else the page's heading) */
static void
return_from_search (OutreachWindow *self)
{
  OutreachNode *origin = self->search_origin ? outreach_content_lookup (self->content, self->search_origin)
                                             : NULL;
  GtkWidget *back_to = self->search_return;
  gboolean moved = FALSE;

  /* opened over the chart: back to the chart, the history as it was */
  if (self->search_from_chart)
    {
      self->search_from_chart = FALSE;
      restore_history (self, self->back, self->search_back);
      restore_history (self, self->forward, self->search_forward);
      if (origin != NULL && origin != outreach_page_view_get_node (self->page_view))
        {
          self->chart_follows = TRUE;
          _outreach_window_navigate (self, origin, FALSE);
          self->chart_follows = FALSE;
        }
      _outreach_window_close_search (self);
      _outreach_window_show_structure (self);
      _outreach_window_update_history (self);
      return;
    }

  if (origin != NULL && origin != outreach_page_view_get_node (self->page_view))
    {
      restore_history (self, self->back, self->search_back);
      restore_history (self, self->forward, self->search_forward);
      _outreach_window_navigate (self, origin, FALSE);
      moved = TRUE;
    }
  if (back_to != NULL)
    g_object_add_weak_pointer (G_OBJECT (back_to), (gpointer *) &back_to);
  _outreach_window_close_search (self);
  /* on a station, the page, as before: no one tabs there */
  if (self->kiosk)
    outreach_page_view_focus (self->page_view);
  else if (!moved)
    focus_in_place (self, can_return_to (self, back_to) ? back_to : NULL);
  else
    outreach_page_view_focus_start (self->page_view);
  if (back_to != NULL)
    g_object_remove_weak_pointer (G_OBJECT (back_to), (gpointer *) &back_to);
}

static void
on_result_activated (OutreachWindow *self,
                     OutreachNode   *node)
{
  /* a result chosen over the chart: Back shows the chart */
  gboolean from_chart = self->search_from_chart;

  self->search_from_chart = FALSE;
  _outreach_window_close_search (self);
  if (from_chart)
    {
      g_ptr_array_add (self->back, g_strdup (OUTREACH_WINDOW_HISTORY_CHART));
      g_ptr_array_set_size (self->forward, 0);
      _outreach_window_navigate (self, node, FALSE);
      _outreach_window_update_history (self);
    }
  else
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
  return_from_search (self);
}

static void
on_search_mode_changed (OutreachWindow *self)
{
  gboolean open = gtk_search_bar_get_search_mode (self->search_bar);

  /* hidden until the first search: the first frame neither styles nor
   * measures it (issue 20) */
  if (open)
    gtk_widget_set_visible (GTK_WIDGET (self->search_bar), TRUE);
  /* while it is closed, the bar (its entry, its close button) is not read */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->search_bar), GTK_ACCESSIBLE_STATE_HIDDEN, !open, -1);
  if (open)
    remember_origin (self);
  /* closed by the user, not by _outreach_window_close_search() */
  else if (self->search_origin != NULL || self->search_back != NULL)
    return_from_search (self);
  else
    _outreach_window_close_search (self);
}

/* Up on the first result: back to the entry, where the query is */
static void
on_results_left (OutreachWindow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

static gboolean
on_search_key_pressed (OutreachWindow        *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK))
    return GDK_EVENT_PROPAGATE;
  switch (keyval)
    {
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      /* Down from the entry goes into the results */
      if (g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "results") == 0)
        outreach_search_view_focus_results (self->search_view);
      /* and nowhere else: GTK would move to the tree, whose arrows change
       * the page behind the search */
      return GDK_EVENT_STOP;
    case GDK_KEY_Up: case GDK_KEY_KP_Up:
      return GDK_EVENT_STOP;
    default:
      return GDK_EVENT_PROPAGATE;
    }
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

/**
 * _outreach_window_type_into_search:
 *
 * A key typed elsewhere (the presenter view, on the presenter's own
 * screen) starts or goes on with the search, here.
 */
void
_outreach_window_type_into_search (OutreachWindow *self,
                                   gunichar        ch)
{
  type_into_search (self, ch, NULL);
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

  /* Escape closes an open search wherever the keyboard is in the window
   * (the tree, the page, the header bar), when nothing there took it */
  if (keyval == GDK_KEY_Escape &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK | GDK_SHIFT_MASK)) == 0 &&
      gtk_search_bar_get_search_mode (self->search_bar))
    {
      return_from_search (self);
      return GDK_EVENT_STOP;
    }
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
_outreach_window_search_dispose (OutreachWindow *self)
{
  forget_origin (self);
  set_return (self, NULL);
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
  g_signal_connect_object (self, "notify::focus-widget", G_CALLBACK (on_focus_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->search_view, "leave-results", G_CALLBACK (on_results_left), self,
                           G_CONNECT_SWAPPED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->search_bar), GTK_ACCESSIBLE_STATE_HIDDEN,
                               !gtk_search_bar_get_search_mode (self->search_bar), -1);

  /* before the text's own gestures see a press (see on_text_pressed) */
  press = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), 0);
  gtk_event_controller_set_propagation_phase (GTK_EVENT_CONTROLLER (press), GTK_PHASE_CAPTURE);
  g_signal_connect_object (press, "pressed", G_CALLBACK (on_text_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (get_text (self), GTK_EVENT_CONTROLLER (press));
}
