/* test-packs.h: content packs for the tests (GLib only: model tests use it too)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-content.h"

G_BEGIN_DECLS

char            *test_pack_path         (const char *name);
OutreachContent *test_pack_builtin      (void);
GBytes          *test_pack_minimal_with (const char *from,
                                         const char *to);

GBytes          *test_pack_read         (const char *name);

G_END_DECLS
