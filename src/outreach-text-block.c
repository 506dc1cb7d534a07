/* outreach-text-block.c: a paragraph from a pack, however long
 *
 * A label that wraps (within a word where it must: a pack's words may be
 * 200 characters), at most "max-width-chars" wide (72 unless set) at the
 * start of the line, or as wide as it is given with "fill-width", and
 * quick to lay out whatever its length.
 *
 * Why a widget of its own, not a label aligned at the start: GTK asks an
 * aligned widget for its width at the height it is given, and for wrapped
 * text GtkLabel answers by a search over widths, each step a layout of the
 * whole text; for a 64 KiB paragraph (the longest text a pack may hold)
 * that took most of a second, every time the page was laid out. This block
 * gives its label the label's own natural width (or less, where there is
 * not the room) without asking, so a paragraph is laid out once for each
 * width the page is given. Its minimum width is a few characters: without
 * one, GtkLabel lays the text out a character a line to find its narrowest.
 *
 * Pango also takes time that grows with the square of a run of text it
 * may not break (a word, or words joined by no-break spaces): 64 KiB of
 * 200-letter words joined so took 24 s to show. The validator now refuses
 * such runs in a pack; this block still shows one at once, from wherever
 * it comes. A longer run than RUN_MAX_CHARS is given a break
 * opportunity (a zero-width space) every RUN_MAX_CHARS characters, where a
 * character begins, in what the label shows; the text itself, as a screen
 * reader reads it, is as given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "outreach-text-block.h"

/* a line's length for reading, and the least a block asks for */
#define DEFAULT_MAX_CHARS 72
#define MIN_CHARS         10
/* the longest run without a break opportunity that is shown as it is:
 * longer than a word of a language, shorter than a line */
#define RUN_MAX_CHARS     60

struct _OutreachTextBlock
{
  GtkWidget  parent_instance;

  GtkLabel  *label;
  char      *text;
  gboolean   fill_width;
};

G_DEFINE_FINAL_TYPE (OutreachTextBlock, outreach_text_block, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_MAX_WIDTH_CHARS,
  PROP_FILL_WIDTH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GtkSizeRequestMode
outreach_text_block_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

/* The label's width never depends on its height here: it is measured for
 * none, which GtkLabel answers with two layouts, kept until the text
 * changes. Its height is for the width it will have: what it is given, up
 * to its natural width (and that width when it is given none). */
static void
outreach_text_block_measure (GtkWidget      *widget,
                             GtkOrientation  orientation,
                             int             for_size,
                             int            *minimum,
                             int            *natural,
                             int            *minimum_baseline,
                             int            *natural_baseline)
{
  OutreachTextBlock *self = OUTREACH_TEXT_BLOCK (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    for_size = -1;
  else if (!self->fill_width)
    {
      int min_width, nat_width;

      gtk_widget_measure (GTK_WIDGET (self->label), GTK_ORIENTATION_HORIZONTAL, -1,
                          &min_width, &nat_width, NULL, NULL);
      for_size = for_size < 0 ? nat_width : MAX (min_width, MIN (for_size, nat_width));
    }

  gtk_widget_measure (GTK_WIDGET (self->label), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);
}

static void
outreach_text_block_size_allocate (GtkWidget *widget,
                                   int        width,
                                   int        height,
                                   int        baseline)
{
  OutreachTextBlock *self = OUTREACH_TEXT_BLOCK (widget);
  GtkAllocation allocation = { 0, 0, width, height };
  int nat_width;

  gtk_widget_measure (GTK_WIDGET (self->label), GTK_ORIENTATION_HORIZONTAL, -1,
                      NULL, &nat_width, NULL, NULL);
  if (!self->fill_width)
    allocation.width = MIN (width, nat_width);
  /* the start of the line is the right in a right-to-left language */
  if (gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL)
    allocation.x = width - allocation.width;
  gtk_widget_size_allocate (GTK_WIDGET (self->label), &allocation, baseline);
}

const char *
outreach_text_block_get_text (OutreachTextBlock *self)
{
  g_return_val_if_fail (OUTREACH_IS_TEXT_BLOCK (self), NULL);

  return self->text;
}

/* @text with a zero-width space in each run of more than RUN_MAX_CHARS
 * characters that has no break opportunity, every RUN_MAX_CHARS characters;
 * or %NULL when it has no such run */
static char *
dup_with_breaks (const char *text)
{
  glong n_chars = g_utf8_strlen (text, -1);
  g_autofree PangoLogAttr *attrs = NULL;
  GString *shown;
  glong run = 0;
  gboolean changed = FALSE;

  if (n_chars <= RUN_MAX_CHARS)
    return NULL;

  attrs = g_new0 (PangoLogAttr, n_chars + 1);
  pango_get_log_attrs (text, -1, -1, pango_language_get_default (), attrs, n_chars + 1);
  shown = g_string_sized_new (strlen (text) + 16);
  for (glong i = 0; *text != '\0'; i++, text = g_utf8_next_char (text))
    {
      if (attrs[i].is_line_break || attrs[i].is_white)
        run = 0;
      else if (run >= RUN_MAX_CHARS && attrs[i].is_cursor_position)
        {
          g_string_append (shown, "\u200B");
          changed = TRUE;
          run = 0;
        }
      run++;
      g_string_append_len (shown, text, g_utf8_next_char (text) - text);
    }
  if (!changed)
    {
      g_string_free (shown, TRUE);
      return NULL;
    }
  return g_string_free (shown, FALSE);
}

/**
 * outreach_text_block_set_text:
 * @text: (nullable): plain text, never parsed as markup
 */
void
outreach_text_block_set_text (OutreachTextBlock *self,
                              const char        *text)
{
  g_autofree char *shown = NULL;

  g_return_if_fail (OUTREACH_IS_TEXT_BLOCK (self));

  if (text == NULL)
    text = "";
  if (g_strcmp0 (self->text, text) == 0)
    return;
  g_free (self->text);
  self->text = g_strdup (text);
  shown = dup_with_breaks (text);
  gtk_label_set_text (self->label, shown ? shown : text);
  /* a screen reader meets the text once, as a label named by it, which
   * is what names a row it is in (a tree's row is labelled by its child) */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TEXT]);
}

/**
 * outreach_text_block_get_label:
 *
 * Returns: (transfer none): the label that shows the text
 */
GtkLabel *
outreach_text_block_get_label (OutreachTextBlock *self)
{
  g_return_val_if_fail (OUTREACH_IS_TEXT_BLOCK (self), NULL);

  return self->label;
}

static void
outreach_text_block_dispose (GObject *object)
{
  OutreachTextBlock *self = OUTREACH_TEXT_BLOCK (object);

  if (self->label != NULL)
    {
      gtk_widget_unparent (GTK_WIDGET (self->label));
      self->label = NULL;
    }

  G_OBJECT_CLASS (outreach_text_block_parent_class)->dispose (object);
}

static void
outreach_text_block_finalize (GObject *object)
{
  OutreachTextBlock *self = OUTREACH_TEXT_BLOCK (object);

  g_free (self->text);

  G_OBJECT_CLASS (outreach_text_block_parent_class)->finalize (object);
}

static void
outreach_text_block_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  OutreachTextBlock *self = OUTREACH_TEXT_BLOCK (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      g_value_set_string (value, outreach_text_block_get_text (self));
      break;
    case PROP_MAX_WIDTH_CHARS:
      g_value_set_int (value, gtk_label_get_max_width_chars (self->label));
      break;
    case PROP_FILL_WIDTH:
      g_value_set_boolean (value, self->fill_width);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_text_block_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  OutreachTextBlock *self = OUTREACH_TEXT_BLOCK (object);

  switch (prop_id)
    {
    case PROP_TEXT:
      outreach_text_block_set_text (self, g_value_get_string (value));
      break;
    case PROP_MAX_WIDTH_CHARS:
      gtk_label_set_max_width_chars (self->label, MAX (g_value_get_int (value), MIN_CHARS));
      break;
    case PROP_FILL_WIDTH:
      self->fill_width = g_value_get_boolean (value);
      gtk_widget_queue_resize (GTK_WIDGET (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_text_block_class_init (OutreachTextBlockClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = outreach_text_block_dispose;
  object_class->finalize = outreach_text_block_finalize;
  object_class->get_property = outreach_text_block_get_property;
  object_class->set_property = outreach_text_block_set_property;
  widget_class->get_request_mode = outreach_text_block_get_request_mode;
  widget_class->measure = outreach_text_block_measure;
  widget_class->size_allocate = outreach_text_block_size_allocate;

  properties[PROP_TEXT] =
    g_param_spec_string ("text", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_MAX_WIDTH_CHARS] =
    g_param_spec_int ("max-width-chars", NULL, NULL, MIN_CHARS, G_MAXINT, DEFAULT_MAX_CHARS,
                      G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILL_WIDTH] =
    g_param_spec_boolean ("fill-width", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_css_name (widget_class, "textblock");
  /* to a screen reader, the block is the label (see outreach_text_block_set_text) */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_LABEL);
}

static void
outreach_text_block_init (OutreachTextBlock *self)
{
  self->text = g_strdup ("");
  self->label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->label, TRUE);
  gtk_label_set_wrap_mode (self->label, PANGO_WRAP_WORD_CHAR);
  /* ask for the whole line, up to the maximum, rather than GTK's balanced
   * width for wrapped text, which leaves short paragraphs oddly broken */
  gtk_label_set_natural_wrap_mode (self->label, GTK_NATURAL_WRAP_NONE);
  gtk_label_set_xalign (self->label, 0);
  gtk_label_set_max_width_chars (self->label, DEFAULT_MAX_CHARS);
  gtk_label_set_width_chars (self->label, MIN_CHARS);
  gtk_accessible_update_state (GTK_ACCESSIBLE (self->label), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_widget_set_parent (GTK_WIDGET (self->label), GTK_WIDGET (self));
}

/**
 * outreach_text_block_new:
 * @text: plain text, never parsed as markup
 * @css_class: (nullable): a style class for the label, such as "paragraph"
 */
GtkWidget *
outreach_text_block_new (const char *text,
                         const char *css_class)
{
  OutreachTextBlock *self = g_object_new (OUTREACH_TYPE_TEXT_BLOCK, "text", text, NULL);

  if (css_class != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (self->label), css_class);
  return GTK_WIDGET (self);
}
