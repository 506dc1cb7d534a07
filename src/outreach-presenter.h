/* outreach-presenter.h: presenting a tour of the pack's pages, full screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-presenter-view.h"
#include "outreach-tour.h"
#include "outreach-window.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_PRESENTER (outreach_presenter_get_type ())
G_DECLARE_FINAL_TYPE (OutreachPresenter, outreach_presenter, OUTREACH, PRESENTER, GObject)

OutreachPresenter *outreach_presenter_new    (OutreachWindow    *window,
                                              OutreachTour      *tour,
                                              GdkMonitor        *projector,
                                              GdkMonitor        *view_monitor);
void           outreach_presenter_set_tour      (OutreachPresenter *self,
                                                 OutreachTour      *tour);
void           outreach_presenter_finish        (OutreachPresenter *self);
GtkWidget     *outreach_presenter_get_indicator (OutreachPresenter *self);
OutreachTour  *outreach_presenter_get_tour      (OutreachPresenter *self);
guint          outreach_presenter_get_step      (OutreachPresenter *self);
guint          outreach_presenter_get_n_steps   (OutreachPresenter *self);
gboolean       outreach_presenter_get_detour    (OutreachPresenter *self);
OutreachBlank  outreach_presenter_get_blank     (OutreachPresenter *self);
void           outreach_presenter_go_to         (OutreachPresenter *self,
                                                 guint              step);
GtkWindow     *outreach_presenter_get_view      (OutreachPresenter *self);
GdkMonitor    *outreach_presenter_get_projector (OutreachPresenter *self);

G_END_DECLS
