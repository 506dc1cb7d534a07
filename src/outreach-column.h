/* outreach-column.h: a reading column, at most so many characters wide
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OUTREACH_TYPE_COLUMN (outreach_column_get_type ())
G_DECLARE_FINAL_TYPE (OutreachColumn, outreach_column, OUTREACH, COLUMN, GtkWidget)

GtkWidget *outreach_column_get_child           (OutreachColumn *self);
void       outreach_column_set_child           (OutreachColumn *self,
                                                GtkWidget      *child);
int        outreach_column_get_max_width_chars (OutreachColumn *self);
void       outreach_column_set_max_width_chars (OutreachColumn *self,
                                                int             n_chars);

G_END_DECLS
