/* outreach-address.h: what the app accepts as a contact's e-mail address
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean outreach_address_is_plain (const char *address);

G_END_DECLS
