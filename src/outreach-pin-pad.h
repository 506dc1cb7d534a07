/* outreach-pin-pad.h: the staff PIN pad, to leave display-station mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OUTREACH_TYPE_PIN_PAD (outreach_pin_pad_get_type ())
G_DECLARE_FINAL_TYPE (OutreachPinPad, outreach_pin_pad, OUTREACH, PIN_PAD, GtkWindow)

GtkWidget  *outreach_pin_pad_new      (GtkWindow      *parent);
const char *outreach_pin_pad_get_pin  (OutreachPinPad *self);
void        outreach_pin_pad_set_pin  (OutreachPinPad *self,
                                       const char     *pin);

G_END_DECLS
