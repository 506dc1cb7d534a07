/* test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include <gdk/x11/gdkx.h>

#include "test-utils.h"

#define WAIT_LIMIT_US (20 * G_USEC_PER_SEC)

/* A bound template child, which a failed lookup would leave NULL. */
GtkWidget *
test_child (gpointer    widget,
            GType       type,
            const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (widget), type, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

/* Runs the main loop until @done, failing after 20 seconds. It never
 * blocks: what is awaited may come from a timer or another process. */
void
test_wait_until (gboolean (*done) (gpointer),
                 gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + WAIT_LIMIT_US;

  while (!done (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
}

gboolean
test_is_mapped (gpointer widget)
{
  return gtk_widget_get_mapped (widget);
}

typedef struct {
  guint    paints;
  gboolean timed_out;
} Frames;

static void
on_after_paint (GdkFrameClock *clock,
                Frames        *frames)
{
  frames->paints++;
}

static gboolean
on_frames_timeout (gpointer data)
{
  ((Frames *) data)->timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Every widget's size and place, as one number: two frames with the same
 * have laid nothing out anew */
static guint
layout_signature (GtkWidget *widget)
{
  guint hash = gtk_widget_get_width (widget) * 7919u + gtk_widget_get_height (widget);
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0), at;

  if (gtk_widget_get_parent (widget) != NULL &&
      gtk_widget_compute_point (widget, gtk_widget_get_parent (widget), &origin, &at))
    hash = hash * 31u + (guint) at.x * 131u + (guint) at.y;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    hash = hash * 33u + layout_signature (c);
  return hash;
}

/**
 * test_wait_drawn:
 * @widget: a widget in a mapped window
 * @max_frames: how many frames the window may take
 *
 * Asks @widget's window for frames, one after another, until one is drawn
 * with every widget where the frame before had it: what changed has been
 * laid out and painted, and nothing goes on changing. Fails if that takes
 * more than @max_frames frames, or 20 seconds in all (a layout that hangs
 * in one frame). It never sleeps: it waits on the frame clock.
 *
 * Returns: the frames it took
 */
guint
test_wait_drawn (GtkWidget *widget,
                 guint      max_frames)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  GdkFrameClock *clock = gtk_widget_get_frame_clock (root);
  Frames frames = { 0, FALSE };
  gulong handler;
  guint timeout;
  guint last = 0;

  g_assert_nonnull (clock);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), &frames);
  timeout = g_timeout_add (WAIT_LIMIT_US / 1000, on_frames_timeout, &frames);

  for (guint frame = 1; frame <= max_frames; frame++)
    {
      guint before = frames.paints;
      guint signature;

      gtk_widget_queue_draw (root);
      while (frames.paints == before && !frames.timed_out)
        g_main_context_iteration (NULL, TRUE);
      g_assert_false (frames.timed_out);

      signature = layout_signature (root);
      if (frame > 1 && signature == last)
        {
          g_signal_handler_disconnect (clock, handler);
          g_source_remove (timeout);
          return frame;
        }
      last = signature;
    }
  g_error ("the window was still changing after %u frames", max_frames);
}

/* @widget's window, and what it needs at least, within its monitor */
void
test_assert_within_screen (GtkWidget *widget)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (widget));
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (root));
  GdkMonitor *monitor = gdk_display_get_monitor_at_surface (gtk_widget_get_display (root), surface);
  GdkRectangle screen;
  int min_width, min_height;

  gdk_monitor_get_geometry (monitor, &screen);
  gtk_widget_measure (root, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (root, GTK_ORIENTATION_VERTICAL, screen.width, &min_height, NULL, NULL, NULL);
  g_test_message ("window %d×%d, at least %d×%d, screen %d×%d",
                  gtk_widget_get_width (root), gtk_widget_get_height (root),
                  min_width, min_height, screen.width, screen.height);
  g_assert_cmpint (min_width, <=, screen.width);
  g_assert_cmpint (min_height, <=, screen.height);
  g_assert_cmpint (gdk_surface_get_width (surface), <=, screen.width);
  g_assert_cmpint (gdk_surface_get_height (surface), <=, screen.height);
}

/* @child (a page, an overlay) needs no more room than its ancestor @parent
 * has, and lies within it: a container that cannot give a child what it
 * needs (a paned, an overlay) allocates it more than there is, and what
 * does not fit is cut off */
void
test_assert_fits (GtkWidget *child,
                  GtkWidget *parent)
{
  graphene_rect_t bounds;
  int min_width, min_height;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (parent),
                      &min_height, NULL, NULL, NULL);
  g_assert_true (gtk_widget_compute_bounds (child, parent, &bounds));
  g_test_message ("%s at least %d×%d, at %.0f,%.0f %.0f×%.0f in %d×%d", G_OBJECT_TYPE_NAME (child),
                  min_width, min_height, bounds.origin.x, bounds.origin.y,
                  bounds.size.width, bounds.size.height,
                  gtk_widget_get_width (parent), gtk_widget_get_height (parent));
  g_assert_cmpint (min_width, <=, gtk_widget_get_width (parent));
  g_assert_cmpint (min_height, <=, gtk_widget_get_height (parent));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (parent) + 0.5);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (parent) + 0.5);
}

/* The real window on @content, shown and mapped. */
OutreachWindow *
test_window_new (OutreachContent *content)
{
  OutreachWindow *window = outreach_window_new (NULL, content);

  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  return window;
}

/**
 * test_fake_handler_setup:
 * @schemes: (nullable): URI schemes such as "mailto;https", or %NULL for none
 *
 * Points GIO at a private XDG tree, before it reads any, in which a fake
 * application is the default for @schemes: it writes the URI it is given to
 * a file. With no schemes, there is no handler for anything.
 *
 * Returns: (transfer full): the file the fake handler writes
 */
char *
test_fake_handler_setup (const char *schemes)
{
  g_autofree char *root = g_dir_make_tmp ("outreach-xdg-XXXXXX", NULL);
  g_autofree char *data = g_build_filename (root, "data", NULL);
  g_autofree char *config = g_build_filename (root, "config", NULL);
  g_autofree char *apps = g_build_filename (data, "applications", NULL);
  g_autofree char *empty = g_build_filename (root, "empty", NULL);
  char *output = g_build_filename (root, "launched-uri", NULL);
  g_autofree char *script = NULL, *script_text = NULL, *desktop = NULL, *desktop_text = NULL;
  g_autofree char *mimeapps = NULL;
  g_auto(GStrv) list = NULL;
  GString *defaults, *mime_types;

  g_mkdir_with_parents (apps, 0700);
  g_mkdir_with_parents (config, 0700);
  g_mkdir_with_parents (empty, 0700);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  g_setenv ("XDG_CONFIG_HOME", config, TRUE);
  g_setenv ("XDG_DATA_DIRS", empty, TRUE);       /* keep the system's handlers out */
  g_setenv ("XDG_CONFIG_DIRS", empty, TRUE);
  g_unsetenv ("XDG_CURRENT_DESKTOP");

  if (schemes == NULL)
    return output;

  script = g_build_filename (root, "fake-handler", NULL);
  script_text = g_strdup_printf ("#!/bin/sh\nprintf '%%s' \"$1\" > '%s.part' && mv '%s.part' '%s'\n",
                                 output, output, output);
  g_assert_true (g_file_set_contents (script, script_text, -1, NULL));
  g_assert_cmpint (g_chmod (script, 0755), ==, 0);

  defaults = g_string_new ("[Default Applications]\n");
  mime_types = g_string_new (NULL);
  list = g_strsplit (schemes, ";", -1);
  for (guint i = 0; list[i]; i++)
    {
      g_string_append_printf (defaults, "x-scheme-handler/%s=fake.desktop\n", list[i]);
      g_string_append_printf (mime_types, "x-scheme-handler/%s;", list[i]);
    }

  desktop = g_build_filename (apps, "fake.desktop", NULL);
  desktop_text = g_strdup_printf ("[Desktop Entry]\nType=Application\nName=Fake\nExec=%s %%u\n"
                                  "MimeType=%s\n", script, mime_types->str);
  g_assert_true (g_file_set_contents (desktop, desktop_text, -1, NULL));
  mimeapps = g_build_filename (config, "mimeapps.list", NULL);
  g_assert_true (g_file_set_contents (mimeapps, defaults->str, -1, NULL));
  g_string_free (defaults, TRUE);
  g_string_free (mime_types, TRUE);

  return output;
}

/**
 * test_have_xdotool:
 *
 * Returns: whether real input can be sent: xdotool, on an X display
 */
gboolean
test_have_xdotool (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
}

/**
 * test_xdotool:
 * @arguments: xdotool's arguments, separated by spaces
 *
 * Runs xdotool, and asserts that it succeeded.
 */
void
test_xdotool (const char *arguments)
{
  g_autofree char *command = g_strconcat ("xdotool ", arguments, NULL);
  g_auto(GStrv) argv = g_strsplit (command, " ", -1);
  g_autoptr(GError) error = NULL;
  int status;

  g_spawn_sync (NULL, argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

static void
reset_setting (gpointer key)
{
  g_autoptr(GSettings) settings = g_settings_new ("uk.police.serocu.Outreach");

  g_settings_reset (settings, key);
}

/**
 * test_configure:
 * @key: a key of the app's settings
 * @value: (transfer floating): its value for this test
 *
 * Sets @key in the tests' settings (the memory backend, which every
 * GSettings of this process shares), back to its default when the test ends.
 */
void
test_configure (const char *key,
                GVariant   *value)
{
  g_autoptr(GSettings) settings = g_settings_new ("uk.police.serocu.Outreach");

  g_assert_true (g_settings_set_value (settings, key, value));
  g_test_queue_destroy (reset_setting, (gpointer) key);
}

/**
 * test_press_staff_hotspot:
 *
 * The long press on a station's title, as staff hold it to leave
 */
void
test_press_staff_hotspot (OutreachWindow *window)
{
  g_autoptr(GListModel) controllers =
    gtk_widget_observe_controllers (test_child (window, OUTREACH_TYPE_WINDOW, "exit_corner"));

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_LONG_PRESS (controller))
        g_signal_emit_by_name (controller, "pressed", 5.0, 5.0);
    }
}

/* A new file beside @path, renamed over it, as deployment tools do */
void
test_write_by_rename (const char *path,
                      GBytes     *bytes)
{
  g_autofree char *temp = g_strconcat (path, ".new", NULL);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  g_assert_true (g_file_set_contents (temp, data, size, NULL));
  g_assert_no_errno (g_rename (temp, path));
}

/* A pack file of the test's own (in a new folder named after @prefix),
 * with minimal.json in it, named by the content-file setting; returns its
 * path */
char *
test_configure_pack (const char *prefix)
{
  g_autoptr(GBytes) minimal = test_pack_read ("minimal.json");
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  g_autofree char *dir = g_dir_make_tmp (template, NULL);
  char *path;

  g_assert_nonnull (dir);
  path = g_build_filename (dir, "pack.json", NULL);
  test_write_by_rename (path, minimal);
  test_configure ("content-file", g_variant_new_string (path));
  return path;
}

/* The pack @window shows (transfer none: the window holds it) */
OutreachContent *
test_window_get_content (OutreachWindow *window)
{
  g_autoptr(OutreachContent) content = NULL;

  g_object_get (window, "content", &content, NULL);
  return content;
}

typedef struct
{
  OutreachWindow  *window;
  OutreachContent *old;
} ContentChange;

static gboolean
content_changed (gpointer data)
{
  ContentChange *change = data;

  return test_window_get_content (change->window) != change->old;
}

/* Waits, with a bound, until @window shows another pack than @old */
void
test_wait_content_changed (OutreachWindow  *window,
                           OutreachContent *old)
{
  ContentChange change = { window, old };

  test_wait_until (content_changed, &change);
}

/* The first button under @widget, in the order Tab reaches them, that is
 * shown and takes the focus; NULL if none */
GtkWidget *
test_first_button (GtkWidget *widget)
{
  if (!gtk_widget_get_visible (widget))
    return NULL;
  if (GTK_IS_BUTTON (widget) && gtk_widget_get_focusable (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = test_first_button (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The button on a page that opens @id (its "win.show" target), under
 * @widget, as a user would find and click it; NULL if none */
GtkWidget *
test_find_link (GtkWidget  *widget,
                const char *id)
{
  if (GTK_IS_BUTTON (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), "win.show") == 0)
    {
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (widget));

      if (target && g_strcmp0 (g_variant_get_string (target, NULL), id) == 0)
        return widget;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = test_find_link (c, id);

      if (found)
        return found;
    }
  return NULL;
}

/* Moves the real mouse (xdotool) to the middle of @widget */
void
test_pointer_to (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                 gtk_widget_get_height (widget) / 2.0), at;
  g_autofree char *move = NULL;
  GdkDevice *pointer;
  double sx, sy, px, py;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &middle, &at));
  gtk_native_get_surface_transform (native, &sx, &sy);
  /* xdotool's --sync waits for a motion, 15 s if there is none: the
   * pointer may be there already (a second click in the same place) */
  pointer = gdk_seat_get_pointer (gdk_display_get_default_seat (gtk_widget_get_display (widget)));
  if (gdk_surface_get_device_position (gtk_native_get_surface (native), pointer, &px, &py, NULL) &&
      (int) px == (int) (at.x + sx) && (int) py == (int) (at.y + sy))
    return;
  move = g_strdup_printf ("mousemove --sync --window %lu %d %d",
                          (gulong) gdk_x11_surface_get_xid (gtk_native_get_surface (native)),
                          (int) (at.x + sx), (int) (at.y + sy));
  test_xdotool (move);
}

/* Keys pressed on the real keyboard (xdotool), as a person presses them */

typedef struct
{
  guint keyval;
  guint seen;
} KeyWatch;

static gboolean
on_watched_key (KeyWatch              *watch,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GtkEventControllerKey *controller)
{
  if (gdk_keyval_to_lower (keyval) == watch->keyval)
    watch->seen++;
  return GDK_EVENT_PROPAGATE;
}

static gboolean
key_seen (gpointer watch)
{
  return ((KeyWatch *) watch)->seen > 0;
}

/* Presses @keys (xdotool's names, such as "ctrl+f Down") over @window, and
 * waits until the window has seen @keyval among them and whatever it set
 * off has happened */
void
test_press_keys (GtkWindow  *window,
                 const char *keys,
                 guint       keyval)
{
  GtkEventController *controller = gtk_event_controller_key_new ();
  KeyWatch watch = { gdk_keyval_to_lower (keyval), 0 };
  g_autofree char *command = g_strconcat ("key ", keys, NULL);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect_swapped (controller, "key-pressed", G_CALLBACK (on_watched_key), &watch);
  gtk_widget_add_controller (GTK_WIDGET (window), controller);
  /* the keyboard goes where the pointer is (no window manager) */
  test_xdotool ("mousemove 300 300");
  test_xdotool (command);
  test_wait_until (key_seen, &watch);
  while (g_main_context_iteration (NULL, FALSE))
    ;
  gtk_widget_remove_controller (GTK_WIDGET (window), controller);
}

/* Reading a clipboard as another program would, through the X server */

typedef struct {
  gboolean done;
  char    *text;
} ClipboardRead;

static void
on_clipboard_read (GObject      *source,
                   GAsyncResult *result,
                   gpointer      data)
{
  ClipboardRead *read = data;

  /* an empty clipboard is an error here: no text */
  read->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, NULL);
  read->done = TRUE;
}

static gboolean
clipboard_read_done (gpointer read)
{
  return ((ClipboardRead *) read)->done;
}

/* What would be pasted from @clipboard, or NULL if nothing */
char *
test_read_clipboard (GdkClipboard *clipboard)
{
  ClipboardRead read = { FALSE, NULL };

  gdk_clipboard_read_text_async (clipboard, NULL, on_clipboard_read, &read);
  test_wait_until (clipboard_read_done, &read);
  return read.text;
}

/* How many of @label's lines break inside a word that would have fitted on
 * a line of its own (a wrap by character where there were spaces: "…Crim"
 * then "e Unit") */
guint
test_label_words_broken (GtkWidget *label)
{
  PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
  const char *text = pango_layout_get_text (layout);
  int lines = pango_layout_get_line_count (layout);
  guint broken = 0;

  for (int i = 1; i < lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);
      PangoLayoutLine *above = pango_layout_get_line_readonly (layout, i - 1);
      const char *at = text + line->start_index;
      const char *before = g_utf8_find_prev_char (text, at);
      const char *start = before, *end = at;
      glong word, room;

      if (before == NULL || !g_unichar_isalnum (g_utf8_get_char (before)) ||
          !g_unichar_isalnum (g_utf8_get_char (at)))
        continue;
      /* the word across the break, and the room a line had */
      while (start > text && g_unichar_isalnum (g_utf8_get_char (g_utf8_find_prev_char (text, start))))
        start = g_utf8_find_prev_char (text, start);
      while (*end != '\0' && g_unichar_isalnum (g_utf8_get_char (end)))
        end = g_utf8_next_char (end);
      word = g_utf8_strlen (start, end - start);
      room = g_utf8_strlen (text + above->start_index, above->length);
      g_test_message ("a line breaks inside “%.*s” (%ld characters; the line above had %ld)",
                      (int) (end - start), start, word, room);
      if (word < room)
        broken++;
    }
  return broken;
}

/* Whether @label, broken across lines, adds no "-" that is not in its
 * text (an address a visitor must type as it reads) */
gboolean
test_label_breaks_without_hyphens (GtkWidget *label)
{
  PangoAttrList *attributes = gtk_label_get_attributes (GTK_LABEL (label));
  g_autofree char *text = attributes ? pango_attr_list_to_string (attributes) : NULL;

  return text != NULL && strstr (text, "insert-hyphens false") != NULL;
}

/* What zbarimg reads in @widget as drawn (QR codes only), or NULL
 * without zbarimg */
char *
test_read_qr (GtkWidget *composer)
{
  g_autofree char *zbarimg = g_find_program_in_path ("zbarimg");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *out = NULL;
  int width = gtk_widget_get_width (composer), height = gtk_widget_get_height (composer);

  if (zbarimg == NULL)
    return NULL;
  paintable = gtk_widget_paintable_new (composer);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (composer)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  dir = g_dir_make_tmp ("compose-qr-XXXXXX", &error);
  g_assert_no_error (error);
  file = g_build_filename (dir, "window.png", NULL);
  g_assert_true (gdk_texture_save_to_png (texture, file));
  {
    /* QR codes only: text can pass for a bar code */
    char *argv[] = { zbarimg, (char *) "-q", (char *) "--raw", (char *) "-Sdisable", (char *) "-Sqrcode.enable",
                     file, NULL };

    g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, NULL, &error);
  }
  g_assert_no_error (error);
  g_remove (file);
  g_rmdir (dir);
  g_strchomp (out);
  return g_steal_pointer (&out);
}

/* Running the app as from a shell, and a test in its window */

typedef struct
{
  TestAppBody body;
  gboolean    ran;
} AppRun;

static void
on_app_activated (GApplication *app,
                  AppRun       *run)
{
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (app));
  OutreachWindow *window;

  g_assert_nonnull (windows);
  window = OUTREACH_WINDOW (windows->data);
  test_wait_until (test_is_mapped, window);
  run->body (OUTREACH_APPLICATION (app), window);
  run->ran = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/**
 * test_run_app:
 * @body: the test, run once the app's window is up
 * @option1: (nullable): an option, as on the command line
 * @option2: (nullable): another
 *
 * Runs the application with the options, and @body in its window; the
 * window is destroyed after (the app then ends).
 */
void
test_run_app (TestAppBody  body,
              const char  *option1,
              const char  *option2)
{
  g_autoptr(OutreachApplication) app = outreach_application_new ();
  char *argv[] = { (char *) "serocu-outreach", (char *) option1, (char *) option2, NULL };
  int argc = option1 == NULL ? 1 : option2 == NULL ? 2 : 3;
  AppRun run = { body, FALSE };

  /* tests may run side by side on one session bus */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect_after (app, "activate", G_CALLBACK (on_app_activated), &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), argc, argv), ==, 0);
  g_assert_true (run.ran);
}

/**
 * test_window_sized:
 *
 * Returns: a window on @content, presented at @width × @height and settled
 */
OutreachWindow *
test_window_sized (OutreachContent *content,
                   int              width,
                   int              height)
{
  OutreachWindow *window = outreach_window_new (NULL, content);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  test_wait_drawn (GTK_WIDGET (window), TEST_SETTLE_FRAMES);
  return window;
}

/**
 * test_type_search:
 *
 * Searches for @text as typed: the search opened (win.search), the text in
 * its entry, and what the entry emits once typing pauses.
 */
void
test_type_search (OutreachWindow *window,
                  const char     *text)
{
  GtkWidget *entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");

  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  g_assert_true (gtk_search_bar_get_search_mode (GTK_SEARCH_BAR (test_child (window, OUTREACH_TYPE_WINDOW,
                                                                       "search_bar"))));
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  g_signal_emit_by_name (entry, "search-changed");
}
