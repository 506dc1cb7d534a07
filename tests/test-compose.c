/* test-compose.c: writing to the unit, end to end under Xvfb
 *
 * The real window opens the message from a page's Get in touch, the user
 * edits it and presses Open in Mail App; a fake mail client, made the
 * default for mailto: in a private XDG tree, writes the URI it was given to
 * a file. Run with --no-mail-app, there is no handler at all, and the
 * window must say so and offer the QR code and copying.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <string.h>

#include "outreach-application.h"
#include "outreach-compose-window.h"
#include "outreach-window.h"
#include "test-utils.h"


static char *handler_output;




static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static gboolean
is_visible (gpointer widget)
{
  return gtk_widget_get_visible (widget);
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

/* Opens the message from the page's Get in touch button, as a click does. */
static OutreachComposeWindow *
get_in_touch (OutreachWindow *window,
              const char     *page)
{
  GtkWindow *composer;

  g_assert_true (outreach_window_show_page (window, page));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL));
  composer = outreach_window_get_composer (window);
  g_assert_nonnull (composer);
  test_wait_until (test_is_mapped, composer);
  return OUTREACH_COMPOSE_WINDOW (composer);
}

static void
type_message (OutreachComposeWindow *composer,
              const char            *subject,
              const char            *body)
{
  GtkWidget *entry = test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "subject_entry");
  GtkTextView *view = GTK_TEXT_VIEW (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "body_view"));

  gtk_editable_set_text (GTK_EDITABLE (entry), subject);
  gtk_text_buffer_set_text (gtk_text_view_get_buffer (view), body, -1);
}

static gboolean
has_width (gpointer widget)
{
  return gtk_widget_get_width (widget) > 0;
}

/* The message is where the writing happens: it takes the window's width,
 * less the margins, not a narrow column. */
static void
test_message_is_wide (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  OutreachComposeWindow *composer = get_in_touch (window, "jody");
  GtkWidget *body = test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "body_view");
  GtkWidget *subject = test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "subject_entry");

  test_wait_until (has_width, body);
  g_test_message ("window %d, subject %d, message %d", gtk_widget_get_width (GTK_WIDGET (composer)),
                  gtk_widget_get_width (subject), gtk_widget_get_width (body));
  g_assert_cmpint (gtk_widget_get_width (body), >=, gtk_widget_get_width (subject));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_open_in_mail_app (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  OutreachComposeWindow *composer = get_in_touch (window, "cyber");
  GtkEntry *subject = GTK_ENTRY (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "subject_entry"));
  g_autofree char *launched = NULL;


  /* the message says what the person was looking at, and is editable */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (subject)), ==,
                   "Attachment enquiry: Regional Cyber Crime Unit");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW,
                                                         "address_label"))), ==,
                   "SEHR@ThamesValley.pnn.police.uk");
  type_message (composer, "Attachment enquiry: Regional Cyber Crime Unit — Gŵyn & co",
                "Hello,\nI'm 100% keen: 2+2=4?\n\nRhiannon");

  g_signal_emit_by_name (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "open_button"), "clicked");
  test_wait_until (file_exists, handler_output);

  g_assert_true (g_file_get_contents (handler_output, &launched, NULL, NULL));
  g_assert_cmpstr (launched, ==,
                   "mailto:SEHR@ThamesValley.pnn.police.uk"
                   "?subject=Attachment%20enquiry:%20Regional%20Cyber%20Crime%20Unit%20%E2%80%94%20"
                   "G%C5%B5yn%20%26%20co"
                   "&body=Hello,%0D%0AI'm%20100%25%20keen:%202%2B2%3D4%3F%0D%0A%0D%0ARhiannon");

  /* once the mail app has the message, the preview closes */
  test_wait_until (is_hidden, composer);
  g_assert_null (outreach_window_get_composer (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_contact_card (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  OutreachComposeWindow *composer;
  GtkEntry *subject;

  /* Write an email on the Diversity team's card, on Join us */
  g_assert_true (outreach_window_show_page (window, "join-us"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.write-to", "s", "diversity"));
  composer = OUTREACH_COMPOSE_WINDOW (outreach_window_get_composer (window));
  test_wait_until (test_is_mapped, composer);
  subject = GTK_ENTRY (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "subject_entry"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (subject)), ==,
                   "Starting a conversation about the SEROCU — Join us");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW,
                                                         "address_label"))), ==,
                   "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk");
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The page's Get in touch buttons, in the order shown */
static void
collect_get_in_touch (GtkWidget *widget,
                      GPtrArray *buttons)
{
  const char *action = GTK_IS_BUTTON (widget)
    ? gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)) : NULL;

  if (g_strcmp0 (action, "win.get-in-touch") == 0 || g_strcmp0 (action, "win.write-to") == 0)
    {
      g_ptr_array_add (buttons, widget);
      return;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect_get_in_touch (c, buttons);
}

/* Whether a label that is not a button's own says "Write to …" (the grey
 * label beside the button, read twice by a screen reader, is gone) */
static gboolean
loose_write_to_label (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget))
    return FALSE;
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), "Write to "))
    return TRUE;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (loose_write_to_label (c))
      return TRUE;
  return FALSE;
}

static const char *
button_text (GtkWidget *button)
{
  return gtk_label_get_text (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))));
}

/* On @page, one button per contact, saying whom it writes to, @contacts'
 * order (the most fitting first, emphasised, on win.get-in-touch); a click
 * on the button of @click opens the message to them, with @subject */
static void
assert_every_contact (OutreachWindow     *window,
                      OutreachContent    *content,
                      const char         *page,
                      const char * const *contacts,
                      guint               click,
                      const char         *subject,
                      const char         *body_has)
{
  GtkWidget *view = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
  OutreachContact *clicked = outreach_content_lookup_contact (content, contacts[click]);
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();
  OutreachComposeWindow *composer;
  GtkWidget *address, *subject_entry;
  GtkTextBuffer *body;
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  g_assert_true (outreach_window_show_page (window, page));
  collect_get_in_touch (view, buttons);
  g_assert_cmpuint (buttons->len, ==, g_strv_length ((char **) contacts));
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);
      OutreachContact *contact = outreach_content_lookup_contact (content, contacts[i]);
      g_autofree char *label = g_strdup_printf ("Write to %s", outreach_contact_get_name (contact));

      g_assert_cmpstr (button_text (button), ==, label);
      g_assert_cmpstr (gtk_widget_get_tooltip_text (button), ==, outreach_contact_get_purpose (contact));
      g_assert_true (gtk_widget_get_visible (button) && gtk_widget_is_sensitive (button));
      g_assert_cmpint (gtk_widget_has_css_class (button, "suggested-action"), ==, i == 0);
      if (i == 0)
        g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==,
                         "win.get-in-touch");
      else
        {
          GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

          g_assert_cmpstr (g_variant_get_string (target, NULL), ==, contacts[i]);
        }
    }
  g_assert_false (loose_write_to_label (view));

  g_signal_emit_by_name (g_ptr_array_index (buttons, click), "clicked");
  composer = OUTREACH_COMPOSE_WINDOW (outreach_window_get_composer (window));
  g_assert_nonnull (composer);
  test_wait_until (test_is_mapped, composer);
  address = test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "address_label");
  subject_entry = test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "subject_entry");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (address)), ==, outreach_contact_get_address (clicked));
  g_assert_true (test_label_breaks_without_hyphens (address));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (subject_entry)), ==, subject);
  body = gtk_text_view_get_buffer (GTK_TEXT_VIEW (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW,
                                                              "body_view")));
  gtk_text_buffer_get_bounds (body, &start, &end);
  text = gtk_text_buffer_get_text (body, &start, &end, FALSE);
  g_assert_nonnull (strstr (text, body_has));
}

/* Get in touch on a unit's, a team's and a person's page offers every
 * contact, and each writes about the page: the built-in pack, and another
 * unit's (four contacts, templates written for no page) */
static void
test_every_contact (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  g_autofree char *path = test_pack_path ("other-unit.json");
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) other = outreach_content_load_file (path, NULL, &error);
  OutreachWindow *window = test_window_new (content);
  const char *unit_order[] = { "hr", "recruitment", "diversity", NULL };
  const char *profile_order[] = { "recruitment", "hr", "diversity", NULL };
  const char *other_unit_order[] = { "people-office", "vacancies", "outreach", "press", NULL };

  assert_every_contact (window, content, "cyber", unit_order, 1,
                        "Recruitment enquiry: Regional Cyber Crime Unit",
                        "reading the Regional Cyber Crime Unit page");
  assert_every_contact (window, content, "rart", unit_order, 2,
                        "Starting a conversation: Regional Asset Recovery Team",
                        "reading the Regional Asset Recovery Team page");
  assert_every_contact (window, content, "jody", profile_order, 1,
                        "Attachment enquiry: Digital Forensics Unit (E-forensics)", "I read Jody's story");
  assert_every_contact (window, content, "jody", profile_order, 0,
                        "Enquiry about Cyber High Tech Investigator roles: Digital Forensics Unit (E-forensics)",
                        "I read Jody's story");
  gtk_window_destroy (GTK_WINDOW (window));

  g_assert_no_error (error);
  window = test_window_new (other);
  assert_every_contact (window, other, "piracy-group", other_unit_order, 1,
                        "Applying to NFCD — Piracy Group", "apply for a post");
  assert_every_contact (window, other, "morgan", other_unit_order, 2, "A talk from NFCD — Morgan",
                        "come and talk");
  assert_every_contact (window, other, "tobacco-desk", other_unit_order, 3,
                        "Press question: Tobacco Desk", "I am writing about Tobacco Desk.");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_no_mail_app (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  OutreachComposeWindow *composer = get_in_touch (window, "jody");
  GtkWidget *notice = test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "notice_label");
  GtkWidget *picture = test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "qr_picture");
  GtkTextView *view = GTK_TEXT_VIEW (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "body_view"));
  GtkTextIter start, end;
  g_autofree char *body = NULL;


  type_message (composer, "My question", "What I typed must not be lost.");
  g_signal_emit_by_name (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "open_button"), "clicked");
  test_wait_until (is_visible, notice);

  /* told plainly, offered the QR code and copying, with nothing lost */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (notice)), "There is no email app"));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW,
                                                                     "qr_revealer"))));
  g_assert_nonnull (gtk_picture_get_paintable (GTK_PICTURE (picture)));
  g_assert_true (gtk_widget_get_sensitive (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW,
                                                  "copy_message_button")));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (composer)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW,
                                                               "subject_entry"))), ==, "My question");
  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  body = gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
  g_assert_cmpstr (body, ==, "What I typed must not be lost.");

  /* copying puts the message on the clipboard */
  gtk_widget_activate_action (GTK_WIDGET (composer), "compose.copy-message", NULL);
  g_assert_true (gdk_content_provider_ref_formats (
    gdk_clipboard_get_content (gtk_widget_get_clipboard (GTK_WIDGET (composer)))) != NULL);

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_long_message_warning (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = test_window_new (content);
  OutreachComposeWindow *composer = get_in_touch (window, "rart");
  GtkWidget *notice = test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "notice_label");
  GString *long_body = g_string_new (NULL);


  g_assert_false (gtk_widget_get_visible (notice));
  for (guint i = 0; i < 120; i++)
    g_string_append (long_body, "About me, at length. ");
  type_message (composer, "Long", long_body->str);
  g_string_free (long_body, TRUE);
  g_assert_true (gtk_widget_get_visible (notice));
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (notice)), "some email apps may cut it short"));

  /* it still works: the QR code and the button are there */
  g_assert_true (gtk_widget_get_sensitive (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "open_button")));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  gboolean no_mail_app = FALSE;
  int status;

  /* GTest leaves options it does not know in argv */
  for (int i = 1; i < argc; i++)
    no_mail_app |= g_strcmp0 (argv[i], "--no-mail-app") == 0;
  /* first: GLib reads the XDG variables only once, and GTK may ask at start-up */
  handler_output = test_fake_handler_setup (no_mail_app ? NULL : "mailto");
  gtk_test_init (&argc, &argv, NULL);
  g_type_ensure (OUTREACH_TYPE_APPLICATION);

  g_test_add_func ("/compose/contact-card", test_contact_card);
  g_test_add_func ("/compose/every-contact", test_every_contact);
  g_test_add_func ("/compose/message-is-wide", test_message_is_wide);
  if (no_mail_app)
    g_test_add_func ("/compose/no-mail-app", test_no_mail_app);
  else
    {
      g_test_add_func ("/compose/open-in-mail-app", test_open_in_mail_app);
      g_test_add_func ("/compose/long-message-warning", test_long_message_warning);
    }

  status = g_test_run ();
  g_unlink (handler_output);
  return status;
}
