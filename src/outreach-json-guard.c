/* outreach-json-guard.c
 *
 * json-glib 1.6 recurses without a limit (deep nesting overflows the stack),
 * builds every value of a document before anyone can count them, accepts
 * comments, single quotes, hexadecimal numbers, trailing content, escapes JSON
 * does not have (\x41, \0, \v, \U0041, short \u), lone surrogates and
 * duplicate keys (the last one wins), cuts strings at \u0000 and reports
 * invalid UTF-8 without a place. This linear scan refuses all of that, with a
 * line and column, before the parser sees the bytes. It is a guard, not a
 * parser: it tracks strings, nesting, keys and bare words; json-glib still
 * checks the grammar.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include <glib/gi18n.h>

#include "outreach-json-guard.h"
#include "outreach-text.h"

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

/* Keys are compared where they lie in the document, without copies: a key
 * holds no escape (the scan refuses them), so it ends at the next quote. */
static guint
key_hash (gconstpointer key)
{
  guint h = 5381;

  for (const char *p = key; *p != '"'; p++)
    h = h * 33 + (guchar) *p;
  return h;
}

static gboolean
key_equal (gconstpointer a,
           gconstpointer b)
{
  const char *p = a, *q = b;

  while (*p == *q && *p != '"')
    p++, q++;
  return *p == '"' && *q == '"';
}

/* One open list or object */
typedef struct
{
  gboolean    object;
  gboolean    expect_key;  /* an object, after { or a comma */
  guint       entries;     /* commas seen: the index of the current entry */
  const char *key;         /* the current entry's key, in the document */
  GHashTable *keys;        /* the keys seen, created at the second key */
} Level;

typedef struct
{
  const char *data;
  Level      *levels;      /* [1 .. depth] */
  guint       depth;
} Scan;

/* "$.units[3].children[0]": where the scan is, for a person to find */
static char *
path_of (Scan *scan)
{
  GString *path = g_string_new ("$");

  for (guint d = 1; d <= scan->depth; d++)
    {
      Level *level = &scan->levels[d];

      if (!level->object)
        g_string_append_printf (path, "[%u]", level->entries);
      else if (level->key != NULL && d < scan->depth)
        {
          const char *end = strchr (level->key, '"');

          outreach_text_append_path_member (path, level->key, end - level->key);
        }
    }
  return g_string_free (path, FALSE);
}

static gint
hex_value (char ch)
{
  if (ch >= '0' && ch <= '9')
    return ch - '0';
  if (ch >= 'a' && ch <= 'f')
    return ch - 'a' + 10;
  if (ch >= 'A' && ch <= 'F')
    return ch - 'A' + 10;
  return -1;
}

/* \uXXXX at @p (pointing at the backslash), or -1 */
static gint
unicode_escape (const char *p,
                const char *end)
{
  gint value = 0;

  if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
    return -1;
  for (int k = 2; k < 6; k++)
    {
      gint digit = hex_value (p[k]);

      if (digit < 0)
        return -1;
      value = value * 16 + digit;
    }
  return value;
}

/* The escape at data[*i] (a backslash) is one JSON has; on success *i is the
 * last byte of it. Otherwise a sentence saying what is wrong. */
static char *
check_escape (const char *data,
              gsize       length,
              gsize      *i)
{
  const char *p = data + *i, *end = data + length;
  gint unit;

  if (p + 1 >= end)
    return g_strdup (_("a string is not closed"));
  if (strchr ("\"\\/bfnrt", p[1]) != NULL && p[1] != '\0')
    {
      *i += 1;
      return NULL;
    }
  if (p[1] != 'u')
    /* Translators: \x41, \0 and the like; %.*s is the escape as written */
    {
      /* the character as a person can read it: a line break or a direction
       * override after the backslash must not reach the problem line */
      g_autofree char *shown = outreach_text_excerpt (p + 1, g_utf8_next_char (p + 1) - (p + 1), 1);

      return g_strdup_printf (_("“\\%s” is not a JSON escape"), shown);
    }
  if ((unit = unicode_escape (p, end)) < 0)
    return g_strdup (_("“\\u” must be followed by four hexadecimal digits"));
  if (unit == 0)
    return g_strdup (_("a string contains a NUL character (\\u0000)"));
  if (unit >= 0xDC00 && unit <= 0xDFFF)
    return g_strdup_printf (_("“\\u%04X” is half of a character with no first half"), (guint) unit);
  if (unit >= 0xD800 && unit <= 0xDBFF)
    {
      gint low = unicode_escape (p + 6, end);

      if (low < 0xDC00 || low > 0xDFFF)
        return g_strdup_printf (_("“\\u%04X” is half of a character with no second half"),
                                (guint) unit);
      *i += 11;
      return NULL;
    }
  *i += 5;
  return NULL;
}

gboolean
outreach_json_guard_check (const char                *data,
                           gsize                      length,
                           const OutreachGuardLimits *limits,
                           OutreachGuardFailure      *failure)
{
  const char *end = NULL;
  g_autofree Level *levels = g_new0 (Level, limits->max_depth + 1);
  Scan scan = { data, levels, 0 };
  gboolean seen_root = FALSE;
  gboolean ok = FALSE;
  guint values = 0;
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

#define FAIL(offset, code, message) \
  G_STMT_START { fail (failure, data, (offset), (code), (message)); goto out; } G_STMT_END

  while (i < length)
    {
      char ch = data[i];
      Level *level = &levels[scan.depth];

      if (is_json_space (ch))
        {
          i++;
          continue;
        }

      if (seen_root && scan.depth == 0)
        FAIL (i, OUTREACH_CONTENT_ERROR_SYNTAX,
              g_strdup (_("unexpected content after the end of the document")));

      /* a value: everything but a key, a colon, a comma and a closing bracket */
      if (ch != '}' && ch != ']' && ch != ',' && ch != ':' &&
          !(ch == '"' && scan.depth > 0 && level->expect_key))
        {
          /* 165 lists of 200,000 zeros cost json-glib 2.6 GiB before the
           * loader could see a single one of them */
          if (++values > limits->max_values)
            FAIL (i, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                  g_strdup_printf (_("the document holds more than %u values"), limits->max_values));
        }

      switch (ch)
        {
        case '{':
        case '[':
          if (scan.depth + 1 > limits->max_depth)
            FAIL (i, OUTREACH_CONTENT_ERROR_TOO_DEEP,
                  g_strdup_printf (_("nesting is deeper than %u levels"), limits->max_depth));
          level = &levels[++scan.depth];
          level->object = ch == '{';
          level->expect_key = level->object;
          level->entries = 0;
          level->key = NULL;
          i++;
          break;

        case '}':
        case ']':
          if (scan.depth == 0)
            FAIL (i, OUTREACH_CONTENT_ERROR_SYNTAX, g_strdup_printf (_("unexpected “%c”"), ch));
          g_clear_pointer (&level->keys, g_hash_table_unref);
          if (--scan.depth == 0)
            seen_root = TRUE;
          i++;
          break;

        case '"':
          {
            gsize start = i++;
            gboolean is_key = scan.depth > 0 && level->expect_key;

            while (i < length && data[i] != '"')
              {
                if ((guchar) data[i] < 0x20)
                  FAIL (i, OUTREACH_CONTENT_ERROR_SYNTAX,
                        g_strdup (_("a control character inside a string must be escaped")));
                if (data[i] == '\\')
                  {
                    gsize at = i;
                    char *problem;

                    if (is_key)
                      FAIL (i, OUTREACH_CONTENT_ERROR_SYNTAX,
                            g_strdup (_("a field name must be written without escapes")));
                    if ((problem = check_escape (data, length, &i)) != NULL)
                      FAIL (at, at + 1 < length && data[at + 1] == 'u' &&
                                unicode_escape (data + at, data + length) == 0
                                ? OUTREACH_CONTENT_ERROR_ENCODING : OUTREACH_CONTENT_ERROR_SYNTAX,
                            problem);
                  }
                i++;
              }
            if (i >= length)
              FAIL (start, OUTREACH_CONTENT_ERROR_SYNTAX, g_strdup (_("a string is not closed")));
            if (i - start - 1 > limits->max_string)
              FAIL (start, OUTREACH_CONTENT_ERROR_TOO_LARGE, string_too_long (limits->max_string));
            i++;

            if (is_key)
              {
                const char *key = data + start + 1;

                level->expect_key = FALSE;
                if (level->key != NULL && level->keys == NULL)
                  {
                    level->keys = g_hash_table_new (key_hash, key_equal);
                    g_hash_table_add (level->keys, (gpointer) level->key);
                  }
                if (level->keys != NULL && !g_hash_table_add (level->keys, (gpointer) key))
                  {
                    g_autofree char *path = path_of (&scan);

                    FAIL (start, OUTREACH_CONTENT_ERROR_SYNTAX,
                          /* Translators: the first %s is a field name, the second a place
                           * such as $.units[0] */
                          g_strdup_printf (_("“%.*s” is given twice in %s"),
                                           (int) MIN (i - start - 2, 80), key, path));
                  }
                level->key = key;
              }
            else if (scan.depth == 0)
              seen_root = TRUE;
          }
          break;

        case ',':
          /* a million siblings would cost json-glib hundreds of megabytes
           * before the loader could count them */
          if (scan.depth > 0)
            {
              if (++level->entries >= limits->max_items)
                FAIL (i, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                      g_strdup_printf (_("a list or object has more than %u entries"),
                                       limits->max_items));
              /* a real object has a score of fields; thousands of names that
               * share a hash would make any table of them quadratic */
              if (level->object && level->entries >= limits->max_fields)
                FAIL (i, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                      g_strdup_printf (_("an object has more than %u fields"), limits->max_fields));
              level->expect_key = level->object;
            }
          i++;
          break;

        case ':':
          i++;
          break;

        case '/':
          FAIL (i, OUTREACH_CONTENT_ERROR_SYNTAX, g_strdup (_("comments are not allowed")));

        case '\'':
          FAIL (i, OUTREACH_CONTENT_ERROR_SYNTAX, g_strdup (_("strings must be in double quotes")));

        default:
          {
            /* a number or one of true, false, null */
            gsize start = i;

            while (i < length && (g_ascii_isalnum (data[i]) || data[i] == '-' ||
                                  data[i] == '+' || data[i] == '.' || data[i] == '_'))
              i++;

            if (i == start && strncmp (data + i, "\xEF\xBB\xBF", 3) == 0)
              FAIL (i, OUTREACH_CONTENT_ERROR_SYNTAX,
                    g_strdup (_("a byte-order mark (U+FEFF) may only stand at the very start")));
            if (i == start)
              FAIL (i, OUTREACH_CONTENT_ERROR_SYNTAX,
                    g_strdup_printf (_("unexpected character “%.*s”"),
                                     (int) (g_utf8_next_char (data + i) - (data + i)), data + i));

            if (g_ascii_isalpha (data[start]))
              {
                gsize n = i - start;

                if (!((n == 4 && strncmp (data + start, "true", 4) == 0) ||
                      (n == 5 && strncmp (data + start, "false", 5) == 0) ||
                      (n == 4 && strncmp (data + start, "null", 4) == 0)))
                  FAIL (start, OUTREACH_CONTENT_ERROR_SYNTAX,
                        g_strdup_printf (_("unexpected word “%.*s”"), (int) MIN (n, 40), data + start));
              }
            else
              {
                guint digits = 0;
                char number[48] = "";

                for (gsize k = start; k < i; k++)
                  {
                    if (!g_ascii_isdigit (data[k]) && data[k] != '-' && data[k] != '+' &&
                        data[k] != '.' && data[k] != 'e' && data[k] != 'E')
                      FAIL (start, OUTREACH_CONTENT_ERROR_SYNTAX,
                            g_strdup_printf (_("“%.*s” is not a number"),
                                             (int) MIN (i - start, 40), data + start));
                    digits += g_ascii_isdigit (data[k]) ? 1 : 0;
                  }
                /* json-glib wraps integers past 64 bits without a word
                 * (18446744073709551617 reads as 1): no pack needs a number
                 * of more than 15 digits, which a double holds exactly */
                if (i - start < sizeof number)
                  memcpy (number, data + start, i - start);
                /* JSON writes no leading zero: 01 is no number of its */
                if (data[start + (data[start] == '-')] == '0' && i - start > 1u + (data[start] == '-') &&
                    g_ascii_isdigit (data[start + 1 + (data[start] == '-')]))
                  FAIL (start, OUTREACH_CONTENT_ERROR_SYNTAX,
                        g_strdup_printf (_("“%.*s” is not a number"),
                                         (int) MIN (i - start, 40), data + start));
                if (digits > 15 || i - start >= sizeof number ||
                    !isfinite (g_ascii_strtod (number, NULL)))
                  FAIL (start, OUTREACH_CONTENT_ERROR_SYNTAX,
                        g_strdup_printf (_("“%.*s” is out of range: a number in a pack has "
                                           "at most 15 digits"),
                                         (int) MIN (i - start, 40), data + start));
              }
            if (scan.depth == 0)
              seen_root = TRUE;
          }
          break;
        }
    }
#undef FAIL

  if (!seen_root)
    fail (failure, data, length, OUTREACH_CONTENT_ERROR_SYNTAX,
          g_strdup (scan.depth > 0 ? _("the document ends before it is complete")
                                   : _("the document is empty")));
  else
    ok = TRUE;

out:
  for (guint d = 0; d <= limits->max_depth; d++)
    g_clear_pointer (&levels[d].keys, g_hash_table_unref);
  return ok;
}
