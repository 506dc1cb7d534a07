/* outreach-sidebar.c: the tree of the pack's pages beside the page
 *
 * The tree shows the pack's sidebar (its top-level pages and units) with
 * their children to expand. A row the user selects is told by
 * "notify::selected-node". Setting "selected-node" (which notifies too,
 * if it changes) expands the tree down to that node, selects its row and
 * scrolls to it; the rows that move while it expands are not reported.
 *
 * Keys, besides the list's own: Right expands or goes to the first child,
 * Left collapses or goes to the parent, Enter goes to the page shown
 * ("page-activated"), and letters typed within a second of each other
 * select the next entry whose name or abbreviation starts with them
 * (folded as the search folds them: outreach_search_fold()). The tree is
 * one Tab stop, as the WAI tree pattern has it: Tab (or Shift+Tab) enters
 * it at the selected row, and the next one leaves it.
 *
 * Each row is named for a screen reader with its title, kind, parent and
 * place ("Regional Asset Recovery Team, team in the Regional Economic
 * Crime Unit, 1 of 5"); GTK says whether it is expanded.
 *
 * Above the tree, a row of its own opens the Structure page: see
 * outreach-sidebar-views.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-search.h"
#include "outreach-sidebar-private.h"
#include "outreach-sidebar-row.h"
#include "outreach-text-block.h"

#define TYPE_AHEAD_TIMEOUT_MS 1000

G_DEFINE_FINAL_TYPE (OutreachSidebar, outreach_sidebar, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_MODEL,
  PROP_SELECTED_NODE,
  PROP_STRUCTURE_CURRENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

void
_outreach_sidebar_notify_structure_current (OutreachSidebar *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STRUCTURE_CURRENT]);
}

enum {
  PAGE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static OutreachNode *
row_node (GtkTreeListRow *row)
{
  g_autoptr(GObject) item = gtk_tree_list_row_get_item (row);

  /* the row keeps the item alive; the caller only borrows it */
  return OUTREACH_NODE (item);
}

static GtkTreeListRow *
get_row (OutreachSidebar *self,
         guint            position)
{
  return gtk_tree_list_model_get_row (self->tree_model, position);
}

static guint
n_rows (OutreachSidebar *self)
{
  return self->tree_model ? g_list_model_get_n_items (G_LIST_MODEL (self->tree_model)) : 0;
}

/* Finds @node among the rows from @start while they are at least @min_depth deep. */
static guint
find_row (OutreachSidebar *self,
          OutreachNode    *node,
          guint            start,
          guint            min_depth)
{
  guint n = n_rows (self);

  for (guint i = start; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = get_row (self, i);

      if (gtk_tree_list_row_get_depth (row) < min_depth)
        break;
      if (row_node (row) == node)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Scrolling and focus */

static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  OutreachSidebar *self = user_data;

  /* a tick comes before the frame's layout: wait for one layout to pass */
  if (!self->scroll_laid_out)
    {
      self->scroll_laid_out = TRUE;
      return G_SOURCE_CONTINUE;
    }

  self->scroll_tick = 0;
  if (self->scroll_position < n_rows (self))
    gtk_widget_activate_action (widget, "list.scroll-to-item", "u", self->scroll_position);
  return G_SOURCE_REMOVE;
}

/* Scrolls the tree to a row at the next frame: a list that has not laid
 * out its new rows yet cannot scroll to them (and warns). */
static void
scroll_to_row (OutreachSidebar *self,
               guint            position)
{
  self->scroll_position = position;
  self->scroll_laid_out = FALSE;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->tree_view), scroll_tick,
                                                      self, NULL);
}

/* The row widget showing @position, if the list has made one. */
static GtkWidget *
find_row_widget (OutreachSidebar *self,
                 guint            position)
{
  for (GtkWidget *row = gtk_widget_get_first_child (GTK_WIDGET (self->tree_view));
       row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      GtkWidget *expander = gtk_widget_get_first_child (row);
      GtkTreeListRow *list_row;

      if (!GTK_IS_TREE_EXPANDER (expander) || !gtk_widget_get_child_visible (row))
        continue;
      list_row = gtk_tree_expander_get_list_row (GTK_TREE_EXPANDER (expander));
      if (list_row != NULL && gtk_tree_list_row_get_position (list_row) == position)
        return row;
    }
  return NULL;
}

static gboolean
focus_row_tick (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  OutreachSidebar *self = user_data;
  GtkWidget *row = find_row_widget (self, self->focus_position);

  /* a row scrolled into view exists after the next layout: try for a few frames */
  if (row == NULL && ++self->focus_tries < 10)
    return G_SOURCE_CONTINUE;
  if (row != NULL)
    gtk_widget_grab_focus (row);
  self->focus_tick = 0;
  return G_SOURCE_REMOVE;
}

/* Moves the keyboard focus to a row, so that arrow keys go on from there:
 * GTK 4.8's list has no public call for it, but follows a row that takes
 * the focus. */
static void
focus_row (OutreachSidebar *self,
           guint            position)
{
  GtkWidget *row;

  if (position == GTK_INVALID_LIST_POSITION)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->tree_view));
      return;
    }

  scroll_to_row (self, position);
  if ((row = find_row_widget (self, position)) != NULL)
    {
      gtk_widget_grab_focus (row);
      return;
    }

  self->focus_position = position;
  self->focus_tries = 0;
  if (self->focus_tick == 0)
    self->focus_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->tree_view),
                                                     focus_row_tick, self, NULL);
}

static void
select_row (OutreachSidebar *self,
            guint            position)
{
  gtk_single_selection_set_selected (self->selection, position);
  focus_row (self, position);
}

/* Selection */

static void
update_selected_node (OutreachSidebar *self)
{
  GtkTreeListRow *row = self->selection ? gtk_single_selection_get_selected_item (self->selection)
                                        : NULL;
  OutreachNode *node = row ? row_node (row) : NULL;

  if (g_set_object (&self->selected_node, node))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NODE]);
}

static void
on_selection_changed (OutreachSidebar *self)
{
  /* rows expanded above the selection move it too: that is no one's choice */
  if (!self->syncing_selection)
    update_selected_node (self);
}

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  GListModel *children = outreach_node_get_children (OUTREACH_NODE (item));

  return children ? g_object_ref (children) : NULL;
}

/**
 * outreach_sidebar_collapse_all:
 *
 * Shows the top-level rows only, none of them selected.
 */
void
outreach_sidebar_collapse_all (OutreachSidebar *self)
{
  g_return_if_fail (OUTREACH_IS_SIDEBAR (self));

  g_clear_object (&self->tree_model);
  g_clear_object (&self->selection);
  if (self->model != NULL)
    {
      /* a new tree list model: the old one's rows stay expanded */
      self->tree_model = gtk_tree_list_model_new (g_object_ref (self->model), FALSE, FALSE,
                                                  create_children, NULL, NULL);
      self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (self->tree_model)));
      gtk_single_selection_set_autoselect (self->selection, FALSE);
      gtk_single_selection_set_can_unselect (self->selection, TRUE);
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      g_signal_connect_object (self->selection, "notify::selected",
                               G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
    }
  gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (self->selection));
  update_selected_node (self);
}

GListModel *
outreach_sidebar_get_model (OutreachSidebar *self)
{
  g_return_val_if_fail (OUTREACH_IS_SIDEBAR (self), NULL);

  return self->model;
}

/**
 * outreach_sidebar_set_model:
 * @model: (nullable): the top-level #OutreachNodes
 */
void
outreach_sidebar_set_model (OutreachSidebar *self,
                            GListModel      *model)
{
  g_return_if_fail (OUTREACH_IS_SIDEBAR (self));

  if (!g_set_object (&self->model, model))
    return;
  outreach_sidebar_collapse_all (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODEL]);
}

/**
 * outreach_sidebar_get_selected_node:
 *
 * Returns: (transfer none) (nullable): the node of the selected row
 */
OutreachNode *
outreach_sidebar_get_selected_node (OutreachSidebar *self)
{
  g_return_val_if_fail (OUTREACH_IS_SIDEBAR (self), NULL);

  return self->selected_node;
}

/**
 * outreach_sidebar_set_selected_node:
 * @node: (nullable): the node to show selected
 *
 * Expands the tree down to @node, selects its row and scrolls to it. With
 * no row for @node, nothing is selected.
 */
void
outreach_sidebar_set_selected_node (OutreachSidebar *self,
                                    OutreachNode    *node)
{
  g_autoptr(GPtrArray) chain = NULL;
  guint position = GTK_INVALID_LIST_POSITION;

  g_return_if_fail (OUTREACH_IS_SIDEBAR (self));

  if (self->selection == NULL)
    return;

  self->syncing_selection = TRUE;
  chain = node ? outreach_node_dup_ancestry (node) : g_ptr_array_new ();
  for (guint i = 0; i < chain->len; i++)
    {
      OutreachNode *step = g_ptr_array_index (chain, i);

      position = find_row (self, step, position == GTK_INVALID_LIST_POSITION ? 0 : position + 1, i);
      if (position == GTK_INVALID_LIST_POSITION)
        break;
      if (i + 1 < chain->len)
        {
          g_autoptr(GtkTreeListRow) row = get_row (self, position);
          gtk_tree_list_row_set_expanded (row, TRUE);
        }
    }

  gtk_single_selection_set_selected (self->selection, position);
  self->syncing_selection = FALSE;
  update_selected_node (self);

  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to_row (self, position);
}

/**
 * outreach_sidebar_focus_selected:
 *
 * Gives the keyboard focus to the selected row, or to the tree if no row is
 * selected, so that arrow keys go on from what the user sees selected.
 */
void
outreach_sidebar_focus_selected (OutreachSidebar *self)
{
  g_return_if_fail (OUTREACH_IS_SIDEBAR (self));

  focus_row (self, self->selection ? gtk_single_selection_get_selected (self->selection)
                                   : GTK_INVALID_LIST_POSITION);
}

/* Keys */

static void
on_tree_activate (OutreachSidebar *self,
                  guint            position)
{
  g_autoptr(GtkTreeListRow) row = get_row (self, position);

  if (row != NULL && gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

static gboolean
clear_type_ahead (gpointer data)
{
  OutreachSidebar *self = data;

  g_string_truncate (self->type_ahead, 0);
  self->type_ahead_source = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
node_matches_prefix (OutreachNode *node,
                     const char   *prefix)
{
  const char *texts[] = { outreach_node_get_title (node), outreach_node_get_subtitle (node) };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *folded = NULL;

      if (texts[i] == NULL)
        continue;
      folded = outreach_search_fold (texts[i], NULL);
      if (g_str_has_prefix (folded, prefix))
        return TRUE;
    }
  return FALSE;
}

/* Type-ahead: selects the next visible entry whose name or abbreviation
 * starts with what was typed in the last second. */
static gboolean
type_ahead (OutreachSidebar *self,
            gunichar         ch)
{
  guint n = n_rows (self);
  guint selected = gtk_single_selection_get_selected (self->selection);
  g_autofree char *prefix = NULL;
  guint start;

  g_string_append_unichar (self->type_ahead, ch);
  g_clear_handle_id (&self->type_ahead_source, g_source_remove);
  self->type_ahead_source = g_timeout_add (TYPE_AHEAD_TIMEOUT_MS, clear_type_ahead, self);

  prefix = outreach_search_fold (self->type_ahead->str, NULL);
  if (selected == GTK_INVALID_LIST_POSITION)
    start = 0;
  else
    /* a first letter moves on; more letters refine the current match */
    start = g_utf8_strlen (self->type_ahead->str, -1) > 1 ? selected : selected + 1;

  for (guint k = 0; k < n; k++)
    {
      guint i = (start + k) % n;
      g_autoptr(GtkTreeListRow) row = get_row (self, i);

      if (node_matches_prefix (row_node (row), prefix))
        {
          select_row (self, i);
          return TRUE;
        }
    }
  return TRUE;
}

static gboolean
on_tree_key_pressed (OutreachSidebar       *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  guint position;
  g_autoptr(GtkTreeListRow) row = NULL;
  gunichar ch;

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) || self->selection == NULL)
    return FALSE;

  position = gtk_single_selection_get_selected (self->selection);
  if (position != GTK_INVALID_LIST_POSITION)
    row = get_row (self, position);

  switch (keyval)
    {
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      if (row == NULL || !gtk_tree_list_row_is_expandable (row))
        return FALSE;
      if (!gtk_tree_list_row_get_expanded (row))
        gtk_tree_list_row_set_expanded (row, TRUE);
      else
        select_row (self, position + 1);
      return TRUE;

    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      if (row == NULL)
        return FALSE;
      if (gtk_tree_list_row_is_expandable (row) && gtk_tree_list_row_get_expanded (row))
        gtk_tree_list_row_set_expanded (row, FALSE);
      else
        {
          g_autoptr(GtkTreeListRow) parent = gtk_tree_list_row_get_parent (row);

          if (parent != NULL)
            select_row (self, gtk_tree_list_row_get_position (parent));
        }
      return TRUE;

    case GDK_KEY_Return:
    case GDK_KEY_KP_Enter:
    case GDK_KEY_ISO_Enter:
      /* the row's page shows already: Enter goes to it */
      if (row == NULL)
        return FALSE;
      g_signal_emit (self, signals[PAGE_ACTIVATED], 0);
      return TRUE;

    default:
      break;
    }

  ch = gdk_keyval_to_unicode (keyval);
  if (ch != 0 && g_unichar_isprint (ch) && (ch != ' ' || self->type_ahead->len > 0))
    return type_ahead (self, ch);

  return FALSE;
}

/* GObject */

static void
outreach_sidebar_dispose (GObject *object)
{
  OutreachSidebar *self = OUTREACH_SIDEBAR (object);
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self));

  g_clear_handle_id (&self->type_ahead_source, g_source_remove);
  if (self->focus_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->tree_view), self->focus_tick);
  self->focus_tick = 0;
  if (self->scroll_tick != 0)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->tree_view), self->scroll_tick);
  self->scroll_tick = 0;
  if (self->tree_view != NULL)
    gtk_list_view_set_model (self->tree_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->tree_model);
  g_clear_object (&self->selected_node);
  g_clear_object (&self->model);
  gtk_widget_dispose_template (GTK_WIDGET (self), OUTREACH_TYPE_SIDEBAR);
  /* the box around the Structure row and the tree: the template's, unnamed */
  g_clear_pointer (&child, gtk_widget_unparent);

  G_OBJECT_CLASS (outreach_sidebar_parent_class)->dispose (object);
}

static void
outreach_sidebar_finalize (GObject *object)
{
  OutreachSidebar *self = OUTREACH_SIDEBAR (object);

  g_string_free (self->type_ahead, TRUE);

  G_OBJECT_CLASS (outreach_sidebar_parent_class)->finalize (object);
}

static void
outreach_sidebar_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OutreachSidebar *self = OUTREACH_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      g_value_set_object (value, self->model);
      break;
    case PROP_SELECTED_NODE:
      g_value_set_object (value, self->selected_node);
      break;
    case PROP_STRUCTURE_CURRENT:
      g_value_set_boolean (value, self->structure_current);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_sidebar_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OutreachSidebar *self = OUTREACH_SIDEBAR (object);

  switch (prop_id)
    {
    case PROP_MODEL:
      outreach_sidebar_set_model (self, g_value_get_object (value));
      break;
    case PROP_SELECTED_NODE:
      outreach_sidebar_set_selected_node (self, g_value_get_object (value));
      break;
    case PROP_STRUCTURE_CURRENT:
      outreach_sidebar_set_structure_current (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_sidebar_class_init (OutreachSidebarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_sidebar_dispose;
  object_class->finalize = outreach_sidebar_finalize;
  object_class->get_property = outreach_sidebar_get_property;
  object_class->set_property = outreach_sidebar_set_property;

  properties[PROP_MODEL] =
    g_param_spec_object ("model", NULL, NULL, G_TYPE_LIST_MODEL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_NODE] =
    g_param_spec_object ("selected-node", NULL, NULL, OUTREACH_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OutreachSidebar:structure-current:
   *
   * Whether the Structure page shows: its row shows as selected.
   */
  properties[PROP_STRUCTURE_CURRENT] =
    g_param_spec_boolean ("structure-current", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachSidebar::page-activated:
   *
   * Enter on a row: the user goes to its page, which shows already (the
   * selection is told by "notify::selected-node").
   */
  signals[PAGE_ACTIVATED] =
    g_signal_new ("page-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                  NULL, NULL, NULL, G_TYPE_NONE, 0);

  widget_class->focus = _outreach_sidebar_focus;

  g_type_ensure (OUTREACH_TYPE_NODE);
  g_type_ensure (OUTREACH_TYPE_TEXT_BLOCK);   /* in each row */
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* a group, as a box is: an unnamed panel around the tree, not a filler
   * named after the type */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-sidebar.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachSidebar, structure_list);
  gtk_widget_class_bind_template_child (widget_class, OutreachSidebar, structure_row);
  gtk_widget_class_bind_template_child (widget_class, OutreachSidebar, tree_scroller);
  gtk_widget_class_bind_template_child (widget_class, OutreachSidebar, tree_view);
  gtk_widget_class_bind_template_callback (widget_class, on_tree_activate);
  gtk_widget_class_bind_template_callback_full (widget_class, "on_structure_activated",
                                                G_CALLBACK (_outreach_sidebar_structure_activated));
}

static void
outreach_sidebar_init (OutreachSidebar *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  g_autoptr(GtkListItemFactory) factory = _outreach_sidebar_row_factory_new ();

  self->type_ahead = g_string_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_list_view_set_factory (self->tree_view, factory);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_tree_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->tree_view), keys);
}
