/* outreach-window-actions.c: the window's actions, win.*
 *
 * Every command a user can give the window is one of these, so that its
 * buttons, menus, keyboard shortcuts (set on the application) and the
 * tests all reach the same code.
 *
 *   win.show(s)            the page with this id
 *   win.back, win.forward  through the history
 *   win.home               the pack's home page
 *   win.focus-tree         the keyboard focus to the tree's selected row
 *   win.search             open the search bar
 *   win.get-in-touch       write to whom the pack says, about this page
 *   win.write-to(s)        write to this contact, about this page
 *   win.open-link(s)       a web address: in the browser, or its QR code on a station
 *   win.dismiss-problem    hide the bar that tells of a problem
 *   win.show-help-overlay  the keyboard shortcuts
 *   win.still-here         on a station: the visitor is still there
 *   win.start-again        on a station: everything back to the start
 *
 * Each takes what it is given as outside text: an id the pack does not have
 * is said in the window's bar, quoted in a line's worth, and a link that is
 * not an https: address (or is longer than any link) is not opened.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "outreach-accessible.h"
#include "outreach-compose-window.h"
#include "outreach-debug.h"
#include "outreach-link.h"
#include "outreach-text.h"
#include "outreach-presenter.h"
#include "outreach-window-private.h"

/* GTK does not check a widget action's parameter against its type (GLib
 * does, for what comes over the bus): one of another type, or none, is
 * ignored here */
static const char *
get_string (const char *action_name,
            GVariant   *parameter)
{
  if (parameter == NULL || !g_variant_is_of_type (parameter, G_VARIANT_TYPE_STRING))
    {
      g_message ("%s: needs a string: ignored", action_name);
      return NULL;
    }
  return g_variant_get_string (parameter, NULL);
}

/**
 * _outreach_window_focus_page_start:
 *
 * After a navigation the user made, the keyboard goes to the page's
 * heading (outreach_page_view_focus_start()). Not on a station, where no
 * one tabs and the visitor's place is not moved, nor while the results
 * hide the page (someone typing in the search field keeps it).
 */
void
_outreach_window_focus_page_start (OutreachWindow *self)
{
  if (self->kiosk ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->main_stack), "page") != 0)
    return;
  outreach_page_view_focus_start (self->page_view);
}

static void
show_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  const char *id = get_string (action_name, parameter);

  if (id != NULL && outreach_window_show_page (OUTREACH_WINDOW (widget), id))
    _outreach_window_focus_page_start (OUTREACH_WINDOW (widget));
}

/* Drops the ids @content no longer has from a history */
static void
forget_missing (GPtrArray       *history,
                OutreachContent *content)
{
  for (guint i = history->len; i > 0; i--)
    if (g_strcmp0 (g_ptr_array_index (history, i - 1), OUTREACH_WINDOW_HISTORY_CHART) != 0 &&
        outreach_content_lookup (content, g_ptr_array_index (history, i - 1)) == NULL)
      g_ptr_array_remove_index (history, i - 1);
}

/* Drops, from the end of a history (the step it takes next), the pages
 * that step would not leave @id for: after a swap, two pages of the old
 * pack may both have become the one page shown (Home, say), and a step
 * that goes nowhere would leave Back a dead control. Adjacent repeats
 * further in go too, for the same reason. */
static void
forget_repeats (GPtrArray  *history,
                const char *id)
{
  for (guint i = history->len; i > 1; i--)
    if (g_strcmp0 (g_ptr_array_index (history, i - 1), g_ptr_array_index (history, i - 2)) == 0)
      g_ptr_array_remove_index (history, i - 1);
  while (history->len > 0 && g_strcmp0 (g_ptr_array_index (history, history->len - 1), id) == 0)
    g_ptr_array_remove_index (history, history->len - 1);
}

/* A new pack: the steps of Back and Forward it has no page for go */
void
_outreach_window_history_forget_missing (OutreachWindow  *self,
                                         OutreachContent *content)
{
  forget_missing (self->back, content);
  forget_missing (self->forward, content);
}

/* ...and those that would not leave @here (a page's id, or the chart's) */
void
_outreach_window_history_forget_repeats (OutreachWindow *self,
                                         const char     *here)
{
  forget_repeats (self->back, here);
  forget_repeats (self->forward, here);
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
  if (_outreach_window_structure_shown (self))
    g_ptr_array_add (to, g_strdup (OUTREACH_WINDOW_HISTORY_CHART));
  else if (current != NULL)
    g_ptr_array_add (to, g_strdup (outreach_node_get_id (current)));
  if (g_strcmp0 (id, OUTREACH_WINDOW_HISTORY_CHART) == 0)
    {
      /* the chart, its box for the page left selected and given the keys */
      _outreach_window_show_structure (self);
      _outreach_window_update_history (self);
      return;
    }
  _outreach_window_navigate (self, outreach_content_lookup (self->content, id), FALSE);
  _outreach_window_focus_page_start (self);
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

  _outreach_window_navigate (self, outreach_content_get_home (self->content), TRUE);
  _outreach_window_focus_page_start (self);
}

static void
focus_tree_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  /* in a narrow window the tree shows first, in place of the page */
  _outreach_window_set_show_sidebar (OUTREACH_WINDOW (widget), TRUE);
  outreach_sidebar_focus_selected (OUTREACH_WINDOW (widget)->sidebar);
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

/* Writing */

static void
present_message (OutreachWindow  *self,
                 OutreachMessage *message,
                 const char      *about)
{
  /* on a station, no window: the message's QR code over the page; nor
   * while presenting, where it is the room's (large), and a window would
   * open behind the projector's and take the clicker's keys */
  if (self->kiosk || self->presenter != NULL)
    {
      _outreach_window_show_message_sheet (self, message, about);
      if (self->presenter != NULL)
        outreach_presenter_fit_sheet (self->presenter);
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
compose (OutreachWindow *self,
         const char     *contact_id)
{
  OutreachNode *about = outreach_page_view_get_node (self->page_view);
  g_autoptr(OutreachMessage) message = NULL;
  g_autoptr(GError) error = NULL;

  message = outreach_message_new_for (self->content, contact_id, about, &error);
  if (message == NULL)
    {
      _outreach_window_show_problem (self, error->message, NULL);
      return;
    }
  present_message (self, message, about ? outreach_node_get_id (about) : NULL);
}

/**
 * outreach_window_write_to:
 * @spec: "CONTACT" or "CONTACT:PAGE", as `--mailto` and app.compose take it
 *
 * Shows the page, if one is given, and the message to the contact about
 * it. A contact or page the pack does not have is said in the window's
 * bar, quoted in a line's worth, and nothing else changes.
 */
void
outreach_window_write_to (OutreachWindow *self,
                          const char     *spec)
{
  g_autoptr(OutreachMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  const char *page;

  g_return_if_fail (OUTREACH_IS_WINDOW (self));

  /* every part is checked before anything is shown */
  message = outreach_message_new_for_spec (self->content, spec, &error);
  if (message == NULL)
    {
      _outreach_window_show_problem (self, error->message, NULL);
      return;
    }
  if ((page = strchr (spec, ':')) != NULL)
    outreach_window_show_page (self, page + 1);
  present_message (self, message, page ? page + 1 : NULL);
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
  const char *contact_id = get_string (action_name, parameter);

  if (contact_id != NULL)
    compose (OUTREACH_WINDOW (widget), contact_id);
}

/* Links: launched on a desktop, a QR code on a station */

static void
open_link_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);
  const char *uri = get_string (action_name, parameter);
  const char *problem;

  /* the pack's links are checked already; anything else is never opened */
  if (uri == NULL)
    return;
  problem = outreach_link_web_address_problem (uri);
  if (problem != NULL)
    {
      g_autofree char *quoted = outreach_text_excerpt (uri, -1, OUTREACH_TEXT_EXCERPT_CHARS);

      g_message ("win.open-link: “%s” %s: not opened", quoted, problem);
      return;
    }

  if (self->kiosk)
    _outreach_window_show_link_sheet (self, uri);
  else
    {
      g_autoptr(GdkAppLaunchContext) context =
        gdk_display_get_app_launch_context (gtk_widget_get_display (widget));

      g_app_info_launch_default_for_uri_async (uri, G_APP_LAUNCH_CONTEXT (context), NULL, NULL, NULL);
    }
}

/* The rest */

static void
dismiss_problem_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  gtk_revealer_set_reveal_child (OUTREACH_WINDOW (widget)->problem_revealer, FALSE);
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
still_here_action (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *parameter)
{
  _outreach_window_note_activity (OUTREACH_WINDOW (widget));
}

static void
start_again_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);

  /* the visitor wipes the screen themselves */
  outreach_window_reset (self);
  _outreach_window_note_activity (self);
}

void
_outreach_window_class_add_actions (GtkWidgetClass *widget_class)
{
  static const struct {
    const char                  *name;
    const char                  *parameter_type;
    GtkWidgetActionActivateFunc  activate;
  } actions[] = {
    { "win.still-here", NULL, still_here_action },
    { "win.start-again", NULL, start_again_action },
    { "win.open-link", "s", open_link_action },
    { "win.show", "s", show_action },
    { "win.show-help-overlay", NULL, show_help_overlay_action },
    { "win.search", NULL, search_action },
    { "win.get-in-touch", NULL, get_in_touch_action },
    { "win.write-to", "s", write_to_action },
    { "win.back", NULL, back_action },
    { "win.forward", NULL, forward_action },
    { "win.home", NULL, home_action },
    { "win.focus-tree", NULL, focus_tree_action },
    { "win.dismiss-problem", NULL, dismiss_problem_action },
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_class_install_action (widget_class, actions[i].name, actions[i].parameter_type,
                                     actions[i].activate);
}

/* The main menu, made the first time it opens (by a click, F10 or a
 * test): the first frame has no need of its popover and its rows */
static void
create_main_menu (GtkMenuButton *button,
                  gpointer       data)
{
  OutreachWindow *self = data;
  GtkWidget *popover;

  /* GTK asks at every opening: made once */
  if (gtk_menu_button_get_popover (button) != NULL)
    return;
  gtk_menu_button_set_menu_model (button, self->primary_menu);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (button));
  gtk_popover_menu_add_child (GTK_POPOVER_MENU (popover), self->text_size_row, "text-size");
  /* the menu a screen reader enters, named as its button is */
  _outreach_accessible_tidy_menu (GTK_POPOVER (popover), _("Main Menu"));
}

/**
 * _outreach_window_get_main_menu:
 *
 * Returns: (transfer none): the main menu's popover, made if it was not
 */
GtkPopover *
_outreach_window_get_main_menu (OutreachWindow *self)
{
  GtkMenuButton *button = GTK_MENU_BUTTON (self->menu_button);

  if (gtk_menu_button_get_popover (button) == NULL)
    create_main_menu (button, self);
  return gtk_menu_button_get_popover (button);
}

void
_outreach_window_menu_init (OutreachWindow *self)
{
  gtk_menu_button_set_create_popup_func (GTK_MENU_BUTTON (self->menu_button), create_main_menu,
                                         self, NULL);
}

/**
 * _outreach_window_show_stack_page:
 * @name: "page", "results" or "chart"
 *
 * Shows that page of the main stack. The search's results and the
 * Structure page are hidden until they are first shown: the first frame
 * does not style or measure them (issue 20).
 */
void
_outreach_window_show_stack_page (OutreachWindow *self,
                                  const char     *name)
{
  GtkWidget *page = gtk_stack_get_child_by_name (self->main_stack, name);

  g_return_if_fail (page != NULL);
  gtk_widget_set_visible (page, TRUE);
  gtk_stack_set_visible_child (self->main_stack, page);
}
