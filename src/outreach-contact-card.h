/* outreach-contact-card.h: whom to write to, with a button that writes to them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-contact.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_CONTACT_CARD (outreach_contact_card_get_type ())
G_DECLARE_FINAL_TYPE (OutreachContactCard, outreach_contact_card, OUTREACH, CONTACT_CARD, GtkBox)

GtkWidget       *outreach_contact_card_new          (OutreachContact     *contact);
OutreachContact *outreach_contact_card_get_contact  (OutreachContactCard *self);
void             outreach_contact_card_set_contact  (OutreachContactCard *self,
                                                     OutreachContact     *contact);

G_END_DECLS
