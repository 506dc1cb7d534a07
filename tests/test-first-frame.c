/* test-first-frame.c: what the window's first frame builds, and does not
 * (issue 20)
 *
 * The first frame neither builds nor styles nor measures what it does not
 * show, and what it leaves out shows when used, where it belongs: a search
 * asks no more height than the page, the tree's divider is placed before
 * the first layout, a tooltip given without the X server's round trip
 * leaves the focus where it was.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-accessible.h"
#include "outreach-application.h"
#include "outreach-search-view.h"
#include "outreach-window.h"
#include "test-utils.h"

/* What the first frame does not show is neither built nor styled nor
 * measured for it (issue 20): the main menu's popover, the search bar and
 * its results, the Structure page, the countdown and the export notice.
 * Each shows when it is used. */
static void
first_frame_body (OutreachApplication *app,
                  OutreachWindow      *window)
{
  GtkWidget *results = test_child (window, OUTREACH_TYPE_WINDOW, "search_view");
  GtkWidget *chart = test_child (window, OUTREACH_TYPE_WINDOW, "chart");
  GtkWidget *chart_page = gtk_widget_get_ancestor (chart, GTK_TYPE_BOX);
  GtkMenuButton *menu = GTK_MENU_BUTTON (test_child (window, OUTREACH_TYPE_WINDOW, "menu_button"));
  GtkStack *stack = GTK_STACK (test_child (window, OUTREACH_TYPE_WINDOW, "main_stack"));

  test_wait_drawn (GTK_WIDGET (window), 20);
  g_assert_null (gtk_menu_button_get_popover (menu));
  g_assert_false (gtk_widget_get_visible (results));
  g_assert_false (gtk_widget_get_visible (chart_page));
  g_assert_false (gtk_widget_get_visible (test_child (window, OUTREACH_TYPE_WINDOW, "search_bar")));
  g_assert_false (gtk_widget_get_visible (test_child (window, OUTREACH_TYPE_WINDOW, "countdown_revealer")));
  g_assert_false (gtk_widget_get_visible (test_child (window, OUTREACH_TYPE_WINDOW, "notice_revealer")));
  /* hidden pages are not measured: the stack sizes itself to the page shown */
  g_assert_false (gtk_stack_get_hhomogeneous (stack));
  g_assert_false (gtk_stack_get_vhomogeneous (stack));

  /* the Structure page, from its header button */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  g_assert_true (gtk_widget_get_visible (chart_page));
  g_assert_true (gtk_stack_get_visible_child (stack) == chart_page);
  test_wait_until (test_is_mapped, chart);

  /* the results, from typing a search */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL));
  g_assert_true (gtk_widget_get_visible (test_child (window, OUTREACH_TYPE_WINDOW, "search_bar")));
  gtk_editable_set_text (GTK_EDITABLE (test_child (window, OUTREACH_TYPE_WINDOW, "search_entry")), "cyber");
  /* (after the entry's search delay) */
  test_wait_until (test_is_mapped, results);
  g_assert_true (gtk_stack_get_visible_child (stack) == results);
}

/* The least height the window asks for, at its width */
static int
window_min_height (OutreachWindow *window)
{
  int min;

  test_wait_drawn (GTK_WIDGET (window), TEST_SETTLE_FRAMES);
  gtk_widget_measure (gtk_window_get_child (GTK_WINDOW (window)), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (GTK_WIDGET (window)), &min, NULL, NULL, NULL);
  return min;
}

/* At a large text size, a search (finding nothing, finding something)
 * asks for no more height than the page did, but for the search bar and
 * the line that says what was found: the results are scrolled, like the
 * page, so that starting a search does not make a short window jump
 * taller (a probe saw 200 px become 636, when the empty state was not) */
static void
test_search_keeps_height (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  GtkSettings *settings = gtk_settings_get_default ();
  OutreachWindow *window;
  GtkWidget *status, *bar;
  int dpi, page, nothing, found, status_height, bar_height;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", dpi * 3, NULL);
  window = test_window_sized (content, 800, 600);
  page = window_min_height (window);

  test_type_search (window, "zzzzqqq");
  nothing = window_min_height (window);
  test_type_search (window, "team");
  found = window_min_height (window);
  /* (the line above the results that says how many, at most, is more) */
  status = test_child (test_child (window, OUTREACH_TYPE_WINDOW, "search_view"),
                       OUTREACH_TYPE_SEARCH_VIEW, "results_status");
  gtk_widget_measure (gtk_widget_get_parent (status), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (gtk_widget_get_parent (status)), &status_height, NULL, NULL, NULL);
  bar = test_child (window, OUTREACH_TYPE_WINDOW, "search_bar");
  gtk_widget_measure (bar, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (bar), &bar_height,
                      NULL, NULL, NULL);
  g_test_message ("least height: page %d, nothing found %d, results %d (search bar %d, status %d)",
                  page, nothing, found, bar_height, status_height);
  /* the search bar, and the line of status, and no more (but a pixel or
   * two of the lines between them) */
  g_assert_cmpint (nothing, <=, page + bar_height + status_height + 4);
  g_assert_cmpint (found, <=, page + bar_height + status_height + 4);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

static void
note_position_at_map (GtkWidget *window,
                      GtkPaned  *paned)
{
  g_object_set_data (G_OBJECT (paned), "at-map", GINT_TO_POINTER (gtk_paned_get_position (paned)));
}

/* The divider is where the window's width puts it before the first frame
 * (when the window is mapped, before its first layout), which is then laid
 * out once, not again with the page at another width */
static void
test_divider_placed_before_first_frame (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = outreach_window_new (NULL, content);
  GtkPaned *paned = GTK_PANED (gtk_widget_get_parent (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                  "sidebar")));
  int width;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  g_signal_connect_after (window, "map", G_CALLBACK (note_position_at_map), paned);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  test_wait_drawn (GTK_WIDGET (window), TEST_SETTLE_FRAMES);
  width = gtk_widget_get_width (gtk_window_get_child (GTK_WINDOW (window)));
  g_test_message ("divider at %d of %d, at the map %d", gtk_paned_get_position (paned), width,
                  GPOINTER_TO_INT (g_object_get_data (G_OBJECT (paned), "at-map")));
  /* (the window's frame, where there is no compositor, is in its width) */
  g_assert_cmpint (width, >, 1000);
  g_assert_cmpint (gtk_paned_get_position (paned), ==, (int) (width * 0.28));
  g_assert_cmpint (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (paned), "at-map")), ==,
                   gtk_paned_get_position (paned));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A tooltip given to a widget not shown yet: the widget stays shown, and
 * keeps the window's focus if it has it (the round trip saved hides it
 * for a moment) */
static void
test_tooltip_keeps_focus (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *stack = gtk_stack_new ();
  GtkWidget *button = gtk_button_new_with_label ("Write");
  GtkWidget *other = gtk_button_new_with_label ("Other");

  gtk_stack_add_named (GTK_STACK (stack), gtk_label_new ("Shown"), "shown");
  gtk_stack_add_named (GTK_STACK (stack), button, "hidden");
  gtk_stack_add_named (GTK_STACK (stack), other, "other");
  gtk_window_set_child (GTK_WINDOW (window), stack);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  g_assert_false (gtk_widget_get_mapped (button));

  gtk_window_set_focus (GTK_WINDOW (window), button);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button);
  _outreach_accessible_set_tooltip (button, "Write to them");
  /* (a hidden widget's focus moves to its parent after the next frame) */
  test_wait_drawn (window, TEST_SETTLE_FRAMES);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button);
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, "Write to them");

  /* and without the focus, it is shown again, with its tooltip */
  _outreach_accessible_set_tooltip (other, "Other things");
  test_wait_drawn (window, TEST_SETTLE_FRAMES);
  g_assert_true (gtk_widget_get_visible (other));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (other), ==, "Other things");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_first_frame_only_what_it_shows (void)
{
  test_run_app (first_frame_body, NULL, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/first-frame/only-what-it-shows", test_first_frame_only_what_it_shows);
  g_test_add_func ("/first-frame/search-keeps-height", test_search_keeps_height);
  g_test_add_func ("/first-frame/divider-placed-before", test_divider_placed_before_first_frame);
  g_test_add_func ("/first-frame/tooltip-keeps-focus", test_tooltip_keeps_focus);

  return g_test_run ();
}
