/* outreach-sidebar-row.h: the unit tree's rows
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkListItemFactory *_outreach_sidebar_row_factory_new (void);

G_END_DECLS
