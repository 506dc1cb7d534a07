/* bench-stats.h: medians and percentiles for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

/* Both sort @values (doubles) in place. */
double bench_median     (GArray *values);
double bench_percentile (GArray *values,
                         guint   percent);
