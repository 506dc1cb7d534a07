/* outreach-template.h: a prefilled message to one of the contacts
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-contact.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_TEMPLATE (outreach_template_get_type ())
G_DECLARE_FINAL_TYPE (OutreachTemplate, outreach_template, OUTREACH, TEMPLATE, GObject)

const char      *outreach_template_get_id       (OutreachTemplate *self);
OutreachContact *outreach_template_get_contact  (OutreachTemplate *self);
const char      *outreach_template_get_subject  (OutreachTemplate *self);
const char      *outreach_template_get_body     (OutreachTemplate *self);
gboolean         outreach_template_uses_any     (OutreachTemplate   *self,
                                                 const char * const *names);

const char * const *outreach_template_get_placeholders (void);
guint            outreach_template_count_placeholders (const char  *text);
gboolean         outreach_template_find_unknown (const char        *text,
                                                 char             **unknown);
char            *outreach_template_expand       (const char        *text,
                                                 GHashTable        *values);

G_END_DECLS
