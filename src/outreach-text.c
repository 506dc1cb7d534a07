/* outreach-text.c: quoting text that came from outside, safely
 *
 * A problem line quotes what was wrong: a value from a pack, an id from the
 * command line or the bus, a message from json-glib. Whatever it holds, the
 * quote is one line of valid UTF-8 of bounded length: a 60,000-character
 * link must not become a 60,000-character banner, and a line break in a
 * value must not forge a second problem line.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-text.h"

/* line and paragraph separators, and the controls that reorder text */
static gboolean
is_invisible_control (gunichar ch)
{
  return ch < 0x20 || (ch >= 0x7F && ch < 0xA0) || ch == 0x2028 || ch == 0x2029 ||
         (ch >= 0x202A && ch <= 0x202E) || (ch >= 0x2066 && ch <= 0x2069) ||
         ch == 0x200E || ch == 0x200F || ch == 0x061C;
}

/**
 * outreach_text_excerpt:
 * @text: (nullable): any bytes
 * @length: their length, or -1 if nul-terminated
 * @max_chars: how many characters to keep at most
 *
 * Returns: (transfer full): @text as one line of valid UTF-8: invalid bytes
 *   and controls (line breaks, tabs, direction overrides) become U+FFFD, and
 *   text longer than @max_chars is cut with "…"
 */
char *
outreach_text_excerpt (const char *text,
                       gssize      length,
                       guint       max_chars)
{
  g_autofree char *valid = NULL;
  GString *out;
  guint n = 0;

  if (text == NULL)
    return g_strdup ("");
  valid = g_utf8_make_valid (text, length);
  out = g_string_sized_new (MIN (strlen (valid), (gsize) max_chars * 4) + 4);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar ch = g_utf8_get_char (p);

      if (n++ == max_chars)
        {
          g_string_append (out, "…");
          break;
        }
      if (is_invisible_control (ch))
        g_string_append_unichar (out, 0xFFFD);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}
