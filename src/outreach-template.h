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

/* what is wrong with a template's text (outreach_template_check_text()) */
typedef enum
{
  OUTREACH_TEMPLATE_TEXT_OK,
  OUTREACH_TEMPLATE_TEXT_UNKNOWN,    /* {name} with a name not a placeholder */
  OUTREACH_TEMPLATE_TEXT_UNCLOSED,   /* a "{" with no "}" */
  OUTREACH_TEMPLATE_TEXT_UNOPENED,   /* a "}" with no "{" */
} OutreachTemplateTextError;

const char * const *outreach_template_get_placeholders (void);
guint            outreach_template_count_placeholders (const char  *text);
gboolean         outreach_template_find_unknown (const char        *text,
                                                 char             **unknown);
OutreachTemplateTextError outreach_template_check_text (const char  *text,
                                                         char       **piece);
gboolean         outreach_template_text_uses_any (const char         *text,
                                                  const char * const *names);
char            *outreach_template_expand       (const char        *text,
                                                 GHashTable        *values);

G_END_DECLS
