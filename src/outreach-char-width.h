/* outreach-char-width.h: a character's width in a widget's font, kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

int outreach_char_width_units (GtkWidget *widget);

G_END_DECLS
