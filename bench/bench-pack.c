/* bench-pack.c: load + validate + index of synthetic packs, against a bare
 * json-glib parse of the same file, run side by side.
 *
 *   bench-pack [--runs=N] PACK.json...
 *
 * Each measurement is a fresh process (this program, run again with
 * --child), so that each peak resident memory (from wait4) is its own:
 *   bare: json_parser_load_from_mapped_file () and nothing else;
 *   load: outreach_content_load_file () (guard, parse, walk, references,
 *         the parser's tree dropped);
 *   app:  the same, then outreach_search_new () (the index).
 * Runs alternate (bare, load, app, bare, load, app …); medians are printed as a
 * Markdown table, with the ratios app/bare. Nothing is asserted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <json-glib/json-glib.h>

#include "bench-stats.h"
#include "outreach-content.h"
#include "outreach-search.h"

extern char **environ;

static int
child (const char *mode,
       const char *path)
{
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  if (strcmp (mode, "bare") == 0)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();

      if (!json_parser_load_from_mapped_file (parser, path, &error))
        g_error ("%s", error->message);
      printf ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time () - start);
    }
  else if (strcmp (mode, "app") == 0 || strcmp (mode, "load") == 0)
    {
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(OutreachContent) content = outreach_content_load_file (path, &problems, &error);
      g_autoptr(OutreachSearch) search = NULL;

      if (content == NULL)
        g_error ("%s", error->message);
      if (strcmp (mode, "app") == 0)
        search = outreach_search_new (content);
      printf ("%" G_GINT64_FORMAT "\n", g_get_monotonic_time () - start);
    }
  else if (strcmp (mode, "idle") != 0)
    return 2;
  else
    printf ("0\n");
  return 0;
}

typedef struct
{
  double usec;
  long   peak_kib;
} Sample;

static Sample
measure (const char *self,
         const char *mode,
         const char *path)
{
  char *argv[] = { (char *) self, (char *) "--child", (char *) mode, (char *) path, NULL };
  posix_spawn_file_actions_t actions;
  int out[2];
  pid_t pid;
  int status;
  struct rusage usage;
  char buffer[64] = { 0 };
  Sample sample;

  if (pipe (out) != 0)
    g_error ("pipe: %s", g_strerror (errno));
  posix_spawn_file_actions_init (&actions);
  posix_spawn_file_actions_adddup2 (&actions, out[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose (&actions, out[0]);
  if (posix_spawn (&pid, self, &actions, NULL, argv, environ) != 0)
    g_error ("cannot run %s", self);
  posix_spawn_file_actions_destroy (&actions);
  close (out[1]);
  if (read (out[0], buffer, sizeof buffer - 1) <= 0)
    g_error ("%s %s: no result", mode, path);
  close (out[0]);
  if (wait4 (pid, &status, 0, &usage) != pid || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("%s %s failed", mode, path);

  sample.usec = g_ascii_strtod (buffer, NULL);
  sample.peak_kib = usage.ru_maxrss;
  return sample;
}

int
main (int   argc,
      char *argv[])
{
  int runs = 5;
  int first = 1;
  double idle_kib;
  g_autoptr(GArray) idle = g_array_new (FALSE, FALSE, sizeof (double));

  if (argc == 4 && strcmp (argv[1], "--child") == 0)
    return child (argv[2], argv[3]);
  if (argc > 1 && g_str_has_prefix (argv[1], "--runs="))
    {
      runs = atoi (argv[1] + strlen ("--runs="));
      first = 2;
    }
  if (first >= argc)
    {
      g_printerr ("usage: %s [--runs=N] PACK.json...\n", argv[0]);
      return 2;
    }

  /* what a process of this program costs before it reads anything */
  for (int r = 0; r < 3; r++)
    {
      double kib = measure (argv[0], "idle", argv[first]).peak_kib;
      g_array_append_val (idle, kib);
    }
  idle_kib = bench_median (idle);

  printf ("Load + validate + index vs bare json-glib parse (%d runs each, interleaved, medians;\n"
          "memory is peak resident, and net of the %.1f MiB a process starts with)\n\n",
          runs, idle_kib / 1024);
  printf ("| pack | file | bare parse | app: load+validate | app: load+validate+index | time app/bare | bare peak (net) | app peak: load | app peak: +index (net) | memory app/bare (net) | app ms per MB |\n");
  printf ("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
  for (int i = first; i < argc; i++)
    {
      g_autoptr(GArray) bare_t = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) app_t = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) load_t = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) load_m = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) bare_m = g_array_new (FALSE, FALSE, sizeof (double));
      g_autoptr(GArray) app_m = g_array_new (FALSE, FALSE, sizeof (double));
      g_autofree char *name = g_path_get_basename (argv[i]);
      struct stat st;
      double bt, at, lt, bm, am, lm, mb;

      if (stat (argv[i], &st) != 0)
        g_error ("%s: %s", argv[i], g_strerror (errno));
      mb = st.st_size / 1e6;
      for (int r = 0; r < runs; r++)
        {
          Sample b = measure (argv[0], "bare", argv[i]);
          Sample l = measure (argv[0], "load", argv[i]);
          Sample a = measure (argv[0], "app", argv[i]);
          double bk = b.peak_kib, ak = a.peak_kib, lk = l.peak_kib;

          g_array_append_val (load_t, l.usec);
          g_array_append_val (load_m, lk);
          g_array_append_val (bare_t, b.usec);
          g_array_append_val (app_t, a.usec);
          g_array_append_val (bare_m, bk);
          g_array_append_val (app_m, ak);
        }
      bt = bench_median (bare_t) / 1000;
      at = bench_median (app_t) / 1000;
      bm = bench_median (bare_m) / 1024;
      am = bench_median (app_m) / 1024;
      lt = bench_median (load_t) / 1000;
      lm = bench_median (load_m) / 1024;
      printf ("| %s | %.1f MB | %.1f ms | %.1f ms | %.1f ms | %.2f× | %.0f MiB (%.0f) | %.0f MiB | %.0f MiB (%.0f) | %.2f× (%.2f×) | %.0f |\n",
              name, mb, bt, lt, at, at / bt, bm, bm - idle_kib / 1024, lm, am, am - idle_kib / 1024,
              am / bm, (am - idle_kib / 1024) / (bm - idle_kib / 1024), at / mb);
      fflush (stdout);
    }
  return 0;
}
