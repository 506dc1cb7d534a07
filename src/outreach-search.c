/* outreach-search.c: case- and accent-insensitive search over a pack
 *
 * Every page, unit and profile is folded once, when the index is built:
 * lower case, accents dropped, anything that is not a letter or digit made a
 * space. A query is folded the same way and split into words; a node matches
 * when every word starts a word somewhere in its text. Names and
 * abbreviations weigh far more than body text, so "rart" finds the team
 * before any page that mentions it. Snippets are cut from the original text,
 * with the matches mapped back through the folding.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-model-private.h"
#include "outreach-search-private.h"

#define MAX_TERMS       8
#define SNIPPET_BEFORE  40
#define SNIPPET_LENGTH  160

#define WEIGHT_TITLE          10.0
#define WEIGHT_TITLE_EXACT    20.0
#define WEIGHT_ABBREVIATION   12.0
#define WEIGHT_SUBTITLE        6.0
#define WEIGHT_BODY            1.0
#define WEIGHT_BODY_REPEAT     0.2
#define WEIGHT_PHRASE_TITLE    5.0
#define WEIGHT_PHRASE_BODY     2.0

typedef struct
{
  OutreachNode *node;       /* owned by the content, which the index keeps */
  char         *title;      /* folded */
  char         *subtitle;   /* folded abbreviation or role */
  char         *body;       /* folded, every text of the page */
} Entry;

struct _OutreachSearch
{
  GObject          parent_instance;

  OutreachContent *content;
  GArray          *entries;   /* Entry, in tree order */
};

G_DEFINE_FINAL_TYPE (OutreachSearch, outreach_search, G_TYPE_OBJECT)

static void
entry_clear (Entry *entry)
{
  g_free (entry->title);
  g_free (entry->subtitle);
  g_free (entry->body);
}

static void
outreach_search_finalize (GObject *object)
{
  OutreachSearch *self = OUTREACH_SEARCH (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (outreach_search_parent_class)->finalize (object);
}

static void
outreach_search_class_init (OutreachSearchClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_search_finalize;
}

static void
outreach_search_init (OutreachSearch *self)
{
  self->entries = g_array_new (FALSE, TRUE, sizeof (Entry));
  g_array_set_clear_func (self->entries, (GDestroyNotify) entry_clear);
}

/**
 * outreach_search_fold:
 * @text: UTF-8 text
 * @offsets: (nullable): if given, receives for each byte of the result the
 *   byte offset in @text of the character it came from, and one more entry,
 *   the length of @text (all as guint)
 *
 * Returns: (transfer full): @text in lower case without accents, with every
 *   character that is not a letter or a digit turned into a space
 */
char *
outreach_search_fold (const char *text,
                      GArray     *offsets)
{
  GString *folded = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);
      guint offset = p - text;
      gsize before = folded->len;

      if (g_unichar_isalnum (ch))
        {
          gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
          gsize n = g_unichar_fully_decompose (ch, FALSE, parts, G_N_ELEMENTS (parts));

          for (gsize i = 0; i < n; i++)
            if (!g_unichar_ismark (parts[i]))
              g_string_append_unichar (folded, g_unichar_tolower (parts[i]));
        }
      else
        g_string_append_c (folded, ' ');

      for (gsize i = before; offsets != NULL && i < folded->len; i++)
        g_array_append_val (offsets, offset);
    }

  if (offsets != NULL)
    {
      guint end = strlen (text);
      g_array_append_val (offsets, end);
    }

  return g_string_free (folded, FALSE);
}

/* Every text a node shows, in reading order: name, subtitle, then the body. */
static void
collect_texts (OutreachNode *node,
               GPtrArray    *texts)
{
#define ADD(s) G_STMT_START { if ((s) != NULL) g_ptr_array_add (texts, (gpointer) (s)); } G_STMT_END
#define ADDV(v) G_STMT_START { for (guint _i = 0; (v) != NULL && (v)[_i]; _i++) ADD ((v)[_i]); } G_STMT_END
  ADD (outreach_node_get_title (node));
  ADD (outreach_node_get_subtitle (node));

  switch (outreach_node_get_kind (node))
    {
    case OUTREACH_NODE_UNIT:
      ADDV (OUTREACH_UNIT (node)->description);
      break;

    case OUTREACH_NODE_PROFILE:
      ADD (OUTREACH_PROFILE (node)->time_in_role);
      ADDV (OUTREACH_PROFILE (node)->story);
      break;

    case OUTREACH_NODE_PAGE:
      ADD (OUTREACH_PAGE (node)->summary);
      for (guint i = 0; i < OUTREACH_PAGE (node)->sections->len; i++)
        {
          OutreachSection *section = g_ptr_array_index (OUTREACH_PAGE (node)->sections, i);

          ADD (section->heading);
          ADDV (section->paragraphs);
          ADD (section->quote);
          ADD (section->quote_source);
          ADDV (section->items);
          ADDV (section->after);
          ADD (section->signature);
        }
      break;

    default:
      g_assert_not_reached ();
    }
#undef ADD
#undef ADDV
}

/* Folds @text and keeps single spaces between words, none at the ends, so
 * that phrases compare as they read. */
static char *
fold_words (const char *text)
{
  char *folded = outreach_search_fold (text, NULL);
  char *out = folded;

  for (const char *p = folded; *p; p++)
    if (*p != ' ' || (out > folded && out[-1] != ' '))
      *out++ = *p;
  while (out > folded && out[-1] == ' ')
    out--;
  *out = '\0';

  return folded;
}

static void
add_entry (OutreachSearch *self,
           OutreachNode   *node)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  GString *body = g_string_new (NULL);
  Entry entry = { 0 };

  collect_texts (node, texts);
  /* the body starts after the title and subtitle */
  for (guint i = outreach_node_get_subtitle (node) ? 2 : 1; i < texts->len; i++)
    {
      g_autofree char *folded = fold_words (g_ptr_array_index (texts, i));

      if (body->len > 0)
        g_string_append_c (body, ' ');
      g_string_append (body, folded);
    }

  entry.node = node;
  entry.title = fold_words (outreach_node_get_title (node));
  entry.subtitle = outreach_node_get_subtitle (node)
                   ? fold_words (outreach_node_get_subtitle (node))
                   : g_strdup ("");
  entry.body = g_string_free (body, FALSE);
  g_array_append_val (self->entries, entry);
}

/**
 * outreach_search_new:
 *
 * Builds the index of every page, unit and profile of @content, in the
 * order of the tree (which breaks ties between equal scores).
 */
OutreachSearch *
outreach_search_new (OutreachContent *content)
{
  OutreachSearch *self = g_object_new (OUTREACH_TYPE_SEARCH, NULL);
  g_autoptr(GPtrArray) nodes = outreach_content_dup_nodes (content);

  self->content = g_object_ref (content);
  for (guint i = 0; i < nodes->len; i++)
    add_entry (self, g_ptr_array_index (nodes, i));

  return self;
}

/* Finds @term at the start of a word of @text, from @from. */
static const char *
find_word_prefix (const char *text,
                  const char *from,
                  const char *term)
{
  for (const char *p = strstr (from, term); p != NULL; p = strstr (p + 1, term))
    if (p == text || p[-1] == ' ')
      return p;
  return NULL;
}

static guint
count_word_prefix (const char *text,
                   const char *term,
                   guint       limit)
{
  guint n = 0;

  for (const char *p = find_word_prefix (text, text, term);
       p != NULL && n < limit;
       p = find_word_prefix (text, p + 1, term))
    n++;
  return n;
}

/* Whether @term is a whole word of @text. */
static gboolean
has_word (const char *text,
          const char *term)
{
  gsize len = strlen (term);

  for (const char *p = find_word_prefix (text, text, term); p; p = find_word_prefix (text, p + 1, term))
    if (p[len] == '\0' || p[len] == ' ')
      return TRUE;
  return FALSE;
}

static double
score_entry (const Entry  *entry,
             char        **terms,
             const char   *phrase,
             gboolean     *in_body)
{
  double score = 0;

  *in_body = FALSE;
  for (guint t = 0; terms[t]; t++)
    {
      double best = 0;
      guint n;

      if (find_word_prefix (entry->title, entry->title, terms[t]))
        best = WEIGHT_TITLE;
      if (has_word (entry->subtitle, terms[t]))
        best = MAX (best, OUTREACH_IS_UNIT (entry->node) ? WEIGHT_ABBREVIATION : WEIGHT_SUBTITLE);
      else if (find_word_prefix (entry->subtitle, entry->subtitle, terms[t]))
        best = MAX (best, WEIGHT_SUBTITLE);
      if ((n = count_word_prefix (entry->body, terms[t], 6)) > 0)
        {
          *in_body = TRUE;
          best = MAX (best, WEIGHT_BODY + WEIGHT_BODY_REPEAT * (n - 1));
        }

      if (best == 0)
        return 0;   /* every word must match */
      score += best;
    }

  if (strcmp (entry->title, phrase) == 0)
    score += WEIGHT_TITLE_EXACT;
  if (terms[1] != NULL)
    {
      if (find_word_prefix (entry->title, entry->title, phrase))
        score += WEIGHT_PHRASE_TITLE;
      else if (find_word_prefix (entry->body, entry->body, phrase))
        score += WEIGHT_PHRASE_BODY;
    }

  return score;
}

static int
compare_matches (gconstpointer a,
                 gconstpointer b)
{
  const OutreachMatch *ma = a, *mb = b;

  return ma->start < mb->start ? -1 : ma->start > mb->start;
}

/* Cuts the snippet from the first text of the body that matches (or the
 * first text of the body), and maps the matches back onto it. */
static void
make_snippet (OutreachSearchResult  *result,
              char                 **terms)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  guint first_body = outreach_node_get_subtitle (result->node) ? 2 : 1;
  const char *text = NULL;
  g_autoptr(GArray) offsets = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autofree char *folded = NULL;
  gsize start = 0, end, len;
  guint first_match = G_MAXUINT;
  GString *snippet;
  gsize shift;

  collect_texts (result->node, texts);
  for (guint i = first_body; i < texts->len && text == NULL; i++)
    {
      g_autofree char *f = outreach_search_fold (g_ptr_array_index (texts, i), NULL);

      for (guint t = 0; terms[t]; t++)
        if (find_word_prefix (f, f, terms[t]))
          text = g_ptr_array_index (texts, i);
    }
  if (text == NULL)
    text = texts->len > first_body ? g_ptr_array_index (texts, first_body)
                                   : outreach_node_get_title (result->node);

  folded = outreach_search_fold (text, offsets);
  len = strlen (text);
  for (guint t = 0; terms[t]; t++)
    {
      const char *p = find_word_prefix (folded, folded, terms[t]);

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

      for (const char *p = find_word_prefix (folded, folded, terms[t]); p != NULL;
           p = find_word_prefix (folded, p + 1, terms[t]))
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
  Hit hit;

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

  hits = g_array_new (FALSE, FALSE, sizeof hit);
  for (guint i = 0; i < self->entries->len; i++)
    {
      gboolean in_body;

      hit.score = score_entry (&g_array_index (self->entries, Entry, i),
                               (char **) terms->pdata, phrase, &in_body);
      hit.index = i;
      if (hit.score > 0)
        g_array_append_val (hits, hit);
    }
  g_array_sort (hits, compare_results);

  for (guint i = 0; i < hits->len && i < max_results; i++)
    {
      Hit *h = &g_array_index (hits, Hit, i);
      g_autoptr(OutreachSearchResult) result = g_object_new (OUTREACH_TYPE_SEARCH_RESULT, NULL);

      result->node = g_object_ref (g_array_index (self->entries, Entry, h->index).node);
      result->score = h->score;
      make_snippet (result, (char **) terms->pdata);
      g_list_store_append (store, result);
    }

  return G_LIST_MODEL (store);
}
