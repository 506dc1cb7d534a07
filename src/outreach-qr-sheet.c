/* outreach-qr-sheet.c: a QR code over the page, to carry a link away on a phone
 *
 * A card on a dimmed page: a heading (cut to a few lines), a large QR code
 * of "code" (described to a screen reader by "code-description"), the
 * address printed beneath it, a hint on what to do, and a Done button,
 * which emits "done". The window puts the sheet over the page and takes it
 * away again.
 *
 * The code is always whole and square, with its quiet zone, and never
 * smaller than a phone reads from arm's length: its size is the sheet's
 * minimum, never squashed. A text too long for any QR code has no code:
 * in its place the sheet shows "no-code-hint" (that it is too long to show
 * as a code, and what to do instead), and no hint to scan.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "outreach-qr-sheet.h"
#include "outreach-qr-texture.h"

/* the code's side on screen, quiet zone included: at least this, and at
 * least this many pixels a module (a whole number of them, each module
 * drawn sharp) */
#define QR_MIN_SIDE_PX 360
#define QR_MIN_MODULE_PX 3

struct _OutreachQrSheet
{
  GtkBox      parent_instance;

  char       *code;
  char       *code_description;
  char       *hint;
  char       *no_code_hint;
  int         min_side;     /* the code's least side, pixels: QR_MIN_SIDE_PX or more */

  GtkWidget  *card;
  GtkLabel   *title_label;
  GtkImage   *code_picture;
  GtkLabel   *no_code_label;
  GtkLabel   *address_label;
  GtkLabel   *hint_label;
  GtkWidget  *done_button;
};

G_DEFINE_FINAL_TYPE (OutreachQrSheet, outreach_qr_sheet, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_CODE,
  PROP_CODE_DESCRIPTION,
  PROP_ADDRESS,
  PROP_HINT,
  PROP_NO_CODE_HINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
set_title (OutreachQrSheet *self,
           const char      *title)
{
  gtk_label_set_text (self->title_label, title ? title : "");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->card), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  -1);
}

/* The code's picture, or none if the text does not fit in a QR code: then
 * a line that says so, and what to do instead in place of the hint */
static void
update_picture (OutreachQrSheet *self)
{
  g_autoptr(OutreachQr) qr = self->code ? outreach_qr_new (self->code, NULL) : NULL;
  g_autoptr(GdkTexture) texture = NULL;
  gboolean too_long = self->code != NULL && qr == NULL;

  if (qr != NULL)
    {
      guint modules = outreach_qr_get_size (qr) + 2 * OUTREACH_QR_QUIET_ZONE;
      guint side = MAX (QR_MIN_SIDE_PX, self->min_side);
      guint per_module = MAX (QR_MIN_MODULE_PX, (side + modules - 1) / modules);

      texture = outreach_qr_texture_new (qr, per_module);
      gtk_image_set_pixel_size (self->code_picture, (int) (modules * per_module));
    }
  gtk_image_set_from_paintable (self->code_picture, GDK_PAINTABLE (texture));
  gtk_widget_set_visible (GTK_WIDGET (self->code_picture), texture != NULL);
  gtk_label_set_text (self->no_code_label, self->no_code_hint ? self->no_code_hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->no_code_label), too_long);
  gtk_label_set_text (self->hint_label, self->hint ? self->hint : "");
  gtk_widget_set_visible (GTK_WIDGET (self->hint_label), !too_long);
  /* named for what it holds, in words ("code-description": "QR code of an
   * email to …"), once, never by the link's %-escapes */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->code_picture),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  self->code_description ? self->code_description : _("QR code"),
                                  -1);
}

/**
 * outreach_qr_sheet_set_min_side:
 * @pixels: the code's least side, quiet zone included
 *
 * A code larger than a phone at arm's length needs: one a room scans from
 * its seats, on a projector.
 */
void
outreach_qr_sheet_set_min_side (OutreachQrSheet *self,
                                int              pixels)
{
  g_return_if_fail (OUTREACH_IS_QR_SHEET (self));

  self->min_side = pixels;
  update_picture (self);
}

/**
 * outreach_qr_sheet_get_has_code:
 *
 * Returns: whether the sheet shows a QR code (its text fits in one)
 */
gboolean
outreach_qr_sheet_get_has_code (OutreachQrSheet *self)
{
  g_return_val_if_fail (OUTREACH_IS_QR_SHEET (self), FALSE);

  return gtk_image_get_storage_type (self->code_picture) == GTK_IMAGE_PAINTABLE;
}

/**
 * outreach_qr_sheet_get_code:
 *
 * Returns: (nullable): the text the QR code holds
 */
const char *
outreach_qr_sheet_get_code (OutreachQrSheet *self)
{
  g_return_val_if_fail (OUTREACH_IS_QR_SHEET (self), NULL);

  return self->code;
}

static void
on_done_clicked (OutreachQrSheet *self)
{
  g_signal_emit (self, signals[DONE], 0);
}

static gboolean
outreach_qr_sheet_grab_focus (GtkWidget *widget)
{
  /* the one thing to do on the sheet */
  return gtk_widget_grab_focus (OUTREACH_QR_SHEET (widget)->done_button);
}

static void
outreach_qr_sheet_finalize (GObject *object)
{
  OutreachQrSheet *self = OUTREACH_QR_SHEET (object);

  g_free (self->code);
  g_free (self->code_description);
  g_free (self->hint);
  g_free (self->no_code_hint);

  G_OBJECT_CLASS (outreach_qr_sheet_parent_class)->finalize (object);
}

static void
outreach_qr_sheet_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  OutreachQrSheet *self = OUTREACH_QR_SHEET (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, gtk_label_get_text (self->title_label));
      break;
    case PROP_CODE:
      g_value_set_string (value, self->code);
      break;
    case PROP_CODE_DESCRIPTION:
      g_value_set_string (value, self->code_description);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, gtk_label_get_text (self->address_label));
      break;
    case PROP_HINT:
      g_value_set_string (value, self->hint);
      break;
    case PROP_NO_CODE_HINT:
      g_value_set_string (value, self->no_code_hint);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_qr_sheet_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  OutreachQrSheet *self = OUTREACH_QR_SHEET (object);
  const char *text = g_value_get_string (value);

  switch (prop_id)
    {
    case PROP_TITLE:
      set_title (self, text);
      break;
    case PROP_CODE:
      g_free (self->code);
      self->code = g_strdup (text);
      update_picture (self);
      break;
    case PROP_CODE_DESCRIPTION:
      g_free (self->code_description);
      self->code_description = g_strdup (text);
      update_picture (self);
      break;
    case PROP_ADDRESS:
      gtk_label_set_text (self->address_label, text ? text : "");
      break;
    case PROP_HINT:
      g_free (self->hint);
      self->hint = g_strdup (text);
      update_picture (self);
      break;
    case PROP_NO_CODE_HINT:
      g_free (self->no_code_hint);
      self->no_code_hint = g_strdup (text);
      update_picture (self);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
outreach_qr_sheet_class_init (OutreachQrSheetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  const GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = outreach_qr_sheet_finalize;
  object_class->get_property = outreach_qr_sheet_get_property;
  object_class->set_property = outreach_qr_sheet_set_property;
  widget_class->grab_focus = outreach_qr_sheet_grab_focus;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_CODE] = g_param_spec_string ("code", NULL, NULL, NULL, flags);
  properties[PROP_CODE_DESCRIPTION] = g_param_spec_string ("code-description", NULL, NULL, NULL, flags);
  properties[PROP_ADDRESS] = g_param_spec_string ("address", NULL, NULL, NULL, flags);
  properties[PROP_HINT] = g_param_spec_string ("hint", NULL, NULL, NULL, flags);
  /* what to do when the code does not fit in a QR code */
  properties[PROP_NO_CODE_HINT] = g_param_spec_string ("no-code-hint", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OutreachQrSheet::done:
   *
   * The Done button was pressed.
   */
  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/uk/police/serocu/Outreach/ui/outreach-qr-sheet.ui");
  gtk_widget_class_bind_template_child (widget_class, OutreachQrSheet, card);
  gtk_widget_class_bind_template_child (widget_class, OutreachQrSheet, title_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachQrSheet, code_picture);
  gtk_widget_class_bind_template_child (widget_class, OutreachQrSheet, no_code_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachQrSheet, address_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachQrSheet, hint_label);
  gtk_widget_class_bind_template_child (widget_class, OutreachQrSheet, done_button);
  gtk_widget_class_bind_template_callback (widget_class, on_done_clicked);
}

/* The card, centred on the dimmed page, as wide as its text asks (or the
 * window, if that is narrower) and as tall as it is at that width. A box
 * would work out its height at the window's whole width, and then lay out
 * its wrapped lines in the narrower card: more lines than it had room for,
 * its Done button pushed off the screen. */
static void
card_size (GtkWidget *card,
           int        width,
           int       *card_width,
           int       *min_height,
           int       *nat_height)
{
  int min_width, nat_width;

  gtk_widget_measure (card, GTK_ORIENTATION_HORIZONTAL, -1, &min_width, &nat_width, NULL, NULL);
  *card_width = width < 0 ? nat_width : MAX (min_width, MIN (nat_width, width));
  gtk_widget_measure (card, GTK_ORIENTATION_VERTICAL, *card_width, min_height, nat_height, NULL, NULL);
}

static void
sheet_measure (GtkWidget      *widget,
               GtkOrientation  orientation,
               int             for_size,
               int            *minimum,
               int            *natural,
               int            *minimum_baseline,
               int            *natural_baseline)
{
  GtkWidget *card = OUTREACH_QR_SHEET (widget)->card;
  int card_width;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    gtk_widget_measure (card, orientation, -1, minimum, natural, NULL, NULL);
  else
    {
      /* the height the card needs is natural, not a minimum: an overlay
       * would give a layer the height it needs at its narrowest, many
       * screens for wrapped text at the largest size, and push the card
       * off the screen. The station measures the natural height to fit. */
      card_size (card, for_size, &card_width, minimum, natural);
      *minimum = 0;
    }
}

static void
sheet_allocate (GtkWidget *widget,
                int        width,
                int        height,
                int        baseline)
{
  GtkWidget *card = OUTREACH_QR_SHEET (widget)->card;
  int card_width, min_height, nat_height, card_height;

  card_size (card, width, &card_width, &min_height, &nat_height);
  card_height = MAX (min_height, MIN (nat_height, height));
  gtk_widget_size_allocate (card,
                            &(GtkAllocation) { (width - card_width) / 2, MAX (0, (height - card_height) / 2),
                                               card_width, card_height },
                            -1);
}

static void
outreach_qr_sheet_init (OutreachQrSheet *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_layout_manager (GTK_WIDGET (self),
                                 gtk_custom_layout_new (NULL, sheet_measure, sheet_allocate));
}

/**
 * outreach_qr_sheet_new:
 * @no_code_hint: shown in place of the code and @hint if @code is too long
 *   for a QR code: that it is, and what the visitor can do instead
 */
GtkWidget *
outreach_qr_sheet_new (const char *title,
                       const char *code,
                       const char *code_description,
                       const char *address,
                       const char *hint,
                       const char *no_code_hint)
{
  return g_object_new (OUTREACH_TYPE_QR_SHEET,
                       "title", title,
                       "code", code,
                       "code-description", code_description,
                       "address", address,
                       "hint", hint,
                       "no-code-hint", no_code_hint,
                       NULL);
}
