/* outreach-qr-texture.c: the one place a QR code's modules become pixels on screen
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-qr-texture.h"

/**
 * outreach_qr_texture_new:
 * @qr: the code
 * @pixels_per_module: how many pixels each module takes, each way
 *
 * Returns: (transfer full): a black-on-white texture of @qr with its quiet zone
 */
GdkTexture *
outreach_qr_texture_new (OutreachQr *qr,
                         guint       pixels_per_module)
{
  guint width;
  g_autoptr(GBytes) pixels = outreach_qr_to_rgb (qr, pixels_per_module, &width);

  return gdk_memory_texture_new (width, width, GDK_MEMORY_R8G8B8, pixels, width * 3);
}
