/* outreach-page.h: a page of text, such as Home, About or Join us
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-contact.h"
#include "outreach-link.h"
#include "outreach-node.h"

G_BEGIN_DECLS

/* One part of a page, under an optional heading. Every field may be NULL or
 * empty; the arrays hold the resolved objects, never ids. */
typedef struct
{
  char       *heading;
  char      **paragraphs;
  char       *quote;
  char       *quote_source;
  char      **items;
  char      **after;
  char       *signature;
  GPtrArray  *contacts;   /* OutreachContact */
  GPtrArray  *links;      /* OutreachLink */
  GPtrArray  *profiles;   /* OutreachProfile */
  gboolean    lists_profiles;   /* a "profiles" list was given, even empty */
} OutreachSection;

/* A call to action: a button that opens another page. @target is NULL
 * only while the pack is read. */
typedef struct
{
  char         *label;
  char         *target_id;
  OutreachNode *target;   /* not owned: the content owns every node */
} OutreachPageAction;

#define OUTREACH_TYPE_PAGE (outreach_page_get_type ())
G_DECLARE_FINAL_TYPE (OutreachPage, outreach_page, OUTREACH, PAGE, OutreachNode)

const char            *outreach_page_get_summary     (OutreachPage *self);
guint                  outreach_page_get_n_sections  (OutreachPage *self);
const OutreachSection *outreach_page_get_section     (OutreachPage *self,
                                                      guint         index);
gboolean               outreach_page_has_actions     (OutreachPage *self);
guint                  outreach_page_get_n_actions   (OutreachPage *self);
const OutreachPageAction *outreach_page_get_action   (OutreachPage *self,
                                                      guint         index);
GListModel            *outreach_page_get_routes      (OutreachPage *self);

G_END_DECLS
