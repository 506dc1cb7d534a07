/* outreach-qr.c: libqrencode does the encoding; this file draws the modules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <errno.h>
#include <string.h>
#include <qrencode.h>

#include <glib/gi18n.h>
#include <gio/gio.h>

#include "outreach-qr.h"

struct _OutreachQr
{
  GObject  parent_instance;

  char    *text;
  guint    size;      /* modules per side, without the quiet zone */
  guint8  *modules;   /* size × size, 1 for dark */
};

G_DEFINE_FINAL_TYPE (OutreachQr, outreach_qr, G_TYPE_OBJECT)

static void
outreach_qr_finalize (GObject *object)
{
  OutreachQr *self = OUTREACH_QR (object);

  g_clear_pointer (&self->text, g_free);
  g_clear_pointer (&self->modules, g_free);

  G_OBJECT_CLASS (outreach_qr_parent_class)->finalize (object);
}

static void
outreach_qr_class_init (OutreachQrClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_qr_finalize;
}

static void
outreach_qr_init (OutreachQr *self)
{
}

/**
 * outreach_qr_new:
 * @text: what the code holds, such as a mailto: URI
 *
 * Encodes @text as bytes with error correction level M (a code on a screen
 * or a poster may be partly hidden or glared).
 *
 * Returns: (transfer full): the code, or %NULL if @text is too long for one
 */
OutreachQr *
outreach_qr_new (const char  *text,
                 GError     **error)
{
  OutreachQr *self;
  QRcode *code;

  g_return_val_if_fail (text != NULL, NULL);

  code = QRcode_encodeData ((int) strlen (text), (const unsigned char *) text, 0, QR_ECLEVEL_M);
  if (code == NULL)
    {
      int saved = errno;

      g_set_error (error, G_IO_ERROR, saved == ERANGE ? G_IO_ERROR_MESSAGE_TOO_LARGE : G_IO_ERROR_FAILED,
                   saved == ERANGE ? _("The message is too long for a QR code: shorten it.")
                                   : _("The QR code could not be made: %s"), g_strerror (saved));
      return NULL;
    }

  self = g_object_new (OUTREACH_TYPE_QR, NULL);
  self->text = g_strdup (text);
  self->size = code->width;
  self->modules = g_malloc ((gsize) code->width * code->width);
  for (int i = 0; i < code->width * code->width; i++)
    self->modules[i] = code->data[i] & 1;   /* bit 0: dark */
  QRcode_free (code);

  return self;
}

const char *
outreach_qr_get_text (OutreachQr *self)
{
  return self->text;
}

guint
outreach_qr_get_size (OutreachQr *self)
{
  return self->size;
}

gboolean
outreach_qr_is_dark (OutreachQr *self,
                     guint       x,
                     guint       y)
{
  g_return_val_if_fail (x < self->size && y < self->size, FALSE);

  return self->modules[y * self->size + x] != 0;
}

/**
 * outreach_qr_to_svg:
 *
 * Returns: (transfer full): the code as an SVG document, one unit per
 *   module, with the quiet zone: it scales to any print size
 */
char *
outreach_qr_to_svg (OutreachQr *self)
{
  guint side = self->size + 2 * OUTREACH_QR_QUIET_ZONE;
  GString *svg = g_string_new (NULL);

  g_string_append_printf (svg,
                          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" "
                          "viewBox=\"0 0 %u %u\" width=\"%umm\" height=\"%umm\" "
                          "shape-rendering=\"crispEdges\">\n"
                          "<rect width=\"%u\" height=\"%u\" fill=\"#ffffff\"/>\n"
                          "<path fill=\"#000000\" d=\"",
                          side, side, side, side, side, side);
  for (guint y = 0; y < self->size; y++)
    for (guint x = 0; x < self->size; x++)
      {
        guint run = 0;

        /* one rectangle per horizontal run of dark modules */
        while (x + run < self->size && outreach_qr_is_dark (self, x + run, y))
          run++;
        if (run > 0)
          {
            g_string_append_printf (svg, "M%u %uh%uv1h-%uz", x + OUTREACH_QR_QUIET_ZONE,
                                    y + OUTREACH_QR_QUIET_ZONE, run, run);
            x += run;
          }
      }
  g_string_append (svg, "\"/>\n</svg>\n");

  return g_string_free (svg, FALSE);
}

/**
 * outreach_qr_to_rgb:
 * @scale: pixels per module
 * @width: (out): the image's width and height, in pixels
 *
 * Returns: (transfer full): 8-bit RGB pixels, black on white, with the
 *   quiet zone, @width × 3 bytes per row
 */
GBytes *
outreach_qr_to_rgb (OutreachQr *self,
                    guint       scale,
                    guint      *width)
{
  guint side = (self->size + 2 * OUTREACH_QR_QUIET_ZONE) * scale;
  guint8 *pixels = g_malloc ((gsize) side * side * 3);

  for (guint py = 0; py < side; py++)
    for (guint px = 0; px < side; px++)
      {
        int mx = (int) (px / scale) - OUTREACH_QR_QUIET_ZONE;
        int my = (int) (py / scale) - OUTREACH_QR_QUIET_ZONE;
        gboolean dark = mx >= 0 && my >= 0 && (guint) mx < self->size && (guint) my < self->size &&
                        outreach_qr_is_dark (self, mx, my);
        guint8 *p = pixels + ((gsize) py * side + px) * 3;

        p[0] = p[1] = p[2] = dark ? 0 : 255;
      }

  *width = side;
  return g_bytes_new_take (pixels, (gsize) side * side * 3);
}
