/* outreach-window-present.c: the window while it presents a tour
 *
 * Presenting (F5, the main menu's Present, --present[=TOUR], win.present)
 * makes the window full screen on the projector, without its header bar
 * and tree; the presenter (outreach-presenter.c) walks the tour in it.
 * With two monitors the projector is the one the window is not on: the
 * presenter's own screen, where the window was, shows the presenter view.
 * Ending it (Escape) gives the window back as it was: its size, full
 * screen or not, the text size, the page and its history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include <gtk/gtk.h>
#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#endif

#include "outreach-application-private.h"
#include "outreach-presenter.h"
#include "outreach-window-private.h"

static gpointer
copy_id (gconstpointer id,
         gpointer      data)
{
  return g_strdup (id);
}

static GPtrArray *
copy_ids (GPtrArray *ids)
{
  return g_ptr_array_copy (ids, copy_id, NULL);
}

/* What presenting changes, to give back */
static void
save_window (OutreachWindow *self)
{
  OutreachNode *node = outreach_page_view_get_node (self->page_view);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  /* presenting again before the last one's full screen has gone (a
   * clicker's double press): the window as it was before that one, which
   * is what is still saved */
  if (!self->leaving_full_screen)
    {
      gtk_window_get_default_size (GTK_WINDOW (self), &self->saved_width, &self->saved_height);
      self->saved_maximized = gtk_window_is_maximized (GTK_WINDOW (self));
      self->saved_fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));
      _outreach_window_keep_divider (self);
    }
  self->saved_text_size = application != NULL ?
                          outreach_application_get_text_size (OUTREACH_APPLICATION (application)) : 1.0;
  g_free (self->saved_page);
  self->saved_page = node != NULL ? g_strdup (outreach_node_get_id (node)) : NULL;
  g_clear_pointer (&self->saved_back, g_ptr_array_unref);
  g_clear_pointer (&self->saved_forward, g_ptr_array_unref);
  g_clear_pointer (&self->saved_search, g_free);
  if (gtk_search_bar_get_search_mode (self->search_bar))
    self->saved_search = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)));
  self->saved_back = copy_ids (self->back);
  self->saved_forward = copy_ids (self->forward);
}

static void
restore_window (OutreachWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  OutreachNode *node = self->saved_page != NULL ? outreach_content_lookup (self->content, self->saved_page) : NULL;

  if (!self->saved_fullscreen)
    {
      gtk_window_unfullscreen (GTK_WINDOW (self));
      self->leaving_full_screen = gtk_window_is_fullscreen (GTK_WINDOW (self));
    }
  if (self->saved_width > 0 && self->saved_height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), self->saved_width, self->saved_height);
  if (self->saved_maximized)
    gtk_window_maximize (GTK_WINDOW (self));
  if (application != NULL)
    _outreach_application_set_text_size (OUTREACH_APPLICATION (application), self->saved_text_size);
  /* (a divider the user moved stays where they put it) */
  _outreach_window_give_back_divider (self);

  /* the page, and its history, as they were (a new pack may have lost it) */
  if (gtk_search_bar_get_search_mode (self->search_bar))
    _outreach_window_close_search (self);
  if (node != NULL)
    {
      _outreach_window_navigate (self, node, FALSE);
      g_ptr_array_set_size (self->back, 0);
      g_ptr_array_set_size (self->forward, 0);
      g_ptr_array_extend (self->back, self->saved_back, copy_id, NULL);
      g_ptr_array_extend (self->forward, self->saved_forward, copy_id, NULL);
      _outreach_window_update_history (self);
    }
  /* and the search that was open, with what it had found */
  if (self->saved_search != NULL)
    outreach_window_search (self, self->saved_search);
  g_clear_pointer (&self->saved_search, g_free);
  g_clear_pointer (&self->saved_page, g_free);
  g_clear_pointer (&self->saved_search, g_free);
  g_clear_pointer (&self->saved_back, g_ptr_array_unref);
  g_clear_pointer (&self->saved_forward, g_ptr_array_unref);
}

/* Whether anything will make the window full screen: not a bare X server,
 * with no window manager (then the window is given the projector's size) */
static gboolean
full_screen_honoured (OutreachWindow *self)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));

  if (GDK_IS_X11_DISPLAY (display))
    return gdk_x11_screen_supports_net_wm_hint (gdk_x11_display_get_screen (display),
                                                "_NET_WM_STATE_FULLSCREEN");
#endif
  return TRUE;
}

/* The room's monitor: with two or more, one the window is not on (the
 * window was on the presenter's own screen); else the only one */
static GdkMonitor *
choose_projector (OutreachWindow *self,
                  GdkMonitor    **view_monitor)
{
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (self));
  GListModel *monitors = gdk_display_get_monitors (display);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  g_autoptr(GdkMonitor) first = g_list_model_get_item (monitors, 0);
  GdkMonitor *here = surface != NULL ? gdk_display_get_monitor_at_surface (display, surface) : NULL;

  *view_monitor = NULL;
  /* still on the projector, from a presentation just ended: the window's
   * own monitor is the one it was on before */
  if (self->leaving_full_screen && self->home_monitor != NULL && gdk_monitor_is_valid (self->home_monitor))
    here = self->home_monitor;
  if (here == NULL)
    here = first;
  g_set_object (&self->home_monitor, here);
  for (guint i = 0; i < g_list_model_get_n_items (monitors); i++)
    {
      g_autoptr(GdkMonitor) monitor = g_list_model_get_item (monitors, i);

      if (monitor != here)
        {
          *view_monitor = here;
          return monitor;
        }
    }
  return here;
}

/**
 * outreach_window_present:
 * @tour_id: (nullable): the tour's id; %NULL or "" for the pack's first
 *
 * Presents the tour, full screen, from its first step. A presentation
 * already under way goes on with this tour, from its first step.
 *
 * Returns: %FALSE, with @error, on a display station or for a tour the pack does not have
 */
gboolean
outreach_window_present (OutreachWindow *self,
                         const char     *tour_id,
                         GError        **error)
{
  g_autoptr(OutreachTour) tour = NULL;
  GdkMonitor *projector, *view_monitor;

  g_return_val_if_fail (OUTREACH_IS_WINDOW (self), FALSE);

  if (self->kiosk)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                   _("A display station does not present tours."));
      return FALSE;
    }
  if (self->content == NULL || (tour = outreach_content_find_tour (self->content, tour_id, error)) == NULL)
    return FALSE;
  /* already presenting: this tour from its first step, in the same place;
   * the window as it was before the first is what Escape gives back */
  if (self->presenter != NULL)
    {
      outreach_presenter_set_tour (self->presenter, tour);
      outreach_presenter_go_to (self->presenter, 0);
      return TRUE;
    }
  if (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self))) == NULL ||
      g_list_model_get_n_items (gdk_display_get_monitors (gtk_widget_get_display (GTK_WIDGET (self)))) == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, _("There is no screen to present on."));
      return FALSE;
    }

  save_window (self);
  /* a message being written goes out of the way (kept, as when it is
   * closed): on top of the projector it would take the clicker's keys */
  if (self->composer != NULL && gtk_widget_get_visible (GTK_WIDGET (self->composer)))
    gtk_window_close (self->composer);
  /* the bar is not for the room: what it says waits for the end */
  if (gtk_revealer_get_reveal_child (self->problem_revealer))
    {
      gtk_revealer_set_reveal_child (self->problem_revealer, FALSE);
      self->problem_held = TRUE;
    }
  projector = choose_projector (self, &view_monitor);
  gtk_widget_add_css_class (GTK_WIDGET (self), "presenting");
  gtk_widget_set_visible (self->header_bar, FALSE);
  /* full screen before the presenter view opens: after it, under mutter
   * the window was left at its old size on the projector in 1 run of 3.
   * The projector's size, in a session with no window manager to honour
   * full screen (a bare X server); a window manager gives the window back
   * its size itself, and a size set here could come back late */
  if (!full_screen_honoured (self))
    {
      GdkRectangle geometry;

      gdk_monitor_get_geometry (projector, &geometry);
      gtk_window_set_default_size (GTK_WINDOW (self), geometry.width, geometry.height);
    }
  if (view_monitor != NULL)
    gtk_window_fullscreen_on_monitor (GTK_WINDOW (self), projector);
  else
    gtk_window_fullscreen (GTK_WINDOW (self));
  self->presenter = outreach_presenter_new (self, tour, projector, view_monitor);
  _outreach_window_show_panes (self);
  g_object_notify (G_OBJECT (self), "presenting");
  return TRUE;
}

/**
 * outreach_window_stop_presenting:
 *
 * Ends a presentation: the window as it was before.
 */
void
outreach_window_stop_presenting (OutreachWindow *self)
{
  g_autoptr(OutreachPresenter) presenter = NULL;

  g_return_if_fail (OUTREACH_IS_WINDOW (self));

  if (self->presenter == NULL)
    return;
  presenter = g_steal_pointer (&self->presenter);
  outreach_presenter_finish (presenter);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "presenting");
  gtk_widget_set_visible (self->header_bar, TRUE);
  _outreach_window_show_panes (self);
  restore_window (self);
  /* the chart as the room saw it (its zoom, its branches) is not the
   * desk's: made anew, fitted to the window */
  _outreach_window_chart_reset (self);
  if (self->problem_held && !self->kiosk)
    {
      gtk_revealer_set_reveal_child (self->problem_revealer, TRUE);
      self->problem_held = FALSE;
    }
  _outreach_window_focus_page_start (self);
  g_object_notify (G_OBJECT (self), "presenting");
}

/**
 * outreach_window_get_presenter:
 *
 * Returns: (transfer none) (nullable): the presenter, while the window presents
 */
OutreachPresenter *
outreach_window_get_presenter (OutreachWindow *self)
{
  g_return_val_if_fail (OUTREACH_IS_WINDOW (self), NULL);

  return self->presenter;
}

/* A new pack while presenting: the same tour from it, at the same step;
 * else its first tour; else presenting ends */
static void
on_content_changed (OutreachWindow *self)
{
  g_autoptr(OutreachTour) tour = NULL;

  if (self->presenter == NULL || self->content == NULL)
    return;
  tour = outreach_content_find_tour (self->content, outreach_tour_get_id (outreach_presenter_get_tour (self->presenter)), NULL);
  if (tour != NULL)
    {
      outreach_presenter_set_tour (self->presenter, tour);
      return;
    }
  /* another tour: from its start */
  tour = outreach_content_find_tour (self->content, NULL, NULL);
  if (tour != NULL)
    {
      outreach_presenter_set_tour (self->presenter, tour);
      outreach_presenter_go_to (self->presenter, 0);
    }
  else
    outreach_window_stop_presenting (self);
}

/* A window turned into a station stops presenting first */
static void
on_kiosk_changed (OutreachWindow *self)
{
  if (self->kiosk)
    outreach_window_stop_presenting (self);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.present", !self->kiosk);
}

static void
present_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  OutreachWindow *self = OUTREACH_WINDOW (widget);
  const char *id = g_variant_is_of_type (parameter, G_VARIANT_TYPE_STRING) ?
                   g_variant_get_string (parameter, NULL) : NULL;
  g_autoptr(GError) error = NULL;

  /* F5 again, from a clicker: the tour goes on */
  if (self->presenter != NULL && (id == NULL || *id == '\0'))
    return;
  /* a station's visitor pressing F5 is told nothing (nor is staff's bar
   * filled with it): there is nothing to present there */
  if (self->kiosk)
    return;
  if (!outreach_window_present (self, id, &error))
    _outreach_window_show_problem (self, error->message, NULL);
}

static void
stop_presenting_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  outreach_window_stop_presenting (OUTREACH_WINDOW (widget));
}

void
_outreach_window_present_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.present", "s", present_action);
  gtk_widget_class_install_action (widget_class, "win.stop-presenting", NULL, stop_presenting_action);
}

/* Out of full screen at last: what is saved next is the window's own */
static void
on_fullscreened (OutreachWindow *self)
{
  if (gtk_window_is_fullscreen (GTK_WINDOW (self)) || !self->leaving_full_screen)
    return;
  self->leaving_full_screen = FALSE;
  /* the size given back again, in case the compositor's last word on the
   * full screen left came after it (presenting stopped twice in a row) */
  if (self->presenter == NULL && !self->saved_maximized && self->saved_width > 0 && self->saved_height > 0)
    gtk_window_set_default_size (GTK_WINDOW (self), self->saved_width, self->saved_height);
}

void
_outreach_window_present_init (OutreachWindow *self)
{
  g_signal_connect (self, "notify::fullscreened", G_CALLBACK (on_fullscreened), NULL);
  g_signal_connect (self, "notify::content", G_CALLBACK (on_content_changed), NULL);
  g_signal_connect (self, "notify::kiosk", G_CALLBACK (on_kiosk_changed), NULL);
}

void
_outreach_window_present_dispose (OutreachWindow *self)
{
  if (self->presenter != NULL)
    outreach_presenter_finish (self->presenter);
  g_clear_object (&self->presenter);
  g_clear_object (&self->home_monitor);
  g_clear_pointer (&self->saved_page, g_free);
  g_clear_pointer (&self->saved_back, g_ptr_array_unref);
  g_clear_pointer (&self->saved_forward, g_ptr_array_unref);
}
