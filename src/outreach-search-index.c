/* outreach-search-index.c: building the index, once, when a pack loads
 *
 * Every page, unit and profile becomes an entry with its title, subtitle
 * and body folded; every distinct word of them is kept once, sorted, with
 * its postings: the entries it occurs in, whether in the title or the
 * subtitle, and how often in the body.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-page.h"
#include "outreach-profile.h"
#include "outreach-route.h"
#include "outreach-search-private.h"

/* While building: a posting and its word, in the order entries come */
typedef struct __attribute__((packed))
{
  guint32 word;
  OutreachPosting posting;
} Occurrence;

/* What only building the index needs */
typedef struct
{
  GHashTable *word_ids;      /* word → id + 1 */
  GArray     *occurrences;   /* Occurrence */
  GArray     *latest;        /* id → index in occurrences of the word's latest */
} Builder;

void
_outreach_search_entry_clear (OutreachSearchEntry *entry)
{
  g_free (entry->title);
  g_free (entry->subtitle);
  g_free (entry->body);
  g_free (entry->text_ends);
}

/* Appends every text a node shows to @texts, in reading order: name,
 * subtitle, then the body (for a page, the cards of its ways in too). Returns the index of the body's first text. */
guint
_outreach_search_collect_texts (OutreachNode *node,
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
      /* the ways in it shows, as their cards do, under the summary: what
       * the content gives, so in the language it was loaded in */
      {
        GListModel *routes = outreach_page_get_routes (OUTREACH_PAGE (node));

        for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
          {
            /* the page's list keeps the route, so its texts outlive @texts */
            g_autoptr(OutreachRoute) route = g_list_model_get_item (routes, i);

            ADD (outreach_route_get_title (route));
            ADD (outreach_route_get_audience (route));
            ADDV (outreach_route_get_steps (route));
          }
      }
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
  return outreach_node_get_subtitle (node) ? 2 : 1;
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
      OutreachPosting *posting;

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
      else if (posting->body_count < OUTREACH_POSTING_BODY_COUNT_CAP)
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
  guint first_body = _outreach_search_collect_texts (node, texts);   /* after title and subtitle */
  GString *body = g_string_sized_new (1024);
  OutreachSearchEntry entry = { 0 };

  /* where each text ends, so that a snippet finds its passage without
   * folding the texts again */
  entry.n_texts = texts->len - first_body;
  entry.text_ends = g_new (guint32, MAX (entry.n_texts, 1));
  for (guint i = first_body; i < texts->len; i++)
    {
      _outreach_search_fold_words_into (body, g_ptr_array_index (texts, i));
      entry.text_ends[i - first_body] = body->len;
    }

  entry.node = node;
  entry.title = _outreach_search_fold_words (outreach_node_get_title (node));
  entry.subtitle = outreach_node_get_subtitle (node)
                   ? _outreach_search_fold_words (outreach_node_get_subtitle (node))
                   : g_strdup ("");
  entry.body = g_string_free (body, FALSE);
  g_array_append_val (self->entries, entry);
}

/* Fills the entries, words, postings and sorted words from self->content
 * (see outreach_search_new()). */
void
_outreach_search_index_build (OutreachSearch *self)
{
  g_autoptr(GPtrArray) nodes = outreach_content_dup_nodes (self->content);
  Builder builder = { 0 };
  gsize folded_length = 0;

  for (guint i = 0; i < nodes->len; i++)
    add_entry (self, g_ptr_array_index (nodes, i));

  /* about one posting per nine bytes of folded text (measured on the
   * benchmark packs): room for them at once, not by doubling */
  for (guint e = 0; e < self->entries->len; e++)
    {
      const OutreachSearchEntry *entry = &g_array_index (self->entries, OutreachSearchEntry, e);

      folded_length += strlen (entry->title) + strlen (entry->subtitle) + strlen (entry->body);
    }
  builder.word_ids = g_hash_table_new (g_str_hash, g_str_equal);
  builder.occurrences = g_array_sized_new (FALSE, FALSE, sizeof (Occurrence), folded_length / 9);
  builder.latest = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint e = 0; e < self->entries->len; e++)
    {
      OutreachSearchEntry *entry = &g_array_index (self->entries, OutreachSearchEntry, e);

      index_words (self, &builder, e, entry->title, OUTREACH_POSTING_IN_TITLE);
      index_words (self, &builder, e, entry->subtitle, OUTREACH_POSTING_IN_SUBTITLE);
      index_words (self, &builder, e, entry->body, 0);
    }

  /* every word's postings together, in entry order (a counting sort) */
  self->first_posting = g_new0 (guint32, self->words->len + 1);
  for (guint i = 0; i < builder.occurrences->len; i++)
    self->first_posting[g_array_index (builder.occurrences, Occurrence, i).word + 1]++;
  for (guint w = 0; w < self->words->len; w++)
    self->first_posting[w + 1] += self->first_posting[w];
  self->postings = g_new (OutreachPosting, MAX (builder.occurrences->len, 1));
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
}
