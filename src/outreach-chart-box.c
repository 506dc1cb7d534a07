/* outreach-chart-box.c: one box of the organisation chart
 *
 * A unit's name (wrapped), its abbreviation if it has one, and how many
 * units it holds, with a small button that collapses or expands its branch
 * (not a Tab stop: the chart is one, and minus and plus on a box do the
 * same). The box itself takes the keyboard's focus and activates with a
 * click, a tap, Enter or Space ("activate"). A screen reader reads it as a
 * tree item named with its name, kind, contents and place ("Regional Cyber
 * Crime Unit, capability, 3 teams, 5 of 14"), expanded or not, with its
 * level and place in the set; its button is named for the branch
 * ("Collapse Regional Cyber Crime Unit").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-accessible.h"
#include "outreach-chart-box.h"
#include "outreach-unit.h"
#include "outreach-text.h"

struct _OutreachChartBoxWidget
{
  GtkWidget     parent_instance;

  OutreachNode *node;
  guint         n_children;
  guint         position;
  guint         n_siblings;
  guint         level;       /* 0 for a root */
  gboolean      expanded;

  GtkLabel     *name_label;
  GtkLabel     *abbreviation_label;
  GtkLabel     *count_label;
  GtkWidget    *toggle_button;
};

G_DEFINE_FINAL_TYPE (OutreachChartBoxWidget, outreach_chart_box_widget, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACTIVATE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* "3 teams": the children's kind, counted */
static char *
count_text (OutreachChartBoxWidget *self)
{
  g_autoptr(OutreachNode) child = NULL;
  GListModel *children = outreach_node_get_children (self->node);
  const char *kind;

  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(OutreachNode) item = g_list_model_get_item (children, i);

      if (OUTREACH_IS_UNIT (item))
        {
          child = g_steal_pointer (&item);
          break;
        }
    }
  kind = child ? outreach_node_get_kind_name (child) : "";
  if (g_strcmp0 (kind, _("Capability")) == 0)
    /* Translators: in a box of the organisation chart, how many
     * capabilities the unit holds */
    return g_strdup_printf (ngettext ("%u capability", "%u capabilities",
                                         self->n_children), self->n_children);
  if (g_strcmp0 (kind, _("Team")) == 0)
    /* Translators: in a box of the organisation chart, how many teams the
     * unit holds */
    return g_strdup_printf (ngettext ("%u team", "%u teams",
                                         self->n_children), self->n_children);
  /* Translators: in a box of the organisation chart, how many units the
   * unit holds (of a kind the pack names itself) */
  return g_strdup_printf (ngettext ("%u unit", "%u units",
                                       self->n_children), self->n_children);
}

static void
update_accessible (OutreachChartBoxWidget *self)
{
  g_autofree char *kind = outreach_text_kind_in_sentence (outreach_node_get_kind_name (self->node));
  g_autofree char *count = self->n_children > 0 ? count_text (self) : NULL;
  const char *title = outreach_node_get_title (self->node);
  g_autofree char *name = NULL;

  if (self->n_siblings > 0 && count != NULL)
    /* Translators: a box of the organisation chart, as a screen reader
     * reads it: its name, what it is in lower case, how many units it
     * holds, its place among its siblings and how many they are, such as
     * "Regional Cyber Crime Unit, capability, 3 teams, 5 of 14" */
    name = g_strdup_printf (_("%1$s, %2$s, %3$s, %4$u of %5$u"), title, kind, count,
                            self->position + 1, self->n_siblings);
  else if (self->n_siblings > 0)
    /* Translators: a box of the organisation chart that holds no units, as
     * a screen reader reads it: its name, what it is in lower case, its
     * place among its siblings and how many they are, such as "Dark Web
     * Team, team, 2 of 3" */
    name = g_strdup_printf (_("%1$s, %2$s, %3$u of %4$u"), title, kind,
                            self->position + 1, self->n_siblings);
  else if (count != NULL)
    /* Translators: the top box of the organisation chart, as a screen
     * reader reads it: its name, what it is in lower case and how many
     * units it holds, such as "South East Regional Organised Crime Unit,
     * unit, 14 capabilities" */
    name = g_strdup_printf (_("%1$s, %2$s, %3$s"), title, kind, count);
  else
    name = g_strdup_printf (C_("unit tree entry", "%1$s, %2$s"), title, kind);

  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_LEVEL, self->level + 1, -1);
  /* a place in a set: not for the one root (its name has none either) */
  if (self->n_siblings > 0)
    gtk_accessible_update_relation (GTK_ACCESSIBLE (self),
                                    GTK_ACCESSIBLE_RELATION_POS_IN_SET, self->position + 1,
                                    GTK_ACCESSIBLE_RELATION_SET_SIZE, self->n_siblings,
                                    -1);
  if (self->n_children > 0)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED,
                                 self->expanded, -1);
}

static void
update_toggle (OutreachChartBoxWidget *self)
{
  /* Translators: the small button in a box of the organisation chart that
   * hides the units below it */
  const char *collapse = _("Collapse branch");
  /* Translators: the small button in a box of the organisation chart that
   * shows the units below it again */
  const char *expand = _("Expand branch");
  /* the key that does it too, in the tooltip */
  const char *key = self->expanded ? "−" : "+";
  g_autofree char *tooltip = g_strdup_printf ("%s (%s)", self->expanded ? collapse : expand, key);
  const char *title = outreach_node_get_title (self->node);
  /* as a screen reader names it: for the branch, as a list of buttons
   * (or a voice command) needs it */
  g_autofree char *name = self->expanded
    /* Translators: the button in a box of the organisation chart that hides
     * the units below it, as a screen reader names it: "Collapse Regional
     * Cyber Crime Unit" */
    ? g_strdup_printf (_("Collapse %s"), title)
    /* Translators: the button in a box of the organisation chart that
     * shows the units below it again, as a screen reader names it:
     * "Expand Regional Cyber Crime Unit" */
    : g_strdup_printf (_("Expand %s"), title);

  gtk_button_set_icon_name (GTK_BUTTON (self->toggle_button),
                            self->expanded ? "list-remove-symbolic" : "list-add-symbolic");
  _outreach_accessible_set_tooltip (self->toggle_button, tooltip);
  /* its description: the tooltip, with the key, not a bare glyph */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->toggle_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, tooltip,
                                  -1);
}

static void
on_toggle_clicked (OutreachChartBoxWidget *self)
{
  outreach_chart_box_widget_set_expanded (self, !self->expanded);
}

static void
on_pressed (GtkGestureClick        *gesture,
            int                     n_press,
            double                  x,
            double                  y,
            OutreachChartBoxWidget *self)
{
  /* a tap: no hover needed, and the box under the finger has the focus after */
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
on_released (GtkGestureClick        *gesture,
             int                     n_press,
             double                  x,
             double                  y,
             OutreachChartBoxWidget *self)
{
  if (n_press == 1 && gtk_widget_contains (GTK_WIDGET (self), x, y))
    g_signal_emit (self, signals[ACTIVATE], 0);
}

static void
outreach_chart_box_widget_dispose (GObject *object)
{
  OutreachChartBoxWidget *self = OUTREACH_CHART_BOX_WIDGET (object);

  GtkWidget *child;

  gtk_widget_dispose_template (GTK_WIDGET (self), OUTREACH_TYPE_CHART_BOX_WIDGET);
  /* the template's children it did not bind too */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_object (&self->node);
  G_OBJECT_CLASS (outreach_chart_box_widget_parent_class)->dispose (object);
}

static void
outreach_chart_box_widget_get_property (GObject    *object,
                                        guint       prop_id,
                                        GValue     *value,
                                        GParamSpec *pspec)
{
  OutreachChartBoxWidget *self = OUTREACH_CHART_BOX_WIDGET (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_chart_box_widget_set_property (GObject      *object,
                                        guint         prop_id,
                                        const GValue *value,
                                        GParamSpec   *pspec)
{
  OutreachChartBoxWidget *self = OUTREACH_CHART_BOX_WIDGET (object);

  switch (prop_id)
    {
    case PROP_EXPANDED:
      outreach_chart_box_widget_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_chart_box_widget_class_init (OutreachChartBoxWidgetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_chart_box_widget_dispose;
  object_class->get_property = outreach_chart_box_widget_get_property;
  object_class->set_property = outreach_chart_box_widget_set_property;

  properties[PROP_EXPANDED] =
    g_param_spec_boolean ("expanded", NULL, NULL, TRUE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachChartBoxWidget::activate:
   *
   * The box was clicked, tapped, or given Enter or Space.
   */
  signals[ACTIVATE] = g_signal_new ("activate", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST | G_SIGNAL_ACTION, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 0);
  gtk_widget_class_set_activate_signal (widget_class, signals[ACTIVATE]);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_Return, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_ISO_Enter, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_space, 0, "activate", NULL);
  gtk_widget_class_add_binding_signal (widget_class, GDK_KEY_KP_Space, 0, "activate", NULL);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-chart-box.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachChartBoxWidget, name_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachChartBoxWidget, abbreviation_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachChartBoxWidget, count_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachChartBoxWidget, toggle_button);
  gtk_widget_class_bind_template_callback (widget_class, on_toggle_clicked);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TREE_ITEM);
  gtk_widget_class_set_css_name (widget_class, "chartbox");
}

static void
outreach_chart_box_widget_init (OutreachChartBoxWidget *self)
{
  GtkGesture *click = gtk_gesture_click_new ();

  self->expanded = TRUE;
  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (click), FALSE);
  g_signal_connect (click, "pressed", G_CALLBACK (on_pressed), self);
  g_signal_connect (click, "released", G_CALLBACK (on_released), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));
}

/**
 * outreach_chart_box_widget_new:
 * @node: the unit the box shows
 * @n_children: how many units it holds
 */
GtkWidget *
outreach_chart_box_widget_new (OutreachNode *node,
                               guint         n_children)
{
  OutreachChartBoxWidget *self;
  const char *abbreviation = NULL;
  g_autofree char *count = NULL;

  g_return_val_if_fail (OUTREACH_IS_NODE (node), NULL);

  self = g_object_new (OUTREACH_TYPE_CHART_BOX_WIDGET, NULL);
  self->node = g_object_ref (node);
  self->n_children = n_children;

  gtk_label_set_text (self->name_label, outreach_node_get_title (node));
  if (OUTREACH_IS_UNIT (node))
    abbreviation = outreach_unit_get_abbreviation (OUTREACH_UNIT (node));
  if (abbreviation != NULL && *abbreviation != '\0')
    {
      gtk_label_set_text (self->abbreviation_label, abbreviation);
      gtk_widget_set_visible (GTK_WIDGET (self->abbreviation_label), TRUE);
    }
  if (n_children > 0)
    {
      count = count_text (self);
      gtk_label_set_text (self->count_label, count);
      gtk_widget_set_visible (self->toggle_button, TRUE);
      update_toggle (self);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (self->count_label), FALSE);
  update_accessible (self);
  return GTK_WIDGET (self);
}

OutreachNode *
outreach_chart_box_widget_get_node (OutreachChartBoxWidget *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART_BOX_WIDGET (self), NULL);

  return self->node;
}

guint
outreach_chart_box_widget_get_n_children (OutreachChartBoxWidget *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART_BOX_WIDGET (self), 0);

  return self->n_children;
}

gboolean
outreach_chart_box_widget_get_expanded (OutreachChartBoxWidget *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART_BOX_WIDGET (self), FALSE);

  return self->expanded;
}

/**
 * outreach_chart_box_widget_set_expanded:
 *
 * Shows the box collapsed (its branch hidden) or expanded; a box with no
 * children stays expanded.
 */
void
outreach_chart_box_widget_set_expanded (OutreachChartBoxWidget *self,
                                        gboolean                expanded)
{
  g_return_if_fail (OUTREACH_IS_CHART_BOX_WIDGET (self));

  expanded = !!expanded || self->n_children == 0;
  if (self->expanded == expanded)
    return;
  self->expanded = expanded;
  update_toggle (self);
  update_accessible (self);
  if (expanded)
    gtk_widget_remove_css_class (GTK_WIDGET (self), "collapsed");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self), "collapsed");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

/**
 * outreach_chart_box_widget_set_place:
 * @position: the box's place among its siblings, from 0
 * @n_siblings: how many they are, the box included; 0 for a root
 */
void
outreach_chart_box_widget_set_place (OutreachChartBoxWidget *self,
                                     guint                   position,
                                     guint                   n_siblings)
{
  g_return_if_fail (OUTREACH_IS_CHART_BOX_WIDGET (self));

  self->position = position;
  self->n_siblings = n_siblings;
  update_accessible (self);
}

/**
 * outreach_chart_box_widget_set_level:
 * @level: how deep the box is in the tree: 0 for a root
 *
 * A screen reader reads it (as 1 for a root, ARIA's aria-level).
 */
void
outreach_chart_box_widget_set_level (OutreachChartBoxWidget *self,
                                     guint                   level)
{
  g_return_if_fail (OUTREACH_IS_CHART_BOX_WIDGET (self));

  self->level = level;
  update_accessible (self);
}

/**
 * outreach_chart_box_widget_get_level:
 *
 * Returns: how deep the box is in the tree: 0 for a root
 */
guint
outreach_chart_box_widget_get_level (OutreachChartBoxWidget *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART_BOX_WIDGET (self), 0);

  return self->level;
}

/**
 * outreach_chart_box_widget_set_highlight:
 * @selected: the box is the sidebar's selection
 * @on_path: the box is on the way from the root to it
 */
void
outreach_chart_box_widget_set_highlight (OutreachChartBoxWidget *self,
                                         gboolean                selected,
                                         gboolean                on_path)
{
  g_return_if_fail (OUTREACH_IS_CHART_BOX_WIDGET (self));

  if (selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "selected");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "selected");
  if (on_path && !selected)
    gtk_widget_add_css_class (GTK_WIDGET (self), "on-path");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "on-path");
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, selected, -1);
}
