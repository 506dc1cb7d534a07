/* outreach-chart-place.c: where the chart's boxes go, and the lines between them
 *
 * The tidy-tree layout of the shown boxes, at zoom 1 and in the
 * orientation that fits the scrolled window best; the chart's size and its
 * boxes' allocation at the zoom; scrolling a box into view; the lines from
 * each parent to its children, drawn behind the boxes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "outreach-chart-private.h"

#define LEVEL_GAP    48.0
#define LINE_WIDTH   2.0

GtkScrolledWindow *
_outreach_chart_get_scroller (OutreachChart *self)
{
  return GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self),
                                                       GTK_TYPE_SCROLLED_WINDOW));
}

void
_outreach_chart_invalidate_layout (OutreachChart *self)
{
  self->laid_out = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Lays out the shown boxes, at zoom 1, measured at their natural size:
 * names wrap at the label's widest, and no box is below a touch target. */
void
_outreach_chart_ensure_layout (OutreachChart *self)
{
  g_autofree int *parent = NULL;
  g_autofree guint *shown_index = NULL;
  g_autofree int *compact = NULL;
  g_autofree OutreachChartBox *boxes = NULL;
  GtkScrolledWindow *scroller;
  guint n = 0;

  if (self->laid_out)
    return;
  self->laid_out = TRUE;

  parent = g_new (int, _outreach_chart_n_boxes (self) + 1);
  shown_index = g_new (guint, _outreach_chart_n_boxes (self) + 1);
  compact = g_new (int, _outreach_chart_n_boxes (self) + 1);
  boxes = g_new0 (OutreachChartBox, _outreach_chart_n_boxes (self) + 1);
  for (guint i = 0; i < _outreach_chart_n_boxes (self); i++)
    {
      GtkWidget *box;
      int p = _outreach_chart_parent_of (self, i);
      int min, nat;

      if (!self->shown[i])
        {
          compact[i] = -1;
          continue;
        }
      box = GTK_WIDGET (_outreach_chart_box_at (self, i));
      compact[i] = n;
      shown_index[n] = i;
      parent[n] = p < 0 ? -1 : compact[p];
      gtk_widget_measure (box, GTK_ORIENTATION_HORIZONTAL, -1, &min, &nat, NULL, NULL);
      boxes[n].width = MAX (nat, MIN_BOX_SIZE);
      gtk_widget_measure (box, GTK_ORIENTATION_VERTICAL, (int) boxes[n].width, &min, &nat,
                          NULL, NULL);
      boxes[n].height = MAX (nat, MIN_BOX_SIZE);
      n++;
    }

  scroller = _outreach_chart_get_scroller (self);
  self->viewport_width = scroller ? gtk_widget_get_width (GTK_WIDGET (scroller)) : 0;
  self->viewport_height = scroller ? gtk_widget_get_height (GTK_WIDGET (scroller)) : 0;
  if (self->viewport_width <= 0 || self->viewport_height <= 0 ||
      !outreach_chart_layout_best_orientation (n, parent, boxes, SIBLING_GAP, LEVEL_GAP,
                                               self->viewport_width, self->viewport_height,
                                               &self->orientation, &self->total_width,
                                               &self->total_height))
    {
      self->orientation = OUTREACH_CHART_TOP_DOWN;
      if (!outreach_chart_layout (n, parent, boxes, SIBLING_GAP, LEVEL_GAP, self->orientation,
                                  &self->total_width, &self->total_height))
        {
          g_critical ("The chart's layout refused its tree");
          self->total_width = self->total_height = 0;
        }
    }

  for (guint j = 0; j < n; j++)
    self->placed[shown_index[j]] = boxes[j];
}

/* Where box @i is, in the chart's own coordinates, at the zoom */
static graphene_rect_t
box_rect (OutreachChart *self,
          guint          i)
{
  OutreachChartBox b = self->placed[i];
  double x = b.x;
  graphene_rect_t rect;

  if (gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
    x = self->total_width - b.x - b.width;
  graphene_rect_init (&rect, self->origin_x + x * self->zoom, self->origin_y + b.y * self->zoom,
                      b.width * self->zoom, b.height * self->zoom);
  return rect;
}

void
_outreach_chart_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  OutreachChart *self = OUTREACH_CHART (widget);
  double size;

  /* GTK asks again only when a size changed: the chart's, or a box's (its
   * style came, its text size changed: a box made before the frame that
   * styles it was measured without its bold name, and cut). The boxes'
   * own measures are GTK's cached ones, the layout linear: cheap */
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    self->laid_out = FALSE;
  _outreach_chart_ensure_layout (self);
  size = (orientation == GTK_ORIENTATION_HORIZONTAL ? self->total_width : self->total_height) *
         self->zoom + 2 * MARGIN;
  /* rounded up, without libm (the app does not link it) */
  *minimum = *natural = (int) size + ((double) (int) size < size);
}

static gboolean
relayout_idle (gpointer data)
{
  OutreachChart *self = data;

  self->relayout_source = 0;
  self->laid_out = FALSE;
  if (!self->fitted)
    {
      /* the first time the chart has a window: a view to read */
      self->fitted = TRUE;
      _outreach_chart_first_view (self);
    }
  else
    _outreach_chart_invalidate_layout (self);
  /* and shows the Tab stop (the root, or the tree's selection), in a
   * window that has just changed size too (a station going full screen) */
  if (self->current < _outreach_chart_n_boxes (self))
    _outreach_chart_scroll_to_box (self, self->current);
  return G_SOURCE_REMOVE;
}

/* Scrolls the least that shows @start to @end (its start, if it is longer
 * than the page): at once, where gtk_adjustment_clamp_page() animates, and
 * an animation that has not ended is lost to the next allocation */
static void
show_range (GtkAdjustment *adjustment,
            double         start,
            double         end)
{
  double value = gtk_adjustment_get_value (adjustment);
  double page = gtk_adjustment_get_page_size (adjustment);

  if (end > value + page)
    value = end - page;
  if (start < value)
    value = start;
  gtk_adjustment_set_value (adjustment, value);
}

static gboolean
scroll_idle (gpointer data)
{
  OutreachChart *self = data;
  GtkScrolledWindow *scroller = _outreach_chart_get_scroller (self);
  GtkAdjustment *h, *v;
  graphene_rect_t rect;

  self->scroll_source = 0;
  if (scroller == NULL || self->scroll_to >= _outreach_chart_n_boxes (self) ||
      !self->shown[self->scroll_to])
    return G_SOURCE_REMOVE;

  rect = box_rect (self, self->scroll_to);
  h = gtk_scrolled_window_get_hadjustment (scroller);
  v = gtk_scrolled_window_get_vadjustment (scroller);
  /* the scroll bars not yet told the chart's size (a window still being
   * sized, a station going full screen): at the next allocation */
  if (gtk_adjustment_get_upper (h) < rect.origin.x + rect.size.width ||
      gtk_adjustment_get_upper (v) < rect.origin.y + rect.size.height)
    {
      self->scroll_pending = TRUE;
      gtk_widget_queue_allocate (GTK_WIDGET (self));
      return G_SOURCE_REMOVE;
    }
  show_range (h, rect.origin.x - MARGIN, rect.origin.x + rect.size.width + MARGIN);
  show_range (v, rect.origin.y - MARGIN, rect.origin.y + rect.size.height + MARGIN);
  return G_SOURCE_REMOVE;
}

/* Scrolls box @i into view once the chart has been laid out again: from
 * an idle after the allocation, when the scroll bars know the chart's
 * new size */
void
_outreach_chart_scroll_to_box (OutreachChart *self,
                               guint          i)
{
  self->scroll_to = i;
  self->scroll_pending = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

void
_outreach_chart_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  OutreachChart *self = OUTREACH_CHART (widget);
  GtkScrolledWindow *scroller = _outreach_chart_get_scroller (self);

  _outreach_chart_ensure_layout (self);
  /* a chart smaller than the window sits in its middle */
  self->origin_x = MAX (MARGIN, (width - self->total_width * self->zoom) / 2);
  self->origin_y = MAX (MARGIN, (height - self->total_height * self->zoom) / 2);

  for (guint i = 0; i < _outreach_chart_n_boxes (self); i++)
    {
      graphene_rect_t rect;
      GskTransform *transform;

      if (!self->shown[i])
        continue;
      rect = box_rect (self, i);
      transform = gsk_transform_translate (NULL, &rect.origin);
      transform = gsk_transform_scale (transform, self->zoom, self->zoom);
      gtk_widget_allocate (GTK_WIDGET (_outreach_chart_box_at (self, i)),
                           (int) self->placed[i].width, (int) self->placed[i].height, -1,
                           transform);
    }

  if (self->scroll_pending && self->scroll_source == 0)
    {
      self->scroll_pending = FALSE;
      self->scroll_source = g_idle_add_full (G_PRIORITY_DEFAULT, scroll_idle, self, NULL);
    }

  /* the window changed size (or the chart first had one): the other
   * orientation may fit it better now, and the first one fits the chart */
  if (scroller != NULL && self->relayout_source == 0 &&
      (gtk_widget_get_width (GTK_WIDGET (scroller)) != self->viewport_width ||
       gtk_widget_get_height (GTK_WIDGET (scroller)) != self->viewport_height ||
       !self->fitted) &&
      gtk_widget_get_width (GTK_WIDGET (scroller)) > 0)
    self->relayout_source = g_idle_add_full (G_PRIORITY_DEFAULT, relayout_idle, self, NULL);
}

static GdkRGBA
line_colour (OutreachChart *self)
{
  GdkRGBA colour;

#if GTK_CHECK_VERSION (4, 10, 0)
  gtk_widget_get_color (GTK_WIDGET (self), &colour);
#else
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &colour);
#endif
  colour.alpha *= 0.55;
  return colour;
}

static void
append_line (GtkSnapshot   *snapshot,
             const GdkRGBA *colour,
             double         x1,
             double         y1,
             double         x2,
             double         y2)
{
  /* lines along the axes only: a thin rectangle each */
  graphene_rect_t rect = GRAPHENE_RECT_INIT (MIN (x1, x2) - LINE_WIDTH / 2,
                                             MIN (y1, y2) - LINE_WIDTH / 2,
                                             fabs (x2 - x1) + LINE_WIDTH,
                                             fabs (y2 - y1) + LINE_WIDTH);

  gtk_snapshot_append_color (snapshot, colour, &rect);
}

/* From each shown parent with shown children: a stem, a bar across its
 * children's places, and a drop to each child (the bar halfway in the gap) */
static void
snapshot_lines (OutreachChart *self,
                GtkSnapshot   *snapshot)
{
  GdkRGBA colour = line_colour (self);
  gboolean down = self->orientation == OUTREACH_CHART_TOP_DOWN;

  for (guint p = 0; p < _outreach_chart_n_boxes (self); p++)
    {
      graphene_rect_t pr;
      double stem_x, stem_y, bar, lo, hi;
      gboolean any = FALSE;

      if (!self->shown[p] || p + 1 >= _outreach_chart_n_boxes (self) ||
          _outreach_chart_parent_of (self, p + 1) != (int) p || !self->shown[p + 1])
        continue;
      pr = box_rect (self, p);
      /* parents first: the first child, if any, comes right after its parent */
      stem_x = down ? pr.origin.x + pr.size.width / 2 : pr.origin.x + pr.size.width;
      stem_y = down ? pr.origin.y + pr.size.height : pr.origin.y + pr.size.height / 2;
      if (!down && gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
        stem_x = pr.origin.x;
      bar = 0;
      lo = hi = down ? stem_x : stem_y;
      for (int c = p + 1; c >= 0; c = g_array_index (self->next, int, c))
        {
          graphene_rect_t cr = box_rect (self, c);
          double along = down ? cr.origin.x + cr.size.width / 2 : cr.origin.y + cr.size.height / 2;
          double start = down ? cr.origin.y : cr.origin.x;
          double edge;

          if (!down && gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL)
            start = cr.origin.x + cr.size.width;
          edge = down ? start - LEVEL_GAP * self->zoom / 2
                      : (start > stem_x ? start - LEVEL_GAP * self->zoom / 2
                                        : start + LEVEL_GAP * self->zoom / 2);
          if (!any)
            bar = edge;
          any = TRUE;
          lo = MIN (lo, along);
          hi = MAX (hi, along);
          if (down)
            append_line (snapshot, &colour, along, bar, along, start);
          else
            append_line (snapshot, &colour, bar, along, start, along);
        }
      if (down)
        {
          append_line (snapshot, &colour, stem_x, stem_y, stem_x, bar);
          append_line (snapshot, &colour, lo, bar, hi, bar);
        }
      else
        {
          append_line (snapshot, &colour, stem_x, stem_y, bar, stem_y);
          append_line (snapshot, &colour, bar, lo, bar, hi);
        }
    }
}

void
_outreach_chart_snapshot (GtkWidget   *widget,
                          GtkSnapshot *snapshot)
{
  OutreachChart *self = OUTREACH_CHART (widget);

  snapshot_lines (self, snapshot);
  for (guint i = 0; i < _outreach_chart_n_boxes (self); i++)
    if (self->shown[i])
      gtk_widget_snapshot_child (widget, GTK_WIDGET (_outreach_chart_box_at (self, i)), snapshot);
}
