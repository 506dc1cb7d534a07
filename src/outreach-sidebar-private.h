/* outreach-sidebar-private.h: the sidebar's fields, for the files that share them
 *
 *   outreach-sidebar.c        the tree, its selection and keys
 *   outreach-sidebar-views.c  the Structure row above it, and Tab between the two
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-sidebar.h"

G_BEGIN_DECLS

struct _OutreachSidebar
{
  GtkWidget           parent_instance;

  GListModel         *model;      /* the top-level nodes */
  GtkTreeListModel   *tree_model;
  GtkSingleSelection *selection;
  OutreachNode       *selected_node;
  gboolean            syncing_selection;
  GString            *type_ahead;
  guint               type_ahead_source;
  guint               focus_position;   /* the row to focus once it exists */
  guint               focus_tick;
  guint               focus_tries;
  guint               scroll_position;  /* the row to scroll to at the next frame */
  guint               scroll_tick;
  gboolean            scroll_laid_out;
  gboolean            structure_current;

  GtkListBox         *structure_list;
  GtkListBoxRow      *structure_row;
  GtkScrolledWindow  *tree_scroller;
  GtkListView        *tree_view;
};

/* outreach-sidebar-views.c */
gboolean _outreach_sidebar_focus (GtkWidget        *widget,
                                  GtkDirectionType  direction);
void     _outreach_sidebar_notify_structure_current (OutreachSidebar *self);
void     _outreach_sidebar_structure_activated      (OutreachSidebar *self);

G_END_DECLS
