/* outreach-translation.c: which fields of a pack may come in other
 * languages, how such a field is named, and how much the user wants each
 *
 * Text fields may come in other languages too: "name@cy" beside "name".
 * The loader shows the variant of the user's first language that the pack
 * has, field by field, and the plain field otherwise (see README).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include "outreach-translation.h"

static const char *translatable_fields[] = {
  "name", "abbreviation", "description", "heading", "paragraphs", "items", "after",
  "signature", "text", "source", "title", "summary", "role", "time_in_role", "quote",
  "story", "purpose", "subject", "body", "short_name", "strapline",
  "app_name", "levels", "levels_plural", "label", "for", "steps", "notes", NULL
};

/**
 * outreach_translation_is_translatable:
 *
 * Returns: whether @field is a text field that may have variants in other languages
 */
gboolean
outreach_translation_is_translatable (const char *field)
{
  return g_strv_contains (translatable_fields, field);
}

/**
 * outreach_translation_get_language:
 * @member: a member's name, such as "name@cy"
 * @field: a field's name, such as "name"
 *
 * Returns: (nullable): the language of @member if it is "FIELD@LANG", else %NULL
 */
const char *
outreach_translation_get_language (const char *member,
                                   const char *field)
{
  gsize len = strlen (field);
  const char *lang = member + len + 1;

  if (strncmp (member, field, len) != 0 || member[len] != '@')
    return NULL;
  /* such as "cy", "cy_GB", "sr@latin" */
  if (strlen (lang) < 2 || strlen (lang) > 32 ||
      strspn (lang, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_@") != strlen (lang))
    return NULL;
  return lang;
}

/**
 * outreach_translation_is_variant_of:
 * @member: a member's name, such as "name@cy"
 * @fields: the fields an object may have (a %NULL-terminated list)
 *
 * Returns: whether @member is a translation of one of @fields that may be translated
 */
gboolean
outreach_translation_is_variant_of (const char         *member,
                                    const char * const *fields)
{
  const char *at = strchr (member, '@');
  g_autofree char *field = NULL;

  if (at == NULL)
    return FALSE;
  field = g_strndup (member, at - member);
  return g_strv_contains (fields, field) && g_strv_contains (translatable_fields, field) &&
         outreach_translation_get_language (member, field) != NULL;
}

/**
 * outreach_translation_rank:
 * @languages: the user's, best first, such as g_get_language_names() gives
 * @lang: a variant's language
 *
 * Returns: how much the user wants @lang: 0 most, -1 not at all
 */
int
outreach_translation_rank (const char * const *languages,
                           const char         *lang)
{
  for (int i = 0; languages[i] != NULL; i++)
    if (strcmp (languages[i], lang) == 0)
      return i;
  return -1;
}
