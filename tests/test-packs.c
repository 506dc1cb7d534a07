/* test-packs.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "test-packs.h"

/* A file in tests/data */
char *
test_pack_path (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

/* The built-in pack, which must load */
OutreachContent *
test_pack_builtin (void)
{
  g_autoptr(GError) error = NULL;
  OutreachContent *content = outreach_content_load_builtin (&error);

  g_assert_no_error (error);
  g_assert_nonnull (content);
  return content;
}

/* tests/data/minimal.json with the first @from in it (which must be there)
 * made @to */
GBytes *
test_pack_minimal_with (const char *from,
                        const char *to)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autofree char *text = NULL;
  g_auto(GStrv) parts = NULL;
  char *swapped;

  g_assert_true (g_file_get_contents (path, &text, NULL, NULL));
  parts = g_strsplit (text, from, 2);
  g_assert_nonnull (parts[1]);
  swapped = g_strconcat (parts[0], to, parts[1], NULL);
  return g_bytes_new_take (swapped, strlen (swapped));
}

/* The bytes of tests/data/@name */
GBytes *
test_pack_read (const char *name)
{
  g_autofree char *path = test_pack_path (name);
  char *text;
  gsize size;

  g_assert_true (g_file_get_contents (path, &text, &size, NULL));
  return g_bytes_new_take (text, size);
}
