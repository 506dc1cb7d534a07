/* outreach-chart.h: the pack's unit tree as an organisation chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-chart-layout.h"
#include "outreach-content.h"

G_BEGIN_DECLS

#define OUTREACH_CHART_ZOOM_MIN 0.25
#define OUTREACH_CHART_ZOOM_MAX 3.0
/* the least zoom the chart opens at, where a box's name can still be read */
#define OUTREACH_CHART_ZOOM_READABLE 0.75

#define OUTREACH_TYPE_CHART (outreach_chart_get_type ())
G_DECLARE_FINAL_TYPE (OutreachChart, outreach_chart, OUTREACH, CHART, GtkWidget)

GtkWidget               *outreach_chart_new               (void);
OutreachContent         *outreach_chart_get_content       (OutreachChart   *self);
void                     outreach_chart_set_content       (OutreachChart   *self,
                                                           OutreachContent *content);
double                   outreach_chart_get_zoom          (OutreachChart   *self);
void                     outreach_chart_set_zoom          (OutreachChart   *self,
                                                           double           zoom);
void                     outreach_chart_zoom_in           (OutreachChart   *self);
void                     outreach_chart_zoom_out          (OutreachChart   *self);
void                     outreach_chart_zoom_fit          (OutreachChart   *self);
OutreachNode            *outreach_chart_get_selected_node (OutreachChart   *self);
void                     outreach_chart_set_selected_node (OutreachChart   *self,
                                                           OutreachNode    *node);
OutreachNode            *outreach_chart_get_current_node  (OutreachChart   *self);
GtkWidget               *outreach_chart_get_box           (OutreachChart   *self,
                                                           OutreachNode    *node);
OutreachChartOrientation outreach_chart_get_orientation   (OutreachChart   *self);
gboolean                 outreach_chart_get_touch         (OutreachChart   *self);
void                     outreach_chart_set_touch         (OutreachChart   *self,
                                                           gboolean         touch);

G_END_DECLS
