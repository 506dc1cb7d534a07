/* outreach-search-result.h: one hit of a search, with the text that matched
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-node.h"

G_BEGIN_DECLS

/* A match inside the snippet, in bytes from the snippet's start. */
typedef struct
{
  guint start;
  guint end;
} OutreachMatch;

#define OUTREACH_TYPE_SEARCH_RESULT (outreach_search_result_get_type ())
G_DECLARE_FINAL_TYPE (OutreachSearchResult, outreach_search_result, OUTREACH, SEARCH_RESULT, GObject)

OutreachNode        *outreach_search_result_get_node       (OutreachSearchResult *self);
const char          *outreach_search_result_get_kind       (OutreachSearchResult *self);
const char          *outreach_search_result_get_title      (OutreachSearchResult *self);
const char          *outreach_search_result_get_snippet    (OutreachSearchResult *self);
const OutreachMatch *outreach_search_result_get_matches    (OutreachSearchResult *self,
                                                            guint                *n_matches);
double               outreach_search_result_get_score      (OutreachSearchResult *self);

G_END_DECLS
