/* outreach-window.c: the unit tree beside the page of what is selected
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-compose-window.h"
#include "outreach-debug.h"
#include "outreach-page-view.h"
#include "outreach-settings.h"
#include "outreach-window-private.h"

#define TYPE_AHEAD_TIMEOUT_MS 1000


G_DEFINE_FINAL_TYPE (OutreachWindow, outreach_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTENT,
  PROP_KIOSK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESET,
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
get_row (OutreachWindow *self,
         guint           position)
{
  return gtk_tree_list_model_get_row (self->tree_model, position);
}

/* Finds @node among the rows from @start while they are deeper than @depth. */
static guint
find_row (OutreachWindow *self,
          OutreachNode   *node,
          guint           start,
          guint           min_depth)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree_model));

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

static gboolean
scroll_tick (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       user_data)
{
  OutreachWindow *self = user_data;

  /* a tick comes before the frame's layout: wait for one layout to pass */
  if (!self->scroll_laid_out)
    {
      self->scroll_laid_out = TRUE;
      return G_SOURCE_CONTINUE;
    }

  self->scroll_tick = 0;
  if (self->scroll_position < g_list_model_get_n_items (G_LIST_MODEL (self->tree_model)))
    gtk_widget_activate_action (widget, "list.scroll-to-item", "u", self->scroll_position);
  return G_SOURCE_REMOVE;
}

/* Scrolls the tree to a row at the next frame: a list that has not laid
 * out its new rows yet cannot scroll to them (and warns). */
static void
scroll_to_row (OutreachWindow *self,
               guint           position)
{
  self->scroll_position = position;
  self->scroll_laid_out = FALSE;
  if (self->scroll_tick == 0)
    self->scroll_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->tree_view), scroll_tick,
                                                      self, NULL);
}

/* Expands the tree down to @node and selects its row, if it has one. */
static void
select_in_tree (OutreachWindow *self,
                OutreachNode   *node)
{
  g_autoptr(GPtrArray) chain = outreach_node_dup_ancestry (node);
  guint position = GTK_INVALID_LIST_POSITION;

  /* expanding rows above the selection moves it too: none of that is a
   * choice of the user's */
  self->syncing_selection = TRUE;

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

  if (position != GTK_INVALID_LIST_POSITION)
    scroll_to_row (self, position);
}

static void
update_history_actions (OutreachWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", self->back->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward", self->forward->len > 0);
}

static void
update_title (OutreachWindow *self)
{
  OutreachNode *node = outreach_page_view_get_node (self->page_view);
  g_autofree char *title = NULL;

  if (node == NULL || node == outreach_content_get_home (self->content))
    title = g_strdup (outreach_content_get_name (self->content));
  else
    /* Translators: the window's title: the page, then the unit's short name */
    title = g_strdup_printf (_("%s – %s"), outreach_node_get_title (node),
                             outreach_content_get_short_name (self->content));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

static void
navigate (OutreachWindow *self,
          OutreachNode   *node,
          gboolean        record)
{
  OutreachNode *current = outreach_page_view_get_node (self->page_view);

  if (node == current)
    return;

  if (record && current != NULL)
    {
      g_ptr_array_add (self->back, g_strdup (outreach_node_get_id (current)));
      g_ptr_array_set_size (self->forward, 0);
    }

  outreach_page_view_set_node (self->page_view, node);
  select_in_tree (self, node);
  update_history_actions (self);
  update_title (self);
}

static void
show_problem (OutreachWindow *self,
              const char     *title,
              const char     *detail)
{
  gtk_label_set_text (self->problem_title, title);
  gtk_label_set_text (self->problem_label, detail);
  gtk_widget_set_visible (GTK_WIDGET (self->problem_label), detail != NULL);
  gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
}

/**
 * outreach_window_show_page:
 * @id: the id of a page, unit or profile
 *
 * Shows the page, records it in the history and selects it in the tree.
 *
 * Returns: %FALSE if the pack has no such page
 */
gboolean
outreach_window_show_page (OutreachWindow *self,
                           const char     *id)
{
  OutreachNode *node;

  g_return_val_if_fail (OUTREACH_IS_WINDOW (self), FALSE);

  node = outreach_content_lookup (self->content, id);
  if (node == NULL)
    {
      g_autofree char *message =
        g_strdup_printf (_("There is no page with the id “%s”."), id);

      show_problem (self, message, NULL);
      return FALSE;
    }

  navigate (self, node, TRUE);
  return TRUE;
}

/**
 * outreach_window_get_current_node:
 *
 * Returns: (transfer none) (nullable): the node whose page is shown
 */
OutreachNode *
outreach_window_get_current_node (OutreachWindow *self)
{
  return outreach_page_view_get_node (self->page_view);
}

/**
 * outreach_window_show_content_problem:
 * @problem: the first problem found in the pack, naming the file and place
 *
 * Tells the user that their content pack was rejected, and why.
 */
void
outreach_window_show_content_problem (OutreachWindow *self,
                                      const char     *problem)
{
  show_problem (self, _("The content pack could not be used, so the built-in content is shown."),
                problem);
}

/* The tree */

static GListModel *
create_children (gpointer item,
                 gpointer user_data)
{
  GListModel *children = outreach_node_get_children (OUTREACH_NODE (item));

  return children ? g_object_ref (children) : NULL;
}

static void
on_selection_changed (OutreachWindow *self)
{
  GtkTreeListRow *row;

  if (self->syncing_selection)
    return;

  row = gtk_single_selection_get_selected_item (self->selection);
  if (row != NULL)
    navigate (self, row_node (row), TRUE);
}

static void
on_tree_activate (OutreachWindow *self,
                  guint           position)
{
  g_autoptr(GtkTreeListRow) row = get_row (self, position);

  if (row != NULL && gtk_tree_list_row_is_expandable (row))
    gtk_tree_list_row_set_expanded (row, !gtk_tree_list_row_get_expanded (row));
}

/* The row widget showing @position, if the list has made one. */
static GtkWidget *
find_row_widget (OutreachWindow *self,
                 guint           position)
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
  OutreachWindow *self = user_data;
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
focus_row (OutreachWindow *self,
           guint           position)
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
select_row (OutreachWindow *self,
            guint           position)
{
  gtk_single_selection_set_selected (self->selection, position);
  focus_row (self, position);
}

static gboolean
clear_type_ahead (gpointer data)
{
  OutreachWindow *self = data;

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
      folded = g_utf8_casefold (texts[i], -1);
      if (g_str_has_prefix (folded, prefix))
        return TRUE;
    }
  return FALSE;
}

/* Type-ahead: selects the next visible entry whose name or abbreviation
 * starts with what was typed in the last second. */
static gboolean
type_ahead (OutreachWindow *self,
            gunichar        ch)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tree_model));
  guint selected = gtk_single_selection_get_selected (self->selection);
  g_autofree char *prefix = NULL;
  guint start;

  g_string_append_unichar (self->type_ahead, ch);
  g_clear_handle_id (&self->type_ahead_source, g_source_remove);
  self->type_ahead_source = g_timeout_add (TYPE_AHEAD_TIMEOUT_MS, clear_type_ahead, self);

  prefix = g_utf8_casefold (self->type_ahead->str, -1);
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
on_tree_key_pressed (OutreachWindow        *self,
                     guint                  keyval,
                     guint                  keycode,
                     GdkModifierType        state,
                     GtkEventControllerKey *controller)
{
  guint position = gtk_single_selection_get_selected (self->selection);
  g_autoptr(GtkTreeListRow) row = NULL;
  gunichar ch;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

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

    default:
      break;
    }

  ch = gdk_keyval_to_unicode (keyval);
  if (ch != 0 && g_unichar_isprint (ch) && (ch != ' ' || self->type_ahead->len > 0))
    return type_ahead (self, ch);

  return FALSE;
}

/* Search */

static void
on_search_changed (OutreachWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  outreach_search_view_set_query (self->search_view, text);
  gtk_stack_set_visible_child_name (self->main_stack, text[0] == '\0' ? "page" : "results");
}

static void
close_search (OutreachWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_stack_set_visible_child_name (self->main_stack, "page");
}

static void
on_result_activated (OutreachWindow *self,
                     OutreachNode   *node)
{
  close_search (self);
  navigate (self, node, TRUE);
  outreach_page_view_focus (self->page_view);
}

static void
on_search_activate (OutreachWindow *self)
{
  if (gtk_editable_get_text (GTK_EDITABLE (self->search_entry))[0] != '\0')
    outreach_search_view_activate_first (self->search_view);
}

static void
on_stop_search (OutreachWindow *self)
{
  /* Escape: back to the page the user was on */
  close_search (self);
  outreach_page_view_focus (self->page_view);
}

static void
on_search_mode_changed (OutreachWindow *self)
{
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    close_search (self);
}

static gboolean
on_search_key_pressed (OutreachWindow        *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  /* Down from the entry goes into the results */
  if ((keyval == GDK_KEY_Down || keyval == GDK_KEY_KP_Down) &&
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "results") == 0)
    return outreach_search_view_focus_results (self->search_view);
  return FALSE;
}

/* A printable key that nothing else took starts a search with it: GTK 4.8's
 * own key capture for search bars did not see keys sent to the window when
 * no widget had the focus, which is how the window starts. */
static gboolean
on_window_key_pressed (OutreachWindow        *self,
                       guint                  keyval,
                       guint                  keycode,
                       GdkModifierType        state,
                       GtkEventControllerKey *controller)
{
  gunichar ch = gdk_keyval_to_unicode (keyval);
  char text[8] = { 0 };
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK)) != 0 ||
      ch == 0 || !g_unichar_isgraph (ch) ||
      (focus != NULL && GTK_IS_EDITABLE (focus)))
    return GDK_EVENT_PROPAGATE;

  /* an entry given the focus before it is shown drops what is typed into
   * it: until the bar has been revealed (see on_search_entry_map), keys are
   * added to the entry here */
  g_unichar_to_utf8 (ch, text);
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
      /* the bar moves the focus to its entry at once: keep it here until then */
      if (!gtk_widget_get_mapped (GTK_WIDGET (self->search_entry)) && focus != NULL)
        gtk_widget_grab_focus (focus);
    }
  else
    {
      g_autofree char *longer = g_strconcat (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)),
                                             text, NULL);
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), longer);
    }
  if (gtk_widget_get_mapped (GTK_WIDGET (self->search_entry)))
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
      gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
    }
  return GDK_EVENT_STOP;
}

/**
 * outreach_window_search:
 * @text: what to search for
 *
 * Opens the search with @text, as if the user had typed it.
 */
void
outreach_window_search (OutreachWindow *self,
                        const char     *text)
{
  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text);
  on_search_changed (self);
}

static void
on_search_entry_map (OutreachWindow *self)
{
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_set_position (GTK_EDITABLE (self->search_entry), -1);
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);

  gtk_search_bar_set_search_mode (self->search_bar, TRUE);
  if (gtk_widget_get_mapped (GTK_WIDGET (self->search_entry)))
    gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

static void
set_content (OutreachWindow  *self,
             OutreachContent *content)
{
  g_autoptr(GtkTreeListModel) model = NULL;

  g_return_if_fail (OUTREACH_IS_CONTENT (content));

  g_set_object (&self->content, content);
  close_search (self);
  outreach_page_view_set_content (self->page_view, content);
  outreach_search_view_set_content (self->search_view, content);

  model = gtk_tree_list_model_new (g_object_ref (outreach_content_get_sidebar (content)),
                                   FALSE, FALSE, create_children, NULL, NULL);
  g_set_object (&self->tree_model, model);
  g_clear_object (&self->selection);
  self->selection = gtk_single_selection_new (g_object_ref (G_LIST_MODEL (model)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected",
                           G_CALLBACK (on_selection_changed), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (self->selection));

  g_ptr_array_set_size (self->back, 0);
  g_ptr_array_set_size (self->forward, 0);
  navigate (self, outreach_content_get_home (content), FALSE);
}

/* Actions */

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  outreach_window_show_page (OUTREACH_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Closes the windows the window opened: the message (forgotten), a link's
 * QR code, the PIN pad. */
void
_outreach_window_close_children (OutreachWindow *self)
{
  GtkWindow **children[] = { &self->pin_window, &self->help_overlay };

  if (self->composer != NULL)
    {
      gtk_widget_set_visible (GTK_WIDGET (self->composer), FALSE);
      outreach_compose_window_set_message (OUTREACH_COMPOSE_WINDOW (self->composer), NULL);
    }

  for (guint i = 0; i < G_N_ELEMENTS (children); i++)
    if (*children[i] != NULL)
      {
        GtkWindow *child = *children[i];

        g_object_remove_weak_pointer (G_OBJECT (child), (gpointer *) children[i]);
        *children[i] = NULL;
        gtk_window_destroy (child);
      }
}

void
_outreach_window_navigate_home (OutreachWindow *self)
{
  navigate (self, outreach_content_get_home (self->content), TRUE);
  outreach_page_view_focus (self->page_view);
}

static void
compose (OutreachWindow *self,
         const char     *contact_id)
{
  OutreachNode *about = outreach_page_view_get_node (self->page_view);
  g_autoptr(OutreachMessage) message = NULL;
  g_autoptr(GError) error = NULL;

  message = outreach_message_new_for (self->content, contact_id, about, &error);
  if (message == NULL)
    {
      show_problem (self, error->message, NULL);
      return;
    }

  /* on a station, no window: the message's QR code over the page */
  if (self->kiosk)
    {
      _outreach_window_show_message_sheet (self, message);
      return;
    }

  /* one preview window for the session, shown again for each message */
  if (self->composer == NULL)
    self->composer = g_object_ref_sink (GTK_WINDOW (outreach_compose_window_new (GTK_WINDOW (self),
                                                                                 message)));
  else
    outreach_compose_window_set_message (OUTREACH_COMPOSE_WINDOW (self->composer), message);
  _outreach_debug_note_next_frame (GTK_WIDGET (self->composer), "composer");
  gtk_window_present (self->composer);
}

static void
get_in_touch_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  /* the pack says whom to write to from this kind of page */
  compose (OUTREACH_WINDOW (widget), NULL);
}

static void
write_to_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  compose (OUTREACH_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/**
 * outreach_window_get_composer:
 *
 * Returns: (transfer none) (nullable): the window of the message being written
 */
GtkWindow *
outreach_window_get_composer (OutreachWindow *self)
{
  return self->composer && gtk_widget_get_visible (GTK_WIDGET (self->composer)) ? self->composer : NULL;
}

static void
history_step (OutreachWindow *self,
              GPtrArray      *from,
              GPtrArray      *to)
{
  OutreachNode *current = outreach_page_view_get_node (self->page_view);
  g_autofree char *id = NULL;

  if (from->len == 0)
    return;

  id = g_ptr_array_steal_index (from, from->len - 1);
  if (current != NULL)
    g_ptr_array_add (to, g_strdup (outreach_node_get_id (current)));
  navigate (self, outreach_content_lookup (self->content, id), FALSE);
}

static void
back_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);

  history_step (self, self->back, self->forward);
}

static void
forward_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);

  history_step (self, self->forward, self->back);
}

static void
home_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);

  navigate (self, outreach_content_get_home (self->content), TRUE);
}

static void
focus_tree_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);

  focus_row (self, gtk_single_selection_get_selected (self->selection));
}

static void
dismiss_problem_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (OUTREACH_WINDOW (widget)->problem_revealer, FALSE);
}

static void
on_back_pressed (GtkGestureClick *gesture,
                 int              n_press,
                 double           x,
                 double           y,
                 OutreachWindow  *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));

  /* the mouse's own back and forward buttons */
  if (button == 8)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.back", NULL);
  else if (button == 9)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.forward", NULL);
}

/* GObject */

static gboolean
outreach_window_close_request (GtkWindow *window)
{
  OutreachWindow *self = OUTREACH_WINDOW (window);

  /* a display station cannot be closed from its screen */
  if (self->kiosk)
    return TRUE;

  if (self->settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (self->settings, "window-width", width);
      g_settings_set_int (self->settings, "window-height", height);
      g_settings_set_boolean (self->settings, "window-maximized", gtk_window_is_maximized (window));
    }

  return GTK_WINDOW_CLASS (outreach_window_parent_class)->close_request (window);
}

/* Ctrl+?: the shortcuts window, built the first time it is asked for (not
 * with the window: it is not needed for the first frame) */
static void
show_help_overlay_action (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);

  if (self->help_overlay == NULL)
    {
      g_autoptr(GtkBuilder) builder =
        gtk_builder_new_from_resource ("/uk/police/serocu/Outreach/ui/help-overlay.ui");

      self->help_overlay = GTK_WINDOW (gtk_builder_get_object (builder, "help_overlay"));
      g_object_add_weak_pointer (G_OBJECT (self->help_overlay), (gpointer *) &self->help_overlay);
      /* as GtkApplication would have at start-up: transient for this window,
       * and its shortcuts read their keys from the application's accels */
      gtk_application_window_set_help_overlay (GTK_APPLICATION_WINDOW (self),
                                               GTK_SHORTCUTS_WINDOW (self->help_overlay));
    }
  gtk_window_present (self->help_overlay);
}

static void
outreach_window_dispose (GObject *object)
{
  OutreachWindow *self = OUTREACH_WINDOW (object);

  g_clear_handle_id (&self->type_ahead_source, g_source_remove);
  _outreach_window_close_children (self);
  if (self->composer != NULL)
    gtk_window_destroy (self->composer);
  g_clear_object (&self->composer);
  _outreach_window_kiosk_dispose (self);
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
  g_clear_object (&self->content);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (outreach_window_parent_class)->dispose (object);
}

static void
outreach_window_finalize (GObject *object)
{
  OutreachWindow *self = OUTREACH_WINDOW (object);

  g_ptr_array_unref (self->back);
  g_ptr_array_unref (self->forward);
  g_string_free (self->type_ahead, TRUE);

  G_OBJECT_CLASS (outreach_window_parent_class)->finalize (object);
}

static void
outreach_window_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OutreachWindow *self = OUTREACH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;
    case PROP_KIOSK:
      g_value_set_boolean (value, self->kiosk);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_window_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OutreachWindow *self = OUTREACH_WINDOW (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      set_content (self, g_value_get_object (value));
      break;
    case PROP_KIOSK:
      outreach_window_set_kiosk (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_window_class_init (OutreachWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = outreach_window_dispose;
  object_class->finalize = outreach_window_finalize;
  object_class->get_property = outreach_window_get_property;
  object_class->set_property = outreach_window_set_property;
  window_class->close_request = outreach_window_close_request;

  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, OUTREACH_TYPE_CONTENT,
                         G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIOSK] =
    g_param_spec_boolean ("kiosk", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachWindow::reset:
   *
   * Everything has returned to the start, for the next visitor.
   */
  signals[RESET] = g_signal_new ("reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (OUTREACH_TYPE_NODE);
  g_type_ensure (OUTREACH_TYPE_PAGE_VIEW);
  g_type_ensure (OUTREACH_TYPE_SEARCH_VIEW);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, tree_view);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, page_view);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, problem_title);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_view);
  gtk_widget_class_bind_template_callback (widget_class, on_tree_activate);
  _outreach_window_kiosk_class_init (widget_class);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_search_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_result_activated);

  gtk_widget_class_install_action (widget_class, "win.show", "s", show_action);
  gtk_widget_class_install_action (widget_class, "win.show-help-overlay", NULL,
                                   show_help_overlay_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.get-in-touch", NULL, get_in_touch_action);
  gtk_widget_class_install_action (widget_class, "win.write-to", "s", write_to_action);
  gtk_widget_class_install_action (widget_class, "win.back", NULL, back_action);
  gtk_widget_class_install_action (widget_class, "win.forward", NULL, forward_action);
  gtk_widget_class_install_action (widget_class, "win.home", NULL, home_action);
  gtk_widget_class_install_action (widget_class, "win.focus-tree", NULL, focus_tree_action);
  gtk_widget_class_install_action (widget_class, "win.dismiss-problem", NULL,
                                   dismiss_problem_action);
}

static void
outreach_window_init (OutreachWindow *self)
{
  g_autoptr(GtkListItemFactory) factory = NULL;
  GtkEventController *keys;
  GtkGesture *click;

  self->back = g_ptr_array_new_with_free_func (g_free);
  self->forward = g_ptr_array_new_with_free_func (g_free);
  self->type_ahead = g_string_new (NULL);

  gtk_widget_init_template (GTK_WIDGET (self));

  factory = gtk_builder_list_item_factory_new_from_resource (NULL,
              "/uk/police/serocu/Outreach/ui/outreach-tree-row.ui");
  gtk_list_view_set_factory (self->tree_view, factory);
  g_clear_object (&factory);

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_tree_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->tree_view), keys);

  g_object_bind_property (self->search_button, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->search_entry));
  g_signal_connect_object (self->search_entry, "map", G_CALLBACK (on_search_entry_map), self,
                           G_CONNECT_SWAPPED);
  /* typing anywhere starts a search (the tree's own type-ahead comes first) */
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_window_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_mode_changed), self, G_CONNECT_SWAPPED);
  keys = gtk_event_controller_key_new ();
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_search_key_pressed), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->search_entry), keys);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_back_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  _outreach_window_kiosk_init (self);
  _outreach_debug_note_next_frame (GTK_WIDGET (self), "window");

  self->settings = outreach_settings_new_if_installed (APP_ID, NULL);
  if (self->settings != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (self->settings, "window-width"),
                                   g_settings_get_int (self->settings, "window-height"));
      if (g_settings_get_boolean (self->settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
    }

  update_history_actions (self);

  /* start with the page focused, so that reading keys scroll it and typing
   * starts a search; the tree has type-ahead of its own once focused */
  outreach_page_view_focus (self->page_view);
}

OutreachWindow *
outreach_window_new (gpointer         application,
                     OutreachContent *content)
{
  return g_object_new (OUTREACH_TYPE_WINDOW,
                       "application", application,
                       "content", content,
                       NULL);
}
