/* outreach-link.h: a web page the pack points to
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OUTREACH_LINK_MAX_LENGTH 2000

#define OUTREACH_TYPE_LINK (outreach_link_get_type ())
G_DECLARE_FINAL_TYPE (OutreachLink, outreach_link, OUTREACH, LINK, GObject)

const char *outreach_link_get_id     (OutreachLink *self);
const char *outreach_link_get_title  (OutreachLink *self);
const char *outreach_link_get_url    (OutreachLink *self);

gboolean    outreach_link_is_web_address      (const char *url);
const char *outreach_link_web_address_problem (const char *url);

G_END_DECLS
