/* test-utils.h: what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-application.h"
#include "outreach-window.h"
#include "test-packs.h"

G_BEGIN_DECLS

GtkWidget *test_child              (gpointer      widget,
                                    GType         type,
                                    const char   *name);
/* Frames enough for what slides in (the search bar: a quarter of a
 * second) to come to rest */
#define TEST_SETTLE_FRAMES 60

OutreachWindow *test_window_sized  (OutreachContent *content,
                                    int              width,
                                    int              height);
void       test_type_search        (OutreachWindow *window,
                                    const char     *text);
void       test_wait_until         (gboolean    (*done) (gpointer),
                                    gpointer      data);
gboolean   test_is_mapped          (gpointer      widget);
guint      test_wait_drawn         (GtkWidget    *widget,
                                    guint         max_frames);
void       test_assert_within_screen (GtkWidget  *widget);
void       test_assert_fits        (GtkWidget    *child,
                                    GtkWidget    *parent);
OutreachWindow *test_window_new    (OutreachContent *content);
char      *test_fake_handler_setup (const char   *schemes);
gboolean   test_have_xdotool       (void);
void       test_configure          (const char   *key,
                                    GVariant     *value);
void       test_press_staff_hotspot (OutreachWindow *window);
void       test_xdotool            (const char   *arguments);

void             test_write_by_rename      (const char      *path,
                                            GBytes          *bytes);
char            *test_configure_pack       (const char      *prefix);
OutreachContent *test_window_get_content   (OutreachWindow  *window);
void             test_wait_content_changed (OutreachWindow  *window,
                                            OutreachContent *old);

gboolean         test_label_breaks_without_hyphens (GtkWidget *label);
guint            test_label_words_broken           (GtkWidget *label);
char            *test_read_clipboard               (GdkClipboard *clipboard);
GtkWidget       *test_find_link                    (GtkWidget    *widget,
                                                    const char   *id);
void             test_pointer_to                   (GtkWidget    *widget);
GtkWidget       *test_first_button                 (GtkWidget    *widget);
char            *test_read_qr                      (GtkWidget    *widget);

typedef void (*TestAppBody) (OutreachApplication *app,
                             OutreachWindow      *window);
void             test_run_app                      (TestAppBody   body,
                                                    const char   *option1,
                                                    const char   *option2);
void             test_press_keys                   (GtkWindow    *window,
                                                    const char   *keys,
                                                    guint         keyval);

G_END_DECLS
