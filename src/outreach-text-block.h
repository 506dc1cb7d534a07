/* outreach-text-block.h: a paragraph from a pack, however long
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OUTREACH_TYPE_TEXT_BLOCK (outreach_text_block_get_type ())
G_DECLARE_FINAL_TYPE (OutreachTextBlock, outreach_text_block, OUTREACH, TEXT_BLOCK, GtkWidget)

GtkWidget  *outreach_text_block_new             (const char        *text,
                                                 const char        *css_class);
const char *outreach_text_block_get_text        (OutreachTextBlock *self);
void        outreach_text_block_set_text        (OutreachTextBlock *self,
                                                 const char        *text);
GtkLabel   *outreach_text_block_get_label       (OutreachTextBlock *self);

G_END_DECLS
