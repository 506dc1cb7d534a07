/* bench-chart-layout.c: how long the organisation chart's layout takes
 *
 *   bench-chart-layout [--runs=N] [NODES…]     (default: 1000 10000 100000)
 *
 * Trees shaped like the benchmark packs (bench/make-pack.py): filled level
 * by level, 3 to 12 children each, down to the eighth level; each name 2 to
 * 5 words long, so boxes of very different widths. Fixed seeds: every run
 * lays out the same trees. One line a size: the median time of N runs
 * (after one to warm up) top-down, and of choosing the orientation (which
 * lays out both ways). It reports; it asserts only that the layout works.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "outreach-chart-layout.h"

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
median (double *values,
        guint   n)
{
  qsort (values, n, sizeof (double), compare_doubles);
  return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

/* Breadth first, as make-pack.py fills its packs; then renumbered in
 * pre-order, as a walk of a pack's units meets them */
static void
make_tree (guint              n,
           int               *parent,
           OutreachChartBox  *boxes)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (n);
  g_autofree int *bfs_parent = g_new (int, n);
  g_autofree guint *depth = g_new0 (guint, n);
  g_autofree int *first = g_new (int, n), *next = g_new (int, n), *last = g_new (int, n);
  g_autofree int *number = g_new (int, n), *stack = g_new (int, n);
  guint made = 1, frontier = 0, top = 0, numbered = 0;

  for (guint i = 0; i < n; i++)
    first[i] = next[i] = last[i] = -1;
  bfs_parent[0] = -1;
  while (made < n)
    {
      guint p = frontier++, count = g_rand_int_range (rand, 3, 13);

      if (depth[p] + 1 >= 8)
        {
          frontier = 0;   /* the eighth level is full: start again at the root */
          continue;
        }
      for (guint k = 0; k < count && made < n; k++, made++)
        {
          bfs_parent[made] = p;
          depth[made] = depth[p] + 1;
          if (last[p] < 0)
            first[p] = made;
          else
            next[last[p]] = made;
          last[p] = made;
        }
    }

  stack[top++] = 0;
  while (top > 0)
    {
      int v = stack[--top];
      guint from = top, words = g_rand_int_range (rand, 2, 6), length = words - 1;

      for (guint w = 0; w < words; w++)
        length += g_rand_int_range (rand, 3, 12);
      number[v] = numbered++;
      parent[number[v]] = bfs_parent[v] < 0 ? -1 : number[bfs_parent[v]];
      /* a label at about 7 pixels a character, wrapped at 32, with padding */
      boxes[number[v]] = (OutreachChartBox) { 0, 0, 7.0 * MIN (length, 32) + 16,
                                              20.0 * ((length + 31) / 32) + 12 };
      for (int c = first[v]; c >= 0; c = next[c])
        stack[top++] = c;
      for (guint a = from, b = top; a + 1 < b; a++, b--)
        {
          int swap = stack[a];

          stack[a] = stack[b - 1];
          stack[b - 1] = swap;
        }
    }
  g_assert_cmpuint (numbered, ==, n);
}

int
main (int   argc,
      char *argv[])
{
  static const guint defaults[] = { 1000, 10000, 100000 };
  g_autoptr(GArray) sizes = g_array_new (FALSE, FALSE, sizeof (guint));
  guint runs = 21;

  setlocale (LC_ALL, "");
  for (int i = 1; i < argc; i++)
    {
      if (g_str_has_prefix (argv[i], "--runs="))
        runs = MAX (1, atoi (argv[i] + 7));
      else
        {
          guint n = atoi (argv[i]);

          if (n == 0)
            {
              fprintf (stderr, "usage: %s [--runs=N] [NODES…]\n", argv[0]);
              return 2;
            }
          g_array_append_val (sizes, n);
        }
    }
  if (sizes->len == 0)
    g_array_append_vals (sizes, defaults, G_N_ELEMENTS (defaults));

  for (guint s = 0; s < sizes->len; s++)
    {
      guint n = g_array_index (sizes, guint, s);
      g_autofree int *parent = g_new (int, n);
      g_autofree OutreachChartBox *boxes = g_new (OutreachChartBox, n);
      g_autofree double *down = g_new (double, runs), *best = g_new (double, runs);
      OutreachChartOrientation orientation = OUTREACH_CHART_TOP_DOWN;
      double width = 0, height = 0, down_ms, best_ms;

      make_tree (n, parent, boxes);
      for (guint r = 0; r <= runs; r++)
        {
          double start = now_ms ();

          g_assert_true (outreach_chart_layout (n, parent, boxes, 12, 40, OUTREACH_CHART_TOP_DOWN,
                                                &width, &height));
          if (r > 0)
            down[r - 1] = now_ms () - start;
        }
      for (guint r = 0; r <= runs; r++)
        {
          double start = now_ms ();

          g_assert_true (outreach_chart_layout_best_orientation (n, parent, boxes, 12, 40,
                                                                 1280, 800, &orientation,
                                                                 NULL, NULL));
          if (r > 0)
            best[r - 1] = now_ms () - start;
        }
      down_ms = median (down, runs);
      best_ms = median (best, runs);
      printf ("chart layout, %u nodes: %.3f ms top-down (%.0f ns a node; drawing %.0f × %.0f), "
              "%.3f ms choosing the orientation for 1280 × 800 (%s); medians of %u runs\n",
              n, down_ms, down_ms * 1e6 / n, width, height, best_ms,
              orientation == OUTREACH_CHART_TOP_DOWN ? "top-down" : "left-right", runs);
    }
  return 0;
}
