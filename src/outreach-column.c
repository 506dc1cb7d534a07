/* outreach-column.c: a reading column, at most so many characters wide
 *
 * Its child is given the whole width where the window is narrow, and at
 * most "max-width-chars" characters of the column's own font where it is
 * wide, centred: a line of a page stays a comfortable read (about 70–80
 * characters) on a wide screen, and everything in the page (cards, link
 * lists, buttons) lines up in the same column. The measure is in the font's
 * units, so it grows with the text size (the app's zoom, a station's large
 * text), as the text does. A child that needs more than the measure (a
 * long word at the largest text) is given what it needs.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "outreach-char-width.h"
#include "outreach-column.h"

#define DEFAULT_MAX_CHARS 80

struct _OutreachColumn
{
  GtkWidget  parent_instance;

  GtkWidget *child;
  int        max_width_chars;
  int        char_width;       /* pixels, of the font as last styled */
};

G_DEFINE_FINAL_TYPE (OutreachColumn, outreach_column, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_CHILD,
  PROP_MAX_WIDTH_CHARS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* A character's width as GtkLabel reckons it for "max-width-chars": the
 * wider of an average character and a digit */
static int
measure_char_width (OutreachColumn *self)
{
  return MAX (1, PANGO_PIXELS_CEIL (outreach_char_width_units (GTK_WIDGET (self))));
}

static int
max_width (OutreachColumn *self)
{
  if (self->char_width == 0)
    self->char_width = measure_char_width (self);
  return self->max_width_chars * self->char_width;
}

/* The width the child has out of @width: the measure, or all of it where
 * that is less, or what the child needs where that is more */
static int
child_width (OutreachColumn *self,
             int             width)
{
  int min_width;

  gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  return MAX (min_width, MIN (width, max_width (self)));
}

static void
outreach_column_measure (GtkWidget      *widget,
                         GtkOrientation  orientation,
                         int             for_size,
                         int            *minimum,
                         int            *natural,
                         int            *minimum_baseline,
                         int            *natural_baseline)
{
  OutreachColumn *self = OUTREACH_COLUMN (widget);

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      gtk_widget_measure (self->child, orientation, for_size, minimum, natural, NULL, NULL);
      /* as wide as the measure where there is room: not as the widest line */
      *natural = MAX (*minimum, MIN (*natural, max_width (self)));
      return;
    }

  /* with no width given, the height at the column's natural width: no
   * more than at any width, as the column is no wider past it */
  if (for_size < 0)
    {
      int nat_width;

      gtk_widget_measure (self->child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &nat_width, NULL, NULL);
      for_size = nat_width;
    }
  for_size = child_width (self, for_size);
  gtk_widget_measure (self->child, orientation, for_size, minimum, natural,
                      minimum_baseline, natural_baseline);
}

static GtkSizeRequestMode
outreach_column_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
outreach_column_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  OutreachColumn *self = OUTREACH_COLUMN (widget);
  GtkAllocation allocation = { 0, 0, width, height };

  if (self->child == NULL || !gtk_widget_should_layout (self->child))
    return;

  allocation.width = child_width (self, width);
  allocation.x = MAX (0, (width - allocation.width) / 2);
  gtk_widget_size_allocate (self->child, &allocation, -1);
}

static void
update_char_width (OutreachColumn *self)
{
  int char_width = measure_char_width (self);

  if (char_width != self->char_width)
    {
      self->char_width = char_width;
      gtk_widget_queue_resize (GTK_WIDGET (self));
    }
}

/* A new font (a style's, the desktop's) is a new measure */
static void
outreach_column_css_changed (GtkWidget         *widget,
                             GtkCssStyleChange *change)
{
  GTK_WIDGET_CLASS (outreach_column_parent_class)->css_changed (widget, change);

  update_char_width (OUTREACH_COLUMN (widget));
}

/* and so is a new resolution: the app's text size is the screen's */
static void
outreach_column_system_setting_changed (GtkWidget        *widget,
                                        GtkSystemSetting  setting)
{
  GTK_WIDGET_CLASS (outreach_column_parent_class)->system_setting_changed (widget, setting);

  update_char_width (OUTREACH_COLUMN (widget));
}

GtkWidget *
outreach_column_get_child (OutreachColumn *self)
{
  g_return_val_if_fail (OUTREACH_IS_COLUMN (self), NULL);

  return self->child;
}

void
outreach_column_set_child (OutreachColumn *self,
                           GtkWidget      *child)
{
  g_return_if_fail (OUTREACH_IS_COLUMN (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

int
outreach_column_get_max_width_chars (OutreachColumn *self)
{
  g_return_val_if_fail (OUTREACH_IS_COLUMN (self), 0);

  return self->max_width_chars;
}

/**
 * outreach_column_set_max_width_chars:
 * @n_chars: the column's widest, in characters of its font
 */
void
outreach_column_set_max_width_chars (OutreachColumn *self,
                                     int             n_chars)
{
  g_return_if_fail (OUTREACH_IS_COLUMN (self));

  n_chars = MAX (1, n_chars);
  if (self->max_width_chars == n_chars)
    return;
  self->max_width_chars = n_chars;
  gtk_widget_queue_resize (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MAX_WIDTH_CHARS]);
}

static void
outreach_column_dispose (GObject *object)
{
  OutreachColumn *self = OUTREACH_COLUMN (object);

  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (outreach_column_parent_class)->dispose (object);
}

static void
outreach_column_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OutreachColumn *self = OUTREACH_COLUMN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    case PROP_MAX_WIDTH_CHARS:
      g_value_set_int (value, self->max_width_chars);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_column_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OutreachColumn *self = OUTREACH_COLUMN (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      outreach_column_set_child (self, g_value_get_object (value));
      break;
    case PROP_MAX_WIDTH_CHARS:
      outreach_column_set_max_width_chars (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_column_class_init (OutreachColumnClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_column_dispose;
  object_class->get_property = outreach_column_get_property;
  object_class->set_property = outreach_column_set_property;
  widget_class->get_request_mode = outreach_column_get_request_mode;
  widget_class->measure = outreach_column_measure;
  widget_class->size_allocate = outreach_column_size_allocate;
  widget_class->css_changed = outreach_column_css_changed;
  widget_class->system_setting_changed = outreach_column_system_setting_changed;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_WIDTH_CHARS] =
    g_param_spec_int ("max-width-chars", NULL, NULL, 1, G_MAXINT, DEFAULT_MAX_CHARS,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "column");
  /* a layout, nothing a screen reader needs to meet */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GENERIC);
}

static void
outreach_column_init (OutreachColumn *self)
{
  self->max_width_chars = DEFAULT_MAX_CHARS;
}
