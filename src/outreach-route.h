/* outreach-route.h: a way in to the unit, for one kind of reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-contact.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_ROUTE (outreach_route_get_type ())
G_DECLARE_FINAL_TYPE (OutreachRoute, outreach_route, OUTREACH, ROUTE, GObject)

const char         *outreach_route_get_id       (OutreachRoute *self);
const char         *outreach_route_get_title    (OutreachRoute *self);
const char         *outreach_route_get_audience (OutreachRoute *self);
const char * const *outreach_route_get_steps    (OutreachRoute *self);
OutreachContact    *outreach_route_get_contact  (OutreachRoute *self);

G_END_DECLS
