/* outreach-message.h: an e-mail to one of the contacts, ready to edit
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-content.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_MESSAGE (outreach_message_get_type ())
G_DECLARE_FINAL_TYPE (OutreachMessage, outreach_message, OUTREACH, MESSAGE, GObject)

OutreachMessage *outreach_message_new_for       (OutreachContent  *content,
                                                 const char       *contact_id,
                                                 OutreachNode     *about,
                                                 GError          **error);
OutreachMessage *outreach_message_new_for_spec  (OutreachContent  *content,
                                                 const char       *spec,
                                                 GError          **error);
OutreachContact *outreach_message_get_contact   (OutreachMessage  *self);
const char      *outreach_message_get_subject   (OutreachMessage  *self);
void             outreach_message_set_subject   (OutreachMessage  *self,
                                                 const char       *subject);
const char      *outreach_message_get_body      (OutreachMessage  *self);
void             outreach_message_set_body      (OutreachMessage  *self,
                                                 const char       *body);
char            *outreach_message_dup_uri       (OutreachMessage  *self);
char            *outreach_message_dup_text      (OutreachMessage  *self);
char            *outreach_message_dup_qr_description (OutreachMessage *self);

G_END_DECLS
