/* outreach-unit.h: the unit, a capability or a team
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-node.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_UNIT (outreach_unit_get_type ())
G_DECLARE_FINAL_TYPE (OutreachUnit, outreach_unit, OUTREACH, UNIT, OutreachNode)

const char         *outreach_unit_get_name          (OutreachUnit *self);
const char         *outreach_unit_get_abbreviation  (OutreachUnit *self);
const char * const *outreach_unit_get_description   (OutreachUnit *self);
GListModel         *outreach_unit_get_profiles      (OutreachUnit *self);
const char         *outreach_unit_get_children_heading (OutreachUnit *self);

G_END_DECLS
