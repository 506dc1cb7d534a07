/* test-mailto.c: the mailto: builder, with no display
 *
 * Every URI is checked against RFC 6068's grammar and decoded back by the
 * tests' own decoder (test-mailto-parse.c), written from the RFC and sharing
 * nothing with the builder (which uses GLib's escaping).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "outreach-mailto.h"
#include "test-mailto-parse.h"

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
      g_auto(TestMailto) d = { 0 };

      g_assert_cmpstr (uri, ==, examples[i].uri);
      test_mailto_parse (uri, &d);
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
        g_auto(TestMailto) d = { 0 };

        g_test_message ("%s", uri);
        g_assert_null (strchr (uri, ' '));
        g_assert_null (strchr (uri, '\n'));
        test_mailto_parse (uri, &d);
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

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/mailto/rfc6068-examples", test_rfc6068_examples);
  g_test_add_func ("/mailto/awkward-messages", test_awkward_messages);

  return g_test_run ();
}
