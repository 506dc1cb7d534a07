/* outreach-chart.c: the pack's unit tree as an organisation chart
 *
 * One real widget per unit (OutreachChartBoxWidget), placed by the tidy-tree
 * layout (outreach-chart-layout.c) in the orientation that fits the
 * scrolled window it sits in best, with lines from each parent to its
 * children drawn behind them. Real widgets rather than one drawing: each
 * box takes the focus, a click or a tap, and is read by a screen reader.
 *
 * Zoom ("zoom", 0.25 to 3; from 1 with "touch", on a station) scales the
 * boxes as they are drawn and hit, not
 * their text's layout: a box is measured once, at the text size, and keeps
 * its line breaks at any zoom. The chart fits the window the first time it
 * has one (not above 100%), and again with outreach_chart_zoom_fit().
 * Pinching zooms too; the scrolled window's bars and the keyboard pan.
 *
 * Keys: the chart is one Tab stop (the box last visited; the root at
 * first). Up goes to the parent, Down to the first child (expanding a
 * collapsed box), Left and Right to the previous and next sibling
 * (mirrored in right-to-left text), Home to the root; minus collapses the
 * box's branch and plus expands it; Enter or Space activates the box
 * ("node-activated"), as a click or a tap does. Ctrl with plus, minus and
 * 0 zooms in, out and to fit while the focus is in the chart.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "outreach-chart.h"
#include "outreach-chart-box.h"
#include "outreach-unit.h"

#define MARGIN       24.0   /* around the chart, at any zoom */
#define SIBLING_GAP  16.0
#define LEVEL_GAP    48.0
#define MIN_BOX_SIZE 44.0   /* a touch target */
#define ZOOM_STEP    1.25
#define LINE_WIDTH   2.0

struct _OutreachChart
{
  GtkWidget                parent_instance;

  OutreachContent         *content;
  GPtrArray               *boxes;      /* the boxes, children of the chart, parents first */
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
  gboolean                 fitted;
  gboolean                 touch;      /* no zoom below 100%: every box a touch target */
  guint                    current;    /* the box in the Tab order */
  guint                    scroll_to;  /* the box to show after the next layout */
  gboolean                 scroll_pending;
  guint                    scroll_source;
  guint                    relayout_source;
  OutreachNode            *selected_node;
};

G_DEFINE_FINAL_TYPE (OutreachChart, outreach_chart, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CONTENT,
  PROP_ZOOM,
  PROP_SELECTED_NODE,
  PROP_TOUCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  NODE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

#define NONE G_MAXUINT

static guint
n_boxes (OutreachChart *self)
{
  return self->boxes->len;
}

static OutreachChartBoxWidget *
box_at (OutreachChart *self,
        guint          i)
{
  return g_ptr_array_index (self->boxes, i);
}

static int
parent_of (OutreachChart *self,
           guint          i)
{
  return g_array_index (self->parent, int, i);
}

static guint
index_of (OutreachChart *self,
          OutreachNode  *node)
{
  gpointer found = node ? g_hash_table_lookup (self->index, node) : NULL;

  return found ? GPOINTER_TO_UINT (found) - 1 : NONE;
}

static GtkScrolledWindow *
get_scroller (OutreachChart *self)
{
  return GTK_SCROLLED_WINDOW (gtk_widget_get_ancestor (GTK_WIDGET (self),
                                                       GTK_TYPE_SCROLLED_WINDOW));
}

static void
invalidate_layout (OutreachChart *self)
{
  self->laid_out = FALSE;
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/* Shows the boxes whose ancestors are all expanded */
static void
update_shown (OutreachChart *self)
{
  gboolean had_focus = gtk_widget_get_focus_child (GTK_WIDGET (self)) != NULL;

  for (guint i = 0; i < n_boxes (self); i++)
    {
      int p = parent_of (self, i);

      self->shown[i] = p < 0 || (self->shown[p] &&
                                 outreach_chart_box_widget_get_expanded (box_at (self, p)));
      gtk_widget_set_visible (GTK_WIDGET (box_at (self, i)), self->shown[i]);
    }
  /* the box in the Tab order went with its branch: its shown ancestor takes its place */
  while (self->current < n_boxes (self) && !self->shown[self->current])
    self->current = parent_of (self, self->current);
  /* the keyboard stays in the chart, on the box whose branch closed over it */
  if (had_focus && gtk_widget_get_focus_child (GTK_WIDGET (self)) == NULL &&
      self->current < n_boxes (self))
    gtk_widget_grab_focus (GTK_WIDGET (box_at (self, self->current)));
}

/* Lays out the shown boxes, at zoom 1, measured at their natural size:
 * names wrap at the label's widest, and no box is below a touch target. */
static void
ensure_layout (OutreachChart *self)
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

  parent = g_new (int, n_boxes (self) + 1);
  shown_index = g_new (guint, n_boxes (self) + 1);
  compact = g_new (int, n_boxes (self) + 1);
  boxes = g_new0 (OutreachChartBox, n_boxes (self) + 1);
  for (guint i = 0; i < n_boxes (self); i++)
    {
      GtkWidget *box = GTK_WIDGET (box_at (self, i));
      int p = parent_of (self, i);
      int min, nat;

      if (!self->shown[i])
        {
          compact[i] = -1;
          continue;
        }
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

  scroller = get_scroller (self);
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

static void
outreach_chart_measure (GtkWidget      *widget,
                        GtkOrientation  orientation,
                        int             for_size,
                        int            *minimum,
                        int            *natural,
                        int            *minimum_baseline,
                        int            *natural_baseline)
{
  OutreachChart *self = OUTREACH_CHART (widget);
  double size;

  ensure_layout (self);
  size = (orientation == GTK_ORIENTATION_HORIZONTAL ? self->total_width : self->total_height) *
         self->zoom + 2 * MARGIN;
  /* rounded up, without libm (the app does not link it) */
  *minimum = *natural = (int) size + ((double) (int) size < size);
}

static void scroll_to_box (OutreachChart *self,
                           guint          i);

static gboolean
relayout_idle (gpointer data)
{
  OutreachChart *self = data;

  self->relayout_source = 0;
  self->laid_out = FALSE;
  if (!self->fitted)
    {
      /* the first time the chart has a window: fit it */
      self->fitted = TRUE;
      outreach_chart_zoom_fit (self);
    }
  else
    invalidate_layout (self);
  /* and shows the Tab stop (the root, or the tree's selection), in a
   * window that has just changed size too (a station going full screen) */
  if (self->current < n_boxes (self))
    scroll_to_box (self, self->current);
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
  GtkScrolledWindow *scroller = get_scroller (self);
  GtkAdjustment *h, *v;
  graphene_rect_t rect;

  self->scroll_source = 0;
  if (scroller == NULL || self->scroll_to >= n_boxes (self) || !self->shown[self->scroll_to])
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
static void
scroll_to_box (OutreachChart *self,
               guint          i)
{
  self->scroll_to = i;
  self->scroll_pending = TRUE;
  gtk_widget_queue_allocate (GTK_WIDGET (self));
}

static void
outreach_chart_size_allocate (GtkWidget *widget,
                              int        width,
                              int        height,
                              int        baseline)
{
  OutreachChart *self = OUTREACH_CHART (widget);
  GtkScrolledWindow *scroller = get_scroller (self);

  ensure_layout (self);
  /* a chart smaller than the window sits in its middle */
  self->origin_x = MAX (MARGIN, (width - self->total_width * self->zoom) / 2);
  self->origin_y = MAX (MARGIN, (height - self->total_height * self->zoom) / 2);

  for (guint i = 0; i < n_boxes (self); i++)
    {
      graphene_rect_t rect;
      GskTransform *transform;

      if (!self->shown[i])
        continue;
      rect = box_rect (self, i);
      transform = gsk_transform_translate (NULL, &rect.origin);
      transform = gsk_transform_scale (transform, self->zoom, self->zoom);
      gtk_widget_allocate (GTK_WIDGET (box_at (self, i)), (int) self->placed[i].width,
                           (int) self->placed[i].height, -1, transform);
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

  for (guint p = 0; p < n_boxes (self); p++)
    {
      graphene_rect_t pr;
      double stem_x, stem_y, bar, lo, hi;
      gboolean any = FALSE;

      if (!self->shown[p] || p + 1 >= n_boxes (self) || parent_of (self, p + 1) != (int) p ||
          !self->shown[p + 1])
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

static void
outreach_chart_snapshot (GtkWidget   *widget,
                         GtkSnapshot *snapshot)
{
  OutreachChart *self = OUTREACH_CHART (widget);

  snapshot_lines (self, snapshot);
  for (guint i = 0; i < n_boxes (self); i++)
    if (self->shown[i])
      gtk_widget_snapshot_child (widget, GTK_WIDGET (box_at (self, i)), snapshot);
}

/* Focus: one Tab stop */

static void
move_to (OutreachChart *self,
         int            i)
{
  if (i < 0 || (guint) i >= n_boxes (self) || !self->shown[i])
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  self->current = i;
  gtk_widget_grab_focus (GTK_WIDGET (box_at (self, i)));
  scroll_to_box (self, i);
}

static gboolean
outreach_chart_focus (GtkWidget        *widget,
                      GtkDirectionType  direction)
{
  OutreachChart *self = OUTREACH_CHART (widget);

  /* the focus is in the chart: Tab leaves it */
  if (gtk_widget_get_focus_child (widget) != NULL || n_boxes (self) == 0)
    return FALSE;
  if (self->current >= n_boxes (self))
    self->current = 0;
  return gtk_widget_grab_focus (GTK_WIDGET (box_at (self, self->current)));
}

static gboolean
outreach_chart_grab_focus (GtkWidget *widget)
{
  OutreachChart *self = OUTREACH_CHART (widget);

  if (n_boxes (self) == 0)
    return FALSE;
  if (self->current >= n_boxes (self))
    self->current = 0;
  return gtk_widget_grab_focus (GTK_WIDGET (box_at (self, self->current)));
}

static void
outreach_chart_set_focus_child (GtkWidget *widget,
                                GtkWidget *child)
{
  OutreachChart *self = OUTREACH_CHART (widget);

  GTK_WIDGET_CLASS (outreach_chart_parent_class)->set_focus_child (widget, child);
  if (OUTREACH_IS_CHART_BOX_WIDGET (child))
    self->current = index_of (self, outreach_chart_box_widget_get_node (
                                      OUTREACH_CHART_BOX_WIDGET (child)));
}

static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                OutreachChart         *self)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (self)) == GTK_TEXT_DIR_RTL;
  OutreachChartBoxWidget *box;
  guint i = self->current;

  if (i >= n_boxes (self))
    return FALSE;
  box = box_at (self, i);

  if ((state & (GDK_CONTROL_MASK | GDK_ALT_MASK)) == GDK_CONTROL_MASK)
    switch (keyval)
      {
      case GDK_KEY_plus:
      case GDK_KEY_equal:
      case GDK_KEY_KP_Add:
        outreach_chart_zoom_in (self);
        return TRUE;
      case GDK_KEY_minus:
      case GDK_KEY_KP_Subtract:
        outreach_chart_zoom_out (self);
        return TRUE;
      case GDK_KEY_0:
      case GDK_KEY_KP_0:
        outreach_chart_zoom_fit (self);
        return TRUE;
      default:
        return FALSE;
      }
  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_Up:
    case GDK_KEY_KP_Up:
      move_to (self, parent_of (self, i));
      return TRUE;
    case GDK_KEY_Down:
    case GDK_KEY_KP_Down:
      if (outreach_chart_box_widget_get_n_children (box) == 0)
        {
          gtk_widget_error_bell (GTK_WIDGET (self));
          return TRUE;
        }
      if (!outreach_chart_box_widget_get_expanded (box))
        {
          outreach_chart_box_widget_set_expanded (box, TRUE);
        }
      move_to (self, i + 1);
      return TRUE;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      move_to (self, g_array_index (rtl ? self->next : self->prev, int, i));
      return TRUE;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      move_to (self, g_array_index (rtl ? self->prev : self->next, int, i));
      return TRUE;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      move_to (self, 0);
      return TRUE;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      outreach_chart_box_widget_set_expanded (box, FALSE);
      return TRUE;
    case GDK_KEY_plus:
    case GDK_KEY_KP_Add:
    case GDK_KEY_equal:
      outreach_chart_box_widget_set_expanded (box, TRUE);
      return TRUE;
    default:
      return FALSE;
    }
}

/* Pinching */

static void
on_pinch_begin (GtkGesture       *gesture,
                GdkEventSequence *sequence,
                OutreachChart    *self)
{
  self->pinch_start = self->zoom;
}

static void
on_pinch_scale_changed (GtkGestureZoom *gesture,
                        double          scale,
                        OutreachChart  *self)
{
  outreach_chart_set_zoom (self, self->pinch_start * scale);
}

/* The boxes */

static void
on_box_activate (OutreachChart          *self,
                 OutreachChartBoxWidget *box)
{
  g_signal_emit (self, signals[NODE_ACTIVATED], 0, outreach_chart_box_widget_get_node (box));
}

static void
on_box_expanded (OutreachChart *self)
{
  update_shown (self);
  invalidate_layout (self);
}

static void
clear_boxes (OutreachChart *self)
{
  for (guint i = 0; i < n_boxes (self); i++)
    gtk_widget_unparent (GTK_WIDGET (box_at (self, i)));
  g_ptr_array_set_size (self->boxes, 0);
  g_array_set_size (self->parent, 0);
  g_array_set_size (self->next, 0);
  g_array_set_size (self->prev, 0);
  g_hash_table_remove_all (self->index);
  g_clear_pointer (&self->placed, g_free);
  g_clear_pointer (&self->shown, g_free);
  self->current = 0;
}

static guint
count_units (GListModel *model)
{
  guint n = 0;

  for (guint i = 0; model != NULL && i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      n += OUTREACH_IS_UNIT (item);
    }
  return n;
}

/* Adds @node's box and those of its branch, parents first (a stack of
 * lists, no recursion: a pack may be deep) */
static void
add_units (OutreachChart *self,
           GListModel    *roots)
{
  typedef struct { GListModel *model; guint next; int parent; int last; guint n, place; } Level;
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Level));
  Level top = { roots, 0, -1, -1, count_units (roots), 0 };

  g_array_append_val (stack, top);
  while (stack->len > 0)
    {
      Level *level = &g_array_index (stack, Level, stack->len - 1);
      g_autoptr(GObject) item = NULL;
      GListModel *children;
      GtkWidget *box;
      int index, none = -1;
      guint n_children;

      if (level->next >= g_list_model_get_n_items (level->model))
        {
          g_array_set_size (stack, stack->len - 1);
          continue;
        }
      item = g_list_model_get_item (level->model, level->next++);
      if (!OUTREACH_IS_UNIT (item))
        continue;

      children = outreach_node_get_children (OUTREACH_NODE (item));
      n_children = count_units (children);
      box = outreach_chart_box_widget_new (OUTREACH_NODE (item), n_children);
      outreach_chart_box_widget_set_place (OUTREACH_CHART_BOX_WIDGET (box), level->place++,
                                           level->parent < 0 && level->n == 1 ? 0 : level->n);
      gtk_widget_set_parent (box, GTK_WIDGET (self));
      g_signal_connect_object (box, "activate", G_CALLBACK (on_box_activate), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (box, "notify::expanded", G_CALLBACK (on_box_expanded), self,
                               G_CONNECT_SWAPPED);

      index = self->boxes->len;
      g_ptr_array_add (self->boxes, box);
      g_array_append_val (self->parent, level->parent);
      g_array_append_val (self->next, none);
      g_array_append_val (self->prev, level->last);
      if (level->last >= 0)
        g_array_index (self->next, int, level->last) = index;
      level->last = index;
      g_hash_table_insert (self->index, item, GUINT_TO_POINTER (index + 1));

      if (n_children > 0)
        {
          Level below = { children, 0, index, -1, n_children, 0 };

          g_array_append_val (stack, below);
        }
    }
}

static void
update_highlight (OutreachChart *self)
{
  g_autoptr(GHashTable) path = g_hash_table_new (NULL, NULL);

  if (self->selected_node != NULL)
    {
      g_autoptr(GPtrArray) chain = outreach_node_dup_ancestry (self->selected_node);

      for (guint i = 0; i < chain->len; i++)
        g_hash_table_add (path, g_ptr_array_index (chain, i));
    }
  for (guint i = 0; i < n_boxes (self); i++)
    {
      OutreachChartBoxWidget *box = box_at (self, i);
      OutreachNode *node = outreach_chart_box_widget_get_node (box);

      outreach_chart_box_widget_set_highlight (box, node == self->selected_node,
                                               g_hash_table_contains (path, node));
    }
}

/* GObject */

static void
outreach_chart_dispose (GObject *object)
{
  OutreachChart *self = OUTREACH_CHART (object);

  g_clear_handle_id (&self->relayout_source, g_source_remove);
  g_clear_handle_id (&self->scroll_source, g_source_remove);
  if (self->boxes != NULL)
    clear_boxes (self);
  g_clear_object (&self->content);
  g_clear_object (&self->selected_node);
  G_OBJECT_CLASS (outreach_chart_parent_class)->dispose (object);
}

static void
outreach_chart_finalize (GObject *object)
{
  OutreachChart *self = OUTREACH_CHART (object);

  g_ptr_array_unref (self->boxes);
  g_array_unref (self->parent);
  g_array_unref (self->next);
  g_array_unref (self->prev);
  g_hash_table_unref (self->index);
  g_free (self->placed);
  g_free (self->shown);
  G_OBJECT_CLASS (outreach_chart_parent_class)->finalize (object);
}

static void
outreach_chart_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  OutreachChart *self = OUTREACH_CHART (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;
    case PROP_ZOOM:
      g_value_set_double (value, self->zoom);
      break;
    case PROP_SELECTED_NODE:
      g_value_set_object (value, self->selected_node);
      break;
    case PROP_TOUCH:
      g_value_set_boolean (value, self->touch);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_chart_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  OutreachChart *self = OUTREACH_CHART (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      outreach_chart_set_content (self, g_value_get_object (value));
      break;
    case PROP_ZOOM:
      outreach_chart_set_zoom (self, g_value_get_double (value));
      break;
    case PROP_SELECTED_NODE:
      outreach_chart_set_selected_node (self, g_value_get_object (value));
      break;
    case PROP_TOUCH:
      outreach_chart_set_touch (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_chart_class_init (OutreachChartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_chart_dispose;
  object_class->finalize = outreach_chart_finalize;
  object_class->get_property = outreach_chart_get_property;
  object_class->set_property = outreach_chart_set_property;
  widget_class->measure = outreach_chart_measure;
  widget_class->size_allocate = outreach_chart_size_allocate;
  widget_class->snapshot = outreach_chart_snapshot;
  widget_class->focus = outreach_chart_focus;
  widget_class->grab_focus = outreach_chart_grab_focus;
  widget_class->set_focus_child = outreach_chart_set_focus_child;

  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, OUTREACH_TYPE_CONTENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM] =
    g_param_spec_double ("zoom", NULL, NULL, OUTREACH_CHART_ZOOM_MIN, OUTREACH_CHART_ZOOM_MAX,
                         1.0, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_NODE] =
    g_param_spec_object ("selected-node", NULL, NULL, OUTREACH_TYPE_NODE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /**
   * OutreachChart:touch:
   *
   * Whether every box stays a touch target (44 pixels at 100%): the chart
   * then zooms, and fits its window, no smaller than 100%. For a station.
   */
  properties[PROP_TOUCH] =
    g_param_spec_boolean ("touch", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachChart::node-activated:
   * @node: the unit whose box was activated
   */
  signals[NODE_ACTIVATED] = g_signal_new ("node-activated", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, OUTREACH_TYPE_NODE);

  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TREE);
}

static void
outreach_chart_init (OutreachChart *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();

  self->boxes = g_ptr_array_new ();
  self->parent = g_array_new (FALSE, FALSE, sizeof (int));
  self->next = g_array_new (FALSE, FALSE, sizeof (int));
  self->prev = g_array_new (FALSE, FALSE, sizeof (int));
  self->index = g_hash_table_new (NULL, NULL);
  self->zoom = 1.0;
  self->scroll_to = NONE;

  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_scale_changed), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (pinch));

  gtk_widget_set_halign (GTK_WIDGET (self), GTK_ALIGN_FILL);
  gtk_widget_set_valign (GTK_WIDGET (self), GTK_ALIGN_FILL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  /* Translators: the organisation chart, as a screen reader
                                   * names it */
                                  _("Organisation chart"), -1);
}

GtkWidget *
outreach_chart_new (void)
{
  return g_object_new (OUTREACH_TYPE_CHART, NULL);
}

OutreachContent *
outreach_chart_get_content (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), NULL);

  return self->content;
}

/**
 * outreach_chart_set_content:
 * @content: (nullable): the pack whose unit tree to show
 *
 * Makes a box for each unit, all expanded, and fits the chart to its
 * window again at the next layout.
 */
void
outreach_chart_set_content (OutreachChart   *self,
                            OutreachContent *content)
{
  g_return_if_fail (OUTREACH_IS_CHART (self));

  if (!g_set_object (&self->content, content))
    return;

  clear_boxes (self);
  if (content != NULL)
    add_units (self, outreach_content_get_units (content));
  self->placed = g_new0 (OutreachChartBox, n_boxes (self) + 1);
  self->shown = g_new0 (gboolean, n_boxes (self) + 1);
  update_shown (self);
  update_highlight (self);
  self->fitted = FALSE;
  invalidate_layout (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

double
outreach_chart_get_zoom (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), 1.0);

  return self->zoom;
}

/**
 * outreach_chart_set_zoom:
 * @zoom: the scale, from %OUTREACH_CHART_ZOOM_MIN to %OUTREACH_CHART_ZOOM_MAX
 *
 * Scales the chart, keeping the box with the focus in view.
 */
void
outreach_chart_set_zoom (OutreachChart *self,
                         double         zoom)
{
  g_return_if_fail (OUTREACH_IS_CHART (self));

  zoom = CLAMP (zoom, self->touch ? 1.0 : OUTREACH_CHART_ZOOM_MIN, OUTREACH_CHART_ZOOM_MAX);
  if (G_APPROX_VALUE (zoom, self->zoom, 1e-9))
    return;
  self->zoom = zoom;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  if (self->current < n_boxes (self))
    scroll_to_box (self, self->current);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
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

/**
 * outreach_chart_zoom_fit:
 *
 * Zooms so that the whole chart fits the scrolled window it is in, but
 * not above 100% (nor below the least zoom, which is 100% for touch), in
 * the orientation that fits the window best.
 */
void
outreach_chart_zoom_fit (OutreachChart *self)
{
  GtkScrolledWindow *scroller;
  double width, height, fit = 1.0;

  g_return_if_fail (OUTREACH_IS_CHART (self));

  self->laid_out = FALSE;
  ensure_layout (self);
  scroller = get_scroller (self);
  width = scroller ? gtk_widget_get_width (GTK_WIDGET (scroller)) - 2 * MARGIN : 0;
  height = scroller ? gtk_widget_get_height (GTK_WIDGET (scroller)) - 2 * MARGIN : 0;
  if (width > 0 && height > 0 && self->total_width > 0 && self->total_height > 0)
    fit = MIN (1.0, MIN (width / self->total_width, height / self->total_height));
  outreach_chart_set_zoom (self, fit);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

OutreachNode *
outreach_chart_get_selected_node (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), NULL);

  return self->selected_node;
}

/**
 * outreach_chart_set_selected_node:
 * @node: (nullable): the node to highlight, with the path to it from the root
 *
 * Expands the branches down to @node's box, highlights it and the boxes on
 * the way, makes it the chart's Tab stop and scrolls to it. A node with no
 * box (a page, a person) highlights its nearest unit.
 */
void
outreach_chart_set_selected_node (OutreachChart *self,
                                  OutreachNode  *node)
{
  guint i = NONE;

  g_return_if_fail (OUTREACH_IS_CHART (self));

  for (OutreachNode *n = node; n != NULL && i == NONE; n = outreach_node_get_parent (n))
    if ((i = index_of (self, n)) != NONE)
      node = n;
  if (i == NONE)
    node = NULL;

  if (!g_set_object (&self->selected_node, node))
    return;
  if (i != NONE)
    {
      for (int p = parent_of (self, i); p >= 0; p = parent_of (self, p))
        outreach_chart_box_widget_set_expanded (box_at (self, p), TRUE);
      self->current = i;
      scroll_to_box (self, i);
    }
  update_highlight (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_NODE]);
}

/**
 * outreach_chart_get_box:
 * @node: a unit
 *
 * Returns: (transfer none) (nullable): the box that shows @node
 */
GtkWidget *
outreach_chart_get_box (OutreachChart *self,
                        OutreachNode  *node)
{
  guint i;

  g_return_val_if_fail (OUTREACH_IS_CHART (self), NULL);

  i = index_of (self, node);
  return i == NONE ? NULL : GTK_WIDGET (box_at (self, i));
}

OutreachChartOrientation
outreach_chart_get_orientation (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), OUTREACH_CHART_TOP_DOWN);

  return self->orientation;
}

gboolean
outreach_chart_get_touch (OutreachChart *self)
{
  g_return_val_if_fail (OUTREACH_IS_CHART (self), FALSE);

  return self->touch;
}

/**
 * outreach_chart_set_touch:
 * @touch: whether every box stays a touch target
 *
 * With @touch, the chart zooms no smaller than 100%, where every box is
 * 44 pixels or more.
 */
void
outreach_chart_set_touch (OutreachChart *self,
                          gboolean       touch)
{
  g_return_if_fail (OUTREACH_IS_CHART (self));

  touch = !!touch;
  if (self->touch == touch)
    return;
  self->touch = touch;
  if (touch && self->zoom < 1.0)
    outreach_chart_set_zoom (self, 1.0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOUCH]);
}
