/* outreach-search.h: the index of a pack's pages, built once when it loads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-content.h"
#include "outreach-search-fold.h"
#include "outreach-search-result.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_SEARCH (outreach_search_get_type ())
G_DECLARE_FINAL_TYPE (OutreachSearch, outreach_search, OUTREACH, SEARCH, GObject)

OutreachSearch *outreach_search_new     (OutreachContent *content);
GListModel     *outreach_search_query   (OutreachSearch  *self,
                                         const char      *query,
                                         guint            max_results);

G_END_DECLS
