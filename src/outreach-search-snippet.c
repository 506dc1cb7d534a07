/* outreach-search-snippet.c: the text a result shows, with its matches
 *
 * Snippets are cut from the original text, not the folded one, with the
 * matches mapped back through the folding's offsets.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-search-private.h"

#define SNIPPET_BEFORE  40
#define SNIPPET_LENGTH  160

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const OutreachMatch *ma = a, *mb = b;

  return ma->start < mb->start ? -1 : ma->start > mb->start;
}

/* Cuts the snippet from the first text of the body that matches (or the
 * first text of the body, or the title when there is no body), and maps
 * the matches back onto it. */
void
_outreach_search_make_snippet (OutreachSearchResult  *result,
                               char                 **terms)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  guint first_body;
  const char *text = NULL;
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *folded = NULL;
  gsize start = 0, end, len;
  guint first_match = G_MAXUINT;
  GString *snippet;
  gsize shift;

  first_body = _outreach_search_collect_texts (result->node, texts);
  for (guint i = first_body; i < texts->len && text == NULL; i++)
    {
      g_autofree char *f = outreach_search_fold (g_ptr_array_index (texts, i), NULL);

      for (guint t = 0; terms[t]; t++)
        if (_outreach_search_find_word_prefix (f, f, terms[t]))
          text = g_ptr_array_index (texts, i);
    }
  if (text == NULL)
    text = texts->len > first_body ? g_ptr_array_index (texts, first_body)
                                   : outreach_node_get_title (result->node);

  folded = outreach_search_fold (text, offsets);
  len = strlen (text);
  for (guint t = 0; terms[t]; t++)
    {
      const char *p = _outreach_search_find_word_prefix (folded, folded, terms[t]);

      if (p != NULL)
        first_match = MIN (first_match, g_array_index (offsets, guint, p - folded));
    }

  /* a window around the first match, cut at spaces */
  if (first_match != G_MAXUINT && first_match > SNIPPET_BEFORE)
    {
      start = first_match - SNIPPET_BEFORE;
      while (start < first_match && text[start - 1] != ' ')
        start++;
    }
  end = MIN (len, start + SNIPPET_LENGTH);
  while (end < len && end > start && text[end] != ' ')
    end--;
  if (end <= start)
    end = MIN (len, start + SNIPPET_LENGTH);
  /* never cut a character in two */
  while (end < len && (text[end] & 0xC0) == 0x80)
    end++;

  snippet = g_string_new (start > 0 ? "…" : "");
  shift = snippet->len;
  g_string_append_len (snippet, text + start, end - start);
  if (end < len)
    g_string_append (snippet, "…");

  for (guint t = 0; terms[t]; t++)
    {
      gsize term_len = strlen (terms[t]);

      for (const char *p = _outreach_search_find_word_prefix (folded, folded, terms[t]); p != NULL;
           p = _outreach_search_find_word_prefix (folded, p + 1, terms[t]))
        {
          guint ostart = g_array_index (offsets, guint, p - folded);
          guint oend = g_array_index (offsets, guint, p - folded + term_len);
          OutreachMatch match;

          if (ostart < start || oend > end || oend <= ostart)
            continue;
          match.start = ostart - start + shift;
          match.end = oend - start + shift;
          g_array_append_val (result->matches, match);
        }
    }
  g_array_sort (result->matches, compare_matches);

  result->snippet = g_string_free (snippet, FALSE);
}
