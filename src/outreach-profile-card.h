/* outreach-profile-card.h: a person's card among Our people, opening their story
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-profile.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_PROFILE_CARD (outreach_profile_card_get_type ())
G_DECLARE_FINAL_TYPE (OutreachProfileCard, outreach_profile_card, OUTREACH, PROFILE_CARD, GtkButton)

GtkWidget       *outreach_profile_card_new          (OutreachProfile     *profile);
OutreachProfile *outreach_profile_card_get_profile  (OutreachProfileCard *self);
void             outreach_profile_card_set_profile  (OutreachProfileCard *self,
                                                     OutreachProfile     *profile);

G_END_DECLS
