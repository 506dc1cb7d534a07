/* outreach-route-card.h: a way in, as a card with its button
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-content.h"
#include "outreach-route.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_ROUTE_CARD (outreach_route_card_get_type ())
G_DECLARE_FINAL_TYPE (OutreachRouteCard, outreach_route_card, OUTREACH, ROUTE_CARD, GtkBox)

GtkWidget     *outreach_route_card_new        (OutreachRoute     *route);
OutreachRoute *outreach_route_card_get_route  (OutreachRouteCard *self);
void           outreach_route_card_set_route  (OutreachRouteCard *self,
                                               OutreachRoute     *route);

GtkWidget     *outreach_route_cards_new       (GListModel        *routes);
GtkWidget     *outreach_route_guide_new       (OutreachContent   *content,
                                               OutreachNode      *about);

G_END_DECLS
