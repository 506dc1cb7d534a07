/* outreach-settings.h: the app's settings, when their schema is installed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *outreach_settings_new_if_installed (const char *schema_id,
                                               const char *key);
guint      outreach_settings_get_default_uint (const char *schema_id,
                                               const char *key);
char      *outreach_settings_dup_content_file (GError    **error);

G_END_DECLS
