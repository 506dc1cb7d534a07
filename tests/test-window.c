/* test-window.c: the real window, driven as a user drives it
 *
 * GTK 4.8 cannot synthesize input, so the tests go through the same
 * signals and actions that clicks and keys reach: a button's "clicked",
 * the tree's key controller, the selection a click makes, win.* actions.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <gdk/x11/gdkx.h>

#include "outreach-application.h"
#include <json-glib/json-glib.h>

#include "outreach-page-view.h"
#include "outreach-search.h"
#include "outreach-system-style.h"
#include "outreach-search-view.h"
#include "outreach-sidebar.h"
#include "outreach-window.h"
#include "test-utils.h"






static const char *
heading (OutreachWindow *window)
{
  GtkWidget *view = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");

  return gtk_label_get_text (GTK_LABEL (test_child (view, OUTREACH_TYPE_PAGE_VIEW, "title")));
}

/* All the text a user can read on the page, one label per line. */
static void
collect_text (GtkWidget *widget,
              GString   *text)
{
  if (!gtk_widget_get_visible (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      g_assert_false (gtk_label_get_use_markup (GTK_LABEL (widget)));
      g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (widget)));
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_text (c, text);
}

static char *
page_text (OutreachWindow *window)
{
  GString *text = g_string_new (NULL);

  collect_text (test_child (window, OUTREACH_TYPE_WINDOW, "page_view"), text);
  return g_string_free (text, FALSE);
}

static GtkSingleSelection *
tree_selection (OutreachWindow *window)
{
  GtkListView *tree = GTK_LIST_VIEW (test_child (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"), OUTREACH_TYPE_SIDEBAR, "tree_view"));

  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (tree));
}

static OutreachNode *
selected_node (OutreachWindow *window)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (tree_selection (window));

  return row ? OUTREACH_NODE (gtk_tree_list_row_get_item (row)) : NULL;
}

static guint
row_of (OutreachWindow *window,
        const char     *id)
{
  GListModel *rows = gtk_single_selection_get_model (tree_selection (window));

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(OutreachNode) node = gtk_tree_list_row_get_item (row);

      if (g_strcmp0 (outreach_node_get_id (node), id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static gboolean
is_expanded (OutreachWindow *window,
             const char     *id)
{
  GListModel *rows = gtk_single_selection_get_model (tree_selection (window));
  g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, row_of (window, id));

  return gtk_tree_list_row_get_expanded (row);
}

static gboolean
press_key (OutreachWindow *window,
           guint           keyval)
{
  GtkWidget *tree = test_child (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"), OUTREACH_TYPE_SIDEBAR, "tree_view");
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (tree);
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
test_home (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  g_autofree char *text = page_text (window);
  GListModel *rows = gtk_single_selection_get_model (tree_selection (window));

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "South East Regional Organised Crime Unit");
  g_assert_cmpstr (heading (window), ==, "South East Regional Organised Crime Unit");
  g_assert_nonnull (strstr (text, "Protecting communities from serious organised crime"));
  g_assert_nonnull (strstr (text, "Explore the unit"));
  g_assert_nonnull (strstr (text, "Meet our people"));
  g_assert_nonnull (strstr (text, "Get in touch"));
  g_assert_nonnull (test_find_link (GTK_WIDGET (window), "serocu"));

  /* the tree starts collapsed, with Home selected */
  g_assert_cmpuint (g_list_model_get_n_items (rows), ==, 5);
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), ==, "home");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_select_in_tree (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  g_autofree char *text = NULL;

  /* a click on the unit selects it and shows its page */
  gtk_single_selection_set_selected (tree_selection (window), row_of (window, "serocu"));
  g_assert_cmpstr (heading (window), ==, "South East Regional Organised Crime Unit");
  text = page_text (window);
  g_assert_nonnull (strstr (text, "Capabilities"));
  g_assert_nonnull (strstr (text, "Regional Cyber Crime Unit"));

  /* expanding shows the capabilities; selecting one shows its page */
  gtk_tree_list_row_set_expanded (gtk_single_selection_get_selected_item (tree_selection (window)),
                                  TRUE);
  gtk_single_selection_set_selected (tree_selection (window), row_of (window, "rct"));
  g_assert_cmpuint (row_of (window, "rct"), ==, GTK_INVALID_LIST_POSITION);
  gtk_single_selection_set_selected (tree_selection (window), row_of (window, "recu"));
  g_assert_cmpstr (heading (window), ==, "South East Regional Economic Crime Unit");
  g_free (text);
  text = page_text (window);
  g_assert_nonnull (strstr (text, "Capability · RECU"));
  g_assert_nonnull (strstr (text, "four different teams"));
  g_assert_nonnull (strstr (text, "Teams"));
  g_assert_nonnull (strstr (text, "Regional Asset Recovery Team\nRART"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_team_link_and_breadcrumb (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *view = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
  GtkWidget *breadcrumb = test_child (view, OUTREACH_TYPE_PAGE_VIEW, "breadcrumb");
  g_autofree char *text = NULL;
  GString *crumbs = g_string_new (NULL);
  g_autofree char *crumb_text = NULL;

  g_assert_true (outreach_window_show_page (window, "recu"));
  g_signal_emit_by_name (test_find_link (view, "rct"), "clicked");

  g_assert_cmpstr (heading (window), ==, "Regional Cash Team");
  text = page_text (window);
  g_assert_nonnull (strstr (text, "Team · RCT"));
  g_assert_nonnull (strstr (text, "Gatwick Airport"));

  /* the tree follows: expanded down to the team, which is selected */
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), ==, "rct");
  g_assert_true (is_expanded (window, "recu"));

  /* the breadcrumb leads from the root to here, each step a link */
  collect_text (breadcrumb, crumbs);
  crumb_text = g_string_free (crumbs, FALSE);
  g_assert_cmpstr (crumb_text, ==, "SEROCU\n›\nRECU\n›\nRCT\n");
  g_signal_emit_by_name (test_find_link (breadcrumb, "serocu"), "clicked");
  g_assert_cmpstr (heading (window), ==, "South East Regional Organised Crime Unit");
  g_assert_false (gtk_widget_get_visible (breadcrumb));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_show_every_page (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  static const char *ids[] = { "home", "about", "people", "join-us", "jody", "charlotte", "frank",
                               "siu", "gain", "cyber-protect", "business-support", "finance" };

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      OutreachNode *node = outreach_content_lookup (content, ids[i]);

      g_test_message ("showing %s", ids[i]);
      g_assert_true (outreach_window_show_page (window, ids[i]));
      g_assert_true (outreach_window_get_current_node (window) == node);
      g_assert_true (selected_node (window) == node);
      if (i > 0)
        g_assert_cmpstr (heading (window), ==, outreach_node_get_title (node));
    }

  /* an unknown id leaves the page as it is and says so in the window */
  g_assert_false (outreach_window_show_page (window, "no-such-page"));
  g_assert_cmpstr (heading (window), ==, "Finance");
  g_assert_true (gtk_revealer_get_reveal_child (
    GTK_REVEALER (test_child (window, OUTREACH_TYPE_WINDOW, "problem_revealer"))));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_about_and_join_pages (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  g_autofree char *about = NULL;
  g_autofree char *join = NULL;

  outreach_window_show_page (window, "about");
  about = page_text (window);
  g_assert_nonnull (strstr (about, "£37 billion"));
  g_assert_nonnull (strstr (about, "— Serious and Organised Crime Strategy 2018"));
  g_assert_nonnull (strstr (about, "•  Yorkshire and the Humber"));
  g_assert_nonnull (strstr (about, "•  Thames Valley Police"));
  g_assert_nonnull (strstr (about, "•  HM Revenue and Customs (HMRC)"));

  outreach_window_show_page (window, "join-us");
  join = page_text (window);
  g_assert_nonnull (strstr (join, "SEHR@ThamesValley.pnn.police.uk"));
  g_assert_nonnull (strstr (join, "RecruitmentSE@ThamesValley.pnn.police.uk"));
  g_assert_nonnull (strstr (join, "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keyboard (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkSingleSelection *selection = tree_selection (window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  gtk_single_selection_set_selected (selection, row_of (window, "serocu"));

  /* Right expands, then moves to the first child */
  g_assert_true (press_key (window, GDK_KEY_Right));
  g_assert_true (is_expanded (window, "serocu"));
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), ==, "serocu");
  g_assert_true (press_key (window, GDK_KEY_Right));
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), ==, "siu");
  g_assert_cmpstr (heading (window), ==, "Sensitive Intelligence Unit");

  /* Left goes back to the parent, then collapses it */
  g_assert_true (press_key (window, GDK_KEY_Left));
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), ==, "serocu");
  g_assert_true (press_key (window, GDK_KEY_Left));
  g_assert_false (is_expanded (window, "serocu"));

  /* Enter toggles, as a double click does */
  g_signal_emit_by_name (test_child (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"), OUTREACH_TYPE_SIDEBAR, "tree_view"), "activate",
                         row_of (window, "serocu"));
  g_assert_true (is_expanded (window, "serocu"));

  /* type-ahead: letters jump to the next entry whose name or abbreviation starts so */
  g_assert_true (press_key (window, GDK_KEY_t));
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), ==, "tsu");
  g_assert_cmpstr (heading (window), ==, "Technical Surveillance Unit");
  g_assert_true (press_key (window, GDK_KEY_o));
  g_assert_true (press_key (window, GDK_KEY_p));
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), !=, "opsy");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_type_ahead_abbreviation (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);

  outreach_window_show_page (window, "rart");
  /* "rc": "Regional Cash Team", by its abbreviation RCT, among the visible
   * teams of the expanded economic crime unit */
  g_assert_true (press_key (window, GDK_KEY_r));
  g_assert_true (press_key (window, GDK_KEY_c));
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), ==, "rct");
  gtk_window_destroy (GTK_WINDOW (window));

  /* with Shift held, as a person types an abbreviation: the same fold as search */
  window = test_window_new (content);
  outreach_window_show_page (window, "rart");
  g_assert_true (press_key (window, GDK_KEY_R));
  g_assert_true (press_key (window, GDK_KEY_C));
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), ==, "rct");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_history (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *widget = GTK_WIDGET (window);

  outreach_window_show_page (window, "rart");
  outreach_window_show_page (window, "jody");
  gtk_widget_activate_action (widget, "win.back", NULL);
  g_assert_cmpstr (heading (window), ==, "Regional Asset Recovery Team");
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), ==, "rart");
  gtk_widget_activate_action (widget, "win.back", NULL);
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, "home");
  gtk_widget_activate_action (widget, "win.forward", NULL);
  g_assert_cmpstr (heading (window), ==, "Regional Asset Recovery Team");
  gtk_widget_activate_action (widget, "win.forward", NULL);
  g_assert_cmpstr (heading (window), ==, "Jody");

  /* a new page after going back drops the forward history */
  gtk_widget_activate_action (widget, "win.back", NULL);
  gtk_widget_activate_action (widget, "win.home", NULL);
  gtk_widget_activate_action (widget, "win.forward", NULL);
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, "home");

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_markup_shown_as_text (void)
{
  g_autoptr(GBytes) bytes = test_pack_minimal_with ("\"Fraud Team\"",
                                                    "\"<b>Fraud</b> <span size='99999'>Team</span>\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = NULL;
  OutreachWindow *window;
  g_autofree char *text = NULL;

  content = outreach_content_load_bytes (bytes, "markup.json", NULL, &error);
  g_assert_no_error (error);

  window = test_window_new (content);
  outreach_window_show_page (window, "fraud");
  g_assert_cmpstr (heading (window), ==, "<b>Fraud</b> <span size='99999'>Team</span>");
  outreach_window_show_page (window, "exru");
  text = page_text (window);   /* asserts no label uses markup */
  g_assert_nonnull (strstr (text, "<b>Fraud</b> <span size='99999'>Team</span>\nFT"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_focus_follows_keyboard (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *tree = test_child (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"), OUTREACH_TYPE_SIDEBAR, "tree_view");
  GtkWidget *focus;
  GtkTreeListRow *row;

  outreach_window_show_page (window, "recu");
  /* F6 puts the keyboard focus on the selected entry, not the first one,
   * so that arrow keys go on from what the user sees selected */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, tree));
  while (gtk_widget_get_parent (focus) != tree)
    focus = gtk_widget_get_parent (focus);
  row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (gtk_widget_get_first_child (focus)));
  g_assert_cmpuint (gtk_tree_list_row_get_position (row), ==, row_of (window, "recu"));

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_size_remembered (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  g_autoptr(GSettings) settings = g_settings_new ("uk.police.serocu.Outreach");
  OutreachWindow *window;
  int width, height;

  g_settings_set_int (settings, "window-width", 900);
  g_settings_set_int (settings, "window-height", 640);
  window = test_window_new (content);
  gtk_window_get_default_size (GTK_WINDOW (window), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);

  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_close (GTK_WINDOW (window));
  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 1000);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 700);
}

/* minimal.json with @n people, all listed on its people page */
static OutreachContent *
pack_with_people (guint n)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *root, *section;
  JsonArray *profiles, *listed;
  OutreachContent *content;
  char *json;

  g_assert_true (json_parser_load_from_file (parser, path, NULL));
  root = json_node_get_object (json_parser_get_root (parser));
  profiles = json_array_new ();
  listed = json_array_new ();
  for (guint i = 0; i < n; i++)
    {
      JsonObject *p = json_object_new ();
      JsonArray *story = json_array_new ();
      g_autofree char *id = g_strdup_printf ("person-%u", i);
      g_autofree char *name = g_strdup_printf ("Person %u", i);

      json_object_set_string_member (p, "id", id);
      json_object_set_string_member (p, "name", name);
      json_object_set_string_member (p, "role", i % 2 ? "Financial Investigator" : "Detective Constable");
      json_object_set_string_member (p, "employment", i % 2 ? "staff" : "officer");
      json_object_set_string_member (p, "time_in_role", "Two years");
      json_object_set_string_member (p, "team", i % 3 ? "fraud" : "pursue");
      json_object_set_string_member (p, "quote", "Every day is different.");
      json_array_add_string_element (story, "Every day is different.");
      json_object_set_array_member (p, "story", story);
      json_array_add_object_element (profiles, p);
      json_array_add_string_element (listed, id);
    }
  json_object_set_array_member (root, "profiles", profiles);
  section = json_array_get_object_element (
    json_object_get_array_member (
      json_array_get_object_element (json_object_get_array_member (root, "pages"), 1),
      "sections"),
    0);
  json_object_set_array_member (section, "profiles", listed);

  json_generator_set_root (generator, json_parser_get_root (parser));
  json = json_generator_to_data (generator, NULL);
  bytes = g_bytes_new_take (json, strlen (json));
  content = outreach_content_load_bytes (bytes, "people.json", NULL, &error);
  g_assert_no_error (error);
  return content;
}

static guint
count_people_cards (GtkWidget *widget)
{
  guint n = 0;

  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "profile-card"))
    {
      g_assert_true (gtk_widget_get_visible (widget));
      return 1;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    n += count_people_cards (c);
  return n;
}

static void
test_people_counts (void)
{
  static const guint counts[] = { 0, 1, 3, 50 };

  for (guint i = 0; i < G_N_ELEMENTS (counts); i++)
    {
      g_autoptr(OutreachContent) content = pack_with_people (counts[i]);
      OutreachWindow *window = test_window_new (content);
      GtkWidget *view = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
      g_autofree char *text = NULL;

      g_assert_true (outreach_window_show_page (window, "people"));
      text = page_text (window);
      g_assert_cmpuint (count_people_cards (view), ==, counts[i]);
      if (counts[i] == 0)
        g_assert_nonnull (strstr (text, "No one has shared their story here yet."));
      else
        {
          /* a card opens the person's page, which links back to their team */
          g_autofree char *last = g_strdup_printf ("person-%u", counts[i] - 1);
          g_autofree char *story = NULL;

          g_assert_nonnull (strstr (text, "Person 0\nDetective Constable\nPolice officer · Two years in role\nPursue Team"));
          g_signal_emit_by_name (test_find_link (view, last), "clicked");
          g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, last);
          story = page_text (window);
          g_assert_nonnull (strstr (story, "Where I work"));
          g_assert_nonnull (test_find_link (view, (counts[i] - 1) % 3 ? "fraud" : "pursue"));
        }
      /* the tree's "Our people" branch holds everyone */
      g_assert_true (outreach_window_show_page (window, "people"));
      gtk_tree_list_row_set_expanded (gtk_single_selection_get_selected_item (tree_selection (window)), TRUE);
      g_assert_cmpuint (g_list_model_get_n_items (gtk_single_selection_get_model (tree_selection (window))),
                        ==, 4 + counts[i]);

      gtk_window_destroy (GTK_WINDOW (window));
    }
}

static void
test_team_lists_its_people (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *view = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
  g_autofree char *text = NULL;

  outreach_window_show_page (window, "investigations");
  text = page_text (window);
  g_assert_nonnull (strstr (text, "Our people here"));
  g_assert_nonnull (test_find_link (view, "charlotte"));
  g_assert_nonnull (test_find_link (view, "frank"));
  g_signal_emit_by_name (test_find_link (view, "frank"), "clicked");
  g_assert_cmpstr (heading (window), ==, "Frank");
  g_clear_pointer (&text, g_free);
  text = page_text (window);
  g_assert_nonnull (strstr (text, "Detective Constable in Investigations · Police officer · Three years in role"));
  g_assert_nonnull (strstr (text, "“You get the opportunity to be very creative"));
  g_signal_emit_by_name (test_find_link (view, "investigations"), "clicked");
  g_assert_cmpstr (heading (window), ==, "Regional Investigations Syndicates");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Search, as typed */


static void
test_search_ui (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");
  GtkStack *stack = GTK_STACK (test_child (window, OUTREACH_TYPE_WINDOW, "main_stack"));
  GtkListView *results = GTK_LIST_VIEW (test_child (test_child (window, OUTREACH_TYPE_WINDOW, "search_view"), OUTREACH_TYPE_SEARCH_VIEW, "results_view"));
  GtkLabel *status = GTK_LABEL (test_child (test_child (window, OUTREACH_TYPE_WINDOW, "search_view"), OUTREACH_TYPE_SEARCH_VIEW, "results_status"));
  g_autoptr(OutreachSearchResult) first = NULL;

  outreach_window_show_page (window, "about");
  test_type_search (window, "gatwick");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "results");
  g_assert_cmpstr (gtk_label_get_text (status), ==, "1 result for “gatwick”");
  first = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (results)), 0);
  g_assert_cmpstr (outreach_search_result_get_title (first), ==, "Regional Cash Team");

  /* Escape returns to the page the user was on */
  g_signal_emit_by_name (entry, "stop-search");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  g_assert_cmpstr (heading (window), ==, "About the unit");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");

  /* Enter opens the best result, which goes in the history */
  test_type_search (window, "RART");
  g_signal_emit_by_name (entry, "activate");
  g_assert_cmpstr (heading (window), ==, "Regional Asset Recovery Team");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                        "search_bar"))));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (heading (window), ==, "About the unit");

  /* a click on a result opens it */
  test_type_search (window, "cryptocurrency");
  g_signal_emit_by_name (results, "activate", 0);
  g_assert_cmpstr (heading (window), ==, "Charlotte");

  /* nothing found says so */
  test_type_search (window, "zebra");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (test_child (test_child (window, OUTREACH_TYPE_WINDOW, "search_view"), OUTREACH_TYPE_SEARCH_VIEW, "empty_title"))), ==, "No results for “zebra”");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (results))), ==, 0);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_typing_starts_search (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  gboolean handled = FALSE;

  /* the window starts with the page focused, not the tree */
  g_assert_false (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)),
                                          test_child (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"), OUTREACH_TYPE_SIDEBAR, "tree_view")));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      gboolean h = FALSE;

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller))
        g_signal_emit_by_name (controller, "key-pressed", GDK_KEY_g, 0, 0, &h);
      handled |= h;
    }
  g_object_unref (controllers);

  g_assert_true (handled);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                       "search_bar"))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "g");

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct {
  GtkWidget  *entry;
  const char *text;
} TextWait;

static gboolean
entry_text_is (gpointer data)
{
  TextWait *wait = data;

  return g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (wait->entry)), wait->text) == 0;
}

/* the last letter typed has arrived */
static gboolean
entry_text_ends (gpointer data)
{
  TextWait *wait = data;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (wait->entry));

  return *text != '\0' && text[strlen (text) - 1] == wait->text[strlen (wait->text) - 1];
}

/* The first Ctrl+F of a session, then typing at once (real X keys, as a
 * fast typist sends them): every letter lands in the field, the first too */
static void
test_ctrl_f_then_type (void)
{
  g_autoptr(OutreachContent) content = NULL;
  OutreachWindow *window;
  GtkEventController *shortcuts;
  g_autofree char *focus = NULL;
  TextWait wait;

  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  content = test_pack_builtin ();
  window = test_window_new (content);
  /* the application's accelerator (no application here) */
  shortcuts = gtk_shortcut_controller_new ();
  gtk_event_controller_set_propagation_phase (shortcuts, GTK_PHASE_CAPTURE);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (shortcuts),
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string ("<Control>f"),
                                                          gtk_named_action_new ("win.search")));
  gtk_widget_add_controller (GTK_WIDGET (window), shortcuts);
  test_wait_until ((gboolean (*) (gpointer)) gtk_window_is_active, window);
  test_wait_drawn (GTK_WIDGET (window), 10);
  focus = g_strdup_printf ("windowfocus --sync %lu",
                           (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))));
  test_xdotool (focus);

  wait.entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");
  wait.text = "cyber";
  test_xdotool ("key --delay 12 ctrl+f c y b e r");
  test_wait_until (entry_text_ends, &wait);
  g_assert_true (entry_text_is (&wait));
  /* once the field is shown, what follows goes on the end */
  test_wait_until (test_is_mapped, wait.entry);
  g_assert_true (gtk_widget_has_focus (wait.entry) || gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), wait.entry));
  wait.text = "cybercrime";
  test_xdotool ("key --delay 12 c r i m e");
  test_wait_until (entry_text_ends, &wait);
  g_assert_true (entry_text_is (&wait));

  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
find_shortcuts_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window))
        return window;
    }
  return NULL;
}

static void
collect_shortcuts (GtkWidget *widget,
                   GPtrArray *rows)
{
  /* the section's rows, not the copies the window's search shows */
  if (GTK_IS_SHORTCUTS_SHORTCUT (widget) &&
      gtk_widget_get_ancestor (widget, GTK_TYPE_SHORTCUTS_SECTION) != NULL)
    g_ptr_array_add (rows, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_shortcuts (child, rows);
}

/* The row for @title, with its accelerator written out (%NULL if it
 * names an action instead) */
static GtkWidget *
shortcut_row (GPtrArray   *rows,
              const char  *title,
              char       **accelerator)
{
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *row_title = NULL;

      g_object_get (rows->pdata[i], "title", &row_title, NULL);
      if (g_strcmp0 (row_title, title) == 0)
        {
          g_object_get (rows->pdata[i], "accelerator", accelerator, NULL);
          return rows->pdata[i];
        }
    }
  g_assert_not_reached ();
}

/* Every row of the shortcuts says something of its own: no two alike, no
 * key shown twice in one row (the keypad's + and - look like the main
 * keys'), and the keys that have no action say so too */
/* A narrow window and a wide one (#16 item 6) */


/* What a screen reader says @widget is */
static void
assert_accessible_label (GtkWidget  *widget,
                         const char *label)
{
  g_autofree char *wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget),
                                                               GTK_ACCESSIBLE_PROPERTY_LABEL, label);

  if (wrong != NULL)
    g_error ("%s: accessible label %s, not %s", G_OBJECT_TYPE_NAME (widget), wrong, label);
}


typedef struct
{
  GtkWidget *widget;
  int        width;
} Width;

static gboolean
has_width (gpointer data)
{
  Width *w = data;

  return gtk_widget_get_width (w->widget) == w->width;
}

/* Resizes @window as a user would (the window manager resizes it), and
 * waits until it is drawn so */
static void
resize_window (OutreachWindow *window,
               int             width,
               int             height)
{
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (window));
  /* the X window holds the window's invisible border too */
  int border = gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))) -
               gtk_widget_get_width (content);
  Width w = { content, width - border };
  g_autofree char *resize =
    g_strdup_printf ("windowsize --sync %lu %d %d",
                     (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (GTK_NATIVE (window))),
                     width, height);

  test_xdotool (resize);
  test_wait_until (has_width, &w);
  test_wait_drawn (GTK_WIDGET (window), TEST_SETTLE_FRAMES);
}

static GtkWidget *
window_part (OutreachWindow *window,
             const char     *name)
{
  return test_child (window, OUTREACH_TYPE_WINDOW, name);
}

static gboolean
focus_within (OutreachWindow *window,
              GtkWidget      *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Whether the keyboard is on the page's heading, where a navigation puts it */
static gboolean
focus_on_heading (OutreachWindow *window)
{
  GtkWidget *title = test_child (window_part (window, "page_view"), OUTREACH_TYPE_PAGE_VIEW, "title");

  /* the heading's box (a label cannot take the focus) */
  return gtk_root_get_focus (GTK_ROOT (window)) == gtk_widget_get_parent (title);
}

/* A key in the tree as the keyboard sends it: through the window's
 * controllers on the tree (capture), then the tree's own */
static void
press_tree_key (OutreachWindow *window,
                guint           keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (window_part (window, "sidebar"));
  gboolean handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_EVENT_CONTROLLER_KEY (controller) &&
          gtk_event_controller_get_propagation_phase (controller) == GTK_PHASE_CAPTURE)
        g_signal_emit_by_name (controller, "key-pressed", keyval, 0, 0, &handled);
    }
  if (!handled)
    press_key (window, keyval);
  /* the next key comes after what this one set going */
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* The page (or the search's results) alone, the whole window wide; the
 * tree folded away */
static void
assert_folded (OutreachWindow *window)
{
  GtkWidget *content = gtk_window_get_child (GTK_WINDOW (window));
  GtkWidget *button = window_part (window, "sidebar_button");

  test_wait_drawn (GTK_WIDGET (window), TEST_SETTLE_FRAMES);
  g_assert_false (gtk_widget_get_mapped (window_part (window, "sidebar")));
  g_assert_true (gtk_widget_get_mapped (window_part (window, "main_stack")));
  g_assert_cmpint (gtk_widget_get_width (window_part (window, "main_stack")), ==,
                   gtk_widget_get_width (content));
  g_assert_true (gtk_widget_get_mapped (button));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
}

static void
test_narrow_window_folds_tree (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_sized (content, 800, 600);
  GtkWidget *button = window_part (window, "sidebar_button");
  GtkWidget *sidebar = window_part (window, "sidebar");
  GtkWidget *stack = window_part (window, "main_stack");
  GtkWidget *whole = gtk_window_get_child (GTK_WINDOW (window));

  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, 800);
  /* the page has the window; the tree is behind a named button */
  assert_folded (window);
  assert_accessible_label (button, "Show the Unit Tree");
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (button), "F9"));

  /* the button shows the tree in the page's place, its selected row focused */
  g_signal_emit_by_name (button, "clicked");
  test_wait_drawn (GTK_WIDGET (window), TEST_SETTLE_FRAMES);
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
  g_assert_true (gtk_widget_get_mapped (sidebar));
  g_assert_false (gtk_widget_get_mapped (stack));
  g_assert_cmpint (gtk_widget_get_width (sidebar), ==, gtk_widget_get_width (whole));
  g_assert_true (focus_within (window, sidebar));

  /* a page chosen there (as a click selects it) shows, and the tree folds */
  gtk_single_selection_set_selected (tree_selection (window), row_of (window, "join-us"));
  g_assert_cmpstr (heading (window), ==, "Join us");
  assert_folded (window);
  g_assert_true (focus_within (window, stack));
  g_assert_true (focus_on_heading (window));

  /* keys move in the tree without folding it (a letter, then Right to
   * open and go in); Enter shows the page reached */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  g_assert_true (gtk_widget_get_mapped (sidebar));
  press_tree_key (window, GDK_KEY_s);
  press_tree_key (window, GDK_KEY_Right);
  press_tree_key (window, GDK_KEY_Right);
  test_wait_drawn (GTK_WIDGET (window), TEST_SETTLE_FRAMES);
  g_assert_true (gtk_widget_get_mapped (sidebar));
  g_assert_cmpstr (outreach_node_get_id (selected_node (window)), ==, "siu");
  press_tree_key (window, GDK_KEY_Return);
  g_assert_cmpstr (heading (window), ==, "Sensitive Intelligence Unit");
  assert_folded (window);
  g_assert_true (focus_within (window, stack));
  /* on the heading, as in a wide window (probe 16a: on the page's scroll
   * area, where nothing showed it and the next Tab went to the header bar) */
  g_assert_true (focus_on_heading (window));

  /* Escape goes back to the page; F6 shows the tree and goes to it */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  press_tree_key (window, GDK_KEY_Escape);
  assert_folded (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  test_wait_drawn (GTK_WIDGET (window), TEST_SETTLE_FRAMES);
  g_assert_true (gtk_widget_get_mapped (sidebar));
  g_assert_true (focus_within (window, sidebar));

  /* a search opened from the tree shows its results in the page's place */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  assert_folded (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  outreach_window_search (window, "fraud");
  assert_folded (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "results");
  g_signal_emit_by_name (window_part (window, "search_entry"), "stop-search");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (GTK_STACK (stack)), ==, "page");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  g_assert_true (gtk_widget_get_mapped (sidebar));

  /* Back, from the tree: the page it goes to shows (the unit, passed on
   * the way to its capability) */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (heading (window), ==, "South East Regional Organised Crime Unit");
  assert_folded (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Text made larger folds the tree the keyboard is in: the keyboard goes to
 * the page's heading, not to no one (probe 16a: to the pane's container,
 * named "Sidebar and page", with nothing on screen to show it) */
static void
test_fold_keeps_focus (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_sized (content, 1100, 700);
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (window));
  int dpi = 0;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
  g_assert_false (gtk_widget_get_visible (window_part (window, "sidebar_button")));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  test_wait_drawn (GTK_WIDGET (window), TEST_SETTLE_FRAMES);
  g_assert_true (focus_within (window, window_part (window, "sidebar")));

  g_object_set (settings, "gtk-xft-dpi", 175 * 96 * 1024 / 100, NULL);
  assert_folded (window);
  g_test_message ("the keyboard is on %s", G_OBJECT_TYPE_NAME (gtk_root_get_focus (GTK_ROOT (window))));
  g_assert_true (focus_on_heading (window));

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The tree is a pane about a quarter of the window wide, and never over
 * 360 px at the usual text size */
static void
assert_pane (OutreachWindow *window)
{
  int width = gtk_widget_get_width (gtk_window_get_child (GTK_WINDOW (window)));
  int tree = gtk_widget_get_width (window_part (window, "sidebar"));

  g_test_message ("window %d px: tree %d px", width, tree);
  g_assert_true (gtk_widget_get_mapped (window_part (window, "sidebar")));
  g_assert_true (gtk_widget_get_mapped (window_part (window, "page_view")));
  g_assert_false (gtk_widget_get_visible (window_part (window, "sidebar_button")));
  g_assert_cmpint (tree, <=, 360);
  g_assert_cmpint (tree, >=, width / 4 - 1);
  g_assert_cmpint (tree, <=, width * 3 / 10);
}

static void
test_wide_window_keeps_pane (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_sized (content, 1400, 900);
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (window)),
                                                            gtk_native_get_surface (GTK_NATIVE (window)));
  GdkRectangle screen;

  gdk_monitor_get_geometry (monitor, &screen);
  g_test_message ("on a %d×%d screen", screen.width, screen.height);
  assert_pane (window);

  /* narrower, it folds; wider again, the pane comes back */
  if (!test_have_xdotool ())
    {
      gtk_window_destroy (GTK_WINDOW (window));
      g_test_skip ("resizing needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  resize_window (window, 800, 600);
  assert_folded (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-sidebar", NULL);
  resize_window (window, MIN (1400, screen.width), MIN (900, screen.height));
  assert_pane (window);
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (window_part (window, "sidebar_button"))));
  resize_window (window, 1000, 700);
  assert_pane (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The main menu's text size: − 100% + (#16 item 12) */

static gboolean
is_unmapped (gpointer widget)
{
  return !gtk_widget_get_mapped (widget);
}

static void
on_activate_text_size (GApplication *app,
                       gboolean     *activated)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWidget *row = test_child (window, OUTREACH_TYPE_WINDOW, "text_size_row");
  GtkWidget *size = test_child (window, OUTREACH_TYPE_WINDOW, "text_size_button");
  GtkLabel *label = GTK_LABEL (test_child (window, OUTREACH_TYPE_WINDOW, "text_size_label"));
  GtkMenuButton *menu = GTK_MENU_BUTTON (test_child (window, OUTREACH_TYPE_WINDOW, "menu_button"));
  GtkPopover *popover;
  const char *names[] = { "app.zoom-out", "Smaller Text", "app.zoom-in", "Larger Text" };
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (app), "win.show-sidebar");

  *activated = TRUE;
  /* F9 shows the tree in a narrow window */
  g_assert_cmpstr (accels[0], ==, "F9");
  /* in the main menu, which is made when it first opens (not for the
   * first frame), and shown then */
  g_assert_null (gtk_menu_button_get_popover (menu));
  g_assert_null (gtk_widget_get_parent (row));
  gtk_menu_button_popup (menu);
  popover = gtk_menu_button_get_popover (menu);
  g_assert_nonnull (popover);
  g_assert_true (gtk_widget_get_ancestor (row, GTK_TYPE_POPOVER_MENU) == GTK_WIDGET (popover));
  test_wait_until (test_is_mapped, row);
  /* made once: opening it again (GTK asks again) keeps it, and its row */
  gtk_menu_button_popdown (menu);
  test_wait_until (is_unmapped, row);
  gtk_menu_button_popup (menu);
  g_assert_true (gtk_menu_button_get_popover (menu) == popover);
  g_assert_true (gtk_widget_get_ancestor (row, GTK_TYPE_POPOVER_MENU) == GTK_WIDGET (popover));
  test_wait_until (test_is_mapped, row);
  g_assert_true (gtk_widget_get_mapped (size));

  /* every button named */
  for (GtkWidget *b = gtk_widget_get_first_child (row); b; b = gtk_widget_get_next_sibling (b))
    for (guint i = 0; i < G_N_ELEMENTS (names); i += 2)
      if (g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (b)), names[i]) == 0)
        assert_accessible_label (b, names[i + 1]);

  /* the size shown and said follows the text size, however it changes */
  g_assert_cmpstr (gtk_label_get_text (label), ==, "100%");
  assert_accessible_label (size, "Text size 100%");
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "110%");
  assert_accessible_label (size, "Text size 110%");
  /* the + button */
  g_signal_emit_by_name (gtk_widget_get_last_child (row), "clicked");
  g_assert_cmpstr (gtk_label_get_text (label), ==, "125%");
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "200%");
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-out", NULL);
  g_assert_cmpstr (gtk_label_get_text (label), ==, "175%");
  /* the percentage is a button back to the usual size */
  g_signal_emit_by_name (size, "clicked");
  g_assert_cmpstr (gtk_label_get_text (label), ==, "100%");
  assert_accessible_label (size, "Text size 100%");

  /* the keyboard on +, pressed up to the largest size: + greys out, and
   * the keyboard goes to the size beside it, still in the menu (probe 16c:
   * it went to no one, and GTK complained at each press after) */
  {
    GtkWidget *larger = gtk_widget_get_last_child (row);
    GtkWidget *focus;

    gtk_widget_grab_focus (larger);
    g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == larger);
    for (guint i = 0; i < 12 && gtk_widget_is_sensitive (larger); i++)
      g_signal_emit_by_name (larger, "clicked");
    test_wait_drawn (GTK_WIDGET (window), 5);
    g_assert_cmpstr (gtk_label_get_text (label), ==, "300%");
    g_assert_false (gtk_widget_is_sensitive (larger));
    focus = gtk_root_get_focus (GTK_ROOT (window));
    g_test_message ("at 300%%, the keyboard is on %s", focus ? G_OBJECT_TYPE_NAME (focus) : "no one");
    /* (the next item enabled: the size beside it, or Export Organisation
     * Chart… in the next section, when the pack has a chart to draw) */
    g_assert_nonnull (focus);
    g_assert_true (focus == size ||
                   gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER_MENU) ==
                   GTK_WIDGET (gtk_menu_button_get_popover (menu)));
    g_signal_emit_by_name (size, "clicked");
  }
  gtk_menu_button_popdown (menu);

  gtk_window_destroy (window);
}


static void
test_menu_text_size (void)
{
  g_autoptr(OutreachApplication) app = outreach_application_new ();
  char *argv[] = { (char *) "serocu-outreach", NULL };
  gboolean activated = FALSE;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_text_size), &activated);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 1, argv), ==, 0);
  g_assert_true (activated);
}

static void
test_shortcuts_rows (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  g_autoptr(GHashTable) titles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autofree char *subtitle = NULL;
  char *accel = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  collect_shortcuts (GTK_WIDGET (find_shortcuts_window ()), rows);
  g_assert_cmpuint (rows->len, >, 10);
  for (guint i = 0; i < rows->len; i++)
    {
      g_autofree char *title = NULL;
      g_autofree char *accelerator = NULL;
      g_autofree char *action = NULL;
      g_autoptr(GHashTable) labels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_auto(GStrv) keys = NULL;

      g_object_get (rows->pdata[i], "title", &title, "accelerator", &accelerator,
                    "action-name", &action, NULL);
      g_assert_true (g_hash_table_add (titles, g_strdup (title)));
      g_assert_true ((accelerator != NULL && *accelerator != '\0') || action != NULL);
      if (accelerator == NULL)
        continue;
      keys = g_strsplit (accelerator, " ", -1);
      for (guint k = 0; keys[k] != NULL; k++)
        {
          guint keyval;
          GdkModifierType mods;

          if (!gtk_accelerator_parse (keys[k], &keyval, &mods))
            continue;
          g_assert_true (g_hash_table_add (labels, gtk_accelerator_get_label (keyval, mods)));
        }
    }

  shortcut_row (rows, "Larger text", &accel);
  g_assert_cmpstr (accel, ==, "<Control>plus <Control>equal");
  g_clear_pointer (&accel, g_free);
  shortcut_row (rows, "Smaller text", &accel);
  g_assert_cmpstr (accel, ==, "<Control>minus");
  g_clear_pointer (&accel, g_free);
  shortcut_row (rows, "Close the search", &accel);
  g_assert_cmpstr (accel, ==, "Escape");
  g_clear_pointer (&accel, g_free);
  shortcut_row (rows, "Open the message in your email app", &accel);
  g_assert_cmpstr (accel, ==, "<Control>Return");
  g_clear_pointer (&accel, g_free);
  g_object_get (shortcut_row (rows, "Search", &accel), "subtitle", &subtitle, NULL);
  g_assert_nonnull (strstr (subtitle, "typing"));
  g_clear_pointer (&accel, g_free);
  shortcut_row (rows, "Write to the contact for this page", &accel);
  g_clear_pointer (&accel, g_free);
  /* the key of the folding tree's button, as the app has it */
  shortcut_row (rows, "Show or fold the unit tree", &accel);
  g_assert_cmpstr (accel, ==, "F9");
  g_clear_pointer (&accel, g_free);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Ctrl+? shows the keyboard shortcuts, over the window; the shortcuts
 * window is made when first asked for, not at start-up */
static void
test_shortcuts_window (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWindow *shortcuts;

  g_assert_null (find_shortcuts_window ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  shortcuts = find_shortcuts_window ();
  g_assert_nonnull (shortcuts);
  test_wait_until (test_is_mapped, shortcuts);
  g_assert_true (gtk_window_get_transient_for (shortcuts) == GTK_WINDOW (window));

  /* asked again, the same window */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  g_assert_true (find_shortcuts_window () == shortcuts);

  /* it goes with the window */
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_null (find_shortcuts_window ());
}

static gboolean
theme_is (gpointer name)
{
  g_autofree char *theme = NULL;

  g_object_get (gtk_settings_get_default (), "gtk-theme-name", &theme, NULL);
  return g_strcmp0 (theme, name) == 0;
}

static gboolean
prefers_dark (gpointer want)
{
  gboolean dark;

  g_object_get (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", &dark, NULL);
  return dark == GPOINTER_TO_INT (want);
}

static void
test_follows_desktop_style (void)
{
  g_autoptr(GSettings) interface = g_settings_new ("org.gnome.desktop.interface");
  g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_autoptr(OutreachSystemStyle) style = NULL;

  g_unsetenv ("GTK_THEME");
  g_object_set (gtk_settings_get_default (), "gtk-theme-name", "Adwaita", NULL);
  style = outreach_system_style_new (gtk_settings_get_default ());
  g_assert_true (prefers_dark (GINT_TO_POINTER (FALSE)));

  /* the desktop turns dark, then high contrast, then both back off */
  g_settings_set_string (interface, "color-scheme", "prefer-dark");
  test_wait_until (prefers_dark, GINT_TO_POINTER (TRUE));
  g_assert_true (theme_is ((gpointer) "Adwaita"));

  g_settings_set_boolean (a11y, "high-contrast", TRUE);
  /* GTK 4's high contrast in dark: HighContrast, dark */
  test_wait_until (theme_is, (gpointer) "HighContrast");
  g_assert_true (prefers_dark (GINT_TO_POINTER (TRUE)));
  g_settings_set_string (interface, "color-scheme", "prefer-light");
  test_wait_until (theme_is, (gpointer) "HighContrast");
  g_assert_true (prefers_dark (GINT_TO_POINTER (FALSE)));

  g_settings_set_boolean (a11y, "high-contrast", FALSE);
  test_wait_until (theme_is, (gpointer) "Adwaita");
  g_settings_reset (interface, "color-scheme");
  g_settings_reset (a11y, "high-contrast");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_type_ensure (OUTREACH_TYPE_APPLICATION);

  g_test_add_func ("/window/home", test_home);
  g_test_add_func ("/window/select-in-tree", test_select_in_tree);
  g_test_add_func ("/window/team-link-and-breadcrumb", test_team_link_and_breadcrumb);
  g_test_add_func ("/window/show-every-page", test_show_every_page);
  g_test_add_func ("/window/about-and-join-pages", test_about_and_join_pages);
  g_test_add_func ("/window/keyboard", test_keyboard);
  g_test_add_func ("/window/type-ahead-abbreviation", test_type_ahead_abbreviation);
  g_test_add_func ("/window/history", test_history);
  g_test_add_func ("/window/markup-shown-as-text", test_markup_shown_as_text);
  g_test_add_func ("/window/focus-follows-keyboard", test_focus_follows_keyboard);
  g_test_add_func ("/window/size-remembered", test_size_remembered);
  g_test_add_func ("/window/people-counts", test_people_counts);
  g_test_add_func ("/window/team-lists-its-people", test_team_lists_its_people);
  g_test_add_func ("/window/search", test_search_ui);
  g_test_add_func ("/window/typing-starts-search", test_typing_starts_search);
  g_test_add_func ("/window/ctrl-f-then-type", test_ctrl_f_then_type);
  g_test_add_func ("/window/follows-desktop-style", test_follows_desktop_style);
  g_test_add_func ("/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/window/shortcuts-rows", test_shortcuts_rows);
  g_test_add_func ("/window/narrow-window-folds-tree", test_narrow_window_folds_tree);
  g_test_add_func ("/window/fold-keeps-focus", test_fold_keeps_focus);
  g_test_add_func ("/window/wide-window-keeps-pane", test_wide_window_keeps_pane);
  g_test_add_func ("/window/menu-text-size", test_menu_text_size);

  return g_test_run ();
}
