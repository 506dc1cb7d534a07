/* outreach-attract-screen.c: the station's slides, while no one is using it
 *
 * Shown, the screen makes its slides from the pack (the unit, then its
 * capabilities with a person after every third, then the rest of its
 * people) and moves to the next every "slide-seconds"; hidden, it stops.
 * A touch or a click on it emits "touched": the window decides what
 * waking up means.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-attract-screen.h"
#include "outreach-debug.h"
#include "outreach-profile.h"
#include "outreach-text.h"
#include "outreach-unit.h"

struct _OutreachAttractScreen
{
  GtkBox           parent_instance;

  OutreachContent *content;
  guint            slide_seconds;
  guint            slide_source;

  GtkStack        *attract_stack;
};

G_DEFINE_FINAL_TYPE (OutreachAttractScreen, outreach_attract_screen, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_CONTENT,
  PROP_SLIDE_SECONDS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TOUCHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* A slide is read at a glance from across a room: a pack's longest
 * paragraph is cut short, so that the slide fits the screen */
#define SLIDE_MAX_CHARS 600

static GtkWidget *
slide_label (const char *text)
{
  g_autofree char *shown = outreach_text_excerpt (text, -1, SLIDE_MAX_CHARS);

  return gtk_label_new (shown);
}

static GtkWidget *
slide (const char *kicker,
       const char *title,
       const char *text)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  GtkWidget *labels[3] = {
    slide_label (kicker), slide_label (title), text ? slide_label (text) : NULL,
  };
  static const char *classes[] = { "attract-kicker", "attract-title", "attract-text" };

  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_start (box, 96);
  gtk_widget_set_margin_end (box, 96);
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      if (labels[i] == NULL)
        continue;
      gtk_label_set_wrap (GTK_LABEL (labels[i]), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (labels[i]), PANGO_WRAP_WORD_CHAR);
      gtk_label_set_justify (GTK_LABEL (labels[i]), GTK_JUSTIFY_CENTER);
      gtk_label_set_max_width_chars (GTK_LABEL (labels[i]), 48);
      gtk_widget_add_css_class (labels[i], classes[i]);
      gtk_box_append (GTK_BOX (box), labels[i]);
    }
  return box;
}

/* The unit's highlights, then its people, interleaved, from the pack. */
static void
build_slides (OutreachAttractScreen *self)
{
  GListModel *units = outreach_content_get_units (self->content);
  GListModel *profiles = outreach_content_get_profiles (self->content);
  g_autoptr(OutreachUnit) root = g_list_model_get_item (units, 0);
  GListModel *capabilities = root ? outreach_node_get_children (OUTREACH_NODE (root)) : NULL;
  guint n_capabilities = capabilities ? g_list_model_get_n_items (capabilities) : 0;
  guint n_profiles = g_list_model_get_n_items (profiles);
  guint p = 0;

  gtk_stack_add_child (self->attract_stack,
                       slide (outreach_content_get_short_name (self->content),
                              outreach_content_get_name (self->content),
                              outreach_content_get_strapline (self->content)));

  for (guint i = 0; i < n_capabilities || p < n_profiles; i++)
    {
      if (i < n_capabilities)
        {
          g_autoptr(OutreachUnit) unit = g_list_model_get_item (capabilities, i);
          const char * const *description = outreach_unit_get_description (unit);
          const char *abbreviation = outreach_unit_get_abbreviation (unit);
          g_autofree char *title = abbreviation
            ? g_strdup_printf ("%s (%s)", outreach_unit_get_name (unit), abbreviation)
            : g_strdup (outreach_unit_get_name (unit));

          /* what the pack calls the unit's parts: "Capabilities" by default */
          gtk_stack_add_child (self->attract_stack,
                               slide (outreach_unit_get_children_heading (root), title,
                                      description ? description[0] : NULL));
        }
      /* a person after every third capability */
      if (p < n_profiles && (i % 3 == 2 || i >= n_capabilities))
        {
          g_autoptr(OutreachProfile) profile = g_list_model_get_item (profiles, p++);
          OutreachUnit *team = outreach_profile_get_team (profile);
          const char *quote = outreach_profile_get_quote (profile);
          g_autofree char *quoted = quote ? g_strdup_printf ("“%s”", quote) : NULL;
          g_autofree char *who = g_strdup_printf ("%s, %s%s%s", outreach_profile_get_name (profile),
                                                  outreach_profile_get_role (profile),
                                                  team ? " · " : "",
                                                  team ? outreach_unit_get_name (team) : "");

          gtk_stack_add_child (self->attract_stack,
                               slide (_("Meet our people"), quoted ? quoted : who, quoted ? who : NULL));
        }
    }
}

static void
remove_slides (OutreachAttractScreen *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->attract_stack))) != NULL)
    gtk_stack_remove (self->attract_stack, child);
}

static gboolean
next_slide (gpointer data)
{
  OutreachAttractScreen *self = data;
  GtkWidget *visible = gtk_stack_get_visible_child (self->attract_stack);
  GtkWidget *next = visible ? gtk_widget_get_next_sibling (visible) : NULL;

  if (next == NULL)
    next = gtk_widget_get_first_child (GTK_WIDGET (self->attract_stack));
  if (next != NULL)
    gtk_stack_set_visible_child (self->attract_stack, next);
  return G_SOURCE_CONTINUE;
}

static void
outreach_attract_screen_show (GtkWidget *widget)
{
  OutreachAttractScreen *self = OUTREACH_ATTRACT_SCREEN (widget);

  /* made afresh at each showing, from the pack as it is now */
  remove_slides (self);
  if (self->content != NULL)
    build_slides (self);

  GTK_WIDGET_CLASS (outreach_attract_screen_parent_class)->show (widget);

  _outreach_debug_note_next_frame (widget, "attract");
  g_clear_handle_id (&self->slide_source, g_source_remove);
  self->slide_source = g_timeout_add (MAX (self->slide_seconds, 1) * 1000, next_slide, self);
}

static void
outreach_attract_screen_hide (GtkWidget *widget)
{
  OutreachAttractScreen *self = OUTREACH_ATTRACT_SCREEN (widget);

  g_clear_handle_id (&self->slide_source, g_source_remove);

  GTK_WIDGET_CLASS (outreach_attract_screen_parent_class)->hide (widget);
}

static void
on_pressed (OutreachAttractScreen *self)
{
  g_signal_emit (self, signals[TOUCHED], 0);
}

OutreachContent *
outreach_attract_screen_get_content (OutreachAttractScreen *self)
{
  g_return_val_if_fail (OUTREACH_IS_ATTRACT_SCREEN (self), NULL);

  return self->content;
}

/**
 * outreach_attract_screen_set_content:
 * @content: (nullable): the pack the slides are made from, at the next showing
 */
void
outreach_attract_screen_set_content (OutreachAttractScreen *self,
                                     OutreachContent       *content)
{
  g_return_if_fail (OUTREACH_IS_ATTRACT_SCREEN (self));

  if (g_set_object (&self->content, content))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CONTENT]);
}

guint
outreach_attract_screen_get_slide_seconds (OutreachAttractScreen *self)
{
  g_return_val_if_fail (OUTREACH_IS_ATTRACT_SCREEN (self), 0);

  return self->slide_seconds;
}

/**
 * outreach_attract_screen_set_slide_seconds:
 * @seconds: how long each slide shows, from the next showing
 */
void
outreach_attract_screen_set_slide_seconds (OutreachAttractScreen *self,
                                           guint                  seconds)
{
  g_return_if_fail (OUTREACH_IS_ATTRACT_SCREEN (self));

  seconds = MAX (seconds, 1);
  if (self->slide_seconds == seconds)
    return;
  self->slide_seconds = seconds;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SLIDE_SECONDS]);
}

static void
outreach_attract_screen_dispose (GObject *object)
{
  OutreachAttractScreen *self = OUTREACH_ATTRACT_SCREEN (object);

  g_clear_handle_id (&self->slide_source, g_source_remove);
  g_clear_object (&self->content);

  G_OBJECT_CLASS (outreach_attract_screen_parent_class)->dispose (object);
}

static void
outreach_attract_screen_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  OutreachAttractScreen *self = OUTREACH_ATTRACT_SCREEN (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      g_value_set_object (value, self->content);
      break;
    case PROP_SLIDE_SECONDS:
      g_value_set_uint (value, self->slide_seconds);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_attract_screen_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  OutreachAttractScreen *self = OUTREACH_ATTRACT_SCREEN (object);

  switch (prop_id)
    {
    case PROP_CONTENT:
      outreach_attract_screen_set_content (self, g_value_get_object (value));
      break;
    case PROP_SLIDE_SECONDS:
      outreach_attract_screen_set_slide_seconds (self, g_value_get_uint (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_attract_screen_class_init (OutreachAttractScreenClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_attract_screen_dispose;
  object_class->get_property = outreach_attract_screen_get_property;
  object_class->set_property = outreach_attract_screen_set_property;
  widget_class->show = outreach_attract_screen_show;
  widget_class->hide = outreach_attract_screen_hide;

  properties[PROP_CONTENT] =
    g_param_spec_object ("content", NULL, NULL, OUTREACH_TYPE_CONTENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SLIDE_SECONDS] =
    g_param_spec_uint ("slide-seconds", NULL, NULL, 1, G_MAXUINT, 1,
                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachAttractScreen::touched:
   *
   * Someone touched or clicked the screen.
   */
  signals[TOUCHED] = g_signal_new ("touched", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_DIALOG);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-attract-screen.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachAttractScreen, attract_stack);
}

static void
outreach_attract_screen_init (OutreachAttractScreen *self)
{
  GtkGesture *touch = gtk_gesture_click_new ();

  self->slide_seconds = 1;
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (touch, "pressed", G_CALLBACK (on_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (touch));
}
