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
 * This file holds the object; outreach-search-index.c builds the index,
 * outreach-search-query.c answers a query and ranks the matches,
 * outreach-search-snippet.c cuts the text each result shows, and
 * outreach-search-fold.c holds the folding all of them use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-search-private.h"

G_DEFINE_FINAL_TYPE (OutreachSearch, outreach_search, G_TYPE_OBJECT)

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
  self->entries = g_array_new (FALSE, TRUE, sizeof (OutreachSearchEntry));
  g_array_set_clear_func (self->entries, (GDestroyNotify) _outreach_search_entry_clear);
  self->chunk = g_string_chunk_new (64 * 1024);
  self->words = g_ptr_array_new ();
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

  self->content = g_object_ref (content);
  _outreach_search_index_build (self);

  /* the query's scratch: one of each per entry */
  self->stamp = g_new0 (guint32, MAX (self->entries->len, 1));
  self->flags = g_new0 (guint8, MAX (self->entries->len, 1));
  self->body = g_new0 (guint8, MAX (self->entries->len, 1));

  return self;
}
