/* outreach-page.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-model-private.h"

G_DEFINE_FINAL_TYPE (OutreachPage, outreach_page, OUTREACH_TYPE_NODE)

OutreachSection *
_outreach_section_new (void)
{
  OutreachSection *section = g_new0 (OutreachSection, 1);

  section->contacts = g_ptr_array_new_with_free_func (g_object_unref);
  section->links = g_ptr_array_new_with_free_func (g_object_unref);
  section->profiles = g_ptr_array_new_with_free_func (g_object_unref);

  return section;
}

void
_outreach_section_free (OutreachSection *section)
{
  g_free (section->heading);
  g_strfreev (section->paragraphs);
  g_free (section->quote);
  g_free (section->quote_source);
  g_strfreev (section->items);
  g_strfreev (section->after);
  g_free (section->signature);
  g_ptr_array_unref (section->contacts);
  g_ptr_array_unref (section->links);
  g_ptr_array_unref (section->profiles);
  g_free (section);
}

OutreachPageAction *
_outreach_page_action_new (const char *label,
                           const char *target_id)
{
  OutreachPageAction *action = g_new0 (OutreachPageAction, 1);

  action->label = g_strdup (label);
  action->target_id = g_strdup (target_id);
  return action;
}

void
_outreach_page_action_free (OutreachPageAction *action)
{
  g_free (action->label);
  g_free (action->target_id);
  g_free (action);
}

static void
outreach_page_finalize (GObject *object)
{
  OutreachPage *self = OUTREACH_PAGE (object);

  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->sections, g_ptr_array_unref);
  g_clear_pointer (&self->actions, g_ptr_array_unref);
  g_clear_object (&self->routes);

  G_OBJECT_CLASS (outreach_page_parent_class)->finalize (object);
}

static void
outreach_page_class_init (OutreachPageClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_page_finalize;
}

static void
outreach_page_init (OutreachPage *self)
{
  self->sections = g_ptr_array_new_with_free_func ((GDestroyNotify) _outreach_section_free);
  self->routes = g_list_store_new (OUTREACH_TYPE_ROUTE);
}

/**
 * outreach_page_get_summary:
 *
 * Returns: (nullable): the page's opening line
 */
const char *
outreach_page_get_summary (OutreachPage *self)
{
  return self->summary;
}

guint
outreach_page_get_n_sections (OutreachPage *self)
{
  return self->sections->len;
}

const OutreachSection *
outreach_page_get_section (OutreachPage *self,
                           guint         index)
{
  g_return_val_if_fail (index < self->sections->len, NULL);

  return g_ptr_array_index (self->sections, index);
}

/**
 * outreach_page_has_actions:
 *
 * Returns: whether the pack lists the page's calls to action ("actions"),
 *   even as an empty list
 */
gboolean
outreach_page_has_actions (OutreachPage *self)
{
  return self->actions != NULL;
}

/**
 * outreach_page_get_n_actions:
 *
 * Returns: how many calls to action the page has (its "actions")
 */
guint
outreach_page_get_n_actions (OutreachPage *self)
{
  return self->actions ? self->actions->len : 0;
}

/**
 * outreach_page_get_action:
 *
 * Returns: (transfer none): the page's @index-th call to action, its target resolved
 */
const OutreachPageAction *
outreach_page_get_action (OutreachPage *self,
                          guint         index)
{
  g_return_val_if_fail (index < outreach_page_get_n_actions (self), NULL);

  return g_ptr_array_index (self->actions, index);
}

/**
 * outreach_page_get_routes:
 *
 * Returns: (transfer none): the ways in (#OutreachRoute) the page shows,
 *   as the pack lists them in its "routes"; empty for most pages
 */
GListModel *
outreach_page_get_routes (OutreachPage *self)
{
  g_return_val_if_fail (OUTREACH_IS_PAGE (self), NULL);

  return G_LIST_MODEL (self->routes);
}
