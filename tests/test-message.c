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
    /* a page other than Home, from a template written for no page: named after the subject */
    { NULL, "about", "RecruitmentSE@ThamesValley.pnn.police.uk",
      "Recruitment enquiry: SEROCU — About the unit", "vacancies in the SEROCU" },
    { NULL, NULL, "RecruitmentSE@ThamesValley.pnn.police.uk", "Recruitment enquiry: SEROCU", "how to apply" },
    /* Write an email: the contact's own template, about the page being read */
    { "diversity", "join-us", "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk",
      "Starting a conversation about the SEROCU — Join us", "start a conversation" },
    { "hr", "tsu", "SEHR@ThamesValley.pnn.police.uk", "Attachment enquiry: Technical Surveillance Unit",
      "with the Technical Surveillance Unit and" },
    { "recruitment", "jody", "RecruitmentSE@ThamesValley.pnn.police.uk",
      "Enquiry about Cyber High Tech Investigator roles: Digital Forensics Unit (E-forensics)",
      "roles like this" },
    /* the contact's template about this kind of page */
    { "recruitment", "rart", "RecruitmentSE@ThamesValley.pnn.police.uk",
      "Recruitment enquiry: Regional Asset Recovery Team",
      "reading the Regional Asset Recovery Team page, and I would like to find out about vacancies" },
    { "diversity", "cyber", "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk",
      "Starting a conversation: Regional Cyber Crime Unit",
      "reading the Regional Cyber Crime Unit page, and I would like to start a conversation" },
    { "diversity", "jody", "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk",
      "A conversation after reading Jody's story",
      "I read Jody's story about working as Cyber High Tech Investigator in the Digital Forensics Unit (E-forensics), and" },
    { "hr", "charlotte", "SEHR@ThamesValley.pnn.police.uk",
      "Attachment enquiry: Regional Investigations Syndicates",
      "I read Charlotte's story about working as Intelligence Development Officer in the Regional Investigations Syndicates. I am interested in an attachment there" },
    { "hr", "join-us", "SEHR@ThamesValley.pnn.police.uk",
      "Attachment enquiry: South East Regional Organised Crime Unit — Join us", "how to find a sponsor" },
    /* Home is named by no message */
    { "hr", "home", "SEHR@ThamesValley.pnn.police.uk",
      "Attachment enquiry: South East Regional Organised Crime Unit", "how to find a sponsor" },
    { "diversity", NULL, "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk",
      "Starting a conversation about the SEROCU", "start a conversation" },
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

/* The template each contact writes from, about each kind of page: its own
 * for that kind where the pack has one ("about", or "get_in_touch"), else
 * its general one */
static void
test_template_per_contact_and_kind (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  static const struct { const char *contact; OutreachNodeKind kind; const char *template; } cases[] = {
    { "hr", OUTREACH_NODE_PAGE, "attachment" },
    { "hr", OUTREACH_NODE_UNIT, "attachment" },
    { "hr", OUTREACH_NODE_PROFILE, "attachment-after-a-story" },
    { "recruitment", OUTREACH_NODE_PAGE, "recruitment" },
    { "recruitment", OUTREACH_NODE_UNIT, "vacancies" },
    { "recruitment", OUTREACH_NODE_PROFILE, "role" },
    { "diversity", OUTREACH_NODE_PAGE, "conversation" },
    { "diversity", OUTREACH_NODE_UNIT, "conversation-about-a-unit" },
    { "diversity", OUTREACH_NODE_PROFILE, "conversation-after-a-story" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      OutreachContact *contact = outreach_content_lookup_contact (content, cases[i].contact);
      OutreachTemplate *template = outreach_contact_get_template_about (contact, cases[i].kind);

      g_assert_cmpstr (outreach_template_get_id (template), ==, cases[i].template);
      g_assert_true (outreach_template_get_contact (template) == contact);
    }
}

/* Every contact's message about a unit, a team or a person names them in
 * the built-in pack's own words: no title tacked on */
static void
test_every_contact_names_the_page (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  static const char *pages[] = { "serocu", "cyber", "rart", "cyber-pursue", "jody", "charlotte", "frank" };
  GListModel *contacts = outreach_content_get_contacts (content);

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 3);
  for (guint c = 0; c < g_list_model_get_n_items (contacts); c++)
    for (guint p = 0; p < G_N_ELEMENTS (pages); p++)
      {
        g_autoptr(OutreachContact) contact = g_list_model_get_item (contacts, c);
        OutreachNode *about = outreach_content_lookup (content, pages[p]);
        g_autoptr(GError) error = NULL;
        g_autoptr(OutreachMessage) message =
          outreach_message_new_for (content, outreach_contact_get_id (contact), about, &error);
        const char *title = outreach_node_get_title (about);

        g_assert_no_error (error);
        g_assert_true (outreach_message_get_contact (message) == contact);
        g_assert_nonnull (strstr (outreach_message_get_body (message), title));
        g_assert_null (strstr (outreach_message_get_subject (message), " — "));
        g_assert_null (strstr (outreach_message_get_body (message), "{"));
      }
}

static void
assert_contacts (OutreachContent    *content,
                 const char         *about_id,
                 const char * const *expected)
{
  OutreachNode *about = about_id ? outreach_content_lookup (content, about_id) : NULL;
  g_autoptr(GPtrArray) contacts = outreach_content_dup_contacts_about (content, about);

  g_assert_cmpuint (contacts->len, ==, g_strv_length ((char **) expected));
  for (guint i = 0; i < contacts->len; i++)
    g_assert_cmpstr (outreach_contact_get_id (g_ptr_array_index (contacts, i)), ==, expected[i]);
}

/* Get in touch offers every contact: the most fitting for the kind of page
 * first, then the others in the pack's order */
static void
test_contacts_in_order (void)
{
  g_autoptr(OutreachContent) builtin = test_pack_builtin ();
  g_autofree char *path = test_pack_path ("other-unit.json");
  g_autoptr(OutreachContent) other = outreach_content_load_file (path, NULL, NULL);

  assert_contacts (builtin, "cyber", (const char *[]) { "hr", "recruitment", "diversity", NULL });
  assert_contacts (builtin, "jody", (const char *[]) { "recruitment", "hr", "diversity", NULL });
  assert_contacts (builtin, "about", (const char *[]) { "recruitment", "hr", "diversity", NULL });
  assert_contacts (builtin, NULL, (const char *[]) { "recruitment", "hr", "diversity", NULL });

  g_assert_nonnull (other);
  assert_contacts (other, "piracy-group",
                   (const char *[]) { "people-office", "vacancies", "outreach", "press", NULL });
  assert_contacts (other, "morgan",
                   (const char *[]) { "people-office", "vacancies", "outreach", "press", NULL });
  assert_contacts (other, "staff-stories",
                   (const char *[]) { "vacancies", "people-office", "outreach", "press", NULL });
}

/* A pack written before templates had "about" loads as it did, and its
 * messages about a page other than Home still name it: after the subject,
 * when the template names no part of the page */
static void
test_old_pack_names_the_page (void)
{
  g_autofree char *path = test_pack_path ("other-unit.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_file (path, &problems, &error);
  static const struct { const char *spec; const char *subject; } cases[] = {
    { "vacancies:piracy-group", "Applying to NFCD — Piracy Group" },
    { "outreach:morgan", "A talk from NFCD — Morgan" },
    { "vacancies:staff-stories", "Applying to NFCD — Staff stories" },
    /* {unit} on a plain page is the directorate, not the page */
    { "people-office:staff-stories",
      "Secondment: Northmoor Fictional Crime Directorate — Staff stories" },
    /* the template names the page: nothing is added */
    { "people-office:tobacco-desk", "Secondment: Tobacco Desk" },
    { "press:piracy-group", "Press question: Piracy Group" },
    { "people-office:morgan", "About the role of Desk Officer" },
    /* Home: nothing to name */
    { "vacancies", "Applying to NFCD" },
    { "vacancies:home", "Applying to NFCD" },
  };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(OutreachMessage) message = outreach_message_new_for_spec (content, cases[i].spec,
                                                                         &error);

      g_assert_no_error (error);
      g_assert_cmpstr (outreach_message_get_subject (message), ==, cases[i].subject);
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
  /* "{{" and "}}" write a brace; the loader refuses the other odd braces */
  g_assert_cmpstr (out, ==, "RART: {not a placeholder} {} {unit} .");

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
  g_test_add_func ("/message/template-per-contact-and-kind", test_template_per_contact_and_kind);
  g_test_add_func ("/message/every-contact-names-the-page", test_every_contact_names_the_page);
  g_test_add_func ("/message/contacts-in-order", test_contacts_in_order);
  g_test_add_func ("/message/old-pack-names-the-page", test_old_pack_names_the_page);
  g_test_add_func ("/message/specs", test_specs);
  g_test_add_func ("/message/template-expansion", test_template_expansion);

  return g_test_run ();
}
