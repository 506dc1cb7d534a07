/* outreach-chart-zoom.c: how big the organisation chart is drawn
 *
 * The zoom (0.25 to 3; from 1 with "touch", on a station), the fit to the
 * scrolled window, the overview (every branch expanded, fitted) and the
 * first view: readable, opening levels from the top while they fit (see
 * outreach-chart.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-chart-private.h"

#define ZOOM_STEP     1.25
#define OVERVIEW_MOST 2000   /* boxes the overview shows at most */

static GParamSpec *
zoom_pspec (OutreachChart *self)
{
  return g_object_class_find_property (G_OBJECT_GET_CLASS (self), "zoom");
}

double
_outreach_chart_readable_zoom (OutreachChart *self)
{
  return self->touch ? 1.0 : OUTREACH_CHART_ZOOM_READABLE;
}

double
outreach_chart_get_zoom (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), 1.0);

  return self->zoom;
}

static void
set_zoom (OutreachChart *self,
          double         zoom)
{
  zoom = CLAMP (zoom, self->touch ? 1.0 : OUTREACH_CHART_ZOOM_MIN, OUTREACH_CHART_ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 1e-9))
    return;
  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (self->current < _outreach_chart_n_boxes (self))
    _outreach_chart_scroll_to_box (self, self->current);
  g_object_notify_by_pspec (G_OBJECT (self), zoom_pspec (self));
}

/**
 * outreach_chart_set_zoom:
 * @zoom: the scale, from %OUTREACH_CHART_ZOOM_MIN to %OUTREACH_CHART_ZOOM_MAX
 *
 * Scales the chart, keeping the box with the focus in view. The zoom is
 * the user's now: collapsing or expanding a branch keeps it.
 */
void
outreach_chart_set_zoom (OutreachChart *self,
                         double         zoom)
{
  g_return_if_fail (OUTREACH_IS_CHART (self));

  self->auto_fit = FALSE;
  set_zoom (self, zoom);
}

void
outreach_chart_zoom_in (OutreachChart *self)
{
  outreach_chart_set_zoom (self, self->zoom * ZOOM_STEP);
}

void
outreach_chart_zoom_out (OutreachChart *self)
{
  outreach_chart_set_zoom (self, self->zoom / ZOOM_STEP);
}

/* The zoom at which the shown boxes fit the scrolled window (not above
 * 100%; 1 without a window) */
static double
fit_zoom (OutreachChart *self)
{
  GtkScrolledWindow *scroller;
  double width, height;

  self->laid_out = FALSE;
  _outreach_chart_ensure_layout (self);
  scroller = _outreach_chart_get_scroller (self);
  width = scroller ? gtk_widget_get_width (GTK_WIDGET (scroller)) - 2 * MARGIN : 0;
  height = scroller ? gtk_widget_get_height (GTK_WIDGET (scroller)) - 2 * MARGIN : 0;
  if (width > 0 && height > 0 && self->total_width > 0 && self->total_height > 0)
    return MIN (1.0, MIN (width / self->total_width, height / self->total_height));
  return 1.0;
}

/* Fits the shown boxes, but no smaller than @least, and shows the focus */
void
_outreach_chart_fit_within (OutreachChart *self,
            double         least)
{
  set_zoom (self, MAX (fit_zoom (self), least));
  self->auto_fit = TRUE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (self->current < _outreach_chart_n_boxes (self))
    _outreach_chart_scroll_to_box (self, self->current);
}

/* Shows levels 0 to @deepest: the boxes above it expanded, those on it and
 * below collapsed, but for the path to the selection */
static void
show_levels (OutreachChart  *self,
             const gboolean *on_path,
             guint           deepest)
{
  _outreach_chart_begin_batch (self);
  for (guint i = 0; i < _outreach_chart_n_boxes (self); i++)
    _outreach_chart_set_expanded (self, i, on_path[i] || _outreach_chart_unit_at (self, i)->level < deepest);
  _outreach_chart_end_batch (self);
}

/* The first view (of a pack, after a reset): the whole chart if it fits at
 * a readable zoom; else the levels that do, the deeper branches collapsed
 * (the root's children shown at least, and the selection's path), fitted;
 * else those at the readable zoom, scrolled to the Tab stop. Levels are
 * opened from the top while they fit, and a level too long for the window
 * at that zoom is not opened at all: a big pack's deep branches are never
 * made into boxes until someone opens them. A station (touch) opens at
 * 100%, all expanded. */
void
_outreach_chart_first_view (OutreachChart *self)
{
  double least = _outreach_chart_readable_zoom (self);
  g_autofree gboolean *on_path = NULL;
  g_autofree guint *per_level = NULL;
  GtkScrolledWindow *scroller = _outreach_chart_get_scroller (self);
  guint n = _outreach_chart_n_boxes (self), deepest = 0;
  guint selected, shown;
  double room;

  if (self->touch || n == 0)
    {
      _outreach_chart_fit_within (self, self->touch ? 1.0 : OUTREACH_CHART_ZOOM_MIN);
      return;
    }

  on_path = g_new0 (gboolean, n);
  selected = _outreach_chart_index_of (self, self->selected_node);
  /* the path to the selection open, and the selection's own branch (a
   * presenter's chart step of a unit shows its teams) */
  if (selected != NONE)
    for (int p = selected; p >= 0; p = _outreach_chart_parent_of (self, p))
      on_path[p] = TRUE;
  for (guint i = 0; i < n; i++)
    deepest = MAX (deepest, _outreach_chart_unit_at (self, i)->level);
  per_level = g_new0 (guint, deepest + 1);
  for (guint i = 0; i < n; i++)
    per_level[_outreach_chart_unit_at (self, i)->level]++;
  /* the most boxes a level can hold side by side at the readable zoom, in
   * the longer side of the window */
  room = scroller ? MAX (gtk_widget_get_width (GTK_WIDGET (scroller)),
                         gtk_widget_get_height (GTK_WIDGET (scroller))) / least : G_MAXDOUBLE;

  /* levels 0 to @shown show (those above it expanded): the root's children
   * at least, then one more level at a time while it fits */
  show_levels (self, on_path, 1);
  for (shown = 2; shown <= deepest; shown++)
    {
      if (per_level[shown] * (MIN_BOX_SIZE + SIBLING_GAP) > room)
        break;
      show_levels (self, on_path, shown);
      if (fit_zoom (self) < least)
        {
          show_levels (self, on_path, shown - 1);
          break;
        }
    }
  _outreach_chart_fit_within (self, least);
}

/**
 * outreach_chart_zoom_fit:
 *
 * The overview: expands every branch (the levels from the top that hold
 * up to 2,000 boxes, in a bigger pack) and zooms so that the chart fits
 * the scrolled window it is in, but not above 100% (nor below the
 * least zoom, which is 100% for touch), in the orientation that fits the
 * window best.
 */
void
outreach_chart_zoom_fit (OutreachChart *self)
{
  guint n, deepest = 0, open_above = G_MAXUINT, shown = 0;
  g_autofree guint *per_level = NULL;

  g_return_if_fail (OUTREACH_IS_CHART (self));

  /* every level, while the boxes shown stay under OVERVIEW_MOST: a pack of
   * 10,000 units would make them all (seconds, and hundreds of megabytes,
   * for a chart no one can read at 25%); its deeper levels stay closed */
  n = _outreach_chart_n_boxes (self);
  for (guint i = 0; i < n; i++)
    deepest = MAX (deepest, _outreach_chart_unit_at (self, i)->level);
  per_level = g_new0 (guint, deepest + 1);
  for (guint i = 0; i < n; i++)
    per_level[_outreach_chart_unit_at (self, i)->level]++;
  for (guint level = 0; level <= deepest; level++)
    {
      shown += per_level[level];
      if (shown > OVERVIEW_MOST && level > 1)
        {
          open_above = level - 1;   /* levels 0 to level - 1 show */
          break;
        }
    }

  _outreach_chart_begin_batch (self);
  for (guint i = 0; i < n; i++)
    _outreach_chart_set_expanded (self, i, _outreach_chart_unit_at (self, i)->level < open_above);
  _outreach_chart_end_batch (self);
  _outreach_chart_fit_within (self, self->touch ? 1.0 : OUTREACH_CHART_ZOOM_MIN);
}

