/* outreach-accessible.c
 *
 * What GTK 4.8 tells a screen reader of its own parts, put right where it
 * would read a class name or reach what is not shown.
 *
 * GTK 4.8's AT-SPI backend names an object that has no name of its own by
 * its widget's name, which is its type ("GtkScrollbar"), for every role but
 * a few (groups, list items); and it leaves out of the tree only widgets
 * that are not visible or whose state is hidden: a revealer's folded child
 * and a stack's other pages are visible widgets, so they are there.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-accessible.h"

static void
hide (GtkWidget *widget)
{
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
}

/* a search bar's close button, an icon only, named for what it does */
static void
name_close_button (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) == NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        _("Close the search"), -1);
      else if (!GTK_IS_EDITABLE (child))
        name_close_button (child);
    }
}

/**
 * _outreach_accessible_tidy:
 * @root: a window, or a widget built from a template
 *
 * Walks @root's widgets and puts right what GTK 4.8 says of its own parts:
 * a scrolled window's scroll bars (the content follows the focus and a
 * screen reader's caret; a bar is read as "GtkScrollbar" and its trough as
 * "GtkRange") and a paned's handle are left out, a search bar's close
 * button, an icon only, is named, and a scrolled window whose content takes
 * the focus is not focusable itself. Call it once the widgets are built.
 */
void
_outreach_accessible_tidy (GtkWidget *root)
{
  g_return_if_fail (GTK_IS_WIDGET (root));

  if (GTK_IS_SCROLLBAR (root) || g_str_equal (G_OBJECT_TYPE_NAME (root), "GtkPanedHandle"))
    {
      hide (root);
      return;
    }
  if (GTK_IS_SEARCH_BAR (root))
    name_close_button (root);
  if (GTK_IS_SCROLLED_WINDOW (root))
    {
      GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (root));

      if (GTK_IS_VIEWPORT (content))
        content = gtk_viewport_get_child (GTK_VIEWPORT (content));
      /* its content takes the focus (a tree, a list, a text): GTK says the
       * nameless frame around it is focusable too */
      if (content != NULL && gtk_widget_get_focusable (content))
        gtk_widget_set_focusable (root, FALSE);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    _outreach_accessible_tidy (child);
}

static void
on_reveal_child (GtkRevealer *revealer)
{
  /* shown as it starts to unfold; left out once it has folded */
  if (gtk_revealer_get_reveal_child (revealer))
    gtk_widget_set_visible (GTK_WIDGET (revealer), TRUE);
  else if (!gtk_revealer_get_child_revealed (revealer))
    gtk_widget_set_visible (GTK_WIDGET (revealer), FALSE);
}

/**
 * _outreach_accessible_follow_revealer:
 * @revealer: a revealer
 *
 * Makes @revealer visible only while its child shows or folds: a folded
 * child (the station's countdown, a banner with no problem to tell) is
 * then out of the accessibility tree, not just out of sight.
 */
void
_outreach_accessible_follow_revealer (GtkRevealer *revealer)
{
  g_return_if_fail (GTK_IS_REVEALER (revealer));

  g_signal_connect (revealer, "notify::reveal-child", G_CALLBACK (on_reveal_child), NULL);
  g_signal_connect (revealer, "notify::child-revealed", G_CALLBACK (on_reveal_child), NULL);
  on_reveal_child (revealer);
}

static void
on_visible_child (GtkStack *stack)
{
  GtkWidget *shown = gtk_stack_get_visible_child (stack);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (stack)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkStackPage *page = gtk_stack_get_page (stack, child);

      /* (a page's own hidden state leaves it in the tree) */
      gtk_accessible_update_state (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_STATE_HIDDEN,
                                   child != shown, -1);
      if (gtk_stack_page_get_title (page) != NULL)
        gtk_accessible_update_property (GTK_ACCESSIBLE (page), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                        gtk_stack_page_get_title (page), -1);
    }
}

/**
 * _outreach_accessible_follow_stack:
 * @stack: a stack
 *
 * Leaves @stack's pages that are not shown out of the accessibility tree
 * (GTK 4.8 lists them all), and names each page by its title (GTK 4.8
 * names it "GtkStackPage").
 */
void
_outreach_accessible_follow_stack (GtkStack *stack)
{
  g_return_if_fail (GTK_IS_STACK (stack));

  g_signal_connect (stack, "notify::visible-child", G_CALLBACK (on_visible_child), NULL);
  on_visible_child (stack);
}

static void
on_status_label (GtkLabel *label)
{
  const char *text = gtk_label_get_text (label);

  gtk_accessible_update_state (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_STATE_HIDDEN,
                               text == NULL || *text == '\0', -1);
}

/**
 * _outreach_accessible_follow_status:
 * @label: a line kept for what it may say ("Copied", a count), empty
 *   meanwhile so that nothing moves when it speaks
 *
 * Leaves @label out of the accessibility tree while it says nothing (GTK
 * 4.8 would name it "GtkLabel").
 */
void
_outreach_accessible_follow_status (GtkLabel *label)
{
  g_return_if_fail (GTK_IS_LABEL (label));

  g_signal_connect (label, "notify::label", G_CALLBACK (on_status_label), NULL);
  on_status_label (label);
}

static void
tidy_menu (GtkWidget  *widget,
           const char *name)
{
  if (GTK_IS_STACK (widget))
    {
      /* its pages (the menu, a submenu) have names, not titles */
      g_autoptr(GListModel) pages = G_LIST_MODEL (gtk_stack_get_pages (GTK_STACK (widget)));

      for (guint i = 0; i < g_list_model_get_n_items (pages); i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (pages, i);
          GtkStackPage *page = GTK_STACK_PAGE (item);

          if (gtk_stack_page_get_title (page) == NULL)
            gtk_stack_page_set_title (page, name);
        }
      _outreach_accessible_follow_stack (GTK_STACK (widget));
    }
  else if (GTK_IS_SCROLLED_WINDOW (widget))
    gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  else if (g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkGizmo"))
    {
      /* a drawing: the popover's pointer, an item's check or arrow */
      hide (widget);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    tidy_menu (child, name);
}

/**
 * _outreach_accessible_tidy_menu:
 * @popover: a popover menu, made from a menu model
 * @name: what it is called (its button's name)
 *
 * Names @popover and the parts GTK 4.8 names after their types
 * ("GtkPopoverMenu", "GtkPopoverContent", "GtkStackPage", "GtkGizmo").
 */
void
_outreach_accessible_tidy_menu (GtkPopover *popover,
                                const char *name)
{
  g_return_if_fail (GTK_IS_POPOVER (popover));

  gtk_accessible_update_property (GTK_ACCESSIBLE (popover), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (popover)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  _outreach_accessible_tidy (GTK_WIDGET (popover));
  tidy_menu (GTK_WIDGET (popover), name);
}

/**
 * _outreach_accessible_list_flow_box:
 *
 * Returns: a new flow box that a screen reader reads as a list (GTK 4.8's
 * is a grid of cells, each named "GtkFlowBoxChild"): fill it with
 * _outreach_accessible_list_item().
 */
GtkWidget *
_outreach_accessible_list_flow_box (void)
{
  return g_object_new (GTK_TYPE_FLOW_BOX, "accessible-role", GTK_ACCESSIBLE_ROLE_LIST, NULL);
}

/**
 * _outreach_accessible_list_item:
 * @child: what the item holds (a button, a card)
 *
 * Returns: a new flow box child holding @child, read as an item of a list
 * (a list item has no name of its own: what it holds is read)
 */
GtkWidget *
_outreach_accessible_list_item (GtkWidget *child)
{
  g_return_val_if_fail (GTK_IS_WIDGET (child), NULL);

  return g_object_new (GTK_TYPE_FLOW_BOX_CHILD,
                       "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM,
                       "child", child,
                       NULL);
}

/**
 * _outreach_accessible_set_tooltip:
 * @text: (nullable): the tooltip, and so the accessible description
 *
 * Sets @widget's tooltip as gtk_widget_set_tooltip_text() does, but
 * without, for a widget not shown yet, the round trip to the X server GTK
 * makes for every visible widget given a tooltip, to see whether the
 * pointer is over it: there can be no tooltip open over a widget not
 * shown. The window made nineteen of them before its first frame, and the
 * Structure page one for each box (issue 20). The templates do the same
 * by giving a widget its tooltip while it is not yet visible.
 */
void
_outreach_accessible_set_tooltip (GtkWidget  *widget,
                                  const char *text)
{
  GtkRoot *root;
  GtkWidget *focus;

  g_return_if_fail (GTK_IS_WIDGET (widget));

  root = gtk_widget_get_root (widget);
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  /* (hiding a widget takes the window's focus and default from it: one
   * that has either keeps it, and costs the round trip) */
  if (gtk_widget_get_visible (widget) && !gtk_widget_get_mapped (widget) &&
      !(focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget))) &&
      !(GTK_IS_WINDOW (root) && gtk_window_get_default_widget (GTK_WINDOW (root)) == widget))
    {
      gtk_widget_set_visible (widget, FALSE);
      gtk_widget_set_tooltip_text (widget, text);
      gtk_widget_set_visible (widget, TRUE);
      return;
    }
  gtk_widget_set_tooltip_text (widget, text);
}
