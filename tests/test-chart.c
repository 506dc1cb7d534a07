/* test-chart.c: the organisation chart, with real widgets, in the window
 *
 * The Structure page as a person meets it: every unit a box, none over
 * another, parents centred over their children; the keyboard walks the
 * structure and the chart is one Tab stop; each box is named for a screen
 * reader with its place; a branch collapses; a box opens its page; zoom
 * changes the boxes' size and the scroll bars pan without dragging; the
 * tree's selection is highlighted with the path to the root. Keys go
 * through the X server (xdotool), as a person's would.
 *
 * CHART_SCREENSHOT=FILE.png saves the window with the chart shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <math.h>
#include <string.h>

#include "outreach-chart.h"
#include "outreach-chart-box.h"
#include "outreach-page-view.h"
#include "outreach-sidebar.h"
#include "outreach-unit.h"
#include "outreach-window.h"
#include "test-utils.h"

#define MAX_TABS 200

static OutreachChart *
window_chart (OutreachWindow *window)
{
  return OUTREACH_CHART (test_child (window, OUTREACH_TYPE_WINDOW, "chart"));
}

static GtkStack *
window_stack (OutreachWindow *window)
{
  return GTK_STACK (test_child (window, OUTREACH_TYPE_WINDOW, "main_stack"));
}

static GtkWidget *
box_of (OutreachChart   *chart,
        OutreachContent *content,
        const char      *id)
{
  GtkWidget *box = outreach_chart_get_box (chart, outreach_content_lookup (content, id));

  g_assert_nonnull (box);
  return box;
}

static void
save_screenshot (GtkWidget *widget)
{
  const char *path = g_getenv ("CHART_SCREENSHOT");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GtkSnapshot) snapshot = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (path == NULL)
    return;
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)),
                                         node, &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_save_to_png (texture, path);
}

/* The window, sized, with the Structure page shown and drawn */
static OutreachWindow *
show_chart (OutreachContent *content,
            int              width,
            int              height)
{
  OutreachWindow *window = outreach_window_new (NULL, content);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_stack (window)), ==, "chart");
  test_wait_drawn (GTK_WIDGET (window), 20);
  return window;
}

static void
settle (OutreachWindow *window)
{
  test_wait_drawn (GTK_WIDGET (window), 20);
}

/* Every shown box, with its bounds in the chart */
static GPtrArray *
shown_boxes (OutreachChart *chart)
{
  GPtrArray *boxes = g_ptr_array_new ();

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (chart)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (OUTREACH_IS_CHART_BOX_WIDGET (child) && gtk_widget_get_mapped (child))
      g_ptr_array_add (boxes, child);
  return boxes;
}

static graphene_rect_t
bounds_in (GtkWidget *widget,
           GtkWidget *target)
{
  graphene_rect_t rect;

  g_assert_true (gtk_widget_compute_bounds (widget, target, &rect));
  return rect;
}

/* No two shown boxes overlap; each parent with shown children is centred
 * on them (along the siblings' axis); every box is a touch target at the
 * zoom. Quadratic in the overlap check only over neighbours in a sort. */
static int
compare_left (gconstpointer a,
              gconstpointer b,
              gpointer      data)
{
  GHashTable *rects = data;
  const graphene_rect_t *ra = g_hash_table_lookup (rects, *(gpointer *) a);
  const graphene_rect_t *rb = g_hash_table_lookup (rects, *(gpointer *) b);

  return ra->origin.x < rb->origin.x ? -1 : ra->origin.x > rb->origin.x;
}

static void
assert_tidy (OutreachChart *chart)
{
  g_autoptr(GPtrArray) boxes = shown_boxes (chart);
  g_autoptr(GHashTable) rects = g_hash_table_new_full (NULL, NULL, NULL, g_free);
  gboolean down = outreach_chart_get_orientation (chart) == OUTREACH_CHART_TOP_DOWN;
  double zoom = outreach_chart_get_zoom (chart);

  g_assert_cmpuint (boxes->len, >, 0);
  for (guint i = 0; i < boxes->len; i++)
    {
      graphene_rect_t *rect = g_new (graphene_rect_t, 1);

      *rect = bounds_in (g_ptr_array_index (boxes, i), GTK_WIDGET (chart));
      g_assert_cmpfloat (rect->size.height, >=, 44 * zoom - 0.5);
      g_assert_cmpfloat (rect->size.width, >=, 44 * zoom - 0.5);
      g_hash_table_insert (rects, g_ptr_array_index (boxes, i), rect);
    }

  /* sweep along x: only boxes whose x ranges meet are compared */
  g_ptr_array_sort_with_data (boxes, compare_left, rects);
  for (guint i = 0; i < boxes->len; i++)
    {
      graphene_rect_t *a = g_hash_table_lookup (rects, g_ptr_array_index (boxes, i));

      for (guint j = i + 1; j < boxes->len; j++)
        {
          graphene_rect_t *b = g_hash_table_lookup (rects, g_ptr_array_index (boxes, j));
          graphene_rect_t meet;

          if (b->origin.x >= a->origin.x + a->size.width)
            break;
          if (graphene_rect_intersection (a, b, &meet))
            g_assert_true (meet.size.width < 0.5 || meet.size.height < 0.5);
        }
    }

  /* parents centred on their first and last shown child */
  for (guint i = 0; i < boxes->len; i++)
    {
      OutreachChartBoxWidget *box = g_ptr_array_index (boxes, i);
      OutreachNode *node = outreach_chart_box_widget_get_node (box);
      GListModel *children = outreach_node_get_children (node);
      graphene_rect_t *parent = g_hash_table_lookup (rects, box), *first = NULL, *last = NULL;
      double centre, middle;

      for (guint c = 0; children != NULL && c < g_list_model_get_n_items (children); c++)
        {
          g_autoptr(OutreachNode) child = g_list_model_get_item (children, c);
          GtkWidget *child_box = outreach_chart_get_box (chart, child);
          graphene_rect_t *rect = child_box ? g_hash_table_lookup (rects, child_box) : NULL;

          if (rect == NULL)
            continue;
          if (first == NULL)
            first = rect;
          last = rect;
          /* children beyond their parent, on the next level */
          if (down)
            g_assert_cmpfloat (rect->origin.y, >, parent->origin.y + parent->size.height);
        }
      if (first == NULL)
        continue;
      if (down)
        {
          centre = parent->origin.x + parent->size.width / 2;
          middle = (first->origin.x + first->size.width / 2 + last->origin.x + last->size.width / 2) / 2;
        }
      else
        {
          centre = parent->origin.y + parent->size.height / 2;
          middle = (first->origin.y + first->size.height / 2 + last->origin.y + last->size.height / 2) / 2;
        }
      g_assert_cmpfloat (fabs (centre - middle), <, 1.0);
    }
}

static gboolean
in_view (GtkWidget *box)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (box, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t rect;

  return gtk_widget_get_mapped (box) && gtk_widget_compute_bounds (box, scroller, &rect) &&
         rect.origin.x >= -0.5 && rect.origin.y >= -0.5 &&
         rect.origin.x + rect.size.width <= gtk_widget_get_width (scroller) + 0.5 &&
         rect.origin.y + rect.size.height <= gtk_widget_get_height (scroller) + 0.5;
}

/* The first view: at a zoom where names can be read (not above 100%), the
 * root and its children shown, the root in view (if it has the focus); a box with its children
 * hidden is shown collapsed (a dashed border, "expanded" false) */
static void
assert_first_view (OutreachChart   *chart,
                   OutreachContent *content)
{
  GListModel *roots = outreach_content_get_units (content);
  g_autoptr(OutreachNode) root = g_list_model_get_item (roots, 0);
  GtkWidget *root_box = outreach_chart_get_box (chart, root);
  GListModel *children = outreach_node_get_children (root);
  g_autoptr(GPtrArray) boxes = shown_boxes (chart);

  g_test_message ("first view: zoom %.2f, %u of %u boxes shown, %s", outreach_chart_get_zoom (chart),
                  boxes->len, outreach_content_get_n_units (content),
                  outreach_chart_get_orientation (chart) == OUTREACH_CHART_TOP_DOWN
                  ? "top down" : "left to right");
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), >=, OUTREACH_CHART_ZOOM_READABLE - 1e-6);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), <=, 1.0);
  g_assert_true (gtk_widget_get_mapped (root_box));
  for (guint i = 0; children != NULL && i < g_list_model_get_n_items (children); i++)
    {
      g_autoptr(GObject) child = g_list_model_get_item (children, i);

      if (OUTREACH_IS_UNIT (child))
        g_assert_true (gtk_widget_get_mapped (outreach_chart_get_box (chart, OUTREACH_NODE (child))));
    }
  for (guint i = 0; i < boxes->len; i++)
    {
      OutreachChartBoxWidget *box = g_ptr_array_index (boxes, i);
      GListModel *below = outreach_node_get_children (outreach_chart_box_widget_get_node (box));
      gboolean hidden = FALSE;

      for (guint j = 0; below != NULL && j < g_list_model_get_n_items (below); j++)
        {
          g_autoptr(GObject) child = g_list_model_get_item (below, j);

          if (OUTREACH_IS_UNIT (child))
            hidden |= !gtk_widget_get_mapped (outreach_chart_get_box (chart, OUTREACH_NODE (child)));
        }
      g_assert_cmpint (hidden, ==, !outreach_chart_box_widget_get_expanded (box));
      g_assert_cmpint (hidden, ==, gtk_widget_has_css_class (GTK_WIDGET (box), "collapsed"));
    }
  /* the root in view, or the selection the chart opened on */
  if (gtk_root_get_focus (gtk_widget_get_root (root_box)) == root_box)
    test_wait_until ((GSourceFunc) in_view, root_box);
}

static void
test_builtin_tidy (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  const char *size = g_getenv ("CHART_SIZE");
  OutreachWindow *window = show_chart (content, size && g_str_equal (size, "1920") ? 1920 : 1280,
                                       size && g_str_equal (size, "1920") ? 1080 : 800);
  OutreachChart *chart = window_chart (window);
  g_autoptr(GPtrArray) boxes = NULL;

  /* opening: readable, the top levels at least */
  assert_first_view (chart, content);
  assert_tidy (chart);
  save_screenshot (GTK_WIDGET (window));

  /* the overview: every unit, all expanded, fitted to the window */
  outreach_chart_zoom_fit (chart);
  settle (window);
  boxes = shown_boxes (chart);
  g_assert_cmpuint (boxes->len, ==, outreach_content_get_n_units (content));
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), <=, 1.0);
  assert_tidy (chart);
  if (g_getenv ("CHART_SCREENSHOT") != NULL)
    {
      g_autofree char *fit = g_strconcat (g_getenv ("CHART_SCREENSHOT"), "-fit.png", NULL);
      g_autofree char *first = g_strdup (g_getenv ("CHART_SCREENSHOT"));

      g_setenv ("CHART_SCREENSHOT", fit, TRUE);
      save_screenshot (GTK_WIDGET (window));
      g_setenv ("CHART_SCREENSHOT", first, TRUE);
    }

  outreach_chart_set_zoom (chart, 1.0);
  settle (window);
  assert_tidy (chart);
  if (g_getenv ("CHART_SCREENSHOT") != NULL)
    {
      g_autofree char *at_100 = g_strconcat (g_getenv ("CHART_SCREENSHOT"), "-100.png", NULL);

      g_setenv ("CHART_SCREENSHOT", at_100, TRUE);
      save_screenshot (GTK_WIDGET (window));
    }
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A box's accessible name, role and state */
static void
assert_named (GtkWidget  *box,
              const char *name,
              gboolean    expandable)
{
  g_autofree char *error =
    gtk_test_accessible_check_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LABEL, name);

  g_assert_null (error);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_ROLE_TREE_ITEM));
  g_assert_cmpint (gtk_test_accessible_has_state (GTK_ACCESSIBLE (box),
                                                  GTK_ACCESSIBLE_STATE_EXPANDED), ==, expandable);
}

static void
assert_level (GtkWidget *box,
              int        level)
{
  g_autofree char *error =
    gtk_test_accessible_check_property (GTK_ACCESSIBLE (box), GTK_ACCESSIBLE_PROPERTY_LEVEL, level);

  g_assert_null (error);
}

static void
test_accessible_names (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = show_chart (content, 1280, 800);
  OutreachChart *chart = window_chart (window);
  g_autofree char *error = NULL;
  GtkWidget *toggle;

  outreach_chart_zoom_fit (chart);
  settle (window);
  g_assert_true (gtk_test_accessible_has_role (GTK_ACCESSIBLE (chart), GTK_ACCESSIBLE_ROLE_TREE));
  assert_named (box_of (chart, content, "cyber"),
                "Regional Cyber Crime Unit, capability, 3 teams, 5 of 14", TRUE);
  assert_named (box_of (chart, content, "serocu"),
                "South East Regional Organised Crime Unit, unit, 14 capabilities", TRUE);
  assert_named (box_of (chart, content, "dark-web"), "Regional Dark Web Operations Team, capability, 7 of 14", FALSE);
  assert_named (box_of (chart, content, "cyber-protect"), "Cyber Protect, team, 2 of 3", FALSE);

  error = gtk_test_accessible_check_state (GTK_ACCESSIBLE (box_of (chart, content, "cyber")),
                                           GTK_ACCESSIBLE_STATE_EXPANDED, TRUE);
  g_assert_null (error);

  /* the level in the tree (1 for the root), the place in the set */
  assert_level (box_of (chart, content, "serocu"), 1);
  assert_level (box_of (chart, content, "cyber"), 2);
  assert_level (box_of (chart, content, "cyber-protect"), 3);
  g_assert_false (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (box_of (chart, content, "serocu")),
                                                    GTK_ACCESSIBLE_RELATION_POS_IN_SET));
  g_clear_pointer (&error, g_free);
  error = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (box_of (chart, content, "cyber")),
                                              GTK_ACCESSIBLE_RELATION_POS_IN_SET, 5);
  g_assert_null (error);
  error = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (box_of (chart, content, "cyber")),
                                              GTK_ACCESSIBLE_RELATION_SET_SIZE, 14);
  g_assert_null (error);

  /* the branch's button, named for the branch; no bare glyph as its description */
  toggle = test_child (box_of (chart, content, "cyber"), OUTREACH_TYPE_CHART_BOX_WIDGET,
                       "toggle_button");
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Collapse Regional Cyber Crime Unit");
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (toggle),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "−");
  g_assert_nonnull (error);
  g_clear_pointer (&error, g_free);
  g_signal_emit_by_name (toggle, "clicked");
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (toggle), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                              "Expand Regional Cyber Crime Unit");
  g_assert_null (error);
  error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (toggle),
                                              GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, "+");
  g_assert_nonnull (error);
  g_clear_pointer (&error, g_free);
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *
focus_of (OutreachWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static void
press (OutreachWindow *window,
       const char     *keys,
       guint           keyval)
{
  test_press_keys (GTK_WINDOW (window), keys, keyval);
  settle (window);
}

static gboolean
in_chart_focus (OutreachWindow *window,
                OutreachChart  *chart)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (chart));
}

/* The keys as the chart is drawn: toward a child, the parent, the next
 * and previous sibling */
typedef struct {
  const char *name;
  guint       keyval;
} Key;

typedef struct {
  Key parent, child, previous, next;
} Keys;

static Keys
keys_for (OutreachChart *chart)
{
  gboolean rtl = gtk_widget_get_direction (GTK_WIDGET (chart)) == GTK_TEXT_DIR_RTL;
  Key up = { "Up", GDK_KEY_Up }, down = { "Down", GDK_KEY_Down };
  Key left = { "Left", GDK_KEY_Left }, right = { "Right", GDK_KEY_Right };

  if (outreach_chart_get_orientation (chart) == OUTREACH_CHART_LEFT_RIGHT)
    return (Keys) { rtl ? right : left, rtl ? left : right, up, down };
  return (Keys) { up, down, rtl ? right : left, rtl ? left : right };
}

/* @key moves the focus to @to, which lies that way from where it was */
static void
press_to (OutreachWindow *window,
          Key             key,
          GtkWidget      *to)
{
  OutreachChart *chart = window_chart (window);
  GtkWidget *from = focus_of (window);
  graphene_rect_t a = bounds_in (from, GTK_WIDGET (chart));
  graphene_rect_t b;

  press (window, key.name, key.keyval);
  g_assert_true (focus_of (window) == to);
  b = bounds_in (to, GTK_WIDGET (chart));
  switch (key.keyval)
    {
    case GDK_KEY_Left:
      g_assert_cmpfloat (b.origin.x + b.size.width / 2, <, a.origin.x + a.size.width / 2);
      break;
    case GDK_KEY_Right:
      g_assert_cmpfloat (b.origin.x + b.size.width / 2, >, a.origin.x + a.size.width / 2);
      break;
    case GDK_KEY_Up:
      g_assert_cmpfloat (b.origin.y + b.size.height / 2, <, a.origin.y + a.size.height / 2);
      break;
    case GDK_KEY_Down:
      g_assert_cmpfloat (b.origin.y + b.size.height / 2, >, a.origin.y + a.size.height / 2);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* The keys walk the chart in a window of @width by @height; returns its
 * orientation */
static OutreachChartOrientation
keys_walk (int width,
           int height)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window;
  OutreachChart *chart;
  OutreachChartOrientation orientation;
  Keys keys;

  window = show_chart (content, width, height);
  chart = window_chart (window);
  orientation = outreach_chart_get_orientation (chart);
  keys = keys_for (chart);
  g_test_message ("%d×%d: %s", width, height,
                  orientation == OUTREACH_CHART_TOP_DOWN ? "top down" : "left to right");

  /* the chart has the keyboard, at the root */
  g_assert_true (focus_of (window) == box_of (chart, content, "serocu"));
  press_to (window, keys.child, box_of (chart, content, "siu"));
  press_to (window, keys.next, box_of (chart, content, "investigations"));
  press_to (window, keys.next, box_of (chart, content, "recu"));
  press_to (window, keys.previous, box_of (chart, content, "investigations"));
  press (window, keys.next.name, keys.next.keyval);
  /* toward a collapsed box's children expands it */
  press_to (window, keys.child, box_of (chart, content, "rart"));
  press_to (window, keys.next, box_of (chart, content, "rft"));
  press_to (window, keys.parent, box_of (chart, content, "recu"));

  /* End: the last sibling; Home: the root */
  press (window, "End", GDK_KEY_End);
  {
    GtkWidget *last = focus_of (window);
    OutreachChartBoxWidget *box = OUTREACH_CHART_BOX_WIDGET (last);
    g_autoptr(GPtrArray) chain = outreach_node_dup_ancestry (outreach_chart_box_widget_get_node (box));

    g_assert_true (gtk_widget_get_parent (last) == GTK_WIDGET (chart));
    g_assert_cmpuint (outreach_chart_box_widget_get_level (box), ==, 1);
    g_assert_cmpuint (chain->len, >=, 2);
    press (window, keys.next.name, keys.next.keyval);
    g_assert_true (focus_of (window) == last);
  }
  press (window, "Home", GDK_KEY_Home);
  g_assert_true (focus_of (window) == box_of (chart, content, "serocu"));
  press (window, keys.child.name, keys.child.keyval);
  press (window, keys.next.name, keys.next.keyval);
  press (window, keys.next.name, keys.next.keyval);
  g_assert_true (focus_of (window) == box_of (chart, content, "recu"));

  /* minus collapses the branch, plus brings it back */
  press (window, "minus", GDK_KEY_minus);
  g_assert_false (gtk_widget_get_mapped (box_of (chart, content, "rart")));
  g_assert_true (focus_of (window) == box_of (chart, content, "recu"));
  press (window, "plus", GDK_KEY_plus);
  g_assert_true (gtk_widget_get_mapped (box_of (chart, content, "rart")));

  /* right to left: mirrored, and the keys with it */
  gtk_widget_set_direction (GTK_WIDGET (chart), GTK_TEXT_DIR_RTL);
  settle (window);
  keys = keys_for (chart);
  press_to (window, keys.next, box_of (chart, content, "multi-agency"));
  press_to (window, keys.parent, box_of (chart, content, "serocu"));
  press_to (window, keys.child, box_of (chart, content, "siu"));
  press (window, keys.next.name, keys.next.keyval);
  press (window, keys.next.name, keys.next.keyval);
  press (window, keys.next.name, keys.next.keyval);
  g_assert_true (focus_of (window) == box_of (chart, content, "multi-agency"));
  assert_tidy (chart);

  /* Ctrl with plus, minus and 0 zoom the chart (not the text) while it shows */
  outreach_chart_set_zoom (chart, 1.0);
  press (window, "ctrl+plus", GDK_KEY_plus);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), >, 1.0);
  press (window, "ctrl+minus", GDK_KEY_minus);
  press (window, "ctrl+minus", GDK_KEY_minus);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), <, 1.0);

  /* Enter opens the page, in place of the chart */
  press (window, "Return", GDK_KEY_Return);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_stack (window)), ==, "page");
  g_assert_true (outreach_window_get_current_node (window) ==
                 outreach_content_lookup (content, "multi-agency"));

  /* Escape in the chart goes back to the page */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  settle (window);
  g_assert_true (in_chart_focus (window, chart));
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_stack (window)), ==, "page");
  g_assert_true (outreach_window_get_current_node (window) ==
                 outreach_content_lookup (content, "multi-agency"));
  gtk_window_destroy (GTK_WINDOW (window));
  return orientation;
}

/* Opened over a unit's page, the first view shows that unit's teams too,
 * though it keeps the other capabilities' closed (a presenter's chart
 * step of a unit showed none of its teams: the second probe's find) */
static void
test_first_view_opens_selection (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = outreach_window_new (NULL, content);
  OutreachChart *chart;

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  g_assert_true (outreach_window_show_page (window, "recu"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  settle (window);
  chart = window_chart (window);
  g_assert_true (gtk_widget_get_mapped (box_of (chart, content, "rart")));
  g_assert_true (gtk_widget_get_mapped (box_of (chart, content, "siu")));
  /* (the built-in pack does not fit readably whole: the others stay closed) */
  g_assert_false (gtk_widget_get_mapped (box_of (chart, content, "siu-tactical-exploitation")));
  gtk_window_destroy (GTK_WINDOW (window));
}

static OutreachContent *shaped_pack (guint    n,
                                     gboolean deep);

/* A box keeps its size when its path is highlighted (its name was cut:
 * the chart measures a box once), and the overview of a pack too big to
 * read at 25% opens only the levels that hold 2,000 boxes (10,000 units
 * froze the window for a minute, at 600 MB) */
static void
test_box_sizes_and_overview (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  g_autoptr(OutreachContent) wide = shaped_pack (2500, FALSE);
  OutreachWindow *window = show_chart (content, 1280, 800);
  OutreachChart *chart = window_chart (window);
  GtkWidget *root = box_of (chart, content, "serocu");
  graphene_rect_t before, after;
  int needed;
  guint made = 0;

  outreach_chart_set_selected_node (chart, NULL);
  settle (window);
  before = bounds_in (root, root);
  outreach_chart_set_selected_node (chart, outreach_content_lookup (content, "rart"));
  settle (window);
  g_assert_true (gtk_widget_has_css_class (root, "on-path"));
  after = bounds_in (root, root);
  g_assert_cmpfloat (after.size.width, ==, before.size.width);
  g_assert_cmpfloat (after.size.height, ==, before.size.height);
  /* and is as tall as its text needs at its width */
  gtk_widget_measure (root, GTK_ORIENTATION_VERTICAL, (int) after.size.width, NULL, &needed, NULL, NULL);
  g_assert_cmpfloat (after.size.height, >=, needed);
  gtk_window_destroy (GTK_WINDOW (window));

  window = show_chart (wide, 1280, 800);
  chart = window_chart (window);
  outreach_chart_zoom_fit (chart);
  settle (window);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (chart)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    made += OUTREACH_IS_CHART_BOX_WIDGET (child);
  g_assert_cmpuint (made, <=, 2000);
  g_assert_false (gtk_widget_get_mapped (box_of (chart, wide, "t0")));
  /* its branch still opens by hand */
  outreach_chart_box_widget_set_expanded (OUTREACH_CHART_BOX_WIDGET (box_of (chart, wide, "fraud")), TRUE);
  settle (window);
  g_assert_true (gtk_widget_get_mapped (box_of (chart, wide, "t0")));
  gtk_window_destroy (GTK_WINDOW (window));
}

static GtkWidget *find_button_for_action (GtkWidget  *widget,
                                          const char *action);

/* Back or Forward, as the header bar's buttons and Alt+Left and Alt+Right
 * (the app's accelerators: this window has no app) do */
static void
step (OutreachWindow *window,
      const char     *action)
{
  /* the header bar's button says it goes somewhere */
  g_assert_true (gtk_widget_is_sensitive (find_button_for_action (GTK_WIDGET (window), action)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), action, NULL));
  settle (window);
}

static gboolean
results_shown (gpointer window)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (window_stack (window)), "results") == 0;
}

/* The chart is a step in Back and Forward, as a page is: Back from a page
 * opened from the chart shows the chart, its box given the keys; Escape
 * in the chart is Back to the page it opened over (the probe's find) */
static void
test_history (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window;
  OutreachChart *chart;
  OutreachNode *home = outreach_content_get_home (content);
  OutreachNode *recu = outreach_content_lookup (content, "recu");
  GtkStack *stack;

  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool and X11");
      return;
    }
  window = show_chart (content, 1280, 800);
  chart = window_chart (window);
  stack = window_stack (window);
  g_assert_true (outreach_window_get_current_node (window) == home);

  /* a box opened by Enter */
  outreach_chart_set_selected_node (chart, recu);
  gtk_widget_grab_focus (box_of (chart, content, "recu"));
  press (window, "Return", GDK_KEY_Return);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  g_assert_true (outreach_window_get_current_node (window) == recu);

  /* Back: the chart again, the box opened given the keyboard */
  step (window, "win.back");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");
  g_assert_true (focus_of (window) == box_of (chart, content, "recu"));
  /* Back again: the page the chart opened over */
  step (window, "win.back");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  g_assert_true (outreach_window_get_current_node (window) == home);
  /* Forward: the chart, then the unit's page */
  step (window, "win.forward");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");
  step (window, "win.forward");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  g_assert_true (outreach_window_get_current_node (window) == recu);

  /* Escape in the chart: Back to the page, and Forward comes back */
  step (window, "win.back");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  g_assert_true (outreach_window_get_current_node (window) == home);
  step (window, "win.forward");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");

  /* a link from the chart's page to another page: Back shows the chart */
  g_assert_true (outreach_window_show_page (window, "people"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  step (window, "win.back");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");
  /* the title says so (the same however the chart was reached) */
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "Structure"));
  gtk_window_destroy (GTK_WINDOW (window));

  /* the final probe's finds: the commonest way out, Escape straight
   * after opening the chart, left Forward dead (and Back enabled, going
   * nowhere); a search opened over the chart came back to the page; a new
   * pack with the chart shown dropped the page behind it from Back */
  window = show_chart (content, 1280, 800);
  chart = window_chart (window);
  stack = window_stack (window);
  g_assert_true (in_chart_focus (window, chart));
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  g_assert_false (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (window)), "Structure"));
  g_assert_false (gtk_widget_is_sensitive (find_button_for_action (GTK_WIDGET (window), "win.back")));
  step (window, "win.forward");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");

  /* typing searches, from the chart too */
  press (window, "f", GDK_KEY_f);
  press (window, "r", GDK_KEY_r);
  press (window, "a", GDK_KEY_a);
  test_wait_until (results_shown, window);
  press (window, "Escape", GDK_KEY_Escape);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");
  step (window, "win.back");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
  g_assert_true (outreach_window_get_current_node (window) == home);
  step (window, "win.forward");
  g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");

  {
    g_autoptr(OutreachContent) again = test_pack_builtin ();

    outreach_window_set_content (window, again);
    settle (window);
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "chart");
    step (window, "win.back");
    g_assert_cmpstr (gtk_stack_get_visible_child_name (stack), ==, "page");
    g_assert_true (outreach_window_get_current_node (window) == outreach_content_get_home (again));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_keys_walk (void)
{
  gboolean across = FALSE, down = FALSE;
  const int sizes[][2] = { { 1280, 800 }, { 1100, 760 }, { 700, 1200 } };

  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool and X11");
      return;
    }
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      OutreachChartOrientation o = keys_walk (sizes[i][0], sizes[i][1]);

      across |= o == OUTREACH_CHART_LEFT_RIGHT;
      down |= o == OUTREACH_CHART_TOP_DOWN;
    }
  /* the probe's case, drawn left to right, was walked */
  g_assert_true (across);
  if (!down)
    g_test_message ("no window size here drew the chart top down");
}

static void
on_text_zoom (GSimpleAction *action,
              GVariant      *parameter,
              guint         *count)
{
  (*count)++;
}

/* Ctrl+plus zooms the chart while it shows, ahead of the application's
 * accelerator for the text's size (which it is otherwise) */
static void
test_ctrl_plus (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  g_autoptr(GtkApplication) app = gtk_application_new ("uk.police.serocu.OutreachChartTest",
                                                       G_APPLICATION_NON_UNIQUE);
  g_autoptr(GSimpleAction) zoom = g_simple_action_new ("zoom-in", NULL);
  const char *accels[] = { "<Control>plus", "<Control>equal", NULL };
  guint text_zooms = 0;
  OutreachWindow *window;
  OutreachChart *chart;
  double before;

  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool and X11");
      return;
    }
  g_signal_connect (zoom, "activate", G_CALLBACK (on_text_zoom), &text_zooms);
  g_action_map_add_action (G_ACTION_MAP (app), G_ACTION (zoom));
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  gtk_application_set_accels_for_action (app, "app.zoom-in", accels);

  window = outreach_window_new (app, content);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  settle (window);

  /* the page: the text's size */
  press (window, "ctrl+plus", GDK_KEY_plus);
  g_assert_cmpuint (text_zooms, ==, 1);

  /* the chart: the chart's zoom, not the text's */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  settle (window);
  chart = window_chart (window);
  before = outreach_chart_get_zoom (chart);
  press (window, "ctrl+plus", GDK_KEY_plus);
  g_assert_cmpuint (text_zooms, ==, 1);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), >, before);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
in_chart (OutreachWindow *window)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (window_chart (window)));
}

/* Tab from @window's focus until it is in the chart again: the chart is
 * entered once per round, at @expected */
static void
assert_one_tab_stop (OutreachWindow *window,
                     GtkWidget      *expected)
{
  guint stops = 0;

  g_assert_true (in_chart (window));
  for (guint tabs = 0; tabs < MAX_TABS; tabs++)
    {
      g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD) ||
                     gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
      if (in_chart (window))
        {
          stops++;
          g_assert_true (focus_of (window) == expected);
          break;
        }
    }
  g_assert_cmpuint (stops, ==, 1);
  /* and the next Tab leaves it */
  g_assert_true (gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD) ||
                 gtk_widget_child_focus (GTK_WIDGET (window), GTK_DIR_TAB_FORWARD));
  g_assert_false (in_chart (window));
}

static void
test_one_tab_stop (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = show_chart (content, 1280, 800);
  OutreachChart *chart = window_chart (window);
  GtkWidget *cyber = box_of (chart, content, "cyber");

  assert_one_tab_stop (window, box_of (chart, content, "serocu"));
  /* the box visited last is the stop */
  gtk_widget_grab_focus (cyber);
  assert_one_tab_stop (window, cyber);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
on_node_activated (OutreachChart *chart,
                   OutreachNode  *node,
                   OutreachNode **out)
{
  *out = node;
}

static void
test_collapse_and_activate (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = show_chart (content, 1280, 800);
  OutreachChart *chart = window_chart (window);
  GtkWidget *siu = box_of (chart, content, "siu");
  GtkWidget *toggle = test_child (siu, OUTREACH_TYPE_CHART_BOX_WIDGET, "toggle_button");
  OutreachNode *activated = NULL;
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) after = NULL;
  g_autofree char *error = NULL;

  outreach_chart_zoom_fit (chart);
  settle (window);
  before = shown_boxes (chart);
  /* the box's own button hides its branch, and the rest closes up; the
   * keyboard, in the branch, stays in the chart */
  g_assert_nonnull (toggle);
  gtk_widget_grab_focus (box_of (chart, content, "gain"));
  g_signal_emit_by_name (toggle, "clicked");
  settle (window);
  after = shown_boxes (chart);
  g_assert_cmpuint (after->len, ==, before->len - 6);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == siu);
  g_assert_false (gtk_widget_get_mapped (box_of (chart, content, "gain")));
  error = gtk_test_accessible_check_state (GTK_ACCESSIBLE (siu), GTK_ACCESSIBLE_STATE_EXPANDED,
                                           FALSE);
  g_assert_null (error);
  assert_tidy (chart);
  g_signal_emit_by_name (toggle, "clicked");
  settle (window);
  g_assert_true (gtk_widget_get_mapped (box_of (chart, content, "gain")));

  /* a click, a tap or Enter: the node, and its page in place of the chart */
  g_signal_connect (chart, "node-activated", G_CALLBACK (on_node_activated), &activated);
  g_signal_emit_by_name (box_of (chart, content, "cyber"), "activate");
  g_assert_true (activated == outreach_content_lookup (content, "cyber"));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_stack (window)), ==, "page");
  g_assert_true (outreach_window_get_current_node (window) == activated);
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_zoom_and_pan (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = show_chart (content, 1280, 800);
  OutreachChart *chart = window_chart (window);
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (chart), GTK_TYPE_SCROLLED_WINDOW);
  GtkWidget *cyber = box_of (chart, content, "cyber");
  GtkAdjustment *h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  GtkAdjustment *v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  graphene_rect_t one, two, moved;
  double value;

  outreach_chart_zoom_fit (chart);
  settle (window);
  outreach_chart_set_zoom (chart, 1.0);
  settle (window);
  one = bounds_in (cyber, GTK_WIDGET (chart));
  outreach_chart_zoom_in (chart);
  outreach_chart_set_zoom (chart, 2.0);
  settle (window);
  two = bounds_in (cyber, GTK_WIDGET (chart));
  g_assert_cmpfloat (fabs (two.size.width - 2 * one.size.width), <, 1.0);
  g_assert_cmpfloat (fabs (two.size.height - 2 * one.size.height), <, 1.0);
  assert_tidy (chart);

  /* bigger than the window: the scroll bars show, and moving them pans */
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), >, gtk_adjustment_get_page_size (h));
  g_assert_true (gtk_widget_get_visible (
                   gtk_scrolled_window_get_hscrollbar (GTK_SCROLLED_WINDOW (scroller))));
  one = bounds_in (cyber, scroller);
  value = gtk_adjustment_get_value (h);
  gtk_adjustment_set_value (h, value + 100 <= gtk_adjustment_get_upper (h) -
                                 gtk_adjustment_get_page_size (h) ? value + 100 : value - 100);
  settle (window);
  moved = bounds_in (cyber, scroller);
  g_assert_cmpfloat (fabs (fabs (moved.origin.x - one.origin.x) - 100), <, 1.0);
  g_assert_cmpfloat (moved.origin.y, ==, one.origin.y);
  if (gtk_adjustment_get_upper (v) > gtk_adjustment_get_page_size (v))
    {
      gtk_adjustment_set_value (v, gtk_adjustment_get_value (v) > 50 ? 0 : 50);
      settle (window);
      g_assert_cmpfloat (bounds_in (cyber, scroller).origin.y, !=, moved.origin.y);
    }

  /* the least and most zoom; fitting brings the whole chart into the window */
  outreach_chart_set_zoom (chart, 100);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), ==, OUTREACH_CHART_ZOOM_MAX);
  outreach_chart_set_zoom (chart, 0);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), ==, OUTREACH_CHART_ZOOM_MIN);
  outreach_chart_zoom_fit (chart);
  settle (window);
  g_assert_cmpfloat (gtk_adjustment_get_upper (h), <=, gtk_adjustment_get_page_size (h) + 0.5);
  g_assert_cmpfloat (gtk_adjustment_get_upper (v), <=, gtk_adjustment_get_page_size (v) + 0.5);
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
root_in_view (gpointer box)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (box, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t root;

  return gtk_widget_compute_bounds (box, scroller, &root) &&
         root.origin.x >= 0 && root.origin.y >= 0 &&
         root.origin.x + root.size.width <= gtk_widget_get_width (scroller) &&
         root.origin.y + root.size.height <= gtk_widget_get_height (scroller);
}

static GtkWidget *
find_button_for_action (GtkWidget  *widget,
                             const char *action)
{
  if (GTK_IS_ACTIONABLE (widget) &&
      g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button_for_action (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* On a station every box stays a touch target: 44 pixels, at any zoom; the
 * chart takes the keyboard when it shows, as on the desktop */
static void
test_station_touch (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = outreach_window_new (NULL, content);
  OutreachChart *chart;

  outreach_window_set_kiosk (window, TRUE);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  /* as a visitor's tap on the Structure button leaves it: focused */
  {
    GtkWidget *button = find_button_for_action (GTK_WIDGET (window), "win.show-structure");

    gtk_widget_grab_focus (button);
    g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == button);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  settle (window);
  chart = window_chart (window);
  g_assert_true (outreach_chart_get_touch (chart));
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), ==, 1.0);
  /* the keyboard in the chart, at the root, as on the desktop */
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == box_of (chart, content, "serocu"));
  assert_tidy (chart);
  /* bigger than the screen: it opens on the root, in view (once the
   * scrolled window has its full-screen size) */
  test_wait_until (root_in_view, box_of (chart, content, "serocu"));
  if (g_getenv ("CHART_SCREENSHOT") != NULL)
    {
      g_autofree char *path = g_strconcat (g_getenv ("CHART_SCREENSHOT"), "-station.png", NULL);

      g_setenv ("CHART_SCREENSHOT", path, TRUE);
      save_screenshot (GTK_WIDGET (window));
    }
  outreach_chart_zoom_out (chart);
  outreach_chart_zoom_fit (chart);
  settle (window);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), ==, 1.0);
  assert_tidy (chart);
  /* the collapse button too */
  g_assert_cmpint (gtk_widget_get_height (test_child (box_of (chart, content, "siu"),
                                                      OUTREACH_TYPE_CHART_BOX_WIDGET,
                                                      "toggle_button")), >=, 44);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* Dragging with the mouse pans too (the scroll bars and keys do without) */
static void
test_drag_pans (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window;
  OutreachChart *chart;
  GtkWidget *scroller;
  GtkAdjustment *h, *v;
  graphene_point_t at;
  double sx, sy, h0, v0;
  g_autofree char *down = NULL;
  g_autofree char *move = NULL;
  g_autofree char *further = NULL;
  OutreachNode *activated = NULL;

  if (!test_have_xdotool ())
    {
      g_test_skip ("needs xdotool and X11");
      return;
    }
  window = show_chart (content, 1280, 800);
  chart = window_chart (window);
  scroller = gtk_widget_get_ancestor (GTK_WIDGET (chart), GTK_TYPE_SCROLLED_WINDOW);
  h = gtk_scrolled_window_get_hadjustment (GTK_SCROLLED_WINDOW (scroller));
  v = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  outreach_chart_zoom_fit (chart);   /* every branch: a chart to pan */
  outreach_chart_set_zoom (chart, 2.0);
  settle (window);
  gtk_adjustment_set_value (h, 300);
  gtk_adjustment_set_value (v, 300);
  settle (window);
  h0 = gtk_adjustment_get_value (h);
  v0 = gtk_adjustment_get_value (v);

  /* the middle of the scrolled window, on the screen (the window at 0, 0) */
  g_assert_true (gtk_widget_compute_point (scroller, GTK_WIDGET (window),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (scroller) / 2,
                                                                 gtk_widget_get_height (scroller) / 2),
                                           &at));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  g_signal_connect (chart, "node-activated", G_CALLBACK (on_node_activated), &activated);
  down = g_strdup_printf ("mousemove %d %d mousedown 1", (int) (at.x + sx), (int) (at.y + sy));
  move = g_strdup_printf ("mousemove %d %d", (int) (at.x + sx) - 40, (int) (at.y + sy) - 30);
  further = g_strdup_printf ("mousemove %d %d mouseup 1", (int) (at.x + sx) - 100,
                             (int) (at.y + sy) - 60);
  test_xdotool (down);
  settle (window);
  test_xdotool (move);
  settle (window);
  test_xdotool (further);
  settle (window);

  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (h) - (h0 + 100)), <, 2.0);
  g_assert_cmpfloat (fabs (gtk_adjustment_get_value (v) - (v0 + 60)), <, 2.0);
  /* a drag that started on a box did not open it */
  g_assert_null (activated);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_stack (window)), ==, "chart");
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
test_follows_tree (void)
{
  g_autoptr(OutreachContent) content = test_pack_builtin ();
  OutreachWindow *window = show_chart (content, 1280, 800);
  OutreachChart *chart = window_chart (window);
  OutreachSidebar *sidebar = OUTREACH_SIDEBAR (test_child (window, OUTREACH_TYPE_WINDOW, "sidebar"));
  GtkWidget *rart = box_of (chart, content, "rart");

  /* collapsed, then chosen in the tree: shown, highlighted, the path too */
  outreach_chart_box_widget_set_expanded (OUTREACH_CHART_BOX_WIDGET (box_of (chart, content, "recu")),
                                          FALSE);
  settle (window);
  g_assert_false (gtk_widget_get_mapped (rart));
  outreach_sidebar_set_selected_node (sidebar, outreach_content_lookup (content, "rart"));
  g_object_notify (G_OBJECT (sidebar), "selected-node");
  settle (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_stack (window)), ==, "chart");
  g_assert_true (gtk_widget_get_mapped (rart));
  g_assert_true (gtk_widget_has_css_class (rart, "selected"));
  g_assert_true (gtk_widget_has_css_class (box_of (chart, content, "recu"), "on-path"));
  g_assert_true (gtk_widget_has_css_class (box_of (chart, content, "serocu"), "on-path"));
  g_assert_false (gtk_widget_has_css_class (box_of (chart, content, "cyber"), "on-path"));
  g_assert_false (gtk_widget_has_css_class (box_of (chart, content, "cyber"), "selected"));
  if (g_getenv ("CHART_SCREENSHOT") != NULL)
    {
      g_autofree char *path = g_strconcat (g_getenv ("CHART_SCREENSHOT"), "-selected-rtl.png", NULL);

      outreach_chart_set_zoom (chart, 1.0);
      gtk_widget_set_direction (GTK_WIDGET (chart), GTK_TEXT_DIR_RTL);
      settle (window);
      g_setenv ("CHART_SCREENSHOT", path, TRUE);
      save_screenshot (GTK_WIDGET (window));
    }

  /* Home leaves the chart for the page */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.home", NULL));
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_stack (window)), ==, "page");

  /* a reset forgets the chart: the next visitor's is the first view again */
  outreach_chart_set_zoom (chart, 2.0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  outreach_window_reset (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window_stack (window)), ==, "page");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  settle (window);
  g_assert_true (outreach_chart_box_widget_get_expanded (
                   OUTREACH_CHART_BOX_WIDGET (box_of (chart, content, "serocu"))));
  assert_first_view (chart, content);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* A pack of @n units below the minimal pack's Fraud Team: ten groups of ten
 * of teams, every name different, one of 80 characters */
static OutreachContent *
generated_pack (guint n)
{
  g_autoptr(GString) units = g_string_new ("\"id\": \"fraud\", \"children\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  OutreachContent *content;
  guint made = 0;

  for (guint g = 0; g < 10 && made < n; g++)
    {
      g_string_append_printf (units, "%s{\"id\": \"g%u\", \"name\": \"Group %u\", "
                              "\"description\": [\"G.\"], \"children\": [", g ? "," : "", g, g);
      made++;
      for (guint s = 0; s < 10 && made < n; s++)
        {
          g_string_append_printf (units, "%s{\"id\": \"g%us%u\", \"name\": \"%s %u.%u\", "
                                  "\"description\": [\"S.\"]", s ? "," : "", g, s,
                                  g == 3 && s == 3
                                  ? "A section whose name is eighty characters long, as a pack may have it"
                                  : "Section", g, s);
          made++;
          if (made < n)
            {
              g_string_append (units, ", \"children\": [");
              for (guint t = 0; t < 10 && made < n; t++, made++)
                g_string_append_printf (units, "%s{\"id\": \"g%us%ut%u\", \"name\": \"Team %u.%u.%u\", "
                                        "\"description\": [\"T.\"]}", t ? "," : "", g, s, t, g, s, t);
              g_string_append (units, "]");
            }
          g_string_append (units, "}");
        }
      g_string_append (units, "]}");
    }
  g_string_append (units, "],");
  bytes = test_pack_minimal_with ("\"id\": \"fraud\",", units->str);
  content = outreach_content_load_bytes (bytes, "generated.json", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (outreach_content_get_n_units (content), >=, n);
  return content;
}

static void
test_generated_pack (void)
{
  g_autoptr(OutreachContent) content = generated_pack (1000);
  gint64 start = g_get_monotonic_time ();
  OutreachWindow *window = show_chart (content, 1920, 1080);
  OutreachChart *chart = window_chart (window);
  g_autoptr(GPtrArray) boxes = shown_boxes (chart);

  g_test_message ("%u units shown in %.0f ms (window included)",
                  outreach_content_get_n_units (content),
                  (g_get_monotonic_time () - start) / 1000.0);
  assert_first_view (chart, content);
  /* the branches the first view left closed cost no widgets: a box is made
   * when it first shows (the probe's 10,000 units took 500 MB and seconds) */
  {
    guint made = 0;

    for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (chart)); child != NULL;
         child = gtk_widget_get_next_sibling (child))
      made += OUTREACH_IS_CHART_BOX_WIDGET (child);
    g_test_message ("%u boxes shown, %u made, of %u units", boxes->len, made,
                    outreach_content_get_n_units (content));
    g_assert_cmpuint (made, <, outreach_content_get_n_units (content) / 2);
  }
  outreach_chart_zoom_fit (chart);
  settle (window);
  g_clear_pointer (&boxes, g_ptr_array_unref);
  boxes = shown_boxes (chart);
  g_assert_cmpuint (boxes->len, ==, outreach_content_get_n_units (content));
  assert_tidy (chart);
  outreach_chart_set_zoom (chart, 1.0);
  settle (window);
  assert_tidy (chart);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* The minimal pack with @n teams below its Fraud Team, side by side
 * (@deep FALSE) or each below the one before */
static OutreachContent *
shaped_pack (guint    n,
             gboolean deep)
{
  g_autoptr(GString) units = g_string_new ("\"id\": \"fraud\", \"children\": [");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  OutreachContent *content;

  for (guint i = 0; i < n; i++)
    g_string_append_printf (units, "%s{\"id\": \"t%u\", \"name\": \"Team number %u\", "
                            "\"description\": [\"T.\"]%s", i && !deep ? "," : "", i, i,
                            deep && i + 1 < n ? ", \"children\": [" : "}");
  if (deep)
    for (guint i = 0; i + 1 < n; i++)
      g_string_append (units, "]}");
  g_string_append (units, "],");
  bytes = test_pack_minimal_with ("\"id\": \"fraud\",", units->str);
  content = outreach_content_load_bytes (bytes, deep ? "deep.json" : "wide.json", NULL, &error);
  g_assert_no_error (error);
  return content;
}

static gboolean
focus_in_view (gpointer window)
{
  GtkWidget *focus = focus_of (window);

  return focus != NULL && in_view (focus);
}

/* 200 teams side by side: readable at first; the overview fits them all;
 * collapsing the root after it shows the one box readable, not at 25% */
static void
test_wide_pack (void)
{
  g_autoptr(OutreachContent) content = shaped_pack (200, FALSE);
  OutreachWindow *window = show_chart (content, 1100, 760);
  OutreachChart *chart = window_chart (window);
  g_autoptr(OutreachNode) root = g_list_model_get_item (outreach_content_get_units (content), 0);
  OutreachChartBoxWidget *root_box = OUTREACH_CHART_BOX_WIDGET (outreach_chart_get_box (chart, root));
  g_autoptr(GPtrArray) boxes = NULL;

  assert_first_view (chart, content);
  save_screenshot (GTK_WIDGET (window));

  /* drawn top down: Down to the first child, End to the last sibling,
   * Left back to the first, Up to the parent */
  g_assert_cmpint (outreach_chart_get_orientation (chart), ==, OUTREACH_CHART_TOP_DOWN);
  if (test_have_xdotool ())
    {
      Keys keys = keys_for (chart);
      GtkWidget *first = box_of (chart, content, "cyber");
      GtkWidget *last = box_of (chart, content, "fraud");

      g_assert_cmpstr (keys.child.name, ==, "Down");
      g_assert_true (focus_of (window) == GTK_WIDGET (root_box));
      press_to (window, keys.child, first);
      press (window, "End", GDK_KEY_End);
      g_assert_true (focus_of (window) == last);
      press_to (window, keys.previous, first);
      press_to (window, keys.parent, GTK_WIDGET (root_box));
    }

  outreach_chart_zoom_fit (chart);
  settle (window);
  boxes = shown_boxes (chart);
  g_assert_cmpuint (boxes->len, ==, outreach_content_get_n_units (content));
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), <, OUTREACH_CHART_ZOOM_READABLE);

  /* collapsing after a fit fits again, readable, the focus in view */
  gtk_widget_grab_focus (GTK_WIDGET (root_box));
  outreach_chart_box_widget_set_expanded (root_box, FALSE);
  settle (window);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), ==, 1.0);
  test_wait_until (focus_in_view, window);
  /* expanding: fitted again, no smaller than readable */
  outreach_chart_box_widget_set_expanded (root_box, TRUE);
  settle (window);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), >=, OUTREACH_CHART_ZOOM_READABLE - 1e-6);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), <=, 1.0);
  test_wait_until (focus_in_view, window);

  /* a zoom the user chose stays */
  outreach_chart_set_zoom (chart, 0.5);
  outreach_chart_box_widget_set_expanded (root_box, FALSE);
  settle (window);
  g_assert_cmpfloat (outreach_chart_get_zoom (chart), ==, 0.5);
  gtk_window_destroy (GTK_WINDOW (window));
}

/* 20 levels below the Fraud Team: readable at first, the selection's path expanded and in view */
static void
test_deep_pack (void)
{
  g_autoptr(OutreachContent) content = shaped_pack (20, TRUE);
  OutreachWindow *window = outreach_window_new (NULL, content);
  OutreachChart *chart;
  GtkWidget *deepest;

  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  test_wait_until (test_is_mapped, window);
  g_assert_true (outreach_window_show_page (window, "t19"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-structure", NULL));
  settle (window);
  chart = window_chart (window);
  deepest = box_of (chart, content, "t19");
  assert_first_view (chart, content);
  g_assert_true (gtk_widget_has_css_class (deepest, "selected"));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (window)) == deepest);
  test_wait_until (focus_in_view, window);
  save_screenshot (GTK_WIDGET (window));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  g_autoptr(GtkCssProvider) dark = gtk_css_provider_new ();

  gtk_test_init (&argc, &argv, NULL);
  /* the app's look, as the application loads it: the boxes' sizes depend on it */
  gtk_css_provider_load_from_resource (css, "/uk/police/serocu/Outreach/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  if (g_getenv ("CHART_DARK") != NULL)
    {
      g_object_set (gtk_settings_get_default (), "gtk-application-prefer-dark-theme", TRUE, NULL);
      gtk_css_provider_load_from_resource (dark, "/uk/police/serocu/Outreach/style-dark.css");
      gtk_style_context_add_provider_for_display (gdk_display_get_default (),
                                                  GTK_STYLE_PROVIDER (dark),
                                                  GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
    }

  g_test_add_func ("/chart/builtin-tidy", test_builtin_tidy);
  g_test_add_func ("/chart/accessible-names", test_accessible_names);
  g_test_add_func ("/chart/keys-walk", test_keys_walk);
  g_test_add_func ("/chart/one-tab-stop", test_one_tab_stop);
  g_test_add_func ("/chart/ctrl-plus", test_ctrl_plus);
  g_test_add_func ("/chart/collapse-and-activate", test_collapse_and_activate);
  g_test_add_func ("/chart/zoom-and-pan", test_zoom_and_pan);
  g_test_add_func ("/chart/drag-pans", test_drag_pans);
  g_test_add_func ("/chart/station-touch", test_station_touch);
  g_test_add_func ("/chart/follows-tree", test_follows_tree);
  g_test_add_func ("/chart/history", test_history);
  g_test_add_func ("/chart/first-view-opens-selection", test_first_view_opens_selection);
  g_test_add_func ("/chart/box-sizes-and-overview", test_box_sizes_and_overview);
  g_test_add_func ("/chart/generated-pack", test_generated_pack);
  g_test_add_func ("/chart/wide-pack", test_wide_pack);
  g_test_add_func ("/chart/deep-pack", test_deep_pack);

  return g_test_run ();
}
