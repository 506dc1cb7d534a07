/* outreach-content-schema-route.c: the ways in a pack offers
 *
 * The pack's "routes": each a way in to the unit for one kind of reader
 * (someone already in policing, someone new to it), saying whom it is for,
 * what happens next in plain steps, and the contact its button writes to.
 * A page shows those its own "routes" list names (see walk_page in
 * outreach-content-schema.c). Called from _outreach_walk_root(); the
 * contact is only noted here, to be resolved once every list is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-content-loader-private.h"
#include "outreach-model-private.h"

void
_outreach_walk_route (OutreachWalk *walk,
                      JsonNode     *node,
                      gpointer      data)
{
  static const char *allowed[] = { "id", "title", "for", "steps", "contact", NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachRoute) route = NULL;
  const char *id;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  route = g_object_new (OUTREACH_TYPE_ROUTE, NULL);
  id = _outreach_walk_get_id (walk, object, walk->route_ids);
  route->title = g_strdup (_outreach_walk_get_string (walk, object, "title", TRUE));
  route->audience = g_strdup (_outreach_walk_get_string (walk, object, "for", TRUE));
  route->steps = _outreach_walk_get_strings (walk, object, "steps", TRUE);
  route->contact_id = g_strdup (_outreach_walk_get_string (walk, object, "contact", TRUE));
  if (route->contact_id != NULL)
    {
      gsize len = _outreach_walk_push_member (walk, "contact");

      _outreach_walk_add_ref (walk, OUTREACH_REF_ROUTE_CONTACT, route->contact_id, route, NULL,
                              G_OBJECT (route));
      _outreach_walk_pop (walk, len);
    }

  if (id != NULL)
    {
      route->id = g_strdup (id);
      g_hash_table_insert (walk->route_ids, route->id, g_strdup (walk->path->str));
      g_list_store_append (walk->content->routes, route);
    }
}
