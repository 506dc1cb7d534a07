/* outreach-compose-layout.c: the message window's message row, the
 * message and (when shown) the QR code; and its button row, which wraps
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "outreach-compose-layout.h"

/* The message row: the QR code (when shown) beside the message when the
 * row is wide enough for both, under it otherwise. A layout of its own,
 * not a box: a box would give the code's column the width its wrapped
 * caption asks for at the row's height (all of it on one line), and the
 * message what is left; and it decides on the width it is given, at
 * every size, with no breakpoints in GTK 4.8 */
#define ROW_SPACING 16

/* The QR code goes beside the message only when the message keeps this
 * much width (about 50 characters) beside it; under it otherwise */
#define MESSAGE_MIN_WIDTH_BESIDE_QR 420

/* Whether @qr goes beside the message in a row @width wide; its column's
 * width in @qr_width */
static gboolean
qr_beside (GtkWidget *qr,
           int        width,
           int       *qr_width)
{
  *qr_width = 0;
  if (!gtk_widget_should_layout (qr))
    return FALSE;
  gtk_widget_measure (qr, GTK_ORIENTATION_HORIZONTAL, -1, qr_width, NULL, NULL, NULL);
  /* at a width not known, under it: the taller of the two */
  return width >= 0 && width - *qr_width - ROW_SPACING >= MESSAGE_MIN_WIDTH_BESIDE_QR;
}

static void
message_row_measure (GtkWidget      *row,
                     GtkOrientation  orientation,
                     int             for_size,
                     int            *minimum,
                     int            *natural,
                     int            *minimum_baseline,
                     int            *natural_baseline)
{
  GtkWidget *message = gtk_widget_get_first_child (row);
  GtkWidget *qr = gtk_widget_get_next_sibling (message);
  int message_min, message_nat, qr_min = 0, qr_nat = 0, qr_width;
  gboolean beside;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* at least the wider of the two (one under the other); at best both
       * side by side */
      gtk_widget_measure (message, orientation, -1, &message_min, &message_nat, NULL, NULL);
      qr_beside (qr, -1, &qr_width);
      *minimum = MAX (message_min, qr_width);
      *natural = MAX (message_nat, MESSAGE_MIN_WIDTH_BESIDE_QR) + (qr_width > 0 ? qr_width + ROW_SPACING : 0);
      return;
    }

  beside = qr_beside (qr, for_size, &qr_width);
  gtk_widget_measure (message, orientation, beside && for_size >= 0 ? for_size - qr_width - ROW_SPACING : for_size,
                      &message_min, &message_nat, NULL, NULL);
  if (qr_width > 0)
    {
      /* as tall as at its own width (wider, the picture would scale up);
       * and at the least as tall as it asks to be, whole: the code and all
       * of its caption (its minimum would cut the caption's last line) */
      gtk_widget_measure (qr, orientation, qr_width, &qr_min, &qr_nat, NULL, NULL);
      qr_min = qr_nat;
    }
  if (beside)
    {
      *minimum = MAX (message_min, qr_min);
      *natural = MAX (message_nat, qr_nat);
    }
  else
    {
      *minimum = message_min + (qr_width > 0 ? qr_min + ROW_SPACING : 0);
      *natural = message_nat + (qr_width > 0 ? qr_nat + ROW_SPACING : 0);
    }
}

static void
message_row_allocate (GtkWidget *row,
                      int        width,
                      int        height,
                      int        baseline)
{
  GtkWidget *message = gtk_widget_get_first_child (row);
  GtkWidget *qr = gtk_widget_get_next_sibling (message);
  int qr_width, qr_height;

  if (qr_beside (qr, width, &qr_width))
    {
      gtk_widget_size_allocate (message, &(GtkAllocation) { 0, 0, width - qr_width - ROW_SPACING, height }, -1);
      gtk_widget_size_allocate (qr, &(GtkAllocation) { width - qr_width, 0, qr_width, height }, -1);
    }
  else if (qr_width > 0)
    {
      gtk_widget_measure (qr, GTK_ORIENTATION_VERTICAL, qr_width, NULL, &qr_height, NULL, NULL);
      qr_height = MIN (qr_height, height);
      gtk_widget_size_allocate (message, &(GtkAllocation) { 0, 0, width, MAX (0, height - qr_height - ROW_SPACING) },
                                -1);
      gtk_widget_size_allocate (qr, &(GtkAllocation) { 0, height - qr_height, width, qr_height }, -1);
    }
  else
    gtk_widget_size_allocate (message, &(GtkAllocation) { 0, 0, width, height }, -1);
}

/**
 * _outreach_compose_row_layout_new:
 *
 * Returns: (transfer full): the layout of a row holding the message, then
 *   the QR code's revealer
 */
GtkLayoutManager *
_outreach_compose_row_layout_new (void)
{
  return gtk_custom_layout_new (NULL, message_row_measure, message_row_allocate);
}

/**
 * _outreach_compose_row_qr_beside:
 * @row: a row laid out by _outreach_compose_row_layout_new()
 * @width: the row's width
 *
 * Returns: whether the QR code goes beside the message at @width (not
 *   under it; %FALSE too where it is not shown)
 */
gboolean
_outreach_compose_row_qr_beside (GtkWidget *row,
                                 int        width)
{
  GtkWidget *message = gtk_widget_get_first_child (row);
  int qr_width;

  g_return_val_if_fail (message != NULL, FALSE);

  return qr_beside (gtk_widget_get_next_sibling (message), width, &qr_width);
}

/* The button row: the buttons on one line where they fit, on as many as
 * they need where they do not (a narrow window, large text), each at its
 * own width; one with halign END (Open in Mail App) at the end of its
 * line. The window is never made wider than the widest button. */
#define BUTTON_SPACING 8

/* Lays out the row's buttons on lines @width wide: their places in
 * @places (if not NULL, with room for every child); returns the height */
static int
button_row_flow (GtkWidget     *row,
                 int            width,
                 GtkAllocation *places)
{
  int x = 0, y = 0, line_height = 0, height = 0;
  GtkWidget *line_start = NULL;
  guint i = 0, line_first = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      int child_width, child_height;

      if (!gtk_widget_should_layout (child))
        {
          if (places != NULL)
            places[i] = (GtkAllocation) { 0, 0, 0, 0 };
          i++;
          continue;
        }
      gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &child_width, NULL, NULL);
      if (width >= 0)
        child_width = MIN (child_width, MAX (width, 0));
      if (line_start != NULL && width >= 0 && x + BUTTON_SPACING + child_width > width)
        {
          /* a new line */
          y += line_height + BUTTON_SPACING;
          x = 0;
          line_height = 0;
          line_start = NULL;
          line_first = i;
        }
      else if (line_start != NULL)
        x += BUTTON_SPACING;
      gtk_widget_measure (child, GTK_ORIENTATION_VERTICAL, child_width, NULL, &child_height, NULL, NULL);
      if (places != NULL)
        {
          places[i] = (GtkAllocation) { x, y, child_width, child_height };
          if (child_height > line_height)
            /* the line's buttons as tall as its tallest */
            for (guint j = line_first; j < i; j++)
              if (places[j].width > 0)
                places[j].height = child_height;
          if (child_height < line_height)
            places[i].height = line_height;
          if (gtk_widget_get_halign (child) == GTK_ALIGN_END && width >= 0)
            places[i].x = width - child_width;
        }
      if (line_start == NULL)
        line_start = child;
      line_height = MAX (line_height, child_height);
      x += child_width;
      height = y + line_height;
      i++;
    }
  return height;
}

/* Its height depends on its width (the buttons wrap), though the
 * buttons' own do not */
static GtkSizeRequestMode
button_row_request_mode (GtkWidget *row)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
button_row_measure (GtkWidget      *row,
                    GtkOrientation  orientation,
                    int             for_size,
                    int            *minimum,
                    int            *natural,
                    int            *minimum_baseline,
                    int            *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      /* at least the widest button; at best all on one line */
      int widest = 0, all = 0, shown = 0;

      for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL; child = gtk_widget_get_next_sibling (child))
        {
          int child_min, child_nat;

          if (!gtk_widget_should_layout (child))
            continue;
          gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
          widest = MAX (widest, child_nat);
          all += child_nat;
          shown++;
        }
      *minimum = widest;
      *natural = all + MAX (0, shown - 1) * BUTTON_SPACING;
      return;
    }

  *minimum = *natural = button_row_flow (row, for_size, NULL);
}

static void
button_row_allocate (GtkWidget *row,
                     int        width,
                     int        height,
                     int        baseline)
{
  guint n = 0, i = 0;
  g_autofree GtkAllocation *places = NULL;

  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL; child = gtk_widget_get_next_sibling (child))
    n++;
  places = g_new0 (GtkAllocation, MAX (n, 1));
  button_row_flow (row, width, places);
  for (GtkWidget *child = gtk_widget_get_first_child (row); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_should_layout (child))
        gtk_widget_size_allocate (child, &places[i], -1);
      i++;
    }
}

/**
 * _outreach_compose_buttons_layout_new:
 *
 * Returns: (transfer full): the layout of the button row: the buttons on
 *   one line where they fit, wrapped onto more where they do not
 */
GtkLayoutManager *
_outreach_compose_buttons_layout_new (void)
{
  return gtk_custom_layout_new (button_row_request_mode, button_row_measure, button_row_allocate);
}
