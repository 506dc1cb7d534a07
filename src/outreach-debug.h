/* outreach-debug.h: hooks for tests and benchmarks, off unless asked for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void _outreach_debug_mark            (const char *step);
void _outreach_debug_note_next_frame (GtkWidget  *widget,
                                      const char *what);

G_END_DECLS
