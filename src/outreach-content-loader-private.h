/* outreach-content-loader-private.h: what the loader's files share
 *
 * The loader (outreach-content-loader.c) parses a pack and walks it once
 * (outreach-content-schema.c), reading each member with its checks
 * (outreach-content-fields.c) and noting each reference by id, resolved
 * when the walk is done (outreach-content-resolve.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "outreach-content-private.h"
#include "outreach-page.h"

G_BEGIN_DECLS

/* One walk over a pack: where it is, what it found, what it must still resolve */
typedef struct
{
  OutreachContent *content;
  const char      *file;
  GPtrArray       *problems;
  GString         *path;
  GHashTable      *id_paths;      /* node id → path where it was defined */
  GHashTable      *contact_ids;   /* contact id → path where it was defined */
  GHashTable      *link_ids;      /* link id → path where it was defined */
  GHashTable      *template_ids;  /* template id → path where it was defined */
  GHashTable      *route_ids;     /* route id → path where it was defined */
  GHashTable      *tour_ids;      /* tour id → path where it was defined */
  const char * const *languages;  /* the user's, best first: g_get_language_names () */
  GPtrArray       *pending;       /* references to resolve after the walk */
  const char      *text_member;   /* the text field being read, for its size rules */
  guint            problems_left_out;   /* past OUTREACH_MAX_PROBLEMS */
} OutreachWalk;

/* Sizes that no real pack comes near and a broken or hostile one can
 * (they are checked in characters): a name is a line, a word fits a line,
 * a message template fits an e-mail a phone's mail app can open */
#define OUTREACH_MAX_NAME_CHARS        200
#define OUTREACH_MAX_WORD_CHARS        200
#define OUTREACH_MAX_SUBJECT_CHARS     200
#define OUTREACH_MAX_BODY_CHARS        4000
#define OUTREACH_MAX_PLACEHOLDERS      20

/* the problems listed for one pack; the rest are counted */
#define OUTREACH_MAX_PROBLEMS          100

/* What a reference is: a sidebar entry naming a node, a profile naming its team, … */
typedef enum
{
  OUTREACH_REF_SIDEBAR,
  OUTREACH_REF_PROFILE_TEAM,
  OUTREACH_REF_SECTION_CONTACT,
  OUTREACH_REF_SECTION_LINK,
  OUTREACH_REF_SECTION_PROFILE,
  OUTREACH_REF_CONTACT_TEMPLATE,
  OUTREACH_REF_TEMPLATE_CONTACT,
  OUTREACH_REF_GET_IN_TOUCH,
  OUTREACH_REF_TEMPLATE_ABOUT,
  OUTREACH_REF_PAGE_ACTION,
  OUTREACH_REF_ROUTE_CONTACT,
  OUTREACH_REF_PAGE_ROUTE,
  OUTREACH_REF_TOUR_STEP,
  OUTREACH_REF_TOUR_CHART,
} OutreachRefKind;

typedef struct _OutreachRef OutreachRef;

/* What _outreach_walk_list() calls for each element of a list */
typedef void (*OutreachWalkItem) (OutreachWalk *walk,
                                  JsonNode     *node,
                                  gpointer      data);

/* outreach-content-fields.c */
G_GNUC_PRINTF (3, 4)
void         _outreach_walk_problem             (OutreachWalk          *walk,
                                                 OutreachContentError   code,
                                                 const char            *format,
                                                 ...);
gsize        _outreach_walk_push_member         (OutreachWalk          *walk,
                                                 const char            *member);
gsize        _outreach_walk_push_index          (OutreachWalk          *walk,
                                                 guint                  index);
void         _outreach_walk_pop                 (OutreachWalk          *walk,
                                                 gsize                  len);
void         _outreach_walk_check_members       (OutreachWalk          *walk,
                                                 JsonObject            *object,
                                                 const char           **allowed);
JsonNode    *_outreach_walk_get_member          (OutreachWalk          *walk,
                                                 JsonObject            *object,
                                                 const char            *member,
                                                 gboolean               required);
JsonObject  *_outreach_walk_get_object          (OutreachWalk          *walk,
                                                 JsonNode              *node);
JsonArray   *_outreach_walk_get_array           (OutreachWalk          *walk,
                                                 JsonObject            *object,
                                                 const char            *member,
                                                 gboolean               required);
const char  *_outreach_walk_get_string          (OutreachWalk          *walk,
                                                 JsonObject            *object,
                                                 const char            *member,
                                                 gboolean               required);
void         _outreach_walk_add_refs            (OutreachWalk          *walk,
                                                JsonObject            *object,
                                                const char            *member,
                                                gboolean               required,
                                                OutreachRefKind        kind,
                                                gpointer               owner,
                                                OutreachPage          *page,
                                                GObject               *keep);
char       **_outreach_walk_get_strings         (OutreachWalk          *walk,
                                                 JsonObject            *object,
                                                 const char            *member,
                                                 gboolean               required);
const char  *_outreach_walk_get_id              (OutreachWalk          *walk,
                                                 JsonObject            *object,
                                                 GHashTable            *seen);
gboolean     _outreach_walk_list                (OutreachWalk          *walk,
                                                 JsonObject            *object,
                                                 const char            *member,
                                                 gboolean               required,
                                                 OutreachWalkItem       walk_item,
                                                 gpointer               data);

/* outreach-content-resolve.c */
void         _outreach_ref_free                 (OutreachRef           *ref);
void         _outreach_walk_add_ref             (OutreachWalk          *walk,
                                                 OutreachRefKind        kind,
                                                 const char            *id,
                                                 gpointer               owner,
                                                 OutreachPage          *page,
                                                 GObject               *keep);
void         _outreach_walk_resolve_references  (OutreachWalk          *walk);

/* outreach-content-schema.c */
extern const char *_outreach_page_kinds[];

/* outreach-content-schema-contact.c */
void _outreach_walk_contact      (OutreachWalk *walk,
                                  JsonNode     *node,
                                  gpointer      data);
void _outreach_walk_template     (OutreachWalk *walk,
                                  JsonNode     *node,
                                  gpointer      data);
void _outreach_walk_get_in_touch (OutreachWalk *walk,
                                  JsonObject   *root);

/* outreach-content-schema-route.c */
void _outreach_walk_route        (OutreachWalk *walk,
                                  JsonNode     *node,
                                  gpointer      data);
/* outreach-content-schema-tour.c */
void _outreach_walk_tour         (OutreachWalk *walk,
                                  JsonNode     *node,
                                  gpointer      data);
void _outreach_walk_tours        (OutreachWalk *walk,
                                  JsonObject   *root);
void _outreach_content_add_default_tour (OutreachContent *content);
void         _outreach_walk_root                (OutreachWalk          *walk,
                                                 JsonNode              *root);

G_END_DECLS
