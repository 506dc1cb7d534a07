/* test-utils.h: what the widget tests share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *test_child              (gpointer      widget,
                                    GType         type,
                                    const char   *name);
void       test_wait_until         (gboolean    (*done) (gpointer),
                                    gpointer      data);
gboolean   test_is_mapped          (gpointer      widget);
char      *test_data_path          (const char   *name);
char      *test_fake_handler_setup (const char   *schemes);

G_END_DECLS
