/* outreach-sidebar-row.c: a row of the unit tree, as it shows and as a
 * screen reader reads it
 *
 * Each row is named with its title, kind, parent and place ("Regional
 * Asset Recovery Team, team in the Regional Economic Crime Unit, 1 of 5");
 * GTK says whether it is expanded. Its expander stays beside the first
 * line of a title that wraps.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-node.h"
#include "outreach-unit.h"
#include "outreach-sidebar-row.h"
#include "outreach-text.h"

static OutreachNode *
row_node (GtkTreeListRow *row)
{
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

  /* the row keeps the item alive; the caller only borrows it */
  return OUTREACH_NODE (item);
}

/* What a screen reader reads for a row: its title, kind, parent and place */
static char *
row_accessible_name (GtkTreeListRow *row)
{
  OutreachNode *node = row_node (row);
  g_autoptr(GtkTreeListRow) parent = gtk_tree_list_row_get_parent (row);
  g_autofree char *kind = outreach_text_kind_in_sentence (outreach_node_get_kind_name (node));
  GListModel *siblings;
  guint n, i;

  if (parent == NULL)
    /* Translators: an entry at the top of the unit tree, as a screen
     * reader reads it: its title, then what it is in lower case (the
     * pack's name for its level, or "page"), such as "Regional Economic
     * Crime Unit, unit" */
    return g_strdup_printf (C_("unit tree entry", "%1$s, %2$s"),
                            outreach_node_get_title (node), kind);

  siblings = gtk_tree_list_row_get_children (parent);
  n = g_list_model_get_n_items (siblings);
  for (i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (siblings, i);

      if (item == G_OBJECT (node))
        break;
    }
  /* Translators: an entry of the unit tree, as a screen reader reads it:
   * its title, what it is in lower case (the pack's name for its level),
   * the title of the entry it is in, its place among that entry's entries
   * and how many they are, such as "Regional Asset Recovery Team, team in
   * the Regional Economic Crime Unit, 1 of 5" */
  if (!OUTREACH_IS_UNIT (row_node (parent)))
    /* Translators: an entry of the unit tree under a page rather than a
     * unit, as a screen reader reads it: its title, what it is in lower
     * case, the page's title, its place among the page's entries and how
     * many they are, such as "Jody, person on “Our people”, 1 of 3" */
    return g_strdup_printf (_("%1$s, %2$s on “%3$s”, %4$u of %5$u"),
                            outreach_node_get_title (node), kind,
                            outreach_node_get_title (row_node (parent)), i + 1, n);
  return g_strdup_printf (_("%1$s, %2$s in the %3$s, %4$u of %5$u"),
                          outreach_node_get_title (node), kind,
                          outreach_node_get_title (row_node (parent)), i + 1, n);
}

/* The expander stays beside the first line when the title wraps (large
 * text): GTK 4.8 has no property for its icons, made anew with the row.
 * (GTK 4.8 says itself whether the row is expanded.) */
static void
align_expander_icons (GtkTreeExpander *expander)
{
  GtkWidget *title = gtk_tree_expander_get_child (expander);
  GtkTreeListRow *row = gtk_tree_expander_get_list_row (expander);
  gboolean expanded = row != NULL && gtk_tree_list_row_get_expanded (row);

  if (title == NULL)
    return;
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (expander));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (child != title)
      {
        gtk_widget_set_valign (child, GTK_ALIGN_START);
        /* as the title's own margin: beside its first line */
        gtk_widget_set_margin_top (child, gtk_widget_get_margin_top (title));
        /* GTK 4.8 names its expander button "Expand", open or not: it
         * says what a press does */
        if (g_strcmp0 (gtk_widget_get_css_name (child), "expander") == 0)
          gtk_accessible_update_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                          expanded ? C_("unit tree", "Collapse")
                                                   : C_("unit tree", "Expand"),
                                          -1);
      }
}

static void
on_row_expanded (GtkTreeListRow  *row,
                 GParamSpec      *pspec,
                 GtkTreeExpander *expander)
{
  if (gtk_tree_expander_get_list_row (expander) == row)
    align_expander_icons (expander);
}

/* A row widget shows another row: its name, state and watch follow */
static void
update_row (GtkTreeExpander *expander)
{
  GtkTreeListRow *row = gtk_tree_expander_get_list_row (expander);
  GtkTreeListRow *watched = g_object_get_data (G_OBJECT (expander), "outreach-watched-row");
  /* the expander, which the list gives the keyboard focus, is what a
   * screen reader reads */
  GtkAccessible *accessible = GTK_ACCESSIBLE (expander);
  g_autoptr(GObject) item = row ? gtk_tree_list_row_get_item (row) : NULL;

  if (watched != row)
    {
      if (watched != NULL)
        g_signal_handlers_disconnect_by_func (watched, on_row_expanded, expander);
      if (row != NULL)
        {
          g_signal_connect_object (row, "notify::expanded", G_CALLBACK (on_row_expanded),
                                   expander, 0);
          g_object_set_data_full (G_OBJECT (expander), "outreach-watched-row",
                                  g_object_ref (row), g_object_unref);
        }
      else
        g_object_set_data (G_OBJECT (expander), "outreach-watched-row", NULL);
    }

  if (item != NULL)
    {
      g_autofree char *name = row_accessible_name (row);

      gtk_accessible_update_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
      /* the expander is labelled by its title too, which GTK 4.8 would
       * read after the name: the title twice */
      gtk_accessible_reset_relation (accessible, GTK_ACCESSIBLE_RELATION_LABELLED_BY);
    }
  else
    gtk_accessible_reset_property (accessible, GTK_ACCESSIBLE_PROPERTY_LABEL);
  align_expander_icons (expander);
}

/* A row widget made for a row: its row is set as it is built, before any
 * notification is connected */
static void
on_row_realize (GtkTreeExpander *expander,
                gpointer         user_data)
{
  update_row (expander);
}

/* ...and a row widget used again, for another row */
static void
on_row_list_row (GtkTreeExpander *expander,
                 GParamSpec      *pspec,
                 gpointer         user_data)
{
  update_row (expander);
}

/**
 * _outreach_sidebar_row_factory_new:
 *
 * Returns: (transfer full): a factory of the tree's rows
 *   (ui/outreach-tree-row.ui), each named for a screen reader
 */
GtkListItemFactory *
_outreach_sidebar_row_factory_new (void)
{
  g_autoptr(GtkBuilderScope) scope = gtk_builder_cscope_new ();

  /* the rows' template calls back here to name each row it shows */
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "on_row_realize",
                                          G_CALLBACK (on_row_realize));
  gtk_builder_cscope_add_callback_symbol (GTK_BUILDER_CSCOPE (scope), "on_row_list_row",
                                          G_CALLBACK (on_row_list_row));
  return gtk_builder_list_item_factory_new_from_resource (
    scope, "/uk/police/serocu/Outreach/ui/outreach-tree-row.ui");
}
