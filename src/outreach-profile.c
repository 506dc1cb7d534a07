/* outreach-profile.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "outreach-model-private.h"

G_DEFINE_FINAL_TYPE (OutreachProfile, outreach_profile, OUTREACH_TYPE_NODE)

static void
outreach_profile_finalize (GObject *object)
{
  OutreachProfile *self = OUTREACH_PROFILE (object);

  g_clear_pointer (&self->employment, g_free);
  g_clear_pointer (&self->employment_label, g_free);
  g_clear_pointer (&self->time_in_role, g_free);
  g_clear_pointer (&self->team_id, g_free);
  g_clear_pointer (&self->quote, g_free);
  g_clear_pointer (&self->story, g_strfreev);

  G_OBJECT_CLASS (outreach_profile_parent_class)->finalize (object);
}

static void
outreach_profile_class_init (OutreachProfileClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = outreach_profile_finalize;
}

static void
outreach_profile_init (OutreachProfile *self)
{
}

const char *
outreach_profile_get_name (OutreachProfile *self)
{
  return outreach_node_get_title (OUTREACH_NODE (self));
}

const char *
outreach_profile_get_role (OutreachProfile *self)
{
  return outreach_node_get_subtitle (OUTREACH_NODE (self));
}

/**
 * outreach_profile_get_employment:
 *
 * Returns: the id of the person's kind of employment, one of the pack's
 *   (by default "officer" or "staff")
 */
const char *
outreach_profile_get_employment (OutreachProfile *self)
{
  return self->employment;
}

/**
 * outreach_profile_get_employment_label:
 *
 * Returns: the kind of employment as a person reads it, translated
 */
const char *
outreach_profile_get_employment_label (OutreachProfile *self)
{
  g_return_val_if_fail (OUTREACH_IS_PROFILE (self), NULL);
  return self->employment_label;
}

const char *
outreach_profile_get_time_in_role (OutreachProfile *self)
{
  return self->time_in_role;
}

/**
 * outreach_profile_get_team:
 *
 * Returns: (transfer none): the team the person works in
 */
OutreachUnit *
outreach_profile_get_team (OutreachProfile *self)
{
  return self->team;
}

/**
 * outreach_profile_get_quote:
 *
 * Returns: (nullable): the line pulled out of the story
 */
const char *
outreach_profile_get_quote (OutreachProfile *self)
{
  return self->quote;
}

const char * const *
outreach_profile_get_story (OutreachProfile *self)
{
  return (const char * const *) self->story;
}
