/* outreach-tour.h: a presenter's walk through the pack's pages
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-node.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_TOUR (outreach_tour_get_type ())
G_DECLARE_FINAL_TYPE (OutreachTour, outreach_tour, OUTREACH, TOUR, GObject)

const char   *outreach_tour_get_id          (OutreachTour *self);
const char   *outreach_tour_get_name        (OutreachTour *self);
guint         outreach_tour_get_n_steps     (OutreachTour *self);
OutreachNode *outreach_tour_get_step_node   (OutreachTour *self,
                                             guint         index);
gboolean      outreach_tour_get_step_chart  (OutreachTour *self,
                                             guint         index);
char         *outreach_tour_dup_step_title  (OutreachTour *self,
                                             guint         index);
const char   *outreach_tour_get_step_notes  (OutreachTour *self,
                                             guint         index);

G_END_DECLS
