/* outreach-compose-view.c: the message window's size, and what it keeps
 * in view (the message where the cursor waits, a QR code shown under it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-compose-layout.h"
#include "outreach-compose-window-private.h"

/* Whether the QR code is under the message, as laid out */
static gboolean
qr_under_message (OutreachComposeWindow *self)
{
  return !_outreach_compose_row_qr_beside (GTK_WIDGET (self->message_row),
                                           gtk_widget_get_width (GTK_WIDGET (self->message_row)));
}

/* The monitor the window opens on: its parent's, or the first */
static GdkMonitor *
get_monitor (OutreachComposeWindow *self)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GdkSurface *surface = parent ? gtk_native_get_surface (GTK_NATIVE (parent)) : NULL;
  g_autoptr(GdkMonitor) first = NULL;

  if (surface != NULL)
    return gdk_display_get_monitor_at_surface (display, surface);
  first = g_list_model_get_item (gdk_display_get_monitors (display), 0);
  return first;   /* the display holds it */
}

/* @widget, in the view, brought into it as it is laid out now: the view
 * scrolls down until its bottom is in view, or its top if it is taller
 * than the view */
static void
bring_into_view (OutreachComposeWindow *self,
                 GtkWidget             *widget)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));
  graphene_rect_t bounds;
  double below;

  if (!gtk_widget_compute_bounds (widget, self->scroller, &bounds))
    return;
  below = bounds.origin.y + bounds.size.height - gtk_widget_get_height (self->scroller);
  if (below > 0 && bounds.origin.y > 0)
    gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + MIN (below, bounds.origin.y));
}

/* Once laid out, the message (where the cursor waits) in view: on a small
 * screen, at a large text size, what is above it is scrolled away rather
 * than the message */
static gboolean
bring_message_into_view (GtkWidget     *scroller,
                         GdkFrameClock *clock,
                         gpointer       user_data)
{
  OutreachComposeWindow *self = user_data;

  if (!gtk_widget_get_mapped (self->body_scroller) || gtk_widget_get_height (self->body_scroller) <= 0)
    return G_SOURCE_CONTINUE;
  bring_into_view (self, self->body_scroller);
  return G_SOURCE_REMOVE;
}

/* The QR code shown, laid out: in view, the code whole before its caption
 * (scannable even where the two are taller than the view) */
static gboolean
bring_qr_into_view (GtkWidget     *scroller,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  OutreachComposeWindow *self = user_data;

  if (gtk_widget_get_mapped (GTK_WIDGET (self->qr_revealer)))
    bring_into_view (self, GTK_WIDGET (self->qr_revealer));
  return G_SOURCE_REMOVE;
}

/* As tall as what it shows and no taller, within the screen: what does not
 * fit scrolls, above the status line and the buttons, which stay in view */
void
_outreach_compose_window_size_to_content (OutreachComposeWindow *self)
{
  GdkMonitor *monitor = get_monitor (self);
  GdkRectangle screen = { 0, 0, G_MAXINT / 2, G_MAXINT / 2 };
  int width, height, scroller_height, content_height;
  double frame_x, frame_y;
  int frame_width, line;
  g_autoptr(PangoLayout) layout = NULL;

  if (monitor != NULL)
    gdk_monitor_get_geometry (monitor, &screen);
  /* the message at least MESSAGE_MIN_LINES lines tall at this text size
   * (and its margins): what does not fit scrolls, in it and around it */
  layout = gtk_widget_create_pango_layout (GTK_WIDGET (self->body_view), "Hg");
  pango_layout_get_pixel_size (layout, NULL, &line);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (self->body_scroller),
                                              MESSAGE_MIN_LINES * line + 2 * 8);
  /* and where there is room, some MESSAGE_LINES lines to write in */
  gtk_widget_set_size_request (GTK_WIDGET (self->body_view), -1, MESSAGE_LINES * line + 2 * 8);
  /* wide enough for the QR code beside the message, where there is room */
  width = MIN (DEFAULT_WIDTH, screen.width - SCREEN_ROOM);
  /* the default size counts the frame a window may have (a border drawn
   * round it where there is no compositor); what it holds is inside that */
  gtk_native_get_surface_transform (GTK_NATIVE (self), &frame_x, &frame_y);
  frame_width = 2 * (int) frame_x;
  /* the window as tall as it measures, but with what scrolls as tall as
   * it is at this width: GTK 4.8's scrolled window measures it at its
   * narrowest, where every line wraps, so much taller */
  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, width - frame_width,
                      NULL, &height, NULL, NULL);
  gtk_widget_measure (self->scroller, GTK_ORIENTATION_VERTICAL, width - frame_width,
                      NULL, &scroller_height, NULL, NULL);
  gtk_widget_measure (self->content_box, GTK_ORIENTATION_VERTICAL, width - frame_width,
                      NULL, &content_height, NULL, NULL);
  height += content_height - scroller_height;
  height = MIN (height, screen.height - SCREEN_ROOM);
  gtk_window_set_default_size (GTK_WINDOW (self), width, height);
  gtk_widget_add_tick_callback (self->scroller, bring_message_into_view, self, NULL);
}

/* Once laid out with the QR code under the message, scrolled down to it:
 * at the next frame (the view is being laid out now, and would not be
 * again at a value set now) */
static void
scroll_to_qr (GtkAdjustment *adjustment,
              gpointer       user_data)
{
  OutreachComposeWindow *self = user_data;

  g_signal_handlers_disconnect_by_func (adjustment, scroll_to_qr, user_data);
  gtk_widget_add_tick_callback (self->scroller, bring_qr_into_view, self, NULL);
}

/* Under the message (in a narrow window), a QR code shown is not left out
 * of view below: the view goes down to it once it is laid out */
void
_outreach_compose_window_follow_qr (OutreachComposeWindow *self,
                                    gboolean               shown)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scroller));

  g_signal_handlers_disconnect_by_func (adjustment, scroll_to_qr, self);
  if (shown && gtk_widget_get_mapped (GTK_WIDGET (self)) && qr_under_message (self))
    g_signal_connect (adjustment, "changed", G_CALLBACK (scroll_to_qr), self);
}

/* The cursor in view, once the message is laid out in the window: not
 * before, at a width it will not keep (the view would stay scrolled to
 * where the cursor was in that layout) */
static gboolean
scroll_to_cursor (GtkWidget     *view,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  OutreachComposeWindow *self = user_data;

  if (!gtk_widget_get_mapped (view) || gtk_widget_get_width (view) <= 0)
    return G_SOURCE_CONTINUE;
  self->scroll_tick = 0;
  gtk_text_view_scroll_mark_onscreen (GTK_TEXT_VIEW (view),
                                      gtk_text_buffer_get_insert (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))));
  return G_SOURCE_REMOVE;
}

/* The cursor at @place, and in view once laid out */
void
_outreach_compose_window_place_cursor (OutreachComposeWindow *self,
                                       GtkTextIter           *place)
{
  gtk_text_buffer_place_cursor (gtk_text_view_get_buffer (self->body_view), place);
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->body_view), scroll_to_cursor,
                                                      self, NULL);
}

/* The cursor where the person writes their own words: on a line of its
 * own before the sign-off (the last paragraph, "Kind regards,"), after
 * what the template says (which may end "A little about me:"), and in
 * view; at the end of a message of one paragraph */
void
_outreach_compose_window_place_cursor_for_writing (OutreachComposeWindow *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->body_view);
  GtkTextIter start, end, place;
  g_autofree char *text = NULL;
  const char *sign_off;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  sign_off = g_strrstr (text, "\n\n");
  if (sign_off != NULL && sign_off != text)
    {
      gtk_text_buffer_get_iter_at_offset (buffer, &place, (int) g_utf8_strlen (text, sign_off - text) + 2);
      /* a paragraph of its own, empty, between the template's and the sign-off */
      gtk_text_buffer_insert (buffer, &place, "\n\n", -1);
      gtk_text_iter_backward_chars (&place, 2);
    }
  else
    place = end;
  _outreach_compose_window_place_cursor (self, &place);
}

