/* outreach-link-button.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-link.h"

G_BEGIN_DECLS

GtkWidget *outreach_link_button_new (OutreachLink *link,
                                     int           width_chars);

G_END_DECLS
