/* outreach-compose-layout.h: the message window's message row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkLayoutManager *_outreach_compose_row_layout_new (void);
gboolean          _outreach_compose_row_qr_beside  (GtkWidget *row,
                                                    int        width);

GtkLayoutManager *_outreach_compose_buttons_layout_new (void);

G_END_DECLS
