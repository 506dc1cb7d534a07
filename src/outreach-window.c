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
  outreach_sidebar_set_selected_node (self->sidebar, node);
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

static void
on_sidebar_selected_node (OutreachWindow *self)
{
  OutreachNode *node = outreach_sidebar_get_selected_node (self->sidebar);

  /* a row the user chose; the tree following the page is no change */
  if (node != NULL)
    navigate (self, node, TRUE);
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
  g_return_if_fail (OUTREACH_IS_CONTENT (content));

  g_set_object (&self->content, content);
  close_search (self);
  outreach_page_view_set_content (self->page_view, content);
  outreach_search_view_set_content (self->search_view, content);
  outreach_attract_screen_set_content (self->attract_box, content);

  /* a new list shows collapsed */
  outreach_sidebar_set_model (self->sidebar, outreach_content_get_sidebar (content));

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
  outreach_sidebar_focus_selected (OUTREACH_WINDOW (widget)->sidebar);
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

  _outreach_window_close_children (self);
  if (self->composer != NULL)
    gtk_window_destroy (self->composer);
  g_clear_object (&self->composer);
  _outreach_window_kiosk_dispose (self);
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

  g_type_ensure (OUTREACH_TYPE_ATTRACT_SCREEN);
  g_type_ensure (OUTREACH_TYPE_COUNTDOWN);
  g_type_ensure (OUTREACH_TYPE_PAGE_VIEW);
  g_type_ensure (OUTREACH_TYPE_SEARCH_VIEW);
  g_type_ensure (OUTREACH_TYPE_SIDEBAR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-window.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, page_view);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, problem_revealer);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, problem_title);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, problem_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_entry);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, main_stack);
  gtk_widget_class_bind_template_child (widget_class, OutreachWindow, search_view);
  gtk_widget_class_bind_template_callback (widget_class, on_sidebar_selected_node);
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
  GtkEventController *keys;
  GtkGesture *click;

  self->back = g_ptr_array_new_with_free_func (g_free);
  self->forward = g_ptr_array_new_with_free_func (g_free);

  gtk_widget_init_template (GTK_WIDGET (self));

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
