/* outreach-window.c: the unit tree beside the page of what is selected
 *
 * This file builds the window and keeps its state: the pack, the page shown
 * and the history of pages, and the reset to the start for a station's next
 * visitor. The actions are in outreach-window-actions.c, the search bar in
 * outreach-window-search.c, display-station mode in outreach-window-kiosk.c,
 * what a station refuses and forgets (GTK's Inspector, context menus, other
 * windows, the clipboards, the problem bar) in outreach-window-lockdown.c,
 * the tree folded away in a narrow window in outreach-window-adaptive.c;
 * the tree, the page, the search results and the station's screens are
 * widgets of their own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-application.h"
#include "outreach-compose-window.h"
#include "outreach-debug.h"
#include "outreach-settings.h"
#include "outreach-text.h"
#include "outreach-window-private.h"
#include "outreach-accessible.h"

G_DEFINE_FINAL_TYPE (OutreachWindow, outreach_window, GTK_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_CONTENT,
  PROP_KIOSK,
  PROP_SHOW_SIDEBAR,
  PROP_PRESENTING,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Navigation */

static void
update_history_actions (OutreachWindow *self)
{
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.back", self->back->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.forward", self->forward->len > 0);
}

/* The history put back as it was (after presenting) */
void
_outreach_window_update_history (OutreachWindow *self)
{
  update_history_actions (self);
}

static void update_title (OutreachWindow *self);

/* The title says what shows: the page, or the Structure page */
void
_outreach_window_update_title (OutreachWindow *self)
{
  update_title (self);
}

static void
update_title (OutreachWindow *self)
{
  OutreachNode *node = outreach_page_view_get_node (self->page_view);
  g_autofree char *title = NULL;

  if (_outreach_window_structure_shown (self))
    /* Translators: the window's title on the Structure page (the
     * organisation chart), then the unit's short name */
    title = g_strdup_printf (_("Structure – %s"), outreach_content_get_short_name (self->content));
  else if (node == NULL || node == outreach_content_get_home (self->content))
    title = g_strdup (outreach_content_get_name (self->content));
  else
    /* Translators: the window's title: the page, then the unit's short name */
    title = g_strdup_printf (_("%s – %s"), outreach_node_get_title (node),
                             outreach_content_get_short_name (self->content));
  gtk_window_set_title (GTK_WINDOW (self), title);
}

/* The main menu's About item names the app as the pack shown calls it */
static void
update_about_item (OutreachWindow *self)
{
  g_autofree char *label = NULL;
  g_auto(GStrv) parts = NULL;
  g_autofree char *name = NULL;

  if (self->content == NULL)
    return;
  /* the name is text, not a mnemonic: "R_and_D" keeps its underscores */
  parts = g_strsplit (outreach_content_get_app_name (self->content), "_", -1);
  name = g_strjoinv ("__", parts);
  /* Translators: the main menu's item; %s is the app's name for the pack
   * shown, such as "SEROCU Outreach" */
  label = g_strdup_printf (_("_About %s"), name);
  if (g_menu_model_get_n_items (G_MENU_MODEL (self->help_section)) > 1)
    g_menu_remove (self->help_section, 1);
  g_menu_insert (self->help_section, 1, label, "app.about");
}

/* The main menu's text size: the percentage, shown and said */
static void
update_text_size (OutreachWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  g_autofree char *shown = NULL;
  g_autofree char *said = NULL;
  int percent = 100;

  if (OUTREACH_IS_APPLICATION (app))
    percent = (int) (outreach_application_get_text_size (OUTREACH_APPLICATION (app)) * 100 + 0.5);
  /* Translators: the text size in the main menu, as a percentage of the
   * usual size: "150%" */
  shown = g_strdup_printf (_("%d%%"), percent);
  /* Translators: what a screen reader says for the text size in the main
   * menu (a button that goes back to the usual size) */
  said = g_strdup_printf (_("Text size %d%%"), percent);
  gtk_label_set_text (self->text_size_label, shown);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->text_size_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, said, -1);
}

/**
 * _outreach_window_navigate:
 * @node: the page to show
 * @record: whether the page left goes in the history
 *
 * Shows @node's page and selects it in the tree.
 */
void
_outreach_window_navigate (OutreachWindow *self,
                           OutreachNode   *node,
                           gboolean        record)
{
  OutreachNode *current = outreach_page_view_get_node (self->page_view);
  /* chart: a page asked for shows in place of the chart (the tree's
   * selection is highlighted in it instead), and Back shows the chart */
  gboolean left_chart = !self->chart_follows && _outreach_window_structure_shown (self);

  if (left_chart)
    _outreach_window_hide_structure (self);
  if (node == current && !(left_chart && record))
    {
      /* the page that was behind the chart: Back and Forward change */
      update_history_actions (self);
      update_title (self);
      return;
    }

  if (record && (current != NULL || left_chart))
    {
      g_ptr_array_add (self->back, g_strdup (left_chart ? OUTREACH_WINDOW_HISTORY_CHART
                                                        : outreach_node_get_id (current)));
      g_ptr_array_set_size (self->forward, 0);
    }

  outreach_page_view_set_node (self->page_view, node);
  outreach_sidebar_set_selected_node (self->sidebar, node);
  _outreach_window_chart_follow (self, node);
  update_history_actions (self);
  update_title (self);
}

static void
on_sidebar_selected_node (OutreachWindow *self)
{
  OutreachNode *node = outreach_sidebar_get_selected_node (self->sidebar);

  /* a row the user chose; the tree following the page is no change */
  if (node != NULL)
    {
      /* in a narrow window the tree folds away before the page shows */
      _outreach_window_sidebar_chosen (self);
      self->chart_follows = TRUE;  /* chart */
      _outreach_window_navigate (self, node, TRUE);
      self->chart_follows = FALSE;
    }
}

/**
 * outreach_window_show_page:
 * @id: the id of a page, unit or profile
 *
 * Shows the page, records it in the history and selects it in the tree.
 * An id the pack does not have (from the bus, say) is said in the window's
 * bar, quoted in a line's worth.
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
      g_autofree char *quoted = outreach_text_excerpt (id, -1, OUTREACH_TEXT_EXCERPT_CHARS);
      g_autofree char *message =
        g_strdup_printf (_("There is no page with the id “%s”."), quoted);

      _outreach_window_show_problem (self, message, NULL);
      return FALSE;
    }

  _outreach_window_navigate (self, node, TRUE);
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

/* Starting over */

/* Closes the windows the window opened: the message (forgotten), the
 * shortcuts. */
void
_outreach_window_close_children (OutreachWindow *self)
{
  GtkWindow **children[] = { &self->help_overlay };

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

/* No search, an empty history, Home selected in the tree. */
static void
start_over (OutreachWindow *self)
{
  _outreach_window_close_search (self);
  g_ptr_array_set_size (self->back, 0);
  g_ptr_array_set_size (self->forward, 0);
  _outreach_window_navigate (self, outreach_content_get_home (self->content), FALSE);
  update_history_actions (self);
}

static GtkPaned *
get_divider (OutreachWindow *self)
{
  return GTK_PANED (gtk_widget_get_ancestor (GTK_WIDGET (self->sidebar), GTK_TYPE_PANED));
}

/* A drag of the divider held through the reset ends with it: it would go
 * on moving the divider the reset has just put back */
static void
cancel_divider_drag (OutreachWindow *self)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (GTK_WIDGET (get_divider (self)));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      gtk_event_controller_reset (controller);
    }
}

/**
 * outreach_window_reset:
 *
 * Returns everything to the start, for the next visitor: Home, drawn anew
 * at its top and selected in the tree; no search; the tree collapsed and
 * at its top, its divider where it started; no history, no message, no QR
 * code, every text field empty. On a station also every other window
 * closes and the clipboard and the primary selection are emptied. The
 * "reset" signal then lets the application reset what is its own (the
 * text size).
 */
void
outreach_window_reset (OutreachWindow *self)
{
  g_return_if_fail (OUTREACH_IS_WINDOW (self));

  _outreach_window_close_children (self);
  if (self->kiosk)
    _outreach_window_close_other_windows (self);
  _outreach_window_close_sheet (self);
  cancel_divider_drag (self);
  _outreach_window_place_divider (self);
  outreach_sidebar_collapse_all (self->sidebar);
  /* Home again even if it is shown: drawn anew, it is at its top and has
   * nothing of the last visitor's (a selection, the focus) */
  outreach_page_view_set_node (self->page_view, NULL);
  start_over (self);
  _outreach_window_chart_reset (self);
  /* and nothing of the search to undo */
  _outreach_window_search_forget (self);
  outreach_page_view_focus (self->page_view);
  gtk_revealer_set_reveal_child (self->countdown_revealer, FALSE);
  /* last: clearing the search field lets go of its selection */
  if (self->kiosk)
    _outreach_window_forget_clipboards (self);
  g_signal_emit (self, signals[RESET], 0);
}

static void
set_content (OutreachWindow  *self,
             OutreachContent *content)
{
  g_return_if_fail (OUTREACH_IS_CONTENT (content));

  g_set_object (&self->content, content);
  update_about_item (self);
  outreach_page_view_set_content (self->page_view, content);
  outreach_search_view_set_content (self->search_view, content);
  outreach_attract_screen_set_content (self->attract_box, content);
  /* a new list shows collapsed */
  outreach_sidebar_set_model (self->sidebar, outreach_content_get_sidebar (content));
  start_over (self);
}

/**
 * outreach_window_set_content:
 * @content: a new version of the pack shown
 *
 * Shows @content in place of the pack shown, where the window is: the same
 * page if @content still has its id (else Home), the same search (its
 * results from @content), the history without the pages that went (nor
 * steps that would no longer go anywhere). What
 * the window said about the pack shown before goes: @content is good. A
 * station's attract screen shows @content's slides at once; an open
 * message follows @content (outreach_compose_window_set_content(); on a
 * station its QR code is made again, or closes: outreach-window-kiosk.c).
 */
void
outreach_window_set_content (OutreachWindow  *self,
                             OutreachContent *content)
{
  OutreachNode *current, *node = NULL;
  g_autofree char *id = NULL;

  g_return_if_fail (OUTREACH_IS_WINDOW (self));
  g_return_if_fail (OUTREACH_IS_CONTENT (content));

  if (self->content == content)
    return;
  current = outreach_page_view_get_node (self->page_view);
  id = current ? g_strdup (outreach_node_get_id (current)) : NULL;

  g_set_object (&self->content, content);
  update_about_item (self);
  /* the page view lets go of the old pack's node first */
  outreach_page_view_set_node (self->page_view, NULL);
  outreach_page_view_set_content (self->page_view, content);
  /* its results follow, from the query the search field still has */
  outreach_search_view_set_content (self->search_view, content);
  outreach_attract_screen_set_content (self->attract_box, content);
  outreach_sidebar_set_model (self->sidebar, outreach_content_get_sidebar (content));
  /* an open message keeps its words, and goes to the contact as they are now */
  if (self->composer != NULL)
    outreach_compose_window_set_content (OUTREACH_COMPOSE_WINDOW (self->composer), content);

  _outreach_window_history_forget_missing (self, content);
  if (id != NULL)
    node = outreach_content_lookup (content, id);
  if (node == NULL)
    node = outreach_content_get_home (content);
  /* chart: a chart shown stays, drawn from @content */
  _outreach_window_chart_reset (self);
  self->chart_follows = TRUE;
  _outreach_window_navigate (self, node, FALSE);
  self->chart_follows = FALSE;
  /* Back and Forward enabled only if they go somewhere in @content (with
   * the chart shown, the page behind it is somewhere to go) */
  _outreach_window_history_forget_repeats (self, _outreach_window_structure_shown (self)
                                                   ? OUTREACH_WINDOW_HISTORY_CHART
                                                   : outreach_node_get_id (node));
  update_history_actions (self);

  gtk_revealer_set_reveal_child (self->problem_revealer, FALSE);
  self->problem_held = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
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

/* GObject */

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

static gboolean
outreach_window_close_request (GtkWindow *window)
{
  OutreachWindow *self = OUTREACH_WINDOW (window);

  /* a display station cannot be closed from its screen */
  if (self->kiosk)
    return TRUE;
  /* the size kept for next time is the window's own, not the projector's */
  outreach_window_stop_presenting (self);

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

static void
outreach_window_dispose (GObject *object)
{
  OutreachWindow *self = OUTREACH_WINDOW (object);

  _outreach_window_present_dispose (self);
  _outreach_window_close_children (self);
  if (self->composer != NULL)
    gtk_window_destroy (self->composer);
  g_clear_object (&self->composer);
  _outreach_window_kiosk_dispose (self);
  _outreach_window_adaptive_dispose (self);
  _outreach_window_search_dispose (self);
  _outreach_window_export_dispose (self);
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
    case PROP_SHOW_SIDEBAR:
      g_value_set_boolean (value, self->show_sidebar);
      break;
    case PROP_PRESENTING:
      g_value_set_boolean (value, self->presenter != NULL);
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
    case PROP_SHOW_SIDEBAR:
      _outreach_window_set_show_sidebar (self, g_value_get_boolean (value));
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
  /**
   * OutreachWindow:show-sidebar:
   *
   * In a narrow window, whether the tree shows in place of the page
   * (outreach-window-adaptive.c); always %FALSE in a wide one.
   */
  properties[PROP_SHOW_SIDEBAR] =
    g_param_spec_boolean ("show-sidebar", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OutreachWindow:presenting:
   *
   * Whether the window presents a tour (outreach-window-present.c)
   */
  properties[PROP_PRESENTING] =
    g_param_spec_boolean ("presenting", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachWindow::reset:
   *
   * Everything has returned to the start, for the next visitor.
   */
  signals[RESET] = g_signal_new ("reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (OUTREACH_TYPE_ATTRACT_SCREEN);
  g_type_ensure (OUTREACH_TYPE_COUNTDOWN);
  g_type_ensure (OUTREACH_TYPE_PAGE_VIEW);
  g_type_ensure (OUTREACH_TYPE_SEARCH_VIEW);
  g_type_ensure (OUTREACH_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, overlay);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, menu_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, help_section);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, primary_menu);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, start_again_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, problem_title);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, page_view);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, text_size_row);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, text_size_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, text_size_label);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_selected_node);

  _outreach_window_search_class_init (widget_class);
  _outreach_window_kiosk_class_init (widget_class);
  _outreach_window_class_add_actions (widget_class);
  _outreach_window_adaptive_class_init (widget_class);
  _outreach_window_present_class_init (widget_class);
  _outreach_window_chart_class_init (widget_class);
  _outreach_window_export_class_init (widget_class);
}

static void
outreach_window_init (OutreachWindow *self)
{
  GtkGesture *click;

  self->back = g_ptr_array_new_with_free_func (g_free);
  self->forward = g_ptr_array_new_with_free_func (g_free);

  _outreach_debug_mark ("window-template");
  gtk_widget_init_template (GTK_WIDGET (self));
  _outreach_debug_mark ("window-template-done");

  _outreach_window_search_init (self);
  /* Enter in the tree goes to the page shown */
  g_signal_connect_object (self->sidebar, "page-activated",
                           G_CALLBACK (_outreach_window_focus_page_start), self, G_CONNECT_SWAPPED);

  click = gtk_gesture_click_new ();
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_back_pressed), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (click));

  _outreach_window_kiosk_init (self);
  _outreach_window_lockdown_init (self);
  _outreach_window_adaptive_init (self);
  _outreach_window_present_init (self);
  _outreach_window_chart_init (self);
  _outreach_window_export_init (self);
  _outreach_window_menu_init (self);

  /* the app sets the text's size through the settings' dpi */
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (self)), "notify::gtk-xft-dpi",
                           G_CALLBACK (update_text_size), self, G_CONNECT_SWAPPED);
  g_signal_connect (self, "notify::application", G_CALLBACK (update_text_size), NULL);
  update_text_size (self);
  _outreach_accessible_tidy (GTK_WIDGET (self));
  _outreach_accessible_follow_stack (self->main_stack);
  _outreach_accessible_follow_revealer (self->problem_revealer);
  self->divider_start = gtk_paned_get_position (get_divider (self));
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

