/* test-mailto-parse.c: a mailto: decoder for the tests, written from RFC 6068
 *
 * It shares nothing with the app's builder (which uses GLib's escaping), so
 * that a URI decoded back here is checked independently.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "test-mailto-parse.h"

/* RFC 3986 unreserved, and RFC 6068's some-delims: what may stand unencoded
 * in a header value; in the address, "@" only once, between its parts. */
static gboolean
is_qchar (char c)
{
  return g_ascii_isalnum (c) || strchr ("-._~!$'()*+,;:@", c) != NULL;
}

static int
hex (char c)
{
  return g_ascii_isdigit (c) ? c - '0' : g_ascii_isxdigit (c) ? g_ascii_tolower (c) - 'a' + 10 : -1;
}

/* Percent-decodes @s, asserting that nothing in it needed encoding. */
static char *
decode (const char *s,
        gsize       len)
{
  GString *out = g_string_new (NULL);

  for (gsize i = 0; i < len; i++)
    {
      if (s[i] == '%')
        {
          g_assert_cmpuint (i + 2, <, len + 0 + 1);
          g_assert_cmpint (hex (s[i + 1]), >=, 0);
          g_assert_cmpint (hex (s[i + 2]), >=, 0);
          g_string_append_c (out, (char) (hex (s[i + 1]) * 16 + hex (s[i + 2])));
          i += 2;
        }
      else
        {
          if (!is_qchar (s[i]))
            g_error ("“%c” must be percent-encoded in %s", s[i], s);
          g_string_append_c (out, s[i]);
        }
    }
  return g_string_free (out, FALSE);
}


void
test_mailto_clear (TestMailto *d)
{
  g_free (d->to);
  g_free (d->subject);
  g_free (d->body);
}

/* Splits a mailto: URI into its address, subject and body, percent-decoded,
 * asserting that it follows RFC 6068 and carries nothing else. */
void
test_mailto_parse (const char *uri,
                   TestMailto *d)
{
  const char *query, *to_end, *at;
  gsize to_len;

  g_assert_true (g_str_has_prefix (uri, "mailto:"));
  uri += strlen ("mailto:");
  query = strchr (uri, '?');
  to_end = query ? query : uri + strlen (uri);
  to_len = to_end - uri;

  /* exactly one raw "@" in the address: any other is encoded */
  at = memchr (uri, '@', to_len);
  g_assert_nonnull (at);
  g_assert_null (memchr (at + 1, '@', to_end - at - 1));
  g_assert_null (memchr (uri, '+', to_len));
  {
    g_autofree char *local = decode (uri, at - uri);
    g_autofree char *domain = decode (at + 1, to_end - at - 1);
    d->to = g_strconcat (local, "@", domain, NULL);
  }

  if (query == NULL)
    return;
  for (const char *field = query + 1; *field; )
    {
      const char *end = strchr (field, '&');
      const char *eq;
      g_autofree char *name = NULL;
      char *value;

      if (end == NULL)
        end = field + strlen (field);
      eq = memchr (field, '=', end - field);
      g_assert_nonnull (eq);
      /* "+" may be read as a space by some clients: never raw */
      g_assert_null (memchr (field, '+', end - field));
      name = decode (field, eq - field);
      value = decode (eq + 1, end - eq - 1);
      if (g_ascii_strcasecmp (name, "subject") == 0)
        d->subject = value;
      else if (g_ascii_strcasecmp (name, "body") == 0)
        d->body = value;
      else
        g_error ("unexpected field %s", name);
      field = *end ? end + 1 : end;
    }
}
