/* test-app-run.h: the real app, run until its first frame (GIO only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

char *test_run_to_first_frame (const char * const *args);

G_END_DECLS
