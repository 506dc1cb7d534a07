/* test-search-keys.c: the search from the keyboard (#16, probe 16a's finds
 * 1, 4, 10 and 11)
 *
 * Keys are pressed on the test's X server's keyboard (xdotool), so that
 * they go where a person's would: through GTK's own key bindings (Down in
 * an entry moves the focus, the list's Up keeps it), not only the app's
 * controllers. Without xdotool, the key tests are skipped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-page-view.h"
#include "outreach-search-view.h"
#include "outreach-sidebar.h"
#include "outreach-window.h"
#include "test-utils.h"

static GtkWidget *
part (OutreachWindow *window,
      const char     *name)
{
  return test_child (window, OUTREACH_TYPE_WINDOW, name);
}

static GtkWidget *
focus_of (OutreachWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static gboolean
is_in (GtkWidget *widget,
       GtkWidget *ancestor)
{
  return widget != NULL && (widget == ancestor || gtk_widget_is_ancestor (widget, ancestor));
}

static const char *
page_id (OutreachWindow *window)
{
  return outreach_node_get_id (outreach_window_get_current_node (window));
}

static gboolean
search_open (OutreachWindow *window)
{
  return gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (part (window, "search_bar")));
}

static const char *
shown (OutreachWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (part (window, "main_stack")));
}

static gboolean
focus_on_heading (OutreachWindow *window)
{
  GtkWidget *title = test_child (part (window, "page_view"), OUTREACH_TYPE_PAGE_VIEW, "title");

  return focus_of (window) == gtk_widget_get_parent (title);
}

/* Presses @key (xdotool's name for @keyval) on the keyboard, over @window,
 * and waits until the window has had it and done what it sets off */
static void
press (OutreachWindow *window,
       const char     *key,
       guint           keyval)
{
  test_press_keys (GTK_WINDOW (window), key, keyval);
}

static gboolean
entry_focused (gpointer window)
{
  return is_in (focus_of (window), part (window, "search_entry"));
}

/* Opens the search (Ctrl+F's action) with @text, and waits for the
 * keyboard to be in its entry */
static void
search_for (OutreachWindow *window,
            const char     *text)
{
  GtkWidget *entry = part (window, "search_entry");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  test_wait_until (test_is_mapped, entry);
  test_wait_until (entry_focused, window);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
  /* the results drawn, as they are by the time a person presses a key */
  test_wait_drawn (GTK_WIDGET (window), 60);
}

static OutreachWindow *
window_on (OutreachContent *content,
           const char      *id)
{
  OutreachWindow *window = test_window_new (content);

  g_assert_true (outreach_window_show_page (window, id));
  test_wait_drawn (GTK_WIDGET (window), 60);
  return window;
}

/* With nothing found, Down and Up stay in the entry: there is no list to go
 * into, and the tree (where GTK would go) changes the page behind the
 * search. The keyboard in the tree anyway (Tab, F6, a click), Escape there
 * closes the search, back on the page the user was on. */
static void
test_no_results_arrows_stay (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window;
  g_autofree char *title = NULL;

  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on X11");
      return;
    }
  window = window_on (content, "about");
  title = g_strdup (gtk_window_get_title (GTK_WINDOW (window)));
  search_for (window, "rartcyber");
  g_assert_cmpstr (shown (window), ==, "results");

  press (window, "Down", GDK_KEY_Down);
  press (window, "Down", GDK_KEY_Down);
  g_assert_true (entry_focused (window));
  press (window, "Up", GDK_KEY_Up);
  g_assert_true (entry_focused (window));
  g_assert_cmpstr (page_id (window), ==, "about");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_cmpstr (shown (window), ==, "results");

  /* the tree's arrows browse behind the results; Escape in the tree closes
   * the search, on the page from before it */
  outreach_sidebar_focus_selected (OUTREACH_SIDEBAR (part (window, "sidebar")));
  g_assert_true (is_in (focus_of (window), part (window, "sidebar")));
  press (window, "Down", GDK_KEY_Down);
  g_assert_cmpstr (page_id (window), !=, "about");
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_false (search_open (window));
  g_assert_cmpstr (shown (window), ==, "page");
  g_assert_cmpstr (page_id (window), ==, "about");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  /* nothing browsed behind the search is in the history: Back goes to
   * the page before About */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (page_id (window), ==, outreach_node_get_id (outreach_content_get_home (content)));
  g_assert_true (outreach_window_show_page (window, "about"));

  /* a result opened is where the search leaves the user */
  search_for (window, "rart");
  g_signal_emit_by_name (part (window, "search_entry"), "activate");
  g_assert_false (search_open (window));
  g_assert_cmpstr (page_id (window), !=, "about");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Escape gives the keyboard back to the control that had it before the
 * search, from the entry or the results; if that page is gone, its
 * heading */
static void
test_escape_returns_focus (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window;
  GtkWidget *button;

  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on X11");
      return;
    }
  window = window_on (content, "join-us");
  button = test_first_button (test_child (part (window, "page_view"), OUTREACH_TYPE_PAGE_VIEW, "body"));
  g_assert_nonnull (button);
  gtk_widget_grab_focus (button);
  g_assert_true (focus_of (window) == button);

  /* from the entry */
  search_for (window, "cyber");
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_false (search_open (window));
  g_assert_true (focus_of (window) == button);

  /* from the results */
  search_for (window, "cyber");
  press (window, "Down", GDK_KEY_Down);
  g_assert_true (is_in (focus_of (window), part (window, "search_view")));
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_false (search_open (window));
  g_assert_true (focus_of (window) == button);

  /* the page's scrolling area, as the window starts, is no control to go
   * back to: the heading */
  gtk_widget_grab_focus (gtk_widget_get_ancestor (button, GTK_TYPE_SCROLLED_WINDOW));
  search_for (window, "cyber");
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_true (focus_on_heading (window));

  /* a control no longer shown: the heading */
  gtk_widget_grab_focus (button);
  search_for (window, "cyber");
  gtk_widget_set_visible (button, FALSE);
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_true (focus_on_heading (window));
  gtk_widget_set_visible (button, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Down goes into the results and Up on the first goes back to the entry */
static void
test_up_from_first_result (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window;
  GtkWidget *results;
  GtkWidget *first;

  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on X11");
      return;
    }
  window = window_on (content, "about");
  results = test_child (part (window, "search_view"), OUTREACH_TYPE_SEARCH_VIEW, "results_view");
  search_for (window, "cyber");
  press (window, "Down", GDK_KEY_Down);
  g_assert_true (is_in (focus_of (window), results));
  first = focus_of (window);
  press (window, "Down", GDK_KEY_Down);
  g_assert_true (is_in (focus_of (window), results));
  g_assert_true (focus_of (window) != first);
  /* Up on the second result goes to the first, as a list does */
  press (window, "Up", GDK_KEY_Up);
  g_assert_true (is_in (focus_of (window), results));
  press (window, "Up", GDK_KEY_Up);
  g_assert_true (entry_focused (window));
  g_assert_true (search_open (window));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (part (window, "search_entry"))), ==, "cyber");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
assert_hidden (GtkWidget *widget,
               gboolean   hidden)
{
  g_autofree char *wrong = gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget),
                                                            GTK_ACCESSIBLE_STATE_HIDDEN, hidden);

  if (wrong != NULL)
    g_error ("the search bar: hidden %s, not %s", wrong, hidden ? "true" : "false");
}

/* The closed search bar is not read: its entry and close button are not
 * on the screen */
static void
test_closed_bar_not_read (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = window_on (content, "about");
  GtkWidget *bar = part (window, "search_bar");

  assert_hidden (bar, TRUE);
  search_for (window, "cyber");
  assert_hidden (bar, FALSE);
  g_signal_emit_by_name (part (window, "search_entry"), "stop-search");
  g_assert_false (search_open (window));
  assert_hidden (bar, TRUE);
  /* the search button, as a click */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (part (window, "search_button")), TRUE);
  assert_hidden (bar, FALSE);
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (part (window, "search_button")), FALSE);
  assert_hidden (bar, TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search-keys/no-results-arrows-stay", test_no_results_arrows_stay);
  g_test_add_func ("/search-keys/escape-returns-focus", test_escape_returns_focus);
  g_test_add_func ("/search-keys/up-from-first-result", test_up_from_first_result);
  g_test_add_func ("/search-keys/closed-bar-not-read", test_closed_bar_not_read);

  return g_test_run ();
}
