/* outreach-tour.c: a presenter's walk through the pack's pages, as the pack's "tours" give it
 *
 * A tour has a name and an ordered list of steps, each a page, unit or
 * profile, or the organisation chart with a unit selected (a "chart"
 * step), with the presenter's notes for it (which may be empty). A pack
 * without tours gets a default one (see outreach_content_get_tours()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "outreach-model-private.h"

G_DEFINE_FINAL_TYPE (OutreachTour, outreach_tour, G_TYPE_OBJECT)

void
_outreach_tour_step_free (OutreachTourStep *step)
{
  g_free (step->page_id);
  g_free (step->notes);
  g_clear_object (&step->node);
  g_free (step);
}

static void
outreach_tour_finalize (GObject *object)
{
  OutreachTour *self = OUTREACH_TOUR (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->steps, g_ptr_array_unref);

  G_OBJECT_CLASS (outreach_tour_parent_class)->finalize (object);
}

static void
outreach_tour_class_init (OutreachTourClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_tour_finalize;
}

static void
outreach_tour_init (OutreachTour *self)
{
  self->steps = g_ptr_array_new_with_free_func ((GDestroyNotify) _outreach_tour_step_free);
}

/* Adds a step at the end: @node (may be NULL until resolved) with @notes (may be NULL) */
OutreachTourStep *
_outreach_tour_add_step (OutreachTour *self,
                         OutreachNode *node,
                         const char   *notes)
{
  OutreachTourStep *step = g_new0 (OutreachTourStep, 1);

  step->node = node ? g_object_ref (node) : NULL;
  step->notes = g_strdup (notes);
  g_ptr_array_add (self->steps, step);
  return step;
}

const char *
outreach_tour_get_id (OutreachTour *self)
{
  g_return_val_if_fail (OUTREACH_IS_TOUR (self), NULL);

  return self->id;
}

/**
 * outreach_tour_get_name:
 *
 * Returns: the tour's name, such as "Introducing the SEROCU", in the user's language
 */
const char *
outreach_tour_get_name (OutreachTour *self)
{
  g_return_val_if_fail (OUTREACH_IS_TOUR (self), NULL);

  return self->name;
}

guint
outreach_tour_get_n_steps (OutreachTour *self)
{
  g_return_val_if_fail (OUTREACH_IS_TOUR (self), 0);

  return self->steps->len;
}

/**
 * outreach_tour_get_step_node:
 *
 * Returns: (transfer none): the page, unit or profile step @index shows
 */
OutreachNode *
outreach_tour_get_step_node (OutreachTour *self,
                             guint         index)
{
  g_return_val_if_fail (OUTREACH_IS_TOUR (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return ((OutreachTourStep *) g_ptr_array_index (self->steps, index))->node;
}

/**
 * outreach_tour_get_step_chart:
 *
 * Returns: whether step @index shows the organisation chart (the Structure
 *   page) rather than a page: its node (outreach_tour_get_step_node()) is
 *   the unit selected in it
 */
gboolean
outreach_tour_get_step_chart (OutreachTour *self,
                              guint         index)
{
  g_return_val_if_fail (OUTREACH_IS_TOUR (self), FALSE);
  g_return_val_if_fail (index < self->steps->len, FALSE);

  return ((OutreachTourStep *) g_ptr_array_index (self->steps, index))->chart;
}

/**
 * outreach_tour_dup_step_title:
 *
 * Returns: (transfer full): what step @index is called (the presenter
 *   view's title, its next step's line): the page's title, or for a chart
 *   step "Structure: " and the unit's name
 */
char *
outreach_tour_dup_step_title (OutreachTour *self,
                              guint         index)
{
  OutreachTourStep *step;
  const char *title;

  g_return_val_if_fail (OUTREACH_IS_TOUR (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  step = g_ptr_array_index (self->steps, index);
  title = step->node != NULL ? outreach_node_get_title (step->node) : "";
  if (step->chart)
    /* Translators: a presenter's tour step that shows the organisation
     * chart (the Structure page) with this unit selected */
    return g_strdup_printf (_("Structure: %s"), title);
  return g_strdup (title);
}

/**
 * outreach_tour_get_step_notes:
 *
 * Returns: (nullable): the presenter's notes for step @index, in the
 *   user's language, or %NULL when the pack gives none
 */
const char *
outreach_tour_get_step_notes (OutreachTour *self,
                              guint         index)
{
  g_return_val_if_fail (OUTREACH_IS_TOUR (self), NULL);
  g_return_val_if_fail (index < self->steps->len, NULL);

  return ((OutreachTourStep *) g_ptr_array_index (self->steps, index))->notes;
}
