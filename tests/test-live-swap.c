/* test-live-swap.c: what is open on the screen when a new pack goes live
 *
 * The real OutreachApplication on a pack file of its own (the content-file
 * setting), as in test-live-update.c: the file is replaced by a rename, as
 * deployment tools do, while something shows over the page, and the test
 * waits, with a bound, for the window to take the new version. Then what
 * shows is checked at once, as a person would see it:
 *
 * - a station's attract screen shows the new pack's slides, from the same
 *   place in the show, and a pack whose slides read the same changes
 *   nothing on it; the screen still fits the window, its last line seen;
 * - a station's QR code of a message is made again from the new pack (the
 *   contact's new address), and closes if its contact or page went;
 * - the desktop's message keeps what the person wrote and goes to the
 *   contact's new address; if the contact went, the window says so and
 *   nothing in it goes to the old address.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include <glib/gstdio.h>

#include "outreach-application.h"
#include "outreach-attract-screen.h"
#include "outreach-compose-window.h"
#include "outreach-qr-sheet.h"
#include "outreach-window.h"
#include "test-utils.h"

static char *pack_file;

/* minimal.json, in a pack file of the test's own, configured */
static void
setup_pack (void)
{
  g_free (pack_file);
  pack_file = test_configure_pack ("swap");
}

/* Replaces the pack by @bytes, and waits, with a bound, until the window
 * shows the new version. Nothing else runs after that before the caller
 * looks: what a person would see the moment it goes live. */
static void
go_live (OutreachWindow *window,
         GBytes         *bytes)
{
  OutreachContent *old = test_window_get_content (window);

  test_write_by_rename (pack_file, bytes);
  test_wait_content_changed (window, old);
}

/* Running the app */

typedef struct
{
  void     (*scenario) (OutreachWindow *window);
  gboolean   ran;
} Run;

static void
on_activate_after (GApplication *app,
                   Run          *run)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  g_assert_true (OUTREACH_IS_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  run->scenario (OUTREACH_WINDOW (window));
  run->ran = TRUE;
  gtk_window_destroy (window);
}

static void
run_app (void      (*scenario) (OutreachWindow *window),
         gboolean    station)
{
  g_autoptr(OutreachApplication) app = outreach_application_new ();
  char *argv[] = { (char *) "serocu-outreach", (char *) (station ? "--kiosk" : NULL), NULL };
  Run run = { scenario, FALSE };

  setup_pack ();
  /* tests may run side by side on one session bus */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_after), &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), station ? 2 : 1, argv), ==, 0);
  g_assert_true (run.ran);
}

/* The attract screen */

static GtkStack *
slides (OutreachWindow *window)
{
  return GTK_STACK (test_child (test_child (window, OUTREACH_TYPE_WINDOW, "attract_box"),
                                OUTREACH_TYPE_ATTRACT_SCREEN, "attract_stack"));
}

/* What a slide says: its labels, one a line (a slide is a column holding
 * the box of its lines) */
static char *
slide_text (GtkWidget *slide)
{
  GString *text = g_string_new (NULL);

  for (GtkWidget *label = gtk_widget_get_first_child (gtk_widget_get_first_child (slide)); label != NULL;
       label = gtk_widget_get_next_sibling (label))
    g_string_append_printf (text, "%s\n", gtk_label_get_text (GTK_LABEL (label)));
  return g_string_free (text, FALSE);
}

static GPtrArray *
all_slide_texts (OutreachWindow *window)
{
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (GtkWidget *slide = gtk_widget_get_first_child (GTK_WIDGET (slides (window))); slide != NULL;
       slide = gtk_widget_get_next_sibling (slide))
    g_ptr_array_add (texts, slide_text (slide));
  return texts;
}

static guint
shown_index (OutreachWindow *window)
{
  GtkWidget *shown = gtk_stack_get_visible_child (slides (window));
  guint index = 0;

  g_assert_nonnull (shown);
  for (GtkWidget *slide = gtk_widget_get_first_child (GTK_WIDGET (slides (window)));
       slide != shown; slide = gtk_widget_get_next_sibling (slide))
    index++;
  return index;
}

static gboolean
attract_shown (gpointer window)
{
  return outreach_window_get_attract_shown (window);
}

/* The station left alone until its slides show; a slide then shows for
 * ten minutes, so that only the swap can change it */
static void
wait_attract (OutreachWindow *window)
{
  outreach_window_set_idle_times (window, 1, 0, 600);
  test_wait_until (attract_shown, window);
}

static void
scenario_attract_new_pack (OutreachWindow *window)
{
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *shown = NULL;
  GtkWidget *third;

  wait_attract (window);
  /* the show has got to its third slide */
  third = gtk_widget_get_next_sibling (gtk_widget_get_next_sibling (
    gtk_widget_get_first_child (GTK_WIDGET (slides (window)))));
  gtk_stack_set_visible_child (slides (window), third);
  before = all_slide_texts (window);
  g_assert_true (strstr (g_ptr_array_index (before, 0), "Example Regional Unit") != NULL);

  go_live (window, other);
  g_assert_true (outreach_window_get_attract_shown (window));
  after = all_slide_texts (window);
  /* the new unit's slides, and none of the old unit's */
  g_assert_true (strstr (g_ptr_array_index (after, 0), "Northmoor Fictional Crime Directorate") != NULL);
  for (guint i = 0; i < after->len; i++)
    {
      g_assert_null (strstr (g_ptr_array_index (after, i), "EXRU"));
      g_assert_null (strstr (g_ptr_array_index (after, i), "Example Regional Unit"));
    }
  /* the one showing too, at once, from the same place in the show */
  g_assert_cmpuint (shown_index (window), ==, 2);
  shown = slide_text (gtk_stack_get_visible_child (slides (window)));
  g_assert_cmpstr (shown, ==, g_ptr_array_index (after, 2));
  g_assert_false (g_ptr_array_find_with_equal_func (before, shown, g_str_equal, NULL));
}

static void
test_attract_new_pack (void)
{
  run_app (scenario_attract_new_pack, TRUE);
}

static void
scenario_attract_same_slides (OutreachWindow *window)
{
  /* a corrected address: nothing on the slides changes */
  g_autoptr(GBytes) corrected = test_pack_minimal_with ("hr@example.org", "people@example.org");
  GtkWidget *second;

  wait_attract (window);
  second = gtk_widget_get_next_sibling (gtk_widget_get_first_child (GTK_WIDGET (slides (window))));
  gtk_stack_set_visible_child (slides (window), second);

  go_live (window, corrected);
  g_assert_true (outreach_window_get_attract_shown (window));
  /* the very slide that showed, not one made again */
  g_assert_true (gtk_stack_get_visible_child (slides (window)) == second);
}

static void
test_attract_same_slides (void)
{
  run_app (scenario_attract_same_slides, TRUE);
}

/* The attract screen, and its last line ("Touch the screen to explore"),
 * lie within the window as it is drawn. */
static void
assert_attract_within_window (OutreachWindow *window)
{
  GtkWidget *attract = test_child (window, OUTREACH_TYPE_WINDOW, "attract_box");
  GtkWidget *hint = gtk_widget_get_last_child (attract);
  graphene_rect_t screen, line;

  test_wait_drawn (GTK_WIDGET (window), 10);
  g_assert_true (GTK_IS_LABEL (hint));
  g_assert_true (gtk_widget_get_mapped (hint));
  g_assert_true (gtk_widget_compute_bounds (attract, GTK_WIDGET (window), &screen));
  g_assert_true (gtk_widget_compute_bounds (hint, GTK_WIDGET (window), &line));
  g_test_message ("window %d×%d, attract screen %g×%g at %g,%g, its last line %g to %g",
                  gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)),
                  screen.size.width, screen.size.height, screen.origin.x, screen.origin.y,
                  line.origin.y, line.origin.y + line.size.height);
  g_assert_cmpfloat (screen.origin.y, >=, 0);
  g_assert_cmpfloat (screen.origin.y + screen.size.height, <=, gtk_widget_get_height (GTK_WIDGET (window)));
  g_assert_cmpfloat (screen.origin.x + screen.size.width, <=, gtk_widget_get_width (GTK_WIDGET (window)));
  g_assert_cmpfloat (line.size.height, >, 0);
  g_assert_cmpfloat (line.origin.y + line.size.height, <=, gtk_widget_get_height (GTK_WIDGET (window)));
  test_assert_within_screen (GTK_WIDGET (window));
}

/* Issue 15: after a live update from one pack to another, a station's
 * attract screen was made as tall as its slides need at their narrowest,
 * taller than the screen: drawn some 55 px low at 1920×1080, its last line
 * off the bottom of the screen */
static void
scenario_attract_fits (OutreachWindow *window)
{
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");

  wait_attract (window);
  assert_attract_within_window (window);

  go_live (window, other);
  g_assert_true (outreach_window_get_attract_shown (window));
  assert_attract_within_window (window);

  /* and back */
  go_live (window, minimal);
  assert_attract_within_window (window);
}

static void
test_attract_fits (void)
{
  run_app (scenario_attract_fits, TRUE);
}

/* A station's QR code of a message */

static const char *
sheet_code (OutreachWindow *window)
{
  GtkWidget *sheet = outreach_window_get_sheet (window);

  g_assert_true (OUTREACH_IS_QR_SHEET (sheet));
  return outreach_qr_sheet_get_code (OUTREACH_QR_SHEET (sheet));
}

static char *
sheet_printed (OutreachWindow *window)
{
  char *address = NULL;

  g_object_get (outreach_window_get_sheet (window), "address", &address, NULL);
  return address;
}

static void
scenario_sheet_follows (OutreachWindow *window)
{
  g_autoptr(GBytes) corrected = test_pack_minimal_with ("hr@example.org", "people@example.org");
  g_autoptr(GBytes) renamed = test_pack_minimal_with ("\"id\": \"cyber\"", "\"id\": \"cyber-crime\"");
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  g_autofree char *printed = NULL;

  /* a visitor asks to write to HR about the page they read */
  outreach_window_write_to (window, "hr:cyber");
  g_assert_true (g_str_has_prefix (sheet_code (window), "mailto:hr@example.org?"));

  /* HR's address is corrected: the code and the printed address take it */
  go_live (window, corrected);
  g_assert_true (g_str_has_prefix (sheet_code (window), "mailto:people@example.org?"));
  g_assert_null (strstr (sheet_code (window), "hr@example.org"));
  /* still about the page (its title is in the subject) */
  g_assert_nonnull (strstr (sheet_code (window), "Cyber"));
  printed = sheet_printed (window);
  g_assert_true (g_str_has_prefix (printed, "people@example.org\n"));

  /* the page it is about goes: so does the code */
  go_live (window, renamed);
  g_assert_null (outreach_window_get_sheet (window));

  /* the contact goes: so does the code */
  go_live (window, minimal);
  outreach_window_write_to (window, "hr");
  g_assert_true (g_str_has_prefix (sheet_code (window), "mailto:hr@example.org?"));
  go_live (window, other);
  g_assert_null (outreach_window_get_sheet (window));

  /* a web link's code stays while the pack has the link, and goes with
   * it: corrected, withdrawn or another unit's pack */
  go_live (window, minimal);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "https://example.org/");
  g_assert_cmpstr (sheet_code (window), ==, "https://example.org/");
  go_live (window, corrected);
  g_assert_cmpstr (sheet_code (window), ==, "https://example.org/");
    {
      g_autoptr(GBytes) moved = test_pack_minimal_with ("\"https://example.org/\"",
                                                         "\"https://example.org/jobs/\"");

      go_live (window, moved);
      g_assert_null (outreach_window_get_sheet (window));
    }
}

static void
test_sheet_follows (void)
{
  run_app (scenario_sheet_follows, TRUE);
}

/* The desktop's message */

static GtkWidget *
composer_child (GtkWindow  *composer,
                const char *name)
{
  return test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, name);
}

static char *
body_text (GtkWindow *composer)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (composer_child (composer, "body_view")));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* What would be pasted, as another program would read it */
static char *
read_clipboard (GtkWidget *widget)
{
  return test_read_clipboard (gtk_widget_get_clipboard (widget));
}

static void
scenario_composer_follows (OutreachWindow *window)
{
  g_autoptr(GBytes) corrected = test_pack_minimal_with ("hr@example.org", "people@example.org");
  g_autoptr(GBytes) other = test_pack_read ("other-unit.json");
  GtkWindow *composer;
  GtkLabel *notice;
  OutreachMessage *message;
  g_autofree char *uri = NULL;
  g_autofree char *body = NULL;
  g_autofree char *copied = NULL;

  outreach_window_write_to (window, "hr");
  composer = outreach_window_get_composer (window);
  g_assert_nonnull (composer);
  /* the person writes their own words */
  gtk_editable_set_text (GTK_EDITABLE (composer_child (composer, "subject_entry")), "About a secondment");
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (composer_child (composer, "body_view"))),
                                    "\nMy own words, typed here.", -1);

  /* HR's address is corrected: the message goes there, with their words */
  go_live (window, corrected);
  g_assert_true (outreach_window_get_composer (window) == composer);
  message = outreach_compose_window_get_message (OUTREACH_COMPOSE_WINDOW (composer));
  uri = outreach_message_dup_uri (message);
  g_assert_true (g_str_has_prefix (uri, "mailto:people@example.org?"));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (composer_child (composer, "address_label"))), ==,
                   "people@example.org");
  g_assert_cmpstr (outreach_message_get_subject (message), ==, "About a secondment");
  g_assert_nonnull (strstr (outreach_message_get_body (message), "My own words, typed here."));
  body = body_text (composer);
  g_assert_nonnull (strstr (body, "My own words, typed here."));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (composer_child (composer, "subject_entry"))), ==,
                   "About a secondment");
  /* what is typed next goes into the message that is sent */
  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (GTK_TEXT_VIEW (composer_child (composer, "body_view"))),
                                    " And more.", -1);
  g_assert_nonnull (strstr (outreach_message_get_body (outreach_compose_window_get_message (
    OUTREACH_COMPOSE_WINDOW (composer))), "And more."));
  g_assert_true (gtk_widget_get_sensitive (composer_child (composer, "open_button")));

  /* HR goes from the pack: the window says so, keeps the words, and
   * nothing in it goes to the old address */
  go_live (window, other);
  notice = GTK_LABEL (composer_child (composer, "notice_label"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (notice)));
  g_assert_nonnull (strstr (gtk_label_get_text (notice), "HR is no longer"));
  g_assert_false (gtk_widget_get_sensitive (composer_child (composer, "open_button")));
  g_assert_false (gtk_widget_get_sensitive (composer_child (composer, "copy_address_button")));
  g_assert_false (gtk_widget_get_sensitive (composer_child (composer, "qr_button")));
  g_assert_false (gtk_widget_get_visible (composer_child (composer, "qr_revealer")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (composer_child (composer, "address_label"))), ==, "");
  g_clear_pointer (&body, g_free);
  body = body_text (composer);
  g_assert_nonnull (strstr (body, "My own words, typed here. And more."));
  /* Open does nothing (and says nothing) */
  gtk_widget_activate_action (GTK_WIDGET (composer), "compose.open", NULL);
  g_assert_nonnull (strstr (gtk_label_get_text (notice), "HR is no longer"));
  /* the words can still be taken away, without the old address */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "compose.copy-message", NULL));
  copied = read_clipboard (GTK_WIDGET (composer));
  g_assert_nonnull (strstr (copied, "About a secondment"));
  g_assert_nonnull (strstr (copied, "My own words, typed here. And more."));
  g_assert_null (strstr (copied, "example.org"));
}

static void
test_composer_follows (void)
{
  run_app (scenario_composer_follows, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/live-swap/attract/new-pack", test_attract_new_pack);
  g_test_add_func ("/live-swap/attract/same-slides", test_attract_same_slides);
  g_test_add_func ("/live-swap/attract/fits", test_attract_fits);
  g_test_add_func ("/live-swap/station-sheet", test_sheet_follows);
  g_test_add_func ("/live-swap/composer", test_composer_follows);

  return g_test_run ();
}
