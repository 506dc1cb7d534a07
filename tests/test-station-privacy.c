/* test-station-privacy.c: a display station forgets every visitor, and
 * offers no way out
 *
 * The real application, started as a station (--kiosk) on the test's own X
 * server: one visitor dirties everything they can reach, the idle clock
 * resets, and each piece is checked back at its start. Then GTK's Inspector,
 * the search field's extras, the problem bar and the shortcuts, each on a
 * station and after staff leave it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include <gdk/x11/gdkx.h>

#include "outreach-application.h"
#include "outreach-compose-window.h"
#include "outreach-exit-pin.h"
#include "outreach-pin-pad.h"
#include "outreach-sidebar.h"
#include "outreach-window.h"
#include "test-utils.h"

/* Running the app */

typedef TestAppBody StationTest;

/* Runs the app as a station with @option (or none), and @test in it once
 * its window is up. */
static void
run_station (StationTest  test,
             const char  *option)
{
  test_run_app (test, "--kiosk", option);
}

/* Looking */

static GtkWidget *
child (gpointer    widget,
       const char *name)
{
  return test_child (widget, OUTREACH_TYPE_WINDOW, name);
}

static GtkWidget *
search_text (OutreachWindow *window)
{
  return GTK_WIDGET (gtk_editable_get_delegate (GTK_EDITABLE (child (window, "search_entry"))));
}

static GtkAdjustment *
page_adjustment (OutreachWindow *window)
{
  GtkWidget *scroller = gtk_widget_get_first_child (child (window, "page_view"));

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static GtkAdjustment *
tree_adjustment (OutreachWindow *window)
{
  GtkWidget *scroller = test_child (child (window, "sidebar"), OUTREACH_TYPE_SIDEBAR, "tree_scroller");

  return gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
}

static GtkSingleSelection *
tree_selection (OutreachWindow *window)
{
  GtkWidget *tree = test_child (child (window, "sidebar"), OUTREACH_TYPE_SIDEBAR, "tree_view");

  return GTK_SINGLE_SELECTION (gtk_list_view_get_model (GTK_LIST_VIEW (tree)));
}

static const char *
selected_tree_id (OutreachWindow *window)
{
  GtkTreeListRow *row = gtk_single_selection_get_selected_item (tree_selection (window));
  g_autoptr(OutreachNode) node = row ? gtk_tree_list_row_get_item (row) : NULL;

  return node ? outreach_node_get_id (node) : NULL;
}

static guint
n_tree_rows (OutreachWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (tree_selection (window)));
}

static GtkPaned *
divider (OutreachWindow *window)
{
  return GTK_PANED (gtk_widget_get_ancestor (child (window, "sidebar"), GTK_TYPE_PANED));
}

/* The first widget under @root (depth first) of @type for which @match is
 * TRUE, or NULL */
static GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             gboolean (*match) (GtkWidget *, gconstpointer),
             gconstpointer data)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type) && (match == NULL || match (root, data)))
    return root;
  for (GtkWidget *c = gtk_widget_get_first_child (root); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, type, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
has_action_name (GtkWidget     *widget,
                 gconstpointer  name)
{
  return g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), name) == 0;
}

/* What a user sees of an action: its button greyed out or not */
static gboolean
button_sensitive (OutreachWindow *window,
                  const char     *action)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), GTK_TYPE_BUTTON, has_action_name, action);

  g_assert_nonnull (button);
  return gtk_widget_is_sensitive (button);
}

/* The windows on the screen */
static guint
n_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      n += gtk_widget_get_visible (window);
    }
  return n;
}

/* Every window but @window, hidden (GTK 4.8 warns when its Inspector is
 * destroyed, so it is not) */
static void
hide_others (GtkWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) other = g_list_model_get_item (toplevels, i);

      if (other != GTK_WIDGET (window))
        gtk_widget_set_visible (other, FALSE);
    }
}

static int
text_dpi (void)
{
  int dpi;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
  return dpi;
}

/* Waiting */

static gboolean
attract_shown (gpointer window)
{
  return outreach_window_get_attract_shown (window);
}

static gboolean
adjustment_at_top (gpointer adjustment)
{
  return gtk_adjustment_get_value (adjustment) == 0;
}

/* What would be pasted from @clipboard (through the X server, as another
 * program would read it), or NULL if nothing */
static char *
read_clipboard (GdkClipboard *clipboard)
{
  return test_read_clipboard (clipboard);
}

static void
assert_clipboard_empty (GdkClipboard *clipboard)
{
  g_autofree char *text = read_clipboard (clipboard);

  g_assert_true (text == NULL || *text == '\0');
}

/* One visitor, then the next */

static void
expand_whole_tree (OutreachWindow *window)
{
  GListModel *rows = gtk_single_selection_get_model (tree_selection (window));

  /* as a visitor clicking every expander, top to bottom (the list grows) */
  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);

      gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

static void
scroll_to_bottom (GtkAdjustment *adjustment)
{
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), >, 0);
}

static void
on_setting_changed (GSettings  *settings,
                    const char *key,
                    guint      *changes)
{
  g_autofree char *schema = NULL;

  g_object_get (settings, "schema-id", &schema, NULL);
  g_test_message ("written: %s %s", schema, key);
  (*changes)++;
}

/* The settings the app writes (the window's size), and GTK on its behalf
 * (recent emoji, the Inspector's warning), watched: each change is counted
 * in @changes */
static GPtrArray *
watch_settings (guint *changes)
{
  static const char *schemas[] = {
    "uk.police.serocu.Outreach", "org.gtk.gtk4.Settings.EmojiChooser",
    "org.gtk.gtk4.Settings.Debug", "org.gtk.gtk4.Settings.FileChooser",
  };
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  GPtrArray *watched = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < G_N_ELEMENTS (schemas); i++)
    {
      g_autoptr(GSettingsSchema) schema = g_settings_schema_source_lookup (source, schemas[i], TRUE);
      GSettings *settings;

      if (schema == NULL)
        {
          g_test_message ("%s: not installed, not watched", schemas[i]);
          continue;
        }
      settings = g_settings_new_full (schema, NULL, NULL);
      g_signal_connect (settings, "changed", G_CALLBACK (on_setting_changed), changes);
      g_ptr_array_add (watched, settings);
    }
  return watched;
}

static void
station_forgets_visitor (OutreachApplication *app,
                         OutreachWindow      *window)
{
  guint settings_written = 0;
  g_autoptr(GPtrArray) watched = watch_settings (&settings_written);
  GdkDisplay *display = gtk_widget_get_display (GTK_WIDGET (window));
  GtkWidget *entry = child (window, "search_entry");
  GtkWidget *text = search_text (window);
  GtkWidget *other;
  int dpi_before = text_dpi ();
  int divider_start = gtk_paned_get_position (divider (window));
  guint home_rows = n_tree_rows (window);
  gpointer other_weak;

  g_assert_true (outreach_window_get_kiosk (window));
  /* no reset while the visitor is busy (the test may take a while) */
  outreach_window_set_idle_times (window, 600, 10, 2);

  /* larger text */
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_assert_cmpint (text_dpi (), >, dpi_before);

  /* pages deep in the tree, then Home again: a history, Home selected */
  g_assert_true (outreach_window_show_page (window, "jody"));
  g_assert_true (outreach_window_show_page (window, "cyber-protect"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.home", NULL);
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, "home");
  g_assert_true (button_sensitive (window, "win.back"));

  /* the whole tree open and scrolled, the divider dragged, Home scrolled */
  expand_whole_tree (window);
  g_assert_cmpuint (n_tree_rows (window), >, home_rows);
  gtk_paned_set_position (divider (window), divider_start + 200);
  test_wait_drawn (GTK_WIDGET (window), 30);
  scroll_to_bottom (tree_adjustment (window));
  scroll_to_bottom (page_adjustment (window));

  /* a search typed, selected (the primary selection) and copied */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  test_wait_until (test_is_mapped, entry);
  /* typed, as a keyboard's input method commits it */
  g_signal_emit_by_name (text, "insert-at-cursor", "gat");
  g_signal_emit_by_name (text, "insert-at-cursor", "wick");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "gatwick");
  g_assert_true (gtk_widget_activate_action (text, "text.undo", NULL));
  g_test_message ("after one undo: '%s'", gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), !=, "gatwick");
  g_assert_true (gtk_widget_activate_action (text, "text.redo", NULL));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "gatwick");
  gtk_editable_select_region (GTK_EDITABLE (entry), 0, -1);
  g_assert_true (gtk_widget_activate_action (text, "clipboard.copy", NULL));
  {
    g_autofree char *copied = read_clipboard (gdk_display_get_clipboard (display));
    g_autofree char *selected = read_clipboard (gdk_display_get_primary_clipboard (display));

    g_assert_cmpstr (copied, ==, "gatwick");
    g_assert_cmpstr (selected, ==, "gatwick");
  }

  /* a link's QR code over it all, and a window of someone else's */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "https://serocu.police.uk/");
  g_assert_nonnull (outreach_window_get_sheet (window));
  other = gtk_window_new ();
  other_weak = other;
  g_object_add_weak_pointer (G_OBJECT (other), &other_weak);
  gtk_window_present (GTK_WINDOW (other));
  g_assert_cmpuint (n_toplevels (), ==, 2);

  /* the visitor leaves: the idle clock resets everything */
  outreach_window_set_idle_times (window, 1, 0, 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.still-here", NULL);
  test_wait_until (attract_shown, window);

  /* Home, at its top, selected in a collapsed tree at its top */
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, "home");
  g_assert_cmpfloat (gtk_adjustment_get_value (page_adjustment (window)), ==, 0);
  g_assert_cmpuint (n_tree_rows (window), ==, home_rows);
  g_assert_cmpstr (selected_tree_id (window), ==, "home");
  test_wait_until (adjustment_at_top, tree_adjustment (window));
  g_assert_cmpint (gtk_paned_get_position (divider (window)), ==, divider_start);
  /* nowhere to go back or forward to */
  g_assert_false (button_sensitive (window, "win.back"));
  g_assert_false (button_sensitive (window, "win.forward"));
  /* no search, the desktop's text size, no code, no other window */
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (child (window, "search_bar"))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_cmpint (text_dpi (), ==, dpi_before);
  g_assert_null (outreach_window_get_sheet (window));
  g_assert_null (other_weak);
  g_assert_cmpuint (n_toplevels (), ==, 1);
  /* nothing to paste, from either */
  assert_clipboard_empty (gdk_display_get_clipboard (display));
  assert_clipboard_empty (gdk_display_get_primary_clipboard (display));

  /* a try at closing the station (which would save its size) is refused */
  gtk_window_close (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "quit", NULL);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  /* nothing of the visit was written */
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpuint (settings_written, ==, 0);

  /* the next visitor pastes into the search: nothing comes */
  outreach_window_set_idle_times (window, 600, 10, 2);
  gtk_widget_set_visible (child (window, "attract_box"), FALSE);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  test_wait_until (test_is_mapped, entry);
  /* Ctrl+Z does not bring back the last visitor's search (GTK keeps what
   * was typed in the field's undo history after it is emptied) */
  gtk_widget_activate_action (text, "text.undo", NULL);
  g_test_message ("undo after the reset: '%s'", gtk_editable_get_text (GTK_EDITABLE (entry)));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_true (gtk_widget_activate_action (text, "clipboard.paste", NULL));
  /* a read queued after the paste's own has come back: so has the paste's */
  assert_clipboard_empty (gdk_display_get_clipboard (display));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

static void
test_reset_forgets_visitor (void)
{
  run_station (station_forgets_visitor, NULL);
}

/* GTK's Inspector */

static void
press_keys (GtkWindow  *window,
            const char *keys,
            guint       keyval)
{
  test_press_keys (window, keys, keyval);
}

/* What came while nobody was there */

static gboolean
sheet_under_attract (OutreachWindow *window)
{
  GtkWidget *sheet = outreach_window_get_sheet (window);
  GtkWidget *root = GTK_WIDGET (window);
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (sheet) / 2.0,
                                                 gtk_widget_get_height (sheet) / 2.0), at;
  GtkWidget *picked;

  g_assert_true (gtk_widget_compute_point (sheet, root, &middle, &at));
  picked = gtk_widget_pick (root, at.x, at.y, GTK_PICK_DEFAULT);
  return picked != NULL && gtk_widget_is_ancestor (picked, child (window, "attract_box"));
}

static void
station_wakes_clean (OutreachApplication *app,
                     OutreachWindow      *window)
{
  GtkWidget *entry = child (window, "search_entry");
  int dpi_before = text_dpi ();

  /* left alone: the attract screen */
  outreach_window_set_idle_times (window, 1, 0, 2);
  test_wait_until (attract_shown, window);
  outreach_window_set_idle_times (window, 600, 10, 2);

  /* a program on the bus zooms, searches, goes to a page and opens a code */
  g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (app), "search",
                                  g_variant_new_string ("YOU HAVE BEEN HACKED"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string ("jody"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "compose", g_variant_new_string ("hr:cyber"));
  g_assert_nonnull (outreach_window_get_sheet (window));
  g_assert_cmpint (text_dpi (), >, dpi_before);
  test_wait_drawn (GTK_WIDGET (window), 30);
  /* the attract screen still covers everything: the next touch reaches it */
  g_assert_true (outreach_window_get_attract_shown (window));
  g_assert_true (sheet_under_attract (window));

  /* the next visitor's touch: Home as at the start, none of it */
  g_signal_emit_by_name (child (window, "attract_box"), "touched");
  g_assert_false (outreach_window_get_attract_shown (window));
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, "home");
  g_assert_null (outreach_window_get_sheet (window));
  g_assert_cmpint (text_dpi (), ==, dpi_before);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (child (window, "search_bar"))));
  g_assert_false (button_sensitive (window, "win.back"));
}

static void
test_wakes_clean (void)
{
  run_station (station_wakes_clean, NULL);
}

/* A drag held through the reset */

typedef struct
{
  guint motions;
} MotionWatch;

static gboolean
on_motion_event (MotionWatch              *watch,
                 GdkEvent                 *event,
                 GtkEventControllerLegacy *controller)
{
  if (gdk_event_get_event_type (event) == GDK_MOTION_NOTIFY)
    watch->motions++;
  return GDK_EVENT_PROPAGATE;
}

typedef struct
{
  GtkPaned *paned;
  int       past;
} PastPosition;

static gboolean
divider_past (gpointer data)
{
  PastPosition *past = data;

  return gtk_paned_get_position (past->paned) > past->past;
}

static gboolean
motions_seen (gpointer data)
{
  return ((MotionWatch *) data)->motions > 0;
}

static void
station_ends_drag (OutreachApplication *app,
                   OutreachWindow      *window)
{
  GtkPaned *paned = divider (window);
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (window));
  GtkEventController *controller = gtk_event_controller_legacy_new ();
  int start = gtk_paned_get_position (paned);
  graphene_point_t handle = GRAPHENE_POINT_INIT (start + 1, gtk_widget_get_height (GTK_WIDGET (paned)) / 2.0), at;
  PastPosition past = { paned, start + 20 };
  MotionWatch watch = { 0 };
  g_autofree char *press = NULL;
  double sx, sy;

  outreach_window_set_idle_times (window, 600, 10, 2);
  test_wait_drawn (GTK_WIDGET (window), 30);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (paned), GTK_WIDGET (native), &handle, &at));
  gtk_native_get_surface_transform (native, &sx, &sy);
  press = g_strdup_printf ("mousemove --sync --window %lu %d %d",
                           (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                           (int) (at.x + sx), (int) (at.y + sy));
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "event", G_CALLBACK (on_motion_event), &watch);
  gtk_widget_add_controller (GTK_WIDGET (native), controller);

  /* a visitor drags the divider, and holds it */
  test_xdotool (press);
  test_xdotool ("mousedown 1");
  test_xdotool ("mousemove_relative --sync 40 0");
  test_xdotool ("mousemove_relative --sync 40 0");
  test_wait_until (divider_past, &past);

  /* still holding it when the station resets */
  outreach_window_set_idle_times (window, 1, 0, 2);
  test_wait_until (attract_shown, window);
  outreach_window_set_idle_times (window, 600, 10, 2);
  g_assert_cmpint (gtk_paned_get_position (paned), ==, start);

  /* moving on and letting go after it moves nothing */
  watch.motions = 0;
  test_xdotool ("mousemove_relative --sync 150 0");
  test_wait_until (motions_seen, &watch);
  test_xdotool ("mouseup 1");
  while (g_main_context_iteration (NULL, FALSE))
    ;
  g_assert_cmpint (gtk_paned_get_position (paned), ==, start);
  g_signal_emit_by_name (child (window, "attract_box"), "touched");
  g_assert_cmpint (gtk_paned_get_position (paned), ==, start);
  gtk_widget_remove_controller (GTK_WIDGET (native), controller);
}

static void
test_drag_ends_with_reset (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_station (station_ends_drag, NULL);
}

/* A station with its own pack keeps the app's name on the bus: were it
 * not unique, a call to the name would start a second instance, a desktop
 * window over the station */

static void
on_name_appeared (GDBusConnection *connection,
                  const char      *name,
                  const char      *owner,
                  gpointer         appeared)
{
  *(gboolean *) appeared = TRUE;
}

static gboolean
flag_set (gpointer flag)
{
  return *(gboolean *) flag;
}

static void
test_own_pack_keeps_name (void)
{
  const char *app = g_getenv ("SEROCU_OUTREACH");
  g_autofree char *pack = g_test_build_filename (G_TEST_DIST, "..", "data", "content", "serocu.json", NULL);
  g_autofree char *option = g_strdup_printf ("--content=%s", pack);
  g_autoptr(GSubprocess) station = NULL;
  g_autoptr(GError) error = NULL;
  gboolean appeared = FALSE;
  guint watch;

  if (app == NULL)
    {
      g_test_skip ("SEROCU_OUTREACH is not set (meson test sets it)");
      return;
    }
  station = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, app, "--kiosk", option, NULL);
  g_assert_no_error (error);
  watch = g_bus_watch_name (G_BUS_TYPE_SESSION, "uk.police.serocu.Outreach",
                            G_BUS_NAME_WATCHER_FLAGS_NONE, on_name_appeared, NULL, &appeared, NULL);
  test_wait_until (flag_set, &appeared);
  g_bus_unwatch_name (watch);
  g_subprocess_force_exit (station);
  g_subprocess_wait (station, NULL, &error);
  g_assert_no_error (error);
}

/* A station takes the app's name from another instance of the app (one
 * the bus started while the station was restarting), which quits: a
 * station that found the name taken used to exit, and start again, and
 * exit, leaving the screen black for as long as the other one stayed */

static void
on_waited (GObject      *source,
           GAsyncResult *result,
           gpointer      ended)
{
  g_subprocess_wait_finish (G_SUBPROCESS (source), result, NULL);
  *(gboolean *) ended = TRUE;
}

typedef struct
{
  GDBusConnection *bus;
  const char      *pid;
} Owner;

/* Whether the name's owner is the process @pid */
static gboolean
owned_by (gpointer data)
{
  Owner *owner = data;
  g_autoptr(GVariant) reply = NULL;
  guint32 pid;

  reply = g_dbus_connection_call_sync (owner->bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                       "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                       g_variant_new ("(s)", "uk.police.serocu.Outreach"),
                                       G_VARIANT_TYPE ("(u)"), G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  if (reply == NULL)
    return FALSE;
  g_variant_get (reply, "(u)", &pid);
  return pid == g_ascii_strtoull (owner->pid, NULL, 10);
}

static void
test_takes_name_from_other (void)
{
  const char *app = g_getenv ("SEROCU_OUTREACH");
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GSubprocess) other = NULL;
  g_autoptr(GSubprocess) station = NULL;
  g_autoptr(GError) error = NULL;
  gboolean other_ended = FALSE;
  Owner owner = { bus, NULL };

  if (app == NULL)
    {
      g_test_skip ("SEROCU_OUTREACH is not set (meson test sets it)");
      return;
    }
  /* the app as the bus starts it */
  other = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, app, "--gapplication-service", NULL);
  g_assert_no_error (error);
  g_subprocess_wait_async (other, NULL, on_waited, &other_ended);
  owner.pid = g_subprocess_get_identifier (other);
  test_wait_until (owned_by, &owner);

  /* the station starts: it has the name, the other one has gone */
  station = g_subprocess_new (G_SUBPROCESS_FLAGS_NONE, &error, app, "--kiosk", NULL);
  g_assert_no_error (error);
  owner.pid = g_subprocess_get_identifier (station);
  test_wait_until (owned_by, &owner);
  test_wait_until (flag_set, &other_ended);

  g_subprocess_force_exit (station);
  g_subprocess_wait (station, NULL, &error);
  g_assert_no_error (error);
}

/* Another program holds the name (it cannot be taken from it): the
 * station runs anyway, on its own connection, and says why; it used to
 * exit, start again and exit, the screen black for as long as it was held */

typedef struct
{
  GDBusConnection *bus;
  guint32          pid;
} Connection;

/* Whether the process answers org.gtk.Actions.List on a connection of its
 * own (as the station's watchdog asks it) */
static gboolean
answers_on_own_connection (gpointer data)
{
  Connection *connection = data;
  g_autoptr(GVariant) names = g_dbus_connection_call_sync (connection->bus, "org.freedesktop.DBus",
                                                           "/org/freedesktop/DBus", "org.freedesktop.DBus",
                                                           "ListNames", NULL, G_VARIANT_TYPE ("(as)"),
                                                           G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
  g_autoptr(GVariantIter) iter = NULL;
  const char *name;

  g_assert_nonnull (names);
  g_variant_get (names, "(as)", &iter);
  while (g_variant_iter_next (iter, "&s", &name))
    {
      g_autoptr(GVariant) pid = NULL;
      g_autoptr(GVariant) actions = NULL;
      guint32 its_pid;

      if (name[0] != ':')
        continue;
      pid = g_dbus_connection_call_sync (connection->bus, "org.freedesktop.DBus", "/org/freedesktop/DBus",
                                         "org.freedesktop.DBus", "GetConnectionUnixProcessID",
                                         g_variant_new ("(s)", name), G_VARIANT_TYPE ("(u)"),
                                         G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
      if (pid == NULL)
        continue;
      g_variant_get (pid, "(u)", &its_pid);
      if (its_pid != connection->pid)
        continue;
      actions = g_dbus_connection_call_sync (connection->bus, name, "/uk/police/serocu/Outreach",
                                             "org.gtk.Actions", "List", NULL, NULL,
                                             G_DBUS_CALL_FLAGS_NONE, -1, NULL, NULL);
      if (actions != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
on_name_acquired (GDBusConnection *bus,
                  const char      *name,
                  gpointer         acquired)
{
  *(gboolean *) acquired = TRUE;
}

static void
test_name_held_by_another (void)
{
  const char *app = g_getenv ("SEROCU_OUTREACH");
  g_autoptr(GDBusConnection) bus = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autofree char *log = g_build_filename (g_get_tmp_dir (), "station-name-held.log", NULL);
  g_autofree char *said = NULL;
  g_autoptr(GSubprocess) station = NULL;
  g_autoptr(GError) error = NULL;
  gboolean acquired = FALSE;
  Connection connection = { bus, 0 };
  guint owner;

  if (app == NULL)
    {
      g_test_skip ("SEROCU_OUTREACH is not set (meson test sets it)");
      return;
    }
  /* this test holds the name, and lets nobody replace it */
  owner = g_bus_own_name_on_connection (bus, "uk.police.serocu.Outreach", G_BUS_NAME_OWNER_FLAGS_NONE,
                                        on_name_acquired, NULL, &acquired, NULL);
  test_wait_until (flag_set, &acquired);

  /* (its warning is for the journal, not a failure) */
  g_subprocess_launcher_unsetenv (launcher, "G_DEBUG");
  g_subprocess_launcher_set_stderr_file_path (launcher, log);
  station = g_subprocess_launcher_spawn (launcher, &error, app, "--kiosk", NULL);
  g_assert_no_error (error);
  connection.pid = g_ascii_strtoull (g_subprocess_get_identifier (station), NULL, 10);
  test_wait_until (answers_on_own_connection, &connection);

  g_subprocess_force_exit (station);
  g_subprocess_wait (station, NULL, &error);
  g_assert_no_error (error);
  g_bus_unown_name (owner);
  g_assert_true (g_file_get_contents (log, &said, NULL, NULL));
  g_assert_nonnull (strstr (said, "Another program holds the app’s name on the session bus"));
  g_unlink (log);
}

/* The staff PIN pad keeps the keyboard */

static void
open_pin_pad (OutreachWindow *window)
{
  test_press_staff_hotspot (window);
  g_assert_true (OUTREACH_IS_PIN_PAD (outreach_window_get_sheet (window)));
}

static void
station_pad_keeps_keys (OutreachApplication *app,
                        OutreachWindow      *window)
{
  g_autoptr(GSettings) settings = g_settings_new ("uk.police.serocu.Outreach");
  g_autofree char *hash = outreach_exit_pin_hash ("97531", NULL);
  GtkWidget *entry = child (window, "search_entry");
  GtkWidget *pad, *focus;

  g_assert_nonnull (hash);
  g_settings_set_string (settings, "kiosk-exit-pin", hash);
  outreach_window_set_idle_times (window, 600, 10, 2);
  open_pin_pad (window);
  pad = outreach_window_get_sheet (window);
  test_wait_until (test_is_mapped, pad);

  /* a visitor's Ctrl+F (search), F6 (the next pane), Ctrl+E, Alt+Home,
   * then staff type the PIN: it goes to the pad, and nowhere else */
  /* an arrow key alone, from the top row (it took the focus out of the
   * pad, to the page and its type-to-search) */
  press_keys (GTK_WINDOW (window), "Up", GDK_KEY_Up);
  press_keys (GTK_WINDOW (window), "ctrl+f F6 ctrl+e alt+Home ctrl+plus Up Up Left Left Up 9 7 5 3",
              GDK_KEY_3);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (child (window, "search_bar"))));
  g_assert_cmpuint (outreach_pin_pad_get_entered_length (OUTREACH_PIN_PAD (pad)), ==, 4);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus != NULL && (focus == pad || gtk_widget_is_ancestor (focus, pad)));
  g_assert_true (outreach_window_get_kiosk (window));

  /* and the pad's own keys work: the last digit, then OK */
  press_keys (GTK_WINDOW (window), "1 Return", GDK_KEY_Return);
  g_assert_false (outreach_window_get_kiosk (window));
  g_settings_reset (settings, "kiosk-exit-pin");
}

static void
test_pad_keeps_keys (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_station (station_pad_keeps_keys, NULL);
}

/* A message's QR code over a person's page: nothing behind it hears the
 * visitor. Each key or button is followed by Shift, which the sheet lets
 * through, to know when it has been handled. */
static void
assert_sheet_over (OutreachWindow *window,
                   GtkWidget      *sheet,
                   const char     *page,
                   const char     *after)
{
  g_test_message ("after %s", after);
  g_assert_true (outreach_window_get_sheet (window) == sheet);
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, page);
  g_assert_false (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (child (window, "search_bar"))));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (child (window, "search_entry"))), ==, "");
}

static gboolean
no_sheet (gpointer window)
{
  return outreach_window_get_sheet (window) == NULL;
}

static void
station_sheet_holds_page (OutreachApplication *app,
                          OutreachWindow      *window)
{
  static const char *keys[] = { "alt+Left", "alt+Home", "F6 Down Down", "ctrl+f c y b", "Tab Left",
                                "ctrl+e", "BackSpace", "alt+d", "ctrl+plus ctrl+0" };
  GtkWidget *sheet;

  outreach_window_set_idle_times (window, 600, 10, 2);
  g_assert_true (outreach_window_show_page (window, "cyber"));
  g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string ("jody"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL);
  sheet = outreach_window_get_sheet (window);
  g_assert_nonnull (sheet);
  test_wait_until (test_is_mapped, sheet);

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_autofree char *pressed = g_strconcat (keys[i], " Shift_L", NULL);

      press_keys (GTK_WINDOW (window), pressed, GDK_KEY_Shift_L);
      assert_sheet_over (window, sheet, "jody", keys[i]);
    }
  /* the mouse's back button; behind the sheet nothing takes the pointer */
  test_xdotool ("mousemove 400 300");
  test_xdotool ("click 8");
  press_keys (GTK_WINDOW (window), "Shift_L", GDK_KEY_Shift_L);
  assert_sheet_over (window, sheet, "jody", "the back button");
  g_assert_false (gtk_widget_is_sensitive (child (window, "header_bar")));
  g_assert_false (gtk_widget_is_sensitive (child (window, "sidebar")));

  /* Escape closes it, as Done does; the keyboard reaches the page again
   * (Ctrl+E opens another), and touches do */
  test_xdotool ("key Escape");
  test_wait_until (no_sheet, window);
  press_keys (GTK_WINDOW (window), "ctrl+e", GDK_KEY_e);
  g_assert_nonnull (outreach_window_get_sheet (window));
  test_xdotool ("key Escape");
  test_wait_until (no_sheet, window);
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, "jody");
  g_assert_true (gtk_widget_is_sensitive (child (window, "sidebar")));

  /* a page change that does happen, from the bus, closes the code: it is
   * never over a page it is not about; a search from the bus too */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL);
  g_assert_nonnull (outreach_window_get_sheet (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string ("cyber"));
  g_assert_cmpstr (outreach_node_get_id (outreach_window_get_current_node (window)), ==, "cyber");
  g_assert_null (outreach_window_get_sheet (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL);
  g_assert_nonnull (outreach_window_get_sheet (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "search", g_variant_new_string ("jody"));
  g_assert_null (outreach_window_get_sheet (window));
  /* an empty search from the bus only opens the search bar behind the
   * code: that is a change the visitor would find after Done, so the code
   * closes and they see what is there */
  outreach_window_reset (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL);
  g_assert_nonnull (outreach_window_get_sheet (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "search", g_variant_new_string (""));
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (child (window, "search_bar"))));
  g_assert_null (outreach_window_get_sheet (window));
  /* a link's code too */
  outreach_window_reset (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "https://serocu.police.uk/");
  g_assert_nonnull (outreach_window_get_sheet (window));
  g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string ("jody"));
  g_assert_null (outreach_window_get_sheet (window));
}

static void
test_sheet_holds_page (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_station (station_sheet_holds_page, NULL);
}

static gboolean
inspector_opened (GtkWindow *window,
                  gboolean   toggle)
{
  guint before = n_toplevels ();
  gboolean handled = FALSE;

  g_signal_emit_by_name (window, "enable-debugging", toggle, &handled);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  return n_toplevels () > before;
}

static void
station_refuses_inspector (OutreachApplication *app,
                           OutreachWindow      *window)
{
  /* a window of GTK's or the app's own, made while on a station */
  GtkWidget *other = gtk_window_new ();
  guint before;

  gtk_window_present (GTK_WINDOW (other));
  test_wait_until (test_is_mapped, other);
  before = n_toplevels ();

  /* Ctrl+Shift+D (toggle) and Ctrl+Shift+I (pick a widget), in either window */
  g_assert_false (inspector_opened (GTK_WINDOW (window), TRUE));
  g_assert_false (inspector_opened (GTK_WINDOW (window), FALSE));
  g_assert_false (inspector_opened (GTK_WINDOW (other), TRUE));
  g_assert_false (inspector_opened (GTK_WINDOW (other), FALSE));
  gtk_window_destroy (GTK_WINDOW (other));
  before--;
  if (test_have_xdotool ())
    {
      press_keys (GTK_WINDOW (window), "ctrl+shift+d", GDK_KEY_d);
      press_keys (GTK_WINDOW (window), "ctrl+shift+i", GDK_KEY_i);
      g_assert_cmpuint (n_toplevels (), ==, before);
    }
  else
    g_test_message ("no xdotool on an X display: the keys themselves are not pressed");
  g_assert_true (outreach_window_get_kiosk (window));

  /* staff left the station: it is theirs to open */
  outreach_window_set_kiosk (window, FALSE);
  if (test_have_xdotool ())
    {
      press_keys (GTK_WINDOW (window), "ctrl+shift+d", GDK_KEY_d);
      g_assert_cmpuint (n_toplevels (), >, before);
    }
  else
    g_assert_true (inspector_opened (GTK_WINDOW (window), TRUE));
  hide_others (GTK_WINDOW (window));
}

static void
test_inspector_refused (void)
{
  run_station (station_refuses_inspector, NULL);
}

/* The search field's extras */

static gboolean
is_shown (GtkWidget     *widget,
          gconstpointer  data)
{
  return gtk_widget_get_visible (widget);
}

/* A popover of @type shown from the search field (GTK parents its context
 * menu and emoji chooser to the text) */
static gboolean
popover_shown (OutreachWindow *window,
               GType           type)
{
  return find_widget (search_text (window), type, is_shown, NULL) != NULL;
}

static void
hide_popovers (OutreachWindow *window)
{
  GtkWidget *popover;

  while ((popover = find_widget (search_text (window), GTK_TYPE_POPOVER, is_shown, NULL)) != NULL)
    gtk_popover_popdown (GTK_POPOVER (popover));
}

typedef struct
{
  guint pressed;
} ClickWatch;

static gboolean
on_event (ClickWatch               *watch,
          GdkEvent                 *event,
          GtkEventControllerLegacy *controller)
{
  /* the press: a menu it opens takes the release */
  if (gdk_event_get_event_type (event) == GDK_BUTTON_PRESS)
    watch->pressed++;
  return GDK_EVENT_PROPAGATE;
}

static gboolean
click_seen (gpointer watch)
{
  return ((ClickWatch *) watch)->pressed > 0;
}

/* Clicks @button of the real mouse where it is, and waits until the
 * window of @widget has seen the click */
static void
click_here (GtkWidget *widget,
            guint      button)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GtkEventController *controller = gtk_event_controller_legacy_new ();
  ClickWatch watch = { 0 };
  g_autofree char *click = g_strdup_printf ("click %u", button);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "event", G_CALLBACK (on_event), &watch);
  gtk_widget_add_controller (GTK_WIDGET (native), controller);
  test_xdotool (click);
  test_wait_until (click_seen, &watch);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_widget_remove_controller (GTK_WIDGET (native), controller);
}

/* Clicks @button of the real mouse in the middle of @widget, and waits
 * until its window has seen the click */
static void
click_widget (GtkWidget *widget,
              guint      button)
{
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                 gtk_widget_get_height (widget) / 2.0), at;
  GtkNative *native = gtk_widget_get_native (widget);

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &middle, &at));
  /* on the screen, where the mouse can be */
  g_assert_cmpfloat (at.y, <, gtk_widget_get_height (GTK_WIDGET (native)));
  test_pointer_to (widget);
  click_here (widget, button);
}

static gboolean
entry_has_text (gpointer entry)
{
  return *gtk_editable_get_text (entry) != '\0';
}

/* Everything that would show one of GTK's extras from the search field:
 * Ctrl+. and Ctrl+; (emoji), Shift+F10, the Menu key and the right button
 * (the context menu), the middle button (a paste of the primary
 * selection). Returns whether any of them did anything. */
static gboolean
try_extras (OutreachWindow *window)
{
  static const struct { const char *keys; guint keyval; } emoji_keys[] = {
    { "ctrl+period", GDK_KEY_period }, { "ctrl+semicolon", GDK_KEY_semicolon },
  }, menu_keys[] = {
    { "shift+F10", GDK_KEY_F10 }, { "Menu", GDK_KEY_Menu },
  };
  GtkWidget *entry = child (window, "search_entry");
  gboolean shown = FALSE;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  test_wait_until (test_is_mapped, entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), "cyber");

  for (guint i = 0; i < G_N_ELEMENTS (emoji_keys); i++)
    {
      gtk_widget_grab_focus (entry);
      press_keys (GTK_WINDOW (window), emoji_keys[i].keys, emoji_keys[i].keyval);
      g_test_message ("%s: emoji chooser %s", emoji_keys[i].keys,
                      popover_shown (window, GTK_TYPE_EMOJI_CHOOSER) ? "shown" : "not shown");
      shown |= popover_shown (window, GTK_TYPE_EMOJI_CHOOSER);
      hide_popovers (window);
    }
  for (guint i = 0; i < G_N_ELEMENTS (menu_keys); i++)
    {
      gtk_widget_grab_focus (entry);
      press_keys (GTK_WINDOW (window), menu_keys[i].keys, menu_keys[i].keyval);
      g_test_message ("%s: context menu %s", menu_keys[i].keys,
                      popover_shown (window, GTK_TYPE_POPOVER_MENU) ? "shown" : "not shown");
      shown |= popover_shown (window, GTK_TYPE_POPOVER_MENU);
      hide_popovers (window);
    }
  click_widget (search_text (window), 3);
  g_test_message ("right button: context menu %s",
                  popover_shown (window, GTK_TYPE_POPOVER_MENU) ? "shown" : "not shown");
  shown |= popover_shown (window, GTK_TYPE_POPOVER_MENU);
  hide_popovers (window);
  /* the middle button pastes the primary selection (here, as another
   * widget would have set it) */
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  gdk_clipboard_set_text (gtk_widget_get_primary_clipboard (GTK_WIDGET (window)), "gatwick");
  click_widget (search_text (window), 2);
  {
    /* the paste's read of the selection was asked for first: it is done */
    g_autofree char *selected = read_clipboard (gtk_widget_get_primary_clipboard (GTK_WIDGET (window)));

    g_assert_cmpstr (selected, ==, "gatwick");
  }
  /* on a desktop, the paste comes (the order of two reads is not promised) */
  if (!outreach_window_get_kiosk (window))
    test_wait_until (entry_has_text, entry);
  g_test_message ("middle button: “%s” pasted", gtk_editable_get_text (GTK_EDITABLE (entry)));
  shown |= *gtk_editable_get_text (GTK_EDITABLE (entry)) != '\0';
  gtk_editable_set_text (GTK_EDITABLE (entry), "cyber");
  /* and the emoji action itself, as the old menu item would reach it */
  gtk_widget_activate_action (search_text (window), "misc.insert-emoji", NULL);
  shown |= popover_shown (window, GTK_TYPE_EMOJI_CHOOSER);
  hide_popovers (window);

  /* the field still takes text */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "cyber");
  return shown;
}

/* The right button on a link of the page: its menu (Copy URL), shown? */
static gboolean
link_menu_shown (OutreachWindow *window)
{
  GtkWidget *page = child (window, "page_view");
  GtkWidget *link;
  gboolean shown;

  /* the page, not search results in its place */
  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (child (window, "search_bar")), FALSE);
  g_assert_true (outreach_window_show_page (window, "join-us"));
  test_wait_drawn (GTK_WIDGET (window), 30);
  link = find_widget (page, GTK_TYPE_LINK_BUTTON, NULL, NULL);
  g_assert_nonnull (link);
  g_assert_true (gtk_widget_get_mapped (link));
  /* scrolled into view, as the focus is */
  gtk_widget_grab_focus (link);
  test_wait_drawn (GTK_WIDGET (window), 30);
  click_widget (link, 3);
  shown = find_widget (link, GTK_TYPE_POPOVER_MENU, is_shown, NULL) != NULL;
  g_test_message ("right button on a link: menu %s", shown ? "shown" : "not shown");
  if (shown)
    gtk_popover_popdown (GTK_POPOVER (find_widget (link, GTK_TYPE_POPOVER_MENU, is_shown, NULL)));
  return shown;
}

static void
station_offers_no_extras (OutreachApplication *app,
                          OutreachWindow      *window)
{
  g_assert_false (link_menu_shown (window));
  g_assert_true (gtk_text_get_input_hints (GTK_TEXT (search_text (window))) & GTK_INPUT_HINT_NO_EMOJI);
  g_assert_false (try_extras (window));
  /* and a click of the first button still puts the cursor there */
  click_widget (search_text (window), 1);
  g_assert_true (gtk_widget_has_focus (search_text (window)));

  /* on a desktop, GTK's own: the test sees them when they are there */
  outreach_window_set_kiosk (window, FALSE);
  g_assert_false (gtk_text_get_input_hints (GTK_TEXT (search_text (window))) & GTK_INPUT_HINT_NO_EMOJI);
  g_assert_true (try_extras (window));
  g_assert_true (link_menu_shown (window));
}

static void
test_search_extras_refused (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_station (station_offers_no_extras, NULL);
}

/* Problems */

static void
station_keeps_problems_for_staff (OutreachApplication *app,
                                  OutreachWindow      *window)
{
  GtkRevealer *bar = GTK_REVEALER (child (window, "problem_revealer"));
  GtkLabel *detail = GTK_LABEL (child (window, "problem_label"));
  g_autofree char *path = test_pack_path ("bad-syntax.json");

  /* not on the public screen: in the journal (expected by the test) */
  g_assert_true (outreach_window_get_kiosk (window));
  g_assert_false (gtk_revealer_get_reveal_child (bar));
  /* nor a problem asked for from the bus */
  g_action_group_activate_action (G_ACTION_GROUP (app), "show", g_variant_new_string ("no-such-page"));
  g_assert_false (gtk_revealer_get_reveal_child (bar));
  /* the idle reset does not lose it */
  outreach_window_reset (window);

  /* staff leave: the pack's problem is there for them */
  outreach_window_set_kiosk (window, FALSE);
  g_assert_true (gtk_revealer_get_reveal_child (bar));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (detail)));
  g_test_message ("shown: %s", gtk_label_get_text (detail));
  g_assert_nonnull (strstr (gtk_label_get_text (detail), "bad-syntax.json"));
}

static void
test_problems_for_staff (void)
{
  g_autofree char *path = test_pack_path ("bad-syntax.json");
  g_autofree char *option = g_strdup_printf ("--content=%s", path);
  g_autofree char *logged = g_strdup_printf ("*could not be used*%s:5:24: *", path);

  /* the journal hears, first, what the station runs with (a station set
   * up wrongly is found at its start, not when staff try to leave) */
  g_test_expect_message (NULL, G_LOG_LEVEL_MESSAGE,
                         "Display station: it starts again after 90 s without input, with a "
                         "countdown for the last 20 s;*Staff exit: no PIN is set, so there is no "
                         "way out from the screen. Content shown: the built-in content, as the "
                         "chosen pack cannot be used: *bad-syntax.json:5:24: *");
  g_test_expect_message (NULL, G_LOG_LEVEL_WARNING, logged);
  run_station (station_keeps_problems_for_staff, option);
  g_test_assert_expected_messages ();
}

/* Shortcuts */

static const struct { const char *accel; const char *action; } desktop_keys[] = {
  { "<Control>q", "app.quit" }, { "<Control>w", "window.close" },
  { "<Alt>Left", "win.back" }, { "<Alt>Right", "win.forward" }, { "<Alt>Home", "win.home" },
  { "F6", "win.focus-tree" }, { "<Control>f", "win.search" },
  { "<Control>e", "win.get-in-touch" }, { "<Control>plus", "app.zoom-in" },
  { "<Control>minus", "app.zoom-out" }, { "<Control>0", "app.zoom-reset" },
  { "<Control>question", "win.show-help-overlay" },
};

static gboolean
accel_reaches (OutreachApplication *app,
               const char          *accel,
               const char          *action)
{
  g_auto(GStrv) actions = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), accel);

  return g_strv_contains ((const char * const *) actions, action);
}

static gboolean
is_shortcuts_window (GtkWidget     *widget,
                     gconstpointer  data)
{
  return gtk_widget_get_visible (widget);
}

static gboolean
shortcuts_window_shown (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (find_widget (window, GTK_TYPE_SHORTCUTS_WINDOW, is_shortcuts_window, NULL))
        return TRUE;
    }
  return FALSE;
}

static void
station_shortcuts_come_back (OutreachApplication *app,
                             OutreachWindow      *window)
{
  /* on a station: no quitting, closing, or shortcuts window */
  g_assert_false (accel_reaches (app, "<Control>q", "app.quit"));
  g_assert_false (accel_reaches (app, "<Control>w", "window.close"));
  g_assert_false (accel_reaches (app, "<Control>question", "win.show-help-overlay"));
  if (test_have_xdotool ())
    {
      press_keys (GTK_WINDOW (window), "ctrl+question", GDK_KEY_question);
      g_assert_false (shortcuts_window_shown ());
    }

  /* staff left: every one of the desktop's */
  outreach_window_set_kiosk (window, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (desktop_keys); i++)
    {
      g_test_message ("%s → %s", desktop_keys[i].accel, desktop_keys[i].action);
      g_assert_true (accel_reaches (app, desktop_keys[i].accel, desktop_keys[i].action));
    }
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "quit"));
  g_assert_true (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "about"));
  if (test_have_xdotool ())
    press_keys (GTK_WINDOW (window), "ctrl+question", GDK_KEY_question);
  else
    gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  g_assert_true (shortcuts_window_shown ());
  hide_others (GTK_WINDOW (window));
}

static void
test_shortcuts_after_leaving (void)
{
  run_station (station_shortcuts_come_back, NULL);
}

/* Every other way out the issue tried: still nothing */
static void
station_keys_do_nothing (OutreachApplication *app,
                         OutreachWindow      *window)
{
  static const struct { const char *keys; guint keyval; } keys[] = {
    { "alt+F4", GDK_KEY_F4 }, { "ctrl+q", GDK_KEY_q }, { "ctrl+w", GDK_KEY_w },
    { "Escape", GDK_KEY_Escape }, { "F11", GDK_KEY_F11 }, { "super", GDK_KEY_Super_L },
    { "alt+Tab", GDK_KEY_Tab }, { "F10", GDK_KEY_F10 }, { "shift+F10", GDK_KEY_F10 },
    { "Menu", GDK_KEY_Menu }, { "ctrl+shift+d", GDK_KEY_d }, { "ctrl+shift+i", GDK_KEY_i },
    { "ctrl+question", GDK_KEY_question }, { "F5", GDK_KEY_F5 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    {
      g_test_message ("%s", keys[i].keys);
      press_keys (GTK_WINDOW (window), keys[i].keys, keys[i].keyval);
      g_assert_true (outreach_window_get_kiosk (window));
      /* F5 presents a tour on a desktop; never on a station, where it
       * says nothing either (nor keeps it for staff) */
      g_assert_null (outreach_window_get_presenter (window));
      g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (child (window, "problem_title"))), "present"));
      g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
      g_assert_cmpuint (n_toplevels (), ==, 1);
      g_assert_true (gtk_application_get_windows (GTK_APPLICATION (app)) != NULL);
    }
  /* what the menu held, had it been reachable */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "about"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (app), "quit"));
}

static void
test_keys_do_nothing (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_station (station_keys_do_nothing, NULL);
}

/* Taps on the PIN pad are a person there: the reset closed the pad
 * half-way through a PIN */

static gboolean
countdown_shown (gpointer window)
{
  return gtk_revealer_get_reveal_child (GTK_REVEALER (child (window, "countdown_revealer")));
}

static gboolean
button_labelled (GtkWidget     *widget,
                 gconstpointer  label)
{
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

static void
station_pad_taps_count (OutreachApplication *app,
                        OutreachWindow      *window)
{
  g_autoptr(GSettings) settings = g_settings_new ("uk.police.serocu.Outreach");
  g_autofree char *hash = outreach_exit_pin_hash ("2468", NULL);
  GtkWidget *pad, *two;

  g_settings_set_string (settings, "kiosk-exit-pin", hash);
  outreach_window_set_idle_times (window, 600, 10, 2);
  open_pin_pad (window);
  pad = outreach_window_get_sheet (window);
  test_wait_until (test_is_mapped, pad);
  test_wait_drawn (GTK_WIDGET (window), 30);
  two = find_widget (pad, GTK_TYPE_BUTTON, button_labelled, "2");
  g_assert_nonnull (two);

  /* staff are slow: the pointer rests on 2 while the countdown comes up;
   * their next tap there, with no movement, is a person, not nobody */
  test_pointer_to (two);
  outreach_window_set_idle_times (window, 4, 3, 2);
  test_wait_until (countdown_shown, window);
  click_here (two, 1);
  g_assert_false (countdown_shown (window));
  g_assert_true (outreach_window_get_sheet (window) == pad);
  g_assert_cmpuint (outreach_pin_pad_get_entered_length (OUTREACH_PIN_PAD (pad)), ==, 1);
  outreach_window_set_idle_times (window, 600, 10, 2);
  g_settings_reset (settings, "kiosk-exit-pin");
}

static void
test_pad_taps_count (void)
{
  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool on an X display (build-aux/setup.sh test installs it)");
      return;
    }
  run_station (station_pad_taps_count, NULL);
}

/* A message's draft: kept on a desktop, never for the next visitor */

static char *
composer_body (OutreachWindow *window)
{
  GtkWindow *composer = outreach_window_get_composer (window);
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_assert_nonnull (composer);
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW,
                                                                "body_view")));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* A message ("CONTACT:PAGE"), opened as from the bus (on a desktop: the
 * message window) */
static void
open_message (OutreachApplication *app,
              OutreachWindow      *window,
              const char          *spec)
{
  g_action_group_activate_action (G_ACTION_GROUP (app), "compose", g_variant_new_string (spec));
  g_assert_nonnull (outreach_window_get_composer (window));
  test_wait_until (test_is_mapped, outreach_window_get_composer (window));
}

/* Writes where the cursor is, and closes the window as Escape does */
static void
write_and_close (OutreachWindow *window,
                 const char     *text)
{
  GtkWindow *composer = outreach_window_get_composer (window);
  GtkTextView *view = GTK_TEXT_VIEW (test_child (composer, OUTREACH_TYPE_COMPOSE_WINDOW, "body_view"));

  gtk_text_buffer_insert_at_cursor (gtk_text_view_get_buffer (view), text, -1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (composer), "window.close", NULL));
  g_assert_null (outreach_window_get_composer (window));
}

static void
station_forgets_draft (OutreachApplication *app,
                       OutreachWindow      *window)
{
  const char *specs[] = { "hr:cyber", "hr" };
  char *stock[G_N_ELEMENTS (specs)];

  outreach_window_set_idle_times (window, 600, 10, 2);
  /* staff leave the station and write two messages, closing each: the
   * one left for the other, and the last one, are kept */
  outreach_window_set_kiosk (window, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      open_message (app, window, specs[i]);
      stock[i] = composer_body (window);
      write_and_close (window, "PRIVATE-NOTE-42");
    }
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autofree char *kept = NULL;

      open_message (app, window, specs[i]);
      kept = composer_body (window);
      g_assert_nonnull (strstr (kept, "PRIVATE-NOTE-42"));
      write_and_close (window, " more");
    }

  /* the station again, and its reset for the next visitor */
  outreach_window_set_kiosk (window, TRUE);
  outreach_window_set_idle_times (window, 1, 0, 2);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.still-here", NULL);
  test_wait_until (attract_shown, window);
  outreach_window_set_idle_times (window, 600, 10, 2);

  /* nothing of either comes back, even to staff who leave again */
  outreach_window_set_kiosk (window, FALSE);
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autofree char *after = NULL;

      open_message (app, window, specs[i]);
      after = composer_body (window);
      g_test_message ("%s after the reset: %s", specs[i], after);
      g_assert_null (strstr (after, "PRIVATE-NOTE-42"));
      g_assert_cmpstr (after, ==, stock[i]);
      g_free (stock[i]);
      write_and_close (window, "");
    }
  hide_others (GTK_WINDOW (window));
}

static void
test_reset_forgets_draft (void)
{
  run_station (station_forgets_draft, NULL);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/station/reset-forgets-visitor", test_reset_forgets_visitor);
  g_test_add_func ("/station/keys-do-nothing", test_keys_do_nothing);
  g_test_add_func ("/station/wakes-clean", test_wakes_clean);
  g_test_add_func ("/station/reset-forgets-draft", test_reset_forgets_draft);
  g_test_add_func ("/station/drag-ends-with-reset", test_drag_ends_with_reset);
  g_test_add_func ("/station/own-pack-keeps-name", test_own_pack_keeps_name);
  g_test_add_func ("/station/pad-keeps-keys", test_pad_keeps_keys);
  g_test_add_func ("/station/sheet-holds-page", test_sheet_holds_page);
  g_test_add_func ("/station/takes-name-from-other", test_takes_name_from_other);
  g_test_add_func ("/station/pad-taps-count", test_pad_taps_count);
  g_test_add_func ("/station/name-held-by-another", test_name_held_by_another);
  g_test_add_func ("/station/search-extras-refused", test_search_extras_refused);
  g_test_add_func ("/station/problems-for-staff", test_problems_for_staff);
  g_test_add_func ("/station/shortcuts-after-leaving", test_shortcuts_after_leaving);
  /* last: GTK's Inspector, once open, stays in the process */
  g_test_add_func ("/station/inspector-refused", test_inspector_refused);

  return g_test_run ();
}
