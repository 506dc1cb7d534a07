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
                   "Starting a conversation about the SEROCU");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW,
                                                         "address_label"))), ==,
                   "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk");
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
