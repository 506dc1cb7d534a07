/* test-hostile.c: packs written to break the app, and the limits
 *
 * One test for each kind of hostile pack issue 7 names, and one for each
 * of the content's limits (size, nesting, string length, entries), with
 * packs just past it and far past it. The large ones load in a child
 * process of their own, so that the child can check its own peak memory:
 * every refused pack must be refused before it costs more than
 * HOSTILE_PEAK_KIB (README, "Reliability"). Each must end in a clear
 * problem (file, place, what) or load and show its text as text: never a
 * crash, a hang (the suite's timeout), or a link the app would follow.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>
#include <sys/resource.h>

#include "outreach-content.h"
#include "outreach-link.h"
#include "outreach-page.h"
#include "outreach-search.h"
#include "test-packs.h"

/* far above what any of these needs, far below what parsing them would */
#define HOSTILE_PEAK_KIB (160 * 1024)

static glong
peak_kib (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

/* Loads @bytes and checks that it is refused with @code at @place (a JSON
 * path, or "LINE:COLUMN"), saying @says. */
static void
assert_refused (GBytes               *bytes,
                OutreachContentError  code,
                const char           *place,
                const char           *says)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = NULL;
  gint64 start = g_get_monotonic_time ();
  gboolean found = FALSE;

  content = outreach_content_load_bytes (bytes, "hostile.json", &problems, &error);
  g_test_message ("%zu bytes refused in %.1f ms, peak %ld KiB", g_bytes_get_size (bytes),
                  (g_get_monotonic_time () - start) / 1000.0, peak_kib ());
  g_assert_null (content);
  g_assert_nonnull (error);
  for (guint i = 0; i < problems->len && !found; i++)
    {
      const OutreachProblem *problem = g_ptr_array_index (problems, i);
      g_autofree char *text = outreach_problem_to_string (problem);
      g_autofree char *line_col = g_strdup_printf ("%u:%u", problem->line, problem->column);

      g_test_message ("%s", text);
      found = problem->code == code && strstr (problem->message, says) != NULL &&
              (place[0] == '$' ? g_strcmp0 (problem->path, place) == 0
                               : strcmp (line_col, place) == 0) &&
              g_str_has_prefix (text, "hostile.json");
    }
  g_assert_true (found);
  g_assert_cmpint (peak_kib (), <, HOSTILE_PEAK_KIB);
}

static void
run_in_child (const char *path)
{
  /* each case in its own process: its peak memory is its own */
  g_test_trap_subprocess (path, 0, G_TEST_SUBPROCESS_INHERIT_STDOUT |
                                   G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

static GBytes *
repeat (const char *open,
        const char *close,
        guint       times)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (s, open);
  for (guint i = 0; i < times; i++)
    g_string_append (s, close);
  return g_string_free_to_bytes (s);
}

static void
test_limit_file_size (void)
{
  if (g_test_subprocess ())
    {
      g_autofree char *dir = g_dir_make_tmp ("outreach-hostile-XXXXXX", NULL);
      g_autofree char *sparse = g_build_filename (dir, "sparse.json", NULL);
      g_autofree char *path = g_build_filename (dir, "huge.json", NULL);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OutreachContent) content = NULL;
      FILE *file = g_fopen (sparse, "w");
      glong peak_before;
      char chunk[4096];

      /* just past the limit, a sparse file: the size alone must refuse it,
       * before anything is read */
      g_assert_nonnull (file);
      g_assert_cmpint (fseek (file, OUTREACH_CONTENT_MAX_FILE_SIZE + 1, SEEK_SET), ==, 0);
      fputc ('\n', file);
      fclose (file);

      content = outreach_content_load_file (sparse, NULL, &error);
      g_assert_null (content);
      g_assert_error (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_TOO_LARGE);
      g_assert_nonnull (strstr (error->message, sparse));
      /* the two sizes read differently, though they round alike in MiB */
      g_test_message ("%s", error->message);
      g_assert_nonnull (strstr (error->message, "67,108,866 bytes") ?
                        strstr (error->message, "67,108,866 bytes") :
                        strstr (error->message, "67108866 bytes"));
      g_clear_error (&error);

      /* 100 MB of real JSON: a list of numbers, written a chunk at a time */
      file = g_fopen (path, "w");
      memset (chunk, ' ', sizeof chunk);
      for (gsize i = 0; i + 2 < sizeof chunk; i += 2)
        chunk[i] = '1', chunk[i + 1] = ',';
      fputc ('[', file);
      for (int i = 0; i < 100 * 1024 * 1024 / (int) sizeof chunk; i++)
        fwrite (chunk, 1, sizeof chunk, file);
      fputs ("1]", file);
      fclose (file);

      peak_before = peak_kib ();
      content = outreach_content_load_file (path, &problems, &error);
      g_assert_null (content);
      g_assert_error (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_TOO_LARGE);
      g_test_message ("%s (peak %ld KiB, %ld before)", error->message, peak_kib (), peak_before);
      g_assert_nonnull (strstr (error->message, "huge.json: the file is 100.0"));
      /* refused from its size: never read into memory (the peak grows by far
       * less than the file; the peak itself is valgrind's under valgrind) */
      g_assert_cmpint (peak_kib () - peak_before, <, 16 * 1024);
      g_unlink (sparse);
      g_unlink (path);
      g_rmdir (dir);
      return;
    }
  run_in_child (NULL);
}

static void
test_limit_nesting (void)
{
  if (g_test_subprocess ())
    {
      /* 100,000 levels crash json-glib 1.6 itself: the guard must refuse them first */
      static const char *shapes[][2] = { { "[", "]" }, { "{\"a\":", "}" } };
      GString *json = g_string_new (NULL);
      g_autoptr(GBytes) bytes = NULL;

      /* closed, of one kind: refused where the level past the limit opens */
      for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
        {
          g_autoptr(GBytes) deep = repeat (shapes[i][0], shapes[i][1], 100000);
          g_autoptr(GPtrArray) problems = NULL;
          g_autoptr(GError) error = NULL;
          g_autoptr(OutreachContent) content = outreach_content_load_bytes (deep, "deep.json",
                                                                             &problems, &error);
          OutreachProblem *problem;

          g_assert_null (content);
          g_assert_error (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_TOO_DEEP);
          problem = g_ptr_array_index (problems, 0);
          g_assert_cmpuint (problem->line, ==, 1);
          g_assert_cmpuint (problem->column, ==,
                            OUTREACH_CONTENT_MAX_DEPTH * g_utf8_strlen (shapes[i][0], -1) + 1);
        }

      /* never closed, the two kinds in turn */
      for (int i = 0; i < 100000; i++)
        g_string_append (json, i % 2 ? "[" : "{\"a\":");
      bytes = g_string_free_to_bytes (json);
      assert_refused (bytes, OUTREACH_CONTENT_ERROR_TOO_DEEP,
                      "1:193", "nesting is deeper than 64 levels");
      return;
    }
  run_in_child (NULL);
}

static void
test_duplicate_key_path (void)
{
  /* a field given twice, under a field whose name is not plain: the place
   * is said in the bracket form, and does not read as another path */
  g_autoptr(GBytes) bytes = g_bytes_new_static ("{\"a.b[0]\": {\"x\": 1, \"x\": 2}}", 28);
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_bytes (bytes, "twice.json",
                                                                     NULL, &error);

  g_assert_null (content);
  g_assert_error (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_SYNTAX);
  g_assert_nonnull (strstr (error->message, "“x” is given twice in $['a.b[0]']"));
}

static void
test_limit_string_length (void)
{
  if (g_test_subprocess ())
    {
      GString *json = g_string_new ("{\"schema\": 1, \"organisation\": {\"name\": \"");
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OutreachContent) content = NULL;

      /* just past the limit */
      for (guint i = 0; i < OUTREACH_CONTENT_MAX_STRING + 10; i++)
        g_string_append_c (json, 'x');
      g_string_append (json, "\"}}");
      bytes = g_string_free_to_bytes (json);
      content = outreach_content_load_bytes (bytes, "long.json", NULL, &error);
      g_assert_null (content);
      g_assert_error (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_TOO_LARGE);
      g_assert_true (g_str_has_prefix (error->message, "long.json:1:40: "));
      g_clear_pointer (&bytes, g_bytes_unref);

      /* 10 MB */
      json = g_string_new ("{\n  \"schema\": 1,\n  \"organisation\": {\"name\": \"");
      for (int i = 0; i < 10 * 1024 * 1024; i++)
        g_string_append_c (json, 'a' + i % 26);
      g_string_append (json, "\"}}");
      bytes = g_string_free_to_bytes (json);
      assert_refused (bytes, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                      "3:28", "a string is longer than 64.0");
      return;
    }
  run_in_child (NULL);
}

static void
test_limit_entries (void)
{
  if (g_test_subprocess ())
    {
      GString *json = g_string_new ("{\"schema\": 1, \"units\": [");
      g_autoptr(GBytes) bytes = NULL;

      for (int i = 0; i < 1000000; i++)
        g_string_append (json, i ? ",{}" : "{}");
      g_string_append (json, "]}");
      /* refused at the 200,001st, before json-glib builds a node for any */
      bytes = g_string_free_to_bytes (json);
      assert_refused (bytes, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                      "1:600024", "a list or object has more than 200000 entries");
      return;
    }
  run_in_child (NULL);
}

static void
test_limit_values (void)
{
  if (g_test_subprocess ())
    {
      /* 165 lists of 199,990 zeros (66 MB) took json-glib 21 s and 2.6 GiB;
       * a tenth of that shows the same: the scan stops at the millionth value,
       * before json-glib builds a node for any */
      GString *json = g_string_new ("[");
      g_autoptr(GBytes) bytes = NULL;

      for (int list = 0; list < 17; list++)
        {
          g_string_append (json, list ? ",[" : "[");
          for (int i = 0; i < 199990; i++)
            g_string_append (json, i ? ",0" : "0");
          g_string_append_c (json, ']');
        }
      g_string_append (json, "]");
      bytes = g_string_free_to_bytes (json);
      assert_refused (bytes, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                      "1:1999999", "the document holds more than 1000000 values");
      return;
    }
  run_in_child (NULL);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(GBytes) in_key = g_bytes_new_static ("{\"sch\xc3\x28ma\": 1}", 15);
  g_autoptr(GBytes) in_value = g_bytes_new_static ("{\"schema\": 1,\n \"x\": \"caf\xe9\"}", 28);

  assert_refused (in_key, OUTREACH_CONTENT_ERROR_ENCODING, "1:6", "is not valid UTF-8 text");
  assert_refused (in_value, OUTREACH_CONTENT_ERROR_ENCODING, "2:11", "is not valid UTF-8 text");
}

static void
test_nul_bytes (void)
{
  g_autoptr(GBytes) raw = g_bytes_new_static ("{\"schema\": 1, \"x\": \"a\0b\"}", 25);
  g_autoptr(GBytes) escaped = test_pack_minimal_with ("\"Example Regional Unit\"",
                                            "\"Example\\u0000Unit\"");

  assert_refused (raw, OUTREACH_CONTENT_ERROR_ENCODING, "1:22", "contains a NUL byte");
  assert_refused (escaped, OUTREACH_CONTENT_ERROR_ENCODING, "4:21",
                  "a string contains a NUL character");
}

static void
test_unsafe_links (void)
{
  static const char *urls[] = {
    "javascript:alert(1)", "file:///etc/passwd", "data:text/html,<script>alert(1)</script>",
    "http://example.org/", "HTTPS://example.org/x\\u0000", "https:evil", "//example.org/",
    "ftp://example.org/", "mailto:hr@example.org", "https://",
  };

  for (guint i = 0; i < G_N_ELEMENTS (urls); i++)
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", urls[i]);
      g_autoptr(GBytes) bytes = test_pack_minimal_with ("\"https://example.org/\"", quoted);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OutreachContent) content = outreach_content_load_bytes (bytes, "hostile.json",
                                                                       &problems, &error);

      g_test_message ("%s → %s", urls[i], error ? error->message : "loaded");
      g_assert_null (content);
      g_assert_nonnull (error);
      g_assert_true (g_error_matches (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_UNSAFE_LINK) ||
                     g_error_matches (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_ENCODING));
    }
}

static void
test_header_injection (void)
{
  static const char *addresses[] = {
    "a@b?bcc=c@d", "hr@example.org\\nBcc: x@example.org", "hr@example.org\\r\\nCc: x@y",
    "Someone <hr@example.org>", "hr@example.org,x@example.org", "hr@example.org&cc=x@y",
    "mailto:hr@example.org", "%0Ahr@example.org", "hr @example.org", "@example.org", "hr@",
  };

  for (guint i = 0; i < G_N_ELEMENTS (addresses); i++)
    {
      g_autofree char *quoted = g_strdup_printf ("\"%s\"", addresses[i]);
      g_autoptr(GBytes) bytes = test_pack_minimal_with ("\"hr@example.org\"", quoted);
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(OutreachContent) content = outreach_content_load_bytes (bytes, "hostile.json",
                                                                       &problems, &error);
      gboolean at_address = FALSE;

      g_assert_null (content);
      for (guint p = 0; p < problems->len; p++)
        {
          const OutreachProblem *problem = g_ptr_array_index (problems, p);

          at_address |= g_strcmp0 (problem->path, "$.contacts[0].address") == 0;
        }
      g_test_message ("%s → %s", addresses[i], error->message);
      g_assert_true (at_address);
    }
}

static void
test_markup_and_control_characters (void)
{
  g_autoptr(GBytes) markup = test_pack_minimal_with ("\"Example Regional Unit\"",
                                           "\"<span foreground='red' size='999999'>Big</span> &amp; <b>bold\"");
  g_autoptr(GBytes) control = test_pack_minimal_with ("\"Example Regional Unit\"", "\"Bell\\u0007Unit\"");
  g_autoptr(GBytes) bidi = test_pack_minimal_with ("\"Example Regional Unit\"", "\"Unit\\u202eevil\"");
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(OutreachSearch) search = NULL;
  g_autoptr(GListModel) results = NULL;

  /* markup is text: kept exactly, and found by search as text */
  content = outreach_content_load_bytes (markup, "hostile.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (outreach_content_get_name (content), ==,
                   "<span foreground='red' size='999999'>Big</span> &amp; <b>bold");
  search = outreach_search_new (content);
  results = outreach_search_query (search, "<b>", 10);
  g_assert_cmpuint (g_list_model_get_n_items (results), <=, 10);

  assert_refused (control, OUTREACH_CONTENT_ERROR_INVALID, "$.organisation.name",
                  "contains a control character");
  /* a right-to-left override is a format character, not a control one: shown as text */
  g_clear_object (&content);
  content = outreach_content_load_bytes (bidi, "hostile.json", NULL, &error);
  g_assert_no_error (error);
}

static void
test_cycles_and_collisions (void)
{
  /* units nest by containment, so the tree cannot loop; what refers by id
   * must find the right kind of thing, once */
  static const struct { const char *from, *to, *place, *says; OutreachContentError code; } cases[] = {
    /* a person whose team is a person */
    { "\"team\": \"pursue\"", "\"team\": \"alex\"", "$.profiles[0].team",
      "no unit or team has the id", OUTREACH_CONTENT_ERROR_UNRESOLVED },
    /* a unit with the id of the home page, and one with a page's */
    { "\"id\": \"exru\"", "\"id\": \"home\"", "$.pages[0].id", "duplicate id “home”",
      OUTREACH_CONTENT_ERROR_DUPLICATE_ID },
    { "\"id\": \"cyber\"", "\"id\": \"join-us\"", "$.pages[2].id",
      "duplicate id “join-us”", OUTREACH_CONTENT_ERROR_DUPLICATE_ID },
    /* a profile with its own team's id */
    { "\"id\": \"alex\"", "\"id\": \"pursue\"", "$.profiles[0].id", "duplicate id “pursue”",
      OUTREACH_CONTENT_ERROR_DUPLICATE_ID },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = test_pack_minimal_with (cases[i].from, cases[i].to);

      assert_refused (bytes, cases[i].code, cases[i].place, cases[i].says);
    }
}

static void
test_sidebar_twice (void)
{
  g_autoptr(GBytes) bytes = test_pack_minimal_with ("\"home\",\n    \"exru\",",
                                          "\"home\",\n    \"exru\",\n    \"exru\",\n    \"home\",");
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OutreachContent) content = outreach_content_load_bytes (bytes, "hostile.json",
                                                                   &problems, &error);

  /* the same page twice in the sidebar is refused: a node has one place */
  g_assert_null (content);
  g_test_message ("%s", error->message);
  g_assert_error (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_DUPLICATE_ID);
  g_assert_cmpstr (error->message, ==, "hostile.json: $.sidebar[2]: “exru” is listed twice (first at [1])");
  g_assert_cmpuint (problems->len, ==, 2);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/hostile/limits/file-size", test_limit_file_size);
  g_test_add_func ("/hostile/limits/nesting", test_limit_nesting);
  g_test_add_func ("/hostile/duplicate-key-path", test_duplicate_key_path);
  g_test_add_func ("/hostile/limits/string-length", test_limit_string_length);
  g_test_add_func ("/hostile/limits/entries", test_limit_entries);
  g_test_add_func ("/hostile/limits/values", test_limit_values);
  g_test_add_func ("/hostile/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/hostile/nul-bytes", test_nul_bytes);
  g_test_add_func ("/hostile/unsafe-links", test_unsafe_links);
  g_test_add_func ("/hostile/header-injection", test_header_injection);
  g_test_add_func ("/hostile/markup-and-control-characters", test_markup_and_control_characters);
  g_test_add_func ("/hostile/cycles-and-collisions", test_cycles_and_collisions);
  g_test_add_func ("/hostile/sidebar-twice", test_sidebar_twice);

  return g_test_run ();
}
