/* test-mailto.c: the mailto: builder and the prefilled messages, with no display
 *
 * Every URI is checked against RFC 6068's grammar and decoded back by the
 * small decoder below, written from the RFC and sharing nothing with the
 * builder (which uses GLib's escaping).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "outreach-mailto.h"
#include "test-packs.h"
#include "outreach-message.h"

/* RFC 3986 unreserved, and RFC 6068's some-delims: what may stand unencoded
 * in a header value; in the address, "@" only once, between its parts. */
static gboolean
is_qchar (char c)
{
  return g_ascii_isalnum (c) || strchr ("-._~!$'()*+,;:@", c) != NULL;
}

static int
hex (char c)
{
  return g_ascii_isdigit (c) ? c - '0' : g_ascii_isxdigit (c) ? g_ascii_tolower (c) - 'a' + 10 : -1;
}

/* Percent-decodes @s, asserting that nothing in it needed encoding. */
static char *
decode (const char *s,
        gsize       len)
{
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < len; i++)
    {
      if (s[i] == '%')
        {
          g_assert_cmpuint (i + 2, <, len + 0 + 1);
          g_assert_cmpint (hex (s[i + 1]), >=, 0);
          g_assert_cmpint (hex (s[i + 2]), >=, 0);
          g_string_append_c (out, (char) (hex (s[i + 1]) * 16 + hex (s[i + 2])));
          i += 2;
        }
      else
        {
          if (!is_qchar (s[i]))
            g_error ("“%c” must be percent-encoded in %s", s[i], s);
          g_string_append_c (out, s[i]);
        }
    }
  return g_string_free (out, FALSE);
}

typedef struct
{
  char *to;
  char *subject;
  char *body;
} Decoded;

static void
decoded_clear (Decoded *d)
{
  g_free (d->to);
  g_free (d->subject);
  g_free (d->body);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Decoded, decoded_clear)

static void
parse_mailto (const char *uri,
              Decoded    *d)
{
  const char *query, *to_end, *at;
  gsize to_len;

  g_assert_true (g_str_has_prefix (uri, "mailto:"));
  uri += strlen ("mailto:");
  query = strchr (uri, '?');
  to_end = query ? query : uri + strlen (uri);
  to_len = to_end - uri;

  /* exactly one raw "@" in the address: any other is encoded */
  at = memchr (uri, '@', to_len);
  g_assert_nonnull (at);
  g_assert_null (memchr (at + 1, '@', to_end - at - 1));
  g_assert_null (memchr (uri, '+', to_len));
  {
    g_autofree char *local = decode (uri, at - uri);
    g_autofree char *domain = decode (at + 1, to_end - at - 1);
    d->to = g_strconcat (local, "@", domain, NULL);
  }

  if (query == NULL)
    return;
  for (const char *field = query + 1; *field; )
    {
      const char *end = strchr (field, '&');
      const char *eq;
      g_autofree char *name = NULL;
      char *value;

      if (end == NULL)
        end = field + strlen (field);
      eq = memchr (field, '=', end - field);
      g_assert_nonnull (eq);
      /* "+" may be read as a space by some clients: never raw */
      g_assert_null (memchr (field, '+', end - field));
      name = decode (field, eq - field);
      value = decode (eq + 1, end - eq - 1);
      if (g_ascii_strcasecmp (name, "subject") == 0)
        d->subject = value;
      else if (g_ascii_strcasecmp (name, "body") == 0)
        d->body = value;
      else
        g_error ("unexpected field %s", name);
      field = *end ? end + 1 : end;
    }
}

/* The examples of RFC 6068 section 6 that a single address, a subject and
 * a body can express. */
static void
test_rfc6068_examples (void)
{
  static const struct { const char *to, *subject, *body, *uri; } examples[] = {
    { "chris@example.com", NULL, NULL, "mailto:chris@example.com" },
    { "infobot@example.com", "current-issue", NULL, "mailto:infobot@example.com?subject=current-issue" },
    { "infobot@example.com", NULL, "send current-issue", "mailto:infobot@example.com?body=send%20current-issue" },
    { "infobot@example.com", NULL, "send current-issue\r\nsend index",
      "mailto:infobot@example.com?body=send%20current-issue%0D%0Asend%20index" },
    { "majordomo@example.com", NULL, "subscribe bamboo-l", "mailto:majordomo@example.com?body=subscribe%20bamboo-l" },
    { "gorby%kremvax@example.com", NULL, NULL, "mailto:gorby%25kremvax@example.com" },
    { "\"not@me\"@example.org", NULL, NULL, "mailto:%22not%40me%22@example.org" },
    { "\"oh\\\\no\"@example.org", NULL, NULL, "mailto:%22oh%5C%5Cno%22@example.org" },
    { "\"\\\\\\\"it's\\ ugly\\\\\\\"\"@example.org", NULL, NULL,
      "mailto:%22%5C%5C%5C%22it's%5C%20ugly%5C%5C%5C%22%22@example.org" },
    { "user@example.org", "caf\xc3\xa9", NULL, "mailto:user@example.org?subject=caf%C3%A9" },
    { "Mike&family@example.org", NULL, NULL, "mailto:Mike%26family@example.org" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    {
      g_autofree char *uri = outreach_mailto_build (examples[i].to, examples[i].subject,
                                                    examples[i].body);
      g_auto(Decoded) d = { 0 };

      g_assert_cmpstr (uri, ==, examples[i].uri);
      parse_mailto (uri, &d);
      g_assert_cmpstr (d.to, ==, examples[i].to);
      g_assert_cmpstr (d.subject, ==, examples[i].subject);
      g_assert_cmpstr (d.body, ==, examples[i].body);
    }
}

static void
test_awkward_messages (void)
{
  static const char *addresses[] = {
    "SEHR@ThamesValley.pnn.police.uk",
    "RecruitmentSE@ThamesValley.pnn.police.uk",
    "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk",
  };
  static const struct { const char *subject, *body, *expected_body; } messages[] = {
    { "Attachment enquiry: Regional Cyber Crime Unit", "Hello,\n\nI'd like to know more.\n",
      "Hello,\r\n\r\nI'd like to know more.\r\n" },
    { "A+B & C=D? 100% #1", "1+1=2 & 50% off? #tag [x] {y} <z> \"q\" `b` |p| ^c ~t",
      "1+1=2 & 50% off? #tag [x] {y} <z> \"q\" `b` |p| ^c ~t" },
    { "Dwi’n byw yng Nghaerdydd — £37bn · Gŵyl Ŵyl", "Windows\r\nMac\rUnix\nend",
      "Windows\r\nMac\r\nUnix\r\nend" },
    { "  spaces  around  ", "tab\there", "tab\there" },
    { "", "", NULL },
  };

  for (guint a = 0; a < G_N_ELEMENTS (addresses); a++)
    for (guint m = 0; m < G_N_ELEMENTS (messages); m++)
      {
        g_autofree char *uri = outreach_mailto_build (addresses[a], messages[m].subject,
                                                      messages[m].body);
        g_auto(Decoded) d = { 0 };

        g_test_message ("%s", uri);
        g_assert_null (strchr (uri, ' '));
        g_assert_null (strchr (uri, '\n'));
        parse_mailto (uri, &d);
        g_assert_cmpstr (d.to, ==, addresses[a]);
        g_assert_cmpstr (d.subject, ==, *messages[m].subject ? messages[m].subject : NULL);
        g_assert_cmpstr (d.body, ==, messages[m].expected_body);
      }

  /* the Diversity address, as the design asks */
  {
    g_autofree char *uri = outreach_mailto_build (addresses[2], NULL, NULL);
    g_assert_cmpstr (uri, ==, "mailto:CTPSE%26SEROCUdiversity@thamesvalley.pnn.police.uk");
  }
  /* spaces are %20 and "+" is %2B, never the other way round */
  {
    g_autofree char *uri = outreach_mailto_build ("a@example.org", "a b+c", NULL);
    g_assert_cmpstr (uri, ==, "mailto:a@example.org?subject=a%20b%2Bc");
  }
}

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
      g_auto(Decoded) d = { 0 };

      g_assert_no_error (error);
      g_assert_cmpstr (outreach_contact_get_address (outreach_message_get_contact (message)), ==,
                       cases[i].to);
      g_assert_cmpstr (outreach_message_get_subject (message), ==, cases[i].subject);
      g_assert_nonnull (strstr (outreach_message_get_body (message), cases[i].body_has));
      g_assert_true (g_str_has_prefix (outreach_message_get_body (message), "Hello,\n\n"));

      /* what the user edits is what the URI carries */
      outreach_message_set_body (message, "Edited — £5\nbye");
      uri = outreach_message_dup_uri (message);
      parse_mailto (uri, &d);
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

  g_test_add_func ("/mailto/rfc6068-examples", test_rfc6068_examples);
  g_test_add_func ("/mailto/awkward-messages", test_awkward_messages);
  g_test_add_func ("/mailto/prefilled-messages", test_prefilled_messages);
  g_test_add_func ("/mailto/specs", test_specs);
  g_test_add_func ("/mailto/template-expansion", test_template_expansion);

  return g_test_run ();
}
