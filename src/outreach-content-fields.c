/* outreach-content-fields.c: reading one member of an object of a pack
 *
 * Each reader checks what it reads (its type; a string not blank and free
 * of control characters; a list not too long; an id well-formed and not
 * used before), reports what is wrong at the member's JSON path, which the
 * walk keeps as it goes down, and returns NULL for what cannot be used. A
 * text field's translations are read and checked too, and the one the user
 * wants most is returned.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gi18n.h>

#include "outreach-content-loader-private.h"
#include "outreach-text.h"
#include "outreach-translation.h"

/* Reports a problem at the walk's path */
void
_outreach_walk_problem (OutreachWalk         *walk,
                        OutreachContentError  code,
                        const char           *format,
                        ...)
{
  va_list args;
  char *message;

  /* a person reads the first hundred; a hostile list could make 200,000 */
  if (walk->problems->len >= OUTREACH_MAX_PROBLEMS)
    {
      walk->problems_left_out++;
      return;
    }
  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  _outreach_problem_list_add (walk->problems, code, walk->file, 0, 0, walk->path->str, message);
}

/* Whether @name can follow a "." in a path without being taken for more
 * of the path: ASCII letters, digits, "_", "-" and "@" (a translation,
 * such as name@cy) */
/* Goes down into @member: ".member" for a plain name, else the bracket
 * form with "\" and "'" escaped ($['a.b[0]'], $['it\'s']), so that no
 * name reads as another path; returns what _outreach_walk_pop() takes to
 * come back up */
gsize
_outreach_walk_push_member (OutreachWalk *walk,
                            const char   *member)
{
  gsize len = walk->path->len;

  outreach_text_append_path_member (walk->path, member, -1);
  return len;
}

/* Goes down into element @index ("[index]"), as _outreach_walk_push_member() */
gsize
_outreach_walk_push_index (OutreachWalk *walk,
                           guint         index)
{
  gsize len = walk->path->len;

  g_string_append_printf (walk->path, "[%u]", index);
  return len;
}

void
_outreach_walk_pop (OutreachWalk *walk,
                    gsize         len)
{
  g_string_truncate (walk->path, len);
}

static const char *
node_type_name (JsonNode *node)
{
  if (JSON_NODE_HOLDS_OBJECT (node))
    return _("an object");
  if (JSON_NODE_HOLDS_ARRAY (node))
    return _("a list");
  if (JSON_NODE_HOLDS_NULL (node))
    return _("null");
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      return _("a string");
    case G_TYPE_BOOLEAN:
      return _("true or false");
    default:
      return _("a number");
    }
}

static gboolean
has_control_characters (const char *text)
{
  /* byte by byte (the text is valid UTF-8): C0 and DEL are single bytes,
   * C1 (U+0080–U+009F) is C2 80–9F, the line and paragraph separators
   * (U+2028, U+2029) are E2 80 A8–A9 */
  for (const guchar *p = (const guchar *) text; *p; p++)
    {
      if (*p < 0x20 || *p == 0x7F)
        return TRUE;
      if (*p == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F)
        return TRUE;
      if (*p == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
        return TRUE;
    }
  return FALSE;
}

/* Whether @ch shows nothing by itself: a space, or one of Unicode's
 * default-ignorable characters (zero-width spaces and joiners, direction
 * marks, invisible operators, variation selectors, fillers, tags), or the
 * blank Braille pattern */
static gboolean
is_invisible (gunichar ch)
{
  static const struct { gunichar first, last; } ignorable[] = {
    { 0x00AD, 0x00AD }, { 0x034F, 0x034F }, { 0x061C, 0x061C }, { 0x115F, 0x1160 },
    { 0x17B4, 0x17B5 }, { 0x180B, 0x180F }, { 0x200B, 0x200F }, { 0x202A, 0x202E },
    { 0x2060, 0x206F }, { 0x2800, 0x2800 }, { 0x3164, 0x3164 }, { 0xFE00, 0xFE0F },
    { 0xFEFF, 0xFEFF }, { 0xFFA0, 0xFFA0 }, { 0xFFF0, 0xFFF8 }, { 0x1BCA0, 0x1BCA3 },
    { 0x1D173, 0x1D17A }, { 0xE0000, 0xE0FFF },
  };

  if (g_unichar_isspace (ch))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (ignorable); i++)
    if (ch >= ignorable[i].first && ch <= ignorable[i].last)
      return TRUE;
  return FALSE;
}

/* Whether @text would show nothing: empty, or only spaces and invisible
 * characters */
static gboolean
is_blank (const char *text)
{
  for (const char *p = text; *p; p = g_utf8_next_char (p))
    if (!is_invisible (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* Reports each member of @object that is neither one of @allowed (a
 * NULL-terminated list) nor a translation of one of those, such as "name@cy". */
void
_outreach_walk_check_members (OutreachWalk  *walk,
                              JsonObject    *object,
                              const char   **allowed)
{
  JsonObjectIter iter;
  const char *member;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &member, NULL))
    {
      if (!g_strv_contains (allowed, member) &&
          !outreach_translation_is_variant_of (member, allowed))
        {
          gsize len = _outreach_walk_push_member (walk, member);
          g_autofree char *quoted = outreach_text_excerpt (member, -1, OUTREACH_TEXT_EXCERPT_CHARS);

          _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                  _("unknown field “%s”"), quoted);
          _outreach_walk_pop (walk, len);
        }
    }
}

/* Returns: (nullable): the member's node; when it is missing, NULL, and a
 * problem if @required */
JsonNode *
_outreach_walk_get_member (OutreachWalk *walk,
                           JsonObject   *object,
                           const char   *member,
                           gboolean      required)
{
  JsonNode *node = json_object_get_member (object, member);

  if (node == NULL && required)
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                            _("missing required field “%s”"), member);
  return node;
}

/* Returns: (nullable): the string @node holds; NULL, and a problem at the
 * walk's path, when it is not a string, is blank or holds a control
 * character */
/* The fields a person reads as a name or a heading: a line's worth */
static gboolean
is_name_field (const char *member)
{
  static const char *names[] = { "name", "short_name", "title", "abbreviation", "role",
                                 "time_in_role", "heading", "source", "signature",
                                 "app_name", "levels", "levels_plural", "label", NULL };

  return g_strv_contains (names, member);
}

/* Where a line may break, as the Unicode line-breaking rules have it: at a
 * space, but not at a no-break space (U+00A0, U+202F, U+2007), which only
 * looks like one; between ideographs, syllables and words of scripts that
 * write no spaces; after a hyphen */
static gboolean
allows_line_break (gunichar ch)
{
  switch (g_unichar_break_type (ch))
    {
    case G_UNICODE_BREAK_SPACE:
    case G_UNICODE_BREAK_ZERO_WIDTH_SPACE:
    case G_UNICODE_BREAK_MANDATORY:
    case G_UNICODE_BREAK_CARRIAGE_RETURN:
    case G_UNICODE_BREAK_LINE_FEED:
    case G_UNICODE_BREAK_NEXT_LINE:
    case G_UNICODE_BREAK_IDEOGRAPHIC:
    case G_UNICODE_BREAK_HANGUL_LV_SYLLABLE:
    case G_UNICODE_BREAK_HANGUL_LVT_SYLLABLE:
    case G_UNICODE_BREAK_CONDITIONAL_JAPANESE_STARTER:
    case G_UNICODE_BREAK_COMPLEX_CONTEXT:
    case G_UNICODE_BREAK_HYPHEN:
    case G_UNICODE_BREAK_AFTER:
    case G_UNICODE_BREAK_BEFORE:
    case G_UNICODE_BREAK_BEFORE_AND_AFTER:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Text a window lays out: a word (a run without a space) longer than a line
 * cannot wrap between words, and Pango measures it a character at a time */
static gboolean
check_text_size (OutreachWalk *walk,
                 const char   *value)
{
  guint chars = 0, word = 0, longest = 0;

  for (const char *p = value; *p != '\0'; p = g_utf8_next_char (p))
    {
      chars++;
      word = allows_line_break (g_utf8_get_char (p)) ? 0 : word + 1;
      longest = MAX (longest, word);
    }
  if (is_name_field (walk->text_member) && chars > OUTREACH_MAX_NAME_CHARS)
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                            _("is %u characters long; a name or heading may have at most %u"),
                            chars, OUTREACH_MAX_NAME_CHARS);
  else if (longest > OUTREACH_MAX_WORD_CHARS)
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                            _("has a word of %u characters with no place to break a line; a word "
                              "may have at most %u"), longest, OUTREACH_MAX_WORD_CHARS);
  else
    return TRUE;
  return FALSE;
}

static const char *
check_string (OutreachWalk *walk,
              JsonNode     *node)
{
  const char *value;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must be a string, not %s"),
                              node_type_name (node));
      return NULL;
    }
  value = json_node_get_string (node);
  if (walk->text_member != NULL && !check_text_size (walk, value))
    return NULL;
  if (is_blank (value))
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must not be empty"));
  else if (has_control_characters (value))
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                            _("contains a control character (such as a line break or tab)"));
  else
    return value;
  return NULL;
}

/* Reads a string member. Returns NULL when it is missing (a problem only if
 * @required), or not a string, blank or holding a control character (always
 * a problem). */
static const char *
get_plain_string (OutreachWalk *walk,
                  JsonObject   *object,
                  const char   *member,
                  gboolean      required)
{
  JsonNode *node = _outreach_walk_get_member (walk, object, member, required);
  const char *value;
  gsize len;

  if (node == NULL)
    return NULL;

  len = _outreach_walk_push_member (walk, member);
  value = check_string (walk, node);
  _outreach_walk_pop (walk, len);

  return value;
}

JsonArray *
_outreach_walk_get_array (OutreachWalk *walk,
                          JsonObject   *object,
                          const char   *member,
                          gboolean      required)
{
  JsonNode *node = _outreach_walk_get_member (walk, object, member, required);
  JsonArray *array = NULL;
  gsize len;

  if (node == NULL)
    return NULL;

  len = _outreach_walk_push_member (walk, member);
  if (!JSON_NODE_HOLDS_ARRAY (node))
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must be a list, not %s"),
                            node_type_name (node));
  else if (json_array_get_length (array = json_node_get_array (node)) > OUTREACH_CONTENT_MAX_ITEMS)
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_TOO_LARGE,
                              _("has %u items; at most %u are allowed"),
                              json_array_get_length (array), OUTREACH_CONTENT_MAX_ITEMS);
      array = NULL;
    }
  _outreach_walk_pop (walk, len);

  return array;
}

JsonObject *
_outreach_walk_get_object (OutreachWalk *walk,
                           JsonNode     *node)
{
  if (!JSON_NODE_HOLDS_OBJECT (node))
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must be an object, not %s"),
                              node_type_name (node));
      return NULL;
    }
  return json_node_get_object (node);
}

/* Walks each element of the list @member of @object with @walk_item, the
 * path following; a required list must not be empty. Returns whether the
 * list was there and usable. */
gboolean
_outreach_walk_list (OutreachWalk     *walk,
                     JsonObject       *object,
                     const char       *member,
                     gboolean          required,
                     OutreachWalkItem  walk_item,
                     gpointer          data)
{
  JsonArray *array = _outreach_walk_get_array (walk, object, member, required);
  gsize len;

  if (array == NULL)
    return FALSE;

  len = _outreach_walk_push_member (walk, member);
  if (required && json_array_get_length (array) == 0)
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID, _("must not be an empty list"));
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      gsize ilen = _outreach_walk_push_index (walk, i);
      walk_item (walk, json_array_get_element (array, i), data);
      _outreach_walk_pop (walk, ilen);
    }
  _outreach_walk_pop (walk, len);

  return TRUE;
}

static void
add_string (OutreachWalk *walk,
            JsonNode     *node,
            gpointer      builder)
{
  const char *value = check_string (walk, node);

  if (value != NULL)
    g_strv_builder_add (builder, value);
}

typedef struct
{
  OutreachRefKind  kind;
  gpointer         owner;
  OutreachPage    *page;
  GObject         *keep;
  GHashTable      *seen;   /* id → the index that listed it first */
  guint            index;
} RefList;

static void
add_ref (OutreachWalk *walk,
         JsonNode     *node,
         gpointer      data)
{
  RefList *list = data;
  const char *id = check_string (walk, node);
  gpointer first;

  list->index++;
  if (id == NULL)
    return;
  /* the same person twice in a section is two cards of them */
  if (g_hash_table_lookup_extended (list->seen, id, NULL, &first))
    {
      g_autofree char *quoted = outreach_text_excerpt (id, -1, OUTREACH_TEXT_EXCERPT_CHARS);

      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_DUPLICATE_ID,
                              _("“%s” is listed twice (first at [%u])"), quoted,
                              GPOINTER_TO_UINT (first));
      return;
    }
  g_hash_table_insert (list->seen, (gpointer) id, GUINT_TO_POINTER (list->index - 1));
  _outreach_walk_add_ref (walk, list->kind, id, list->owner, list->page, list->keep);
}

/* Reads a list of ids and notes each as a reference to resolve, at its own
 * place in the list (an element that is not a good string, or an id listed
 * twice, is reported and left out). */
void
_outreach_walk_add_refs (OutreachWalk    *walk,
                         JsonObject      *object,
                         const char      *member,
                         gboolean         required,
                         OutreachRefKind  kind,
                         gpointer         owner,
                         OutreachPage    *page,
                         GObject         *keep)
{
  RefList list = { kind, owner, page, keep, g_hash_table_new (g_str_hash, g_str_equal), 0 };

  _outreach_walk_list (walk, object, member, required, add_ref, &list);
  g_hash_table_unref (list.seen);
}

/* Reads a list of strings: paragraphs, items, or ids. An element that is not
 * a good string is reported and left out. */
static char **
get_plain_strings (OutreachWalk *walk,
                   JsonObject   *object,
                   const char   *member,
                   gboolean      required)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  if (!_outreach_walk_list (walk, object, member, required, add_string, builder))
    return NULL;
  return g_strv_builder_end (builder);
}

/* Reads a text field (a string, or a list of them when @list), or the
 * user's language's variant of it. Every variant is checked, whichever one
 * is shown. Returns a const string or a GStrv the caller owns. */
static gpointer
get_text (OutreachWalk *walk,
          JsonObject   *object,
          const char   *member,
          gboolean      required,
          gboolean      list)
{
  gpointer value;
  int best = -1;
  JsonObjectIter iter;
  const char *name;

  if (!outreach_translation_is_translatable (member))
    return list ? (gpointer) get_plain_strings (walk, object, member, required)
                : (gpointer) get_plain_string (walk, object, member, required);

  walk->text_member = member;
  value = list ? (gpointer) get_plain_strings (walk, object, member, required)
               : (gpointer) get_plain_string (walk, object, member, required);

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, NULL))
    {
      const char *lang = outreach_translation_get_language (name, member);
      gpointer variant;
      int rank;

      if (lang == NULL)
        continue;
      /* an empty list is no translation: it would show nothing */
      variant = list ? (gpointer) get_plain_strings (walk, object, name, TRUE)
                     : (gpointer) get_plain_string (walk, object, name, FALSE);
      rank = outreach_translation_rank (walk->languages, lang);
      if (variant != NULL && rank >= 0 && (best < 0 || rank < best))
        {
          if (list)
            g_strfreev (value);
          value = variant;
          best = rank;
        }
      else if (list)
        g_strfreev (variant);
    }
  walk->text_member = NULL;
  return value;
}

const char *
_outreach_walk_get_string (OutreachWalk *walk,
                           JsonObject   *object,
                           const char   *member,
                           gboolean      required)
{
  return get_text (walk, object, member, required, FALSE);
}

char **
_outreach_walk_get_strings (OutreachWalk *walk,
                            JsonObject   *object,
                            const char   *member,
                            gboolean      required)
{
  return get_text (walk, object, member, required, TRUE);
}

static gboolean
is_valid_id (const char *id)
{
  if (!g_ascii_isalnum (id[0]) || strlen (id) > 64)
    return FALSE;
  for (const char *p = id; *p; p++)
    if (!(g_ascii_islower (*p) || g_ascii_isdigit (*p) || *p == '-'))
      return FALSE;
  return TRUE;
}

/* Reads and checks an object's "id": well-formed and unique in @seen. */
const char *
_outreach_walk_get_id (OutreachWalk *walk,
                       JsonObject   *object,
                       GHashTable   *seen)
{
  const char *id = _outreach_walk_get_string (walk, object, "id", TRUE);
  gsize len;

  if (id == NULL)
    return NULL;

  len = _outreach_walk_push_member (walk, "id");
  if (!is_valid_id (id))
    {
      g_autofree char *quoted = outreach_text_excerpt (id, -1, OUTREACH_TEXT_EXCERPT_CHARS);

      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                              _("“%s” is not a valid id: use lower-case letters, "
                                "digits and “-”, at most 64"), quoted);
      id = NULL;
    }
  else if (g_hash_table_contains (seen, id))
    {
      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_DUPLICATE_ID,
                              _("duplicate id “%s” (first used at %s)"), id,
                              (const char *) g_hash_table_lookup (seen, id));
      id = NULL;
    }
  _outreach_walk_pop (walk, len);

  return id;
}
