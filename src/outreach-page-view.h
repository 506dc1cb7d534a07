/* outreach-page-view.h: the page of any node, with its breadcrumb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-content.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_PAGE_VIEW (outreach_page_view_get_type ())
G_DECLARE_FINAL_TYPE (OutreachPageView, outreach_page_view, OUTREACH, PAGE_VIEW, GtkWidget)

void          outreach_page_view_set_content  (OutreachPageView *self,
                                               OutreachContent  *content);
OutreachNode *outreach_page_view_get_node     (OutreachPageView *self);
void          outreach_page_view_set_node     (OutreachPageView *self,
                                               OutreachNode     *node);
const char   *outreach_page_view_get_heading  (OutreachPageView *self);
void          outreach_page_view_focus        (OutreachPageView *self);
void          outreach_page_view_focus_start  (OutreachPageView *self);
gboolean      outreach_page_view_turn         (OutreachPageView *self,
                                               gboolean          forward);
void          outreach_page_view_scroll_to_top (OutreachPageView *self);
GtkAdjustment *outreach_page_view_get_vadjustment (OutreachPageView *self);

G_END_DECLS
