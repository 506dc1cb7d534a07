/* outreach-content-schema-tour.c: the tours a pack offers a presenter
 *
 * The pack's optional "tours": each a name and an ordered list of steps,
 * a step a page, unit or profile (by id), or the organisation chart with a
 * unit selected ("chart"), with the presenter's notes for it. A step's page
 * or unit is only noted here, to be resolved once every list is read.
 * A pack without "tours" gets a default tour, made once the walk is done
 * (_outreach_content_add_default_tour()), named after the organisation.
 * The presenter (outreach-presenter.c) shows them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "outreach-content-loader-private.h"
#include "outreach-model-private.h"
#include "outreach-text.h"

/* A tour's "steps" are pages, the same in every language: a "steps@cy"
 * (which a route's steps may have) is no field of a tour */
static void
check_no_step_variants (OutreachWalk *walk,
                        JsonObject   *object)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (GList *l = members; l != NULL; l = l->next)
    if (g_str_has_prefix (l->data, "steps@"))
      {
        gsize len = _outreach_walk_push_member (walk, l->data);
        g_autofree char *quoted = outreach_text_excerpt (l->data, -1,
                                                         OUTREACH_TEXT_EXCERPT_CHARS);

        _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                                _("unknown field “%s”"), quoted);
        _outreach_walk_pop (walk, len);
      }
}

static void
walk_step (OutreachWalk *walk,
           JsonNode     *node,
           gpointer      data)
{
  static const char *allowed[] = { "page", "chart", "notes", NULL };
  OutreachTour *tour = data;
  JsonObject *object = _outreach_walk_get_object (walk, node);
  gboolean has_page, has_chart;
  OutreachTourStep *step;
  const char *id;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  /* a step shows one thing: a page, or the chart (with a unit selected) */
  has_page = json_object_has_member (object, "page");
  has_chart = json_object_has_member (object, "chart");
  if (!has_page && !has_chart)
    _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                            _("a step needs a “page” or a “chart” to show"));
  else if (has_page && has_chart)
    {
      /* at the field to take away */
      gsize len = _outreach_walk_push_member (walk, "chart");

      _outreach_walk_problem (walk, OUTREACH_CONTENT_ERROR_INVALID,
                              _("a step shows a “page” or the “chart”, not both"));
      _outreach_walk_pop (walk, len);
    }
  id = _outreach_walk_get_string (walk, object, has_chart ? "chart" : "page", FALSE);
  step = _outreach_tour_add_step (tour, NULL, _outreach_walk_get_string (walk, object, "notes",
                                                                           FALSE));
  step->chart = has_chart;
  if (id != NULL && has_page != has_chart)
    {
      gsize len = _outreach_walk_push_member (walk, has_chart ? "chart" : "page");

      step->page_id = g_strdup (id);
      _outreach_walk_add_ref (walk, has_chart ? OUTREACH_REF_TOUR_CHART : OUTREACH_REF_TOUR_STEP,
                              id, step, NULL, G_OBJECT (tour));
      _outreach_walk_pop (walk, len);
    }
}

void
_outreach_walk_tour (OutreachWalk *walk,
                     JsonNode     *node,
                     gpointer      data)
{
  static const char *allowed[] = { "id", "name", "steps", NULL };
  JsonObject *object = _outreach_walk_get_object (walk, node);
  g_autoptr(OutreachTour) tour = NULL;
  const char *id;

  if (object == NULL)
    return;

  _outreach_walk_check_members (walk, object, allowed);
  check_no_step_variants (walk, object);
  tour = g_object_new (OUTREACH_TYPE_TOUR, NULL);
  id = _outreach_walk_get_id (walk, object, walk->tour_ids);
  tour->name = g_strdup (_outreach_walk_get_string (walk, object, "name", TRUE));
  /* required: a tour with no steps is reported as an empty list */
  _outreach_walk_list (walk, object, "steps", TRUE, walk_step, tour);

  if (id != NULL)
    {
      tour->id = g_strdup (id);
      g_hash_table_insert (walk->tour_ids, tour->id, g_strdup (walk->path->str));
      g_list_store_append (walk->content->tours, tour);
    }
}

/* The pack's "tours", if it has them: a list, and not an empty one */
void
_outreach_walk_tours (OutreachWalk *walk,
                      JsonObject   *root)
{
  gboolean present = json_object_has_member (root, "tours");

  /* "required" when present only makes an empty list a problem */
  _outreach_walk_list (walk, root, "tours", present, _outreach_walk_tour, NULL);
}

static void
add_default_step (OutreachTour *tour,
                  OutreachNode *node)
{
  if (node != NULL)
    _outreach_tour_add_step (tour, node, NULL);
}

/* A pack without tours: Home, About, the chart of the whole structure (the
 * first top unit selected, when it has units below it), each capability
 * (the children of each root unit), Our people and Join us, whichever of
 * those the pack has */
void
_outreach_content_add_default_tour (OutreachContent *content)
{
  g_autoptr(OutreachTour) tour = g_object_new (OUTREACH_TYPE_TOUR, NULL);
  GListModel *units = G_LIST_MODEL (content->units);

  tour->id = g_strdup ("default");
  /* named after the organisation, in the user's language as the pack has
   * it (a translated "Introducing %s" would make Welsh wait for the
   * translators) */
  tour->name = g_strdup (content->name);
  add_default_step (tour, g_hash_table_lookup (content->nodes, "home"));
  add_default_step (tour, g_hash_table_lookup (content->nodes, "about"));
  if (g_list_model_get_n_items (units) > 0)
    {
      g_autoptr(OutreachNode) root = g_list_model_get_item (units, 0);
      GListModel *children = outreach_node_get_children (root);

      /* a chart of one box says nothing */
      if (children != NULL && g_list_model_get_n_items (children) > 0)
        _outreach_tour_add_step (tour, root, NULL)->chart = TRUE;
    }
  for (guint i = 0; i < g_list_model_get_n_items (units); i++)
    {
      g_autoptr(OutreachNode) root = g_list_model_get_item (units, i);
      GListModel *children = outreach_node_get_children (root);

      for (guint j = 0; children != NULL && j < g_list_model_get_n_items (children); j++)
        {
          g_autoptr(OutreachNode) child = g_list_model_get_item (children, j);

          /* a person's page may sit below a unit too: capabilities only */
          if (OUTREACH_IS_UNIT (child))
            add_default_step (tour, child);
        }
    }
  add_default_step (tour, g_hash_table_lookup (content->nodes, "people"));
  add_default_step (tour, g_hash_table_lookup (content->nodes, "join-us"));

  if (tour->steps->len > 0)
    g_list_store_append (content->tours, tour);
}
