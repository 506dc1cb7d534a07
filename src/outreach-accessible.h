/* outreach-accessible.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

void _outreach_accessible_tidy            (GtkWidget   *root);
void _outreach_accessible_follow_revealer (GtkRevealer *revealer);
void _outreach_accessible_follow_stack    (GtkStack    *stack);
void _outreach_accessible_follow_status   (GtkLabel    *label);
void _outreach_accessible_set_tooltip     (GtkWidget   *widget,
                                           const char  *text);
void _outreach_accessible_tidy_menu       (GtkPopover  *popover,
                                           const char  *name);

GtkWidget *_outreach_accessible_list_flow_box (void);
GtkWidget *_outreach_accessible_list_item     (GtkWidget *child);

G_END_DECLS
