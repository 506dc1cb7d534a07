/* outreach-chart-private.h: the chart's fields, for the files that share them
 *
 *   outreach-chart.c        the widget: its boxes, properties, zoom and selection
 *   outreach-chart-place.c  where the boxes go: layout, size, allocation, scrolling
 *                           to a box, and the lines drawn between them
 *   outreach-chart-keys.c   the focus (one Tab stop), the keys and pinching
 *   outreach-chart-zoom.c   the zoom, the fit, the overview and the first view
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-chart.h"
#include "outreach-chart-box.h"

G_BEGIN_DECLS

#define MARGIN       24.0   /* around the chart, at any zoom */
#define SIBLING_GAP  16.0
#define MIN_BOX_SIZE 44.0   /* a touch target */

#define NONE G_MAXUINT   /* no box */

/* What the chart knows of a unit before (or without) its box: a box is made
 * the first time it shows, so a big pack's collapsed branches cost no
 * widgets */
typedef struct
{
  guint    n_children;
  guint    place;       /* among its siblings, from 0 */
  guint    n_siblings;  /* 0 for a lone root */
  guint    level;       /* 0 for a root */
  gboolean expanded;
} OutreachChartUnit;

struct _OutreachChart
{
  GtkWidget                parent_instance;

  OutreachContent         *content;
  GPtrArray               *nodes;      /* OutreachNode: the units, parents first, in pack order */
  GArray                  *units;      /* OutreachChartUnit, for each */
  GPtrArray               *boxes;      /* each unit's box once made (NULL before), children of
                                        * the chart in the units' order */
  GArray                  *parent;     /* int: the parent's index, -1 for a root */
  GArray                  *next;       /* int: the next sibling's index, or -1 */
  GArray                  *prev;       /* int: the previous sibling's index, or -1 */
  GHashTable              *index;      /* OutreachNode → index + 1 */
  OutreachChartBox        *placed;     /* each box as laid out (shown boxes only) */
  gboolean                *shown;
  gboolean                 laid_out;
  double                   total_width;
  double                   total_height;
  double                   origin_x;   /* where the layout's (0, 0) was allocated */
  double                   origin_y;
  OutreachChartOrientation orientation;
  int                      viewport_width;  /* what the orientation was chosen for */
  int                      viewport_height;
  double                   zoom;
  double                   pinch_start;
  gboolean                 fitted;     /* the first view has been chosen */
  gboolean                 auto_fit;   /* the zoom is a fit's, not the user's */
  gboolean                 batch;      /* expanding or collapsing many boxes at once */
  gboolean                 touch;      /* no zoom below 100%: every box a touch target */
  guint                    current;    /* the box in the Tab order */
  guint                    scroll_to;  /* the box to show after the next layout */
  gboolean                 scroll_pending;
  guint                    scroll_source;
  guint                    relayout_source;
  OutreachNode            *selected_node;
};

static inline guint
_outreach_chart_n_boxes (OutreachChart *self)
{
  return self->nodes->len;
}

static inline OutreachChartUnit *
_outreach_chart_unit_at (OutreachChart *self,
                         guint          i)
{
  return &g_array_index (self->units, OutreachChartUnit, i);
}

static inline int
_outreach_chart_parent_of (OutreachChart *self,
                           guint          i)
{
  return g_array_index (self->parent, int, i);
}

static inline guint
_outreach_chart_index_of (OutreachChart *self,
                          OutreachNode  *node)
{
  gpointer found = node ? g_hash_table_lookup (self->index, node) : NULL;

  return found ? GPOINTER_TO_UINT (found) - 1 : NONE;
}

/* outreach-chart.c */
OutreachChartBoxWidget *_outreach_chart_box_at       (OutreachChart  *self,
                                                      guint           i);
void               _outreach_chart_set_expanded      (OutreachChart  *self,
                                                      guint           i,
                                                      gboolean        expanded);
void               _outreach_chart_begin_batch       (OutreachChart  *self);
void               _outreach_chart_end_batch         (OutreachChart  *self);

/* outreach-chart-zoom.c */
double             _outreach_chart_readable_zoom     (OutreachChart  *self);
void               _outreach_chart_fit_within        (OutreachChart  *self,
                                                      double          least);
void               _outreach_chart_first_view        (OutreachChart  *self);

/* outreach-chart-place.c */
GtkScrolledWindow *_outreach_chart_get_scroller      (OutreachChart  *self);
void               _outreach_chart_invalidate_layout (OutreachChart  *self);
void               _outreach_chart_ensure_layout     (OutreachChart  *self);
void               _outreach_chart_scroll_to_box     (OutreachChart  *self,
                                                      guint           i);
void               _outreach_chart_measure           (GtkWidget      *widget,
                                                      GtkOrientation  orientation,
                                                      int             for_size,
                                                      int            *minimum,
                                                      int            *natural,
                                                      int            *minimum_baseline,
                                                      int            *natural_baseline);
void               _outreach_chart_size_allocate     (GtkWidget      *widget,
                                                      int             width,
                                                      int             height,
                                                      int             baseline);
void               _outreach_chart_snapshot          (GtkWidget      *widget,
                                                      GtkSnapshot    *snapshot);

/* outreach-chart-keys.c */
gboolean           _outreach_chart_focus             (GtkWidget        *widget,
                                                      GtkDirectionType  direction);
gboolean           _outreach_chart_grab_focus        (GtkWidget        *widget);
void               _outreach_chart_set_focus_child   (GtkWidget        *widget,
                                                      GtkWidget        *child);
void               _outreach_chart_add_controllers   (OutreachChart    *self);

G_END_DECLS
