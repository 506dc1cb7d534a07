/* outreach-window-private.h: the window's fields, for the files that share them
 *
 *   outreach-window.c          construction, properties, navigation, reset
 *   outreach-window-actions.c  the win.* actions
 *   outreach-window-search.c   the search bar, and the results in place of the page
 *   outreach-window-problems.c the bar, for what went wrong
 *   outreach-window-kiosk.c    display-station mode: the idle clock, the attract screen, staff exit
 *   outreach-window-sheets.c   a station's QR codes over the page
 *   outreach-window-lockdown.c what a station refuses and forgets
 *   outreach-window-adaptive.c the tree folded away in a narrow window
 *   outreach-window-present.c  presenting a tour, full screen
 *   outreach-window-chart.c    the Structure page, the organisation chart
 *   outreach-window-export.c   exporting the chart as SVG or PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-attract-screen.h"
#include "outreach-countdown.h"
#include "outreach-exit-pin.h"
#include "outreach-message.h"
#include "outreach-page-view.h"
#include "outreach-search-view.h"
#include "outreach-sidebar.h"
#include "outreach-window.h"

G_BEGIN_DECLS

struct _OutreachWindow
{
  GtkApplicationWindow   parent_instance;

  OutreachContent       *content;
  GSettings             *settings;
  GtkWindow             *composer;      /* the message preview, made once, hidden when closed */
  GtkWindow             *help_overlay;  /* the shortcuts window, made at its first showing */
  GPtrArray             *back;          /* ids, most recent last */
  GPtrArray             *forward;

  /* the template */
  GtkOverlay            *overlay;
  GtkWidget             *header_bar;
  GtkWidget             *menu_button;
  GMenuModel            *primary_menu;  /* the main menu's model: its popover is made when it opens */
  GMenu                 *help_section;  /* the main menu's: Keyboard Shortcuts, About */
  GtkWidget             *start_again_button;
  GtkToggleButton       *search_button;
  GtkRevealer           *problem_revealer;
  GtkLabel              *problem_title;
  GtkLabel              *problem_label;
  GtkSearchBar          *search_bar;
  GtkSearchEntry        *search_entry;
  OutreachSidebar       *sidebar;
  GtkStack              *main_stack;    /* "page" or "results" */
  OutreachPageView      *page_view;
  OutreachSearchView    *search_view;
  GtkRevealer           *countdown_revealer;
  OutreachCountdown     *countdown;
  OutreachAttractScreen *attract_box;
  GtkWidget             *exit_corner;
  GtkWidget             *sidebar_button; /* shows the tree, in a narrow window */
  GtkWidget             *text_size_row;  /* the main menu's "−  100%  +" */
  GtkWidget             *text_size_button;
  GtkLabel              *text_size_label;
  struct _OutreachChart *chart;         /* the Structure page: see outreach-window-chart.c */
  gboolean               chart_follows; /* a navigation the chart follows, not leaves */
  GtkWidget             *chart_export_button; /* the branch's: see outreach-window-export.c */
  GtkRevealer           *notice_revealer; /* "saved", as the bar says what went wrong */
  GtkLabel              *notice_label;
  guint                  notice_source;
  gboolean               export_closed;  /* disposed: an export's end tells no one */
  guint                  exports_running;  /* drawn in a worker thread now */

  /* an open search: see outreach-window-search.c */
  char                  *search_origin;  /* the page's id when it opened */
  gboolean               search_from_chart;  /* it opened over the Structure page */
  GPtrArray             *search_back;    /* and the history then */
  GPtrArray             *search_forward;
  GtkWidget             *search_return;  /* the focus then (a weak pointer) */

  /* a narrow window: see outreach-window-adaptive.c */
  gboolean               folded;        /* the tree or the page, not both */
  gboolean               show_sidebar;  /* folded: the tree shown, in place of the page */
  gboolean               tree_keys;     /* a key is moving in the tree: browsing, not a choice */
  guint                  tree_keys_source;
  int                    divider_width; /* the width the divider was last placed for */
  double                 divider_scale; /* and the text scale */
  GdkFrameClock         *layout_clock;  /* watched for the window's width */
  gulong                 layout_handler;

  /* display-station mode: see outreach-window-kiosk.c */
  gboolean               kiosk;
  guint                  idle_seconds;
  guint                  warning_seconds;
  gint64                 last_activity;
  GHashTable            *pointer_positions; /* GdkDevice → where it was last seen */
  guint                  idle_source;
  guint                  inhibit_cookie;
  GtkWidget             *sheet;         /* a link's or message's QR code, on a station */
  int                    divider_start; /* where the tree's divider starts, for each visitor */
  gboolean               problem_held;  /* on a station: a problem kept for staff, not shown */
  OutreachExitPinLock   *exit_pin_lock; /* the staff PIN pad's wrong tries, kept past the pad */

  /* presenting a tour: see outreach-window-present.c */
  struct _OutreachPresenter *presenter;
  int                    saved_width;   /* the window as it was, to give back */
  int                    saved_height;
  gboolean               saved_maximized;
  gboolean               saved_fullscreen;
  double                 saved_text_size;
  int                    saved_divider;  /* where the tree's divider was, and for */
  int                    saved_divider_width; /* which width and text size */
  double                 saved_divider_scale;
  char                  *saved_page;
  char                  *saved_search;  /* the search's text, if it was open */
  gboolean               leaving_full_screen; /* asked to leave it, not out yet */
  GdkMonitor            *home_monitor;  /* where the window was before presenting */
  GPtrArray             *saved_back;
  GPtrArray             *saved_forward;
};

/* outreach-window.c */
void _outreach_window_update_history     (OutreachWindow  *self);
void _outreach_window_navigate           (OutreachWindow  *self,
                                          OutreachNode    *node,
                                          gboolean         record);
void _outreach_window_show_problem       (OutreachWindow  *self,
                                          const char      *title,
                                          const char      *detail);
void _outreach_window_close_children     (OutreachWindow  *self);
/* outreach-window-lockdown.c */
void _outreach_window_station_changed    (OutreachWindow  *self);
void _outreach_window_close_other_windows (OutreachWindow *self);
void _outreach_window_forget_clipboards  (OutreachWindow  *self);
void _outreach_window_lockdown_init      (OutreachWindow  *self);

/* outreach-window-adaptive.c */
void _outreach_window_adaptive_class_init (GtkWidgetClass *widget_class);
void _outreach_window_adaptive_init      (OutreachWindow  *self);
void _outreach_window_keep_divider       (OutreachWindow  *self);
void _outreach_window_give_back_divider  (OutreachWindow  *self);
void _outreach_window_adaptive_dispose   (OutreachWindow  *self);
void _outreach_window_set_show_sidebar   (OutreachWindow  *self,
                                          gboolean         show);
void _outreach_window_sidebar_chosen     (OutreachWindow  *self);
void _outreach_window_place_divider      (OutreachWindow  *self);
void _outreach_window_show_panes         (OutreachWindow  *self);

/* outreach-window-present.c */
void _outreach_window_present_class_init (GtkWidgetClass  *widget_class);
void _outreach_window_present_init       (OutreachWindow  *self);
void _outreach_window_present_dispose    (OutreachWindow  *self);

/* outreach-window-chart.c */
void _outreach_window_chart_class_init   (GtkWidgetClass  *widget_class);
void _outreach_window_chart_init         (OutreachWindow  *self);
gboolean _outreach_window_structure_shown (OutreachWindow *self);
/* The chart as a step in the Back and Forward history (no page has an
 * empty id) */
#define OUTREACH_WINDOW_HISTORY_CHART ""

void _outreach_window_show_structure     (OutreachWindow  *self);
void _outreach_window_update_title       (OutreachWindow  *self);
void _outreach_window_history_forget_missing (OutreachWindow  *self,
                                              OutreachContent *content);
void _outreach_window_history_forget_repeats (OutreachWindow  *self,
                                              const char      *here);
void _outreach_window_hide_structure     (OutreachWindow  *self);
void _outreach_window_chart_follow       (OutreachWindow  *self,
                                          OutreachNode    *node);
void _outreach_window_chart_reset        (OutreachWindow  *self);

/* outreach-window-export.c */
void _outreach_window_export_class_init  (GtkWidgetClass  *widget_class);
void _outreach_window_export_init        (OutreachWindow  *self);
void _outreach_window_export_dispose     (OutreachWindow  *self);

/* outreach-window-actions.c */
void _outreach_window_class_add_actions  (GtkWidgetClass  *widget_class);
void _outreach_window_focus_page_start   (OutreachWindow  *self);
void _outreach_window_menu_init          (OutreachWindow  *self);
GtkPopover *_outreach_window_get_main_menu (OutreachWindow *self);
void _outreach_window_show_stack_page    (OutreachWindow  *self,
                                          const char      *name);

/* outreach-window-search.c */
void _outreach_window_search_class_init  (GtkWidgetClass  *widget_class);
void _outreach_window_search_init        (OutreachWindow  *self);
void _outreach_window_search_dispose     (OutreachWindow  *self);
void _outreach_window_close_search       (OutreachWindow  *self);
void _outreach_window_type_into_search   (OutreachWindow  *self,
                                          gunichar         ch);
void _outreach_window_search_forget      (OutreachWindow  *self);
void _outreach_window_search_set_station (OutreachWindow  *self,
                                          gboolean         station);

/* outreach-window-sheets.c */
void _outreach_window_show_sheet  (OutreachWindow *self,
                                  GtkWidget      *sheet);
void _outreach_window_sheets_init (OutreachWindow *self);
void _outreach_window_close_sheet        (OutreachWindow  *self);
void _outreach_window_show_link_sheet    (OutreachWindow  *self,
                                          const char      *uri);
void _outreach_window_show_message_sheet (OutreachWindow  *self,
                                          OutreachMessage *message,
                                          const char      *about);

/* outreach-window-kiosk.c */
void _outreach_window_kiosk_class_init   (GtkWidgetClass  *widget_class);
void _outreach_window_kiosk_init         (OutreachWindow  *self);
void _outreach_window_kiosk_dispose      (OutreachWindow  *self);
void _outreach_window_note_activity      (OutreachWindow  *self);

G_END_DECLS
