/* outreach-button.h: buttons whose accessible name is their label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

GtkWidget *outreach_button_new_with_mnemonic (const char *label);

G_END_DECLS
