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

/**
 * outreach_link_is_web_address:
 * @url: a link from a pack, or from a caller on the bus
 *
 * The one rule for what the app may open or show as a link: an `https:`
 * address with a host and no user name or password in it.
 *
 * Returns: whether @url may be opened
 */
gboolean
outreach_link_is_web_address (const char *url)
{
  g_autoptr(GUri) uri = url ? g_uri_parse (url, G_URI_FLAGS_NONE, NULL) : NULL;

  return uri != NULL && g_strcmp0 (g_uri_get_scheme (uri), "https") == 0 &&
         g_uri_get_host (uri) != NULL && *g_uri_get_host (uri) != '\0' &&
         g_uri_get_userinfo (uri) == NULL;
}
