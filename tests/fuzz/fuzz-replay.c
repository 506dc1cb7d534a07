/* fuzz-replay.c: runs a fuzz target over files, without libFuzzer.
 *
 * The suite uses it to replay each target's corpus (the seeds and every
 * input that once crashed) with the compiler the project is built with:
 *   fuzz-replay-content FILE-OR-FOLDER...
 * It prints TAP, one line per input.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib.h>

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static guint n_run;
static guint n_failed;

static int
compare_paths (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char * const *) a, *(char * const *) b);
}

static void
replay (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *data = NULL;
  gsize size = 0;

  if (g_file_test (path, G_FILE_TEST_IS_DIR))
    {
      g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
      g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
      const char *name;

      g_assert_no_error (error);
      while ((name = g_dir_read_name (dir)) != NULL)
        if (name[0] != '.')
          g_ptr_array_add (names, g_build_filename (path, name, NULL));
      g_ptr_array_sort (names, compare_paths);
      for (guint i = 0; i < names->len; i++)
        replay (g_ptr_array_index (names, i));
      return;
    }

  if (!g_file_get_contents (path, &data, &size, &error))
    {
      g_print ("not ok %u - %s: %s\n", ++n_run, path, error->message);
      n_failed++;
      return;
    }
  LLVMFuzzerTestOneInput ((const guint8 *) data, size);
  /* an input that fails aborts the process before this line */
  g_print ("ok %u - %s\n", ++n_run, path);
}

int
main (int   argc,
      char *argv[])
{
  g_print ("TAP version 13\n");
  for (int i = 1; i < argc; i++)
    replay (argv[i]);
  g_print ("1..%u\n", n_run);
  return n_run > 0 && n_failed == 0 ? 0 : 1;
}
