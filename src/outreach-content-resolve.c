/* outreach-content-resolve.c: references by id, resolved after the walk
 *
 * A sidebar entry, a profile's team, a section's contacts, links and
 * profiles, a contact's template, a template's contact, the "get in
 * touch" templates and a page's calls to action name other objects by id;
 * a route names its contact, and a page its routes; a tour's step its page
 * (or the unit its chart selects);
 * a template's "about" names kinds of page, each at most once per contact.
 * A contact's template must be written to them, and a page's action lead
 * to another page.
 * The walk notes each with its JSON path; once every list is read they are
 * looked up in the order they were noted, and an id that names nothing is
 * a problem at that path.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "outreach-content-loader-private.h"
#include "outreach-text.h"
#include "outreach-model-private.h"

/* A reference by id, noted during the walk and resolved after it */
struct _OutreachRef
{
  OutreachRefKind  kind;
  char            *id;
  char            *path;
  gpointer         owner;   /* what refers: a profile, section, contact,
                             * template or page's action; for
                             * OUTREACH_REF_GET_IN_TOUCH the node kind
                             * (GUINT_TO_POINTER); NULL for the sidebar */
  OutreachPage    *page;    /* the page of a section or action */
  GObject         *keep;    /* keeps @owner (a section: its page) until it is
                             * resolved: one without a valid id is in no list,
                             * so nothing else does */
};

void
_outreach_ref_free (OutreachRef *ref)
{
  g_free (ref->id);
  g_free (ref->path);
  g_clear_object (&ref->keep);
  g_free (ref);
}

/* Notes a reference to @id at the walk's path, to resolve after the walk */
void
_outreach_walk_add_ref (OutreachWalk    *walk,
                        OutreachRefKind  kind,
                        const char      *id,
                        gpointer         owner,
                        OutreachPage    *page,
                        GObject         *keep)
{
  OutreachRef *ref = g_new0 (OutreachRef, 1);

  ref->keep = keep ? g_object_ref (keep) : NULL;
  ref->kind = kind;
  ref->id = g_strdup (id);
  ref->path = g_strdup (walk->path->str);
  ref->owner = owner;
  ref->page = page;
  g_ptr_array_add (walk->pending, ref);
}

static void
unresolved (OutreachWalk *walk,
            OutreachRef  *ref,
            char         *message)
{
  g_string_assign (walk->path, ref->path);
  _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_UNRESOLVED, "%s", message);
  g_free (message);
}

/* Makes @template its contact's message about pages of @kind: one per
 * contact and kind, the first named (a template's "about" comes before
 * "get_in_touch" in the order noted) */
static void
set_about (OutreachWalk     *walk,
           OutreachRef      *ref,
           OutreachTemplate *template,
           guint             kind)
{
  OutreachContact *contact = template->contact;
  OutreachTemplate *first;

  if (contact == NULL)    /* its contact is reported already */
    return;
  first = contact->about[kind];
  if (first == NULL)
    contact->about[kind] = template;
  else if (first != template && first->id != NULL)   /* one without an id is reported */
    {
      g_autofree char *contact_id = outreach_text_excerpt (contact->id, -1,
                                                           OUTREACH_TEXT_EXCERPT_CHARS);

      g_string_assign (walk->path, ref->path);
      /* Translators: the first %s is a contact's id, the second a kind of page
       * ("page", "unit" or "profile"), the third a template's id and the last
       * where it is in the pack, such as $.templates[2] */
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_DUPLICATE_ID,
                              _("“%s” already has a template about “%s”: “%s” (at %s)"),
                              contact_id, _outreach_page_kinds[kind], first->id,
                              (const char *) g_hash_table_lookup (walk->template_ids, first->id));
    }
}

static OutreachRoute *
lookup_route (OutreachContent *content,
              const char      *id)
{
  GListModel *routes = G_LIST_MODEL (content->routes);

  for (guint i = 0; i < g_list_model_get_n_items (routes); i++)
    {
      g_autoptr(OutreachRoute) route = g_list_model_get_item (routes, i);

      if (g_strcmp0 (route->id, id) == 0)
        return route;
    }
  return NULL;
}

/* Resolves every reference noted, in the order noted */
void
_outreach_walk_resolve_references (OutreachWalk *walk)
{
  OutreachContent *content = walk->content;

  for (guint i = 0; i < walk->pending->len; i++)
    {
      OutreachRef *ref = g_ptr_array_index (walk->pending, i);
      OutreachNode *node = g_hash_table_lookup (content->nodes, ref->id);
      OutreachSection *section = ref->owner;
      g_autofree char *id = outreach_text_excerpt (ref->id, -1, OUTREACH_TEXT_EXCERPT_CHARS);
      gpointer item;

      switch (ref->kind)
        {
        case OUTREACH_REF_SIDEBAR:
          if (node == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no page, unit or profile has the id “%s”"),
                                                    id));
          else
            g_list_store_append (content->sidebar, node);
          break;

        case OUTREACH_REF_PROFILE_TEAM:
          if (!OUTREACH_IS_UNIT (node))
            unresolved (walk, ref, g_strdup_printf (_("no unit or team has the id “%s”"),
                                                    id));
          else
            {
              OutreachProfile *profile = ref->owner;

              profile->team = OUTREACH_UNIT (node);
              g_list_store_append (profile->team->profiles, profile);
            }
          break;

        case OUTREACH_REF_SECTION_PROFILE:
          if (!OUTREACH_IS_PROFILE (node))
            unresolved (walk, ref, g_strdup_printf (_("no profile has the id “%s”"), id));
          else
            {
              g_ptr_array_add (section->profiles, g_object_ref (node));
              /* a person's page sits below the first page that lists them */
              if (outreach_node_get_parent (node) == NULL)
                _outreach_node_append_child (OUTREACH_NODE (ref->page), node);
            }
          break;

        case OUTREACH_REF_SECTION_CONTACT:
          item = outreach_content_lookup_contact (content, ref->id);
          if (item == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no contact has the id “%s”"), id));
          else
            g_ptr_array_add (section->contacts, g_object_ref (item));
          break;

        case OUTREACH_REF_SECTION_LINK:
          item = _outreach_content_lookup_link (content, ref->id);
          if (item == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no link has the id “%s”"), id));
          else
            g_ptr_array_add (section->links, g_object_ref (item));
          break;

        case OUTREACH_REF_CONTACT_TEMPLATE:
        case OUTREACH_REF_GET_IN_TOUCH:
          item = _outreach_content_lookup_template (content, ref->id);
          if (item == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no template has the id “%s”"), id));
          else if (ref->kind == OUTREACH_REF_CONTACT_TEMPLATE)
            {
              OutreachContact *contact = ref->owner;
              OutreachTemplate *template = item;

              /* the message goes to this contact: in their words, not another's
               * (a template's contact the pack lacks is reported as such) */
              if (template->contact_id != NULL && contact->id != NULL &&
                  !g_str_equal (template->contact_id, contact->id) &&
                  outreach_content_lookup_contact (content, template->contact_id) != NULL)
                {
                  g_autofree char *to = outreach_text_excerpt (template->contact_id, -1,
                                                               OUTREACH_TEXT_EXCERPT_CHARS);

                  g_string_assign (walk->path, ref->path);
                  /* Translators: the first %s is a template's id, the second
                   * the id of the contact it is written to */
                  _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                          _("template “%s” is a message to “%s”: a contact's "
                                            "“template” must be one written to them"), id, to);
                }
              else
                contact->template = item;
            }
          else
            {
              content->get_in_touch[GPOINTER_TO_UINT (ref->owner)] = item;
              /* its contact's message about that kind of page, too */
              set_about (walk, ref, item, GPOINTER_TO_UINT (ref->owner));
            }
          break;

        case OUTREACH_REF_TEMPLATE_ABOUT:
          {
            guint kind = 0;

            while (_outreach_page_kinds[kind] != NULL && !g_str_equal (_outreach_page_kinds[kind],
                                                                      ref->id))
              kind++;
            if (_outreach_page_kinds[kind] == NULL)
              {
                g_string_assign (walk->path, ref->path);
                _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                        _("must be “page”, “unit” or “profile”, not “%s”"), id);
              }
            else
              set_about (walk, ref, ref->owner, kind);
          }
          break;

        case OUTREACH_REF_TEMPLATE_CONTACT:
          item = outreach_content_lookup_contact (content, ref->id);
          if (item == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no contact has the id “%s”"), id));
          else
            g_set_object (&((OutreachTemplate *) ref->owner)->contact, item);
          break;

        case OUTREACH_REF_PAGE_ACTION:
          if (node == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no page, unit or profile has the id “%s”"),
                                                    id));
          else if (node == OUTREACH_NODE (ref->page))
            {
              g_string_assign (walk->path, ref->path);
              _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                      _("“%s” is this page itself: its button would go nowhere"),
                                      id);
            }
          else
            ((OutreachPageAction *) ref->owner)->target = node;
          break;

        case OUTREACH_REF_ROUTE_CONTACT:
          item = outreach_content_lookup_contact (content, ref->id);
          if (item == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no contact has the id “%s”"), id));
          else
            g_set_object (&((OutreachRoute *) ref->owner)->contact, item);
          break;

        case OUTREACH_REF_PAGE_ROUTE:
          item = lookup_route (content, ref->id);
          if (item == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no route has the id “%s”"), id));
          else
            g_list_store_append (ref->page->routes, item);
          break;

        case OUTREACH_REF_TOUR_STEP:
          if (node == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no page, unit or profile has the id “%s”"),
                                                    id));
          else
            g_set_object (&((OutreachTourStep *) ref->owner)->node, node);
          break;

        case OUTREACH_REF_TOUR_CHART:
          /* the chart draws units (teams are units): a page or a person
           * has no box to select */
          if (!OUTREACH_IS_UNIT (node))
            unresolved (walk, ref, g_strdup_printf (_("no unit or team has the id “%s”"),
                                                    id));
          else
            g_set_object (&((OutreachTourStep *) ref->owner)->node, node);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}
