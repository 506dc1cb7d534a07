/* test-cli.c: the command line as HR uses it: --validate, --dump-content,
 * --version and --help, run as a separate process, with the content-file
 * setting and without
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE   /* posix_openpt() and the rest of the pseudo-terminal calls */
#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef HAVE_VALGRIND_H
#include <valgrind.h>
#else
#define RUNNING_ON_VALGRIND 0
#endif

#include <gio/gio.h>

#include <json-glib/json-glib.h>

#include "outreach-content.h"
#include "outreach-exit-pin.h"
#include "test-app-run.h"
#include "test-packs.h"

typedef struct
{
  int   status;
  char *out;
  char *err;
} Run;

static void
run_clear (Run *run)
{
  g_free (run->out);
  g_free (run->err);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Run, run_clear)

/* Runs the app with the arguments from @first_arg, in @envp (%NULL: the
 * test's own environment) */
static void
run_app_va (Run        *run,
            char      **envp,
            const char *first_arg,
            va_list     args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  const char *arg;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SEROCU_OUTREACH"));
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  g_assert_nonnull (g_getenv ("SEROCU_OUTREACH"));
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &run->out, &run->err, &run->status, &error);
  g_assert_no_error (error);
  g_test_message ("stdout: %s\nstderr: %s", run->out, run->err);
}

static void
run_app (Run        *run,
         const char *first_arg,
         ...)
{
  va_list args;

  va_start (args, first_arg);
  run_app_va (run, NULL, first_arg, args);
  va_end (args);
}

static void
run_app_envp (Run         *run,
              char       **envp,
              const char  *first_arg,
              ...)
{
  va_list args;

  va_start (args, first_arg);
  run_app_va (run, envp, first_arg, args);
  va_end (args);
}

/* The content-file setting, for the app a test runs: a settings store of
 * its own (GSETTINGS_BACKEND=keyfile, its key file in a temporary
 * XDG_CONFIG_HOME, also the app's HOME for "~/"), as a user's
 * `gsettings set` would leave it. The tests themselves keep the memory
 * backend, in which the key is empty. */
typedef struct
{
  char  *home;
  char  *keyfile;
  char **envp;
} Configured;

static void
configured_init (Configured *config,
                 const char *value)
{
  g_autofree char *dir = NULL;
  g_autoptr(GVariant) variant = g_variant_ref_sink (g_variant_new_string (value));
  g_autofree char *quoted = g_variant_print (variant, FALSE);
  g_autofree char *text = g_strdup_printf ("[uk/police/serocu/Outreach]\ncontent-file=%s\n",
                                           quoted);

  config->home = g_dir_make_tmp ("outreach-home-XXXXXX", NULL);
  g_assert_nonnull (config->home);
  dir = g_build_filename (config->home, "glib-2.0", "settings", NULL);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  config->keyfile = g_build_filename (dir, "keyfile", NULL);
  g_assert_true (g_file_set_contents (config->keyfile, text, -1, NULL));
  config->envp = g_get_environ ();
  config->envp = g_environ_setenv (config->envp, "GSETTINGS_BACKEND", "keyfile", TRUE);
  config->envp = g_environ_setenv (config->envp, "XDG_CONFIG_HOME", config->home, TRUE);
  config->envp = g_environ_setenv (config->envp, "HOME", config->home, TRUE);
}

static void
configured_clear (Configured *config)
{
  g_autofree char *settings = g_path_get_dirname (config->keyfile);
  g_autofree char *glib = g_path_get_dirname (settings);

  g_unlink (config->keyfile);
  g_rmdir (settings);
  g_rmdir (glib);
  g_rmdir (config->home);
  g_free (config->home);
  g_free (config->keyfile);
  g_strfreev (config->envp);
}
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Configured, configured_clear)

static void
run_configured (Run        *run,
                Configured *config,
                const char *first_arg,
                ...)
{
  va_list args;

  va_start (args, first_arg);
  run_app_va (run, config->envp, first_arg, args);
  va_end (args);
}

static int
exit_status (Run *run)
{
  return g_spawn_check_wait_status (run->status, NULL) ? 0 : WEXITSTATUS (run->status);
}

static void
test_validate_builtin (void)
{
  g_auto(Run) run = { 0 };

  run_app (&run, "--validate", NULL);
  g_assert_cmpint (exit_status (&run), ==, 0);
  /* one line: the counts of units, profiles and contacts */
  g_assert_cmpstr (run.out, ==, "built-in content: valid: 32 units, 3 profiles, 3 contacts\n");
  /* and why the built-in pack: a content-file of the wrong type in dconf
   * reads as empty, and would otherwise look like a good configured pack */
  g_assert_cmpstr (run.err, ==,
                   "The content-file setting is empty, so the built-in content is checked.\n");
}

static void
test_validate_good_file (void)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autofree char *option = g_strdup_printf ("--validate=%s", path);
  g_autofree char *expected = g_strdup_printf ("%s: valid: 4 units, 1 profile, 1 contact\n", path);
  g_auto(Run) run = { 0 };
  g_auto(Run) spaced = { 0 };

  run_app (&run, option, NULL);
  g_assert_cmpint (exit_status (&run), ==, 0);
  g_assert_cmpstr (run.out, ==, expected);

  /* "--validate FILE" works as well as "--validate=FILE" */
  run_app (&spaced, "--validate", path, NULL);
  g_assert_cmpint (exit_status (&spaced), ==, 0);
  g_assert_cmpstr (spaced.out, ==, expected);
}

static void
test_validate_bad_files (void)
{
  static const char *cases[][2] = {
    { "bad-syntax.json", ":5:24: " },
    { "bad-duplicate-id.json", ": $.units[0].children[1].id: duplicate id “cyber”" },
    { "bad-link-javascript.json", ": $.links[0].url: “javascript:alert(1)”" },
    { "bad-invalid-utf8.json", ":64:19: is not valid UTF-8 text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = test_pack_path (cases[i][0]);
      g_autofree char *option = g_strdup_printf ("--validate=%s", path);
      g_autofree char *expected = g_strconcat (path, cases[i][1], NULL);
      g_auto(Run) run = { 0 };

      run_app (&run, option, NULL);
      g_assert_cmpint (exit_status (&run), ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_true (g_str_has_prefix (run.err, expected));
    }
}

static void
test_validate_lists_every_problem (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "many.json", NULL);
  g_autofree char *option = g_strdup_printf ("--validate=%s", path);
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  g_auto(Run) run = { 0 };
  static const char pack[] =
    "{\"schema\": 1, \"organisation\": {\"name\": \"X\"}, \"sidebar\": [\"home\"],\n"
    " \"pages\": [{\"id\": \"home\", \"title\": \"\"}],\n"
    " \"units\": [{\"id\": \"Bad Id\", \"name\": \"U\", \"description\": [\"d\"]}],\n"
    " \"templates\": [{\"id\": \"t\", \"contact\": \"c\", \"subject\": \"s\", \"body\": [\"b\"]}],\n"
    " \"get_in_touch\": {\"page\": \"t\", \"unit\": \"t\", \"profile\": \"t\"},\n"
    " \"contacts\": [{\"id\": \"c\", \"name\": \"C\", \"purpose\": \"p\", \"address\": \"a@b\","
    " \"template\": \"t\"}],\n"
    " \"links\": [{\"id\": \"l\", \"title\": \"L\", \"url\": \"data:text/html,hi\"}]}\n";

  g_assert_true (g_file_set_contents (path, pack, -1, NULL));
  run_app (&run, option, NULL);
  g_assert_cmpint (exit_status (&run), ==, 1);

  lines = g_strsplit (g_strchomp (run.err), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 4);
  text = g_strdup_printf ("%s: $.contacts[0].address: ", path);
  g_assert_true (g_str_has_prefix (lines[0], text));
  g_free (text);
  text = g_strdup_printf ("%s: $.links[0].url: ", path);
  g_assert_true (g_str_has_prefix (lines[1], text));
  g_free (text);
  text = g_strdup_printf ("%s: $.units[0].id: ", path);
  g_assert_true (g_str_has_prefix (lines[2], text));
  g_free (text);
  text = g_strdup_printf ("%s: $.pages[0].title: must not be empty", path);
  g_assert_cmpstr (lines[3], ==, text);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_validate_never_writes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.json", NULL);
  g_autofree char *option = g_strdup_printf ("--validate=%s", path);
  g_autofree char *after = NULL;
  static const char broken[] = "{\"schema\": 1, \"units\": [}";
  GStatBuf before_st, after_st;
  gsize length;
  g_auto(Run) run = { 0 };

  g_assert_true (g_file_set_contents (path, broken, -1, NULL));
  g_assert_cmpint (g_chmod (path, 0444), ==, 0);
  g_assert_cmpint (g_stat (path, &before_st), ==, 0);

  run_app (&run, option, NULL);
  g_assert_cmpint (exit_status (&run), ==, 1);

  g_assert_cmpint (g_stat (path, &after_st), ==, 0);
  g_assert_true (g_file_get_contents (path, &after, &length, NULL));
  g_assert_cmpmem (after, length, broken, sizeof broken - 1);
  g_assert_cmpint (before_st.st_mtime, ==, after_st.st_mtime);
  g_assert_cmpint (before_st.st_size, ==, after_st.st_size);

  g_unlink (path);
  g_rmdir (dir);
}

/* What a file is, as far as writing to it could change it. */
typedef struct
{
  GStatBuf  st;
  char     *bytes;
  gsize     length;
} FileState;

static void
file_state_read (FileState  *state,
                 const char *path)
{
  g_assert_cmpint (g_stat (path, &state->st), ==, 0);
  g_assert_true (g_file_get_contents (path, &state->bytes, &state->length, NULL));
}

static void
assert_unchanged (const FileState *before,
                  const char      *path,
                  const char      *after_what)
{
  FileState after = { 0 };

  file_state_read (&after, path);
  g_test_message ("%s: after %s", path, after_what);
  g_assert_cmpmem (after.bytes, after.length, before->bytes, before->length);
  g_assert_cmpint (after.st.st_ino, ==, before->st.st_ino);   /* not replaced */
  g_assert_cmpint (after.st.st_size, ==, before->st.st_size);
  g_assert_cmpint (after.st.st_mode, ==, before->st.st_mode);
  g_assert_cmpint (after.st.st_mtim.tv_sec, ==, before->st.st_mtim.tv_sec);
  g_assert_cmpint (after.st.st_mtim.tv_nsec, ==, before->st.st_mtim.tv_nsec);
  g_assert_cmpint (after.st.st_ctim.tv_sec, ==, before->st.st_ctim.tv_sec);
  g_assert_cmpint (after.st.st_ctim.tv_nsec, ==, before->st.st_ctim.tv_nsec);
  g_free (after.bytes);
}

/* Runs the app's window on @pack until it has painted, then closes it. */
static void
show_window (const char *pack,
             const char *dir)
{
  g_autofree char *option = g_strdup_printf ("--content=%s", pack);
  const char *args[] = { option, "--show=alex", NULL };

  g_free (test_run_to_first_frame (args));
}

/* Nothing the app does writes to a content pack, good or broken, even
 * where it could (the files are writable): the bytes, the inode and the
 * times stay as they were. */
static void
test_never_writes_a_pack (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *source = test_pack_path ("minimal.json");
  g_autofree char *good = g_build_filename (dir, "good.json", NULL);
  g_autofree char *broken = g_build_filename (dir, "broken.json", NULL);
  g_autofree char *png = g_build_filename (dir, "code.png", NULL);
  g_autofree char *text = NULL;
  const char *packs[] = { good, broken };

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (good, text, -1, NULL));
  g_assert_true (g_file_set_contents (broken, "{\"schema\": 1, \"units\": [}", -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (packs); i++)
    {
      g_autofree char *validate = g_strdup_printf ("--validate=%s", packs[i]);
      g_autofree char *content = g_strdup_printf ("--content=%s", packs[i]);
      g_autofree char *output = g_strdup_printf ("--output=%s", png);
      FileState before = { 0 };
      g_auto(Run) validated = { 0 };
      g_auto(Run) mailto = { 0 };
      g_auto(Run) qr = { 0 };
      g_auto(Run) dumped = { 0 };

      g_assert_cmpint (g_chmod (packs[i], 0644), ==, 0);
      file_state_read (&before, packs[i]);

      run_app (&validated, validate, NULL);
      assert_unchanged (&before, packs[i], "--validate");
      run_app (&mailto, content, "--mailto=hr:home", NULL);
      assert_unchanged (&before, packs[i], "--mailto");
      run_app (&qr, content, "--qr=hr:home", output, NULL);
      assert_unchanged (&before, packs[i], "--qr");
      run_app (&dumped, content, "--dump-content", NULL);
      assert_unchanged (&before, packs[i], "--dump-content");
      /* the window, where there is a display; not under valgrind, where GTK
       * takes minutes (the sanitized suite checks it instead) */
      if ((g_getenv ("DISPLAY") != NULL || g_getenv ("WAYLAND_DISPLAY") != NULL) &&
          !RUNNING_ON_VALGRIND)
        {
          show_window (packs[i], dir);
          assert_unchanged (&before, packs[i], "showing the window");
        }
      g_free (before.bytes);
    }

  g_unlink (png);
  g_unlink (good);
  g_unlink (broken);
  g_rmdir (dir);
}

static void
test_dump_content (void)
{
  g_auto(Run) run = { 0 };
  g_autoptr(GBytes) builtin = NULL;
  g_autoptr(GBytes) dumped = NULL;
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(GError) error = NULL;

  run_app (&run, "--dump-content", NULL);
  g_assert_cmpint (exit_status (&run), ==, 0);

  /* what is printed is exactly the built-in pack, and loads as one */
  builtin = outreach_content_get_builtin_bytes ();
  g_assert_cmpmem (run.out, strlen (run.out), g_bytes_get_data (builtin, NULL),
                   g_bytes_get_size (builtin));
  dumped = g_bytes_new (run.out, strlen (run.out));
  content = outreach_content_load_bytes (dumped, "dumped.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (outreach_content_lookup (content, "rart"));
}

static void
test_version_and_help (void)
{
  g_auto(Run) version = { 0 };
  g_auto(Run) help = { 0 };
  g_auto(Run) bad = { 0 };

  run_app (&version, "--version", NULL);
  g_assert_cmpint (exit_status (&version), ==, 0);
  g_assert_true (g_regex_match_simple ("^serocu-outreach [0-9]+\\.[0-9]+\\.[0-9]+\n$",
                                       version.out, 0, 0));

  run_app (&help, "--help", NULL);
  g_assert_cmpint (exit_status (&help), ==, 0);
  for (guint i = 0; i < 6; i++)
    {
      static const char *options[] = { "--show=ID", "--content=FILE", "--validate",
                                       "--dump-content", "--version", "--format=FORMAT" };
      g_assert_nonnull (strstr (help.out, options[i]));
    }

  /* a script reading --format=json learns that silence is success */
  g_assert_nonnull (strstr (help.out, "nothing for a valid pack"));

  /* which pack the options read, the setting included */
  g_assert_nonnull (strstr (help.out, "content-file setting"));
  /* the summary and the examples fit any unit's pack: they name none, and
   * no id of the built-in one ("serocu-outreach", the program, may stay) */
  {
    static const char *unit_words[] = { "SEROCU", "South East", "Organised Crime", "Regional",
                                        "rart", "cyber", "join-us", "jody", NULL };

    for (guint i = 0; unit_words[i] != NULL; i++)
      {
        g_test_message ("--help names “%s”?", unit_words[i]);
        g_assert_null (strstr (help.out, unit_words[i]));
      }
  }

  run_app (&bad, "--no-such-option", NULL);
  g_assert_cmpint (exit_status (&bad), !=, 0);
  g_assert_nonnull (strstr (bad.err, "--no-such-option"));
}

static void
test_mailto_option (void)
{
  g_autofree char *minimal = test_pack_path ("minimal.json");
  g_autofree char *content = g_strdup_printf ("--content=%s", minimal);
  g_auto(Run) run = { 0 };
  g_auto(Run) other = { 0 };
  g_auto(Run) unknown_contact = { 0 };
  g_auto(Run) unknown_page = { 0 };

  run_app (&run, "--mailto=hr:cyber", NULL);
  g_assert_cmpint (exit_status (&run), ==, 0);
  g_assert_cmpstr (run.out, ==,
                   "mailto:SEHR@ThamesValley.pnn.police.uk"
                   "?subject=Attachment%20enquiry:%20Regional%20Cyber%20Crime%20Unit"
                   "&body=Hello,%0D%0A%0D%0AI%20am%20interested%20in%20an%20attachment%20with%20the%20"
                   "Regional%20Cyber%20Crime%20Unit%20and%20would%20like%20to%20find%20out%20more,"
                   "%20including%20how%20to%20find%20a%20sponsor.%0D%0A%0D%0AA%20little%20about%20me"
                   "%20and%20my%20current%20role:%0D%0A%0D%0AKind%20regards,\n");

  /* another pack's contacts and pages */
  run_app (&other, content, "--mailto=hr:pursue", NULL);
  g_assert_cmpint (exit_status (&other), ==, 0);
  g_assert_true (g_str_has_prefix (other.out, "mailto:hr@example.org?subject=Enquiry:%20Pursue%20Team&body="));

  run_app (&unknown_contact, "--mailto=police", NULL);
  g_assert_cmpint (exit_status (&unknown_contact), ==, 1);
  g_assert_cmpstr (unknown_contact.err, ==,
                   "No contact has the id “police”. The contacts are: hr, recruitment, diversity.\n");

  run_app (&unknown_page, "--mailto=diversity:nowhere", NULL);
  g_assert_cmpint (exit_status (&unknown_page), ==, 1);
  g_assert_true (g_str_has_prefix (unknown_page.err,
                                   "No page has the id “nowhere”. The pages are: home, about, serocu,"));
  g_assert_nonnull (strstr (unknown_page.err, " rart,"));
}

/* What a phone camera would read from the image. */
static char *
scan_qr (const char *png)
{
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "zbarimg", "--quiet", "--raw", png, NULL };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_strdup (g_strchomp (out));
}

static gboolean
have_program (const char *name)
{
  g_autofree char *path = g_find_program_in_path (name);

  return path != NULL;
}

static void
test_qr_option (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "poster.png", NULL);
  g_autofree char *svg = g_build_filename (dir, "poster.svg", NULL);
  g_autofree char *svg_png = g_build_filename (dir, "poster-svg.png", NULL);
  g_autofree char *png_option = g_strdup_printf ("--output=%s", png);
  g_autofree char *svg_option = g_strdup_printf ("--output=%s", svg);
  g_autofree char *gif_option = g_strdup_printf ("--output=%s/poster.gif", dir);
  g_auto(Run) uri = { 0 };
  g_auto(Run) as_png = { 0 };
  g_auto(Run) as_svg = { 0 };
  g_auto(Run) bad = { 0 };
  g_auto(Run) no_output = { 0 };
  g_autofree char *scanned = NULL;
  g_autofree char *scanned_svg = NULL;
  const char *rsvg[] = { "rsvg-convert", "--width=800", "--output", svg_png, svg, NULL };
  int status;

  if (!have_program ("zbarimg") || !have_program ("rsvg-convert"))
    {
      g_test_skip ("zbarimg and rsvg-convert are needed (build-aux/setup.sh test installs them)");
      return;
    }

  run_app (&uri, "--mailto=diversity:about", NULL);
  run_app (&as_png, "--qr=diversity:about", png_option, NULL);
  g_assert_cmpint (exit_status (&as_png), ==, 0);
  scanned = scan_qr (png);
  g_assert_cmpstr (scanned, ==, g_strchomp (uri.out));

  run_app (&as_svg, "--qr=diversity:about", svg_option, NULL);
  g_assert_cmpint (exit_status (&as_svg), ==, 0);
  g_spawn_sync (NULL, (char **) rsvg, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, NULL);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  scanned_svg = scan_qr (svg_png);
  g_assert_cmpstr (scanned_svg, ==, uri.out);

  run_app (&bad, "--qr=hr", gif_option, NULL);
  g_assert_cmpint (exit_status (&bad), ==, 1);
  g_assert_nonnull (strstr (bad.err, "should end in .svg or .png"));

  run_app (&no_output, "--qr=hr", NULL);
  g_assert_cmpint (exit_status (&no_output), ==, 1);
  g_assert_nonnull (strstr (no_output.err, "--output"));

  g_unlink (png);
  g_unlink (svg);
  g_unlink (svg_png);
  g_rmdir (dir);
}

/* Every contact's message names the page it is about: Recruitment and
 * Diversity about the Cyber page, from the built-in pack's own templates,
 * and a pack whose templates name no page, after the subject; a QR code
 * carries the same */
static void
test_mailto_names_the_page (void)
{
  g_autofree char *other_unit = test_pack_path ("other-unit.json");
  g_autofree char *content = g_strdup_printf ("--content=%s", other_unit);
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "poster.png", NULL);
  g_autofree char *png_option = g_strdup_printf ("--output=%s", png);
  g_auto(Run) recruitment = { 0 };
  g_auto(Run) diversity = { 0 };
  g_auto(Run) old_style = { 0 };
  g_auto(Run) home = { 0 };
  g_auto(Run) qr = { 0 };

  run_app (&recruitment, "--mailto=recruitment:cyber", NULL);
  g_assert_cmpint (exit_status (&recruitment), ==, 0);
  g_assert_cmpstr (recruitment.out, ==,
                   "mailto:RecruitmentSE@ThamesValley.pnn.police.uk"
                   "?subject=Recruitment%20enquiry:%20Regional%20Cyber%20Crime%20Unit"
                   "&body=Hello,%0D%0A%0D%0AI%20have%20been%20reading%20the%20Regional%20Cyber%20Crime"
                   "%20Unit%20page,%20and%20I%20would%20like%20to%20find%20out%20about%20vacancies"
                   "%20there%20and%20how%20to%20apply.%0D%0A%0D%0AKind%20regards,\n");

  run_app (&diversity, "--mailto=diversity:cyber", NULL);
  g_assert_cmpint (exit_status (&diversity), ==, 0);
  g_assert_true (g_str_has_prefix (diversity.out,
                                   "mailto:CTPSE%26SEROCUdiversity@thamesvalley.pnn.police.uk"
                                   "?subject=Starting%20a%20conversation:%20Regional%20Cyber%20Crime%20Unit"
                                   "&body="));
  g_assert_nonnull (strstr (diversity.out, "reading%20the%20Regional%20Cyber%20Crime%20Unit%20page"));

  /* a template written for no page: the page's title after the subject */
  run_app (&old_style, content, "--mailto=vacancies:piracy-group", NULL);
  g_assert_cmpint (exit_status (&old_style), ==, 0);
  g_assert_true (g_str_has_prefix (old_style.out,
                                   "mailto:vacancies@northmoor.example"
                                   "?subject=Applying%20to%20NFCD%20%E2%80%94%20Piracy%20Group&body="));
  run_app (&home, content, "--mailto=vacancies:home", NULL);
  g_assert_true (g_str_has_prefix (home.out,
                                   "mailto:vacancies@northmoor.example"
                                   "?subject=Applying%20to%20NFCD&body="));

  if (have_program ("zbarimg"))
    {
      g_autofree char *scanned = NULL;

      run_app (&qr, "--qr=diversity:cyber", png_option, NULL);
      g_assert_cmpint (exit_status (&qr), ==, 0);
      scanned = scan_qr (png);
      g_assert_cmpstr (scanned, ==, g_strchomp (diversity.out));
      g_unlink (png);
    }
  g_rmdir (dir);
}

/* Options that contradict each other, or that the app does not take, are
 * errors that say so: nothing is silently dropped */
static void
test_contradictions (void)
{
  static const struct { const char *args[4]; const char *says; } cases[] = {
    { { "--mailto=hr", "--validate=broken.json", NULL }, "--mailto and --validate cannot be used together." },
    { { "--version", "--dump-content", NULL }, "--version and --dump-content cannot be used together." },
    { { "--validate", "--show=rart", NULL }, "--validate opens no window: --show cannot be used with it." },
    { { "--mailto=hr", "--kiosk", NULL }, "--mailto opens no window: --kiosk cannot be used with it." },
    { { "--dump-content", "--content=x.json", NULL }, "--dump-content does not read --content: leave one of them out." },
    { { "--validate=a.json", "--content=b.json", NULL }, "--validate does not read --content: leave one of them out." },
    { { "--output=x.svg", NULL }, "--output is where --qr writes: use it with --qr." },
    { { "--mailto=hr", "--output=x.svg", NULL }, "--output is where --qr writes: use it with --qr." },
    { { "extra", NULL }, "Unexpected “extra”: the app takes options only (see --help)." },
    /* GOption would keep the last of the two */
    { { "--validate=a.json", "--validate=b.json", NULL }, "--validate is given twice: give it once." },
    { { "-c", "a.json", "--content=b.json" }, "--content is given twice: give it once." },
    /* a line break in a name cannot forge a second line */
    { { "--validate", "two\nlines.json", NULL }, "two\xEF\xBF\xBDlines.json: there is no such file" },
    { { "--version", "two\nlines", NULL }, "Unexpected “two\xEF\xBF\xBDlines”: the app takes options only (see --help)." },
    { { "--idle-seconds=0", NULL }, "--idle-seconds must be a whole number of seconds, from 1 to 86400." },
    { { "--idle-seconds=-5", NULL }, "--idle-seconds must be a whole number of seconds, from 1 to 86400." },
    { { "--idle-seconds=ninety", NULL }, "--idle-seconds must be a whole number of seconds, from 1 to 86400." },
    { { "--idle-seconds=86401", NULL }, "--idle-seconds must be a whole number of seconds, from 1 to 86400." },
    /* --format says how --validate reports, and nothing else */
    { { "--format=json", NULL }, "--format is how --validate reports: use it with --validate." },
    { { "--mailto=hr", "--format=json", NULL }, "--format is how --validate reports: use it with --validate." },
    { { "--validate", "--format=xml", NULL }, "--format must be “text” or “json”." },
    { { "--validate", "--format=json", "--format=text" }, "--format is given twice: give it once." },
    /* a tour for a room, not for a station's visitors; and one the pack has */
    { { "--present", "--kiosk", NULL }, "--present and --kiosk cannot be used together: a display station does not present tours." },
    { { "--kiosk", "--present=introducing", NULL }, "--present and --kiosk cannot be used together: a display station does not present tours." },
    { { "--present=no-such-tour", NULL }, "There is no tour with the id “no-such-tour”. The pack’s tours: introducing." },
    { { "--mailto=hr", "--present", NULL }, "--mailto opens no window: --present cannot be used with it." },
    { { "--present", "--present=introducing", NULL }, "--present is given twice: give it once." },
    { { "--show=rart", "--present", NULL }, "--show and --present cannot be used together: a tour starts at its first step." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *expected = g_strconcat (cases[i].says, "\n", NULL);

      run_app (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], NULL);
      g_assert_cmpint (exit_status (&run), ==, 1);
      g_assert_cmpstr (run.err, ==, expected);
      g_assert_cmpstr (run.out, ==, "");
    }
}

/* --validate with --content and no file of its own checks --content's pack */
static void
test_validate_content_option (void)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autofree char *option = g_strdup_printf ("--content=%s", path);
  g_autofree char *expected = g_strdup_printf ("%s: valid: 4 units, 1 profile, 1 contact\n", path);
  g_auto(Run) run = { 0 };

  run_app (&run, option, "--validate", NULL);
  g_assert_cmpint (exit_status (&run), ==, 0);
  g_assert_cmpstr (run.out, ==, expected);
}

/* The text line --validate prints for a problem given as a JSON line, which
 * must be an object with exactly these members, of these types */
static char *
text_line_from_json (const char *json_line)
{
  static const char *members[] = { "file", "file_percent_encoded", "line", "column", "path",
                                   "message", "code", NULL };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *object;
  const char *file, *path, *message;
  JsonNode *line, *column;

  json_parser_load_from_data (parser, json_line, -1, &error);
  g_assert_no_error (error);
  g_assert_true (JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)));
  object = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_object_get_size (object), ==, g_strv_length ((char **) members));
  for (guint i = 0; members[i] != NULL; i++)
    g_assert_true (json_object_has_member (object, members[i]));

  file = json_object_get_string_member (object, "file");
  message = json_object_get_string_member (object, "message");
  g_assert_nonnull (file);
  g_assert_nonnull (message);
  /* the file's name exactly, percent-encoded (null for the built-in pack) */
  if (!json_object_get_null_member (object, "file_percent_encoded"))
    {
      g_autoptr(GBytes) raw = g_uri_unescape_bytes (json_object_get_string_member (object, "file_percent_encoded"),
                                                    -1, NULL, NULL);

      g_assert_nonnull (raw);
    }
  {
    static const char *codes[] = { "io", "too-large", "too-deep", "encoding", "syntax",
                                   "schema-version", "invalid", "duplicate-id", "unresolved",
                                   "unsafe-link", "bad-address", NULL };

    g_assert_true (g_strv_contains (codes, json_object_get_string_member (object, "code")));
  }
  path = json_object_get_null_member (object, "path") ? NULL
                                                      : json_object_get_string_member (object, "path");
  line = json_object_get_member (object, "line");
  column = json_object_get_member (object, "column");
  /* a line and a column, or neither */
  g_assert_cmpint (JSON_NODE_HOLDS_NULL (line), ==, JSON_NODE_HOLDS_NULL (column));
  if (!JSON_NODE_HOLDS_NULL (line))
    {
      g_assert_cmpint (json_node_get_value_type (line), ==, G_TYPE_INT64);
      g_assert_cmpint (json_node_get_value_type (column), ==, G_TYPE_INT64);
      g_assert_cmpint (json_node_get_int (line), >, 0);
      g_assert_cmpint (json_node_get_int (column), >, 0);
      return g_strdup_printf ("%s:%" G_GINT64_FORMAT ":%" G_GINT64_FORMAT ": %s", file,
                              json_node_get_int (line), json_node_get_int (column), message);
    }
  if (path != NULL)
    {
      g_assert_true (g_str_has_prefix (path, "$"));
      return g_strdup_printf ("%s: %s: %s", file, path, message);
    }
  return g_strdup_printf ("%s: %s", file, message);
}

/* --format=json: every bad pack of tests/data gives, on standard output,
 * one JSON object a line, each saying what the text's line says, at the
 * same line and column or path; a good pack gives nothing */
static void
test_validate_json_lines (void)
{
  g_autofree char *data_dir = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_autofree char *minimal = test_pack_path ("minimal.json");
  g_autofree char *good_option = g_strdup_printf ("--validate=%s", minimal);
  g_autoptr(GDir) dir = g_dir_open (data_dir, 0, NULL);
  g_autoptr(GPtrArray) bad = g_ptr_array_new_with_free_func (g_free);
  const char *name;
  g_auto(Run) good = { 0 };
  g_auto(Run) builtin = { 0 };
  g_auto(Run) text_format = { 0 };
  static const char *codes[][2] = {
    { "bad-syntax.json", "syntax" },
    { "bad-invalid-utf8.json", "encoding" },
    { "bad-duplicate-id.json", "duplicate-id" },
    { "bad-unresolved-team.json", "unresolved" },
    { "bad-link-http.json", "unsafe-link" },
    { "bad-address-display-name.json", "bad-address" },
    { "bad-schema-version.json", "schema-version" },
    { "bad-long-name.json", "too-large" },
  };

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "bad-") && g_str_has_suffix (name, ".json"))
      g_ptr_array_add (bad, g_strdup (name));
  /* the table of test-content.c, and more */
  g_assert_cmpuint (bad->len, >=, 49);

  for (guint i = 0; i < bad->len; i++)
    {
      g_autofree char *path = test_pack_path (g_ptr_array_index (bad, i));
      g_autofree char *option = g_strdup_printf ("--validate=%s", path);
      g_auto(GStrv) text_lines = NULL;
      g_auto(GStrv) json_lines = NULL;
      g_auto(Run) text = { 0 };
      g_auto(Run) json = { 0 };

      /* under valgrind one pack is enough: each run takes seconds, and
       * valgrind-test-cli is near its timeout */
      if (RUNNING_ON_VALGRIND && i > 0)
        continue;
      run_app (&text, option, NULL);
      run_app (&json, option, "--format=json", NULL);
      g_assert_cmpint (exit_status (&text), ==, 1);
      g_assert_cmpint (exit_status (&json), ==, 1);
      g_assert_cmpstr (json.err, ==, "");
      g_assert_true (g_str_has_suffix (json.out, "\n"));

      text_lines = g_strsplit (text.err, "\n", -1);
      json_lines = g_strsplit (json.out, "\n", -1);
      g_assert_cmpuint (g_strv_length (json_lines), ==, g_strv_length (text_lines));
      g_assert_cmpuint (g_strv_length (json_lines), >=, 2);
      for (guint l = 0; json_lines[l + 1] != NULL; l++)
        {
          g_autofree char *said = text_line_from_json (json_lines[l]);

          g_assert_cmpstr (said, ==, text_lines[l]);
        }
    }

  /* the code says the kind of problem, whatever the language */
  for (guint i = 0; i < (RUNNING_ON_VALGRIND ? 1 : G_N_ELEMENTS (codes)); i++)
    {
      g_autofree char *path = test_pack_path (codes[i][0]);
      g_autofree char *option = g_strdup_printf ("--validate=%s", path);
      g_autofree char *expected = g_strdup_printf ("\"code\":\"%s\"}\n", codes[i][1]);
      g_auto(Run) run = { 0 };

      run_app (&run, option, "--format=json", NULL);
      g_assert_true (g_str_has_suffix (run.out, expected));
    }

  run_app (&good, good_option, "--format=json", NULL);
  g_assert_cmpint (exit_status (&good), ==, 0);
  g_assert_cmpstr (good.out, ==, "");
  g_assert_cmpstr (good.err, ==, "");

  run_app (&builtin, "--validate", "--format=json", NULL);
  g_assert_cmpint (exit_status (&builtin), ==, 0);
  g_assert_cmpstr (builtin.out, ==, "");
  /* the setting empty (or dropped by dconf for its type): said on the
   * error output, as with text, so a JSON-lines script can tell */
  g_assert_cmpstr (builtin.err, ==,
                   "The content-file setting is empty, so the built-in content is checked.\n");

  /* --format=text is today's report */
  run_app (&text_format, good_option, "--format=text", NULL);
  g_assert_cmpint (exit_status (&text_format), ==, 0);
  g_assert_true (g_str_has_suffix (text_format.out, ": valid: 4 units, 1 profile, 1 contact\n"));
}

/* The JSON lines of a problem whose words carry quotes, backslashes and
 * the like are still one line of valid JSON each */
static void
test_validate_json_escapes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "quote\"back\\slash.json", NULL);
  g_autofree char *option = g_strdup_printf ("--validate=%s", path);
  g_auto(GStrv) text_lines = NULL;
  g_auto(GStrv) json_lines = NULL;
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  static const char pack[] =
    "{\"schema\": \"a\\\"b\\\\c\"}\n";

  g_assert_true (g_file_set_contents (path, pack, -1, NULL));
  run_app (&text, option, NULL);
  run_app (&json, option, "--format=json", NULL);
  g_assert_cmpint (exit_status (&json), ==, 1);
  text_lines = g_strsplit (text.err, "\n", -1);
  json_lines = g_strsplit (json.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (json_lines), ==, g_strv_length (text_lines));
  for (guint l = 0; json_lines[l + 1] != NULL; l++)
    {
      g_autofree char *said = text_line_from_json (json_lines[l]);

      g_assert_cmpstr (said, ==, text_lines[l]);
    }
  g_assert_nonnull (strstr (text.err, ": $.schema: schema \"a\\\"b\\\\c\" is not supported"));

  g_unlink (path);
  g_rmdir (dir);
}

/* The JSON lines are UTF-8 whatever the locale (in the C locale too, where
 * the text report has "?" for what ASCII lacks), and name the file
 * exactly, percent-encoded, beside the name as a person reads it: a name
 * that is not UTF-8, or holds a line break, can be opened again */
static void
test_validate_json_any_locale (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  /* é in UTF-8; é in Latin-1 (not UTF-8), with a line break */
  g_autofree char *utf8_path = g_build_filename (dir, "\xc3\xa9quipe.json", NULL);
  g_autofree char *latin1_path = g_build_filename (dir, "\xe9quipe\n.json", NULL);
  g_autoptr(GBytes) pack = test_pack_minimal_with ("\"short_name\": \"EXRU\"",
                                                   "\"short_name\": \"EXRU\", \"caf\xc3\xa9\": 1");
  g_auto(GStrv) envp = g_environ_setenv (g_get_environ (), "LC_ALL", "C", TRUE);
  const char *paths[] = { utf8_path, latin1_path };

  g_assert_nonnull (dir);
  for (guint i = 0; i < G_N_ELEMENTS (paths); i++)
    {
      g_autofree char *option = g_strdup_printf ("--validate=%s", paths[i]);
      g_autofree char *escaped_dir = g_uri_escape_string (dir, "/", FALSE);
      g_autoptr(JsonParser) parser = json_parser_new ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) raw = NULL;
      g_auto(Run) json = { 0 };
      JsonObject *object;
      const char *file, *percent_encoded;

      g_assert_true (g_file_set_contents (paths[i], g_bytes_get_data (pack, NULL),
                                          g_bytes_get_size (pack), NULL));
      run_app_envp (&json, envp, option, "--format=json", NULL);
      g_assert_cmpint (exit_status (&json), ==, 1);
      g_assert_cmpstr (json.err, ==, "");
      g_assert_true (g_utf8_validate (json.out, -1, NULL));
      /* one problem, one line */
      g_assert_true (g_str_has_suffix (json.out, "\n"));
      g_assert_true (strchr (json.out, '\n') + 1 == json.out + strlen (json.out));
      /* not “?bad?”: the quotes and the é of the message are UTF-8 */
      g_assert_nonnull (strstr (json.out, "\"message\":\"unknown field \xe2\x80\x9c" "caf\xc3\xa9\xe2\x80\x9d\""));

      json_parser_load_from_data (parser, json.out, -1, &error);
      g_assert_no_error (error);
      object = json_node_get_object (json_parser_get_root (parser));
      file = json_object_get_string_member (object, "file");
      percent_encoded = json_object_get_string_member (object, "file_percent_encoded");
      /* the name a person reads: valid UTF-8 on one line */
      if (i == 0)
        g_assert_cmpstr (file, ==, paths[i]);
      else
        g_assert_true (g_str_has_suffix (file, "/\xef\xbf\xbdquipe\xef\xbf\xbd.json"));
      g_assert_true (g_str_has_prefix (file, dir));
      /* the name's bytes, which give back the file */
      g_assert_true (g_str_has_prefix (percent_encoded, escaped_dir));
      g_assert_true (g_str_has_suffix (percent_encoded, i == 0 ? "/%C3%A9quipe.json"
                                                                : "/%E9quipe%0A.json"));
      raw = g_uri_unescape_bytes (percent_encoded, -1, NULL, &error);
      g_assert_no_error (error);
      g_assert_cmpmem (g_bytes_get_data (raw, NULL), g_bytes_get_size (raw),
                       paths[i], strlen (paths[i]));
      g_unlink (paths[i]);
    }
  g_rmdir (dir);
}

/* A field whose name is not plain (letters, digits, "_", "-", "@") is
 * named in brackets, its quotes escaped, so that no name reads as another
 * path (a backslash cannot be in a name: the reader refuses escapes in
 * field names); the text and the JSON lines say the same */
static void
test_validate_paths_escaped (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.json", NULL);
  g_autofree char *option = g_strdup_printf ("--validate=%s", path);
  g_autoptr(GBytes) pack = test_pack_minimal_with (
    "\"short_name\": \"EXRU\"",
    "\"short_name\": \"EXRU\", \"a.b[0]\": 1, \"it's\": 2, "
    "\"$schema\": 4, \"name@cy.x\": 5, \"\": 6, \"caf\xc3\xa9\": 7, \"colour\": 8, "
    "\"size_2-b\": 9");
  g_auto(GStrv) text_lines = NULL;
  g_auto(GStrv) json_lines = NULL;
  g_auto(Run) text = { 0 };
  g_auto(Run) json = { 0 };
  static const char *expected[] = {
    ": $.organisation['a.b[0]']: unknown field “a.b[0]”",
    ": $.organisation['it\\'s']: unknown field “it's”",
    ": $.organisation['$schema']: unknown field “$schema”",
    ": $.organisation['name@cy.x']: unknown field “name@cy.x”",
    ": $.organisation['']: unknown field “”",
    ": $.organisation['caf\xc3\xa9']: unknown field “caf\xc3\xa9”",
    /* plain names as before */
    ": $.organisation.colour: unknown field “colour”",
    ": $.organisation.size_2-b: unknown field “size_2-b”",
  };

  g_assert_true (g_file_set_contents (path, g_bytes_get_data (pack, NULL),
                                      g_bytes_get_size (pack), NULL));
  run_app (&text, option, NULL);
  run_app (&json, option, "--format=json", NULL);
  g_assert_cmpint (exit_status (&text), ==, 1);
  g_assert_cmpint (exit_status (&json), ==, 1);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *line = g_strconcat (path, expected[i], "\n", NULL);

      g_assert_nonnull (strstr (text.err, line));
    }
  text_lines = g_strsplit (text.err, "\n", -1);
  json_lines = g_strsplit (json.out, "\n", -1);
  g_assert_cmpuint (g_strv_length (json_lines), ==, g_strv_length (text_lines));
  for (guint l = 0; json_lines[l + 1] != NULL; l++)
    {
      g_autofree char *said = text_line_from_json (json_lines[l]);

      g_assert_cmpstr (said, ==, text_lines[l]);
    }

  g_unlink (path);
  g_rmdir (dir);
}

/* An unknown --show is an error before any window (or running instance)
 * sees it; the ids listed are bounded */
static void
test_show_unknown (void)
{
  g_autofree char *huge = g_strnfill (100000, 'x');
  g_autofree char *option = g_strconcat ("--show=", huge, NULL);
  g_auto(Run) run = { 0 };
  g_auto(Run) empty = { 0 };

  run_app (&run, option, NULL);
  g_assert_cmpint (exit_status (&run), ==, 1);
  g_assert_true (g_str_has_prefix (run.err, "No page has the id “xxxxxxxx"));
  g_assert_nonnull (strstr (run.err, "x…”. The pages are: home, about, serocu,"));
  g_assert_cmpuint (strlen (run.err), <, 2000);

  run_app (&empty, "--show=", NULL);
  g_assert_cmpint (exit_status (&empty), ==, 1);
  g_assert_true (g_str_has_prefix (empty.err, "No page has the id “”."));
}

/* With no display the window cannot open: one line that says so */
static void
test_no_display (void)
{
  const char *argv[] = { g_getenv ("SEROCU_OUTREACH"), NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;

  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &run.out, &run.err,
                &run.status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (exit_status (&run), ==, 1);
  /* one line (under valgrind, its own report may stand around it) */
  g_assert_nonnull (strstr (run.err, "serocu-outreach: cannot open a display. The window needs a "
                                     "desktop session; --validate, --mailto, --qr, "
                                     "--export-chart, "
                                     "--dump-content and --hash-exit-pin work without one.\n"));
  if (!RUNNING_ON_VALGRIND)
    g_assert_true (strchr (run.err, '\n') == run.err + strlen (run.err) - 1);
}

/* --qr writes a new file or a regular one, and nothing else: never through
 * a link, into a FIFO or a device, or over the pack it reads; a failure says
 * why, without temporary file names */
static void
test_qr_output_is_safe (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "target.txt", NULL);
  g_autofree char *link = g_build_filename (dir, "link.svg", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.svg", NULL);
  g_autofree char *pack = g_build_filename (dir, "pack.svg", NULL);
  g_autofree char *minimal = test_pack_path ("minimal.json");
  g_autofree char *pack_text = NULL;
  g_autofree char *after = NULL;
  static const struct { const char *name; const char *says; } cases[] = {
    { "link.svg", "it is a symbolic link, which is never written through" },
    { "fifo.svg", "it is not a regular file" },
    { "no-such-folder/x.png", "the folder it would be in does not exist" },
    { "pack.svg", "it is the content pack being read, which is never written to" },
  };

  g_assert_true (g_file_set_contents (target, "kept", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_true (g_file_get_contents (minimal, &pack_text, NULL, NULL));
  g_assert_true (g_file_set_contents (pack, pack_text, -1, NULL));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_build_filename (dir, cases[i].name, NULL);
      g_autofree char *output = g_strdup_printf ("--output=%s", path);
      g_autofree char *content = g_strdup_printf ("--content=%s", pack);
      g_autofree char *expected = g_strdup_printf ("Cannot write %s: %s.\n", path, cases[i].says);
      g_auto(Run) run = { 0 };

      run_app (&run, content, "--qr=hr", output, NULL);
      g_assert_cmpint (exit_status (&run), ==, 1);
      g_assert_cmpstr (run.err, ==, expected);
    }

  /* nothing was written: the link's target, the pack */
  g_assert_true (g_file_get_contents (target, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "kept");
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (pack, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, pack_text);

  /* a read-only file is not replaced; a 0640 one written again stays 0640
   * (written anew and renamed over, it became readable by all) */
  {
    g_autofree char *read_only = g_build_filename (dir, "read-only.svg", NULL);
    g_autofree char *private = g_build_filename (dir, "private.svg", NULL);
    g_autofree char *output = g_strdup_printf ("--output=%s", read_only);
    g_autofree char *expected = g_strdup_printf ("Cannot write %s: it is read-only.\n", read_only);
    g_auto(Run) refused = { 0 };
    g_auto(Run) written = { 0 };
    struct stat st;

    g_assert_true (g_file_set_contents (read_only, "kept", -1, NULL));
    g_assert_cmpint (g_chmod (read_only, 0444), ==, 0);
    run_app (&refused, "--qr=hr", output, NULL);
    g_assert_cmpint (exit_status (&refused), ==, 1);
    g_assert_cmpstr (refused.err, ==, expected);
    g_clear_pointer (&after, g_free);
    g_assert_true (g_file_get_contents (read_only, &after, NULL, NULL));
    g_assert_cmpstr (after, ==, "kept");

    g_clear_pointer (&output, g_free);
    output = g_strdup_printf ("--output=%s", private);
    g_assert_true (g_file_set_contents (private, "old", -1, NULL));
    g_assert_cmpint (g_chmod (private, 0640), ==, 0);
    run_app (&written, "--qr=hr", output, NULL);
    g_assert_cmpint (exit_status (&written), ==, 0);
    g_assert_cmpint (g_stat (private, &st), ==, 0);
    g_assert_cmpint (st.st_mode & 0777, ==, 0640);
    g_assert_cmpuint (st.st_size, >, 3);
    g_unlink (read_only);
    g_unlink (private);
  }

  g_unlink (link);
  g_unlink (fifo);
  g_unlink (target);
  g_unlink (pack);
  g_rmdir (dir);
}

/* Whether process @pid has @path open or mapped */
static gboolean
process_reads (GPid        pid,
               const char *path)
{
  g_autofree char *maps_path = g_strdup_printf ("/proc/%d/maps", (int) pid);
  g_autofree char *fd_path = g_strdup_printf ("/proc/%d/fd", (int) pid);
  g_autofree char *maps = NULL;
  g_autoptr(GDir) fds = NULL;
  const char *name;

  if (g_file_get_contents (maps_path, &maps, NULL, NULL) && strstr (maps, path) != NULL)
    return TRUE;
  if ((fds = g_dir_open (fd_path, 0, NULL)) == NULL)
    return FALSE;
  while ((name = g_dir_read_name (fds)) != NULL)
    {
      g_autofree char *link = g_build_filename (fd_path, name, NULL);
      g_autofree char *target = g_file_read_link (link, NULL);

      if (g_strcmp0 (target, path) == 0)
        return TRUE;
    }
  return FALSE;
}

/* HR copies a new pack over the old one while a station starts: whatever
 * the reader sees (the old pack, the new one, a torn one), it ends with a
 * verdict, never a signal. (With the file mapped, as before, cutting it
 * short under the parser killed the app with SIGBUS every time.) */
static void
test_pack_changed_while_read (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pack.json", NULL);
  g_autofree char *option = g_strdup_printf ("--validate=%s", path);
  g_autoptr(GString) big = g_string_new ("{\"schema\": 1, \"units\": [");
  g_autofree char *padding = g_strnfill (150, 'p');
  g_autofree char *deep = g_strnfill (1000, '[');
  const char *argv[] = { g_getenv ("SEROCU_OUTREACH"), option, NULL };
  guint rounds = RUNNING_ON_VALGRIND ? 2 : 10;
  guint caught = 0;

  /* 30 MB of units under the limits: parsing it takes long enough to be
   * caught in the middle */
  for (guint i = 0; i < 150000; i++)
    g_string_append_printf (big, "%s{\"id\": \"u%u\", \"name\": \"Unit %u %s\"}", i ? "," : "", i,
                            i, padding);
  g_string_append (big, "]}");

  for (guint round = 0; round < rounds; round++)
    {
      g_autoptr(GSubprocess) reader = NULL;
      g_autoptr(GError) error = NULL;
      const char *pid;
      gint64 give_up;
      int fd;

      g_assert_true (g_file_set_contents (path, big->str, big->len, NULL));
      reader = g_subprocess_newv (argv, G_SUBPROCESS_FLAGS_STDOUT_SILENCE |
                                        G_SUBPROCESS_FLAGS_STDERR_SILENCE, &error);
      g_assert_no_error (error);

      /* as soon as the reader has the file, cut it short and rewrite it
       * deeper than any pack may be, in place (bounded: 5 s) */
      give_up = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
      /* the identifier is gone once the reader has ended, however early */
      while ((pid = g_subprocess_get_identifier (reader)) != NULL &&
             !process_reads (atoi (pid), path) && g_get_monotonic_time () < give_up)
        ;
      caught += g_get_monotonic_time () < give_up;
      fd = g_open (path, O_WRONLY, 0);
      g_assert_cmpint (fd, >=, 0);
      g_assert_cmpint (ftruncate (fd, 0), ==, 0);
      g_assert_cmpint (write (fd, deep, 1000), ==, 1000);
      g_close (fd, NULL);

      g_subprocess_wait (reader, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_subprocess_get_if_exited (reader));
    }
  g_test_message ("the reader was caught with the file open %u times of %u", caught, rounds);

  g_unlink (path);
  g_rmdir (dir);
}

/* --hash-exit-pin: the PIN on standard input, its hash on standard output */
static void
run_with_stdin (Run        *run,
                const char *input,
                const char *first_arg,
                ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  const char *arg;
  va_list args;

  g_ptr_array_add (argv, (gpointer) g_getenv ("SEROCU_OUTREACH"));
  va_start (args, first_arg);
  for (arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata,
                               G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                               G_SUBPROCESS_FLAGS_STDERR_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, input, NULL, &run->out, &run->err, &error);
  g_assert_no_error (error);
  run->status = g_subprocess_get_status (process);
  g_test_message ("stdout: %s\nstderr: %s", run->out, run->err);
}

static void
test_hash_exit_pin (void)
{
  static const char *piped[] = { "2468", "2468\n", "2468\r\n", "24681357\n", "0000\nsecond line\n" };
  static const char *refused[] = { "", "\n", "246\n", "246813579\n", "24a8\n", " 2468\n", "2468 \n",
                                   "２４６８\n", "-2468\n" };

  /* under valgrind, which is there for leaks, one PIN: each hash takes it
   * some 8 s, and test-exit-pin checks them */
  for (guint i = 0; i < (RUNNING_ON_VALGRIND ? 1 : G_N_ELEMENTS (piped)); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *pin = g_strndup (piped[i], strcspn (piped[i], "\r\n"));
      g_autofree char *line = NULL;

      run_with_stdin (&run, piped[i], "--hash-exit-pin", NULL);
      g_assert_cmpint (exit_status (&run), ==, 0);
      /* one line, in the stored form, of that PIN; nothing else said */
      g_assert_true (g_str_has_suffix (run.out, "\n"));
      line = g_strndup (run.out, strlen (run.out) - 1);
      g_assert_null (strchr (line, '\n'));
      g_assert_true (g_str_has_prefix (line, "pbkdf2-sha256$"));
      g_assert_true (outreach_exit_pin_is_hashed (line, NULL));
      if (!RUNNING_ON_VALGRIND)
        {
          g_assert_true (outreach_exit_pin_verify (line, pin));
          g_assert_false (outreach_exit_pin_verify (line, "9999"));
        }
      g_assert_cmpstr (run.err, ==, "");
    }

  /* a PIN the pad cannot type is refused, with the rule */
  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_auto(Run) run = { 0 };

      run_with_stdin (&run, refused[i], "--hash-exit-pin", NULL);
      g_assert_cmpint (exit_status (&run), ==, 1);
      g_assert_cmpstr (run.out, ==, "");
      g_assert_cmpstr (run.err, ==, "A staff PIN is 4 to 8 digits (0 to 9), nothing else: the "
                                    "station’s pad has only those keys.\n");
    }
}

/* never from the command line, where `ps` shows it; nor with what it does not use */
static void
test_hash_exit_pin_contradictions (void)
{
  static const struct { const char *args[3]; const char *says; } cases[] = {
    { { "--hash-exit-pin", "2468", NULL }, "--hash-exit-pin reads the PIN from standard input, never "
      "from the command line, which other users of the machine can see." },
    { { "--hash-exit-pin=2468", NULL }, "--hash-exit-pin reads the PIN from standard input, never "
      "from the command line, which other users of the machine can see." },
    { { "--hash-exit-pin", "--kiosk", NULL }, "--hash-exit-pin opens no window: --kiosk cannot be used with it." },
    { { "--hash-exit-pin", "--show=rart", NULL }, "--hash-exit-pin opens no window: --show cannot be used with it." },
    { { "--hash-exit-pin", "--content=a.json", NULL }, "--hash-exit-pin does not read --content: leave one of them out." },
    { { "--validate", "--hash-exit-pin", NULL }, "--validate and --hash-exit-pin cannot be used together." },
    { { "--hash-exit-pin", "--output=x.svg", NULL }, "--output is where --qr writes: use it with --qr." },
    { { "--hash-exit-pin", "--hash-exit-pin", NULL }, "--hash-exit-pin is given twice: give it once." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };
      g_autofree char *expected = g_strconcat (cases[i].says, "\n", NULL);

      run_with_stdin (&run, "2468\n", cases[i].args[0], cases[i].args[1], NULL);
      g_assert_cmpint (exit_status (&run), ==, 1);
      g_assert_cmpstr (run.err, ==, expected);
      g_assert_cmpstr (run.out, ==, "");
    }
}

/* Reads the terminal's side of @master until @text has come (or the
 * child has gone), for 20 s at most; returns all read so far. */
static void
read_terminal_until (int         master,
                     GString    *seen,
                     const char *text)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (text == NULL || strstr (seen->str, text) == NULL)
    {
      struct pollfd fd = { master, POLLIN, 0 };
      char buffer[256];
      ssize_t n;

      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (poll (&fd, 1, 100) <= 0)
        continue;
      n = read (master, buffer, sizeof buffer);
      if (n <= 0)
        break;   /* EIO: the child closed the terminal */
      g_string_append_len (seen, buffer, n);
    }
}

/* The app with a new pseudo-terminal as its standard input and error, and a
 * pipe as its output; @master is the terminal's other side. */
static GSubprocess *
spawn_on_terminal (const char **argv,
                   int         *master)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE);
  g_autoptr(GError) error = NULL;
  GSubprocess *process;
  int slave;

  *master = posix_openpt (O_RDWR | O_NOCTTY);
  g_assert_cmpint (*master, >=, 0);
  g_assert_cmpint (grantpt (*master), ==, 0);
  g_assert_cmpint (unlockpt (*master), ==, 0);
  slave = open (ptsname (*master), O_RDWR | O_NOCTTY);
  g_assert_cmpint (slave, >=, 0);
  g_subprocess_launcher_take_stdin_fd (launcher, slave);
  g_subprocess_launcher_take_stderr_fd (launcher, dup (slave));
  process = g_subprocess_launcher_spawnv (launcher, argv, &error);
  g_assert_no_error (error);
  return process;
}

/* On a terminal: asked twice, and never echoed */
static void
test_hash_exit_pin_terminal (void)
{
  const char *argv[] = { g_getenv ("SEROCU_OUTREACH"), "--hash-exit-pin", NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autofree char *out = NULL;
  int master;

  process = spawn_on_terminal (argv, &master);

  read_terminal_until (master, seen, "Staff PIN (4 to 8 digits): ");
  g_assert_cmpint (write (master, "13572468\n", 9), ==, 9);
  read_terminal_until (master, seen, "The same PIN again: ");
  g_assert_cmpint (write (master, "13572468\n", 9), ==, 9);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  read_terminal_until (master, seen, NULL);
  g_test_message ("terminal: %s\nstdout: %s", seen->str, out);

  g_assert_true (g_subprocess_get_successful (process));
  g_assert_true (outreach_exit_pin_is_hashed (g_strchomp (out), NULL));
  if (!RUNNING_ON_VALGRIND)
    g_assert_true (outreach_exit_pin_verify (out, "13572468"));
  /* the screen showed the prompts, and not one digit */
  g_assert_nonnull (strstr (seen->str, "The same PIN again: "));
  {
    g_autoptr(GString) rest = g_string_new (seen->str);

    g_string_replace (rest, "Staff PIN (4 to 8 digits): ", "", 0);
    g_assert_null (strpbrk (rest->str, "0123456789"));
  }
  close (master);
}

/* typed twice differently: nothing is printed */
static void
test_hash_exit_pin_terminal_mismatch (void)
{
  const char *argv[] = { g_getenv ("SEROCU_OUTREACH"), "--hash-exit-pin", NULL };
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  g_autofree char *out = NULL;
  int master;

  process = spawn_on_terminal (argv, &master);

  read_terminal_until (master, seen, "Staff PIN (4 to 8 digits): ");
  g_assert_cmpint (write (master, "2468\n", 5), ==, 5);
  read_terminal_until (master, seen, "The same PIN again: ");
  g_assert_cmpint (write (master, "2469\n", 5), ==, 5);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  read_terminal_until (master, seen, NULL);

  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 1);
  g_assert_cmpstr (out, ==, "");
  g_assert_nonnull (strstr (seen->str, "The two PINs differ: nothing is set. Try again."));
  g_assert_null (strstr (seen->str, "246"));
  close (master);
}

/* The content-file setting names the pack the tools read, as it does the
 * window's: --validate with no file checks it, --mailto and --qr answer from
 * it, and --content still overrides it for one run */
static void
test_configured_pack (void)
{
  g_autofree char *other = test_pack_path ("other-unit.json");
  g_autofree char *minimal = test_pack_path ("minimal.json");
  g_autofree char *content = g_strdup_printf ("--content=%s", minimal);
  g_autofree char *expected = g_strdup_printf ("%s: valid: 7 units, 2 profiles, 4 contacts\n", other);
  g_autofree char *expected_minimal = g_strdup_printf ("%s: valid: 4 units, 1 profile, 1 contact\n",
                                                       minimal);
  g_auto(Configured) config = { 0 };
  g_auto(Run) validated = { 0 };
  g_auto(Run) json = { 0 };
  g_auto(Run) mailto = { 0 };
  g_auto(Run) unknown = { 0 };
  g_auto(Run) over = { 0 };
  g_auto(Run) over_mailto = { 0 };
  g_auto(Run) dumped = { 0 };
  g_autoptr(GBytes) builtin = outreach_content_get_builtin_bytes ();

  configured_init (&config, other);

  run_configured (&validated, &config, "--validate", NULL);
  g_assert_cmpint (exit_status (&validated), ==, 0);
  g_assert_cmpstr (validated.out, ==, expected);

  run_configured (&json, &config, "--validate", "--format=json", NULL);
  g_assert_cmpint (exit_status (&json), ==, 0);
  g_assert_cmpstr (json.out, ==, "");

  /* the other unit's contact, about its page: nothing of SEROCU's */
  run_configured (&mailto, &config, "--mailto=people-office:staff-stories", NULL);
  g_assert_cmpint (exit_status (&mailto), ==, 0);
  g_assert_true (g_str_has_prefix (mailto.out, "mailto:people@northmoor.example?subject="));
  g_assert_null (strstr (mailto.out, "SEROCU"));
  g_assert_null (strstr (mailto.out, "pnn.police.uk"));

  /* the ids it lists are the configured pack's */
  run_configured (&unknown, &config, "--mailto=hr", NULL);
  g_assert_cmpint (exit_status (&unknown), ==, 1);
  g_assert_cmpstr (unknown.err, ==, "No contact has the id “hr”. The contacts are: people-office, "
                                    "vacancies, outreach, press.\n");

  /* --content, for one run */
  run_configured (&over, &config, content, "--validate", NULL);
  g_assert_cmpint (exit_status (&over), ==, 0);
  g_assert_cmpstr (over.out, ==, expected_minimal);
  run_configured (&over_mailto, &config, content, "--mailto=hr:pursue", NULL);
  g_assert_cmpint (exit_status (&over_mailto), ==, 0);
  g_assert_true (g_str_has_prefix (over_mailto.out, "mailto:hr@example.org?subject="));

  /* --dump-content is the starting point for a pack of one's own: the
   * built-in one, whatever is configured */
  run_configured (&dumped, &config, "--dump-content", NULL);
  g_assert_cmpint (exit_status (&dumped), ==, 0);
  g_assert_cmpmem (dumped.out, strlen (dumped.out), g_bytes_get_data (builtin, NULL),
                   g_bytes_get_size (builtin));
}

/* "~/" in the setting is the home folder of whoever runs the tool */
static void
test_configured_home (void)
{
  g_autofree char *other = test_pack_path ("other-unit.json");
  g_autofree char *text = NULL;
  g_autofree char *packs = NULL;
  g_autofree char *copy = NULL;
  g_autofree char *expected = NULL;
  g_auto(Configured) config = { 0 };
  g_auto(Run) validated = { 0 };
  g_auto(Run) mailto = { 0 };

  configured_init (&config, "~/packs/other-unit.json");
  packs = g_build_filename (config.home, "packs", NULL);
  copy = g_build_filename (packs, "other-unit.json", NULL);
  g_assert_cmpint (g_mkdir (packs, 0700), ==, 0);
  g_assert_true (g_file_get_contents (other, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (copy, text, -1, NULL));
  expected = g_strdup_printf ("%s: valid: 7 units, 2 profiles, 4 contacts\n", copy);

  run_configured (&validated, &config, "--validate", NULL);
  g_assert_cmpint (exit_status (&validated), ==, 0);
  g_assert_cmpstr (validated.out, ==, expected);
  run_configured (&mailto, &config, "--mailto=vacancies", NULL);
  g_assert_cmpint (exit_status (&mailto), ==, 0);
  g_assert_true (g_str_has_prefix (mailto.out, "mailto:vacancies@northmoor.example"));

  /* "~/" on the command line, where a shell leaves it (after "="), means
   * the same as in the setting */
    {
      g_auto(Run) named = { 0 };
      g_auto(Run) content = { 0 };
      g_auto(Run) empty = { 0 };

      run_configured (&named, &config, "--validate=~/packs/other-unit.json", NULL);
      g_assert_cmpint (exit_status (&named), ==, 0);
      g_assert_cmpstr (named.out, ==, expected);
      run_configured (&content, &config, "--content=~/packs/other-unit.json",
                      "--mailto=vacancies", NULL);
      g_assert_cmpint (exit_status (&content), ==, 0);
      g_assert_true (g_str_has_prefix (content.out, "mailto:vacancies@northmoor.example"));
      /* "--validate=" names no file: said so, not ": there is no such file" */
      run_configured (&empty, &config, "--validate=", NULL);
      g_assert_cmpint (exit_status (&empty), ==, 1);
      g_assert_nonnull (strstr (empty.err, "--validate= names no file"));
    }

  g_unlink (copy);
  g_rmdir (packs);
}

/* A configured pack that cannot be used is said (the file, the place, the
 * problem) and the tool fails: it never answers from the built-in pack,
 * which would give someone checking their own unit's pack SEROCU's answer */
static void
test_configured_broken (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing.json", NULL);
  g_autofree char *bad_syntax = test_pack_path ("bad-syntax.json");
  g_autofree char *bad_link = test_pack_path ("bad-link-javascript.json");
  g_autofree char *png = g_build_filename (dir, "poster.png", NULL);
  g_autofree char *output = g_strdup_printf ("--output=%s", png);
  g_autofree char *missing_says = g_strdup_printf ("%s: there is no such file", missing);
  g_autofree char *syntax_says = g_strdup_printf ("%s:5:24: ", bad_syntax);
  g_autofree char *link_says = g_strdup_printf ("%s: $.links[0].url: ", bad_link);
  const struct { const char *value; const char *says; const char *file; } cases[] = {
    { missing, missing_says, missing },
    { bad_syntax, syntax_says, bad_syntax },
    { bad_link, link_says, bad_link },
    /* the app starts from different folders: a relative path names no one file */
    { "packs/our-unit.json", "The content-file setting is “packs/our-unit.json”: a content "
      "pack’s file must be given by its absolute path", "packs/our-unit.json" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Configured) config = { 0 };
      g_auto(Run) validated = { 0 };
      g_auto(Run) json = { 0 };
      g_auto(Run) mailto = { 0 };
      g_auto(Run) qr = { 0 };
      g_auto(Run) dumped = { 0 };
      g_autofree char *json_file = NULL;

      g_test_message ("content-file = %s", cases[i].value);
      configured_init (&config, cases[i].value);

      run_configured (&validated, &config, "--validate", NULL);
      g_assert_cmpint (exit_status (&validated), ==, 1);
      g_assert_cmpstr (validated.out, ==, "");
      g_assert_true (g_str_has_prefix (validated.err, cases[i].says));
      g_assert_null (strstr (validated.err, "built-in"));

      /* a script sees a problem, never the silence of a good pack */
      run_configured (&json, &config, "--validate", "--format=json", NULL);
      g_assert_cmpint (exit_status (&json), ==, 1);
      json_file = g_strdup_printf ("{\"file\":\"%s\",", cases[i].file);
      g_assert_true (g_str_has_prefix (json.out, json_file));
      g_assert_nonnull (strstr (json.out, "\"code\":"));

      /* no link from another pack's contacts */
      run_configured (&mailto, &config, "--mailto=hr", NULL);
      g_assert_cmpint (exit_status (&mailto), ==, 1);
      g_assert_cmpstr (mailto.out, ==, "");
      g_assert_nonnull (strstr (mailto.err, "content-file setting"));
      g_assert_nonnull (strstr (mailto.err, cases[i].says));

      run_configured (&qr, &config, "--qr=hr", output, NULL);
      g_assert_cmpint (exit_status (&qr), ==, 1);
      g_assert_nonnull (strstr (qr.err, cases[i].says));
      g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));

      /* what reads no pack is not stopped by one */
      run_configured (&dumped, &config, "--dump-content", NULL);
      g_assert_cmpint (exit_status (&dumped), ==, 0);
    }

  g_rmdir (dir);
}

/* --qr never writes over the pack it reads: the configured one included */
static void
test_configured_qr_keeps_pack (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *source = test_pack_path ("other-unit.json");
  g_autofree char *pack = g_build_filename (dir, "pack.png", NULL);
  g_autofree char *output = g_strdup_printf ("--output=%s", pack);
  g_autofree char *text = NULL;
  g_auto(Configured) config = { 0 };
  g_auto(Run) qr = { 0 };
  FileState before = { 0 };

  /* a pack whose name ends in .png, so that only its being the pack stops --qr */
  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (pack, text, -1, NULL));
  file_state_read (&before, pack);
  configured_init (&config, pack);

  run_configured (&qr, &config, "--qr=press", output, NULL);
  g_assert_cmpint (exit_status (&qr), ==, 1);
  g_assert_nonnull (strstr (qr.err, "content pack being read"));
  assert_unchanged (&before, pack, "--qr");

  g_free (before.bytes);
  g_unlink (pack);
  g_rmdir (dir);
}

/* A station's times, PIN and lock-down live in the settings schema: without
 * it, --kiosk is refused rather than resetting at once with no way out */
static void
test_kiosk_needs_schema (void)
{
  g_autofree char *empty = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  const char *argv[] = { g_getenv ("SEROCU_OUTREACH"), "--kiosk", NULL };
  g_auto(GStrv) env = g_environ_setenv (g_get_environ (), "GSETTINGS_SCHEMA_DIR", empty, TRUE);
  g_auto(Run) run = { 0 };
  g_autoptr(GError) error = NULL;

  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &run.out, &run.err,
                &run.status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (exit_status (&run), ==, 1);
  g_assert_nonnull (strstr (run.err, "a display station needs the app's settings schema"));
  g_rmdir (empty);
}

/* --export-chart (#18): the organisation chart for posters, from the pack
 * the window would show, without a display; the branch --show names */

/* The text of a PDF, whitespace as single spaces (pdftotext, poppler-utils) */
static char *
pdf_text (const char *pdf)
{
  g_autofree char *out = NULL;
  g_auto(GStrv) words = NULL;
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  const char *argv[] = { "pdftotext", "-raw", "-enc", "UTF-8", pdf, "-", NULL };
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  words = g_strsplit_set (out, " \n\f", -1);
  for (guint i = 0; words[i] != NULL; i++)
    if (*words[i] != '\0')
      g_string_append_printf (text, "%s%s", text->len ? " " : "", words[i]);
  return g_strdup (text->str);
}

static void
test_export_chart (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *pdf = g_build_filename (dir, "recu.PDF", NULL);
  g_autofree char *other_svg = g_build_filename (dir, "other.svg", NULL);
  g_autofree char *svg_option = g_strdup_printf ("--export-chart=%s", svg);
  g_autofree char *pdf_option = g_strdup_printf ("--export-chart=%s", pdf);
  g_autofree char *other_option = g_strdup_printf ("--export-chart=%s", other_svg);
  g_autofree char *other_unit = test_pack_path ("other-unit.json");
  g_autofree char *content = g_strdup_printf ("--content=%s", other_unit);
  const char *argv[] = { g_getenv ("SEROCU_OUTREACH"), svg_option, NULL };
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *text = NULL;
  g_auto(Run) whole = { 0 };
  g_auto(Run) branch = { 0 };
  g_auto(Run) other = { 0 };

  /* the whole chart, with no display: a tool, like --qr */
  env = g_environ_unsetenv (env, "DISPLAY");
  env = g_environ_unsetenv (env, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv, env, G_SPAWN_DEFAULT, NULL, NULL, &whole.out, &whole.err,
                &whole.status, &error);
  g_assert_no_error (error);
  g_assert_cmpint (exit_status (&whole), ==, 0);
  g_assert_cmpstr (whole.out, ==, "");
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "<?xml"));
  g_assert_nonnull (strstr (text, "<title>South East Regional Organised Crime Unit</title>"));
  g_assert_nonnull (strstr (text, "<title>Regional Cyber Crime Unit</title>"));
  g_assert_nonnull (strstr (text, "<title>Regional Asset Recovery Team</title>"));
  g_clear_pointer (&text, g_free);

  /* a branch, as PDF (the suffix in any case) */
  run_app (&branch, pdf_option, "--show=recu", NULL);
  g_assert_cmpint (exit_status (&branch), ==, 0);
  g_assert_true (g_file_get_contents (pdf, &text, NULL, NULL));
  g_assert_true (g_str_has_prefix (text, "%PDF-"));
  if (have_program ("pdftotext"))
    {
      g_autofree char *words = pdf_text (pdf);

      g_assert_nonnull (strstr (words, "Regional Asset Recovery Team"));
      g_assert_nonnull (strstr (words, "Financial Investigation Support Team"));
      g_assert_null (strstr (words, "Cyber Pursue Team"));
      g_assert_null (strstr (words, "Sensitive Intelligence Unit"));
    }
  g_clear_pointer (&text, g_free);

  /* --content's pack */
  run_app (&other, content, other_option, "--show=smuggling-group", NULL);
  g_assert_cmpint (exit_status (&other), ==, 0);
  g_assert_true (g_file_get_contents (other_svg, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<title>Northmoor Fictional Crime Directorate</title>"));
  g_assert_nonnull (strstr (text, "<title>Livestock Desk</title>"));
  g_assert_null (strstr (text, "Piracy Group"));

  g_unlink (svg);
  g_unlink (pdf);
  g_unlink (other_svg);
  g_rmdir (dir);
}

/* What --export-chart refuses, and why: an id that is no unit's (listing
 * the units'), a name that is neither .svg nor .pdf, a file it must not
 * write (a link, a FIFO, a missing folder, the pack it reads), other tools
 * and the window's options; nothing is written */
static void
test_export_chart_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *target = g_build_filename (dir, "target.txt", NULL);
  g_autofree char *link = g_build_filename (dir, "link.svg", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.pdf", NULL);
  g_autofree char *pack = g_build_filename (dir, "pack.pdf", NULL);
  g_autofree char *minimal = test_pack_path ("minimal.json");
  g_autofree char *content = g_strdup_printf ("--content=%s", pack);
  g_autofree char *pack_text = NULL;
  g_autofree char *after = NULL;
  static const struct { const char *name; const char *says; } unwritable[] = {
    { "link.svg", "it is a symbolic link, which is never written through" },
    { "fifo.pdf", "it is not a regular file" },
    { "no-such-folder/chart.svg", "the folder it would be in does not exist" },
    { "pack.pdf", "it is the content pack being read, which is never written to" },
  };
  static const struct { const char *args[4]; const char *says; } cases[] = {
    { { "--export-chart=chart.svg", "--show=nowhere", NULL },
      "No unit has the id “nowhere”. The chart can show the branch of any of these units: "
      "serocu, siu, siu-tactical-exploitation," },
    /* a person's page has no branch */
    { { "--export-chart=chart.svg", "--show=jody", NULL }, "No unit has the id “jody”." },
    { { "--export-chart=chart.png", NULL }, "“chart.png” should end in .svg or .pdf." },
    { { "--export-chart=chart", "--show=recu", NULL }, "“chart” should end in .svg or .pdf." },
    { { "--export-chart=a.svg", "--kiosk", NULL },
      "--export-chart opens no window: --kiosk cannot be used with it." },
    { { "--export-chart=a.svg", "--present", NULL },
      "--export-chart opens no window: --present cannot be used with it." },
    { { "--export-chart=a.svg", "--idle-seconds=60", NULL },
      "--export-chart opens no window: --idle-seconds cannot be used with it." },
    { { "--mailto=hr", "--export-chart=a.svg", NULL },
      "--mailto and --export-chart cannot be used together." },
    { { "--export-chart=a.svg", "--validate", NULL },
      "--export-chart and --validate cannot be used together." },
    { { "--export-chart=a.svg", "--output=b.svg", NULL },
      "--output is where --qr writes: use it with --qr." },
    { { "--export-chart=a.svg", "--export-chart=b.pdf", NULL },
      "--export-chart is given twice: give it once." },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Run) run = { 0 };

      run_app (&run, cases[i].args[0], cases[i].args[1], cases[i].args[2], NULL);
      g_assert_cmpint (exit_status (&run), ==, 1);
      g_assert_true (g_str_has_prefix (run.err, cases[i].says));
      g_assert_cmpstr (run.out, ==, "");
    }
  g_assert_false (g_file_test ("chart.svg", G_FILE_TEST_EXISTS));
  g_assert_false (g_file_test ("a.svg", G_FILE_TEST_EXISTS));

  g_assert_true (g_file_set_contents (target, "kept", -1, NULL));
  g_assert_cmpint (symlink (target, link), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  /* a pack whose name ends in .pdf, so that only its being the pack stops it */
  g_assert_true (g_file_get_contents (minimal, &pack_text, NULL, NULL));
  g_assert_true (g_file_set_contents (pack, pack_text, -1, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (unwritable); i++)
    {
      g_autofree char *path = g_build_filename (dir, unwritable[i].name, NULL);
      g_autofree char *option = g_strdup_printf ("--export-chart=%s", path);
      g_autofree char *expected = g_strdup_printf ("Cannot write %s: %s.\n", path,
                                                   unwritable[i].says);
      g_auto(Run) run = { 0 };

      run_app (&run, content, option, NULL);
      g_assert_cmpint (exit_status (&run), ==, 1);
      g_assert_cmpstr (run.err, ==, expected);
    }
  g_assert_true (g_file_get_contents (target, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, "kept");
  g_clear_pointer (&after, g_free);
  g_assert_true (g_file_get_contents (pack, &after, NULL, NULL));
  g_assert_cmpstr (after, ==, pack_text);

  g_unlink (link);
  g_unlink (fifo);
  g_unlink (target);
  g_unlink (pack);
  g_rmdir (dir);
}

/* The configured pack (the content-file setting) is the one drawn, and
 * never written over */
static void
test_configured_export_chart (void)
{
  g_autofree char *dir = g_dir_make_tmp ("outreach-XXXXXX", NULL);
  g_autofree char *source = test_pack_path ("other-unit.json");
  g_autofree char *pack = g_build_filename (dir, "pack.svg", NULL);
  g_autofree char *chart = g_build_filename (dir, "chart.svg", NULL);
  g_autofree char *onto_pack = g_strdup_printf ("--export-chart=%s", pack);
  g_autofree char *to_chart = g_strdup_printf ("--export-chart=%s", chart);
  g_autofree char *text = NULL;
  g_auto(Configured) config = { 0 };
  g_auto(Run) run = { 0 };
  g_auto(Run) refused = { 0 };
  FileState before = { 0 };

  g_assert_true (g_file_get_contents (source, &text, NULL, NULL));
  g_assert_true (g_file_set_contents (pack, text, -1, NULL));
  g_clear_pointer (&text, g_free);
  file_state_read (&before, pack);
  configured_init (&config, pack);

  run_configured (&run, &config, to_chart, NULL);
  g_assert_cmpint (exit_status (&run), ==, 0);
  g_assert_true (g_file_get_contents (chart, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<title>Northmoor Fictional Crime Directorate</title>"));

  run_configured (&refused, &config, onto_pack, NULL);
  g_assert_cmpint (exit_status (&refused), ==, 1);
  g_assert_nonnull (strstr (refused.err, "content pack being read"));
  assert_unchanged (&before, pack, "--export-chart");

  g_free (before.bytes);
  g_unlink (chart);
  g_unlink (pack);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/validate/builtin", test_validate_builtin);
  g_test_add_func ("/cli/validate/good-file", test_validate_good_file);
  g_test_add_func ("/cli/validate/bad-files", test_validate_bad_files);
  g_test_add_func ("/cli/validate/every-problem", test_validate_lists_every_problem);
  g_test_add_func ("/cli/validate/never-writes", test_validate_never_writes);
  g_test_add_func ("/cli/never-writes-a-pack", test_never_writes_a_pack);
  g_test_add_func ("/cli/dump-content", test_dump_content);
  g_test_add_func ("/cli/version-and-help", test_version_and_help);
  g_test_add_func ("/cli/mailto", test_mailto_option);
  g_test_add_func ("/cli/qr", test_qr_option);
  g_test_add_func ("/cli/mailto/names-the-page", test_mailto_names_the_page);
  g_test_add_func ("/cli/qr/output-is-safe", test_qr_output_is_safe);
  g_test_add_func ("/cli/contradictions", test_contradictions);
  g_test_add_func ("/cli/validate/content-option", test_validate_content_option);
  g_test_add_func ("/cli/validate/json-lines", test_validate_json_lines);
  g_test_add_func ("/cli/validate/json-escapes", test_validate_json_escapes);
  g_test_add_func ("/cli/validate/json-any-locale", test_validate_json_any_locale);
  g_test_add_func ("/cli/validate/paths-escaped", test_validate_paths_escaped);
  g_test_add_func ("/cli/show-unknown", test_show_unknown);
  g_test_add_func ("/cli/no-display", test_no_display);
  g_test_add_func ("/cli/pack-changed-while-read", test_pack_changed_while_read);
  g_test_add_func ("/cli/kiosk-needs-schema", test_kiosk_needs_schema);
  g_test_add_func ("/cli/configured/pack", test_configured_pack);
  g_test_add_func ("/cli/configured/home", test_configured_home);
  g_test_add_func ("/cli/configured/broken", test_configured_broken);
  g_test_add_func ("/cli/configured/qr-keeps-pack", test_configured_qr_keeps_pack);
  g_test_add_func ("/cli/export-chart", test_export_chart);
  g_test_add_func ("/cli/export-chart/errors", test_export_chart_errors);
  g_test_add_func ("/cli/configured/export-chart", test_configured_export_chart);
  g_test_add_func ("/cli/hash-exit-pin", test_hash_exit_pin);
  g_test_add_func ("/cli/hash-exit-pin/contradictions", test_hash_exit_pin_contradictions);
  g_test_add_func ("/cli/hash-exit-pin/terminal", test_hash_exit_pin_terminal);
  g_test_add_func ("/cli/hash-exit-pin/terminal-mismatch", test_hash_exit_pin_terminal_mismatch);

  return g_test_run ();
}
