/* outreach-content-schema-contact.c: what a pack says about getting in touch
 *
 * Its contacts, its message templates (the text each contact is written,
 * per kind of page) and "get_in_touch" (the most fitting contact for each
 * kind of page), each naming the members it allows and building the
 * model's objects; called from _outreach_walk_root(). References by id are
 * only noted here, to be resolved once every list is read.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n.h>

#include "outreach-address.h"
#include "outreach-content-loader-private.h"
#include "outreach-model-private.h"
#include "outreach-text.h"
#include "outreach-translation.h"

void
_outreach_walk_contact (OutreachWalk *walk,
                        JsonNode     *node,
                        gpointer      data)
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
        {
          g_autofree char *quoted = outreach_text_excerpt (address, -1, OUTREACH_TEXT_EXCERPT_CHARS);

          _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_BAD_ADDRESS,
                                  _("“%s” is not a plain e-mail address such as name@example.org"),
                                  quoted);
        }
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


/* Where a template is used besides a person's page, which decides whether
 * {profile} and {role} have a value wherever it is (see
 * outreach-message.c's placeholder_values()): @contact_id, if a contact's
 * general "template" (written from any page), else @kind, a kind of page
 * other than a person's that it is about; both NULL if only a person's */
typedef struct
{
  const char *contact_id;
  const char *kind;
} TemplateUse;

/* the placeholders with a value only on a person's page */
static const char *person_placeholders[] = { "profile", "role", NULL };

/* One variant of a template's text (the plain field or a translation,
 * @name), checked where it stands: its size, its braces, its placeholders */
static void
check_template_text (OutreachWalk      *walk,
                     const char        *name,
                     const char        *text,
                     gboolean           paragraphs,
                     const TemplateUse *use)
{
  g_autofree char *piece = NULL;
  g_autofree char *quoted = NULL;
  OutreachTemplateTextError error;
  gsize len = _outreach_walk_push_member (walk, name);

  if (g_utf8_strlen (text, -1) > (paragraphs ? OUTREACH_MAX_BODY_CHARS : OUTREACH_MAX_SUBJECT_CHARS))
    /* a message is written, shown and encoded in full, and may be a QR code */
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                            _("is longer than %u characters"),
                            paragraphs ? OUTREACH_MAX_BODY_CHARS : OUTREACH_MAX_SUBJECT_CHARS);
  else if (outreach_template_count_placeholders (text) > OUTREACH_MAX_PLACEHOLDERS)
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                            _("has more than %u placeholders"), OUTREACH_MAX_PLACEHOLDERS);
  else if ((error = outreach_template_check_text (text, &piece)) != OUTREACH_TEMPLATE_TEXT_OK)
    {
      g_autofree char *known = g_strjoinv ("}, {", (char **) outreach_template_get_placeholders ());

      quoted = outreach_text_excerpt (piece, -1, OUTREACH_TEXT_EXCERPT_CHARS);
      if (error == OUTREACH_TEMPLATE_TEXT_UNKNOWN)
        /* Translators: the first %s is what the pack has in braces, such as
         * {Unit}, with its braces; the second the names it may use */
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                _("unknown placeholder “%s”: use {%s}, or {{ and }} for a brace"),
                                quoted, known);
      else if (error == OUTREACH_TEMPLATE_TEXT_UNCLOSED)
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                _("“%s” has a “{” with no “}”: write {{ for a brace"), quoted);
      else
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                _("has a “}” with no “{”: write }} for a brace"));
    }
  else if ((use->contact_id != NULL || use->kind != NULL) &&
           outreach_template_text_uses_any (text, person_placeholders))
    {
      const char *placeholder = outreach_template_text_uses_any (text, (const char *[]) { "profile", NULL })
                                ? "{profile}" : "{role}";

      if (use->contact_id != NULL)
        {
          quoted = outreach_text_excerpt (use->contact_id, -1, OUTREACH_TEXT_EXCERPT_CHARS);
          /* Translators: the first %s is {profile} or {role}, the second a
           * contact's id */
          _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                  _("%s is empty except on a person's page, and this is the "
                                    "general template of “%s”, written from any page"),
                                  placeholder, quoted);
        }
      else
        /* Translators: the first %s is {profile} or {role}, the second a
         * kind of page, “page” or “unit” */
        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                _("%s is empty except on a person's page, and this template is "
                                  "written from pages of the kind “%s”"),
                                placeholder, use->kind);
    }
  _outreach_walk_pop (walk, len);
}

/* A template's text: a string, or for a body a list of paragraphs; every
 * variant of it (each language's, whichever is shown) is checked. */
static char *
get_template_text (OutreachWalk      *walk,
                   JsonObject        *object,
                   const char        *member,
                   gboolean           paragraphs,
                   const TemplateUse *use)
{
  const char *names[] = { member, NULL };
  g_autoptr(GList) members = NULL;
  char *text = NULL;

  if (paragraphs)
    {
      g_auto(GStrv) lines = _outreach_walk_get_strings (walk, object, member, TRUE);

      if (lines != NULL)
        text = g_strjoinv ("\n\n", lines);
    }
  else
    text = g_strdup (_outreach_walk_get_string (walk, object, member, TRUE));

  /* in the pack's order; a variant that is not text is reported above */
  members = json_object_get_members (object);
  for (GList *l = members; l != NULL; l = l->next)
    {
      const char *name = l->data;
      JsonNode *node = json_object_get_member (object, name);
      g_autofree char *variant = NULL;

      if (!g_str_equal (name, member) && !outreach_translation_is_variant_of (name, names))
        continue;
      if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING)
        variant = g_strdup (json_node_get_string (node));
      else if (JSON_NODE_HOLDS_ARRAY (node))
        {
          JsonArray *array = json_node_get_array (node);
          g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
          g_auto(GStrv) lines = NULL;

          for (guint i = 0; i < json_array_get_length (array); i++)
            {
              JsonNode *line = json_array_get_element (array, i);

              if (JSON_NODE_HOLDS_VALUE (line) && json_node_get_value_type (line) == G_TYPE_STRING)
                g_strv_builder_add (builder, json_node_get_string (line));
            }
          lines = g_strv_builder_end (builder);
          variant = g_strjoinv ("\n\n", lines);
        }
      if (variant != NULL)
        check_template_text (walk, name, variant, paragraphs, use);
    }

  return text;
}

/* Whether @node is a string equal to @id */
static gboolean
is_string (JsonNode   *node,
           const char *id)
{
  return node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
         json_node_get_value_type (node) == G_TYPE_STRING &&
         g_strcmp0 (json_node_get_string (node), id) == 0;
}

/* Where the template @object (with @id, if valid) of the pack @root is
 * used besides a person's page, from the JSON as written: whatever the
 * references resolve to and whichever language is shown */
static TemplateUse
find_template_use (JsonObject *root,
                   JsonObject *object,
                   const char *id)
{
  TemplateUse use = { NULL, NULL };
  JsonNode *node;

  node = json_object_get_member (root, "contacts");
  if (id != NULL && node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *contacts = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (contacts); i++)
        {
          JsonNode *contact = json_array_get_element (contacts, i);
          JsonNode *contact_id;

          if (!JSON_NODE_HOLDS_OBJECT (contact) ||
              !is_string (json_object_get_member (json_node_get_object (contact), "template"), id))
            continue;
          contact_id = json_object_get_member (json_node_get_object (contact), "id");
          if (contact_id != NULL && JSON_NODE_HOLDS_VALUE (contact_id) &&
              json_node_get_value_type (contact_id) == G_TYPE_STRING)
            {
              use.contact_id = json_node_get_string (contact_id);
              return use;
            }
        }
    }

  /* its own "about", then "get_in_touch" naming it */
  node = json_object_get_member (object, "about");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    for (guint k = 0; _outreach_page_kinds[k] != NULL && use.kind == NULL; k++)
      if (k != OUTREACH_NODE_PROFILE)
        for (guint i = 0; i < json_array_get_length (json_node_get_array (node)); i++)
          if (is_string (json_array_get_element (json_node_get_array (node), i),
                         _outreach_page_kinds[k]))
            use.kind = _outreach_page_kinds[k];

  node = json_object_get_member (root, "get_in_touch");
  if (id != NULL && use.kind == NULL && node != NULL && JSON_NODE_HOLDS_OBJECT (node))
    for (guint k = 0; _outreach_page_kinds[k] != NULL && use.kind == NULL; k++)
      if (k != OUTREACH_NODE_PROFILE &&
          is_string (json_object_get_member (json_node_get_object (node), _outreach_page_kinds[k]),
                     id))
        use.kind = _outreach_page_kinds[k];

  return use;
}

void
_outreach_walk_template (OutreachWalk *walk,
                         JsonNode     *node,
                         gpointer      data)
{
  static const char *allowed[] = { "id", "contact", "subject", "body", "about", NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachTemplate) template = NULL;
  TemplateUse use;
  const char *id;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  template = g_object_new (OUTREACH_TYPE_TEMPLATE, NULL);
  id = _outreach_walk_get_id (walk, object, walk->template_ids);
  use = find_template_use (data, object, id);
  template->subject = get_template_text (walk, object, "subject", FALSE, &use);
  template->body = get_template_text (walk, object, "body", TRUE, &use);
  template->contact_id = g_strdup (_outreach_walk_get_string (walk, object, "contact", TRUE));
  if (template->contact_id != NULL)
    {
      gsize len = _outreach_walk_push_member (walk, "contact");
      _outreach_walk_add_ref (walk, OUTREACH_REF_TEMPLATE_CONTACT, template->contact_id,
                              template, NULL, G_OBJECT (template));
      _outreach_walk_pop (walk, len);
    }
  /* the kinds of page it is the contact's message about; checked once its
   * contact is known (after it, in the order noted) */
  _outreach_walk_add_refs (walk, object, "about", FALSE, OUTREACH_REF_TEMPLATE_ABOUT, template,
                           NULL, G_OBJECT (template));

  if (id != NULL)
    {
      template->id = g_strdup (id);
      g_hash_table_insert (walk->template_ids, template->id, g_strdup (walk->path->str));
      g_list_store_append (walk->content->templates, template);
    }
}

/* the kinds of page, as "get_in_touch" and a template's "about" name them,
 * in OutreachNodeKind's order */
const char *_outreach_page_kinds[] = { "page", "unit", "profile", NULL };

void
_outreach_walk_get_in_touch (OutreachWalk *walk,
                             JsonObject   *root)
{
  JsonNode *node = _outreach_walk_get_member (walk, root, "get_in_touch", TRUE);
  JsonObject *object;
  gsize len;

  if (node == NULL)
    return;

  len = _outreach_walk_push_member (walk, "get_in_touch");
  if ((object = _outreach_walk_get_object (walk, node)) != NULL)
    {
      _outreach_walk_check_members (walk, object, _outreach_page_kinds);
      for (guint i = 0; _outreach_page_kinds[i]; i++)
        {
          const char *id = _outreach_walk_get_string (walk, object, _outreach_page_kinds[i], TRUE);

          if (id != NULL)
            {
              gsize ilen = _outreach_walk_push_member (walk, _outreach_page_kinds[i]);
              /* the kinds are listed in OutreachNodeKind's order */
              _outreach_walk_add_ref (walk, OUTREACH_REF_GET_IN_TOUCH, id, GUINT_TO_POINTER (i),
                                      NULL, NULL);
              _outreach_walk_pop (walk, ilen);
            }
        }
    }
  _outreach_walk_pop (walk, len);
}

