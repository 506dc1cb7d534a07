/* outreach-contact-card.c
 *
 * A contact in a page's section: their name, what to write to them about,
 * their address (selectable, to copy) and a button that opens a message to
 * them through win.write-to.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-contact-card.h"
#include "outreach-text-block.h"

struct _OutreachContactCard
{
  GtkBox             parent_instance;

  OutreachContact   *contact;

  GtkLabel          *name_label;
  OutreachTextBlock *purpose_text;
  GtkLabel          *address_label;
  GtkButton         *write_button;
};

G_DEFINE_FINAL_TYPE (OutreachContactCard, outreach_contact_card, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
render (OutreachContactCard *self)
{
  OutreachContact *contact = self->contact;
  g_autofree char *accessible = NULL;

  if (contact == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      outreach_text_block_set_text (self->purpose_text, "");
      gtk_label_set_text (self->address_label, "");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->write_button), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->write_button),
                                     GTK_ACCESSIBLE_PROPERTY_LABEL);
      return;
    }

  gtk_label_set_text (self->name_label, outreach_contact_get_name (contact));
  outreach_text_block_set_text (self->purpose_text, outreach_contact_get_purpose (contact));
  gtk_label_set_text (self->address_label, outreach_contact_get_address (contact));
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->write_button), "s",
                                    outreach_contact_get_id (contact));
  accessible = g_strdup_printf (_("Write an email to %s"), outreach_contact_get_name (contact));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->write_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
outreach_contact_card_dispose (GObject *object)
{
  OutreachContactCard *self = OUTREACH_CONTACT_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OUTREACH_TYPE_CONTACT_CARD);
  g_clear_object (&self->contact);

  G_OBJECT_CLASS (outreach_contact_card_parent_class)->dispose (object);
}

static void
outreach_contact_card_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  OutreachContactCard *self = OUTREACH_CONTACT_CARD (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      g_value_set_object (value, self->contact);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_contact_card_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  OutreachContactCard *self = OUTREACH_CONTACT_CARD (object);

  switch (prop_id)
    {
    case PROP_CONTACT:
      outreach_contact_card_set_contact (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_contact_card_class_init (OutreachContactCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_contact_card_dispose;
  object_class->get_property = outreach_contact_card_get_property;
  object_class->set_property = outreach_contact_card_set_property;

  properties[PROP_CONTACT] =
    g_param_spec_object ("contact", NULL, NULL, OUTREACH_TYPE_CONTACT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OUTREACH_TYPE_TEXT_BLOCK);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-contact-card.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachContactCard, name_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachContactCard, purpose_text);
  gtk_widget_class_bind_template_child (widget_class, OutreachContactCard, address_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachContactCard, write_button);
}

static void
outreach_contact_card_init (OutreachContactCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
outreach_contact_card_new (OutreachContact *contact)
{
  return g_object_new (OUTREACH_TYPE_CONTACT_CARD, "contact", contact, NULL);
}

OutreachContact *
outreach_contact_card_get_contact (OutreachContactCard *self)
{
  g_return_val_if_fail (OUTREACH_IS_CONTACT_CARD (self), NULL);

  return self->contact;
}

void
outreach_contact_card_set_contact (OutreachContactCard *self,
                                   OutreachContact     *contact)
{
  g_return_if_fail (OUTREACH_IS_CONTACT_CARD (self));
  g_return_if_fail (contact == NULL || OUTREACH_IS_CONTACT (contact));

  if (g_set_object (&self->contact, contact))
    {
      render (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTACT]);
    }
}
