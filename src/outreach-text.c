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

static gboolean
is_plain_member_name (const char *name)
{
  if (*name == '\0')
    return FALSE;
  for (const char *p = name; *p != '\0'; p++)
    if (!g_ascii_isalnum (*p) && *p != '_' && *p != '-' && *p != '@')
      return FALSE;
  return TRUE;
}

/**
 * outreach_text_append_path_member:
 * @path: a JSON path being built ("$.units[3]")
 * @member: a field's name
 * @length: its length in bytes, or -1 if nul-terminated
 *
 * Goes down into @member: ".member" for a plain name (letters, digits, "_",
 * "-", "@"), else the bracket form with "\" and "'" escaped ($['a.b[0]'],
 * $['it\'s']), so that no name reads as another path. The name is shown in
 * a line's worth: a longer one ends in "…", and is in brackets for it.
 */
void
outreach_text_append_path_member (GString    *path,
                                  const char *member,
                                  gssize      length)
{
  g_autofree char *shown = outreach_text_excerpt (member, length, OUTREACH_TEXT_EXCERPT_CHARS);

  if (is_plain_member_name (shown))
    {
      g_string_append_printf (path, ".%s", shown);
      return;
    }
  g_string_append (path, "['");
  for (const char *p = shown; *p != '\0'; p++)
    {
      if (*p == '\\' || *p == '\'')
        g_string_append_c (path, '\\');
      g_string_append_c (path, *p);
    }
  g_string_append (path, "']");
}

/**
 * outreach_text_kind_in_sentence:
 * @kind: a kind of unit as the pack names it ("Team", "ROCU")
 *
 * Returns: (transfer full): @kind inside a sentence: "team", but an
 * abbreviation ("ROCU") as it is
 */
char *
outreach_text_kind_in_sentence (const char *kind)
{
  const char *second = g_utf8_next_char (kind);
  GString *text;

  if (*kind == '\0' || (*second != '\0' && !g_unichar_islower (g_utf8_get_char (second))))
    return g_strdup (kind);
  text = g_string_new (NULL);
  g_string_append_unichar (text, g_unichar_tolower (g_utf8_get_char (kind)));
  g_string_append (text, second);
  return g_string_free (text, FALSE);
}
