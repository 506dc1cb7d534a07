/* test-contrast.c: contrast measured from screenshots of the real window
 *
 * The window, with the app's style sheet and its desktop-style follower, is
 * rendered to a texture (what GTK puts on the screen) in the light, dark and
 * high-contrast styles, each switched the way the desktop switches it (its
 * GSettings). Every ratio is measured from pixels of that texture with
 * WCAG 2.x relative luminance, never assumed from colour names:
 *
 *   - text: a widget's background is the colour most of its pixels have;
 *     its text is the pixel furthest from that in luminance (a stem or bar
 *     that covers a whole pixel). Secondary text (.dim-label), links, the
 *     labels on blue buttons, tree rows: ≥ 4.5:1.
 *   - focus rings: the pixels that change when a widget takes the keyboard
 *     focus are the ring; its colour against the colours around it (the
 *     page, the button's fill, the chart's background): ≥ 3:1.
 *   - the tree's expanders: the arrow against its row: ≥ 3:1.
 *   - a hovered tree row against the selected one: clearly different (the
 *     selected row is the accent, a hovered one a faint tint).
 *
 * Each ratio is printed on the log; the screenshots are saved in the build
 * directory (contrast-<style>-<page>.png).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>

#include <gdk/x11/gdkx.h>

#include "outreach-application.h"
#include "outreach-chart.h"
#include "outreach-chart-box.h"
#include "outreach-presenter.h"
#include "outreach-system-style.h"
#include "test-utils.h"

#define TEXT_MINIMUM 4.5
#define GRAPHIC_MINIMUM 3.0
/* presenting: a projector washes colours out */
#define PRESENTING_MINIMUM 7.0

typedef struct {
  const char *name;
  const char *color_scheme;
  gboolean    high_contrast;
} Style;

static const Style styles[] = {
  { "light", "prefer-light", FALSE },
  { "dark", "prefer-dark", FALSE },
  { "high-contrast", "prefer-light", TRUE },
  { "high-contrast-dark", "prefer-dark", TRUE },
};

/* A screenshot: 8-bit RGBA, not premultiplied (the window is opaque) */
typedef struct {
  guchar *pixels;
  int     width, height;
  gsize   stride;
} Shot;

static void
shot_free (Shot *shot)
{
  g_free (shot->pixels);
  g_free (shot);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Shot, shot_free)

static const char *current_style = "light";

/* a failure, on the log with the others (GTest's result keeps only the last) */
G_GNUC_PRINTF (1, 2)
static void
fail (const char *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_test_message ("FAIL: %s", message);
  g_test_fail_printf ("%s", message);
}

static Shot *
take_shot (GtkWidget  *window,
           const char *save_as)
{
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  Shot *shot = g_new0 (Shot, 1);

  test_wait_drawn (window, 20);
  shot->width = gtk_widget_get_width (window);
  shot->height = gtk_widget_get_height (window);
  paintable = gtk_widget_paintable_new (window);
  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), shot->width, shot->height);
  node = gtk_snapshot_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, shot->width, shot->height));
  g_assert_cmpint (gdk_texture_get_width (texture), ==, shot->width);
  shot->stride = (gsize) shot->width * 4;
  shot->pixels = g_malloc ((gsize) shot->height * shot->stride);
  /* GDK_MEMORY_DEFAULT: B8G8R8A8 premultiplied, in the machine's order */
  gdk_texture_download (texture, shot->pixels, shot->stride);

  if (save_as != NULL)
    {
      g_autofree char *name = g_strdup_printf ("contrast-%s-%s.png", current_style, save_as);
      g_autofree char *path = g_build_filename (g_getenv ("G_TEST_BUILDDIR") ? g_getenv ("G_TEST_BUILDDIR")
                                                                          : g_get_tmp_dir (),
                                                name, NULL);

      g_assert_true (gdk_texture_save_to_png (texture, path));
      g_test_message ("screenshot: %s", path);
    }
  return shot;
}

/* 0xRRGGBB of a pixel; cairo's ARGB32 in memory is B, G, R, A on little-endian */
static guint32
pixel (const Shot *shot,
       int         x,
       int         y)
{
  const guchar *p = shot->pixels + (gsize) y * shot->stride + (gsize) x * 4;
  guint32 argb = *(const guint32 *) p;

  return argb & 0xffffff;
}

static double
channel (guint32 value)
{
  double c = value / 255.0;

  return c <= 0.04045 ? c / 12.92 : pow ((c + 0.055) / 1.055, 2.4);
}

/* WCAG relative luminance */
static double
luminance (guint32 rgb)
{
  return 0.2126 * channel ((rgb >> 16) & 0xff) +
         0.7152 * channel ((rgb >> 8) & 0xff) +
         0.0722 * channel (rgb & 0xff);
}

static double
contrast (guint32 a,
          guint32 b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* how far apart two colours are: the distance between them in sRGB */
static double
distance (guint32 a,
          guint32 b)
{
  double dr = (double) ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
  double dg = (double) ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
  double db = (double) (a & 0xff) - (b & 0xff);

  return sqrt (dr * dr + dg * dg + db * db);
}

typedef struct {
  int x, y, width, height;
} Box;

/* @widget's box in the screenshot, cut to what its scrolled window shows;
 * FALSE when too little of it shows to measure */
static gboolean
widget_box (GtkWidget *widget,
            GtkWidget *window,
            Box       *box)
{
  graphene_rect_t bounds, shown;
  GtkWidget *scroller;

  if (!gtk_widget_compute_bounds (widget, window, &bounds))
    return FALSE;
  scroller = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  if (scroller != NULL && gtk_widget_compute_bounds (scroller, window, &shown))
    {
      graphene_rect_t whole = bounds;

      if (!graphene_rect_intersection (&whole, &shown, &bounds))
        return FALSE;
      /* half a line of text is no measure of it */
      if (bounds.size.height < whole.size.height)
        return FALSE;
    }
  box->x = MAX (0, (int) ceil (bounds.origin.x));
  box->y = MAX (0, (int) ceil (bounds.origin.y));
  box->width = MIN (gtk_widget_get_width (window), (int) floor (bounds.origin.x + bounds.size.width)) - box->x;
  box->height = MIN (gtk_widget_get_height (window), (int) floor (bounds.origin.y + bounds.size.height)) - box->y;
  return box->width > 2 && box->height > 2;
}

/* the colour most of @box's pixels have */
static guint32
background_of (const Shot *shot,
               const Box  *box)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint32 best = 0;
  guint best_count = 0;

  for (int y = box->y; y < box->y + box->height; y++)
    for (int x = box->x; x < box->x + box->width; x++)
      {
        guint32 p = pixel (shot, x, y);
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (p))) + 1;

        g_hash_table_insert (counts, GUINT_TO_POINTER (p), GUINT_TO_POINTER (count));
        if (count > best_count)
          {
            best = p;
            best_count = count;
          }
      }
  return best;
}

/* The contrast of what is drawn in @box (text, an icon) against the
 * background there: the pixel furthest from it */
static double
drawn_contrast (const Shot *shot,
                const Box  *box,
                guint32    *background,
                guint32    *foreground)
{
  guint32 bg = background_of (shot, box), fg = bg;
  double best = 1.0;

  for (int y = box->y; y < box->y + box->height; y++)
    for (int x = box->x; x < box->x + box->width; x++)
      {
        guint32 p = pixel (shot, x, y);
        double c = contrast (p, bg);

        if (c > best)
          {
            best = c;
            fg = p;
          }
      }
  if (background)
    *background = bg;
  if (foreground)
    *foreground = fg;
  return best;
}

/* Every mapped widget under @widget that @match accepts */
static void
collect (GtkWidget  *widget,
         gboolean  (*match) (GtkWidget *),
         GPtrArray  *found)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (match (widget))
    g_ptr_array_add (found, widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    collect (c, match, found);
}

static GPtrArray *
find_all (GtkWidget  *window,
          gboolean  (*match) (GtkWidget *))
{
  GPtrArray *found = g_ptr_array_new ();

  collect (window, match, found);
  return found;
}

/* a label that says something (not an empty or one-dot separator) */
static gboolean
has_words (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    return g_utf8_strlen (gtk_label_get_text (GTK_LABEL (widget)), -1) > 1;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (has_words (c))
      return TRUE;
  return FALSE;
}

static gboolean
is_text (GtkWidget *widget)
{
  return GTK_IS_LABEL (widget) && has_words (widget);
}

static gboolean
is_dim_text (GtkWidget *widget)
{
  return gtk_widget_has_css_class (widget, "dim-label") && has_words (widget);
}

static gboolean
is_link (GtkWidget *widget)
{
  return GTK_IS_LINK_BUTTON (widget);
}

static gboolean
is_suggested_button (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "suggested-action");
}

static gboolean
is_plain_button (GtkWidget *widget)
{
  return GTK_IS_BUTTON (widget) && !GTK_IS_LINK_BUTTON (widget) &&
         !gtk_widget_has_css_class (widget, "suggested-action") &&
         !gtk_widget_has_css_class (widget, "flat") &&
         gtk_widget_get_ancestor (widget, GTK_TYPE_HEADER_BAR) == NULL &&
         has_words (widget);
}

static gboolean
is_expander_icon (GtkWidget *widget)
{
  GtkWidget *parent = gtk_widget_get_parent (widget);

  return parent != NULL && GTK_IS_TREE_EXPANDER (parent) &&
         g_str_equal (gtk_widget_get_css_name (widget), "expander");
}

static gboolean
is_tree (GtkWidget *widget)
{
  return GTK_IS_LIST_VIEW (widget) && gtk_widget_has_css_class (widget, "sidebar-tree");
}

static GtkWidget *
tree_view (GtkWidget *window)
{
  g_autoptr(GPtrArray) views = find_all (window, is_tree);

  g_assert_cmpuint (views->len, ==, 1);
  return g_ptr_array_index (views, 0);
}

/* The text of each widget in @found, against its background */
static void
check_text (const Shot *shot,
            GtkWidget  *window,
            GPtrArray  *found,
            const char *what,
            double      minimum,
            guint      *measured)
{
  for (guint i = 0; i < found->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (found, i);
      guint32 bg, fg;
      double ratio;
      Box box;

      if (!widget_box (widget, window, &box))
        continue;
      ratio = drawn_contrast (shot, &box, &bg, &fg);
      g_test_message ("%s: %s \"%.40s\": #%06x on #%06x, %.2f:1", current_style, what,
                      gtk_widget_get_name (widget), fg, bg, ratio);
      (*measured)++;
      if (ratio < minimum)
        fail ("%s: %s at %d,%d: #%06x on #%06x is %.2f:1, under %.1f:1",
                            current_style, what, box.x, box.y, fg, bg, ratio, minimum);
    }
}

static gboolean
have_focus (gpointer widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget)) &&
         gtk_window_get_focus_visible (GTK_WINDOW (gtk_widget_get_root (widget)));
}

/* Brings @widget into view, as the keyboard does, and leaves nothing focused */
static void
scroll_to (GtkWidget *widget)
{
  GtkWindow *window = GTK_WINDOW (gtk_widget_get_root (widget));

  gtk_widget_grab_focus (widget);
  test_wait_drawn (widget, 20);
  gtk_window_set_focus (window, NULL);
}

/* The focus ring @widget shows, against the colours around it */
static void
check_focus_ring (OutreachWindow *window,
                  GtkWidget      *widget,
                  const char     *what)
{
  GtkWidget *w = GTK_WIDGET (window);
  g_autoptr(Shot) before = NULL;
  g_autoptr(Shot) after = NULL;
  g_autoptr(GHashTable) ring = g_hash_table_new (NULL, NULL);
  g_autoptr(GHashTable) around = g_hash_table_new (NULL, NULL);
  g_autofree char *name = g_strdup_printf ("focus-%s", what);
  guint32 ring_color = 0, ring_best = 0;
  guint changed = 0, around_total = 0;
  double worst = G_MAXDOUBLE;
  GHashTableIter iter;
  gpointer key, value;
  Box box;

  scroll_to (widget);
  before = take_shot (w, NULL);
  gtk_widget_grab_focus (widget);
  gtk_window_set_focus_visible (GTK_WINDOW (window), TRUE);
  test_wait_until (have_focus, widget);
  after = take_shot (w, name);

  g_assert_true (widget_box (widget, w, &box));
  /* a ring may stand outside the widget */
  box.x = MAX (0, box.x - 6);
  box.y = MAX (0, box.y - 6);
  box.width = MIN (after->width - box.x, box.width + 12);
  box.height = MIN (after->height - box.y, box.height + 12);

  /* the ring: what changed, in its commonest colour */
  for (int y = box.y; y < box.y + box.height; y++)
    for (int x = box.x; x < box.x + box.width; x++)
      if (pixel (before, x, y) != pixel (after, x, y))
        {
          guint32 p = pixel (after, x, y);
          guint n = GPOINTER_TO_UINT (g_hash_table_lookup (ring, GUINT_TO_POINTER (p))) + 1;

          g_hash_table_insert (ring, GUINT_TO_POINTER (p), GUINT_TO_POINTER (n));
          changed++;
          if (n > ring_best)
            {
              ring_best = n;
              ring_color = p;
            }
        }
  if (changed == 0)
    {
      fail ("%s: the %s shows no focus ring", current_style, what);
      return;
    }

  /* what is next to the ring: the unchanged pixels beside its pixels */
  for (int y = box.y + 1; y < box.y + box.height - 1; y++)
    for (int x = box.x + 1; x < box.x + box.width - 1; x++)
      {
        static const int dx[] = { 1, -1, 0, 0 }, dy[] = { 0, 0, 1, -1 };

        if (pixel (after, x, y) != ring_color || pixel (before, x, y) == ring_color)
          continue;
        for (guint d = 0; d < G_N_ELEMENTS (dx); d++)
          {
            int nx = x + dx[d], ny = y + dy[d];
            guint32 p = pixel (after, nx, ny);

            /* the ring's own edge, smoothed */
            if (pixel (before, nx, ny) != p)
              continue;
            g_hash_table_insert (around, GUINT_TO_POINTER (p),
                                 GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (around, GUINT_TO_POINTER (p))) + 1));
            around_total++;
          }
      }

  /* every colour that is a fair part of its surroundings */
  g_hash_table_iter_init (&iter, around);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (GPOINTER_TO_UINT (value) * 10 >= around_total)
      {
        double ratio = contrast (ring_color, GPOINTER_TO_UINT (key));

        g_test_message ("%s: focus ring of the %s: #%06x beside #%06x (%u of %u), %.2f:1",
                        current_style, what, ring_color, GPOINTER_TO_UINT (key),
                        GPOINTER_TO_UINT (value), around_total, ratio);
        worst = MIN (worst, ratio);
      }
  /* a ring drawn over the widget, all its pixels changed: against what was there */
  if (around_total == 0)
    {
      worst = contrast (ring_color, background_of (before, &box));
      g_test_message ("%s: focus ring of the %s: #%06x over #%06x, %.2f:1",
                      current_style, what, ring_color, background_of (before, &box), worst);
    }
  if (worst < GRAPHIC_MINIMUM)
    fail ("%s: the focus ring of the %s (#%06x) is %.2f:1 beside what is next to it, under 3:1",
                        current_style, what, ring_color, worst);
}

static gboolean
is_hovered (gpointer widget)
{
  return (gtk_widget_get_state_flags (widget) & GTK_STATE_FLAG_PRELIGHT) != 0;
}

/* The pointer over @widget: the real one where xdotool can move it */
static void
hover (GtkWidget *widget)
{
  if (!test_have_xdotool ())
    {
      g_test_message ("no xdotool: the row is marked as hovered");
      gtk_widget_set_state_flags (widget, GTK_STATE_FLAG_PRELIGHT, FALSE);
      return;
    }
  test_pointer_to (widget);
  test_wait_until (is_hovered, widget);
}

/* The tree's rows: the selected one, a hovered one, a plain one */
static void
check_tree_rows (OutreachWindow *window)
{
  GtkWidget *w = GTK_WIDGET (window);
  GtkWidget *view = tree_view (w);
  GtkWidget *selected = NULL, *hovered = NULL, *plain = NULL;
  g_autoptr(Shot) shot = NULL;
  guint32 selected_bg, hovered_bg, plain_bg, fg;
  double ratio;
  Box box;

  for (GtkWidget *row = gtk_widget_get_first_child (view); row; row = gtk_widget_get_next_sibling (row))
    {
      Box b;

      if (!gtk_widget_get_mapped (row) || !widget_box (row, w, &b))
        continue;
      if (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED)
        selected = row;
      else if (hovered == NULL)
        hovered = row;
      else if (plain == NULL)
        plain = row;
    }
  g_assert_nonnull (selected);
  g_assert_nonnull (hovered);
  g_assert_nonnull (plain);

  gtk_window_set_focus (GTK_WINDOW (window), NULL);
  hover (hovered);
  shot = take_shot (w, "tree-hover");

  g_assert_true (widget_box (selected, w, &box));
  ratio = drawn_contrast (shot, &box, &selected_bg, &fg);
  g_test_message ("%s: selected tree row: #%06x on #%06x, %.2f:1", current_style, fg, selected_bg, ratio);
  if (ratio < TEXT_MINIMUM)
    fail ("%s: the selected tree row's text is %.2f:1", current_style, ratio);

  g_assert_true (widget_box (hovered, w, &box));
  ratio = drawn_contrast (shot, &box, &hovered_bg, &fg);
  g_test_message ("%s: hovered tree row: #%06x on #%06x, %.2f:1", current_style, fg, hovered_bg, ratio);
  if (ratio < TEXT_MINIMUM)
    fail ("%s: the hovered tree row's text is %.2f:1", current_style, ratio);

  g_assert_true (widget_box (plain, w, &box));
  plain_bg = background_of (shot, &box);
  g_test_message ("%s: tree rows: selected #%06x, hovered #%06x, plain #%06x; "
                  "selected against hovered %.2f:1, hovered against plain %.2f:1",
                  current_style, selected_bg, hovered_bg, plain_bg,
                  contrast (selected_bg, hovered_bg), contrast (hovered_bg, plain_bg));
  g_test_message ("%s: tree rows, apart in colour: selected from hovered %.0f, hovered from plain %.0f",
                  current_style, distance (selected_bg, hovered_bg), distance (hovered_bg, plain_bg));
  /* the selected row stands out as the accent; a hovered one is a tint of
   * the plain background, far nearer it than the accent (in colour: the
   * dark style's accent and its hover grey are close in luminance, not in
   * hue) */
  if (distance (selected_bg, hovered_bg) < 80)
    fail ("%s: a hovered tree row (#%06x) looks like the selected one (#%06x)",
                        current_style, hovered_bg, selected_bg);
  if (hovered_bg == plain_bg)
    fail ("%s: a hovered tree row looks like any other", current_style);
  if (distance (hovered_bg, selected_bg) < 2 * distance (hovered_bg, plain_bg))
    fail ("%s: a hovered tree row (#%06x) is not much nearer a plain one (#%06x) "
                        "than the selected one (#%06x)", current_style, hovered_bg, plain_bg, selected_bg);

  if (test_have_xdotool ())
    test_xdotool ("mousemove 0 0");
  else
    gtk_widget_unset_state_flags (hovered, GTK_STATE_FLAG_PRELIGHT);
}

static void check_screen_at (GtkWidget  *w,
                             const char *save_as,
                             double      minimum);

/* Every kind of text and icon that @toplevel shows */
static void
check_screen (GtkWidget  *w,
              const char *save_as)
{
  check_screen_at (w, save_as, TEXT_MINIMUM);
}

static void
check_screen_at (GtkWidget  *w,
                 const char *save_as,
                 double      minimum)
{
  g_autoptr(Shot) shot = NULL;
  g_autoptr(GPtrArray) dim = NULL;
  g_autoptr(GPtrArray) links = NULL;
  g_autoptr(GPtrArray) suggested = NULL;
  g_autoptr(GPtrArray) suggested_labels = g_ptr_array_new ();
  g_autoptr(GPtrArray) expanders = NULL;
  guint measured = 0;

  gtk_window_set_focus (GTK_WINDOW (w), NULL);
  shot = take_shot (w, save_as);

  dim = find_all (w, is_dim_text);
  check_text (shot, w, dim, "secondary text", minimum, &measured);
  suggested = find_all (w, is_suggested_button);
  for (guint i = 0; i < suggested->len; i++)
    g_ptr_array_add (suggested_labels, gtk_button_get_child (g_ptr_array_index (suggested, i)));
  check_text (shot, w, suggested_labels, "label on a blue button", minimum, &measured);
  expanders = find_all (w, is_expander_icon);
  check_text (shot, w, expanders, "tree expander", GRAPHIC_MINIMUM, &measured);
  /* each link in view, as the keyboard brings it */
  links = find_all (w, is_link);
  for (guint i = 0; i < links->len; i++)
    {
      g_autoptr(GPtrArray) one = g_ptr_array_new ();
      g_autoptr(Shot) seen = NULL;

      g_ptr_array_add (one, g_ptr_array_index (links, i));
      scroll_to (g_ptr_array_index (links, i));
      seen = take_shot (w, NULL);
      check_text (seen, w, one, "link", minimum, &measured);
    }
  /* presenting: every text, not only the dimmer kinds */
  if (minimum > TEXT_MINIMUM)
    {
      g_autoptr(GPtrArray) text = find_all (w, is_text);

      check_text (shot, w, text, "text", minimum, &measured);
    }
  g_assert_cmpuint (measured, >, 0);
}

static void
check_page (OutreachWindow *window,
            const char     *page)
{
  g_assert_true (outreach_window_show_page (window, page));
  check_screen (GTK_WIDGET (window), page);
}

static gboolean
is_hidden (gpointer widget)
{
  return !gtk_widget_get_visible (widget);
}

/* The search's count and its results; the message window's labels */
static void
check_search_and_compose (OutreachWindow *window)
{
  GtkWindow *composer;

  outreach_window_search (window, "team");
  check_screen (GTK_WIDGET (window), "search");
  outreach_window_search (window, "");

  g_assert_true (outreach_window_show_page (window, "recu"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.get-in-touch", NULL));
  composer = outreach_window_get_composer (window);
  g_assert_nonnull (composer);
  test_wait_until (test_is_mapped, composer);
  check_screen (GTK_WIDGET (composer), "compose");
  gtk_window_close (composer);
  test_wait_until (is_hidden, composer);
}

/* Presenting, on a projector: every text at 7:1, on each step */
static void
check_presenting (OutreachWindow *window)
{
  g_autoptr(GError) error = NULL;
  OutreachPresenter *presenter;

  g_assert_true (outreach_window_present (window, NULL, &error));
  g_assert_no_error (error);
  presenter = outreach_window_get_presenter (window);
  for (guint i = 0; i < outreach_presenter_get_n_steps (presenter); i++)
    {
      g_autofree char *name = g_strdup_printf ("presenting-%u", i + 1);

      outreach_presenter_go_to (presenter, i);
      test_wait_drawn (GTK_WIDGET (window), 20);
      check_screen_at (GTK_WIDGET (window), name, PRESENTING_MINIMUM);
    }
  outreach_window_stop_presenting (window);
}

static gboolean
theme_settled (gpointer data)
{
  const Style *style = data;
  g_autofree char *theme = NULL;
  gboolean dark;

  g_object_get (gtk_settings_get_default (),
                "gtk-theme-name", &theme,
                "gtk-application-prefer-dark-theme", &dark,
                NULL);
  return g_strcmp0 (theme, style->high_contrast ? "HighContrast" : "Adwaita") == 0 &&
         dark == g_str_equal (style->color_scheme, "prefer-dark");
}

static void
test_contrast (gconstpointer data)
{
  const Style *style = data;
  g_autoptr(GSettings) interface = g_settings_new ("org.gnome.desktop.interface");
  g_autoptr(GSettings) a11y = g_settings_new ("org.gnome.desktop.a11y.interface");
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  g_autoptr(OutreachSystemStyle) follower = NULL;
  OutreachWindow *window;
  GPtrArray *found;

  current_style = style->name;

  /* as the app starts: its style sheet, then the desktop's style */
  g_unsetenv ("GTK_THEME");
  g_object_set (gtk_settings_get_default (),
                "gtk-theme-name", "Adwaita",
                /* the end of each change, not a frame of its transition */
                "gtk-enable-animations", FALSE,
                NULL);
  g_settings_set_string (interface, "color-scheme", style->color_scheme);
  g_settings_set_boolean (a11y, "high-contrast", style->high_contrast);
  gtk_css_provider_load_from_resource (css, "/uk/police/serocu/Outreach/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  follower = outreach_system_style_new (gtk_settings_get_default ());
  test_wait_until (theme_settled, (gpointer) style);

  window = test_window_new (content);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 1200);
  test_wait_drawn (GTK_WIDGET (window), 20);

  /* the home page's blue buttons; a unit's summary, abbreviation, team
   * links and its blue "Write to" button; links; people cards */
  check_page (window, "home");
  check_page (window, "recu");
  check_page (window, "join-us");
  check_page (window, "people");

  check_page (window, "recu");
  found = find_all (GTK_WIDGET (window), is_suggested_button);
  g_assert_cmpuint (found->len, >, 0);
  check_focus_ring (window, g_ptr_array_index (found, 0), "blue button");
  g_ptr_array_unref (found);
  found = find_all (GTK_WIDGET (window), is_plain_button);
  g_assert_cmpuint (found->len, >, 0);
  check_focus_ring (window, g_ptr_array_index (found, 0), "button");
  g_ptr_array_unref (found);

  check_page (window, "join-us");
  found = find_all (GTK_WIDGET (window), is_link);
  if (found->len > 0)
    check_focus_ring (window, g_ptr_array_index (found, 0), "link");
  g_ptr_array_unref (found);

  /* a row of the tree, not the selected one */
  {
    GtkWidget *view = tree_view (GTK_WIDGET (window));
    GtkWidget *row = gtk_widget_get_first_child (view);

    while (row != NULL && (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED))
      row = gtk_widget_get_next_sibling (row);
    g_assert_nonnull (row);
    check_focus_ring (window, row, "tree row");
  }

  check_tree_rows (window);
  check_search_and_compose (window);
  check_presenting (window);

  /* the chart's box with the keyboard's focus (not the selection, nor on
   * its path: those are outlined in the accent) */
  {
    OutreachChart *chart = OUTREACH_CHART (test_child (window, OUTREACH_TYPE_WINDOW, "chart"));
    GtkWidget *box;

    g_assert_true (outreach_window_show_page (window, "home"));
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
    test_wait_drawn (GTK_WIDGET (window), 20);
    box = outreach_chart_get_box (chart, outreach_content_lookup (content, "cyber"));
    g_assert_nonnull (box);
    g_assert_false (gtk_widget_has_css_class (box, "selected"));
    g_assert_false (gtk_widget_has_css_class (box, "on-path"));
    check_focus_ring (window, box, "chart box");
  }

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
  g_settings_reset (interface, "color-scheme");
  g_settings_reset (a11y, "high-contrast");
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  g_type_ensure (OUTREACH_TYPE_APPLICATION);   /* the app's resources */

  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    {
      g_autofree char *path = g_strdup_printf ("/contrast/%s", styles[i].name);

      g_test_add_data_func (path, &styles[i], test_contrast);
    }
  return g_test_run ();
}
