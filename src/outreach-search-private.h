/* outreach-search-private.h: the index's layout, for the files of the search
 *
 * outreach-search-index.c builds it, outreach-search-query.c reads it,
 * outreach-search-snippet.c cuts a result's text, outreach-search-fold.c
 * folds text for all of them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-search.h"
#include "outreach-search-result.h"

G_BEGIN_DECLS

struct _OutreachSearchResult
{
  GObject       parent_instance;
  OutreachNode *node;
  char         *snippet;
  GArray       *matches;   /* OutreachMatch */
  double        score;
};

/* One page, unit or profile, its texts folded */
typedef struct
{
  OutreachNode *node;       /* owned by the content, which the index keeps */
  char         *title;      /* folded */
  char         *subtitle;   /* folded abbreviation or role */
  char         *body;       /* folded, every other text of the node */
  guint32      *text_ends;  /* where each of those texts ends in body */
  guint         n_texts;
} OutreachSearchEntry;

#define OUTREACH_POSTING_IN_TITLE        (1 << 0)
#define OUTREACH_POSTING_IN_SUBTITLE     (1 << 1)
#define OUTREACH_POSTING_BODY_COUNT_CAP  6

/* One word in one entry (packed: a big pack has millions) */
typedef struct __attribute__((packed))
{
  guint32 entry;
  guint8  flags;        /* OUTREACH_POSTING_IN_TITLE, OUTREACH_POSTING_IN_SUBTITLE */
  guint8  body_count;   /* occurrences in the body, up to OUTREACH_POSTING_BODY_COUNT_CAP */
} OutreachPosting;

struct _OutreachSearch
{
  GObject          parent_instance;

  OutreachContent *content;
  GArray          *entries;    /* OutreachSearchEntry, in tree order */

  GStringChunk    *chunk;      /* the words' text */
  GPtrArray       *words;      /* id → word */
  OutreachPosting *postings;   /* every word's postings, by word id, then entry */
  guint32         *first_posting;  /* id → its first in postings; [n_words] the end */
  guint32         *sorted;     /* word ids in the order of their words */

  /* scratch for queries: per entry, the sums of one query word */
  guint32         *stamp;      /* == generation: touched by this word */
  guint8          *flags;
  guint8          *body;
  guint32          generation;
};

/* outreach-search-fold.c */
void        _outreach_search_fold_words_into   (GString              *out,
                                                const char           *text);
char       *_outreach_search_fold_words        (const char           *text);
const char *_outreach_search_find_word_prefix  (const char           *text,
                                                const char           *from,
                                                const char           *term);

/* outreach-search-index.c */
void        _outreach_search_entry_clear       (OutreachSearchEntry  *entry);
guint       _outreach_search_collect_texts     (OutreachNode         *node,
                                                GPtrArray            *texts);
void        _outreach_search_index_build       (OutreachSearch       *self);

/* outreach-search-snippet.c */
void        _outreach_search_make_snippet      (OutreachSearchResult *result,
                                                const OutreachSearchEntry *entry,
                                                char                **terms,
                                                const double         *weights);

G_END_DECLS
