/* outreach-window-chart.c: the Structure page, the pack's units as a chart
 *
 * win.show-structure shows the organisation chart (outreach-chart.c) in
 * the main stack, in place of the page. The chart is made for the pack
 * when it first shows (and again after a reset, for the next visitor).
 * While it shows, the tree's selection highlights its box, with the path
 * to the root; activating a box opens its page, as any other navigation
 * does (Home, Back, a link from the bus); Escape in the chart goes back
 * to the page. Ctrl with plus, minus and 0
 * zoom the chart while it shows (the text otherwise). Dragging with the
 * mouse pans it, besides the scroll bars and the keyboard. The sidebar's
 * Structure row shows as selected while the chart shows, however it came
 * to show and to go.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-chart.h"
#include "outreach-window-private.h"

/**
 * _outreach_window_structure_shown:
 *
 * Returns: whether the chart shows in place of the page
 */
gboolean
_outreach_window_structure_shown (OutreachWindow *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "chart") == 0;
}

/**
 * _outreach_window_show_structure:
 *
 * Shows the chart in place of the page (or the results), the page's unit
 * highlighted, and gives it the keyboard.
 */
void
_outreach_window_show_structure (OutreachWindow *self)
{
  OutreachNode *node = outreach_page_view_get_node (self->page_view);

  if (self->content == NULL)
    return;
  _outreach_window_close_search (self);
  /* a station's chart is for fingers: no box smaller than a touch target */
  outreach_chart_set_touch (self->chart, self->kiosk);
  if (outreach_chart_get_content (self->chart) != self->content)
    outreach_chart_set_content (self->chart, self->content);
  outreach_chart_set_selected_node (self->chart, node);
  _outreach_window_show_stack_page (self, "chart");
  /* on a station too: a keyboard there (a switch device) uses it at once */
  gtk_widget_grab_focus (GTK_WIDGET (self->chart));
}

/**
 * _outreach_window_hide_structure:
 *
 * Shows the page again in place of the chart, if the chart shows.
 */
void
_outreach_window_hide_structure (OutreachWindow *self)
{
  if (_outreach_window_structure_shown (self))
    gtk_stack_set_visible_child_name (self->main_stack, "page");
}

/**
 * _outreach_window_chart_follow:
 * @node: the page shown, the tree's selection
 *
 * Highlights @node's box (or its nearest unit's) in the chart.
 */
void
_outreach_window_chart_follow (OutreachWindow *self,
                               OutreachNode   *node)
{
  if (outreach_chart_get_content (self->chart) != NULL)
    outreach_chart_set_selected_node (self->chart, node);
}

/**
 * _outreach_window_chart_reset:
 *
 * Forgets the chart's state (collapsed branches, zoom): the next showing
 * makes it anew, fitted to the window. A new pack does the same; one that
 * replaces the pack while the chart shows is shown at once.
 */
void
_outreach_window_chart_reset (OutreachWindow *self)
{
  outreach_chart_set_content (self->chart,
                              _outreach_window_structure_shown (self) ? self->content : NULL);
}

static void
on_chart_node_activated (OutreachWindow *self,
                         OutreachNode   *node)
{
  _outreach_window_navigate (self, node, TRUE);
  _outreach_window_hide_structure (self);
  _outreach_window_focus_page_start (self);
}

static void
on_chart_zoom_in (OutreachWindow *self)
{
  outreach_chart_zoom_in (self->chart);
}

static void
on_chart_zoom_out (OutreachWindow *self)
{
  outreach_chart_zoom_out (self->chart);
}

static void
on_chart_zoom_fit (OutreachWindow *self)
{
  outreach_chart_zoom_fit (self->chart);
}

/* Escape in the chart shows the page again. Ctrl with plus, minus and 0
 * zoom the chart while it shows, and the
 * text (the app's accelerators) otherwise: a controller on the window, in
 * the capture phase, added after the window's own for the app's
 * accelerators, runs before them (GTK 4.8, measured) */
static gboolean
on_window_key_pressed (GtkEventControllerKey *controller,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       OutreachWindow        *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!_outreach_window_structure_shown (self))
    return FALSE;
  /* Escape in the chart: back to the page it shows in place of */
  if ((keyval == GDK_KEY_Escape) &&
      (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_SHIFT_MASK)) == 0 &&
      focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->chart)))
    {
      /* the chart is a step in the history: Escape is Back (to the page
       * it opened over; Forward comes back to it) */
      if (self->back->len > 0)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.back", NULL);
      else
        {
          _outreach_window_hide_structure (self);
          _outreach_window_focus_page_start (self);
        }
      return TRUE;
    }
  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != GDK_CONTROL_MASK)
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      outreach_chart_zoom_in (self->chart);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      outreach_chart_zoom_out (self->chart);
      return TRUE;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      outreach_chart_zoom_fit (self->chart);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Dragging with the mouse pans the chart too (never the only way: the
 * scroll bars and the keyboard do). A finger pans it as the scrolled
 * window's own gesture has it. A drag of a few pixels is still a click. */
#define DRAG_THRESHOLD 8.0

typedef struct
{
  double   h, v;      /* the scroll bars' values when the drag began */
  gboolean panning;
} ChartDrag;

static GtkScrolledWindow *
chart_scroller (OutreachWindow *self)
{
  return GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self->chart),
                                                       GTK_TYPE_SCROLLED_WINDOW));
}

static void
on_drag_begin (GtkGestureDrag *gesture,
               double          x,
               double          y,
               OutreachWindow *self)
{
  ChartDrag *drag = g_object_get_data (G_OBJECT (gesture), "chart-drag");
  GdkDevice *device = gtk_gesture_get_device (GTK_GESTURE (gesture));
  GtkScrolledWindow *scroller = chart_scroller (self);

  if (device != NULL && gdk_device_get_source (device) == GDK_SOURCE_TOUCHSCREEN)
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
      return;
    }
  drag->h = gtk_adjustment_get_value (gtk_scrolled_window_get_hadjustment (scroller));
  drag->v = gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller));
  drag->panning = FALSE;
}

static void
on_drag_update (GtkGestureDrag *gesture,
                double          dx,
                double          dy,
                OutreachWindow *self)
{
  ChartDrag *drag = g_object_get_data (G_OBJECT (gesture), "chart-drag");
  GtkScrolledWindow *scroller = chart_scroller (self);

  if (!drag->panning)
    {
      if (dx * dx + dy * dy < DRAG_THRESHOLD * DRAG_THRESHOLD)
        return;
      /* a pan, not a click on the box under the pointer */
      drag->panning = TRUE;
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
    }
  gtk_adjustment_set_value (gtk_scrolled_window_get_hadjustment (scroller), drag->h - dx);
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), drag->v - dy);
}

static void
on_main_stack_changed (OutreachWindow *self)
{
  outreach_sidebar_set_structure_current (self->sidebar, _outreach_window_structure_shown (self));
  _outreach_window_update_title (self);
}

void
_outreach_window_chart_init (OutreachWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_window_key_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  /* on the scrolled window, which stays put while the chart moves under it */
  g_object_set_data_full (G_OBJECT (drag), "chart-drag", g_new0 (ChartDrag, 1), g_free);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (drag), GDK_BUTTON_PRIMARY);
  g_signal_connect_object (drag, "drag-begin", G_CALLBACK (on_drag_begin), self, 0);
  g_signal_connect_object (drag, "drag-update", G_CALLBACK (on_drag_update), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (chart_scroller (self)), GTK_EVENT_CONTROLLER (drag));

  g_signal_connect_object (self->main_stack, "notify::visible-child-name",
                           G_CALLBACK (on_main_stack_changed), self, G_CONNECT_SWAPPED);
}

/* The chart opened by the user is a step in the history: Back from it
 * shows the page it opened over, and Back from a page opened from it shows
 * it again (as OUTREACH_WINDOW_HISTORY_CHART) */
static void
show_structure_action (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);
  OutreachNode *current = outreach_page_view_get_node (self->page_view);

  if (self->content == NULL)
    return;
  if (!_outreach_window_structure_shown (self) && current != NULL)
    {
      g_ptr_array_add (self->back, g_strdup (outreach_node_get_id (current)));
      g_ptr_array_set_size (self->forward, 0);
      _outreach_window_update_history (self);
    }
  _outreach_window_show_structure (self);
}

void
_outreach_window_chart_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (OUTREACH_TYPE_CHART);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, chart);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_node_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_zoom_in);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_zoom_out);
  gtk_widget_class_bind_template_callback (widget_class, on_chart_zoom_fit);
  gtk_widget_class_install_action (widget_class, "win.show-structure", NULL,
                                   show_structure_action);
}
