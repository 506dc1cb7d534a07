/* bench-stats.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "bench-stats.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

double
bench_median (GArray *values)
{
  if (values->len == 0)
    return -1;
  g_array_sort (values, compare_doubles);
  return values->len % 2 ? g_array_index (values, double, values->len / 2)
                         : (g_array_index (values, double, values->len / 2 - 1) +
                            g_array_index (values, double, values->len / 2)) / 2;
}

double
bench_percentile (GArray *values,
                  guint   percent)
{
  if (values->len == 0)
    return -1;
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN (values->len - 1, (values->len * percent) / 100));
}
