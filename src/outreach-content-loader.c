/* outreach-content-loader.c: reading and checking a content pack into the model
 *
 * A pack is read into the model in one walk that collects every problem it
 * finds, each with its JSON path, then a second pass resolves references.
 * The parser's node tree is dropped as soon as the walk is done. The file is
 * only ever mapped read-only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include <glib/gstdio.h>

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "outreach-address.h"
#include "outreach-content-resources.h"
#include "outreach-json-guard.h"
#include "outreach-content-loader-private.h"
#include "outreach-link.h"
#include "outreach-model-private.h"
#include "outreach-translation.h"

#define BUILTIN_RESOURCE "/uk/police/serocu/Outreach/content/serocu.json"

/* A reference by id, noted during the walk and resolved after it */
struct _OutreachRef
{
  OutreachRefKind  kind;
  char            *id;
  char            *path;
  gpointer         owner;   /* what refers: a profile, section, contact or
                             * template; for OUTREACH_REF_GET_IN_TOUCH the node
                             * kind (GUINT_TO_POINTER); NULL for the sidebar */
  OutreachPage    *page;    /* the page of a section */
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

void
_outreach_walk_problem (OutreachWalk         *walk,
                        OutreachContentError  code,
                        const char           *format,
                        ...)
{
  va_list args;
  char *message;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _outreach_problem_list_add (walk->problems, code, walk->file, 0, 0, walk->path->str, message);
}

gsize
_outreach_walk_push_member (OutreachWalk *walk,
                            const char   *member)
{
  gsize len = walk->path->len;

  g_string_append_printf (walk->path, ".%s", member);
  return len;
}

gsize
_outreach_walk_push_index (OutreachWalk *walk,
                           guint         index)
{
  gsize len = walk->path->len;

  g_string_append_printf (walk->path, "[%u]", index);
  return len;
}

void
_outreach_walk_pop (OutreachWalk *walk,
                    gsize         len)
{
  g_string_truncate (walk->path, len);
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static gboolean
has_control_characters (const char *text)
{
  /* byte by byte (the text is valid UTF-8): C0 and DEL are single bytes,
   * C1 (U+0080–U+009F) is C2 80–9F, the line and paragraph separators
   * (U+2028, U+2029) are E2 80 A8–A9 */
  for (const guchar *p = (const guchar *) text; *p; p++)
    {
      if (*p < 0x20 || *p == 0x7F)
        return TRUE;
      if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
        return TRUE;
      if (*p == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
        return TRUE;
    }
  return FALSE;
}

static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Reports each member of @object that is neither one of @allowed (a
 * NULL-terminated list) nor a translation of one of those, such as "name@cy". */
void
_outreach_walk_check_members (OutreachWalk  *walk,
                              JsonObject    *object,
                              const char   **allowed)
{
  JsonObjectIter iter;
  const char *member;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &member, NULL))
    {
      if (!g_strv_contains (allowed, member) &&
          !outreach_translation_is_variant_of (member, allowed))
        {
          gsize len = _outreach_walk_push_member (walk, member);
          _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                  _("unknown field “%s”"), member);
          _outreach_walk_pop (walk, len);
        }
    }
}

/* Reads a string member. Returns NULL when it is missing (a problem only if
 * @required), or not a string, blank or holding a control character (always
 * a problem). */
static const char *
get_plain_string (OutreachWalk *walk,
                  JsonObject   *object,
                  const char   *member,
                  gboolean      required)
{
  JsonNode *node = json_object_get_member (object, member);
  const char *value = NULL;
  gsize len;

  if (node == NULL)
    {
      if (required)
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                _("missing required field “%s”"), member);
      return NULL;
    }

  len = _outreach_walk_push_member (walk, member);
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must be a string, not %s"),
                            node_type_name (node));
  else if (is_blank (value = json_node_get_string (node)))
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must not be empty"));
      value = NULL;
    }
  else if (has_control_characters (value))
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                              _("contains a control character (such as a line break or tab)"));
      value = NULL;
    }
  _outreach_walk_pop (walk, len);

  return value;
}

JsonArray *
_outreach_walk_get_array (OutreachWalk *walk,
                          JsonObject   *object,
                          const char   *member,
                          gboolean      required)
{
  JsonNode *node = json_object_get_member (object, member);
  JsonArray *array = NULL;
  gsize len;

  if (node == NULL)
    {
      if (required)
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                _("missing required field “%s”"), member);
      return NULL;
    }

  len = _outreach_walk_push_member (walk, member);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must be a list, not %s"),
                            node_type_name (node));
  else if (json_array_get_length (array = json_node_get_array (node)) > OUTREACH_CONTENT_MAX_ITEMS)
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                              _("has %u items; at most %u are allowed"),
                              json_array_get_length (array), OUTREACH_CONTENT_MAX_ITEMS);
      array = NULL;
    }
  _outreach_walk_pop (walk, len);

  return array;
}

JsonObject *
_outreach_walk_get_object (OutreachWalk *walk,
                           JsonNode     *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must be an object, not %s"),
                              node_type_name (node));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Reads a list of strings: paragraphs, items, or ids. An element that is not
 * a good string is reported and left out. */
static char **
get_plain_strings (OutreachWalk *walk,
                   JsonObject   *object,
                   const char   *member,
                   gboolean      required)
{
  JsonArray *array = _outreach_walk_get_array (walk, object, member, required);
  g_autoptr(GStrvBuilder) builder = NULL;
  gsize len;
  guint n;

  if (array == NULL)
    return NULL;

  len = _outreach_walk_push_member (walk, member);
  n = json_array_get_length (array);
  if (n == 0 && required)
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must not be an empty list"));

  builder = g_strv_builder_new ();
  for (guint i = 0; i < n; i++)
    {
      JsonNode *node = json_array_get_element (array, i);
      gsize ilen = _outreach_walk_push_index (walk, i);

      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must be a string, not %s"),
                                node_type_name (node));
      else if (is_blank (json_node_get_string (node)))
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must not be empty"));
      else if (has_control_characters (json_node_get_string (node)))
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                _("contains a control character (such as a line break or tab)"));
      else
        g_strv_builder_add (builder, json_node_get_string (node));
      _outreach_walk_pop (walk, ilen);
    }
  _outreach_walk_pop (walk, len);

  return g_strv_builder_end (builder);
}

/* Reads a text field (a string, or a list of them when @list), or the
 * user's language's variant of it. Every variant is checked, whichever one
 * is shown. Returns a const string or a GStrv the caller owns. */
static gpointer
get_text (OutreachWalk *walk,
          JsonObject   *object,
          const char   *member,
          gboolean      required,
          gboolean      list)
{
  gpointer value = list ? (gpointer) get_plain_strings (walk, object, member, required)
                        : (gpointer) get_plain_string (walk, object, member, required);
  int best = -1;
  JsonObjectIter iter;
  const char *name;

  if (!outreach_translation_is_translatable (member))
    return value;

  json_object_iter_init (&iter, object);
  while (json_object_iter_next (&iter, &name, NULL))
    {
      const char *lang = outreach_translation_get_language (name, member);
      gpointer variant;
      int rank;

      if (lang == NULL)
        continue;
      variant = list ? (gpointer) get_plain_strings (walk, object, name, FALSE)
                     : (gpointer) get_plain_string (walk, object, name, FALSE);
      rank = outreach_translation_rank (walk->languages, lang);
      if (variant != NULL && rank >= 0 && (best < 0 || rank < best))
        {
          if (list)
            g_strfreev (value);
          value = variant;
          best = rank;
        }
      else if (list)
        g_strfreev (variant);
    }
  return value;
}

const char *
_outreach_walk_get_string (OutreachWalk *walk,
                           JsonObject   *object,
                           const char   *member,
                           gboolean      required)
{
  return get_text (walk, object, member, required, FALSE);
}

char **
_outreach_walk_get_strings (OutreachWalk *walk,
                            JsonObject   *object,
                            const char   *member,
                            gboolean      required)
{
  return get_text (walk, object, member, required, TRUE);
}

static gboolean
is_valid_id (const char *id)
{
  if (!g_ascii_isalnum (id[0]) || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return TRUE;
}

/* Reads and checks an object's "id": well-formed and unique in @seen. */
const char *
_outreach_walk_get_id (OutreachWalk *walk,
                       JsonObject   *object,
                       GHashTable   *seen)
{
  const char *id = _outreach_walk_get_string (walk, object, "id", TRUE);
  gsize len;

  if (id == NULL)
    return NULL;

  len = _outreach_walk_push_member (walk, "id");
  if (!is_valid_id (id))
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                              _("“%s” is not a valid id: use lower-case letters, "
                                "digits and “-”, at most 64"), id);
      id = NULL;
    }
  else if (g_hash_table_contains (seen, id))
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_DUPLICATE_ID,
                              _("duplicate id “%s” (first used at %s)"), id,
                              (const char *) g_hash_table_lookup (seen, id));
      id = NULL;
    }
  _outreach_walk_pop (walk, len);

  return id;
}

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
register_node (OutreachWalk *walk,
               OutreachNode *node)
{
  const char *id = outreach_node_get_id (node);

  g_hash_table_insert (walk->content->nodes, (gpointer) id, g_object_ref (node));
  g_hash_table_insert (walk->id_paths, (gpointer) id, g_strdup (walk->path->str));
}

/* Units: recursive, but the guard has bounded the depth already. */
static OutreachUnit *
walk_unit (OutreachWalk *walk,
           JsonNode     *node)
{
  static const char *allowed[] = { "id", "name", "abbreviation", "description", "children", NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachUnit) unit = NULL;
  const char *id, *name, *abbreviation;
  JsonArray *children;

  if (object == NULL)
    return NULL;

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

  children = _outreach_walk_get_array (walk, object, "children", FALSE);
  if (children != NULL)
    {
      gsize len = _outreach_walk_push_member (walk, "children");

      for (guint i = 0; i < json_array_get_length (children); i++)
        {
          gsize ilen = _outreach_walk_push_index (walk, i);
          g_autoptr(OutreachUnit) child = walk_unit (walk, json_array_get_element (children, i));

          if (child != NULL)
            _outreach_node_append_child (OUTREACH_NODE (unit), OUTREACH_NODE (child));
          _outreach_walk_pop (walk, ilen);
        }
      _outreach_walk_pop (walk, len);
    }

  return g_steal_pointer (&unit);
}

static void
walk_section (OutreachWalk *walk,
              OutreachPage *page,
              JsonNode     *node)
{
  static const char *allowed[] = { "heading", "paragraphs", "quote", "items", "after",
                                   "signature", "contacts", "links", "profiles", NULL };
  static const struct { const char *member; OutreachRefKind kind; } refs[] = {
    { "contacts", OUTREACH_REF_SECTION_CONTACT },
    { "links", OUTREACH_REF_SECTION_LINK },
    { "profiles", OUTREACH_REF_SECTION_PROFILE },
  };
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
    {
      g_auto(GStrv) ids = _outreach_walk_get_strings (walk, object, refs[r].member, FALSE);
      gsize len;

      if (ids == NULL)
        continue;
      len = _outreach_walk_push_member (walk, refs[r].member);
      for (guint i = 0; ids[i]; i++)
        {
          gsize ilen = _outreach_walk_push_index (walk, i);
          _outreach_walk_add_ref (walk, refs[r].kind, ids[i], section, page, G_OBJECT (page));
          _outreach_walk_pop (walk, ilen);
        }
      _outreach_walk_pop (walk, len);
    }
}

static void
walk_page (OutreachWalk *walk,
           JsonNode     *node)
{
  static const char *allowed[] = { "id", "title", "summary", "sections", NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachPage) page = NULL;
  const char *id, *title;
  JsonArray *sections;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  id = _outreach_walk_get_id (walk, object, walk->id_paths);
  title = _outreach_walk_get_string (walk, object, "title", TRUE);

  page = g_object_new (OUTREACH_TYPE_PAGE, NULL);
  _outreach_node_setup (OUTREACH_NODE (page), OUTREACH_NODE_PAGE, id ? id : "", title, NULL);
  page->summary = g_strdup (_outreach_walk_get_string (walk, object, "summary", FALSE));

  if ((sections = _outreach_walk_get_array (walk, object, "sections", FALSE)) != NULL)
    {
      gsize len = _outreach_walk_push_member (walk, "sections");

      for (guint i = 0; i < json_array_get_length (sections); i++)
        {
          gsize ilen = _outreach_walk_push_index (walk, i);
          walk_section (walk, page, json_array_get_element (sections, i));
          _outreach_walk_pop (walk, ilen);
        }
      _outreach_walk_pop (walk, len);
    }

  if (id != NULL)
    {
      register_node (walk, OUTREACH_NODE (page));
      g_list_store_append (walk->content->pages, page);
    }
}

static void
walk_profile (OutreachWalk *walk,
              JsonNode     *node)
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

  employment = _outreach_walk_get_string (walk, object, "employment", TRUE);
  if (g_strcmp0 (employment, "officer") == 0)
    profile->employment = OUTREACH_EMPLOYMENT_OFFICER;
  else if (employment != NULL && strcmp (employment, "staff") != 0)
    {
      gsize len = _outreach_walk_push_member (walk, "employment");
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                              _("must be “staff” or “officer”, not “%s”"), employment);
      _outreach_walk_pop (walk, len);
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
walk_contact (OutreachWalk *walk,
              JsonNode     *node)
{
  static const char *allowed[] = { "id", "name", "address", "purpose", "template", NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachContact) contact = NULL;
  const char *id, *address;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  contact = g_object_new (OUTREACH_TYPE_CONTACT, NULL);
  id = _outreach_walk_get_id (walk, object, walk->contact_ids);
  contact->name = g_strdup (_outreach_walk_get_string (walk, object, "name", TRUE));
  contact->purpose = g_strdup (_outreach_walk_get_string (walk, object, "purpose", TRUE));
  contact->template_id = g_strdup (_outreach_walk_get_string (walk, object, "template", TRUE));
  if (contact->template_id != NULL)
    {
      gsize len = _outreach_walk_push_member (walk, "template");
      _outreach_walk_add_ref (walk, OUTREACH_REF_CONTACT_TEMPLATE, contact->template_id, contact,
                              NULL, G_OBJECT (contact));
      _outreach_walk_pop (walk, len);
    }

  if ((address = _outreach_walk_get_string (walk, object, "address", TRUE)) != NULL)
    {
      gsize len = _outreach_walk_push_member (walk, "address");

      if (!outreach_address_is_plain (address))
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_BAD_ADDRESS,
                                _("“%s” is not a plain e-mail address such as name@example.org"),
                                address);
      else
        contact->address = g_strdup (address);
      _outreach_walk_pop (walk, len);
    }

  if (id != NULL)
    {
      contact->id = g_strdup (id);
      g_hash_table_insert (walk->contact_ids, contact->id, g_strdup (walk->path->str));
      g_list_store_append (walk->content->contacts, contact);
    }
}

static void
walk_link (OutreachWalk *walk,
           JsonNode     *node)
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

      if (!outreach_link_is_web_address (url))
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_UNSAFE_LINK,
                                _("“%s” is not an https: web address"), url);
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

/* A template's text: a string, or for a body a list of paragraphs; every
 * placeholder in it must be one of ours. */
static char *
get_template_text (OutreachWalk *walk,
                   JsonObject   *object,
                   const char   *member,
                   gboolean      paragraphs)
{
  g_autofree char *unknown = NULL;
  char *text = NULL;
  gsize len;

  if (paragraphs)
    {
      g_auto(GStrv) lines = _outreach_walk_get_strings (walk, object, member, TRUE);

      if (lines != NULL)
        text = g_strjoinv ("\n\n", lines);
    }
  else
    text = g_strdup (_outreach_walk_get_string (walk, object, member, TRUE));

  if (text == NULL)
    return NULL;

  len = _outreach_walk_push_member (walk, member);
  if (outreach_template_find_unknown (text, &unknown))
    {
      g_autofree char *known = g_strjoinv ("}, {", (char **) outreach_template_get_placeholders ());

      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                              _("unknown placeholder “{%s}”: use {%s}"), unknown, known);
    }
  _outreach_walk_pop (walk, len);

  return text;
}

static void
walk_template (OutreachWalk *walk,
               JsonNode     *node)
{
  static const char *allowed[] = { "id", "contact", "subject", "body", NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachTemplate) template = NULL;
  const char *id;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  template = g_object_new (OUTREACH_TYPE_TEMPLATE, NULL);
  id = _outreach_walk_get_id (walk, object, walk->template_ids);
  template->subject = get_template_text (walk, object, "subject", FALSE);
  template->body = get_template_text (walk, object, "body", TRUE);
  template->contact_id = g_strdup (_outreach_walk_get_string (walk, object, "contact", TRUE));
  if (template->contact_id != NULL)
    {
      gsize len = _outreach_walk_push_member (walk, "contact");
      _outreach_walk_add_ref (walk, OUTREACH_REF_TEMPLATE_CONTACT, template->contact_id,
                              template, NULL, G_OBJECT (template));
      _outreach_walk_pop (walk, len);
    }

  if (id != NULL)
    {
      template->id = g_strdup (id);
      g_hash_table_insert (walk->template_ids, template->id, g_strdup (walk->path->str));
      g_list_store_append (walk->content->templates, template);
    }
}

static const char *get_in_touch_kinds[] = { "page", "unit", "profile", NULL };

static void
walk_get_in_touch (OutreachWalk *walk,
                   JsonObject   *root)
{
  JsonNode *node = json_object_get_member (root, "get_in_touch");
  JsonObject *object;
  gsize len;

  if (node == NULL)
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                              _("missing required field “%s”"), "get_in_touch");
      return;
    }

  len = _outreach_walk_push_member (walk, "get_in_touch");
  if ((object = _outreach_walk_get_object (walk, node)) != NULL)
    {
      _outreach_walk_check_members (walk, object, get_in_touch_kinds);
      for (guint i = 0; get_in_touch_kinds[i]; i++)
        {
          const char *id = _outreach_walk_get_string (walk, object, get_in_touch_kinds[i], TRUE);

          if (id != NULL)
            {
              gsize ilen = _outreach_walk_push_member (walk, get_in_touch_kinds[i]);
              /* the kinds are listed in OutreachNodeKind's order */
              _outreach_walk_add_ref (walk, OUTREACH_REF_GET_IN_TOUCH, id, GUINT_TO_POINTER (i),
                                      NULL, NULL);
              _outreach_walk_pop (walk, ilen);
            }
        }
    }
  _outreach_walk_pop (walk, len);
}

static void
walk_list (OutreachWalk  *walk,
           JsonObject    *root,
           const char    *member,
           gboolean       required,
           void         (*walk_item) (OutreachWalk *, JsonNode *))
{
  JsonArray *array = _outreach_walk_get_array (walk, root, member, required);
  gsize len;

  if (array == NULL)
    return;

  len = _outreach_walk_push_member (walk, member);
  if (required && json_array_get_length (array) == 0)
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must not be an empty list"));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize ilen = _outreach_walk_push_index (walk, i);
      walk_item (walk, json_array_get_element (array, i));
      _outreach_walk_pop (walk, ilen);
    }
  _outreach_walk_pop (walk, len);
}

static void
walk_root_unit (OutreachWalk *walk,
                JsonNode     *node)
{
  g_autoptr(OutreachUnit) unit = walk_unit (walk, node);

  if (unit != NULL)
    g_list_store_append (walk->content->units, unit);
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

void
_outreach_walk_resolve_references (OutreachWalk *walk)
{
  OutreachContent *content = walk->content;

  for (guint i = 0; i < walk->pending->len; i++)
    {
      OutreachRef *ref = g_ptr_array_index (walk->pending, i);
      OutreachNode *node = g_hash_table_lookup (content->nodes, ref->id);
      OutreachSection *section = ref->owner;
      gpointer item;

      switch (ref->kind)
        {
        case OUTREACH_REF_SIDEBAR:
          if (node == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no page, unit or profile has the id “%s”"),
                                                    ref->id));
          else if (g_list_store_find (content->sidebar, node, NULL))
            {
              /* a node has one place in the tree */
              g_string_assign (walk->path, ref->path);
              _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_DUPLICATE_ID,
                                      _("“%s” is in the sidebar already"), ref->id);
            }
          else
            g_list_store_append (content->sidebar, node);
          break;

        case OUTREACH_REF_PROFILE_TEAM:
          if (!OUTREACH_IS_UNIT (node))
            unresolved (walk, ref, g_strdup_printf (_("no unit or team has the id “%s”"),
                                                    ref->id));
          else
            {
              OutreachProfile *profile = ref->owner;

              profile->team = OUTREACH_UNIT (node);
              g_list_store_append (profile->team->profiles, profile);
            }
          break;

        case OUTREACH_REF_SECTION_PROFILE:
          if (!OUTREACH_IS_PROFILE (node))
            unresolved (walk, ref, g_strdup_printf (_("no profile has the id “%s”"), ref->id));
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
            unresolved (walk, ref, g_strdup_printf (_("no contact has the id “%s”"), ref->id));
          else
            g_ptr_array_add (section->contacts, g_object_ref (item));
          break;

        case OUTREACH_REF_SECTION_LINK:
          item = _outreach_content_lookup_link (content, ref->id);
          if (item == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no link has the id “%s”"), ref->id));
          else
            g_ptr_array_add (section->links, g_object_ref (item));
          break;

        case OUTREACH_REF_CONTACT_TEMPLATE:
        case OUTREACH_REF_GET_IN_TOUCH:
          item = _outreach_content_lookup_template (content, ref->id);
          if (item == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no template has the id “%s”"), ref->id));
          else if (ref->kind == OUTREACH_REF_CONTACT_TEMPLATE)
            ((OutreachContact *) ref->owner)->template = item;
          else
            content->get_in_touch[GPOINTER_TO_UINT (ref->owner)] = item;
          break;

        case OUTREACH_REF_TEMPLATE_CONTACT:
          item = outreach_content_lookup_contact (content, ref->id);
          if (item == NULL)
            unresolved (walk, ref, g_strdup_printf (_("no contact has the id “%s”"), ref->id));
          else
            g_set_object (&((OutreachTemplate *) ref->owner)->contact, item);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

void
_outreach_walk_root (OutreachWalk *walk,
                     JsonNode     *root)
{
  static const char *allowed[] = { "schema", "organisation", "sidebar", "pages", "units",
                                   "profiles", "contacts", "links", "templates", "get_in_touch",
                                   NULL };
  static const char *organisation_allowed[] = { "name", "short_name", "strapline", NULL };
  OutreachContent *content = walk->content;
  JsonObject *object, *organisation;
  JsonNode *schema, *node;
  g_auto(GStrv) sidebar = NULL;
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
  if (!JSON_NODE_HOLDS_VALUE (schema) || json_node_get_value_type (schema) != G_TYPE_INT64 ||
      json_node_get_int (schema) != OUTREACH_CONTENT_SCHEMA_VERSION)
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

  if ((node = json_object_get_member (object, "organisation")) == NULL)
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                            _("missing required field “%s”"), "organisation");
  else
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
        }
      _outreach_walk_pop (walk, len);
    }

  /* References are resolved only after every list is read, so this order
   * decides only what comes first: among the problems, the order they are
   * reported in; among a unit, page and profile with one id, the one kept. */
  walk_list (walk, object, "contacts", TRUE, walk_contact);
  walk_list (walk, object, "templates", TRUE, walk_template);
  walk_get_in_touch (walk, object);
  walk_list (walk, object, "links", FALSE, walk_link);
  walk_list (walk, object, "units", TRUE, walk_root_unit);
  walk_list (walk, object, "pages", TRUE, walk_page);
  walk_list (walk, object, "profiles", FALSE, walk_profile);

  /* the sidebar's references come last, so they resolve (and report) after
   * every other */
  if ((sidebar = _outreach_walk_get_strings (walk, object, "sidebar", TRUE)) != NULL)
    {
      len = _outreach_walk_push_member (walk, "sidebar");
      for (guint i = 0; sidebar[i]; i++)
        {
          gsize ilen = _outreach_walk_push_index (walk, i);
          _outreach_walk_add_ref (walk, OUTREACH_REF_SIDEBAR, sidebar[i], NULL, NULL, NULL);
          _outreach_walk_pop (walk, ilen);
        }
      _outreach_walk_pop (walk, len);
    }

  _outreach_walk_resolve_references (walk);

  if (json_object_has_member (object, "pages") && !g_hash_table_contains (content->nodes, "home"))
    {
      g_string_assign (walk->path, "$.pages");
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                              _("there must be a page with the id “home”"));
    }
}

/* Turns json-glib's "<data>:LINE:COL: Parse error: …" into a problem. */
static void
syntax_problem (GPtrArray    *problems,
                const char   *file,
                const GError *error)
{
  const char *message = error->message;
  const char *rest;
  guint line = 0, column = 0;

  if (g_str_has_prefix (message, "<data>:"))
    message += strlen ("<data>:");
  if (sscanf (message, "%u:%u:", &line, &column) == 2 && (rest = strstr (message, ": ")) != NULL)
    message = rest + 2;
  if (g_str_has_prefix (message, "Parse error: "))
    message += strlen ("Parse error: ");

  _outreach_problem_list_add (problems, OUTREACH_CONTENT_ERROR_SYNTAX, file,
                              MAX (line, 1), MAX (column, 1), NULL, g_strdup (message));
}

static char *
too_large_message (guint64 size)
{
  g_autofree char *actual = g_format_size_full (size, G_FORMAT_SIZE_IEC_UNITS);
  g_autofree char *limit = g_format_size_full (OUTREACH_CONTENT_MAX_FILE_SIZE,
                                               G_FORMAT_SIZE_IEC_UNITS);

  /* Translators: sizes such as "70.0 MiB" */
  return g_strdup_printf (_("the file is %s; a content pack may be at most %s"), actual, limit);
}

static OutreachContent *
finish (GPtrArray        *problems,
        OutreachContent  *content,
        GPtrArray       **problems_out,
        GError          **error)
{
  if (problems->len > 0)
    {
      OutreachProblem *first = g_ptr_array_index (problems, 0);
      g_autofree char *text = outreach_problem_to_string (first);

      g_set_error_literal (error, OUTREACH_CONTENT_ERROR, first->code, text);
      g_clear_object (&content);
    }

  if (problems_out != NULL)
    *problems_out = g_ptr_array_ref (problems);
  g_ptr_array_unref (problems);

  return content;
}

/**
 * outreach_content_load_bytes:
 * @bytes: the pack's JSON
 * @display_name: the name to give the pack in messages, such as its path
 * @problems: (out) (optional) (transfer container): every problem found, as
 *   #OutreachProblem, empty when the pack is good
 * @error: the first problem, as an #OUTREACH_CONTENT_ERROR
 *
 * Returns: (transfer full) (nullable): the content, or %NULL if anything is wrong
 */
OutreachContent *
outreach_content_load_bytes (GBytes      *bytes,
                             const char  *display_name,
                             GPtrArray  **problems_out,
                             GError     **error)
{
  GPtrArray *problems = _outreach_problem_list_new ();
  g_autoptr(OutreachContent) content = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  OutreachGuardFailure failure;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);
  OutreachWalk walk = { .languages = g_get_language_names () };

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (display_name != NULL, NULL);

  if (size > OUTREACH_CONTENT_MAX_FILE_SIZE)
    {
      _outreach_problem_list_add (problems, OUTREACH_CONTENT_ERROR_TOO_LARGE, display_name, 0, 0,
                                  NULL, too_large_message (size));
      return finish (problems, NULL, problems_out, error);
    }

  if (!outreach_json_guard_check (data ? data : "", size, OUTREACH_CONTENT_MAX_DEPTH,
                                  OUTREACH_CONTENT_MAX_STRING, OUTREACH_CONTENT_MAX_ITEMS,
                                  &failure))
    {
      _outreach_problem_list_add (problems, failure.code, display_name, failure.line,
                                  failure.column, NULL, failure.message);
      return finish (problems, NULL, problems_out, error);
    }

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, data, size, &parse_error))
    {
      syntax_problem (problems, display_name, parse_error);
      return finish (problems, NULL, problems_out, error);
    }

  content = g_object_new (OUTREACH_TYPE_CONTENT, NULL);
  content->source = g_strdup (display_name);

  walk.content = content;
  walk.file = display_name;
  walk.problems = problems;
  walk.path = g_string_new ("$");
  walk.id_paths = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  walk.contact_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  walk.link_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  walk.template_ids = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);
  walk.pending = g_ptr_array_new_with_free_func ((GDestroyNotify) _outreach_ref_free);

  _outreach_walk_root (&walk, json_parser_get_root (parser));

  g_string_free (walk.path, TRUE);
  g_hash_table_unref (walk.id_paths);
  g_hash_table_unref (walk.contact_ids);
  g_hash_table_unref (walk.link_ids);
  g_hash_table_unref (walk.template_ids);
  g_ptr_array_unref (walk.pending);

  /* the node tree is no longer needed once the model is built */
  g_clear_object (&parser);

  return finish (problems, g_steal_pointer (&content), problems_out, error);
}

/**
 * outreach_content_load_file:
 *
 * Like outreach_content_load_bytes(), for a file. The file is mapped
 * read-only and never written to.
 */
OutreachContent *
outreach_content_load_file (const char  *filename,
                            GPtrArray  **problems_out,
                            GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  GStatBuf st;

  g_return_val_if_fail (filename != NULL, NULL);

  if (g_stat (filename, &st) == 0 && !S_ISREG (st.st_mode))
    {
      GPtrArray *problems = _outreach_problem_list_new ();

      _outreach_problem_list_add (problems, OUTREACH_CONTENT_ERROR_IO, filename, 0, 0, NULL,
                                  g_strdup (_("is not a regular file")));
      return finish (problems, NULL, problems_out, error);
    }
  if (g_stat (filename, &st) == 0 && st.st_size > OUTREACH_CONTENT_MAX_FILE_SIZE)
    {
      GPtrArray *problems = _outreach_problem_list_new ();

      _outreach_problem_list_add (problems, OUTREACH_CONTENT_ERROR_TOO_LARGE, filename, 0, 0,
                                  NULL, too_large_message (st.st_size));
      return finish (problems, NULL, problems_out, error);
    }

  mapped = g_mapped_file_new (filename, FALSE, &local_error);
  if (mapped == NULL)
    {
      GPtrArray *problems = _outreach_problem_list_new ();

      _outreach_problem_list_add (problems, OUTREACH_CONTENT_ERROR_IO, filename, 0, 0, NULL,
                                  g_strdup (local_error->message));
      return finish (problems, NULL, problems_out, error);
    }

  bytes = g_mapped_file_get_bytes (mapped);
  return outreach_content_load_bytes (bytes, filename, problems_out, error);
}

/**
 * outreach_content_get_builtin_bytes:
 *
 * Returns: (transfer full): the built-in pack's JSON, compiled into the program
 */
GBytes *
outreach_content_get_builtin_bytes (void)
{
  /* looked up in our own resource, which also keeps it from being dropped
   * by the linker from the static library */
  return g_resource_lookup_data (outreach_content_get_resource (), BUILTIN_RESOURCE,
                                 G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

OutreachContent *
outreach_content_load_builtin (GError **error)
{
  g_autoptr(GBytes) bytes = outreach_content_get_builtin_bytes ();

  if (bytes == NULL)
    {
      g_set_error_literal (error, OUTREACH_CONTENT_ERROR, OUTREACH_CONTENT_ERROR_IO,
                           "the built-in content is missing from this build");
      return NULL;
    }
  return outreach_content_load_bytes (bytes, _("built-in content"), NULL, error);
}
