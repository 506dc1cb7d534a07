/* outreach-presenter.c: a tour of the pack's pages, presented to a room
 *
 * While a window presents (outreach-window-present.c makes it full screen,
 * without its header bar and tree), the presenter walks one of the pack's
 * tours: a clicker's keys (or the keyboard's) move through its steps (a
 * page, or the organisation chart with a unit selected, fitted to the
 * projector), B and W blank the projector, Q puts the QR code of the message Get in Touch
 * would write for the page over it, and a small line in a corner says
 * where in the tour it is. The presenter may leave the tour (a link, a
 * search) to answer a question: the next move comes back to the step left.
 * With a second monitor the presenter's own screen shows the presenter
 * view (outreach-presenter-view.c): this step, the next, the notes, the
 * time. The type is sized for the room: the same number of lines on any
 * projector, whatever its resolution.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"


#include <glib/gi18n.h>

#include "outreach-application.h"
#include "outreach-chart.h"
#include "outreach-presenter-private.h"
#include "outreach-qr-sheet.h"
#include "outreach-window-private.h"

/* the lines of body text a screen's height holds, on any projector */
#define LINES_PER_SCREEN 30
/* the cursor hides after this long without a move */
#define CURSOR_IDLE_SECONDS 2
/* a QR code for the room: this share of the screen's height */
#define QR_SHARE_OF_HEIGHT 0.5
/* a chart step's chart zooms no smaller: a box's name in type of at least
 * half the room's size (the whole chart may then need scrolling) */
#define CHART_MIN_ZOOM 0.5


G_DEFINE_FINAL_TYPE (OutreachPresenter, outreach_presenter, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_STEP,
  PROP_DETOUR,
  PROP_BLANK,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static OutreachNode *
step_node (OutreachPresenter *self,
           guint              step)
{
  return step < outreach_tour_get_n_steps (self->tour) ? outreach_tour_get_step_node (self->tour, step) : NULL;
}

/* Whether @step shows the chart (the Structure page) rather than a page */
static gboolean
step_is_chart (OutreachPresenter *self,
               guint              step)
{
  return step < outreach_tour_get_n_steps (self->tour) && outreach_tour_get_step_chart (self->tour, step);
}

gboolean
_outreach_presenter_results_shown (OutreachPresenter *self)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->window->main_stack), "results") == 0;
}

/* What the corner and the presenter's screen say */
void
_outreach_presenter_update_indicator (OutreachPresenter *self)
{
  guint n_steps = outreach_tour_get_n_steps (self->tour);
  g_autofree char *text = NULL;

  if (self->number->len > 0)
    text = g_strdup_printf (_("Go to step %s…"), self->number->str);
  else if (self->detour)
    text = g_strdup_printf (_("Off the tour · Right or Enter returns to step %u of %u"), self->step + 1, n_steps);
  else
    text = g_strdup_printf (_("Step %u of %u"), self->step + 1, n_steps);
  gtk_label_set_text (GTK_LABEL (self->indicator), text);
}

static void
update_view (OutreachPresenter *self)
{
  guint n_steps = outreach_tour_get_n_steps (self->tour);
  OutreachNode *shown = outreach_page_view_get_node (self->window->page_view);
  g_autofree char *title = NULL;
  g_autofree char *next = NULL;

  if (self->view == NULL)
    return;
  /* a chart step's title says so: "Structure: Regional Economic Crime Unit" */
  title = outreach_tour_dup_step_title (self->tour, self->step);
  if (self->step + 1 < n_steps)
    next = outreach_tour_dup_step_title (self->tour, self->step + 1);
  outreach_presenter_view_set_step (self->view, self->step, n_steps, title, next,
                                    outreach_tour_get_step_notes (self->tour, self->step));
  if (!self->detour)
    outreach_presenter_view_set_detour (self->view, NULL);
  else if (_outreach_presenter_results_shown (self))
    outreach_presenter_view_set_detour (self->view, _("Search results"));
  else
    outreach_presenter_view_set_detour (self->view, shown != NULL ? outreach_node_get_title (shown) : "");
}

/* The presenter view says when the next press turns a long page rather
 * than move to the next step */
static void
update_more_below (OutreachPresenter *self)
{
  GtkAdjustment *adjustment;

  if (self->view == NULL || self->window == NULL)
    return;
  adjustment = outreach_page_view_get_vadjustment (self->window->page_view);
  /* (a chart step's page is behind the chart: the next press moves on) */
  outreach_presenter_view_set_more_below (self->view,
                                          !self->detour && !step_is_chart (self, self->step) &&
                                          gtk_adjustment_get_value (adjustment) <
                                          gtk_adjustment_get_upper (adjustment) -
                                          gtk_adjustment_get_page_size (adjustment) - 1);
}

/* A page that is not the step's, or search results: the presenter left the
 * tour to answer a question */
static void
on_shown_changed (OutreachPresenter *self)
{
  /* (the results, or the chart, in the page's place: off the tour too;
   * a chart step's is the chart, its unit the page behind it) */
  const char *expected = step_is_chart (self, self->step) ? "chart" : "page";
  gboolean detour = g_strcmp0 (gtk_stack_get_visible_child_name (self->window->main_stack), expected) != 0 ||
                    outreach_page_view_get_node (self->window->page_view) != step_node (self, self->step);

  if (detour != self->detour)
    {
      self->detour = detour;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DETOUR]);
    }
  _outreach_presenter_update_indicator (self);
  update_view (self);
  update_more_below (self);
}

/* A chart step: the Structure page, made anew (its first view: readable,
 * the step's unit's branch open, fitted to the projector) with the step's unit selected and the path to
 * it highlighted; its page (the unit's) behind it, as the chart shows it */
static void
show_chart (OutreachPresenter *self,
            OutreachNode      *unit)
{
  OutreachWindow *window = self->window;

  _outreach_window_navigate (window, unit, TRUE);
  outreach_page_view_scroll_to_top (window->page_view);
  /* forgotten: fitted again to the window it has, at its first allocation */
  outreach_chart_set_content (window->chart, NULL);
  _outreach_window_show_structure (window);
}

/* The chart's fit, and Ctrl+minus, stop at a size the room can read,
 * while presenting (a chart step's, or the Structure page as a detour) */
static void
on_chart_zoom (OutreachPresenter *self)
{
  OutreachChart *chart = self->window != NULL ? self->window->chart : NULL;

  if (chart != NULL && outreach_chart_get_zoom (chart) < CHART_MIN_ZOOM)
    outreach_chart_set_zoom (chart, CHART_MIN_ZOOM);
}

/* The step's page, from its top, the keyboard on its heading; or the chart */
void
_outreach_presenter_show_step (OutreachPresenter *self,
           guint              step)
{
  OutreachWindow *window = self->window;

  step = MIN (step, outreach_tour_get_n_steps (self->tour) - 1);
  if (gtk_search_bar_get_search_mode (window->search_bar))
    _outreach_window_close_search (window);
  _outreach_window_hide_structure (window);
  if (step != self->step)
    {
      self->step = step;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_STEP]);
    }
  if (step_is_chart (self, step))
    show_chart (self, step_node (self, step));
  else
    {
      _outreach_window_navigate (window, step_node (self, step), TRUE);
      outreach_page_view_scroll_to_top (window->page_view);
      outreach_page_view_focus_start (window->page_view);
    }
  on_shown_changed (self);
}

/* Next: back to the tour from a detour; else the rest of a long page; else
 * the next step (none after the last) */
void
_outreach_presenter_move (OutreachPresenter *self,
      gboolean           forward)
{
  if (self->detour)
    _outreach_presenter_show_step (self, self->step);
  else if (!step_is_chart (self, self->step) && outreach_page_view_turn (self->window->page_view, forward))
    ;
  else if (forward && self->step + 1 < outreach_tour_get_n_steps (self->tour))
    _outreach_presenter_show_step (self, self->step + 1);
  else if (!forward && self->step > 0)
    _outreach_presenter_show_step (self, self->step - 1);
}

/* Blank screens: black or white, until any key or a click */

void
_outreach_presenter_set_blank (OutreachPresenter *self,
           OutreachBlank      blank)
{
  if (blank == self->blank)
    return;
  self->blank = blank;
  gtk_widget_set_visible (self->blank_box, blank != OUTREACH_BLANK_NONE);
  if (blank == OUTREACH_BLANK_BLACK)
    {
      gtk_widget_remove_css_class (self->blank_box, "white");
      gtk_widget_add_css_class (self->blank_box, "black");
    }
  else if (blank == OUTREACH_BLANK_WHITE)
    {
      gtk_widget_remove_css_class (self->blank_box, "black");
      gtk_widget_add_css_class (self->blank_box, "white");
    }
  if (self->view != NULL)
    outreach_presenter_view_set_blank (self->view, blank);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BLANK]);
}

static void
on_blank_pressed (OutreachPresenter *self)
{
  _outreach_presenter_set_blank (self, OUTREACH_BLANK_NONE);
}

/* The room's QR code: the message Get in Touch would write for the page */

void
_outreach_presenter_toggle_qr (OutreachPresenter *self)
{
  OutreachWindow *window = self->window;
  OutreachNode *about = outreach_page_view_get_node (window->page_view);
  g_autoptr(OutreachMessage) message = NULL;
  g_autoptr(GError) error = NULL;

  if (window->sheet != NULL)
    {
      _outreach_window_close_sheet (window);
      return;
    }
  message = outreach_message_new_for (window->content, NULL, about, &error);
  if (message == NULL)
    {
      _outreach_window_show_problem (window, error->message, NULL);
      return;
    }
  _outreach_window_show_message_sheet (window, message, about != NULL ? outreach_node_get_id (about) : NULL);
  outreach_presenter_fit_sheet (self);
}

/**
 * outreach_presenter_fit_sheet:
 *
 * A QR code over the page is the room's: large enough to scan from the
 * seats.
 */
void
outreach_presenter_fit_sheet (OutreachPresenter *self)
{
  GdkRectangle geometry;

  g_return_if_fail (OUTREACH_IS_PRESENTER (self));

  if (self->window == NULL || self->window->sheet == NULL || !OUTREACH_IS_QR_SHEET (self->window->sheet))
    return;
  gdk_monitor_get_geometry (self->projector, &geometry);
  outreach_qr_sheet_set_min_side (OUTREACH_QR_SHEET (self->window->sheet), (int) (geometry.height * QR_SHARE_OF_HEIGHT));
}

/* The cursor hides when the mouse rests, and comes back when it moves */

static gboolean
hide_cursor (gpointer data)
{
  OutreachPresenter *self = data;

  self->cursor_source = 0;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self->window), "none");
  return G_SOURCE_REMOVE;
}

static void
wait_to_hide_cursor (OutreachPresenter *self)
{
  g_clear_handle_id (&self->cursor_source, g_source_remove);
  self->cursor_source = g_timeout_add_seconds (CURSOR_IDLE_SECONDS, hide_cursor, self);
}

static void
on_motion (OutreachPresenter *self,
           double             x,
           double             y)
{
  /* a change of cursor can come with a motion to where it was */
  if (x == self->pointer_x && y == self->pointer_y)
    return;
  self->pointer_x = x;
  self->pointer_y = y;
  gtk_widget_set_cursor (GTK_WIDGET (self->window), NULL);
  wait_to_hide_cursor (self);
}

/* Type for the room: a size from the projector's height, in points, so
 * that the text size (Ctrl++) still goes up and down from it */
static void
size_type (OutreachPresenter *self)
{
  GdkRectangle geometry;
  int dpi = 0;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self->window));
  double zoom = application != NULL ? outreach_application_get_text_size (OUTREACH_APPLICATION (application)) : 1.0;
  g_autofree char *css = NULL;
  double points;

  gdk_monitor_get_geometry (self->projector, &geometry);
  g_object_get (gtk_widget_get_settings (GTK_WIDGET (self->window)), "gtk-xft-dpi", &dpi, NULL);
  if (dpi <= 0)
    dpi = 96 * 1024;
  /* the pixels a line's type needs, at the desktop's dots per inch (the
   * text size's share taken out) */
  points = (double) geometry.height / LINES_PER_SCREEN * 72.0 / (dpi / 1024.0 / zoom);
  css = g_strdup_printf ("window.presenting { font-size: %.1fpt; }", points);
  gtk_css_provider_load_from_data (self->type, css, -1);
}

/* Closing the presenter's own screen ends the presentation (the window
 * comes back as it was), rather than leave it running with no notes */
static gboolean
on_view_close_request (OutreachPresenter *self)
{
  if (self->window != NULL)
    outreach_window_stop_presenting (self->window);
  return TRUE;
}

/* Construction */

static GtkWidget *
make_indicator (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_set_halign (label, GTK_ALIGN_END);
  gtk_widget_set_valign (label, GTK_ALIGN_END);
  gtk_widget_set_can_target (label, FALSE);
  gtk_widget_add_css_class (label, "presenter-indicator");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  _("Where the tour is"), -1);
  return label;
}

static GtkWidget *
make_blank_box (OutreachPresenter *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkGesture *click = gtk_gesture_click_new ();

  gtk_widget_add_css_class (box, "presenter-blank");
  gtk_widget_set_hexpand (box, TRUE);
  gtk_widget_set_vexpand (box, TRUE);
  gtk_widget_set_visible (box, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Screen blanked: press any key to show the page again"), -1);
  g_signal_connect_object (click, "pressed", G_CALLBACK (on_blank_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (box, GTK_EVENT_CONTROLLER (click));
  return box;
}

/**
 * outreach_presenter_new:
 * @window: the window that presents, full screen on @projector
 * @tour: the tour
 * @projector: the monitor the room sees
 * @view_monitor: (nullable): the presenter's own monitor, for the presenter view
 *
 * Starts the tour at its first step, in @window.
 */
OutreachPresenter *
outreach_presenter_new (OutreachWindow *window,
                        OutreachTour   *tour,
                        GdkMonitor     *projector,
                        GdkMonitor     *view_monitor)
{
  OutreachPresenter *self = g_object_new (OUTREACH_TYPE_PRESENTER, NULL);
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (window));

  self->window = window;
  self->tour = g_object_ref (tour);
  self->projector = g_object_ref (projector);
  self->started = g_get_monotonic_time ();

  self->indicator = make_indicator ();
  gtk_overlay_add_overlay (window->overlay, self->indicator);
  self->blank_box = make_blank_box (self);
  gtk_overlay_add_overlay (window->overlay, self->blank_box);

  self->type = gtk_css_provider_new ();
  size_type (self);
  gtk_style_context_add_provider_for_display (gtk_widget_get_display (GTK_WIDGET (window)),
                                              GTK_STYLE_PROVIDER (self->type),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 2);

  self->keys = _outreach_presenter_add_keys (self, GTK_WIDGET (window));
  self->motion = gtk_event_controller_motion_new ();
  g_signal_connect_object (self->motion, "motion", G_CALLBACK (on_motion), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (window), self->motion);
  wait_to_hide_cursor (self);

  if (view_monitor != NULL && application != NULL)
    {
      self->view = g_object_ref_sink (outreach_presenter_view_new (application));
      outreach_presenter_view_set_tour_name (self->view, outreach_tour_get_name (tour));
      outreach_presenter_view_set_clock_start (self->view, self->started);
      self->view_keys = _outreach_presenter_add_keys (self, GTK_WIDGET (self->view));
      g_signal_connect_object (self->view, "close-request", G_CALLBACK (on_view_close_request), self,
                               G_CONNECT_SWAPPED);
      gtk_window_fullscreen_on_monitor (GTK_WINDOW (self->view), view_monitor);
      gtk_window_present (GTK_WINDOW (self->view));
    }

  g_signal_connect_object (window->page_view, "notify::node", G_CALLBACK (on_shown_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (window->main_stack, "notify::visible-child", G_CALLBACK (on_shown_changed),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (window->chart, "notify::zoom", G_CALLBACK (on_chart_zoom), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_widget_get_settings (GTK_WIDGET (window)), "notify::gtk-xft-dpi",
                           G_CALLBACK (size_type), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (outreach_page_view_get_vadjustment (window->page_view), "changed",
                           G_CALLBACK (update_more_below), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (outreach_page_view_get_vadjustment (window->page_view), "value-changed",
                           G_CALLBACK (update_more_below), self, G_CONNECT_SWAPPED);
  _outreach_presenter_show_step (self, 0);
  return self;
}

/**
 * outreach_presenter_set_tour:
 *
 * The same tour from a new pack (or another): at the same step, if it has
 * that many.
 */
void
outreach_presenter_set_tour (OutreachPresenter *self,
                             OutreachTour      *tour)
{
  g_return_if_fail (OUTREACH_IS_PRESENTER (self));

  g_set_object (&self->tour, tour);
  if (self->view != NULL)
    outreach_presenter_view_set_tour_name (self->view, outreach_tour_get_name (tour));
  _outreach_presenter_show_step (self, self->step);
}

/**
 * outreach_presenter_finish:
 *
 * Takes everything the presenter added away from the window: the corner's
 * line, the blank screen, the keys, the type's size, the hidden cursor and
 * the presenter view.
 */
void
outreach_presenter_finish (OutreachPresenter *self)
{
  GtkWidget *window;

  g_return_if_fail (OUTREACH_IS_PRESENTER (self));

  if (self->window == NULL)
    return;
  window = GTK_WIDGET (self->window);
  g_signal_handlers_disconnect_by_data (self->window->page_view, self);
  g_signal_handlers_disconnect_by_data (self->window->main_stack, self);
  g_signal_handlers_disconnect_by_data (self->window->chart, self);
  g_signal_handlers_disconnect_by_data (gtk_widget_get_settings (window), self);
  g_signal_handlers_disconnect_by_data (outreach_page_view_get_vadjustment (self->window->page_view), self);
  g_clear_handle_id (&self->cursor_source, g_source_remove);
  gtk_widget_set_cursor (window, NULL);
  gtk_widget_remove_controller (window, self->keys);
  gtk_widget_remove_controller (window, self->motion);
  gtk_overlay_remove_overlay (self->window->overlay, self->indicator);
  gtk_overlay_remove_overlay (self->window->overlay, self->blank_box);
  gtk_style_context_remove_provider_for_display (gtk_widget_get_display (window), GTK_STYLE_PROVIDER (self->type));
  if (self->view != NULL)
    {
      gtk_window_destroy (GTK_WINDOW (self->view));
      g_clear_object (&self->view);
    }
  self->window = NULL;
}

static void
outreach_presenter_dispose (GObject *object)
{
  OutreachPresenter *self = OUTREACH_PRESENTER (object);

  outreach_presenter_finish (self);
  g_clear_object (&self->tour);
  g_clear_object (&self->projector);
  g_clear_object (&self->type);
  if (self->number != NULL)
    g_string_free (g_steal_pointer (&self->number), TRUE);

  G_OBJECT_CLASS (outreach_presenter_parent_class)->dispose (object);
}

static void
outreach_presenter_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OutreachPresenter *self = OUTREACH_PRESENTER (object);

  switch (prop_id)
    {
    case PROP_STEP:
      g_value_set_uint (value, self->step);
      break;
    case PROP_DETOUR:
      g_value_set_boolean (value, self->detour);
      break;
    case PROP_BLANK:
      g_value_set_int (value, self->blank);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_presenter_class_init (OutreachPresenterClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = outreach_presenter_dispose;
  object_class->get_property = outreach_presenter_get_property;

  properties[PROP_STEP] = g_param_spec_uint ("step", NULL, NULL, 0, G_MAXUINT, 0,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DETOUR] = g_param_spec_boolean ("detour", NULL, NULL, FALSE,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_BLANK] = g_param_spec_int ("blank", NULL, NULL, OUTREACH_BLANK_NONE, OUTREACH_BLANK_WHITE,
                                             OUTREACH_BLANK_NONE, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outreach_presenter_init (OutreachPresenter *self)
{
  self->number = g_string_new (NULL);
  self->pointer_x = self->pointer_y = -1;
}

/* What the tests and the window read */

OutreachTour *
outreach_presenter_get_tour (OutreachPresenter *self)
{
  g_return_val_if_fail (OUTREACH_IS_PRESENTER (self), NULL);
  return self->tour;
}

guint
outreach_presenter_get_step (OutreachPresenter *self)
{
  g_return_val_if_fail (OUTREACH_IS_PRESENTER (self), 0);
  return self->step;
}

guint
outreach_presenter_get_n_steps (OutreachPresenter *self)
{
  g_return_val_if_fail (OUTREACH_IS_PRESENTER (self), 0);
  return outreach_tour_get_n_steps (self->tour);
}

gboolean
outreach_presenter_get_detour (OutreachPresenter *self)
{
  g_return_val_if_fail (OUTREACH_IS_PRESENTER (self), FALSE);
  return self->detour;
}

OutreachBlank
outreach_presenter_get_blank (OutreachPresenter *self)
{
  g_return_val_if_fail (OUTREACH_IS_PRESENTER (self), OUTREACH_BLANK_NONE);
  return self->blank;
}

/**
 * outreach_presenter_go_to:
 * @step: from 0; past the last, the last
 */
void
outreach_presenter_go_to (OutreachPresenter *self,
                          guint              step)
{
  g_return_if_fail (OUTREACH_IS_PRESENTER (self));
  _outreach_presenter_show_step (self, step);
}

/**
 * outreach_presenter_get_view:
 *
 * Returns: (transfer none) (nullable): the presenter view, on the other monitor; %NULL with one
 */
GtkWindow *
outreach_presenter_get_view (OutreachPresenter *self)
{
  g_return_val_if_fail (OUTREACH_IS_PRESENTER (self), NULL);
  return self->view != NULL ? GTK_WINDOW (self->view) : NULL;
}

/**
 * outreach_presenter_get_projector:
 *
 * Returns: (transfer none): the monitor the room sees
 */
GdkMonitor *
outreach_presenter_get_projector (OutreachPresenter *self)
{
  g_return_val_if_fail (OUTREACH_IS_PRESENTER (self), NULL);
  return self->projector;
}

/**
 * outreach_presenter_get_indicator:
 *
 * Returns: (transfer none): the corner's line ("Step 3 of 12")
 */
GtkWidget *
outreach_presenter_get_indicator (OutreachPresenter *self)
{
  g_return_val_if_fail (OUTREACH_IS_PRESENTER (self), NULL);
  return self->indicator;
}
