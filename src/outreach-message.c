/* outreach-message.c
 *
 * The message starts from a template of the pack: the contact's template for
 * the kind of page being read (the person's page, a unit or team, any other
 * page), or their general one. "Get in touch" writes to the contact the pack
 * names for that kind of page. Its placeholders are filled from the page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "outreach-content.h"
#include "outreach-mailto.h"
#include "outreach-message.h"
#include "outreach-profile.h"

struct _OutreachMessage
{
  GObject          parent_instance;

  OutreachContact *contact;
  char            *subject;
  char            *body;
};

G_DEFINE_FINAL_TYPE (OutreachMessage, outreach_message, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_SUBJECT,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
outreach_message_finalize (GObject *object)
{
  OutreachMessage *self = OUTREACH_MESSAGE (object);

  g_clear_object (&self->contact);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->body, g_free);

  G_OBJECT_CLASS (outreach_message_parent_class)->finalize (object);
}

static void
outreach_message_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OutreachMessage *self = OUTREACH_MESSAGE (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      g_value_set_string (value, self->subject);
      break;
    case PROP_BODY:
      g_value_set_string (value, self->body);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_message_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OutreachMessage *self = OUTREACH_MESSAGE (object);

  switch (prop_id)
    {
    case PROP_SUBJECT:
      outreach_message_set_subject (self, g_value_get_string (value));
      break;
    case PROP_BODY:
      outreach_message_set_body (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_message_class_init (OutreachMessageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = outreach_message_finalize;
  object_class->get_property = outreach_message_get_property;
  object_class->set_property = outreach_message_set_property;

  properties[PROP_SUBJECT] =
    g_param_spec_string ("subject", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BODY] =
    g_param_spec_string ("body", NULL, NULL, "",
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outreach_message_init (OutreachMessage *self)
{
  self->subject = g_strdup ("");
  self->body = g_strdup ("");
}

/* The unit or team a page is about: the unit itself, a person's team, or
 * for any other page the root of the unit tree. */
static OutreachUnit *
unit_for (OutreachContent *content,
          OutreachNode    *about)
{
  g_autoptr(OutreachNode) root = NULL;

  if (OUTREACH_IS_UNIT (about))
    return OUTREACH_UNIT (about);
  if (OUTREACH_IS_PROFILE (about) && outreach_profile_get_team (OUTREACH_PROFILE (about)))
    return outreach_profile_get_team (OUTREACH_PROFILE (about));
  root = g_list_model_get_item (outreach_content_get_units (content), 0);
  return root ? OUTREACH_UNIT (root) : NULL;
}

static GHashTable *
placeholder_values (OutreachContent *content,
                    OutreachContact *contact,
                    OutreachNode    *about)
{
  GHashTable *values = g_hash_table_new (g_str_hash, g_str_equal);
  OutreachUnit *unit = unit_for (content, about);

  g_hash_table_insert (values, "page", (gpointer) (about ? outreach_node_get_title (about)
                                                         : outreach_content_get_name (content)));
  if (unit != NULL)
    {
      const char *abbreviation = outreach_unit_get_abbreviation (unit);

      g_hash_table_insert (values, "unit", (gpointer) outreach_unit_get_name (unit));
      g_hash_table_insert (values, "team", (gpointer) outreach_unit_get_name (unit));
      g_hash_table_insert (values, "abbreviation",
                           (gpointer) (abbreviation ? abbreviation : outreach_unit_get_name (unit)));
    }
  if (OUTREACH_IS_PROFILE (about))
    {
      g_hash_table_insert (values, "profile", (gpointer) outreach_profile_get_name (OUTREACH_PROFILE (about)));
      g_hash_table_insert (values, "role", (gpointer) outreach_profile_get_role (OUTREACH_PROFILE (about)));
    }
  g_hash_table_insert (values, "contact", (gpointer) outreach_contact_get_name (contact));
  g_hash_table_insert (values, "organisation", (gpointer) outreach_content_get_short_name (content));

  return values;
}

/* Whether @template names the page a message is about: uses a placeholder
 * whose value comes from that page (on a plain page, {unit} is the unit's
 * root, not the page) */
static gboolean
names_page (OutreachTemplate *template,
            OutreachNodeKind  kind)
{
  static const char *page[] = { "page", NULL };
  static const char *unit[] = { "page", "unit", "team", "abbreviation", NULL };
  static const char *profile[] = { "page", "profile", "role", "unit", "team", "abbreviation", NULL };
  const char * const *names = kind == OUTREACH_NODE_UNIT ? unit
                              : kind == OUTREACH_NODE_PROFILE ? profile : page;

  return outreach_template_uses_any (template, names);
}

/**
 * outreach_message_new_for:
 * @contact_id: (nullable): write to this contact; or %NULL to write to the
 *   most fitting for @about's kind of page (whom the pack's "get_in_touch"
 *   names)
 * @about: (nullable): the page the person was reading; %NULL for Home
 *
 * The message starts from the contact's template for @about's kind of page
 * (outreach_contact_get_template_about()). Every message about a page
 * other than Home names it: when the template does not, the page's title
 * is added to the subject.
 *
 * Returns: (transfer full): the prefilled message, or %NULL if there is no
 *   such contact
 */
OutreachMessage *
outreach_message_new_for (OutreachContent  *content,
                          const char       *contact_id,
                          OutreachNode     *about,
                          GError          **error)
{
  OutreachMessage *self;
  OutreachTemplate *template;
  OutreachContact *contact;
  OutreachNodeKind kind;
  g_autoptr(GHashTable) values = NULL;

  g_return_val_if_fail (OUTREACH_IS_CONTENT (content), NULL);

  if (about == NULL)
    about = outreach_content_get_home (content);
  kind = outreach_node_get_kind (about);

  if (contact_id != NULL)
    {
      if ((contact = outreach_content_find_contact (content, contact_id, error)) == NULL)
        return NULL;
    }
  else
    contact = outreach_template_get_contact (outreach_content_get_template_for (content, kind));
  template = outreach_contact_get_template_about (contact, kind);

  self = g_object_new (OUTREACH_TYPE_MESSAGE, NULL);
  self->contact = g_object_ref (contact);
  values = placeholder_values (content, contact, about);
  g_free (self->subject);
  self->subject = outreach_template_expand (outreach_template_get_subject (template), values);
  g_free (self->body);
  self->body = outreach_template_expand (outreach_template_get_body (template), values);

  /* a pack's template written for no page in particular (a general
   * enquiry) still says what the person was reading */
  if (about != outreach_content_get_home (content) && !names_page (template, kind))
    {
      char *subject = self->subject;

      /* Translators: the subject of a message, then the title of the page the
       * person was reading when they wrote it, such as "Recruitment enquiry:
       * SEROCU — Regional Cyber Crime Unit" */
      self->subject = g_strdup_printf (_("%s — %s"), subject, outreach_node_get_title (about));
      g_free (subject);
    }

  return self;
}

/**
 * outreach_message_new_for_spec:
 * @spec: "CONTACT" or "CONTACT:PAGE", as `--mailto` and `--qr` take it
 *
 * Returns: (transfer full): the message, or %NULL with an error that lists
 *   the ids that would have done
 */
OutreachMessage *
outreach_message_new_for_spec (OutreachContent  *content,
                               const char       *spec,
                               GError          **error)
{
  /* "" splits into no parts at all: every part is checked before use */
  g_auto(GStrv) parts = g_strsplit (spec ? spec : "", ":", 2);
  const char *contact_id = parts[0] ? parts[0] : "";
  OutreachNode *about = NULL;

  if (outreach_content_find_contact (content, contact_id, error) == NULL)
    return NULL;
  if (parts[1] != NULL && (about = outreach_content_find_page (content, parts[1], error)) == NULL)
    return NULL;

  return outreach_message_new_for (content, contact_id, about, error);
}

/**
 * outreach_message_get_contact:
 *
 * Returns: (transfer none): who the message is to
 */
OutreachContact *
outreach_message_get_contact (OutreachMessage *self)
{
  return self->contact;
}

const char *
outreach_message_get_subject (OutreachMessage *self)
{
  return self->subject;
}

void
outreach_message_set_subject (OutreachMessage *self,
                              const char      *subject)
{
  if (g_strcmp0 (self->subject, subject) == 0)
    return;
  g_free (self->subject);
  self->subject = g_strdup (subject ? subject : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SUBJECT]);
}

const char *
outreach_message_get_body (OutreachMessage *self)
{
  return self->body;
}

void
outreach_message_set_body (OutreachMessage *self,
                           const char      *body)
{
  if (g_strcmp0 (self->body, body) == 0)
    return;
  g_free (self->body);
  self->body = g_strdup (body ? body : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BODY]);
}

/**
 * outreach_message_dup_uri:
 *
 * Returns: (transfer full): the message as a mailto: URI
 */
char *
outreach_message_dup_uri (OutreachMessage *self)
{
  return outreach_mailto_build (outreach_contact_get_address (self->contact),
                                self->subject, self->body);
}

/**
 * outreach_message_dup_text:
 *
 * Returns: (transfer full): the message as plain text, to paste anywhere
 */
char *
outreach_message_dup_text (OutreachMessage *self)
{
  /* Translators: a message copied as text: the address, the subject, then the body */
  return g_strdup_printf (_("To: %s\nSubject: %s\n\n%s"),
                          outreach_contact_get_address (self->contact), self->subject, self->body);
}

/**
 * outreach_message_dup_qr_description:
 *
 * Returns: (transfer full): the message's QR code described in words, for a
 *   screen reader: whom the email is to and what about (its subject), not
 *   the link it holds
 */
char *
outreach_message_dup_qr_description (OutreachMessage *self)
{
  g_return_val_if_fail (OUTREACH_IS_MESSAGE (self), NULL);

  /* Translators: a QR code's description for a screen reader: %1$s is the
   * name of whom the email is to (“South East Regional HR”), %2$s its
   * subject (“Recruitment enquiry: Regional Cyber Crime Unit”) */
  return g_strdup_printf (_("QR code of an email to %1$s about %2$s"),
                          outreach_contact_get_name (self->contact), self->subject);
}
