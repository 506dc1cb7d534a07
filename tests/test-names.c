/* test-names.c: with another unit's pack, the window and the About window
 * name that unit only
 *
 * The real application runs with --content= the fictional Northmoor pack
 * (tests/data/other-unit.json), which names its app, its levels, its kinds
 * of employment and its Home buttons. Every page of it is shown in turn and
 * every text the window holds (labels, text blocks, tooltips, titles, the
 * main menu) is read: none may say SEROCU or South East, and the names
 * shown must be the pack's. A live swap to the built-in pack then renames
 * the menu and the About window.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-application.h"
#include "outreach-content.h"
#include "outreach-page-view.h"
#include "outreach-search-result.h"
#include "outreach-search-view.h"
#include "outreach-text-block.h"
#include "outreach-window.h"
#include "outreach-window-private.h"
#include "test-utils.h"

/* What the built-in unit is called, which another unit's window must never say */
static const char *builtin_words[] = { "SEROCU", "South East", "Police staff", "Capabilities",
                                       "Capability", "capabilities", NULL };

static void
add_string (GPtrArray  *strings,
            const char *text)
{
  if (text != NULL && *text != '\0')
    g_ptr_array_add (strings, g_strdup (text));
}

static void
collect_menu (GMenuModel *menu,
              GPtrArray  *strings)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        add_string (strings, label);
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          collect_menu (link, strings);
          g_object_unref (link);
        }
    }
}

/* Every text @widget and what it holds show or say: labels, text blocks,
 * entries, tooltips, window titles, menus */
static void
collect_strings (GtkWidget *widget,
                 GPtrArray *strings)
{
  if (GTK_IS_LABEL (widget))
    add_string (strings, gtk_label_get_text (GTK_LABEL (widget)));
  if (OUTREACH_IS_TEXT_BLOCK (widget))
    add_string (strings, outreach_text_block_get_text (OUTREACH_TEXT_BLOCK (widget)));
  if (GTK_IS_EDITABLE (widget))
    add_string (strings, gtk_editable_get_text (GTK_EDITABLE (widget)));
  if (GTK_IS_WINDOW (widget))
    add_string (strings, gtk_window_get_title (GTK_WINDOW (widget)));
  /* the main menu is made when it first opens: made here */
  if (GTK_IS_MENU_BUTTON (widget) && OUTREACH_IS_WINDOW (gtk_widget_get_root (widget)) &&
      widget == OUTREACH_WINDOW (gtk_widget_get_root (widget))->menu_button)
    _outreach_window_get_main_menu (OUTREACH_WINDOW (gtk_widget_get_root (widget)));
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)))
    collect_menu (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), strings);
  add_string (strings, gtk_widget_get_tooltip_text (widget));

  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_strings (c, strings);
}

static void
assert_no_builtin_words (GtkWidget  *widget,
                         const char *where)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  collect_strings (widget, strings);
  g_assert_cmpuint (strings->len, >, 5);
  for (guint i = 0; i < strings->len; i++)
    for (guint w = 0; builtin_words[w]; w++)
      if (strstr (g_ptr_array_index (strings, i), builtin_words[w]) != NULL)
        g_error ("%s shows “%s”: “%s”", where, builtin_words[w],
                 (char *) g_ptr_array_index (strings, i));
}

static gboolean
shows_text (GtkWidget  *widget,
            const char *text)
{
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func (g_free);

  collect_strings (widget, strings);
  for (guint i = 0; i < strings->len; i++)
    if (g_str_equal (g_ptr_array_index (strings, i), text))
      return TRUE;
  return FALSE;
}

/* The main menu's item for app.about */
static char *
about_item_label (OutreachWindow *window)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (test_child (window, OUTREACH_TYPE_WINDOW, "menu_button"));
  GMenuModel *menu;

  _outreach_window_get_main_menu (window);
  menu = gtk_menu_button_get_menu_model (button);

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;
          char *label = NULL;

          if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
              g_str_equal (action, "app.about") &&
              g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
            return label;
        }
    }
  return NULL;
}

/* The buttons on the page that open other pages as calls to action, in order */
static void
collect_entry_points (GtkWidget *widget,
                      GPtrArray *buttons)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "entry-point"))
    g_ptr_array_add (buttons, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_entry_points (c, buttons);
}

static GPtrArray *
entry_points (OutreachWindow *window)
{
  GPtrArray *buttons = g_ptr_array_new ();

  collect_entry_points (test_child (window, OUTREACH_TYPE_WINDOW, "page_view"), buttons);
  return buttons;
}

static const char *
current_id (OutreachWindow *window)
{
  return outreach_node_get_id (outreach_window_get_current_node (window));
}

static const char *
page_subtitle (OutreachWindow *window)
{
  GtkWidget *view = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");

  return outreach_text_block_get_text (OUTREACH_TEXT_BLOCK (test_child (view, OUTREACH_TYPE_PAGE_VIEW,
                                                                        "subtitle")));
}

static GtkAboutDialog *
find_about (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* GTK's own */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_ABOUT_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_ABOUT_DIALOG (window);
    }
  return NULL;
}

static gboolean
about_shown (gpointer data)
{
  return find_about () != NULL;
}

static GtkAboutDialog *
show_about (GApplication *app)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "about", NULL);
  test_wait_until (about_shown, NULL);
  return find_about ();
}

static void
check_home (OutreachWindow *window)
{
  static const char *expected[][2] = {
    { "See the desks", "smuggling-group" },
    { "Hear from Priya", "priya" },
    { "Write to us", "contact-us" },
  };
  g_autoptr(GPtrArray) buttons = entry_points (window);

  g_assert_cmpstr (current_id (window), ==, "home");
  g_assert_cmpuint (buttons->len, ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < buttons->len; i++)
    {
      GVariant *target = gtk_actionable_get_action_target_value (g_ptr_array_index (buttons, i));

      g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (buttons, i)), ==, expected[i][0]);
      g_assert_cmpstr (g_variant_get_string (target, NULL), ==, expected[i][1]);
    }

  /* a click goes where the pack says */
  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  g_assert_cmpstr (current_id (window), ==, "smuggling-group");
}

static void
check_pages (OutreachWindow *window)
{
  GtkWidget *view = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
  g_autoptr(GPtrArray) buttons = NULL;

  /* a unit's level, and the heading over its children */
  g_assert_true (outreach_window_show_page (window, "nfcd"));
  g_assert_cmpstr (page_subtitle (window), ==, "Directorate · NFCD");
  g_assert_true (shows_text (view, "Groups"));
  g_assert_true (outreach_window_show_page (window, "smuggling-group"));
  g_assert_cmpstr (page_subtitle (window), ==, "Group");
  g_assert_true (shows_text (view, "Desks"));
  g_assert_false (shows_text (view, "Teams"));
  g_assert_true (outreach_window_show_page (window, "tobacco-desk"));
  g_assert_cmpstr (page_subtitle (window), ==, "Desk");

  /* a profile's kind of employment, on its page and its card */
  g_assert_true (outreach_window_show_page (window, "priya"));
  g_assert_cmpstr (page_subtitle (window), ==, "Archivist · Volunteer · eight months in role");
  g_assert_true (outreach_window_show_page (window, "morgan"));
  g_assert_cmpstr (page_subtitle (window), ==, "Desk Officer · Customs officer · three years in role");
  g_assert_true (outreach_window_show_page (window, "staff-stories"));
  g_assert_true (shows_text (view, "Volunteer · eight months in role"));

  /* another page's calls to action come at its end */
  g_assert_true (outreach_window_show_page (window, "contact-us"));
  buttons = entry_points (window);
  g_assert_cmpuint (buttons->len, ==, 1);
  g_assert_cmpstr (gtk_button_get_label (g_ptr_array_index (buttons, 0)), ==,
                   "Meet the people who answer");
  g_signal_emit_by_name (g_ptr_array_index (buttons, 0), "clicked");
  g_assert_cmpstr (current_id (window), ==, "staff-stories");
}

static void
check_search (OutreachWindow *window)
{
  GtkWidget *search_view = test_child (window, OUTREACH_TYPE_WINDOW, "search_view");
  GtkListView *results = GTK_LIST_VIEW (test_child (search_view, OUTREACH_TYPE_SEARCH_VIEW,
                                                    "results_view"));
  g_autoptr(OutreachSearchResult) first = NULL;

  outreach_window_search (window, "tobacco");
  first = g_list_model_get_item (G_LIST_MODEL (gtk_list_view_get_model (results)), 0);
  g_assert_nonnull (first);
  g_assert_cmpstr (outreach_search_result_get_title (first), ==, "Tobacco Desk");
  g_assert_cmpstr (outreach_search_result_get_kind (first), ==, "Desk");
  outreach_window_search (window, "");
}

/* Every page, the search and the main menu: the pack's words only */
static void
check_every_page (OutreachWindow *window,
                  OutreachContent *content)
{
  g_autoptr(GPtrArray) nodes = outreach_content_dup_nodes (content);

  for (guint i = 0; i < nodes->len; i++)
    {
      const char *id = outreach_node_get_id (g_ptr_array_index (nodes, i));

      g_assert_true (outreach_window_show_page (window, id));
      assert_no_builtin_words (GTK_WIDGET (window), id);
    }
  outreach_window_search (window, "desk");
  assert_no_builtin_words (GTK_WIDGET (window), "the search for “desk”");
  outreach_window_search (window, "");
}

static GtkWidget *
find_stack (GtkWidget *widget)
{
  if (GTK_IS_STACK (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_stack (c);

      if (found)
        return found;
    }
  return NULL;
}

static void
check_about (GApplication *app)
{
  GtkAboutDialog *about = show_about (app);
  GtkWidget *pages = find_stack (GTK_WIDGET (about));

  /* the credits page, which GTK fills when it is first shown */
  g_assert_nonnull (pages);
  gtk_stack_set_visible_child_name (GTK_STACK (pages), "credits");

  g_assert_cmpstr (gtk_about_dialog_get_program_name (about), ==, "Northmoor Careers");
  g_assert_cmpstr (gtk_about_dialog_get_comments (about), ==,
                   "A made-up unit, for testing a pack that is not the built-in one");
  g_assert_true (shows_text (GTK_WIDGET (about), "Northmoor Fictional Crime Directorate"));
  assert_no_builtin_words (GTK_WIDGET (about), "the About window");
  gtk_window_close (GTK_WINDOW (about));
}

/* A live update to another pack renames the menu and the About window */
static void
check_swap (GApplication   *app,
            OutreachWindow *window)
{
  g_autofree char *label = NULL;
  g_autoptr(OutreachContent) builtin = test_pack_builtin ();
  g_autoptr(GPtrArray) buttons = NULL;
  GtkAboutDialog *about;

  outreach_window_set_content (window, builtin);
  label = about_item_label (window);
  g_assert_cmpstr (label, ==, "_About SEROCU Outreach");
  about = show_about (app);
  g_assert_cmpstr (gtk_about_dialog_get_program_name (about), ==, "SEROCU Outreach");
  g_assert_cmpstr (gtk_about_dialog_get_comments (about), ==,
                   "Protecting communities from serious organised crime");
  gtk_window_close (GTK_WINDOW (about));
  /* and the built-in pack keeps Home's three buttons, now its own */
  g_assert_true (outreach_window_show_page (window, "home"));
  buttons = entry_points (window);
  g_assert_cmpuint (buttons->len, ==, 3);

  /* a name with underscores is text in the menu, not mnemonics: the
   * menu shows "About R_and_D Careers", not "About RandD Careers" */
    {
      g_autoptr(GBytes) bytes = test_pack_minimal_with ("\"short_name\": \"EXRU\",",
                                                         "\"short_name\": \"EXRU\", "
                                                         "\"app_name\": \"R_and_D Careers\",");
      g_autoptr(OutreachContent) underscored = outreach_content_load_bytes (bytes, "underscored.json",
                                                                            NULL, NULL);
      g_autofree char *underscored_label = NULL;

      g_assert_nonnull (underscored);
      outreach_window_set_content (window, underscored);
      underscored_label = about_item_label (window);
      g_assert_cmpstr (underscored_label, ==, "_About R__and__D Careers");
    }
}

static void
on_activate (GApplication *app,
             gboolean     *ran)
{
  OutreachWindow *window = OUTREACH_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_autoptr(OutreachContent) content = NULL;
  g_autofree char *label = about_item_label (window);
  GtkWidget *attract;

  *ran = TRUE;
  g_object_get (window, "content", &content, NULL);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==,
                   "Northmoor Fictional Crime Directorate");
  g_assert_cmpstr (label, ==, "_About Northmoor Careers");

  /* the station's slides (made at each showing) call the unit's parts as the pack does */
  attract = test_child (window, OUTREACH_TYPE_WINDOW, "attract_box");
  gtk_widget_set_visible (attract, TRUE);
  g_assert_true (shows_text (attract, "Groups"));
  assert_no_builtin_words (attract, "the station's slides");
  gtk_widget_set_visible (attract, FALSE);

  check_home (window);
  check_pages (window);
  check_search (window);
  check_every_page (window, content);
  check_about (app);
  check_swap (app, window);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_names_other_unit (void)
{
  g_autoptr(OutreachApplication) app = outreach_application_new ();
  g_autofree char *path = test_pack_path ("other-unit.json");
  g_autofree char *option = g_strdup_printf ("--content=%s", path);
  char *argv[] = { (char *) "serocu-outreach", option, NULL };
  gboolean ran = FALSE;

  /* tests may run side by side on one session bus */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate), &ran);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
  g_assert_true (ran);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/names/other-unit", test_names_other_unit);

  return g_test_run ();
}
