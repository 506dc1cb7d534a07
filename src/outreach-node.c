/* outreach-node.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "outreach-model-private.h"

typedef struct
{
  OutreachNodeKind  kind;
  char             *id;
  char             *title;
  char             *subtitle;
  OutreachNode     *parent;   /* not owned: a parent outlives its children */
  GListStore       *children; /* NULL for a leaf */
} OutreachNodePrivate;

G_DEFINE_TYPE_WITH_PRIVATE (OutreachNode, outreach_node, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUBTITLE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
outreach_node_finalize (GObject *object)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (OUTREACH_NODE (object));

  g_clear_pointer (&priv->id, g_free);
  g_clear_pointer (&priv->title, g_free);
  g_clear_pointer (&priv->subtitle, g_free);
  g_clear_object (&priv->children);

  G_OBJECT_CLASS (outreach_node_parent_class)->finalize (object);
}

static void
outreach_node_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  OutreachNode *self = OUTREACH_NODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, outreach_node_get_id (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, outreach_node_get_title (self));
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, outreach_node_get_subtitle (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_node_class_init (OutreachNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = outreach_node_finalize;
  object_class->get_property = outreach_node_get_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SUBTITLE] =
    g_param_spec_string ("subtitle", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outreach_node_init (OutreachNode *self)
{
}

void
_outreach_node_setup (OutreachNode     *self,
                      OutreachNodeKind  kind,
                      const char       *id,
                      const char       *title,
                      const char       *subtitle)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (self);

  priv->kind = kind;
  priv->id = g_strdup (id);
  priv->title = g_strdup (title);
  priv->subtitle = g_strdup (subtitle);
}

void
_outreach_node_append_child (OutreachNode *self,
                             OutreachNode *child)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (self);
  OutreachNodePrivate *child_priv = outreach_node_get_instance_private (child);

  if (priv->children == NULL)
    priv->children = g_list_store_new (OUTREACH_TYPE_NODE);
  g_list_store_append (priv->children, child);
  child_priv->parent = self;
}

OutreachNodeKind
outreach_node_get_kind (OutreachNode *self)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (self);

  return priv->kind;
}

/**
 * outreach_node_get_id:
 *
 * Returns: the node's id, unique in its pack and used by `--show=ID`
 */
const char *
outreach_node_get_id (OutreachNode *self)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (self);

  return priv->id;
}

const char *
outreach_node_get_title (OutreachNode *self)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (self);

  return priv->title;
}

/**
 * outreach_node_get_subtitle:
 *
 * Returns: (nullable): a unit's abbreviation, a person's role, or %NULL
 */
const char *
outreach_node_get_subtitle (OutreachNode *self)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (self);

  return priv->subtitle;
}

/**
 * outreach_node_get_kind_name:
 *
 * Returns: what the node is, in words: for a unit, the pack's name for its
 *   level ("levels"), by default "Unit" for a root of the unit tree,
 *   "Capability" below it, "Team" further down; "Person" or "Page"
 */
const char *
outreach_node_get_kind_name (OutreachNode *self)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (self);
  guint depth = 0;

  switch (priv->kind)
    {
    case OUTREACH_NODE_PROFILE:
      return _("Person");
    case OUTREACH_NODE_PAGE:
      return _("Page");
    case OUTREACH_NODE_UNIT:
    default:
      if (OUTREACH_IS_UNIT (self) && OUTREACH_UNIT (self)->level_name != NULL)
        return OUTREACH_UNIT (self)->level_name;
      for (OutreachNode *n = priv->parent; n != NULL; n = outreach_node_get_parent (n))
        depth++;
      return depth == 0 ? _("Unit") : depth == 1 ? _("Capability") : _("Team");
    }
}

OutreachNode *
outreach_node_get_parent (OutreachNode *self)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (self);

  return priv->parent;
}

/**
 * outreach_node_get_children:
 *
 * Returns: (transfer none) (nullable): the node's children, or %NULL for a leaf
 */
GListModel *
outreach_node_get_children (OutreachNode *self)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (self);

  return priv->children ? G_LIST_MODEL (priv->children) : NULL;
}

guint
outreach_node_get_n_children (OutreachNode *self)
{
  OutreachNodePrivate *priv = outreach_node_get_instance_private (self);

  return priv->children ? g_list_model_get_n_items (G_LIST_MODEL (priv->children)) : 0;
}

/**
 * outreach_node_dup_ancestry:
 *
 * Returns: (transfer container): the nodes from the root down to @self, inclusive
 */
GPtrArray *
outreach_node_dup_ancestry (OutreachNode *self)
{
  GPtrArray *chain = g_ptr_array_new ();

  for (OutreachNode *node = self; node != NULL; node = outreach_node_get_parent (node))
    g_ptr_array_insert (chain, 0, node);

  return chain;
}
