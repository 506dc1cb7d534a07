/* outreach-compose-window.h: the message, shown and editable before it opens
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-message.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_COMPOSE_WINDOW (outreach_compose_window_get_type ())
G_DECLARE_FINAL_TYPE (OutreachComposeWindow, outreach_compose_window, OUTREACH, COMPOSE_WINDOW, GtkWindow)

OutreachComposeWindow *outreach_compose_window_new          (GtkWindow             *parent,
                                                             OutreachMessage       *message);
OutreachMessage       *outreach_compose_window_get_message  (OutreachComposeWindow *self);
void                   outreach_compose_window_set_message  (OutreachComposeWindow *self,
                                                             OutreachMessage       *message);
void                   outreach_compose_window_set_content  (OutreachComposeWindow *self,
                                                             OutreachContent       *content);

G_END_DECLS
