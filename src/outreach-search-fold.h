/* outreach-search-fold.h: one case- and accent-folding rule for search and type-ahead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *outreach_search_fold (const char *text,
                            GArray     *offsets);

G_END_DECLS
