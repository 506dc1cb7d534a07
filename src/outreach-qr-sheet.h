/* outreach-qr-sheet.h: a QR code over the page, to carry a link away on a phone
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OUTREACH_TYPE_QR_SHEET (outreach_qr_sheet_get_type ())
G_DECLARE_FINAL_TYPE (OutreachQrSheet, outreach_qr_sheet, OUTREACH, QR_SHEET, GtkBox)

GtkWidget  *outreach_qr_sheet_new  (const char      *title,
                                    const char      *code,
                                    const char      *code_description,
                                    const char      *address,
                                    const char      *hint,
                                    const char      *no_code_hint);
void        outreach_qr_sheet_set_min_side (OutreachQrSheet *self,
                                            int              pixels);
gboolean    outreach_qr_sheet_get_has_code (OutreachQrSheet *self);
const char *outreach_qr_sheet_get_code (OutreachQrSheet *self);

G_END_DECLS
