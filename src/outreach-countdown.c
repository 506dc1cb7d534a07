/* outreach-countdown.c: "Are you still there?", before a station starts again
 *
 * The banner says how many seconds are left; its button activates
 * win.still-here. When it shows and when it counts is the window's
 * business (outreach-window-kiosk.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-countdown.h"

struct _OutreachCountdown
{
  GtkBox    parent_instance;

  guint     seconds_left;

  GtkLabel *countdown_label;
};

G_DEFINE_FINAL_TYPE (OutreachCountdown, outreach_countdown, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_SECONDS_LEFT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

guint
outreach_countdown_get_seconds_left (OutreachCountdown *self)
{
  g_return_val_if_fail (OUTREACH_IS_COUNTDOWN (self), 0);

  return self->seconds_left;
}

void
outreach_countdown_set_seconds_left (OutreachCountdown *self,
                                     guint              seconds_left)
{
  g_autofree char *text = NULL;

  g_return_if_fail (OUTREACH_IS_COUNTDOWN (self));

  text = g_strdup_printf (ngettext ("Are you still there? This screen starts again in %u second. "
                                    "Touch anywhere to carry on.",
                                    "Are you still there? This screen starts again in %u seconds. "
                                    "Touch anywhere to carry on.", seconds_left), seconds_left);
  gtk_label_set_text (self->countdown_label, text);

  if (self->seconds_left == seconds_left)
    return;
  self->seconds_left = seconds_left;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SECONDS_LEFT]);
}

static void
outreach_countdown_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OutreachCountdown *self = OUTREACH_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_SECONDS_LEFT:
      g_value_set_uint (value, self->seconds_left);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_countdown_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OutreachCountdown *self = OUTREACH_COUNTDOWN (object);

  switch (prop_id)
    {
    case PROP_SECONDS_LEFT:
      outreach_countdown_set_seconds_left (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_countdown_class_init (OutreachCountdownClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->get_property = outreach_countdown_get_property;
  object_class->set_property = outreach_countdown_set_property;

  properties[PROP_SECONDS_LEFT] =
    g_param_spec_uint ("seconds-left", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-countdown.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachCountdown, countdown_label);
}

static void
outreach_countdown_init (OutreachCountdown *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
