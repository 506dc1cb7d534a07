/* outreach-content-private.h: for the files that make up the content pack
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-content.h"
#include "outreach-link.h"

G_BEGIN_DECLS

struct _OutreachContent
{
  GObject     parent_instance;

  char       *source;
  char       *name;
  char       *short_name;
  char       *strapline;
  GHashTable *nodes;      /* id → OutreachNode, owned */
  GListStore *sidebar;
  GListStore *units;      /* the roots of the unit tree */
  GListStore *pages;
  GListStore *profiles;
  GListStore *contacts;
  GListStore *links;
  GListStore *templates;
  GListStore *routes;
  GListStore *tours;      /* the pack's, or the default tour when it has none */
  OutreachTemplate *get_in_touch[3];   /* by OutreachNodeKind; not owned */
  guint       n_units;

  /* what the pack calls itself and its parts (see README, "Writing a content pack") */
  char       *app_name;
  GHashTable *employment; /* kind of employment: id → name, owned */
};

OutreachLink     *_outreach_content_lookup_link      (OutreachContent *self,
                                                     const char      *id);
OutreachTemplate *_outreach_content_lookup_template  (OutreachContent *self,
                                                     const char      *id);

GPtrArray *_outreach_problem_list_new  (void);
void       _outreach_problem_list_add  (GPtrArray            *problems,
                                        OutreachContentError  code,
                                        const char           *file,
                                        guint                 line,
                                        guint                 column,
                                        const char           *path,
                                        char                 *message);

G_END_DECLS
