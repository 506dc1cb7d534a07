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

/* The terms a passage's bits can say it holds (a query has at most 8) */
#define HELD_BITS       8

/* A term of at most this weight is held by more than half the entries */
#define COMMON_WEIGHT   0.5

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const OutreachMatch *ma = a, *mb = b;

  return ma->start < mb->start ? -1 : ma->start > mb->start;
}

/* Which of @entry's body texts says most about the query: the weight of
 * each term it holds (see _outreach_search_make_snippet()), twice that when
 * it holds the whole @phrase; the first of the best, or -1 if none holds a
 * term. Read from the entry's folded body, a text's words between the end
 * of the one before and its own end. */
static int
best_text (const OutreachSearchEntry  *entry,
           char                      **terms,
           const double               *weights,
           const char                 *phrase)
{
  const char *body = entry->body;
  g_autofree guint8 *held = g_new0 (guint8, MAX (entry->n_texts, 1));   /* a bit per term */
  g_autofree gboolean *whole = g_new0 (gboolean, MAX (entry->n_texts, 1));
  gsize phrase_len = strlen (phrase);
  double best = 0;
  int chosen = -1;

  for (guint t = 0; terms[t] && t < HELD_BITS; t++)
    {
      guint i = 0;

      for (const char *p = _outreach_search_find_word_prefix (body, body, terms[t]); p != NULL;
           p = _outreach_search_find_word_prefix (body, p + 1, terms[t]))
        {
          while (i < entry->n_texts && entry->text_ends[i] <= (gsize) (p - body))
            i++;
          if (i < entry->n_texts)
            held[i] |= 1 << t;
        }
    }
  if (terms[0] != NULL && terms[1] != NULL)
    {
      guint i = 0;

      for (const char *p = _outreach_search_find_word_prefix (body, body, phrase); p != NULL;
           p = _outreach_search_find_word_prefix (body, p + 1, phrase))
        {
          while (i < entry->n_texts && entry->text_ends[i] <= (gsize) (p - body))
            i++;
          if (i < entry->n_texts && (gsize) (p - body) + phrase_len <= entry->text_ends[i])
            whole[i] = TRUE;
        }
    }

  for (guint i = 0; i < entry->n_texts; i++)
    {
      double score = 0;

      for (guint t = 0; terms[t] && t < HELD_BITS; t++)
        if (held[i] & (1 << t))
          score += weights[t];
      if (whole[i])
        score *= 2;
      if (score > best)
        {
          best = score;
          chosen = i;
        }
    }
  return chosen;
}

/* Cuts the snippet from the text of the body that says most about the
 * query (or the first text of the body, or the title when none matches),
 * around the phrase or else the query's rarest word in it, and maps the
 * matches back onto it.
 *
 * @weights: for each of @terms, what holding it is worth: near 1 for a
 *   word few entries have, near 0 for one that nearly all have ("to",
 *   "the"), so that the passage with most of the words that tell entries
 *   apart is shown, not the first with any word at all. */
void
_outreach_search_make_snippet (OutreachSearchResult       *result,
                               const OutreachSearchEntry  *entry,
                               char                      **terms,
                               const double               *weights)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  guint first_body;
  const char *text = NULL;
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *folded = NULL;
  g_autofree char *phrase = g_strjoinv (" ", terms);
  gsize start = 0, end, len;
  guint anchor = G_MAXUINT;
  int chosen;
  gboolean all_common = TRUE;
  GString *snippet;
  gsize shift;

  first_body = _outreach_search_collect_texts (result->node, texts);
  chosen = best_text (entry, terms, weights, phrase);
  if (chosen >= 0 && first_body + chosen < texts->len)   /* the texts the index folded */
    text = g_ptr_array_index (texts, first_body + chosen);
  else
    text = texts->len > first_body ? g_ptr_array_index (texts, first_body)
                                   : outreach_node_get_title (result->node);

  folded = outreach_search_fold (text, offsets);
  len = strlen (text);
  /* the phrase where it stands in @text; else the weightiest word's first */
  if (terms[0] != NULL && terms[1] != NULL)
    {
      const char *p = _outreach_search_find_word_prefix (folded, folded, phrase);

      if (p != NULL)
        anchor = g_array_index (offsets, guint, p - folded);
    }
  if (anchor == G_MAXUINT)
    {
      double heaviest = -1;

      for (guint t = 0; terms[t]; t++)
        {
          const char *p = _outreach_search_find_word_prefix (folded, folded, terms[t]);

          if (p != NULL && weights[t] > heaviest)
            {
              heaviest = weights[t];
              anchor = g_array_index (offsets, guint, p - folded);
            }
        }
    }

  /* a window around the anchor, cut at spaces */
  if (anchor != G_MAXUINT && anchor > SNIPPET_BEFORE)
    {
      start = anchor - SNIPPET_BEFORE;
      /* near the end of the text: as much of what comes before as fits,
       * so that a short passage shows whole */
      if (len - start < SNIPPET_LENGTH)
        start = len > SNIPPET_LENGTH ? len - SNIPPET_LENGTH : 0;
      while (start > 0 && start < anchor && text[start - 1] != ' ')
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

  /* A word as common as "to" or "a" is marked only where the whole
   * phrase stands (not in every "[a]nd" and "[to]wards" of the passage),
   * unless the query has nothing rarer. */
  for (guint t = 0; terms[t]; t++)
    all_common = all_common && weights[t] < COMMON_WEIGHT;
  for (guint t = 0; terms[t]; t++)
    {
      gsize term_len = strlen (terms[t]);
      gsize phrase_len = strlen (phrase);

      for (const char *p = _outreach_search_find_word_prefix (folded, folded, terms[t]); p != NULL;
           p = _outreach_search_find_word_prefix (folded, p + 1, terms[t]))
        {
          gboolean in_phrase = FALSE;
          guint ostart, oend;
          OutreachMatch match;

          if (!all_common && weights[t] < COMMON_WEIGHT && terms[1] != NULL)
            {
              for (const char *q = _outreach_search_find_word_prefix (folded, folded, phrase);
                   q != NULL && q <= p && !in_phrase;
                   q = _outreach_search_find_word_prefix (folded, q + 1, phrase))
                in_phrase = p + term_len <= q + phrase_len;
              if (!in_phrase)
                continue;
            }
          ostart = g_array_index (offsets, guint, p - folded);
          oend = g_array_index (offsets, guint, p - folded + term_len);

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
