/* test-page.c: a page as a reader meets it on a wide screen
 *
 * At 1920×1080 no line of a page runs past a comfortable measure; a
 * contact's address is text to read, not a Tab stop, with a button that
 * copies it (and no such button on a display station); closing the search
 * brings the page back exactly where it was; search results say where they
 * are, to the eye and to a screen reader; a search that finds nothing says
 * what to try; a person's card is named in one sentence.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-application.h"
#include "outreach-column.h"
#include "outreach-contact-card.h"
#include "outreach-node-link.h"
#include "outreach-page-view.h"
#include "outreach-profile-card.h"
#include "outreach-search-result-row.h"
#include "outreach-search-view.h"
#include "outreach-window.h"
#include "test-utils.h"

/* the most characters a line of a page may hold: 70–80 is the aim */
#define MAX_LINE_CHARS 85

static OutreachWindow *
wide_window (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = outreach_window_new (NULL, content);

  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  test_wait_drawn (GTK_WIDGET (window), 50);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >=, 1900);
  return window;
}

static GtkWidget *
page_view (OutreachWindow *window)
{
  return test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
}

static void
show (OutreachWindow *window,
      const char     *id)
{
  g_assert_true (outreach_window_show_page (window, id));
  test_wait_drawn (GTK_WIDGET (window), 50);
}

/* The longest line, in characters, of every label shown under @widget */
static void
longest_line (GtkWidget  *widget,
              guint      *longest,
              char      **which)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget))
    {
      PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (widget));
      const char *text = pango_layout_get_text (layout);

      for (GSList *l = pango_layout_get_lines_readonly (layout); l != NULL; l = l->next)
        {
          PangoLayoutLine *line = l->data;
          guint n = g_utf8_strlen (text + pango_layout_line_get_start_index (line),
                                   pango_layout_line_get_length (line));

          if (n > *longest)
            {
              *longest = n;
              g_free (*which);
              *which = g_strndup (text + pango_layout_line_get_start_index (line),
                                  pango_layout_line_get_length (line));
            }
        }
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    longest_line (c, longest, which);
}

static void
assert_reading_width (GtkWidget  *widget,
                      const char *what)
{
  g_autofree char *which = NULL;
  guint longest = 0;

  longest_line (widget, &longest, &which);
  g_test_message ("%s: the longest line has %u characters: %s", what, longest, which);
  g_assert_cmpuint (longest, >, 40);
  g_assert_cmpuint (longest, <=, MAX_LINE_CHARS);
}

static GtkWidget *
find_type (GtkWidget *widget,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
test_reading_width (void)
{
  OutreachWindow *window = wide_window ();
  static const char *pages[] = { "about", "join-us", "home", "rart", "jody", "people" };

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      show (window, pages[i]);
      assert_reading_width (page_view (window), pages[i]);
    }

  /* the cards are in the same column as the text, not the window's width */
  show (window, "join-us");
  {
    GtkWidget *card = find_type (page_view (window), OUTREACH_TYPE_CONTACT_CARD);
    GtkWidget *paragraph = gtk_widget_get_prev_sibling (card);

    g_assert_nonnull (card);
    g_assert_cmpint (gtk_widget_get_width (card), <, 1000);
    g_assert_cmpint (gtk_widget_get_width (card), >=, gtk_widget_get_width (paragraph) - 1);
  }

  /* a list of links is one column wide, each link as wide as the text */
  show (window, "serocu");
  {
    GtkWidget *link = find_type (page_view (window), OUTREACH_TYPE_NODE_LINK);
    GtkWidget *list = gtk_widget_get_parent (link);
    guint n = 0;

    for (GtkWidget *c = gtk_widget_get_first_child (list); c; c = gtk_widget_get_next_sibling (c), n++)
      g_assert_cmpint (gtk_widget_get_width (c), ==, gtk_widget_get_width (link));
    g_assert_cmpuint (n, >, 5);
    g_assert_cmpint (gtk_widget_get_width (list), ==,
                     gtk_widget_get_width (gtk_widget_get_parent (list)));
    g_assert_cmpint (gtk_widget_get_width (list), <, 1000);
  }

  /* the measure is in characters: twice the text size, twice the width */
  {
    GtkWidget *column = gtk_widget_get_first_child (find_type (page_view (window),
                                                               OUTREACH_TYPE_COLUMN));
    GtkSettings *settings = gtk_widget_get_settings (column);
    int width = gtk_widget_get_width (column);
    int dpi;

    g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);
    g_object_set (settings, "gtk-xft-dpi", dpi * 2, NULL);
    test_wait_drawn (GTK_WIDGET (window), 50);
    g_test_message ("the column: %d px, %d px at twice the text size", width,
                    gtk_widget_get_width (column));
    g_assert_cmpint (gtk_widget_get_width (column), >, width * 17 / 10);
    assert_reading_width (page_view (window), "serocu at twice the text size");
    g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
    test_wait_drawn (GTK_WIDGET (window), 50);
    g_assert_cmpint (gtk_widget_get_width (column), ==, width);
  }

  /* and the search's snippets */
  outreach_window_search (window, "cyber");
  test_wait_drawn (GTK_WIDGET (window), 50);
  assert_reading_width (test_child (window, OUTREACH_TYPE_WINDOW, "search_view"), "search");

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Join us: addresses */

/* What would be pasted, as another program would read it */
static char *
read_clipboard (GtkWidget *widget)
{
  return test_read_clipboard (gtk_widget_get_clipboard (widget));
}

/* No text on the card takes the focus or a selection */
static void
assert_no_focusable_text (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    {
      g_assert_false (gtk_label_get_selectable (GTK_LABEL (widget)));
      g_assert_false (gtk_widget_get_focusable (widget));
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    assert_no_focusable_text (c);
}

static void
test_addresses (void)
{
  OutreachWindow *window = wide_window ();
  GtkWidget *card, *copy, *copied, *write;
  graphene_point_t before, after;
  g_autofree char *text = NULL;

  show (window, "join-us");
  card = find_type (page_view (window), OUTREACH_TYPE_CONTACT_CARD);
  g_assert_nonnull (card);
  assert_no_focusable_text (card);
  /* read from the screen and typed: broken across lines at large text, it
   * gains no "-" (probe 16b: "SEHR@ThamesValley.pnn.poli-" / "ce.uk") */
  g_assert_true (test_label_breaks_without_hyphens (test_child (card, OUTREACH_TYPE_CONTACT_CARD,
                                                                "address_label")));

  copy = test_child (card, OUTREACH_TYPE_CONTACT_CARD, "copy_button");
  copied = test_child (card, OUTREACH_TYPE_CONTACT_CARD, "copied_label");
  write = test_child (card, OUTREACH_TYPE_CONTACT_CARD, "write_button");
  g_assert_true (gtk_widget_get_mapped (copy));
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (copy),
                                                     GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Copy the address of South East Regional HR"));

  g_assert_true (gtk_widget_compute_point (write, GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (0, 0), &before));
  g_signal_emit_by_name (copy, "clicked");
  text = read_clipboard (copy);
  g_assert_cmpstr (text, ==, "SEHR@ThamesValley.pnn.police.uk");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (copied)), ==, "Copied");
  test_wait_drawn (GTK_WIDGET (window), 50);
  g_assert_true (gtk_widget_get_mapped (copied));
  /* the confirmation moves nothing */
  g_assert_true (gtk_widget_compute_point (write, GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (0, 0), &after));
  g_assert_cmpfloat (before.x, ==, after.x);
  g_assert_cmpfloat (before.y, ==, after.y);

  /* a display station copies nothing: no button */
  outreach_window_set_kiosk (window, TRUE);
  g_assert_false (gtk_widget_get_visible (copy));
  outreach_window_set_kiosk (window, FALSE);
  g_assert_true (gtk_widget_get_visible (copy));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Search */

static void
type_search (OutreachWindow *window,
             const char     *text)
{
  test_type_search (window, text);
  test_wait_drawn (GTK_WIDGET (window), 50);
}

static void
test_search_keeps_place (void)
{
  OutreachWindow *window = wide_window ();
  GtkWidget *entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");
  GtkScrolledWindow *scroller;
  GtkAdjustment *adjustment;
  double bottom;

  show (window, "about");
  scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (page_view (window)));
  adjustment = gtk_scrolled_window_get_vadjustment (scroller);
  g_assert_cmpfloat (gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment),
                     >, 400);
  gtk_adjustment_set_value (adjustment, 400);
  test_wait_drawn (GTK_WIDGET (window), 50);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 400);

  type_search (window, "gatwick");
  g_signal_emit_by_name (entry, "stop-search");
  test_wait_drawn (GTK_WIDGET (window), 50);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 400);

  /* and by Ctrl+F twice, the bar's own closing */
  type_search (window, "cyber");
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (test_child (window, OUTREACH_TYPE_WINDOW,
                                                              "search_bar")), FALSE);
  test_wait_drawn (GTK_WIDGET (window), 50);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, 400);

  /* at the end of the page, where a shorter page (the bar open) would
   * have moved it */
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
  test_wait_drawn (GTK_WIDGET (window), 50);
  bottom = gtk_adjustment_get_value (adjustment);
  /* Ctrl+F, a pause, then the words */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  test_wait_drawn (GTK_WIDGET (window), 50);
  type_search (window, "gatwick");
  g_signal_emit_by_name (entry, "stop-search");
  test_wait_drawn (GTK_WIDGET (window), 50);
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, bottom);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The list's row showing the result titled @title */
static GtkWidget *
result_row (OutreachWindow *window,
            const char     *title)
{
  GtkWidget *view = test_child (test_child (window, OUTREACH_TYPE_WINDOW, "search_view"),
                                OUTREACH_TYPE_SEARCH_VIEW, "results_view");

  for (GtkWidget *item = gtk_widget_get_first_child (view); item; item = gtk_widget_get_next_sibling (item))
    {
      GtkWidget *row = gtk_widget_get_first_child (item);
      OutreachSearchResult *result;

      if (!OUTREACH_IS_SEARCH_RESULT_ROW (row) || !gtk_widget_get_visible (item))
        continue;
      result = outreach_search_result_row_get_result (OUTREACH_SEARCH_RESULT_ROW (row));
      if (result != NULL && g_strcmp0 (outreach_search_result_get_title (result), title) == 0)
        return item;
    }
  g_error ("no result row for %s", title);
}

static void
test_result_names (void)
{
  OutreachWindow *window = wide_window ();
  GtkWidget *item, *row;
  char *problem;

  type_search (window, "asset recovery");
  item = result_row (window, "Regional Asset Recovery Team");
  row = gtk_widget_get_first_child (item);
  /* to the eye: where it is */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (test_child (row, OUTREACH_TYPE_SEARCH_RESULT_ROW,
                                                              "kind_label"))),
                   ==, "Team in the South East Regional Economic Crime Unit");
  /* to a screen reader: the same, once, on the row the focus is on */
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                "Regional Asset Recovery Team, Team in the South East Regional Economic Crime Unit");
  g_assert_null (problem);
  problem = gtk_test_accessible_check_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                                outreach_search_result_get_snippet (outreach_search_result_row_get_result (OUTREACH_SEARCH_RESULT_ROW (row))));
  g_assert_null (problem);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_empty_search (void)
{
  OutreachWindow *window = wide_window ();
  GtkWidget *view = test_child (window, OUTREACH_TYPE_WINDOW, "search_view");
  GtkWidget *empty = test_child (view, OUTREACH_TYPE_SEARCH_VIEW, "empty_state");
  g_autofree char *said = NULL;
  GString *text = g_string_new (NULL);
  gboolean icon = FALSE;

  type_search (window, "zebra");
  g_assert_true (gtk_widget_get_mapped (empty));
  for (GtkWidget *c = gtk_widget_get_first_child (empty); c; c = gtk_widget_get_next_sibling (c))
    {
      if (GTK_IS_IMAGE (c) && gtk_widget_get_mapped (c))
        icon = TRUE;
      if (GTK_IS_LABEL (c) && gtk_widget_get_mapped (c))
        g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (c)));
    }
  said = g_string_free (text, FALSE);
  g_assert_true (icon);
  g_assert_nonnull (strstr (said, "No results for “zebra”\n"));
  g_assert_nonnull (strstr (said, "fewer words"));
  g_assert_nonnull (strstr (said, "spelling"));
  g_assert_nonnull (strstr (said, "browse"));
  /* its heading is larger than the text */
  g_assert_true (gtk_widget_has_css_class (test_child (view, OUTREACH_TYPE_SEARCH_VIEW, "empty_title"),
                                           "title-1"));

  /* and a search that finds something shows its results again */
  type_search (window, "cyber");
  g_assert_false (gtk_widget_get_mapped (empty));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A person's card is read as one sentence, in the order a translation gives */
static void
test_profile_card_name (void)
{
  OutreachWindow *window = wide_window ();
  GtkWidget *card;

  show (window, "people");
  card = find_type (page_view (window), OUTREACH_TYPE_PROFILE_CARD);
  g_assert_nonnull (card);
  g_assert_null (gtk_test_accessible_check_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                     "Jody, Cyber High Tech Investigator in the "
                                                     "Digital Forensics Unit (E-forensics), "
                                                     "Police staff · 10 months in role"));

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_type_ensure (OUTREACH_TYPE_APPLICATION);

  g_test_add_func ("/page/reading-width", test_reading_width);
  g_test_add_func ("/page/addresses", test_addresses);
  g_test_add_func ("/page/search-keeps-place", test_search_keeps_place);
  g_test_add_func ("/page/result-names", test_result_names);
  g_test_add_func ("/page/empty-search", test_empty_search);
  g_test_add_func ("/page/profile-card-name", test_profile_card_name);

  return g_test_run ();
}
