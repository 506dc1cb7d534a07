/* outreach-mailto.h: RFC 6068 mailto: URIs (pure functions, no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Some mail clients cut longer URIs: the window warns beyond this. */
#define OUTREACH_MAILTO_WARN_LENGTH 2000

char *outreach_mailto_build            (const char *address,
                                        const char *subject,
                                        const char *body);
char *outreach_mailto_normalize_breaks (const char *text);

G_END_DECLS
