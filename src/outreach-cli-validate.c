/* outreach-cli-validate.c
 *
 * --validate: a pack's problems, each with its file, place and what is
 * wrong, as text for a person or (--format=json) as JSON lines for editors
 * and CI scripts; a good pack's summary. The pack is --validate's own file,
 * else the one the window would show (outreach-cli.c chooses).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "outreach-cli-private.h"
#include "outreach-content.h"
#include "outreach-settings.h"

/* A problem's kind, as --format=json names it: stable words for scripts */
static const char *
problem_code_name (OutreachContentError code)
{
  switch (code)
    {
    case OUTREACH_CONTENT_ERROR_IO:
      return "io";
    case OUTREACH_CONTENT_ERROR_TOO_LARGE:
      return "too-large";
    case OUTREACH_CONTENT_ERROR_TOO_DEEP:
      return "too-deep";
    case OUTREACH_CONTENT_ERROR_ENCODING:
      return "encoding";
    case OUTREACH_CONTENT_ERROR_SYNTAX:
      return "syntax";
    case OUTREACH_CONTENT_ERROR_SCHEMA_VERSION:
      return "schema-version";
    case OUTREACH_CONTENT_ERROR_INVALID:
      return "invalid";
    case OUTREACH_CONTENT_ERROR_DUPLICATE_ID:
      return "duplicate-id";
    case OUTREACH_CONTENT_ERROR_UNRESOLVED:
      return "unresolved";
    case OUTREACH_CONTENT_ERROR_UNSAFE_LINK:
      return "unsafe-link";
    case OUTREACH_CONTENT_ERROR_BAD_ADDRESS:
      return "bad-address";
    }
  return "invalid";
}

/* One problem as one line of JSON: file (the name as a person reads it,
 * valid UTF-8 on one line), file_percent_encoded (@raw_file, the name's
 * bytes exactly, percent-encoded, so a script can open the file whatever
 * bytes its name has; null for the built-in pack), line and column (null
 * when the problem has no place in the text), path (null when it is in no
 * field), message and code. Built by json-glib, so any text in it is
 * escaped; the caller writes it as UTF-8, whatever the locale. */
static char *
problem_to_json_line (const OutreachProblem *problem,
                      const char            *raw_file)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "file");
  json_builder_add_string_value (builder, problem->file);
  json_builder_set_member_name (builder, "file_percent_encoded");
  if (raw_file != NULL)
    {
      /* RFC 3986: every byte but letters, digits, "-", ".", "_", "~" and "/"
       * as %XX, which any language's URL decoder turns back into bytes */
      g_autofree char *escaped = g_uri_escape_bytes ((const guint8 *) raw_file,
                                                     strlen (raw_file), "/");

      json_builder_add_string_value (builder, escaped);
    }
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "line");
  if (problem->line > 0)
    json_builder_add_int_value (builder, problem->line);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "column");
  if (problem->line > 0)
    json_builder_add_int_value (builder, problem->column);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "path");
  if (problem->path != NULL)
    json_builder_add_string_value (builder, problem->path);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "message");
  json_builder_add_string_value (builder, problem->message);
  json_builder_set_member_name (builder, "code");
  json_builder_add_string_value (builder, problem_code_name (problem->code));
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  /* not pretty: one problem, one line */
  json_generator_set_pretty (generator, FALSE);
  return json_generator_to_data (generator, NULL);
}

/* The report of --validate on @filename, or on the built-in pack for %NULL,
 * in @out, as text or (@json) JSON lines, which say nothing of a good pack;
 * returns the exit status: 0 for a good pack, 1 otherwise. The pack is the
 * caller's choice (see choose_pack()). */
static int
validate (const char *filename,
          gboolean    json,
          GString    *out)
{
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GBytes) builtin = NULL;
  g_autofree char *units = NULL, *profiles = NULL, *contacts = NULL;
  guint n_units, n_profiles, n_contacts;

  if (filename != NULL)
    content = outreach_content_load_file (filename, &problems, NULL);
  else
    {
      builtin = outreach_content_get_builtin_bytes ();
      content = outreach_content_load_bytes (builtin, _("built-in content"), &problems, NULL);
    }

  if (content == NULL)
    {
      for (guint i = 0; i < problems->len; i++)
        {
          OutreachProblem *problem = g_ptr_array_index (problems, i);
          g_autofree char *line = json ? problem_to_json_line (problem, filename)
                                       : outreach_problem_to_string (problem);
          g_string_append_printf (out, "%s\n", line);
        }
      return 1;
    }

  if (json)
    return 0;

  n_units = outreach_content_get_n_units (content);
  n_profiles = g_list_model_get_n_items (outreach_content_get_profiles (content));
  n_contacts = g_list_model_get_n_items (outreach_content_get_contacts (content));
  units = g_strdup_printf (ngettext ("%u unit", "%u units", n_units), n_units);
  profiles = g_strdup_printf (ngettext ("%u profile", "%u profiles", n_profiles), n_profiles);
  contacts = g_strdup_printf (ngettext ("%u contact", "%u contacts", n_contacts), n_contacts);
  /* Translators: the summary --validate prints for a good pack: the file,
   * then counts of units, profiles and contacts */
  g_string_append_printf (out, _("%s: valid: %s, %s, %s"),
                          outreach_content_get_source (content), units, profiles, contacts);
  g_string_append_c (out, '\n');
  return 0;
}

/* --validate when the content-file setting names no file it can read: the
 * problem in @out as --validate reports a pack's, its file the setting's
 * text (a script sees a line, never the silence of a good pack); returns
 * the exit status, 1 */
static int
report_setting_problem (const GError *error,
                        gboolean      json,
                        GString      *out)
{
  g_autoptr(GSettings) settings = outreach_settings_new_if_installed (APP_ID, "content-file");
  g_autofree char *value = settings ? g_settings_get_string (settings, "content-file") : NULL;
  g_autofree char *display = g_filename_display_name (value ? value : "");
  OutreachProblem problem = { OUTREACH_CONTENT_ERROR_IO, display, 0, 0, NULL, error->message };

  if (json)
    {
      g_autofree char *line = problem_to_json_line (&problem, value ? value : "");

      g_string_append_printf (out, "%s\n", line);
    }
  else
    g_string_append_printf (out, "%s\n", error->message);
  return 1;
}

/**
 * _outreach_cli_run_validate:
 * @validate_file: (nullable): the file --validate named, or %NULL for the
 *   pack the window would show
 *
 * Returns: the exit status: 0 for a good pack, 1 otherwise
 */
int
_outreach_cli_run_validate (GVariantDict *options,
                            const char   *validate_file)
{
  g_autoptr(GString) out = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *content_file = NULL;
  const char *format = NULL;
  gboolean json, configured;
  int status;

  json = g_variant_dict_lookup (options, "format", "&s", &format) &&
         g_str_equal (format, "json");
  if (validate_file != NULL)
    status = validate (validate_file, json, out);
  else if (_outreach_cli_choose_pack (options, &content_file, &configured, &error))
    {
      /* the setting empty, or a value of the wrong type, which
       * GSettings drops for the default: say which pack this is, on the
       * error output in both formats (standard output stays JSON lines) */
      if (content_file == NULL)
        g_printerr ("%s\n", _("The content-file setting is empty, so the built-in content "
                              "is checked."));
      status = validate (content_file, json, out);
    }
  else
    status = report_setting_problem (error, json, out);

  /* JSON lines are the report a script asked for: on standard output,
   * in UTF-8 as JSON is, whatever the locale (g_print() would turn
   * what the locale's character set lacks into "?") */
  if (json)
    fwrite (out->str, 1, out->len, stdout);
  else if (status == 0)
    g_print ("%s", out->str);
  else
    g_printerr ("%s", out->str);
  return status;
}
