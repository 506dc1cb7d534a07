/* test-presenter-view.c: the presenter's own screen during a tour, under Xvfb
 *
 * The view on its own, as the presenter (outreach-presenter.c) drives it:
 * what it says of the step, the next one and the notes; that notes of any
 * length never make it wider than its monitor; its clock; the lines that
 * say the room sees something else; and that the tour's keys, pressed on the
 * real keyboard (xdotool) over it, reach a controller on the window.
 *
 * With OUTREACH_TEST_SCREENSHOT=FILE.png, /presenter-view/screenshot also
 * writes the view, on the built-in pack's tour, to FILE.png.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-application.h"
#include "outreach-presenter-view.h"
#include "outreach-tour.h"
#include "test-utils.h"

static GtkWidget *
view_child (OutreachPresenterView *view,
            const char            *name)
{
  return test_child (view, OUTREACH_TYPE_PRESENTER_VIEW, name);
}

/* What a user sees in the label @name: its text if it is on the screen,
 * NULL if it is not */
static const char *
shown_text (OutreachPresenterView *view,
            const char            *name)
{
  GtkWidget *label = view_child (view, name);

  if (!gtk_widget_get_mapped (label))
    return NULL;
  return gtk_label_get_text (GTK_LABEL (label));
}

static OutreachPresenterView *
view_show (void)
{
  OutreachPresenterView *view = outreach_presenter_view_new (NULL);

  gtk_window_present (GTK_WINDOW (view));
  test_wait_until (test_is_mapped, view);
  return view;
}

static void
view_close (OutreachPresenterView *view)
{
  gtk_window_destroy (GTK_WINDOW (view));
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_step (void)
{
  OutreachPresenterView *view = view_show ();

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (view)), ==, "Presenter View");
  /* before the presenter says which step: no count of none */
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (view_child (view, "step_label"))), ==, "");

  outreach_presenter_view_set_tour_name (view, "Introducing the SEROCU");
  outreach_presenter_view_set_step (view, 2, 12, "Sensitive Intelligence Unit", "Investigations",
                                    "A single intelligence picture.\nThen the syndicates.");
  test_wait_drawn (GTK_WIDGET (view), 20);
  g_assert_cmpstr (shown_text (view, "tour_label"), ==, "Introducing the SEROCU");
  g_assert_cmpstr (shown_text (view, "step_label"), ==, "Step 3 of 12");
  g_assert_cmpstr (shown_text (view, "title_label"), ==, "Sensitive Intelligence Unit");
  g_assert_cmpstr (shown_text (view, "next_label"), ==, "Next: Investigations");
  g_assert_cmpstr (shown_text (view, "notes_label"), ==,
                   "A single intelligence picture.\nThen the syndicates.");
  /* the notes' two lines are two lines */
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (view_child (view, "notes_label")))),
                   ==, 2);
  g_assert_false (gtk_widget_has_css_class (view_child (view, "notes_label"), "presenter-no-notes"));
  /* nothing said of a detour or a blank screen when there is none */
  g_assert_null (shown_text (view, "detour_label"));
  g_assert_null (shown_text (view, "blank_label"));
  /* the title is the largest text on the screen */
  g_assert_cmpint (gtk_widget_get_height (view_child (view, "title_label")), >,
                   gtk_widget_get_height (view_child (view, "next_label")));

  /* the last step: nothing next, and no notes */
  outreach_presenter_view_set_step (view, 11, 12, "Join us", NULL, NULL);
  test_wait_drawn (GTK_WIDGET (view), 20);
  g_assert_cmpstr (shown_text (view, "step_label"), ==, "Step 12 of 12");
  g_assert_cmpstr (shown_text (view, "title_label"), ==, "Join us");
  g_assert_cmpstr (shown_text (view, "next_label"), ==, "Last step");
  g_assert_cmpstr (shown_text (view, "notes_label"), ==, "No notes for this step");
  g_assert_true (gtk_widget_has_css_class (view_child (view, "notes_label"), "presenter-no-notes"));

  /* empty notes are none */
  outreach_presenter_view_set_step (view, 0, 12, "Home", "About", "");
  g_assert_cmpstr (shown_text (view, "step_label"), ==, "Step 1 of 12");
  g_assert_cmpstr (shown_text (view, "next_label"), ==, "Next: About");
  g_assert_cmpstr (shown_text (view, "notes_label"), ==, "No notes for this step");

  /* a long page on the projector: the next press turns it, and says so
   * (it looked as if the clicker did nothing), until its end */
  outreach_presenter_view_set_more_below (view, TRUE);
  g_assert_cmpstr (shown_text (view, "next_label"), ==, "Next: more of this page");
  outreach_presenter_view_set_more_below (view, FALSE);
  g_assert_cmpstr (shown_text (view, "next_label"), ==, "Next: About");

  /* and back to notes */
  outreach_presenter_view_set_step (view, 1, 12, "About", "Sensitive Intelligence Unit", "Who we are");
  g_assert_cmpstr (shown_text (view, "notes_label"), ==, "Who we are");
  g_assert_false (gtk_widget_has_css_class (view_child (view, "notes_label"), "presenter-no-notes"));

  view_close (view);
}

/* What a screen reader names */
static void
test_accessible_names (void)
{
  OutreachPresenterView *view = view_show ();

  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view_child (view, "elapsed_label")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Elapsed time");
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (view_child (view, "notes_scroller")),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Presenter notes");
  /* the lines that say what the room sees are read out when they change */
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view_child (view, "detour_label")),
                                   GTK_ACCESSIBLE_ROLE_STATUS);
  gtk_test_accessible_assert_role (GTK_ACCESSIBLE (view_child (view, "blank_label")),
                                   GTK_ACCESSIBLE_ROLE_STATUS);

  view_close (view);
}

static char *
long_notes (gboolean spaces)
{
  GString *notes = g_string_new (NULL);

  while (notes->len < 5000)
    g_string_append (notes, spaces ? "Serious and organised crime " : "Seriousandorganisedcrime");
  g_string_truncate (notes, 5000);
  return g_string_free (notes, FALSE);
}

/* Notes (and titles) of any length wrap, and scroll: the window never
 * needs more than its monitor */
static void
test_long_notes (void)
{
  OutreachPresenterView *view = view_show ();
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (GTK_WIDGET (view)),
                                                            gtk_native_get_surface (GTK_NATIVE (view)));
  GdkRectangle screen;

  gdk_monitor_get_geometry (monitor, &screen);
  for (guint i = 0; i < 2; i++)
    {
      gboolean spaces = i == 1;
      g_autofree char *notes = long_notes (spaces);
      g_autofree char *title = g_strndup (notes, 300);
      GtkWidget *notes_label = view_child (view, "notes_label");
      GtkWidget *scroller = view_child (view, "notes_scroller");
      GtkAdjustment *vadjustment;
      int min_width, natural_width;

      g_test_message ("5000 characters %s spaces", spaces ? "with" : "without");
      outreach_presenter_view_set_step (view, 3, 8, title, title, notes);
      test_wait_drawn (GTK_WIDGET (view), 20);

      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (notes_label)), ==, notes);
      test_assert_within_screen (GTK_WIDGET (view));
      gtk_widget_measure (GTK_WIDGET (view), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, &natural_width, NULL, NULL);
      g_assert_cmpint (natural_width, <=, screen.width);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (view)), <=, screen.width);
      /* the notes in the window, wrapped to its width; what does not fit
       * scrolls: the key line below them is still on the screen */
      test_assert_fits (scroller, GTK_WIDGET (view));
      test_assert_fits (view_child (view, "keys_label"), GTK_WIDGET (view));
      vadjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
      g_assert_cmpfloat (gtk_adjustment_get_upper (vadjustment), >, gtk_adjustment_get_page_size (vadjustment));
      g_assert_cmpint (gtk_widget_get_width (notes_label), <=, gtk_widget_get_width (scroller));
    }

  view_close (view);
}

/* Type for the monitor the view is on: a line of the notes is at least
 * 1/19 of the monitor's height, so about as many lines of notes show on a
 * laptop's 1280×800 as on a 1920×1080 monitor (the same type on both would
 * be a quarter smaller on the larger), and the key line, the smallest text,
 * at least 1/45 */
static void
test_type_size (void)
{
  OutreachPresenterView *view = outreach_presenter_view_new (NULL);
  GdkRectangle screen;
  int notes_height, keys_height;

  gdk_monitor_get_geometry (g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0),
                            &screen);
  gtk_window_set_default_size (GTK_WINDOW (view), screen.width, screen.height);
  gtk_window_present (GTK_WINDOW (view));
  test_wait_until (test_is_mapped, view);
  outreach_presenter_view_set_step (view, 0, 8, "Home", "About", "One line");
  test_wait_drawn (GTK_WIDGET (view), 20);

  notes_height = gtk_widget_get_height (view_child (view, "notes_label"));
  keys_height = gtk_widget_get_height (view_child (view, "keys_label"));
  g_test_message ("on %d×%d: a line of notes %d px high, the key line %d px", screen.width, screen.height,
                  notes_height, keys_height);
  g_assert_cmpint (notes_height * 19, >=, screen.height);
  g_assert_cmpint (keys_height * 45, >=, screen.height);
  /* and the whole key line fits */
  test_assert_fits (view_child (view, "keys_label"), GTK_WIDGET (view));

  view_close (view);
}

typedef struct {
  OutreachPresenterView *view;
  const char            *awaited;
} ElapsedWait;

static gboolean
elapsed_is (gpointer data)
{
  ElapsedWait *wait = data;
  g_autofree char *shown = outreach_presenter_view_dup_elapsed (wait->view);

  return g_strcmp0 (shown, wait->awaited) == 0;
}

static gboolean
clock_source_exists (OutreachPresenterView *view)
{
  return g_main_context_find_source_by_funcs_user_data (NULL, &g_timeout_funcs, view) != NULL;
}

static void
test_clock (void)
{
  OutreachPresenterView *view = view_show ();
  g_autofree char *shown = NULL;
  ElapsedWait wait = { view, "1:06" };
  gint64 start;

  /* not started: nothing has elapsed, and nothing counts */
  shown = outreach_presenter_view_dup_elapsed (view);
  g_assert_cmpstr (shown, ==, "0:00");
  g_assert_false (clock_source_exists (view));

  /* an hour ago */
  outreach_presenter_view_set_clock_start (view, g_get_monotonic_time () - (gint64) 3600 * G_USEC_PER_SEC);
  g_clear_pointer (&shown, g_free);
  shown = outreach_presenter_view_dup_elapsed (view);
  g_assert_cmpstr (shown, ==, "1:00:00");
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (view_child (view, "elapsed_label"))), ==, "1:00:00");

  /* 65 s ago, then a second later with no one setting it again */
  start = g_get_monotonic_time () - 65 * G_USEC_PER_SEC;
  outreach_presenter_view_set_clock_start (view, start);
  g_clear_pointer (&shown, g_free);
  shown = outreach_presenter_view_dup_elapsed (view);
  g_assert_cmpstr (shown, ==, "1:05");
  test_wait_until (elapsed_is, &wait);
  g_assert_cmpint (g_get_monotonic_time () - start, >=, 66 * G_USEC_PER_SEC);

  /* no clock running while no one can see it */
  g_assert_true (clock_source_exists (view));
  gtk_widget_set_visible (GTK_WIDGET (view), FALSE);
  g_assert_false (gtk_widget_get_mapped (GTK_WIDGET (view)));
  g_assert_false (clock_source_exists (view));
  /* shown again: the time it is, at once */
  outreach_presenter_view_set_clock_start (view, g_get_monotonic_time () - 125 * G_USEC_PER_SEC);
  gtk_window_present (GTK_WINDOW (view));
  test_wait_until (test_is_mapped, view);
  g_assert_true (clock_source_exists (view));
  g_clear_pointer (&shown, g_free);
  shown = outreach_presenter_view_dup_elapsed (view);
  g_assert_cmpstr (shown, ==, "2:05");

  /* nor once it is gone */
  g_object_ref (view);
  view_close (view);
  g_assert_false (clock_source_exists (view));
  g_object_unref (view);
}

static void
test_detour_and_blank (void)
{
  OutreachPresenterView *view = view_show ();

  outreach_presenter_view_set_step (view, 2, 8, "Sensitive Intelligence Unit", "Investigations", NULL);
  outreach_presenter_view_set_detour (view, "Join us");
  test_wait_drawn (GTK_WIDGET (view), 20);
  g_assert_cmpstr (shown_text (view, "detour_label"), ==,
                   "Showing “Join us”, off the tour — Right or Enter returns to step 3");
  /* the step stays in sight: it is where the presenter goes back to */
  g_assert_cmpstr (shown_text (view, "title_label"), ==, "Sensitive Intelligence Unit");
  /* another detour from the detour */
  outreach_presenter_view_set_detour (view, "Cyber Crime Unit");
  g_assert_cmpstr (shown_text (view, "detour_label"), ==,
                   "Showing “Cyber Crime Unit”, off the tour — Right or Enter returns to step 3");
  outreach_presenter_view_set_detour (view, NULL);
  test_wait_drawn (GTK_WIDGET (view), 20);
  g_assert_null (shown_text (view, "detour_label"));

  /* the room's screen blanked, in black, then in white, then back */
  outreach_presenter_view_set_blank (view, OUTREACH_BLANK_BLACK);
  test_wait_drawn (GTK_WIDGET (view), 20);
  g_assert_cmpstr (shown_text (view, "blank_label"), ==, "The screen is black");
  outreach_presenter_view_set_blank (view, OUTREACH_BLANK_WHITE);
  test_wait_drawn (GTK_WIDGET (view), 20);
  g_assert_cmpstr (shown_text (view, "blank_label"), ==, "The screen is white");
  g_assert_true (gtk_widget_has_css_class (view_child (view, "blank_label"), "white"));
  g_assert_false (gtk_widget_has_css_class (view_child (view, "blank_label"), "black"));
  outreach_presenter_view_set_blank (view, OUTREACH_BLANK_NONE);
  test_wait_drawn (GTK_WIDGET (view), 20);
  g_assert_null (shown_text (view, "blank_label"));

  /* both at once, and the step moving under a detour (the number follows) */
  outreach_presenter_view_set_detour (view, "Our people");
  outreach_presenter_view_set_blank (view, OUTREACH_BLANK_BLACK);
  outreach_presenter_view_set_step (view, 4, 8, "Regional Economic Crime Unit", "Cyber", NULL);
  test_wait_drawn (GTK_WIDGET (view), 20);
  g_assert_cmpstr (shown_text (view, "detour_label"), ==,
                   "Showing “Our people”, off the tour — Right or Enter returns to step 5");
  g_assert_cmpstr (shown_text (view, "blank_label"), ==, "The screen is black");

  view_close (view);
}

/* Keys on the real keyboard */

typedef struct {
  GArray *seen;
} KeysSeen;

static gboolean
on_key_pressed (KeysSeen              *keys,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  g_array_append_val (keys->seen, keyval);
  return GDK_EVENT_PROPAGATE;
}

static gboolean
key_was_seen (KeysSeen *keys,
              guint     keyval)
{
  for (guint i = 0; i < keys->seen->len; i++)
    if (g_array_index (keys->seen, guint, i) == keyval)
      return TRUE;
  return FALSE;
}

/* The view handles no tour key itself: the presenter's controller, in the
 * bubble phase on the window, sees each of them, wherever Tab put the focus */
static void
test_keys_not_consumed (void)
{
  static const struct { const char *name; guint keyval; } keys[] = {
    { "Right", GDK_KEY_Right }, { "space", GDK_KEY_space }, { "Return", GDK_KEY_Return },
    { "Next", GDK_KEY_Page_Down }, { "Left", GDK_KEY_Left }, { "Prior", GDK_KEY_Page_Up },
    { "Down", GDK_KEY_Down }, { "Up", GDK_KEY_Up }, { "Home", GDK_KEY_Home }, { "End", GDK_KEY_End },
    { "b", GDK_KEY_b }, { "w", GDK_KEY_w }, { "q", GDK_KEY_q }, { "period", GDK_KEY_period },
    { "3", GDK_KEY_3 }, { "Escape", GDK_KEY_Escape },
  };
  g_autofree char *notes = long_notes (TRUE);
  OutreachPresenterView *view;
  GtkEventController *controller;
  KeysSeen seen = { g_array_new (FALSE, FALSE, sizeof (guint)) };

  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool, on X");
      g_array_unref (seen.seen);
      return;
    }

  view = view_show ();
  /* notes long enough to scroll: a scrolled window has keys of its own */
  outreach_presenter_view_set_step (view, 2, 8, "Sensitive Intelligence Unit", "Investigations", notes);
  test_wait_drawn (GTK_WIDGET (view), 20);
  controller = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_BUBBLE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_key_pressed), &seen);
  gtk_widget_add_controller (GTK_WIDGET (view), controller);

  for (guint tabs = 0; tabs < 3; tabs++)
    {
      GtkWidget *focus;

      if (tabs > 0)
        test_press_keys (GTK_WINDOW (view), "Tab", GDK_KEY_Tab);
      focus = gtk_window_get_focus (GTK_WINDOW (view));
      g_test_message ("focus after %u Tab: %s", tabs, focus ? G_OBJECT_TYPE_NAME (focus) : "none");
      for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
        {
          g_array_set_size (seen.seen, 0);
          test_press_keys (GTK_WINDOW (view), keys[i].name, keys[i].keyval);
          if (!key_was_seen (&seen, keys[i].keyval))
            g_error ("%s did not reach the window's controller (focus on %s)", keys[i].name,
                     focus ? G_OBJECT_TYPE_NAME (focus) : "none");
        }
      /* and Shift+Space, a clicker's back */
      g_array_set_size (seen.seen, 0);
      test_press_keys (GTK_WINDOW (view), "shift+space", GDK_KEY_space);
      g_assert_true (key_was_seen (&seen, GDK_KEY_space));
    }
  /* Escape is the presenter's: the view stays */
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));

  view_close (view);
  g_array_unref (seen.seen);
}

/* The view on the built-in pack's tour, at the screen's size, to look at */
static void
test_screenshot (void)
{
  const char *path = g_getenv ("OUTREACH_TEST_SCREENSHOT");
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(OutreachTour) tour = NULL;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  OutreachPresenterView *view;
  GdkRectangle screen;
  GskRenderer *renderer;
  guint step = 2, n_steps;

  if (path == NULL)
    {
      g_test_skip ("set OUTREACH_TEST_SCREENSHOT=FILE.png for a picture");
      return;
    }

  content = test_pack_builtin ();
  tour = g_list_model_get_item (outreach_content_get_tours (content), 0);
  n_steps = outreach_tour_get_n_steps (tour);
  view = outreach_presenter_view_new (NULL);
  gdk_monitor_get_geometry (g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0),
                            &screen);
  gtk_window_set_default_size (GTK_WINDOW (view), screen.width, screen.height);
  gtk_window_present (GTK_WINDOW (view));
  test_wait_until (test_is_mapped, view);

  outreach_presenter_view_set_tour_name (view, outreach_tour_get_name (tour));
  outreach_presenter_view_set_step (view, step, n_steps,
                                    outreach_node_get_title (outreach_tour_get_step_node (tour, step)),
                                    outreach_node_get_title (outreach_tour_get_step_node (tour, step + 1)),
                                    outreach_tour_get_step_notes (tour, step));
  outreach_presenter_view_set_clock_start (view, g_get_monotonic_time () - 754 * G_USEC_PER_SEC);
  if (g_getenv ("OUTREACH_TEST_SCREENSHOT_DETOUR") != NULL)
    {
      outreach_presenter_view_set_detour (view, "Join us");
      outreach_presenter_view_set_blank (view, OUTREACH_BLANK_BLACK);
    }
  test_wait_drawn (GTK_WIDGET (view), 20);

  paintable = gtk_widget_paintable_new (GTK_WIDGET (view));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (GTK_WIDGET (view)),
                          gtk_widget_get_height (GTK_WIDGET (view)));
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  renderer = gtk_native_get_renderer (GTK_NATIVE (view));
  texture = gsk_renderer_render_texture (renderer, node, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));

  view_close (view);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = NULL;

  gtk_test_init (&argc, &argv, NULL);
  /* the application's class brings in the UI resources, as in the app */
  g_type_ensure (OUTREACH_TYPE_APPLICATION);
  /* and the app's style sheet, which it loads on start-up */
  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/uk/police/serocu/Outreach/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  g_test_add_func ("/presenter-view/step", test_step);
  g_test_add_func ("/presenter-view/accessible-names", test_accessible_names);
  g_test_add_func ("/presenter-view/long-notes", test_long_notes);
  g_test_add_func ("/presenter-view/type-size", test_type_size);
  g_test_add_func ("/presenter-view/clock", test_clock);
  g_test_add_func ("/presenter-view/detour-and-blank", test_detour_and_blank);
  g_test_add_func ("/presenter-view/keys-not-consumed", test_keys_not_consumed);
  /* a picture for the README, when asked for (not a test of its own) */
  if (g_getenv ("OUTREACH_TEST_SCREENSHOT") != NULL)
    g_test_add_func ("/presenter-view/screenshot", test_screenshot);

  return g_test_run ();
}
