/* outreach-text.h: quoting text that came from outside, safely (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* about a line's worth: a problem quotes a bad value, it does not repeat it */
#define OUTREACH_TEXT_EXCERPT_CHARS 80

char *outreach_text_excerpt (const char *text,
                             gssize      length,
                             guint       max_chars);

void  outreach_text_append_path_member (GString    *path,
                                       const char *member,
                                       gssize      length);

char *outreach_text_kind_in_sentence (const char *kind);

G_END_DECLS
