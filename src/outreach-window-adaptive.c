/* outreach-window-adaptive.c: the tree folded away in a narrow window
 *
 * In a wide window the tree is a pane beside the page, about a quarter of
 * the window wide. Below FOLD_WIDTH_PX (in the text's own scale: at 200 %
 * text a window twice as wide folds) the window shows the page alone, and
 * a button in the header bar (F9, win.show-sidebar) shows the tree in its
 * place, the whole window wide, as GNOME's apps show their sidebar on a
 * phone. Choosing a page there (a click or a tap on another row, Enter)
 * shows that page and folds the tree away again; moving in the tree with
 * the keys only browses it, and Escape (or the button) goes back to the
 * page without choosing. A search shows its results in the page's place
 * too.
 *
 * GTK 4.8 has no breakpoints: the window looks at its width each time it
 * has been laid out (the frame clock's "layout", after the window's own
 * handler; not inside size_allocate, where a change of what shows would
 * leave widgets unallocated). What it changes depends on that width and
 * the text scale alone, never on what the change does to the layout, so
 * one change settles it; the frame clock lays the window out again before
 * it draws the frame, so nothing is drawn in between.
 *
 * A display station keeps the pane, and the divider where it started
 * (its layout, and the text sizes it allows, are measured for that).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-window-private.h"

/* Narrower than this (at the desktop's usual text size) the tree folds:
 * beside a 260 px tree the page would have less than about 70 characters */
#define FOLD_WIDTH_PX 960
/* the tree's share of a wide window, and the most it takes at the usual
 * text size */
#define SIDEBAR_FRACTION 0.28
#define SIDEBAR_MAX_PX 360

static GtkPaned *
get_divider (OutreachWindow *self)
{
  return GTK_PANED (gtk_widget_get_parent (GTK_WIDGET (self->sidebar)));
}

/* The text's scale: 1 at the desktop's usual 96 dpi; the desktop's own
 * text scaling and the app's text size both change it */
static double
text_scale (OutreachWindow *self)
{
  int dpi = 0;

  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self)), "gtk-xft-dpi", &dpi, NULL);
  return dpi > 0 ? dpi / (96.0 * 1024) : 1.0;
}

/* Which of the tree and the page show: both in a pane, else one */
static gboolean
focus_in_tree (OutreachWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL &&
         (focus == GTK_WIDGET (self->sidebar) || gtk_widget_is_ancestor (focus, GTK_WIDGET (self->sidebar)));
}

/* The tree and the page as the width has them. The keyboard does not fall
 * to no one when the tree it was in folds away (a window narrowed, text
 * made larger): it goes to the page's heading, or where the page is not
 * shown (search results), the button that shows the tree again */
static void
show_panes (OutreachWindow *self)
{
  gboolean was_in_tree = focus_in_tree (self);
  /* presenting: the page alone */
  gboolean tree_shown = self->presenter == NULL && (!self->folded || self->show_sidebar);

  gtk_widget_set_visible (GTK_WIDGET (self->sidebar), tree_shown);
  gtk_widget_set_visible (GTK_WIDGET (self->main_stack),
                          self->presenter != NULL || !self->folded || !self->show_sidebar);
  if (was_in_tree && !tree_shown)
    {
      _outreach_window_focus_page_start (self);
      if (focus_in_tree (self) || gtk_root_get_focus (GTK_ROOT (self)) == NULL)
        gtk_widget_grab_focus (self->sidebar_button);
    }
}

/* The panes again, after presenting began or ended */
void
_outreach_window_show_panes (OutreachWindow *self)
{
  show_panes (self);
}

/**
 * _outreach_window_set_show_sidebar:
 * @show: whether the tree shows in place of the page
 *
 * In a narrow window, shows the tree (its selected row focused) or the
 * page again (focused, if the focus was in the tree). A wide window shows
 * both, and takes no notice.
 */
void
_outreach_window_set_show_sidebar (OutreachWindow *self,
                                   gboolean        show)
{
  show = show && self->folded;
  if (show == self->show_sidebar)
    return;
  self->show_sidebar = show;
  show_panes (self);
  if (show)
    outreach_sidebar_focus_selected (self->sidebar);
  g_object_notify (G_OBJECT (self), "show-sidebar");
}

/**
 * _outreach_window_sidebar_chosen:
 *
 * The tree's selection changed: in a narrow window, unless the keys are
 * only moving in the tree, the page chosen shows in its place.
 */
void
_outreach_window_sidebar_chosen (OutreachWindow *self)
{
  if (!self->tree_keys)
    _outreach_window_set_show_sidebar (self, FALSE);
}

static void
set_folded (OutreachWindow *self,
            gboolean        folded)
{
  self->folded = folded;
  gtk_widget_set_visible (self->sidebar_button, folded);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-sidebar", folded);
  /* unfolded, the divider is placed anew for the width there is */
  self->divider_width = -1;
  if (!folded)
    _outreach_window_set_show_sidebar (self, FALSE);
  show_panes (self);
}

static int
divider_position (OutreachWindow *self,
                  int             width,
                  double          scale)
{
  int min_width = 0;

  gtk_widget_measure (GTK_WIDGET (self->sidebar), GTK_ORIENTATION_HORIZONTAL, -1,
                      &min_width, NULL, NULL, NULL);
  return MAX (MIN ((int) (width * SIDEBAR_FRACTION), (int) (SIDEBAR_MAX_PX * scale)), min_width);
}

/* Folds or unfolds for the window's width, and in a pane places the
 * divider for it. A divider the user moved stays until the width or the
 * text size changes. */
static void
update_layout (OutreachWindow *self)
{
  GtkWidget *child = gtk_window_get_child (GTK_WINDOW (self));
  int width = child != NULL ? gtk_widget_get_width (child) : 0;
  double scale = text_scale (self);
  gboolean folded;

  if (width <= 0 || self->kiosk)
    return;
  folded = width < FOLD_WIDTH_PX * scale;
  if (folded != self->folded)
    set_folded (self, folded);
  if (!folded && (width != self->divider_width || !G_APPROX_VALUE (scale, self->divider_scale, 1e-6)))
    {
      self->divider_width = width;
      self->divider_scale = scale;
      gtk_paned_set_position (get_divider (self), divider_position (self, width, scale));
    }
}

/* Before the first frame (when the window is realized, its style known):
 * the divider where the first layout would move it, for the window's
 * default width less its frame, so that the first frame is laid out once,
 * not twice over with the page at two widths (issue 20). A window that
 * opens at another width (maximised, say) has it placed again at its
 * first layout, as before. */
static void
first_place (OutreachWindow *self)
{
  GtkWidget *child = gtk_window_get_child (GTK_WINDOW (self));
  double scale = text_scale (self);
  int width = 0, height = 0, window_min = 0, child_min = 0;

  if (child == NULL || self->kiosk)
    return;
  /* (GTK 4.8 takes no NULL for either) */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  /* the window's frame (its style's margin, border and padding: a frame
   * drawn by GTK where there is no compositor) is what it asks for more
   * than its child does */
  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_HORIZONTAL, -1, &window_min, NULL, NULL, NULL);
  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &child_min, NULL, NULL, NULL);
  width -= MAX (0, window_min - child_min);
  if (width <= 0 || width < FOLD_WIDTH_PX * scale)
    return;
  self->divider_width = width;
  self->divider_scale = scale;
  gtk_paned_set_position (get_divider (self), divider_position (self, width, scale));
}

/**
 * _outreach_window_keep_divider:
 *
 * Notes where the divider is (one the user moved, say), for
 * _outreach_window_give_back_divider (): presenting changes the text's size
 * and the window's, which would place it anew.
 */
void
_outreach_window_keep_divider (OutreachWindow *self)
{
  self->saved_divider = gtk_paned_get_position (get_divider (self));
  self->saved_divider_width = self->divider_width;
  self->saved_divider_scale = self->divider_scale;
}

/**
 * _outreach_window_give_back_divider:
 *
 * The divider where it was noted, kept there if the window comes back to
 * the width and text size it was noted for (placed anew if not).
 */
void
_outreach_window_give_back_divider (OutreachWindow *self)
{
  if (self->saved_divider <= 0)
    return;
  self->divider_width = self->saved_divider_width;
  self->divider_scale = self->saved_divider_scale;
  gtk_paned_set_position (get_divider (self), self->saved_divider);
  self->saved_divider = 0;
}

/**
 * _outreach_window_place_divider:
 *
 * Puts the divider back where it goes: on a station where it started, on
 * the desktop where the window's width places it.
 */
void
_outreach_window_place_divider (OutreachWindow *self)
{
  if (self->kiosk)
    {
      gtk_paned_set_position (get_divider (self), self->divider_start);
      return;
    }
  self->divider_width = -1;
  update_layout (self);
}

static void
on_realize (OutreachWindow *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  /* after the window's own layout, which it connected when its surface
   * was made */
  g_clear_signal_handler (&self->layout_handler, self->layout_clock);
  g_clear_object (&self->layout_clock);
  if (clock == NULL)
    return;
  self->layout_clock = g_object_ref (clock);
  self->layout_handler = g_signal_connect_swapped (clock, "layout", G_CALLBACK (update_layout), self);
  if (self->divider_width <= 0)
    first_place (self);
}

static void
on_unrealize (OutreachWindow *self)
{
  g_clear_signal_handler (&self->layout_handler, self->layout_clock);
  g_clear_object (&self->layout_clock);
}

static void
on_kiosk_changed (OutreachWindow *self)
{
  if (self->kiosk)
    {
      if (self->folded)
        set_folded (self, FALSE);
      gtk_paned_set_position (get_divider (self), self->divider_start);
    }
  else
    self->divider_width = -1;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* The search's results show where the page does: a search opened (Ctrl+F,
 * the button) or results shown fold the tree away */
static void
on_search_shown (OutreachWindow *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar) ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "results") == 0)
    _outreach_window_set_show_sidebar (self, FALSE);
}

static gboolean
end_tree_keys (gpointer data)
{
  OutreachWindow *self = data;

  self->tree_keys = FALSE;
  self->tree_keys_source = 0;
  return G_SOURCE_REMOVE;
}

/* Keys in the tree, before it hears them: in a narrow window Enter shows
 * the page of the row selected, Escape the page shown before; any other
 * key only moves in the tree (until the tree has handled it: the idle runs
 * before the next event) */
static gboolean
on_tree_key (OutreachWindow        *self,
             guint                  keyval,
             guint                  keycode,
             GdkModifierType        state,
             GtkEventControllerKey *controller)
{
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK | GDK_META_MASK))
    return GDK_EVENT_PROPAGATE;
  if (self->folded && self->show_sidebar)
    switch (keyval)
      {
      case GDK_KEY_Return: case GDK_KEY_KP_Enter: case GDK_KEY_ISO_Enter:
      case GDK_KEY_Escape:
        _outreach_window_set_show_sidebar (self, FALSE);
        return GDK_EVENT_STOP;
      default:
        break;
      }
  self->tree_keys = TRUE;
  if (self->tree_keys_source == 0)
    self->tree_keys_source = g_idle_add_full (G_PRIORITY_HIGH, end_tree_keys, self, NULL);
  return GDK_EVENT_PROPAGATE;
}

void
_outreach_window_adaptive_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, sidebar_button);
  gtk_widget_class_install_property_action (widget_class, "win.show-sidebar", "show-sidebar");
}

void
_outreach_window_adaptive_init (OutreachWindow *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->divider_width = -1;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-sidebar", FALSE);
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect_object (keys, "key-pressed", G_CALLBACK (on_tree_key), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->sidebar), keys);
  g_signal_connect (self, "notify::kiosk", G_CALLBACK (on_kiosk_changed), NULL);
  g_signal_connect (self, "realize", G_CALLBACK (on_realize), NULL);
  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (on_search_shown), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->main_stack, "notify::visible-child",
                           G_CALLBACK (on_search_shown), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "unrealize", G_CALLBACK (on_unrealize), NULL);
}

void
_outreach_window_adaptive_dispose (OutreachWindow *self)
{
  g_clear_handle_id (&self->tree_keys_source, g_source_remove);
  on_unrealize (self);
}
