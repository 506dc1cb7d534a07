/* outreach-unit.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <glib/gi18n.h>

#include "outreach-model-private.h"

G_DEFINE_FINAL_TYPE (OutreachUnit, outreach_unit, OUTREACH_TYPE_NODE)

static void
outreach_unit_finalize (GObject *object)
{
  OutreachUnit *self = OUTREACH_UNIT (object);

  g_clear_pointer (&self->description, g_strfreev);
  g_clear_object (&self->profiles);
  g_clear_pointer (&self->level_name, g_free);
  g_clear_pointer (&self->children_heading, g_free);

  G_OBJECT_CLASS (outreach_unit_parent_class)->finalize (object);
}

static void
outreach_unit_class_init (OutreachUnitClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_unit_finalize;
}

static void
outreach_unit_init (OutreachUnit *self)
{
  self->profiles = g_list_store_new (OUTREACH_TYPE_NODE);
}

const char *
outreach_unit_get_name (OutreachUnit *self)
{
  return outreach_node_get_title (OUTREACH_NODE (self));
}

/**
 * outreach_unit_get_abbreviation:
 *
 * Returns: (nullable): the abbreviation the unit is known by, such as "RART"
 */
const char *
outreach_unit_get_abbreviation (OutreachUnit *self)
{
  return outreach_node_get_subtitle (OUTREACH_NODE (self));
}

/**
 * outreach_unit_get_description:
 *
 * Returns: (transfer none): the description, one string per paragraph
 */
const char * const *
outreach_unit_get_description (OutreachUnit *self)
{
  return (const char * const *) self->description;
}

/**
 * outreach_unit_get_profiles:
 *
 * Returns: (transfer none): the profiles of the people who work here
 */
GListModel *
outreach_unit_get_profiles (OutreachUnit *self)
{
  return G_LIST_MODEL (self->profiles);
}

/**
 * outreach_unit_get_children_heading:
 *
 * Returns: what the unit's children are called together, the heading over
 *   them on its page: the pack's "levels_plural" name for their depth, by
 *   default "Capabilities" below the unit and "Teams" further down
 */
const char *
outreach_unit_get_children_heading (OutreachUnit *self)
{
  g_return_val_if_fail (OUTREACH_IS_UNIT (self), NULL);

  if (self->children_heading != NULL)
    return self->children_heading;
  return outreach_node_get_parent (OUTREACH_NODE (self)) == NULL ? _("Capabilities") : _("Teams");
}
