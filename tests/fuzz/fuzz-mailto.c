/* fuzz-mailto.c: libFuzzer target for the mailto: builder and the template
 * expansion that feeds it.
 *
 * The input is "address NUL subject NUL body" (missing parts are empty).
 * Whatever the text, the URI must hold only URI characters, no line break or
 * space, and read back to exactly what went in (with CRLF line breaks).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-mailto.h"
#include "outreach-template.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

static char *
take_part (const guint8 **data,
           size_t        *size)
{
  const guint8 *end = memchr (*data, '\0', *size);
  size_t len = end ? (size_t) (end - *data) : *size;
  char *part = g_utf8_make_valid ((const char *) *data, len);

  *data += len;
  *size -= len;
  if (end != NULL)
    {
      *data += 1;
      *size -= 1;
    }
  return part;
}

static void
check_field (const char *pair,
             const char *name,
             const char *expected)
{
  g_autofree char *prefix = g_strconcat (name, "=", NULL);
  g_autofree char *normalized = outreach_mailto_normalize_breaks (expected);
  g_autofree char *value = NULL;

  g_assert_true (g_str_has_prefix (pair, prefix));
  value = g_uri_unescape_string (pair + strlen (prefix), NULL);
  g_assert_cmpstr (value, ==, normalized);
}

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *address = take_part (&data, &size);
  g_autofree char *subject_template = take_part (&data, &size);
  g_autofree char *body = take_part (&data, &size);
  g_autoptr(GHashTable) values = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree char *subject = NULL;
  g_autofree char *uri = NULL;
  g_autofree char *decoded_address = NULL;
  g_autofree char *address_part = NULL;
  const char *query;
  g_auto(GStrv) fields = NULL;
  guint next = 0;

  /* the pack's placeholders, filled with text that is itself hostile */
  g_hash_table_insert (values, (char *) "page_title", (char *) "{page_title}&bcc=x@y");
  g_hash_table_insert (values, (char *) "unit_name", body);
  subject = outreach_template_expand (subject_template, values);
  g_assert_true (g_utf8_validate (subject, -1, NULL));

  uri = outreach_mailto_build (address, subject, body);
  g_assert_true (g_str_has_prefix (uri, "mailto:"));
  for (const char *p = uri; *p; p++)
    g_assert_true (g_ascii_isgraph (*p) && *p != '+' && *p != '#' && *p != '"');

  query = strchr (uri, '?');
  address_part = query ? g_strndup (uri + strlen ("mailto:"), query - uri - strlen ("mailto:"))
                       : g_strdup (uri + strlen ("mailto:"));
  decoded_address = g_uri_unescape_string (address_part, NULL);
  g_assert_cmpstr (decoded_address, ==, address);
  g_assert_null (strchr (address_part, '&'));

  fields = g_strsplit (query ? query + 1 : "", "&", -1);
  if (*subject != '\0')
    check_field (fields[next++], "subject", subject);
  if (*body != '\0')
    check_field (fields[next++], "body", body);
  g_assert_null (fields[next]);

  return 0;
}
