/* outreach-sidebar.h: the tree of the pack's pages beside the page
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-node.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_SIDEBAR (outreach_sidebar_get_type ())
G_DECLARE_FINAL_TYPE (OutreachSidebar, outreach_sidebar, OUTREACH, SIDEBAR, GtkWidget)

GListModel   *outreach_sidebar_get_model          (OutreachSidebar *self);
void          outreach_sidebar_set_model          (OutreachSidebar *self,
                                                   GListModel      *model);
OutreachNode *outreach_sidebar_get_selected_node  (OutreachSidebar *self);
void          outreach_sidebar_set_selected_node  (OutreachSidebar *self,
                                                   OutreachNode    *node);
void          outreach_sidebar_collapse_all       (OutreachSidebar *self);
void          outreach_sidebar_focus_selected     (OutreachSidebar *self);
gboolean      outreach_sidebar_get_structure_current (OutreachSidebar *self);
void          outreach_sidebar_set_structure_current (OutreachSidebar *self,
                                                      gboolean         current);

G_END_DECLS
