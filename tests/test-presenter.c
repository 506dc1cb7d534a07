/* test-presenter.c: presenting a tour, as an HR officer with a clicker does, under Xvfb
 *
 * The app is run as from a shell; keys go through the X server (xdotool),
 * as a clicker's and a keyboard's do. Two monitors are
 * test-presenter-monitors' (under mutter).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-application.h"
#include "outreach-chart.h"
#include "outreach-message.h"
#include "outreach-page-view.h"
#include "outreach-presenter.h"
#include "outreach-qr-sheet.h"
#include "outreach-window.h"
#include "test-packs.h"
#include "test-utils.h"

/* Runs the app with @option (or none), and @test in its window */
static void
run_app (TestAppBody  test,
         const char  *option)
{
  test_run_app (test, option, NULL);
}

static GtkWidget *
child (gpointer    widget,
       const char *name)
{
  return test_child (widget, OUTREACH_TYPE_WINDOW, name);
}

static const char *
shown_id (OutreachWindow *window)
{
  OutreachNode *node = outreach_window_get_current_node (window);

  return node != NULL ? outreach_node_get_id (node) : NULL;
}

static OutreachPresenter *
presenter (OutreachWindow *window)
{
  OutreachPresenter *presenter = outreach_window_get_presenter (window);

  g_assert_nonnull (presenter);
  return presenter;
}

static const char *
step_id (OutreachWindow *window,
         guint           step)
{
  return outreach_node_get_id (outreach_tour_get_step_node (outreach_presenter_get_tour (presenter (window)), step));
}

static const char *
indicator (OutreachWindow *window)
{
  return gtk_label_get_text (GTK_LABEL (outreach_presenter_get_indicator (presenter (window))));
}

static GtkAdjustment *
page_adjustment (OutreachWindow *window)
{
  GtkWidget *scroller = test_child (child (window, "page_view"), OUTREACH_TYPE_PAGE_VIEW, "scroller");

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

/* A key, as the clicker or keyboard sends it, once the window has drawn
 * what the last one did */
static void
press (OutreachWindow *window,
       const char     *keys,
       guint           keyval)
{
  test_wait_drawn (GTK_WIDGET (window), 20);
  test_press_keys (GTK_WINDOW (window), keys, keyval);
}

static gboolean
is_presenting (gpointer window)
{
  return outreach_window_get_presenter (window) != NULL;
}

static void
start (OutreachWindow *window)
{
  gtk_widget_activate_action (GTK_WIDGET (window), "win.present", "s", "");
  test_wait_until (is_presenting, window);
  test_wait_drawn (GTK_WIDGET (window), 20);
}

/* Starting and stopping */

/* F5 presents the pack's first tour from its first step, with neither
 * header bar nor tree, and a line in a corner saying where it is; Escape
 * gives the window back as it was: the page, its history, the text size */
static void
presents_and_gives_back (OutreachApplication *app,
                         OutreachWindow      *window)
{
  GtkWidget *header = child (window, "header_bar");
  GtkWidget *sidebar = child (window, "sidebar");
  GtkPaned *divider;
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  g_assert_true (outreach_window_show_page (window, "about"));
  g_assert_true (outreach_window_show_page (window, "cyber"));
  /* (smaller text: the tree shows beside the page at this width) */
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-out", NULL);
  g_assert_cmpfloat (outreach_application_get_text_size (app), ==, 0.9);
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_true (gtk_widget_get_mapped (header));
  g_assert_true (gtk_widget_get_mapped (sidebar));
  /* the divider where the user dragged it */
  divider = GTK_PANED (gtk_widget_get_parent (sidebar));
  gtk_paned_set_position (divider, 400);
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_cmpint (gtk_paned_get_position (divider), ==, 400);

  press (window, "F5", GDK_KEY_F5);
  g_assert_nonnull (outreach_window_get_presenter (window));
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_false (gtk_widget_get_mapped (header));
  g_assert_false (gtk_widget_get_mapped (sidebar));
  g_assert_cmpuint (outreach_presenter_get_step (presenter (window)), ==, 0);
  g_assert_cmpstr (shown_id (window), ==, step_id (window, 0));
  g_assert_true (gtk_widget_get_mapped (outreach_presenter_get_indicator (presenter (window))));
  g_test_message ("corner: %s", indicator (window));
  g_assert_nonnull (strstr (indicator (window), "Step 1 of"));
  /* F5 again (a clicker's start key) goes on with the tour */
  press (window, "Right", GDK_KEY_Right);
  press (window, "F5", GDK_KEY_F5);
  g_assert_nonnull (outreach_window_get_presenter (window));

  press (window, "Escape", GDK_KEY_Escape);
  g_assert_null (outreach_window_get_presenter (window));
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_true (gtk_widget_get_mapped (header));
  g_assert_true (gtk_widget_get_mapped (sidebar));
  g_assert_cmpstr (shown_id (window), ==, "cyber");
  g_assert_cmpfloat (outreach_application_get_text_size (app), ==, 0.9);
  g_assert_cmpint (gtk_paned_get_position (divider), ==, 400);
  g_assert_false (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
  /* the history as it was: Back goes to About, not to a step of the tour */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (shown_id (window), ==, "about");
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
}

static void
test_presents_and_gives_back (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (presents_and_gives_back, NULL);
}

/* --present=TOUR starts with the window; the main menu has Present */
static void
command_line_presents (OutreachApplication *app,
                       OutreachWindow      *window)
{
  g_assert_nonnull (outreach_window_get_presenter (window));
  g_assert_cmpstr (outreach_tour_get_id (outreach_presenter_get_tour (presenter (window))), ==, "introducing");
  /* as another program on the bus ends it */
  g_action_group_activate_action (G_ACTION_GROUP (app), "stop-presenting", NULL);
  g_assert_null (outreach_window_get_presenter (window));
}

static void
test_command_line_presents (void)
{
  run_app (command_line_presents, "--present=introducing");
}

/* A display station does not present: not from F5, nor from the bus */
static void
station_refuses (OutreachApplication *app,
                 OutreachWindow      *window)
{
  g_autoptr(GError) error = NULL;

  outreach_window_set_kiosk (window, TRUE);
  g_assert_false (outreach_window_present (window, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_action_group_activate_action (G_ACTION_GROUP (app), "present", g_variant_new_string (""));
  g_assert_null (outreach_window_get_presenter (window));
  /* and a window presenting stops when it becomes a station */
  outreach_window_set_kiosk (window, FALSE);
  start (window);
  outreach_window_set_kiosk (window, TRUE);
  g_assert_null (outreach_window_get_presenter (window));
  outreach_window_set_kiosk (window, FALSE);
}

static void
test_station_refuses (void)
{
  run_app (station_refuses, NULL);
}

/* An unknown tour, from the bus: said, and nothing else changes */
static void
unknown_tour (OutreachApplication *app,
              OutreachWindow      *window)
{
  GtkLabel *problem = GTK_LABEL (child (window, "problem_title"));

  g_action_group_activate_action (G_ACTION_GROUP (app), "present", g_variant_new_string ("no-such-tour"));
  g_assert_null (outreach_window_get_presenter (window));
  g_test_message ("shown: %s", gtk_label_get_text (problem));
  g_assert_nonnull (strstr (gtk_label_get_text (problem), "no-such-tour"));
}

static void
test_unknown_tour (void)
{
  run_app (unknown_tour, NULL);
}

/* The clicker */

/* Page Down, Right, Space, Down and Enter go on: through the rest of a
 * long page first, then to the next step, at its top; Page Up, Left,
 * Shift+Space, Up and BackSpace go back; Home and End to the ends; a
 * number and Enter to that step */
static guint
step_of (OutreachWindow *window)
{
  return outreach_presenter_get_step (presenter (window));
}

/* Presses @keys until the step changes (a long page turns first), at
 * most @limit times; returns how many presses turned the page */
static guint
press_until_step (OutreachWindow *window,
                  const char     *keys,
                  guint           keyval,
                  guint           limit)
{
  guint before = step_of (window), turns = 0;

  for (guint i = 0; i < limit && step_of (window) == before; i++)
    {
      double value = gtk_adjustment_get_value (page_adjustment (window));

      press (window, keys, keyval);
      if (step_of (window) == before)
        {
          /* not a step: then the page turned */
          g_assert_cmpfloat (gtk_adjustment_get_value (page_adjustment (window)), !=, value);
          turns++;
        }
    }
  g_assert_cmpuint (step_of (window), !=, before);
  return turns;
}

static void
clicker_moves (OutreachApplication *app,
               OutreachWindow      *window)
{
  static const struct { const char *keys; guint keyval; int direction; } moves[] = {
    { "Next", GDK_KEY_Page_Down, 1 }, { "Right", GDK_KEY_Right, 1 }, { "space", GDK_KEY_space, 1 },
    { "Down", GDK_KEY_Down, 1 }, { "Return", GDK_KEY_Return, 1 },
    { "Prior", GDK_KEY_Page_Up, -1 }, { "Left", GDK_KEY_Left, -1 }, { "shift+space", GDK_KEY_space, -1 },
    { "Up", GDK_KEY_Up, -1 }, { "BackSpace", GDK_KEY_BackSpace, -1 },
  };
  guint n_steps, turns;

  start (window);
  n_steps = outreach_presenter_get_n_steps (presenter (window));
  g_assert_cmpuint (n_steps, >, 4);
  /* Home is longer than the projector: the first Page Down turns it */
  turns = press_until_step (window, "Next", GDK_KEY_Page_Down, 20);
  g_test_message ("Home: %u turns before step 2", turns);
  g_assert_cmpuint (turns, >, 0);
  g_assert_cmpuint (step_of (window), ==, 1);
  g_assert_cmpstr (shown_id (window), ==, step_id (window, 1));
  g_assert_cmpfloat (gtk_adjustment_get_value (page_adjustment (window)), ==, 0);
  g_assert_nonnull (strstr (indicator (window), "Step 2 of"));

  for (guint i = 0; i < G_N_ELEMENTS (moves); i++)
    {
      guint before = step_of (window);

      if (moves[i].direction < 0)
        outreach_presenter_go_to (presenter (window), 3);
      press_until_step (window, moves[i].keys, moves[i].keyval, 20);
      g_test_message ("%s: step %u → %u", moves[i].keys, before + 1, step_of (window) + 1);
      if (moves[i].direction > 0)
        g_assert_cmpuint (step_of (window), ==, before + 1);
      else
        g_assert_cmpuint (step_of (window), ==, 2);
      g_assert_cmpstr (shown_id (window), ==, step_id (window, step_of (window)));
    }

  press (window, "End", GDK_KEY_End);
  g_assert_cmpuint (step_of (window), ==, n_steps - 1);
  /* on from the last step: it stays (at the end of its page) */
  for (guint i = 0; i < 12; i++)
    press (window, "Right", GDK_KEY_Right);
  g_assert_cmpuint (step_of (window), ==, n_steps - 1);
  press (window, "Home", GDK_KEY_Home);
  g_assert_cmpuint (step_of (window), ==, 0);

  /* "4" Enter: step 4; "99" Enter: no such step, nothing moves */
  press (window, "4", GDK_KEY_4);
  g_assert_nonnull (strstr (indicator (window), "4"));
  press (window, "Return", GDK_KEY_Return);
  g_assert_cmpuint (step_of (window), ==, 3);
  g_assert_cmpstr (shown_id (window), ==, step_id (window, 3));
  press (window, "9 9", GDK_KEY_9);
  press (window, "Return", GDK_KEY_Return);
  g_assert_cmpuint (step_of (window), ==, 3);
  /* Escape drops a number typed, and presenting goes on */
  press (window, "2", GDK_KEY_2);
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_nonnull (outreach_window_get_presenter (window));
  press (window, "Return", GDK_KEY_Return);
  g_assert_cmpuint (step_of (window), !=, 1);
  outreach_window_stop_presenting (window);
}

static void
test_clicker_moves (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (clicker_moves, NULL);
}

/* B and . black the screen out, W whites it; any key brings the page
 * back and does nothing else; so does a click */
static gboolean
blank_shown (OutreachWindow *window,
             const char     *colour)
{
  GtkWidget *overlay = child (window, "overlay");

  for (GtkWidget *c = gtk_widget_get_first_child (overlay); c != NULL; c = gtk_widget_get_next_sibling (c))
    if (gtk_widget_has_css_class (c, "presenter-blank") && gtk_widget_get_mapped (c) &&
        gtk_widget_has_css_class (c, colour) &&
        gtk_widget_get_width (c) == gtk_widget_get_width (overlay) &&
        gtk_widget_get_height (c) == gtk_widget_get_height (overlay))
      return TRUE;
  return FALSE;
}

static void
blanks_the_screen (OutreachApplication *app,
                   OutreachWindow      *window)
{
  static const struct { const char *key; guint keyval; OutreachBlank blank; const char *colour; } blanks[] = {
    { "b", GDK_KEY_b, OUTREACH_BLANK_BLACK, "black" }, { "period", GDK_KEY_period, OUTREACH_BLANK_BLACK, "black" },
    { "w", GDK_KEY_w, OUTREACH_BLANK_WHITE, "white" }, { "B", GDK_KEY_B, OUTREACH_BLANK_BLACK, "black" },
  };

  start (window);
  outreach_presenter_go_to (presenter (window), 2);
  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      press (window, blanks[i].key, blanks[i].keyval);
      test_wait_drawn (GTK_WIDGET (window), 20);
      g_assert_cmpint (outreach_presenter_get_blank (presenter (window)), ==, blanks[i].blank);
      g_assert_true (blank_shown (window, blanks[i].colour));
      /* any key: the page again, at the same step (Right does not move on) */
      press (window, i % 2 ? "x" : "Right", i % 2 ? GDK_KEY_x : GDK_KEY_Right);
      test_wait_drawn (GTK_WIDGET (window), 20);
      g_assert_cmpint (outreach_presenter_get_blank (presenter (window)), ==, OUTREACH_BLANK_NONE);
      g_assert_false (blank_shown (window, blanks[i].colour));
      g_assert_cmpuint (step_of (window), ==, 2);
    }
  outreach_window_stop_presenting (window);
  g_assert_false (blank_shown (window, "black"));
}

static void
test_blanks_the_screen (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (blanks_the_screen, NULL);
}

/* The first link on the page to another page */
static GtkWidget *
any_page_link (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.show") == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = any_page_link (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
results_shown (gpointer window)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "main_stack"))), "results") == 0;
}

/* A question: the presenter searches, shows the answer, and the next
 * press comes back to the step left, not the one after */
static void
detour_comes_back (OutreachApplication *app,
                   OutreachWindow      *window)
{
  GtkWidget *entry = child (window, "search_entry");
  guint step;

  start (window);
  /* (a page: step 3 is the chart) */
  outreach_presenter_go_to (presenter (window), 3);
  step = step_of (window);
  press (window, "ctrl+f", GDK_KEY_f);
  test_wait_until (test_is_mapped, entry);
  /* the keys are the field's while typing: b, w, q and digits type */
  press (window, "b w q 2", GDK_KEY_2);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "bwq2");
  g_assert_cmpint (outreach_presenter_get_blank (presenter (window)), ==, OUTREACH_BLANK_NONE);
  gtk_editable_set_text (GTK_EDITABLE (entry), "asset recovery");
  test_wait_until (results_shown, window);
  press (window, "Return", GDK_KEY_Return);
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_test_message ("shown: %s; corner: %s", shown_id (window), indicator (window));
  g_assert_cmpstr (shown_id (window), !=, step_id (window, step));
  g_assert_true (outreach_presenter_get_detour (presenter (window)));
  g_assert_nonnull (strstr (indicator (window), "Off the tour"));

  press (window, "Right", GDK_KEY_Right);
  g_assert_false (outreach_presenter_get_detour (presenter (window)));
  g_assert_cmpuint (step_of (window), ==, step);
  g_assert_cmpstr (shown_id (window), ==, step_id (window, step));
  g_assert_nonnull (strstr (indicator (window), "Step 4 of"));

  /* a link on the page, reached with Tab and followed with Enter, is a
   * detour too (Enter on a link is the link's); Left also comes back */
  {
    GtkWidget *link = any_page_link (child (window, "page_view"));

    g_assert_nonnull (link);
    gtk_widget_grab_focus (link);
    press (window, "Return", GDK_KEY_Return);
    test_wait_drawn (GTK_WIDGET (window), 20);
    g_test_message ("after a link: %s", shown_id (window));
    g_assert_true (outreach_presenter_get_detour (presenter (window)));
    g_assert_cmpuint (step_of (window), ==, step);
    press (window, "Left", GDK_KEY_Left);
    g_assert_false (outreach_presenter_get_detour (presenter (window)));
    g_assert_cmpuint (step_of (window), ==, step);
    g_assert_cmpstr (shown_id (window), ==, step_id (window, step));
  }
  /* the organisation chart in the page's place is a detour too */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL);
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_true (outreach_presenter_get_detour (presenter (window)));
  press (window, "Right", GDK_KEY_Right);
  g_assert_false (outreach_presenter_get_detour (presenter (window)));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (child (window, "main_stack"))), ==, "page");
  g_assert_cmpstr (shown_id (window), ==, step_id (window, step));
  outreach_window_stop_presenting (window);
}

static void
test_detour_comes_back (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (detour_comes_back, NULL);
}

/* Q: the QR code of the message Get in Touch would write for the step's
 * page, large, for the room; a phone reads it off the screen. Q again, or
 * Escape, takes it away, and presenting goes on */
static void
qr_for_the_room (OutreachApplication *app,
                 OutreachWindow      *window)
{
  g_autoptr(OutreachMessage) message = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autofree char *uri = NULL;
  GtkWidget *sheet;

  start (window);
  outreach_presenter_go_to (presenter (window), 3);
  g_object_get (window, "content", &content, NULL);
  message = outreach_message_new_for (content, NULL,
                                      outreach_window_get_current_node (window), NULL);
  g_assert_nonnull (message);
  uri = outreach_message_dup_uri (message);

  press (window, "q", GDK_KEY_q);
  sheet = outreach_window_get_sheet (window);
  g_assert_nonnull (sheet);
  test_wait_until (test_is_mapped, sheet);
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_cmpstr (outreach_qr_sheet_get_code (OUTREACH_QR_SHEET (sheet)), ==, uri);
  {
    g_autofree char *read = test_read_qr (GTK_WIDGET (window));

    if (read != NULL)
      {
        g_test_message ("zbarimg: %.60s…", read);
        g_assert_cmpstr (read, ==, uri);
      }
    else
      g_test_message ("zbarimg is not installed: the code is not read");
  }
  press (window, "q", GDK_KEY_q);
  g_assert_null (outreach_window_get_sheet (window));
  press (window, "Q", GDK_KEY_Q);
  g_assert_nonnull (outreach_window_get_sheet (window));
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_null (outreach_window_get_sheet (window));
  g_assert_nonnull (outreach_window_get_presenter (window));
  /* a step on closes it too: a code never sits over a page it is not about */
  press (window, "q", GDK_KEY_q);
  press (window, "Home", GDK_KEY_Home);
  g_assert_null (outreach_window_get_sheet (window));
  outreach_window_stop_presenting (window);
}

static void
test_qr_for_the_room (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (qr_for_the_room, NULL);
}

/* Type for the room: about as many lines of body text fill the screen's
 * height on any screen (this test runs at two sizes) */
static GtkWidget *
find_paragraph (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "paragraph") && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_paragraph (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The height of a line of a paragraph on the page, in pixels */
static double
line_height (OutreachWindow *window)
{
  GtkWidget *paragraph = find_paragraph (child (window, "page_view"));
  PangoLayout *layout;
  int height;

  g_assert_nonnull (paragraph);
  layout = gtk_label_get_layout (GTK_LABEL (paragraph));
  pango_layout_get_pixel_size (layout, NULL, &height);
  return (double) height / MAX (1, pango_layout_get_line_count (layout));
}

static void
type_for_the_room (OutreachApplication *app,
                   OutreachWindow      *window)
{
  double lines, on_desktop;
  GdkRectangle geometry;

  g_assert_true (outreach_window_show_page (window, "about"));
  test_wait_drawn (GTK_WIDGET (window), 20);
  start (window);
  outreach_presenter_go_to (presenter (window), 1);
  g_assert_cmpstr (shown_id (window), ==, "about");
  test_wait_drawn (GTK_WIDGET (window), 20);
  gdk_monitor_get_geometry (outreach_presenter_get_projector (presenter (window)), &geometry);
  lines = geometry.height / line_height (window);
  g_test_message ("screen %d×%d: %.1f lines of body text", geometry.width, geometry.height, lines);
  g_assert_cmpfloat (lines, >, 18);
  g_assert_cmpfloat (lines, <, 30);
  /* and the desktop's type again after */
  outreach_window_stop_presenting (window);
  test_wait_drawn (GTK_WIDGET (window), 20);
  on_desktop = geometry.height / line_height (window);
  g_test_message ("on the desktop: %.1f lines", on_desktop);
  g_assert_cmpfloat (on_desktop, >, lines * 1.3);
}

static void
test_type_for_the_room (void)
{
  run_app (type_for_the_room, NULL);
}

/* The cursor hides when the mouse rests, and comes back when it moves */
static gboolean
cursor_hidden (gpointer window)
{
  GdkCursor *cursor = gtk_widget_get_cursor (window);

  return cursor != NULL && g_strcmp0 (gdk_cursor_get_name (cursor), "none") == 0;
}

static gboolean
cursor_shown (gpointer window)
{
  return !cursor_hidden (window);
}

static void
cursor_hides (OutreachApplication *app,
              OutreachWindow      *window)
{
  start (window);
  test_xdotool ("mousemove 200 200");
  test_xdotool ("mousemove 210 220");
  test_wait_until (cursor_hidden, window);
  test_xdotool ("mousemove 300 300");
  test_wait_until (cursor_shown, window);
  test_wait_until (cursor_hidden, window);
  outreach_window_stop_presenting (window);
  g_assert_false (cursor_hidden (window));
}

static void
test_cursor_hides (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (cursor_hides, NULL);
}


/* Probe finds (issue 17) */

/* A message window open when presenting starts goes out of the way (kept,
 * as when closed); Get in Touch while presenting is the room's QR code,
 * not a window behind the projector that took the clicker's keys ("b"
 * typed into the message) */
static void
message_out_of_the_way (OutreachApplication *app,
                        OutreachWindow      *window)
{
  GtkWindow *composer;

  g_assert_true (outreach_window_show_page (window, "cyber"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL);
  composer = outreach_window_get_composer (window);
  g_assert_nonnull (composer);
  test_wait_until (test_is_mapped, composer);
  start (window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (composer)));
  outreach_presenter_go_to (presenter (window), 3);
  press (window, "ctrl+e", GDK_KEY_e);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (composer)));
  g_assert_nonnull (outreach_window_get_sheet (window));
  /* the clicker's keys are the tour's still: a move takes the code away */
  press (window, "b", GDK_KEY_b);
  g_assert_cmpint (outreach_presenter_get_blank (presenter (window)), ==, OUTREACH_BLANK_BLACK);
  press (window, "x", GDK_KEY_x);
  press (window, "Next", GDK_KEY_Page_Down);
  g_assert_null (outreach_window_get_sheet (window));
  g_assert_cmpuint (step_of (window), ==, 3);
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_null (outreach_window_get_presenter (window));
}

static void
test_message_out_of_the_way (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (message_out_of_the_way, NULL);
}

/* Choosing a search result with the keyboard during a tour: Down and Enter
 * are the results' (Down went back to the step); Escape closes the search */
static void
results_by_keyboard (OutreachApplication *app,
                     OutreachWindow      *window)
{
  GtkWidget *entry = child (window, "search_entry");

  start (window);
  outreach_presenter_go_to (presenter (window), 2);
  press (window, "ctrl+f", GDK_KEY_f);
  test_wait_until (test_is_mapped, entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "asset recovery");
  test_wait_until (results_shown, window);
  press (window, "Down", GDK_KEY_Down);
  press (window, "Down", GDK_KEY_Down);
  g_assert_true (results_shown (window));
  g_assert_cmpuint (step_of (window), ==, 2);
  press (window, "Return", GDK_KEY_Return);
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_test_message ("chosen: %s", shown_id (window));
  g_assert_false (results_shown (window));
  g_assert_cmpstr (shown_id (window), !=, step_id (window, 2));
  g_assert_true (outreach_presenter_get_detour (presenter (window)));
  press (window, "Right", GDK_KEY_Right);
  g_assert_cmpstr (shown_id (window), ==, step_id (window, 2));
  outreach_window_stop_presenting (window);
}

static void
test_results_by_keyboard (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (results_by_keyboard, NULL);
}

/* What the window had open comes back: the search and its text. The bar
 * (another program's words, a broken pack) is not on the wall: it shows
 * when presenting ends */
static void
search_and_bar_come_back (OutreachApplication *app,
                          OutreachWindow      *window)
{
  GtkRevealer *bar = GTK_REVEALER (child (window, "problem_revealer"));
  GtkWidget *entry = child (window, "search_entry");

  outreach_window_search (window, "cyber");
  test_wait_until (results_shown, window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string ("no-such-page"));
  g_assert_true (gtk_revealer_get_reveal_child (bar));
  start (window);
  g_assert_false (gtk_revealer_get_reveal_child (bar));
  g_assert_false (results_shown (window));
  /* another program's tour id, and a pack that cannot be used */
  g_action_group_activate_action (G_ACTION_GROUP (app), "present", g_variant_new_string ("no-such-tour"));
  outreach_window_show_content_problem (window, "broken.json:1:1: a problem");
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_false (gtk_revealer_get_reveal_child (bar));
  g_assert_nonnull (outreach_window_get_presenter (window));

  outreach_window_stop_presenting (window);
  g_assert_true (gtk_revealer_get_reveal_child (bar));
  g_assert_true (results_shown (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "cyber");
}

static void
test_search_and_bar_come_back (void)
{
  run_app (search_and_bar_come_back, NULL);
}

/* A chart step */

static const char *
stack_shown (OutreachWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (child (window, "main_stack")));
}

static OutreachChart *
chart_of (OutreachWindow *window)
{
  return OUTREACH_CHART (child (window, "chart"));
}

/* The first chart step of the tour presented */
static guint
chart_step (OutreachWindow *window)
{
  OutreachTour *tour = outreach_presenter_get_tour (presenter (window));

  for (guint i = 0; i < outreach_tour_get_n_steps (tour); i++)
    if (outreach_tour_get_step_chart (tour, i))
      return i;
  g_assert_not_reached ();
}

/* The chart shows on the projector as the room sees it: the step's unit's
 * box highlighted, on the screen, at a size the room can read */
static void
assert_chart_shown (OutreachWindow *window,
                    const char     *unit_id)
{
  OutreachChart *chart = chart_of (window);
  GtkWidget *box;
  graphene_rect_t bounds;

  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_cmpstr (stack_shown (window), ==, "chart");
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (chart)));
  g_assert_false (outreach_presenter_get_detour (presenter (window)));
  g_assert_nonnull (outreach_chart_get_selected_node (chart));
  g_assert_cmpstr (outreach_node_get_id (outreach_chart_get_selected_node (chart)), ==, unit_id);
  /* drawn from the pack the window has (a new one too) */
  g_assert_true (outreach_chart_get_content (chart) == test_window_get_content (window));
  box = outreach_chart_get_box (chart, outreach_chart_get_selected_node (chart));
  g_assert_nonnull (box);
  g_assert_true (gtk_widget_get_mapped (box));
  g_assert_true (gtk_widget_has_css_class (box, "selected"));
  /* no smaller than half the size, whatever the fit would be */
  g_test_message ("chart zoom %.2f", outreach_chart_get_zoom (chart));
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), >=, 0.5 - 1e-9);
  /* the box in view on the projector, whole */
  g_assert_true (gtk_widget_compute_bounds (box, GTK_WIDGET (window), &bounds));
  g_test_message ("box at %.0f,%.0f %.0f×%.0f in a window of %d×%d", bounds.origin.x, bounds.origin.y,
                  bounds.size.width, bounds.size.height, gtk_widget_get_width (GTK_WIDGET (window)),
                  gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (GTK_WIDGET (window)));
}

static gboolean
chart_box_shown (gpointer window)
{
  OutreachChart *chart = chart_of (window);
  OutreachNode *node = outreach_chart_get_selected_node (chart);
  GtkWidget *box = node != NULL ? outreach_chart_get_box (chart, node) : NULL;
  graphene_rect_t bounds;

  return box != NULL && gtk_widget_get_mapped (box) &&
         gtk_widget_compute_bounds (box, GTK_WIDGET (window), &bounds) &&
         bounds.origin.x >= 0 && bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (GTK_WIDGET (window)) &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (GTK_WIDGET (window));
}

/* The built-in tour's third step is the structure at a glance: the chart,
 * the whole unit selected; Right and Left go on through the tour (not
 * along the chart, though the keyboard is in it); a box opened is a
 * detour; a new pack keeps the chart step */
static void
chart_step_shows_chart (OutreachApplication *app,
                        OutreachWindow      *window)
{
  OutreachChart *chart = chart_of (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) again = NULL;
  OutreachContent *old;
  guint step;

  start (window);
  step = chart_step (window);
  g_assert_cmpuint (step, ==, 2);
  g_assert_cmpstr (step_id (window, step), ==, "serocu");
  outreach_presenter_go_to (presenter (window), step - 1);
  press_until_step (window, "Right", GDK_KEY_Right, 20);
  g_assert_cmpuint (step_of (window), ==, step);
  test_wait_until (chart_box_shown, window);
  assert_chart_shown (window, "serocu");
  g_assert_cmpstr (shown_id (window), ==, "serocu");
  g_assert_nonnull (strstr (indicator (window), "Step 3 of"));
  /* the keyboard is in the chart, and the presenter's keys are still the tour's */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), GTK_WIDGET (chart)));

  press (window, "Right", GDK_KEY_Right);
  g_assert_cmpuint (step_of (window), ==, step + 1);
  g_assert_cmpstr (stack_shown (window), ==, "page");
  g_assert_cmpstr (shown_id (window), ==, step_id (window, step + 1));
  press (window, "Left", GDK_KEY_Left);
  g_assert_cmpuint (step_of (window), ==, step);
  test_wait_until (chart_box_shown, window);
  assert_chart_shown (window, "serocu");
  /* Down (the chart's way to a first child) is the tour's too; Enter on a
   * box goes on rather than open it */
  press (window, "Down", GDK_KEY_Down);
  g_assert_cmpuint (step_of (window), ==, step + 1);
  outreach_presenter_go_to (presenter (window), step);
  press (window, "Return", GDK_KEY_Return);
  g_assert_cmpuint (step_of (window), ==, step + 1);
  g_assert_false (outreach_presenter_get_detour (presenter (window)));

  /* a box opened (a question about a team): off the tour, and back */
  outreach_presenter_go_to (presenter (window), step);
  test_wait_until (chart_box_shown, window);
  g_signal_emit_by_name (chart, "node-activated",
                         outreach_content_lookup (test_window_get_content (window), "cyber"));
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_cmpstr (stack_shown (window), ==, "page");
  g_assert_cmpstr (shown_id (window), ==, "cyber");
  g_assert_true (outreach_presenter_get_detour (presenter (window)));
  g_assert_nonnull (strstr (indicator (window), "Off the tour"));
  press (window, "Right", GDK_KEY_Right);
  g_assert_cmpuint (step_of (window), ==, step);
  test_wait_until (chart_box_shown, window);
  assert_chart_shown (window, "serocu");

  /* zoomed out by the presenter: no further than the room can read */
  for (guint i = 0; i < 10; i++)
    press (window, "ctrl+minus", GDK_KEY_minus);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), >=, 0.5 - 1e-9);

  /* a new version of the pack: the same step, the chart drawn from it */
  old = test_window_get_content (window);
  again = outreach_content_load_builtin (&error);
  g_assert_no_error (error);
  outreach_window_set_content (window, again);
  g_assert_true (test_window_get_content (window) != old);
  g_assert_cmpuint (step_of (window), ==, step);
  test_wait_until (chart_box_shown, window);
  assert_chart_shown (window, "serocu");
  g_assert_true (outreach_chart_get_selected_node (chart) == outreach_content_lookup (again, "serocu"));

  /* stopping gives the page back, not the chart */
  outreach_window_stop_presenting (window);
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_cmpstr (stack_shown (window), ==, "page");
}

static void
test_chart_step (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (chart_step_shows_chart, NULL);
}

/* tours.json with its short tour's chart step on @unit, given to @window */
static OutreachContent *
tours_charting (OutreachWindow *window,
                const char     *unit)
{
  g_autoptr(GBytes) bytes = test_pack_read ("tours.json");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autofree char *step = g_strdup_printf ("\"chart\": \"%s\"", unit);
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(GError) error = NULL;
  OutreachContent *content;

  g_assert_cmpuint (g_string_replace (text, "\"chart\": \"exru\"", step, 1), ==, 1);
  changed = g_string_free_to_bytes (g_steal_pointer (&text));
  content = outreach_content_load_bytes (changed, "tours.json", NULL, &error);
  g_assert_no_error (error);
  outreach_window_set_content (window, content);
  return content;
}

/* A chart step of a capability: its box selected, its path to the top
 * unit highlighted, in view */
static void
chart_step_of_a_unit (OutreachApplication *app,
                      OutreachWindow      *window)
{
  /* the short tour's chart step selects the Pursue Team, two levels down */
  g_autoptr(OutreachContent) content = tours_charting (window, "pursue");
  OutreachChart *chart = chart_of (window);

  start (window);
  g_assert_cmpstr (outreach_tour_get_id (outreach_presenter_get_tour (presenter (window))), ==, "short");
  press (window, "Right", GDK_KEY_Right);
  g_assert_cmpuint (step_of (window), ==, 1);
  test_wait_until (chart_box_shown, window);
  assert_chart_shown (window, "pursue");
  /* the path to it highlighted */
  g_assert_true (gtk_widget_has_css_class (outreach_chart_get_box (chart, outreach_content_lookup (content, "cyber")),
                                           "on-path"));
  g_assert_false (gtk_widget_has_css_class (outreach_chart_get_box (chart, outreach_content_lookup (content, "fraud")),
                                            "on-path"));
  outreach_window_stop_presenting (window);
}

static void
test_chart_step_of_a_unit (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (chart_step_of_a_unit, NULL);
}

/* A chart step of a capability opens its branch: its teams show (the
 * first view keeps deeper branches closed); on the projector there is no
 * Export button (a file chooser would show the presenter's folders); a
 * zoom chosen in front of the room is not the desk's afterwards (the
 * second chart probe's finds) */
static void
chart_step_for_the_room (OutreachApplication *app,
                         OutreachWindow      *window)
{
  g_autoptr(OutreachContent) content = tours_charting (window, "cyber");
  OutreachChart *chart = chart_of (window);
  GtkWidget *export_button = child (window, "chart_export_button");

  start (window);
  press (window, "Right", GDK_KEY_Right);
  test_wait_until (chart_box_shown, window);
  assert_chart_shown (window, "cyber");
  /* the step's unit's own teams show */
  g_assert_true (gtk_widget_get_mapped (outreach_chart_get_box (chart, outreach_content_lookup (content, "pursue"))));
  /* nothing to export with in front of the room */
  g_assert_false (gtk_widget_get_visible (export_button));
  /* the room's zoom: the smallest the presenter allows */
  outreach_chart_set_zoom (chart, 0.25);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), <, OUTREACH_CHART_ZOOM_READABLE);
  outreach_window_stop_presenting (window);
  g_assert_true (gtk_widget_get_visible (export_button));
  /* the desk's Structure page opens readable again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), >=, OUTREACH_CHART_ZOOM_READABLE - 0.001);
}

static void
test_chart_step_for_the_room (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_app (chart_step_for_the_room, NULL);
}

/* Presenting again while presenting switches the tour in place; a new
 * pack without the tour shown starts its own first tour from step 1 */
static void
tours_switch (OutreachApplication *app,
              OutreachWindow      *window)
{
  g_autoptr(GBytes) bytes = test_pack_read ("tours.json");
  g_autoptr(OutreachContent) other = outreach_content_load_bytes (bytes, "tours.json", NULL, NULL);
  int width, height;

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  start (window);
  g_action_group_activate_action (G_ACTION_GROUP (app), "present", g_variant_new_string ("introducing"));
  g_assert_cmpuint (step_of (window), ==, 0);
  outreach_presenter_go_to (presenter (window), 3);

  g_assert_nonnull (other);
  outreach_window_set_content (window, other);
  g_assert_nonnull (outreach_window_get_presenter (window));
  g_assert_cmpstr (outreach_tour_get_id (outreach_presenter_get_tour (presenter (window))), ==, "short");
  g_assert_cmpuint (step_of (window), ==, 0);
  g_assert_cmpstr (shown_id (window), ==, step_id (window, 0));
  outreach_window_stop_presenting (window);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 1000);
  g_assert_cmpint (height, ==, 700);
}

static void
test_tours_switch (void)
{
  run_app (tours_switch, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/presenter/presents-and-gives-back", test_presents_and_gives_back);
  g_test_add_func ("/presenter/command-line", test_command_line_presents);
  g_test_add_func ("/presenter/station-refuses", test_station_refuses);
  g_test_add_func ("/presenter/unknown-tour", test_unknown_tour);
  g_test_add_func ("/presenter/clicker", test_clicker_moves);
  g_test_add_func ("/presenter/blank", test_blanks_the_screen);
  g_test_add_func ("/presenter/detour", test_detour_comes_back);
  g_test_add_func ("/presenter/qr", test_qr_for_the_room);
  g_test_add_func ("/presenter/type", test_type_for_the_room);
  g_test_add_func ("/presenter/cursor", test_cursor_hides);
  g_test_add_func ("/presenter/message-out-of-the-way", test_message_out_of_the_way);
  g_test_add_func ("/presenter/results-by-keyboard", test_results_by_keyboard);
  g_test_add_func ("/presenter/search-and-bar-come-back", test_search_and_bar_come_back);
  g_test_add_func ("/presenter/chart-step-for-the-room", test_chart_step_for_the_room);
  g_test_add_func ("/presenter/tours-switch", test_tours_switch);
  g_test_add_func ("/presenter/chart-step", test_chart_step);
  g_test_add_func ("/presenter/chart-step-of-a-unit", test_chart_step_of_a_unit);
  return g_test_run ();
}
