/* outreach-contact.h: somebody a visitor can write to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

#include "outreach-node.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_CONTACT (outreach_contact_get_type ())
G_DECLARE_FINAL_TYPE (OutreachContact, outreach_contact, OUTREACH, CONTACT, GObject)

const char *outreach_contact_get_id       (OutreachContact *self);
const char *outreach_contact_get_name     (OutreachContact *self);
const char *outreach_contact_get_address  (OutreachContact *self);
const char *outreach_contact_get_purpose  (OutreachContact *self);

typedef struct _OutreachTemplate OutreachTemplate;
OutreachTemplate *outreach_contact_get_template       (OutreachContact  *self);
OutreachTemplate *outreach_contact_get_template_about (OutreachContact  *self,
                                                       OutreachNodeKind  kind);

G_END_DECLS
