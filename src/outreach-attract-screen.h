/* outreach-attract-screen.h: the station's slides, while no one is using it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-content.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_ATTRACT_SCREEN (outreach_attract_screen_get_type ())
G_DECLARE_FINAL_TYPE (OutreachAttractScreen, outreach_attract_screen, OUTREACH, ATTRACT_SCREEN, GtkBox)

OutreachContent *outreach_attract_screen_get_content        (OutreachAttractScreen *self);
void             outreach_attract_screen_set_content        (OutreachAttractScreen *self,
                                                             OutreachContent       *content);
guint            outreach_attract_screen_get_slide_seconds  (OutreachAttractScreen *self);
void             outreach_attract_screen_set_slide_seconds  (OutreachAttractScreen *self,
                                                             guint                  seconds);

G_END_DECLS
