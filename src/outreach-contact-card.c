/* outreach-contact-card.c
 *
 * A contact in a page's section: their name, what to write to them about,
 * their address (plain text, with a button beside it that copies it, and
 * says so for a moment after it) and a button that opens a message to
 * them through win.write-to. On a display station nothing is copied (the
 * next visitor would paste it): the copy button is not there while the
 * window the card is in is a station (its "kiosk" property).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-accessible.h"
#include "outreach-contact-card.h"
#include "outreach-text-block.h"

struct _OutreachContactCard
{
  GtkBox             parent_instance;

  OutreachContact   *contact;

  GtkLabel          *name_label;
  OutreachTextBlock *purpose_text;
  GtkLabel          *address_label;
  GtkButton         *copy_button;
  GtkLabel          *copied_label;
  GtkButton         *write_button;

  GBinding          *station_binding;
  guint              copied_source;
};

/* how long "Copied" shows after a copy */
#define COPIED_SHOWN_MS 3000

G_DEFINE_FINAL_TYPE (OutreachContactCard, outreach_contact_card, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CONTACT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static gboolean
hide_copied (gpointer data)
{
  OutreachContactCard *self = data;

  self->copied_source = 0;
  gtk_label_set_text (self->copied_label, "");
  return G_SOURCE_REMOVE;
}

static void
copy_address_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  OutreachContactCard *self = OUTREACH_CONTACT_CARD (widget);

  if (self->contact == NULL || !gtk_widget_get_visible (GTK_WIDGET (self->copy_button)))
    return;
  gdk_clipboard_set_text (gtk_widget_get_clipboard (widget),
                          outreach_contact_get_address (self->contact));
  /* Translators: shown for a moment beside the button that copied an address */
  gtk_label_set_text (self->copied_label, _("Copied"));
  g_clear_handle_id (&self->copied_source, g_source_remove);
  self->copied_source = g_timeout_add (COPIED_SHOWN_MS, hide_copied, self);
}

static void
render (OutreachContactCard *self)
{
  OutreachContact *contact = self->contact;
  g_autofree char *accessible = NULL;
  g_autofree char *copy = NULL;

  g_clear_handle_id (&self->copied_source, g_source_remove);
  gtk_label_set_text (self->copied_label, "");

  if (contact == NULL)
    {
      gtk_label_set_text (self->name_label, "");
      outreach_text_block_set_text (self->purpose_text, "");
      gtk_label_set_text (self->address_label, "");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->write_button), NULL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->write_button),
                                     GTK_ACCESSIBLE_PROPERTY_LABEL);
      gtk_accessible_reset_property (GTK_ACCESSIBLE (self->copy_button),
                                     GTK_ACCESSIBLE_PROPERTY_LABEL);
      _outreach_accessible_set_tooltip (GTK_WIDGET (self->copy_button), NULL);
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
  /* its mnemonic label names it too, which GTK 4.8 reads after the name:
   * "Write an email to … Write an Email" */
  gtk_accessible_reset_relation (GTK_ACCESSIBLE (self->write_button),
                                 GTK_ACCESSIBLE_RELATION_LABELLED_BY);
  /* Translators: a button beside a contact's email address; %s is the contact */
  copy = g_strdup_printf (_("Copy the address of %s"), outreach_contact_get_name (contact));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->copy_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, copy, -1);
  _outreach_accessible_set_tooltip (GTK_WIDGET (self->copy_button), copy);
  /* the tooltip shows the name to a pointer; a screen reader has it once */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->copy_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "", -1);
}

static void
forget_station (OutreachContactCard *self)
{
  if (self->station_binding == NULL)
    return;
  /* held: unbinding a binding its window has already let go of is safe */
  g_binding_unbind (self->station_binding);
  g_clear_object (&self->station_binding);
}

/* On a station the copy button is not there: bound to its window's
 * "kiosk", whichever window the card is in, for as long as it is in it */
static void
outreach_contact_card_root (GtkWidget *widget)
{
  OutreachContactCard *self = OUTREACH_CONTACT_CARD (widget);
  GtkRoot *root;

  GTK_WIDGET_CLASS (outreach_contact_card_parent_class)->root (widget);

  root = gtk_widget_get_root (widget);
  forget_station (self);
  if (g_object_class_find_property (G_OBJECT_GET_CLASS (root), "kiosk") != NULL)
    self->station_binding = g_object_ref (g_object_bind_property (root, "kiosk",
                                                                  self->copy_button, "visible",
                                                                  G_BINDING_SYNC_CREATE |
                                                                  G_BINDING_INVERT_BOOLEAN));
}

static void
outreach_contact_card_unroot (GtkWidget *widget)
{
  OutreachContactCard *self = OUTREACH_CONTACT_CARD (widget);

  forget_station (self);

  GTK_WIDGET_CLASS (outreach_contact_card_parent_class)->unroot (widget);
}

static void
outreach_contact_card_dispose (GObject *object)
{
  OutreachContactCard *self = OUTREACH_CONTACT_CARD (object);

  g_clear_handle_id (&self->copied_source, g_source_remove);
  forget_station (self);
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
  widget_class->root = outreach_contact_card_root;
  widget_class->unroot = outreach_contact_card_unroot;

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
  gtk_widget_class_bind_template_child (widget_class, OutreachContactCard, copy_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachContactCard, copied_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachContactCard, write_button);

  gtk_widget_class_install_action (widget_class, "contact.copy-address", NULL, copy_address_action);
}

static void
outreach_contact_card_init (OutreachContactCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _outreach_accessible_follow_status (self->copied_label);
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
