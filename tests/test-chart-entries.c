/* test-chart-entries.c: the ways into the Structure page, and the chart
 * exported from the window (#18)
 *
 * The sidebar's Structure row and Home's link open the chart, by click and
 * by keyboard (keys and clicks through the X server, with xdotool, as a
 * person's would), and the row shows as selected while the chart shows.
 * win.export-chart writes the whole chart and a branch as SVG and PDF, in
 * a worker thread (the window's main loop runs meanwhile, on a pack of
 * 10,000 units), and says so; a read-only file or a name that is neither
 * .svg nor .pdf is refused, told in the problem bar, the file untouched;
 * at a display station there is no way to export. The file chooser itself
 * is driven where GTK has it in the app's own process (GTK before 4.10,
 * with no portal).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include "outreach-chart.h"
#include "outreach-chart-export.h"
#include "outreach-sidebar.h"
#include "outreach-unit.h"
#include "outreach-window.h"
#include "test-utils.h"

#define BRANCH "siu"                    /* a capability with teams under it */
#define OUTSIDE "siu-tactical-exploitation"

static GtkWidget *
child (OutreachWindow *window,
       const char     *name)
{
  return test_child (window, OUTREACH_TYPE_WINDOW, name);
}

static const char *
stack_shows (OutreachWindow *window)
{
  return gtk_stack_get_visible_child_name (GTK_STACK (child (window, "main_stack")));
}

static gboolean
chart_shown (gpointer window)
{
  return g_strcmp0 (stack_shows (window), "chart") == 0;
}

static OutreachWindow *
window_new (OutreachContent *content)
{
  OutreachWindow *window = outreach_window_new (NULL, content);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  test_wait_drawn (GTK_WIDGET (window), 20);
  return window;
}

static GtkWidget *
structure_row (OutreachWindow *window)
{
  return test_child (child (window, "sidebar"), OUTREACH_TYPE_SIDEBAR, "structure_row");
}

static gboolean
row_selected (OutreachWindow *window)
{
  return (gtk_widget_get_state_flags (structure_row (window)) & GTK_STATE_FLAG_SELECTED) != 0;
}

static void
click (GtkWidget *widget)
{
  test_pointer_to (widget);
  test_xdotool ("click 1");
}

static GtkWidget *
focus_of (OutreachWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

/* The button under @widget that runs @action, if one shows */
static GtkWidget *
find_action (GtkWidget  *widget,
             const char *action)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_action (c, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The sidebar's row */

static void
test_sidebar_click (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = window_new (content);
  OutreachSidebar *sidebar = OUTREACH_SIDEBAR (child (window, "sidebar"));

  if (!test_have_xdotool ())
    {
      g_test_skip ("xdotool is needed");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_assert_cmpstr (stack_shows (window), ==, "page");
  g_assert_false (row_selected (window));

  click (structure_row (window));
  test_wait_until (chart_shown, window);
  /* shown as the page shown, as the tree's row is */
  g_assert_true (outreach_sidebar_get_structure_current (sidebar));
  g_assert_true (row_selected (window));

  /* any way away from the chart (here Home) and the row is a row again */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.home", NULL));
  g_assert_cmpstr (stack_shows (window), ==, "page");
  g_assert_false (outreach_sidebar_get_structure_current (sidebar));
  g_assert_false (row_selected (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_sidebar_keyboard (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = window_new (content);
  OutreachSidebar *sidebar = OUTREACH_SIDEBAR (child (window, "sidebar"));
  GtkWidget *tree = test_child (sidebar, OUTREACH_TYPE_SIDEBAR, "tree_view");

  if (!test_have_xdotool ())
    {
      g_test_skip ("xdotool is needed");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  /* from the tree, Shift+Tab: the Structure row, a Tab stop of its own */
  outreach_sidebar_focus_selected (sidebar);
  test_wait_drawn (GTK_WIDGET (window), 5);
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), tree));
  test_press_keys (GTK_WINDOW (window), "shift+Tab", GDK_KEY_ISO_Left_Tab);
  g_assert_true (focus_of (window) == structure_row (window));
  /* Tab goes back into the tree, at its selected row, not through it */
  test_press_keys (GTK_WINDOW (window), "Tab", GDK_KEY_Tab);
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), tree));
  test_press_keys (GTK_WINDOW (window), "shift+Tab", GDK_KEY_ISO_Left_Tab);
  g_assert_true (focus_of (window) == structure_row (window));

  test_press_keys (GTK_WINDOW (window), "Return", GDK_KEY_Return);
  test_wait_until (chart_shown, window);
  g_assert_true (row_selected (window));
  /* the chart takes the keyboard, as from the header bar's button */
  g_assert_true (gtk_widget_is_ancestor (focus_of (window), child (window, "chart")) ||
                 focus_of (window) == child (window, "chart"));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Home's link */

static GtkWidget *
home_link (OutreachWindow *window)
{
  return find_action (child (window, "page_view"), "win.show-structure");
}

static void
test_home_link (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = window_new (content);
  GtkWidget *link;

  if (!test_have_xdotool ())
    {
      g_test_skip ("xdotool is needed");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, "home");
  link = home_link (window);
  g_assert_nonnull (link);
  g_assert_true (gtk_widget_get_focusable (link));
  g_assert_true (gtk_widget_get_mapped (link));

  /* by click */
  click (link);
  test_wait_until (chart_shown, window);
  g_assert_true (row_selected (window));

  /* by keyboard: back Home, to the link, Enter */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.home", NULL));
  test_wait_drawn (GTK_WIDGET (window), 5);
  link = home_link (window);
  g_assert_true (gtk_widget_grab_focus (link));
  test_press_keys (GTK_WINDOW (window), "Return", GDK_KEY_Return);
  test_wait_until (chart_shown, window);

  /* Home's only: another page has no such link */
  g_assert_true (outreach_window_show_page (window, BRANCH));
  g_assert_null (home_link (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Exporting */

static gboolean
revealed (gpointer revealer)
{
  return gtk_revealer_get_reveal_child (revealer);
}

static gboolean
told (gpointer window)
{
  return revealed (child (window, "notice_revealer")) ||
         revealed (child (window, "problem_revealer"));
}

/* Exports into @path as a user's chosen file would, and waits for what the
 * window says of it: TRUE for "saved", FALSE for a problem */
static gboolean
export_to (OutreachWindow *window,
           const char     *root_id,
           const char     *path,
           guint          *iterations)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  gint64 deadline = g_get_monotonic_time () + 120 * G_USEC_PER_SEC;

  gtk_revealer_set_reveal_child (GTK_REVEALER (child (window, "notice_revealer")), FALSE);
  gtk_revealer_set_reveal_child (GTK_REVEALER (child (window, "problem_revealer")), FALSE);
  outreach_window_export_chart_to_file (window, root_id, file);
  if (iterations != NULL)
    *iterations = 0;
  while (!told (window))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      g_main_context_iteration (NULL, TRUE);
      if (iterations != NULL)
        (*iterations)++;
    }
  return revealed (child (window, "notice_revealer"));
}

static char *
read_text (const char *path)
{
  char *text = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  return text;
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static char *
pdf_text (const char *path)
{
  const char *argv[] = { "pdftotext", path, "-", NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL,
                               &out, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  /* a name long enough wraps onto two lines in the box */
  g_strdelimit (out, "\n", ' ');
  return g_steal_pointer (&out);
}

static const char *
unit_name (OutreachContent *content,
           const char      *id)
{
  return outreach_unit_get_name (OUTREACH_UNIT (outreach_content_lookup (content, id)));
}

static void
test_export_svg_pdf (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = window_new (content);
  g_autofree char *dir = g_dir_make_tmp ("chart-export-XXXXXX", NULL);
  const char *roots[] = { NULL, BRANCH };

  for (guint i = 0; i < G_N_ELEMENTS (roots); i++)
    {
      g_autofree char *svg = g_build_filename (dir, roots[i] ? "branch.svg" : "whole.SVG", NULL);
      g_autofree char *pdf = g_build_filename (dir, roots[i] ? "branch.pdf" : "whole.pdf", NULL);
      g_autofree char *svg_text = NULL;
      g_autofree char *pdf_bytes = NULL;
      g_autoptr(GBytes) expected = NULL;
      const char *notice;
      gsize length;

      /* the SVG: the very drawing the command line makes */
      g_assert_true (export_to (window, roots[i], svg, NULL));
      notice = gtk_label_get_text (GTK_LABEL (child (window, "notice_label")));
      g_assert_nonnull (strstr (notice, roots[i] ? "branch.svg" : "whole.SVG"));
      g_assert_true (g_file_get_contents (svg, &svg_text, &length, NULL));
      g_assert_true (g_str_has_prefix (svg_text, "<?xml"));
      g_assert_nonnull (strstr (svg_text, "<svg"));
      expected = outreach_chart_export_bytes (content, roots[i], OUTREACH_CHART_FORMAT_SVG, NULL);
      g_assert_nonnull (expected);
      g_assert_cmpmem (svg_text, length,
                       g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

      /* the PDF: a PDF, of the units asked for */
      g_assert_true (export_to (window, roots[i], pdf, NULL));
      g_assert_true (g_file_get_contents (pdf, &pdf_bytes, &length, NULL));
      g_assert_cmpuint (length, >, 1000);
      g_assert_true (g_str_has_prefix (pdf_bytes, "%PDF-"));
      if (have_program ("pdftotext"))
        {
          g_autofree char *text = pdf_text (pdf);
          const char *branch_name = unit_name (content, BRANCH);
          const char *top_name = unit_name (content, "serocu");
          const char *sibling_name = NULL;
          OutreachNode *top = outreach_content_lookup (content, "serocu");

          /* another capability, beside the branch */
          for (guint k = 0; sibling_name == NULL && k < outreach_node_get_n_children (top); k++)
            {
              g_autoptr(OutreachNode) node = g_list_model_get_item (outreach_node_get_children (top), k);

              if (OUTREACH_IS_UNIT (node) && g_strcmp0 (outreach_node_get_id (node), BRANCH) != 0)
                sibling_name = outreach_unit_get_name (OUTREACH_UNIT (node));
            }
          g_assert_nonnull (sibling_name);

          g_assert_nonnull (strstr (text, branch_name));
          g_assert_nonnull (strstr (text, unit_name (content, OUTSIDE)));
          /* the whole chart has the top unit and every capability; the
           * branch not the others */
          g_assert_nonnull (strstr (text, top_name));
          if (roots[i] == NULL)
            g_assert_nonnull (strstr (text, sibling_name));
          else
            g_assert_null (strstr (text, sibling_name));
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_export_refused (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = window_new (content);
  g_autofree char *dir = g_dir_make_tmp ("chart-export-XXXXXX", NULL);
  g_autofree char *kept = g_build_filename (dir, "poster.pdf", NULL);
  g_autofree char *png = g_build_filename (dir, "poster.png", NULL);
  g_autofree char *text = NULL;
  const char *problem;
  GStatBuf st;

  /* a read-only file: refused, told, untouched */
  g_assert_true (g_file_set_contents (kept, "the old poster", -1, NULL));
  g_assert_cmpint (g_chmod (kept, 0444), ==, 0);
  g_assert_false (export_to (window, NULL, kept, NULL));
  problem = gtk_label_get_text (GTK_LABEL (child (window, "problem_title")));
  g_assert_cmpstr (problem, ==, "The organisation chart could not be exported.");
  problem = gtk_label_get_text (GTK_LABEL (child (window, "problem_label")));
  g_assert_nonnull (strstr (problem, "poster.pdf"));
  text = read_text (kept);
  g_assert_cmpstr (text, ==, "the old poster");
  g_assert_cmpint (g_stat (kept, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0444);
  g_assert_false (revealed (child (window, "notice_revealer")));

  /* a name that is neither .svg nor .pdf: said at once, nothing written */
  g_assert_false (export_to (window, NULL, png, NULL));
  problem = gtk_label_get_text (GTK_LABEL (child (window, "problem_label")));
  g_assert_nonnull (strstr (problem, ".svg or .pdf"));
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

  /* then one that works: while it is drawn the Export button waits (a
   * second export did nothing, unsaid); once saved, the earlier failure is
   * no longer said beside "saved" (the second chart probe's finds) */
  {
    g_autofree char *good = g_build_filename (dir, "poster.svg", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (good);
    GtkWidget *button = child (window, "chart_export_button");

    g_assert_true (revealed (child (window, "problem_revealer")));
    g_assert_true (gtk_widget_get_sensitive (button));
    outreach_window_export_chart_to_file (window, NULL, file);
    g_assert_false (gtk_widget_get_sensitive (button));
    test_wait_until (revealed, child (window, "notice_revealer"));
    g_assert_false (revealed (child (window, "problem_revealer")));
    g_assert_true (gtk_widget_get_sensitive (button));
    g_assert_true (g_file_test (good, G_FILE_TEST_EXISTS));
    g_unlink (good);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A pack of 10,000 units: a root, 100 groups of 99 teams */
static OutreachContent *
big_pack (void)
{
  g_autoptr(GString) units = g_string_new ("\"id\": \"fraud\", \"children\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  OutreachContent *content;

  for (guint g = 0; g < 100; g++)
    {
      g_string_append_printf (units, "%s{\"id\": \"g%u\", \"name\": \"Group %u\", "
                              "\"description\": [\"G.\"], \"children\": [", g ? "," : "", g, g);
      for (guint t = 0; t < 99; t++)
        g_string_append_printf (units, "%s{\"id\": \"g%ut%u\", \"name\": \"Team %u.%u\", "
                                "\"description\": [\"T.\"]}", t ? "," : "", g, t, g, t);
      g_string_append (units, "]}");
    }
  g_string_append (units, "],");
  bytes = test_pack_minimal_with ("\"id\": \"fraud\",", units->str);
  content = outreach_content_load_bytes (bytes, "big.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outreach_content_get_n_units (content), >=, 10000);
  return content;
}

static void
test_export_live (void)
{
  g_autoptr(OutreachContent) content = big_pack ();
  OutreachWindow *window = window_new (content);
  g_autofree char *dir = g_dir_make_tmp ("chart-export-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "big.pdf", NULL);
  gint64 start = g_get_monotonic_time ();
  guint iterations;

  g_assert_true (export_to (window, NULL, pdf, &iterations));
  g_test_message ("10,000 units as PDF in %.0f ms; the main loop ran %u times meanwhile",
                  (g_get_monotonic_time () - start) / 1000.0, iterations);
  /* the window's loop ran while the chart was drawn, not once at its end
   * (the revealer's frames and the task's return at least) */
  g_assert_cmpuint (iterations, >, 1);
  g_assert_true (g_file_test (pdf, G_FILE_TEST_IS_REGULAR));
  gtk_window_destroy (GTK_WINDOW (window));
}

static guint
n_toplevels (void)
{
  return g_list_model_get_n_items (gtk_window_get_toplevels ());
}

static void
test_export_station (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = window_new (content);
  GtkWidget *button = child (window, "chart_export_button");
  guint before;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  g_assert_true (gtk_widget_get_visible (button));
  g_assert_true (gtk_widget_is_sensitive (button));

  outreach_window_set_kiosk (window, TRUE);
  test_wait_drawn (GTK_WIDGET (window), 5);
  /* no menu, no button, and the action does nothing */
  g_assert_false (gtk_widget_get_visible (child (window, "menu_button")));
  g_assert_false (gtk_widget_get_visible (button));
  before = n_toplevels ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", "s", "");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (n_toplevels (), ==, before);

  outreach_window_set_kiosk (window, FALSE);
  g_assert_true (gtk_widget_get_visible (button));
  gtk_window_destroy (GTK_WINDOW (window));
}

#if !GTK_CHECK_VERSION (4, 10, 0)
static gboolean
chooser_open (gpointer found)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_mapped (GTK_WIDGET (window)))
        {
          *(GtkWindow **) found = window;
          return TRUE;
        }
    }
  return FALSE;
}

static GtkWindow *
wait_chooser (void)
{
  GtkWindow *chooser = NULL;

  test_wait_until (chooser_open, &chooser);
  /* as a person would: once it shows its folder (GTK 4.8's chooser says
   * "The folder contents could not be displayed" if it goes while it is
   * still reading it) */
  test_wait_drawn (GTK_WIDGET (chooser), 30);
  return chooser;
}
#endif

static void
test_export_dialog (void)
{
#if GTK_CHECK_VERSION (4, 10, 0)
  g_test_skip ("GtkFileDialog opens the desktop's portal, out of this process");
#else
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = window_new (content);
  g_autofree char *dir = g_dir_make_tmp ("chart-export-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, BRANCH ".svg", NULL);
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autofree char *name = NULL;
  OutreachChart *chart = OUTREACH_CHART (child (window, "chart"));
  GtkWindow *chooser;

  /* the menu's: the whole chart */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-chart", "s", ""));
  chooser = wait_chooser ();
  g_assert_cmpstr (gtk_window_get_title (chooser), ==, "Export Organisation Chart");
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, "organisation-chart.pdf");
  /* cancelled: nothing said, nothing written */
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_CANCEL);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_false (told (window));

  /* the Structure page's button: the selected box's branch */
  g_assert_true (outreach_window_show_page (window, BRANCH));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  test_wait_drawn (GTK_WIDGET (window), 10);
  g_assert_true (outreach_chart_get_selected_node (chart) == outreach_content_lookup (content, BRANCH));
  if (test_have_xdotool ())
    click (child (window, "chart_export_button"));
  else
    g_signal_emit_by_name (child (window, "chart_export_button"), "clicked");
  chooser = wait_chooser ();
  g_assert_nonnull (strstr (gtk_window_get_title (chooser), unit_name (content, BRANCH)));
  g_free (name);
  name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (chooser));
  g_assert_cmpstr (name, ==, BRANCH ".pdf");
  /* the user picks the folder and types an SVG's name */
  g_assert_true (gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), BRANCH ".svg");
  gtk_dialog_response (GTK_DIALOG (chooser), GTK_RESPONSE_ACCEPT);
  test_wait_until (told, window);
  g_assert_true (revealed (child (window, "notice_revealer")));
  {
    g_autoptr(GBytes) expected = outreach_chart_export_bytes (content, BRANCH,
                                                              OUTREACH_CHART_FORMAT_SVG, NULL);
    g_autofree char *text = NULL;
    gsize length;

    g_assert_true (g_file_get_contents (path, &text, &length, NULL));
    g_assert_cmpmem (text, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  }
  gtk_window_destroy (GTK_WINDOW (window));
#endif
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-entries/sidebar-click", test_sidebar_click);
  g_test_add_func ("/chart-entries/sidebar-keyboard", test_sidebar_keyboard);
  g_test_add_func ("/chart-entries/home-link", test_home_link);
  g_test_add_func ("/chart-export/svg-pdf", test_export_svg_pdf);
  g_test_add_func ("/chart-export/refused", test_export_refused);
  g_test_add_func ("/chart-export/live", test_export_live);
  g_test_add_func ("/chart-export/station", test_export_station);
  g_test_add_func ("/chart-export/dialog", test_export_dialog);

  return g_test_run ();
}
