/* outreach-chart-box.h: one box of the organisation chart
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-node.h"

G_BEGIN_DECLS

/* "OutreachChartBox" is the layout's box (outreach-chart-layout.h): the
 * widget that shows one is an OutreachChartBoxWidget */
#define OUTREACH_TYPE_CHART_BOX_WIDGET (outreach_chart_box_widget_get_type ())
G_DECLARE_FINAL_TYPE (OutreachChartBoxWidget, outreach_chart_box_widget,
                      OUTREACH, CHART_BOX_WIDGET, GtkWidget)

GtkWidget    *outreach_chart_box_widget_new          (OutreachNode           *node,
                                                      guint                   n_children);
OutreachNode *outreach_chart_box_widget_get_node     (OutreachChartBoxWidget *self);
guint         outreach_chart_box_widget_get_n_children (OutreachChartBoxWidget *self);
gboolean      outreach_chart_box_widget_get_expanded (OutreachChartBoxWidget *self);
void          outreach_chart_box_widget_set_expanded (OutreachChartBoxWidget *self,
                                                      gboolean                expanded);
void          outreach_chart_box_widget_set_level    (OutreachChartBoxWidget *self,
                                                      guint                   level);
guint         outreach_chart_box_widget_get_level    (OutreachChartBoxWidget *self);
void          outreach_chart_box_widget_set_place    (OutreachChartBoxWidget *self,
                                                      guint                   position,
                                                      guint                   n_siblings);
void          outreach_chart_box_widget_set_highlight (OutreachChartBoxWidget *self,
                                                       gboolean                selected,
                                                       gboolean                on_path);

G_END_DECLS
