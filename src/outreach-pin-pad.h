/* outreach-pin-pad.h: the staff PIN pad, to leave display-station mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-exit-pin.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_PIN_PAD (outreach_pin_pad_get_type ())
G_DECLARE_FINAL_TYPE (OutreachPinPad, outreach_pin_pad, OUTREACH, PIN_PAD, GtkBox)

GtkWidget *outreach_pin_pad_new                (const char          *stored,
                                                OutreachExitPinLock *lock);
guint      outreach_pin_pad_get_entered_length (OutreachPinPad      *self);

G_END_DECLS
