/* test-limits.c: the real window on the largest text a pack may hold
 *
 * The validator refuses a name or heading over 200 characters and a word
 * (a run without a space) over 200; any text may be 64 KiB. This test
 * builds a pack at those edges (64 KiB paragraphs of 200-character words of
 * the widest letter, 200-character names everywhere, 200 people, a tree ten
 * deep, a link and a message as long as they may be) and shows every kind
 * of page of it in the window under the test's X server: each must be
 * drawn within a few frames, with the window no wider than the screen.
 * Then what the validator refuses (the inputs that once hung the window)
 * must show the built-in pack and a bar of a few lines that quotes the
 * bad value in 80 characters, as must an unknown id of a megabyte.
 *
 *   test-limits --write-pack FILE   writes the pack, to look at it by hand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <json-glib/json-glib.h>

#include "outreach-application.h"
#include "outreach-attract-screen.h"
#include "outreach-compose-window.h"
#include "outreach-link.h"
#include "outreach-page-view.h"
#include "outreach-search-view.h"
#include "outreach-text.h"
#include "outreach-text-block.h"
#include "outreach-window.h"
#include "test-utils.h"

#define NAME_CHARS   200          /* the longest name, heading or word */
#define TEXT_BYTES   (64 * 1024)  /* the longest string */
#define N_PEOPLE     200
#define TREE_DEPTH   10
#define PAGE_FRAMES  10           /* a page is drawn, and stays so, within this many frames */

/* The edge-of-limits pack */

/* One word of @n of the widest letter: no line can break within it
 * except between characters */
static char *
word (guint n)
{
  return g_strnfill (n, 'W');
}

/* Just under 64 KiB of 200-character words, with "needle" in the middle
 * for the search to find */
static char *
long_text (void)
{
  GString *text = g_string_new (NULL);
  g_autofree char *w = word (NAME_CHARS);

  while (text->len + 2 * (NAME_CHARS + 1) + 8 < TEXT_BYTES)
    {
      if (text->len > 0)
        g_string_append_c (text, ' ');
      g_string_append (text, w);
      if (text->len > TEXT_BYTES / 2 && strstr (text->str, "needle") == NULL)
        g_string_append (text, " needle");
    }
  g_assert_cmpuint (text->len, <=, TEXT_BYTES);
  return g_string_free (text, FALSE);
}

static void
add_string (JsonBuilder *b,
            const char  *member,
            const char  *value)
{
  json_builder_set_member_name (b, member);
  json_builder_add_string_value (b, value);
}

static void
add_strings (JsonBuilder *b,
             const char  *member,
             guint        n,
             const char  *value)
{
  json_builder_set_member_name (b, member);
  json_builder_begin_array (b);
  for (guint i = 0; i < n; i++)
    json_builder_add_string_value (b, value);
  json_builder_end_array (b);
}

/* a unit and, nested in it, @depth - 1 more: "unit-0" holds "unit-1" … */
static void
add_unit (JsonBuilder *b,
          guint        level,
          guint        depth,
          const char  *name,
          const char  *text)
{
  g_autofree char *id = g_strdup_printf ("unit-%u", level);

  json_builder_begin_object (b);
  add_string (b, "id", id);
  add_string (b, "name", name);
  add_string (b, "abbreviation", name);
  add_strings (b, "description", 2, text);
  if (level + 1 < depth)
    {
      json_builder_set_member_name (b, "children");
      json_builder_begin_array (b);
      add_unit (b, level + 1, depth, name, text);
      json_builder_end_array (b);
    }
  json_builder_end_object (b);
}

static char *
edge_pack_json (void)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *name = word (NAME_CHARS);
  g_autofree char *text = long_text ();
  g_autofree char *deepest = g_strdup_printf ("unit-%u", TREE_DEPTH - 1);
  g_autofree char *url = NULL;
  GString *body = g_string_new (NULL);
  static const char *sidebar[] = { "home", "unit-0", "people", "join-us", "everything" };

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "schema");
  json_builder_add_int_value (b, 1);

  json_builder_set_member_name (b, "organisation");
  json_builder_begin_object (b);
  add_string (b, "name", name);
  add_string (b, "short_name", name);
  add_string (b, "strapline", text);
  json_builder_end_object (b);

  json_builder_set_member_name (b, "sidebar");
  json_builder_begin_array (b);
  for (guint i = 0; i < G_N_ELEMENTS (sidebar); i++)
    json_builder_add_string_value (b, sidebar[i]);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "pages");
  json_builder_begin_array (b);
  /* Home */
  json_builder_begin_object (b);
  add_string (b, "id", "home");
  add_string (b, "title", name);
  add_string (b, "summary", text);
  json_builder_set_member_name (b, "sections");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "heading", name);
  add_strings (b, "paragraphs", 1, text);
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);
  /* everyone, as cards */
  json_builder_begin_object (b);
  add_string (b, "id", "people");
  add_string (b, "title", name);
  json_builder_set_member_name (b, "sections");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "heading", name);
  json_builder_set_member_name (b, "profiles");
  json_builder_begin_array (b);
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autofree char *id = g_strdup_printf ("person-%u", i);
      json_builder_add_string_value (b, id);
    }
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);
  /* a contact and a link */
  json_builder_begin_object (b);
  add_string (b, "id", "join-us");
  add_string (b, "title", name);
  add_string (b, "summary", text);
  json_builder_set_member_name (b, "sections");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "heading", name);
  add_strings (b, "contacts", 1, "contact");
  add_strings (b, "links", 1, "link");
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);
  /* every part a section may have */
  json_builder_begin_object (b);
  add_string (b, "id", "everything");
  add_string (b, "title", name);
  add_string (b, "summary", text);
  json_builder_set_member_name (b, "sections");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "heading", name);
  add_strings (b, "paragraphs", 2, text);
  json_builder_set_member_name (b, "quote");
  json_builder_begin_object (b);
  add_string (b, "text", text);
  add_string (b, "source", name);
  json_builder_end_object (b);
  add_strings (b, "items", 3, text);
  add_strings (b, "after", 1, text);
  add_string (b, "signature", name);
  add_strings (b, "contacts", 1, "contact");
  add_strings (b, "links", 1, "link");
  json_builder_end_object (b);
  json_builder_end_array (b);
  json_builder_end_object (b);
  json_builder_end_array (b);

  json_builder_set_member_name (b, "units");
  json_builder_begin_array (b);
  add_unit (b, 0, TREE_DEPTH, name, text);
  json_builder_end_array (b);

  /* the first person's page as long as it may be; everyone in the deepest team */
  json_builder_set_member_name (b, "profiles");
  json_builder_begin_array (b);
  for (guint i = 0; i < N_PEOPLE; i++)
    {
      g_autofree char *id = g_strdup_printf ("person-%u", i);

      json_builder_begin_object (b);
      add_string (b, "id", id);
      add_string (b, "name", name);
      add_string (b, "role", name);
      add_string (b, "employment", i % 2 ? "staff" : "officer");
      add_string (b, "time_in_role", name);
      add_string (b, "team", deepest);
      add_string (b, "quote", i == 0 ? text : name);
      add_strings (b, "story", i == 0 ? 3 : 1, i == 0 ? text : name);
      json_builder_end_object (b);
    }
  json_builder_end_array (b);

  json_builder_set_member_name (b, "contacts");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "id", "contact");
  add_string (b, "name", name);
  add_string (b, "address", "someone@example.org");
  add_string (b, "purpose", text);
  add_string (b, "template", "message");
  json_builder_end_object (b);
  json_builder_end_array (b);

  /* a link of 2,000 characters, as long as the window opens */
  url = g_strdup_printf ("https://example.org/%s", text);
  url[2000] = '\0';
  g_strdelimit (url + 20, " ", '/');
  json_builder_set_member_name (b, "links");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "id", "link");
  add_string (b, "title", name);
  add_string (b, "url", url);
  json_builder_end_object (b);
  json_builder_end_array (b);

  /* a message as long as it may be: 4,000 characters, 20 placeholders */
  while (body->len + NAME_CHARS + 40 < 4000)
    g_string_append_printf (body, "%s%s", body->len ? " " : "", name);
  for (guint i = 0; i < 19; i++)
    g_string_append (body, " {unit}");
  json_builder_set_member_name (b, "templates");
  json_builder_begin_array (b);
  json_builder_begin_object (b);
  add_string (b, "id", "message");
  add_string (b, "contact", "contact");
  add_string (b, "subject", "{unit}");
  add_strings (b, "body", 1, body->str);
  json_builder_end_object (b);
  json_builder_end_array (b);
  g_string_free (body, TRUE);

  json_builder_set_member_name (b, "get_in_touch");
  json_builder_begin_object (b);
  add_string (b, "page", "message");
  add_string (b, "unit", "message");
  add_string (b, "profile", "message");
  json_builder_end_object (b);

  json_builder_end_object (b);

  root = json_builder_get_root (b);
  json_generator_set_root (generator, root);
  return json_generator_to_data (generator, NULL);
}

static OutreachContent *
edge_pack (void)
{
  char *json = edge_pack_json ();
  g_autoptr(GBytes) bytes = g_bytes_new_take (json, strlen (json));
  g_autoptr(GError) error = NULL;
  OutreachContent *content = outreach_content_load_bytes (bytes, "edge.json", NULL, &error);

  /* valid: at the edges, not beyond */
  g_assert_no_error (error);
  return content;
}

/* Looking at the window */

static GtkWidget *
page_view (OutreachWindow *window)
{
  return test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
}

/* The window within the screen, and the page (or the search results) and
 * the tree each within the room they are given: the paned between them
 * gives the page less than it asks for rather than grow the window, and
 * what does not fit is cut off */
static void
assert_laid_out (OutreachWindow *window)
{
  GtkWidget *stack = test_child (window, OUTREACH_TYPE_WINDOW, "main_stack");
  GtkWidget *shown = gtk_stack_get_visible_child (GTK_STACK (stack));

  test_assert_within_screen (GTK_WIDGET (window));
  test_assert_fits (shown, GTK_WIDGET (window));
  test_assert_fits (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"), GTK_WIDGET (window));
}

/* Shows @id and waits until it is drawn, laid out within the window */
static void
show_and_draw (OutreachWindow *window,
               const char     *id)
{
  gint64 start = g_get_monotonic_time ();
  guint frames;

  g_assert_true (outreach_window_show_page (window, id));
  frames = test_wait_drawn (GTK_WIDGET (window), PAGE_FRAMES);
  g_test_message ("%s: drawn and settled in %u frames, %.0f ms", id, frames,
                  (g_get_monotonic_time () - start) / 1000.0);
  assert_laid_out (window);
}

static void
test_every_page (void)
{
  g_autoptr(OutreachContent) content = edge_pack ();
  g_autofree char *deepest = g_strdup_printf ("unit-%u", TREE_DEPTH - 1);
  g_autofree char *name = word (NAME_CHARS);
  OutreachWindow *window = test_window_new (content);
  GtkWidget *crumbs;
  guint n_crumbs = 0;
  gboolean left_out = FALSE;
  const char *ids[] = { "home", "unit-0", "unit-1", deepest, "person-0", "person-1", "people",
                        "join-us", "everything" };

  test_wait_drawn (GTK_WIDGET (window), PAGE_FRAMES);
  assert_laid_out (window);
  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      show_and_draw (window, ids[i]);
      g_assert_cmpstr (outreach_page_view_get_heading (OUTREACH_PAGE_VIEW (page_view (window))),
                       ==, name);
    }

  /* ten deep, the "You are here" line shows the top, "…" and the last steps */
  show_and_draw (window, deepest);
  crumbs = test_child (page_view (window), OUTREACH_TYPE_PAGE_VIEW, "breadcrumb");
  for (GtkWidget *c = gtk_widget_get_first_child (crumbs); c; c = gtk_widget_get_next_sibling (c))
    {
      n_crumbs++;
      if (GTK_IS_LABEL (c) && g_str_equal (gtk_label_get_text (GTK_LABEL (c)), "…"))
        left_out = TRUE;
    }
  g_assert_true (left_out);
  /* the top, "…", three steps and the team, with a "›" after each but the last */
  g_assert_cmpuint (n_crumbs, ==, 2 * 6 - 1);

  /* the tree opened down to the deepest team, every row a long name */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.focus-tree", NULL);
  test_wait_drawn (GTK_WIDGET (window), PAGE_FRAMES);
  assert_laid_out (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_search_results (void)
{
  g_autoptr(OutreachContent) content = edge_pack ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *view = test_child (window, OUTREACH_TYPE_WINDOW, "search_view");
  GtkListView *results = GTK_LIST_VIEW (test_child (view, OUTREACH_TYPE_SEARCH_VIEW,
                                                    "results_view"));
  GtkWidget *entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");
  GtkLabel *status = GTK_LABEL (test_child (view, OUTREACH_TYPE_SEARCH_VIEW, "results_status"));
  g_autofree char *huge = g_strnfill (1 << 20, 'W');
  const char *shown;

  /* every page has "needle" in the middle of 64 KiB: each result's snippet
   * is a piece of such text */
  outreach_window_search (window, "needle");
  test_wait_drawn (GTK_WIDGET (window), PAGE_FRAMES);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (results))),
                    >, 0);
  assert_laid_out (window);

  /* a word of the widest letter, as long as a word may be */
  outreach_window_search (window, huge + (1 << 20) - NAME_CHARS);
  test_wait_drawn (GTK_WIDGET (window), PAGE_FRAMES);
  assert_laid_out (window);

  /* a megabyte, pasted or from the bus: the entry takes 200 characters,
   * the line above the results quotes 80 */
  outreach_window_search (window, huge);
  test_wait_drawn (GTK_WIDGET (window), PAGE_FRAMES);
  g_assert_cmpint (g_utf8_strlen (gtk_editable_get_text (GTK_EDITABLE (entry)), -1), ==, 200);
  shown = gtk_label_get_text (status);
  g_assert_nonnull (strstr (shown, "“" "WWWWWWWWWW"));
  g_assert_cmpint (g_utf8_strlen (shown, -1), <=, 80 + 100);
  assert_laid_out (window);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Writing to the contact: the preview window, and on a station the sheets */
static void
test_message_and_sheets (void)
{
  g_autoptr(OutreachContent) content = edge_pack ();
  OutreachWindow *window = test_window_new (content);
  g_autoptr(OutreachLink) link = g_list_model_get_item (outreach_content_get_links (content), 0);
  GtkWindow *composer;
  GtkWidget *sheet;
  g_autofree char *deepest = g_strdup_printf ("contact:unit-%u", TREE_DEPTH - 1);

  outreach_window_write_to (window, deepest);
  composer = outreach_window_get_composer (window);
  g_assert_nonnull (composer);
  test_wait_until (test_is_mapped, composer);
  test_wait_drawn (GTK_WIDGET (composer), PAGE_FRAMES);
  test_assert_within_screen (GTK_WIDGET (composer));
  gtk_window_close (composer);

  /* on a station: the message's QR code, then the link's, over the page */
  outreach_window_set_kiosk (window, TRUE);
  outreach_window_write_to (window, deepest);
  sheet = outreach_window_get_sheet (window);
  g_assert_nonnull (sheet);
  test_wait_drawn (GTK_WIDGET (window), PAGE_FRAMES);
  test_assert_within_screen (GTK_WIDGET (window));
  test_assert_fits (sheet, GTK_WIDGET (window));

  /* (held, so that the link's sheet cannot be made at its freed address) */
  g_object_ref (sheet);
  show_and_draw (window, "join-us");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s",
                                             outreach_link_get_url (link)));
  g_assert_true (outreach_window_get_sheet (window) != sheet);
  g_object_unref (sheet);
  sheet = outreach_window_get_sheet (window);
  g_assert_nonnull (sheet);
  test_wait_drawn (GTK_WIDGET (window), PAGE_FRAMES);
  test_assert_fits (sheet, GTK_WIDGET (window));

  outreach_window_set_kiosk (window, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The station's slides: the unit, its capabilities, its people, shown
 * over the window as a station shows them when no one is using it */
static void
test_attract_screen (void)
{
  g_autoptr(OutreachContent) content = edge_pack ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *screen = test_child (window, OUTREACH_TYPE_WINDOW, "attract_box");
  GtkStack *slides = GTK_STACK (test_child (screen, OUTREACH_TYPE_ATTRACT_SCREEN, "attract_stack"));

  gtk_widget_set_visible (screen, TRUE);
  test_wait_drawn (GTK_WIDGET (window), PAGE_FRAMES);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_stack_get_pages (slides))), >, 2);
  /* every slide fits (the stack is as tall as its tallest) */
  test_assert_fits (screen, GTK_WIDGET (window));
  test_assert_within_screen (GTK_WIDGET (window));

  gtk_widget_set_visible (screen, FALSE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* 64 KiB of 199-letter words joined by no-break spaces: one run Pango may
 * not break. The validator let it through (counting a no-break space as a
 * space) and it took 24 s to show. Now the validator refuses it, and the
 * widget that shows a pack's text still shows such a run at once. */
static void
test_joined_words (void)
{
  g_autofree char *w = word (NAME_CHARS - 1);
  GString *text = g_string_new (NULL);
  g_autofree char *json = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = NULL;
  GtkWidget *window, *block, *scroller;
  gint64 start;

  while (text->len + NAME_CHARS + 2 < TEXT_BYTES)
    g_string_append_printf (text, "%s%s", text->len ? "\u00A0" : "", w);
  json = g_strdup_printf ("\"%s\"", text->str);
  bytes = test_pack_minimal_with ("\"Fraud.\"", json);
  content = outreach_content_load_bytes (bytes, "joined.json", NULL, &error);
  g_assert_null (content);
  g_assert_nonnull (strstr (error->message, "with no place to break a line"));

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), 800, 600);
  block = outreach_text_block_new (text->str, NULL);
  /* as on a page: in a scrolled column */
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), block);
  gtk_window_set_child (GTK_WINDOW (window), scroller);
  start = g_get_monotonic_time ();
  gtk_window_present (GTK_WINDOW (window));
  test_wait_drawn (block, 10);
  /* not a hang: a second or two for 64 KiB, loaded or not */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 10 * G_USEC_PER_SEC);
  test_assert_within_screen (window);

  g_string_free (text, TRUE);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* What the validator refuses: the built-in pack and a bar of a few lines */

/* minimal.json with the JSON string @from in it replaced by a string of
 * @prefix and @n times @ch */
static GBytes *
pack_with (const char *from,
           const char *prefix,
           guint       n,
           char        ch)
{
  g_autofree char *run = g_strnfill (n, ch);
  g_autofree char *to = g_strdup_printf ("\"%s%s\"", prefix, run);

  return test_pack_minimal_with (from, to);
}

/* The text between the first “ and ”, or NULL */
static char *
quoted_value (const char *text)
{
  const char *start = strstr (text, "“");
  const char *end = start ? strstr (start, "”") : NULL;

  return end ? g_strndup (start + strlen ("“"), end - start - strlen ("“")) : NULL;
}

static const char *
bar_text (OutreachWindow *window,
          const char     *which)
{
  return gtk_label_get_text (GTK_LABEL (test_child (window, OUTREACH_TYPE_WINDOW, which)));
}

static void
assert_bar_bounded (OutreachWindow *window,
                    gboolean        quotes)
{
  const char *title = bar_text (window, "problem_title");
  const char *detail = bar_text (window, "problem_label");
  g_autofree char *value = quoted_value (strstr (detail, "“") ? detail : title);

  g_test_message ("bar: %s / %s", title, detail);
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                          "problem_revealer"))));
  /* a few lines, each one line */
  g_assert_cmpint (g_utf8_strlen (title, -1) + g_utf8_strlen (detail, -1), <=, 320);
  g_assert_null (strchr (title, '\n'));
  g_assert_null (strchr (detail, '\n'));
  if (quotes)
    {
      g_assert_nonnull (value);
      /* 80 characters and "…" */
      g_assert_cmpint (g_utf8_strlen (value, -1), ==, OUTREACH_TEXT_EXCERPT_CHARS + 1);
      g_assert_true (g_str_has_suffix (value, "…"));
    }
  test_wait_drawn (GTK_WIDGET (window), PAGE_FRAMES);
  test_assert_within_screen (GTK_WIDGET (window));
}

static void
test_refused_packs (void)
{
  g_autofree char *long_file = g_strnfill (5000, 'f');
  struct {
    const char *what;
    GBytes     *bytes;
    const char *file;
    gboolean    quotes;
  } cases[] = {
    { "a name of 10,000 N's", pack_with ("\"Fraud Team\"", "", 10000, 'N'), "names.json", FALSE },
    { "a description of 60,000 D's", pack_with ("\"Fraud.\"", "", 60000, 'D'), "description.json",
      FALSE },
    { "a link of 60,000 characters", pack_with ("\"https://example.org/\"", "http://", 60000, 'a'),
      "link.json", TRUE },
    /* the bar cuts the file's name, and shows the problem */
    { "a file name of 5,000 characters",
      pack_with ("\"https://example.org/\"", "http://", 60000, 'a'), long_file, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = cases[i].bytes;
      g_autoptr(GError) error = NULL;
      g_autoptr(OutreachContent) refused = NULL;
      g_autoptr(OutreachContent) builtin = test_pack_builtin ();
      OutreachWindow *window;

      g_test_message ("%s", cases[i].what);
      refused = outreach_content_load_bytes (bytes, cases[i].file, NULL, &error);
      g_assert_null (refused);
      g_assert_nonnull (error);

      /* as the application does with --content= */
      window = test_window_new (builtin);
      outreach_window_show_content_problem (window, error->message);
      assert_bar_bounded (window, cases[i].quotes);
      if (cases[i].quotes)
        g_assert_true (g_str_has_suffix (bar_text (window, "problem_label"), "is not an https: web address"));
      g_assert_cmpstr (outreach_page_view_get_heading (OUTREACH_PAGE_VIEW (page_view (window))), ==,
                       "South East Regional Organised Crime Unit");
      gtk_window_destroy (GTK_WINDOW (window));
    }
}

/* An id of a megabyte, as --show, app.show or the shell could give it */
static void
test_unknown_ids (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  g_autofree char *huge = g_strnfill (1 << 20, 'W');
  g_autofree char *spec = g_strconcat ("hr:", huge, NULL);

  g_assert_false (outreach_window_show_page (window, huge));
  assert_bar_bounded (window, TRUE);
  g_assert_nonnull (strstr (bar_text (window, "problem_title"), "There is no page with the id"));

  /* a line break or a direction override in an id forges nothing */
  g_assert_false (outreach_window_show_page (window, "home\nThe pack is broken\u202e"));
  g_assert_null (strchr (bar_text (window, "problem_title"), '\n'));
  g_assert_null (strstr (bar_text (window, "problem_title"), "\u202e"));

  outreach_window_write_to (window, spec);
  assert_bar_bounded (window, TRUE);
  g_assert_null (outreach_window_get_composer (window));
  outreach_window_write_to (window, huge);
  assert_bar_bounded (window, TRUE);
  outreach_window_write_to (window, "");
  assert_bar_bounded (window, FALSE);
  g_assert_null (outreach_window_get_composer (window));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The window's own actions, as a button, the app or a test activate them,
 * given what no button would give: nothing is opened, nothing crashes */
static void
test_window_actions (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  GtkWidget *widget = GTK_WIDGET (window);
  g_autofree char *huge = g_strnfill (1 << 20, 'W');
  g_autofree char *long_link = g_strconcat ("https://example.org/", huge, NULL);
  const char *links[] = { "", ":", "http://example.org/", "javascript:alert(1)", "file:///etc/passwd",
                          "https://", "https://exa mple.org/", "https://user:pw@example.org/",
                          "https://example.org/\n", "\u202ehttps://example.org/", huge, long_link };
  const char *ids[] = { "", ":", "hr:", ":cyber", "a:b:c", "\x01", "\u202e", huge };
  static const char *string_actions[] = { "win.show", "win.write-to", "win.open-link" };

  /* on a station, an opened link is a sheet over the page */
  outreach_window_set_kiosk (window, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (links); i++)
    {
      g_assert_true (gtk_widget_activate_action (widget, "win.open-link", "s", links[i]));
      g_assert_null (outreach_window_get_sheet (window));
    }
  g_assert_true (gtk_widget_activate_action (widget, "win.open-link", "s", "https://example.org/"));
  g_assert_nonnull (outreach_window_get_sheet (window));
  outreach_window_reset (window);
  g_assert_null (outreach_window_get_sheet (window));
  outreach_window_set_kiosk (window, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    {
      g_assert_true (gtk_widget_activate_action (widget, "win.show", "s", ids[i]));
      g_assert_true (gtk_widget_activate_action (widget, "win.write-to", "s", ids[i]));
      g_assert_null (outreach_window_get_composer (window));
      assert_bar_bounded (window, FALSE);
    }
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, "home");

  /* of the wrong type, or none where one is needed, or one where none is:
   * GTK passes them on as they are, and each is ignored */
  outreach_window_set_kiosk (window, TRUE);
  for (guint i = 0; i < G_N_ELEMENTS (string_actions); i++)
    {
      gtk_widget_activate_action_variant (widget, string_actions[i], g_variant_new_int32 (1));
      gtk_widget_activate_action_variant (widget, string_actions[i], NULL);
      gtk_widget_activate_action_variant (widget, string_actions[i],
                                          g_variant_new_strv ((const char *[]) { "hr", NULL }, 1));
    }
  g_assert_null (outreach_window_get_sheet (window));
  outreach_window_set_kiosk (window, FALSE);
  gtk_widget_activate_action_variant (widget, "win.home", g_variant_new_string ("x"));
  gtk_widget_activate_action_variant (widget, "win.search", g_variant_new_string (huge));
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, "home");

  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  if (argc == 3 && g_str_equal (argv[1], "--write-pack"))
    {
      g_autofree char *json = edge_pack_json ();

      return g_file_set_contents (argv[2], json, -1, NULL) ? 0 : 1;
    }

  gtk_test_init (&argc, &argv, NULL);
  g_type_ensure (OUTREACH_TYPE_APPLICATION);
  /* what is counted is frames to lay a page out, not the frames of the
   * bar's sliding in */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/limits/every-page", test_every_page);
  g_test_add_func ("/limits/search-results", test_search_results);
  g_test_add_func ("/limits/message-and-sheets", test_message_and_sheets);
  g_test_add_func ("/limits/attract-screen", test_attract_screen);
  g_test_add_func ("/limits/joined-words", test_joined_words);
  g_test_add_func ("/limits/refused-packs", test_refused_packs);
  g_test_add_func ("/limits/unknown-ids", test_unknown_ids);
  g_test_add_func ("/limits/window-actions", test_window_actions);

  return g_test_run ();
}
