/* outreach-presenter-private.h: the presenter's fields, for the files that share them
 *
 *   outreach-presenter.c       the tour: steps, detours, blank screens, the QR code, the views
 *   outreach-presenter-keys.c  the clicker's and the keyboard's keys
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-presenter.h"

G_BEGIN_DECLS

struct _OutreachPresenter
{
  GObject                parent_instance;

  OutreachWindow        *window;        /* not owned: the window owns the presenter */
  OutreachTour          *tour;
  guint                  step;
  gboolean               detour;        /* a page off the tour (or search results) is shown */
  OutreachBlank          blank;
  GString               *number;        /* the digits of a step typed so far */
  gint64                 started;

  GdkMonitor            *projector;
  OutreachPresenterView *view;          /* on the other monitor, if there is one */
  GtkWidget             *indicator;     /* "Step 3 of 12", in a corner */
  GtkWidget             *blank_box;     /* over everything, black or white */
  GtkCssProvider        *type;          /* the type's size for the projector */
  GtkEventController    *keys;
  GtkEventController    *view_keys;
  GtkEventController    *motion;
  guint                  cursor_source;
  double                 pointer_x, pointer_y;
};

/* outreach-presenter.c */
gboolean _outreach_presenter_results_shown    (OutreachPresenter *self);
void     _outreach_presenter_update_indicator (OutreachPresenter *self);
void     _outreach_presenter_show_step        (OutreachPresenter *self,
                                               guint              step);
void     _outreach_presenter_move             (OutreachPresenter *self,
                                               gboolean           forward);
void     _outreach_presenter_set_blank        (OutreachPresenter *self,
                                               OutreachBlank      blank);
void     _outreach_presenter_toggle_qr        (OutreachPresenter *self);

/* outreach-presenter-keys.c */
GtkEventController *_outreach_presenter_add_keys (OutreachPresenter *self,
                                                  GtkWidget         *widget);

G_END_DECLS
