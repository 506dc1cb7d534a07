/* test-search.c: the search index, on the built-in pack, with no display
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <string.h>

#include "outreach-search.h"
#include "test-packs.h"

static OutreachSearch *
builtin_index (OutreachContent **content_out)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();

  if (content_out)
    *content_out = g_object_ref (content);
  return outreach_search_new (content);
}

static char *
top_ids (GListModel *results,
         guint       n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < MIN (n, g_list_model_get_n_items (results)); i++)
    {
      g_autoptr(OutreachSearchResult) r = g_list_model_get_item (results, i);

      g_string_append_printf (s, "%s%s", i ? " " : "",
                              outreach_node_get_id (outreach_search_result_get_node (r)));
    }
  return g_string_free (s, FALSE);
}

/* What a person would expect first, for what they would type. */
static const char *expected_first[][2] = {
  { "rart", "rart" },
  { "RART", "rart" },
  { "money laundering", "fist" },
  { "gatwick", "rct" },
  { "Gatwick Airport", "rct" },
  { "undercover", "ucol" },
  { "cryptocurrency", "charlotte" },
  { "dark web", "dark-web" },
  { "cyber", "cyber" },
  { "SERPIT", "serpit" },
  { "prison", "serpit" },
  { "opsy", "opsy" },
  { "county lines", "county-lines" },
  { "fraud", "rft" },
  { "asset recovery", "rart" },
  { "confiscation", "ace" },
  { "jody", "jody" },
  { "intelligence development officer", "charlotte" },
  { "detective", "frank" },
  { "attachment", "join-us" },
  { "sponsor", "join-us" },
  { "vacancies", "join-us" },
  { "£37 billion", "about" },
  { "Yorkshire", "about" },
  { "malware", "cyber-pursue" },
  { "telematics", "digital-forensics" },
  { "gain", "gain" },
  { "hr", "hr-team" },
  { "surveillance", "tsu" },
  { "economic crime", "recu" },
};

static void
test_expected_first (void)
{
  g_autoptr(OutreachSearch) search = builtin_index (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (expected_first); i++)
    {
      g_autoptr(GListModel) results = outreach_search_query (search, expected_first[i][0], 20);
      g_autofree char *top = top_ids (results, 5);

      g_test_message ("%-35s → %s", expected_first[i][0], top);
      g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
      g_assert_true (g_str_has_prefix (top, expected_first[i][1]) &&
                     (top[strlen (expected_first[i][1])] == '\0' ||
                      top[strlen (expected_first[i][1])] == ' '));
    }
}

static void
test_case_and_accents (void)
{
  g_autoptr(OutreachSearch) search = builtin_index (NULL);
  static const char *same[] = { "gatwick", "GATWICK", "Gätwíck", "  gatwick  " };
  g_autoptr(GListModel) reference = outreach_search_query (search, same[0], 20);
  g_autofree char *expected = top_ids (reference, 20);

  for (guint i = 1; i < G_N_ELEMENTS (same); i++)
    {
      g_autoptr(GListModel) results = outreach_search_query (search, same[i], 20);
      g_autofree char *got = top_ids (results, 20);

      g_assert_cmpstr (got, ==, expected);
    }

  /* "cliché" is in Charlotte's story: found without the accent too */
  {
    g_autoptr(GListModel) results = outreach_search_query (search, "cliche", 20);
    g_autofree char *got = top_ids (results, 1);

    g_assert_cmpstr (got, ==, "charlotte");
  }
}

static void
test_names_rank_above_text (void)
{
  g_autoptr(OutreachSearch) search = builtin_index (NULL);
  g_autoptr(GListModel) results = outreach_search_query (search, "covert", 20);
  g_autoptr(OutreachSearchResult) first = g_list_model_get_item (results, 0);
  g_autoptr(OutreachSearchResult) last = g_list_model_get_item (results,
                                                                g_list_model_get_n_items (results) - 1);

  /* the Covert Operations Unit by name, before pages that mention covert work */
  g_assert_cmpstr (outreach_node_get_id (outreach_search_result_get_node (first)), ==, "cou");
  g_assert_cmpfloat (outreach_search_result_get_score (first), >,
                     outreach_search_result_get_score (last));
  g_assert_cmpuint (g_list_model_get_n_items (results), >, 2);
}

static void
test_every_word_must_match (void)
{
  g_autoptr(OutreachSearch) search = builtin_index (NULL);
  g_autoptr(GListModel) none = outreach_search_query (search, "gatwick zebra", 20);
  g_autoptr(GListModel) empty = outreach_search_query (search, "   ", 20);
  g_autoptr(GListModel) punctuation = outreach_search_query (search, "?!", 20);
  g_autoptr(GListModel) limited = outreach_search_query (search, "the", 3);

  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (empty), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (punctuation), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (limited), ==, 3);
}

static void
test_word_starts_only (void)
{
  g_autoptr(OutreachSearch) search = builtin_index (NULL);
  /* "web" starts words in "Dark Web" but is inside "webinars": only a word start counts */
  g_autoptr(GListModel) results = outreach_search_query (search, "ebinars", 20);

  g_assert_cmpuint (g_list_model_get_n_items (results), ==, 0);
}

static char *
highlighted (OutreachSearchResult *result)
{
  const char *snippet = outreach_search_result_get_snippet (result);
  GString *s = g_string_new (NULL);
  guint n, at = 0;
  const OutreachMatch *matches = outreach_search_result_get_matches (result, &n);

  for (guint i = 0; i < n; i++)
    {
      g_assert_cmpuint (matches[i].start, >=, at);
      g_assert_cmpuint (matches[i].end, <=, strlen (snippet));
      g_string_append_len (s, snippet + at, matches[i].start - at);
      g_string_append_c (s, '[');
      g_string_append_len (s, snippet + matches[i].start, matches[i].end - matches[i].start);
      g_string_append_c (s, ']');
      at = matches[i].end;
    }
  g_string_append (s, snippet + at);
  g_assert_true (g_utf8_validate (s->str, -1, NULL));
  return g_string_free (s, FALSE);
}

static void
test_snippets (void)
{
  g_autoptr(OutreachSearch) search = builtin_index (NULL);
  g_autoptr(GListModel) gatwick = outreach_search_query (search, "gatwick", 20);
  g_autoptr(GListModel) laundering = outreach_search_query (search, "money laundering", 20);
  g_autoptr(GListModel) accents = outreach_search_query (search, "CLICHE", 20);
  g_autoptr(GListModel) rart = outreach_search_query (search, "rart", 20);
  g_autoptr(OutreachSearchResult) r = NULL;
  g_autofree char *text = NULL;

  r = g_list_model_get_item (gatwick, 0);
  g_assert_cmpstr (outreach_search_result_get_kind (r), ==, "Team");
  text = highlighted (r);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "cash seizures at [Gatwick] Airport"));
  g_assert_cmpuint (g_utf8_strlen (outreach_search_result_get_snippet (r), -1), <=, 200);
  g_clear_object (&r);
  g_clear_pointer (&text, g_free);

  r = g_list_model_get_item (laundering, 0);
  text = highlighted (r);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "the [money] [laundering] aspects"));
  g_assert_true (g_str_has_prefix (text, "…"));
  g_clear_object (&r);
  g_clear_pointer (&text, g_free);

  /* the highlight covers the accented original */
  r = g_list_model_get_item (accents, 0);
  text = highlighted (r);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, "[cliché]"));
  g_assert_cmpstr (outreach_search_result_get_kind (r), ==, "Person");
  g_clear_object (&r);
  g_clear_pointer (&text, g_free);

  /* a name match shows the opening of the page */
  r = g_list_model_get_item (rart, 0);
  g_assert_true (g_str_has_prefix (outreach_search_result_get_snippet (r),
                                   "The Regional Asset Recovery Team provides"));
}

static void
test_fold (void)
{
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *folded = outreach_search_fold ("Ŵy–É", offsets);

  g_assert_cmpstr (folded, ==, "wy e");
  g_assert_cmpuint (offsets->len, ==, strlen (folded) + 1);
  g_assert_cmpuint (g_array_index (offsets, guint, 0), ==, 0);   /* w ← Ŵ */
  g_assert_cmpuint (g_array_index (offsets, guint, 1), ==, 2);   /* y */
  g_assert_cmpuint (g_array_index (offsets, guint, 2), ==, 3);   /* space ← – */
  g_assert_cmpuint (g_array_index (offsets, guint, 3), ==, 6);   /* e ← É */
  g_assert_cmpuint (g_array_index (offsets, guint, 4), ==, 8);   /* the end */
}

static void
test_empty_pack (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "minimal.json", NULL);
  g_autoptr(OutreachContent) content = outreach_content_load_file (path, NULL, NULL);
  g_autoptr(OutreachSearch) search = outreach_search_new (content);
  g_autoptr(GListModel) results = outreach_search_query (search, "alex", 20);
  g_autofree char *top = top_ids (results, 5);

  g_assert_cmpstr (top, ==, "alex");
}

/* Asking for fewer results gives the first of the same list: the index
 * keeps only the best few, and skips the phrase it cannot need. */
static void
test_fewer_results_are_a_prefix (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  g_autoptr(OutreachSearch) search = outreach_search_new (content);
  static const char *queries[] = {
    "c", "re", "regional c", "crime unit", "the", "team", "intelligence officer", "a b",
  };

  for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
    {
      g_autoptr(GListModel) all = outreach_search_query (search, queries[q], 1000);
      guint n = g_list_model_get_n_items (all);

      for (guint max = 1; max <= MIN (n, 12); max++)
        {
          g_autoptr(GListModel) few = outreach_search_query (search, queries[q], max);

          g_assert_cmpuint (g_list_model_get_n_items (few), ==, max);
          for (guint i = 0; i < max; i++)
            {
              g_autoptr(OutreachSearchResult) a = g_list_model_get_item (all, i);
              g_autoptr(OutreachSearchResult) b = g_list_model_get_item (few, i);

              g_assert_cmpstr (outreach_search_result_get_title (a), ==,
                               outreach_search_result_get_title (b));
            }
        }
    }
}

/* Probe 16b, finds 2 and 6: the ways in are searched as part of each page
 * that shows them, and a snippet is the passage with most of the query's
 * words, not the first with a word as common as "to". */

/* The ids of every result, and the first result's snippet, highlighted */
static char *
ids_and_snippet (OutreachSearch  *search,
                 const char      *query,
                 char           **snippet)
{
  g_autoptr(GListModel) results = outreach_search_query (search, query, 20);
  g_autoptr(OutreachSearchResult) first = NULL;
  char *ids = top_ids (results, 20);

  g_test_message ("%-20s → %s", query, ids);
  *snippet = NULL;
  if (g_list_model_get_n_items (results) > 0)
    {
      first = g_list_model_get_item (results, 0);
      *snippet = highlighted (first);
      g_test_message ("%-20s   %s", "", *snippet);
    }
  return ids;
}

static void
test_routes_are_searched (void)
{
  g_autoptr(OutreachSearch) search = builtin_index (NULL);
  /* what an applicant types, and what the first result then shows:
   * the "New to policing" card, on Home and on Join us */
  static const char *found[][2] = {
    { "graduate", "For [graduate]s, people changing career" },
    { "graduates", "For [graduates], people changing career" },
    { "changing career", "people [changing] [career]" },
    { "tvpcareers", "website, [tvpcareers].co.uk" },
    { "vacancy", "a [vacancy] or how to apply" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (found); i++)
    {
      g_autofree char *snippet = NULL;
      g_autofree char *ids = ids_and_snippet (search, found[i][0], &snippet);
      g_auto(GStrv) each = g_strsplit (ids, " ", -1);

      g_assert_true (g_strv_contains ((const char * const *) each, "home"));
      g_assert_true (g_strv_contains ((const char * const *) each, "join-us"));
      g_assert_nonnull (snippet);
      g_assert_nonnull (strstr (snippet, found[i][1]));
    }

  /* "Already in policing": its sponsor step, on both pages */
  {
    g_autofree char *snippet = NULL;
    g_autofree char *ids = ids_and_snippet (search, "finds you a sponsor", &snippet);

    g_assert_cmpstr (ids, ==, "join-us home");
    g_assert_nonnull (strstr (snippet, "HR [finds] [you] [a] [sponsor]"));
  }
}

/* A route is searched in the language the pack was loaded in, as every
 * other text is: its Welsh title and steps when the user reads Welsh */
static OutreachSearch *
routes_pack_index (const char *languages)
{
  g_autofree char *path = test_pack_path ("routes.json");
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GError) error = NULL;

  g_setenv ("LANGUAGE", languages, TRUE);
  content = outreach_content_load_file (path, NULL, &error);
  g_unsetenv ("LANGUAGE");
  g_assert_no_error (error);
  return outreach_search_new (content);
}

static void
test_routes_in_each_language (void)
{
  g_autoptr(OutreachSearch) english = routes_pack_index ("en");
  g_autoptr(OutreachSearch) welsh = routes_pack_index ("cy");
  const struct { OutreachSearch **search; const char *query, *ids, *snippet; } cases[] = {
    { &english, "already in policing", "home join-us", "[Already] [in] [policing]" },
    { &english, "sponsor", "home join-us", "HR finds you a [sponsor]." },
    { &english, "everyone else", "home join-us", "For [everyone] [else]." },
    { &english, "ysgrifennwch", "", NULL },
    { &welsh, "eisoes ym maes", "home join-us", "[Eisoes] [ym] [maes] plismona" },
    { &welsh, "ysgrifennwch", "home join-us", "[Ysgrifennwch] at AD." },
    { &welsh, "sponsor", "", NULL },   /* the English step, not shown in Welsh */
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *snippet = NULL;
      g_autofree char *ids = ids_and_snippet (*cases[i].search, cases[i].query, &snippet);

      g_assert_cmpstr (ids, ==, cases[i].ids);
      if (cases[i].snippet != NULL)
        g_assert_cmpstr (snippet, ==, cases[i].snippet);
    }
}

static void
test_snippet_has_most_words (void)
{
  g_autoptr(OutreachSearch) search = builtin_index (NULL);
  g_autoptr(GListModel) results = outreach_search_query (search, "how to apply", 20);

  g_assert_cmpuint (g_list_model_get_n_items (results), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (results); i++)
    {
      g_autoptr(OutreachSearchResult) r = g_list_model_get_item (results, i);
      g_autofree char *text = highlighted (r);

      g_test_message ("%s: %s", outreach_node_get_id (outreach_search_result_get_node (r)), text);
      /* every result shows where it says it, not "…new [to] it.", the
       * short passage whole, and "to" marked only in the phrase */
      g_assert_nonnull (strstr (text, "[how] [to] [apply]"));
      g_assert_false (g_str_has_prefix (text, "…"));
      g_assert_null (strstr (text, "Write [to]"));
    }

  /* two rare words in one passage outweigh one of them beside "the" */
  {
    g_autofree char *snippet = NULL;
    g_autofree char *ids = ids_and_snippet (search, "the vacancy advert", &snippet);

    g_assert_nonnull (strstr (snippet, "the [vacancy]'s [advert]"));
  }
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/expected-first", test_expected_first);
  g_test_add_func ("/search/case-and-accents", test_case_and_accents);
  g_test_add_func ("/search/names-rank-above-text", test_names_rank_above_text);
  g_test_add_func ("/search/every-word-must-match", test_every_word_must_match);
  g_test_add_func ("/search/word-starts-only", test_word_starts_only);
  g_test_add_func ("/search/snippets", test_snippets);
  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/fewer-results-are-a-prefix", test_fewer_results_are_a_prefix);
  g_test_add_func ("/search/small-pack", test_empty_pack);
  g_test_add_func ("/search/routes-are-searched", test_routes_are_searched);
  g_test_add_func ("/search/routes-in-each-language", test_routes_in_each_language);
  g_test_add_func ("/search/snippet-has-most-words", test_snippet_has_most_words);

  return g_test_run ();
}
