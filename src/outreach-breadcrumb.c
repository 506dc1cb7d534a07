/* outreach-breadcrumb.c
 *
 * Each step from the root of the tree to the node is a link to its page,
 * showing its short name where a unit has one, named as it shows (the
 * title its description where the two differ), and separated from the
 * next by a "›" that a screen reader skips; the node itself ends the line
 * as plain text. A top-level node has no way to show: the breadcrumb
 * hides.
 *
 * The steps vary in number with the node, so they are built here rather
 * than in a template. However long the names and deep the tree, the line
 * fits the page: a name is cut short with "…" where the row is narrow, and
 * a deep node's line shows the root, "…" for the steps between, then the
 * last few steps (the tree beside it shows them all).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-accessible.h"
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

/* A step's name on one line, cut short where the row is narrow: a chain of
 * long names must not make the page wider than the window */
#define STEP_MAX_CHARS 40
#define HERE_MAX_CHARS 60
/* steps shown after the root, the node itself among them */
#define LAST_STEPS 4

static GtkWidget *
step_button (OutreachNode *node,
             const char   *name)
{
  GtkWidget *button = gtk_button_new_with_label (name);
  GtkLabel *label = GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button)));

  gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (label, STEP_MAX_CHARS);
  gtk_widget_add_css_class (button, "flat");
  /* named as it shows (its label, whole where it is cut short); a title
   * the step shows short is its tooltip and description, and a title it
   * shows whole is not said again */
  if (g_strcmp0 (name, outreach_node_get_title (node)) != 0)
    _outreach_accessible_set_tooltip (button, outreach_node_get_title (node));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), "win.show");
  gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "s", outreach_node_get_id (node));
  return button;
}

static GtkWidget *
separator_label (const char *text)
{
  GtkWidget *separator = gtk_label_new (text);

  gtk_widget_add_css_class (separator, "dim-label");
  gtk_accessible_update_state (GTK_ACCESSIBLE (separator),
                               GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  return separator;
}

/* Where steps are left out: said to a screen reader, which skips the "›" */
static GtkWidget *
left_out_label (guint n)
{
  GtkWidget *label = gtk_label_new ("…");
  g_autofree char *name =
    /* Translators: in the "You are here" line of a page deep in the tree,
     * in place of the steps between the top and the last few */
    g_strdup_printf (ngettext ("%u step left out", "%u steps left out", n), n);

  gtk_widget_add_css_class (label, "dim-label");
  /* spaced as a step's flat button is */
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  return label;
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

      if (i == 1 && chain->len > LAST_STEPS + 2)
        {
          guint left_out = chain->len - LAST_STEPS - 1;

          gtk_box_append (GTK_BOX (self), left_out_label (left_out));
          gtk_box_append (GTK_BOX (self), separator_label ("›"));
          i += left_out - 1;
        }
      else if (i + 1 < chain->len)
        {
          gtk_box_append (GTK_BOX (self), step_button (node, name));
          gtk_box_append (GTK_BOX (self), separator_label ("›"));
        }
      else
        {
          GtkWidget *here = gtk_label_new (name);

          gtk_label_set_ellipsize (GTK_LABEL (here), PANGO_ELLIPSIZE_END);
          gtk_label_set_max_width_chars (GTK_LABEL (here), HERE_MAX_CHARS);
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
