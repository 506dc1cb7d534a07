/* outreach-countdown.h: "Are you still there?", before a station starts again
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OUTREACH_TYPE_COUNTDOWN (outreach_countdown_get_type ())
G_DECLARE_FINAL_TYPE (OutreachCountdown, outreach_countdown, OUTREACH, COUNTDOWN, GtkBox)

guint outreach_countdown_get_seconds_left (OutreachCountdown *self);
void  outreach_countdown_set_seconds_left (OutreachCountdown *self,
                                           guint              seconds_left);

G_END_DECLS
