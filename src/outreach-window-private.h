/* outreach-window-private.h: the window's fields, for the files that share them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-attract-screen.h"
#include "outreach-countdown.h"
#include "outreach-message.h"
#include "outreach-page-view.h"
#include "outreach-search-view.h"
#include "outreach-sidebar.h"
#include "outreach-window.h"

G_BEGIN_DECLS

struct _OutreachWindow
{
  GtkApplicationWindow  parent_instance;

  OutreachContent      *content;
  GSettings            *settings;
  GtkWindow            *composer;   /* the message preview, made once, hidden when closed */
  GPtrArray            *back;       /* ids, most recent last */
  GPtrArray            *forward;

  OutreachSidebar      *sidebar;
  OutreachPageView     *page_view;
  GtkToggleButton      *search_button;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *search_entry;
  GtkStack             *main_stack;
  OutreachSearchView   *search_view;
  GtkRevealer          *problem_revealer;
  GtkLabel             *problem_title;
  GtkLabel             *problem_label;

  /* display-station mode: see outreach-window-kiosk.c */
  gboolean              kiosk;
  guint                 idle_seconds;
  guint                 warning_seconds;
  gint64                last_activity;
  double                pointer_x;      /* where the pointer was last seen */
  double                pointer_y;
  guint                 idle_source;
  guint                 inhibit_cookie;
  GtkWidget            *sheet;         /* a link's or message's QR code, on a station */
  GtkOverlay           *overlay;
  GtkWindow            *pin_window;    /* weak: the staff PIN pad, if shown */
  GtkWindow            *help_overlay;   /* the shortcuts window, made at its first showing */
  GtkWidget            *header_bar;
  GtkWidget            *menu_button;
  GtkRevealer          *countdown_revealer;
  OutreachCountdown    *countdown;
  OutreachAttractScreen *attract_box;
  GtkWidget            *exit_corner;
  GtkWidget            *start_again_button;
};

void _outreach_window_navigate_home   (OutreachWindow *self);
void _outreach_window_note_activity   (OutreachWindow *self);
void _outreach_window_close_children  (OutreachWindow *self);
void _outreach_window_kiosk_init      (OutreachWindow *self);
void _outreach_window_kiosk_dispose   (OutreachWindow *self);
void _outreach_window_kiosk_class_init (GtkWidgetClass *widget_class);
void _outreach_window_show_message_sheet (OutreachWindow *self,
                                          OutreachMessage *message);

G_END_DECLS
