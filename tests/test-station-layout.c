/* test-station-layout.c: the station, read and touched from a metre away
 *
 * At 1920×1080, on Home, a team's page, a person's page and search results,
 * every widget a visitor can touch (clicked or focused: buttons, links,
 * rows, tree expanders, the search field's clear icon) is at least 44×44
 * pixels, every text is at least 18 pixels high (the size of the font Pango
 * laid it out in, markup included), and headings are bigger than the text
 * under them. The QR code sheet keeps its Done button within the window at
 * three times the text size, and the countdown shows, and can be touched,
 * over a sheet.
 *
 * On the real app as a station, in both orientations, a visitor zooms in as
 * far as the app lets them: the text still fits the screen, and every
 * control (the header's, the open PIN pad's, the countdown's, the QR
 * sheet's) lies wholly within the window.
 *
 * With OUTREACH_SCREENSHOTS=DIR, each screen is saved there as a PNG, at
 * 1920×1080 and at 1080×1920.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <string.h>

#include <glib/gstdio.h>

#include "outreach-application.h"
#include "outreach-attract-screen.h"
#include "outreach-countdown.h"
#include "outreach-exit-pin.h"
#include "outreach-pin-pad.h"
#include "outreach-qr-sheet.h"
#include "outreach-window.h"
#include "test-utils.h"

#define MIN_TARGET_PX 44
#define MIN_TEXT_PX   18.0

typedef struct
{
  GString *problems;
  double   base_px;      /* the window's text */
  double   body_px;      /* the largest text that is not a heading */
  double   smallest_heading_px;
  guint    targets;
  guint    labels;
} Survey;

static gboolean
is_heading (GtkWidget *label)
{
  static const char *classes[] = { "heading", "title-1", "title-2", "title-3", "title-4",
                                   "page-title", "section-heading", "attract-title" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (gtk_widget_has_css_class (label, classes[i]))
      return TRUE;
  return gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (label)) == GTK_ACCESSIBLE_ROLE_HEADING;
}

/* What a finger can do to @widget: click it (a click or drag gesture), or
 * move the focus to it */
static gboolean
is_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = NULL;
  GtkWidget *parent = gtk_widget_get_parent (widget);

  if (!gtk_widget_is_sensitive (widget))
    return FALSE;
  /* an entry's text is touched through the entry around it */
  if (GTK_IS_TEXT (widget) && parent != NULL && GTK_IS_EDITABLE (parent))
    return FALSE;
  if (gtk_widget_get_focusable (widget) && gtk_widget_get_can_focus (widget) &&
      (GTK_IS_BUTTON (widget) || GTK_IS_EDITABLE (widget) || GTK_IS_TEXT (widget) ||
       g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkListItemWidget") ||
       GTK_IS_LIST_BOX_ROW (widget)))
    return TRUE;
  controllers = gtk_widget_observe_controllers (widget);
  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller) &&
          gtk_event_controller_get_propagation_phase (controller) != GTK_PHASE_NONE)
        return TRUE;
    }
  return FALSE;
}

/* The largest and smallest font @label's text is laid out in, in pixels */
static void
label_font_px (GtkLabel *label,
               double   *smallest,
               double   *largest)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  PangoLayoutIter *iter = pango_layout_get_iter (layout);

  *smallest = G_MAXDOUBLE;
  *largest = 0;
  do
    {
      PangoLayoutRun *run = pango_layout_iter_get_run_readonly (iter);
      PangoFontDescription *description;
      double px;

      if (run == NULL)
        continue;
      description = pango_font_describe_with_absolute_size (run->item->analysis.font);
      px = pango_font_description_get_size (description) / (double) PANGO_SCALE;
      pango_font_description_free (description);
      *smallest = MIN (*smallest, px);
      *largest = MAX (*largest, px);
    }
  while (pango_layout_iter_next_run (iter));
  pango_layout_iter_free (iter);
}

static char *
describe (GtkWidget *widget)
{
  GString *path = g_string_new (NULL);

  for (GtkWidget *w = widget; w != NULL && !GTK_IS_WINDOW (w); w = gtk_widget_get_parent (w))
    {
      const char *name = gtk_widget_get_name (w);

      g_string_prepend (path, name != NULL && !g_str_equal (name, G_OBJECT_TYPE_NAME (w)) ? name :
                              G_OBJECT_TYPE_NAME (w));
      g_string_prepend (path, "/");
    }
  if (GTK_IS_LABEL (widget))
    g_string_append_printf (path, " “%.40s”", gtk_label_get_text (GTK_LABEL (widget)));
  else if (GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL)
    g_string_append_printf (path, " “%.40s”", gtk_button_get_label (GTK_BUTTON (widget)));
  return g_string_free (path, FALSE);
}

/* Every widget the visitor can see in @widget's tree: mapped, with a size,
 * and somewhere inside the window (a long list's rows scrolled out of
 * sight count too: they are scrolled into it) */
static void
survey_widget (GtkWidget *widget,
               Survey    *survey)
{
  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0 ||
      gtk_widget_get_height (widget) == 0)
    return;
  /* scroll bars are indicators; a finger scrolls the content itself */
  if (GTK_IS_SCROLLBAR (widget))
    return;

  if (is_target (widget))
    {
      graphene_rect_t box;   /* what a touch lands on: padding and border included */

      g_assert_true (gtk_widget_compute_bounds (widget, widget, &box));
      survey->targets++;
      if (box.size.width < MIN_TARGET_PX || box.size.height < MIN_TARGET_PX)
        {
          g_autofree char *what = describe (widget);

          g_string_append_printf (survey->problems, "target %.0f×%.0f: %s\n", box.size.width,
                                  box.size.height, what);
        }
    }

  if (GTK_IS_LABEL (widget) && *gtk_label_get_text (GTK_LABEL (widget)) != '\0')
    {
      double smallest, largest;

      label_font_px (GTK_LABEL (widget), &smallest, &largest);
      survey->labels++;
      if (smallest < MIN_TEXT_PX)
        {
          g_autofree char *what = describe (widget);

          g_string_append_printf (survey->problems, "text %.1f px: %s\n", smallest, what);
        }
      if (is_heading (widget))
        {
          survey->smallest_heading_px = MIN (survey->smallest_heading_px, smallest);
          if (smallest <= survey->base_px)
            {
              g_autofree char *what = describe (widget);

              g_string_append_printf (survey->problems, "heading %.1f px, no bigger than the text: %s\n",
                                      smallest, what);
            }
        }
      else
        survey->body_px = MAX (survey->body_px, largest);
    }

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    survey_widget (child, survey);
  /* pop-ups are children of the widget they point at */
}

static void
window_to_png (OutreachWindow *window,
               const char     *file)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (GTK_WIDGET (window));
  int height = gtk_widget_get_height (GTK_WIDGET (window));

  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  g_assert_true (gdk_texture_save_to_png (texture, file));
}

static void
save_screenshot (OutreachWindow *window,
                 const char     *name)
{
  const char *dir = g_getenv ("OUTREACH_SCREENSHOTS");
  g_autofree char *file = NULL;

  if (dir == NULL)
    return;
  file = g_strdup_printf ("%s/%s-%dx%d.png", dir, name, gtk_widget_get_width (GTK_WIDGET (window)),
                          gtk_widget_get_height (GTK_WIDGET (window)));
  window_to_png (window, file);
  g_test_message ("saved %s", file);
}

static OutreachWindow *
station (int width,
         int height)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = outreach_window_new (NULL, content);

  /* a bare X server does not make a window full screen: its size is set,
   * with no frame (a full screen has none) */
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_set_decorated (GTK_WINDOW (window), FALSE);
  outreach_window_set_kiosk (window, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  test_wait_drawn (GTK_WIDGET (window), 50);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, width);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, height);
  return window;
}

/* The size of the station's text, from the window's font, in pixels */
static double
window_text_px (OutreachWindow *window)
{
  PangoContext *context = gtk_widget_get_pango_context (GTK_WIDGET (window));
  const PangoFontDescription *font = pango_context_get_font_description (context);
  double size = pango_font_description_get_size (font) / (double) PANGO_SCALE;

  if (pango_font_description_get_size_is_absolute (font))
    return size;
  return size * pango_cairo_context_get_resolution (context) / 72.0;
}

/* Fewer controls than these mean the survey missed some: behind a QR code
 * sheet nothing takes a touch, and the sheet has its Done button (and the
 * countdown's, if it shows) */
static guint
fewest_controls (OutreachWindow *window)
{
  return OUTREACH_IS_QR_SHEET (outreach_window_get_sheet (window)) ? 0 : 5;
}

static void
assert_readable_and_touchable (OutreachWindow *window,
                               const char     *screen)
{
  Survey survey = { g_string_new (NULL), window_text_px (window), 0, G_MAXDOUBLE, 0, 0 };

  test_wait_drawn (GTK_WIDGET (window), 50);
  save_screenshot (window, screen);
  survey_widget (GTK_WIDGET (window), &survey);
  g_test_message ("%s: %u targets, %u labels; text %.1f px, up to %.1f px; headings from %.1f px",
                  screen, survey.targets, survey.labels, survey.base_px, survey.body_px,
                  survey.smallest_heading_px);
  if (survey.problems->len > 0)
    g_test_message ("%s:\n%s", screen, survey.problems->str);
  g_assert_cmpuint (survey.targets, >, fewest_controls (window));
  g_assert_cmpuint (survey.labels, >, 5);
  g_assert_cmpuint (survey.problems->len, ==, 0);
  g_assert_cmpfloat (survey.base_px, >=, MIN_TEXT_PX);
  g_string_free (survey.problems, TRUE);
}

static void
test_screens (gconstpointer data)
{
  const int *size = data;
  OutreachWindow *window = station (size[0], size[1]);
  GtkWidget *entry = test_child (window, OUTREACH_TYPE_WINDOW, "search_entry");

  assert_readable_and_touchable (window, "home");

  /* a team, with the tree open down to it */
  g_assert_true (outreach_window_show_page (window, "rart"));
  assert_readable_and_touchable (window, "team");

  /* a person */
  g_assert_true (outreach_window_show_page (window, "jody"));
  assert_readable_and_touchable (window, "profile");

  /* search results, with the clear icon in the field */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  gtk_editable_set_text (GTK_EDITABLE (entry), "cyber");
  assert_readable_and_touchable (window, "search");

  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
within (GtkWidget *widget,
        GtkWidget *window)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  g_test_message ("%s at %.0f,%.0f %.0f×%.0f in %d×%d", G_OBJECT_TYPE_NAME (widget),
                  bounds.origin.x, bounds.origin.y, bounds.size.width, bounds.size.height,
                  gtk_widget_get_width (window), gtk_widget_get_height (window));
  return bounds.origin.x >= 0 && bounds.origin.y >= 0 &&
         bounds.origin.x + bounds.size.width <= gtk_widget_get_width (window) &&
         bounds.origin.y + bounds.size.height <= gtk_widget_get_height (window);
}

/* Whatever a touch at the middle of @widget lands on is @widget, or in it */
static gboolean
touched_at_middle (GtkWidget *widget,
                   GtkWidget *window)
{
  graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.f,
                                                 gtk_widget_get_height (widget) / 2.f), at;
  GtkWidget *picked;

  g_assert_true (gtk_widget_compute_point (widget, window, &middle, &at));
  picked = gtk_widget_pick (window, at.x, at.y, GTK_PICK_DEFAULT);
  if (picked != NULL && picked != widget && !gtk_widget_is_ancestor (picked, widget))
    {
      g_autofree char *what = describe (picked);

      g_test_message ("a touch at %.0f,%.0f lands on %s", at.x, at.y, what);
    }
  return picked == widget || (picked != NULL && gtk_widget_is_ancestor (picked, widget));
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *action)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A QR code sheet (a message's, and a long link's, which prints its first
 * 160 characters) says truly what height it needs: at the largest text
 * that fits by its measure (from three times, stepped down as a station
 * does), its Done button is within the window, where a touch reaches it */
static void
assert_done_in_sight (OutreachWindow *window,
                      const char     *name)
{
  GtkWidget *sheet = outreach_window_get_sheet (window);
  GtkWidget *done;

  g_assert_nonnull (sheet);
  test_wait_until (test_is_mapped, sheet);
  test_wait_drawn (sheet, 50);
  save_screenshot (window, name);

  done = test_child (sheet, OUTREACH_TYPE_QR_SHEET, "done_button");
  g_assert_true (gtk_widget_get_mapped (done));
  g_assert_true (within (done, GTK_WIDGET (window)));
  g_assert_true (touched_at_middle (done, GTK_WIDGET (window)));
  g_assert_cmpint (gtk_widget_get_height (done), >=, MIN_TARGET_PX);
}

/* Sets the text to three times @dpi, then steps it down as a station
 * does until the sheet's card fits the window by its measure */
static void
fit_sheet_from_three_times (OutreachWindow *window,
                            int             dpi)
{
  GtkSettings *settings = gtk_settings_get_default ();
  GtkWidget *sheet = outreach_window_get_sheet (window);
  double zoom = 3.0;
  int needed;

  for (;;)
    {
      g_object_set (settings, "gtk-xft-dpi", (int) (dpi * zoom), NULL);
      gtk_widget_measure (sheet, GTK_ORIENTATION_VERTICAL, gtk_widget_get_width (GTK_WIDGET (window)),
                          NULL, &needed, NULL, NULL);
      if (needed <= gtk_widget_get_height (GTK_WIDGET (window)) || zoom <= 1.0)
        break;
      zoom = MAX (zoom / 1.15, 1.0);
    }
  g_test_message ("the sheet fits at %.2f×", zoom);
  g_assert_cmpfloat (zoom, >, 1.5);
}

static void
test_qr_sheet_at_three_times (gconstpointer data)
{
  const int *size = data;
  GtkSettings *settings = gtk_settings_get_default ();
  OutreachWindow *window = station (size[0], size[1]);
  g_autoptr(GString) link = g_string_new ("https://serocu.police.uk/");
  int dpi;

  g_object_get (settings, "gtk-xft-dpi", &dpi, NULL);

  g_assert_true (outreach_window_show_page (window, "cyber"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL);
  fit_sheet_from_three_times (window, dpi);
  assert_done_in_sight (window, "qr-sheet-message-3x");

  while (link->len < 400)
    g_string_append (link, "careers/regional-organised-crime-unit/");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", link->str);
  fit_sheet_from_three_times (window, dpi);
  assert_done_in_sight (window, "qr-sheet-link-3x");

  g_object_set (settings, "gtk-xft-dpi", dpi, NULL);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A text too long for any QR code: no code, and no hint to scan one, but a
 * line that says so and what to do instead, in sight on the station */
/* The attract screen's slides read as a page does: some 70 characters a
 * line at most, on the widest screen (probe 16b: 135, across 1920 px) */
static void
test_attract_line_length (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  GtkWidget *window = gtk_window_new ();
  GtkWidget *attract = g_object_new (OUTREACH_TYPE_ATTRACT_SCREEN, "content", content, NULL);
  GtkStack *slides = GTK_STACK (test_child (attract, OUTREACH_TYPE_ATTRACT_SCREEN, "attract_stack"));
  guint longest = 0, lines = 0;

  gtk_window_set_default_size (GTK_WINDOW (window), 1920, 1080);
  gtk_window_set_child (GTK_WINDOW (window), attract);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  for (GtkWidget *slide = gtk_widget_get_first_child (GTK_WIDGET (slides)); slide != NULL;
       slide = gtk_widget_get_next_sibling (slide))
    {
      gtk_stack_set_visible_child (slides, slide);
      test_wait_drawn (window, 5);
      /* the slide: a column, holding the box of its lines */
      for (GtkWidget *label = gtk_widget_get_first_child (gtk_widget_get_first_child (slide)); label != NULL;
           label = gtk_widget_get_next_sibling (label))
        {
          PangoLayout *layout = gtk_label_get_layout (GTK_LABEL (label));
          const char *text = pango_layout_get_text (layout);

          for (int i = 0; i < pango_layout_get_line_count (layout); i++)
            {
              PangoLayoutLine *line = pango_layout_get_line_readonly (layout, i);

              longest = MAX (longest, (guint) g_utf8_strlen (text + line->start_index, line->length));
              lines++;
            }
        }
    }
  g_test_message ("%u lines on the slides, the longest %u characters", lines, longest);
  g_assert_cmpuint (lines, >, 0);
  g_assert_cmpuint (longest, <=, 80);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_qr_sheet_without_code (void)
{
  OutreachWindow *window = station (1920, 1080);
  g_autoptr(GString) huge = g_string_new ("mailto:hr@example.org?body=");
  GtkWidget *sheet, *no_code;

  while (huge->len < 8000)
    g_string_append (huge, "%E2%9C%A8 a very long message ");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "https://serocu.police.uk/");
  sheet = outreach_window_get_sheet (window);
  /* a code that fits: the hint to scan it, no line about a missing code */
  g_assert_true (outreach_qr_sheet_get_has_code (OUTREACH_QR_SHEET (sheet)));
  g_assert_true (gtk_widget_get_visible (test_child (sheet, OUTREACH_TYPE_QR_SHEET, "hint_label")));
  g_assert_false (gtk_widget_get_visible (test_child (sheet, OUTREACH_TYPE_QR_SHEET, "no_code_label")));

  sheet = outreach_qr_sheet_new ("Write to HR", huge->str, "QR code of an email to HR", "hr@example.org\nSubject",
                                 "Scan the code", "Too long for a code: write to the address below instead.");
  g_assert_false (outreach_qr_sheet_get_has_code (OUTREACH_QR_SHEET (sheet)));
  g_assert_false (gtk_widget_get_visible (test_child (sheet, OUTREACH_TYPE_QR_SHEET, "code_picture")));
  g_assert_false (gtk_widget_get_visible (test_child (sheet, OUTREACH_TYPE_QR_SHEET, "hint_label")));
  no_code = test_child (sheet, OUTREACH_TYPE_QR_SHEET, "no_code_label");
  g_assert_true (gtk_widget_get_visible (no_code));
  /* the address the line tells the visitor to type reads as it is: no
   * hyphen where it breaks (nor in the title's long names) */
  g_assert_true (test_label_breaks_without_hyphens (test_child (sheet, OUTREACH_TYPE_QR_SHEET,
                                                                "address_label")));
  g_assert_true (test_label_breaks_without_hyphens (test_child (sheet, OUTREACH_TYPE_QR_SHEET,
                                                                "title_label")));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (no_code)), ==,
                   "Too long for a code: write to the address below instead.");
  g_object_ref_sink (sheet);
  g_object_unref (sheet);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The countdown over a sheet: in sight, and its button takes the touch */
static void
test_countdown_over_sheet (void)
{
  OutreachWindow *window = station (1920, 1080);
  GtkRevealer *revealer = GTK_REVEALER (test_child (window, OUTREACH_TYPE_WINDOW, "countdown_revealer"));
  GtkWidget *still_here;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", "https://serocu.police.uk/");
  g_assert_nonnull (outreach_window_get_sheet (window));
  outreach_countdown_set_seconds_left (OUTREACH_COUNTDOWN (test_child (window, OUTREACH_TYPE_WINDOW, "countdown")),
                                       20);
  gtk_revealer_set_transition_type (revealer, GTK_REVEALER_TRANSITION_TYPE_NONE);
  gtk_revealer_set_reveal_child (revealer, TRUE);
  /* the sheet and the countdown read and touched as the rest */
  assert_readable_and_touchable (window, "countdown-over-sheet");

  still_here = find_button (GTK_WIDGET (revealer), "win.still-here");
  g_assert_nonnull (still_here);
  g_assert_true (gtk_widget_get_child_visible (gtk_revealer_get_child (revealer)));
  g_assert_true (within (still_here, GTK_WIDGET (window)));
  g_assert_true (touched_at_middle (still_here, GTK_WIDGET (window)));
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Start Again takes a touch anywhere on it: no staff hotspot over it */
static void
test_start_again_wholly_tappable (void)
{
  OutreachWindow *window = station (1920, 1080);
  GtkWidget *button = test_child (window, OUTREACH_TYPE_WINDOW, "start_again_button");
  GtkWidget *corner = test_child (window, OUTREACH_TYPE_WINDOW, "exit_corner");
  int width = gtk_widget_get_width (button), height = gtk_widget_get_height (button);

  g_assert_true (gtk_widget_get_mapped (corner));
  for (int i = 0; i <= 10; i++)
    for (int j = 0; j <= 10; j++)
      {
        graphene_point_t point = GRAPHENE_POINT_INIT (MIN (width * i / 10.f, width - 0.5f),
                                                      MIN (height * j / 10.f, height - 0.5f)), at;
        GtkWidget *picked;

        g_assert_true (gtk_widget_compute_point (button, GTK_WIDGET (window), &point, &at));
        picked = gtk_widget_pick (GTK_WIDGET (window), at.x, at.y, GTK_PICK_DEFAULT);
        g_assert_true (picked == button || gtk_widget_is_ancestor (picked, button));
      }
  /* and the hotspot covers no control at all */
  {
    GtkWidget *picked;
    graphene_point_t middle = GRAPHENE_POINT_INIT (gtk_widget_get_width (corner) / 2.f,
                                                   gtk_widget_get_height (corner) / 2.f), at;

    g_assert_true (gtk_widget_compute_point (corner, GTK_WIDGET (window), &middle, &at));
    picked = gtk_widget_pick (GTK_WIDGET (window), at.x, at.y, GTK_PICK_DEFAULT);
    g_assert_true (picked == corner);
    for (GtkWidget *w = gtk_widget_get_parent (corner); w != NULL; w = gtk_widget_get_parent (w))
      g_assert_false (GTK_IS_BUTTON (w));
    g_assert_cmpint (gtk_widget_get_width (corner), >=, MIN_TARGET_PX);
    g_assert_cmpint (gtk_widget_get_height (corner), >=, MIN_TARGET_PX);
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Zoomed in as far as it goes */

typedef struct
{
  int          width, height;
  GString     *problems;
  guint        controls;
} Bounds;

/* The scrolled window @widget scrolls in, if any */
static GtkScrolledWindow *
scrolled_in (GtkWidget *widget)
{
  for (GtkWidget *w = gtk_widget_get_parent (widget); w != NULL; w = gtk_widget_get_parent (w))
    if (GTK_IS_SCROLLED_WINDOW (w))
      return GTK_SCROLLED_WINDOW (w);
  return NULL;
}

static gboolean
lies_within (GtkWidget *widget,
             GtkWidget *window,
             int        width,
             int        height,
             gboolean   across_only)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_compute_bounds (widget, window, &bounds));
  return bounds.origin.x >= 0 && bounds.origin.x + bounds.size.width <= width &&
         (across_only || (bounds.origin.y >= 0 && bounds.origin.y + bounds.size.height <= height));
}

/* Every control a visitor sees lies wholly within the screen's
 * @width×@height; a control in a scrolled list is reached by scrolling it,
 * so the list lies within the screen, and the control across it */
static void
bounds_widget (GtkWidget *widget,
               GtkWidget *window,
               Bounds    *bounds)
{
  if (!gtk_widget_get_mapped (widget) || gtk_widget_get_width (widget) == 0 ||
      gtk_widget_get_height (widget) == 0 || GTK_IS_SCROLLBAR (widget))
    return;
  /* the header's drag area (it moves a window; a station's does not move)
   * is not a control */
  if (is_target (widget) && !GTK_IS_WINDOW_HANDLE (widget))
    {
      GtkScrolledWindow *scrolled = scrolled_in (widget);
      gboolean ok;

      bounds->controls++;
      if (scrolled == NULL)
        ok = lies_within (widget, window, bounds->width, bounds->height, FALSE);
      else
        {
          GtkPolicyType across;

          gtk_scrolled_window_get_policy (scrolled, &across, NULL);
          ok = lies_within (GTK_WIDGET (scrolled), window, bounds->width, bounds->height, FALSE) &&
               (across != GTK_POLICY_NEVER ||
                lies_within (widget, window, bounds->width, bounds->height, TRUE));
        }
      if (!ok)
        {
          g_autofree char *what = describe (widget);
          graphene_rect_t box;

          g_assert_true (gtk_widget_compute_bounds (widget, window, &box));
          g_string_append_printf (bounds->problems, "off screen at %.0f,%.0f %.0f×%.0f: %s\n",
                                  box.origin.x, box.origin.y, box.size.width, box.size.height, what);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    bounds_widget (child, window, bounds);
}

static void
assert_all_within (OutreachWindow *window,
                   const int      *size,
                   const char     *screen)
{
  Bounds bounds = { size[0], size[1], g_string_new (NULL), 0 };
  int min_width;

  test_wait_drawn (GTK_WIDGET (window), 50);
  save_screenshot (window, screen);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_width, NULL, NULL, NULL);
  g_test_message ("%s: window %d×%d, at least %d wide, on %d×%d", screen,
                  gtk_widget_get_width (GTK_WIDGET (window)), gtk_widget_get_height (GTK_WIDGET (window)),
                  min_width, size[0], size[1]);
  bounds_widget (GTK_WIDGET (window), GTK_WIDGET (window), &bounds);
  if (bounds.problems->len > 0)
    g_test_message ("%s:\n%s", screen, bounds.problems->str);
  g_assert_cmpuint (bounds.controls, >, fewest_controls (window));
  g_assert_cmpstr (bounds.problems->str, ==, "");
  g_assert_cmpint (min_width, <=, size[0]);
  g_string_free (bounds.problems, TRUE);
}

static int
text_dpi (void)
{
  int dpi;

  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &dpi, NULL);
  return dpi;
}

typedef struct
{
  const int *size;
  gboolean   ran;
} Largest;


static void
on_station_activated (GApplication *app,
                      Largest      *run)
{
  const int *size = run->size;
  OutreachWindow *window = OUTREACH_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  g_autoptr(GSettings) settings = g_settings_new ("uk.police.serocu.Outreach");
  g_autofree char *hashed = outreach_exit_pin_hash ("2468", NULL);
  GtkRevealer *revealer = GTK_REVEALER (test_child (window, OUTREACH_TYPE_WINDOW, "countdown_revealer"));
  g_autoptr(GString) link = g_string_new ("https://serocu.police.uk/");
  int dpi = text_dpi (), last = 0;
  GtkWidget *pad;

  test_wait_until (test_is_mapped, window);
  test_wait_drawn (GTK_WIDGET (window), 50);
  g_assert_true (gtk_window_is_fullscreen (GTK_WINDOW (window)));
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), ==, size[0]);
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (window)), ==, size[1]);

  /* a visitor zooms in, on a page with the search bar open, until the
   * text grows no more */
  g_assert_true (outreach_window_show_page (window, "rart"));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.search", NULL);
  while (text_dpi () > last)
    {
      last = text_dpi ();
      g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
      test_wait_drawn (GTK_WIDGET (window), 50);
    }
  g_test_message ("text at %.2f×, %.1f px", last / (double) dpi, window_text_px (window));
  g_assert_cmpfloat (last / (double) dpi, >, 1.5);
  g_assert_cmpfloat (window_text_px (window), >=, MIN_TEXT_PX);
  assert_all_within (window, size, "largest-page");

  /* the countdown, over it all */
  outreach_countdown_set_seconds_left (OUTREACH_COUNTDOWN (test_child (window, OUTREACH_TYPE_WINDOW, "countdown")),
                                       20);
  gtk_revealer_set_transition_type (revealer, GTK_REVEALER_TRANSITION_TYPE_NONE);
  gtk_revealer_set_reveal_child (revealer, TRUE);
  assert_all_within (window, size, "largest-countdown");
  g_assert_true (touched_at_middle (find_button (GTK_WIDGET (revealer), "win.still-here"), GTK_WIDGET (window)));
  gtk_revealer_set_reveal_child (revealer, FALSE);
  /* (hidden with no transition, it would keep its size, and take touches) */
  gtk_revealer_set_transition_type (revealer, GTK_REVEALER_TRANSITION_TYPE_SLIDE_UP);

  /* the staff PIN pad */
  g_settings_set_string (settings, "kiosk-exit-pin", hashed);
  test_press_staff_hotspot (window);
  pad = outreach_window_get_sheet (window);
  g_assert_true (OUTREACH_IS_PIN_PAD (pad));
  assert_all_within (window, size, "largest-pin-pad");
  g_assert_true (touched_at_middle (test_child (pad, OUTREACH_TYPE_PIN_PAD, "enter_button"), GTK_WIDGET (window)));
  g_assert_true (touched_at_middle (test_child (pad, OUTREACH_TYPE_PIN_PAD, "cancel_button"), GTK_WIDGET (window)));
  g_signal_emit_by_name (test_child (pad, OUTREACH_TYPE_PIN_PAD, "cancel_button"), "clicked");
  g_assert_null (outreach_window_get_sheet (window));
  g_settings_reset (settings, "kiosk-exit-pin");
  /* the pad is wider than a turned screen at the largest text (3×, which
   * a page reaches once its Get in touch buttons wrap): opened, it took the
   * text down to where it fits, as any sheet would; no further */
  g_assert_cmpint (text_dpi (), <=, last);
  g_assert_cmpfloat (window_text_px (window), >=, MIN_TEXT_PX);
  last = text_dpi ();

  /* a long link's QR code sheet */
  while (link->len < 400)
    g_string_append (link, "careers/regional-organised-crime-unit/");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.open-link", "s", link->str);
  g_assert_nonnull (outreach_window_get_sheet (window));
  assert_all_within (window, size, "largest-qr-sheet");
  /* (its card does not scroll: the text steps down, if it must, until
   * the whole card fits) */
  g_test_message ("with a long link's QR code: text at %.2f×", text_dpi () / (double) dpi);
  g_assert_cmpint (text_dpi (), <=, last);
  g_assert_cmpfloat (window_text_px (window), >=, MIN_TEXT_PX);
  last = text_dpi ();

  /* a visitor drags the divider to the middle: the text steps down, if it
   * must, until the page beside the sidebar fits again */
  gtk_paned_set_position (GTK_PANED (gtk_widget_get_parent (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"))),
                          size[0] / 2);
  assert_all_within (window, size, "largest-divider");
  g_test_message ("with the divider at %d: text at %.2f×", size[0] / 2, text_dpi () / (double) dpi);
  g_assert_cmpint (text_dpi (), <=, last);
  g_assert_cmpfloat (window_text_px (window), >=, MIN_TEXT_PX);
  run->ran = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The smallest a QR code sheet draws its code, quiet zone included */
#define MIN_CODE_PX 360

/* What zbarimg reads in the window as it is drawn, or NULL without zbarimg */
static char *
read_code_on_screen (OutreachWindow *window)
{
  g_autofree char *zbarimg = g_find_program_in_path ("zbarimg");
  g_autofree char *dir = NULL;
  g_autofree char *file = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status;

  if (zbarimg == NULL)
    return NULL;
  dir = g_dir_make_tmp ("station-layout-XXXXXX", &error);
  g_assert_no_error (error);
  file = g_build_filename (dir, "screen.png", NULL);
  window_to_png (window, file);
  {
    char *argv[] = { zbarimg, (char *) "-q", (char *) "--raw", file, NULL };

    g_spawn_sync (NULL, argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, NULL, &status, &error);
  }
  g_assert_no_error (error);
  g_remove (file);
  g_rmdir (dir);
  g_strchomp (out);
  return g_steal_pointer (&out);
}

/* @widget is shown whole, inside the window and inside every widget around
 * it (none cuts it off) */
static void
assert_in_sight (GtkWidget      *widget,
                 OutreachWindow *window,
                 const int      *size)
{
  graphene_rect_t bounds;

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  g_assert_cmpfloat (bounds.origin.x, >=, 0);
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, size[0]);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, size[1]);
  for (GtkWidget *w = widget, *parent; (parent = gtk_widget_get_parent (w)) != NULL; w = parent)
    {
      graphene_rect_t inner, outer;

      g_assert_true (gtk_widget_compute_bounds (widget, parent, &inner));
      graphene_rect_init (&outer, 0, 0, gtk_widget_get_width (parent), gtk_widget_get_height (parent));
      g_assert_true (graphene_rect_contains_rect (&outer, &inner));
    }
}

/* A message to a contact with a very long name, at the largest text: the
 * sheet fits the screen whole: its title cut to three lines, its code
 * whole, square and at least MIN_CODE_PX, read back from the screen, and
 * the address, subject and hint all in sight */
static void
on_long_title_activated (GApplication *app,
                         Largest      *run)
{
  const int *size = run->size;
  OutreachWindow *window = OUTREACH_WINDOW (gtk_application_get_windows (GTK_APPLICATION (app))->data);
  int dpi = text_dpi (), last = 0;
  GtkWidget *sheet, *code, *title;
  g_autofree char *read = NULL;

  test_wait_until (test_is_mapped, window);
  test_wait_drawn (GTK_WIDGET (window), 50);
  g_assert_true (outreach_window_show_page (window, "ransom-group"));
  while (text_dpi () > last)
    {
      last = text_dpi ();
      g_action_group_activate_action (G_ACTION_GROUP (app), "zoom-in", NULL);
      test_wait_drawn (GTK_WIDGET (window), 50);
    }
  gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL);
  sheet = outreach_window_get_sheet (window);
  g_assert_true (OUTREACH_IS_QR_SHEET (sheet));
  test_wait_until (test_is_mapped, sheet);
  test_wait_drawn (GTK_WIDGET (window), 50);
  g_test_message ("text at %.2f×, %.1f px (%.2f× before the sheet)", text_dpi () / (double) dpi,
                  window_text_px (window), last / (double) dpi);
  assert_all_within (window, size, "longest-title");
  g_assert_cmpfloat (window_text_px (window), >=, MIN_TEXT_PX);

  /* the title: a few lines, not six */
  title = test_child (sheet, OUTREACH_TYPE_QR_SHEET, "title_label");
  g_assert_cmpint (pango_layout_get_line_count (gtk_label_get_layout (GTK_LABEL (title))), <=, 3);

  /* the code: whole, square, at least MIN_CODE_PX, inside the window */
  code = test_child (sheet, OUTREACH_TYPE_QR_SHEET, "code_picture");
  g_assert_true (outreach_qr_sheet_get_has_code (OUTREACH_QR_SHEET (sheet)));
  g_assert_cmpint (gtk_image_get_pixel_size (GTK_IMAGE (code)), >=, MIN_CODE_PX);
  g_assert_cmpint (gtk_widget_get_width (code), >=, gtk_image_get_pixel_size (GTK_IMAGE (code)));
  g_assert_cmpint (gtk_widget_get_height (code), >=, gtk_image_get_pixel_size (GTK_IMAGE (code)));
  assert_in_sight (code, window, size);

  /* what is printed under it, and the hint, in sight; the subject broken
   * between its words, not inside one (probe 16b: "…Serious Crim" / "e
   * Command") */
  assert_in_sight (test_child (sheet, OUTREACH_TYPE_QR_SHEET, "address_label"), window, size);
  g_assert_cmpuint (test_label_words_broken (test_child (sheet, OUTREACH_TYPE_QR_SHEET, "address_label")), ==, 0);
  assert_in_sight (test_child (sheet, OUTREACH_TYPE_QR_SHEET, "hint_label"), window, size);

  /* and a phone reads it */
  read = read_code_on_screen (window);
  if (read == NULL)
    g_test_message ("no zbarimg (build-aux/setup.sh test installs it): the code is not read back");
  else
    g_assert_cmpstr (read, ==, outreach_qr_sheet_get_code (OUTREACH_QR_SHEET (sheet)));
  run->ran = TRUE;
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A bare X server has no window manager to make a window as big as the
 * screen (GTK takes it as full screen all the same): the app's window is
 * given the screen's size before it is shown */
static void
on_window_added (GtkApplication *app,
                 GtkWindow      *window,
                 Largest        *run)
{
  gtk_window_set_decorated (window, FALSE);
  gtk_window_set_default_size (window, run->size[0], run->size[1]);
}

static void
run_station_at_screen_size (const int  *size,
                            const char *content,
                            GCallback   activated)
{
  g_autoptr(OutreachApplication) app = outreach_application_new ();
  g_autofree char *option = content != NULL ? g_strdup_printf ("--content=%s", content) : NULL;
  char *argv[] = { (char *) "serocu-outreach", (char *) "--kiosk", option, NULL };
  Largest run = { size, FALSE };
  GdkMonitor *monitor = g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0);
  GdkRectangle screen;

  /* the app fits what a full screen window has: the screen's size. Meson
   * runs this test on a screen of each size (tests/meson.build). */
  gdk_monitor_get_geometry (monitor, &screen);
  g_object_unref (monitor);
  if (screen.width != run.size[0] || screen.height != run.size[1])
    {
      g_test_skip ("run on a screen of that size (OUTREACH_TEST_SCREEN)");
      return;
    }

  /* tests may run side by side on one session bus */
  g_application_set_flags (G_APPLICATION (app), G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "window-added", G_CALLBACK (on_window_added), &run);
  g_signal_connect_after (app, "activate", activated, &run);
  g_assert_cmpint (g_application_run (G_APPLICATION (app), option != NULL ? 3 : 2, argv), ==, 0);
  g_assert_true (run.ran);
}

static void
test_largest_text (gconstpointer data)
{
  run_station_at_screen_size (data, NULL, G_CALLBACK (on_station_activated));
}

static void
test_longest_title (gconstpointer data)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "station-long-names.json", NULL);

  run_station_at_screen_size (data, path, G_CALLBACK (on_long_title_activated));
}

int
main (int   argc,
      char *argv[])
{
  static const int landscape[] = { 1920, 1080 }, portrait[] = { 1080, 1920 };

  gtk_test_init (&argc, &argv, NULL);
  g_type_ensure (OUTREACH_TYPE_APPLICATION);   /* the app's resources */
  {
    /* the app's style, as the application loads it at start-up */
    g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();

    gtk_css_provider_load_from_resource (css, "/uk/police/serocu/Outreach/style.css");
    gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                                GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  }

  g_test_add_data_func ("/station-layout/1920x1080", landscape, test_screens);
  g_test_add_data_func ("/station-layout/1080x1920", portrait, test_screens);
  g_test_add_data_func ("/station-layout/qr-sheet-at-three-times/1920x1080", landscape,
                        test_qr_sheet_at_three_times);
  g_test_add_data_func ("/station-layout/qr-sheet-at-three-times/1080x1920", portrait,
                        test_qr_sheet_at_three_times);
  /* the largest text on the screen's own size only: meson runs this test
   * on a screen of each size (tests/meson.build) */
  {
    GdkMonitor *monitor = g_list_model_get_item (gdk_display_get_monitors (gdk_display_get_default ()), 0);
    GdkRectangle screen;

    gdk_monitor_get_geometry (monitor, &screen);
    g_object_unref (monitor);
    if (screen.width == landscape[0] && screen.height == landscape[1])
      {
        g_test_add_data_func ("/station-layout/largest-text/1920x1080", landscape, test_largest_text);
        g_test_add_data_func ("/station-layout/longest-title/1920x1080", landscape, test_longest_title);
      }
    if (screen.width == portrait[0] && screen.height == portrait[1])
      {
        g_test_add_data_func ("/station-layout/largest-text/1080x1920", portrait, test_largest_text);
        g_test_add_data_func ("/station-layout/longest-title/1080x1920", portrait, test_longest_title);
      }
  }
  g_test_add_func ("/station-layout/countdown-over-sheet", test_countdown_over_sheet);
  g_test_add_func ("/station-layout/qr-sheet-without-code", test_qr_sheet_without_code);
  g_test_add_func ("/station-layout/attract-line-length", test_attract_line_length);
  g_test_add_func ("/station-layout/start-again-wholly-tappable", test_start_again_wholly_tappable);

  return g_test_run ();
}
