/* outreach-page-entries.h: a page's ways on, as buttons
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-content.h"
#include "outreach-page.h"

G_BEGIN_DECLS

GtkWidget *_outreach_page_entries_for_page    (OutreachPage    *page);
GtkWidget *_outreach_page_entries_usual_home  (OutreachContent *content);
GtkWidget *_outreach_page_entries_structure   (OutreachContent *content);

G_END_DECLS
