/* outreach-attract-screen.c: the station's slides, while no one is using it
 *
 * Shown, the screen makes its slides from the pack (the unit, then its
 * capabilities with a person after every third, then the rest of its
 * people) and moves to the next every "slide-seconds"; hidden, it stops.
 * A new pack while it shows (a live update) shows at once: the slides are
 * made again from it, and the show goes on from the same place in its
 * order; a pack whose slides read the same changes nothing on the screen.
 * A touch or a click on it emits "touched": the window decides what
 * waking up means.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-attract-screen.h"
#include "outreach-column.h"
#include "outreach-debug.h"
#include "outreach-profile.h"
#include "outreach-text.h"
#include "outreach-unit.h"

/* a slide's measure, in characters of the window's text (its own text is
 * 1.4 times as large: style.css, .attract-text) */
#define SLIDE_TEXT_CHARS 90

struct _OutreachAttractScreen
{
  GtkBox           parent_instance;

  OutreachContent *content;
  GPtrArray       *texts;          /* what each slide shown says, as one string */
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
 * paragraph is cut short (some six lines of the slide's column), so that
 * the slide fits the screen */
#define SLIDE_MAX_CHARS 360

static GtkWidget *
slide_label (const char *text)
{
  g_autofree char *shown = outreach_text_excerpt (text, -1, SLIDE_MAX_CHARS);

  return gtk_label_new (shown);
}

/* Adds what a slide says to @texts, and the slide itself if @make */
static void
add_slide (OutreachAttractScreen *self,
           GPtrArray             *texts,
           gboolean               make,
           const char            *kicker,
           const char            *title,
           const char            *text)
{
  GtkWidget *box, *column;
  GtkWidget *labels[3];
  static const char *classes[] = { "attract-kicker", "attract-title", "attract-text" };

  g_ptr_array_add (texts, g_strdup_printf ("%s\x1f%s\x1f%s", kicker ? kicker : "", title ? title : "",
                                     text ? text : ""));
  if (!make)
    return;

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 18);
  labels[0] = slide_label (kicker);
  labels[1] = slide_label (title);
  labels[2] = text ? slide_label (text) : NULL;

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
  /* in a column centred on the screen, some 64 characters of the slide's
   * text (1.4 times the size of the column's own): lines that read as a
   * page's do, not 135 characters across a wide screen */
  column = g_object_new (OUTREACH_TYPE_COLUMN, "max-width-chars", SLIDE_TEXT_CHARS, "child", box, NULL);
  gtk_stack_add_child (self->attract_stack, column);
}

/* The unit's highlights, then its people, interleaved, from the pack:
 * what they say in @texts, and the slides themselves if @make */
static void
build_slides (OutreachAttractScreen *self,
              GPtrArray             *texts,
              gboolean               make)
{
  GListModel *units = outreach_content_get_units (self->content);
  GListModel *profiles = outreach_content_get_profiles (self->content);
  g_autoptr(OutreachUnit) root = g_list_model_get_item (units, 0);
  GListModel *capabilities = root ? outreach_node_get_children (OUTREACH_NODE (root)) : NULL;
  guint n_capabilities = capabilities ? g_list_model_get_n_items (capabilities) : 0;
  guint n_profiles = g_list_model_get_n_items (profiles);
  guint p = 0;

  add_slide (self, texts, make, outreach_content_get_short_name (self->content),
             outreach_content_get_name (self->content),
             outreach_content_get_strapline (self->content));

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
          add_slide (self, texts, make, outreach_unit_get_children_heading (root), title,
                     description ? description[0] : NULL);
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

          add_slide (self, texts, make, _("Meet our people"), quoted ? quoted : who, quoted ? who : NULL);
        }
    }
}

static void
remove_slides (OutreachAttractScreen *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->attract_stack))) != NULL)
    gtk_stack_remove (self->attract_stack, child);
  g_ptr_array_set_size (self->texts, 0);
}

/* The slides of the pack as it is now, the first one showing */
static void
make_slides (OutreachAttractScreen *self)
{
  remove_slides (self);
  if (self->content != NULL)
    build_slides (self, self->texts, TRUE);
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
start_clock (OutreachAttractScreen *self)
{
  g_clear_handle_id (&self->slide_source, g_source_remove);
  self->slide_source = g_timeout_add (MAX (self->slide_seconds, 1) * 1000, next_slide, self);
}

static guint
visible_index (OutreachAttractScreen *self)
{
  GtkWidget *visible = gtk_stack_get_visible_child (self->attract_stack);
  guint index = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->attract_stack));
       child != NULL && child != visible; child = gtk_widget_get_next_sibling (child))
    index++;
  return index;
}

static gboolean
same_texts (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_strcmp0 (g_ptr_array_index (a, i), g_ptr_array_index (b, i)) != 0)
      return FALSE;
  return TRUE;
}

/* While the screen shows: the slides of the pack as it is now, from the
 * place in the order where the show was (the first, if the new pack has
 * fewer slides), at once rather than faded in. Slides that read the same
 * are left alone, and so is the clock. */
static void
update_shown_slides (OutreachAttractScreen *self)
{
  g_autoptr(GPtrArray) texts = g_ptr_array_new_with_free_func (g_free);
  GtkStackTransitionType transition = gtk_stack_get_transition_type (self->attract_stack);
  guint index = visible_index (self);
  GtkWidget *child;

  if (self->content != NULL)
    build_slides (self, texts, FALSE);
  if (same_texts (texts, self->texts))
    return;

  /* (no fading: from slides that are going, the stack would fade
   * through one after another as each goes) */
  gtk_stack_set_transition_type (self->attract_stack, GTK_STACK_TRANSITION_TYPE_NONE);
  make_slides (self);
  child = gtk_widget_get_first_child (GTK_WIDGET (self->attract_stack));
  for (guint i = 0; i < index && index < self->texts->len; i++)
    child = gtk_widget_get_next_sibling (child);
  if (child != NULL)
    gtk_stack_set_visible_child (self->attract_stack, child);
  gtk_stack_set_transition_type (self->attract_stack, transition);
  /* the slide now showing gets its full time */
  start_clock (self);
}

static void
outreach_attract_screen_show (GtkWidget *widget)
{
  OutreachAttractScreen *self = OUTREACH_ATTRACT_SCREEN (widget);

  /* made afresh at each showing, from the pack as it is now */
  make_slides (self);

  GTK_WIDGET_CLASS (outreach_attract_screen_parent_class)->show (widget);

  _outreach_debug_note_next_frame (widget, "attract");
  start_clock (self);
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
 * @content: (nullable): the pack the slides are made from: at once if the
 *   screen shows, else at its next showing
 */
void
outreach_attract_screen_set_content (OutreachAttractScreen *self,
                                     OutreachContent       *content)
{
  g_return_if_fail (OUTREACH_IS_ATTRACT_SCREEN (self));

  if (!g_set_object (&self->content, content))
    return;
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    update_shown_slides (self);
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
outreach_attract_screen_finalize (GObject *object)
{
  OutreachAttractScreen *self = OUTREACH_ATTRACT_SCREEN (object);

  g_ptr_array_unref (self->texts);

  G_OBJECT_CLASS (outreach_attract_screen_parent_class)->finalize (object);
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
  object_class->finalize = outreach_attract_screen_finalize;
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
  self->texts = g_ptr_array_new_with_free_func (g_free);
  gtk_widget_init_template (GTK_WIDGET (self));

  g_signal_connect_object (touch, "pressed", G_CALLBACK (on_pressed), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (touch));
}
