/* outreach-node-link.c
 *
 * A link to another page in the pack (a team, a person, the unit a person
 * works in): the node's title and, under it, a line on what it is: a
 * unit's abbreviation; a person's role, staff or officer, and team. It
 * opens the page through win.show.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-node-link.h"
#include "outreach-profile.h"
#include "outreach-text-block.h"

struct _OutreachNodeLink
{
  GtkButton          parent_instance;

  OutreachNode      *node;

  OutreachTextBlock *title_text;
  OutreachTextBlock *detail_text;
};

G_DEFINE_FINAL_TYPE (OutreachNodeLink, outreach_node_link, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The line under the title, or %NULL for none */
static char *
dup_detail (OutreachNode *node)
{
  if (OUTREACH_IS_UNIT (node))
    return g_strdup (outreach_unit_get_abbreviation (OUTREACH_UNIT (node)));

  if (OUTREACH_IS_PROFILE (node))
    {
      OutreachProfile *profile = OUTREACH_PROFILE (node);
      OutreachUnit *team = outreach_profile_get_team (profile);

      return g_strdup_printf ("%s · %s · %s", outreach_profile_get_role (profile),
                              outreach_profile_get_employment_label (profile),
                              team ? outreach_unit_get_name (team) : "");
    }

  return NULL;
}

static void
render (OutreachNodeLink *self)
{
  g_autofree char *detail = NULL;
  g_autofree char *accessible = NULL;

  if (self->node == NULL)
    {
      outreach_text_block_set_text (self->title_text, "");
      gtk_widget_set_visible (GTK_WIDGET (self->detail_text), FALSE);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  detail = dup_detail (self->node);
  outreach_text_block_set_text (self->title_text, outreach_node_get_title (self->node));
  outreach_text_block_set_text (self->detail_text, detail ? detail : "");
  gtk_widget_set_visible (GTK_WIDGET (self->detail_text), detail != NULL);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s", outreach_node_get_id (self->node));

  accessible = detail ? g_strdup_printf ("%s, %s", outreach_node_get_title (self->node), detail)
                      : g_strdup (outreach_node_get_title (self->node));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible,
                                  -1);
}

static void
outreach_node_link_dispose (GObject *object)
{
  OutreachNodeLink *self = OUTREACH_NODE_LINK (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OUTREACH_TYPE_NODE_LINK);
  g_clear_object (&self->node);

  G_OBJECT_CLASS (outreach_node_link_parent_class)->dispose (object);
}

static void
outreach_node_link_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OutreachNodeLink *self = OUTREACH_NODE_LINK (object);

  switch (prop_id)
    {
    case PROP_NODE:
      g_value_set_object (value, self->node);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_node_link_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OutreachNodeLink *self = OUTREACH_NODE_LINK (object);

  switch (prop_id)
    {
    case PROP_NODE:
      outreach_node_link_set_node (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_node_link_class_init (OutreachNodeLinkClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_node_link_dispose;
  object_class->get_property = outreach_node_link_get_property;
  object_class->set_property = outreach_node_link_set_property;

  properties[PROP_NODE] =
    g_param_spec_object ("node", NULL, NULL, OUTREACH_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OUTREACH_TYPE_TEXT_BLOCK);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-node-link.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachNodeLink, title_text);
  gtk_widget_class_bind_template_child (widget_class, OutreachNodeLink, detail_text);
}

static void
outreach_node_link_init (OutreachNodeLink *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
outreach_node_link_new (OutreachNode *node)
{
  return g_object_new (OUTREACH_TYPE_NODE_LINK, "node", node, NULL);
}

OutreachNode *
outreach_node_link_get_node (OutreachNodeLink *self)
{
  g_return_val_if_fail (OUTREACH_IS_NODE_LINK (self), NULL);

  return self->node;
}

void
outreach_node_link_set_node (OutreachNodeLink *self,
                             OutreachNode     *node)
{
  g_return_if_fail (OUTREACH_IS_NODE_LINK (self));
  g_return_if_fail (node == NULL || OUTREACH_IS_NODE (node));

  if (g_set_object (&self->node, node))
    {
      render (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NODE]);
    }
}
