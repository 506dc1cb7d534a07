/* outreach-chart-layout.h: the organisation chart's tidy-tree layout (no GTK)
 *
 * Boxes of any size, in a tree given as parent indices, placed so that no
 * two overlap, each parent is centred over its children, siblings keep
 * their order, every level has a band of its own and subtrees are packed
 * as close as the gap allows: Walker's algorithm with the linear-time
 * improvements of Buchheim, Jünger and Leipert (2002), generalised to
 * boxes of different sizes. O(n) time and memory, no recursion.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  OUTREACH_CHART_TOP_DOWN,    /* parents above their children, siblings left to right */
  OUTREACH_CHART_LEFT_RIGHT,  /* parents left of their children, siblings top to bottom */
} OutreachChartOrientation;

/* A box: its size goes in, its top-left corner comes out (in the drawing's
 * units, whatever the caller measures in: pixels at scale 1, points…) */
typedef struct
{
  double x, y;
  double width, height;
} OutreachChartBox;

gboolean outreach_chart_layout                  (guint                     n,
                                                 const int                *parent,
                                                 OutreachChartBox         *boxes,
                                                 double                    sibling_gap,
                                                 double                    level_gap,
                                                 OutreachChartOrientation  orientation,
                                                 double                   *total_width,
                                                 double                   *total_height);

gboolean outreach_chart_layout_best_orientation (guint                     n,
                                                 const int                *parent,
                                                 OutreachChartBox         *boxes,
                                                 double                    sibling_gap,
                                                 double                    level_gap,
                                                 double                    viewport_width,
                                                 double                    viewport_height,
                                                 OutreachChartOrientation *orientation,
                                                 double                   *total_width,
                                                 double                   *total_height);

G_END_DECLS
