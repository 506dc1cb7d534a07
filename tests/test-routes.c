/* test-routes.c: the ways in, as a visitor meets them, under Xvfb
 *
 * Home and Join us show the pack's two routes as cards, side by side in a
 * wide window and one under the other in a narrow one; each card's button
 * opens a message to its own contact, about the page it is on.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-application.h"
#include "outreach-compose-window.h"
#include "outreach-route-card.h"
#include "outreach-text-block.h"
#include "outreach-window.h"
#include "test-utils.h"

static void
collect_cards (GtkWidget *widget,
               GPtrArray *cards)
{
  if (OUTREACH_IS_ROUTE_CARD (widget) && gtk_widget_get_mapped (widget))
    g_ptr_array_add (cards, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_cards (c, cards);
}

/* The route cards the page shows, in order */
static GPtrArray *
shown_cards (OutreachWindow *window,
             const char     *page)
{
  GPtrArray *cards = g_ptr_array_new ();

  g_assert_true (outreach_window_show_page (window, page));
  test_wait_drawn (GTK_WIDGET (window), 20);
  collect_cards (GTK_WIDGET (window), cards);
  return cards;
}

static const char *
card_text (GtkWidget  *card,
           const char *child)
{
  return gtk_label_get_text (GTK_LABEL (test_child (card, OUTREACH_TYPE_ROUTE_CARD, child)));
}

static gboolean
has_size (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0 && gtk_widget_get_height (widget) > 0;
}

static graphene_point_t
origin_in (GtkWidget *widget,
           GtkWidget *ancestor)
{
  graphene_point_t point = GRAPHENE_POINT_INIT (0, 0);

  g_assert_true (gtk_widget_compute_point (widget, ancestor, &point, &point));
  return point;
}

/* Both routes, by name, on Home and on Join us, in the page's column */
static void
test_both_routes_shown (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = outreach_window_new (NULL, content);
  const char *pages[] = { "home", "join-us" };

  gtk_window_set_default_size (GTK_WINDOW (window), 1400, 900);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);

  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autoptr(GPtrArray) cards = shown_cards (window, pages[i]);
      graphene_point_t first, second;

      g_test_message ("%s: %u cards, window %d wide", pages[i], cards->len,
                      gtk_widget_get_width (GTK_WIDGET (window)));
      g_assert_cmpuint (cards->len, ==, 2);
      g_assert_cmpstr (card_text (cards->pdata[0], "title_label"), ==, "Already in policing");
      g_assert_cmpstr (card_text (cards->pdata[0], "write_label"), ==,
                       "Write to South East Regional HR");
      g_assert_cmpstr (card_text (cards->pdata[1], "title_label"), ==, "New to policing");
      g_assert_cmpstr (card_text (cards->pdata[1], "write_label"), ==,
                       "Write to South East Recruitment");

      /* in the page's reading column, which has no room for two cards'
       * lines side by side: one under the other, as wide as each other */
      test_wait_until (has_size, cards->pdata[1]);
      first = origin_in (cards->pdata[0], GTK_WIDGET (window));
      second = origin_in (cards->pdata[1], GTK_WIDGET (window));
      g_assert_cmpfloat (second.y, >=, first.y + gtk_widget_get_height (cards->pdata[0]));
      g_assert_cmpint (gtk_widget_get_width (cards->pdata[0]), ==, gtk_widget_get_width (cards->pdata[1]));
      /* each as tall as what it says, with no gap under the shorter */
      for (guint c = 0; c < cards->len; c++)
        {
          int natural;

          gtk_widget_measure (cards->pdata[c], GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (cards->pdata[c]),
                              NULL, &natural, NULL, NULL);
          g_test_message ("card %u: %d px tall, %d needed", c, gtk_widget_get_height (cards->pdata[c]), natural);
          g_assert_cmpint (gtk_widget_get_height (cards->pdata[c]), <=, natural + 1);
        }
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* In a narrow window the second card is under the first, as wide as it */
static void
test_routes_stack_when_narrow (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = outreach_window_new (NULL, content);
  g_autoptr(GPtrArray) cards = NULL;
  graphene_point_t first, second;

  gtk_window_set_default_size (GTK_WINDOW (window), 560, 700);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);

  cards = shown_cards (window, "join-us");
  g_assert_cmpuint (cards->len, ==, 2);
  test_wait_until (has_size, cards->pdata[1]);
  first = origin_in (cards->pdata[0], GTK_WIDGET (window));
  second = origin_in (cards->pdata[1], GTK_WIDGET (window));
  g_test_message ("window %d wide: cards %d wide, at (%g, %g) and (%g, %g)",
                  gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_width (cards->pdata[0]),
                  first.x, first.y, second.x, second.y);
  g_assert_cmpfloat (second.x, ==, first.x);
  g_assert_cmpfloat (second.y, >=, first.y + gtk_widget_get_height (cards->pdata[0]));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Each card's button opens a message to its own contact, about the page */
static void
test_route_buttons_compose (void)
{
  static const struct {
    const char *page;
    guint       card;
    const char *address;
    const char *subject;
  } cases[] = {
    { "home", 0, "SEHR@ThamesValley.pnn.police.uk", "Attachment enquiry: South East Regional Organised Crime Unit" },
    { "home", 1, "RecruitmentSE@ThamesValley.pnn.police.uk", "Recruitment enquiry: SEROCU" },
    { "join-us", 0, "SEHR@ThamesValley.pnn.police.uk", "Attachment enquiry: South East Regional Organised Crime Unit — Join us" },
    { "join-us", 1, "RecruitmentSE@ThamesValley.pnn.police.uk", "Recruitment enquiry: SEROCU — Join us" },
  };
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GPtrArray) cards = shown_cards (window, cases[i].page);
      GtkWidget *button = test_child (cards->pdata[cases[i].card], OUTREACH_TYPE_ROUTE_CARD,
                                      "write_button");
      GtkWindow *composer;
      const char *address, *subject;

      g_assert_true (gtk_widget_get_visible (button));
      g_signal_emit_by_name (button, "clicked");
      composer = outreach_window_get_composer (window);
      g_assert_nonnull (composer);
      test_wait_until (test_is_mapped, composer);
      address = gtk_label_get_text (GTK_LABEL (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW,
                                                           "address_label")));
      subject = gtk_editable_get_text (GTK_EDITABLE (test_child (composer,
                                                                 OUTREACH_TYPE_COMPOSE_WINDOW,
                                                                 "subject_entry")));
      g_test_message ("%s, card %u: to %s, “%s”", cases[i].page, cases[i].card, address, subject);
      g_assert_cmpstr (address, ==, cases[i].address);
      g_assert_cmpstr (subject, ==, cases[i].subject);
      gtk_widget_set_visible (GTK_WIDGET (composer), FALSE);
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
find_guide (GtkWidget *widget)
{
  if (gtk_widget_has_css_class (widget, "route-guide") && gtk_widget_get_mapped (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_guide (c);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The guide's lines, on the page shown, or NULL where there is none */
static GStrv
guide_lines (OutreachWindow *window,
             const char     *page)
{
  g_autoptr(GStrvBuilder) lines = g_strv_builder_new ();
  GtkWidget *guide;

  g_assert_true (outreach_window_show_page (window, page));
  test_wait_drawn (GTK_WIDGET (window), 20);
  if ((guide = find_guide (GTK_WIDGET (window))) == NULL)
    return NULL;
  for (GtkWidget *c = gtk_widget_get_first_child (guide); c; c = gtk_widget_get_next_sibling (c))
    g_strv_builder_add (lines, outreach_text_block_get_text (OUTREACH_TEXT_BLOCK (c)));
  return g_strv_builder_end (lines);
}

/* A unit's and a person's Get in touch say which button is for whom: the
 * new to policing see theirs on every page */
static void
test_guide_over_get_in_touch (void)
{
  const char * const in_first[] = { "Already in policing? Write to South East Regional HR.",
                                    "New to policing? Write to South East Recruitment.", NULL };
  const char * const new_first[] = { "New to policing? Write to South East Recruitment.",
                                     "Already in policing? Write to South East Regional HR.", NULL };
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  g_auto(GStrv) unit = guide_lines (window, "cyber");
  g_auto(GStrv) person = guide_lines (window, "jody");
  g_auto(GStrv) home = guide_lines (window, "home");

  /* in the buttons' order: whom the pack names for the page first */
  g_assert_nonnull (unit);
  g_assert_cmpstrv (unit, in_first);
  g_assert_nonnull (person);
  g_assert_cmpstrv (person, new_first);
  /* Home has the cards instead */
  g_assert_null (home);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A pack without routes shows no cards, and its pages are as they were */
static void
test_no_routes (void)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autoptr(OutreachContent) content = outreach_content_load_file (path, NULL, NULL);
  OutreachWindow *window = test_window_new (content);
  g_autoptr(GPtrArray) home = shown_cards (window, "home");
  g_autoptr(GPtrArray) join = shown_cards (window, "join-us");

  g_auto(GStrv) unit = guide_lines (window, "exru");

  g_assert_cmpuint (home->len, ==, 0);
  g_assert_cmpuint (join->len, ==, 0);
  g_assert_null (unit);
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_type_ensure (OUTREACH_TYPE_APPLICATION);

  g_test_add_func ("/routes/both-shown", test_both_routes_shown);
  g_test_add_func ("/routes/stack-when-narrow", test_routes_stack_when_narrow);
  g_test_add_func ("/routes/buttons-compose", test_route_buttons_compose);
  g_test_add_func ("/routes/guide-over-get-in-touch", test_guide_over_get_in_touch);
  g_test_add_func ("/routes/none-in-a-pack-without", test_no_routes);

  return g_test_run ();
}
