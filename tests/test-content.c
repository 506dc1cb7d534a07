/* test-content.c: the content pack model and its validation, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/stat.h>

#include "outreach-address.h"
#include "outreach-content.h"
#include "outreach-message.h"
#include "outreach-page.h"
#include "outreach-profile.h"
#include "outreach-text.h"
#include "test-packs.h"

static void
test_builtin_structure (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachNode *root, *recu, *rart, *siu, *cyber, *business;
  GListModel *sidebar = outreach_content_get_sidebar (content);
  g_autoptr(OutreachNode) first = NULL;
  g_autoptr(GPtrArray) chain = NULL;

  g_assert_cmpstr (outreach_content_get_name (content), ==,
                   "South East Regional Organised Crime Unit");
  g_assert_cmpstr (outreach_content_get_short_name (content), ==, "SEROCU");

  /* the sidebar: Home first, the unit tree, people, Join us */
  g_assert_cmpuint (g_list_model_get_n_items (sidebar), ==, 5);
  first = g_list_model_get_item (sidebar, 0);
  g_assert_true (first == outreach_content_get_home (content));

  /* the unit is the root; every capability in the pack's list is a child */
  root = outreach_content_lookup (content, "serocu");
  g_assert_true (OUTREACH_IS_UNIT (root));
  g_assert_null (outreach_node_get_parent (root));
  g_assert_cmpuint (outreach_node_get_n_children (root), ==, 14);

  recu = outreach_content_lookup (content, "recu");
  g_assert_true (outreach_node_get_parent (recu) == root);
  g_assert_cmpstr (outreach_unit_get_abbreviation (OUTREACH_UNIT (recu)), ==, "RECU");
  g_assert_cmpuint (outreach_node_get_n_children (recu), ==, 5);

  rart = outreach_content_lookup (content, "rart");
  g_assert_cmpstr (outreach_node_get_title (rart), ==, "Regional Asset Recovery Team");
  g_assert_cmpstr (outreach_unit_get_abbreviation (OUTREACH_UNIT (rart)), ==, "RART");
  g_assert_true (outreach_node_get_parent (rart) == recu);
  chain = outreach_node_dup_ancestry (rart);
  g_assert_cmpuint (chain->len, ==, 3);
  g_assert_true (g_ptr_array_index (chain, 0) == root);
  g_assert_true (g_ptr_array_index (chain, 2) == rart);

  siu = outreach_content_lookup (content, "siu");
  g_assert_cmpuint (outreach_node_get_n_children (siu), ==, 6);
  cyber = outreach_content_lookup (content, "cyber");
  g_assert_cmpuint (outreach_node_get_n_children (cyber), ==, 3);
  business = outreach_content_lookup (content, "business-support");
  g_assert_cmpuint (outreach_node_get_n_children (business), ==, 3);

  for (guint i = 0; i < 5; i++)
    {
      static const char *abbreviations[][2] = {
        { "serpit", "SERPIT" }, { "opsy", "OPSY" }, { "ucol", "UCOL" },
        { "tsu", "TSU" }, { "gain", "GAIN" },
      };
      OutreachNode *node = outreach_content_lookup (content, abbreviations[i][0]);

      g_assert_nonnull (node);
      g_assert_cmpstr (outreach_unit_get_abbreviation (OUTREACH_UNIT (node)), ==,
                       abbreviations[i][1]);
    }

  /* the pack's misspelling of the unit's name never reaches the app */
  {
    g_autoptr(GBytes) bytes = outreach_content_get_builtin_bytes ();
    g_autofree char *text = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

    g_assert_null (strstr (text, "SEROUCU"));
    g_assert_null (strstr (text, "nine ROCUs"));
  }
}

static void
test_builtin_descriptions (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachUnit *rct = OUTREACH_UNIT (outreach_content_lookup (content, "rct"));
  OutreachUnit *fist = OUTREACH_UNIT (outreach_content_lookup (content, "fist"));
  const char * const *paragraphs = outreach_unit_get_description (rct);

  g_assert_cmpuint (g_strv_length ((char **) paragraphs), ==, 2);
  g_assert_nonnull (strstr (paragraphs[0], "Gatwick Airport"));
  g_assert_nonnull (strstr (paragraphs[1], "Newhaven, Portsmouth and Southampton Airport"));
  g_assert_nonnull (strstr (outreach_unit_get_description (fist)[1], "money laundering"));
}

static void
test_builtin_people_and_contacts (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  GListModel *profiles = outreach_content_get_profiles (content);
  GListModel *contacts = outreach_content_get_contacts (content);
  OutreachProfile *jody = OUTREACH_PROFILE (outreach_content_lookup (content, "jody"));
  OutreachProfile *frank = OUTREACH_PROFILE (outreach_content_lookup (content, "frank"));
  OutreachUnit *investigations = OUTREACH_UNIT (outreach_content_lookup (content, "investigations"));
  g_autoptr(OutreachContact) diversity = NULL;

  g_assert_cmpuint (g_list_model_get_n_items (profiles), ==, 3);
  g_assert_cmpstr (outreach_profile_get_role (jody), ==, "Cyber High Tech Investigator");
  g_assert_cmpstr (outreach_profile_get_employment (jody), ==, "staff");
  g_assert_cmpstr (outreach_profile_get_employment (frank), ==, "officer");
  /* a pack that does not list kinds of employment has these two */
  g_assert_cmpstr (outreach_profile_get_employment_label (jody), ==, "Police staff");
  g_assert_cmpstr (outreach_profile_get_employment_label (frank), ==, "Police officer");
  g_assert_true (outreach_profile_get_team (frank) == investigations);
  /* a team knows the people who work there */
  g_assert_cmpuint (g_list_model_get_n_items (outreach_unit_get_profiles (investigations)), ==, 2);
  /* profiles sit below the people page in the tree */
  g_assert_cmpstr (outreach_node_get_id (outreach_node_get_parent (OUTREACH_NODE (jody))), ==,
                   "people");

  g_assert_cmpuint (g_list_model_get_n_items (contacts), ==, 3);
  diversity = g_list_model_get_item (contacts, 2);
  g_assert_cmpstr (outreach_contact_get_address (diversity), ==,
                   "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk");
}

static void
test_minimal_pack (void)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_file (path, &problems, &error);
  OutreachNode *join;
  const OutreachSection *section;

  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  g_assert_cmpuint (outreach_content_get_n_units (content), ==, 4);
  g_assert_cmpstr (outreach_content_get_source (content), ==, path);

  join = outreach_content_lookup (content, "join-us");
  section = outreach_page_get_section (OUTREACH_PAGE (join), 0);
  g_assert_cmpuint (section->contacts->len, ==, 1);
  g_assert_cmpstr (outreach_contact_get_address (g_ptr_array_index (section->contacts, 0)), ==,
                   "hr@example.org");
  section = outreach_page_get_section (OUTREACH_PAGE (join), 1);
  g_assert_cmpstr (outreach_link_get_url (g_ptr_array_index (section->links, 0)), ==,
                   "https://example.org/");
  g_assert_null (outreach_content_lookup (content, "no-such-page"));
}

/* One bad pack per rule: the error's code, the place it names and what it says. */
typedef struct
{
  const char           *file;
  OutreachContentError  code;
  const char           *place;   /* "LINE:COL" or a JSON path */
  const char           *says;
} BadPack;

static const BadPack bad_packs[] = {
  { "bad-syntax.json", OUTREACH_CONTENT_ERROR_SYNTAX, "5:24", "expected character" },
  { "bad-trailing-content.json", OUTREACH_CONTENT_ERROR_SYNTAX, "143:1", "after the end" },
  { "bad-comment.json", OUTREACH_CONTENT_ERROR_SYNTAX, "2:16", "comments are not allowed" },
  { "bad-empty.json", OUTREACH_CONTENT_ERROR_SYNTAX, "2:1", "empty" },
  { "bad-invalid-utf8.json", OUTREACH_CONTENT_ERROR_ENCODING, "64:19", "not valid UTF-8" },
  { "bad-nul.json", OUTREACH_CONTENT_ERROR_ENCODING, "64:19", "NUL" },
  { "bad-schema-version.json", OUTREACH_CONTENT_ERROR_SCHEMA_VERSION, "$.schema", "schema 2 is not supported" },
  { "bad-missing-schema.json", OUTREACH_CONTENT_ERROR_SCHEMA_VERSION, "$", "“schema”" },
  { "bad-not-object.json", OUTREACH_CONTENT_ERROR_INVALID, "$", "must be an object" },
  { "bad-wrong-type.json", OUTREACH_CONTENT_ERROR_INVALID, "$.units[0].children[1].name", "must be a string" },
  { "bad-missing-field.json", OUTREACH_CONTENT_ERROR_INVALID, "$.units[0].children[1]", "missing required field “name”" },
  { "bad-empty-name.json", OUTREACH_CONTENT_ERROR_INVALID, "$.units[0].children[0].name", "must not be empty" },
  { "bad-unknown-field.json", OUTREACH_CONTENT_ERROR_INVALID, "$.units[0].abreviation", "unknown field" },
  { "bad-control-character.json", OUTREACH_CONTENT_ERROR_INVALID, "$.units[0].children[0].name", "control character" },
  { "bad-employment.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.profiles[0].employment", "no kind of employment has the id “volunteer”" },
  { "bad-duplicate-id.json", OUTREACH_CONTENT_ERROR_DUPLICATE_ID, "$.units[0].children[1].id", "first used at $.units[0].children[0]" },
  { "bad-unresolved-team.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.profiles[0].team", "“no-such-team”" },
  { "bad-unresolved-contact.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.pages[2].sections[0].contacts[0]", "“recruitment”" },
  { "bad-link-javascript.json", OUTREACH_CONTENT_ERROR_UNSAFE_LINK, "$.links[0].url", "not an https: web address" },
  { "bad-link-http.json", OUTREACH_CONTENT_ERROR_UNSAFE_LINK, "$.links[0].url", "not an https: web address" },
  { "bad-link-file.json", OUTREACH_CONTENT_ERROR_UNSAFE_LINK, "$.links[0].url", "not an https: web address" },
  { "bad-address-header-injection.json", OUTREACH_CONTENT_ERROR_BAD_ADDRESS, "$.contacts[0].address", "not a plain e-mail address" },
  { "bad-address-display-name.json", OUTREACH_CONTENT_ERROR_BAD_ADDRESS, "$.contacts[0].address", "not a plain e-mail address" },
  { "bad-unknown-placeholder.json", OUTREACH_CONTENT_ERROR_INVALID, "$.templates[0].subject", "unknown placeholder “{unti}”" },
  { "bad-template-contact.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.templates[0].contact", "no contact has the id “nobody”" },
  { "bad-contact-template.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.contacts[0].template", "no template has the id “nothing”" },
  { "bad-nul-escape.json", OUTREACH_CONTENT_ERROR_SYNTAX, "22:23", "“\\0” is not a JSON escape" },
  { "bad-hex-escape.json", OUTREACH_CONTENT_ERROR_SYNTAX, "22:23", "“\\x” is not a JSON escape" },
  { "bad-short-unicode-escape.json", OUTREACH_CONTENT_ERROR_SYNTAX, "22:23", "four hexadecimal digits" },
  { "bad-lone-surrogate.json", OUTREACH_CONTENT_ERROR_SYNTAX, "22:23", "“\\uD800” is half of a character with no second half" },
  { "bad-lone-low-surrogate.json", OUTREACH_CONTENT_ERROR_SYNTAX, "22:23", "“\\uDC00” is half of a character with no first half" },
  { "bad-duplicate-key.json", OUTREACH_CONTENT_ERROR_SYNTAX, "17:27", "“title” is given twice in $.pages[0]" },
  { "bad-link-space.json", OUTREACH_CONTENT_ERROR_UNSAFE_LINK, "$.links[0].url", "“https://example.org/a page” has a space" },
  { "bad-link-lookalike.json", OUTREACH_CONTENT_ERROR_UNSAFE_LINK, "$.links[0].url", "mixes alphabets" },
  /* a bad value is quoted, not repeated: 80 characters and an ellipsis */
  { "bad-link-long.json", OUTREACH_CONTENT_ERROR_UNSAFE_LINK, "$.links[0].url", "xxxxxxx…” is not an https: web address" },
  { "bad-number-wraps.json", OUTREACH_CONTENT_ERROR_SYNTAX, "2:13", "“18446744073709551617” is out of range" },
  { "bad-number-infinite.json", OUTREACH_CONTENT_ERROR_SYNTAX, "2:13", "“1e400” is out of range" },
  { "bad-profile-twice.json", OUTREACH_CONTENT_ERROR_DUPLICATE_ID, "$.pages[1].sections[0].profiles[1]", "“alex” is listed twice (first at [0])" },
  { "bad-reference-after-a-number.json", OUTREACH_CONTENT_ERROR_INVALID, "$.sidebar[1]", "must be a string" },
  { "bad-long-name.json", OUTREACH_CONTENT_ERROR_TOO_LARGE, "$.units[0].name", "is 10000 characters long; a name or heading may have at most 200" },
  { "bad-long-word.json", OUTREACH_CONTENT_ERROR_TOO_LARGE, "$.units[0].description[0]", "has a word of 60000 characters" },
  { "bad-long-template.json", OUTREACH_CONTENT_ERROR_TOO_LARGE, "$.templates[0].body", "is longer than 4000 characters" },
  { "bad-many-placeholders.json", OUTREACH_CONTENT_ERROR_TOO_LARGE, "$.templates[0].subject", "has more than 20 placeholders" },
  { "bad-template-translation.json", OUTREACH_CONTENT_ERROR_INVALID, "$.templates[0].subject@cy", "unknown placeholder “{nope}”" },
  { "bad-no-break-word.json", OUTREACH_CONTENT_ERROR_TOO_LARGE, "$.units[0].description[0]", "has a word of 452 characters with no place to break a line" },
  { "bad-leading-zero.json", OUTREACH_CONTENT_ERROR_SYNTAX, "2:13", "“01” is not a number" },
  { "bad-escaped-line-break.json", OUTREACH_CONTENT_ERROR_SYNTAX, "22:23", "“\\\xEF\xBF\xBD” is not a JSON escape" },
  { "bad-many-fields.json", OUTREACH_CONTENT_ERROR_TOO_LARGE, "17:10893", "an object has more than 1000 fields" },
  { "bad-link-too-long.json", OUTREACH_CONTENT_ERROR_UNSAFE_LINK, "$.links[0].url", "is longer than 2,000 characters" },
  { "bad-escaped-key.json", OUTREACH_CONTENT_ERROR_SYNTAX, "17:9", "without escapes" },
  { "bad-template-about-twice.json", OUTREACH_CONTENT_ERROR_DUPLICATE_ID, "$.templates[4].about[1]", "“hr” already has a template about “unit”: “teams” (at $.templates[3])" },
  { "bad-template-about-kind.json", OUTREACH_CONTENT_ERROR_INVALID, "$.templates[2].about[1]", "must be “page”, “unit” or “profile”, not “team”" },
  { "bad-template-about-get-in-touch.json", OUTREACH_CONTENT_ERROR_DUPLICATE_ID, "$.get_in_touch.unit", "“hr” already has a template about “unit”: “teams” (at $.templates[1])" },
  { "bad-employment-kind-unknown.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.profiles[0].employment", "no kind of employment has the id “staff”" },
  { "bad-employment-duplicate.json", OUTREACH_CONTENT_ERROR_DUPLICATE_ID, "$.employment[1].id", "first used at $.employment[0]" },
  { "bad-action-unresolved.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.pages[0].actions[1].page", "no page, unit or profile has the id “nowhere”" },
  { "bad-levels-not-strings.json", OUTREACH_CONTENT_ERROR_INVALID, "$.levels[1]", "must be a string" },
  { "bad-levels-alone.json", OUTREACH_CONTENT_ERROR_INVALID, "$.levels", "“levels” and “levels_plural” go together" },
  { "bad-levels-plural-count.json", OUTREACH_CONTENT_ERROR_INVALID, "$.levels_plural", "one name for each of “levels” (3)" },
  { "bad-levels-translation-count.json", OUTREACH_CONTENT_ERROR_INVALID, "$.levels@cy", "one name for each of “levels” (3)" },
  { "bad-contact-template-of-another.json", OUTREACH_CONTENT_ERROR_INVALID, "$.contacts[0].template", "template “vacancies” is a message to “recruitment”" },
  { "bad-template-person-placeholder.json", OUTREACH_CONTENT_ERROR_INVALID, "$.templates[0].subject", "{role} is empty except on a person's page, and this is the general template of “hr”" },
  { "bad-template-person-placeholder-about.json", OUTREACH_CONTENT_ERROR_INVALID, "$.templates[2].body", "{profile} is empty except on a person's page, and this template is written from pages of the kind “unit”" },
  { "bad-placeholder-case.json", OUTREACH_CONTENT_ERROR_INVALID, "$.templates[0].subject", "unknown placeholder “{Unit}”" },
  { "bad-placeholder-unclosed.json", OUTREACH_CONTENT_ERROR_INVALID, "$.templates[0].body", "“{unit (” has a “{” with no “}”" },
  { "bad-placeholder-lone-brace.json", OUTREACH_CONTENT_ERROR_INVALID, "$.templates[0].subject", "has a “}” with no “{”" },
  { "bad-invisible-name.json", OUTREACH_CONTENT_ERROR_INVALID, "$.units[0].children[0].name", "must not be empty" },
  { "bad-empty-translation.json", OUTREACH_CONTENT_ERROR_INVALID, "$.units[0].description@cy", "must not be an empty list" },
  { "bad-action-self.json", OUTREACH_CONTENT_ERROR_INVALID, "$.pages[0].actions[1].page", "“home” is this page itself" },
  { "bad-route-contact.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.routes[1].contact", "no contact has the id “nobody”" },
  { "bad-route-unresolved.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.pages[2].routes[1]", "no route has the id “nowhere”" },
  { "bad-route-missing-steps.json", OUTREACH_CONTENT_ERROR_INVALID, "$.routes[0]", "missing required field “steps”" },
  { "bad-route-wrong-type.json", OUTREACH_CONTENT_ERROR_INVALID, "$.routes[1].steps", "must be a list, not a string" },
  { "bad-route-duplicate.json", OUTREACH_CONTENT_ERROR_DUPLICATE_ID, "$.routes[1].id", "duplicate id “in-policing” (first used at $.routes[0])" },
  { "bad-tour-unresolved.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.tours[0].steps[2].page", "no page, unit or profile has the id “nowhere”" },
  { "bad-tour-empty-steps.json", OUTREACH_CONTENT_ERROR_INVALID, "$.tours[0].steps", "must not be an empty list" },
  { "bad-tours-empty.json", OUTREACH_CONTENT_ERROR_INVALID, "$.tours", "must not be an empty list" },
  { "bad-tour-duplicate.json", OUTREACH_CONTENT_ERROR_DUPLICATE_ID, "$.tours[1].id", "duplicate id “t” (first used at $.tours[0])" },
  { "bad-tour-wrong-type.json", OUTREACH_CONTENT_ERROR_INVALID, "$.tours[0].steps[0].notes", "must be a string, not a list" },
  { "bad-tour-steps-translated.json", OUTREACH_CONTENT_ERROR_INVALID, "$.tours[0].steps@cy", "unknown field “steps@cy”" },
  { "bad-tour-missing-page.json", OUTREACH_CONTENT_ERROR_INVALID, "$.tours[0].steps[0]", "a step needs a “page” or a “chart” to show" },
  { "bad-tour-chart-and-page.json", OUTREACH_CONTENT_ERROR_INVALID, "$.tours[0].steps[0].chart", "a step shows a “page” or the “chart”, not both" },
  { "bad-tour-chart-not-unit.json", OUTREACH_CONTENT_ERROR_UNRESOLVED, "$.tours[0].steps[1].chart", "no unit or team has the id “home”" },
};

static void
assert_problem (const OutreachProblem *problem,
                const char            *file,
                OutreachContentError   code,
                const char            *place,
                const char            *says)
{
  g_autofree char *text = outreach_problem_to_string (problem);
  g_autofree char *expected_start = NULL;

  g_test_message ("%s", text);
  g_assert_cmpint (problem->code, ==, code);
  g_assert_cmpstr (problem->file, ==, file);
  if (place[0] == '$')
    {
      g_assert_cmpstr (problem->path, ==, place);
      expected_start = g_strdup_printf ("%s: %s: ", file, place);
    }
  else
    expected_start = g_strdup_printf ("%s:%s: ", file, place);
  g_assert_true (g_str_has_prefix (text, expected_start));
  g_assert_nonnull (strstr (problem->message, says));
  /* one line of valid text that quotes, never repeats, what was wrong */
  g_assert_true (g_utf8_validate (problem->message, -1, NULL));
  g_assert_null (strpbrk (problem->message, "\r\n"));
  g_assert_cmpuint (g_utf8_strlen (problem->message, -1), <=, 3 * OUTREACH_TEXT_EXCERPT_CHARS);
}

/* An entry after a bad one is named at its own place, not its place among
 * the good ones */
static void
test_place_after_bad_entry (void)
{
  g_autofree char *path = test_pack_path ("bad-reference-after-a-number.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_file (path, &problems, NULL);

  g_assert_null (content);
  g_assert_cmpuint (problems->len, ==, 2);
  assert_problem (g_ptr_array_index (problems, 1), path, OUTREACH_CONTENT_ERROR_UNRESOLVED,
                  "$.sidebar[2]", "“nope”");
}

/* The pack's ways in: read with their contacts, shown by the pages that
 * name them, in the user's language; a pack without them has none */
static OutreachContent *
load_routes (const char *languages)
{
  g_autofree char *path = test_pack_path ("routes.json");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  OutreachContent *content;

  g_setenv ("LANGUAGE", languages, TRUE);
  content = outreach_content_load_file (path, &problems, &error);
  g_unsetenv ("LANGUAGE");
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  return content;
}

static void
test_routes (void)
{
  g_autoptr(OutreachContent) content = load_routes ("en");
  g_autoptr(OutreachContent) welsh = load_routes ("cy");
  g_autofree char *minimal_path = test_pack_path ("minimal.json");
  g_autoptr(OutreachContent) minimal = outreach_content_load_file (minimal_path, NULL, NULL);
  GListModel *routes = outreach_content_get_routes (content);
  g_autoptr(OutreachRoute) in = NULL;
  g_autoptr(OutreachRoute) new = NULL;
  g_autoptr(OutreachRoute) in_cy = NULL;
  const char * const in_steps[] = { "Write to HR about an attachment.", "HR finds you a sponsor.",
                                    NULL };
  const char * const *pages[] = { (const char *[]) { "home", "join-us", NULL },
                                  (const char *[]) { "people", NULL } };

  g_assert_cmpuint (g_list_model_get_n_items (routes), ==, 2);
  in = g_list_model_get_item (routes, 0);
  new = g_list_model_get_item (routes, 1);
  g_assert_cmpstr (outreach_route_get_id (in), ==, "in-policing");
  g_assert_cmpstr (outreach_route_get_title (in), ==, "Already in policing");
  g_assert_cmpstr (outreach_route_get_audience (in), ==, "For officers and staff.");
  g_assert_cmpstrv (outreach_route_get_steps (in), in_steps);
  g_assert_cmpstr (outreach_contact_get_id (outreach_route_get_contact (in)), ==, "hr");
  g_assert_cmpstr (outreach_route_get_title (new), ==, "New to policing");
  g_assert_cmpstr (outreach_contact_get_id (outreach_route_get_contact (new)), ==, "recruitment");

  /* Home and Join us show both, in the pack's order; other pages none */
  for (guint i = 0; pages[0][i] != NULL; i++)
    {
      GListModel *shown = outreach_page_get_routes (OUTREACH_PAGE (outreach_content_lookup (content,
                                                                                         pages[0][i])));
      g_autoptr(OutreachRoute) first = g_list_model_get_item (shown, 0);
      g_autoptr(OutreachRoute) second = g_list_model_get_item (shown, 1);

      g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
      g_assert_true (first == in);
      g_assert_true (second == new);
    }
  for (guint i = 0; pages[1][i] != NULL; i++)
    g_assert_cmpuint (g_list_model_get_n_items (outreach_page_get_routes (
                        OUTREACH_PAGE (outreach_content_lookup (content, pages[1][i])))), ==, 0);

  /* a route's button writes to its contact about the page it is on */
  {
    g_autoptr(OutreachMessage) message =
      outreach_message_new_for (content, outreach_contact_get_id (outreach_route_get_contact (new)),
                                outreach_content_get_home (content), NULL);

    g_assert_cmpstr (outreach_contact_get_address (outreach_message_get_contact (message)), ==,
                     "jobs@example.org");
    g_assert_cmpstr (outreach_message_get_subject (message), ==, "Vacancies: EXRU");
  }

  /* in Welsh where the pack has it, else in English */
  in_cy = g_list_model_get_item (outreach_content_get_routes (welsh), 0);
  g_assert_cmpstr (outreach_route_get_title (in_cy), ==, "Eisoes ym maes plismona");
  g_assert_cmpstr (outreach_route_get_steps (in_cy)[0], ==, "Ysgrifennwch at AD.");
  g_assert_cmpstr (outreach_route_get_audience (in_cy), ==, "For officers and staff.");

  /* a pack without routes (every other test pack) has none, anywhere */
  g_assert_nonnull (minimal);
  g_assert_cmpuint (g_list_model_get_n_items (outreach_content_get_routes (minimal)), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (outreach_page_get_routes (
                      OUTREACH_PAGE (outreach_content_get_home (minimal)))), ==, 0);
}

/* The built-in pack offers both ways in on Home and Join us: one writing
 * to HR, one to Recruitment */
/* The pack's tours: read in order with their steps' pages and notes, in
 * the user's language */
static OutreachContent *
load_pack (const char *file,
           const char *languages)
{
  g_autofree char *path = test_pack_path (file);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  OutreachContent *content;

  g_setenv ("LANGUAGE", languages, TRUE);
  content = outreach_content_load_file (path, &problems, &error);
  g_unsetenv ("LANGUAGE");
  g_assert_no_error (error);
  g_assert_cmpuint (problems->len, ==, 0);
  return content;
}

/* The ids of @tour's steps' pages, in order, joined with spaces; a chart
 * step's unit as "chart:ID" */
static char *
tour_step_ids (OutreachTour *tour)
{
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < outreach_tour_get_n_steps (tour); i++)
    g_string_append_printf (ids, "%s%s%s", i > 0 ? " " : "",
                            outreach_tour_get_step_chart (tour, i) ? "chart:" : "",
                            outreach_node_get_id (outreach_tour_get_step_node (tour, i)));
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
test_tours (void)
{
  g_autoptr(OutreachContent) content = load_pack ("tours.json", "en");
  g_autoptr(OutreachContent) welsh = load_pack ("tours.json", "cy");
  GListModel *tours = outreach_content_get_tours (content);
  g_autoptr(OutreachTour) tour = NULL;
  g_autoptr(OutreachTour) people = NULL;
  g_autoptr(OutreachTour) tour_cy = NULL;
  g_autofree char *ids = NULL;

  g_assert_true (g_list_model_get_item_type (tours) == OUTREACH_TYPE_TOUR);
  g_assert_cmpuint (g_list_model_get_n_items (tours), ==, 2);
  tour = g_list_model_get_item (tours, 0);
  people = g_list_model_get_item (tours, 1);
  g_assert_cmpstr (outreach_tour_get_id (tour), ==, "short");
  g_assert_cmpstr (outreach_tour_get_name (tour), ==, "A short tour");
  g_assert_cmpuint (outreach_tour_get_n_steps (tour), ==, 4);
  ids = tour_step_ids (tour);
  g_assert_cmpstr (ids, ==, "home chart:exru cyber alex");
  /* a page, the chart (with the top unit), a unit and a profile: the very
   * nodes the pack's tree has */
  g_assert_false (outreach_tour_get_step_chart (tour, 0));
  g_assert_true (outreach_tour_get_step_chart (tour, 1));
  g_assert_true (outreach_tour_get_step_node (tour, 1) == outreach_content_lookup (content, "exru"));
  g_assert_false (outreach_tour_get_step_chart (tour, 2));
  g_assert_true (outreach_tour_get_step_node (tour, 2) == outreach_content_lookup (content, "cyber"));
  g_assert_true (OUTREACH_IS_PROFILE (outreach_tour_get_step_node (tour, 3)));
  g_assert_cmpstr (outreach_tour_get_step_notes (tour, 0), ==, "Say hello.");
  g_assert_cmpstr (outreach_tour_get_step_notes (tour, 1), ==, "The whole unit.");
  g_assert_null (outreach_tour_get_step_notes (tour, 2));
  g_assert_cmpstr (outreach_tour_get_step_notes (tour, 3), ==, "One of our people.");
  /* what the presenter view calls each step */
  {
    g_autofree char *page_title = outreach_tour_dup_step_title (tour, 0);
    g_autofree char *chart_title = outreach_tour_dup_step_title (tour, 1);
    g_autofree char *unit_title = outreach_tour_dup_step_title (tour, 2);

    g_assert_cmpstr (page_title, ==, "Welcome");
    g_assert_cmpstr (chart_title, ==, "Structure: Example Regional Unit");
    g_assert_cmpstr (unit_title, ==, "Cyber Crime Unit");
  }
  g_assert_cmpstr (outreach_tour_get_name (people), ==, "Our people");
  g_assert_cmpuint (outreach_tour_get_n_steps (people), ==, 1);

  /* in Welsh where the pack has it, in English where it does not */
  tour_cy = g_list_model_get_item (outreach_content_get_tours (welsh), 0);
  g_assert_cmpstr (outreach_tour_get_name (tour_cy), ==, "Taith fer");
  g_assert_cmpstr (outreach_tour_get_step_notes (tour_cy, 0), ==, "Dywedwch helo.");
  g_assert_cmpstr (outreach_tour_get_step_notes (tour_cy, 3), ==, "One of our people.");
}

/* A tour asked for by id (--present, the bus): the first for none; an
 * unknown id quotes it and lists the first fifty of the pack's tours, and
 * how many more */
static void
test_find_tour (void)
{
  g_autoptr(GBytes) bytes = test_pack_read ("tours.json");
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GString) more = g_string_new ("\"tours\": [");
  g_autoptr(GBytes) many = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(OutreachTour) first = NULL;
  g_autoptr(OutreachTour) named = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 60; i++)
    g_string_append_printf (more, "{ \"id\": \"t%02u\", \"name\": \"T\", \"steps\": [{ \"page\": \"home\" }] }, ", i);
  g_assert_cmpuint (g_string_replace (text, "\"tours\": [", more->str, 1), ==, 1);
  many = g_string_free_to_bytes (g_steal_pointer (&text));
  content = outreach_content_load_bytes (many, "many-tours.json", NULL, &error);
  g_assert_no_error (error);

  first = outreach_content_find_tour (content, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (outreach_tour_get_id (first), ==, "t00");
  named = outreach_content_find_tour (content, "people", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (outreach_tour_get_id (named), ==, "people");

  g_assert_null (outreach_content_find_tour (content, "nope", &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_test_message ("%s", error->message);
  g_assert_true (g_str_has_prefix (error->message, "There is no tour with the id “nope”. The pack’s tours: t00, t01,"));
  g_assert_nonnull (strstr (error->message, "t49 and 12 more."));
  g_assert_null (strstr (error->message, "t50"));
}

/* A pack without tours gets one: Home, About, the chart of the whole unit,
 * each capability, Our people, Join us, whichever of those it has */
static void
test_default_tour (void)
{
  struct { const char *file; const char *ids; } packs[] = {
    { "minimal.json", "home chart:exru cyber fraud people join-us" },
    { "other-unit.json", "home chart:nfcd smuggling-group piracy-group records-group" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (packs); i++)
    {
      g_autoptr(OutreachContent) content = load_pack (packs[i].file, "en");
      GListModel *tours = outreach_content_get_tours (content);
      g_autoptr(OutreachTour) tour = NULL;
      g_autofree char *ids = NULL;

      g_assert_cmpuint (g_list_model_get_n_items (tours), ==, 1);
      tour = g_list_model_get_item (tours, 0);
      g_assert_cmpstr (outreach_tour_get_id (tour), ==, "default");
      ids = tour_step_ids (tour);
      g_assert_cmpstr (ids, ==, packs[i].ids);
      for (guint j = 0; j < outreach_tour_get_n_steps (tour); j++)
        g_assert_null (outreach_tour_get_step_notes (tour, j));
    }
  {
    g_autoptr(OutreachContent) content = load_pack ("minimal.json", "en");
    g_autoptr(OutreachTour) tour = g_list_model_get_item (outreach_content_get_tours (content), 0);

    g_assert_cmpstr (outreach_tour_get_name (tour), ==, "Example Regional Unit");
  }
}

/* The built-in pack's own tour, with notes at every step */
static void
test_builtin_tour (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_builtin (&error);
  GListModel *tours;
  g_autoptr(OutreachTour) tour = NULL;
  g_autofree char *ids = NULL;

  g_assert_no_error (error);
  tours = outreach_content_get_tours (content);
  g_assert_cmpuint (g_list_model_get_n_items (tours), ==, 1);
  tour = g_list_model_get_item (tours, 0);
  g_assert_cmpstr (outreach_tour_get_name (tour), ==, "Introducing the SEROCU");
  ids = tour_step_ids (tour);
  g_assert_cmpstr (ids, ==, "home about chart:serocu siu investigations recu cyber people join-us");
  for (guint i = 0; i < outreach_tour_get_n_steps (tour); i++)
    g_assert_nonnull (outreach_tour_get_step_notes (tour, i));
}

static void
test_builtin_routes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_builtin (&error);
  const char *pages[] = { "home", "join-us" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      GListModel *shown = outreach_page_get_routes (OUTREACH_PAGE (outreach_content_lookup (content,
                                                                                         pages[i])));
      g_autoptr(OutreachRoute) in = g_list_model_get_item (shown, 0);
      g_autoptr(OutreachRoute) new = g_list_model_get_item (shown, 1);

      g_assert_cmpuint (g_list_model_get_n_items (shown), ==, 2);
      g_assert_cmpstr (outreach_route_get_title (in), ==, "Already in policing");
      g_assert_cmpstr (outreach_contact_get_id (outreach_route_get_contact (in)), ==, "hr");
      g_assert_cmpstr (outreach_route_get_title (new), ==, "New to policing");
      g_assert_cmpstr (outreach_contact_get_id (outreach_route_get_contact (new)), ==,
                       "recruitment");
      g_assert_cmpuint (g_strv_length ((char **) outreach_route_get_steps (new)), >=, 2);
    }
}

static void
test_bad_pack (gconstpointer data)
{
  const BadPack *bad = data;
  g_autofree char *path = test_pack_path (bad->file);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_file (path, &problems, &error);
  g_autofree char *first = NULL;

  g_assert_null (content);
  g_assert_error (error, OUTREACH_CONTENT_ERROR, (int) bad->code);
  g_assert_cmpuint (problems->len, >=, 1);
  assert_problem (g_ptr_array_index (problems, 0), path, bad->code, bad->place, bad->says);
  /* the error is the first problem, as the window shows it */
  first = outreach_problem_to_string (g_ptr_array_index (problems, 0));
  g_assert_cmpstr (error->message, ==, first);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_file ("/nonexistent/pack.json",
                                                                    NULL, &error);
  g_autofree char *fifo = g_build_filename (g_get_tmp_dir (), "outreach-test-fifo", NULL);
  g_autofree char *dir = g_dir_make_tmp ("outreach-test-XXXXXX", NULL);
  g_autofree char *odd_name = g_build_filename (dir, "two\nlines.json", NULL);
  g_autofree char *bom = g_build_filename (dir, "bom.json", NULL);
  g_autofree char *minimal = test_pack_path ("minimal.json");
  g_autofree char *pack = NULL;
  gsize length;

  /* the app's own words, the name once, no C function */
  g_assert_null (content);
  g_assert_error (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "/nonexistent/pack.json: there is no such file");

  g_clear_error (&error);
  content = outreach_content_load_file ("/", NULL, &error);
  g_assert_error (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_IO);
  g_assert_cmpstr (error->message, ==, "/: it is a folder, not a file");

  /* a FIFO is refused at once: opening it must not wait for a writer */
  g_clear_error (&error);
  g_unlink (fifo);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  content = outreach_content_load_file (fifo, NULL, &error);
  g_assert_error (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_IO);
  g_assert_true (g_str_has_suffix (error->message, ": it is not a regular file"));
  g_unlink (fifo);

  /* a line break in a file name cannot forge a second problem line */
  g_clear_error (&error);
  g_assert_true (g_file_set_contents (odd_name, "{", -1, NULL));
  content = outreach_content_load_file (odd_name, NULL, &error);
  g_assert_nonnull (error);
  g_assert_null (strchr (error->message, '\n'));
  g_unlink (odd_name);

  /* a byte-order mark, as Windows editors write, is not part of the document */
  g_clear_error (&error);
  g_assert_true (g_file_get_contents (minimal, &pack, &length, NULL));
  {
    g_autofree char *with_bom = g_strconcat ("\xEF\xBB\xBF", pack, NULL);
    g_assert_true (g_file_set_contents (bom, with_bom, -1, NULL));
  }
  content = outreach_content_load_file (bom, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (content);
  g_unlink (bom);
  g_rmdir (dir);
}

static void
test_every_problem_reported (void)
{
  /* two problems in two places: both are listed, in document order */
  static const char json[] =
    "{\"schema\": 1, \"organisation\": {\"name\": \"\"},"
    " \"sidebar\": [\"home\", \"nowhere\"],"
    " \"pages\": [{\"id\": \"home\", \"title\": \"Home\"}],"
    " \"units\": [{\"id\": \"u\", \"name\": \"U\", \"description\": [\"d\"]}],"
    " \"templates\": [{\"id\": \"t\", \"contact\": \"c\", \"subject\": \"s\", \"body\": [\"b\"]}],"
    " \"get_in_touch\": {\"page\": \"t\", \"unit\": \"t\", \"profile\": \"t\"},"
    " \"contacts\": [{\"id\": \"c\", \"name\": \"C\", \"purpose\": \"p\", \"address\": \"x\","
    " \"template\": \"t\"}]}";
  g_autoptr(GBytes) bytes = g_bytes_new_static (json, sizeof json - 1);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_bytes (bytes, "two.json",
                                                                     &problems, NULL);

  g_assert_null (content);
  g_assert_cmpuint (problems->len, ==, 3);
  assert_problem (g_ptr_array_index (problems, 0), "two.json", OUTREACH_CONTENT_ERROR_INVALID,
                  "$.organisation.name", "must not be empty");
  assert_problem (g_ptr_array_index (problems, 1), "two.json", OUTREACH_CONTENT_ERROR_BAD_ADDRESS,
                  "$.contacts[0].address", "“x”");
  assert_problem (g_ptr_array_index (problems, 2), "two.json", OUTREACH_CONTENT_ERROR_UNRESOLVED,
                  "$.sidebar[1]", "“nowhere”");
}

static void
test_leniencies_refused (void)
{
  /* what json-glib 1.6 would accept, and a pack may not use */
  static const struct { const char *json; OutreachContentError code; const char *says; } cases[] = {
    { "{'schema': 1}", OUTREACH_CONTENT_ERROR_SYNTAX, "double quotes" },
    { "{\"schema\": 0x10}", OUTREACH_CONTENT_ERROR_SYNTAX, "not a number" },
    { "[1] [2]", OUTREACH_CONTENT_ERROR_SYNTAX, "after the end" },
    { "{\"schema\": 1} // note", OUTREACH_CONTENT_ERROR_SYNTAX, "after the end" },
    { "", OUTREACH_CONTENT_ERROR_SYNTAX, "empty" },
    { "{\"a\": [1, 2", OUTREACH_CONTENT_ERROR_SYNTAX, "ends before" },
    { "{\"a\": \"unclosed}", OUTREACH_CONTENT_ERROR_SYNTAX, "not closed" },
    { "{\"a\": nope}", OUTREACH_CONTENT_ERROR_SYNTAX, "“nope”" },
    { "{\"a\": \"x\ty\"}", OUTREACH_CONTENT_ERROR_SYNTAX, "control character" },
    { "{\"schema\": \"1\"}", OUTREACH_CONTENT_ERROR_SCHEMA_VERSION, "not supported" },
    /* (1.0 is 1, as JSON and the JSON Schema compare numbers: test-schema.py) */
    { "{\"schema\": 1.5}", OUTREACH_CONTENT_ERROR_SCHEMA_VERSION, "not supported" },
    { "{\"schema\": 2.0}", OUTREACH_CONTENT_ERROR_SCHEMA_VERSION, "not supported" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new_static (cases[i].json, strlen (cases[i].json));
      g_autoptr(GError) error = NULL;
      g_autoptr(OutreachContent) content = outreach_content_load_bytes (bytes, "x.json", NULL,
                                                                         &error);

      g_test_message ("%s → %s", cases[i].json, error ? error->message : "(loaded)");
      g_assert_null (content);
      g_assert_error (error, OUTREACH_CONTENT_ERROR, (int) cases[i].code);
      g_assert_nonnull (strstr (error->message, cases[i].says));
    }
}

static void
test_markup_is_text (void)
{
  /* markup in a pack is valid text: it is loaded as it is, for the UI to
   * show literally (checked in test-window) */
  g_autoptr(GBytes) bytes = test_pack_minimal_with ("\"Fraud Team\"",
                                                    "\"<b>Fraud</b> <span size='99999'>Team</span>\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = NULL;

  content = outreach_content_load_bytes (bytes, "markup.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (outreach_node_get_title (outreach_content_lookup (content, "fraud")), ==,
                   "<b>Fraud</b> <span size='99999'>Team</span>");
}

/* The minimal pack with the organisation's and the unit's names in Welsh
 * (and the unit's also in Welsh as written in Wales) and the unit's
 * description in French, loaded for a user who reads @languages. */
static OutreachContent *
load_translated (const char  *languages,
                 const char  *extra,
                 GPtrArray  **problems,
                 GError     **error)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  g_autoptr(GBytes) bytes = NULL;
  char *translated;
  const char *name = "\"name\": \"Example Regional Unit\",";

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  parts = g_strsplit (text, name, -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 3);  /* the organisation and the unit */
  translated = g_strconcat (parts[0], name,
                            "\"name@cy\": \"Uned Ranbarthol Enghreifftiol\",",
                            parts[1], name,
                            "\"name@cy\": \"Uned Ranbarthol\", "
                            "\"name@cy_GB\": \"Uned Ranbarthol (Cymru)\", "
                            "\"description@fr\": [\"L’unité.\"], ", extra,
                            parts[2], NULL);
  bytes = g_bytes_new_take (translated, strlen (translated));

  g_setenv ("LANGUAGE", languages, TRUE);
  return outreach_content_load_bytes (bytes, "translated.json", problems, error);
}

static void
test_translations (void)
{
  g_autoptr(OutreachContent) welsh = NULL;
  g_autoptr(OutreachContent) wales = NULL;
  g_autoptr(OutreachContent) french = NULL;
  g_autoptr(OutreachContent) english = NULL;
  g_autoptr(GError) error = NULL;
  OutreachNode *unit;

  /* Welsh: both names are Welsh; the description has no Welsh: English */
  welsh = load_translated ("cy", "", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (outreach_content_get_name (welsh), ==, "Uned Ranbarthol Enghreifftiol");
  unit = outreach_content_lookup (welsh, "exru");
  g_assert_cmpstr (outreach_node_get_title (unit), ==, "Uned Ranbarthol");
  g_assert_cmpstr (outreach_unit_get_description (OUTREACH_UNIT (unit))[0], ==, "The unit.");
  /* the short name has no variant at all */
  g_assert_cmpstr (outreach_content_get_short_name (welsh), ==, "EXRU");

  /* the most precise language the pack has wins, field by field */
  wales = load_translated ("cy_GB:cy", "", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (outreach_node_get_title (outreach_content_lookup (wales, "exru")), ==,
                   "Uned Ranbarthol (Cymru)");
  g_assert_cmpstr (outreach_content_get_name (wales), ==, "Uned Ranbarthol Enghreifftiol");

  french = load_translated ("fr", "", NULL, &error);
  g_assert_no_error (error);
  unit = outreach_content_lookup (french, "exru");
  g_assert_cmpstr (outreach_node_get_title (unit), ==, "Example Regional Unit");
  g_assert_cmpstr (outreach_unit_get_description (OUTREACH_UNIT (unit))[0], ==, "L’unité.");

  english = load_translated ("en_GB", "", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (outreach_content_get_name (english), ==, "Example Regional Unit");
  g_unsetenv ("LANGUAGE");
}

static void
test_bad_translations (void)
{
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;

  /* a variant is checked like its field, even when another language shows;
   * an id has no variants; neither has a field the object does not have */
  content = load_translated ("en", "\"abbreviation@cy\": 5, \"id@cy\": \"x\", "
                                   "\"colour@cy\": \"coch\", \"name@\": \"x\", ",
                             &problems, &error);
  g_unsetenv ("LANGUAGE");
  g_assert_null (content);
  g_assert_cmpuint (problems->len, ==, 4);
  /* in no particular order: json-glib 1.6 keeps an object's members in a hash table */
  for (guint i = 0; i < problems->len; i++)
    {
      const OutreachProblem *problem = g_ptr_array_index (problems, i);
      gboolean type = g_str_has_suffix (problem->path, ".abbreviation@cy");

      g_assert_true (type || g_str_has_suffix (problem->path, ".id@cy") ||
                     g_str_has_suffix (problem->path, ".colour@cy") ||
                     g_str_has_suffix (problem->path, ".name@"));
      assert_problem (problem, "translated.json", OUTREACH_CONTENT_ERROR_INVALID, problem->path,
                      type ? "must be a string" : "unknown field");
    }
}

/* The address rules, one at a time: what a pack's contact may be */
static void
test_address_rules (void)
{
  g_autofree char *longest_local = g_strnfill (64, 'a');
  g_autofree char *label_63 = g_strnfill (63, 'b');
  g_autofree char *label_64 = g_strnfill (64, 'b');
  g_autofree char *label_58 = g_strnfill (58, 'c');
  g_autofree char *at_254 = g_strdup_printf ("%s@%s.%s.%s.cc", longest_local, label_63, label_63,
                                             label_58);
  g_autofree char *at_255 = g_strdup_printf ("%sx", at_254);
  g_autofree char *long_label = g_strdup_printf ("a@%s.org", label_64);
  g_autofree char *ok_label = g_strdup_printf ("a@%s.org", label_63);
  static const char *good[] = {
    "SEHR@ThamesValley.pnn.police.uk", "CTPSE&SEROCUdiversity@thamesvalley.pnn.police.uk",
    "first.last@example.org", "a+b@example.org", "x@a-b.example.org", NULL
  };
  static const char *bad[] = {
    "", "plain", "@example.org", "a@", "a@b", "a@@example.org", "a@b@example.org",
    ".a@example.org", "a.@example.org", "a..b@example.org", "a b@example.org",
    "a@-example.org", "a@example-.org", "a@example..org", "a@example.org.", "a@example.o2",
    "a@example.123", "a@exa_mple.org", "\"a\"@example.org", "a@example.org?bcc=c@d.org",
    "Name <a@example.org>", "a@example.org\n", NULL
  };

  for (guint i = 0; good[i] != NULL; i++)
    g_assert_true (outreach_address_is_plain (good[i]));
  for (guint i = 0; bad[i] != NULL; i++)
    {
      g_test_message ("refused: %s", bad[i]);
      g_assert_false (outreach_address_is_plain (bad[i]));
    }
  /* 254 characters at most, labels of 63 at most */
  g_assert_cmpuint (strlen (at_254), ==, 254);
  g_assert_true (outreach_address_is_plain (at_254));
  g_assert_false (outreach_address_is_plain (at_255));
  g_assert_true (outreach_address_is_plain (ok_label));
  g_assert_false (outreach_address_is_plain (long_label));
}

/* A hostile list could make 200,000 problems: a person reads a hundred,
 * then how many more there are */
static void
test_problems_bounded (void)
{
  g_autoptr(GString) json = g_string_new ("{\"schema\": 1, \"sidebar\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(OutreachContent) content = NULL;
  const OutreachProblem *last;

  for (guint i = 0; i < 500; i++)
    g_string_append_printf (json, "%s\"nowhere-%u\"", i ? ", " : "", i);
  g_string_append (json, "]}");
  bytes = g_string_free_to_bytes (g_steal_pointer (&json));
  content = outreach_content_load_bytes (bytes, "many.json", &problems, NULL);
  g_assert_null (content);
  g_assert_cmpuint (problems->len, ==, 101);
  last = g_ptr_array_index (problems, 100);
  g_assert_true (g_str_has_prefix (last->message, "… and "));
  g_assert_true (g_str_has_suffix (last->message, " more problems"));
}

/* What a pack calls itself and its parts: the app, its levels, its kinds of
 * employment, its calls to action; and what a pack that does not say gets */

static OutreachContent *
load_data_pack (const char *name)
{
  g_autofree char *path = test_pack_path (name);
  g_autoptr(GError) error = NULL;
  OutreachContent *content = outreach_content_load_file (path, NULL, &error);

  g_assert_no_error (error);
  return content;
}

static const char *
kind_name (OutreachContent *content,
           const char      *id)
{
  return outreach_node_get_kind_name (outreach_content_lookup (content, id));
}

static const char *
children_heading (OutreachContent *content,
                  const char      *id)
{
  return outreach_unit_get_children_heading (OUTREACH_UNIT (outreach_content_lookup (content, id)));
}

static void
test_names_default (void)
{
  g_autoptr(OutreachContent) content = load_data_pack ("minimal.json");
  OutreachProfile *alex = OUTREACH_PROFILE (outreach_content_lookup (content, "alex"));
  OutreachPage *home = OUTREACH_PAGE (outreach_content_get_home (content));

  g_assert_cmpstr (outreach_content_get_app_name (content), ==, "EXRU Outreach");
  g_assert_cmpstr (kind_name (content, "exru"), ==, "Unit");
  g_assert_cmpstr (kind_name (content, "cyber"), ==, "Capability");
  g_assert_cmpstr (kind_name (content, "pursue"), ==, "Team");
  g_assert_cmpstr (children_heading (content, "exru"), ==, "Capabilities");
  g_assert_cmpstr (children_heading (content, "cyber"), ==, "Teams");
  g_assert_cmpstr (outreach_profile_get_employment (alex), ==, "staff");
  g_assert_cmpstr (outreach_profile_get_employment_label (alex), ==, "Police staff");
  g_assert_cmpstr (outreach_content_get_employment_name (content, "officer"), ==, "Police officer");
  g_assert_null (outreach_content_get_employment_name (content, "volunteer"));
  /* Home shows its usual buttons */
  g_assert_false (outreach_page_has_actions (home));
  g_assert_cmpuint (outreach_page_get_n_actions (home), ==, 0);
}

static void
test_names_from_pack (void)
{
  g_autoptr(OutreachContent) content = load_data_pack ("other-unit.json");
  OutreachProfile *priya = OUTREACH_PROFILE (outreach_content_lookup (content, "priya"));
  OutreachProfile *morgan = OUTREACH_PROFILE (outreach_content_lookup (content, "morgan"));
  OutreachPage *home = OUTREACH_PAGE (outreach_content_get_home (content));
  OutreachPage *contact_us = OUTREACH_PAGE (outreach_content_lookup (content, "contact-us"));
  static const char *home_actions[][2] = {
    { "See the desks", "smuggling-group" },
    { "Hear from Priya", "priya" },
    { "Write to us", "contact-us" },
  };

  g_assert_cmpstr (outreach_content_get_app_name (content), ==, "Northmoor Careers");
  g_assert_cmpstr (kind_name (content, "nfcd"), ==, "Directorate");
  g_assert_cmpstr (kind_name (content, "smuggling-group"), ==, "Group");
  g_assert_cmpstr (kind_name (content, "livestock-desk"), ==, "Desk");
  g_assert_cmpstr (kind_name (content, "priya"), ==, "Person");
  g_assert_cmpstr (children_heading (content, "nfcd"), ==, "Groups");
  g_assert_cmpstr (children_heading (content, "piracy-group"), ==, "Desks");

  /* the pack's own kinds, and only those */
  g_assert_cmpstr (outreach_profile_get_employment (priya), ==, "volunteer");
  g_assert_cmpstr (outreach_profile_get_employment_label (priya), ==, "Volunteer");
  g_assert_cmpstr (outreach_profile_get_employment_label (morgan), ==, "Customs officer");
  g_assert_null (outreach_content_get_employment_name (content, "staff"));

  g_assert_true (outreach_page_has_actions (home));
  g_assert_cmpuint (outreach_page_get_n_actions (home), ==, G_N_ELEMENTS (home_actions));
  for (guint i = 0; i < G_N_ELEMENTS (home_actions); i++)
    {
      const OutreachPageAction *action = outreach_page_get_action (home, i);

      g_assert_cmpstr (action->label, ==, home_actions[i][0]);
      g_assert_true (action->target == outreach_content_lookup (content, home_actions[i][1]));
    }
  g_assert_cmpuint (outreach_page_get_n_actions (contact_us), ==, 1);
  g_assert_cmpstr (outreach_node_get_id (outreach_page_get_action (contact_us, 0)->target), ==,
                   "staff-stories");
}

/* The built-in pack names its Home buttons, rather than relying on the ids
 * "people" and "join-us" */
static void
test_names_builtin_home (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachPage *home = OUTREACH_PAGE (outreach_content_get_home (content));
  static const char *targets[] = { "serocu", "people", "join-us" };

  g_assert_cmpstr (outreach_content_get_app_name (content), ==, "SEROCU Outreach");
  g_assert_cmpuint (outreach_page_get_n_actions (home), ==, G_N_ELEMENTS (targets));
  for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
    g_assert_cmpstr (outreach_node_get_id (outreach_page_get_action (home, i)->target), ==,
                     targets[i]);
  g_assert_cmpstr (outreach_page_get_action (home, 0)->label, ==, "Explore the unit");
}

/* A unit deeper than the names a pack gives takes the last */
static void
test_names_deeper_than_levels (void)
{
  g_autoptr(GBytes) bytes = test_pack_minimal_with ("\"schema\": 1,",
                                                    "\"schema\": 1, "
                                                    "\"levels\": [\"Directorate\", \"Group\"], "
                                                    "\"levels_plural\": [\"Directorates\", \"Groups\"],");
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_bytes (bytes, "levels.json", NULL,
                                                                    &error);

  g_assert_no_error (error);
  g_assert_cmpstr (kind_name (content, "exru"), ==, "Directorate");
  g_assert_cmpstr (kind_name (content, "cyber"), ==, "Group");
  g_assert_cmpstr (kind_name (content, "pursue"), ==, "Group");
  g_assert_cmpstr (children_heading (content, "exru"), ==, "Groups");
  g_assert_cmpstr (children_heading (content, "cyber"), ==, "Groups");
}

/* The problems of @pack for a user who reads @languages: "CODE PATH" each */
static GStrv
problems_in (const char *pack,
             const char *languages)
{
  g_autofree char *path = test_pack_path (pack);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_setenv ("LANGUAGE", languages, TRUE);
  content = outreach_content_load_file (path, &problems, NULL);
  g_unsetenv ("LANGUAGE");
  for (guint i = 0; problems != NULL && i < problems->len; i++)
    {
      const OutreachProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *line = g_strdup_printf ("%d %s", problem->code,
                                               problem->path ? problem->path : "");

      g_strv_builder_add (builder, line);
    }
  return g_strv_builder_end (builder);
}

/* Whether a pack is good does not depend on the language it is read in:
 * every variant is checked, whichever is shown. Every bad pack has the
 * same problems, at the same places, for an English and a Welsh user. */
static void
test_same_in_every_language (void)
{
  g_autoptr(GDir) dir = g_dir_open (g_test_get_filename (G_TEST_DIST, "data", NULL), 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_auto(GStrv) english = NULL;
      g_auto(GStrv) welsh = NULL;

      if (!g_str_has_suffix (name, ".json"))
        continue;
      english = problems_in (name, "C");
      welsh = problems_in (name, "cy");
      g_test_message ("%s: %u problems", name, g_strv_length (english));
      g_assert_cmpstrv (english, welsh);
      n++;
    }
  g_assert_cmpuint (n, >, 60);

  /* the pack the Welsh user once lost to the built-in one */
  {
    g_auto(GStrv) welsh = problems_in ("bad-levels-translation-count.json", "cy");
    g_autofree char *first = g_strdup_printf ("%d $.levels@cy", OUTREACH_CONTENT_ERROR_INVALID);
    g_autofree char *second = g_strdup_printf ("%d $.levels_plural@cy",
                                               OUTREACH_CONTENT_ERROR_INVALID);
    const char *expected[] = { first, second, NULL };

    g_assert_cmpstrv (welsh, expected);
  }
}

/* "{{" and "}}" write a brace; a pack may use them */
static void
test_template_braces (void)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  char *braced;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(OutreachMessage) message = NULL;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  parts = g_strsplit (text, "\"Enquiry: {unit}\"", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  braced = g_strjoinv ("\"Enquiry {{ref}}: {unit} }}\"", parts);
  bytes = g_bytes_new_take (braced, strlen (braced));
  content = outreach_content_load_bytes (bytes, "braces.json", NULL, &error);
  g_assert_no_error (error);
  message = outreach_message_new_for (content, "hr", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (outreach_message_get_subject (message), ==,
                   "Enquiry {ref}: Example Regional Unit }");
}

/* The names are text like any other: in the user's language where the pack has it */
static void
test_names_translated (void)
{
  g_autoptr(OutreachContent) content = NULL;
  OutreachProfile *priya, *morgan;

  g_setenv ("LANGUAGE", "cy", TRUE);
  content = load_data_pack ("other-unit.json");
  g_unsetenv ("LANGUAGE");
  priya = OUTREACH_PROFILE (outreach_content_lookup (content, "priya"));
  morgan = OUTREACH_PROFILE (outreach_content_lookup (content, "morgan"));

  g_assert_cmpstr (kind_name (content, "nfcd"), ==, "Cyfarwyddiaeth");
  g_assert_cmpstr (kind_name (content, "broadcast-desk"), ==, "Desg");
  g_assert_cmpstr (children_heading (content, "nfcd"), ==, "Grwpiau");
  g_assert_cmpstr (outreach_profile_get_employment_label (priya), ==, "Gwirfoddolwr");
  /* no Welsh for this one: the pack's English */
  g_assert_cmpstr (outreach_profile_get_employment_label (morgan), ==, "Customs officer");
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/content/builtin/structure", test_builtin_structure);
  g_test_add_func ("/content/builtin/descriptions", test_builtin_descriptions);
  g_test_add_func ("/content/builtin/people-and-contacts", test_builtin_people_and_contacts);
  g_test_add_func ("/content/minimal", test_minimal_pack);
  g_test_add_func ("/content/routes", test_routes);
  g_test_add_func ("/content/tours", test_tours);
  g_test_add_func ("/content/tours/default", test_default_tour);
  g_test_add_func ("/content/tours/find", test_find_tour);
  g_test_add_func ("/content/tours/builtin", test_builtin_tour);
  g_test_add_func ("/content/builtin/routes", test_builtin_routes);
  for (guint i = 0; i < G_N_ELEMENTS (bad_packs); i++)
    {
      g_autofree char *name = g_strdup_printf ("/content/bad/%s", bad_packs[i].file);
      g_test_add_data_func (name, &bad_packs[i], test_bad_pack);
    }
  g_test_add_func ("/content/missing-file", test_missing_file);
  g_test_add_func ("/content/place-after-a-bad-entry", test_place_after_bad_entry);
  g_test_add_func ("/content/address-rules", test_address_rules);
  g_test_add_func ("/content/problems-bounded", test_problems_bounded);
  g_test_add_func ("/content/every-problem-reported", test_every_problem_reported);
  g_test_add_func ("/content/leniencies-refused", test_leniencies_refused);
  g_test_add_func ("/content/markup-is-text", test_markup_is_text);
  g_test_add_func ("/content/translations", test_translations);
  g_test_add_func ("/content/translations/bad", test_bad_translations);
  g_test_add_func ("/content/names/default", test_names_default);
  g_test_add_func ("/content/names/from-pack", test_names_from_pack);
  g_test_add_func ("/content/names/builtin-home", test_names_builtin_home);
  g_test_add_func ("/content/names/deeper-than-levels", test_names_deeper_than_levels);
  g_test_add_func ("/content/names/translated", test_names_translated);
  g_test_add_func ("/content/same-in-every-language", test_same_in_every_language);
  g_test_add_func ("/content/template-braces", test_template_braces);

  return g_test_run ();
}
