/* outreach-search-provider.h: GNOME Shell's search, answered from the pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "outreach-content.h"

G_BEGIN_DECLS

#define OUTREACH_SEARCH_PROVIDER_PATH "/uk/police/serocu/Outreach/SearchProvider"

#define OUTREACH_TYPE_SEARCH_PROVIDER (outreach_search_provider_get_type ())
G_DECLARE_FINAL_TYPE (OutreachSearchProvider, outreach_search_provider, OUTREACH, SEARCH_PROVIDER, GObject)

OutreachSearchProvider *outreach_search_provider_new         (GApplication            *application,
                                                              OutreachContent         *content);
void                    outreach_search_provider_set_content (OutreachSearchProvider  *self,
                                                              OutreachContent         *content);
gboolean                outreach_search_provider_export      (OutreachSearchProvider  *self,
                                                              GDBusConnection         *connection,
                                                              GError                 **error);
void                    outreach_search_provider_unexport    (OutreachSearchProvider  *self);

G_END_DECLS
