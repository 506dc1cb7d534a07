/* outreach-presenter-keys.c: the keys while a tour is presented
 *
 * A clicker's (Page Up, Page Down; some send B, F5 and Escape) and the
 * keyboard's, on the projector's window and on the presenter view; the
 * search's own keys, and a link's Enter, are left to them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-presenter-private.h"
#include "outreach-window-private.h"

/* "12" then Enter: a step's number is at most this long */
#define NUMBER_MAX_DIGITS 6

/* The keys: a clicker's (Page Up, Page Down; some send B, F5 and Escape) and
 * the keyboard's */

static gboolean
is_modifier (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Shift_L: case GDK_KEY_Shift_R: case GDK_KEY_Control_L: case GDK_KEY_Control_R:
    case GDK_KEY_Alt_L: case GDK_KEY_Alt_R: case GDK_KEY_Super_L: case GDK_KEY_Super_R:
    case GDK_KEY_Meta_L: case GDK_KEY_Meta_R: case GDK_KEY_Caps_Lock: case GDK_KEY_ISO_Level3_Shift:
    case GDK_KEY_Num_Lock:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Enter and Space on a link, button or row the presenter moved to press it */
static gboolean
focus_pressable (OutreachPresenter *self,
                 gboolean           on_view)
{
  GtkWidget *focus = on_view ? NULL : gtk_root_get_focus (GTK_ROOT (self->window));

  return focus != NULL && gtk_widget_get_mapped (focus) &&
         (GTK_IS_BUTTON (focus) || GTK_IS_LIST_BOX_ROW (focus) ||
          gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_VIEW) != NULL ||
          gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX) != NULL);
}

static gboolean
is_move_key (guint keyval)
{
  switch (keyval)
    {
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter: case GDK_KEY_space:
    case GDK_KEY_KP_Space: case GDK_KEY_Right: case GDK_KEY_KP_Right: case GDK_KEY_Page_Down:
    case GDK_KEY_KP_Page_Down: case GDK_KEY_Down: case GDK_KEY_KP_Down: case GDK_KEY_Left:
    case GDK_KEY_KP_Left: case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up: case GDK_KEY_Up:
    case GDK_KEY_KP_Up: case GDK_KEY_BackSpace: case GDK_KEY_Home: case GDK_KEY_KP_Home:
    case GDK_KEY_End: case GDK_KEY_KP_End:
      return TRUE;
    default:
      return FALSE;
    }
}

static int
digit_of (guint keyval)
{
  if (keyval >= GDK_KEY_0 && keyval <= GDK_KEY_9)
    return (int) (keyval - GDK_KEY_0);
  if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    return (int) (keyval - GDK_KEY_KP_0);
  return -1;
}

/* "3" then Enter: step 3, if there is one */
static void
go_to_number (OutreachPresenter *self)
{
  guint64 number = g_ascii_strtoull (self->number->str, NULL, 10);

  g_string_truncate (self->number, 0);
  if (number >= 1 && number <= outreach_tour_get_n_steps (self->tour))
    _outreach_presenter_show_step (self, (guint) number - 1);
  else
    _outreach_presenter_update_indicator (self);
}

static gboolean
on_key_pressed (OutreachPresenter     *self,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  gboolean on_view = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller)) != GTK_WIDGET (self->window);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self->window));
  int digit = digit_of (keyval);

  if (is_modifier (keyval))
    return GDK_EVENT_PROPAGATE;
  _outreach_window_note_activity (self->window);
  /* a blank screen: any key brings the page back, and does nothing else */
  if (self->blank != OUTREACH_BLANK_NONE)
    {
      _outreach_presenter_set_blank (self, OUTREACH_BLANK_NONE);
      return GDK_EVENT_STOP;
    }
  /* on the presenter's own screen, a search is the projector window's: the
   * keyboard goes there, with Ctrl+F or what was typed */
  if (on_view && keyval == GDK_KEY_f && (state & GDK_CONTROL_MASK))
    {
      gtk_window_present (GTK_WINDOW (self->window));
      gtk_widget_activate_action (GTK_WIDGET (self->window), "win.search", NULL);
      return GDK_EVENT_STOP;
    }
  /* the app's shortcuts (Ctrl+F, Alt+Left, Ctrl++) are as ever */
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK))
    return GDK_EVENT_PROPAGATE;
  /* typing in the search field, or choosing among its results: the keys
   * are the search's (Escape closes it, back to the step) */
  if (!on_view && (_outreach_presenter_results_shown (self) ||
                   (focus != NULL && (GTK_IS_TEXT (focus) || GTK_IS_EDITABLE (focus)))))
    return GDK_EVENT_PROPAGATE;
  /* a QR code up: a move takes it away, and does nothing else */
  if (self->window->sheet != NULL && is_move_key (keyval))
    {
      _outreach_window_close_sheet (self->window);
      g_string_truncate (self->number, 0);
      _outreach_presenter_update_indicator (self);
      return GDK_EVENT_STOP;
    }

  if (digit >= 0)
    {
      if (self->number->len < NUMBER_MAX_DIGITS)
        g_string_append_c (self->number, (char) ('0' + digit));
      _outreach_presenter_update_indicator (self);
      return GDK_EVENT_STOP;
    }
  switch (keyval)
    {
    case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      if (self->number->len > 0)
        go_to_number (self);
      else if (focus_pressable (self, on_view))
        return GDK_EVENT_PROPAGATE;
      else
        _outreach_presenter_move (self, TRUE);
      return GDK_EVENT_STOP;
    case GDK_KEY_space: case GDK_KEY_KP_Space:
      if (focus_pressable (self, on_view))
        return GDK_EVENT_PROPAGATE;
      _outreach_presenter_move (self, !(state & GDK_SHIFT_MASK));
      break;
    case GDK_KEY_Right: case GDK_KEY_KP_Right: case GDK_KEY_Page_Down: case GDK_KEY_KP_Page_Down:
    case GDK_KEY_Down: case GDK_KEY_KP_Down:
      _outreach_presenter_move (self, TRUE);
      break;
    case GDK_KEY_Left: case GDK_KEY_KP_Left: case GDK_KEY_Page_Up: case GDK_KEY_KP_Page_Up:
    case GDK_KEY_Up: case GDK_KEY_KP_Up: case GDK_KEY_BackSpace:
      _outreach_presenter_move (self, FALSE);
      break;
    case GDK_KEY_Home: case GDK_KEY_KP_Home:
      _outreach_presenter_show_step (self, 0);
      break;
    case GDK_KEY_End: case GDK_KEY_KP_End:
      _outreach_presenter_show_step (self, outreach_tour_get_n_steps (self->tour) - 1);
      break;
    case GDK_KEY_b: case GDK_KEY_B: case GDK_KEY_period: case GDK_KEY_KP_Decimal:
      _outreach_presenter_set_blank (self, OUTREACH_BLANK_BLACK);
      break;
    case GDK_KEY_w: case GDK_KEY_W: case GDK_KEY_comma:
      _outreach_presenter_set_blank (self, OUTREACH_BLANK_WHITE);
      break;
    case GDK_KEY_q: case GDK_KEY_Q:
      _outreach_presenter_toggle_qr (self);
      break;
    case GDK_KEY_Escape:
      /* one thing at a time: the number typed, the QR code, the search,
       * then presenting */
      if (self->number->len > 0)
        g_string_truncate (self->number, 0);
      else if (self->window->sheet != NULL)
        _outreach_window_close_sheet (self->window);
      else if (gtk_search_bar_get_search_mode (self->window->search_bar))
        _outreach_window_close_search (self->window);
      else
        {
          outreach_window_stop_presenting (self->window);
          return GDK_EVENT_STOP;
        }
      break;
    case GDK_KEY_F5:
      /* a clicker's "start": already presenting */
      break;
    default:
      g_string_truncate (self->number, 0);
      _outreach_presenter_update_indicator (self);
      /* typing on the presenter's screen: a search, on the projector's */
      if (on_view && g_unichar_isgraph (gdk_keyval_to_unicode (keyval)))
        {
          gtk_window_present (GTK_WINDOW (self->window));
          _outreach_window_type_into_search (self->window, gdk_keyval_to_unicode (keyval));
          return GDK_EVENT_STOP;
        }
      return GDK_EVENT_PROPAGATE;
    }
  g_string_truncate (self->number, 0);
  _outreach_presenter_update_indicator (self);
  return GDK_EVENT_STOP;
}

GtkEventController *
_outreach_presenter_add_keys (OutreachPresenter *self,
          GtkWidget         *widget)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  /* before any widget in the window sees them */
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_key_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, keys);
  return keys;
}

