/* outreach-breadcrumb.c
 *
 * Each step from the root of the tree to the node is a link to its page,
 * named by its short name where a unit has one, and separated from the
 * next by a "›" that a screen reader skips; the node itself ends the line
 * as plain text. A top-level node has no way to show: the breadcrumb
 * hides.
 *
 * The steps vary in number with the node, so they are built here rather
 * than in a template.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-breadcrumb.h"
#include "outreach-unit.h"

struct _OutreachBreadcrumb
{
  GtkBox        parent_instance;

  OutreachNode *node;
};

G_DEFINE_FINAL_TYPE (OutreachBreadcrumb, outreach_breadcrumb, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_NODE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkWidget *
step_button (OutreachNode *node,
             const char   *name)
{
  GtkWidget *button = gtk_button_new_with_label (name);

  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_tooltip_text (button, outreach_node_get_title (node));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", outreach_node_get_id (node));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  outreach_node_get_title (node), -1);
  return button;
}

static void
render (OutreachBreadcrumb *self)
{
  g_autoptr(GPtrArray) chain = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_box_remove (GTK_BOX (self), child);

  if (self->node == NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self), FALSE);
      return;
    }

  chain = outreach_node_dup_ancestry (self->node);
  gtk_widget_set_visible (GTK_WIDGET (self), chain->len > 1);

  for (guint i = 0; i < chain->len; i++)
    {
      OutreachNode *node = g_ptr_array_index (chain, i);
      const char *name = outreach_node_get_subtitle (node) && OUTREACH_IS_UNIT (node)
                         ? outreach_node_get_subtitle (node) : outreach_node_get_title (node);

      if (i + 1 < chain->len)
        {
          GtkWidget *separator = gtk_label_new ("›");

          gtk_widget_add_css_class (separator, "dim-label");
          gtk_accessible_update_state (GTK_ACCESSIBLE (separator),
                                       GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
          gtk_box_append (GTK_BOX (self), step_button (node, name));
          gtk_box_append (GTK_BOX (self), separator);
        }
      else
        {
          GtkWidget *here = gtk_label_new (name);

          gtk_label_set_ellipsize (GTK_LABEL (here), PANGO_ELLIPSIZE_END);
          gtk_widget_set_margin_start (here, 6);
          gtk_box_append (GTK_BOX (self), here);
        }
    }
}

static void
outreach_breadcrumb_dispose (GObject *object)
{
  OutreachBreadcrumb *self = OUTREACH_BREADCRUMB (object);

  g_clear_object (&self->node);

  G_OBJECT_CLASS (outreach_breadcrumb_parent_class)->dispose (object);
}

static void
outreach_breadcrumb_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OutreachBreadcrumb *self = OUTREACH_BREADCRUMB (object);

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
outreach_breadcrumb_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OutreachBreadcrumb *self = OUTREACH_BREADCRUMB (object);

  switch (prop_id)
    {
    case PROP_NODE:
      outreach_breadcrumb_set_node (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_breadcrumb_class_init (OutreachBreadcrumbClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = outreach_breadcrumb_dispose;
  object_class->get_property = outreach_breadcrumb_get_property;
  object_class->set_property = outreach_breadcrumb_set_property;

  properties[PROP_NODE] =
    g_param_spec_object ("node", NULL, NULL, OUTREACH_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outreach_breadcrumb_init (OutreachBreadcrumb *self)
{
}

OutreachNode *
outreach_breadcrumb_get_node (OutreachBreadcrumb *self)
{
  g_return_val_if_fail (OUTREACH_IS_BREADCRUMB (self), NULL);

  return self->node;
}

void
outreach_breadcrumb_set_node (OutreachBreadcrumb *self,
                              OutreachNode       *node)
{
  g_return_if_fail (OUTREACH_IS_BREADCRUMB (self));
  g_return_if_fail (node == NULL || OUTREACH_IS_NODE (node));

  if (g_set_object (&self->node, node))
    {
      render (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NODE]);
    }
}
