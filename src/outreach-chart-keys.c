/* outreach-chart-keys.c: the chart's focus, keys and pinching
 *
 * The chart is one Tab stop (the box last visited; the root at first);
 * the arrow keys (as the chart is drawn), Home, End, plus and minus move
 * between and fold the boxes,
 * Ctrl with plus, minus and 0 zooms, and a pinch zooms (outreach-chart.c
 * says which key does what).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-chart-private.h"

/* Focus: one Tab stop */

static void
move_to (OutreachChart *self,
         int            i)
{
  if (i < 0 || (guint) i >= _outreach_chart_n_boxes (self) || !self->shown[i])
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  self->current = i;
  gtk_widget_grab_focus (GTK_WIDGET (_outreach_chart_box_at (self, i)));
  _outreach_chart_scroll_to_box (self, i);
}

typedef enum {
  MOVE_PARENT,
  MOVE_CHILD,     /* the first one, expanding a collapsed box */
  MOVE_PREVIOUS,
  MOVE_NEXT,
  MOVE_LAST,      /* the last sibling */
} Move;

/* Moves the focus from the current box along the tree: the keys say
 * where, as the chart is drawn */
static void
move (OutreachChart *self,
      Move           where)
{
  guint i = self->current;
  OutreachChartBoxWidget *box = _outreach_chart_box_at (self, i);
  int to;

  switch (where)
    {
    case MOVE_PARENT:
      move_to (self, _outreach_chart_parent_of (self, i));
      break;
    case MOVE_CHILD:
      if (outreach_chart_box_widget_get_n_children (box) == 0)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          break;
        }
      outreach_chart_box_widget_set_expanded (box, TRUE);
      move_to (self, i + 1);
      break;
    case MOVE_PREVIOUS:
      move_to (self, g_array_index (self->prev, int, i));
      break;
    case MOVE_NEXT:
      move_to (self, g_array_index (self->next, int, i));
      break;
    case MOVE_LAST:
      to = i;
      while (g_array_index (self->next, int, to) >= 0)
        to = g_array_index (self->next, int, to);
      move_to (self, to);
      break;
    default:
      g_assert_not_reached ();
    }
}

gboolean
_outreach_chart_focus (GtkWidget        *widget,
                       GtkDirectionType  direction)
{
  OutreachChart *self = OUTREACH_CHART (widget);

  /* the focus is in the chart: Tab leaves it */
  if (gtk_widget_get_focus_child (widget) != NULL || _outreach_chart_n_boxes (self) == 0)
    return FALSE;
  if (self->current >= _outreach_chart_n_boxes (self))
    self->current = 0;
  return gtk_widget_grab_focus (GTK_WIDGET (_outreach_chart_box_at (self, self->current)));
}

gboolean
_outreach_chart_grab_focus (GtkWidget *widget)
{
  OutreachChart *self = OUTREACH_CHART (widget);

  if (_outreach_chart_n_boxes (self) == 0)
    return FALSE;
  if (self->current >= _outreach_chart_n_boxes (self))
    self->current = 0;
  return gtk_widget_grab_focus (GTK_WIDGET (_outreach_chart_box_at (self, self->current)));
}

void
_outreach_chart_set_focus_child (GtkWidget *widget,
                                 GtkWidget *child)
{
  OutreachChart *self = OUTREACH_CHART (widget);
  /* outreach_chart_parent_class, which is outreach-chart.c's own */
  GtkWidgetClass *parent_class = g_type_class_peek_parent (G_OBJECT_GET_CLASS (widget));

  parent_class->set_focus_child (widget, child);
  if (OUTREACH_IS_CHART_BOX_WIDGET (child))
    self->current = _outreach_chart_index_of (
      self, outreach_chart_box_widget_get_node (OUTREACH_CHART_BOX_WIDGET (child)));
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                OutreachChart         *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  /* children beside their parent, siblings in a column: the keys turn with it */
  gboolean across = self->orientation == OUTREACH_CHART_LEFT_RIGHT;
  OutreachChartBoxWidget *box;
  guint i = self->current;

  if (i >= _outreach_chart_n_boxes (self))
    return FALSE;
  box = _outreach_chart_box_at (self, i);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == GDK_CONTROL_MASK)
    switch (keyval)
      {
      case GDK_KEY_plus:
      case GDK_KEY_equal:
      case GDK_KEY_KP_Add:
        outreach_chart_zoom_in (self);
        return TRUE;
      case GDK_KEY_minus:
      case GDK_KEY_KP_Subtract:
        outreach_chart_zoom_out (self);
        return TRUE;
      case GDK_KEY_0:
      case GDK_KEY_KP_0:
        outreach_chart_zoom_fit (self);
        return TRUE;
      default:
        return FALSE;
      }
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move (self, across ? MOVE_PREVIOUS : MOVE_PARENT);
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      move (self, across ? MOVE_NEXT : MOVE_CHILD);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (across)
        move (self, rtl ? MOVE_CHILD : MOVE_PARENT);
      else
        move (self, rtl ? MOVE_NEXT : MOVE_PREVIOUS);
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (across)
        move (self, rtl ? MOVE_PARENT : MOVE_CHILD);
      else
        move (self, rtl ? MOVE_PREVIOUS : MOVE_NEXT);
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_to (self, 0);
      return TRUE;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      move (self, MOVE_LAST);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      outreach_chart_box_widget_set_expanded (box, FALSE);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
    case GDK_KEY_equal:
      outreach_chart_box_widget_set_expanded (box, TRUE);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Pinching */

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                OutreachChart    *self)
{
  self->pinch_start = self->zoom;
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture,
                        double          scale,
                        OutreachChart  *self)
{
  outreach_chart_set_zoom (self, self->pinch_start * scale);
}

/* The keys and the pinch, on the chart */
void
_outreach_chart_add_controllers (OutreachChart *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_scale_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));
}
