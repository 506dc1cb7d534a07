/* outreach-window.h
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "outreach-content.h"

G_BEGIN_DECLS

#define OUTREACH_TYPE_WINDOW (outreach_window_get_type ())
G_DECLARE_FINAL_TYPE (OutreachWindow, outreach_window, OUTREACH, WINDOW, GtkApplicationWindow)

OutreachWindow *outreach_window_new                   (gpointer        application,
                                                       OutreachContent *content);
gboolean        outreach_window_show_page             (OutreachWindow  *self,
                                                       const char      *id);
OutreachNode   *outreach_window_get_current_node      (OutreachWindow  *self);
GtkWindow      *outreach_window_get_composer          (OutreachWindow  *self);
GtkWidget      *outreach_window_get_sheet             (OutreachWindow  *self);
void            outreach_window_search                (OutreachWindow  *self,
                                                       const char      *text);
void            outreach_window_write_to              (OutreachWindow  *self,
                                                       const char      *spec);
void            outreach_window_reset                 (OutreachWindow  *self);
void            outreach_window_set_kiosk             (OutreachWindow  *self,
                                                       gboolean         kiosk);
gboolean        outreach_window_get_kiosk             (OutreachWindow  *self);
void            outreach_window_export_chart_to_file  (OutreachWindow  *self,
                                                       const char      *root_id,
                                                       GFile           *file);
void            outreach_window_set_idle_times        (OutreachWindow  *self,
                                                       guint            idle_seconds,
                                                       guint            warning_seconds,
                                                       guint            attract_seconds);
gboolean        outreach_window_get_attract_shown     (OutreachWindow  *self);
char           *outreach_window_dup_exit_pin          (OutreachWindow  *self);
void            outreach_window_set_content           (OutreachWindow  *self,
                                                       OutreachContent *content);
void            outreach_window_show_content_kept     (OutreachWindow  *self,
                                                       const char      *problem);
void            outreach_window_show_content_previous (OutreachWindow  *self,
                                                       const char      *problem);
void            outreach_window_show_content_problem  (OutreachWindow  *self,
                                                       const char      *problem);
gboolean        outreach_window_present               (OutreachWindow  *self,
                                                       const char      *tour_id,
                                                       GError         **error);
void            outreach_window_stop_presenting       (OutreachWindow  *self);
struct _OutreachPresenter *
                outreach_window_get_presenter         (OutreachWindow  *self);

G_END_DECLS
