/* outreach-search-query.c: a query, its matches and their ranking
 *
 * A query word is a range of the index's sorted words; the entries it
 * matches, and most of their score, come from the postings of that range.
 * Only the phrase bonuses read folded text, and only of entries every word
 * matched; only the best max_results are sorted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-search-private.h"

#define MAX_TERMS       8

#define WEIGHT_TITLE          10.0
#define WEIGHT_TITLE_EXACT    20.0
#define WEIGHT_ABBREVIATION   12.0
#define WEIGHT_SUBTITLE        6.0
#define WEIGHT_BODY            1.0
#define WEIGHT_BODY_REPEAT     0.2
#define WEIGHT_PHRASE_TITLE    5.0
#define WEIGHT_PHRASE_BODY     2.0

/* In the scratch flags, beside the postings' OUTREACH_POSTING_IN_* bits:
 * the query word is a whole word of the subtitle */
#define SUBTITLE_WORD (1 << 2)

/* The words that start with @term: [*first, *last) in self->sorted */
static void
prefix_range (OutreachSearch *self,
              const char     *term,
              guint          *first,
              guint          *last)
{
  gsize len = strlen (term);
  guint lo = 0, hi = self->words->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strcmp (g_ptr_array_index (self->words, self->sorted[mid]), term) < 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *first = lo;
  hi = self->words->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (strncmp (g_ptr_array_index (self->words, self->sorted[mid]), term, len) <= 0)
        lo = mid + 1;
      else
        hi = mid;
    }
  *last = lo;
}

static gsize
range_size (OutreachSearch *self,
            guint           first,
            guint           last)
{
  gsize n = 0;

  for (guint i = first; i < last; i++)
    n += self->first_posting[self->sorted[i] + 1] - self->first_posting[self->sorted[i]];
  return n;
}

/* Sums, per entry, what the words starting with @term say, into the
 * scratch arrays; the entries touched are those with stamp == generation.
 * When @touched is given, they are appended to it. */
static void
gather (OutreachSearch *self,
        const char     *term,
        guint           first,
        guint           last,
        GArray         *touched)
{
  gsize len = strlen (term);

  if (++self->generation == 0)
    {
      memset (self->stamp, 0, self->entries->len * sizeof (guint32));
      self->generation = 1;
    }

  for (guint i = first; i < last; i++)
    {
      guint32 id = self->sorted[i];
      gboolean whole = strlen (g_ptr_array_index (self->words, id)) == len;

      for (guint32 k = self->first_posting[id]; k < self->first_posting[id + 1]; k++)
        {
          const OutreachPosting *p = &self->postings[k];
          guint32 e = p->entry;

          if (self->stamp[e] != self->generation)
            {
              self->stamp[e] = self->generation;
              self->flags[e] = 0;
              self->body[e] = 0;
              if (touched != NULL)
                g_array_append_val (touched, e);
            }
          self->flags[e] |= p->flags;
          if (whole && (p->flags & OUTREACH_POSTING_IN_SUBTITLE))
            self->flags[e] |= SUBTITLE_WORD;
          self->body[e] = MIN (OUTREACH_POSTING_BODY_COUNT_CAP, self->body[e] + p->body_count);
        }
    }
}

/* What one query word is worth to entry @e, from the scratch arrays:
 * its best place (title, abbreviation, subtitle or body) */
static double
term_score (OutreachSearch *self,
            guint32         e)
{
  const OutreachSearchEntry *entry = &g_array_index (self->entries, OutreachSearchEntry, e);
  guint8 flags = self->flags[e];
  double best = 0;

  if (flags & OUTREACH_POSTING_IN_TITLE)
    best = WEIGHT_TITLE;
  if (flags & SUBTITLE_WORD)
    best = MAX (best, OUTREACH_IS_UNIT (entry->node) ? WEIGHT_ABBREVIATION : WEIGHT_SUBTITLE);
  else if (flags & OUTREACH_POSTING_IN_SUBTITLE)
    best = MAX (best, WEIGHT_SUBTITLE);
  if (self->body[e] > 0)
    best = MAX (best, WEIGHT_BODY + WEIGHT_BODY_REPEAT * (self->body[e] - 1));
  return best;
}

/* What holding @term is worth to a passage, for the snippet: the share of
 * entries without a word it starts (nearly 0 for "to" or "the", nearly 1
 * for "apply"), and a little for any word, so that among passages of
 * common words alone the one with most of them still wins. The postings
 * of its words count an entry once for each, so the share is a floor. */
static double
term_weight (OutreachSearch *self,
             const char     *term)
{
  guint first, last;
  gsize n = self->entries->len;
  gsize holding;

  prefix_range (self, term, &first, &last);
  holding = MIN (range_size (self, first, last), n);
  return 0.01 + (n > 0 ? (double) (n - holding) / n : 0);
}

typedef struct
{
  double score;
  guint  index;
} Hit;

static int
compare_results (gconstpointer a,
                 gconstpointer b)
{
  const Hit *ra = a, *rb = b;

  if (ra->score != rb->score)
    return ra->score > rb->score ? -1 : 1;
  return ra->index < rb->index ? -1 : ra->index > rb->index;
}

/* Keeps the best @max hits of those offered, in a heap whose root is the
 * worst kept, so that only those few are ever sorted. */
static void
offer (GArray    *heap,
       guint      max,
       const Hit *hit)
{
  guint i;

  if (heap->len < max)
    {
      g_array_append_val (heap, *hit);
      /* up: a worse hit rises towards the root */
      for (i = heap->len - 1; i > 0 && compare_results (&g_array_index (heap, Hit, (i - 1) / 2),
                                                          &g_array_index (heap, Hit, i)) < 0;
           i = (i - 1) / 2)
        {
          Hit tmp = g_array_index (heap, Hit, i);

          g_array_index (heap, Hit, i) = g_array_index (heap, Hit, (i - 1) / 2);
          g_array_index (heap, Hit, (i - 1) / 2) = tmp;
        }
      return;
    }
  if (max == 0 || compare_results (hit, &g_array_index (heap, Hit, 0)) >= 0)
    return;   /* no better than the worst kept */

  g_array_index (heap, Hit, 0) = *hit;
  for (i = 0;;)
    {
      guint worst = i, l = 2 * i + 1, r = 2 * i + 2;
      Hit tmp;

      if (l < heap->len && compare_results (&g_array_index (heap, Hit, l),
                                            &g_array_index (heap, Hit, worst)) > 0)
        worst = l;
      if (r < heap->len && compare_results (&g_array_index (heap, Hit, r),
                                            &g_array_index (heap, Hit, worst)) > 0)
        worst = r;
      if (worst == i)
        break;
      tmp = g_array_index (heap, Hit, i);
      g_array_index (heap, Hit, i) = g_array_index (heap, Hit, worst);
      g_array_index (heap, Hit, worst) = tmp;
      i = worst;
    }
}

/* The entries that match every term, scored, the best @max_results first. */
static GArray *
find_hits (OutreachSearch  *self,
           char           **terms,
           const char      *phrase,
           guint            max_results)
{
  guint n_terms = g_strv_length (terms);
  g_autofree guint *first = g_new (guint, n_terms);
  g_autofree guint *last = g_new (guint, n_terms);
  g_autofree guint *order = g_new (guint, n_terms);
  g_autofree double *score = NULL;
  g_autoptr(GArray) candidates = g_array_new (FALSE, FALSE, sizeof (guint32));
  GArray *heap = g_array_sized_new (FALSE, FALSE, sizeof (Hit), MIN (max_results, 256));

  /* the word with the fewest postings first: the candidates are few soonest */
  for (guint t = 0; t < n_terms; t++)
    {
      prefix_range (self, terms[t], &first[t], &last[t]);
      order[t] = t;
    }
  for (guint t = 1; t < n_terms; t++)
    for (guint u = t; u > 0 && range_size (self, first[order[u]], last[order[u]]) <
                              range_size (self, first[order[u - 1]], last[order[u - 1]]); u--)
      {
        guint tmp = order[u];

        order[u] = order[u - 1];
        order[u - 1] = tmp;
      }

  gather (self, terms[order[0]], first[order[0]], last[order[0]], candidates);
  score = g_new (double, MAX (candidates->len, 1));
  for (guint c = 0; c < candidates->len; c++)
    score[c] = term_score (self, g_array_index (candidates, guint32, c));

  for (guint t = 1; t < n_terms && candidates->len > 0; t++)
    {
      guint kept = 0;

      gather (self, terms[order[t]], first[order[t]], last[order[t]], NULL);
      for (guint c = 0; c < candidates->len; c++)
        {
          guint32 e = g_array_index (candidates, guint32, c);

          if (self->stamp[e] != self->generation)
            continue;   /* every word must match */
          g_array_index (candidates, guint32, kept) = e;
          score[kept++] = score[c] + term_score (self, e);
        }
      g_array_set_size (candidates, kept);
    }

  /* the bonuses that read little: the exact title, the phrase in the title */
  for (guint c = 0; c < candidates->len; c++)
    {
      const OutreachSearchEntry *entry =
        &g_array_index (self->entries, OutreachSearchEntry, g_array_index (candidates, guint32, c));

      if (strcmp (entry->title, phrase) == 0)
        score[c] += WEIGHT_TITLE_EXACT;
      if (n_terms > 1 && _outreach_search_find_word_prefix (entry->title, entry->title, phrase))
        score[c] += WEIGHT_PHRASE_TITLE;
      else if (n_terms > 1)
        {
          Hit hit = { score[c], g_array_index (candidates, guint32, c) };

          offer (heap, max_results, &hit);
        }
    }

  /* The phrase in the body reads the whole text: only for the entries it
   * could lift into the best max_results. Scores only grow, so the worst
   * kept so far is a floor under the final one. */
  if (n_terms > 1)
    {
      double floor = heap->len == max_results && max_results > 0
                     ? g_array_index (heap, Hit, 0).score : -1;

      g_array_set_size (heap, 0);
      for (guint c = 0; c < candidates->len; c++)
        {
          const OutreachSearchEntry *entry =
            &g_array_index (self->entries, OutreachSearchEntry, g_array_index (candidates, guint32, c));

          if (score[c] + WEIGHT_PHRASE_BODY >= floor &&
              !_outreach_search_find_word_prefix (entry->title, entry->title, phrase) &&
              _outreach_search_find_word_prefix (entry->body, entry->body, phrase))
            score[c] += WEIGHT_PHRASE_BODY;
        }
    }

  for (guint c = 0; c < candidates->len; c++)
    {
      Hit hit = { score[c], g_array_index (candidates, guint32, c) };

      offer (heap, max_results, &hit);
    }

  g_array_sort (heap, compare_results);
  return heap;
}

/**
 * outreach_search_query:
 * @query: what the user typed
 * @max_results: the most results to return
 *
 * Returns: (transfer full): #OutreachSearchResult, best first; empty for
 *   an empty query
 */
GListModel *
outreach_search_query (OutreachSearch *self,
                       const char     *query,
                       guint           max_results)
{
  GListStore *store = g_list_store_new (OUTREACH_TYPE_SEARCH_RESULT);
  g_autofree char *folded = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GPtrArray) terms = g_ptr_array_new ();
  g_autoptr(GArray) hits = NULL;
  g_autofree char *phrase = NULL;
  g_autofree double *weights = NULL;

  g_return_val_if_fail (OUTREACH_IS_SEARCH (self), G_LIST_MODEL (store));

  if (query == NULL)
    return G_LIST_MODEL (store);

  folded = outreach_search_fold (query, NULL);
  words = g_strsplit (folded, " ", -1);
  for (guint i = 0; words[i] && terms->len < MAX_TERMS; i++)
    if (words[i][0] != '\0')
      g_ptr_array_add (terms, words[i]);
  if (terms->len == 0)
    return G_LIST_MODEL (store);
  g_ptr_array_add (terms, NULL);
  phrase = g_strjoinv (" ", (char **) terms->pdata);

  hits = find_hits (self, (char **) terms->pdata, phrase, max_results);
  weights = g_new (double, terms->len);
  for (guint t = 0; hits->len > 0 && t + 1 < terms->len; t++)
    weights[t] = term_weight (self, g_ptr_array_index (terms, t));
  for (guint i = 0; i < hits->len && i < max_results; i++)
    {
      Hit *h = &g_array_index (hits, Hit, i);
      OutreachNode *node = g_array_index (self->entries, OutreachSearchEntry, h->index).node;
      g_autoptr(OutreachSearchResult) result = g_object_new (OUTREACH_TYPE_SEARCH_RESULT, NULL);

      result->node = g_object_ref (node);
      result->score = h->score;
      _outreach_search_make_snippet (result, &g_array_index (self->entries, OutreachSearchEntry, h->index),
                                     (char **) terms->pdata, weights);
      g_list_store_append (store, result);
    }

  return G_LIST_MODEL (store);
}
