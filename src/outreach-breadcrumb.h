/* outreach-breadcrumb.h: the way from the root of the tree to a node
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-node.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_BREADCRUMB (outreach_breadcrumb_get_type ())
G_DECLARE_FINAL_TYPE (OutreachBreadcrumb, outreach_breadcrumb, OUTREACH, BREADCRUMB, GtkBox)

OutreachNode *outreach_breadcrumb_get_node  (OutreachBreadcrumb *self);
void          outreach_breadcrumb_set_node  (OutreachBreadcrumb *self,
                                             OutreachNode       *node);

G_END_DECLS
