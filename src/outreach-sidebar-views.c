/* outreach-sidebar-views.c: the Structure row above the tree
 *
 * The Structure page (the organisation chart) is a view of the whole pack,
 * not a page in the tree: its row stands above the tree, looks like the
 * tree's rows and opens the chart (win.show-structure) by click, touch,
 * Enter or Space. The window tells the sidebar while the chart shows
 * ("structure-current"), and the row shows as selected, to the eye and to
 * a screen reader, as the tree's row does for the page shown. The row and
 * the tree are a Tab stop each.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-sidebar-private.h"

/**
 * outreach_sidebar_get_structure_current:
 *
 * Returns: whether the Structure row shows as the page shown
 */
gboolean
outreach_sidebar_get_structure_current (OutreachSidebar *self)
{
  g_return_val_if_fail (OUTREACH_IS_SIDEBAR (self), FALSE);

  return self->structure_current;
}

/**
 * outreach_sidebar_set_structure_current:
 * @current: whether the Structure page shows
 *
 * Shows the Structure row as selected (to the eye and to a screen reader)
 * while the chart shows, as the tree's row is for the page shown.
 */
void
outreach_sidebar_set_structure_current (OutreachSidebar *self,
                                        gboolean         current)
{
  g_return_if_fail (OUTREACH_IS_SIDEBAR (self));

  current = !!current;
  if (self->structure_current == current)
    return;
  self->structure_current = current;
  /* the list selects nothing itself (a focused row is not a choice): the
   * row's look and state follow the page shown */
  if (current)
    gtk_widget_set_state_flags (GTK_WIDGET (self->structure_row), GTK_STATE_FLAG_SELECTED, FALSE);
  else
    gtk_widget_unset_state_flags (GTK_WIDGET (self->structure_row), GTK_STATE_FLAG_SELECTED);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->structure_row),
                               GTK_ACCESSIBLE_STATE_SELECTED, current, -1);
  _outreach_sidebar_notify_structure_current (self);
}

/* A click, a touch, Enter or Space on the row (GtkListBoxRow's own
 * action-name is not run by a click on it, in GTK 4.8) */
void
_outreach_sidebar_structure_activated (OutreachSidebar *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.show-structure", NULL);
}

/* The Structure row, then the tree: each one Tab stop. Tab (or Shift+Tab)
 * enters the tree at the selected row, and the next one leaves it, rather
 * than walking every row. */
static gboolean
focus_tree (OutreachSidebar *self)
{
  outreach_sidebar_focus_selected (self);
  /* a selected row not laid out yet takes the focus at a coming frame */
  if (!gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self))),
                               GTK_WIDGET (self->tree_view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->tree_view));
  return gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;
}

gboolean
_outreach_sidebar_focus (GtkWidget        *widget,
                         GtkDirectionType  direction)
{
  OutreachSidebar *self = OUTREACH_SIDEBAR (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  gboolean in_tree, in_structure;

  if (direction != GTK_DIR_TAB_FORWARD && direction != GTK_DIR_TAB_BACKWARD)
    return GTK_WIDGET_CLASS (g_type_class_peek (GTK_TYPE_WIDGET))->focus (widget, direction);

  in_tree = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self->tree_scroller));
  in_structure = focus != NULL && (focus == GTK_WIDGET (self->structure_list) ||
                                   gtk_widget_is_ancestor (focus, GTK_WIDGET (self->structure_list)));

  if (direction == GTK_DIR_TAB_FORWARD)
    {
      if (in_tree)
        return FALSE;
      if (in_structure)
        return focus_tree (self);
      return gtk_widget_grab_focus (GTK_WIDGET (self->structure_row));
    }

  if (in_structure)
    return FALSE;
  if (in_tree)
    return gtk_widget_grab_focus (GTK_WIDGET (self->structure_row));
  return focus_tree (self);
}
