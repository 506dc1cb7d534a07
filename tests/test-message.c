/* test-message.c: the prefilled messages and their templates, with no display
 *
 * The message a page writes (OutreachMessage): who it goes to, its subject
 * and body from the pack's templates, the URI it becomes once edited
 * (decoded back by the tests' own decoder, test-mailto-parse.c), and the
 * "contact:page" specs of --mailto and --qr.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "outreach-mailto.h"
#include "outreach-message.h"
#include "outreach-template.h"
#include "test-mailto-parse.h"
#include "test-packs.h"

static void
test_prefilled_messages (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  static const struct { const char *contact; const char *about; const char *to, *subject, *body_has; } cases[] = {
    /* Get in touch: the pack's choice of contact for the kind of page */
    { NULL, "cyber", "SEHR@ThamesValley.pnn.police.uk", "Attachment enquiry: Regional Cyber Crime Unit",
      "an attachment with the Regional Cyber Crime Unit and" },
    { NULL, "rart", "SEHR@ThamesValley.pnn.police.uk", "Attachment enquiry: Regional Asset Recovery Team",
      "with the Regional Asset Recovery Team and" },
    { NULL, "jody", "RecruitmentSE@ThamesValley.pnn.police.uk",
      "Enquiry about Cyber High Tech Investigator roles: Digital Forensics Unit (E-forensics)",
      "I read Jody's story" },
    { NULL, "about", "RecruitmentSE@ThamesValley.pnn.police.uk", "Recruitment enquiry: SEROCU",
      "vacancies in the SEROCU" },
    { NULL, NULL, "RecruitmentSE@ThamesValley.pnn.police.uk", "Recruitment enquiry: SEROCU", "how to apply" },
    /* Write an email: the contact's own template, about the page being read */
    { "diversity", "join-us", "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk",
      "Starting a conversation about the SEROCU", "start a conversation" },
    { "hr", "tsu", "SEHR@ThamesValley.pnn.police.uk", "Attachment enquiry: Technical Surveillance Unit",
      "with the Technical Surveillance Unit and" },
    { "recruitment", "jody", "RecruitmentSE@ThamesValley.pnn.police.uk",
      "Enquiry about Cyber High Tech Investigator roles: Digital Forensics Unit (E-forensics)",
      "roles like this" },
    { "recruitment", "rart", "RecruitmentSE@ThamesValley.pnn.police.uk", "Recruitment enquiry: SEROCU",
      "vacancies in the SEROCU" },
    { "hr", "join-us", "SEHR@ThamesValley.pnn.police.uk",
      "Attachment enquiry: South East Regional Organised Crime Unit", "how to find a sponsor" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OutreachNode *about = cases[i].about ? outreach_content_lookup (content, cases[i].about) : NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OutreachMessage) message = outreach_message_new_for (content, cases[i].contact,
                                                                     about, &error);
      g_autofree char *uri = NULL;
      g_auto(TestMailto) d = { 0 };

      g_assert_no_error (error);
      g_assert_cmpstr (outreach_contact_get_address (outreach_message_get_contact (message)), ==,
                       cases[i].to);
      g_assert_cmpstr (outreach_message_get_subject (message), ==, cases[i].subject);
      g_assert_nonnull (strstr (outreach_message_get_body (message), cases[i].body_has));
      g_assert_true (g_str_has_prefix (outreach_message_get_body (message), "Hello,\n\n"));

      /* what the user edits is what the URI carries */
      outreach_message_set_body (message, "Edited — £5\nbye");
      uri = outreach_message_dup_uri (message);
      test_mailto_parse (uri, &d);
      g_assert_cmpstr (d.to, ==, cases[i].to);
      g_assert_cmpstr (d.subject, ==, cases[i].subject);
      g_assert_cmpstr (d.body, ==, "Edited — £5\r\nbye");
      g_assert_cmpuint (strlen (uri), <, OUTREACH_MAILTO_WARN_LENGTH);
    }
}

static void
test_specs (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachMessage) message = outreach_message_new_for_spec (content, "hr:rct", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (outreach_message_get_subject (message), ==, "Attachment enquiry: Regional Cash Team");
  g_clear_object (&message);

  message = outreach_message_new_for_spec (content, "nobody", &error);
  g_assert_null (message);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "“nobody”"));
  g_assert_nonnull (strstr (error->message, "hr, recruitment, diversity"));
  g_clear_error (&error);

  message = outreach_message_new_for_spec (content, "hr:nowhere", &error);
  g_assert_null (message);
  g_assert_nonnull (strstr (error->message, "“nowhere”"));
  g_assert_nonnull (strstr (error->message, "home, about, serocu, siu,"));
  g_assert_nonnull (strstr (error->message, "rart"));
  g_clear_error (&error);

  /* an empty or half spec is an error, never a read past the end of a split
   * (app.compose '' on the bus crashed the app) */
  {
    static const char *halves[] = { "", ":", "::", ":cyber", "hr:", "hr::", NULL };
    g_autofree char *huge = g_strnfill (1 << 20, 'x');
    g_autofree char *huge_page = g_strconcat ("hr:", huge, NULL);

    for (guint i = 0; halves[i] != NULL; i++)
      {
        message = outreach_message_new_for_spec (content, halves[i], &error);
        g_assert_null (message);
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
        g_clear_error (&error);
      }

    /* a huge id is quoted in a line's worth, not repeated */
    message = outreach_message_new_for_spec (content, huge, &error);
    g_assert_null (message);
    g_assert_cmpuint (strlen (error->message), <, 400);
    g_clear_error (&error);
    message = outreach_message_new_for_spec (content, huge_page, &error);
    g_assert_null (message);
    g_assert_cmpuint (strlen (error->message), <, 2000);
  }
}

static void
test_template_expansion (void)
{
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *out = NULL;
  g_autofree char *unknown = NULL;

  g_hash_table_insert (values, "unit", "RART");
  out = outreach_template_expand ("{unit}: {not a placeholder} {} {{unit}} {profile}.", values);
  g_assert_cmpstr (out, ==, "RART: {not a placeholder} {} {RART} .");

  g_assert_false (outreach_template_find_unknown ("{unit} {team} {abbreviation} {page}", &unknown));
  g_assert_true (outreach_template_find_unknown ("Hi {unit}, {nmae}", &unknown));
  g_assert_cmpstr (unknown, ==, "nmae");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/message/prefilled", test_prefilled_messages);
  g_test_add_func ("/message/specs", test_specs);
  g_test_add_func ("/message/template-expansion", test_template_expansion);

  return g_test_run ();
}
