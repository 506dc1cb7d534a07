/* outreach-link.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n.h>

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

/* Letters of one script only, in each label: "аpple" (a Cyrillic а among
 * Latin letters) is the classic lookalike of a trusted address. */
static gboolean
label_mixes_scripts (const char *label,
                     gsize       length)
{
  GUnicodeScript seen = G_UNICODE_SCRIPT_COMMON;

  for (const char *p = label; p < label + length; p = g_utf8_next_char (p))
    {
      GUnicodeScript script = g_unichar_get_script (g_utf8_get_char (p));

      if (script == G_UNICODE_SCRIPT_COMMON || script == G_UNICODE_SCRIPT_INHERITED)
        continue;
      if (seen != G_UNICODE_SCRIPT_COMMON && script != seen)
        return TRUE;
      seen = script;
    }
  return FALSE;
}

/* A host name as DNS has them: ASCII letters, digits and hyphens in labels
 * (international names arrive here in their xn-- form) */
static gboolean
is_host_name (const char *host)
{
  g_auto(GStrv) labels = g_strsplit (host, ".", -1);

  if (*host == '\0' || strlen (host) > 253)
    return FALSE;
  for (guint i = 0; labels[i] != NULL; i++)
    {
      gsize n = strlen (labels[i]);

      /* a name may end in a dot */
      if (n == 0 && labels[i + 1] == NULL && i > 0)
        break;
      if (n == 0 || n > 63 || labels[i][0] == '-' || labels[i][n - 1] == '-')
        return FALSE;
      for (gsize k = 0; k < n; k++)
        if (!g_ascii_isalnum (labels[i][k]) && labels[i][k] != '-')
          return FALSE;
    }
  return TRUE;
}

/**
 * outreach_link_web_address_problem:
 * @url: a link from a pack, or from a caller on the bus
 *
 * The one rule for what the app may open or show as a link: an `https:`
 * address with a host name and no user name or password, written without
 * spaces or control characters, whose host does not mix scripts.
 *
 * Returns: (nullable): %NULL if @url may be opened, else why not (translated)
 */
const char *
outreach_link_web_address_problem (const char *url)
{
  g_autoptr(GUri) uri = NULL;
  g_autofree char *unicode_host = NULL;
  const char *host;

  if (url == NULL)
    return _("is not an https: web address");

  for (const char *p = url; *p != '\0'; p++)
    if (g_ascii_isspace (*p) || (guchar) *p < 0x20 || *p == 0x7F || *p == '\\')
      return _("has a space, a backslash or a control character in it");

  uri = g_uri_parse (url, G_URI_FLAGS_NONE, NULL);
  if (uri == NULL || g_strcmp0 (g_uri_get_scheme (uri), "https") != 0 ||
      g_uri_get_userinfo (uri) != NULL)
    return _("is not an https: web address");
  host = g_uri_get_host (uri);
  if (host == NULL || !is_host_name (host))
    return _("does not have a valid host name");

  unicode_host = g_hostname_to_unicode (host);
  if (unicode_host != NULL)
    {
      g_auto(GStrv) labels = g_strsplit (unicode_host, ".", -1);

      for (guint i = 0; labels[i] != NULL; i++)
        if (label_mixes_scripts (labels[i], strlen (labels[i])))
          return _("has a host name that mixes alphabets, as lookalike addresses do");
    }
  /* a link is opened, shown and put in QR codes: browsers and phones cut
   * addresses past a couple of thousand characters */
  if (strlen (url) > OUTREACH_LINK_MAX_LENGTH)
    return _("is longer than 2,000 characters");
  return NULL;
}

/**
 * outreach_link_is_web_address:
 * @url: a link from a pack, or from a caller on the bus
 *
 * Returns: whether @url may be opened (see outreach_link_web_address_problem())
 */
gboolean
outreach_link_is_web_address (const char *url)
{
  return outreach_link_web_address_problem (url) == NULL;
}
