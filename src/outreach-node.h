/* outreach-node.h: anything in a content pack that has a page of its own
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

typedef enum
{
  OUTREACH_NODE_PAGE,
  OUTREACH_NODE_UNIT,
  OUTREACH_NODE_PROFILE,
} OutreachNodeKind;

#define OUTREACH_TYPE_NODE (outreach_node_get_type ())
G_DECLARE_DERIVABLE_TYPE (OutreachNode, outreach_node, OUTREACH, NODE, GObject)

struct _OutreachNodeClass
{
  GObjectClass parent_class;
};

OutreachNodeKind  outreach_node_get_kind         (OutreachNode *self);
const char       *outreach_node_get_id           (OutreachNode *self);
const char       *outreach_node_get_title        (OutreachNode *self);
const char       *outreach_node_get_subtitle     (OutreachNode *self);
const char       *outreach_node_get_kind_name    (OutreachNode *self);
OutreachNode     *outreach_node_get_parent       (OutreachNode *self);
GListModel       *outreach_node_get_children     (OutreachNode *self);
guint             outreach_node_get_n_children   (OutreachNode *self);
GPtrArray        *outreach_node_dup_ancestry     (OutreachNode *self);

G_END_DECLS
