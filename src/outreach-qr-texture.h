/* outreach-qr-texture.h: a QR code as a texture, for pictures and PNG files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-qr.h"

G_BEGIN_DECLS

GdkTexture *outreach_qr_texture_new (OutreachQr *qr,
                                     guint       pixels_per_module);

G_END_DECLS
