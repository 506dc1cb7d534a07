/* outreach-system-style.h: follows the desktop's dark and high-contrast settings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OUTREACH_TYPE_SYSTEM_STYLE (outreach_system_style_get_type ())
G_DECLARE_FINAL_TYPE (OutreachSystemStyle, outreach_system_style, OUTREACH, SYSTEM_STYLE, GObject)

OutreachSystemStyle *outreach_system_style_new (GtkSettings *settings);

G_END_DECLS
