/* outreach-template.c
 *
 * A placeholder is a name in braces, such as {unit}; "{{" and "}}" write a
 * brace itself. The names a template may use are fixed (see
 * outreach_template_get_placeholders()): the loader refuses any other name
 * in braces, a "{" with no "}" and a "}" alone.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-model-private.h"

G_DEFINE_FINAL_TYPE (OutreachTemplate, outreach_template, G_TYPE_OBJECT)

static const char *placeholders[] = {
  "page", "unit", "team", "abbreviation", "profile", "role", "contact", "organisation", NULL
};

static void
outreach_template_finalize (GObject *object)
{
  OutreachTemplate *self = OUTREACH_TEMPLATE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->contact_id, g_free);
  g_clear_object (&self->contact);
  g_clear_pointer (&self->subject, g_free);
  g_clear_pointer (&self->body, g_free);

  G_OBJECT_CLASS (outreach_template_parent_class)->finalize (object);
}

static void
outreach_template_class_init (OutreachTemplateClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_template_finalize;
}

static void
outreach_template_init (OutreachTemplate *self)
{
}

const char *
outreach_template_get_id (OutreachTemplate *self)
{
  return self->id;
}

/**
 * outreach_template_get_contact:
 *
 * Returns: (transfer none): who the message is to
 */
OutreachContact *
outreach_template_get_contact (OutreachTemplate *self)
{
  return self->contact;
}

const char *
outreach_template_get_subject (OutreachTemplate *self)
{
  return self->subject;
}

/**
 * outreach_template_get_body:
 *
 * Returns: the body, paragraphs separated by blank lines
 */
const char *
outreach_template_get_body (OutreachTemplate *self)
{
  return self->body;
}

/* A template's text is read a piece at a time: text, "{{" or "}}" (a
 * brace itself), "{name}" (a placeholder, known or not), a "{" with no "}"
 * before the next brace or the end, or a "}" alone. The loader refuses the
 * last two and an unknown name, so the expander and it read alike. */
typedef enum
{
  PIECE_TEXT,
  PIECE_PLACEHOLDER,
  PIECE_UNCLOSED,
  PIECE_UNOPENED,
} PieceKind;

/* Reads the piece at *@p into @start and @len (for a placeholder, its
 * name) and moves *@p past it; FALSE at the end */
static gboolean
next_piece (const char **p,
            PieceKind   *kind,
            const char **start,
            gsize       *len)
{
  const char *s = *p;
  gsize n;

  if (*s == '\0')
    return FALSE;
  if ((s[0] == '{' && s[1] == '{') || (s[0] == '}' && s[1] == '}'))
    {
      *kind = PIECE_TEXT;
      *start = s;
      *len = 1;
      *p = s + 2;
    }
  else if (s[0] == '{')
    {
      n = strcspn (s + 1, "{}");
      if (s[1 + n] == '}')
        {
          *kind = PIECE_PLACEHOLDER;
          *start = s + 1;
          *len = n;
          *p = s + n + 2;
        }
      else
        {
          *kind = PIECE_UNCLOSED;
          *start = s;
          *len = n + 1;
          *p = s + n + 1;
        }
    }
  else if (s[0] == '}')
    {
      *kind = PIECE_UNOPENED;
      *start = s;
      *len = 1;
      *p = s + 1;
    }
  else
    {
      n = strcspn (s, "{}");
      *kind = PIECE_TEXT;
      *start = s;
      *len = n;
      *p = s + n;
    }
  return TRUE;
}

static gboolean
is_placeholder (const char *name,
                gsize       len)
{
  for (guint i = 0; placeholders[i] != NULL; i++)
    if (strlen (placeholders[i]) == len && strncmp (placeholders[i], name, len) == 0)
      return TRUE;
  return FALSE;
}

/**
 * outreach_template_text_uses_any:
 * @text: a subject or body, as a pack writes it
 * @names: placeholder names, %NULL-terminated
 *
 * Returns: %TRUE if @text has the placeholder of one of @names ("{{unit}}"
 *   is text, not {unit})
 */
gboolean
outreach_template_text_uses_any (const char         *text,
                                 const char * const *names)
{
  const char *p = text, *start;
  PieceKind kind;
  gsize len;

  while (p != NULL && next_piece (&p, &kind, &start, &len))
    if (kind == PIECE_PLACEHOLDER)
      for (guint i = 0; names[i] != NULL; i++)
        if (strlen (names[i]) == len && strncmp (names[i], start, len) == 0)
          return TRUE;
  return FALSE;
}

/**
 * outreach_template_uses_any:
 * @names: placeholder names, %NULL-terminated
 *
 * Returns: %TRUE if the subject or the body uses one of @names
 */
gboolean
outreach_template_uses_any (OutreachTemplate   *self,
                            const char * const *names)
{
  g_return_val_if_fail (OUTREACH_IS_TEMPLATE (self), FALSE);

  return outreach_template_text_uses_any (self->subject, names) ||
         outreach_template_text_uses_any (self->body, names);
}

/**
 * outreach_template_get_placeholders:
 *
 * Returns: (transfer none): the names a template may use in braces
 */
const char * const *
outreach_template_get_placeholders (void)
{
  return placeholders;
}

/**
 * outreach_template_count_placeholders:
 *
 * Returns: how many placeholders @text has, known or not
 */
guint
outreach_template_count_placeholders (const char *text)
{
  const char *p = text, *start;
  PieceKind kind;
  gsize len;
  guint n = 0;

  while (next_piece (&p, &kind, &start, &len))
    if (kind == PIECE_PLACEHOLDER)
      n++;
  return n;
}

/**
 * outreach_template_check_text:
 * @text: a subject or body, as a pack writes it
 * @piece: (out) (transfer full) (optional): what is wrong, as written:
 *   the unknown placeholder with its braces, the "{" with what follows it
 *   up to the next brace, or "}"
 *
 * A placeholder is one of outreach_template_get_placeholders() in braces;
 * "{{" and "}}" write a brace itself; any other brace is a mistake.
 *
 * Returns: the first mistake in @text, or %OUTREACH_TEMPLATE_TEXT_OK
 */
OutreachTemplateTextError
outreach_template_check_text (const char  *text,
                              char       **piece)
{
  const char *p = text, *start;
  PieceKind kind;
  gsize len;

  if (piece != NULL)
    *piece = NULL;
  while (next_piece (&p, &kind, &start, &len))
    {
      OutreachTemplateTextError error;

      if (kind == PIECE_TEXT || (kind == PIECE_PLACEHOLDER && is_placeholder (start, len)))
        continue;
      switch (kind)
        {
        case PIECE_PLACEHOLDER:
          error = OUTREACH_TEMPLATE_TEXT_UNKNOWN;
          start--;
          len += 2;
          break;
        case PIECE_UNCLOSED:
          error = OUTREACH_TEMPLATE_TEXT_UNCLOSED;
          break;
        default:
          error = OUTREACH_TEMPLATE_TEXT_UNOPENED;
          break;
        }
      if (piece != NULL)
        *piece = g_strndup (start, len);
      return error;
    }
  return OUTREACH_TEMPLATE_TEXT_OK;
}

/**
 * outreach_template_expand:
 * @values: name → value; a name without a value becomes ""
 *
 * Returns: (transfer full): @text with its placeholders filled in and
 *   "{{", "}}" written as one brace
 */
char *
outreach_template_expand (const char *text,
                          GHashTable *values)
{
  GString *out = g_string_new (NULL);
  const char *p = text, *start;
  PieceKind kind;
  gsize len;

  while (next_piece (&p, &kind, &start, &len))
    {
      if (kind == PIECE_PLACEHOLDER && is_placeholder (start, len))
        {
          g_autofree char *name = g_strndup (start, len);
          const char *value = g_hash_table_lookup (values, name);

          g_string_append (out, value ? value : "");
        }
      else if (kind == PIECE_PLACEHOLDER)
        /* the loader refuses it; as written */
        g_string_append_len (out, start - 1, len + 2);
      else
        g_string_append_len (out, start, len);
    }

  return g_string_free (out, FALSE);
}

/**
 * outreach_template_find_unknown:
 * @unknown: (out) (transfer full): the first unknown name, if any
 *
 * Returns: %TRUE if @text uses a placeholder that is not one of ours (for
 *   every mistake, see outreach_template_check_text())
 */
gboolean
outreach_template_find_unknown (const char  *text,
                                char       **unknown)
{
  const char *p = text, *start;
  PieceKind kind;
  gsize len;

  *unknown = NULL;
  while (next_piece (&p, &kind, &start, &len))
    if (kind == PIECE_PLACEHOLDER && !is_placeholder (start, len))
      {
        *unknown = g_strndup (start, len);
        return TRUE;
      }
  return FALSE;
}
