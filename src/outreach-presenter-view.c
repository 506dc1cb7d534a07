/* outreach-presenter-view.c: the presenter's own screen during a tour
 *
 * What presentation software's presenter view shows, on the presenter's
 * monitor while the projector shows the page: the tour, the step and how
 * many there are, the step's title large, the next one, the notes, the time
 * since presenting began; and, when the room does not see the step, why
 * (a detour to another page, a blank screen).
 *
 * The view only shows: the presenter (outreach-presenter.c) tells it what,
 * and handles the tour's keys with a controller of its own on this window.
 * So nothing in it takes the keyboard focus: a key pressed here reaches the
 * window's controllers (the notes scroll with the mouse wheel).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-presenter-view.h"

struct _OutreachPresenterView
{
  GtkWindow  parent_instance;

  gint64     clock_start;        /* g_get_monotonic_time (); 0: not started */
  guint      clock_source;       /* while mapped */
  guint      step;               /* 0-based, for the detour line */
  char      *detour;

  GtkLabel  *tour_label;
  GtkLabel  *step_label;
  GtkLabel  *elapsed_label;
  GtkLabel  *detour_label;
  GtkLabel  *blank_label;
  GtkLabel  *title_label;
  GtkLabel  *next_label;
  GtkWidget *notes_scroller;
  GtkLabel  *notes_label;
  GtkLabel  *keys_label;
  char      *next_title;   /* the next step's, for the next line */
  gboolean   more_below;   /* the page on the projector goes on below */
};

G_DEFINE_FINAL_TYPE (OutreachPresenterView, outreach_presenter_view, GTK_TYPE_WINDOW)

/* m:ss, or h:mm:ss from an hour on */
static char *
format_elapsed (gint64 microseconds)
{
  guint64 seconds = microseconds > 0 ? (guint64) (microseconds / G_USEC_PER_SEC) : 0;

  if (seconds >= 3600)
    return g_strdup_printf ("%" G_GUINT64_FORMAT ":%02u:%02u", seconds / 3600,
                            (guint) (seconds / 60 % 60), (guint) (seconds % 60));
  return g_strdup_printf ("%u:%02u", (guint) (seconds / 60), (guint) (seconds % 60));
}

static void
update_elapsed (OutreachPresenterView *self)
{
  g_autofree char *text = NULL;

  text = format_elapsed (self->clock_start != 0 ? g_get_monotonic_time () - self->clock_start : 0);
  /* the same text, set again, would still be a change for a screen reader */
  if (g_strcmp0 (gtk_label_get_text (self->elapsed_label), text) != 0)
    gtk_label_set_text (self->elapsed_label, text);
}

static gboolean
on_clock_tick (gpointer data)
{
  update_elapsed (OUTREACH_PRESENTER_VIEW (data));
  return G_SOURCE_CONTINUE;
}

/* The clock runs only while someone can see it */
static void
update_clock_source (OutreachPresenterView *self)
{
  gboolean running = self->clock_start != 0 && gtk_widget_get_mapped (GTK_WIDGET (self));

  if (running && self->clock_source == 0)
    {
      self->clock_source = g_timeout_add_seconds (1, on_clock_tick, self);
      g_source_set_name_by_id (self->clock_source, "[outreach] presenter view clock");
    }
  else if (!running)
    g_clear_handle_id (&self->clock_source, g_source_remove);
}

/* What the next press shows: the rest of a long page, the next step, or
 * nothing (the last step) */
static void
update_next (OutreachPresenterView *self)
{
  g_autofree char *next = NULL;

  if (self->more_below)
    gtk_label_set_text (self->next_label, _("Next: more of this page"));
  else if (self->next_title != NULL)
    {
      /* TRANSLATORS: the title of the tour's next step */
      next = g_strdup_printf (_("Next: %s"), self->next_title);
      gtk_label_set_text (self->next_label, next);
    }
  else
    gtk_label_set_text (self->next_label, _("Last step"));
}

static void
update_detour (OutreachPresenterView *self)
{
  g_autofree char *text = NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->detour_label), self->detour != NULL);
  if (self->detour == NULL)
    return;
  /* TRANSLATORS: the presenter has left the tour to show another page
   * (%s, its title); the keys are those of the key line at the bottom; %u
   * is the step of the tour they return to */
  text = g_strdup_printf (_("Showing “%s”, off the tour — Right or Enter returns to step %u"),
                          self->detour, self->step + 1);
  gtk_label_set_text (self->detour_label, text);
}

/**
 * outreach_presenter_view_new:
 * @application: (nullable): the application the window belongs to
 *
 * Returns: (transfer full): a new presenter view, not yet shown
 */
OutreachPresenterView *
outreach_presenter_view_new (GtkApplication *application)
{
  g_return_val_if_fail (application == NULL || GTK_IS_APPLICATION (application), NULL);

  return g_object_new (OUTREACH_TYPE_PRESENTER_VIEW, "application", application, NULL);
}

/**
 * outreach_presenter_view_set_tour_name:
 * @name: (nullable): the tour's name, as the pack has it, translated
 */
void
outreach_presenter_view_set_tour_name (OutreachPresenterView *self,
                                       const char            *name)
{
  g_return_if_fail (OUTREACH_IS_PRESENTER_VIEW (self));

  gtk_label_set_text (self->tour_label, name != NULL ? name : "");
}

/**
 * outreach_presenter_view_set_step:
 * @step: the step shown, from 0
 * @n_steps: how many steps the tour has
 * @title: the step's page title
 * @next_title: (nullable): the next step's, or %NULL at the last step
 * @notes: (nullable): the presenter's notes for the step (plain text), or
 *   %NULL or "" for none
 */
void
outreach_presenter_view_set_step (OutreachPresenterView *self,
                                  guint                  step,
                                  guint                  n_steps,
                                  const char            *title,
                                  const char            *next_title,
                                  const char            *notes)
{
  g_autofree char *count = NULL;
  g_autofree char *next = NULL;
  gboolean have_notes = notes != NULL && *notes != '\0';

  g_return_if_fail (OUTREACH_IS_PRESENTER_VIEW (self));

  self->step = step;

  /* TRANSLATORS: where the presenter is in the tour: step 3 of 12 */
  count = n_steps > 0 ? g_strdup_printf (_("Step %u of %u"), step + 1, n_steps) : g_strdup ("");
  gtk_label_set_text (self->step_label, count);
  gtk_label_set_text (self->title_label, title != NULL ? title : "");

  g_free (self->next_title);
  self->next_title = g_strdup (next_title);
  update_next (self);

  gtk_label_set_text (self->notes_label, have_notes ? notes : _("No notes for this step"));
  if (have_notes)
    gtk_widget_remove_css_class (GTK_WIDGET (self->notes_label), "presenter-no-notes");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->notes_label), "presenter-no-notes");
  /* a new step's notes from their beginning */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->notes_scroller)), 0);

  update_detour (self);
}

/**
 * outreach_presenter_view_set_more_below:
 * @more: whether the page on the projector goes on below what it shows
 *
 * Then the next press turns the page, and the next line says so (else a
 * press that only scrolls would look like nothing happened).
 */
void
outreach_presenter_view_set_more_below (OutreachPresenterView *self,
                                        gboolean               more)
{
  g_return_if_fail (OUTREACH_IS_PRESENTER_VIEW (self));

  if (self->more_below == !!more)
    return;
  self->more_below = !!more;
  update_next (self);
}

/**
 * outreach_presenter_view_set_detour:
 * @shown_title: (nullable): the title of the page shown off the tour, or
 *   %NULL when the tour's step is shown again
 */
void
outreach_presenter_view_set_detour (OutreachPresenterView *self,
                                    const char            *shown_title)
{
  g_return_if_fail (OUTREACH_IS_PRESENTER_VIEW (self));

  g_free (self->detour);
  self->detour = g_strdup (shown_title);
  update_detour (self);
}

/**
 * outreach_presenter_view_set_blank:
 * @blank: what the projector shows instead of the page, if anything
 */
void
outreach_presenter_view_set_blank (OutreachPresenterView *self,
                                   OutreachBlank          blank)
{
  GtkWidget *label;

  g_return_if_fail (OUTREACH_IS_PRESENTER_VIEW (self));

  label = GTK_WIDGET (self->blank_label);
  gtk_widget_set_visible (label, blank != OUTREACH_BLANK_NONE);
  gtk_widget_remove_css_class (label, "black");
  gtk_widget_remove_css_class (label, "white");
  switch (blank)
    {
    case OUTREACH_BLANK_BLACK:
      gtk_label_set_text (self->blank_label, _("The screen is black"));
      gtk_widget_add_css_class (label, "black");
      break;
    case OUTREACH_BLANK_WHITE:
      gtk_label_set_text (self->blank_label, _("The screen is white"));
      gtk_widget_add_css_class (label, "white");
      break;
    case OUTREACH_BLANK_NONE:
    default:
      gtk_label_set_text (self->blank_label, "");
      break;
    }
}

/**
 * outreach_presenter_view_set_clock_start:
 * @monotonic_start: when presenting began, in g_get_monotonic_time()'s
 *   terms
 *
 * Starts the elapsed time from @monotonic_start; it counts every second
 * while the view is shown.
 */
void
outreach_presenter_view_set_clock_start (OutreachPresenterView *self,
                                         gint64                 monotonic_start)
{
  g_return_if_fail (OUTREACH_IS_PRESENTER_VIEW (self));

  self->clock_start = monotonic_start;
  update_elapsed (self);
  update_clock_source (self);
}

/**
 * outreach_presenter_view_dup_elapsed:
 *
 * Returns: (transfer full): the elapsed time as shown ("1:05", "1:00:00")
 */
char *
outreach_presenter_view_dup_elapsed (OutreachPresenterView *self)
{
  g_return_val_if_fail (OUTREACH_IS_PRESENTER_VIEW (self), NULL);

  return g_strdup (gtk_label_get_text (self->elapsed_label));
}

/* Type for the monitor the view is on: the same lines on a laptop's
 * 1280×800 and on a 1920×1080 panel (style.css, window.presenter-view) */
static void
update_type_size (OutreachPresenterView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (self));
  GdkMonitor *monitor;
  GdkRectangle geometry;

  if (surface == NULL)
    return;
  monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (widget), surface);
  if (monitor == NULL)
    return;
  gdk_monitor_get_geometry (monitor, &geometry);
  if (geometry.height >= 1350)
    {
      gtk_widget_remove_css_class (widget, "large");
      gtk_widget_add_css_class (widget, "huge");
    }
  else if (geometry.height >= 1000)
    {
      gtk_widget_remove_css_class (widget, "huge");
      gtk_widget_add_css_class (widget, "large");
    }
  else
    {
      gtk_widget_remove_css_class (widget, "huge");
      gtk_widget_remove_css_class (widget, "large");
    }
}

static void
outreach_presenter_view_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (outreach_presenter_view_parent_class)->realize (widget);
  /* full screen on another monitor, or the monitor changed */
  g_signal_connect_object (gtk_native_get_surface (GTK_NATIVE (widget)), "enter-monitor",
                           G_CALLBACK (update_type_size), widget, G_CONNECT_SWAPPED);
}

static void
outreach_presenter_view_map (GtkWidget *widget)
{
  OutreachPresenterView *self = OUTREACH_PRESENTER_VIEW (widget);

  GTK_WIDGET_CLASS (outreach_presenter_view_parent_class)->map (widget);
  update_type_size (self);
  /* the time it is now, not when it was last seen */
  update_elapsed (self);
  update_clock_source (self);
}

static void
outreach_presenter_view_unmap (GtkWidget *widget)
{
  OutreachPresenterView *self = OUTREACH_PRESENTER_VIEW (widget);

  GTK_WIDGET_CLASS (outreach_presenter_view_parent_class)->unmap (widget);
  update_clock_source (self);
}

static void
outreach_presenter_view_dispose (GObject *object)
{
  OutreachPresenterView *self = OUTREACH_PRESENTER_VIEW (object);

  g_clear_handle_id (&self->clock_source, g_source_remove);

  G_OBJECT_CLASS (outreach_presenter_view_parent_class)->dispose (object);
}

static void
outreach_presenter_view_finalize (GObject *object)
{
  OutreachPresenterView *self = OUTREACH_PRESENTER_VIEW (object);

  g_free (self->detour);
  g_free (self->next_title);

  G_OBJECT_CLASS (outreach_presenter_view_parent_class)->finalize (object);
}

static void
outreach_presenter_view_class_init (OutreachPresenterViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_presenter_view_dispose;
  object_class->finalize = outreach_presenter_view_finalize;
  widget_class->realize = outreach_presenter_view_realize;
  widget_class->map = outreach_presenter_view_map;
  widget_class->unmap = outreach_presenter_view_unmap;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-presenter-view.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachPresenterView, tour_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachPresenterView, step_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachPresenterView, elapsed_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachPresenterView, detour_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachPresenterView, blank_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachPresenterView, title_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachPresenterView, next_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachPresenterView, notes_scroller);
  gtk_widget_class_bind_template_child (widget_class, OutreachPresenterView, notes_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachPresenterView, keys_label);
}

static void
outreach_presenter_view_init (OutreachPresenterView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  outreach_presenter_view_set_step (self, 0, 0, NULL, NULL, NULL);
}
