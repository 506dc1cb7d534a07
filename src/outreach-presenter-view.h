/* outreach-presenter-view.h: the presenter's own screen during a tour
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OUTREACH_TYPE_PRESENTER_VIEW (outreach_presenter_view_get_type ())
G_DECLARE_FINAL_TYPE (OutreachPresenterView, outreach_presenter_view, OUTREACH, PRESENTER_VIEW, GtkWindow)

typedef enum {
  OUTREACH_BLANK_NONE,
  OUTREACH_BLANK_BLACK,
  OUTREACH_BLANK_WHITE,
} OutreachBlank;

OutreachPresenterView *outreach_presenter_view_new             (GtkApplication        *application);
void                   outreach_presenter_view_set_tour_name   (OutreachPresenterView *self,
                                                                const char            *name);
void                   outreach_presenter_view_set_step        (OutreachPresenterView *self,
                                                                guint                  step,
                                                                guint                  n_steps,
                                                                const char            *title,
                                                                const char            *next_title,
                                                                const char            *notes);
void                   outreach_presenter_view_set_more_below  (OutreachPresenterView *self,
                                                                gboolean               more);
void                   outreach_presenter_view_set_detour      (OutreachPresenterView *self,
                                                                const char            *shown_title);
void                   outreach_presenter_view_set_blank       (OutreachPresenterView *self,
                                                                OutreachBlank          blank);
void                   outreach_presenter_view_set_clock_start (OutreachPresenterView *self,
                                                                gint64                 monotonic_start);
char                  *outreach_presenter_view_dup_elapsed     (OutreachPresenterView *self);

G_END_DECLS
