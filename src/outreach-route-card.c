/* outreach-route-card.c
 *
 * A way in (OutreachRoute) as a card: whom it is for, what happens next
 * in numbered steps, and a button that writes to its contact through
 * win.write-to, about the page it is on. outreach_route_cards_new() sets
 * a page's routes side by side where there is room, one under the other
 * where there is not.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-route-card.h"

#include "outreach-accessible.h"
#include "outreach-text-block.h"

/* A GtkFlowBox puts as many cards on a line as fit at their natural
 * width: the text's natural width is a short line (two cards fit side by
 * side in a page's column, and go one under the other below that), and
 * grows to fill the card. No minimum beyond the text's: a narrow window
 * is never made wider by a card. */
#define CARD_TEXT_CHARS 32

struct _OutreachRouteCard
{
  GtkBox             parent_instance;

  OutreachRoute     *route;

  GtkLabel          *title_label;
  OutreachTextBlock *audience_text;
  GtkBox            *steps_box;
  GtkButton         *write_button;
  GtkLabel          *write_label;
};

G_DEFINE_FINAL_TYPE (OutreachRouteCard, outreach_route_card, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_ROUTE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
render (OutreachRouteCard *self)
{
  OutreachRoute *route = self->route;
  OutreachContact *contact = route ? outreach_route_get_contact (route) : NULL;
  const char * const *steps = route ? outreach_route_get_steps (route) : NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->steps_box))) != NULL)
    gtk_box_remove (self->steps_box, child);

  gtk_label_set_text (self->title_label, route ? outreach_route_get_title (route) : "");
  outreach_text_block_set_text (self->audience_text,
                                route ? outreach_route_get_audience (route) : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  route ? outreach_route_get_title (route) : "", -1);

  for (guint i = 0; steps != NULL && steps[i] != NULL; i++)
    {
      /* Translators: a numbered step of what happens next, such as "1. Write
       * to the HR team"; %u is its number, %s the step */
      g_autofree char *text = g_strdup_printf (_("%u. %s"), i + 1, steps[i]);
      GtkWidget *step = outreach_text_block_new (text, "paragraph");

      g_object_set (step, "fill-width", TRUE, "max-width-chars", CARD_TEXT_CHARS,
                    "accessible-role", GTK_ACCESSIBLE_ROLE_LIST_ITEM, NULL);
      gtk_box_append (self->steps_box, step);
    }

  if (contact != NULL)
    {
      /* Translators: a button that opens a message to this contact */
      g_autofree char *who = g_strdup_printf (_("Write to %s"), outreach_contact_get_name (contact));

      gtk_label_set_text (self->write_label, who);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (self->write_button), "s",
                                        outreach_contact_get_id (contact));
      _outreach_accessible_set_tooltip (GTK_WIDGET (self->write_button),
                                   outreach_contact_get_purpose (contact));
    }
  else
    {
      gtk_label_set_text (self->write_label, "");
      gtk_actionable_set_action_target_value (GTK_ACTIONABLE (self->write_button), NULL);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->write_button), contact != NULL);
}

static void
outreach_route_card_dispose (GObject *object)
{
  OutreachRouteCard *self = OUTREACH_ROUTE_CARD (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OUTREACH_TYPE_ROUTE_CARD);
  g_clear_object (&self->route);

  G_OBJECT_CLASS (outreach_route_card_parent_class)->dispose (object);
}

static void
outreach_route_card_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OutreachRouteCard *self = OUTREACH_ROUTE_CARD (object);

  switch (prop_id)
    {
    case PROP_ROUTE:
      g_value_set_object (value, self->route);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_route_card_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OutreachRouteCard *self = OUTREACH_ROUTE_CARD (object);

  switch (prop_id)
    {
    case PROP_ROUTE:
      outreach_route_card_set_route (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_route_card_class_init (OutreachRouteCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_route_card_dispose;
  object_class->get_property = outreach_route_card_get_property;
  object_class->set_property = outreach_route_card_set_property;

  properties[PROP_ROUTE] =
    g_param_spec_object ("route", NULL, NULL, OUTREACH_TYPE_ROUTE,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  g_type_ensure (OUTREACH_TYPE_TEXT_BLOCK);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-route-card.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachRouteCard, title_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachRouteCard, audience_text);
  gtk_widget_class_bind_template_child (widget_class, OutreachRouteCard, steps_box);
  gtk_widget_class_bind_template_child (widget_class, OutreachRouteCard, write_button);
  gtk_widget_class_bind_template_child (widget_class, OutreachRouteCard, write_label);
}

static void
outreach_route_card_init (OutreachRouteCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* read as the page's paragraphs are, at their size */
  gtk_widget_add_css_class (GTK_WIDGET (outreach_text_block_get_label (self->audience_text)),
                            "paragraph");
  g_object_set (self->audience_text, "max-width-chars", CARD_TEXT_CHARS, NULL);
  gtk_label_set_max_width_chars (self->title_label, CARD_TEXT_CHARS);
  gtk_label_set_max_width_chars (self->write_label, CARD_TEXT_CHARS);
}

GtkWidget *
outreach_route_card_new (OutreachRoute *route)
{
  return g_object_new (OUTREACH_TYPE_ROUTE_CARD, "route", route, NULL);
}

OutreachRoute *
outreach_route_card_get_route (OutreachRouteCard *self)
{
  g_return_val_if_fail (OUTREACH_IS_ROUTE_CARD (self), NULL);

  return self->route;
}

void
outreach_route_card_set_route (OutreachRouteCard *self,
                               OutreachRoute     *route)
{
  g_return_if_fail (OUTREACH_IS_ROUTE_CARD (self));

  if (g_set_object (&self->route, route))
    {
      render (self);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROUTE]);
    }
}

/**
 * outreach_route_cards_new:
 * @routes: (element-type OutreachRoute): a page's ways in
 *
 * Returns: (transfer floating): a card for each route, side by side where
 *   there is room and one under the other where there is not; hidden when
 *   there are none, so a page may add it whatever the pack says
 */
GtkWidget *
outreach_route_cards_new (GListModel *routes)
{
  /* one under the other in the page's reading column (two side by side
   * would leave each some 30 characters a line), each as tall as what it
   * says: a flow box's equal heights left a gap under the shorter card
   * (probe 16b) */
  GtkWidget *list = g_object_new (GTK_TYPE_BOX,
                                  "orientation", GTK_ORIENTATION_VERTICAL,
                                  "spacing", 12,
                                  "margin-top", 6,
                                  "margin-bottom", 6,
                                  "accessible-role", GTK_ACCESSIBLE_ROLE_LIST,
                                  NULL);
  guint n = routes ? g_list_model_get_n_items (routes) : 0;

  gtk_widget_add_css_class (list, "routes");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Ways in"), -1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OutreachRoute) route = g_list_model_get_item (routes, i);

      gtk_box_append (GTK_BOX (list), outreach_route_card_new (route));
    }
  gtk_widget_set_visible (list, n > 0);
  return list;
}

/**
 * outreach_route_guide_new:
 * @about: (nullable): the page whose "Get in touch" it goes over
 *
 * Over a page's "Get in touch" buttons, which are named for whom they
 * write to, a line for each of the pack's routes saying which is for whom,
 * such as "New to policing? Write to South East Recruitment.", in the
 * buttons' order (the most fitting for the page first).
 *
 * Returns: (transfer floating): the lines; hidden when the pack has no
 *   routes
 */
GtkWidget *
outreach_route_guide_new (OutreachContent *content,
                          OutreachNode    *about)
{
  g_autoptr(GPtrArray) contacts = outreach_content_dup_contacts_about (content, about);
  GListModel *routes = outreach_content_get_routes (content);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

  gtk_widget_add_css_class (box, "route-guide");
  for (guint i = 0; i < contacts->len; i++)
    for (guint k = 0; k < g_list_model_get_n_items (routes); k++)
      {
        g_autoptr(OutreachRoute) route = g_list_model_get_item (routes, k);
        OutreachContact *contact = outreach_route_get_contact (route);
        g_autofree char *line = NULL;

        if (contact != g_ptr_array_index (contacts, i))
          continue;
        /* Translators: which "Get in touch" button is for whom: a route's
         * title, such as "New to policing", and a contact's name */
        line = g_strdup_printf (_("%s? Write to %s."), outreach_route_get_title (route),
                                outreach_contact_get_name (contact));
        gtk_box_append (GTK_BOX (box), outreach_text_block_new (line, "paragraph"));
      }
  gtk_widget_set_visible (box, gtk_widget_get_first_child (box) != NULL);
  return box;
}
