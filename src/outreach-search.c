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
 * So that a keystroke costs little even on a pack of 100,000 units, the
 * index also keeps every distinct word, sorted, with the entries it occurs
 * in (whether in the title or subtitle, and how often in the body). A query
 * word is a range of that sorted list; the entries it matches, and most of
 * their score, come from the postings of that range, without reading any
 * text. Only the phrase bonuses read the folded text, and only of entries
 * every word matched; only the best max_results are sorted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-page.h"
#include "outreach-profile.h"
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

#define IN_TITLE     (1 << 0)
#define IN_SUBTITLE  (1 << 1)
#define SUBTITLE_WORD (1 << 2)   /* the query word is a whole word of the subtitle */
#define BODY_COUNT_CAP 6

/* One word in one entry (packed: a big pack has millions) */
typedef struct __attribute__((packed))
{
  guint32 entry;
  guint8  flags;        /* IN_TITLE, IN_SUBTITLE */
  guint8  body_count;   /* occurrences in the body, up to BODY_COUNT_CAP */
} Posting;

/* While building: a posting and its word, in the order entries come */
typedef struct __attribute__((packed))
{
  guint32 word;
  Posting posting;
} Occurrence;

/* What only building the index needs */
typedef struct
{
  GHashTable *word_ids;      /* word → id + 1 */
  GArray     *occurrences;   /* Occurrence */
  GArray     *latest;        /* id → index in occurrences of the word's latest */
} Builder;

struct _OutreachSearch
{
  GObject          parent_instance;

  OutreachContent *content;
  GArray          *entries;    /* Entry, in tree order */

  GStringChunk    *chunk;      /* the words' text */
  GPtrArray       *words;      /* id → word */
  Posting         *postings;   /* every word's postings, by word id, then entry */
  guint32         *first_posting;  /* id → its first in postings; [n_words] the end */
  guint32         *sorted;     /* word ids in the order of their words */

  /* scratch for queries: per entry, the sums of one query word */
  guint32         *stamp;      /* == generation: touched by this word */
  guint8          *flags;
  guint8          *body;
  guint32          generation;
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
  g_clear_pointer (&self->chunk, g_string_chunk_free);
  g_clear_pointer (&self->words, g_ptr_array_unref);
  g_clear_pointer (&self->postings, g_free);
  g_clear_pointer (&self->first_posting, g_free);
  g_clear_pointer (&self->sorted, g_free);
  g_clear_pointer (&self->stamp, g_free);
  g_clear_pointer (&self->flags, g_free);
  g_clear_pointer (&self->body, g_free);
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
  self->chunk = g_string_chunk_new (64 * 1024);
  self->words = g_ptr_array_new ();
}

/* Appends @ch folded: for a letter or digit, its base letters in lower
 * case (one, or several for a ligature); for anything else, nothing.
 * Returns whether it was a letter or digit. */
static gboolean
append_folded (GString  *out,
               gunichar  ch)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  /* most text is ASCII: no tables needed */
  if (ch < 0x80)
    {
      if (!g_ascii_isalnum (ch))
        return FALSE;
      g_string_append_c (out, g_ascii_tolower (ch));
      return TRUE;
    }
  if (!g_unichar_isalnum (ch))
    return FALSE;
  n = g_unichar_fully_decompose (ch, FALSE, parts, G_N_ELEMENTS (parts));
  for (gsize i = 0; i < n; i++)
    if (!g_unichar_ismark (parts[i]))
      g_string_append_unichar (out, g_unichar_tolower (parts[i]));
  return TRUE;
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
      guint offset = p - text;
      gsize before = folded->len;

      if (!append_folded (folded, (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p)))
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
      ADDV (outreach_unit_get_description (OUTREACH_UNIT (node)));
      break;

    case OUTREACH_NODE_PROFILE:
      ADD (outreach_profile_get_time_in_role (OUTREACH_PROFILE (node)));
      ADDV (outreach_profile_get_story (OUTREACH_PROFILE (node)));
      break;

    case OUTREACH_NODE_PAGE:
      ADD (outreach_page_get_summary (OUTREACH_PAGE (node)));
      for (guint i = 0; i < outreach_page_get_n_sections (OUTREACH_PAGE (node)); i++)
        {
          const OutreachSection *section = outreach_page_get_section (OUTREACH_PAGE (node), i);

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

/* Appends @text to @out folded, with single spaces between words and none
 * at the ends (a space first if @out has text already), so that phrases
 * compare as they read. */
static void
fold_words_into (GString    *out,
                 const char *text)
{
  gboolean space = out->len > 0;   /* a space is owed before the next word */

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      gsize before = out->len;

      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      if (append_folded (out, ch))
        space = FALSE;
      else
        {
          g_string_truncate (out, before);   /* no word came: the space stays owed */
          space = TRUE;
        }
    }
}

static char *
fold_words (const char *text)
{
  GString *out = g_string_new (NULL);

  fold_words_into (out, text);
  return g_string_free (out, FALSE);
}

/* Records each word of @folded (single spaces between words) for @entry.
 * Each word is looked up where it lies, its end made a NUL for a moment. */
static void
index_words (OutreachSearch *self,
             Builder        *builder,
             guint32         entry,
             char           *folded,
             guint8          flag)
{
  for (char *p = folded; *p; )
    {
      char *end = strchr (p, ' ');
      gsize len = end ? (gsize) (end - p) : strlen (p);
      gpointer id_plus_one;
      guint32 id, *latest;
      Posting *posting;

      if (end != NULL)
        *end = '\0';
      id_plus_one = g_hash_table_lookup (builder->word_ids, p);
      if (id_plus_one == NULL)
        {
          char *stored = g_string_chunk_insert_len (self->chunk, p, len);
          guint32 none = G_MAXUINT32;

          g_ptr_array_add (self->words, stored);
          g_array_append_val (builder->latest, none);
          id_plus_one = GUINT_TO_POINTER (self->words->len);
          g_hash_table_insert (builder->word_ids, stored, id_plus_one);
        }
      if (end != NULL)
        *end = ' ';
      id = GPOINTER_TO_UINT (id_plus_one) - 1;

      /* entries are indexed one after another: this entry's is the word's latest */
      latest = &g_array_index (builder->latest, guint32, id);
      if (*latest == G_MAXUINT32 ||
          g_array_index (builder->occurrences, Occurrence, *latest).posting.entry != entry)
        {
          Occurrence occurrence = { id, { entry, 0, 0 } };

          *latest = builder->occurrences->len;
          g_array_append_val (builder->occurrences, occurrence);
        }
      posting = &g_array_index (builder->occurrences, Occurrence, *latest).posting;
      if (flag != 0)
        posting->flags |= flag;
      else if (posting->body_count < BODY_COUNT_CAP)
        posting->body_count++;

      p += len;
      if (*p == ' ')
        p++;
    }
}

static int
compare_word_ids (gconstpointer a,
                  gconstpointer b,
                  gpointer      words)
{
  return strcmp (g_ptr_array_index ((GPtrArray *) words, *(const guint32 *) a),
                 g_ptr_array_index ((GPtrArray *) words, *(const guint32 *) b));
}

static void
add_entry (OutreachSearch *self,
           OutreachNode   *node)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new ();
  GString *body = g_string_sized_new (1024);
  Entry entry = { 0 };

  collect_texts (node, texts);
  /* the body starts after the title and subtitle */
  for (guint i = outreach_node_get_subtitle (node) ? 2 : 1; i < texts->len; i++)
    fold_words_into (body, g_ptr_array_index (texts, i));

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

  Builder builder = { 0 };
  gsize folded_length = 0;

  self->content = g_object_ref (content);
  for (guint i = 0; i < nodes->len; i++)
    add_entry (self, g_ptr_array_index (nodes, i));

  /* about one posting per nine bytes of folded text (measured on the
   * benchmark packs): room for them at once, not by doubling */
  for (guint e = 0; e < self->entries->len; e++)
    {
      const Entry *entry = &g_array_index (self->entries, Entry, e);

      folded_length += strlen (entry->title) + strlen (entry->subtitle) + strlen (entry->body);
    }
  builder.word_ids = g_hash_table_new (g_str_hash, g_str_equal);
  builder.occurrences = g_array_sized_new (FALSE, FALSE, sizeof (Occurrence), folded_length / 9);
  builder.latest = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint e = 0; e < self->entries->len; e++)
    {
      Entry *entry = &g_array_index (self->entries, Entry, e);

      index_words (self, &builder, e, entry->title, IN_TITLE);
      index_words (self, &builder, e, entry->subtitle, IN_SUBTITLE);
      index_words (self, &builder, e, entry->body, 0);
    }

  /* every word's postings together, in entry order (a counting sort) */
  self->first_posting = g_new0 (guint32, self->words->len + 1);
  for (guint i = 0; i < builder.occurrences->len; i++)
    self->first_posting[g_array_index (builder.occurrences, Occurrence, i).word + 1]++;
  for (guint w = 0; w < self->words->len; w++)
    self->first_posting[w + 1] += self->first_posting[w];
  self->postings = g_new (Posting, MAX (builder.occurrences->len, 1));
  {
    g_autofree guint32 *next = g_memdup2 (self->first_posting, (self->words->len + 1) * sizeof (guint32));

    for (guint i = 0; i < builder.occurrences->len; i++)
      {
        const Occurrence *o = &g_array_index (builder.occurrences, Occurrence, i);

        self->postings[next[o->word]++] = o->posting;
      }
  }
  g_array_unref (builder.occurrences);
  g_array_unref (builder.latest);
  g_hash_table_unref (builder.word_ids);

  /* the words in order, for prefix ranges */
  self->sorted = g_new (guint32, MAX (self->words->len, 1));
  for (guint i = 0; i < self->words->len; i++)
    self->sorted[i] = i;
  g_qsort_with_data (self->sorted, self->words->len, sizeof (guint32), compare_word_ids,
                     self->words);

  self->stamp = g_new0 (guint32, MAX (self->entries->len, 1));
  self->flags = g_new0 (guint8, MAX (self->entries->len, 1));
  self->body = g_new0 (guint8, MAX (self->entries->len, 1));

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
          const Posting *p = &self->postings[k];
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
          if (whole && (p->flags & IN_SUBTITLE))
            self->flags[e] |= SUBTITLE_WORD;
          self->body[e] = MIN (BODY_COUNT_CAP, self->body[e] + p->body_count);
        }
    }
}

/* What one query word is worth to entry @e, from the scratch arrays:
 * its best place (title, abbreviation, subtitle or body) */
static double
term_score (OutreachSearch *self,
            guint32         e)
{
  const Entry *entry = &g_array_index (self->entries, Entry, e);
  guint8 flags = self->flags[e];
  double best = 0;

  if (flags & IN_TITLE)
    best = WEIGHT_TITLE;
  if (flags & SUBTITLE_WORD)
    best = MAX (best, OUTREACH_IS_UNIT (entry->node) ? WEIGHT_ABBREVIATION : WEIGHT_SUBTITLE);
  else if (flags & IN_SUBTITLE)
    best = MAX (best, WEIGHT_SUBTITLE);
  if (self->body[e] > 0)
    best = MAX (best, WEIGHT_BODY + WEIGHT_BODY_REPEAT * (self->body[e] - 1));
  return best;
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
      const Entry *entry = &g_array_index (self->entries, Entry, g_array_index (candidates, guint32, c));

      if (strcmp (entry->title, phrase) == 0)
        score[c] += WEIGHT_TITLE_EXACT;
      if (n_terms > 1 && find_word_prefix (entry->title, entry->title, phrase))
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
          const Entry *entry = &g_array_index (self->entries, Entry, g_array_index (candidates, guint32, c));

          if (score[c] + WEIGHT_PHRASE_BODY >= floor &&
              !find_word_prefix (entry->title, entry->title, phrase) &&
              find_word_prefix (entry->body, entry->body, phrase))
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
