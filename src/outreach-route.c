/* outreach-route.c: a way in to the unit, as the pack's "routes" give it
 *
 * A route says whom it is for ("Already in policing", "New to policing"),
 * what happens next in a few plain steps, and whom to write to. The
 * message is the contact's own for the page it is written from, as every
 * "Write to" button's is (outreach_message_new_for()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-model-private.h"

G_DEFINE_FINAL_TYPE (OutreachRoute, outreach_route, G_TYPE_OBJECT)

static void
outreach_route_finalize (GObject *object)
{
  OutreachRoute *self = OUTREACH_ROUTE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->audience, g_free);
  g_clear_pointer (&self->steps, g_strfreev);
  g_clear_pointer (&self->contact_id, g_free);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (outreach_route_parent_class)->finalize (object);
}

static void
outreach_route_class_init (OutreachRouteClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_route_finalize;
}

static void
outreach_route_init (OutreachRoute *self)
{
}

const char *
outreach_route_get_id (OutreachRoute *self)
{
  g_return_val_if_fail (OUTREACH_IS_ROUTE (self), NULL);

  return self->id;
}

/**
 * outreach_route_get_title:
 *
 * Returns: the route's name, such as "New to policing"
 */
const char *
outreach_route_get_title (OutreachRoute *self)
{
  g_return_val_if_fail (OUTREACH_IS_ROUTE (self), NULL);

  return self->title;
}

/**
 * outreach_route_get_audience:
 *
 * Returns: whom the route is for, in a sentence (the pack's "for")
 */
const char *
outreach_route_get_audience (OutreachRoute *self)
{
  g_return_val_if_fail (OUTREACH_IS_ROUTE (self), NULL);

  return self->audience;
}

/**
 * outreach_route_get_steps:
 *
 * Returns: (transfer none): what happens next, a step a string, in order
 */
const char * const *
outreach_route_get_steps (OutreachRoute *self)
{
  g_return_val_if_fail (OUTREACH_IS_ROUTE (self), NULL);

  return (const char * const *) self->steps;
}

/**
 * outreach_route_get_contact:
 *
 * Returns: (transfer none): whom its button writes to
 */
OutreachContact *
outreach_route_get_contact (OutreachRoute *self)
{
  g_return_val_if_fail (OUTREACH_IS_ROUTE (self), NULL);

  return self->contact;
}
