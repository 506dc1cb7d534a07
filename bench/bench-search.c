/* bench-search.c: search latency per keystroke
 *
 *   bench-search [PACK.json]      (the built-in pack without one)
 *
 * Twenty realistic queries are typed a character at a time; each keystroke
 * runs the query the window runs (the best 50, with their snippets). The
 * index is built first, as the window builds it before the first search.
 * Prints the median and 99th percentile of all keystrokes. Nothing is
 * asserted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>

#include "bench-stats.h"
#include "outreach-content.h"
#include "outreach-search.h"

#define ROUNDS 5

static const char *queries[] = {
  "cyber crime", "fraud team", "asset recovery", "intelligence officer", "undercover",
  "digital forensics", "county lines", "prison intelligence", "economic crime", "rart",
  "charlotte", "surveillance", "dark web", "investigator", "recruitment", "diversity",
  "attachment", "money laundering", "regional cash", "covert operations",
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(OutreachContent) content = argc > 1
    ? outreach_content_load_file (argv[1], &problems, &error)
    : outreach_content_load_builtin (&error);
  g_autoptr(OutreachSearch) search = NULL;
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  g_autofree char *name = argc > 1 ? g_path_get_basename (argv[1]) : g_strdup ("built-in pack");
  gint64 start;
  double index_ms, p50, p99, worst;
  guint results = 0;

  if (content == NULL)
    g_error ("%s", error->message);
  start = g_get_monotonic_time ();
  search = outreach_search_new (content);
  index_ms = (g_get_monotonic_time () - start) / 1000.0;

  for (int round = 0; round < ROUNDS; round++)
    for (guint q = 0; q < G_N_ELEMENTS (queries); q++)
      for (gsize len = 1; len <= strlen (queries[q]); len++)
        {
          g_autofree char *typed = g_strndup (queries[q], len);
          g_autoptr(GListModel) found = NULL;
          double ms;

          start = g_get_monotonic_time ();
          found = outreach_search_query (search, typed, 50);
          ms = (g_get_monotonic_time () - start) / 1000.0;
          g_array_append_val (times, ms);
          if (g_getenv ("BENCH_SLOW_MS") && ms > g_ascii_strtod (g_getenv ("BENCH_SLOW_MS"), NULL))
            g_printerr ("slow: “%s” %.2f ms, %u results\n", typed, ms,
                        g_list_model_get_n_items (found));
          results += g_list_model_get_n_items (found);
        }

  p50 = bench_percentile (times, 50);
  p99 = bench_percentile (times, 99);
  worst = bench_percentile (times, 100);
  printf ("| %s | %u units | index %.1f ms | %u keystrokes | p50 %.3f ms | p99 %.3f ms | max %.3f ms | %.1f results per keystroke |\n",
          name, outreach_content_get_n_units (content), index_ms, times->len, p50, p99, worst,
          (double) results / times->len);
  return 0;
}
