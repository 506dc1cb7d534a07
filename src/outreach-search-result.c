/* outreach-search-result.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-search-private.h"

G_DEFINE_FINAL_TYPE (OutreachSearchResult, outreach_search_result, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_KIND,
  PROP_TITLE,
  PROP_SNIPPET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
outreach_search_result_finalize (GObject *object)
{
  OutreachSearchResult *self = OUTREACH_SEARCH_RESULT (object);

  g_clear_object (&self->node);
  g_clear_pointer (&self->snippet, g_free);
  g_clear_pointer (&self->matches, g_array_unref);

  G_OBJECT_CLASS (outreach_search_result_parent_class)->finalize (object);
}

static void
outreach_search_result_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OutreachSearchResult *self = OUTREACH_SEARCH_RESULT (object);

  switch (prop_id)
    {
    case PROP_KIND:
      g_value_set_string (value, outreach_search_result_get_kind (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, outreach_search_result_get_title (self));
      break;
    case PROP_SNIPPET:
      g_value_set_string (value, self->snippet);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_search_result_class_init (OutreachSearchResultClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = outreach_search_result_finalize;
  object_class->get_property = outreach_search_result_get_property;

  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SNIPPET] =
    g_param_spec_string ("snippet", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
outreach_search_result_init (OutreachSearchResult *self)
{
  self->matches = g_array_new (FALSE, FALSE, sizeof (OutreachMatch));
}

OutreachNode *
outreach_search_result_get_node (OutreachSearchResult *self)
{
  return self->node;
}

/**
 * outreach_search_result_get_kind:
 *
 * Returns: what the result is, for people: "Team", "Person", "Page" …
 */
const char *
outreach_search_result_get_kind (OutreachSearchResult *self)
{
  return outreach_node_get_kind_name (self->node);
}

const char *
outreach_search_result_get_title (OutreachSearchResult *self)
{
  return outreach_node_get_title (self->node);
}

/**
 * outreach_search_result_get_snippet:
 *
 * Returns: the passage of the page's text that matched, or its opening
 */
const char *
outreach_search_result_get_snippet (OutreachSearchResult *self)
{
  return self->snippet;
}

/**
 * outreach_search_result_get_matches:
 * @n_matches: (out): how many
 *
 * Returns: (array length=n_matches): where the query matched in the snippet
 */
const OutreachMatch *
outreach_search_result_get_matches (OutreachSearchResult *self,
                                    guint                *n_matches)
{
  *n_matches = self->matches->len;
  return (const OutreachMatch *) (gpointer) self->matches->data;
}

double
outreach_search_result_get_score (OutreachSearchResult *self)
{
  return self->score;
}
