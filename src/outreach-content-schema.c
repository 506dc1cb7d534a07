/* outreach-content-schema.c: what each object of a pack may hold
 *
 * One function per kind of object (unit, page and its sections, profile,
 * link, the pack's levels and kinds of employment; contacts, templates and
 * "get in touch" are in outreach-content-schema-contact.c), each naming the members it
 * allows and building the model's object from them, and one for the pack
 * itself, _outreach_walk_root(). References by id are only noted here, to
 * be resolved once every list is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n.h>

#include "outreach-content-loader-private.h"
#include "outreach-link.h"
#include "outreach-model-private.h"
#include "outreach-text.h"
#include "outreach-translation.h"

static void
register_node (OutreachWalk *walk,
               OutreachNode *node)
{
  const char *id = outreach_node_get_id (node);

  g_hash_table_insert (walk->content->nodes, (gpointer) id, g_object_ref (node));
  g_hash_table_insert (walk->id_paths, (gpointer) id, g_strdup (walk->path->str));
}

/* Units: recursive, but the guard has bounded the depth already. A unit
 * goes below @parent, or among the roots when @parent is NULL. */
static void
walk_unit (OutreachWalk *walk,
           JsonNode     *node,
           gpointer      parent)
{
  static const char *allowed[] = { "id", "name", "abbreviation", "description", "children", NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachUnit) unit = NULL;
  const char *id, *name, *abbreviation;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  id = _outreach_walk_get_id (walk, object, walk->id_paths);
  name = _outreach_walk_get_string (walk, object, "name", TRUE);
  abbreviation = _outreach_walk_get_string (walk, object, "abbreviation", FALSE);

  unit = g_object_new (OUTREACH_TYPE_UNIT, NULL);
  _outreach_node_setup (OUTREACH_NODE (unit), OUTREACH_NODE_UNIT, id ? id : "", name, abbreviation);
  unit->description = _outreach_walk_get_strings (walk, object, "description", TRUE);
  walk->content->n_units++;

  if (id != NULL)
    register_node (walk, OUTREACH_NODE (unit));

  _outreach_walk_list (walk, object, "children", FALSE, walk_unit, unit);

  if (parent != NULL)
    _outreach_node_append_child (OUTREACH_NODE (parent), OUTREACH_NODE (unit));
  else
    g_list_store_append (walk->content->units, unit);
}

static void
walk_section (OutreachWalk *walk,
              JsonNode     *node,
              gpointer      data)
{
  static const char *allowed[] = { "heading", "paragraphs", "quote", "items", "after",
                                   "signature", "contacts", "links", "profiles", NULL };
  static const struct { const char *member; OutreachRefKind kind; } refs[] = {
    { "contacts", OUTREACH_REF_SECTION_CONTACT },
    { "links", OUTREACH_REF_SECTION_LINK },
    { "profiles", OUTREACH_REF_SECTION_PROFILE },
  };
  OutreachPage *page = data;
  JsonObject *object = _outreach_walk_get_object (walk, node);
  OutreachSection *section;
  JsonNode *quote;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  section = _outreach_section_new ();
  g_ptr_array_add (page->sections, section);

  section->heading = g_strdup (_outreach_walk_get_string (walk, object, "heading", FALSE));
  section->paragraphs = _outreach_walk_get_strings (walk, object, "paragraphs", FALSE);
  section->items = _outreach_walk_get_strings (walk, object, "items", FALSE);
  section->after = _outreach_walk_get_strings (walk, object, "after", FALSE);
  section->signature = g_strdup (_outreach_walk_get_string (walk, object, "signature", FALSE));
  section->lists_profiles = json_object_has_member (object, "profiles");

  if ((quote = json_object_get_member (object, "quote")) != NULL)
    {
      static const char *quote_allowed[] = { "text", "source", NULL };
      gsize len = _outreach_walk_push_member (walk, "quote");
      JsonObject *quote_object = _outreach_walk_get_object (walk, quote);

      if (quote_object != NULL)
        {
          _outreach_walk_check_members (walk, quote_object, quote_allowed);
          section->quote = g_strdup (_outreach_walk_get_string (walk, quote_object, "text", TRUE));
          section->quote_source = g_strdup (_outreach_walk_get_string (walk, quote_object,
                                                                       "source", FALSE));
        }
      _outreach_walk_pop (walk, len);
    }

  for (guint r = 0; r < G_N_ELEMENTS (refs); r++)
    _outreach_walk_add_refs (walk, object, refs[r].member, FALSE, refs[r].kind, section, page,
                             G_OBJECT (page));
}

/* A call to action: a button labelled @label that opens the page @page
 * names (any page, unit or profile), resolved after the walk */
static void
walk_action (OutreachWalk *walk,
             JsonNode     *node,
             gpointer      data)
{
  static const char *allowed[] = { "label", "page", NULL };
  OutreachPage *page = data;
  JsonObject *object = _outreach_walk_get_object (walk, node);
  OutreachPageAction *action;
  const char *label, *target;
  gsize len;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  label = _outreach_walk_get_string (walk, object, "label", TRUE);
  target = _outreach_walk_get_string (walk, object, "page", TRUE);
  if (label == NULL || target == NULL)
    return;

  action = _outreach_page_action_new (label, target);
  g_ptr_array_add (page->actions, action);
  len = _outreach_walk_push_member (walk, "page");
  _outreach_walk_add_ref (walk, OUTREACH_REF_PAGE_ACTION, target, action, page, G_OBJECT (page));
  _outreach_walk_pop (walk, len);
}

static void
walk_page (OutreachWalk *walk,
           JsonNode     *node,
           gpointer      data)
{
  static const char *allowed[] = { "id", "title", "summary", "sections", "actions", "routes",
                                   NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachPage) page = NULL;
  const char *id, *title;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  id = _outreach_walk_get_id (walk, object, walk->id_paths);
  title = _outreach_walk_get_string (walk, object, "title", TRUE);

  page = g_object_new (OUTREACH_TYPE_PAGE, NULL);
  _outreach_node_setup (OUTREACH_NODE (page), OUTREACH_NODE_PAGE, id ? id : "", title, NULL);
  page->summary = g_strdup (_outreach_walk_get_string (walk, object, "summary", FALSE));

  _outreach_walk_list (walk, object, "sections", FALSE, walk_section, page);
  /* an empty list says: no calls to action, not even Home's usual ones */
  if (json_object_has_member (object, "actions"))
    {
      page->actions = g_ptr_array_new_with_free_func ((GDestroyNotify) _outreach_page_action_free);
      _outreach_walk_list (walk, object, "actions", FALSE, walk_action, page);
    }
  /* the ways in it shows, by id: resolved after the walk */
  _outreach_walk_add_refs (walk, object, "routes", FALSE, OUTREACH_REF_PAGE_ROUTE, page, page,
                           G_OBJECT (page));

  if (id != NULL)
    {
      register_node (walk, OUTREACH_NODE (page));
      g_list_store_append (walk->content->pages, page);
    }
}

static void
walk_profile (OutreachWalk *walk,
              JsonNode     *node,
              gpointer      data)
{
  static const char *allowed[] = { "id", "name", "role", "employment", "time_in_role",
                                   "team", "quote", "story", NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachProfile) profile = NULL;
  const char *id, *name, *role, *employment, *team;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  id = _outreach_walk_get_id (walk, object, walk->id_paths);
  name = _outreach_walk_get_string (walk, object, "name", TRUE);
  role = _outreach_walk_get_string (walk, object, "role", TRUE);

  profile = g_object_new (OUTREACH_TYPE_PROFILE, NULL);
  _outreach_node_setup (OUTREACH_NODE (profile), OUTREACH_NODE_PROFILE, id ? id : "", name, role);

  /* the kinds of employment are read before the profiles (see
   * _outreach_walk_root), so the id resolves here */
  employment = _outreach_walk_get_string (walk, object, "employment", TRUE);
  if (employment != NULL)
    {
      const char *label = outreach_content_get_employment_name (walk->content, employment);

      if (label == NULL)
        {
          gsize len = _outreach_walk_push_member (walk, "employment");
          g_autofree char *quoted = outreach_text_excerpt (employment, -1,
                                                           OUTREACH_TEXT_EXCERPT_CHARS);

          _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_UNRESOLVED,
                                  _("no kind of employment has the id “%s”"), quoted);
          _outreach_walk_pop (walk, len);
        }
      profile->employment = g_strdup (employment);
      profile->employment_label = g_strdup (label);
    }

  profile->time_in_role = g_strdup (_outreach_walk_get_string (walk, object, "time_in_role",
                                                               FALSE));
  profile->quote = g_strdup (_outreach_walk_get_string (walk, object, "quote", FALSE));
  profile->story = _outreach_walk_get_strings (walk, object, "story", TRUE);

  if ((team = _outreach_walk_get_string (walk, object, "team", TRUE)) != NULL)
    {
      gsize len = _outreach_walk_push_member (walk, "team");
      _outreach_walk_add_ref (walk, OUTREACH_REF_PROFILE_TEAM, team, profile, NULL,
                              G_OBJECT (profile));
      _outreach_walk_pop (walk, len);
    }

  if (id != NULL)
    {
      register_node (walk, OUTREACH_NODE (profile));
      g_list_store_append (walk->content->profiles, profile);
    }
}

static void
walk_link (OutreachWalk *walk,
           JsonNode     *node,
           gpointer      data)
{
  static const char *allowed[] = { "id", "title", "url", NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachLink) link = NULL;
  const char *id, *url;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  link = g_object_new (OUTREACH_TYPE_LINK, NULL);
  id = _outreach_walk_get_id (walk, object, walk->link_ids);
  link->title = g_strdup (_outreach_walk_get_string (walk, object, "title", TRUE));

  if ((url = _outreach_walk_get_string (walk, object, "url", TRUE)) != NULL)
    {
      gsize len = _outreach_walk_push_member (walk, "url");
      const char *why = outreach_link_web_address_problem (url);

      if (why != NULL)
        {
          g_autofree char *quoted = outreach_text_excerpt (url, -1, OUTREACH_TEXT_EXCERPT_CHARS);

          /* Translators: the first %s is a web address, the second says what is
           * wrong with it, such as "is not an https: web address" */
          _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_UNSAFE_LINK, _("“%s” %s"), quoted, why);
        }
      else
        link->url = g_strdup (url);
      _outreach_walk_pop (walk, len);
    }

  if (id != NULL)
    {
      link->id = g_strdup (id);
      g_hash_table_insert (walk->link_ids, link->id, g_strdup (walk->path->str));
      g_list_store_append (walk->content->links, link);
    }
}

/* What the pack calls its parts: "employment", its kinds of employment,
 * and "levels" (with "levels_plural"), its units' names by depth */

static void
walk_employment_kind (OutreachWalk *walk,
                      JsonNode     *node,
                      gpointer      data)
{
  static const char *allowed[] = { "id", "name", NULL };
  GHashTable *seen = data;
  JsonObject *object = _outreach_walk_get_object (walk, node);
  const char *id, *name;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  id = _outreach_walk_get_id (walk, object, seen);
  name = _outreach_walk_get_string (walk, object, "name", TRUE);
  if (id == NULL)
    return;
  g_hash_table_insert (seen, g_strdup (id), g_strdup (walk->path->str));
  if (name != NULL)
    g_hash_table_insert (walk->content->employment, g_strdup (id), g_strdup (name));
}

/* The pack's kinds of employment, or the two every police unit has */
static void
walk_employment (OutreachWalk *walk,
                 JsonObject   *root)
{
  g_autoptr(GHashTable) seen = NULL;

  if (!json_object_has_member (root, "employment"))
    {
      g_hash_table_insert (walk->content->employment, g_strdup ("officer"),
                           g_strdup (_("Police officer")));
      g_hash_table_insert (walk->content->employment, g_strdup ("staff"),
                           g_strdup (_("Police staff")));
      return;
    }
  seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  _outreach_walk_list (walk, root, "employment", TRUE, walk_employment_kind, seen);
}

/* Gives each unit from @units down its level's name, and the heading over
 * its children; a level deeper than the names takes the last */
static void
name_levels (GListModel         *units,
             guint               depth,
             const char * const *names,
             const char * const *plurals,
             guint               n)
{
  for (guint i = 0; units != NULL && i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(OutreachUnit) unit = g_list_model_get_item (units, i);

      g_free (unit->level_name);
      unit->level_name = g_strdup (names[MIN (depth, n - 1)]);
      g_free (unit->children_heading);
      unit->children_heading = g_strdup (plurals[MIN (depth + 1, n - 1)]);
      name_levels (outreach_node_get_children (OUTREACH_NODE (unit)), depth + 1, names, plurals, n);
    }
}

/* Whether @member of the pack is "levels" or "levels_plural", or a
 * translation of one */
static gboolean
is_levels_member (const char *member)
{
  static const char *levels[] = { "levels", "levels_plural", NULL };

  return g_strv_contains (levels, member) || outreach_translation_is_variant_of (member, levels);
}

/* Every variant of "levels" and "levels_plural", whichever language is
 * shown, has a name for each of "levels": each at its own path */
static void
check_level_counts (OutreachWalk *walk,
                    JsonObject   *root,
                    guint         n)
{
  JsonObjectIter iter;
  const char *member;
  JsonNode *node;

  json_object_iter_init_ordered (&iter, root);
  while (json_object_iter_next_ordered (&iter, &member, &node))
    {
      guint length;

      if (g_str_equal (member, "levels") || !is_levels_member (member) ||
          !JSON_NODE_HOLDS_ARRAY (node))
        continue;
      /* an empty translation is reported as it is read */
      length = json_array_get_length (json_node_get_array (node));
      if (length != n && (length != 0 || strchr (member, '@') == NULL))
        {
          gsize len = _outreach_walk_push_member (walk, member);

          _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                  _("must have one name for each of “levels” (%u)"), n);
          _outreach_walk_pop (walk, len);
        }
    }
}

static void
walk_levels (OutreachWalk *walk,
             JsonObject   *root)
{
  guint reported = walk->problems->len + walk->problems_left_out;
  g_auto(GStrv) names = _outreach_walk_get_strings (walk, root, "levels", FALSE);
  g_auto(GStrv) plurals = _outreach_walk_get_strings (walk, root, "levels_plural", FALSE);
  gboolean bad_text = walk->problems->len + walk->problems_left_out != reported;
  JsonNode *plain = json_object_get_member (root, "levels");
  JsonNode *plain_plural = json_object_get_member (root, "levels_plural");
  guint n;
  gsize len;

  /* what the pack gives, not what the user's language shows: a translation
   * without its plain field gives it too */
  if (plain == NULL || plain_plural == NULL)
    {
      JsonObjectIter iter;
      const char *member;

      json_object_iter_init_ordered (&iter, root);
      while (json_object_iter_next_ordered (&iter, &member, NULL))
        if (is_levels_member (member))
          {
            len = _outreach_walk_push_member (walk, member);
            _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                    _("“levels” and “levels_plural” go together: give both or "
                                      "neither"));
            _outreach_walk_pop (walk, len);
            return;
          }
      return;
    }
  /* a plain field that is not a list is reported as it is read */
  if (!JSON_NODE_HOLDS_ARRAY (plain) || !JSON_NODE_HOLDS_ARRAY (plain_plural))
    return;

  n = json_array_get_length (json_node_get_array (plain));
  if (n == 0)
    {
      len = _outreach_walk_push_member (walk, "levels");
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must not be an empty list"));
      _outreach_walk_pop (walk, len);
      return;
    }
  check_level_counts (walk, root, n);

  /* a name that is not good text is left out, and reported: the lists
   * cannot be matched up */
  if (bad_text || names == NULL || plurals == NULL ||
      g_strv_length (names) != n || g_strv_length (plurals) != n)
    return;

  name_levels (G_LIST_MODEL (walk->content->units), 0, (const char * const *) names,
               (const char * const *) plurals, n);
}

/* Whether @schema is the version this app reads: a number equal to it, as
 * JSON (and so the JSON Schema's "const") compares numbers, so 1.0 and
 * 1e0 are 1 too */
static gboolean
is_schema_version (JsonNode *schema)
{
  if (!JSON_NODE_HOLDS_VALUE (schema))
    return FALSE;
  switch (json_node_get_value_type (schema))
    {
    case G_TYPE_INT64:
      return json_node_get_int (schema) == OUTREACH_CONTENT_SCHEMA_VERSION;
    case G_TYPE_DOUBLE:
      return json_node_get_double (schema) == (double) OUTREACH_CONTENT_SCHEMA_VERSION;
    default:
      return FALSE;
    }
}

void
_outreach_walk_root (OutreachWalk *walk,
                     JsonNode     *root)
{
  static const char *allowed[] = { "$schema", "schema", "organisation", "sidebar", "pages",
                                   "units", "profiles", "contacts", "links", "templates",
                                   "get_in_touch", "levels", "levels_plural", "employment", "routes",
                                   "tours",
                                   NULL };
  static const char *organisation_allowed[] = { "name", "short_name", "strapline", "app_name",
                                                NULL };
  OutreachContent *content = walk->content;
  JsonObject *object, *organisation;
  JsonNode *schema, *node;
  gsize len;

  if ((object = _outreach_walk_get_object (walk, root)) == NULL)
    return;

  schema = json_object_get_member (object, "schema");
  len = _outreach_walk_push_member (walk, "schema");
  if (schema == NULL)
    {
      _outreach_walk_pop (walk, len);
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_SCHEMA_VERSION,
                              _("missing required field “schema” "
                                "(this version reads schema %d)"),
                              OUTREACH_CONTENT_SCHEMA_VERSION);
      return;
    }
  if (!is_schema_version (schema))
    {
      g_autofree char *text = json_to_string (schema, FALSE);

      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_SCHEMA_VERSION,
                              _("schema %.20s is not supported: "
                                "this version of the app reads schema %d"),
                              text, OUTREACH_CONTENT_SCHEMA_VERSION);
      _outreach_walk_pop (walk, len);
      return;
    }
  _outreach_walk_pop (walk, len);

  _outreach_walk_check_members (walk, object, allowed);

  /* where an editor finds the JSON Schema that describes a pack (data/): a
   * string, for the editor only */
  _outreach_walk_get_string (walk, object, "$schema", FALSE);

  if ((node = _outreach_walk_get_member (walk, object, "organisation", TRUE)) != NULL)
    {
      len = _outreach_walk_push_member (walk, "organisation");
      if ((organisation = _outreach_walk_get_object (walk, node)) != NULL)
        {
          _outreach_walk_check_members (walk, organisation, organisation_allowed);
          content->name = g_strdup (_outreach_walk_get_string (walk, organisation, "name", TRUE));
          content->short_name = g_strdup (_outreach_walk_get_string (walk, organisation,
                                                                     "short_name", FALSE));
          content->strapline = g_strdup (_outreach_walk_get_string (walk, organisation,
                                                                    "strapline", FALSE));
          content->app_name = g_strdup (_outreach_walk_get_string (walk, organisation,
                                                                   "app_name", FALSE));
        }
      _outreach_walk_pop (walk, len);
    }

  /* References are resolved only after every list is read, so this order
   * decides only what comes first: among the problems, the order they are
   * reported in; among a unit, page and profile with one id, the one kept. */
  _outreach_walk_list (walk, object, "contacts", TRUE, _outreach_walk_contact, NULL);
  /* the pack: where each template is used */
  _outreach_walk_list (walk, object, "templates", TRUE, _outreach_walk_template, object);
  _outreach_walk_get_in_touch (walk, object);
  _outreach_walk_list (walk, object, "routes", FALSE, _outreach_walk_route, NULL);
  _outreach_walk_tours (walk, object);
  _outreach_walk_list (walk, object, "links", FALSE, walk_link, NULL);
  walk_employment (walk, object);
  _outreach_walk_list (walk, object, "units", TRUE, walk_unit, NULL);
  walk_levels (walk, object);
  _outreach_walk_list (walk, object, "pages", TRUE, walk_page, NULL);
  /* after "employment": a profile's is resolved as it is read */
  _outreach_walk_list (walk, object, "profiles", FALSE, walk_profile, NULL);

  /* the sidebar's references come last, so they resolve (and report) after
   * every other */
  _outreach_walk_add_refs (walk, object, "sidebar", TRUE, OUTREACH_REF_SIDEBAR, NULL, NULL, NULL);

  _outreach_walk_resolve_references (walk);

  if (!json_object_has_member (object, "tours"))
    _outreach_content_add_default_tour (content);

  if (content->app_name == NULL && content->name != NULL)
    /* Translators: the app's name for a pack that does not give one: %s is
     * the unit's short name, such as "SEROCU" */
    content->app_name = g_strdup_printf (_("%s Outreach"), outreach_content_get_short_name (content));

  if (json_object_has_member (object, "pages") && !g_hash_table_contains (content->nodes, "home"))
    {
      g_string_assign (walk->path, "$.pages");
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                              _("there must be a page with the id “home”"));
    }
}
