/* outreach-translation.h: a pack's text in other languages ("name@cy")
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean    outreach_translation_is_translatable  (const char         *field);
const char *outreach_translation_get_language     (const char         *member,
                                                   const char         *field);
gboolean    outreach_translation_is_variant_of    (const char         *member,
                                                   const char * const *fields);
int         outreach_translation_rank             (const char * const *languages,
                                                   const char         *lang);

G_END_DECLS
