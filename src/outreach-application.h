/* outreach-application.h: the app: its options, actions and window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define OUTREACH_TYPE_APPLICATION (outreach_application_get_type ())
G_DECLARE_FINAL_TYPE (OutreachApplication, outreach_application, OUTREACH, APPLICATION, GtkApplication)

OutreachApplication *outreach_application_new          (void);
double               outreach_application_get_text_size (OutreachApplication *self);

G_END_DECLS
