/* outreach-chart-keys.c: the chart's focus, keys and pinching
 *
 * The chart is one Tab stop (the box last visited; the root at first);
 * the arrow keys, Home, plus and minus move between and fold the boxes,
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
      move_to (self, _outreach_chart_parent_of (self, i));
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (outreach_chart_box_widget_get_n_children (box) == 0)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return TRUE;
        }
      if (!outreach_chart_box_widget_get_expanded (box))
        {
          outreach_chart_box_widget_set_expanded (box, TRUE);
        }
      move_to (self, i + 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_to (self, g_array_index (rtl ? self->next : self->prev, int, i));
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_to (self, g_array_index (rtl ? self->prev : self->next, int, i));
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_to (self, 0);
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
