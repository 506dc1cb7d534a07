/* test-mailto-parse.h: a mailto: decoder for the tests (GLib only)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef struct
{
  char *to;
  char *subject;
  char *body;
} TestMailto;

void test_mailto_clear (TestMailto *mailto);
void test_mailto_parse (const char *uri,
                        TestMailto *mailto);

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (TestMailto, test_mailto_clear)

G_END_DECLS
