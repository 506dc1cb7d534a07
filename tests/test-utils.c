/* test-utils.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gstdio.h>

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
