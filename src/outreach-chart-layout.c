/* outreach-chart-layout.c: the organisation chart's tidy-tree layout (no GTK)
 *
 * Written from the published descriptions: J. Q. Walker II, "A node-positioning
 * algorithm for general trees" (1990), and C. Buchheim, M. Jünger, S. Leipert,
 * "Improving Walker's algorithm to run in linear time" (2002). Boxes differ in
 * size, so the distance wanted between two neighbours on a level is half of
 * each one's size along the sibling axis plus the sibling gap; along the other
 * axis each level gets a band as thick as its thickest box.
 *
 * Why it is linear: each node is placed once (the first pass), then given its
 * final coordinate once (the second pass). Placing a child walks the contours
 * of its subtree and of the forest of its left siblings only as deep as the
 * shallower of the two; threads, set where one contour ends and the other goes
 * on, let the next walk jump to the deeper part without visiting the inside of
 * a subtree again. Buchheim et al. show that every step of those walks can be
 * charged to a node that leaves a contour for good, so all of them together
 * take O(n). Two things in Walker's original were not linear, and are not here:
 * finding which left sibling a conflict is with (the "ancestor" pointers, kept
 * up as the contours are walked, with a default for pointers gone stale), and
 * spreading a shift over the smaller subtrees in between (recorded as "shift"
 * and "change" on the two ends, and applied to all children in one sweep once
 * the last one is placed).
 *
 * No recursion: the input comes in an order where every parent precedes its
 * children (parent[i] < i), so visiting the nodes from last to first meets
 * every child before its parent, and from first to last every parent before
 * its children. A chain 10,000 deep costs no stack. (A pack holds at most
 * 31 levels of units, as the loader allows 64 levels of JSON nesting and each
 * level of units takes two; the layout does not rely on it.)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "outreach-chart-layout.h"

/* One array per field, n + 1 entries: the last node is a root of our own,
 * with no box, whose children are the real roots (one, usually; a forest
 * is laid out as siblings side by side). -1 is "none". */
typedef struct
{
  guint   n;             /* real nodes; node n is the virtual root */
  int    *parent;
  int    *first_child;
  int    *last_child;
  int    *prev_sibling;
  int    *next_sibling;
  int    *number;        /* 1 for the first child of its parent, 2 for the next… */
  int    *thread;        /* the next node on a contour, for a node with no children */
  int    *ancestor;      /* the child of the parent being placed, on a right contour */
  double *size;          /* along the sibling axis */
  double *prelim;        /* the centre, relative to the subtree's left siblings */
  double *mod;           /* added to every descendant's prelim */
  double *shift;         /* Buchheim's deferred spreading of shifts */
  double *change;
  double *midpoint;      /* of the first and last child's prelim, once placed */
  double  sibling_gap;
} Tree;

static void
tree_clear (Tree *tree)
{
  g_free (tree->parent);
  g_free (tree->first_child);
  g_free (tree->last_child);
  g_free (tree->prev_sibling);
  g_free (tree->next_sibling);
  g_free (tree->number);
  g_free (tree->thread);
  g_free (tree->ancestor);
  g_free (tree->size);
  g_free (tree->prelim);
  g_free (tree->mod);
  g_free (tree->shift);
  g_free (tree->change);
  g_free (tree->midpoint);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Tree, tree_clear)

static inline int
next_left (const Tree *tree,
           int         v)
{
  return tree->first_child[v] >= 0 ? tree->first_child[v] : tree->thread[v];
}

static inline int
next_right (const Tree *tree,
            int         v)
{
  return tree->last_child[v] >= 0 ? tree->last_child[v] : tree->thread[v];
}

/* The centre-to-centre distance wanted between @left and @right side by side */
static inline double
distance (const Tree *tree,
          int         left,
          int         right)
{
  return (tree->size[left] + tree->size[right]) / 2 + tree->sibling_gap;
}

/* Moves the subtree of @right by @shift, and records that the subtrees of
 * the siblings between @left and @right are to move by an even share of it */
static void
move_subtree (Tree   *tree,
              int     left,
              int     right,
              double  shift)
{
  double share = shift / (tree->number[right] - tree->number[left]);

  tree->change[right] -= share;
  tree->shift[right] += shift;
  tree->change[left] += share;
  tree->prelim[right] += shift;
  tree->mod[right] += shift;
}

/* The sibling of @v (a left sibling) whose subtree holds @v_inner_left, the
 * node of the left forest's right contour that @v's subtree has run into */
static inline int
conflicting_sibling (const Tree *tree,
                     int         v_inner_left,
                     int         v,
                     int         default_ancestor)
{
  int a = tree->ancestor[v_inner_left];

  return tree->parent[a] == tree->parent[v] ? a : default_ancestor;
}

/* Pushes @v's subtree right, level by level, until it clears the forest of
 * its left siblings by the gap; threads the contours where one goes deeper.
 * "inner" and "outer" are the contours facing each other and those facing
 * away; each position is prelim plus the sum of mods on the way down. */
static void
apportion (Tree *tree,
           int   v,
           int  *default_ancestor)
{
  int left = tree->prev_sibling[v];
  int v_inner_right, v_outer_right, v_inner_left, v_outer_left;
  double s_inner_right, s_outer_right, s_inner_left, s_outer_left;

  if (left < 0)
    return;

  v_inner_right = v_outer_right = v;
  v_inner_left = left;
  v_outer_left = tree->first_child[tree->parent[v]];
  s_inner_right = tree->mod[v_inner_right];
  s_outer_right = tree->mod[v_outer_right];
  s_inner_left = tree->mod[v_inner_left];
  s_outer_left = tree->mod[v_outer_left];

  while (next_right (tree, v_inner_left) >= 0 && next_left (tree, v_inner_right) >= 0)
    {
      double shift;

      v_inner_left = next_right (tree, v_inner_left);
      v_inner_right = next_left (tree, v_inner_right);
      v_outer_left = next_left (tree, v_outer_left);
      v_outer_right = next_right (tree, v_outer_right);
      tree->ancestor[v_outer_right] = v;

      shift = (tree->prelim[v_inner_left] + s_inner_left)
              + distance (tree, v_inner_left, v_inner_right)
              - (tree->prelim[v_inner_right] + s_inner_right);
      if (shift > 0)
        {
          move_subtree (tree, conflicting_sibling (tree, v_inner_left, v, *default_ancestor),
                        v, shift);
          s_inner_right += shift;
          s_outer_right += shift;
        }

      s_inner_left += tree->mod[v_inner_left];
      s_inner_right += tree->mod[v_inner_right];
      s_outer_left += tree->mod[v_outer_left];
      s_outer_right += tree->mod[v_outer_right];
    }

  /* The left forest goes deeper: the new right contour carries on into it */
  if (next_right (tree, v_inner_left) >= 0 && next_right (tree, v_outer_right) < 0)
    {
      tree->thread[v_outer_right] = next_right (tree, v_inner_left);
      tree->mod[v_outer_right] += s_inner_left - s_outer_right;
    }

  /* @v's subtree goes deeper: the left contour carries on into it */
  if (next_left (tree, v_inner_right) >= 0 && next_left (tree, v_outer_left) < 0)
    {
      tree->thread[v_outer_left] = next_left (tree, v_inner_right);
      tree->mod[v_outer_left] += s_inner_right - s_outer_left;
      *default_ancestor = v;
    }
}

/* Applies the spreading recorded by move_subtree() to all of @v's children */
static void
execute_shifts (Tree *tree,
                int   v)
{
  double shift = 0, change = 0;

  for (int w = tree->last_child[v]; w >= 0; w = tree->prev_sibling[w])
    {
      tree->prelim[w] += shift;
      tree->mod[w] += shift;
      change += tree->change[w];
      shift += tree->shift[w] + change;
    }
}

/* The first pass for @v, whose children's subtrees are laid out already:
 * places the children side by side, then records their midpoint. (Where
 * @v itself goes among its own siblings is its parent's business.) */
static void
place_children (Tree *tree,
                int   v)
{
  int default_ancestor = tree->first_child[v];

  if (default_ancestor < 0)
    return;

  for (int w = tree->first_child[v]; w >= 0; w = tree->next_sibling[w])
    {
      int left = tree->prev_sibling[w];
      gboolean leaf = tree->first_child[w] < 0;

      if (left >= 0)
        tree->prelim[w] = tree->prelim[left] + distance (tree, left, w);
      else
        tree->prelim[w] = leaf ? 0 : tree->midpoint[w];
      /* a leaf's mod is for threads only, and apportion() sets those */
      if (!leaf)
        tree->mod[w] = tree->prelim[w] - tree->midpoint[w];

      apportion (tree, w, &default_ancestor);
    }

  execute_shifts (tree, v);
  tree->midpoint[v] = (tree->prelim[tree->first_child[v]] + tree->prelim[tree->last_child[v]]) / 2;
}

static gboolean
is_size (double value)
{
  return isfinite (value) && value >= 0;
}

/* Fills @tree from the caller's arrays; FALSE if they are not a tree in an
 * order where parents come first, or a size is negative or not finite */
static gboolean
tree_init (Tree                     *tree,
           guint                     n,
           const int                *parent,
           const OutreachChartBox   *boxes,
           OutreachChartOrientation  orientation,
           double                    sibling_gap)
{
  int root = n;

  tree->n = n;
  tree->sibling_gap = sibling_gap;
  tree->parent = g_new (int, n + 1);
  tree->first_child = g_new (int, n + 1);
  tree->last_child = g_new (int, n + 1);
  tree->prev_sibling = g_new (int, n + 1);
  tree->next_sibling = g_new (int, n + 1);
  tree->number = g_new (int, n + 1);
  tree->thread = g_new (int, n + 1);
  tree->ancestor = g_new (int, n + 1);
  tree->size = g_new (double, n + 1);
  tree->prelim = g_new0 (double, n + 1);
  tree->mod = g_new0 (double, n + 1);
  tree->shift = g_new0 (double, n + 1);
  tree->change = g_new0 (double, n + 1);
  tree->midpoint = g_new0 (double, n + 1);

  for (guint i = 0; i <= n; i++)
    {
      tree->first_child[i] = tree->last_child[i] = -1;
      tree->prev_sibling[i] = tree->next_sibling[i] = -1;
      tree->thread[i] = -1;
      tree->ancestor[i] = i;
    }
  tree->parent[root] = -1;
  tree->size[root] = 0;
  tree->number[root] = 1;

  for (guint i = 0; i < n; i++)
    {
      double width = boxes[i].width, height = boxes[i].height;
      int p = parent[i] < 0 ? root : parent[i];

      if (parent[i] < -1 || parent[i] >= (int) i || !is_size (width) || !is_size (height))
        return FALSE;

      tree->parent[i] = p;
      tree->size[i] = orientation == OUTREACH_CHART_TOP_DOWN ? width : height;
      if (tree->last_child[p] < 0)
        {
          tree->first_child[p] = i;
          tree->number[i] = 1;
        }
      else
        {
          tree->next_sibling[tree->last_child[p]] = i;
          tree->prev_sibling[i] = tree->last_child[p];
          tree->number[i] = tree->number[tree->last_child[p]] + 1;
        }
      tree->last_child[p] = i;
    }

  return TRUE;
}

/**
 * outreach_chart_layout:
 * @n: how many boxes
 * @parent: (array length=n): each box's parent, an index below its own, or
 *   -1 for a root (pre-order, as a tree is walked, is such an order)
 * @boxes: (array length=n) (inout): each box's width and height in; its x and
 *   y (the top-left corner) out
 * @sibling_gap: the least space between two boxes side by side on a level
 * @level_gap: the space between one level's band and the next
 * @orientation: where children go: below their parent, or to its right
 * @total_width: (out) (optional): the width of the whole drawing
 * @total_height: (out) (optional): its height
 *
 * Lays out the tree tidily: no two boxes overlap; each parent is centred
 * over its children (on the midpoint of its first and last child's centres,
 * along the sibling axis); siblings keep the order of their indices; the
 * boxes of one depth all start at the same level coordinate, and each
 * level's band is as thick as its thickest box; subtrees are packed as close
 * as @sibling_gap allows, smaller subtrees between two that touch being
 * spaced out evenly. Several roots are laid out side by side, as siblings.
 * Everything is at 0 or more, within @total_width × @total_height; the same
 * input gives the same output, bit for bit. Time and memory are O(@n), and
 * no recursion: any depth will do.
 *
 * Collapsed branches are simply left out of the input. For right-to-left
 * text, mirror the x coordinates (total_width - x - width).
 *
 * Returns: %FALSE, with @boxes unchanged, if a parent index is not below its
 *   child's, a size or gap is negative or not finite, or the drawing would
 *   be too large for a double
 */
gboolean
outreach_chart_layout (guint                     n,
                       const int                *parent,
                       OutreachChartBox         *boxes,
                       double                    sibling_gap,
                       double                    level_gap,
                       OutreachChartOrientation  orientation,
                       double                   *total_width,
                       double                   *total_height)
{
  g_auto(Tree) tree = { 0 };
  g_autofree int *depth = NULL;
  g_autofree double *band = NULL;    /* each level's thickness, then where it starts */
  g_autofree double *along = NULL;   /* each box's centre along the sibling axis */
  gboolean top_down = orientation == OUTREACH_CHART_TOP_DOWN;
  double modsum_root, left_edge = G_MAXDOUBLE, sibling_extent = 0, level_extent = 0;
  int max_depth = 0;

  g_return_val_if_fail (n == 0 || (parent != NULL && boxes != NULL), FALSE);
  g_return_val_if_fail (n < G_MAXINT, FALSE);
  g_return_val_if_fail (orientation == OUTREACH_CHART_TOP_DOWN ||
                        orientation == OUTREACH_CHART_LEFT_RIGHT, FALSE);

  if (!is_size (sibling_gap) || !is_size (level_gap))
    return FALSE;
  if (!tree_init (&tree, n, parent, boxes, orientation, sibling_gap))
    return FALSE;

  /* First pass: children before parents, the virtual root (n, the parent
   * of the roots) last */
  for (int v = (int) n - 1; v >= 0; v--)
    place_children (&tree, v);
  place_children (&tree, n);

  /* Second pass, parents before children: each centre is its prelim plus
   * the mods of its ancestors, summed on the way down (kept in "mod") */
  along = g_new (double, n);
  depth = g_new (int, n);
  modsum_root = tree.mod[n];
  for (guint i = 0; i < n; i++)
    {
      int p = tree.parent[i];
      double above = p == (int) n ? modsum_root : tree.mod[p];

      along[i] = tree.prelim[i] + above;
      tree.mod[i] += above;
      depth[i] = p == (int) n ? 0 : depth[p] + 1;
      max_depth = MAX (max_depth, depth[i]);
      left_edge = MIN (left_edge, along[i] - tree.size[i] / 2);
    }

  band = g_new0 (double, n > 0 ? max_depth + 1 : 1);
  for (guint i = 0; i < n; i++)
    band[depth[i]] = MAX (band[depth[i]], top_down ? boxes[i].height : boxes[i].width);
  for (int d = 0; n > 0 && d <= max_depth; d++)
    {
      double thickness = band[d];

      band[d] = level_extent + (d > 0 ? level_gap : 0);
      level_extent = band[d] + thickness;
    }

  /* (a drawing beyond a double's range shows as an infinity, or a NaN
   * from one, somewhere: check every coordinate, as MAX() skips NaNs) */
  if (!isfinite (left_edge) || !isfinite (level_extent))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      double start = along[i] - tree.size[i] / 2 - left_edge;

      if (!isfinite (start) || !isfinite (start + tree.size[i]))
        return FALSE;
      sibling_extent = MAX (sibling_extent, start + tree.size[i]);
      along[i] = start;
    }

  for (guint i = 0; i < n; i++)
    {
      boxes[i].x = top_down ? along[i] : band[depth[i]];
      boxes[i].y = top_down ? band[depth[i]] : along[i];
    }

  if (total_width != NULL)
    *total_width = top_down ? sibling_extent : level_extent;
  if (total_height != NULL)
    *total_height = top_down ? level_extent : sibling_extent;
  return TRUE;
}

/* How much a drawing of @width × @height can be scaled to fit the viewport */
static double
fit_scale (double width,
           double height,
           double viewport_width,
           double viewport_height)
{
  double by_width = width > 0 ? viewport_width / width : G_MAXDOUBLE;
  double by_height = height > 0 ? viewport_height / height : G_MAXDOUBLE;

  return MIN (by_width, by_height);
}

/**
 * outreach_chart_layout_best_orientation:
 * @n, @parent, @boxes, @sibling_gap, @level_gap: as for outreach_chart_layout()
 * @viewport_width: the width the drawing is to fit in
 * @viewport_height: the height
 * @orientation: (out) (optional): the orientation chosen
 * @total_width: (out) (optional): the width of the drawing in it
 * @total_height: (out) (optional): its height
 *
 * Lays the tree out both ways and keeps the one that fits the viewport at
 * the larger scale (top-down when both fit as well). Boxes keep their size,
 * so for the same tree and viewport the choice is always the same.
 *
 * Returns: %FALSE, with @boxes unchanged, where outreach_chart_layout()
 *   would, or if a viewport side is not more than 0
 */
gboolean
outreach_chart_layout_best_orientation (guint                     n,
                                        const int                *parent,
                                        OutreachChartBox         *boxes,
                                        double                    sibling_gap,
                                        double                    level_gap,
                                        double                    viewport_width,
                                        double                    viewport_height,
                                        OutreachChartOrientation *orientation,
                                        double                   *total_width,
                                        double                   *total_height)
{
  g_autofree OutreachChartBox *across = NULL;
  double down_width, down_height, across_width, across_height;
  gboolean across_wins;

  g_return_val_if_fail (n == 0 || (parent != NULL && boxes != NULL), FALSE);

  if (!(isfinite (viewport_width) && viewport_width > 0 &&
        isfinite (viewport_height) && viewport_height > 0))
    return FALSE;

  across = n > 0 ? g_memdup2 (boxes, sizeof *boxes * n) : NULL;
  if (!outreach_chart_layout (n, parent, across, sibling_gap, level_gap,
                              OUTREACH_CHART_LEFT_RIGHT, &across_width, &across_height))
    return FALSE;
  if (!outreach_chart_layout (n, parent, boxes, sibling_gap, level_gap,
                              OUTREACH_CHART_TOP_DOWN, &down_width, &down_height))
    return FALSE;

  across_wins = fit_scale (across_width, across_height, viewport_width, viewport_height) >
                fit_scale (down_width, down_height, viewport_width, viewport_height);
  if (across_wins && n > 0)
    memcpy (boxes, across, sizeof *boxes * n);

  if (orientation != NULL)
    *orientation = across_wins ? OUTREACH_CHART_LEFT_RIGHT : OUTREACH_CHART_TOP_DOWN;
  if (total_width != NULL)
    *total_width = across_wins ? across_width : down_width;
  if (total_height != NULL)
    *total_height = across_wins ? across_height : down_height;
  return TRUE;
}
