/* outreach-pin-pad.c: the staff PIN pad, to leave display-station mode
 *
 * Ten digits and Cancel. The digits pressed show as dots; as many as the
 * PIN has are checked against "pin": the right ones emit "accepted", wrong
 * ones are forgotten with a word to try again. With no PIN, nothing is
 * ever accepted.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include <glib/gi18n.h>

#include "outreach-pin-pad.h"

struct _OutreachPinPad
{
  GtkWindow  parent_instance;

  char      *pin;
  GString   *entered;

  GtkLabel  *dots_label;
};

G_DEFINE_FINAL_TYPE (OutreachPinPad, outreach_pin_pad, GTK_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_PIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  ACCEPTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
on_digit_clicked (GtkButton      *button,
                  OutreachPinPad *self)
{
  g_autoptr(GString) shown = g_string_new (NULL);

  /* each digit's button is labelled with it */
  g_string_append (self->entered, gtk_button_get_label (button));
  for (gsize i = 0; i < self->entered->len; i++)
    g_string_append (shown, "●");
  gtk_label_set_text (self->dots_label, shown->str);

  if (self->pin != NULL && self->pin[0] != '\0' && self->entered->len >= strlen (self->pin))
    {
      if (strcmp (self->entered->str, self->pin) == 0)
        g_signal_emit (self, signals[ACCEPTED], 0);
      else
        {
          g_string_truncate (self->entered, 0);
          gtk_label_set_text (self->dots_label, _("Wrong PIN: try again"));
        }
    }
}

static void
on_cancel_clicked (OutreachPinPad *self)
{
  gtk_window_destroy (GTK_WINDOW (self));
}

const char *
outreach_pin_pad_get_pin (OutreachPinPad *self)
{
  g_return_val_if_fail (OUTREACH_IS_PIN_PAD (self), NULL);

  return self->pin;
}

/**
 * outreach_pin_pad_set_pin:
 * @pin: (nullable): the PIN that lets staff out, or %NULL or "" for none
 */
void
outreach_pin_pad_set_pin (OutreachPinPad *self,
                          const char     *pin)
{
  g_return_if_fail (OUTREACH_IS_PIN_PAD (self));

  if (g_strcmp0 (self->pin, pin) == 0)
    return;
  g_free (self->pin);
  self->pin = g_strdup (pin);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PIN]);
}

static void
outreach_pin_pad_finalize (GObject *object)
{
  OutreachPinPad *self = OUTREACH_PIN_PAD (object);

  g_free (self->pin);
  g_string_free (self->entered, TRUE);

  G_OBJECT_CLASS (outreach_pin_pad_parent_class)->finalize (object);
}

static void
outreach_pin_pad_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  OutreachPinPad *self = OUTREACH_PIN_PAD (object);

  switch (prop_id)
    {
    case PROP_PIN:
      g_value_set_string (value, self->pin);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_pin_pad_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  OutreachPinPad *self = OUTREACH_PIN_PAD (object);

  switch (prop_id)
    {
    case PROP_PIN:
      outreach_pin_pad_set_pin (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_pin_pad_class_init (OutreachPinPadClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->finalize = outreach_pin_pad_finalize;
  object_class->get_property = outreach_pin_pad_get_property;
  object_class->set_property = outreach_pin_pad_set_property;

  properties[PROP_PIN] =
    g_param_spec_string ("pin", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachPinPad::accepted:
   *
   * The PIN was entered right.
   */
  signals[ACCEPTED] = g_signal_new ("accepted", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-pin-pad.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachPinPad, dots_label);
  gtk_widget_class_bind_template_callback (widget_class, on_digit_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_cancel_clicked);
}

static void
outreach_pin_pad_init (OutreachPinPad *self)
{
  self->entered = g_string_new (NULL);
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * outreach_pin_pad_new:
 * @parent: the window the pad is over, modal
 */
GtkWidget *
outreach_pin_pad_new (GtkWindow *parent)
{
  return g_object_new (OUTREACH_TYPE_PIN_PAD, "transient-for", parent, NULL);
}
