/* outreach-link.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-model-private.h"

G_DEFINE_FINAL_TYPE (OutreachLink, outreach_link, G_TYPE_OBJECT)

static void
outreach_link_finalize (GObject *object)
{
  OutreachLink *self = OUTREACH_LINK (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->url, g_free);

  G_OBJECT_CLASS (outreach_link_parent_class)->finalize (object);
}

static void
outreach_link_class_init (OutreachLinkClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_link_finalize;
}

static void
outreach_link_init (OutreachLink *self)
{
}

const char *
outreach_link_get_id (OutreachLink *self)
{
  return self->id;
}

const char *
outreach_link_get_title (OutreachLink *self)
{
  return self->title;
}

/**
 * outreach_link_get_url:
 *
 * Returns: an `https:` URL, checked when the pack was loaded
 */
const char *
outreach_link_get_url (OutreachLink *self)
{
  return self->url;
}
