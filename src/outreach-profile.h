/* outreach-profile.h: a member of staff's story in their own words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-unit.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_PROFILE (outreach_profile_get_type ())
G_DECLARE_FINAL_TYPE (OutreachProfile, outreach_profile, OUTREACH, PROFILE, OutreachNode)

const char         *outreach_profile_get_name          (OutreachProfile *self);
const char         *outreach_profile_get_role          (OutreachProfile *self);
const char         *outreach_profile_get_employment    (OutreachProfile *self);
const char         *outreach_profile_get_employment_label (OutreachProfile *self);
const char         *outreach_profile_get_time_in_role  (OutreachProfile *self);
OutreachUnit       *outreach_profile_get_team          (OutreachProfile *self);
const char         *outreach_profile_get_quote         (OutreachProfile *self);
const char * const *outreach_profile_get_story         (OutreachProfile *self);

G_END_DECLS
