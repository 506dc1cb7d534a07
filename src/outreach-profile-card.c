/* outreach-profile-card.c
 *
 * A large card per person, to open their story: name, role, staff or
 * officer, time in role, team and, where they gave one, a quote (its first
 * few lines: the whole of it is on their page). The card is one button,
 * named for all it shows, so the keyboard and a screen reader meet it once.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-profile-card.h"
#include "outreach-text.h"
#include "outreach-text-block.h"

/* a card is one of many side by side: a quote longer than this (a pack may
 * hold 64 KiB) would make every card in the row as tall */
#define CARD_QUOTE_CHARS 280

struct _OutreachProfileCard
{
  GtkButton          parent_instance;

  OutreachProfile   *profile;

  OutreachTextBlock *name_text;
  OutreachTextBlock *role_text;
  OutreachTextBlock *meta_text;
  OutreachTextBlock *team_text;
  OutreachTextBlock *quote_text;
};

G_DEFINE_FINAL_TYPE (OutreachProfileCard, outreach_profile_card, GTK_TYPE_BUTTON)

enum {
  PROP_0,
  PROP_PROFILE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
render (OutreachProfileCard *self)
{
  OutreachProfile *profile = self->profile;
  OutreachUnit *team;
  const char *time_in_role;
  const char *employment;
  const char *quote;
  g_autofree char *meta = NULL;
  g_autofree char *quoted = NULL;
  g_autofree char *accessible = NULL;

  if (profile == NULL)
    {
      outreach_text_block_set_text (self->name_text, "");
      outreach_text_block_set_text (self->role_text, "");
      outreach_text_block_set_text (self->meta_text, "");
      gtk_widget_set_visible (GTK_WIDGET (self->team_text), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->quote_text), FALSE);
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  team = outreach_profile_get_team (profile);
  time_in_role = outreach_profile_get_time_in_role (profile);
  employment = outreach_profile_get_employment_label (profile);
  quote = outreach_profile_get_quote (profile);
  meta = time_in_role
    /* Translators: staff or officer, then time in role, e.g. "10 months" */
    ? g_strdup_printf (_("%s · %s in role"), employment, time_in_role)
    : g_strdup (employment);

  outreach_text_block_set_text (self->name_text, outreach_profile_get_name (profile));
  outreach_text_block_set_text (self->role_text, outreach_profile_get_role (profile));
  outreach_text_block_set_text (self->meta_text, meta);
  outreach_text_block_set_text (self->team_text, team ? outreach_unit_get_name (team) : "");
  gtk_widget_set_visible (GTK_WIDGET (self->team_text), team != NULL);
  if (quote != NULL)
    {
      g_autofree char *shown = outreach_text_excerpt (quote, -1, CARD_QUOTE_CHARS);

      quoted = g_strdup_printf ("“%s”", shown);
    }
  outreach_text_block_set_text (self->quote_text, quoted ? quoted : "");
  gtk_widget_set_visible (GTK_WIDGET (self->quote_text), quote != NULL);

  gtk_actionable_set_action_target (GTK_ACTIONABLE (self), "s",
                                    outreach_node_get_id (OUTREACH_NODE (profile)));

  /* one sentence a translator can order, rather than parts joined by commas */
  if (team != NULL)
    /* Translators: a person's card as a screen reader reads it: their name,
     * their role, the team they work in, then "staff · 10 months in role";
     * reorder with %1$s…%4$s as your language needs */
    accessible = g_strdup_printf (_("%1$s, %2$s in the %3$s, %4$s"),
                                  outreach_profile_get_name (profile),
                                  outreach_profile_get_role (profile),
                                  outreach_unit_get_name (team), meta);
  else
    /* Translators: a person's card as a screen reader reads it: their name,
     * their role, then "staff · 10 months in role" */
    accessible = g_strdup_printf (_("%1$s, %2$s, %3$s"),
                                  outreach_profile_get_name (profile),
                                  outreach_profile_get_role (profile), meta);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
outreach_profile_card_dispose (GObject *object)
{
  OutreachProfileCard *self = OUTREACH_PROFILE_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OUTREACH_TYPE_PROFILE_CARD);
  g_clear_object (&self->profile);

  G_OBJECT_CLASS (outreach_profile_card_parent_class)->dispose (object);
}

static void
outreach_profile_card_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  OutreachProfileCard *self = OUTREACH_PROFILE_CARD (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      g_value_set_object (value, self->profile);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_profile_card_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  OutreachProfileCard *self = OUTREACH_PROFILE_CARD (object);

  switch (prop_id)
    {
    case PROP_PROFILE:
      outreach_profile_card_set_profile (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_profile_card_class_init (OutreachProfileCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_profile_card_dispose;
  object_class->get_property = outreach_profile_card_get_property;
  object_class->set_property = outreach_profile_card_set_property;

  properties[PROP_PROFILE] =
    g_param_spec_object ("profile", NULL, NULL, OUTREACH_TYPE_PROFILE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OUTREACH_TYPE_TEXT_BLOCK);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-profile-card.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachProfileCard, name_text);
  gtk_widget_class_bind_template_child (widget_class, OutreachProfileCard, role_text);
  gtk_widget_class_bind_template_child (widget_class, OutreachProfileCard, meta_text);
  gtk_widget_class_bind_template_child (widget_class, OutreachProfileCard, team_text);
  gtk_widget_class_bind_template_child (widget_class, OutreachProfileCard, quote_text);
}

static void
outreach_profile_card_init (OutreachProfileCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
outreach_profile_card_new (OutreachProfile *profile)
{
  return g_object_new (OUTREACH_TYPE_PROFILE_CARD, "profile", profile, NULL);
}

OutreachProfile *
outreach_profile_card_get_profile (OutreachProfileCard *self)
{
  g_return_val_if_fail (OUTREACH_IS_PROFILE_CARD (self), NULL);

  return self->profile;
}

void
outreach_profile_card_set_profile (OutreachProfileCard *self,
                                   OutreachProfile     *profile)
{
  g_return_if_fail (OUTREACH_IS_PROFILE_CARD (self));
  g_return_if_fail (profile == NULL || OUTREACH_IS_PROFILE (profile));

  if (g_set_object (&self->profile, profile))
    {
      render (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PROFILE]);
    }
}
