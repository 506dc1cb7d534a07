/* outreach-node-link.h: a button that opens a node's page, named for it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-node.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_NODE_LINK (outreach_node_link_get_type ())
G_DECLARE_FINAL_TYPE (OutreachNodeLink, outreach_node_link, OUTREACH, NODE_LINK, GtkButton)

GtkWidget    *outreach_node_link_new       (OutreachNode     *node);
OutreachNode *outreach_node_link_get_node  (OutreachNodeLink *self);
void          outreach_node_link_set_node  (OutreachNodeLink *self,
                                            OutreachNode     *node);

G_END_DECLS
