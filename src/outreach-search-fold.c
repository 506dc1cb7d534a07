/* outreach-search-fold.c: the one folding rule for search and type-ahead
 *
 * Folded text is in lower case, without accents, with every character that
 * is not a letter or a digit made a space: "Ŵy–É" is "wy e". The index
 * folds every text once, a query is folded the same way, and a term is
 * found where it starts a word of the folded text.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-search-private.h"

/* Appends @ch folded: for a letter or digit, its base letters in lower
 * case (one, or several for a ligature); for anything else, nothing.
 * Returns whether it was a letter or digit. */
static gboolean
append_folded (GString  *out,
               gunichar  ch)
{
  gunichar parts[G_UNICHAR_MAX_DECOMPOSITION_LENGTH];
  gsize n;

  /* most text is ASCII: no tables needed */
  if (ch < 0x80)
    {
      if (!g_ascii_isalnum (ch))
        return FALSE;
      g_string_append_c (out, g_ascii_tolower (ch));
      return TRUE;
    }
  if (!g_unichar_isalnum (ch))
    return FALSE;
  n = g_unichar_fully_decompose (ch, FALSE, parts, G_N_ELEMENTS (parts));
  for (gsize i = 0; i < n; i++)
    if (!g_unichar_ismark (parts[i]))
      g_string_append_unichar (out, g_unichar_tolower (parts[i]));
  return TRUE;
}

/**
 * outreach_search_fold:
 * @text: UTF-8 text
 * @offsets: (nullable): if given, receives for each byte of the result the
 *   byte offset in @text of the character it came from, and one more entry,
 *   the length of @text (all as guint)
 *
 * The one rule for matching what a user types against a pack's text: the
 * search and the window's type-ahead both fold with it, so they agree.
 *
 * Returns: (transfer full): @text in lower case without accents, with every
 *   character that is not a letter or a digit turned into a space
 */
char *
outreach_search_fold (const char *text,
                      GArray     *offsets)
{
  GString *folded = g_string_sized_new (strlen (text));

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      guint offset = p - text;
      gsize before = folded->len;

      if (!append_folded (folded, (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p)))
        g_string_append_c (folded, ' ');
      for (gsize i = before; offsets != NULL && i < folded->len; i++)
        g_array_append_val (offsets, offset);
    }

  if (offsets != NULL)
    {
      guint end = strlen (text);
      g_array_append_val (offsets, end);
    }

  return g_string_free (folded, FALSE);
}

/* Appends @text to @out folded, with single spaces between words and none
 * at the ends (a space first if @out has text already), so that phrases
 * compare as they read. */
void
_outreach_search_fold_words_into (GString    *out,
                                  const char *text)
{
  gboolean space = out->len > 0;   /* a space is owed before the next word */

  for (const char *p = text; *p; p = g_utf8_next_char (p))
    {
      gunichar ch = (guchar) *p < 0x80 ? (gunichar) *p : g_utf8_get_char (p);
      gsize before = out->len;

      if (space && out->len > 0)
        g_string_append_c (out, ' ');
      if (append_folded (out, ch))
        space = FALSE;
      else
        {
          g_string_truncate (out, before);   /* no word came: the space stays owed */
          space = TRUE;
        }
    }
}

char *
_outreach_search_fold_words (const char *text)
{
  GString *out = g_string_new (NULL);

  _outreach_search_fold_words_into (out, text);
  return g_string_free (out, FALSE);
}

/* Finds @term at the start of a word of @text, from @from. */
const char *
_outreach_search_find_word_prefix (const char *text,
                                   const char *from,
                                   const char *term)
{
  for (const char *p = strstr (from, term); p != NULL; p = strstr (p + 1, term))
    if (p == text || p[-1] == ' ')
      return p;
  return NULL;
}
