/* outreach-template.c
 *
 * A placeholder is a name in braces, such as {unit}. Braces around anything
 * else are text. The names a template may use are fixed (see
 * outreach_template_get_placeholders()): the loader refuses any other.
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

  for (guint i = 0; names[i] != NULL; i++)
    {
      g_autofree char *braced = g_strdup_printf ("{%s}", names[i]);

      if ((self->subject && strstr (self->subject, braced)) ||
          (self->body && strstr (self->body, braced)))
        return TRUE;
    }
  return FALSE;
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

/* Calls @func for each "{name}" in @text whose name is letters and "_". */
static void
scan (const char  *text,
      void       (*func) (const char *start, gsize len, gpointer data),
      gpointer     data)
{
  const char *p = text;

  while ((p = strchr (p, '{')) != NULL)
    {
      gsize len = strspn (p + 1, "abcdefghijklmnopqrstuvwxyz_");

      if (len > 0 && p[1 + len] == '}')
        {
          func (p + 1, len, data);
          p += len + 2;
        }
      else
        p++;
    }
}

static void
check_one (const char *start,
           gsize       len,
           gpointer    data)
{
  char **unknown = data;
  g_autofree char *name = g_strndup (start, len);

  if (*unknown == NULL && !g_strv_contains (placeholders, name))
    *unknown = g_steal_pointer (&name);
}

static void
count_one (const char *start,
           gsize       len,
           gpointer    data)
{
  (*(guint *) data)++;
}

/**
 * outreach_template_count_placeholders:
 *
 * Returns: how many placeholders @text has, known or not
 */
guint
outreach_template_count_placeholders (const char *text)
{
  guint n = 0;

  scan (text, count_one, &n);
  return n;
}

/**
 * outreach_template_find_unknown:
 * @unknown: (out) (transfer full): the first unknown name, if any
 *
 * Returns: %TRUE if @text uses a placeholder that is not one of ours
 */
gboolean
outreach_template_find_unknown (const char  *text,
                                char       **unknown)
{
  *unknown = NULL;
  scan (text, check_one, unknown);
  return *unknown != NULL;
}

/**
 * outreach_template_expand:
 * @values: name → value; a name without a value becomes ""
 *
 * Returns: (transfer full): @text with its placeholders filled in
 */
char *
outreach_template_expand (const char *text,
                          GHashTable *values)
{
  GString *out = g_string_new (NULL);
  const char *p = text;
  const char *brace;

  while ((brace = strchr (p, '{')) != NULL)
    {
      gsize len = strspn (brace + 1, "abcdefghijklmnopqrstuvwxyz_");

      g_string_append_len (out, p, brace - p);
      if (len > 0 && brace[1 + len] == '}')
        {
          g_autofree char *name = g_strndup (brace + 1, len);
          const char *value = g_hash_table_lookup (values, name);

          g_string_append (out, value ? value : "");
          p = brace + len + 2;
        }
      else
        {
          g_string_append_c (out, '{');
          p = brace + 1;
        }
    }
  g_string_append (out, p);

  return g_string_free (out, FALSE);
}
