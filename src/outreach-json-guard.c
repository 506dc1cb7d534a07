/* outreach-json-guard.c
 *
 * json-glib 1.6 recurses without a limit (deep nesting overflows the stack),
 * accepts comments, single quotes, hexadecimal numbers and trailing content,
 * cuts strings at \u0000 and reports invalid UTF-8 without a place. This
 * linear scan refuses all of that, with a line and column, before the parser
 * sees the bytes. It is a guard, not a parser: it tracks only strings, nesting
 * and bare words; json-glib still checks the grammar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n.h>

#include "outreach-json-guard.h"

void
outreach_json_guard_locate (const char *data,
                            gsize       offset,
                            guint      *line,
                            guint      *column)
{
  guint l = 1, c = 1;

  for (gsize i = 0; i < offset; i++)
    {
      if (data[i] == '\n')
        {
          l++;
          c = 1;
        }
      else if (((guchar) data[i] & 0xC0) != 0x80)
        {
          /* count characters, not bytes: a continuation byte adds nothing */
          c++;
        }
    }

  *line = l;
  *column = c;
}

static char *
string_too_long (gsize max_string)
{
  g_autofree char *limit = g_format_size_full (max_string, G_FORMAT_SIZE_IEC_UNITS);

  /* Translators: a size such as "64.0 KiB" */
  return g_strdup_printf (_("a string is longer than %s"), limit);
}

static gboolean
fail (OutreachGuardFailure *failure,
      const char           *data,
      gsize                 offset,
      OutreachContentError  code,
      char                 *message)
{
  failure->code = code;
  failure->message = message;
  outreach_json_guard_locate (data, offset, &failure->line, &failure->column);
  return FALSE;
}

static gboolean
is_json_space (char ch)
{
  return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r';
}

gboolean
outreach_json_guard_check (const char           *data,
                           gsize                 length,
                           guint                 max_depth,
                           gsize                 max_string,
                           guint                 max_items,
                           OutreachGuardFailure *failure)
{
  const char *end = NULL;
  /* separators seen in each open list or object, by depth */
  g_autofree guint *separators = g_new0 (guint, max_depth + 1);
  guint depth = 0;
  gboolean seen_root = FALSE;
  gsize i = 0;

  memset (failure, 0, sizeof *failure);

  if (!g_utf8_validate (data, length, &end))
    {
      gsize offset = end - data;

      if (offset < length && data[offset] == '\0')
        return fail (failure, data, offset, OUTREACH_CONTENT_ERROR_ENCODING,
                     g_strdup (_("contains a NUL byte")));
      return fail (failure, data, offset, OUTREACH_CONTENT_ERROR_ENCODING,
                   g_strdup (_("is not valid UTF-8 text")));
    }

  while (i < length)
    {
      char ch = data[i];

      if (is_json_space (ch))
        {
          i++;
          continue;
        }

      if (seen_root && depth == 0)
        return fail (failure, data, i, OUTREACH_CONTENT_ERROR_SYNTAX,
                     g_strdup (_("unexpected content after the end of the document")));

      switch (ch)
        {
        case '{':
        case '[':
          if (++depth > max_depth)
            return fail (failure, data, i, OUTREACH_CONTENT_ERROR_TOO_DEEP,
                         g_strdup_printf (_("nesting is deeper than %u levels"), max_depth));
          separators[depth] = 0;
          i++;
          break;

        case '}':
        case ']':
          if (depth == 0)
            return fail (failure, data, i, OUTREACH_CONTENT_ERROR_SYNTAX,
                         g_strdup_printf (_("unexpected “%c”"), ch));
          if (--depth == 0)
            seen_root = TRUE;
          i++;
          break;

        case '"':
          {
            gsize start = i++;

            while (i < length && data[i] != '"')
              {
                if ((guchar) data[i] < 0x20)
                  return fail (failure, data, i, OUTREACH_CONTENT_ERROR_SYNTAX,
                               g_strdup (_("a control character inside a string must be escaped")));
                if (data[i] == '\\')
                  {
                    if (i + 5 < length && data[i + 1] == 'u' &&
                        strncmp (data + i + 2, "0000", 4) == 0)
                      return fail (failure, data, i, OUTREACH_CONTENT_ERROR_ENCODING,
                                   g_strdup (_("a string contains a NUL character (\\u0000)")));
                    i++;
                  }
                i++;
              }
            if (i >= length)
              return fail (failure, data, start, OUTREACH_CONTENT_ERROR_SYNTAX,
                           g_strdup (_("a string is not closed")));
            if (i - start - 1 > max_string)
              return fail (failure, data, start, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                           string_too_long (max_string));
            i++;
            if (depth == 0)
              seen_root = TRUE;
          }
          break;

        case ',':
          /* a million siblings would cost json-glib hundreds of megabytes
           * before the loader could count them */
          if (depth > 0 && ++separators[depth] >= max_items)
            return fail (failure, data, i, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                         g_strdup_printf (_("a list or object has more than %u entries"),
                                          max_items));
          i++;
          break;

        case ':':
          i++;
          break;

        case '/':
          return fail (failure, data, i, OUTREACH_CONTENT_ERROR_SYNTAX,
                       g_strdup (_("comments are not allowed")));

        case '\'':
          return fail (failure, data, i, OUTREACH_CONTENT_ERROR_SYNTAX,
                       g_strdup (_("strings must be in double quotes")));

        default:
          {
            /* a number or one of true, false, null */
            gsize start = i;

            while (i < length && (g_ascii_isalnum (data[i]) || data[i] == '-' ||
                                  data[i] == '+' || data[i] == '.' || data[i] == '_'))
              i++;

            if (i == start)
              return fail (failure, data, i, OUTREACH_CONTENT_ERROR_SYNTAX,
                           g_strdup_printf (_("unexpected character “%.*s”"),
                                            (int) (g_utf8_next_char (data + i) - (data + i)),
                                            data + i));

            if (g_ascii_isalpha (data[start]))
              {
                gsize n = i - start;

                if (!((n == 4 && strncmp (data + start, "true", 4) == 0) ||
                      (n == 5 && strncmp (data + start, "false", 5) == 0) ||
                      (n == 4 && strncmp (data + start, "null", 4) == 0)))
                  return fail (failure, data, start, OUTREACH_CONTENT_ERROR_SYNTAX,
                               g_strdup_printf (_("unexpected word “%.*s”"),
                                                (int) MIN (n, 40), data + start));
              }
            else
              {
                for (gsize k = start; k < i; k++)
                  if (!g_ascii_isdigit (data[k]) && data[k] != '-' && data[k] != '+' &&
                      data[k] != '.' && data[k] != 'e' && data[k] != 'E')
                    return fail (failure, data, start, OUTREACH_CONTENT_ERROR_SYNTAX,
                                 g_strdup_printf (_("“%.*s” is not a number"),
                                                  (int) MIN (i - start, 40), data + start));
              }
            if (depth == 0)
              seen_root = TRUE;
          }
          break;
        }
    }

  if (!seen_root)
    return fail (failure, data, length, OUTREACH_CONTENT_ERROR_SYNTAX,
                 g_strdup (depth > 0 ? _("the document ends before it is complete")
                                     : _("the document is empty")));

  return TRUE;
}
