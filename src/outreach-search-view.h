/* outreach-search-view.h: what a search found, in place of the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-content.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_SEARCH_VIEW (outreach_search_view_get_type ())
G_DECLARE_FINAL_TYPE (OutreachSearchView, outreach_search_view, OUTREACH, SEARCH_VIEW, GtkBox)

OutreachContent *outreach_search_view_get_content     (OutreachSearchView *self);
void             outreach_search_view_set_content     (OutreachSearchView *self,
                                                       OutreachContent    *content);
const char      *outreach_search_view_get_query       (OutreachSearchView *self);
void             outreach_search_view_set_query       (OutreachSearchView *self,
                                                       const char         *query);
void             outreach_search_view_activate_first  (OutreachSearchView *self);
gboolean         outreach_search_view_focus_results   (OutreachSearchView *self);

G_END_DECLS
