/* test-kiosk.c: the display station's behaviour, in the real window under Xvfb
 *
 * Idle resets are waited for on the main loop with a bound; "input" is real
 * X input from xdotool (XTest), which GDK receives like a touch or a mouse.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>

#include <gdk/x11/gdkx.h>

#include "outreach-application.h"
#include "outreach-attract-screen.h"
#include "outreach-compose-window.h"
#include "outreach-exit-pin.h"
#include "outreach-pin-pad.h"
#include "outreach-sidebar.h"
#include "outreach-window.h"
#include "test-utils.h"


static char *handler_output;



/* Runs the main loop for @ms milliseconds (the idle clock is what is
 * being tested, so this waits on it rather than for the UI). */
static void
run_for (guint ms)
{
  gint64 end = g_get_monotonic_time () + (gint64) ms * 1000;

  while (g_get_monotonic_time () < end)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (5000);
    }
}


static gboolean
attract_shown (gpointer window)
{
  return outreach_window_get_attract_shown (window);
}

static OutreachWindow *
station (guint idle_seconds,
         guint warning_seconds)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = outreach_window_new (NULL, content);

  outreach_window_set_idle_times (window, idle_seconds, warning_seconds, 2);
  outreach_window_set_kiosk (window, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  return window;
}

static guint
n_tree_rows (OutreachWindow *window)
{
  GtkListView *tree = GTK_LIST_VIEW (test_child (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"), OUTREACH_TYPE_SIDEBAR, "tree_view"));

  return g_list_model_get_n_items (G_LIST_MODEL (gtk_list_view_get_model (tree)));
}

static const char *
current_id (OutreachWindow *window)
{
  return outreach_node_get_id (outreach_window_get_current_node (window));
}

static void
test_station_mode (void)
{
  OutreachWindow *window = station (90, 20);

  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "kiosk"));
  /* no window controls: the header bar is without its title buttons */
  g_assert_false (gtk_header_bar_get_show_title_buttons (GTK_HEADER_BAR (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                                "header_bar"))));
  g_assert_false (gtk_widget_get_visible (test_child (window, OUTREACH_TYPE_WINDOW, "menu_button")));
  g_assert_true (gtk_widget_get_visible (test_child (window, OUTREACH_TYPE_WINDOW, "start_again_button")));

  /* closing is refused */
  gtk_window_close (GTK_WINDOW (window));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));

  /* and comes back with the desktop */
  outreach_window_set_kiosk (window, FALSE);
  g_assert_true (gtk_header_bar_get_show_title_buttons (GTK_HEADER_BAR (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                               "header_bar"))));
  g_assert_true (gtk_widget_get_visible (test_child (window, OUTREACH_TYPE_WINDOW, "menu_button")));
  g_assert_false (gtk_widget_get_visible (test_child (window, OUTREACH_TYPE_WINDOW, "start_again_button")));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWindow *
find_toplevel_with_label (const char *text)
{
  GListModel *toplevels = gtk_window_get_toplevels ();   /* not owned */

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
      GtkWidget *w = window;

      /* a depth-first walk for a label with @text */
      while (w != NULL)
        {
          if (GTK_IS_LABEL (w) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (w)), text) == 0)
            return GTK_WINDOW (window);
          if (gtk_widget_get_first_child (w))
            w = gtk_widget_get_first_child (w);
          else
            {
              while (w != window && gtk_widget_get_next_sibling (w) == NULL)
                w = gtk_widget_get_parent (w);
              w = w == window ? NULL : gtk_widget_get_next_sibling (w);
            }
        }
    }
  return NULL;
}

static gboolean
file_exists (gpointer path)
{
  return g_file_test (path, G_FILE_TEST_EXISTS);
}

static void
test_links_become_qr_codes (void)
{
  OutreachWindow *window = station (90, 20);
  GtkWindow *qr;

  g_unlink (handler_output);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "https://tvpcareers.co.uk/");
  qr = find_toplevel_with_label ("https://tvpcareers.co.uk/");
  g_assert_true (qr == GTK_WINDOW (window));
  g_assert_nonnull (outreach_window_get_sheet (window));
  test_wait_until (test_is_mapped, outreach_window_get_sheet (window));
  /* nothing was launched: only a QR code, with the address beneath */
  run_for (300);
  g_assert_false (g_file_test (handler_output, G_FILE_TEST_EXISTS));

  /* a message too: no window, no mail app: its code, with the address and subject */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show", "s", "cyber");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL);
  g_assert_null (outreach_window_get_composer (window));
  g_assert_true (find_toplevel_with_label ("SEHR@ThamesValley.pnn.police.uk\n"
                                           "Attachment enquiry: Regional Cyber Crime Unit") ==
                 GTK_WINDOW (window));
  /* and to any other contact of the page's Get in touch, about the page */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.write-to", "s", "recruitment");
  g_assert_null (outreach_window_get_composer (window));
  g_assert_true (find_toplevel_with_label ("RecruitmentSE@ThamesValley.pnn.police.uk\n"
                                           "Recruitment enquiry: Regional Cyber Crime Unit") ==
                 GTK_WINDOW (window));
  run_for (300);
  g_assert_false (g_file_test (handler_output, G_FILE_TEST_EXISTS));

  /* on a desktop, the same link opens in the browser */
  outreach_window_set_kiosk (window, FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "https://tvpcareers.co.uk/");
  test_wait_until (file_exists, handler_output);
  {
    g_autofree char *launched = NULL;

    g_assert_true (g_file_get_contents (handler_output, &launched, NULL, NULL));
    g_assert_cmpstr (launched, ==, "https://tvpcareers.co.uk/");
  }
  /* and never anything but https: */
  g_unlink (handler_output);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "file:///etc/passwd");
  run_for (300);
  g_assert_false (g_file_test (handler_output, G_FILE_TEST_EXISTS));

  gtk_window_destroy (GTK_WINDOW (window));
}

typedef struct
{
  gboolean countdown_seen;
  guint    resets;
} Watch;

static void
on_countdown (GtkRevealer *revealer,
              GParamSpec  *pspec,
              Watch       *watch)
{
  if (gtk_revealer_get_reveal_child (revealer))
    watch->countdown_seen = TRUE;
}

static void
on_reset (OutreachWindow *window,
          Watch          *watch)
{
  watch->resets++;
}

static gboolean
part (const char *name)
{
  const char *parts = g_getenv ("SOAK_PARTS");

  return parts == NULL || strstr (parts, name) != NULL;
}

static void
dirty_everything (OutreachWindow *window)
{
  GtkWidget *entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");
  GtkWidget *page = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (page));

  /* a page deep in the tree, more of the tree open, history */
  if (part ("nav"))
    {
      g_assert_true (outreach_window_show_page (window, "jody"));
      g_assert_true (outreach_window_show_page (window, "rart"));
      g_assert_true (outreach_window_show_page (window, "cyber-protect"));
    }
  /* scrolled */
  gtk_adjustment_set_value (gtk_scrolled_window_get_vadjustment (scroller), 200);
  /* a search typed */
  if (part ("search"))
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
      gtk_editable_set_text (GTK_EDITABLE (entry), "gatwick");
    }
  /* a link's code, then a message written */
  if (part ("link"))
    gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "https://serocu.police.uk/");
  if (part ("compose"))
    {
      gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL);
      g_assert_nonnull (outreach_window_get_sheet (window));
    }

  if (part ("nav"))
    g_assert_cmpuint (n_tree_rows (window), >, 5);
}

static gboolean
adjustment_at_top (gpointer adjustment)
{
  return gtk_adjustment_get_value (adjustment) == 0;
}

static void
assert_at_start (OutreachWindow *window)
{
  GtkWidget *page = test_child (window, OUTREACH_TYPE_WINDOW, "page_view");
  GtkScrolledWindow *scroller = GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (page));
  GtkScrolledWindow *tree_scroller = GTK_SCROLLED_WINDOW (test_child (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"), OUTREACH_TYPE_SIDEBAR,
                                                                 "tree_scroller"));

  g_assert_cmpstr (current_id (window), ==, "home");
  g_assert_cmpuint (n_tree_rows (window), ==, 5);   /* collapsed */
  g_assert_cmpfloat (gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (scroller)), ==, 0);
  test_wait_until (adjustment_at_top, gtk_scrolled_window_get_vadjustment (tree_scroller));
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                        "search_bar"))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (test_child (window, OUTREACH_TYPE_WINDOW,
                                                               "search_entry"))), ==, "");
  g_assert_null (outreach_window_get_composer (window));
  g_assert_null (outreach_window_get_sheet (window));
  g_assert_null (find_toplevel_with_label ("https://serocu.police.uk/"));
  /* no history: Back goes nowhere */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.back", NULL);
  g_assert_cmpstr (current_id (window), ==, "home");
}

static void
test_idle_reset (void)
{
  OutreachWindow *window = station (2, 1);
  Watch watch = { 0 };

  g_signal_connect (test_child (window, OUTREACH_TYPE_WINDOW, "countdown_revealer"), "notify::reveal-child",
                    G_CALLBACK (on_countdown), &watch);
  g_signal_connect (window, "reset", G_CALLBACK (on_reset), &watch);

  dirty_everything (window);
  /* left alone: a countdown, then everything back to the start */
  test_wait_until (attract_shown, window);
  g_assert_true (watch.countdown_seen);
  g_assert_cmpuint (watch.resets, ==, 1);
  assert_at_start (window);

  /* the attract screen cycles until a touch, which lands on Home */
  {
    GtkStack *slides = GTK_STACK (test_child (test_child (window, OUTREACH_TYPE_WINDOW, "attract_box"), OUTREACH_TYPE_ATTRACT_SCREEN, "attract_stack"));
    GtkWidget *first = gtk_stack_get_visible_child (slides);
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                               "attract_box"));

    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (gtk_stack_get_pages (slides))), >, 10);
    run_for (2500);
    g_assert_true (gtk_stack_get_visible_child (slides) != first);

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

        if (GTK_IS_GESTURE_CLICK (controller))
          g_signal_emit_by_name (controller, "pressed", 1, 10.0, 10.0);
      }
    g_assert_false (outreach_window_get_attract_shown (window));
    g_assert_cmpstr (current_id (window), ==, "home");
  }

  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_start_again (void)
{
  OutreachWindow *window = station (90, 20);

  dirty_everything (window);
  /* the visitor's own button */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.start-again", NULL));
  assert_at_start (window);
  g_assert_false (outreach_window_get_attract_shown (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
move_pointer (guint x)
{
  g_autofree char *position = g_strdup_printf ("%u", x);
  const char *argv[] = { "xdotool", "mousemove", position, "300", NULL };
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
}

static void
test_input_postpones_reset (void)
{
  OutreachWindow *window;
  Watch watch = { 0 };
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  if (xdotool == NULL || !GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }

  window = station (2, 0);
  g_signal_connect (window, "reset", G_CALLBACK (on_reset), &watch);
  g_assert_true (outreach_window_show_page (window, "rart"));

  /* someone reading, moving now and then, for twice the idle time */
  for (guint i = 0; i < 16; i++)
    {
      move_pointer (300 + (i % 2) * 40);
      run_for (250);
    }
  g_assert_cmpuint (watch.resets, ==, 0);
  g_assert_cmpstr (current_id (window), ==, "rart");

  /* then nobody: the reset comes */
  test_wait_until (attract_shown, window);
  g_assert_cmpuint (watch.resets, ==, 1);
  g_assert_cmpstr (current_id (window), ==, "home");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
press_digits (const char *digits)
{
  for (const char *d = digits; *d; d++)
    {
      char text[2] = { *d, 0 };
      GListModel *toplevels = gtk_window_get_toplevels ();   /* not owned */
      gboolean pressed = FALSE;

      for (guint i = 0; i < g_list_model_get_n_items (toplevels) && !pressed; i++)
        {
          g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);
          GtkWidget *w = window;

          while (w != NULL && !pressed)
            {
              if (GTK_IS_BUTTON (w) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (w)), text) == 0)
                {
                  g_signal_emit_by_name (w, "clicked");
                  pressed = TRUE;
                }
              else if (gtk_widget_get_first_child (w))
                w = gtk_widget_get_first_child (w);
              else
                {
                  while (w != window && gtk_widget_get_next_sibling (w) == NULL)
                    w = gtk_widget_get_parent (w);
                  w = w == window ? NULL : gtk_widget_get_next_sibling (w);
                }
            }
        }
      g_assert_true (pressed);
    }
}

static void
test_staff_exit (void)
{
  g_autoptr(GSettings) settings = g_settings_new ("uk.police.serocu.Outreach");
  OutreachWindow *window = station (90, 20);
  g_autofree char *hashed = outreach_exit_pin_hash ("2468", NULL);
  GtkWidget *pad;

  /* with no PIN set there is no way out */
  g_settings_set_string (settings, "kiosk-exit-pin", "");
  test_press_staff_hotspot (window);
  g_assert_null (find_toplevel_with_label ("Staff PIN"));
  g_assert_true (outreach_window_get_kiosk (window));

  /* nor with a PIN typed into the key as it is, not hashed: the journal says why */
  g_settings_set_string (settings, "kiosk-exit-pin", "2468");
  g_test_expect_message (G_LOG_DOMAIN, G_LOG_LEVEL_WARNING, "*serocu-outreach --hash-exit-pin*");
  test_press_staff_hotspot (window);
  g_test_assert_expected_messages ();
  g_assert_null (find_toplevel_with_label ("Staff PIN"));
  g_assert_true (outreach_window_get_kiosk (window));

  /* with its hash set, a long press shows the pad over the page, in the window */
  g_assert_nonnull (hashed);
  g_settings_set_string (settings, "kiosk-exit-pin", hashed);
  test_press_staff_hotspot (window);
  g_assert_true (find_toplevel_with_label ("Staff PIN") == GTK_WINDOW (window));
  pad = outreach_window_get_sheet (window);
  g_assert_true (OUTREACH_IS_PIN_PAD (pad));

  /* a wrong PIN does nothing, and says so only on OK (never after as many
   * digits as the PIN has) */
  press_digits ("1357");
  g_assert_null (find_toplevel_with_label ("Wrong PIN: try again"));
  g_signal_emit_by_name (test_child (pad, OUTREACH_TYPE_PIN_PAD, "enter_button"), "clicked");
  g_assert_true (outreach_window_get_kiosk (window));
  g_assert_nonnull (find_toplevel_with_label ("Wrong PIN: try again"));

  /* Cancel takes the pad away; the visitor reset does too */
  g_signal_emit_by_name (test_child (pad, OUTREACH_TYPE_PIN_PAD, "cancel_button"), "clicked");
  g_assert_null (outreach_window_get_sheet (window));
  test_press_staff_hotspot (window);
  g_assert_true (OUTREACH_IS_PIN_PAD (outreach_window_get_sheet (window)));
  outreach_window_reset (window);
  g_assert_null (outreach_window_get_sheet (window));
  g_assert_null (find_toplevel_with_label ("Staff PIN"));

  /* the right PIN, with a digit deleted on the way, and OK */
  test_press_staff_hotspot (window);
  pad = outreach_window_get_sheet (window);
  press_digits ("2469");
  g_signal_emit_by_name (test_child (pad, OUTREACH_TYPE_PIN_PAD, "delete_button"), "clicked");
  press_digits ("8");
  g_assert_true (outreach_window_get_kiosk (window));
  g_signal_emit_by_name (test_child (pad, OUTREACH_TYPE_PIN_PAD, "enter_button"), "clicked");
  g_assert_false (outreach_window_get_kiosk (window));
  g_assert_null (outreach_window_get_sheet (window));

  g_settings_set_string (settings, "kiosk-exit-pin", "");
  gtk_window_destroy (GTK_WINDOW (window));
}

static long
resident_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  g_assert_true (g_file_get_contents ("/proc/self/status", &status, NULL, NULL));
  line = strstr (status, "VmRSS:");
  g_assert_nonnull (line);
  return strtol (line + strlen ("VmRSS:"), NULL, 10);
}

static void
test_soak (void)
{
  OutreachWindow *window = station (90, 20);
  const guint cycles = g_getenv ("SOAK_CYCLES") ? (guint) atoi (g_getenv ("SOAK_CYCLES")) : 1000;
  long before = 0, after;

  for (guint i = 0; i < cycles; i++)
    {
      dirty_everything (window);
      g_main_context_iteration (NULL, FALSE);
      if (part ("reset"))
        outreach_window_reset (window);
      g_main_context_iteration (NULL, FALSE);
      if (i == 49)
        before = resident_kib ();   /* after warming up caches */
      if (g_getenv ("SOAK_TRACE") && i % 200 == 199)
        printf ("# soak trace %u: %ld KiB\n", i + 1, resident_kib ());
    }
  while (g_main_context_iteration (NULL, FALSE))
    ;
  after = resident_kib ();

  g_test_message ("resident memory after 50 resets: %ld KiB; after %u: %ld KiB (%+ld KiB)",
                  before, cycles, after, after - before);
  printf ("# soak: %u idle-reset cycles, resident %ld KiB -> %ld KiB (%+ld KiB)\n",
          cycles, before, after, after - before);
#ifndef __SANITIZE_ADDRESS__
  g_assert_cmpint (after - before, <, 8 * 1024);
#else
  /* AddressSanitizer holds freed memory back on purpose (its quarantine):
   * resident memory says nothing here. The normal suite checks it. */
#endif
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* a fake browser and mail client, to see that a station launches nothing */
  handler_output = test_fake_handler_setup ("https;mailto");
  gtk_test_init (&argc, &argv, NULL);
  g_type_ensure (OUTREACH_TYPE_APPLICATION);

  g_test_add_func ("/kiosk/station-mode", test_station_mode);
  g_test_add_func ("/kiosk/links-become-qr-codes", test_links_become_qr_codes);
  g_test_add_func ("/kiosk/idle-reset", test_idle_reset);
  g_test_add_func ("/kiosk/start-again", test_start_again);
  g_test_add_func ("/kiosk/input-postpones-reset", test_input_postpones_reset);
  g_test_add_func ("/kiosk/staff-exit", test_staff_exit);
  g_test_add_func ("/kiosk/soak", test_soak);

  status = g_test_run ();
  g_unlink (handler_output);
  return status;
}
