/* test-keyboard.c: reaching the page from the keyboard, and the tree as a
 * screen reader reads it
 *
 * GTK 4.8 cannot synthesize input: Tab is what the window's Tab binding
 * does (gtk_widget_child_focus() on the window, from the start again at
 * the end); Enter in the tree goes through the tree's key controller.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-application.h"
#include "outreach-page-view.h"
#include "outreach-search-view.h"
#include "outreach-sidebar.h"
#include "outreach-window.h"
#include "test-utils.h"

#define MAX_TABS 100

static GtkWidget *
sidebar_tree (OutreachWindow *window)
{
  return test_child (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"), OUTREACH_TYPE_SIDEBAR,
                     "tree_view");
}

static GtkWidget *
page_view (OutreachWindow *window)
{
  return test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
}

static GtkWidget *
page_title (OutreachWindow *window)
{
  return test_child (page_view (window), OUTREACH_TYPE_PAGE_VIEW, "title");
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

/* Tab or Shift+Tab, as GtkWindow's binding moves the focus */
static void
press_tab (OutreachWindow *window,
           gboolean        backward)
{
  GtkDirectionType direction = backward ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD;

  if (!gtk_widget_child_focus (GTK_WIDGET (window), direction))
    {
      gtk_root_set_focus (GTK_ROOT (window), NULL);
      gtk_widget_child_focus (GTK_WIDGET (window), direction);
    }
}

/* The page's first link or button, under its heading */
static GtkWidget *
first_link (OutreachWindow *window)
{
  GtkWidget *body = test_child (page_view (window), OUTREACH_TYPE_PAGE_VIEW, "body");
  GtkWidget *link = test_first_button (body);

  g_assert_nonnull (link);
  return link;
}

/* How many Tabs from where the focus is to @target (MAX_TABS if never) */
static guint
tabs_to (OutreachWindow *window,
         GtkWidget      *target)
{
  for (guint n = 0; n < MAX_TABS; n++)
    {
      if (is_in (focus_of (window), target))
        return n;
      press_tab (window, FALSE);
    }
  return MAX_TABS;
}

static gboolean
focus_on_heading (OutreachWindow *window)
{
  GtkWidget *focus = focus_of (window);

  /* the heading's box, named by the heading, and nothing else around it */
  return focus != NULL && focus == gtk_widget_get_parent (page_title (window)) &&
         gtk_widget_get_focusable (focus);
}

static void
type_search (OutreachWindow *window,
             const char     *text)
{
  GtkWidget *entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  /* what the entry emits once typing pauses */
  g_signal_emit_by_name (entry, "search-changed");
}

static gboolean
press_tree_key (OutreachWindow *window,
                guint           keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (sidebar_tree (window));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  return handled;
}

static void
iterate (guint n)
{
  for (guint i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* After a search result: the heading, then one Tab to the first link */
static void
test_tabs_from_search_result (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);

  outreach_window_show_page (window, "about");
  type_search (window, "RART");
  g_signal_emit_by_name (test_child (window, OUTREACH_TYPE_WINDOW, "search_entry"), "activate");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (page_title (window))), ==,
                   "Regional Asset Recovery Team");
  g_assert_true (focus_on_heading (window));
  g_assert_cmpuint (tabs_to (window, first_link (window)), <=, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
focus_in_tree (gpointer window)
{
  return is_in (focus_of (window), sidebar_tree (window));
}

static void
assert_heading (OutreachWindow *window,
                const char     *title)
{
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (page_title (window))), ==, title);
  g_assert_true (focus_on_heading (window));
  g_assert_cmpuint (tabs_to (window, first_link (window)), <=, 2);
}

/* Enter on a tree row goes to its page; a link on a page, Back and Home
 * too; a page shown from outside (the bus) and Back while typing a search
 * leave the focus where it is */
static void
test_tabs_from_tree_and_links (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");
  GtkWidget *link;

  outreach_window_show_page (window, "recu");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  test_wait_until (focus_in_tree, window);
  /* arrows keep the focus in the tree */
  g_assert_true (press_tree_key (window, GDK_KEY_Right));
  g_assert_true (focus_in_tree (window));
  g_assert_true (press_tree_key (window, GDK_KEY_Return));
  assert_heading (window, "South East Regional Economic Crime Unit");

  link = test_find_link (page_view (window), "rart");
  g_assert_nonnull (link);
  g_signal_emit_by_name (link, "clicked");
  assert_heading (window, "Regional Asset Recovery Team");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  assert_heading (window, "South East Regional Economic Crime Unit");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.forward", NULL);
  assert_heading (window, "Regional Asset Recovery Team");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.home", NULL);
  g_assert_true (focus_on_heading (window));

  /* not a navigation the user made here: the focus stays in the tree */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  test_wait_until (focus_in_tree, window);
  outreach_window_show_page (window, "about");
  g_assert_true (focus_in_tree (window));

  /* typing a search: Back does not take the entry's focus */
  type_search (window, "cyber");
  gtk_widget_grab_focus (entry);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_true (is_in (focus_of (window), entry));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* On a display station no navigation moves the visitor's focus */
static void
test_station_keeps_focus (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = outreach_window_new (NULL, content);

  outreach_window_set_idle_times (window, 600, 20, 2);
  outreach_window_set_kiosk (window, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  test_wait_until (focus_in_tree, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show", "s", "rart");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (page_title (window))), ==,
                   "Regional Asset Recovery Team");
  g_assert_true (focus_in_tree (window));
  g_assert_true (press_tree_key (window, GDK_KEY_Return));
  g_assert_true (focus_in_tree (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_true (focus_in_tree (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every stop of a Tab cycle from the focus, back to it */
static GPtrArray *
tab_cycle (OutreachWindow *window,
           gboolean        backward)
{
  GPtrArray *stops = g_ptr_array_new ();
  GtkWidget *start = focus_of (window);

  for (guint n = 0; n < MAX_TABS; n++)
    {
      g_ptr_array_add (stops, focus_of (window));
      press_tab (window, backward);
      if (focus_of (window) == start)
        return stops;
    }
  g_assert_not_reached ();
}

/* The tree is one Tab stop, at the selected row; Shift+Tab walks the same
 * stops as Tab, backwards: page, tree, header bar */
static void
test_tab_order (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *tree = sidebar_tree (window);
  GtkWidget *header = test_child (window, OUTREACH_TYPE_WINDOW, "header_bar");
  g_autoptr(GPtrArray) forward = NULL;
  g_autoptr(GPtrArray) backward = NULL;
  guint in_tree = 0;
  GtkWidget *row;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show", "s", "rart");
  iterate (20);
  g_assert_true (focus_on_heading (window));
  /* the heading is where a navigation leaves the focus, not a Tab stop
   * (as a web page's heading with tabindex -1): from the first link */
  press_tab (window, FALSE);
  g_assert_true (focus_of (window) == first_link (window));

  forward = tab_cycle (window, FALSE);
  for (guint i = 0; i < forward->len; i++)
    if (is_in (g_ptr_array_index (forward, i), tree))
      {
        GtkWidget *expander;

        in_tree++;
        /* ...at the selected row */
        row = g_ptr_array_index (forward, i);
        while (gtk_widget_get_parent (row) != tree)
          row = gtk_widget_get_parent (row);
        expander = gtk_widget_get_first_child (row);
        g_assert_true (GTK_IS_TREE_EXPANDER (expander));
        g_assert_cmpstr (gtk_tree_expander_get_item (GTK_TREE_EXPANDER (expander)) ?
                         outreach_node_get_id (gtk_tree_expander_get_item (GTK_TREE_EXPANDER (expander))) : NULL,
                         ==, "rart");
        g_object_unref (gtk_tree_expander_get_item (GTK_TREE_EXPANDER (expander)));
      }
  g_assert_cmpuint (in_tree, ==, 1);
  g_assert_cmpuint (forward->len, <, 30);

  backward = tab_cycle (window, TRUE);
  g_assert_cmpuint (backward->len, ==, forward->len);
  for (guint i = 1; i < forward->len; i++)
    g_assert_true (g_ptr_array_index (backward, i) == g_ptr_array_index (forward, forward->len - i));

  /* backwards from the page: the tree, the sidebar's Structure row above
   * it, then the header bar (or the search bar over the page, when it
   * shows) */
  for (guint i = 1; i < backward->len; i++)
    if (is_in (g_ptr_array_index (backward, i), tree))
      {
        GtkWidget *structure = test_child (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"),
                                           OUTREACH_TYPE_SIDEBAR, "structure_row");

        g_assert_cmpuint (i + 2, <, backward->len);
        g_assert_true (g_ptr_array_index (backward, i + 1) == structure);
        g_assert_true (is_in (g_ptr_array_index (backward, i + 2), header));
        g_assert_false (is_in (g_ptr_array_index (backward, i + 2), tree));
        for (guint j = 1; j < i; j++)
          g_assert_true (is_in (g_ptr_array_index (backward, j), page_view (window)));
      }

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  *(gboolean *) data = TRUE;
  return G_SOURCE_REMOVE;
}

/* One frame of @widget's window: its layout done */
static void
wait_frame (GtkWidget *widget)
{
  gboolean ticked = FALSE;

  gtk_widget_add_tick_callback (widget, on_tick, &ticked, NULL);
  gtk_widget_queue_resize (widget);
  while (!ticked)
    g_main_context_iteration (NULL, TRUE);
  iterate (10);
}

/* The expander showing @id, once the list has laid its row out */
static GtkWidget *
row_expander (OutreachWindow *window,
              const char     *id)
{
  GtkWidget *tree = sidebar_tree (window);

  for (guint tries = 0; tries < 20; tries++)
    {
      for (GtkWidget *row = gtk_widget_get_first_child (tree); row; row = gtk_widget_get_next_sibling (row))
        {
          GtkWidget *expander = gtk_widget_get_first_child (row);
          g_autoptr(OutreachNode) node = NULL;

          if (!GTK_IS_TREE_EXPANDER (expander) || !gtk_widget_get_child_visible (row))
            continue;
          node = gtk_tree_expander_get_item (GTK_TREE_EXPANDER (expander));
          if (node != NULL && g_strcmp0 (outreach_node_get_id (node), id) == 0)
            return expander;
        }
      wait_frame (tree);
    }
  g_assert_not_reached ();
}

static void
assert_name (GtkWidget  *widget,
             const char *name)
{
  g_autofree char *error =
    gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name);

  if (error != NULL)
    g_error ("%s", error);
  /* and nothing read after it: GTK 4.8 reads the names of what labels a
   * widget after its own (the title, said twice) */
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget),
                                                    GTK_ACCESSIBLE_RELATION_LABELLED_BY));
}

static void
assert_expanded (GtkWidget *widget,
                 gboolean   expanded)
{
  g_autofree char *error = NULL;

  /* GTK 4.8 sets it on the expander */
  g_assert_true (gtk_test_accessible_has_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_EXPANDED));
  error = gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_EXPANDED,
                                           expanded);
  if (error != NULL)
    g_error ("%s", error);
}

/* Each row, focused, says its title, kind, parent and place; a row with
 * entries under it whether it is expanded */
static void
test_row_names (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);

  outreach_window_show_page (window, "rart");
  assert_name (row_expander (window, "home"), "Welcome, page");
  assert_name (row_expander (window, "serocu"), "South East Regional Organised Crime Unit, unit");
  assert_name (row_expander (window, "siu"),
               "Sensitive Intelligence Unit, capability in the South East Regional Organised Crime Unit, 1 of 14");
  assert_name (row_expander (window, "rart"),
               "Regional Asset Recovery Team, team in the South East Regional Economic Crime Unit, 1 of 5");
  assert_name (row_expander (window, "fist"),
               "Financial Investigation Support Team, team in the South East Regional Economic Crime Unit, 5 of 5");

  assert_expanded (row_expander (window, "serocu"), TRUE);
  assert_expanded (row_expander (window, "recu"), TRUE);
  assert_expanded (row_expander (window, "siu"), FALSE);
  g_assert_false (gtk_test_accessible_has_state (GTK_ACCESSIBLE (row_expander (window, "rart")),
                                                 GTK_ACCESSIBLE_STATE_EXPANDED));

  /* Left on a team goes to its capability; Left again collapses it */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  g_assert_true (press_tree_key (window, GDK_KEY_Left));
  g_assert_true (press_tree_key (window, GDK_KEY_Left));
  assert_expanded (row_expander (window, "recu"), FALSE);
  g_assert_true (press_tree_key (window, GDK_KEY_Right));
  assert_expanded (row_expander (window, "recu"), TRUE);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A title that wraps keeps its expander beside its first line, not
 * floating in the middle of the lines */
static void
test_expander_beside_first_line (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *expander, *title, *icon = NULL;
  graphene_rect_t icon_bounds, title_bounds;
  double line_height;

  GtkSettings *settings = gtk_settings_get_default ();
  int dpi;

  /* text at 200 %, as the app zooms it, and the sidebar at its narrowest:
   * a capability's long name wraps */
  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_object_set (settings, "gtk-xft-dpi", 2 * (dpi > 0 ? dpi : 96 * 1024), NULL);
  outreach_window_show_page (window, "rart");
  gtk_paned_set_position (GTK_PANED (gtk_widget_get_ancestor (sidebar_tree (window), GTK_TYPE_PANED)), 0);
  wait_frame (GTK_WIDGET (window));
  line_height = gtk_widget_get_height (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (row_expander (window, "home"))));

  expander = row_expander (window, "recu");
  title = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  g_assert_true (gtk_widget_compute_bounds (title, expander, &title_bounds));
  g_assert_cmpfloat (title_bounds.size.height, >=, 1.8 * line_height);

  /* the icon that expands: the last before the title */
  for (GtkWidget *c = gtk_widget_get_first_child (expander); c != title; c = gtk_widget_get_next_sibling (c))
    icon = c;
  g_assert_nonnull (icon);
  g_assert_true (gtk_widget_compute_bounds (icon, expander, &icon_bounds));
  g_assert_cmpfloat (icon_bounds.origin.y + icon_bounds.size.height / 2, <=,
                     title_bounds.origin.y + 0.75 * line_height);

  /* and stays there, collapsed and expanded again */
  for (guint i = 0; i < 2; i++)
    {
      gtk_tree_list_row_set_expanded (gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander)), i);
      wait_frame (GTK_WIDGET (window));
      icon = NULL;
      for (GtkWidget *c = gtk_widget_get_first_child (expander); c != title; c = gtk_widget_get_next_sibling (c))
        icon = c;
      g_assert_true (gtk_widget_compute_bounds (icon, expander, &icon_bounds));
      g_assert_cmpfloat (icon_bounds.origin.y + icon_bounds.size.height / 2, <=,
                         title_bounds.origin.y + 0.75 * line_height);
    }

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_type_ensure (OUTREACH_TYPE_APPLICATION);

  g_test_add_func ("/keyboard/tabs-from-search-result", test_tabs_from_search_result);
  g_test_add_func ("/keyboard/tabs-from-tree-and-links", test_tabs_from_tree_and_links);
  g_test_add_func ("/keyboard/station-keeps-focus", test_station_keeps_focus);
  g_test_add_func ("/keyboard/tab-order", test_tab_order);
  g_test_add_func ("/keyboard/row-names", test_row_names);
  g_test_add_func ("/keyboard/expander-beside-first-line", test_expander_beside_first_line);

  return g_test_run ();
}
