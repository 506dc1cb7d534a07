/* outreach-qr.h: QR codes of messages, for phones to scan (no GTK)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define OUTREACH_QR_QUIET_ZONE 4

#define OUTREACH_TYPE_QR (outreach_qr_get_type ())
G_DECLARE_FINAL_TYPE (OutreachQr, outreach_qr, OUTREACH, QR, GObject)

OutreachQr *outreach_qr_new        (const char  *text,
                                    GError     **error);
const char *outreach_qr_get_text   (OutreachQr  *self);
guint       outreach_qr_get_size   (OutreachQr  *self);
gboolean    outreach_qr_is_dark    (OutreachQr  *self,
                                    guint        x,
                                    guint        y);
char       *outreach_qr_to_svg     (OutreachQr  *self);
GBytes     *outreach_qr_to_rgb     (OutreachQr  *self,
                                    guint        scale,
                                    guint       *width);

G_END_DECLS
