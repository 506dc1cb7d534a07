/* outreach-model-private.h: the model types' fields, for the loader that fills them
 *
 * Only the types' own files and the loader's (outreach-content-schema.c,
 * outreach-content-resolve.c) include it; everyone else reads the getters.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-contact.h"
#include "outreach-content.h"
#include "outreach-link.h"
#include "outreach-node.h"
#include "outreach-page.h"
#include "outreach-profile.h"
#include "outreach-route.h"
#include "outreach-template.h"
#include "outreach-tour.h"
#include "outreach-unit.h"

G_BEGIN_DECLS

struct _OutreachUnit
{
  OutreachNode   parent_instance;
  char         **description;
  GListStore    *profiles;
  /* from the pack's "levels" and "levels_plural", by depth; NULL: the defaults */
  char          *level_name;
  char          *children_heading;
};

struct _OutreachProfile
{
  OutreachNode        parent_instance;
  char               *employment;        /* an id from the pack's "employment" list */
  char               *employment_label;  /* its name, in the user's language */
  char               *time_in_role;
  char               *team_id;
  OutreachUnit       *team;     /* not owned: the content owns every unit */
  char               *quote;
  char              **story;
};

struct _OutreachPage
{
  OutreachNode  parent_instance;
  char         *summary;
  GPtrArray    *sections;
  GPtrArray    *actions;    /* OutreachPageAction, the page's calls to action;
                             * NULL when the pack lists none */
  GListStore   *routes;     /* OutreachRoute, the ways in it shows */
};

struct _OutreachRoute
{
  GObject          parent_instance;
  char            *id;
  char            *title;
  char            *audience;
  char           **steps;
  char            *contact_id;
  OutreachContact *contact;
};

/* One step of a tour: a page, unit or profile, or the chart with a unit
 * selected, and what the presenter says there */
typedef struct
{
  char         *page_id; /* the page's, or the chart's unit's */
  OutreachNode *node;    /* NULL until resolved */
  char         *notes;   /* NULL: none */
  gboolean      chart;   /* the Structure page, @node selected in the chart */
} OutreachTourStep;

struct _OutreachTour
{
  GObject    parent_instance;
  char      *id;
  char      *name;
  GPtrArray *steps;      /* OutreachTourStep */
};

struct _OutreachContact
{
  GObject           parent_instance;
  char             *id;
  char             *name;
  char             *address;
  char             *purpose;
  char             *template_id;
  OutreachTemplate *template;   /* not owned: the content owns every template */
  OutreachTemplate *about[3];   /* by OutreachNodeKind: the template for a page
                                 * of that kind, if the pack names one (a
                                 * template's "about", or "get_in_touch"); not owned */
};

struct _OutreachTemplate
{
  GObject          parent_instance;
  char            *id;
  char            *contact_id;
  OutreachContact *contact;
  char            *subject;
  char            *body;
};

struct _OutreachLink
{
  GObject  parent_instance;
  char    *id;
  char    *title;
  char    *url;
};

void             _outreach_node_setup         (OutreachNode     *self,
                                               OutreachNodeKind  kind,
                                               const char       *id,
                                               const char       *title,
                                               const char       *subtitle);
void             _outreach_node_append_child  (OutreachNode     *self,
                                               OutreachNode     *child);
OutreachSection *_outreach_section_new        (void);
void             _outreach_section_free       (OutreachSection  *section);
OutreachPageAction *_outreach_page_action_new  (const char       *label,
                                               const char       *target_id);
void             _outreach_page_action_free   (OutreachPageAction *action);
OutreachTourStep *_outreach_tour_add_step     (OutreachTour     *self,
                                               OutreachNode     *node,
                                               const char       *notes);
void             _outreach_tour_step_free     (OutreachTourStep *step);

G_END_DECLS
