/* fuzz-content.c: libFuzzer target for the content-pack loader, its
 * validator and the search index built from what it loaded.
 *
 * The input is a pack as a file would hold it. When it loads, every node is
 * walked, the index is built and queried with words taken from the input,
 * as a visitor typing would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-content.h"
#include "outreach-search.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static void
query_all (OutreachSearch *search,
           const char     *query)
{
  g_autoptr(GListModel) results = NULL;

  /* every prefix, a character at a time, like someone typing */
  for (const char *p = query; *p; p = g_utf8_next_char (p))
    {
      g_autofree char *prefix = g_strndup (query, g_utf8_next_char (p) - query);

      g_clear_object (&results);
      results = outreach_search_query (search, prefix, 20);
      g_assert_true (g_list_model_get_n_items (results) <= 20);
    }
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(OutreachSearch) search = NULL;
  g_autoptr(GPtrArray) nodes = NULL;

  content = outreach_content_load_bytes (bytes, "fuzz.json", &problems, &error);
  if (content == NULL)
    {
      /* a refusal always says why */
      g_assert_true (error != NULL || (problems != NULL && problems->len > 0));
      if (problems != NULL)
        for (guint i = 0; i < problems->len; i++)
          g_free (outreach_problem_to_string (g_ptr_array_index (problems, i)));
      return 0;
    }

  nodes = outreach_content_dup_nodes (content);
  for (guint i = 0; i < nodes->len; i++)
    {
      OutreachNode *node = g_ptr_array_index (nodes, i);

      /* every node it holds can be found again by its id */
      g_assert_true (outreach_content_lookup (content, outreach_node_get_id (node)) == node);
    }

  search = outreach_search_new (content);
  query_all (search, "crime");
  if (g_utf8_validate ((const char *) data, MIN (size, 64), NULL))
    {
      g_autofree char *head = g_strndup ((const char *) data, MIN (size, 64));
      query_all (search, head);
    }
  if (nodes->len > 0)
    query_all (search, outreach_node_get_title (g_ptr_array_index (nodes, nodes->len - 1)));

  return 0;
}
