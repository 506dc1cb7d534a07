/* test-chart-layout.c: the organisation chart's tidy-tree layout, with no display
 *
 * Each property a reader of the chart relies on is a test of its own, run
 * on every tree of a set, both ways round (top-down and left-right): trees
 * drawn at random with fixed seeds (down to 8 levels below the root, up to
 * 200 children, names of 1 to 80 characters, so boxes of very different
 * sizes; one of 10,000 nodes), a chain of 8, a star of 200, complete trees,
 * a forest, and the built-in pack's units. The properties are checked from the output alone,
 * never against the algorithm's own reasoning: no two boxes overlap (all
 * pairs, on any level), parents centred over their children, siblings in
 * order and apart by the gap, one band per level, everything within the
 * drawing, the same output for the same input, and packed: no group of
 * siblings could move closer to the group before it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <float.h>
#include <limits.h>
#include <math.h>
#include <pthread.h>
#include <string.h>

#include "outreach-chart-layout.h"
#include "test-packs.h"

#define SIBLING_GAP 12.0
#define LEVEL_GAP   40.0
/* Coordinates are sums of halves and of even shares of shifts: equal up
 * to rounding, far below a pixel */
#define EPSILON     1e-6

typedef struct
{
  char             *name;
  guint             n;
  int              *parent;
  OutreachChartBox *boxes;   /* sizes only */
} TestTree;

static GPtrArray *trees;

static void
test_tree_free (TestTree *tree)
{
  g_free (tree->name);
  g_free (tree->parent);
  g_free (tree->boxes);
  g_free (tree);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (TestTree, test_tree_free)

static TestTree *
test_tree_new (const char *name,
               guint       n)
{
  TestTree *tree = g_new0 (TestTree, 1);

  tree->name = g_strdup (name);
  tree->n = n;
  tree->parent = g_new (int, MAX (n, 1));
  tree->boxes = g_new0 (OutreachChartBox, MAX (n, 1));
  return tree;
}

/* A box for a name of @length characters, on one line or two: the width
 * as a label's at about 7 pixels a character, with padding */
static OutreachChartBox
box_for_name (guint length,
              guint lines)
{
  return (OutreachChartBox) { 0, 0, 7.0 * length + 16, 20.0 * lines + 12 };
}

/* A random tree, given in pre-order: each node hangs below an earlier one
 * drawn at random (or, as often, below its predecessor's parent, so that
 * families grow large), at most @max_depth levels below the root and with
 * at most @max_children children each; then numbered as a walk meets them */
static TestTree *
random_tree (guint32 seed,
             guint   n,
             guint   max_depth,
             guint   max_children)
{
  g_autofree char *name = g_strdup_printf ("random-%u-%u", seed, n);
  TestTree *tree = test_tree_new (name, n);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autofree int *parent = g_new (int, n);
  g_autofree guint *depth = g_new0 (guint, n);
  g_autofree guint *children = g_new0 (guint, n);
  g_autofree int *first = g_new (int, n), *last = g_new (int, n), *next = g_new (int, n);
  g_autofree int *number = g_new (int, n), *stack = g_new (int, n);
  guint numbered = 0, top = 0;

  for (guint i = 0; i < n; i++)
    first[i] = last[i] = next[i] = -1;
  parent[0] = -1;
  for (guint i = 1; i < n; i++)
    {
      int p = -1;

      for (guint attempt = 0; attempt < 1000 && p < 0; attempt++)
        {
          int q = g_rand_boolean (rand) && parent[i - 1] >= 0
                  ? parent[i - 1] : g_rand_int_range (rand, 0, i);

          if (depth[q] < max_depth && children[q] < max_children)
            p = q;
        }
      g_assert_cmpint (p, >=, 0);
      parent[i] = p;
      depth[i] = depth[p] + 1;
      children[p]++;
      if (last[p] < 0)
        first[p] = i;
      else
        next[last[p]] = i;
      last[p] = i;
    }

  /* pre-order, with an explicit stack */
  stack[top++] = 0;
  while (top > 0)
    {
      int v = stack[--top];
      guint k = top;

      number[v] = numbered++;
      tree->parent[number[v]] = parent[v] < 0 ? -1 : number[parent[v]];
      tree->boxes[number[v]] = box_for_name (g_rand_int_range (rand, 1, 81),
                                             g_rand_int_range (rand, 1, 3));
      /* the children pushed last first, so that the first is taken first */
      for (int c = first[v]; c >= 0; c = next[c])
        stack[top++] = c;
      for (guint a = k, b = top - 1; a < b && b != G_MAXUINT; a++, b--)
        {
          int swap = stack[a];

          stack[a] = stack[b];
          stack[b] = swap;
        }
    }
  g_assert_cmpuint (numbered, ==, n);
  return tree;
}

static TestTree *
chain_tree (guint n)
{
  g_autofree char *name = g_strdup_printf ("chain-%u", n);
  TestTree *tree = test_tree_new (name, n);

  for (guint i = 0; i < n; i++)
    {
      tree->parent[i] = (int) i - 1;
      tree->boxes[i] = box_for_name (1 + (i * 37) % 80, 1 + i % 2);
    }
  return tree;
}

static TestTree *
star_tree (guint leaves)
{
  g_autofree char *name = g_strdup_printf ("star-%u", leaves);
  TestTree *tree = test_tree_new (name, leaves + 1);

  tree->parent[0] = -1;
  tree->boxes[0] = box_for_name (80, 2);
  for (guint i = 1; i <= leaves; i++)
    {
      tree->parent[i] = 0;
      tree->boxes[i] = box_for_name (1 + (i * 13) % 80, 1 + i % 2);
    }
  return tree;
}

/* Every node down to @depth levels below the root has @arity children;
 * all boxes the same size when @same_size, so that nothing but the shape
 * decides */
static TestTree *
complete_tree (guint    arity,
               guint    depth,
               gboolean same_size)
{
  g_autofree char *name = g_strdup_printf ("complete-%u-%u%s", arity, depth,
                                           same_size ? "" : "-mixed");
  guint n = 0, level = 1;
  TestTree *tree;
  g_autofree int *path = g_new (int, depth + 1);
  g_autofree guint *next = g_new0 (guint, depth + 1);
  guint i = 0;
  int d = 0;

  for (guint k = 0; k <= depth; k++, level *= arity)
    n += level;
  tree = test_tree_new (name, n);

  /* pre-order with an explicit stack: next[d] children of path[d] done */
  tree->parent[i] = -1;
  path[0] = i++;
  while (d >= 0)
    {
      if ((guint) d < depth && next[d] < arity)
        {
          next[d]++;
          tree->parent[i] = path[d];
          path[++d] = i++;
          next[d] = 0;
        }
      else
        d--;
    }
  g_assert_cmpuint (i, ==, n);
  for (i = 0; i < n; i++)
    tree->boxes[i] = same_size ? box_for_name (12, 1)
                               : box_for_name (1 + (i * 29) % 80, 1 + i % 3 / 2);
  return tree;
}

/* Three roots: a small tree, a leaf, a chain */
static TestTree *
forest_tree (void)
{
  static const int parent[] = { -1, 0, 1, 0, -1, -1, 5, 6 };
  TestTree *tree = test_tree_new ("forest", G_N_ELEMENTS (parent));

  for (guint i = 0; i < tree->n; i++)
    {
      tree->parent[i] = parent[i];
      tree->boxes[i] = box_for_name (5 + i * 9, 1);
    }
  return tree;
}

/* The built-in pack's units, walked in pre-order with an explicit stack;
 * each box's width from its name's length */
static TestTree *
builtin_tree (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  GListModel *roots = outreach_content_get_units (content);
  g_autoptr(GArray) parent = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) boxes = g_array_new (FALSE, FALSE, sizeof (OutreachChartBox));
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (int));   /* (list, index, parent) */
  g_autoptr(GPtrArray) lists = g_ptr_array_new ();
  TestTree *tree;

  g_ptr_array_add (lists, roots);
  g_array_append_vals (stack, (int[]) { 0, 0, -1 }, 3);
  while (stack->len > 0)
    {
      int *top = &g_array_index (stack, int, stack->len - 3);
      GListModel *list = g_ptr_array_index (lists, top[0]);
      g_autoptr(OutreachNode) node = NULL;
      GListModel *children;
      int self = parent->len;
      OutreachChartBox box;

      if ((guint) top[1] >= g_list_model_get_n_items (list))
        {
          g_array_set_size (stack, stack->len - 3);
          continue;
        }
      node = g_list_model_get_item (list, top[1]++);
      g_assert_cmpint (outreach_node_get_kind (node), ==, OUTREACH_NODE_UNIT);
      box = box_for_name (g_utf8_strlen (outreach_unit_get_name (OUTREACH_UNIT (node)), -1), 1);
      g_array_append_val (parent, top[2]);
      g_array_append_val (boxes, box);

      children = outreach_node_get_children (node);
      if (children != NULL && g_list_model_get_n_items (children) > 0)
        {
          g_ptr_array_add (lists, children);
          g_array_append_vals (stack, (int[]) { lists->len - 1, 0, self }, 3);
        }
    }

  g_assert_cmpuint (parent->len, ==, outreach_content_get_n_units (content));
  tree = test_tree_new ("builtin-pack", parent->len);
  memcpy (tree->parent, parent->data, sizeof (int) * parent->len);
  memcpy (tree->boxes, boxes->data, sizeof (OutreachChartBox) * parent->len);
  return tree;
}

static void
make_trees (void)
{
  static const guint sizes[] = { 2, 3, 5, 10, 30, 100, 300, 1000, 3000 };

  trees = g_ptr_array_new_with_free_func ((GDestroyNotify) test_tree_free);
  g_ptr_array_add (trees, builtin_tree ());
  g_ptr_array_add (trees, chain_tree (8));
  g_ptr_array_add (trees, star_tree (200));
  g_ptr_array_add (trees, complete_tree (3, 7, TRUE));
  g_ptr_array_add (trees, complete_tree (4, 5, FALSE));
  g_ptr_array_add (trees, complete_tree (200, 1, FALSE));
  g_ptr_array_add (trees, forest_tree ());
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (guint32 seed = 1; seed <= 4; seed++)
      g_ptr_array_add (trees, random_tree (seed * 1000 + i, sizes[i], 8, 200));
  /* bushy: few levels, many children */
  g_ptr_array_add (trees, random_tree (77, 2000, 3, 200));
  g_ptr_array_add (trees, random_tree (78, 10000, 8, 200));
}

/* A layout of a tree, and what the checks need to know about it */
typedef struct
{
  const TestTree           *tree;
  OutreachChartOrientation  orientation;
  OutreachChartBox         *boxes;
  double                    width, height;
  int                      *depth;
  int                      *end;     /* one past the last node of each subtree */
} Layout;

static void
layout_free (Layout *layout)
{
  g_free (layout->boxes);
  g_free (layout->depth);
  g_free (layout->end);
  g_free (layout);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Layout, layout_free)

static Layout *
lay_out (const TestTree           *tree,
         OutreachChartOrientation  orientation)
{
  Layout *layout = g_new0 (Layout, 1);

  layout->tree = tree;
  layout->orientation = orientation;
  layout->boxes = g_memdup2 (tree->boxes, sizeof (OutreachChartBox) * MAX (tree->n, 1));
  g_assert_true (outreach_chart_layout (tree->n, tree->parent, layout->boxes,
                                        SIBLING_GAP, LEVEL_GAP, orientation,
                                        &layout->width, &layout->height));

  layout->depth = g_new (int, MAX (tree->n, 1));
  layout->end = g_new (int, MAX (tree->n, 1));
  for (guint i = 0; i < tree->n; i++)
    {
      int p = tree->parent[i];

      /* sizes in, positions out: the sizes untouched */
      g_assert_cmpfloat (layout->boxes[i].width, ==, tree->boxes[i].width);
      g_assert_cmpfloat (layout->boxes[i].height, ==, tree->boxes[i].height);
      layout->depth[i] = p < 0 ? 0 : layout->depth[p] + 1;
      layout->end[i] = i + 1;
    }
  /* pre-order: a subtree is a run of indices, ending where its last
   * descendant's run ends */
  for (int i = (int) tree->n - 1; i >= 0; i--)
    if (tree->parent[i] >= 0)
      layout->end[tree->parent[i]] = MAX (layout->end[tree->parent[i]], layout->end[i]);
  return layout;
}

/* Along the sibling axis: where a box starts, how long it is */
static double
along (const Layout *layout,
       guint         i)
{
  return layout->orientation == OUTREACH_CHART_TOP_DOWN ? layout->boxes[i].x : layout->boxes[i].y;
}

static double
along_size (const Layout *layout,
            guint         i)
{
  return layout->orientation == OUTREACH_CHART_TOP_DOWN ? layout->boxes[i].width
                                                        : layout->boxes[i].height;
}

static double
centre (const Layout *layout,
        guint         i)
{
  return along (layout, i) + along_size (layout, i) / 2;
}

/* Along the level axis */
static double
across (const Layout *layout,
        guint         i)
{
  return layout->orientation == OUTREACH_CHART_TOP_DOWN ? layout->boxes[i].y : layout->boxes[i].x;
}

static double
across_size (const Layout *layout,
             guint         i)
{
  return layout->orientation == OUTREACH_CHART_TOP_DOWN ? layout->boxes[i].height
                                                        : layout->boxes[i].width;
}

/* Every tree both ways round */
static void
for_each_layout (void (*check) (const Layout *layout))
{
  static const OutreachChartOrientation orientations[] = {
    OUTREACH_CHART_TOP_DOWN, OUTREACH_CHART_LEFT_RIGHT,
  };

  for (guint t = 0; t < trees->len; t++)
    for (guint o = 0; o < G_N_ELEMENTS (orientations); o++)
      {
        g_autoptr(Layout) layout = lay_out (g_ptr_array_index (trees, t), orientations[o]);

        g_test_message ("%s, %s", layout->tree->name,
                        orientations[o] == OUTREACH_CHART_TOP_DOWN ? "top-down" : "left-right");
        check (layout);
      }
}

static gboolean
boxes_overlap (const OutreachChartBox *a,
               const OutreachChartBox *b)
{
  return a->x < b->x + b->width - EPSILON && b->x < a->x + a->width - EPSILON &&
         a->y < b->y + b->height - EPSILON && b->y < a->y + a->height - EPSILON;
}

/* All pairs, whatever their levels, through a grid with cells as large as
 * the largest box: a box meets only the boxes in the (at most four) cells
 * it covers */
static void
check_no_overlap (const Layout *layout)
{
  g_autoptr(GHashTable) cells = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free,
                                                       (GDestroyNotify) g_array_unref);
  double cell_width = 1, cell_height = 1;
  GHashTableIter iter;
  GArray *cell;
  guint64 pairs = 0;

  for (guint i = 0; i < layout->tree->n; i++)
    {
      cell_width = MAX (cell_width, layout->boxes[i].width);
      cell_height = MAX (cell_height, layout->boxes[i].height);
    }
  for (guint i = 0; i < layout->tree->n; i++)
    {
      const OutreachChartBox *box = &layout->boxes[i];
      /* (all at 0 or more, as check_extent() makes sure: truncating is flooring) */
      gint64 x0 = box->x / cell_width, x1 = (box->x + box->width) / cell_width;
      gint64 y0 = box->y / cell_height, y1 = (box->y + box->height) / cell_height;

      for (gint64 cx = x0; cx <= x1; cx++)
        for (gint64 cy = y0; cy <= y1; cy++)
          {
            gint64 key = cx * G_GINT64_CONSTANT (1000003) + cy;

            cell = g_hash_table_lookup (cells, &key);
            if (cell == NULL)
              {
                cell = g_array_new (FALSE, FALSE, sizeof (guint));
                g_hash_table_insert (cells, g_memdup2 (&key, sizeof key), cell);
              }
            g_array_append_val (cell, i);
          }
    }

  g_hash_table_iter_init (&iter, cells);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &cell))
    for (guint a = 0; a < cell->len; a++)
      for (guint b = a + 1; b < cell->len; b++)
        {
          guint i = g_array_index (cell, guint, a), j = g_array_index (cell, guint, b);

          pairs++;
          if (boxes_overlap (&layout->boxes[i], &layout->boxes[j]))
            g_error ("%s: boxes %u (%g,%g %g×%g) and %u (%g,%g %g×%g) overlap",
                     layout->tree->name,
                     i, layout->boxes[i].x, layout->boxes[i].y,
                     layout->boxes[i].width, layout->boxes[i].height,
                     j, layout->boxes[j].x, layout->boxes[j].y,
                     layout->boxes[j].width, layout->boxes[j].height);
        }
  g_test_message ("%" G_GUINT64_FORMAT " pairs of boxes sharing a cell, none overlapping", pairs);
}

/* And on each level the boxes, in their order along it, a gap apart */
static int
compare_along (gconstpointer a,
               gconstpointer b,
               gpointer      data)
{
  const Layout *layout = data;
  guint i = *(const guint *) a, j = *(const guint *) b;
  double d = along (layout, i) - along (layout, j);

  return d < 0 ? -1 : d > 0 ? 1 : (int) i - (int) j;
}

static void
check_level_gaps (const Layout *layout)
{
  g_autofree guint *order = g_new (guint, MAX (layout->tree->n, 1));
  g_autoptr(GHashTable) last = g_hash_table_new (NULL, NULL);   /* depth → last box seen */

  for (guint i = 0; i < layout->tree->n; i++)
    order[i] = i;
  g_qsort_with_data (order, layout->tree->n, sizeof (guint), compare_along, (gpointer) layout);

  for (guint k = 0; k < layout->tree->n; k++)
    {
      guint i = order[k];
      gpointer seen;

      if (g_hash_table_lookup_extended (last, GINT_TO_POINTER (layout->depth[i]), NULL, &seen))
        {
          guint j = GPOINTER_TO_UINT (seen);

          g_assert_cmpfloat (along (layout, i), >=,
                             along (layout, j) + along_size (layout, j) + SIBLING_GAP - EPSILON);
        }
      g_hash_table_insert (last, GINT_TO_POINTER (layout->depth[i]), GUINT_TO_POINTER (i));
    }
}

static void
test_no_overlap (void)
{
  for_each_layout (check_no_overlap);
  for_each_layout (check_level_gaps);
}

static void
check_centred (const Layout *layout)
{
  const TestTree *tree = layout->tree;
  g_autofree int *first = g_new (int, MAX (tree->n, 1));
  g_autofree int *last = g_new (int, MAX (tree->n, 1));
  guint parents = 0;

  for (guint i = 0; i < tree->n; i++)
    first[i] = last[i] = -1;
  for (guint i = 0; i < tree->n; i++)
    if (tree->parent[i] >= 0)
      {
        if (first[tree->parent[i]] < 0)
          first[tree->parent[i]] = i;
        last[tree->parent[i]] = i;
      }

  for (guint i = 0; i < tree->n; i++)
    if (first[i] >= 0)
      {
        double wanted = (centre (layout, first[i]) + centre (layout, last[i])) / 2;

        g_assert_cmpfloat_with_epsilon (centre (layout, i), wanted, EPSILON);
        parents++;
      }
  g_test_message ("%u parents centred", parents);
}

static void
test_centred (void)
{
  for_each_layout (check_centred);
}

/* Each sibling after the one before it in the input, by the gap at least */
static void
check_sibling_order (const Layout *layout)
{
  const TestTree *tree = layout->tree;
  g_autofree int *previous = g_new (int, tree->n + 1);   /* [parent + 1]: last child seen */

  for (guint i = 0; i <= tree->n; i++)
    previous[i] = -1;
  for (guint i = 0; i < tree->n; i++)
    {
      int *slot = &previous[tree->parent[i] + 1];

      if (*slot >= 0)
        g_assert_cmpfloat (along (layout, i), >=,
                           along (layout, *slot) + along_size (layout, *slot)
                           + SIBLING_GAP - EPSILON);
      *slot = i;
    }
}

static void
test_sibling_order (void)
{
  for_each_layout (check_sibling_order);
}

/* All boxes of a depth start at the same level coordinate; each band is as
 * thick as its thickest box, and the next starts one level gap after it */
static void
check_levels (const Layout *layout)
{
  g_autoptr(GArray) start = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) thickness = g_array_new (FALSE, TRUE, sizeof (double));

  for (guint i = 0; i < layout->tree->n; i++)
    {
      guint d = layout->depth[i];

      if (d >= start->len)
        {
          double level = across (layout, i);

          g_assert_cmpuint (d, ==, start->len);   /* pre-order: depths come one by one */
          g_array_append_val (start, level);
          g_array_set_size (thickness, d + 1);
        }
      g_assert_cmpfloat (across (layout, i), ==, g_array_index (start, double, d));
      g_array_index (thickness, double, d) = MAX (g_array_index (thickness, double, d),
                                                  across_size (layout, i));
    }

  if (start->len > 0)
    g_assert_cmpfloat (g_array_index (start, double, 0), ==, 0);
  for (guint d = 1; d < start->len; d++)
    g_assert_cmpfloat_with_epsilon (g_array_index (start, double, d),
                                    g_array_index (start, double, d - 1) +
                                    g_array_index (thickness, double, d - 1) + LEVEL_GAP,
                                    EPSILON);
}

static void
test_levels (void)
{
  for_each_layout (check_levels);
}

/* Everything at 0 or more and inside the drawing, which is no larger than
 * the boxes need: some box touches each of its four sides */
static void
check_extent (const Layout *layout)
{
  double min_x = G_MAXDOUBLE, min_y = G_MAXDOUBLE, max_x = 0, max_y = 0;

  for (guint i = 0; i < layout->tree->n; i++)
    {
      const OutreachChartBox *box = &layout->boxes[i];

      g_assert_cmpfloat (box->x, >=, 0);
      g_assert_cmpfloat (box->y, >=, 0);
      g_assert_cmpfloat (box->x + box->width, <=, layout->width + EPSILON);
      g_assert_cmpfloat (box->y + box->height, <=, layout->height + EPSILON);
      min_x = MIN (min_x, box->x);
      min_y = MIN (min_y, box->y);
      max_x = MAX (max_x, box->x + box->width);
      max_y = MAX (max_y, box->y + box->height);
    }
  g_assert_cmpfloat (min_x, ==, 0);
  g_assert_cmpfloat (min_y, ==, 0);
  g_assert_cmpfloat_with_epsilon (max_x, layout->width, EPSILON);
  g_assert_cmpfloat_with_epsilon (max_y, layout->height, EPSILON);
}

static void
test_extent (void)
{
  for_each_layout (check_extent);
}

/* The same input, laid out again from boxes whose x and y hold rubbish,
 * after other layouts have run: the same output, bit for bit */
static void
check_deterministic (const Layout *layout)
{
  const TestTree *tree = layout->tree;
  g_autofree OutreachChartBox *again = g_memdup2 (tree->boxes,
                                                  sizeof (OutreachChartBox) * MAX (tree->n, 1));
  double width, height;

  for (guint i = 0; i < tree->n; i++)
    again[i].x = again[i].y = -1e9 * (i + 1);
  g_assert_true (outreach_chart_layout (tree->n, tree->parent, again, SIBLING_GAP, LEVEL_GAP,
                                        layout->orientation, &width, &height));
  g_assert_cmpmem (again, sizeof (OutreachChartBox) * tree->n,
                   layout->boxes, sizeof (OutreachChartBox) * tree->n);
  g_assert_true (memcmp (&width, &layout->width, sizeof width) == 0);
  g_assert_true (memcmp (&height, &layout->height, sizeof height) == 0);
}

static void
test_deterministic (void)
{
  for_each_layout (check_deterministic);
}

static void
array_unref_if_any (gpointer array)
{
  if (array != NULL)
    g_array_unref (array);
}

/* Packed: for every family of two or more children, and every place it
 * could be split into the children before and the children after, the
 * two groups' subtrees come exactly one gap apart on some level. Were they
 * further apart on every level, the later group could move closer: a hole
 * a reader would see. */
static void
check_compact (const Layout *layout)
{
  const TestTree *tree = layout->tree;
  guint families = 0, splits = 0;
  /* the roots are a family too: parent -1, listed under index n */
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (array_unref_if_any);

  for (guint i = 0; i <= tree->n; i++)
    g_ptr_array_add (children, NULL);
  for (guint i = 0; i < tree->n; i++)
    {
      guint p = tree->parent[i] < 0 ? tree->n : (guint) tree->parent[i];
      GArray *list = g_ptr_array_index (children, p);

      if (list == NULL)
        list = children->pdata[p] = g_array_new (FALSE, FALSE, sizeof (int));
      g_array_append_val (list, i);
    }

  for (guint p = 0; p <= tree->n; p++)
    {
      GArray *list = g_ptr_array_index (children, p);
      guint m = list ? list->len : 0, height = 0;
      int base;
      g_autofree double *lo = NULL, *hi = NULL;   /* [k * height + level]: child k's subtree */

      if (m < 2)
        continue;
      base = layout->depth[g_array_index (list, int, 0)];
      for (guint k = 0; k < m; k++)
        {
          int c = g_array_index (list, int, k);

          for (int u = c; u < layout->end[c]; u++)
            height = MAX (height, (guint) (layout->depth[u] - base + 1));
        }
      lo = g_new (double, m * height);
      hi = g_new (double, m * height);
      for (guint k = 0; k < m * height; k++)
        {
          lo[k] = INFINITY;
          hi[k] = -INFINITY;
        }
      for (guint k = 0; k < m; k++)
        {
          int c = g_array_index (list, int, k);

          for (int u = c; u < layout->end[c]; u++)
            {
              guint slot = k * height + layout->depth[u] - base;

              lo[slot] = MIN (lo[slot], along (layout, u));
              hi[slot] = MAX (hi[slot], along (layout, u) + along_size (layout, u));
            }
        }

      /* hi becomes the running maximum from the left, lo the running
       * minimum from the right */
      for (guint k = 1; k < m; k++)
        for (guint e = 0; e < height; e++)
          hi[k * height + e] = MAX (hi[k * height + e], hi[(k - 1) * height + e]);
      for (guint k = m - 1; k-- > 0;)
        for (guint e = 0; e < height; e++)
          lo[k * height + e] = MIN (lo[k * height + e], lo[(k + 1) * height + e]);

      for (guint k = 1; k < m; k++)
        {
          double closest = INFINITY;

          for (guint e = 0; e < height; e++)
            if (isfinite (hi[(k - 1) * height + e]) && isfinite (lo[k * height + e]))
              closest = MIN (closest, lo[k * height + e] - hi[(k - 1) * height + e]);
          if (ABS (closest - SIBLING_GAP) > EPSILON)
            g_error ("%s: the children of %d from the %u-th on could move %g closer",
                     tree->name, p == tree->n ? -1 : (int) p, k + 1, closest - SIBLING_GAP);
          splits++;
        }
      families++;
    }
  g_test_message ("%u families, %u splits, all packed", families, splits);
}

static void
test_compact (void)
{
  for_each_layout (check_compact);
}

/* Two wide subtrees with narrow ones between: laid out as blocks (each
 * subtree as wide as its widest level, blocks side by side) the narrow ones
 * would leave a hole; tidily the wide ones' children come one gap apart,
 * and the narrow ones sit above, between the two, the room to spare shared
 * out evenly among the spaces between neighbours (Walker's spreading) */
static void
test_compact_hole (void)
{
  /* 0 root; 1 A with children 2-6; 7, 8, 9 narrow leaves; 10 C with children 11-15 */
  static const int parent[] = { -1, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 10, 10, 10, 10, 10 };
  enum { N = G_N_ELEMENTS (parent) };
  const double leaf = 100, narrow = 20, gap = 10;

  for (guint o = 0; o < 2; o++)
    {
      OutreachChartOrientation orientation = o ? OUTREACH_CHART_LEFT_RIGHT
                                               : OUTREACH_CHART_TOP_DOWN;
      OutreachChartBox boxes[N];
      Layout layout = { .orientation = orientation, .boxes = boxes };
      double width, height, wide, a, c, extra;
      int row[] = { 1, 7, 8, 9, 10 };

      for (guint i = 0; i < N; i++)
        {
          double size = i >= 7 && i <= 9 ? narrow : i == 0 || i == 1 || i == 10 ? 60 : leaf;

          /* the size along the sibling axis is @size; the other side 30 */
          boxes[i] = o ? (OutreachChartBox) { 0, 0, 30, size }
                       : (OutreachChartBox) { 0, 0, size, 30 };
        }
      g_assert_true (outreach_chart_layout (N, parent, boxes, gap, 25, orientation,
                                            &width, &height));

      wide = 5 * leaf + 4 * gap;                                        /* 540 */
      /* blocks side by side: 540 + 10 + 20 + 10 + 20 + 10 + 20 + 10 + 540 */
      g_assert_cmpfloat (o ? height : width, <, 2 * wide + 3 * narrow + 4 * gap);
      /* tidy: the two wide levels touch, one gap apart */
      g_assert_cmpfloat_with_epsilon (o ? height : width, 2 * wide + gap, EPSILON);
      g_assert_cmpfloat_with_epsilon (along (&layout, 11), along (&layout, 6) + leaf + gap,
                                      EPSILON);

      /* A and C centred over their children; the narrow ones evenly between */
      a = centre (&layout, 1);
      c = centre (&layout, 10);
      g_assert_cmpfloat_with_epsilon (a, wide / 2, EPSILON);
      g_assert_cmpfloat_with_epsilon (c, wide + gap + wide / 2, EPSILON);
      /* each space wider than packed by the same amount */
      extra = (c - a - (60 + narrow) - 2 * narrow - gap * 4) / 4;
      g_assert_cmpfloat (extra, >, 0);
      for (guint k = 0; k + 1 < G_N_ELEMENTS (row); k++)
        g_assert_cmpfloat_with_epsilon (along (&layout, row[k + 1]) -
                                        (along (&layout, row[k]) + along_size (&layout, row[k])),
                                        gap + extra, EPSILON);
      g_assert_cmpfloat_with_epsilon (centre (&layout, 0), (a + c) / 2, EPSILON);
    }
}

/* A star is wide and shallow, a chain narrow and deep: each is drawn the
 * way round that shows it larger, and exactly as outreach_chart_layout()
 * draws it that way */
static void
check_best (const TestTree *tree,
            double          viewport_width,
            double          viewport_height,
            OutreachChartOrientation expected)
{
  g_autofree OutreachChartBox *boxes = g_memdup2 (tree->boxes, sizeof (OutreachChartBox) * tree->n);
  g_autoptr(Layout) down = lay_out (tree, OUTREACH_CHART_TOP_DOWN);
  g_autoptr(Layout) right = lay_out (tree, OUTREACH_CHART_LEFT_RIGHT);
  double down_scale = MIN (viewport_width / down->width, viewport_height / down->height);
  double right_scale = MIN (viewport_width / right->width, viewport_height / right->height);
  const Layout *chosen = expected == OUTREACH_CHART_TOP_DOWN ? down : right;
  OutreachChartOrientation orientation;
  double width, height;

  g_test_message ("%s in %g×%g: top-down at %.3f, left-right at %.3f", tree->name,
                  viewport_width, viewport_height, down_scale, right_scale);
  g_assert_cmpfloat (expected == OUTREACH_CHART_TOP_DOWN ? down_scale : right_scale, >,
                     expected == OUTREACH_CHART_TOP_DOWN ? right_scale : down_scale);

  g_assert_true (outreach_chart_layout_best_orientation (tree->n, tree->parent, boxes,
                                                         SIBLING_GAP, LEVEL_GAP,
                                                         viewport_width, viewport_height,
                                                         &orientation, &width, &height));
  g_assert_cmpint (orientation, ==, expected);
  g_assert_cmpmem (boxes, sizeof (OutreachChartBox) * tree->n,
                   chosen->boxes, sizeof (OutreachChartBox) * tree->n);
  g_assert_cmpfloat (width, ==, chosen->width);
  g_assert_cmpfloat (height, ==, chosen->height);
}

static void
test_best_orientation (void)
{
  g_autoptr(TestTree) star = star_tree (200);
  g_autoptr(TestTree) chain = chain_tree (8);
  g_autoptr(TestTree) pack = builtin_tree ();
  g_autoptr(Layout) pack_down = lay_out (pack, OUTREACH_CHART_TOP_DOWN);
  OutreachChartBox one = { 0, 0, 10, 10 };
  OutreachChartOrientation orientation = OUTREACH_CHART_LEFT_RIGHT;

  /* 200 leaves side by side, or stacked: stacked fits a laptop's screen better */
  check_best (star, 1280, 800, OUTREACH_CHART_LEFT_RIGHT);
  /* 8 levels: down a landscape screen, across a very wide one */
  check_best (chain, 1280, 800, OUTREACH_CHART_TOP_DOWN);
  check_best (chain, 4000, 100, OUTREACH_CHART_LEFT_RIGHT);
  /* the unit: a viewport of the top-down drawing's shape takes it top-down,
   * one of its transpose left-right */
  check_best (pack, pack_down->width, pack_down->height, OUTREACH_CHART_TOP_DOWN);
  check_best (pack, pack_down->height, pack_down->width, OUTREACH_CHART_LEFT_RIGHT);

  /* a tie is top-down; a viewport of no size is refused */
  g_assert_true (outreach_chart_layout_best_orientation (1, (int[]) { -1 }, &one, 5, 5, 100, 100,
                                                         &orientation, NULL, NULL));
  g_assert_cmpint (orientation, ==, OUTREACH_CHART_TOP_DOWN);
  g_assert_false (outreach_chart_layout_best_orientation (1, (int[]) { -1 }, &one, 5, 5, 0, 100,
                                                          &orientation, NULL, NULL));
  g_assert_false (outreach_chart_layout_best_orientation (1, (int[]) { -1 }, &one, 5, 5, 100, NAN,
                                                          &orientation, NULL, NULL));
}

/* No recursion: a chain far deeper than any pack, laid out on a thread
 * whose stack (64 KiB) a recursive walk 10,000 deep would overflow (a
 * return address alone is 8 bytes a level) */
typedef struct
{
  TestTree *tree;
  Layout   *layout;
} DeepRun;

static void *
lay_out_deep (void *data)
{
  DeepRun *run = data;

  run->layout = lay_out (run->tree, OUTREACH_CHART_TOP_DOWN);
  return NULL;
}

static void
test_deep_chain (void)
{
  static const guint lengths[] = { 10000, 100000 };

  for (guint k = 0; k < G_N_ELEMENTS (lengths); k++)
    {
      g_autoptr(TestTree) tree = chain_tree (lengths[k]);
      DeepRun run = { tree, NULL };
      g_autoptr(Layout) layout = NULL;
      pthread_attr_t attr;
      pthread_t thread;
      double widest = 0;

      g_assert_cmpint (pthread_attr_init (&attr), ==, 0);
      g_assert_cmpint (pthread_attr_setstacksize (&attr, MAX (PTHREAD_STACK_MIN, 64 * 1024)),
                       ==, 0);
      g_assert_cmpint (pthread_create (&thread, &attr, lay_out_deep, &run), ==, 0);
      g_assert_cmpint (pthread_join (thread, NULL), ==, 0);
      pthread_attr_destroy (&attr);
      layout = g_steal_pointer (&run.layout);

      /* one box a level, all on one centre line, the widest at x = 0 */
      for (guint i = 0; i < tree->n; i++)
        {
          widest = MAX (widest, tree->boxes[i].width);
          g_assert_cmpfloat_with_epsilon (centre (layout, i), centre (layout, 0), EPSILON);
          if (i > 0)
            g_assert_cmpfloat_with_epsilon (layout->boxes[i].y,
                                            layout->boxes[i - 1].y + tree->boxes[i - 1].height
                                            + LEVEL_GAP,
                                            1e-6 * layout->boxes[i].y);
        }
      g_assert_cmpfloat_with_epsilon (layout->width, widest, EPSILON);
      check_extent (layout);
    }
}

/* Parents need only come before their children: the same tree numbered
 * level by level (as a breadth-first walk meets the nodes) is laid out the
 * same, bit for bit */
static void
test_breadth_first (void)
{
  for (guint t = 0; t < trees->len; t++)
    {
      const TestTree *tree = g_ptr_array_index (trees, t);
      g_autoptr(Layout) layout = lay_out (tree, OUTREACH_CHART_TOP_DOWN);
      g_autoptr(TestTree) level_order = test_tree_new ("level order", tree->n);
      g_autofree int *number = g_new (int, tree->n);
      g_autofree int *queue = g_new (int, tree->n);
      g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (array_unref_if_any);
      OutreachChartBox *boxes = level_order->boxes;
      guint head = 0, tail = 0;
      double width, height;

      for (guint i = 0; i <= tree->n; i++)
        g_ptr_array_add (children, g_array_new (FALSE, FALSE, sizeof (int)));
      for (guint i = 0; i < tree->n; i++)
        {
          guint p = tree->parent[i] < 0 ? tree->n : (guint) tree->parent[i];

          g_array_append_val ((GArray *) g_ptr_array_index (children, p), i);
        }

      /* the roots, then their children, and so on */
      for (guint k = 0; k < ((GArray *) g_ptr_array_index (children, tree->n))->len; k++)
        queue[tail++] = g_array_index ((GArray *) g_ptr_array_index (children, tree->n), int, k);
      while (head < tail)
        {
          int v = queue[head];
          GArray *list = g_ptr_array_index (children, v);

          number[v] = head++;
          level_order->parent[number[v]] = tree->parent[v] < 0 ? -1 : number[tree->parent[v]];
          boxes[number[v]] = tree->boxes[v];
          for (guint k = 0; k < list->len; k++)
            queue[tail++] = g_array_index (list, int, k);
        }
      g_assert_cmpuint (head, ==, tree->n);

      g_assert_true (outreach_chart_layout (tree->n, level_order->parent, boxes, SIBLING_GAP,
                                            LEVEL_GAP, OUTREACH_CHART_TOP_DOWN, &width, &height));
      for (guint i = 0; i < tree->n; i++)
        g_assert_cmpmem (&boxes[number[i]], sizeof *boxes, &layout->boxes[i], sizeof *boxes);
      g_assert_cmpfloat (width, ==, layout->width);
      g_assert_cmpfloat (height, ==, layout->height);
    }
}

/* What is no tree, or no size, is refused, and the boxes are left alone */
static void
test_invalid (void)
{
  static const struct {
    const char *why;
    int parent[3];
    double width, sibling_gap, level_gap;   /* the width of boxes 1 and 2 */
    gboolean top_down_only;
  } cases[] = {
    { "a parent after its child", { -1, 2, 0 }, 10, 5, 5, FALSE },
    { "a node its own parent", { -1, 1, 0 }, 10, 5, 5, FALSE },
    { "a parent below -1", { -1, -2, 0 }, 10, 5, 5, FALSE },
    { "a negative width", { -1, 0, 0 }, -1, 5, 5, FALSE },
    { "a width not a number", { -1, 0, 0 }, NAN, 5, 5, FALSE },
    { "an infinite width", { -1, 0, 0 }, INFINITY, 5, 5, FALSE },
    { "a negative sibling gap", { -1, 0, 0 }, 10, -1, 5, FALSE },
    { "a level gap not a number", { -1, 0, 0 }, 10, 5, NAN, FALSE },
    /* (left-right, the widths are the level's thickness: DBL_MAX fits) */
    { "a drawing too wide for a double", { -1, 0, 0 }, DBL_MAX, 5, 5, TRUE },
  };
  OutreachChartBox empty = { 7, 7, 7, 7 };
  double width = -1, height = -1;

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      OutreachChartBox boxes[3] = {
        { 1, 2, 10, 10 }, { 3, 4, cases[c].width, 10 }, { 5, 6, cases[c].width, 10 },
      };
      OutreachChartBox before[3];

      memcpy (before, boxes, sizeof boxes);
      g_test_message ("%s", cases[c].why);
      for (guint o = 0; o < (cases[c].top_down_only ? 1 : 2); o++)
        {
          g_assert_false (outreach_chart_layout (3, cases[c].parent, boxes, cases[c].sibling_gap,
                                                 cases[c].level_gap, o, &width, &height));
          g_assert_cmpmem (boxes, sizeof boxes, before, sizeof before);
        }
    }

  /* nothing at all is a drawing of no size */
  g_assert_true (outreach_chart_layout (0, NULL, NULL, 5, 5, OUTREACH_CHART_TOP_DOWN,
                                        &width, &height));
  g_assert_cmpfloat (width, ==, 0);
  g_assert_cmpfloat (height, ==, 0);
  /* one box is at 0,0, the drawing its size */
  g_assert_true (outreach_chart_layout (1, (int[]) { -1 }, &empty, 5, 5, OUTREACH_CHART_LEFT_RIGHT,
                                        &width, &height));
  g_assert_cmpfloat (empty.x, ==, 0);
  g_assert_cmpfloat (empty.y, ==, 0);
  g_assert_cmpfloat (width, ==, 7);
  g_assert_cmpfloat (height, ==, 7);
}

/* The built-in pack's tree as a reader knows it: the unit at the top,
 * centred over its capabilities, which are side by side on one level */
static void
test_builtin_pack (void)
{
  g_autoptr(TestTree) tree = builtin_tree ();
  g_autoptr(Layout) layout = lay_out (tree, OUTREACH_CHART_TOP_DOWN);
  guint capabilities = 0;

  g_assert_cmpuint (tree->n, >, 10);
  g_assert_cmpint (tree->parent[0], ==, -1);
  for (guint i = 1; i < tree->n; i++)
    if (tree->parent[i] == 0)
      {
        g_assert_cmpfloat (layout->boxes[i].y, ==, tree->boxes[0].height + LEVEL_GAP);
        capabilities++;
      }
  g_assert_cmpuint (capabilities, >, 2);
  g_assert_cmpfloat (layout->boxes[0].y, ==, 0);
  g_test_message ("%u units, %u below the top; drawn %.0f × %.0f", tree->n, capabilities,
                  layout->width, layout->height);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  g_test_init (&argc, &argv, NULL);
  make_trees ();

  g_test_add_func ("/chart-layout/no-overlap", test_no_overlap);
  g_test_add_func ("/chart-layout/centred", test_centred);
  g_test_add_func ("/chart-layout/sibling-order", test_sibling_order);
  g_test_add_func ("/chart-layout/levels", test_levels);
  g_test_add_func ("/chart-layout/extent", test_extent);
  g_test_add_func ("/chart-layout/deterministic", test_deterministic);
  g_test_add_func ("/chart-layout/compact", test_compact);
  g_test_add_func ("/chart-layout/compact-hole", test_compact_hole);
  g_test_add_func ("/chart-layout/best-orientation", test_best_orientation);
  g_test_add_func ("/chart-layout/deep-chain", test_deep_chain);
  g_test_add_func ("/chart-layout/breadth-first", test_breadth_first);
  g_test_add_func ("/chart-layout/invalid", test_invalid);
  g_test_add_func ("/chart-layout/builtin-pack", test_builtin_pack);

  status = g_test_run ();
  g_ptr_array_unref (trees);
  return status;
}
