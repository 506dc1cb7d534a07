/* test-application.c: the application, started with options as from a shell
 *
 * Each test runs the real OutreachApplication with a command line and
 * checks the window it opens from its "activate" handler, which then closes
 * the window so that g_application_run () returns. A flag set by the
 * handler is checked after the run: an application that never activated
 * fails the test instead of passing it unchecked.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "outreach-application.h"
#include "outreach-content-watch.h"
#include "outreach-page-view.h"
#include "outreach-window.h"
#include "test-utils.h"

typedef struct
{
  const char *expect_title;
  const char *expect_page;
  const char *expect_problem;
  gboolean    activated;
} AppCase;

static void
on_activate_after (GApplication *app,
                   AppCase      *expect)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkRevealer *revealer;
  GtkLabel *problem;

  expect->activated = TRUE;
  g_assert_nonnull (window);
  g_assert_cmpstr (gtk_window_get_title (window), ==, expect->expect_title);
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (OUTREACH_WINDOW (window))),
                   ==, expect->expect_page);

  revealer = GTK_REVEALER (test_child (window, OUTREACH_TYPE_WINDOW, "problem_revealer"));
  problem = GTK_LABEL (test_child (window, OUTREACH_TYPE_WINDOW, "problem_label"));
  if (expect->expect_problem == NULL)
    g_assert_false (gtk_revealer_get_reveal_child (revealer));
  else
    {
      g_test_message ("shown: %s", gtk_label_get_text (problem));
      g_assert_true (gtk_revealer_get_reveal_child (revealer));
      g_assert_nonnull (strstr (gtk_label_get_text (problem), expect->expect_problem));
    }

  gtk_window_destroy (window);
}

static void
run_app (AppCase    *expect,
         const char *arg1,
         const char *arg2)
{
  g_autoptr(OutreachApplication) app = outreach_application_new ();
  char *argv[] = { (char *) "serocu-outreach", (char *) arg1, (char *) arg2, NULL };
  int argc = arg2 ? 3 : arg1 ? 2 : 1;

  /* tests may run side by side on one session bus */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_after), expect);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), argc, argv), ==, 0);
  g_assert_true (expect->activated);
}

static void
on_activate_zoom (GApplication *app,
                  gboolean     *activated)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));
  GtkWidget *view = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
  GtkWidget *title = test_child (view, OUTREACH_TYPE_PAGE_VIEW, "title");
  int dpi_before, dpi_bigger, dpi_reset, min_before, min_bigger, nat;

  *activated = TRUE;
  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi_before, NULL);
  gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, 800, &min_before, &nat, NULL, NULL);

  /* Ctrl+plus twice: larger text, so the heading takes more room */
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi_bigger, NULL);
  gtk_widget_measure (title, GTK_ORIENTATION_VERTICAL, 800, &min_bigger, &nat, NULL, NULL);
  g_assert_cmpint (dpi_bigger, >, dpi_before * 1.2);
  g_assert_cmpint (min_bigger, >, min_before);

  /* Ctrl+0: back to the desktop's size */
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi_reset, NULL);
  g_assert_cmpint (dpi_reset, ==, dpi_before > 0 ? dpi_before : 96 * 1024);

  /* the usual steps: 110, 125, 150 and 200 % is the fourth press; back
   * down by one is 175 %, and the text never grows past 300 % */
  {
    const double up[] = { 1.1, 1.25, 1.5, 1.75, 2.0 };
    int dpi;

    for (guint i = 0; i < G_N_ELEMENTS (up); i++)
      {
        g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
        g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
        g_assert_cmpint (dpi, ==, (int) (dpi_reset * up[i]));
      }
    g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-out", NULL);
    g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
    g_assert_cmpint (dpi, ==, (int) (dpi_reset * 1.75));
    for (guint i = 0; i < 10; i++)
      g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
    g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
    g_assert_cmpint (dpi, ==, (int) (dpi_reset * 3.0));
    /* at the largest, Larger Text is greyed out, Smaller Text is not; at
     * the smallest, the other way round (probe 16a: it looked as if one
     * more press would do something) */
    g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "zoom-in"));
    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "zoom-out"));
    for (guint i = 0; i < 20; i++)
      g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-out", NULL);
    g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
    g_assert_cmpint (dpi, ==, (int) (dpi_reset * 0.6));
    g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "zoom-out"));
    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "zoom-in"));
    g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-reset", NULL);
    g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "zoom-out"));
  }

  gtk_window_destroy (window);
}

static void
test_app_zoom (void)
{
  g_autoptr(OutreachApplication) app = outreach_application_new ();
  char *argv[] = { (char *) "serocu-outreach", (char *) "--show=rart", NULL };
  const char * const *accels;
  gboolean activated = FALSE;

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_activate_zoom), &activated);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), 2, argv), ==, 0);
  g_assert_true (activated);

  accels = (const char * const *) gtk_application_get_accels_for_action (GTK_APPLICATION (app), "app.zoom-in");
  g_assert_true (g_strv_contains (accels, "<Control>plus"));
}

static void
test_app_show_option (void)
{
  AppCase expect = { "Regional Asset Recovery Team – SEROCU", "rart", NULL, FALSE };

  run_app (&expect, "--show=rart", NULL);
}

static void
test_app_content_option (void)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autofree char *option = g_strdup_printf ("--content=%s", path);
  AppCase expect = { "Pursue Team – EXRU", "pursue", NULL, FALSE };

  run_app (&expect, option, "--show=pursue");
}

static void
test_app_broken_content (void)
{
  g_autofree char *path = test_pack_path ("bad-syntax.json");
  g_autofree char *option = g_strdup_printf ("--content=%s", path);
  g_autofree char *problem = g_strdup_printf ("%s:5:24: ", path);
  AppCase expect = { "South East Regional Organised Crime Unit", "home", problem, FALSE };

  /* the app starts with its built-in content and says which file was rejected */
  run_app (&expect, option, NULL);
}

/* The content-file setting: the pack every way of starting the app shows */

static void
configure_pack (const char *name)
{
  g_autofree char *path = test_pack_path (name);

  test_configure ("content-file", g_variant_new_string (path));
}

static void
test_app_configured_pack (void)
{
  AppCase expect = { "Northmoor Fictional Crime Directorate", "home", NULL, FALSE };

  /* as the launcher starts it: no option, the configured pack */
  configure_pack ("other-unit.json");
  run_app (&expect, NULL, NULL);
}

static void
test_app_configured_pack_show (void)
{
  AppCase expect = { "Livestock Desk – NFCD", "livestock-desk", NULL, FALSE };

  /* --show's page is looked for in the configured pack, not the built-in one */
  configure_pack ("other-unit.json");
  run_app (&expect, "--show=livestock-desk", NULL);
}

static void
test_app_configured_pack_overridden (void)
{
  g_autofree char *path = test_pack_path ("minimal.json");
  g_autofree char *option = g_strdup_printf ("--content=%s", path);
  AppCase expect = { "Pursue Team – EXRU", "pursue", NULL, FALSE };

  /* --content wins, for this session */
  configure_pack ("other-unit.json");
  run_app (&expect, option, "--show=pursue");
}

/* A first start: no configured pack was shown before (one that was would
 * stay, not the built-in one: see test-live-update) */
static void
first_start (void)
{
  _outreach_content_remember_shown (NULL);
}

static void
test_app_configured_pack_broken (void)
{
  g_autofree char *path = test_pack_path ("bad-syntax.json");
  g_autofree char *problem = g_strdup_printf ("%s:5:24: ", path);
  AppCase expect = { "South East Regional Organised Crime Unit", "home", problem, FALSE };

  first_start ();
  /* the built-in pack, and the banner says which file was rejected and why */
  configure_pack ("bad-syntax.json");
  run_app (&expect, NULL, NULL);
}

static void
test_app_configured_pack_missing (void)
{
  g_autofree char *path = test_pack_path ("no-such-pack.json");
  AppCase expect = { "South East Regional Organised Crime Unit", "home", path, FALSE };

  first_start ();
  test_configure ("content-file", g_variant_new_string (path));
  run_app (&expect, NULL, NULL);
}

static void
test_app_configured_pack_relative (void)
{
  AppCase expect = { "South East Regional Organised Crime Unit", "home",
                     "The content-file setting is “data/other-unit.json”", FALSE };

  first_start ();
  /* which folder it is relative to depends on how the app was started: refused */
  test_configure ("content-file", g_variant_new_string ("data/other-unit.json"));
  run_app (&expect, NULL, NULL);
}

static void
test_app_configured_pack_home (void)
{
  AppCase expect = { "Northmoor Fictional Crime Directorate", "home", NULL, FALSE };

  /* ~/ is the home folder (main () made it one with the packs in it) */
  test_configure ("content-file", g_variant_new_string ("~/packs/other-unit.json"));
  run_app (&expect, NULL, NULL);
}

static void
test_app_configured_pack_broken_station (void)
{
  g_autofree char *path = test_pack_path ("bad-syntax.json");
  g_autofree char *logged = g_strdup_printf ("*could not be used*%s:5:24: *", path);
  AppCase expect = { "South East Regional Organised Crime Unit", "home", NULL, FALSE };

  /* a station set up with a broken pack: not on its public screen, only in
   * the journal (expected here), for staff */
  first_start ();
  test_configure ("kiosk", g_variant_new_boolean (TRUE));
  configure_pack ("bad-syntax.json");
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE, "Display station: *");
  g_test_expect_message (NULL, G_LOG_LEVEL_WARNING, logged);
  run_app (&expect, NULL, NULL);
  g_test_assert_expected_messages ();
}

/* Every shortcut the README and the shortcuts window promise reaches its action */
static void
test_app_shortcuts (void)
{
  g_autoptr(OutreachApplication) app = outreach_application_new ();
  g_autoptr(GError) error = NULL;
  static const struct { const char *accel; const char *action; } keys[] = {
    { "<Control>q", "app.quit" }, { "<Control>w", "window.close" },
    { "<Alt>Left", "win.back" }, { "<Alt>Right", "win.forward" }, { "<Alt>Home", "win.home" },
    { "F6", "win.focus-tree" }, { "<Control>f", "win.search" },
    { "<Control>e", "win.get-in-touch" }, { "<Control>plus", "app.zoom-in" },
    { "<Control>minus", "app.zoom-out" }, { "<Control>0", "app.zoom-reset" },
    { "<Control>question", "win.show-help-overlay" },
  };

  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app),
                                                                     keys[i].accel);

      g_test_message ("%s → %s", keys[i].accel, actions[0] ? actions[0] : "(nothing)");
      g_assert_true (g_strv_contains ((const char * const *) actions, keys[i].action));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *home = g_dir_make_tmp ("test-application-XXXXXX", NULL);
  g_autofree char *packs = g_build_filename (home, "packs", NULL);
  g_autofree char *data = NULL;
  int status;

  /* a home folder of the test's own, with the test packs in it */
  g_assert_nonnull (home);
  g_setenv ("HOME", home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  data = g_test_build_filename (G_TEST_DIST, "data", NULL);
  g_assert_no_errno (symlink (data, packs));

  g_test_add_func ("/app/show-option", test_app_show_option);
  g_test_add_func ("/app/zoom", test_app_zoom);
  g_test_add_func ("/app/content-option", test_app_content_option);
  g_test_add_func ("/app/broken-content", test_app_broken_content);
  g_test_add_func ("/app/configured-pack", test_app_configured_pack);
  g_test_add_func ("/app/configured-pack-show", test_app_configured_pack_show);
  g_test_add_func ("/app/configured-pack-overridden", test_app_configured_pack_overridden);
  g_test_add_func ("/app/configured-pack-broken", test_app_configured_pack_broken);
  g_test_add_func ("/app/configured-pack-missing", test_app_configured_pack_missing);
  g_test_add_func ("/app/configured-pack-relative", test_app_configured_pack_relative);
  g_test_add_func ("/app/configured-pack-home", test_app_configured_pack_home);
  g_test_add_func ("/app/configured-pack-broken-station", test_app_configured_pack_broken_station);
  g_test_add_func ("/app/shortcuts", test_app_shortcuts);

  status = g_test_run ();
  g_unlink (packs);
  g_rmdir (home);
  return status;
}
