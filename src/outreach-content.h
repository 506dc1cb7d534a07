/* outreach-content.h: a loaded content pack, the root of the model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "outreach-contact.h"
#include "outreach-content-problem.h"
#include "outreach-node.h"
#include "outreach-route.h"
#include "outreach-tour.h"
#include "outreach-template.h"
#include "outreach-unit.h"

G_BEGIN_DECLS

#define OUTREACH_CONTENT_SCHEMA_VERSION 1

/* Limits far beyond any real pack; see README, "Content packs". */
#define OUTREACH_CONTENT_MAX_FILE_SIZE  (64 * 1024 * 1024)
#define OUTREACH_CONTENT_MAX_DEPTH      64
#define OUTREACH_CONTENT_MAX_STRING     (64 * 1024)
#define OUTREACH_CONTENT_MAX_ITEMS      200000
#define OUTREACH_CONTENT_MAX_VALUES     1000000
#define OUTREACH_CONTENT_MAX_FIELDS     1000

#define OUTREACH_TYPE_CONTENT (outreach_content_get_type ())
G_DECLARE_FINAL_TYPE (OutreachContent, outreach_content, OUTREACH, CONTENT, GObject)

GBytes          *outreach_content_get_builtin_bytes  (void);
OutreachContent *outreach_content_load_builtin       (GError          **error);
OutreachContent *outreach_content_load_file          (const char       *filename,
                                                      GPtrArray       **problems,
                                                      GError          **error);
OutreachContent *outreach_content_load_bytes         (GBytes           *bytes,
                                                      const char       *display_name,
                                                      GPtrArray       **problems,
                                                      GError          **error);

const char      *outreach_content_get_source         (OutreachContent  *self);
const char      *outreach_content_get_name           (OutreachContent  *self);
const char      *outreach_content_get_short_name     (OutreachContent  *self);
const char      *outreach_content_get_strapline      (OutreachContent  *self);
const char      *outreach_content_get_app_name       (OutreachContent  *self);
const char      *outreach_content_get_employment_name (OutreachContent *self,
                                                      const char       *id);
GListModel      *outreach_content_get_sidebar        (OutreachContent  *self);
GListModel      *outreach_content_get_units          (OutreachContent  *self);
GListModel      *outreach_content_get_pages          (OutreachContent  *self);
GListModel      *outreach_content_get_profiles       (OutreachContent  *self);
GListModel      *outreach_content_get_contacts       (OutreachContent  *self);
GListModel      *outreach_content_get_links          (OutreachContent  *self);
GListModel      *outreach_content_get_templates      (OutreachContent  *self);
GListModel      *outreach_content_get_routes         (OutreachContent  *self);
GListModel      *outreach_content_get_tours          (OutreachContent  *self);
OutreachTemplate *outreach_content_get_template_for  (OutreachContent  *self,
                                                      OutreachNodeKind  kind);
GPtrArray       *outreach_content_dup_contacts_about (OutreachContent  *self,
                                                      OutreachNode     *about);
GPtrArray       *outreach_content_dup_nodes          (OutreachContent  *self);
OutreachContact *outreach_content_lookup_contact     (OutreachContent  *self,
                                                      const char       *id);
guint            outreach_content_get_n_units        (OutreachContent  *self);
OutreachNode    *outreach_content_lookup             (OutreachContent  *self,
                                                      const char       *id);
OutreachTour    *outreach_content_find_tour          (OutreachContent  *self,
                                                      const char       *id,
                                                      GError          **error);
OutreachNode    *outreach_content_find_page          (OutreachContent  *self,
                                                      const char       *id,
                                                      GError          **error);
OutreachContact *outreach_content_find_contact       (OutreachContent  *self,
                                                      const char       *id,
                                                      GError          **error);
OutreachNode    *outreach_content_get_home           (OutreachContent  *self);

G_END_DECLS
