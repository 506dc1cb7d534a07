/* outreach-mailto.c
 *
 * RFC 6068 section 2: in the address, everything but unreserved characters
 * and the few delimiters it allows is percent-encoded, including "&", ";",
 * "=", "%", "/", "?", "#", "[", "]" and an "@" inside the local part; in a
 * header value everything but unreserved characters and "some-delims" is.
 * Text is UTF-8, encoded byte by byte. Line breaks become CRLF (%0D%0A),
 * spaces %20. "+" is allowed raw by the RFC but several clients read it as a
 * space, so it is always %2B. GLib's g_uri_escape_string() does the encoding;
 * this file only says which characters may stay.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-mailto.h"

/* "some-delims" without "+", and without ";" where the address is concerned */
#define ALLOWED_IN_ADDRESS "!$'()*,:"
#define ALLOWED_IN_VALUE   "!$'()*,;:@"

/**
 * outreach_mailto_normalize_breaks:
 *
 * Returns: (transfer full): @text with every line break (CR, LF or CRLF)
 *   made CRLF, as RFC 6068 requires of a body
 */
char *
outreach_mailto_normalize_breaks (const char *text)
{
  GString *out = g_string_sized_new (strlen (text) + 16);

  for (const char *p = text; *p; p++)
    {
      if (*p == '\r')
        {
          g_string_append (out, "\r\n");
          if (p[1] == '\n')
            p++;
        }
      else if (*p == '\n')
        g_string_append (out, "\r\n");
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
append_address (GString    *uri,
                const char *address)
{
  const char *at = strrchr (address, '@');
  g_autofree char *local_part = NULL;
  g_autofree char *local = NULL;
  g_autofree char *domain = NULL;

  if (at == NULL)
    {
      g_autofree char *escaped = g_uri_escape_string (address, ALLOWED_IN_ADDRESS, FALSE);
      g_string_append (uri, escaped);
      return;
    }

  /* only the "@" between local part and domain stays as it is */
  local_part = g_strndup (address, at - address);
  local = g_uri_escape_string (local_part, ALLOWED_IN_ADDRESS, FALSE);
  domain = g_uri_escape_string (at + 1, ALLOWED_IN_ADDRESS, FALSE);
  g_string_append_printf (uri, "%s@%s", local, domain);
}

static void
append_field (GString    *uri,
              gboolean   *first,
              const char *name,
              const char *value)
{
  g_autofree char *normalized = NULL;
  g_autofree char *escaped = NULL;

  if (value == NULL || *value == '\0')
    return;

  normalized = outreach_mailto_normalize_breaks (value);
  escaped = g_uri_escape_string (normalized, ALLOWED_IN_VALUE, FALSE);
  g_string_append_printf (uri, "%c%s=%s", *first ? '?' : '&', name, escaped);
  *first = FALSE;
}

/**
 * outreach_mailto_build:
 * @address: one e-mail address
 * @subject: (nullable): the subject, left out when %NULL or empty
 * @body: (nullable): the body, left out when %NULL or empty
 *
 * Returns: (transfer full): a mailto: URI as RFC 6068 has it
 */
char *
outreach_mailto_build (const char *address,
                       const char *subject,
                       const char *body)
{
  GString *uri = g_string_new ("mailto:");
  gboolean first = TRUE;

  g_return_val_if_fail (address != NULL, NULL);

  append_address (uri, address);
  append_field (uri, &first, "subject", subject);
  append_field (uri, &first, "body", body);

  return g_string_free (uri, FALSE);
}
