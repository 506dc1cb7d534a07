/* outreach-application-private.h: what outreach-application.c and
 * outreach-application-actions.c share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-application.h"
#include "outreach-content-watch.h"
#include "outreach-search-provider.h"
#include "outreach-system-style.h"
#include "outreach-window.h"

G_BEGIN_DECLS

struct _OutreachApplication
{
  GtkApplication          parent_instance;

  OutreachContent        *content;
  char                   *content_problem;   /* why the chosen pack was rejected */
  gboolean                content_kept;      /* ... and its last good version is shown */
  gboolean                content_builtin;   /* the built-in pack is shown */
  OutreachContentWatch   *content_watch;     /* the chosen pack's file, for new versions */
  char                   *content_file;      /* that file, absolute; %NULL: the built-in pack */
  gboolean                content_option;    /* chosen by --content, not the setting */
  GSettings              *content_settings;  /* the content-file setting, followed */
  GCancellable           *content_switch;    /* the newly named pack being read */
  gboolean                content_switch_again; /* the setting changed during that read */
  gboolean                content_previous;  /* the content shown is the previously named pack's */
  GThread                *builtin_loading;   /* the built-in pack, read beside GTK's start */
  char                   *initial_page;
  char                   *initial_tour;   /* --present's, "" for the pack's first */
  OutreachSearchProvider *search_provider;
  gboolean                kiosk;
  guint                   idle_seconds;      /* 0: from the settings */
  double                  zoom;
  int                     base_dpi;          /* the desktop's text size, in 1024ths of a dpi */
  OutreachSystemStyle    *system_style;
};

/* What an application action asks of the window, with its argument */
typedef void (*OutreachWindowRequest) (OutreachWindow *window,
                                       const char     *argument);

/* outreach-application.c */
void _outreach_application_present               (OutreachApplication   *self,
                                                  OutreachWindowRequest  request,
                                                  const char            *argument);

/* outreach-application-content.c */
void  _outreach_application_start_builtin       (OutreachApplication   *self);
void  _outreach_application_finish_builtin      (OutreachApplication   *self);
void  _outreach_application_choose_content      (OutreachApplication   *self,
                                                 const char            *content_file);
char *_outreach_application_describe_choice     (OutreachApplication   *self);
void  _outreach_application_tell_problem        (OutreachApplication   *self,
                                                 OutreachWindow        *window);
void  _outreach_application_follow_content_file (OutreachApplication   *self);

/* outreach-application-actions.c */
void _outreach_application_init_actions          (OutreachApplication   *self);
void _outreach_application_set_leaving_enabled   (OutreachApplication   *self,
                                                  gboolean               enabled);
void _outreach_application_reset_zoom            (OutreachApplication   *self);
void _outreach_application_set_text_size         (OutreachApplication   *self,
                                                  double                 size);

G_END_DECLS
