/* outreach-search-private.h
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

G_END_DECLS
