/* outreach-cli.c
 *
 * The command line: every option the app takes, with its help, and the
 * tools that do their job without a window and exit: --version,
 * --dump-content, --mailto and --qr (for HR's web pages, newsletters and
 * posters), --export-chart (the organisation chart for posters, drawn by
 * outreach-chart-export.c), --validate (for whoever writes a pack; in
 * outreach-cli-validate.c, with --format=json for editors and CI scripts)
 * and --hash-exit-pin (for whoever sets up a display station; in
 * outreach-cli-pin.c). The options that
 * shape the window (--show, --content, --kiosk, --idle-seconds) are read by
 * the application.
 *
 * The tools that read a pack (--validate without a file of its own,
 * --mailto, --qr, --export-chart) read the one the window would show: --content's, else
 * the one the content-file setting names, else the built-in one. A
 * configured pack that cannot be used is an error, never a quiet fall back
 * to the built-in pack: someone checking their own unit's pack must not be
 * given SEROCU's answer. --dump-content prints the built-in pack whatever
 * is configured: it is the starting point for a pack of one's own, and a
 * configured pack is a file its owner has already.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "outreach-cli.h"
#include "outreach-cli-private.h"
#include "outreach-chart-export.h"
#include "outreach-content.h"
#include "outreach-file.h"
#include "outreach-message.h"
#include "outreach-qr-texture.h"
#include "outreach-settings.h"
#include "outreach-text.h"

/* --validate takes an optional file, which GApplication's option packing
 * cannot express; the callback keeps it here, once per process. */
static gboolean validate_requested;
static char *validate_file;
/* and --present an optional tour */
static gboolean present_requested;
static char *present_tour;

/* A file named on the command line: "~/…" in the home folder, as the
 * content-file setting takes it (a shell leaves "--content=~/…" as it is);
 * anything else as given, so that messages name it as the person wrote it */
static char *
expand_home (const char *value)
{
  return g_str_has_prefix (value, "~/") ? outreach_file_dup_absolute (value) : g_strdup (value);
}

static gboolean
on_validate_option (const char  *option_name,
                    const char  *value,
                    gpointer     data,
                    GError     **error)
{
  validate_requested = TRUE;
  g_clear_pointer (&validate_file, g_free);
  if (value != NULL && value[0] == '\0')
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--validate= names no file: give one, or leave out “=” to check the pack "
                     "the app would show"));
      return FALSE;
    }
  if (value != NULL)
    validate_file = expand_home (value);
  return TRUE;
}

static gboolean
on_present_option (const char  *option_name,
                   const char  *value,
                   gpointer     data,
                   GError     **error)
{
  present_requested = TRUE;
  g_free (present_tour);
  present_tour = g_strdup (value != NULL ? value : "");
  return TRUE;
}

/**
 * outreach_cli_take_present:
 *
 * What --present asked for, once: the next command line starts afresh.
 *
 * Returns: (transfer full) (nullable): the tour --present named, "" for the
 *   pack's first; %NULL without --present
 */
char *
outreach_cli_take_present (void)
{
  present_requested = FALSE;
  return g_steal_pointer (&present_tour);
}

static const GOptionEntry option_entries[] = {
  { "show", 's', 0, G_OPTION_ARG_STRING, NULL,
    N_("Open at the page with this id: any unit, team, profile or page in the pack (with "
       "--export-chart: the unit whose branch to draw)"), N_("ID") },
  { "content", 'c', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Use the content pack in FILE, for this run, instead of the one the content-file "
       "setting names (by default the built-in one)"), N_("FILE") },
  { "validate", 0, G_OPTION_FLAG_OPTIONAL_ARG | G_OPTION_FLAG_FILENAME, G_OPTION_ARG_CALLBACK,
    (gpointer) on_validate_option,
    N_("Check a content pack and exit: FILE, else --content’s, else the one the content-file "
       "setting names (by default the built-in one)"), N_("[FILE]") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("How --validate reports problems: “text” (the default) or “json”, one JSON object a "
       "line, and nothing for a valid pack"), N_("FORMAT") },
  { "mailto", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Print the mailto: link the app would open to write to CONTACT about PAGE, and exit "
       "(from --content’s pack, else the one the content-file setting names)"),
    N_("CONTACT[:PAGE]") },
  { "qr", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("Write the QR code of that link to the --output file, and exit"), N_("CONTACT[:PAGE]") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Where --qr writes the code: FILE.svg or FILE.png"), N_("FILE") },
  { "export-chart", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Draw the organisation chart, for posters, into FILE.svg or FILE.pdf, and exit (with "
       "--show=ID, only that unit’s branch)"), N_("FILE") },
  { "present", 0, G_OPTION_FLAG_OPTIONAL_ARG, G_OPTION_ARG_CALLBACK, (gpointer) on_present_option,
    N_("Present a tour of the pack full screen, for a room: TOUR, else the pack’s first (Escape "
       "ends it)"), N_("[TOUR]") },
  { "kiosk", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Run as a careers-fair display station (see the README)"), NULL },
  { "idle-seconds", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("On a display station, start again after SECONDS without input"), N_("SECONDS") },
  { "dump-content", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the built-in content pack (never the configured one), as a starting point for "
       "your own, and exit"), NULL },
  { "hash-exit-pin", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Read a staff PIN (4 to 8 digits) from standard input, print the value to set as the "
       "kiosk-exit-pin setting, and exit"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  /* anything else on the command line: an error, said as such */
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, NULL },
  { NULL }
};

/**
 * outreach_cli_add_options:
 *
 * Gives @application the app's options and the help that --help prints.
 */
void
outreach_cli_add_options (GApplication *application)
{
  g_application_add_main_option_entries (application, option_entries);
  g_application_set_option_context_parameter_string (application, NULL);
  g_application_set_option_context_summary (application,
                                            _("Explore a unit, its teams and its people, and get "
                                              "in touch, from a content pack: the one the "
                                              "content-file setting names, or the built-in one."));
}

/* The file of the pack the tools work on, in @file: --content's, else the
 * one the content-file setting names (then @configured), else %NULL for the
 * built-in pack. %FALSE, with @error, for a setting that names no file
 * that can be read the same way from every folder (a relative path). */
gboolean
_outreach_cli_choose_pack (GVariantDict  *options,
             char         **file,
             gboolean      *configured,
             GError       **error)
{
  g_autoptr(GError) local_error = NULL;

  *configured = FALSE;
  if (g_variant_dict_lookup (options, "content", "^ay", file))
    {
      char *expanded = expand_home (*file);

      g_free (*file);
      *file = expanded;
      return TRUE;
    }
  *file = outreach_settings_dup_content_file (&local_error);
  if (local_error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  *configured = *file != NULL;
  return TRUE;
}

/* The pack the command-line tools work on, from _outreach_cli_choose_pack(): a pack
 * that cannot be used is said, problem by problem (file, place, what), and
 * the tool fails rather than answer from another pack. */
static OutreachContent *
load_for_tools (const char *file,
                gboolean    configured)
{
  g_autoptr(GPtrArray) problems = NULL;
  OutreachContent *content;

  if (file == NULL)
    return outreach_content_load_builtin (NULL);

  content = outreach_content_load_file (file, &problems, NULL);
  if (content == NULL && configured)
    g_printerr ("%s\n", _("The content-file setting names a content pack that cannot be used "
                          "(check it with --validate, or give another with --content):"));
  for (guint i = 0; content == NULL && i < problems->len; i++)
    {
      g_autofree char *line = outreach_problem_to_string (g_ptr_array_index (problems, i));
      g_printerr ("%s\n", line);
    }
  return content;
}

/* FILE.svg or FILE.png: a new file or a regular one, never the pack that
 * was read, never through a link or into a device */
static gboolean
write_qr (OutreachQr  *qr,
          const char  *filename,
          const char  *pack,
          GError     **error)
{
  g_autofree char *lower = g_ascii_strdown (filename, -1);
  g_autofree char *display = outreach_file_display_name (filename);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;

  if (g_str_has_suffix (lower, ".svg"))
    {
      char *svg = outreach_qr_to_svg (qr);

      bytes = g_bytes_new_take (svg, strlen (svg));
    }
  else if (g_str_has_suffix (lower, ".png"))
    {
      /* 16 pixels a module: sharp at poster sizes */
      g_autoptr(GdkTexture) texture = outreach_qr_texture_new (qr, 16);

      bytes = gdk_texture_save_to_png_bytes (texture);
    }
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("“%s” should end in .svg or .png."), display);
      return FALSE;
    }

  if (!outreach_file_write (filename, bytes, pack, &local_error))
    {
      /* Translators: the first %s is a file name, the second why, such as
       * "the disk is full" */
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Cannot write %s: %s."), display,
                   local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* --mailto and --qr: for HR's web pages, newsletters and posters */
static int
run_link_tools (GVariantDict *options)
{
  g_autofree char *content_file = NULL;
  g_autofree char *output = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(OutreachMessage) message = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *uri = NULL;
  const char *spec = NULL;
  gboolean qr = g_variant_dict_lookup (options, "qr", "&s", &spec);
  gboolean configured;

  if (!qr)
    g_variant_dict_lookup (options, "mailto", "&s", &spec);
  g_variant_dict_lookup (options, "output", "^ay", &output);

  if (qr && output == NULL)
    {
      g_printerr ("%s\n", _("--qr needs --output=FILE.svg or --output=FILE.png"));
      return 1;
    }
  if (!_outreach_cli_choose_pack (options, &content_file, &configured, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if ((content = load_for_tools (content_file, configured)) == NULL)
    return 1;
  if ((message = outreach_message_new_for_spec (content, spec, &error)) == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  uri = outreach_message_dup_uri (message);
  if (!qr)
    {
      g_print ("%s\n", uri);
      return 0;
    }

  {
    g_autoptr(OutreachQr) code = outreach_qr_new (uri, &error);

    if (code == NULL || !write_qr (code, output, content_file, &error))
      {
        g_printerr ("%s\n", error->message);
        return 1;
      }
  }
  return 0;
}

/* --export-chart: the organisation chart, or a branch of it, for posters */
static int
run_export_chart (GVariantDict *options)
{
  g_autofree char *content_file = NULL;
  g_autofree char *output = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GError) error = NULL;
  OutreachChartFormat format;
  const char *branch = NULL;
  gboolean configured;

  g_variant_dict_lookup (options, "export-chart", "^ay", &output);
  g_variant_dict_lookup (options, "show", "&s", &branch);
  /* a wrong name is said before a large pack is read */
  if (!outreach_chart_format_for_filename (output, &format, &error) ||
      !_outreach_cli_choose_pack (options, &content_file, &configured, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  if ((content = load_for_tools (content_file, configured)) == NULL)
    return 1;
  if (!outreach_chart_export (content, branch, output, content_file, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  return 0;
}

/* The tools each do one thing and exit: two at once, or a tool with what
 * shapes a window, is a mistake to point out, not to guess at */
static const char *tools[] = { "version", "dump-content", "mailto", "qr", "export-chart", "validate",
                               "hash-exit-pin", NULL };
static const char *window_options[] = { "show", "present", "kiosk", "idle-seconds", NULL };

#define PIN_NOT_IN_ARGV _("--hash-exit-pin reads the PIN from standard input, never from the " \
                          "command line, which other users of the machine can see.")

static gboolean
has_option (GVariantDict *options,
            const char   *name)
{
  if (g_strcmp0 (name, "validate") == 0)
    return validate_requested;
  if (g_strcmp0 (name, "present") == 0)
    return present_requested;
  return g_variant_dict_contains (options, name);
}

static gboolean
check_combination (GVariantDict  *options,
                   GError       **error)
{
  g_autofree const char **remaining = NULL;
  const char *tool = NULL;

  if (g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &remaining) &&
      remaining[0] != NULL)
    {
      g_autofree char *display = NULL;
      g_autofree char *quoted = NULL;

      /* not even repeated: on a command line, anyone on the machine can read it */
      if (has_option (options, "hash-exit-pin"))
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, PIN_NOT_IN_ARGV);
          return FALSE;
        }
      display = g_filename_display_name (remaining[0]);
      quoted = outreach_text_excerpt (display, -1, OUTREACH_TEXT_EXCERPT_CHARS);
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("Unexpected “%s”: the app takes options only (see --help)."), quoted);
      return FALSE;
    }

  for (guint i = 0; tools[i] != NULL; i++)
    {
      if (!has_option (options, tools[i]))
        continue;
      if (tool != NULL)
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                       _("--%s and --%s cannot be used together."), tool, tools[i]);
          return FALSE;
        }
      tool = tools[i];
    }

  /* a tour starts at its first step: a page to open at says otherwise */
  if (present_requested && has_option (options, "show"))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--show and --present cannot be used together: a tour starts at its "
                             "first step."));
      return FALSE;
    }
  /* a station is for visitors, a tour for a room */
  if (present_requested && has_option (options, "kiosk"))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--present and --kiosk cannot be used together: a display station does "
                             "not present tours."));
      return FALSE;
    }

  for (guint i = 0; tool != NULL && window_options[i] != NULL; i++)
    /* (--export-chart --show=ID draws that unit's branch) */
    if (has_option (options, window_options[i]) &&
        !(g_str_equal (tool, "export-chart") && g_str_equal (window_options[i], "show")))
      {
        g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                     _("--%s opens no window: --%s cannot be used with it."), tool,
                     window_options[i]);
        return FALSE;
      }

  if (has_option (options, "content") &&
      (g_strcmp0 (tool, "version") == 0 || g_strcmp0 (tool, "dump-content") == 0 ||
       g_strcmp0 (tool, "hash-exit-pin") == 0 ||
       (g_strcmp0 (tool, "validate") == 0 && validate_file != NULL)))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                   _("--%s does not read --content: leave one of them out."), tool);
      return FALSE;
    }

  if (has_option (options, "format"))
    {
      const char *format = NULL;

      g_variant_dict_lookup (options, "format", "&s", &format);
      if (g_strcmp0 (tool, "validate") != 0)
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                               _("--format is how --validate reports: use it with --validate."));
          return FALSE;
        }
      if (g_strcmp0 (format, "text") != 0 && g_strcmp0 (format, "json") != 0)
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                               _("--format must be “text” or “json”."));
          return FALSE;
        }
    }

  if (has_option (options, "output") && g_strcmp0 (tool, "qr") != 0)
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                           _("--output is where --qr writes: use it with --qr."));
      return FALSE;
    }
  return TRUE;
}

/**
 * outreach_cli_check_repeats:
 * @argv: the command line
 * @error: which option is given twice
 *
 * GOption keeps the last of an option given twice (`--validate=a.json
 * --validate=b.json` checked only b.json): a person meant something else,
 * which is worth saying. And GOption takes `--hash-exit-pin=2468` for
 * `--hash-exit-pin`: a PIN put there is on show to every user of the
 * machine, and would not be the one set.
 *
 * Returns: whether every option is given at most once, and no PIN with them
 */
gboolean
outreach_cli_check_repeats (char   **argv,
                            GError **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 1; argv != NULL && argv[i] != NULL; i++)
    {
      const char *arg = argv[i];
      const char *name = NULL;

      if (g_str_equal (arg, "--"))
        break;
      if (g_str_has_prefix (arg, "--hash-exit-pin="))
        {
          g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED, PIN_NOT_IN_ARGV);
          return FALSE;
        }
      for (const GOptionEntry *entry = option_entries; entry->long_name != NULL; entry++)
        {
          gsize n = strlen (entry->long_name);

          if (*entry->long_name == '\0' || entry->arg == G_OPTION_ARG_FILENAME_ARRAY)
            continue;
          if ((g_str_has_prefix (arg, "--") && strncmp (arg + 2, entry->long_name, n) == 0 &&
               (arg[2 + n] == '\0' || arg[2 + n] == '=')) ||
              (entry->short_name != 0 && arg[0] == '-' && arg[1] == entry->short_name))
            name = entry->long_name;
        }
      if (name != NULL && !g_hash_table_add (seen, (gpointer) name))
        {
          g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_FAILED,
                       _("--%s is given twice: give it once."), name);
          return FALSE;
        }
    }
  return TRUE;
}

/**
 * outreach_cli_get_idle_seconds:
 * @options: the options as GApplication::handle-local-options has them
 * @seconds: (out): the station's idle time, or 0 when the option is not given
 *
 * Returns: %FALSE with @error when --idle-seconds is not a whole number of
 *   seconds from 1 to a day
 */
gboolean
outreach_cli_get_idle_seconds (GVariantDict  *options,
                               guint         *seconds,
                               GError       **error)
{
  const char *text = NULL;
  guint64 value;

  *seconds = 0;
  if (!g_variant_dict_lookup (options, "idle-seconds", "&s", &text))
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 1, 24 * 60 * 60, &value, NULL))
    {
      g_set_error_literal (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                           _("--idle-seconds must be a whole number of seconds, from 1 to 86400."));
      return FALSE;
    }
  *seconds = value;
  return TRUE;
}

/* What a tool printed must have reached its reader: a dump cut short by a
 * full disk is not a success */
static int
flush_output (int status)
{
  if (fflush (stdout) != 0 || ferror (stdout))
    {
      g_printerr (_("Cannot write the output: %s.\n"), outreach_file_describe_errno (errno));
      return 1;
    }
  return status;
}

static int run_tool (GVariantDict *options);

/**
 * outreach_cli_run_tool:
 * @options: the options as GApplication::handle-local-options has them
 *
 * Runs the tool the command line asks for, if any.
 *
 * Returns: the tool's exit status, or -1 when the command line asks for no
 *   tool and the app should go on
 */
int
outreach_cli_run_tool (GVariantDict *options)
{
  int status = run_tool (options);

  if (status == -1)
    return -1;
  /* no window: nothing to present */
  g_free (outreach_cli_take_present ());
  return flush_output (status);
}

static int
run_tool (GVariantDict *options)
{
  g_autoptr(GError) error = NULL;

  if (!check_combination (options, &error))
    {
      g_printerr ("%s\n", error->message);
      g_clear_pointer (&validate_file, g_free);
      return 1;
    }

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("%s %s\n", "serocu-outreach", PACKAGE_VERSION);
      return 0;
    }

  if (g_variant_dict_contains (options, "dump-content"))
    {
      g_autoptr(GBytes) bytes = outreach_content_get_builtin_bytes ();
      gsize size;
      const char *data = g_bytes_get_data (bytes, &size);

      fwrite (data, 1, size, stdout);
      return 0;
    }

  if (g_variant_dict_contains (options, "mailto") || g_variant_dict_contains (options, "qr"))
    return run_link_tools (options);

  if (g_variant_dict_contains (options, "export-chart"))
    return run_export_chart (options);

  if (g_variant_dict_contains (options, "hash-exit-pin"))
    return _outreach_cli_run_hash_exit_pin ();

  if (validate_requested)
    {
      int status = _outreach_cli_run_validate (options, validate_file);

      g_clear_pointer (&validate_file, g_free);
      return status;
    }

  return -1;
}
