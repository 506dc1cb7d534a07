/* outreach-content-loader.c: reading a content pack into the model
 *
 * The bytes are checked for size and shape (outreach-json-guard.c) before
 * json-glib parses them. One walk over the parsed tree then builds the
 * model and collects every problem it finds, each with its JSON path
 * (outreach-content-schema.c), and a second pass resolves references by id
 * (outreach-content-resolve.c). The parser's node tree is dropped as soon
 * as that is done. A file is only ever mapped read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>


#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "outreach-content-loader-private.h"
#include "outreach-content-resources.h"
#include "outreach-file.h"
#include "outreach-json-guard.h"
#include "outreach-text.h"

#define BUILTIN_RESOURCE "/uk/police/serocu/Outreach/content/serocu.json"

/* Turns json-glib's "<data>:LINE:COL: Parse error: …" into a problem. */
static void
syntax_problem (GPtrArray    *problems,
                const char   *file,
                const GError *error)
{
  const char *message = error->message;
  const char *rest;
  guint line = 0, column = 0;

  if (g_str_has_prefix (message, "<data>:"))
    message += strlen ("<data>:");
  if (sscanf (message, "%u:%u:", &line, &column) == 2 && (rest = strstr (message, ": ")) != NULL)
    message = rest + 2;
  if (g_str_has_prefix (message, "Parse error: "))
    message += strlen ("Parse error: ");

  /* json-glib's words can carry the input's raw bytes and line breaks */
  _outreach_problem_list_add (problems, OUTREACH_CONTENT_ERROR_SYNTAX, file,
                              MAX (line, 1), MAX (column, 1), NULL,
                              outreach_text_excerpt (message, -1, 2 * OUTREACH_TEXT_EXCERPT_CHARS));
}

static char *
too_large_message (guint64 size)
{
  g_autofree char *actual = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *limit = g_format_size_full (OUTREACH_CONTENT_MAX_FILE_SIZE,
                                               G_FORMAT_SIZE_IEC_UNITS);

  /* just past the limit, the two read alike ("64.0 MiB"): then in bytes */
  if (g_str_equal (actual, limit))
    {
      g_free (actual);
      g_free (limit);
      actual = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
      limit = g_format_size_full (OUTREACH_CONTENT_MAX_FILE_SIZE,
                                  G_FORMAT_SIZE_IEC_UNITS | G_FORMAT_SIZE_LONG_FORMAT);
    }

  /* Translators: sizes such as "70.0 MiB" */
  return g_strdup_printf (_("the file is %s; a content pack may be at most %s"), actual, limit);
}

/* Hands @problems to @problems_out. Returns @content if there are none;
 * else drops it and sets @error from the first. */
static OutreachContent *
finish (GPtrArray        *problems,
        OutreachContent  *content,
        GPtrArray       **problems_out,
        GError          **error)
{
  if (problems->len > 0)
    {
      OutreachProblem *first = g_ptr_array_index (problems, 0);
      g_autofree char *text = outreach_problem_to_string (first);

      g_set_error_literal (error, OUTREACH_CONTENT_ERROR, first->code, text);
      g_clear_object (&content);
    }

  if (problems_out != NULL)
    *problems_out = g_ptr_array_ref (problems);
  g_ptr_array_unref (problems);

  return content;
}

/**
 * outreach_content_load_bytes:
 * @bytes: the pack's JSON
 * @display_name: the name to give the pack in messages, such as its path
 * @problems: (out) (optional) (transfer container): every problem found, as
 *   #OutreachProblem, empty when the pack is good
 * @error: the first problem, as an #OUTREACH_CONTENT_ERROR
 *
 * Returns: (transfer full) (nullable): the content, or %NULL if anything is wrong
 */
OutreachContent *
outreach_content_load_bytes (GBytes      *bytes,
                             const char  *display_name,
                             GPtrArray  **problems_out,
                             GError     **error)
{
  GPtrArray *problems = _outreach_problem_list_new ();
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  OutreachGuardFailure failure;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  OutreachWalk walk = { .languages = g_get_language_names () };
  static const OutreachGuardLimits guard_limits = {
    OUTREACH_CONTENT_MAX_DEPTH, OUTREACH_CONTENT_MAX_STRING, OUTREACH_CONTENT_MAX_ITEMS,
    OUTREACH_CONTENT_MAX_VALUES, OUTREACH_CONTENT_MAX_FIELDS,
  };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (size > OUTREACH_CONTENT_MAX_FILE_SIZE)
    {
      _outreach_problem_list_add (problems, OUTREACH_CONTENT_ERROR_TOO_LARGE, display_name, 0, 0,
                                  NULL, too_large_message (size));
      return finish (problems, NULL, problems_out, error);
    }

  /* a byte-order mark, as Windows editors write: not part of the document */
  if (size >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      size -= 3;
    }

  if (!outreach_json_guard_check (data ? data : "", size, &guard_limits, &failure))
    {
      _outreach_problem_list_add (problems, failure.code, display_name, failure.line,
                                  failure.column, NULL, failure.message);
      return finish (problems, NULL, problems_out, error);
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      syntax_problem (problems, display_name, parse_error);
      return finish (problems, NULL, problems_out, error);
    }

  content = g_object_new (OUTREACH_TYPE_CONTENT, NULL);
  content->source = g_strdup (display_name);

  walk.content = content;
  walk.file = display_name;
  walk.problems = problems;
  walk.path = g_string_new ("$");
  walk.id_paths = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  walk.contact_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  walk.link_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  walk.template_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  walk.route_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  walk.tour_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  walk.pending = g_ptr_array_new_with_free_func ((GDestroyNotify) _outreach_ref_free);

  _outreach_walk_root (&walk, json_parser_get_root (parser));

  g_string_free (walk.path, TRUE);
  g_hash_table_unref (walk.id_paths);
  g_hash_table_unref (walk.contact_ids);
  g_hash_table_unref (walk.link_ids);
  g_hash_table_unref (walk.template_ids);
  g_hash_table_unref (walk.route_ids);
  g_hash_table_unref (walk.tour_ids);
  g_ptr_array_unref (walk.pending);
  if (walk.problems_left_out > 0)
    _outreach_problem_list_add (problems, OUTREACH_CONTENT_ERROR_INVALID, display_name, 0, 0, NULL,
                                g_strdup_printf (ngettext ("… and %u more problem",
                                                           "… and %u more problems",
                                                           walk.problems_left_out),
                                                 walk.problems_left_out));

  /* the node tree is no longer needed once the model is built */
  g_clear_object (&parser);

  return finish (problems, g_steal_pointer (&content), problems_out, error);
}

/**
 * outreach_content_load_file:
 *
 * Like outreach_content_load_bytes(), for a file. The file is mapped
 * read-only and never written to.
 */
OutreachContent *
outreach_content_load_file (const char  *filename,
                            GPtrArray  **problems_out,
                            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *display_name = NULL;
  guint64 size = 0;

  g_return_val_if_fail (filename != NULL, NULL);

  display_name = outreach_file_display_name (filename);
  bytes = outreach_file_read_bounded (filename, OUTREACH_CONTENT_MAX_FILE_SIZE, &size, &local_error);
  if (bytes == NULL)
    {
      GPtrArray *problems = _outreach_problem_list_new ();

      if (size > OUTREACH_CONTENT_MAX_FILE_SIZE)
        _outreach_problem_list_add (problems, OUTREACH_CONTENT_ERROR_TOO_LARGE, display_name, 0, 0,
                                    NULL, too_large_message (size));
      else
        _outreach_problem_list_add (problems, OUTREACH_CONTENT_ERROR_IO, display_name, 0, 0, NULL,
                                    g_strdup (local_error->message));
      return finish (problems, NULL, problems_out, error);
    }

  return outreach_content_load_bytes (bytes, display_name, problems_out, error);
}

/**
 * outreach_content_get_builtin_bytes:
 *
 * Returns: (transfer full): the built-in pack's JSON, compiled into the program
 */
GBytes *
outreach_content_get_builtin_bytes (void)
{
  /* looked up in our own resource, which also keeps it from being dropped
   * by the linker from the static library */
  return g_resource_lookup_data (outreach_content_get_resource (), BUILTIN_RESOURCE,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

OutreachContent *
outreach_content_load_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = outreach_content_get_builtin_bytes ();

  if (bytes == NULL)
    {
      g_set_error_literal (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_IO,
                           "the built-in content is missing from this build");
      return NULL;
    }
  return outreach_content_load_bytes (bytes, _("built-in content"), NULL, error);
}
