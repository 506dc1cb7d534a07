/* outreach-contact.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-model-private.h"

G_DEFINE_FINAL_TYPE (OutreachContact, outreach_contact, G_TYPE_OBJECT)

static void
outreach_contact_finalize (GObject *object)
{
  OutreachContact *self = OUTREACH_CONTACT (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->address, g_free);
  g_clear_pointer (&self->purpose, g_free);
  g_clear_pointer (&self->template_id, g_free);

  G_OBJECT_CLASS (outreach_contact_parent_class)->finalize (object);
}

static void
outreach_contact_class_init (OutreachContactClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_contact_finalize;
}

static void
outreach_contact_init (OutreachContact *self)
{
}

const char *
outreach_contact_get_id (OutreachContact *self)
{
  return self->id;
}

const char *
outreach_contact_get_name (OutreachContact *self)
{
  return self->name;
}

/**
 * outreach_contact_get_address:
 *
 * Returns: a plain e-mail address, checked when the pack was loaded
 */
const char *
outreach_contact_get_address (OutreachContact *self)
{
  return self->address;
}

/**
 * outreach_contact_get_template:
 *
 * Returns: (transfer none) (nullable): the message "Write an email" starts from
 */
OutreachTemplate *
outreach_contact_get_template (OutreachContact *self)
{
  return self->template;
}

/**
 * outreach_contact_get_purpose:
 *
 * Returns: when to write to this contact
 */
/**
 * outreach_contact_get_template_about:
 * @kind: the kind of page the message is about
 *
 * Returns: (transfer none): the template of a message to this contact
 *   about a page of @kind: the one the pack names for that kind (a
 *   template's "about", or "get_in_touch"), else the contact's own
 */
OutreachTemplate *
outreach_contact_get_template_about (OutreachContact  *self,
                                     OutreachNodeKind  kind)
{
  g_return_val_if_fail (OUTREACH_IS_CONTACT (self), NULL);
  g_return_val_if_fail (kind < G_N_ELEMENTS (self->about), NULL);

  return self->about[kind] ? self->about[kind] : self->template;
}

const char *
outreach_contact_get_purpose (OutreachContact *self)
{
  return self->purpose;
}
